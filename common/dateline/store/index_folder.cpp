#include "dateline/store/index_folder.hpp"

#include <algorithm>
#include <fstream>
#include <set>

#include <xapian.h>

#include "dateline/error.hpp"
#include "dateline/schema/schema.hpp"
#include "dateline/store/stub.hpp"
#include "dateline/util/crash_point.hpp"

namespace dateline::store {

namespace fs = std::filesystem;

namespace {

// Files of a Xapian database written straight into the index folder, as indexes were
// before generations ("legacy"): iamglass says the folder is that database.
constexpr const char* LegacyDatabase = "iamglass";

bool present(const fs::path& p)
{
    std::error_code ec;
    return fs::exists(fs::symlink_status(p, ec));
}

// a is b or lies under it, component by component (so /a/bc is not under /a/b).
bool within(const fs::path& a, const fs::path& b)
{
    const auto [ai, bi] = std::mismatch(a.begin(), a.end(), b.begin(), b.end());
    return bi == b.end() || (std::next(bi) == b.end() && bi->empty());
}

bool inside(const fs::path& dir, const fs::path& p)
{
    const auto rel = p.lexically_normal().lexically_relative(dir.lexically_normal());
    return !rel.empty() && *rel.begin() != ".." && rel != ".";
}

bool is_generation(const std::string& name)
{
    return name.size() > 1 && name[0] == 'g' && name.find_first_not_of("0123456789", 1) == std::string::npos &&
           name.size() < 12;
}

// A database Dateline wrote, recognised by the schema version it records (never by opening
// a stub, which could name a remote program).
bool has_schema(const fs::path& db)
{
    if (!present(db / LegacyDatabase))
        return false;
    try {
        return !Xapian::Database(db.string(), Xapian::DB_BACKEND_GLASS)
                    .get_metadata(std::string(schema::SchemaVersionKey))
                    .empty();
    } catch (const Xapian::Error&) {
        return false;
    }
}

// An index from before the marker: a single database in the folder, or a stub listing shard
// folders of its own, each Dateline's.
bool is_legacy_index(const fs::path& dir)
{
    if (has_schema(dir))
        return true;
    if (!present(dir / StubFile))
        return false;
    try {
        const auto lines = read_stub(dir / StubFile);
        return !lines.empty() && std::all_of(lines.begin(), lines.end(), [&](const StubLine& l) {
            return l.kind == StubLine::Kind::Local && inside(dir, l.path) && has_schema(l.path);
        });
    } catch (const Error&) {
        return false;
    }
}

// Links resolved where they can be (a link loop or a dangling link cannot: taken as written).
fs::path real(const fs::path& p)
{
    std::error_code ec;
    auto out = fs::weakly_canonical(fs::absolute(p), ec);
    return ec || out.empty() ? fs::absolute(p).lexically_normal() : out;
}

void check_inputs(const fs::path& dir, const std::vector<std::string>& inputs)
{
    const auto d = real(dir);
    for (const auto& input : inputs) {
        const auto p = real(input);
        if (within(d, p))
            throw Error(Error::Code::Usage, "the index folder " + dir.string() + " lies inside the input " + input,
                        "give --db a folder outside the paths to index");
        if (within(p, d))
            throw Error(Error::Code::Usage, "the input " + input + " lies inside the index folder " + dir.string(),
                        "give --db a folder of its own, outside the paths to index");
    }
}

void check_ownership(const fs::path& dir)
{
    std::error_code ec;
    if (!fs::is_directory(dir, ec))
        throw Error(Error::Code::Usage, "index path " + dir.string() + " is a file, not a folder",
                    "give --db a folder path");
    if (present(dir / MarkerFile) || fs::is_empty(dir, ec) || is_legacy_index(dir))
        return;
    throw Error(Error::Code::Usage,
                "the folder " + dir.string() + " is not empty and is not a Dateline index: nothing was written",
                "dateline-index writes only into a new or empty folder, or an index it made; give --db another one");
}

void write_marker(const fs::path& dir)
{
    const auto marker = dir / MarkerFile;
    if (present(marker))
        return;
    std::ofstream out(marker);
    out << "This folder is a Dateline index, written by dateline-index.\n"
           "Everything in it belongs to the index; remove the whole folder to remove the index.\n";
    if (!out)
        throw Error(Error::Code::Io, "cannot write " + marker.string());
}

}  // namespace

bool is_index_folder(const fs::path& dir)
{
    return present(dir / MarkerFile) || is_legacy_index(dir);
}

IndexFolder IndexFolder::claim(const fs::path& dir, const std::vector<std::string>& inputs)
{
    check_inputs(dir, inputs);
    std::error_code ec;
    if (!present(dir)) {
        fs::create_directories(dir, ec);
        if (ec)
            throw Error(Error::Code::Io, "cannot make the index folder " + dir.string() + ": " + ec.message());
    }
    check_ownership(dir);
    WriteLock lock(dir);
    write_marker(dir);
    return IndexFolder(dir, std::move(lock));
}

std::vector<fs::path> IndexFolder::live() const
{
    if (present(dir_ / LegacyDatabase))
        return {dir_};
    if (!present(dir_ / StubFile))
        return {};
    std::vector<fs::path> out;
    for (const auto& line : read_stub(dir_ / StubFile)) {
        if (line.kind != StubLine::Kind::Local || !inside(dir_, line.path))
            throw Error(Error::Code::Usage,
                        "the stub file of index " + dir_.string() + " lists '" + line.text +
                            "', which is not a database of the index folder: dateline-index did not write it",
                        "dateline-index --rebuild writes a new index in its place");
        out.push_back(line.path.lexically_normal());
    }
    return out;
}

fs::path IndexFolder::new_generation() const
{
    unsigned long last = 0;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir_, ec)) {
        const auto name = entry.path().filename().string();
        if (is_generation(name))
            last = std::max(last, std::stoul(name.substr(1)));
    }
    const auto gen = dir_ / ("g" + std::to_string(last + 1));
    fs::create_directory(gen);
    return gen;
}

