/*! Publication dates as formats write them: ISO 8601, RFC 2822, "YYYY-MM-DD HH:MM:SS", unix seconds. */
#pragma once

#include <optional>
#include <string_view>

#include "dateline/calendar/date.hpp"

namespace dateline::fields {

/** The calendar day a metadata date names, as written: "2018-03-14T23:30:00-05:00" is
 *  2018-03-14 (the story's own day, not UTC's). Unix seconds are read as UTC. Nothing for
 *  text that is none of the forms. */
std::optional<calendar::Date> parse_metadata_date(std::string_view text);

}  // namespace dateline::fields
