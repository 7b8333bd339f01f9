/*! "MOSCOW, January 12. /TASS/." and the other agencies' forms -> place, day, agency. */
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dateline::fields {

/** What a dateline says. Month, day and year are 0 when it does not say them. */
struct Dateline {
    std::string location;   ///< the (first) city in normal capitalisation: "St. Petersburg"
    std::vector<std::string> places;  ///< every place of "SHANGHAI/TOKYO", the location first
    std::string qualifier;  ///< region or country after the city: "Leningrad Region", "Peru"
    int year = 0;
    int month = 0;
    int day = 0;
    std::string agency;     ///< "TASS", "Reuters", ... or empty for the bare wire form
    std::size_t length = 0; ///< bytes of the paragraph it takes, separator included
};

/** Parses a dateline at the very start of a paragraph; nothing if the paragraph has none.
 *  A date quoted inside a sentence is never a dateline. */
std::optional<Dateline> parse_dateline(std::string_view paragraph);

/** "UNITED NATIONS" -> "United Nations", "RIO DE JANEIRO" -> "Rio de Janeiro". */
std::string normal_case(std::string_view place);

}  // namespace dateline::fields
