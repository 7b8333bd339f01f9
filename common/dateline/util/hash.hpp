/*! A stable 64-bit hash for ids and over-long terms: same input, same id, on every machine. */
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace dateline::util {

/** FNV-1a, 64 bits. Not cryptographic: ids only need to be stable and well spread. With
 *  `hash`, the hash of what came before: text hashed in pieces hashes as it would whole. */
constexpr std::uint64_t fnv1a64(std::string_view text, std::uint64_t hash = 14695981039346656037ull) noexcept
{
    for (unsigned char c : text) {
        hash ^= c;
        hash *= 1099511628211ull;
    }
    return hash;
}

/** 16 lowercase hex digits of fnv1a64(text). */
std::string hex_id(std::string_view text);

}  // namespace dateline::util
