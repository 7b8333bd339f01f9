#include "dateline/util/hash.hpp"

#include <fmt/format.h>

namespace dateline::util {

std::string hex_id(std::string_view text)
{
    return fmt::format("{:016x}", fnv1a64(text));
}

}  // namespace dateline::util
