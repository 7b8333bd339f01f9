// Shard routing (stable across machines) and the layout read from database names.
#include <filesystem>
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

TEST_CASE("shards: the layout is read from the live databases' names")
{
    const fs::path dir = "/idx";
    const std::vector<fs::path> three{dir / "g1/shard-00", dir / "g1/shard-01", dir / "g1/shard-02"};
    CHECK(hash_shards(three) == 3);
    CHECK(hash_shards({dir / "g1/db"}) == 0);
    CHECK(year_sharded({dir / "g2/year-2017"}));
    CHECK_FALSE(year_sharded(three));
    CHECK(shard_count(dir, three, 0, false) == 3);
    CHECK(shard_count(dir, three, 3, false) == 3);
    CHECK_THROWS(shard_count(dir, three, 2, false));
    CHECK(shard_count(dir, three, 2, true) == 2);
    CHECK_THROWS(shard_count(dir, {dir / "g1/db"}, 2, false));
    CHECK(shard_count(dir, {}, 2, false) == 2);
}
