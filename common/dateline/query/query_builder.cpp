#include "dateline/query/query_builder.hpp"

#include <algorithm>

#include "dateline/error.hpp"
#include "dateline/query/field_processors.hpp"
#include "dateline/schema/schema.hpp"
#include "dateline/text/stem_cache.hpp"
#include "dateline/text/strings.hpp"

namespace dateline::query {

using schema::FieldId;

namespace {

constexpr unsigned ParseFlags = Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_WILDCARD |
                                Xapian::QueryParser::FLAG_PURE_NOT |
                                Xapian::QueryParser::FLAG_SPELLING_CORRECTION;

void add_field(Xapian::QueryParser& parser, const schema::Field& f, calendar::Date today, const DeferredError& error)
{
    const std::string name(f.name);
    if (f.kind == schema::Kind::Text)
        parser.add_prefix(name, std::string(f.prefix));
    else if (f.id == FieldId::Date)
        parser.add_boolean_prefix(name, (new DateField(today, error))->release());
    else
        parser.add_boolean_prefix(name, (new BooleanField(f.id, error))->release());
}

// The words and phrases under the default operator's nodes (a phrase starts a nested group).
std::size_t joined_by_max(const Xapian::Query& q)
{
    if (q.get_type() != Xapian::Query::OP_MAX)
        return 1;
    std::size_t n = 0;
    for (std::size_t i = 0; i < q.get_num_subqueries(); ++i)
        n += joined_by_max(q.get_subquery(i));
    return n;
}

bool queryable(const schema::Field& f)
{
    return !f.name.empty();
}

}  // namespace

std::string field_prefixes()
{
    std::string out;
    for (const auto& f : schema::Fields)
        if (queryable(f))
            out += (out.empty() ? "" : ", ") + schema::key(f.id) + ":";
    return out;
}

QueryBuilder::QueryBuilder(const Xapian::Database& db, calendar::Date today)
    : db_(db), stemmer_(text::english_stemmer()), error_(std::make_shared<std::optional<Error>>())
{
    parser_.set_database(db);
    parser_.set_stemmer(stemmer_);
    parser_.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    parser_.set_max_expansion(MaxWildcardTerms, Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT,
                              Xapian::QueryParser::FLAG_WILDCARD | Xapian::QueryParser::FLAG_PARTIAL);
    for (const auto& f : schema::Fields)
        if (queryable(f))
            add_field(parser_, f, today, error_);
    parser_.add_rangeprocessor((new DateRange(today, error_))->release());
}

AcronymText QueryBuilder::acronyms(const std::string& text) const
{
    return join_acronyms(text, [&](const std::string& term) { return db_.term_exists(term); });
}

std::size_t QueryBuilder::implicit_words(const std::string& text)
{
    // OP_MAX as the default operator marks the words it joined: no query syntax produces it.
    parser_.set_default_op(Xapian::Query::OP_MAX);
    auto typed = acronyms(text);
    stopper_.keep(std::move(typed.acronyms));
    stopper_.drop_letters(true);
    parser_.set_stopper(&stopper_);
    Xapian::Query q;
    try {
        q = parser_.parse_query(typed.text, ParseFlags & ~Xapian::QueryParser::FLAG_SPELLING_CORRECTION);
    } catch (const Xapian::QueryParserError&) {
        return 0;  // parse() reports it
    }
    error_->reset();
    if (q.get_type() == Xapian::Query::OP_FILTER)  // words FILTER speaker:, date: ...
        q = q.get_subquery(0);
    if (q.empty() || q.get_type() == Xapian::Query::OP_SCALE_WEIGHT)  // nothing, or filters alone
        return 0;
    return joined_by_max(q);
}

MatchMode QueryBuilder::resolve(const std::string& text, MatchMode mode)
{
    if (mode != MatchMode::Auto)
        return mode;
    return implicit_words(text) >= AnyWordFrom ? MatchMode::Any : MatchMode::All;
}

ParsedQuery QueryBuilder::parse(const std::string& text, MatchMode mode)
{
    mode = resolve(text, mode);
    parser_.set_default_op(mode == MatchMode::All ? Xapian::Query::OP_AND : Xapian::Query::OP_OR);
    auto typed = acronyms(text);
    stopper_.keep(std::move(typed.acronyms));
    // Stopwords go in either mode: "wheat to china" must not require "to".
    stopper_.drop_letters(mode == MatchMode::Any);
    parser_.set_stopper(&stopper_);
    try {
        ParsedQuery parsed;
        error_->reset();
        const std::string quote_prefix(schema::field(FieldId::Quote).prefix);
        const auto prefix = quotes_only_ ? quote_prefix : std::string();
        parsed.query =
            parser_.parse_query(typed.text, ParseFlags & ~Xapian::QueryParser::FLAG_SPELLING_CORRECTION, prefix);
        if (*error_)
            throw **error_;
        for (auto word = parser_.stoplist_begin(); word != parser_.stoplist_end(); ++word)
            if (std::find(parsed.dropped.begin(), parsed.dropped.end(), *word) == parsed.dropped.end())
                parsed.dropped.push_back(*word);
        // Xapian's correction reads the spelling table for every word (0.4-1.5 ms a query):
        // only a query with a word the index lacks is parsed again for it.
        if (has_unknown_word(typed.text)) {
            parser_.parse_query(typed.text, ParseFlags, prefix);
            parsed.corrected = keep_known_words(typed.text, parser_.get_corrected_query_string());
        }
        return parsed;
    } catch (const Xapian::QueryParserError& e) {
        throw Error(Error::Code::Usage, "cannot parse query '" + text + "': " + e.get_msg(),
                    "see the query syntax in the README; quote phrases with \"...\"");
    }
}

bool QueryBuilder::holds(std::string_view word) const
{
    const auto core = text::trim_punctuation(word);
    if (core.empty())
        return false;
    // Its stem counts: "sanction" finds the sections that say "sanctions", so it is no typo.
    const auto lower = text::to_lower(core);
    return db_.term_exists(lower) || db_.term_exists("Z" + stemmer_(lower));
}

bool QueryBuilder::has_unknown_word(const std::string& text) const
{
    for (auto word : text::split_words(text)) {
        if (const auto colon = word.rfind(':'); colon != std::string_view::npos)
            word.remove_prefix(colon + 1);  // title:sanctoins: the word after the prefix
        if (!word.empty() && word.find('*') == std::string_view::npos && !holds(word))
            return true;
    }
    return false;
}

// Xapian also corrects words the index has when a neighbour is more frequent ("grain" ->
// "gain"), and over several databases it merges their spelling tables so that a word of one
// is corrected towards another's. Did-you-mean is for unknown words: a word the index holds
// is put back. Xapian corrects word for word, so the two texts split alike.
std::string QueryBuilder::keep_known_words(const std::string& text, const std::string& corrected) const
{
    if (corrected.empty())
        return corrected;
    const auto words = text::split_words(text), fixes = text::split_words(corrected);
    if (words.size() != fixes.size())
        return corrected;
    std::string out;
    bool changed = false;
    for (std::size_t i = 0; i < words.size(); ++i) {
        std::string_view word = words[i];
        if (word != fixes[i]) {
            // A field name is never corrected ("title:" is not "time:"), only the word after it.
            const auto colon = word.rfind(':');
            const auto value = colon == std::string_view::npos ? word : word.substr(colon + 1);
            const bool same_field = colon == std::string_view::npos ||
                                    std::string_view(fixes[i]).substr(0, colon + 1) == word.substr(0, colon + 1);
            if (same_field && !value.empty() && !holds(value)) {
                word = fixes[i];
                changed = true;
            }
        }
        if (!out.empty())
            out += ' ';
        out += word;
    }
    return changed ? out : std::string();
}

}  // namespace dateline::query
