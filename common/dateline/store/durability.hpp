/*! Whether a commit waits for the disk. The live index always does: a commit must survive a
 *  power cut. A database nobody reads until the run installs a compacted (synced) copy of
 *  it, such as the parts of a fresh build, need not: a process killed half-way loses
 *  nothing the kernel has been given, and only a crash of the machine itself could leave
 *  such a database damaged. So those are written without waiting (Xapian's DB_NO_SYNC),
 *  stamped with the machine's boot, and trusted by a later run only within the same boot. */
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace dateline::store {

enum class Durability {
    Synced,    ///< each commit is on disk before the next step (the live index)
    Unsynced,  ///< commits are not waited for: installed through a synced copy, or flushed first
};

/** This boot of the machine (Linux: /proc/sys/kernel/random/boot_id), or nothing where it
 *  cannot be told, and then every database is written Synced. */
std::optional<std::string> boot_id();

/** The durability for databases private to a run and resumable by a later one: Unsynced
 *  when the boot can be told (so that a run after a restart can refuse them). */
Durability private_durability();

/** Records, in `dir`, the boot its unsynced databases are written in (synced itself, before
 *  they are written). */
void stamp_boot(const std::filesystem::path& dir);

/** Whether what `dir` holds may be trusted: written synced (no stamp: before the stamp
 *  existed, or where the boot cannot be told), or in this boot. */
bool trusted_after_restart(const std::filesystem::path& dir);

/** Flushes one file (or folder) to disk; throws Error (Io) when it cannot. */
void sync_file(const std::filesystem::path& path);

/** Flushes every file of a database folder, and the folder, to disk: for an unsynced
 *  database about to be installed as it is. */
void sync_database(const std::filesystem::path& db);

}  // namespace dateline::store
