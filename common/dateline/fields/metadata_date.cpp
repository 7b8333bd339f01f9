#include "dateline/fields/metadata_date.hpp"

#include <charconv>
#include <chrono>

#include "dateline/text/strings.hpp"

namespace dateline::fields {

using calendar::Date;
using calendar::make_date;
using calendar::month_from_name;

namespace {

// A hand-written matcher, not std::regex: libstdc++'s regex recurses once per character
// matched by ".*", so a long date (50 KB of metadata) overflowed the stack. Each form reads
// a few characters from the front and looks at the rest only to check it has no line break:
// linear time, constant stack, whatever the length.
class Cursor {
public:
    explicit Cursor(std::string_view text) : text_(text) {}

    bool done() const { return pos_ == text_.size(); }
    char peek() const { return done() ? '\0' : text_[pos_]; }
    bool take(char c)
    {
        if (done() || peek() != c)
            return false;
        ++pos_;
        return true;
    }
    /** Skips a run of characters in the class; returns how many. */
    template <class Pred>
    std::string_view run(Pred in_class)
    {
        const auto start = pos_;
        while (!done() && in_class(text_[pos_]))
            ++pos_;
        return text_.substr(start, pos_ - start);
    }
    std::string_view digits() { return run(is_digit); }
    std::string_view letters() { return run(is_letter); }
    std::size_t spaces() { return run(is_space).size(); }
    /** ECMAScript's ".*$": the rest holds no line break. */
    bool rest_is_one_line() const { return text_.substr(pos_).find_first_of("\r\n") == std::string_view::npos; }
    /** "\b" after a word character: the next one is not a word character. */
    bool at_word_end() const { return done() || !(is_digit(peek()) || is_letter(peek()) || peek() == '_'); }

    static bool is_digit(char c) { return c >= '0' && c <= '9'; }
    static bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
    static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'; }

private:
    std::string_view text_;
    std::size_t pos_ = 0;
};

int to_int(std::string_view s)
{
    int v = 0;
    std::from_chars(s.data(), s.data() + s.size(), v);
    return v;
}

// "YYYY-MM-DD" then nothing, or T or a space and the rest of the line.
std::optional<std::optional<Date>> iso(std::string_view text)
{
    Cursor c(text);
    const auto y = c.digits();
    if (y.size() != 4 || !c.take('-'))
        return std::nullopt;
    const auto m = c.digits();
    if (m.size() != 2 || !c.take('-'))
        return std::nullopt;
    const auto d = c.digits();
    if (d.size() != 2 || !(c.done() || ((c.take('T') || c.take(' ')) && c.rest_is_one_line())))
        return std::nullopt;
    return make_date(to_int(y), to_int(m), to_int(d));
}

// "YYYYMMDD" then nothing, or T and the rest of the line.
std::optional<std::optional<Date>> compact(std::string_view text)
{
    Cursor c(text);
    const auto digits = c.digits();
    if (digits.size() != 8 || !(c.done() || (c.take('T') && c.rest_is_one_line())))
        return std::nullopt;
    return make_date(to_int(digits.substr(0, 4)), to_int(digits.substr(4, 2)), to_int(digits.substr(6, 2)));
}

// Four digits that end a word, and the rest of the line.
std::string_view year_at_end(Cursor& c)
{
    const auto y = c.digits();
    return y.size() == 4 && c.at_word_end() && c.rest_is_one_line() ? y : std::string_view{};
}

// A month's name just read ("Jan", "January", maybe "Jan."), then at least one space.
bool month_then_space(Cursor& c, std::string_view month)
{
    if (month.size() < 3 || month.size() > 9)
        return false;
    c.take('.');
    return c.spaces() > 0;
}

// The date of that month and day in the year that ends the text.
std::optional<std::optional<Date>> dated_by_year_at_end(Cursor& c, std::string_view month, std::string_view day)
{
    const auto y = year_at_end(c);
    if (y.empty())
        return std::nullopt;
    return make_date(to_int(y), month_from_name(month), to_int(day));
}

// RFC 2822: "Sun, 27 Jan 2019 10:00:00 +0000", also without the weekday.
std::optional<std::optional<Date>> rfc(std::string_view text)
{
    Cursor c(text);
    if (Cursor::is_letter(c.peek())) {
        if (c.letters().size() != 3 || !c.take(','))
            return std::nullopt;
        c.spaces();
    }
    const auto d = c.digits();
    if (d.empty() || d.size() > 2 || c.spaces() == 0)
        return std::nullopt;
    const auto month = c.letters();
    if (!month_then_space(c, month))
        return std::nullopt;
    return dated_by_year_at_end(c, month, d);
}

// "January 27, 2019" and "Jan 27 2019", as pages print them, maybe after "Sunday, ".
std::optional<std::optional<Date>> written(std::string_view text)
{
    Cursor c(text);
    auto month = c.letters();
    if (!month.empty() && c.take(',')) {  // that was the weekday
        c.spaces();
        month = c.letters();
    }
    if (!month_then_space(c, month))
        return std::nullopt;
    const auto d = c.digits();
    if (d.empty() || d.size() > 2)
        return std::nullopt;
    c.take(',');
    if (c.spaces() == 0)
        return std::nullopt;
    return dated_by_year_at_end(c, month, d);
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
    const auto text = text::trim(raw);
    // The first form whose shape matches decides, even when its day is impossible.
    for (auto form : {iso, compact, rfc, written})
        if (auto shaped = form(text))
            return *shaped;
    // Unix seconds: 9 to 11 digits (1973..5138); shorter numbers are more likely years or ids.
    if (text.size() >= 9 && text.size() <= 11 && text.find_first_not_of("0123456789") == std::string::npos)
        return from_unix_seconds(text);
    return std::nullopt;
}

}  // namespace dateline::fields
