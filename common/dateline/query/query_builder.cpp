#include "dateline/query/query_builder.hpp"

#include "dateline/error.hpp"
#include "dateline/query/date_bound.hpp"
#include "dateline/schema.hpp"

namespace dateline::query {

using schema::FieldId;

namespace {

/** `speaker:Peskov` -> the lowercased boolean term, as the options build it. */
class BooleanField : public Xapian::FieldProcessor {
public:
    explicit BooleanField(FieldId id) : id_(id) {}
    Xapian::Query operator()(const std::string& value) override
    {
        return Xapian::Query(schema::boolean_term(id_, value));
    }

private:
    FieldId id_;
};

Xapian::Query date_range(const std::optional<fields::Date>& since, const std::optional<fields::Date>& until)
{
    const auto slot = schema::slot(schema::field(FieldId::Date).slot);
    if (since && until)
        return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, slot, fields::to_key(*since), fields::to_key(*until));
    if (since)
        return Xapian::Query(Xapian::Query::OP_VALUE_GE, slot, fields::to_key(*since));
    return Xapian::Query(Xapian::Query::OP_VALUE_LE, slot, fields::to_key(*until));
}

/** `date:2017-01` -> the whole month, by the same grammar as --since/--until. */
class DateField : public Xapian::FieldProcessor {
public:
    Xapian::Query operator()(const std::string& value) override
    {
        return date_range(parse_date_bound(value, Bound::Lower), parse_date_bound(value, Bound::Upper));
    }
};

/** `date:2017-01..2017-03`, `date:..2016`, `date:2017..` */
class DateRange : public Xapian::RangeProcessor {
public:
    DateRange() : Xapian::RangeProcessor(schema::slot(schema::field(FieldId::Date).slot), "date:") {}
    Xapian::Query operator()(const std::string& begin, const std::string& end) override
    {
        std::optional<fields::Date> since, until;
        if (!begin.empty())
            since = parse_date_bound(begin, Bound::Lower);
        if (!end.empty())
            until = parse_date_bound(end, Bound::Upper);
        if (!since && !until)
            return Xapian::Query::MatchAll;
        return date_range(since, until);
    }
};

Xapian::Query any_of(FieldId id, const std::vector<std::string>& values)
{
    std::vector<Xapian::Query> terms;
    for (const auto& v : values)
        terms.emplace_back(schema::boolean_term(id, v));
    return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

}  // namespace

Xapian::Query filter_query(const Filters& filters)
{
    std::vector<Xapian::Query> parts;
    if (!filters.speakers.empty())
        parts.push_back(any_of(FieldId::Speaker, filters.speakers));
    if (!filters.locations.empty())
        parts.push_back(any_of(FieldId::Location, filters.locations));
    if (filters.since || filters.until)
        parts.push_back(date_range(filters.since, filters.until));
    if (parts.empty())
        return Xapian::Query::MatchAll;
    return Xapian::Query(Xapian::Query::OP_AND, parts.begin(), parts.end());
}

QueryBuilder::QueryBuilder(const Xapian::Database& db) : stemmer_("english")
{
    parser_.set_database(db);
    parser_.set_stemmer(stemmer_);
    parser_.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    parser_.set_default_op(Xapian::Query::OP_AND);
    for (const auto& f : schema::Fields) {
        if (f.name.empty() || f.id == FieldId::Date)
            continue;
        if (f.kind == schema::Kind::Text)
            parser_.add_prefix(std::string(f.name), std::string(f.prefix));
        else
            parser_.add_boolean_prefix(std::string(f.name), (new BooleanField(f.id))->release());
    }
    parser_.add_rangeprocessor((new DateRange)->release());
    parser_.add_boolean_prefix("date", (new DateField)->release());
}

Xapian::Query QueryBuilder::build(const std::string& text, const Filters& filters)
{
    Xapian::Query query;
    try {
        constexpr unsigned flags = Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_WILDCARD |
                                   Xapian::QueryParser::FLAG_PURE_NOT;
        query = parser_.parse_query(text, flags);
    } catch (const Xapian::QueryParserError& e) {
        throw Error(Error::Code::Usage, "cannot parse query '" + text + "': " + e.get_msg(),
                    "see the query syntax in the README; quote phrases with \"...\"");
    }
    if (filters.empty())
        return query.empty() ? Xapian::Query::MatchAll : query;
    const auto filter = filter_query(filters);
    return query.empty() ? filter : Xapian::Query(Xapian::Query::OP_FILTER, query, filter);
}

}  // namespace dateline::query
