#include "dateline/store/write_lock.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <utility>

#include "dateline/error.hpp"

namespace dateline::store {

WriteLock::WriteLock(const std::filesystem::path& dir)
{
    const auto file = dir / LockFile;
    fd_ = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd_ < 0)
        throw Error(Error::Code::Io, "cannot open the lock file " + file.string() + ": " + std::strerror(errno),
                    errno == EACCES || errno == EPERM || errno == EROFS
                        ? "dateline-index needs write permission on the index folder"
                        : std::string());
    // flock, not fcntl: it belongs to this open file, so a second writer in the same
    // process (a test, a library user) is refused too.
    if (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
        const int err = errno;
        ::close(fd_);
        fd_ = -1;
        if (err == EWOULDBLOCK)
            throw Error(Error::Code::IndexLocked, "index " + dir.string() + " is locked by another dateline-index",
                        "wait for it to finish, or check that no other dateline-index is running");
        throw Error(Error::Code::Io, "cannot lock " + file.string() + ": " + std::strerror(err));
    }
}

WriteLock::~WriteLock()
{
    if (fd_ >= 0)
        ::close(fd_);  // closing the last descriptor releases the lock
}

WriteLock::WriteLock(WriteLock&& other) noexcept : fd_(std::exchange(other.fd_, -1)) {}

}  // namespace dateline::store
