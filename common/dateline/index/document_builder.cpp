#include "dateline/index/document_builder.hpp"

#include <set>

#include <fmt/format.h>

#include "dateline/schema/facet_slot.hpp"
#include "dateline/schema/section_data.hpp"
#include "dateline/schema/schema.hpp"
#include "dateline/text/stem_cache.hpp"
#include "dateline/text/strings.hpp"

namespace dateline::index {

using schema::FieldId;

namespace {

void index_text(Xapian::TermGenerator& terms, FieldId id, const std::string& text)
{
    if (text.empty())
        return;
    const auto& f = schema::field(id);
    // Weighted unprefixed copy: plain queries rank title and heading matches higher.
    terms.index_text(text, f.wdf);
    if (!f.prefix.empty())
        terms.index_text(text, 1, std::string(f.prefix));
    terms.increase_termpos();
}

void add_term(Xapian::Document& doc, FieldId id, std::string_view value)
{
    if (!value.empty())
        doc.add_boolean_term(schema::boolean_term(id, value));
}

void add_value(Xapian::Document& doc, FieldId id, const std::string& value)
{
    if (!value.empty())
        doc.add_value(schema::slot(schema::field(id).slot), value);
}

std::string join_list(const std::vector<std::string>& items)
{
    std::string out;
    for (const auto& s : items) {
        if (!out.empty())
            out += schema::ListSeparator;
        out += s;
    }
    return out;
}

}  // namespace

std::string section_id(const Article& article, const Section& section)
{
    return fmt::format("{}-{}", article.id, section.ordinal);
}

DocumentBuilder::DocumentBuilder()
{
    // Each word stemmed once per builder, not once per occurrence: the same stems, and
    // stemming was three fifths of building a document (news repeats its words).
    terms_.set_stemmer(Xapian::Stem(new text::CachingStemmer("english")));
    terms_.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
}

std::vector<Xapian::Document> DocumentBuilder::build(const Article& article)
{
    std::vector<Xapian::Document> docs;
    docs.reserve(article.sections.size());
    for (const auto& section : article.sections)
        docs.push_back(build(article, section));
    return docs;
}

Xapian::Document DocumentBuilder::build(const Article& article, const Section& section)
{
    Xapian::Document doc;
    terms_.set_document(doc);
    index_text(terms_, FieldId::Title, article.title);
    if (section.heading)
        index_text(terms_, FieldId::Heading, *section.heading);
    if (section.ordinal == 0)
        index_text(terms_, FieldId::Body, article.subtitle);
    for (const auto& paragraph : section.paragraphs)
        index_text(terms_, FieldId::Body, paragraph);
    // Quoted words are already in the body; the prefixed copy lets quote: search them alone,
    // phrases included. A gap between quotes keeps a phrase from spanning two of them.
    const auto quote_prefix = std::string(schema::field(FieldId::Quote).prefix);
    for (const auto& quote : section.quotes) {
        terms_.index_text(quote.text, 1, quote_prefix);
        terms_.increase_termpos();
    }

    const auto id = section_id(article, section);
    doc.add_boolean_term(std::string(schema::field(FieldId::SectionId).prefix) + id);
    add_term(doc, FieldId::Article, article.id);
    add_value(doc, FieldId::Article, article.id);
    for (const auto& speaker : section.speakers) {
        add_term(doc, FieldId::Speaker, speaker);
        // Surname alone, so --speaker Peskov finds Dmitry Peskov.
        const auto words = text::split_words(speaker);
        if (words.size() > 1)
            add_term(doc, FieldId::Speaker, words.back());
    }
    add_value(doc, FieldId::Speaker, join_list(section.speakers));
    for (const auto& organization : section.organizations)
        add_term(doc, FieldId::Organization, organization);
    add_value(doc, FieldId::Organization, join_list(section.organizations));
    add_term(doc, FieldId::Location, article.location);
    add_value(doc, FieldId::Location, article.location);
    add_term(doc, FieldId::Agency, article.agency);
    add_value(doc, FieldId::Agency, article.agency);
    if (article.date) {
        const auto& d = *article.date;
        add_term(doc, FieldId::Date, calendar::to_key(d));
        add_term(doc, FieldId::Month, calendar::to_key(d).substr(0, 6));
        add_term(doc, FieldId::Year, calendar::to_key(d).substr(0, 4));
        add_value(doc, FieldId::Date, calendar::to_key(d));
        add_value(doc, FieldId::Month, calendar::to_month(d));
    }
    doc.add_value(schema::slot(schema::Slot::Facets), schema::pack_facet_values(doc));
    doc.set_data(schema::encode_section_data(article, section, id));
    return doc;
}

}  // namespace dateline::index
