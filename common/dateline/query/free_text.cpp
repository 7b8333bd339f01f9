#include "dateline/query/free_text.hpp"

#include <cctype>
#include <optional>
#include <vector>

#include "dateline/query/stopwords.hpp"

namespace dateline::query {

namespace {

bool is_letter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
char upper(char c) { return static_cast<char>(std::toupper(static_cast<unsigned char>(c))); }
char lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

// One whitespace-separated piece of the query: [lead][core][tail], where lead is what may
// open a word in the query syntax and tail what may close it.
struct Piece {
    std::string_view lead, core, tail;
    std::size_t begin = 0, end = 0;  // in the text, lead to tail
};

Piece split_piece(std::string_view text, std::size_t begin, std::size_t end)
{
    Piece p{{}, text.substr(begin, end - begin), {}, begin, end};
    std::size_t lead = 0;
    while (lead < p.core.size() && std::string_view("(\"+-").find(p.core[lead]) != std::string_view::npos)
        ++lead;
    p.lead = p.core.substr(0, lead);
    p.core.remove_prefix(lead);
    std::size_t tail = p.core.size();
    while (tail > 0 && std::string_view(")\",;?!").find(p.core[tail - 1]) != std::string_view::npos)
        --tail;
    p.tail = p.core.substr(tail);
    p.core = p.core.substr(0, tail);
    return p;
}

std::vector<Piece> pieces(std::string_view text)
{
    std::vector<Piece> out;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i])))
            ++i;
        const auto start = i;
        while (i < text.size() && !std::isspace(static_cast<unsigned char>(text[i])))
            ++i;
        if (i > start)
            out.push_back(split_piece(text, start, i));
    }
    return out;
}

// `u.s.`, `U.S`, `u.s.a.`: the letters, when the core is two or more single letters joined
// by dots.
std::optional<std::string> dotted_letters(std::string_view core)
{
    std::string letters;
    for (std::size_t i = 0; i < core.size(); i += 2) {
        if (!is_letter(core[i]) || (i + 1 < core.size() && core[i + 1] != '.'))
            return std::nullopt;
        letters += lower(core[i]);
    }
    return letters.size() >= 2 ? std::optional(letters) : std::nullopt;
}

// `u`, `U.`: one letter, alone.
std::optional<char> single_letter(const Piece& p)
{
    if (!p.lead.empty() || !p.tail.empty())
        return std::nullopt;
    if ((p.core.size() == 1 || (p.core.size() == 2 && p.core[1] == '.')) && is_letter(p.core[0]))
        return lower(p.core[0]);
    return std::nullopt;
}

// `WHO`, `IT`: a word in capitals, not one of the query syntax's operators.
bool all_capitals(std::string_view core)
{
    for (std::string_view op : {"AND", "OR", "NOT", "XOR", "NEAR", "ADJ"})
        if (core == op)
            return false;
    if (core.size() < 2)
        return false;
    for (char c : core)
        if (!is_letter(c) || upper(c) != c)
            return false;
    return true;
}

bool has_lower_case(std::string_view text)
{
    for (char c : text)
        if (is_letter(c) && lower(c) == c)
            return true;
    return false;
}

std::string capitals(const std::string& letters)
{
    std::string out;
    for (char c : letters)
        out += upper(c);
    return out;
}

}  // namespace

AcronymText join_acronyms(std::string_view text, const HoldsTerm& holds)
{
    AcronymText out;
    const auto ps = pieces(text);
    const bool mixed_case = has_lower_case(text);
    std::size_t copied = 0;  // text before this offset is in out.text
    auto replace = [&](std::size_t begin, std::size_t end, std::string_view with) {
        out.text.append(text.substr(copied, begin - copied));
        out.text.append(with);
        copied = end;
    };
    for (std::size_t i = 0; i < ps.size(); ++i) {
        const auto& p = ps[i];
        if (auto letters = dotted_letters(p.core); letters && holds(*letters)) {
            replace(p.begin, p.end, std::string(p.lead) + capitals(*letters) + std::string(p.tail));
            out.acronyms.insert(*letters);
            continue;
        }
        if (single_letter(p)) {  // a run of single letters: `u s`, `U. S.`
            std::string letters;
            std::size_t j = i;
            while (j < ps.size() && single_letter(ps[j]))
                letters += *single_letter(ps[j++]);
            if (letters.size() >= 2 && holds(letters)) {
                replace(p.begin, ps[j - 1].end, capitals(letters));
                out.acronyms.insert(letters);
                i = j - 1;
            }
            continue;
        }
        if (mixed_case && all_capitals(p.core)) {
            std::string word;
            for (char c : p.core)
                word += lower(c);
            out.acronyms.insert(word);
        }
    }
    out.text.append(text.substr(copied));
    return out;
}

bool QueryStopper::operator()(const std::string& term) const
{
    if (acronyms_.count(term))
        return false;
    return (drop_letters_ && term.size() == 1 && is_letter(term[0])) || is_stopword(term);
}

}  // namespace dateline::query