void IndexFolder::install(const std::vector<fs::path>& databases)
{
    std::vector<std::string> names;
    for (const auto& db : databases) {
        if (!inside(dir_, db))
            throw std::logic_error("install: " + db.string() + " is not inside " + dir_.string());
        names.push_back(db.lexically_normal().lexically_relative(dir_.lexically_normal()).string());
    }
    write_stub(dir_, names);
    // An index from before generations is the folder itself for Xapian as long as iamglass
    // is there: removing it is the atomic step that makes the stub the index.
    if (present(dir_ / LegacyDatabase)) {
        fs::remove(dir_ / LegacyDatabase);
        util::crash_point("legacy database retired");
    }
    sweep(true);
}

void IndexFolder::sweep(bool keep_parts) const
{
    std::set<std::string> listed;
    try {
        for (const auto& db : live())
            if (db != dir_)
                listed.insert(db.lexically_relative(dir_).begin()->string());
    } catch (const Error&) {
        return;  // a stub we cannot read: remove nothing
    }
    const bool legacy = present(dir_ / LegacyDatabase);
    std::vector<fs::path> leftovers;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir_, ec)) {
        const auto name = entry.path().filename().string();
        const bool folder = entry.is_directory(ec) && !entry.is_symlink(ec);
        const bool unlisted_db = folder && !listed.contains(name) &&
                                 (is_generation(name) || name.starts_with("shard-") || name.starts_with("year-"));
        const bool legacy_file = !legacy && !folder && (name.ends_with(".glass") || name == "flintlock");
        if (unlisted_db || legacy_file || name == std::string(StubFile) + ".tmp" || (!keep_parts && name == "parts"))
            leftovers.push_back(entry.path());
    }
    for (const auto& path : leftovers) {
        util::crash_point("removing a leftover");
        fs::remove_all(path, ec);
    }
}

}  // namespace dateline::store
