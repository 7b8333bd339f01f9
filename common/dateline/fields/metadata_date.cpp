#include "dateline/fields/metadata_date.hpp"

#include <charconv>
#include <chrono>
#include <regex>

#include "dateline/text/strings.hpp"

namespace dateline::fields {

namespace {

int to_int(const std::string& s)
{
    int v = 0;
    std::from_chars(s.data(), s.data() + s.size(), v);
    return v;
}

std::optional<Date> from_unix_seconds(std::string_view digits)
{
    long long seconds = 0;
    auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), seconds);
    if (ec != std::errc{} || end != digits.data() + digits.size())
        return std::nullopt;
    using namespace std::chrono;
    const year_month_day ymd{floor<days>(sys_seconds{seconds * 1s})};
    return make_date(static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
                     static_cast<int>(static_cast<unsigned>(ymd.day())));
}

}  // namespace

std::optional<Date> parse_metadata_date(std::string_view raw)
{
    const std::string text(text::trim(raw));
    static const std::regex iso(R"(^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$)");
    static const std::regex compact(R"(^(\d{4})(\d{2})(\d{2})(?:T.*)?$)");
    // RFC 2822: "Sun, 27 Jan 2019 10:00:00 +0000", also without the weekday.
    static const std::regex rfc(R"(^(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4})\b.*$)");
    // "January 27, 2019" and "Jan 27 2019", as pages print them.
    static const std::regex written(R"(^(?:[A-Za-z]+,\s*)?([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b.*$)");
    std::smatch m;
    if (std::regex_match(text, m, iso) || std::regex_match(text, m, compact))
        return make_date(to_int(m[1]), to_int(m[2]), to_int(m[3]));
    if (std::regex_match(text, m, rfc))
        return make_date(to_int(m[3]), month_from_name(m[2].str()), to_int(m[1]));
    if (std::regex_match(text, m, written))
        return make_date(to_int(m[3]), month_from_name(m[1].str()), to_int(m[2]));
    // Unix seconds: 9 to 11 digits (1973..5138); shorter numbers are more likely years or ids.
    if (text.size() >= 9 && text.size() <= 11 && text.find_first_not_of("0123456789") == std::string::npos)
        return from_unix_seconds(text);
    return std::nullopt;
}

}  // namespace dateline::fields
