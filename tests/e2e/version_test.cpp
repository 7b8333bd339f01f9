// --version on both programs: what it prints agrees with the build and with the index it writes.
#include <doctest/doctest.h>

#include <xapian.h>

#include "run.hpp"

using nlohmann::json;

TEST_CASE("version: both programs print their version, the schema they write and read, and Xapian's")
{
    for (const auto& [program, name] : {std::pair{std::string(DATELINE_INDEX), "dateline-index"},
                                        std::pair{std::string(DATELINE_SEARCH), "dateline-search"}}) {
        for (const auto* flag : {"--version", "-V"}) {
            const auto o = e2e::run(program, {flag});
            INFO(name << " " << flag << " stderr: " << o.err);
            CHECK(o.exit_code == 0);
            CHECK(o.err.empty());
            CHECK(o.out.starts_with(std::string(name) + " " + DATELINE_PROJECT_VERSION + "\nindex schema "));
            CHECK(o.out.ends_with(std::string("\nXapian ") + Xapian::version_string() + "\n"));
        }
    }
    // The schema version printed is the one an index written by this build records.
    const auto stats = json::parse(e2e::search({"--db", SAMPLE_DB, "stats", "--format", "json"}).out);
    const auto version = e2e::run(DATELINE_SEARCH, {"--version"}).out;
    CHECK(version.find("\nindex schema " + stats["schema_version"].get<std::string>() + "\n") != std::string::npos);
    // --version wins over a missing required PATH, and is listed in --help.
    CHECK(e2e::run(DATELINE_INDEX, {"--help"}).out.find("-V,--version") != std::string::npos);
    CHECK(e2e::run(DATELINE_SEARCH, {"--help"}).out.find("-V,--version") != std::string::npos);
}
