// A JSON Lines file parsed in pieces (--piece-size) gives what it gives parsed whole: the
// same articles and ids, the same problems, and an index that searches the same, --jobs 1 or 2.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "run.hpp"
#include "same_results.hpp"

namespace fs = std::filesystem;

namespace {

// The sample corpus as one JSON Lines file, with what makes ids hard: a bad record early (the
// records after it are numbered one lower than their lines), records without an "id", and
// one "id" given twice far apart (so in different pieces).
fs::path sample_as_jsonl(const fs::path& dir)
{
    std::vector<fs::path> files;
    for (const auto& entry : fs::recursive_directory_iterator(SAMPLE_CORPUS))
        if (entry.path().extension() == ".txt")
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    std::string out = "{\"title\": \"broken\n";
    for (std::size_t i = 0; i < files.size(); ++i) {
        std::ifstream in(files[i]);
        std::stringstream text;
        text << in.rdbuf();
        nlohmann::json record{{"text", text.str()}};
        if (i % 3 != 0)
            record["id"] = i == files.size() - 1 ? std::string("story-1") : "story-" + std::to_string(i);
        out += record.dump() + "\n";
    }
    const auto path = dir / "sample.jsonl";
    e2e::write_file(path, out);
    return path;
}

// The compared searches that find something without datelines (the records are whole pages).
const std::vector<std::vector<std::string>> Searches{
    {"sanctions"}, {"hacker attacks"}, {"--speaker", "Peskov"}, {"sanctions", "--per-article"},
    {"--quotes", "elections"}, {"peskof"},
};

std::vector<std::string> sorted_lines(const std::string& text)
{
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        const std::string counts_end = "(not an article format); ";
        if (const auto at = line.find(counts_end); at != std::string::npos)
            line.resize(at + counts_end.size());  // the summary's counts, not its time
        lines.push_back(line);
    }
    std::sort(lines.begin(), lines.end());
    return lines;
}

}  // namespace

TEST_CASE("pieces: a JSON Lines file read in pieces dumps the same articles, ids and problems")
{
    const auto file = sample_as_jsonl(e2e::scratch("pieces-dump")).string();
    const auto whole = e2e::index({"--dump", "--jobs", "1", file});
    const auto pieces = e2e::index({"--dump", "--jobs", "2", "--piece-size", "3000", file});
    REQUIRE(whole.exit_code == 3);  // the bad record
    REQUIRE(pieces.exit_code == 3);
    CHECK(whole.err.find("is an earlier record's id too") != std::string::npos);
    CHECK(whole.err.find("sample.jsonl:1: bad record") != std::string::npos);
    CHECK(pieces.out == whole.out);
    CHECK(sorted_lines(pieces.err) == sorted_lines(whole.err));
}

TEST_CASE("pieces: an index built from pieces with --jobs 2 searches like one built whole with --jobs 1")
{
    const auto dir = e2e::scratch("pieces-index");
    const auto file = sample_as_jsonl(dir).string();
    const auto whole = (dir / "whole").string(), pieces = (dir / "pieces").string();
    REQUIRE(e2e::index({"-q", "--jobs", "1", "--db", whole, file}).exit_code == 3);
    const auto o = e2e::index({"-v", "--jobs", "2", "--piece-size", "3000", "--batch", "7", "--db", pieces, file});
    INFO("stderr: " << o.err);
    REQUIRE(o.exit_code == 3);
    CHECK(o.err.find("1 file: 1 new, 0 changed, 0 unchanged") != std::string::npos);
    // A new file's pieces go round the writers of both parts, not all to one.
    for (const std::string part : {"shard-00", "shard-01"}) {
        const std::regex stored("committed [1-9][0-9]* changes to [^\\n]*parts/" + part);
        CHECK_MESSAGE(std::regex_search(o.err, stored), part << " stored none of the file");
    }
    e2e::check_same_results(whole, pieces, Searches);
    // Read again unchanged, then changed: what the pieces gave is replaced, not added to.
    CHECK(e2e::index({"--db", pieces, file}).err.find("0 new, 0 changed, 1 unchanged") != std::string::npos);
    std::ofstream(file, std::ios::app) << "\n";
    const auto changed = e2e::index({"--jobs", "2", "--piece-size", "3000", "--db", pieces, file});
    CHECK(changed.err.find("0 new, 1 changed, 0 unchanged") != std::string::npos);
    e2e::check_same_results(whole, pieces, Searches);
}
