/*! The constructors of each format's Printer, for the table in printers.cpp. */
#pragma once

#include "dateline/output/printers.hpp"

namespace dateline::output {

std::unique_ptr<Printer> make_text_printer(std::ostream& out, const PrintOptions& options);
std::unique_ptr<Printer> make_json_printer(std::ostream& out, const PrintOptions& options);
std::unique_ptr<Printer> make_ndjson_printer(std::ostream& out, const PrintOptions& options);
std::unique_ptr<Printer> make_csv_printer(std::ostream& out, const PrintOptions& options);

}  // namespace dateline::output
