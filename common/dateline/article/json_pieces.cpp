#include "dateline/article/json_pieces.hpp"

#include <algorithm>

#include "dateline/text/strings.hpp"

namespace dateline::article {

void cut_json_lines(std::string_view text, std::size_t piece_bytes,
                    const std::function<void(std::string_view piece, const PiecePlace& place, bool last)>& piece)
{
    piece_bytes = std::max<std::size_t>(piece_bytes, 1);
    PiecePlace place;
    if (text.empty()) {
        piece(text, place, true);
        return;
    }
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = std::min(text.size(), start + piece_bytes);
        if (end < text.size()) {
            const auto nl = text.find('\n', end - 1);
            end = nl == std::string_view::npos ? text.size() : nl + 1;
        }
        const auto part = text.substr(start, end - start);
        piece(part, place, end == text.size());
        for (std::size_t from = 0; from < part.size();) {
            auto to = part.find('\n', from);
            if (to == std::string_view::npos)
                to = part.size();
            ++place.lines_before;
            place.records_before += !text::trim(part.substr(from, to - from)).empty();
            from = to + 1;
        }
        start = end;
    }
}

bool is_json_lines(std::string_view name)
{
    return name.ends_with(".jsonl") || name.ends_with(".ndjson");
}

}  // namespace dateline::article
