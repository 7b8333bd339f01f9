#include "dateline/query/calendar.hpp"

#include <chrono>

#include <fmt/format.h>

namespace dateline::query {

namespace chr = std::chrono;

namespace {

chr::sys_days to_sys(const calendar::Date& d)
{
    return chr::sys_days{chr::year{d.year} / chr::month{static_cast<unsigned>(d.month)} /
                         chr::day{static_cast<unsigned>(d.day)}};
}

calendar::Date from_ymd(const chr::year_month_day& ymd)
{
    return calendar::Date{static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
                        static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

}  // namespace

long day_number(const calendar::Date& date)
{
    return static_cast<long>(to_sys(date).time_since_epoch().count());
}

calendar::Date from_day_number(long days)
{
    return from_ymd(chr::year_month_day{chr::sys_days{chr::days{days}}});
}

calendar::Date add_days(const calendar::Date& date, long days)
{
    return from_day_number(day_number(date) + days);
}

calendar::Date add_months(const calendar::Date& date, long months)
{
    const long index = static_cast<long>(date.year) * 12 + (date.month - 1) + months;
    const int year = static_cast<int>(index >= 0 ? index / 12 : (index - 11) / 12);
    const int month = static_cast<int>(index - static_cast<long>(year) * 12) + 1;
    const int last = calendar::days_in_month(year, month);
    return calendar::Date{year, month, date.day < last ? date.day : last};
}

calendar::Date week_start(const calendar::Date& date)
{
    const chr::weekday wd{to_sys(date)};
    return add_days(date, -static_cast<long>(wd.iso_encoding() - 1));
}

std::string iso_week(const calendar::Date& date)
{
    // The ISO year of a week is the year of its Thursday; week 1 holds the year's first Thursday.
    const auto thursday = add_days(week_start(date), 3);
    const long first_day = day_number(calendar::Date{thursday.year, 1, 1});
    const long week = (day_number(thursday) - first_day) / 7 + 1;
    return fmt::format("{:04}-W{:02}", thursday.year, week);
}

bool is_valid(const calendar::Date& date)
{
    return calendar::make_date(date.year, date.month, date.day).has_value();
}

}  // namespace dateline::query
