/*! Article -> the JSON object `dateline-index --dump` prints. */
#pragma once

#include <nlohmann/json.hpp>

#include "dateline/model.hpp"

namespace dateline::output {

/** {"id", "source", "title", "subtitle", "url", "date", "date_source", "location", "agency",
 *  "sections": [{"ordinal", "heading", "text", "speakers", "organizations",
 *  "quotes": [{"speaker", "text"}]}]}; absent values are null. */
nlohmann::ordered_json article_to_json(const Article& article);

}  // namespace dateline::output
