// Shard routing and the stub file: stable, and what dateline-search's Xapian expects.
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include <doctest/doctest.h>

#include "dateline/index/shards.hpp"
#include "dateline/util/hash.hpp"

namespace fs = std::filesystem;
using namespace dateline::index;

TEST_CASE("shards: a source's shard is a stable hash of its name")
{
    CHECK(shard_name(0) == "shard-00");
    CHECK(shard_name(12) == "shard-12");
    CHECK(shard_of("/archive/a.txt", 1) == 0);
    // FNV-1a, not std::hash: the same on every machine and every run.
    CHECK(shard_of("/archive/a.txt", 7) == dateline::util::fnv1a64("/archive/a.txt") % 7);
    CHECK(shard_of("/archive/a.txt", 7) == shard_of(std::string("/archive/a.txt"), 7));
}

TEST_CASE("shards: the stub file lists the shards and gives their count back")
{
    const auto dir = fs::temp_directory_path() / "dateline-unit-shards";
    fs::remove_all(dir);
    fs::create_directories(dir);
    CHECK(existing_shards(dir) == 0);
    write_stub(dir, 3);
    std::ifstream in(dir / StubFile);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK(text == "auto shard-00\nauto shard-01\nauto shard-02\n");
    CHECK(existing_shards(dir) == 3);
    CHECK(shard_count(dir, 0, false) == 3);
    CHECK(shard_count(dir, 3, false) == 3);
    CHECK_THROWS(shard_count(dir, 2, false));
    CHECK(shard_count(dir, 2, true) == 2);
    fs::remove_all(dir);
}
