/*! Page -> Article, the step after parsing: the parsers find a page's parts (title,
 *  dateline, body blocks, metadata); this reads what they say: the story's date from its
 *  evidence, its sections at the sub-headings, who spoke in each. */
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "dateline/article/page.hpp"
#include "dateline/calendar/date.hpp"
#include "dateline/model.hpp"
#include "dateline/problem.hpp"

namespace dateline::article {

/** What the command line says about dates: --year, --reference-date. */
struct DateDefaults {
    int year = 0;
    std::optional<calendar::Date> reference;
};

/** The article a page holds, under `id`. A page without a dateline or a date gets on with a
 *  note in `problems` (NoDateline, UnknownDate). */
Article extract_article(Page page, const SourceRef& source, std::string id, const DateDefaults& dates,
                        std::vector<Problem>& problems);

}  // namespace dateline::article
