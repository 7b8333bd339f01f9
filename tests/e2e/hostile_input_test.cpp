// Hostile input (issue 15) costs bounded time and memory: each case runs under a watch that
// kills the indexer past its time or memory, names the file with its reason, and checks that
// the good stories beside the bad one are indexed.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include "bounded.hpp"

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

const std::string BadInput = std::string(TEST_DATA) + "/bad_input/";

bool has(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

// Indexes `inputs` into <scratch>/name/db under the watch; every case here must finish well
// inside both bounds.
e2e::Bounded index_watched(const std::string& name, const std::vector<std::string>& inputs, double seconds = 5,
                           long rss_mb = 512)
{
    std::vector<std::string> args{"--db", (fs::path(SCRATCH_DIR) / name / "db").string()};
    args.insert(args.end(), inputs.begin(), inputs.end());
    auto b = e2e::index_bounded(args, seconds, rss_mb);
    INFO("stderr: " << b.output.err);
    MESSAGE(name << ": " << b.seconds << " s, peak " << b.peak_rss_mb << " MB");
    CHECK_FALSE(b.killed);
    CHECK(b.seconds < seconds);
    CHECK(b.peak_rss_mb < rss_mb);
    return b;
}

}  // namespace

TEST_CASE("hostile input: a WARC Content-Length near 2^64 ends the file, it does not loop")
{
    const auto file = BadInput + "warc-length-wrap.warc";
    e2e::scratch("warc-length-wrap");
    const auto b = index_watched("warc-length-wrap", {file});
    CHECK(b.output.exit_code == 3);
    CHECK(has(b.output.err, file + ": bad record: record 2: malformed WARC header; the rest is not read"));
    CHECK(has(b.output.err, "1 article,"));  // the good record before it
}

TEST_CASE("hostile input: a chunk size near 2^64 in a WARC payload is bad chunked encoding")
{
    const auto file = BadInput + "warc-chunk-wrap.warc";
    e2e::scratch("warc-chunk-wrap");
    const auto b = index_watched("warc-chunk-wrap", {file});
    CHECK(b.output.exit_code == 3);
    CHECK(has(b.output.err, file + ": bad record: https://example.com/chunk: bad chunked encoding"));
    CHECK(has(b.output.err, "1 article,"));
}
