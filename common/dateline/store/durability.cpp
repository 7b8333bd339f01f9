#include "dateline/store/durability.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cstring>
#include <fstream>

#include "dateline/error.hpp"

namespace dateline::store {

namespace fs = std::filesystem;

namespace {

constexpr const char* BootFile = "BOOT";
constexpr std::size_t MaxBootId = 64;  // a UUID is 36 characters

// The first line of a small file, read no further than a boot id can be long.
std::optional<std::string> read_line(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    std::string text(MaxBootId + 1, '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<std::size_t>(in.gcount()));
    const auto end = text.find('\n');
    if (end == std::string::npos || end == 0)
        return std::nullopt;
    return text.substr(0, end);
}

}  // namespace

void sync_file(const fs::path& path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);  // a folder opens so too
    if (fd < 0 || ::fsync(fd) != 0) {
        const std::string why = std::strerror(errno);
        if (fd >= 0)
            ::close(fd);
        throw Error(Error::Code::Io, "cannot flush " + path.string() + " to disk: " + why);
    }
    ::close(fd);
}

std::optional<std::string> boot_id()
{
    static const auto id = read_line("/proc/sys/kernel/random/boot_id");
    return id;
}

Durability private_durability()
{
    return boot_id() ? Durability::Unsynced : Durability::Synced;
}

void stamp_boot(const fs::path& dir)
{
    const auto id = boot_id();
    if (!id)
        return;
    {
        std::ofstream out(dir / BootFile, std::ios::trunc);
        out << *id << '\n';
        if (!out.flush())
            throw Error(Error::Code::Io, "cannot write " + (dir / BootFile).string());
    }
    // On disk before any unsynced write it vouches for.
    sync_file(dir / BootFile);
    sync_file(dir);
}

bool trusted_after_restart(const fs::path& dir)
{
    std::error_code ec;
    if (!fs::exists(dir / BootFile, ec))
        return true;
    const auto stamped = read_line(dir / BootFile);
    return stamped && stamped == boot_id();
}

void sync_database(const fs::path& db)
{
    std::error_code ec;
    for (fs::directory_iterator it(db, ec), end; !ec && it != end; it.increment(ec))
        if (it->is_regular_file(ec))
            sync_file(it->path());
    if (ec)
        throw Error(Error::Code::Io, "cannot flush " + db.string() + " to disk: " + ec.message());
    sync_file(db);
}

}  // namespace dateline::store
