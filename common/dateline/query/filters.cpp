#include "dateline/query/filters.hpp"

#include <algorithm>

namespace dateline::query {

namespace {

Xapian::Query any_of(schema::FieldId id, const std::vector<std::string>& values)
{
    std::vector<Xapian::Query> terms;
    for (const auto& v : values)
        terms.emplace_back(schema::boolean_term(id, v));
    return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

std::string joined(const std::vector<std::string>& values)
{
    std::string out;
    for (const auto& v : values)
        out += (out.empty() ? "" : " OR ") + schema::normalise_value(v);
    return out;
}

}  // namespace

bool Filters::empty() const
{
    for (const auto& f : FilterFields)
        if (!(this->*f.values).empty())
            return false;
    return dates.empty();
}

Xapian::Query date_query(const DateSpan& span)
{
    const auto slot = schema::slot(schema::field(schema::FieldId::Date).slot);
    if (span.from && span.to)
        return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, slot, calendar::to_key(*span.from),
                             calendar::to_key(*span.to));
    if (span.from)
        return Xapian::Query(Xapian::Query::OP_VALUE_GE, slot, calendar::to_key(*span.from));
    if (span.to)
        return Xapian::Query(Xapian::Query::OP_VALUE_LE, slot, calendar::to_key(*span.to));
    return Xapian::Query::MatchAll;
}

Xapian::Query filter_query(const Filters& filters)
{
    std::vector<Xapian::Query> parts;
    for (const auto& f : FilterFields)
        if (!(filters.*f.values).empty())
            parts.push_back(any_of(f.field, filters.*f.values));
    if (!filters.dates.empty())
        parts.push_back(date_query(filters.dates));
    if (parts.empty())
        return Xapian::Query::MatchAll;
    return Xapian::Query(Xapian::Query::OP_AND, parts.begin(), parts.end());
}

Xapian::Query apply_filters(const Xapian::Query& query, const Filters& filters)
{
    if (filters.empty())
        return query.empty() ? Xapian::Query::MatchAll : query;
    const auto filter = filter_query(filters);
    return query.empty() ? filter : Xapian::Query(Xapian::Query::OP_FILTER, query, filter);
}

std::vector<std::string> describe_filters(const Filters& filters)
{
    std::vector<std::string> lines;
    for (const auto& f : FilterFields)
        if (!(filters.*f.values).empty())
            lines.push_back(std::string(schema::field(f.field).name) + ": " + joined(filters.*f.values));
    if (!filters.dates.empty())
        lines.push_back("date: " + describe(filters.dates));
    return lines;
}

std::vector<std::string> unknown_filter_values(const Xapian::Database& db, const Filters& filters,
                                               const Xapian::Query& query)
{
    std::vector<std::string> unknown;
    const auto add = [&](schema::FieldId id, std::string_view value) {
        auto named = std::string(schema::field(id).name) + " '" + std::string(value) + "'";
        if (std::find(unknown.begin(), unknown.end(), named) == unknown.end())
            unknown.push_back(std::move(named));
    };
    for (const auto& f : FilterFields)
        for (const auto& v : filters.*f.values)
            if (!db.term_exists(schema::boolean_term(f.field, v)))
                add(f.field, v);
    for (auto t = query.get_unique_terms_begin(); t != query.get_unique_terms_end(); ++t) {
        const std::string term = *t;
        for (const auto& f : FilterFields) {
            const auto prefix = schema::field(f.field).prefix;
            if (term.starts_with(prefix) && !db.term_exists(term)) {
                add(f.field, std::string_view(term).substr(prefix.size()));
                break;
            }
        }
    }
    return unknown;
}

}  // namespace dateline::query
