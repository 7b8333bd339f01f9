#include "dateline/fields/dateline.hpp"

#include <algorithm>
#include <array>
#include <regex>

#include <xapian.h>

#include "dateline/calendar/date.hpp"
#include "dateline/text/strings.hpp"

namespace dateline::fields {

using calendar::month_from_name;

namespace {

// Capital letters, spaces, dots, hyphens, apostrophes and slashes between places: "ST. PETERSBURG",
// "ROSTOV-ON-DON", "SHANGHAI/TOKYO".
#define CITY "([A-Z][A-Z.'/\\- ]*[A-Z.])"
#define MONTH_DAY "([A-Z][a-z]{2,8}\\.?)\\s+(\\d{1,2})"
#define DASH "\\s*(?:--|-|\u2014|\u2013)\\s*"

/** One dateline form. Group numbers say where each part is; 0 when the form lacks it.
 *  `needs`: text every match holds, so that most paragraphs skip the regex; `Dash` stands
 *  for any of the dashes DASH matches. */
struct Form {
    std::regex pattern;
    int city, qualifier, month, day, year, agency;
    std::string_view needs = {};
};

constexpr std::string_view Dash = "-";

const std::array<Form, 7>& forms()
{
    static const std::array<Form, 7> table{{
        // TASS: "MOSCOW, January 12. /TASS/.", "IGORA /Leningrad Region/, December 26. /TASS/.",
        // "MOSCOW, January 12, 2017. /ITAR-TASS/:"
        {std::regex("^" CITY "(?:\\s*/([^/]{2,60})/)?,\\s+" MONTH_DAY "(?:,\\s*(\\d{4}))?\\.?\\s*/(ITAR-TASS|TASS)/\\s*[.:]?\\s*"),
         1, 2, 3, 4, 5, 6, "TASS/"},
        // Reuters, AP, AFP, Xinhua: "WASHINGTON (Reuters) - ", "HOUSTON, Jan 27 (Reuters) - ",
        // "LIMA, Peru (Reuters) - ", "KABUL, Afghanistan (AP) — ", "BEIJING, March 31 (Xinhua) -- "
        {std::regex("^" CITY "(?:,\\s+" MONTH_DAY "|,\\s+([A-Z][A-Za-z. ]{1,40}?))?\\s+\\((Reuters|AP|AFP|Xinhua)\\)" DASH),
         1, 4, 2, 3, 0, 5, ")"},
        // Interfax: "MOSCOW. April 2 (Interfax) - "
        {std::regex("^" CITY "\\.\\s+" MONTH_DAY "\\s+\\((Interfax)\\)" DASH), 1, 0, 2, 3, 0, 4, "(Interfax)"},
        // Bloomberg: "Jan. 19 (Bloomberg) -- ", "(Bloomberg) -- "
        {std::regex("^(?:" MONTH_DAY "\\s+)?\\((Bloomberg)\\)" DASH), 0, 0, 1, 2, 0, 3, "(Bloomberg)"},
        // The bare wire form of 1980s Reuters copy, whose typing varies: "WASHINGTON, Feb 26 - ",
        // "PORTLAND, Ore., Feb 26 - ", "RICHMOND, Va. Feb 26 - ", "Toronto, FEB 26 - ", "ATLANTA , March 3 - ",
        // "JOHANNESBURG March 13 - ", "CHICAGO, March 4, - ", "WASHINGTON, March 12, Reuter - "
        {std::regex("^\\**([A-Z][A-Za-z.'/\\- ]*[A-Za-z.])\\s*,?\\s+(?:([A-Z][A-Za-z. ]{1,30}?)\\s*,?\\s+)?"
                    "([A-Za-z]{3,9}\\.?)\\s+(\\d{1,2})(?:,?\\s*Reuter)?,?" DASH),
         1, 2, 3, 4, 0, 0, Dash},
        // Day before month: "AMSTERDAM, 2 March - "
        {std::regex("^([A-Z][A-Za-z.'/\\- ]*[A-Za-z.]),\\s+(\\d{1,2})\\s+([A-Za-z]{3,9}\\.?)" DASH), 1, 0, 3, 2, 0, 0,
         Dash},
        // No date at all, the city in capitals: "TOKYO - ", "WOODBRIDGE, N.J. - ", "CALGARY, Alberta - "
        {std::regex("^([A-Z][A-Z.'/\\- ]{2,}[A-Z.])(?:,\\s+([A-Z][A-Za-z. ]{1,30}?))?,?\\s+(?:--|-|\u2014|\u2013)\\s+"),
         1, 2, 0, 0, 0, 0, Dash},
    }};
    return table;
}

#undef CITY
#undef MONTH_DAY
#undef DASH

bool is_small_word(std::string_view word)
{
    static constexpr std::array<std::string_view, 14> small{
        "de", "da", "do", "dos", "del", "la", "le", "el", "al", "on", "upon", "of", "am", "sur"};
    return std::find(small.begin(), small.end(), word) != small.end();
}

// "L'ANGE" -> "L'Ange", "O'HARE" -> "O'Hare": a letter and an apostrophe start the word again.
std::string capitalise(std::string_view word)
{
    std::string out;
    std::size_t index = 0;
    bool upper_next = true;
    for (Xapian::Utf8Iterator it(word.data(), word.size()), end; it != end; ++it, ++index) {
        const unsigned ch = *it;
        Xapian::Unicode::append_utf8(out, upper_next ? Xapian::Unicode::toupper(ch) : Xapian::Unicode::tolower(ch));
        upper_next = index == 1 && (ch == '\'' || ch == 0x2019);
    }
    return out;
}

int to_int(const std::csub_match& match)
{
    return match.matched ? std::stoi(match.str()) : 0;
}

// "SHANGHAI/TOKYO": the story is filed from the first place; the others are kept beside it.
void set_places(Dateline& out, std::string_view city)
{
    std::size_t start = 0;
    while (start <= city.size()) {
        auto end = city.find('/', start);
        if (end == std::string_view::npos)
            end = city.size();
        const auto place = text::trim(city.substr(start, end - start));
        if (!place.empty())
            out.places.push_back(normal_case(place));
        start = end + 1;
    }
    if (!out.places.empty())
        out.location = out.places.front();
}

std::size_t word_count(std::string_view s)
{
    std::size_t n = 0;
    bool in_word = false;
    for (char c : s) {
        const bool space = c == ' ' || c == '\t';
        n += !space && !in_word;
        in_word = !space;
    }
    return n;
}

// A dateline without date or agency is only a place and a dash, as a headline can be
// ("KUWAIT MAY RE-REGISTER GULF TANKERS - NEWSPAPER"): the place must be a few words and a
// sentence must follow it.
bool plausible_undated(std::string_view city, std::string_view rest)
{
    constexpr std::size_t MaxPlaceWords = 4, MinSentenceWords = 2;
    return word_count(city) <= MaxPlaceWords && word_count(rest) >= MinSentenceWords;
}

}  // namespace

std::string normal_case(std::string_view place)
{
    std::string out;
    std::size_t index = 0;  // word index over words and hyphenated parts
    std::size_t start = 0;
    while (start <= place.size()) {
        std::size_t end = place.find_first_of(" -/", start);
        if (end == std::string_view::npos)
            end = place.size();
        const auto word = place.substr(start, end - start);
        const auto lowered = text::to_lower(word);
        out += index > 0 && is_small_word(lowered) ? lowered : capitalise(word);
        if (end < place.size())
            out += place[end];
        ++index;
        start = end + 1;
    }
    return out;
}

std::optional<Dateline> parse_dateline(std::string_view paragraph)
{
    // Datelines are short; bounding the input keeps std::regex fast on long paragraphs.
    const auto head = paragraph.substr(0, 160);
    // A headline has no dash most of the time: the three forms that end with one skip it.
    const bool dash = head.find('-') != std::string_view::npos || head.find("\u2014") != std::string_view::npos ||
                      head.find("\u2013") != std::string_view::npos;
    for (const auto& form : forms()) {
        if (form.needs == Dash ? !dash : !form.needs.empty() && head.find(form.needs) == std::string_view::npos)
            continue;
        std::cmatch m;
        if (!std::regex_search(head.data(), head.data() + head.size(), m, form.pattern))
            continue;
        Dateline out;
        if (form.month && m[form.month].matched) {
            out.month = month_from_name(m[form.month].str());
            out.day = to_int(m[form.day]);
            if (out.month == 0 || out.day < 1 || out.day > 31)
                continue;  // "LIMA, Peru" read as a date, or no month at all
        }
        if (form.city)
            set_places(out, m[form.city].str());
        if (!form.month && !form.agency && !plausible_undated(m[form.city].str(), head.substr(m.length(0))))
            continue;
        if (form.qualifier && m[form.qualifier].matched)
            out.qualifier = m[form.qualifier].str();
        if (form.year)
            out.year = to_int(m[form.year]);
        if (form.agency)
            out.agency = m[form.agency].str() == "ITAR-TASS" ? "TASS" : m[form.agency].str();
        out.length = static_cast<std::size_t>(m.length(0));
        return out;
    }
    return std::nullopt;
}

}  // namespace dateline::fields
