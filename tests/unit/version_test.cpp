#include <doctest/doctest.h>

#include <xapian.h>

#include "dateline/cli/version.hpp"
#include "dateline/schema/schema.hpp"

using namespace dateline;

TEST_CASE("cli/version: program, index schema and the Xapian library in use, one per line")
{
    const auto text = cli::version_text("dateline-search");
    CHECK(text == "dateline-search " + std::string(cli::program_version()) + "\nindex schema " +
                      std::to_string(schema::SchemaVersion) + "\nXapian " + Xapian::version_string());
    CHECK(cli::program_version() == DATELINE_TEST_PROJECT_VERSION);
}
