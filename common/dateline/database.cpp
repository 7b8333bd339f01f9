#include "dateline/database.hpp"

#include <cstdlib>

#include <fmt/format.h>

#include "dateline/schema.hpp"

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

Xapian::Database open_for_search(const fs::path& path)
{
    std::error_code ec;
    if (!fs::exists(path, ec))
        throw Error(Error::Code::NoIndex, "no index at " + path.string(),
                    "build one with: dateline-index --db " + path.string() + " PATH...");
    return xapian_try(path, [&] {
        Xapian::Database db(path.string());
        check_schema(db, path);
        return db;
    });
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
