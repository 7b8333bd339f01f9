#include "dateline/query/date_bound.hpp"

#include <charconv>

#include "dateline/error.hpp"
#include "dateline/query/calendar.hpp"

namespace dateline::query {

namespace {

constexpr std::string_view RangeMark = "..";
constexpr std::size_t MaxRelativeDigits = 5;

std::optional<int> digits(std::string_view text, std::size_t count)
{
    if (text.size() != count || count == 0 || text.find_first_not_of("0123456789") != std::string_view::npos)
        return std::nullopt;  // from_chars alone would take "-7"
    int value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

[[noreturn]] void reject(std::string_view text)
{
    throw Error(Error::Code::Usage, "invalid date '" + std::string(text) + "'", std::string(DateForms));
}

// YYYY, YYYY-MM, YYYY-MM-DD; a partial date is its period's first or last day.
std::optional<calendar::Date> absolute(std::string_view text, Bound bound)
{
    const auto year = digits(text.substr(0, 4), 4);
    if (!year || *year < 1)
        return std::nullopt;
    if (text.size() == 4)
        return bound == Bound::Lower ? calendar::Date{*year, 1, 1} : calendar::Date{*year, 12, 31};
    if (text.size() != 7 && text.size() != 10)
        return std::nullopt;
    const auto month = text[4] == '-' ? digits(text.substr(5, 2), 2) : std::nullopt;
    if (!month || *month < 1 || *month > 12)
        return std::nullopt;
    if (text.size() == 7)
        return calendar::Date{*year, *month, bound == Bound::Lower ? 1 : calendar::days_in_month(*year, *month)};
    return calendar::parse_iso(text);
}

char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool equals_lower(std::string_view text, std::string_view word)
{
    if (text.size() != word.size())
        return false;
    for (std::size_t i = 0; i < text.size(); ++i)
        if (lower(text[i]) != word[i])
            return false;
    return true;
}

std::optional<calendar::Date> keyword(std::string_view text, const calendar::Date& today)
{
    if (equals_lower(text, "today"))
        return today;
    if (equals_lower(text, "yesterday"))
        return add_days(today, -1);
    return std::nullopt;
}

// 7d 2w 3m 1y: that long before today.
std::optional<calendar::Date> relative(std::string_view text, const calendar::Date& today)
{
    if (text.size() < 2 || text.size() > MaxRelativeDigits + 1)
        return std::nullopt;
    const auto count = digits(text.substr(0, text.size() - 1), text.size() - 1);
    if (!count)
        return std::nullopt;
    calendar::Date date;
    switch (lower(text.back())) {
    case 'd': date = add_days(today, -*count); break;
    case 'w': date = add_days(today, -7L * *count); break;
    case 'm': date = add_months(today, -*count); break;
    case 'y': date = add_months(today, -12L * *count); break;
    default: return std::nullopt;
    }
    if (!is_valid(date))
        return std::nullopt;  // before year 1
    return date;
}

bool is_relative(std::string_view text, const calendar::Date& today)
{
    return relative(text, today).has_value();
}

}  // namespace

calendar::Date parse_date_bound(std::string_view text, Bound bound, const calendar::Date& today)
{
    if (auto date = absolute(text, bound))
        return *date;
    if (auto date = keyword(text, today))
        return *date;
    if (auto date = relative(text, today))
        return *date;
    reject(text);
}

DateSpan parse_date_span(std::string_view text, const calendar::Date& today)
{
    const auto mark = text.find(RangeMark);
    if (mark == std::string_view::npos) {
        const auto from = parse_date_bound(text, Bound::Lower, today);
        // "7d" is a starting point: the span runs on to today.
        return DateSpan{from, is_relative(text, today) ? today : parse_date_bound(text, Bound::Upper, today)};
    }
    const auto begin = text.substr(0, mark), end = text.substr(mark + RangeMark.size());
    if (begin.empty() && end.empty())
        reject(text);
    DateSpan span;
    if (!begin.empty())
        span.from = parse_date_bound(begin, Bound::Lower, today);
    if (!end.empty())
        span.to = parse_date_bound(end, Bound::Upper, today);
    if (span.from && span.to && *span.to < *span.from)
        throw Error(Error::Code::Usage, "date range '" + std::string(text) + "' ends before it starts",
                    "put the earlier date first, e.g. 2017..2018");
    return span;
}

DateSpan parse_since_until(const std::optional<std::string>& since, const std::optional<std::string>& until,
                           const calendar::Date& today)
{
    DateSpan span;
    if (since)
        span.from = parse_date_bound(*since, Bound::Lower, today);
    if (until)
        span.to = parse_date_bound(*until, Bound::Upper, today);
    if (span.from && span.to && *span.to < *span.from)
        throw Error(Error::Code::Usage, "--since " + *since + " is after --until " + *until + ": nothing can match",
                    "--since takes the earlier date, --until the later one");
    return span;
}

std::string describe(const DateSpan& span)
{
    if (span.empty())
        return {};
    return (span.from ? calendar::to_iso(*span.from) : "") + std::string(RangeMark) +
           (span.to ? calendar::to_iso(*span.to) : "");
}

}  // namespace dateline::query
