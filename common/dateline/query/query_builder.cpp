#include "dateline/query/query_builder.hpp"

#include "dateline/error.hpp"
#include "dateline/query/field_processors.hpp"
#include "dateline/schema.hpp"

namespace dateline::query {

using schema::FieldId;

namespace {

constexpr unsigned ParseFlags = Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_WILDCARD |
                                Xapian::QueryParser::FLAG_PURE_NOT |
                                Xapian::QueryParser::FLAG_SPELLING_CORRECTION;

void add_field(Xapian::QueryParser& parser, const schema::Field& f, fields::Date today, const DeferredError& error)
{
    const std::string name(f.name);
    if (f.kind == schema::Kind::Text)
        parser.add_prefix(name, std::string(f.prefix));
    else if (f.id == FieldId::Date)
        parser.add_boolean_prefix(name, (new DateField(today, error))->release());
    else
        parser.add_boolean_prefix(name, (new BooleanField(f.id))->release());
}

}  // namespace

QueryBuilder::QueryBuilder(const Xapian::Database& db, fields::Date today)
    : stemmer_("english"), error_(std::make_shared<std::optional<Error>>())
{
    parser_.set_database(db);
    parser_.set_stemmer(stemmer_);
    parser_.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    parser_.set_max_expansion(MaxWildcardTerms, Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT,
                              Xapian::QueryParser::FLAG_WILDCARD | Xapian::QueryParser::FLAG_PARTIAL);
    for (const auto& f : schema::Fields)
        if (!f.name.empty())
            add_field(parser_, f, today, error_);
    parser_.add_rangeprocessor((new DateRange(today, error_))->release());
}

ParsedQuery QueryBuilder::parse(const std::string& text, MatchMode mode)
{
    parser_.set_default_op(mode == MatchMode::All ? Xapian::Query::OP_AND : Xapian::Query::OP_OR);
    try {
        ParsedQuery parsed;
        error_->reset();
        parsed.query = parser_.parse_query(text, ParseFlags);
        if (*error_)
            throw **error_;
        parsed.corrected = parser_.get_corrected_query_string();
        return parsed;
    } catch (const Xapian::QueryParserError& e) {
        throw Error(Error::Code::Usage, "cannot parse query '" + text + "': " + e.get_msg(),
                    "see the query syntax in the README; quote phrases with \"...\"");
    }
}

Xapian::Query QueryBuilder::build(const std::string& text, const Filters& filters, MatchMode mode)
{
    return apply_filters(parse(text, mode).query, filters);
}

}  // namespace dateline::query
