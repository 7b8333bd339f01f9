#include "dateline/store/compact.hpp"

#include "dateline/store/database.hpp"
#include "dateline/error.hpp"
#include "dateline/store/index_folder.hpp"
#include "dateline/util/crash_point.hpp"

namespace dateline::store {

namespace fs = std::filesystem;

namespace {

std::uintmax_t size_on_disk(const fs::path& dir)
{
    std::uintmax_t total = 0;
    std::error_code ec;
    for (const auto& entry : fs::recursive_directory_iterator(dir, ec))
        if (entry.is_regular_file(ec))
            total += entry.file_size(ec);
    return total;
}

// A database's name in a new generation: its own (shard-03, year-2017), or "db" for a single
// index, whatever folder an older layout kept it in.
std::string name_in_generation(const fs::path& db, const fs::path& folder)
{
    const auto name = db.filename().string();
    return db == folder || !(name.starts_with("shard-") || name.starts_with("year-")) ? "db" : name;
}

}  // namespace

void compact_to(const std::vector<fs::path>& sources, const fs::path& out)
{
    Xapian::Database all;
    for (const auto& source : sources)
        all.add_database(xapian_try(source, [&] { return Xapian::Database(source.string(), Xapian::DB_BACKEND_GLASS); }));
    // Merged parts share only the schema version among their metadata keys (sources and
    // stories live on one part each), so Xapian's default for a duplicate key, the first
    // part's value, is right.
    xapian_try(out, [&] { all.compact(out.string(), sources.size() > 1 ? Xapian::DBCOMPACT_MULTIPASS : 0); });
    util::crash_point("compacted");
}

std::vector<fs::path> compact_generation(IndexFolder& folder, const std::vector<fs::path>& live)
{
    const auto gen = folder.new_generation();
    std::vector<fs::path> compacted;
    for (const auto& db : live) {
        compacted.push_back(gen / name_in_generation(db, folder.dir()));
        compact_to({db}, compacted.back());
    }
    folder.install(compacted);
    return compacted;
}

std::vector<CompactedPart> compact_index(const fs::path& db)
{
    if (!is_index_folder(db))
        throw Error(Error::Code::NoIndex, "no index at " + db.string(),
                    "build one with: dateline-index --db " + db.string() + " PATH...");
    auto folder = IndexFolder::claim(db);
    folder.sweep(true);
    const auto live = folder.live();
    std::vector<CompactedPart> out;
    for (const auto& part : live)
        out.push_back({part, size_on_disk(part), 0});
    const auto compacted = compact_generation(folder, live);
    for (std::size_t k = 0; k < out.size(); ++k) {
        out[k].path = compacted[k];
        out[k].after = size_on_disk(compacted[k]);
    }
    return out;
}

}  // namespace dateline::store
