#include "dateline/section/splitter.hpp"

#include "dateline/text/strings.hpp"

namespace dateline::section {

namespace {

constexpr std::size_t MaxHeadingWords = 12;
constexpr std::size_t MaxHeadingBytes = 110;

bool ends_sentence(std::string_view text)
{
    static constexpr std::string_view closers[] = {".", "!", "?", ":", ";", ",", "\"", "'", ")",
                                                   "\u201D", "\u2019", "\u2026", "\u00BB"};
    for (auto closer : closers)
        if (text.ends_with(closer))
            return true;
    return false;
}

}  // namespace

bool looks_like_heading(std::string_view paragraph)
{
    if (paragraph.empty() || paragraph.size() > MaxHeadingBytes || ends_sentence(paragraph))
        return false;
    if (!text::starts_upper(paragraph) && !(paragraph[0] >= '0' && paragraph[0] <= '9'))
        return false;
    return text::split_words(paragraph).size() <= MaxHeadingWords;
}

namespace {

using Role = Block::Role;

bool is_heading(const Block& block)
{
    return block.role == Role::Heading || (block.role == Role::Unknown && looks_like_heading(block.text));
}

}  // namespace

std::vector<Section> split_sections(std::vector<Block> body)
{
    std::vector<Section> sections(1);
    for (std::size_t i = 0; i < body.size(); ++i) {
        const bool has_text_after = i + 1 < body.size() && !is_heading(body[i + 1]);
        if (is_heading(body[i]) && has_text_after) {
            Section next;
            next.ordinal = static_cast<int>(sections.size());
            next.heading = std::move(body[i].text);
            sections.push_back(std::move(next));
        } else {
            sections.back().paragraphs.push_back(std::move(body[i].text));
        }
    }
    if (sections.front().paragraphs.empty() && sections.size() > 1) {
        sections.erase(sections.begin());
        for (auto& s : sections)
            --s.ordinal;
    }
    return sections;
}

}  // namespace dateline::section
