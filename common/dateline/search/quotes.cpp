#include "dateline/search/quotes.hpp"

#include <set>

#include "dateline/schema/schema.hpp"
#include "dateline/search/snippets.hpp"
#include "dateline/text/strings.hpp"

namespace dateline::search {

namespace {

bool said_by_one_of(const std::string& speaker, const std::vector<std::string>& wanted)
{
    if (wanted.empty())
        return true;
    const auto name = schema::normalise_value(speaker);
    const auto words = text::split_words(name);
    for (const auto& w : wanted) {
        const auto n = schema::normalise_value(w);
        if (n == name || (!words.empty() && n == words.back()))
            return true;
    }
    return false;
}

// The words of one quote as the indexer wrote them (prefix, stem), each with its spelling.
std::vector<std::pair<std::string, std::string>> quote_terms(const std::string& quote)
{
    static const auto prefix = std::string(schema::field(schema::FieldId::Quote).prefix);
    std::vector<std::pair<std::string, std::string>> out;
    Xapian::Stem stem("english");
    for (const auto word : text::split_words(quote)) {
        Xapian::Document doc;
        Xapian::TermGenerator terms;
        terms.set_stemmer(stem);
        terms.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
        terms.set_document(doc);
        terms.index_text(std::string(word), 1, prefix);
        for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t)
            out.emplace_back(*t, std::string(word));
    }
    return out;
}

std::string mark(const std::string& quote, const std::set<std::string>& query_terms, bool& matched)
{
    std::string out;
    std::set<std::string> hits;
    for (const auto& [term, word] : quote_terms(quote))
        if (query_terms.contains(term))
            hits.insert(word);
    matched = !hits.empty();
    for (const auto word : text::split_words(quote)) {
        if (!out.empty())
            out += ' ';
        if (hits.contains(std::string(word)))
            out += std::string(1, MarkStart) + std::string(word) + std::string(1, MarkEnd);
        else
            out += word;
    }
    return out;
}

}  // namespace

std::vector<Quote> matching_quotes(const schema::SectionData& section, const Xapian::Query& words,
                                   const query::Filters& filters)
{
    std::set<std::string> query_terms;
    for (auto t = words.get_terms_begin(); t != words.get_terms_end(); ++t)
        query_terms.insert(*t);
    std::vector<Quote> out;
    for (const auto& quote : section.quotes) {
        if (!said_by_one_of(quote.speaker, filters.speakers))
            continue;
        bool matched = false;
        auto text = mark(without_marks(quote.text), query_terms, matched);
        if (matched || query_terms.empty())
            out.push_back(Quote{quote.speaker, std::move(text)});
    }
    return out;
}

}  // namespace dateline::search
