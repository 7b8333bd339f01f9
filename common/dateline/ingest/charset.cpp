#include "dateline/ingest/charset.hpp"

#include <iconv.h>

#include <algorithm>
#include <array>
#include <cerrno>

#include "dateline/text/strings.hpp"

namespace dateline::ingest {

namespace {

// A declaration comes before the content: only the head is searched.
constexpr std::size_t HeadBytes = 1024;

bool is_name_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == ':';
}

// The name after `key` (with an optional quote), when the key is in the text.
std::string value_after(const std::string& head, std::string_view key)
{
    const auto at = head.find(key);
    if (at == std::string::npos)
        return {};
    auto i = at + key.size();
    while (i < head.size() && (head[i] == ' ' || head[i] == '"' || head[i] == '\''))
        ++i;
    std::size_t end = i;
    while (end < head.size() && is_name_char(head[end]))
        ++end;
    return head.substr(i, end - i);
}

}  // namespace

std::string declared_charset(std::string_view text)
{
    const auto head = text::to_lower(text.substr(0, HeadBytes));
    if (auto name = value_after(head, "charset="); !name.empty())
        return name;
    if (head.find("<?xml") != std::string::npos)
        return value_after(head, "encoding=");
    return {};
}

bool is_utf8_name(std::string_view charset)
{
    return charset == "utf-8" || charset == "utf8";
}

bool is_western_name(std::string_view charset)
{
    static constexpr std::array<std::string_view, 7> names{"windows-1252", "cp1252", "iso-8859-1", "latin1",
                                                           "iso_8859-1", "us-ascii", "ascii"};
    return std::find(names.begin(), names.end(), charset) != names.end();
}

std::optional<std::string> to_utf8(std::string_view bytes, const std::string& charset)
{
    const iconv_t cd = iconv_open("UTF-8", charset.c_str());
    if (cd == reinterpret_cast<iconv_t>(-1))
        return std::nullopt;
    std::string out;
    std::array<char, 16 * 1024> buffer;
    auto* in = const_cast<char*>(bytes.data());  // iconv's signature; it does not write there
    std::size_t in_left = bytes.size();
    bool ok = true;
    // Each round converts until the buffer is full; every round consumes input or ends.
    while (in_left > 0) {
        char* dst = buffer.data();
        std::size_t dst_left = buffer.size();
        const auto r = iconv(cd, &in, &in_left, &dst, &dst_left);
        out.append(buffer.data(), buffer.size() - dst_left);
        if (r == static_cast<std::size_t>(-1) && errno != E2BIG) {
            ok = false;  // EILSEQ or EINVAL: not this charset after all
            break;
        }
    }
    iconv_close(cd);
    return ok ? std::optional(std::move(out)) : std::nullopt;
}

}  // namespace dateline::ingest
