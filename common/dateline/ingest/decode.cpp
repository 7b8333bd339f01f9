#include "dateline/ingest/decode.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

#include <xapian.h>

#include "dateline/ingest/charset.hpp"
#include "dateline/text/strings.hpp"

namespace dateline::ingest {

namespace {

bool starts_with_bytes(std::string_view text, std::string_view prefix)
{
    return text.substr(0, prefix.size()) == prefix;
}

std::string from_utf16(std::string_view bytes, bool big_endian)
{
    std::string out;
    auto unit = [&](std::size_t i) -> unsigned {
        const auto a = static_cast<unsigned char>(bytes[i]), b = static_cast<unsigned char>(bytes[i + 1]);
        return big_endian ? (a << 8 | b) : (b << 8 | a);
    };
    for (std::size_t i = 0; i + 1 < bytes.size(); i += 2) {
        unsigned cp = unit(i);
        if (cp >= 0xD800 && cp < 0xDC00 && i + 3 < bytes.size()) {
            const unsigned low = unit(i + 2);
            if (low >= 0xDC00 && low < 0xE000) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                i += 2;
            } else {
                cp = 0xFFFD;
            }
        } else if (cp >= 0xD800 && cp < 0xE000) {
            cp = 0xFFFD;
        }
        Xapian::Unicode::append_utf8(out, cp);
    }
    return out;
}

// Windows-1252's 0x80..0x9F; the rest of the bytes are Latin-1 code points.
constexpr std::array<unsigned, 32> Cp1252High{
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

std::string from_cp1252(std::string_view bytes)
{
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 8);
    for (unsigned char c : bytes) {
        const unsigned cp = c >= 0x80 && c < 0xA0 ? Cp1252High[c - 0x80] : c;
        Xapian::Unicode::append_utf8(out, cp);
    }
    return out;
}

std::string normalise_newlines(std::string text)
{
    // Most files have no carriage return: they are handed on as they are, not copied.
    if (text.find('\r') == std::string::npos)
        return text;
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r') {
            out += '\n';
            if (i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
        } else {
            out += text[i];
        }
    }
    return out;
}

bool looks_binary(std::string_view text)
{
    std::size_t controls = 0;
    for (unsigned char c : text) {
        if (c == 0)
            return true;
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
            ++controls;
    }
    // Real archives carry a few stray control characters (Reuters has ^C); junk has many.
    return controls * 100 > text.size();
}

// UTF-16 without a BOM, as some Windows tools save text: mostly-ASCII text then has a NUL as
// the high byte of most code units, and (almost) none as the low byte. Returns whether it is
// big-endian; nothing when the NULs do not fall so.
std::optional<bool> utf16_without_bom(std::string_view bytes)
{
    const std::size_t pairs = std::min<std::size_t>(bytes.size(), 8192) / 2;
    if (pairs < 2)
        return std::nullopt;
    std::size_t even = 0, odd = 0;  // NUL bytes at even and at odd offsets
    for (std::size_t i = 0; i < pairs; ++i) {
        even += bytes[2 * i] == '\0';
        odd += bytes[2 * i + 1] == '\0';
    }
    const auto most = [&](std::size_t n) { return n * 10 >= pairs * 7; };
    const auto few = [&](std::size_t n) { return n * 20 <= pairs; };
    if (most(odd) && few(even))
        return false;
    if (most(even) && few(odd))
        return true;
    return std::nullopt;
}


