/*! CSV as RFC 4180 writes it: CRLF line ends, fields with a comma, quote, CR or LF quoted,
 *  quotes doubled; every cell made safe for a spreadsheet first (csv_safe). */
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace dateline::output {

/** The cell made safe (csv_safe: no control characters, no formula), quoted if it must be. */
std::string csv_field(std::string_view cell);

/** One record, ended by CRLF. */
void write_csv_row(std::ostream& out, const std::vector<std::string>& fields);

/** Values joined by "; " for a list in one field. */
std::string csv_list(const std::vector<std::string>& values);

}  // namespace dateline::output
