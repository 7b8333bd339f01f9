/*! --queries FILE: many queries against an index opened once, one per line. Read as they
 *  come, so a script can write a query to a pipe and read its result before the next. */
#pragma once

#include <cstddef>
#include <istream>
#include <optional>
#include <string>
#include <utility>

#include "dateline/query/query_size.hpp"

namespace dateline::search {

struct QueryLine {
    std::size_t line = 0;  ///< 1-based, for messages
    std::string text;      ///< Xapian query syntax, as on the command line
};

/** The queries of a stream: blank lines and lines starting with '#' are skipped, a trailing
 *  '\r' (a file written on Windows) and surrounding spaces are dropped. Lines are read with a
 *  bound, so that a stream with no line end (/dev/zero) costs no more than one query. */
class QueryLines {
public:
    /** `name` names the stream in messages. */
    QueryLines(std::istream& in, std::string name, std::size_t max_line = query::MaxQueryBytes)
        : in_(in), name_(std::move(name)), max_line_(max_line) {}

    /** The next query; nothing at the end of the stream. Throws Error (Usage), naming the
     *  stream and line, at a line longer than `max_line` bytes. */
    std::optional<QueryLine> next();

private:
    bool read_line(std::string& line);

    std::istream& in_;
    std::string name_;
    std::size_t max_line_;
    std::size_t line_ = 0;
};

}  // namespace dateline::search
