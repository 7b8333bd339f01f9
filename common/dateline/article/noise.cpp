#include "dateline/article/noise.hpp"

#include <algorithm>
#include <array>

#include "dateline/text/strings.hpp"

namespace dateline::article {

namespace {

// TASS's English site: the breadcrumb and rubric names saved above the title.
constexpr std::array<std::string_view, 14> Breadcrumbs{
    "all news", "russian politics & diplomacy", "world", "business & economy",
    "military & defense", "science & space", "emergencies", "society & culture",
    "sports", "press review", "in russia", "politics", "economy", "top news"};

// Lowercasing shrinks a character at most from three bytes to one (the Kelvin sign becomes
// "k"): a paragraph over three times a phrase's length cannot be that phrase, and most
// paragraphs are not lowercased at all.
bool longer_than_any(std::string_view paragraph, std::size_t longest)
{
    return paragraph.size() > 3 * longest;
}

bool is_read_also(std::string_view paragraph)
{
    if (longer_than_any(paragraph, std::string_view("read also:").size()))
        return false;
    const auto lower = text::to_lower(paragraph);
    return lower == "read also" || lower == "read also:" || lower == "see also" || lower == "also read";
}

bool is_caption_or_credit(std::string_view paragraph)
{
    // "© Mikhail Metzel/TASS", "Kremlin spokesman Dmitry Peskov © Mikhail Metzel/TASS", "Photo: ..."
    return paragraph.find("\u00A9") != std::string_view::npos || paragraph.starts_with("Photo:") ||
           paragraph.starts_with("Photo by ") || paragraph.starts_with("(c) ");
}

bool is_template_residue(std::string_view paragraph)
{
    return paragraph.find("{{") != std::string_view::npos && paragraph.find("}}") != std::string_view::npos;
}

// Wire sign-offs that follow the story: "Reporting by ...; Editing by ...", AP's trailer.
bool is_sign_off(std::string_view paragraph)
{
    for (std::string_view start : {"Reporting by ", "Additional reporting by ", "Editing by ", "Writing by ",
                                   "Compiled by ", "Follow AP", "Copyright 20", "Copyright 19"})
        if (paragraph.starts_with(start))
            return true;
    return paragraph.find_first_not_of("_-— ") == std::string_view::npos;
}

}  // namespace

bool is_noise_paragraph(std::string_view paragraph)
{
    return is_caption_or_credit(paragraph) || is_template_residue(paragraph) || is_sign_off(paragraph);
}

bool is_breadcrumb(std::string_view paragraph)
{
    constexpr std::size_t longest = [] {
        std::size_t n = 0;
        for (const auto b : Breadcrumbs)
            n = std::max(n, b.size());
        return n;
    }();
    if (longer_than_any(paragraph, longest))
        return false;
    const auto lower = text::to_lower(paragraph);
    return std::find(Breadcrumbs.begin(), Breadcrumbs.end(), lower) != Breadcrumbs.end();
}

std::vector<std::string> drop_noise(std::vector<std::string> paragraphs)
{
    std::vector<std::string> out;
    out.reserve(paragraphs.size());
    for (std::size_t i = 0; i < paragraphs.size(); ++i) {
        const auto& p = paragraphs[i];
        if (is_read_also(p)) {
            ++i;  // the linked headline of another story
            continue;
        }
        if (is_noise_paragraph(p))
            continue;
        out.push_back(std::move(paragraphs[i]));
    }
    return out;
}

}  // namespace dateline::article
