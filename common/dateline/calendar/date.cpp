#include "dateline/calendar/date.hpp"

#include <array>
#include <chrono>
#include <charconv>

#include <fmt/format.h>

namespace dateline::calendar {

bool is_leap_year(int year) noexcept
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(int year, int month) noexcept
{
    static constexpr std::array<int, 12> days{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12)
        return 0;
    return month == 2 && is_leap_year(year) ? 29 : days[month - 1];
}

std::optional<Date> make_date(int year, int month, int day) noexcept
{
    if (year < 1 || year > 9999 || day < 1 || day > days_in_month(year, month))
        return std::nullopt;
    return Date{year, month, day};
}

std::string to_iso(const Date& date)
{
    return fmt::format("{:04}-{:02}-{:02}", date.year, date.month, date.day);
}

std::string to_key(const Date& date)
{
    return fmt::format("{:04}{:02}{:02}", date.year, date.month, date.day);
}

std::string to_month(const Date& date)
{
    return fmt::format("{:04}-{:02}", date.year, date.month);
}

namespace {

std::optional<int> parse_digits(std::string_view text, std::size_t count)
{
    if (text.size() != count)
        return std::nullopt;
    int value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

}  // namespace

std::optional<Date> parse_iso(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    auto y = parse_digits(text.substr(0, 4), 4);
    auto m = parse_digits(text.substr(5, 2), 2);
    auto d = parse_digits(text.substr(8, 2), 2);
    if (!y || !m || !d)
        return std::nullopt;
    return make_date(*y, *m, *d);
}

int month_from_name(std::string_view name) noexcept
{
    static constexpr std::array<std::string_view, 12> names{
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december"};
    if (!name.empty() && name.back() == '.')
        name.remove_suffix(1);
    if (name.size() < 3)
        return 0;
    std::string lower;
    for (char c : name)
        lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (lower == names[i])
            return static_cast<int>(i) + 1;
        // Agency abbreviations: "Jan", "Sept", "Sep".
        if (lower.size() <= 4 && names[i].starts_with(lower))
            return static_cast<int>(i) + 1;
    }
    return 0;
}

Date today()
{
    using namespace std::chrono;
    const year_month_day ymd{floor<days>(system_clock::now())};
    return Date{static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
                static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

}  // namespace dateline::calendar
