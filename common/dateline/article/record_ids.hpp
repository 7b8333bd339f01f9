/*! Article ids of a source's records, handed out in record order however the source was cut. */
#pragma once

#include <cstddef>
#include <set>
#include <string>
#include <vector>

#include "dateline/model.hpp"
#include "dateline/problem.hpp"

namespace dateline::article {

/** Stable per source: the first record keeps the source's own id, later ones add their key
 *  (the record's own "id", else its position). A key an earlier record already has (two
 *  records claiming one "id") is reported and made distinct by the record's line, so that
 *  neither story overwrites the other and both keep the same id on every run. */
class RecordIds {
public:
    /** `first_record`: records before the first one given here (a piece of a source). */
    explicit RecordIds(SourceRef source, std::size_t first_record = 0);

    /** The id of the next record, which starts on `line` (0: unknown). */
    std::string next(const std::string& external_id, int line, std::vector<Problem>& problems);

private:
    SourceRef source_;
    std::size_t index_;
    std::set<std::string> used_;
};

}  // namespace dateline::article
