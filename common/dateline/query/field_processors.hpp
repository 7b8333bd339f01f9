/*! How the query's filter prefixes (speaker:, location:, agency:, organization:, date:,
 *  month:, year:, id:, article:) turn their values into Xapian queries: exactly as the
 *  matching command-line options do. */
#pragma once

#include <memory>
#include <optional>

#include <xapian.h>

#include "dateline/error.hpp"
#include "dateline/calendar/date.hpp"
#include "dateline/schema/schema.hpp"

namespace dateline::query {

/** Most terms a `prefix:value*` wildcard expands to (the most frequent ones), so one
 *  short prefix cannot make a query slow on a large index. */
inline constexpr Xapian::termcount MaxWildcardTerms = 1000;

/** The first error a processor met while Xapian parsed a query. Processors must not throw
 *  through Xapian's parser (it leaks the half-built query), so they record the error here,
 *  match nothing, and the query builder throws it once parsing is over. */
using DeferredError = std::shared_ptr<std::optional<Error>>;

/** `speaker:Peskov`, `speaker:"Dmitry Peskov"` -> the normalised boolean term the
 *  indexer wrote (schema::boolean_term); `speaker:pesk*` -> those terms starting so;
 *  `month:2017-01` -> XM201701. */
class BooleanField : public Xapian::FieldProcessor {
public:
    /** `error` takes a month: or year: that is no month or year (it would match nothing). */
    BooleanField(schema::FieldId id, DeferredError error) : id_(id), error_(std::move(error)) {}
    Xapian::Query operator()(const std::string& value) override;

private:
    schema::FieldId id_;
    DeferredError error_;
};

/** `date:2017-01`, `date:7d`, `date:today`: parse_date_span() as a value range. */
class DateField : public Xapian::FieldProcessor {
public:
    DateField(calendar::Date today, DeferredError error) : today_(today), error_(std::move(error)) {}
    Xapian::Query operator()(const std::string& value) override;

private:
    calendar::Date today_;
    DeferredError error_;
};

/** `date:2017-01..2017-03`, `date:..2016`, `date:2017..` (Xapian hands ranges to a
 *  RangeProcessor before any FieldProcessor sees them). */
class DateRange : public Xapian::RangeProcessor {
public:
    DateRange(calendar::Date today, DeferredError error);
    Xapian::Query operator()(const std::string& begin, const std::string& end) override;

private:
    calendar::Date today_;
    DeferredError error_;
};

}  // namespace dateline::query
