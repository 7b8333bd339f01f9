/*! JSON Lines, or a .json file holding an array or one object -> one Page per record. */
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "dateline/article/page.hpp"
#include "dateline/problem.hpp"

namespace dateline::article {

/** `--map FIELD=NAME`: FIELD is one of title, subtitle, text, date, url, id, author. */
using FieldMap = std::map<std::string, std::string>;

/** Pages found in a file, and what was wrong with single records (the rest still count). */
struct Pages {
    std::vector<Page> pages;
    std::vector<Problem> problems;
};

/** Reads records with the usual scraper field names: title/headline; text/body/content/
 *  article (a string, or an array of paragraphs); date/published/datePublished/
 *  publish_date/pubDate; url/link; subtitle/description/lead/summary; id. A bad line is a
 *  problem with its line number. `lines`: JSON Lines even if the whole file parses.
 *  `lines_before`: the text is a piece of a file, after that many lines. */
Pages parse_json_records(std::string_view text, const SourceRef& source, const FieldMap& map, bool lines,
                         int lines_before = 0);

}  // namespace dateline::article
