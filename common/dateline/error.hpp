/*! Failed operations: an error code that maps to an exit code, a message and a hint. */
#pragma once

#include <stdexcept>
#include <string>

namespace dateline {

/** Process exit codes, the single table both programs and the README follow. */
enum class ExitCode : int {
    Ok = 0,           ///< success
    NoResults = 1,    ///< dateline-search: the query matched nothing
    Usage = 2,        ///< bad option, query or input; missing index; fatal error
    InputsSkipped = 3,///< dateline-index: some inputs were skipped, the rest indexed
    IndexLocked = 4,  ///< another dateline-index holds the database
};

/** A failed operation, thrown by the library and caught only in main(). */
class Error : public std::runtime_error {
public:
    enum class Code {
        Usage,          ///< invalid option value or query
        NoIndex,        ///< no database at the given path
        SchemaMismatch, ///< database written by another schema version
        IndexLocked,    ///< database locked by another writer
        Database,       ///< any other Xapian failure
        Io,             ///< reading or writing a file failed
    };

    Error(Code code, std::string message, std::string hint = {})
        : std::runtime_error(std::move(message)), code_(code), hint_(std::move(hint)) {}

    Code code() const noexcept { return code_; }
    const std::string& hint() const noexcept { return hint_; }
    ExitCode exit_code() const noexcept;

private:
    Code code_;
    std::string hint_;
};

/** Exit code as an int, for main(). */
constexpr int to_int(ExitCode code) noexcept { return static_cast<int>(code); }

}  // namespace dateline
