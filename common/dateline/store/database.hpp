/*! Where the index lives, opening it, the schema check, and Xapian errors translated in one place. */
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <xapian.h>

#include "dateline/error.hpp"
#include "dateline/store/durability.hpp"

namespace dateline::store {

/** `--db`, else $DATELINE_DB, else ${XDG_DATA_HOME:-~/.local/share}/dateline/index. */
std::filesystem::path resolve_db_path(const std::optional<std::string>& option);

/** Every --db given, else the one default above. */
std::vector<std::filesystem::path> resolve_db_paths(const std::vector<std::string>& options);

/** Opens an index for reading; refuses a missing index or another schema version. */
Xapian::Database open_for_search(const std::filesystem::path& path);

/** Several indexes searched as one: each a folder, a sharded folder or a Xapian stub file
 *  (whose "remote HOST:PORT" lines are shards served by xapian-tcpsrv). */
struct SearchIndex {
    Xapian::Database db;
    std::vector<std::string> unavailable;  ///< shards left out under allow_partial: "NAME: why"
    std::optional<std::filesystem::path> folder;  ///< the one local database folder opened, if so
};

/** Opens every shard of every path one by one, so that each one's schema is checked and a
 *  failure names the shard. With allow_partial, a shard that fails is left out (and listed)
 *  as long as one opens. Stubs are followed at most 8 deep (a loop is an error naming the
 *  stub); a stub line that runs a program ("remote :PROGRAM ARGS") is refused unless that
 *  program is in `allowed_programs` (--allow-program). */
SearchIndex open_for_search(const std::vector<std::filesystem::path>& paths, bool allow_partial,
                            const std::vector<std::string>& allowed_programs = {});

/** Opens (creating if needed) one database folder of an index for writing and records the
 *  schema version; refuses another schema version, and a lock held by another writer. */
Xapian::WritableDatabase open_for_index(const std::filesystem::path& path, Durability durability = Durability::Synced);

/** Makes an empty database folder, committing nothing: Xapian 1.4 creates a table on its first
 *  write, and a commit made before the first document would leave the document data
 *  uncompressed for the database's life (a writer reopening it finds no docdata table, and
 *  creates one with compression off). */
void create_empty(const std::filesystem::path& path, Durability durability);

/** Runs f, turning any Xapian::Error into a dateline::Error that names the database. */
template <class F>
auto xapian_try(const std::filesystem::path& db, F&& f) -> decltype(f())
{
    try {
        return std::forward<F>(f)();
    } catch (const Xapian::DatabaseLockError&) {
        throw Error(Error::Code::IndexLocked, "index " + db.string() + " is locked by another dateline-index",
                    "wait for it to finish, or check that no other dateline-index is running");
    } catch (const Xapian::NetworkError& e) {
        // A remote shard (a "remote HOST:PORT" line of a stub file) that does not answer:
        // Xapian's context names it, as "remote:tcp(HOST:PORT)".
        throw Error(Error::Code::Database,
                    "cannot reach remote shard " + (e.get_context().empty() ? std::string("?") : e.get_context()) +
                        " of index " + db.string() + ": " + e.get_msg() +
                        (e.get_error_string() ? std::string(" (") + e.get_error_string() + ")" : std::string()),
                    "check that xapian-tcpsrv serves it, or remove its line from the stub file");
    } catch (const Xapian::DatabaseOpeningError& e) {
        throw Error(Error::Code::NoIndex, "cannot open index " + db.string() + ": " + e.get_msg(),
                    "build one with: dateline-index --db " + db.string() + " PATH...");
    } catch (const Xapian::Error& e) {
        throw Error(Error::Code::Database, "index " + db.string() + ": " + e.get_description());
    }
}

}  // namespace dateline::store
