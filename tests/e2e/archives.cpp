#include "archives.hpp"

#include <stdexcept>

#include <archive.h>
#include <archive_entry.h>

namespace e2e {

void write_tar_gz(const std::filesystem::path& path, const std::vector<std::pair<std::string, std::string>>& members)
{
    auto* a = archive_write_new();
    archive_write_add_filter_gzip(a);
    archive_write_set_format_pax_restricted(a);
    if (archive_write_open_filename(a, path.c_str()) != ARCHIVE_OK)
        throw std::runtime_error("cannot write " + path.string());
    for (const auto& [name, contents] : members) {
        auto* entry = archive_entry_new();
        archive_entry_set_pathname(entry, name.c_str());
        archive_entry_set_size(entry, static_cast<la_int64_t>(contents.size()));
        archive_entry_set_filetype(entry, AE_IFREG);
        archive_entry_set_perm(entry, 0644);
        archive_write_header(a, entry);
        archive_write_data(a, contents.data(), contents.size());
        archive_entry_free(entry);
    }
    archive_write_close(a);
    archive_write_free(a);
}

}  // namespace e2e
