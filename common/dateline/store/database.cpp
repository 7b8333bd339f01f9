#include "dateline/store/database.hpp"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <sstream>

#include <fmt/format.h>

#include "dateline/schema/schema.hpp"
#include "dateline/store/reopen.hpp"
#include "dateline/store/stub.hpp"

namespace dateline::store {

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

// Stubs may name stubs; deeper than this is a mistake, not an index.
constexpr int MaxStubDepth = 8;

bool present(const fs::path& p)
{
    std::error_code ec;
    return fs::exists(p, ec);
}

// A database folder opened with its backend named, so that Xapian never reads a stub behind
// our back (a stub's program lines are ours to allow or refuse).
Shard local_shard(const fs::path& path)
{
    const int backend = present(path / "iamchert") ? Xapian::DB_BACKEND_CHERT : Xapian::DB_BACKEND_GLASS;
    return {path.string(), [path, backend] { return Xapian::Database(path.string(), backend); }, path};
}

Shard remote_shard(const StubLine& line, const fs::path& stub, const std::vector<std::string>& programs)
{
    if (line.kind == StubLine::Kind::Tcp)
        return {line.text, [host = line.host, port = line.port] { return Xapian::Remote::open(host, port); }};
    if (std::find(programs.begin(), programs.end(), line.program) == programs.end())
        throw Error(Error::Code::Usage,
                    "stub file " + stub.string() + " would run the program '" + line.program + "': refused",
                    "a stub is data; to let it start that program, give --allow-program " + line.program);
    return {line.text, [program = line.program, args = line.args] { return Xapian::Remote::open(program, args); }};
}

// The stub file a path stands for, if it is one (a file, or a folder holding XAPIANDB and no
// database of its own).
std::optional<fs::path> stub_of(const fs::path& path)
{
    std::error_code ec;
    if (fs::is_regular_file(path, ec))
        return path;
    if (!present(path / "iamglass") && !present(path / "iamchert") && present(path / StubFile))
        return path / StubFile;
    return std::nullopt;
}

// Expands a path into the databases it is made of, following stubs without recursion: at most
// MaxStubDepth deep, and a stub met twice on one path is a loop.
std::vector<Shard> shards_of(const fs::path& path, const std::vector<std::string>& programs)
{
    if (!present(path))
        throw Error(Error::Code::NoIndex, "no index at " + path.string(),
                    "build one with: dateline-index --db " + path.string() + " PATH...");
    struct Pending {
        fs::path path;
        std::vector<fs::path> chain;   // the stubs that led here
        std::optional<Shard> remote;   // a remote line: a leaf as it is
    };
    std::vector<Shard> out;
    std::vector<Pending> todo{{path, {}, std::nullopt}};
    while (!todo.empty()) {
        auto next = std::move(todo.back());
        todo.pop_back();
        if (next.remote) {
            out.push_back(std::move(*next.remote));
            continue;
        }
        const auto stub = stub_of(next.path);
        if (!stub) {
            out.push_back(local_shard(next.path));
            continue;
        }
        std::error_code ec;
        const auto id = fs::weakly_canonical(*stub, ec);
        if (std::find(next.chain.begin(), next.chain.end(), id) != next.chain.end())
            throw Error(Error::Code::NoIndex, "stub file " + stub->string() + " names itself, through a loop of stubs",
                        "make each line name a database folder");
        if (next.chain.size() >= MaxStubDepth)
            throw Error(Error::Code::NoIndex, "stub file " + stub->string() + " is nested more than " +
                                                  std::to_string(MaxStubDepth) + " stubs deep");
        next.chain.push_back(id);
        const auto lines = read_stub(*stub);
        // Pushed in reverse, so that shards come out in the stub's order.
        for (auto line = lines.rbegin(); line != lines.rend(); ++line) {
            if (line->kind == StubLine::Kind::Local)
                todo.push_back({line->path, next.chain, std::nullopt});
            else
                todo.push_back({{}, {}, remote_shard(*line, *stub, programs)});
        }
    }
    return out;
}

}  // namespace

SearchIndex open_for_search(const std::vector<fs::path>& paths, bool allow_partial,
                            const std::vector<std::string>& allowed_programs)
{
    SearchIndex index;
    std::optional<Error> first_failure;
    std::vector<std::optional<fs::path>> opened;
    for (const auto& path : paths) {
        std::vector<Shard> shards;
        try {
            shards = shards_of(path, allowed_programs);
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
                    with_reopen(db, [&] { check_schema(db, shard.name); });
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

namespace {

int writable_flags(Durability durability)
{
    const int sync = durability == Durability::Unsynced ? Xapian::DB_NO_SYNC : 0;
    return Xapian::DB_CREATE_OR_OPEN | Xapian::DB_BACKEND_GLASS | sync;
}

}  // namespace

Xapian::WritableDatabase open_for_index(const fs::path& path, Durability durability)
{
    return xapian_try(path, [&] {
        Xapian::WritableDatabase db(path.string(), writable_flags(durability));
        check_schema(db, path);
        // Written once: written on every opening, it made a run with nothing to do commit
        // (a new revision, fsyncs), which backups and readers then see as a change.
        const std::string key(schema::SchemaVersionKey), version = std::to_string(schema::SchemaVersion);
        if (db.get_metadata(key) != version)
            db.set_metadata(key, version);
        return db;
    });
}

void create_empty(const fs::path& path, Durability durability)
{
    xapian_try(path, [&] { Xapian::WritableDatabase(path.string(), writable_flags(durability)).close(); });
}

}  // namespace dateline::store
