#include <doctest/doctest.h>

#include "dateline/fields/dateline.hpp"

using namespace dateline::fields;

namespace {

struct Case {
    const char* paragraph;
    const char* location;
    const char* qualifier;
    int month, day, year;
    const char* agency;
    const char* rest;  // what follows the dateline
};

}  // namespace

TEST_CASE("fields/dateline: the forms agencies use")
{
    const Case cases[] = {
        {"MOSCOW, January 12. /TASS/. Moscow expects", "Moscow", "", 1, 12, 0, "TASS", "Moscow expects"},
        {"UNITED NATIONS, August 1. /TASS/. The", "United Nations", "", 8, 1, 0, "TASS", "The"},
        {"ST. PETERSBURG, June 7. /TASS/. The", "St. Petersburg", "", 6, 7, 0, "TASS", "The"},
        {"IGORA /Leningrad Region/, December 26. /TASS/. Talks", "Igora", "Leningrad Region", 12, 26, 0, "TASS", "Talks"},
        {"MOSCOW, March 3, 2014. /ITAR-TASS/. Old", "Moscow", "", 3, 3, 2014, "TASS", "Old"},
        {"ROSTOV-ON-DON, May 1. /TASS/: Text", "Rostov-on-Don", "", 5, 1, 0, "TASS", "Text"},
        {"RIO DE JANEIRO, July 4. /TASS/. X", "Rio de Janeiro", "", 7, 4, 0, "TASS", "X"},
        {"WASHINGTON (Reuters) - The", "Washington", "", 0, 0, 0, "Reuters", "The"},
        {"HOUSTON, Jan 27 (Reuters) - Oil", "Houston", "", 1, 27, 0, "Reuters", "Oil"},
        {"LIMA, Peru (Reuters) - Peru", "Lima", "Peru", 0, 0, 0, "Reuters", "Peru"},
        {"NEW YORK (AP) \u2014 Stocks", "New York", "", 0, 0, 0, "AP", "Stocks"},
        {"PARIS, Jan 1 (AFP) - France", "Paris", "", 1, 1, 0, "AFP", "France"},
        {"BEIJING, March 31 (Xinhua) -- China", "Beijing", "", 3, 31, 0, "Xinhua", "China"},
        {"MOSCOW. April 2 (Interfax) - Russia", "Moscow", "", 4, 2, 0, "Interfax", "Russia"},
        {"Jan. 19 (Bloomberg) -- Stocks", "", "", 1, 19, 0, "Bloomberg", "Stocks"},
        {"WASHINGTON, Feb 26 - The", "Washington", "", 2, 26, 0, "", "The"},
        // Reuters-21578 as typed in 1987.
        {"PORTLAND, Ore., Feb 26 - X", "Portland", "Ore.", 2, 26, 0, "", "X"},
        {"RICHMOND, Va. Feb 26 - X", "Richmond", "Va.", 2, 26, 0, "", "X"},
        {"Toronto, FEb 26 - X", "Toronto", "", 2, 26, 0, "", "X"},
        {"ATLANTA , March 3 - X", "Atlanta", "", 3, 3, 0, "", "X"},
        {"JOHANNESBURG March 13 - X", "Johannesburg", "", 3, 13, 0, "", "X"},
        {"WASHINGTON, March 12, Reuter - X", "Washington", "", 3, 12, 0, "", "X"},
        {"DALLAS/FORT WORTH, Texas, March 3 - X", "Dallas", "Texas", 3, 3, 0, "", "X"},
        // Several places: the first is the location.
        {"SHANGHAI/TOKYO (Reuters) - X", "Shanghai", "", 0, 0, 0, "Reuters", "X"},
        {"SAN FRANCISCO/CHICAGO (Reuters) - X", "San Francisco", "", 0, 0, 0, "Reuters", "X"},
        {"NEW YORK, Jan 5 (AP) -- X", "New York", "", 1, 5, 0, "AP", "X"},
        {"BEIJING, Dec. 26 (Xinhua) -- X", "Beijing", "", 12, 26, 0, "Xinhua", "X"},
        {"WASHINGTON, March 3 (Reuters) - X", "Washington", "", 3, 3, 0, "Reuters", "X"},
        {"LONDON (Reuters) - X", "London", "", 0, 0, 0, "Reuters", "X"},
        {"PARIS (AFP) - X", "Paris", "", 0, 0, 0, "AFP", "X"},
        {"NEW YORK, Feb 26 - X", "New York", "", 2, 26, 0, "", "X"},
        {"L'ANGE-GARDIEN, Que., March 3 - X", "L'Ange-Gardien", "Que.", 3, 3, 0, "", "X"},
        {"AMSTERDAM, 2 March - X", "Amsterdam", "", 3, 2, 0, "", "X"},
        {"WOODBRIDGE, N.J. - Shares rose", "Woodbridge", "N.J.", 0, 0, 0, "", "Shares rose"},
        {"TOKYO - The Bank said", "Tokyo", "", 0, 0, 0, "", "The Bank said"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.paragraph);
        const std::string paragraph = c.paragraph;
        const auto d = parse_dateline(paragraph);
        REQUIRE(d.has_value());
        CHECK(d->location == c.location);
        CHECK(d->qualifier == c.qualifier);
        CHECK(d->month == c.month);
        CHECK(d->day == c.day);
        CHECK(d->year == c.year);
        CHECK(d->agency == c.agency);
        CHECK(paragraph.substr(d->length) == c.rest);
        CHECK(d->places.empty() == d->location.empty());
        if (!d->places.empty())
            CHECK(d->places.front() == d->location);
    }
}

TEST_CASE("fields/dateline: every place of a dateline with several")
{
    CHECK(parse_dateline("SHANGHAI/TOKYO (Reuters) - X")->places == std::vector<std::string>{"Shanghai", "Tokyo"});
    CHECK(parse_dateline("DALLAS/FORT WORTH, Texas, March 3 - X")->places ==
          std::vector<std::string>{"Dallas", "Fort Worth"});
}

TEST_CASE("fields/dateline: text that is not a dateline")
{
    for (const char* text : {
             "Moscow expects that Russian President Vladimir Putin will get along (December 26 - TASS).",
             "The talks, held in MOSCOW, January 12, were useful.",
             "MOSCOW, Someday 12. /TASS/. Text",
             "On alleged hacker attacks",
             "Shr 45 cts vs 58 cts - net",
             "US - Russia talks",
             // Headlines with a dash: no date, no agency, and no sentence after the dash.
             "KUWAIT MAY RE-REGISTER GULF TANKERS - NEWSPAPER",
             "CENTRAL U.S. CARLOT PORK TRADE - USDA",
             "GRAIN RESERVE HOLDINGS -- USDA",
             "",
         }) {
        CAPTURE(text);
        CHECK_FALSE(parse_dateline(text).has_value());
    }
}

TEST_CASE("fields/dateline: place names in normal capitalisation")
{
    CHECK(normal_case("MOSCOW") == "Moscow");
    CHECK(normal_case("UNITED NATIONS") == "United Nations");
    CHECK(normal_case("ST. PETERSBURG") == "St. Petersburg");
    CHECK(normal_case("NIZHNY NOVGOROD") == "Nizhny Novgorod");
    CHECK(normal_case("ROSTOV-ON-DON") == "Rostov-on-Don");
    CHECK(normal_case("DE BILT") == "De Bilt");
    CHECK(normal_case("L'ANGE-GARDIEN") == "L'Ange-Gardien");
}
