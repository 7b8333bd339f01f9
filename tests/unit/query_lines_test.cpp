// --queries reads its lines with a bound.
#include <sstream>

#include <doctest/doctest.h>

#include "dateline/error.hpp"
#include "dateline/search/query_lines.hpp"

using namespace dateline;

TEST_CASE("search/query_lines: a line over the bound is refused with its number, not read whole")
{
    std::istringstream in("first\n" + std::string(100, 'x') + "\nthird\n");
    search::QueryLines lines(in, "q.txt", 64);
    CHECK(lines.next()->text == "first");
    try {
        lines.next();
        FAIL("a long line was read");
    } catch (const Error& e) {
        CHECK(std::string(e.what()) == "q.txt:2: the line is longer than 64 bytes, the most a query may have");
    }
    std::istringstream exact(std::string(64, 'y'));
    CHECK(search::QueryLines(exact, "q", 64).next()->text == std::string(64, 'y'));
}
