#include "dateline/text/strings.hpp"

#include <algorithm>
#include <cctype>

#include <xapian.h>

#include "dateline/text/chars.hpp"

namespace dateline::text {

namespace {

// Bytes in the UTF-8 sequence a lead byte starts (1 for a stray continuation byte).
std::size_t sequence_length(unsigned char lead)
{
    return lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}

bool is_ascii_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Bytes of whitespace at i (ASCII, NBSP, the Unicode spaces), 0 when there is none.
// A broken sequence is never whitespace, so positions stay on sequence boundaries.
std::size_t space_length(std::string_view text, std::size_t i)
{
    const auto c = static_cast<unsigned char>(text[i]);
    if (is_ascii_space(c))
        return 1;
    if (c < 0xC0)
        return 0;
    const auto n = sequence_length(c);
    if (i + n > text.size())
        return 0;
    for (std::size_t k = 1; k < n; ++k)
        if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80)
            return 0;
    const unsigned ch = *Xapian::Utf8Iterator(text.data() + i, n);
    return Xapian::Unicode::is_whitespace(ch) || ch == 0xA0 ? n : 0;
}

}  // namespace

std::string_view trim(std::string_view text) noexcept
{
    std::size_t start = 0;
    while (start < text.size()) {
        const auto n = space_length(text, start);
        if (n == 0)
            break;
        start += n;
    }
    text.remove_prefix(start);
    // Trailing: step back over whole UTF-8 sequences.
    while (!text.empty()) {
        std::size_t begin = text.size() - 1;
        while (begin > 0 && (static_cast<unsigned char>(text[begin]) & 0xC0) == 0x80)
            --begin;
        if (space_length(text, begin) == 0)
            break;
        text.remove_suffix(text.size() - begin);
    }
    return text;
}

std::string collapse_spaces(std::string_view text)
{
    // Written through a pointer into a buffer the input's size (a space goes out only for at
    // least one skipped): this runs over every paragraph as it is parsed and again for the
    // story's content hash, and appending a byte at a time was a tenth of parsing (callgrind).
    std::string out(text.size(), '\0');
    char* const begin = out.data();
    char* end = begin;
    bool space = false;
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80 && !is_ascii_space(c)) {  // most of the text
            if (space && end != begin)
                *end++ = ' ';
            space = false;
            *end++ = static_cast<char>(c);
            ++i;
            continue;
        }
        const auto n = space_length(text, i);
        if (n > 0) {
            space = true;
            i += n;
            continue;
        }
        if (space && end != begin)
            *end++ = ' ';
        space = false;
        const auto n_bytes = std::min(sequence_length(c), text.size() - i);
        end = std::copy_n(text.data() + i, n_bytes, end);
        i += n_bytes;
    }
    out.resize(static_cast<std::size_t>(end - begin));
    return out;
}

namespace {

// Lowercase of a string the caller hands over: ASCII (most of the text) lowered in place,
// the rest decoded from a copy of what follows the first non-ASCII byte.
std::string lowered(std::string out)
{
    // Through a pointer: a char written through out[i] may alias the string's own fields, so
    // the compiler reloads them every byte.
    char* const bytes = out.data();
    const std::size_t size = out.size();
    std::size_t i = 0;
    for (; i < size; ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c >= 0x80)
            break;
        if (c >= 'A' && c <= 'Z')
            bytes[i] = static_cast<char>(c + ('a' - 'A'));
    }
    if (i == size)
        return out;
    const std::string rest = out.substr(i);
    out.resize(i);
    for (std::size_t k = 0; k < rest.size();) {
        const auto c = static_cast<unsigned char>(rest[k]);
        if (c < 0x80) {
            out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
            ++k;
            continue;
        }
        Xapian::Utf8Iterator it(rest.data() + k, rest.size() - k);
        Xapian::Unicode::append_utf8(out, tolower(*it));
        k = rest.size() - (++it).left();
    }
    return out;
}

}  // namespace

std::string to_lower(std::string_view text)
{
    return lowered(std::string(text));
}

std::string fold(std::string_view text)
{
    return lowered(collapse_spaces(text));
}

std::string_view trim_punctuation(std::string_view word) noexcept
{
    const auto punct = [](char c) { return static_cast<unsigned char>(c) < 0x80 && std::ispunct(static_cast<unsigned char>(c)); };
    while (!word.empty() && punct(word.front()))
        word.remove_prefix(1);
    while (!word.empty() && punct(word.back()))
        word.remove_suffix(1);
    return word;
}

std::vector<std::string_view> split_words(std::string_view text)
{
    std::vector<std::string_view> words;
    std::size_t i = 0, start = std::string_view::npos;
    while (i < text.size()) {
        const auto n = space_length(text, i);
        if (n > 0) {
            if (start != std::string_view::npos)
                words.push_back(text.substr(start, i - start));
            start = std::string_view::npos;
            i += n;
        } else {
            if (start == std::string_view::npos)
                start = i;
            i += sequence_length(static_cast<unsigned char>(text[i]));
        }
    }
    if (start != std::string_view::npos)
        words.push_back(text.substr(start));
    return words;
}

bool starts_upper(std::string_view text)
{
    if (text.empty())
        return false;
    return is_upper(*Xapian::Utf8Iterator(text.data(), text.size()));
}

std::vector<std::string> paragraphs(std::string_view text)
{
    const bool has_blank_line = text.find("\n\n") != std::string_view::npos ||
                                text.find("\n \n") != std::string_view::npos;
    std::vector<std::string> out;
    std::string current;
    auto flush = [&] {
        auto collapsed = collapse_spaces(current);
        if (!collapsed.empty())
            out.push_back(std::move(collapsed));
        current.clear();
    };
    std::size_t start = 0;
    while (start <= text.size()) {
        auto end = text.find('\n', start);
        if (end == std::string_view::npos)
            end = text.size();
        const auto line = trim(text.substr(start, end - start));
        if (line.empty() || !has_blank_line)
            flush();
        if (!line.empty()) {
            current += ' ';
            current += line;
        }
        start = end + 1;
    }
    flush();
    return out;
}

}  // namespace dateline::text
