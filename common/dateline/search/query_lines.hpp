/*! --queries FILE: many queries against an index opened once, one per line. Read as they
 *  come, so a script can write a query to a pipe and read its result before the next. */
#pragma once

#include <cstddef>
#include <istream>
#include <optional>
#include <string>

namespace dateline::search {

struct QueryLine {
    std::size_t line = 0;  ///< 1-based, for messages
    std::string text;      ///< Xapian query syntax, as on the command line
};

/** The queries of a stream: blank lines and lines starting with '#' are skipped, a trailing
 *  '\r' (a file written on Windows) and surrounding spaces are dropped. */
class QueryLines {
public:
    explicit QueryLines(std::istream& in) : in_(in) {}

    /** The next query; nothing at the end of the stream. */
    std::optional<QueryLine> next();

private:
    std::istream& in_;
    std::size_t line_ = 0;
};

}  // namespace dateline::search
