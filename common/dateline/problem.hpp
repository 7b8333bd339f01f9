/*! Bad input is data, not an exception: a Problem names the source and the reason. */
#pragma once

#include <string>
#include <string_view>

#include "dateline/model.hpp"

namespace dateline {

/** Why an input was skipped or only partly used; the summary counts by reason. */
enum class Reason {
    NotFound,          ///< the path does not exist
    Unreadable,        ///< permission denied, I/O error, a directory where a file was expected
    Empty,             ///< zero bytes or only whitespace
    Binary,            ///< NUL bytes or control characters: not text
    BadEncoding,       ///< text that no supported encoding reads
    NoArticle,         ///< readable text with nothing that looks like an article
    UnsupportedFormat, ///< a file named on the command line whose format is not read
    TooLarge,          ///< over --max-member-size, or an archive that expands absurdly
    CorruptArchive,    ///< a compressed file or archive that cannot be read to its end
    BadRecord,         ///< one record of a JSON Lines or WARC file (the rest is read)
    UnknownDate,       ///< warning: indexed, but no evidence for the date
    NoDateline,        ///< note: indexed without a dateline, as many feeds are; counted, not a warning
    DuplicateId,       ///< warning: a record reuses an earlier record's id in the same source; indexed apart
    Ignored,           ///< note: a file or archive member in a format not read (an image, a PDF)
    BadBytes,          ///< warning: UTF-8 text with a few bytes that are not, each replaced by U+FFFD
};

/** Stable, lowercase name of a reason ("binary", "no article found", ...). */
std::string_view to_string(Reason reason) noexcept;

/** Whether the source was skipped (true) or indexed with a warning or note (false). */
bool is_skip(Reason reason) noexcept;

/** Whether the reason is only a note (a story without a dateline, a file in a format not
 *  read): counted in the summary, listed with -v and in --report, but no warning, which is
 *  for damaged or skipped input. */
bool is_note(Reason reason) noexcept;

struct Problem {
    SourceRef source;
    int line = 0;  ///< 1-based line, 0 when not known
    Reason reason;
    std::string message;  ///< detail for the user; may be empty

    /** "path[:member][:line]: reason[: message]" */
    std::string display() const;
};

}  // namespace dateline
