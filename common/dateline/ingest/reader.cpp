#include "dateline/ingest/reader.hpp"

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <memory>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include "dateline/text/strings.hpp"

namespace dateline::ingest {

namespace fs = std::filesystem;

namespace {

constexpr std::array<std::string_view, 12> ArchiveEndings{
    ".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz", ".tbz2", ".tar.xz", ".txz", ".tar.zst", ".tzst", ".zip", ".7z"};
constexpr std::array<std::string_view, 4> CompressedEndings{".gz", ".bz2", ".xz", ".zst"};

std::string lower_name(const fs::path& path)
{
    return text::to_lower(path.filename().string());
}

// "story.txt.gz" -> "story.txt": the name the format is recognised by.
std::string without_compression(const fs::path& path)
{
    auto name = path.filename().string();
    const auto lower = lower_name(path);
    for (auto ending : CompressedEndings)
        if (lower.ends_with(ending))
            return name.substr(0, name.size() - ending.size());
    return name;
}

using ArchivePtr = std::unique_ptr<archive, decltype(&archive_read_free)>;

Problem problem(const SourceRef& ref, Reason reason, std::string message)
{
    return Problem{ref, 0, reason, std::move(message)};
}

// libarchive's message for its last error; it has none for some damage (a gzip header cut
// short), and a null char* must not become a std::string.
std::string archive_message(archive* a, const char* otherwise)
{
    const char* message = archive_error_string(a);
    return message ? message : otherwise;
}

/** Reads one entry's data, refusing more than `limit` bytes. On failure `fatal` says whether
 *  the archive can go on to its next member (a damaged zip member) or not (a cut stream). */
std::optional<std::string> read_entry(archive* a, std::uint64_t limit, std::string& error, bool& fatal)
{
    std::string bytes;
    std::array<char, 1 << 16> buffer;
    for (;;) {
        const auto n = archive_read_data(a, buffer.data(), buffer.size());
        if (n == 0)
            return bytes;
        if (n < 0) {
            error = archive_message(a, "read error");
            fatal = n == ARCHIVE_FATAL;
            return std::nullopt;
        }
        if (bytes.size() + static_cast<std::size_t>(n) > limit) {
            error = "too large";
            return std::nullopt;
        }
        bytes.append(buffer.data(), static_cast<std::size_t>(n));
    }
}

}  // namespace

Container container_kind(const fs::path& path)
{
    const auto name = lower_name(path);
    for (auto ending : ArchiveEndings)
        if (name.ends_with(ending))
            return Container::Archive;
    for (auto ending : CompressedEndings)
        if (name.ends_with(ending))
            return Container::Compressed;
    return Container::None;
}

std::optional<Stamp> stamp_of(const fs::path& path)
{
    // One stat for both (a folder of small files paid two more a file, perf), counted as
    // std::filesystem counts a file's time, so that records made before still compare equal.
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode))
        return std::nullopt;
    const std::chrono::sys_time<std::chrono::nanoseconds> modified{std::chrono::seconds(st.st_mtim.tv_sec) +
                                                                   std::chrono::nanoseconds(st.st_mtim.tv_nsec)};
    const auto time = std::chrono::file_clock::from_sys(modified);
    return Stamp{static_cast<std::uint64_t>(st.st_size),
                 std::chrono::duration_cast<std::chrono::nanoseconds>(time.time_since_epoch()).count()};
}

