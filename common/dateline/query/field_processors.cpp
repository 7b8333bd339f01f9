#include "dateline/query/field_processors.hpp"

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

}  // namespace

Xapian::Query BooleanField::operator()(const std::string& value)
{
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
