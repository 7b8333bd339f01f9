#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "dateline/fields/metadata_date.hpp"

using namespace dateline::fields;
using namespace dateline::calendar;

namespace {

struct Case {
    std::string text;
    std::string expected;  // "YYYY-MM-DD", or "" for no date
};

std::string shown(const std::optional<Date>& date)
{
    return date ? to_iso(*date) : "";
}

}  // namespace

// The forms the regex-based parser accepted, and the near misses it refused: the hand-written
// matcher must read every one the same way.
TEST_CASE("fields/metadata_date: the accepted forms and their near misses")
{
    const std::vector<Case> cases{
        {"2018-03-14", "2018-03-14"},
        {"  2018-03-14T23:30:00-05:00 ", "2018-03-14"},
        {"2018-03-14 23:30:00", "2018-03-14"},
        {"2018-03-14x", ""},
        {"2018-3-14", ""},
        {"2018-02-30", ""},
        {"2018-03-14T10:00\nnext line", ""},
        {"20180314", "2018-03-14"},
        {"20180314T233000Z", "2018-03-14"},
        {"20180314 2330", ""},
        {"Sun, 27 Jan 2019 10:00:00 +0000", "2019-01-27"},
        {"Sun,27 Jan 2019", "2019-01-27"},
        {"27 January 2019", "2019-01-27"},
        {"7 Sept. 2019", "2019-09-07"},
        {"127 Jan 2019", ""},
        {"27 Ja 2019", ""},
        {"27 Jan 20190", ""},
        {"27 Jan 2019abc", ""},
        {"27 Foo 2019", ""},
        {"Sunday, 27 Jan 2019", ""},
        {"January 27, 2019", "2019-01-27"},
        {"Jan 27 2019", "2019-01-27"},
        {"Sunday, January 27, 2019 at noon", "2019-01-27"},
        {"Jan. 7, 2019", "2019-01-07"},
        {", January 27, 2019", ""},
        {"Jan, 27 2019", ""},
        {"January 27,2019", ""},
        {"January 270, 2019", ""},
        {"January 27, 2019_", ""},
        {"1548583200", "2019-01-27"},
        {"123456789", "1973-11-29"},
        {"12345678", ""},
        {"2019", ""},
        {"", ""},
        {"yesterday", ""},
    };
    for (const auto& c : cases) {
        INFO("text: " << c.text);
        CHECK(shown(parse_metadata_date(c.text)) == c.expected);
    }
}

// A 1 MB date crashed std::regex (SIGSEGV: one stack frame per character under ".*").
TEST_CASE("fields/metadata_date: a megabyte of date is read in linear time without a crash")
{
    const std::string tail(1 << 20, '0');
    CHECK(shown(parse_metadata_date("2018-03-14T" + tail)) == "2018-03-14");
    CHECK(shown(parse_metadata_date("Sun, 27 Jan 2019 " + tail)) == "2019-01-27");
    CHECK(shown(parse_metadata_date("January 27, 2019 " + tail)) == "2019-01-27");
    CHECK(shown(parse_metadata_date("20180314T" + tail)) == "2018-03-14");
    CHECK(shown(parse_metadata_date(tail)) == "");
    CHECK(shown(parse_metadata_date(std::string(1 << 20, 'a'))) == "");
}