void read_plain(const FoundFile& file, const Stamp& stamp, const ReadLimits& limits, SourceSink& sink)
{
    const SourceRef ref{file.path.string(), {}};
    if (stamp.size > limits.max_source_bytes) {
        sink.problem(problem(ref, Reason::TooLarge,
                             fmt::format("{} bytes, over --max-member-size {}", stamp.size, limits.max_source_bytes)));
        return;
    }
    // open and read, not a stream: a stream's buffers and locale cost more than the read of
    // a news story (perf, a folder of 19,043 stories).
    const int fd = ::open(file.path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        sink.problem(problem(ref, Reason::Unreadable, std::strerror(errno)));
        return;
    }
    std::string bytes(stamp.size, '\0');
    std::size_t got = 0;
    int error = 0;
    while (got < bytes.size()) {
        const auto n = ::read(fd, bytes.data() + got, bytes.size() - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            error = errno;
        if (n <= 0)
            break;
        got += static_cast<std::size_t>(n);
    }
    ::close(fd);
    if (got < bytes.size()) {
        sink.problem(problem(ref, Reason::Unreadable,
                             error != 0 ? std::strerror(error) : "shorter than its size: changed while being read"));
        return;
    }
    sink.source(Source{ref, stamp, std::move(bytes)});
}

namespace {

/** One pass over an archive. A damaged member of a zip or 7z ends libarchive's pass, but the
 *  members after it are intact: the caller opens the archive again and resumes past it. */
class ArchiveScan {
public:
    ArchiveScan(const FoundFile& file, Container kind, const ReadLimits& limits, SourceSink& sink)
        : file_(file), kind_(kind), limits_(limits), sink_(sink), container_{file.path.string(), {}},
          file_size_(std::max<std::uint64_t>(stamp_of(file.path).value_or(Stamp{}).size, 1))
    {
    }

    /** Reads the members after the first `skip`; returns the index of a member whose data
     *  could not be read, or nothing when the pass ended (at the end or for good). */
    std::optional<std::size_t> pass(std::size_t skip);

private:
    bool read_member(archive* a, archive_entry* entry, std::size_t index, std::optional<std::size_t>& damaged);

    const FoundFile& file_;
    Container kind_;
    const ReadLimits& limits_;
    SourceSink& sink_;
    SourceRef container_;
    std::uint64_t file_size_;
    std::uint64_t expanded_ = 0;
};

std::optional<std::size_t> ArchiveScan::pass(std::size_t skip)
{
    ArchivePtr a(archive_read_new(), archive_read_free);
    archive_read_support_filter_all(a.get());
    if (kind_ == Container::Archive)
        archive_read_support_format_all(a.get());
    else
        archive_read_support_format_raw(a.get());
    if (archive_read_open_filename(a.get(), file_.path.c_str(), 1 << 16) != ARCHIVE_OK) {
        sink_.problem(problem(container_, Reason::CorruptArchive, archive_message(a.get(), "cannot open it")));
        return std::nullopt;
    }
    archive_entry* entry = nullptr;
    int status = ARCHIVE_OK;
    std::optional<std::size_t> damaged;
    for (std::size_t index = 0; (status = archive_read_next_header(a.get(), &entry)) == ARCHIVE_OK ||
                                status == ARCHIVE_WARN;
         ++index) {
        if (index < skip)
            continue;  // read in an earlier pass; libarchive skips the data
        if (!read_member(a.get(), entry, index, damaged))
            return damaged;
    }
    if (status != ARCHIVE_EOF)
        sink_.problem(problem(container_, Reason::CorruptArchive, archive_message(a.get(), "cannot read on")));
    return std::nullopt;
}

// A member's name; libarchive gives none when it cannot convert the stored bytes.
const char* member_name(archive_entry* entry)
{
    const char* name = archive_entry_pathname(entry);
    return name ? name : archive_entry_pathname_utf8(entry);
}

// Returns false when the pass must end (a damaged member, a bomb).
bool ArchiveScan::read_member(archive* a, archive_entry* entry, std::size_t index, std::optional<std::size_t>& damaged)
{
    if (kind_ == Container::Archive && archive_entry_filetype(entry) != AE_IFREG)
        return true;
    const char* name = kind_ == Container::Archive ? member_name(entry) : nullptr;
    if (kind_ == Container::Archive && !name) {  // (found by fuzz_archive: std::string(nullptr) aborted)
        sink_.problem(problem(container_, Reason::CorruptArchive, fmt::format("member {} has no name", index + 1)));
        return true;
    }
    const std::string member = name ? name : without_compression(file_.path);
    const SourceRef ref{file_.path.string(), member};
    const bool sized = archive_entry_size_is_set(entry);
    const Stamp stamp{sized ? static_cast<std::uint64_t>(archive_entry_size(entry)) : 0,
                      archive_entry_mtime(entry) * 1'000'000'000ll + archive_entry_mtime_nsec(entry)};
    const auto too_large = [&] {
        sink_.problem(problem(ref, Reason::TooLarge, fmt::format("over --max-member-size {}", limits_.max_source_bytes)));
    };
    if (stamp.size > limits_.max_source_bytes) {
        too_large();
        return true;
    }
    if (!sink_.wanted(ref, stamp))
        return true;
    std::string error;
    bool fatal = false;
    auto bytes = read_entry(a, limits_.max_source_bytes, error, fatal);
    if (!bytes && error == "too large") {
        too_large();
        return true;
    }
    if (!bytes) {
        // A single compressed stream cannot go on past damage: the file itself is broken.
        sink_.problem(problem(kind_ == Container::Compressed ? container_ : ref, Reason::CorruptArchive, error));
        if (fatal && kind_ == Container::Archive)
            damaged = index;
        return !fatal;
    }
    expanded_ += bytes->size();
    if (expanded_ > limits_.expansion_floor && expanded_ > limits_.max_expansion * file_size_) {
        sink_.problem(problem(container_, Reason::TooLarge,
                              fmt::format("expands to over {} times its size (a zip bomb?); the rest is not read",
                                          limits_.max_expansion)));
        return false;
    }
    // Keep the header's stamp when it has a size, so the next run's wanted() sees the same one.
    // The filter last in the chain reads the file itself: its count is how far into the file we are.
    const auto read_to = static_cast<std::uint64_t>(std::max<la_int64_t>(archive_filter_bytes(a, -1), 0));
    sink_.source(Source{ref, sized ? stamp : Stamp{bytes->size(), stamp.mtime_ns}, std::move(*bytes), read_to});
    return true;
}

}  // namespace

void read_container(const FoundFile& file, Container kind, const ReadLimits& limits, SourceSink& sink)
{
    // libarchive reads a file of no bytes as an archive of no members: said nothing of it.
    if (const auto stamp = stamp_of(file.path); stamp && stamp->size == 0) {
        sink.problem(Problem{SourceRef{file.path.string(), {}}, 0, Reason::Empty, "no bytes"});
        return;
    }
    ArchiveScan scan(file, kind, limits, sink);
    std::size_t skip = 0;
    while (auto damaged = scan.pass(skip))
        skip = *damaged + 1;
}

}  // namespace dateline::ingest