// The length of the well-formed UTF-8 sequence at `i` (no overlong, no surrogate), 0 if none.
std::size_t sequence_at(std::string_view bytes, std::size_t i) noexcept
{
    const auto c = static_cast<unsigned char>(bytes[i]);
    const std::size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || i + len > bytes.size())
        return 0;
    unsigned cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    for (std::size_t k = 1; k < len; ++k) {
        const auto cc = static_cast<unsigned char>(bytes[i + k]);
        if ((cc & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (cc & 0x3F);
    }
    static constexpr std::array<unsigned, 5> min_for_len{0, 0, 0x80, 0x800, 0x10000};
    if (cp < min_for_len[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp < 0xE000))
        return 0;
    return len;
}

// Calls `step(i, len)` for each sequence from the first non-ASCII byte on (len 0: a bad
// byte), skipping ASCII eight bytes at a time: most of the text.
template <class Step>
void each_sequence(std::string_view bytes, Step&& step)
{
    std::size_t i = 0;
    while (i < bytes.size()) {
        std::uint64_t eight;
        if (i + sizeof eight <= bytes.size() &&
            (std::memcpy(&eight, bytes.data() + i, sizeof eight), (eight & 0x8080808080808080u) == 0)) {
            i += sizeof eight;
            continue;
        }
        const auto len = sequence_at(bytes, i);
        if (!step(i, len))
            return;
        i += std::max<std::size_t>(len, 1);
    }
}

struct Census {
    std::size_t multibyte = 0;  // well-formed sequences of two bytes or more
    std::size_t bad = 0;        // bytes in none
};

Census utf8_census(std::string_view bytes)
{
    Census census;
    each_sequence(bytes, [&](std::size_t, std::size_t len) {
        census.multibyte += len > 1;
        census.bad += len == 0;
        return true;
    });
    return census;
}

// Each bad byte becomes U+FFFD; the rest is copied as it is.
std::string repaired_utf8(std::string_view bytes)
{
    std::string out;
    out.reserve(bytes.size() + 16);
    std::size_t copied = 0;
    each_sequence(bytes, [&](std::size_t i, std::size_t len) {
        if (len == 0) {
            out.append(bytes.substr(copied, i - copied));
            out.append("\xEF\xBF\xBD");
            copied = i + 1;
        }
        return true;
    });
    out.append(bytes.substr(copied));
    return out;
}

// Not UTF-8: the charset the source declares (the caller's, else the page's own), unless it
// is UTF-8 or a Western one the Windows-1252 reading covers. Text and the charset's name.
std::optional<std::pair<std::string, std::string>> from_declared(std::string_view bytes, std::string_view declared)
{
    auto charset = declared.empty() ? declared_charset(bytes) : text::to_lower(declared);
    if (charset.empty() || is_utf8_name(charset) || is_western_name(charset))
        return std::nullopt;
    auto text = to_utf8(bytes, charset);
    if (!text)
        return std::nullopt;
    return std::pair(std::move(*text), std::move(charset));
}

}  // namespace

std::string replaced_message(std::size_t replaced)
{
    return std::to_string(replaced) + (replaced == 1 ? " byte" : " bytes") +
           " not UTF-8 in UTF-8 text, replaced by U+FFFD";
}

bool is_valid_utf8(std::string_view bytes) noexcept
{
    bool valid = true;
    each_sequence(bytes, [&](std::size_t, std::size_t len) { return valid = len > 0; });
    return valid;
}

Decoded decode(std::string bytes, std::string_view declared)
{
    Decoded out;
    std::string text;
    if (starts_with_bytes(bytes, "\xEF\xBB\xBF")) {
        text = bytes.substr(3);
        out.message = "UTF-8";
    } else if (starts_with_bytes(bytes, "\xFF\xFE") || starts_with_bytes(bytes, "\xFE\xFF")) {
        text = from_utf16(std::string_view(bytes).substr(2), bytes[0] == '\xFE');
        out.message = "UTF-16";
    } else if (const auto big_endian = utf16_without_bom(bytes)) {
        text = from_utf16(bytes, *big_endian);
        out.message = *big_endian ? "UTF-16BE without BOM" : "UTF-16LE without BOM";
        if (looks_binary(text)) {  // 16-bit numbers, not text
            out.failure = Reason::Binary;
            out.message = "not text (NUL or control bytes)";
            return out;
        }
    } else if (looks_binary(bytes)) {
        out.failure = Reason::Binary;
        out.message = "not text (NUL or control bytes)";
        return out;
    } else if (const auto census = utf8_census(bytes); census.bad == 0) {
        text = std::move(bytes);
        out.message = "UTF-8";
    } else if (auto converted = from_declared(bytes, declared)) {
        text = std::move(converted->first);
        out.message = std::move(converted->second);
    } else if (census.multibyte > census.bad) {
        // UTF-8 with a few bad bytes (a cut character, a stray byte): read as Windows-1252,
        // every accented letter of it would turn to mojibake ("Zürich" as "ZÃ¼rich").
        text = repaired_utf8(bytes);
        out.replaced = census.bad;
        out.message = "UTF-8";
    } else {
        text = from_cp1252(bytes);
        out.message = "Windows-1252";
    }
    if (std::all_of(text.begin(), text.end(), [](unsigned char c) { return c <= ' '; })) {
        out.failure = Reason::Empty;
        out.message = text.empty() ? "no bytes" : "only whitespace";
        return out;
    }
    out.text = normalise_newlines(std::move(text));
    return out;
}

}  // namespace dateline::ingest
