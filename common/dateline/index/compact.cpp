#include "dateline/index/compact.hpp"

#include "dateline/database.hpp"
#include "dateline/error.hpp"
#include "dateline/index/shards.hpp"

namespace dateline::index {

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

}  // namespace

void swap_in(const fs::path& fresh, const fs::path& db)
{
    const fs::path old = db.string() + ".old";
    std::error_code ec;
    fs::remove_all(old, ec);
    if (fs::exists(db))
        fs::rename(db, old);
    fs::rename(fresh, db);
    fs::remove_all(old, ec);
}

void compact_into_place(const fs::path& built, const fs::path& db)
{
    const fs::path compacted = db.string() + ".compact";
    std::error_code ec;
    fs::remove_all(compacted, ec);
    xapian_try(built, [&] { Xapian::Database(built.string()).compact(compacted.string()); });
    swap_in(compacted, db);
    if (built != db)
        fs::remove_all(built, ec);
}

void merge_into_place(const std::vector<fs::path>& parts, const fs::path& db)
{
    const fs::path merged = db.string() + ".compact";
    std::error_code ec;
    fs::remove_all(merged, ec);
    Xapian::Database all;
    for (const auto& part : parts)
        all.add_database(xapian_try(part, [&] { return Xapian::Database(part.string()); }));
    // The parts share only the schema version among their metadata keys (sources and
    // stories live on one part each), so Xapian's default for a duplicate key, the first
    // part's value, is right.
    xapian_try(db, [&] { all.compact(merged.string(), Xapian::DBCOMPACT_MULTIPASS); });
    swap_in(merged, db);
}

std::vector<CompactedPart> compact_index(const fs::path& db)
{
    std::error_code ec;
    if (!fs::is_directory(db, ec))
        throw Error(Error::Code::NoIndex, "no index at " + db.string(),
                    "build one with: dateline-index --db " + db.string() + " PATH...");
    auto parts = shard_folders(db);
    if (parts.empty())
        parts.push_back(db);
    std::vector<CompactedPart> out;
    for (const auto& part : parts) {
        CompactedPart result{part, size_on_disk(part), 0};
        const fs::path compacted = part.string() + ".compact";
        fs::remove_all(compacted, ec);
        xapian_try(part, [&] {
            // The write lock keeps a dateline-index from committing to the copy being
            // replaced; opened without changes, so closing it writes nothing.
            Xapian::WritableDatabase lock(part.string(), Xapian::DB_OPEN);
            Xapian::Database(part.string()).compact(compacted.string());
            lock.close();
        });
        swap_in(compacted, part);
        result.after = size_on_disk(part);
        out.push_back(result);
    }
    return out;
}

}  // namespace dateline::index
