/*! The dates users type: "2017", "2017-01", "2017-01-12", expanded to whole periods. */
#pragma once

#include <string_view>

#include "dateline/fields/date.hpp"

namespace dateline::query {

enum class Bound { Lower, Upper };

/** A lower bound is the period's first day, an upper bound its last: `--since 2017-01`
 *  is 2017-01-01, `--until 2017-02` is 2017-02-28. Throws Error (Usage) naming the
 *  accepted forms for anything else. */
fields::Date parse_date_bound(std::string_view text, Bound bound);

}  // namespace dateline::query
