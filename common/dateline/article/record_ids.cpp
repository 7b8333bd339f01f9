#include "dateline/article/record_ids.hpp"

#include <fmt/format.h>

#include "dateline/util/hash.hpp"

namespace dateline::article {

RecordIds::RecordIds(SourceRef source, std::size_t first_record) : source_(std::move(source)), index_(first_record) {}

std::string RecordIds::next(const std::string& external_id, int line, std::vector<Problem>& problems)
{
    const auto index = index_++;
    if (index == 0 && external_id.empty()) {
        used_.insert("");
        return util::hex_id(source_.display());
    }
    auto key = !external_id.empty() ? external_id : std::to_string(index);
    if (used_.contains(key)) {
        const auto given = key;
        const auto record = line > 0 ? line : static_cast<int>(index) + 1;
        for (key += "#" + std::to_string(record); used_.contains(key);)
            key += "#";
        problems.push_back(Problem{source_, line, Reason::DuplicateId,
                                   fmt::format("\"{}\" is an earlier record's id too; this one is kept as \"{}\"", given, key)});
    }
    used_.insert(key);
    return util::hex_id(source_.display() + "#" + key);
}

}  // namespace dateline::article
