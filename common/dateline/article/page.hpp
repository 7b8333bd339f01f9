/*! A parsed page before sectioning: headline parts, dateline and body paragraphs. */
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "dateline/fields/dateline.hpp"
#include "dateline/fields/date.hpp"

namespace dateline::article {

/** What every format's parser produces; sectioning and field extraction start from it. */
struct Page {
    std::string title;
    std::string subtitle;
    std::optional<fields::Dateline> dateline;
    std::optional<fields::Date> metadata_date;  ///< a publication date the format itself gives
    std::vector<std::string> body;              ///< paragraphs after the dateline, noise removed;
                                                ///< the dateline is cut from the first one
};

}  // namespace dateline::article
