#include "dateline/query/field_processors.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "dateline/query/date_bound.hpp"
#include "dateline/query/filters.hpp"

namespace dateline::query {

using schema::FieldId;

namespace {

// Month terms are YYYYMM; people write 2017-01.
std::string term_value(FieldId id, std::string value)
{
    if (id == FieldId::Month)
        std::erase(value, '-');
    return value;
}

// The date query for a span, or MatchNothing with the error kept for later.
Xapian::Query deferred_date_query(const std::string& span, calendar::Date today, const DeferredError& error)
{
    try {
        return date_query(parse_date_span(span, today));
    } catch (const Error& e) {
        if (!*error)
            *error = e;
        return Xapian::Query::MatchNothing;
    }
}

bool digits(std::string_view s, std::size_t n)
{
    return s.size() == n && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A month term is YYYYMM (month 01 to 12), a year term YYYY; anything else would silently
// match nothing, as `month:2017` and `year:17` did.
bool well_formed(FieldId id, const std::string& term)
{
    if (id == FieldId::Year)
        return digits(term, 4);
    if (id == FieldId::Month)
        return digits(term, 6) && term.substr(4) >= "01" && term.substr(4) <= "12";
    return true;
}

}  // namespace

Xapian::Query BooleanField::operator()(const std::string& value)
{
    if (const auto term = term_value(id_, value); !value.ends_with('*') && !well_formed(id_, term)) {
        const bool month = id_ == FieldId::Month;
        if (!*error_)
            *error_ = Error(Error::Code::Usage, fmt::format("invalid {} '{}'", month ? "month" : "year", value),
                            month ? "write month:YYYY-MM (month:2017-01); for a span, date:2017-01..2017-03"
                                  : "write year:YYYY (year:2017); for a span, date:2016..2017");
        return Xapian::Query::MatchNothing;
    }
    if (value.size() > 1 && value.back() == '*') {
        const auto stem = term_value(id_, value.substr(0, value.size() - 1));
        return Xapian::Query(Xapian::Query::OP_WILDCARD, schema::boolean_term(id_, stem), MaxWildcardTerms,
                             Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT);
    }
    return Xapian::Query(schema::boolean_term(id_, term_value(id_, value)));
}

Xapian::Query DateField::operator()(const std::string& value)
{
    return deferred_date_query(value, today_, error_);
}

DateRange::DateRange(calendar::Date today, DeferredError error)
    : Xapian::RangeProcessor(schema::slot(schema::field(FieldId::Date).slot), "date:"), today_(today),
      error_(std::move(error))
{
}

Xapian::Query DateRange::operator()(const std::string& begin, const std::string& end)
{
    return deferred_date_query(begin + ".." + end, today_, error_);
}

}  // namespace dateline::query
