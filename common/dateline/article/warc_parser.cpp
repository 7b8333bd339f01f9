#include "dateline/article/warc_parser.hpp"

#include <algorithm>
#include <charconv>
#include <map>

#include <fmt/format.h>

#include "dateline/article/html_parser.hpp"
#include "dateline/fields/metadata_date.hpp"
#include "dateline/ingest/charset.hpp"
#include "dateline/ingest/decode.hpp"
#include "dateline/text/strings.hpp"

namespace dateline::article {

namespace {

using Headers = std::map<std::string, std::string>;

// Header lines up to the blank line; keys lowercased. Returns the offset after the blank line.
std::size_t read_headers(std::string_view text, std::size_t pos, Headers& headers)
{
    for (;;) {
        auto end = text.find('\n', pos);
        if (end == std::string_view::npos)
            return std::string_view::npos;
        auto line = text.substr(pos, end - pos);
        if (line.ends_with('\r'))
            line.remove_suffix(1);
        pos = end + 1;
        if (line.empty())
            return pos;
        if (auto colon = line.find(':'); colon != std::string_view::npos)
            headers[text::to_lower(line.substr(0, colon))] = std::string(text::trim(line.substr(colon + 1)));
    }
}

std::optional<std::string> dechunk(std::string_view body)
{
    std::string out;
    std::size_t pos = 0;
    while (pos < body.size()) {
        const auto end = body.find("\r\n", pos);
        if (end == std::string_view::npos)
            return std::nullopt;
        std::size_t size = 0;
        auto [p, ec] = std::from_chars(body.data() + pos, body.data() + end, size, 16);
        if (ec != std::errc{})
            return std::nullopt;
        if (size == 0)
            return out;
        pos = end + 2;
        // Compared with what remains, never as pos + size: a size near 2^64 would wrap.
        if (size > body.size() - pos)
            return std::nullopt;
        out.append(body.substr(pos, size));
        pos += size;
        pos += std::min<std::size_t>(2, body.size() - pos);  // the chunk's CRLF
    }
    return out;
}

// An HTTP response's HTML body, or nothing (not HTML, or an encoding we do not undo), and
// the charset its Content-Type names.
std::optional<std::string> html_body(std::string_view http, std::string& error, std::string& charset)
{
    if (!http.starts_with("HTTP/"))
        return std::nullopt;
    Headers headers;
    const auto start = read_headers(http, 0, headers);
    if (start == std::string_view::npos || headers["content-type"].find("html") == std::string::npos)
        return std::nullopt;
    charset = ingest::declared_charset(headers["content-type"]);
    if (const auto& enc = headers["content-encoding"]; !enc.empty() && enc != "identity") {
        error = "HTTP payload compressed with " + enc;
        return std::nullopt;
    }
    const auto body = http.substr(start);
    if (text::to_lower(headers["transfer-encoding"]).find("chunked") != std::string::npos) {
        auto plain = dechunk(body);
        if (!plain)
            error = "bad chunked encoding";
        return plain;
    }
    return std::string(body);
}

}  // namespace

bool is_warc(std::string_view bytes)
{
    return bytes.starts_with("WARC/");
}

Pages parse_warc(std::string_view bytes, const SourceRef& source)
{
    Pages out;
    std::size_t pos = 0;
    int record = 0;
    while (pos < bytes.size()) {
        while (pos < bytes.size() && (bytes[pos] == '\r' || bytes[pos] == '\n'))
            ++pos;
        if (pos >= bytes.size())
            break;
        ++record;
        Headers headers;
        const auto start = bytes.substr(pos).starts_with("WARC/") ? read_headers(bytes, pos, headers) : std::string_view::npos;
        std::size_t length = 0;
        const auto& length_text = headers["content-length"];
        if (start == std::string_view::npos ||
            std::from_chars(length_text.data(), length_text.data() + length_text.size(), length).ec != std::errc{} ||
            length > bytes.size() - start) {  // not start + length: a length near 2^64 wraps
            out.problems.push_back(Problem{source, 0, Reason::BadRecord,
                                           fmt::format("record {}: malformed WARC header; the rest is not read", record)});
            break;
        }
        pos = start + length;  // past this record's headers at least: the loop always moves on
        if (headers["warc-type"] != "response")
            continue;
        std::string error, charset;
        auto html = html_body(bytes.substr(start, length), error, charset);
        const auto& uri = headers["warc-target-uri"];
        if (!html) {
            if (!error.empty())
                out.problems.push_back(Problem{source, 0, Reason::BadRecord, uri + ": " + error});
            continue;
        }
        auto decoded = ingest::decode(std::move(*html), charset);
        auto page = decoded.failure ? std::nullopt : parse_html_page(decoded.text);
        if (!page) {
            out.problems.push_back(Problem{source, 0, Reason::NoArticle, uri});
            continue;
        }
        if (page->url.empty())
            page->url = uri;
        page->reference_date = fields::parse_metadata_date(headers["warc-date"]);
        page->external_id = headers["warc-record-id"];
        out.pages.push_back(std::move(*page));
    }
    return out;
}

}  // namespace dateline::article
