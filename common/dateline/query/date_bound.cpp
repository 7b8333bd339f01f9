#include "dateline/query/date_bound.hpp"

#include <charconv>

#include "dateline/error.hpp"

namespace dateline::query {

namespace {

int number(std::string_view text, std::size_t digits)
{
    int value = -1;
    if (text.size() != digits)
        return -1;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    return ec == std::errc{} && end == text.data() + text.size() ? value : -1;
}

[[noreturn]] void reject(std::string_view text)
{
    throw Error(Error::Code::Usage, "invalid date '" + std::string(text) + "'",
                "dates are YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2017, 2017-01, 2017-01-12");
}

}  // namespace

fields::Date parse_date_bound(std::string_view text, Bound bound)
{
    const int year = number(text.substr(0, 4), 4);
    if (year < 1)
        reject(text);
    if (text.size() == 4)
        return bound == Bound::Lower ? fields::Date{year, 1, 1} : fields::Date{year, 12, 31};
    if (text.size() < 7 || text[4] != '-')
        reject(text);
    const int month = number(text.substr(5, 2), 2);
    if (month < 1 || month > 12)
        reject(text);
    if (text.size() == 7)
        return fields::Date{year, month, bound == Bound::Lower ? 1 : fields::days_in_month(year, month)};
    const auto date = fields::parse_iso(text);
    if (!date)
        reject(text);
    return *date;
}

}  // namespace dateline::query
