#include "dateline/database.hpp"

#include <cstdlib>
#include <fstream>
#include <functional>
#include <sstream>

#include <fmt/format.h>

#include "dateline/schema.hpp"
#include "dateline/search/reopen.hpp"

namespace dateline {

namespace fs = std::filesystem;

namespace {

void check_schema(const Xapian::Database& db, const fs::path& path)
{
    const auto stored = db.get_metadata(std::string(schema::SchemaVersionKey));
    if (stored == std::to_string(schema::SchemaVersion))
        return;
    if (stored.empty() && db.get_doccount() == 0)
        return;  // a new, empty index
    throw Error(Error::Code::SchemaMismatch,
                fmt::format("index {} has schema {}, this build reads {}", path.string(),
                            stored.empty() ? "(none)" : stored, schema::SchemaVersion),
                "re-run dateline-index --rebuild");
}

}  // namespace

fs::path resolve_db_path(const std::optional<std::string>& option)
{
    if (option && !option->empty())
        return *option;
    if (const char* env = std::getenv("DATELINE_DB"); env && *env)
        return env;
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg)
        return fs::path(xdg) / "dateline" / "index";
    const char* home = std::getenv("HOME");
    return fs::path(home && *home ? home : ".") / ".local" / "share" / "dateline" / "index";
}

namespace {

struct Shard {
    std::string name;
    std::function<Xapian::Database()> open;
    std::optional<fs::path> folder = std::nullopt;  ///< a database folder of this machine (not a stub)
};

// The lines of a Xapian stub database file that Xapian 1.4 reads: "auto|glass|chert PATH"
// (relative to the stub's folder), "remote HOST:PORT" (TCP) and "remote :PROGRAM ARGS".
std::vector<Shard> read_stub(const fs::path& stub)
{
    std::ifstream in(stub);
    if (!in)
        throw Error(Error::Code::NoIndex, "cannot read stub file " + stub.string());
    std::vector<Shard> shards;
    for (std::string line; std::getline(in, line);) {
        std::istringstream words(line);
        std::string kind, rest;
        words >> kind;
        std::getline(words >> std::ws, rest);
        if (kind.empty() || kind.starts_with('#'))
            continue;
        if (kind == "auto" || kind == "glass" || kind == "chert") {
            const auto path = fs::path(rest).is_absolute() ? fs::path(rest) : stub.parent_path() / rest;
            shards.push_back({path.string(), [path] { return Xapian::Database(path.string()); }});
        } else if (kind == "remote" && !rest.starts_with(':') && rest.rfind(':') != std::string::npos) {
            const auto colon = rest.rfind(':');
            const auto host = rest.substr(0, colon);
            const auto digits = rest.substr(colon + 1);
            if (digits.empty() || digits.size() > 5 || digits.find_first_not_of("0123456789") != std::string::npos)
                throw Error(Error::Code::NoIndex, "stub file " + stub.string() + ": no port in line '" + line + "'",
                            "write remote shards as 'remote HOST:PORT'");
            const auto port = static_cast<unsigned>(std::stoul(digits));
            shards.push_back({"remote " + rest, [host, port] { return Xapian::Remote::open(host, port); }});
        } else if (kind == "remote" && rest.starts_with(':')) {
            std::istringstream command(rest.substr(1));
            std::string program, args;
            command >> program;
            std::getline(command >> std::ws, args);
            shards.push_back({"remote " + rest, [program, args] { return Xapian::Remote::open(program, args); }});
        } else {
            throw Error(Error::Code::NoIndex, "stub file " + stub.string() + ": cannot read line '" + line + "'",
                        "lines are 'auto PATH', 'remote HOST:PORT' or 'remote :PROGRAM ARGS'");
        }
    }
    return shards;
}

std::vector<Shard> shards_of(const fs::path& path)
{
    std::error_code ec;
    if (!fs::exists(path, ec))
        throw Error(Error::Code::NoIndex, "no index at " + path.string(),
                    "build one with: dateline-index --db " + path.string() + " PATH...");
    if (fs::is_regular_file(path, ec))
        return read_stub(path);
    if (fs::exists(path / "XAPIANDB", ec))
        return read_stub(path / "XAPIANDB");
    return {{path.string(), [path] { return Xapian::Database(path.string()); }, path}};
}

}  // namespace

SearchIndex open_for_search(const std::vector<fs::path>& paths, bool allow_partial)
{
    SearchIndex index;
    std::optional<Error> first_failure;
    std::vector<std::optional<fs::path>> opened;
    for (const auto& path : paths) {
        std::vector<Shard> shards;
        try {
            shards = shards_of(path);
        } catch (const Error& e) {
            if (!allow_partial)
                throw;
            index.unavailable.push_back(path.string() + ": " + e.what());
            first_failure = first_failure.value_or(e);
            continue;
        }
        for (const auto& shard : shards) {
            try {
                index.db.add_database(xapian_try(path, [&] {
                    auto db = shard.open();
                    // An indexer may commit twice between the opening and this first read.
                    search::with_reopen(db, [&] { check_schema(db, shard.name); });
                    return db;
                }));
                opened.push_back(shard.folder);
            } catch (const Error& e) {
                if (!allow_partial)
                    throw;
                index.unavailable.push_back(shard.name + ": " + e.what());
                first_failure = first_failure.value_or(e);
            }
        }
    }
    if (opened.empty() && first_failure)
        throw *first_failure;
    if (opened.size() == 1)
        index.folder = opened.front();
    return index;
}

std::vector<fs::path> resolve_db_paths(const std::vector<std::string>& options)
{
    if (options.empty())
        return {resolve_db_path(std::nullopt)};
    return {options.begin(), options.end()};
}

Xapian::Database open_for_search(const fs::path& path)
{
    return open_for_search(std::vector<fs::path>{path}, false).db;
}

Xapian::WritableDatabase open_for_index(const fs::path& path)
{
    std::error_code ec;
    if (fs::exists(path, ec) && !fs::is_directory(path, ec))
        throw Error(Error::Code::Usage, "index path " + path.string() + " is a file, not a folder",
                    "give --db a folder path");
    fs::create_directories(path.parent_path().empty() ? "." : path.parent_path(), ec);
    return xapian_try(path, [&] {
        Xapian::WritableDatabase db(path.string(), Xapian::DB_CREATE_OR_OPEN);
        check_schema(db, path);
        db.set_metadata(std::string(schema::SchemaVersionKey), std::to_string(schema::SchemaVersion));
        return db;
    });
}

}  // namespace dateline
