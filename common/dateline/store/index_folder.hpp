/*! The index folder: the one place dateline-index writes. It holds a marker saying it is a
 *  Dateline index, the writers' lock, the stub file naming the live databases, and the
 *  generation folders (g1, g2...) those live in:
 *
 *      DIR/DATELINE-INDEX   DIR/dateline.lock   DIR/XAPIANDB ("auto g2/db")   DIR/g2/db/
 *
 *  Incremental runs write into the live databases in place (each commit is atomic). A
 *  rebuild, a merge of parts or a compaction writes a new generation and installs it by
 *  renaming the stub: searches see the old index or the new one, never none, and a crash
 *  leaves at most an unlisted generation, which the next writer removes. */
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "dateline/store/write_lock.hpp"

namespace dateline::store {

inline constexpr const char* MarkerFile = "DATELINE-INDEX";

class IndexFolder {
public:
    /** Claims `dir` for writing and takes its lock. The folder must be absent (it is made),
     *  empty, or a Dateline index (its marker, or an index from before the marker existed);
     *  anything else is refused (Usage), and so is a folder inside one of `inputs` or
     *  containing one: the indexer never writes among the files it reads. Throws
     *  IndexLocked when another writer holds the lock. */
    static IndexFolder claim(const std::filesystem::path& dir, const std::vector<std::string>& inputs = {});

    const std::filesystem::path& dir() const { return dir_; }

    /** The databases the index is made of now; none for a new one. An index from before
     *  generations is the folder itself (single) or its shards. */
    std::vector<std::filesystem::path> live() const;

    /** A new, empty generation folder for databases that install() will make live. */
    std::filesystem::path new_generation() const;

    /** Where a fresh build's parts wait to be merged; kept across runs, so that a killed
     *  build goes on from them. */
    std::filesystem::path parts_dir() const { return dir_ / "parts"; }

    /** Makes `databases` (folders inside the index folder) the index in one atomic step,
     *  then removes the generations no longer listed. */
    void install(const std::vector<std::filesystem::path>& databases);

    /** Removes what failed or killed runs left: generations the stub does not list,
     *  half-written stub files, and (unless `keep_parts`) the parts of a fresh build.
     *  Only names this class makes are touched. */
    void sweep(bool keep_parts) const;

private:
    IndexFolder(std::filesystem::path dir, WriteLock lock) : dir_(std::move(dir)), lock_(std::move(lock)) {}

    std::filesystem::path dir_;
    WriteLock lock_;
};

/** Whether `dir` holds a Dateline index (marker, or an index from before the marker). */
bool is_index_folder(const std::filesystem::path& dir);

}  // namespace dateline::store
