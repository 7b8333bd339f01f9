#include "dateline/ingest/reader.hpp"

#include <archive.h>
#include <archive_entry.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <memory>

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

/** Reads one entry's data, refusing more than `limit` bytes. */
std::optional<std::string> read_entry(archive* a, std::uint64_t limit, std::string& error)
{
    std::string bytes;
    std::array<char, 1 << 16> buffer;
    for (;;) {
        const auto n = archive_read_data(a, buffer.data(), buffer.size());
        if (n == 0)
            return bytes;
        if (n < 0) {
            error = archive_error_string(a) ? archive_error_string(a) : "read error";
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
    std::error_code ec;
    const auto size = fs::file_size(path, ec);
    if (ec)
        return std::nullopt;
    const auto time = fs::last_write_time(path, ec);
    if (ec)
        return std::nullopt;
    return Stamp{size, std::chrono::duration_cast<std::chrono::nanoseconds>(time.time_since_epoch()).count()};
}

void read_plain(const FoundFile& file, const Stamp& stamp, const ReadLimits& limits, SourceSink& sink)
{
    const SourceRef ref{file.path.string(), {}};
    if (stamp.size > limits.max_source_bytes) {
        sink.problem(problem(ref, Reason::TooLarge,
                             fmt::format("{} bytes, over --max-member-size {}", stamp.size, limits.max_source_bytes)));
        return;
    }
    std::ifstream in(file.path, std::ios::binary);
    std::string bytes(stamp.size, '\0');
    if (!in || !in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()))) {
        sink.problem(problem(ref, Reason::Unreadable, std::strerror(errno)));
        return;
    }
    sink.source(Source{ref, stamp, std::move(bytes)});
}

void read_container(const FoundFile& file, Container kind, const ReadLimits& limits, SourceSink& sink)
{
    const SourceRef container{file.path.string(), {}};
    ArchivePtr a(archive_read_new(), archive_read_free);
    archive_read_support_filter_all(a.get());
    if (kind == Container::Archive)
        archive_read_support_format_all(a.get());
    else
        archive_read_support_format_raw(a.get());
    if (archive_read_open_filename(a.get(), file.path.c_str(), 1 << 16) != ARCHIVE_OK) {
        sink.problem(problem(container, Reason::CorruptArchive, archive_error_string(a.get())));
        return;
    }
    const auto file_size = stamp_of(file.path).value_or(Stamp{}).size;
    std::uint64_t expanded = 0;
    archive_entry* entry = nullptr;
    int status = ARCHIVE_OK;
    while ((status = archive_read_next_header(a.get(), &entry)) == ARCHIVE_OK || status == ARCHIVE_WARN) {
        if (kind == Container::Archive && archive_entry_filetype(entry) != AE_IFREG)
            continue;
        const std::string member = kind == Container::Archive ? archive_entry_pathname(entry) : without_compression(file.path);
        const SourceRef ref{file.path.string(), member};
        const Stamp stamp{archive_entry_size_is_set(entry) ? static_cast<std::uint64_t>(archive_entry_size(entry)) : 0,
                          archive_entry_mtime(entry) * 1'000'000'000ll + archive_entry_mtime_nsec(entry)};
        if (stamp.size > limits.max_source_bytes) {
            sink.problem(problem(ref, Reason::TooLarge,
                                 fmt::format("{} bytes, over --max-member-size {}", stamp.size, limits.max_source_bytes)));
            continue;
        }
        if (!sink.wanted(ref, stamp))
            continue;  // libarchive skips the data on the next header
        std::string error;
        auto bytes = read_entry(a.get(), limits.max_source_bytes, error);
        if (!bytes) {
            if (error == "too large") {
                sink.problem(problem(ref, Reason::TooLarge, fmt::format("over --max-member-size {}", limits.max_source_bytes)));
                continue;
            }
            sink.problem(problem(ref, Reason::CorruptArchive, error));
            return;
        }
        expanded += bytes->size();
        if (expanded > limits.expansion_floor && expanded > limits.max_expansion * std::max<std::uint64_t>(file_size, 1)) {
            sink.problem(problem(container, Reason::TooLarge,
                                 fmt::format("expands to over {} times its size (a zip bomb?); the rest is not read",
                                             limits.max_expansion)));
            return;
        }
        // Keep the header's stamp when it has a size, so the next run's wanted() sees the same one.
        const Stamp recorded = archive_entry_size_is_set(entry) ? stamp : Stamp{bytes->size(), stamp.mtime_ns};
        sink.source(Source{ref, recorded, std::move(*bytes)});
    }
    if (status != ARCHIVE_EOF)
        sink.problem(problem(container, Reason::CorruptArchive,
                             archive_error_string(a.get()) ? archive_error_string(a.get()) : "cannot read on"));
}

}  // namespace dateline::ingest
