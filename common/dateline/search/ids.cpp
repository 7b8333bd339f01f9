#include "dateline/search/ids.hpp"

#include "dateline/schema/schema.hpp"

namespace dateline::search {

using schema::FieldId;

namespace {

std::vector<Xapian::docid> postings(const Xapian::Database& db, const std::string& term)
{
    std::vector<Xapian::docid> ids;
    for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it)
        ids.push_back(*it);
    return ids;
}

}  // namespace

std::vector<Xapian::docid> find_documents(const Xapian::Database& db, const std::string& id)
{
    if (id.empty())
        return {};
    auto ids = postings(db, schema::boolean_term(FieldId::SectionId, id));
    return ids.empty() ? article_documents(db, id) : ids;
}

std::vector<Xapian::docid> article_documents(const Xapian::Database& db, const std::string& article_id)
{
    return article_id.empty() ? std::vector<Xapian::docid>{}
                              : postings(db, schema::boolean_term(FieldId::Article, article_id));
}

}  // namespace dateline::search
