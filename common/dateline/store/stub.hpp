/*! Xapian stub database files ("XAPIANDB"): the list of databases an index is made of.
 *  Read as data: a line that would run a program is refused unless the user allowed it. */
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace dateline::store {

/** The stub file's name inside an index folder, as Xapian looks for it. */
inline constexpr const char* StubFile = "XAPIANDB";

/** One line of a stub file, in Xapian 1.4's syntax. */
struct StubLine {
    enum class Kind {
        Local,    ///< "auto|glass|chert PATH": a database (or another stub) on this machine
        Tcp,      ///< "remote HOST:PORT": a shard served by xapian-tcpsrv
        Program,  ///< "remote :PROGRAM ARGS": a shard served by a program run for it
    };
    Kind kind = Kind::Local;
    std::string backend;          ///< Local: "auto", "glass" or "chert"
    std::filesystem::path path;   ///< Local: absolute, or made so from the stub's folder
    std::string host;             ///< Tcp
    unsigned port = 0;            ///< Tcp: 1..65535
    std::string program, args;    ///< Program
    std::string text;             ///< the line as written, for messages
};

/** The lines of `stub` (blank lines and # comments skipped). Throws Error (NoIndex) naming
 *  the file and line for one it cannot read, a port outside 1..65535 included. */
std::vector<StubLine> read_stub(const std::filesystem::path& stub);

/** Writes dir/XAPIANDB listing `databases` (paths relative to dir) as "auto" lines:
 *  written aside, flushed, then renamed over the old one, so a reader sees either. */
void write_stub(const std::filesystem::path& dir, const std::vector<std::string>& databases);

}  // namespace dateline::store
