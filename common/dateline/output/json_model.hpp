/*! The JSON shapes of every result (format_version 1), shared by the json and ndjson printers.
 *  README.md documents each one; a change to a shape bumps FormatVersion. */
#pragma once

#include <nlohmann/json.hpp>

#include "dateline/facets/values.hpp"
#include "dateline/search/request.hpp"
#include "dateline/search/show.hpp"
#include "dateline/search/stats.hpp"

namespace dateline::output {

using Json = nlohmann::ordered_json;

/** The version of the structured output formats; scripts can check it. */
inline constexpr int FormatVersion = 1;

Json hit_json(const search::Hit& hit);
Json facets_json(const facets::Facets& facets);
Json period_json(const facets::Period& period);
/** {"unit", "normalized", "undated", "periods": [...]}. */
Json timeline_json(const facets::Timeline& timeline);
/** Everything but "hits" (and the timeline's periods when `with_periods` is false). */
Json search_summary_json(const search::SearchResult& result, bool with_periods);
/** The whole result: the summary with "hits". */
Json search_json(const search::SearchResult& result);

Json section_json(const schema::SectionData& section);
Json show_json(const search::Shown& shown);
Json stats_json(const search::IndexStats& stats);
Json values_json(const facets::ValueList& values);
/** {"format_version", "query", "error"}: a --queries line that could not be searched. */
Json query_error_json(const std::string& query, const std::string& message);

/** Text as JSON writes it: invalid UTF-8 replaced, never thrown over. */
std::string dump(const Json& value, int indent);

}  // namespace dateline::output
