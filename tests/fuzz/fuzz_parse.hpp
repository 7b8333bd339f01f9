// Shared by the parser fuzz targets: the whole path from bytes to extracted fields.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "dateline/article/parse.hpp"

namespace dateline::fuzz {

/** Parses the bytes as a source with this file name; any exception is a bug. */
inline void parse_as(const char* name, const std::uint8_t* data, std::size_t size)
{
    const SourceRef source{std::string("/archive/2017/01/12/") + name, {}};
    auto parsed = article::parse_bytes(source, std::string(reinterpret_cast<const char*>(data), size), {});
    for (const auto& a : parsed.articles)
        for (const auto& s : a.sections)
            (void)s.text();
}

}  // namespace dateline::fuzz
