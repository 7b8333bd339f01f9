/*! Output formats behind one small interface (notmuch's sprinter idea): each format is one
 *  Printer in its own file, chosen from a table, so no command switches on the format. */
#pragma once

#include <array>
#include <cstddef>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "dateline/facets/values.hpp"
#include "dateline/search/request.hpp"
#include "dateline/search/show.hpp"
#include "dateline/search/stats.hpp"

namespace dateline::output {

enum class Format { Text, Json, Ndjson, Csv };

/** The names --format accepts, in --help order. */
inline constexpr std::array<std::string_view, 4> FormatNames{"text", "json", "ndjson", "csv"};

/** A format by name; nothing for an unknown one. */
std::optional<Format> parse_format(std::string_view name);

struct PrintOptions {
    bool colour = false;              ///< ANSI styles (text only)
    std::size_t width = 80;           ///< columns for the text timeline chart
};

/** Prints what each command produces. Printers stop writing quietly once the stream has
 *  failed (a closed pipe): that is not an error. */
class Printer {
public:
    virtual ~Printer() = default;
    virtual void search(const search::SearchResult& result) = 0;
    virtual void show(const search::Shown& shown) = 0;
    virtual void stats(const search::IndexStats& stats) = 0;
    virtual void values(const facets::ValueList& values) = 0;
    /** A --queries line that could not be searched: in JSON and NDJSON an object in its
     *  place, so that a script reading one answer per line stays in step (the text output
     *  has the error on stderr, after the line's `== QUERY`). */
    virtual void query_error(const std::string& /*query*/, const std::string& /*message*/) {}
};

/** The printer for `format`, writing to `out` (which must outlive it). */
std::unique_ptr<Printer> make_printer(Format format, std::ostream& out, const PrintOptions& options);

/** --explain: how the query was understood, one "explain: ..." line each. */
void print_explanation(std::ostream& out, const search::SearchResult& result);

}  // namespace dateline::output
