/*! The one lock every writer of an index takes: indexing, --rebuild, --prune, compact and
 *  shard changes all hold it from their first write to their last rename. */
#pragma once

#include <filesystem>

namespace dateline::store {

inline constexpr const char* LockFile = "dateline.lock";

class WriteLock {
public:
    /** Takes the lock of the index folder `dir`, at once or not at all: throws Error
     *  (IndexLocked) when another writer holds it, and (Io) naming the reason when the lock
     *  file cannot be opened, a permission problem for one. Released on destruction, and by
     *  the kernel when the process dies, so a killed run never leaves it stale. */
    explicit WriteLock(const std::filesystem::path& dir);
    ~WriteLock();
    WriteLock(WriteLock&& other) noexcept;
    WriteLock& operator=(WriteLock&&) = delete;
    WriteLock(const WriteLock&) = delete;
    WriteLock& operator=(const WriteLock&) = delete;

private:
    int fd_ = -1;
};

}  // namespace dateline::store
