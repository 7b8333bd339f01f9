#include "dateline/index/run_plan.hpp"

#include <spdlog/spdlog.h>

#include "dateline/store/database.hpp"
#include "dateline/error.hpp"
#include "dateline/store/compact.hpp"
#include "dateline/index/shards.hpp"
#include "dateline/index/source_registry.hpp"
#include "dateline/store/stub.hpp"

namespace dateline::index {

namespace fs = std::filesystem;

namespace {

bool holds_nothing(const std::vector<fs::path>& dbs)
{
    for (const auto& db : dbs) {
        const auto found = store::xapian_try(db, [&] { return Xapian::Database(db.string(), Xapian::DB_BACKEND_GLASS); });
        if (found.get_doccount() > 0 || has_records(found))
            return false;
    }
    return true;
}

// --shard-by year, and whether the index already is so: the layout only changes with --rebuild.
bool shard_by_year(const IndexOptions& options, const fs::path& dir, const std::vector<fs::path>& live, bool rebuild)
{
    const bool is = year_sharded(live);
    if (rebuild || is == options.shard_by_year || (!options.shard_by_year && options.shards == 0))
        return rebuild ? options.shard_by_year : is;
    if (is)
        throw Error(Error::Code::Usage, "index " + dir.string() + " is sharded by year",
                    "leave out --shards, or --rebuild to change the layout");
    if (!live.empty())
        throw Error(Error::Code::Usage, "index " + dir.string() + " is not sharded by year",
                    "leave out --shard-by, or --rebuild to change the layout");
    return true;
}

// The parts of a fresh build killed before its merge: their count is in their stub, written
// once they were all made, so that a run goes on with the same routing of sources to parts.
// Parts written unsynced before the machine restarted may be damaged: the build starts over.
unsigned resumable_parts(const fs::path& parts_dir)
{
    std::error_code ec;
    if (!fs::exists(parts_dir / store::StubFile, ec))
        return 0;
    if (!store::trusted_after_restart(parts_dir)) {
        spdlog::info("the parts of a build interrupted before the machine restarted are not trusted "
                     "(written without waiting for the disk): building from the start");
        fs::remove_all(parts_dir, ec);
        return 0;
    }
    return static_cast<unsigned>(store::read_stub(parts_dir / store::StubFile).size());
}

// Makes the databases exist (empty) so that a stub may list them.
void create(const std::vector<fs::path>& dbs, store::Durability durability)
{
    for (const auto& db : dbs)
        store::create_empty(db, durability);
}

std::vector<std::string> names_of(const std::vector<fs::path>& dbs)
{
    std::vector<std::string> names;
    for (const auto& db : dbs)
        names.push_back(db.filename().string());
    return names;
}

}  // namespace

RunPlan plan_run(store::IndexFolder& folder, const IndexOptions& options, bool rebuild)
{
    const auto live = folder.live();
    RunPlan plan;
    plan.by_year = shard_by_year(options, folder.dir(), live, rebuild);
    const unsigned shards = plan.by_year ? 0 : shard_count(folder.dir(), live, options.shards, rebuild);
    if (!rebuild && !holds_nothing(live)) {
        folder.sweep(false);  // parts of a build killed after its merge was installed
        plan.parts = live;
        if (plan.by_year)
            plan.year_home = live.empty() || live.front().parent_path() == folder.dir() ? folder.new_generation()
                                                                                       : live.front().parent_path();
        return plan;
    }
    plan.fresh = true;
    plan.install_at_end = rebuild;
    const auto parts_dir = folder.parts_dir();
    if (shards == 0 && !plan.by_year) {
        unsigned n = rebuild ? 0 : resumable_parts(parts_dir);
        if (n == 0 && options.jobs > 1) {
            std::error_code ec;
            fs::remove_all(parts_dir, ec);
            fs::create_directory(parts_dir);
            n = options.jobs;
            create(shard_paths(parts_dir, n), store::private_durability());  // merged at the end
            store::write_stub(parts_dir, names_of(shard_paths(parts_dir, n)));
        }
        if (n > 0) {
            store::stamp_boot(parts_dir);  // parts resumed from a synced run are written unsynced now
            plan.parts = shard_paths(parts_dir, n);
            plan.merge = plan.install_at_end = true;
            if (!rebuild && live.empty()) {
                const auto empty = folder.new_generation() / "db";
                create({empty}, store::Durability::Synced);
                folder.install({empty});
            }
            return plan;
        }
    }
    const auto gen = folder.new_generation();
    plan.year_home = gen;
    plan.parts = plan.by_year ? std::vector<fs::path>{} : shards > 0 ? shard_paths(gen, shards) : std::vector{gen / "db"};
    create(plan.parts, plan.durability());  // a rebuild's: not live until the end, swept if killed
    if (!rebuild && !plan.parts.empty())  // year shards are installed as their years come
        folder.install(plan.parts);
    return plan;
}

void finish_run(store::IndexFolder& folder, const RunPlan& plan, const std::vector<fs::path>& written, bool indexed_any)
{
    if (plan.merge) {
        const auto merged = folder.new_generation() / "db";
        store::compact_to(written, merged);
        folder.install({merged});
        folder.sweep(false);  // the parts, now merged
    } else if (plan.fresh && indexed_any) {
        store::compact_generation(folder, written);
    } else if (plan.install_at_end) {
        if (plan.durability() == store::Durability::Unsynced)
            for (const auto& db : written)
                store::sync_database(db);
        folder.install(written);
    }
}

}  // namespace dateline::index
