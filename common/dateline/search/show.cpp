#include "dateline/search/show.hpp"

#include <algorithm>

#include "dateline/schema/schema.hpp"
#include "dateline/search/ids.hpp"

namespace dateline::search {

namespace {

std::vector<schema::SectionData> read_sections(const Xapian::Database& db, const std::vector<Xapian::docid>& docs)
{
    std::vector<schema::SectionData> sections;
    for (auto did : docs)
        sections.push_back(schema::decode_section_data(db.get_document(did).get_data()));
    std::sort(sections.begin(), sections.end(), [](const auto& a, const auto& b) { return a.section < b.section; });
    return sections;
}

}  // namespace

Shown show(const Xapian::Database& db, const std::string& id, bool whole_article)
{
    Shown shown{id, whole_article, {}};
    auto docs = find_documents(db, id);
    if (docs.empty())
        return shown;
    const bool is_article = !db.term_exists(schema::boolean_term(schema::FieldId::SectionId, id));
    if (whole_article && !is_article) {
        const auto article = db.get_document(docs.front()).get_value(schema::slot(schema::Slot::ArticleId));
        docs = article_documents(db, article);
    }
    shown.whole_article = whole_article || is_article;
    shown.sections = read_sections(db, docs);
    return shown;
}

}  // namespace dateline::search
