#include "dateline/index/shards.hpp"

#include <fstream>

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

// The folder names an index's stub lists ("auto NAME" lines, as write_stub() writes them).
std::vector<std::string> stub_names(const fs::path& dir, std::string_view prefix)
{
    std::ifstream stub(dir / StubFile);
    std::vector<std::string> names;
    for (std::string line; std::getline(stub, line);)
        if (line.starts_with("auto ") && line.compare(5, prefix.size(), prefix) == 0)
            names.push_back(line.substr(5));
    return names;
}

}  // namespace

unsigned existing_shards(const fs::path& dir)
{
    return static_cast<unsigned>(stub_names(dir, "shard-").size());
}

unsigned shard_count(const fs::path& dir, unsigned requested, bool rebuild)
{
    const unsigned existing = existing_shards(dir);
    if (requested == 0)
        return existing;
    if (rebuild || existing == requested)
        return requested;
    std::error_code ec;
    if (existing > 0)
        throw Error(Error::Code::Usage,
                    fmt::format("index {} has {} shards, not {}", dir.string(), existing, requested),
                    fmt::format("give --shards {}, or --rebuild to change the shard count", existing));
    if (fs::exists(dir, ec) && !fs::is_empty(dir, ec))
        throw Error(Error::Code::Usage, "index " + dir.string() + " is a single index, not sharded",
                    "leave out --shards, or --rebuild to shard it");
    return requested;
}

void write_stub(const fs::path& dir, unsigned n)
{
    std::vector<std::string> names;
    for (unsigned k = 0; k < n; ++k)
        names.push_back(shard_name(k));
    write_stub(dir, names);
}

std::string year_shard_name(const std::string& year)
{
    return "year-" + year;
}

std::vector<std::string> year_shards(const fs::path& dir)
{
    return stub_names(dir, "year-");
}

std::vector<fs::path> shard_folders(const fs::path& dir)
{
    if (const unsigned n = existing_shards(dir); n > 0)
        return shard_paths(dir, n);
    std::vector<fs::path> out;
    for (const auto& name : year_shards(dir))
        out.push_back(dir / name);
    return out;
}

void write_stub(const fs::path& dir, const std::vector<std::string>& names)
{
    const fs::path tmp = dir / (std::string(StubFile) + ".tmp");
    {
        std::ofstream out(tmp, std::ios::trunc);
        for (const auto& name : names)
            out << "auto " << name << '\n';
        if (!out)
            throw Error(Error::Code::Io, "cannot write " + tmp.string());
    }
    fs::rename(tmp, dir / StubFile);
}

}  // namespace dateline::index
