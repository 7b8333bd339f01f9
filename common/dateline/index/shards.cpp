#include "dateline/index/shards.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "dateline/error.hpp"
#include "dateline/util/hash.hpp"

namespace dateline::index {

namespace fs = std::filesystem;

std::string shard_name(unsigned shard)
{
    return fmt::format("shard-{:02}", shard);
}

std::vector<fs::path> shard_paths(const fs::path& dir, unsigned n)
{
    std::vector<fs::path> out;
    for (unsigned k = 0; k < n; ++k)
        out.push_back(dir / shard_name(k));
    return out;
}

// Sources, not articles or sections, are routed: a source's registry record (stamp, hash,
// the articles it gave) must live in the same database as its documents, so that they commit
// together and a re-run finds the record where the documents are. The hash is of the
// source's display name, which is stable across runs and machines (FNV-1a, not std::hash),
// so re-indexing a source lands on the shard that already holds it.
unsigned shard_of(const std::string& source, unsigned n)
{
    return n <= 1 ? 0 : static_cast<unsigned>(util::fnv1a64(source) % n);
}

namespace {

std::size_t named(const std::vector<fs::path>& live, std::string_view prefix)
{
    return static_cast<std::size_t>(std::count_if(live.begin(), live.end(), [&](const fs::path& db) {
        return db.filename().string().starts_with(prefix);
    }));
}

}  // namespace

unsigned hash_shards(const std::vector<fs::path>& live)
{
    return static_cast<unsigned>(named(live, "shard-"));
}

bool year_sharded(const std::vector<fs::path>& live)
{
    return named(live, "year-") > 0;
}

unsigned shard_count(const fs::path& index, const std::vector<fs::path>& live, unsigned requested, bool rebuild)
{
    const unsigned existing = hash_shards(live);
    if (requested == 0)
        return existing;
    if (rebuild || existing == requested)
        return requested;
    if (existing > 0)
        throw Error(Error::Code::Usage,
                    fmt::format("index {} has {} shards, not {}", index.string(), existing, requested),
                    fmt::format("give --shards {}, or --rebuild to change the shard count", existing));
    if (!live.empty())
        throw Error(Error::Code::Usage, "index " + index.string() + " is a single index, not sharded",
                    "leave out --shards, or --rebuild to shard it");
    return requested;
}

std::string year_shard_name(const std::string& year)
{
    return "year-" + year;
}

}  // namespace dateline::index
