#include "dateline/fields/tokens.hpp"

#include <xapian.h>

#include "dateline/fields/names.hpp"
#include "dateline/text/chars.hpp"
#include "dateline/text/strings.hpp"

namespace dateline::fields {

namespace {

bool is_word_char(unsigned ch)
{
    return text::is_wordchar(ch) || ch == '-' || ch == '\'' || ch == 0x2019 || ch == '.';
}

// Trailing dots belong to the sentence, except in initials and "St.".
std::string_view trim_word(std::string_view word)
{
    while (!word.empty() && (word.back() == '-' || word.back() == '\''))
        word.remove_suffix(1);
    if (word.ends_with('.') && !(word.size() == 2 && text::starts_upper(word)) && word != "St.")
        word.remove_suffix(1);
    return word;
}

// "Peskov", and Arabic names with a lowercase article: "al-Falih", "el-Sisi".
bool starts_name(std::string_view word)
{
    if (text::starts_upper(word))
        return true;
    // Most words have no hyphen in third or fourth place: they are done without comparing.
    if (word.size() < 4 || (word[2] != '-' && word[3] != '-'))
        return false;
    static constexpr std::string_view articles[] = {"al-", "el-", "ad-", "as-", "bin-"};
    for (const auto article : articles)
        if (word.starts_with(article) && text::starts_upper(word.substr(article.size())))
            return true;
    return false;
}

// The character at byte i and its length in bytes: ASCII read directly (most of the text, and
// tokenizing is a third of attribution), the rest as Xapian's Utf8Iterator reads it, broken
// sequences included.
struct Decoded {
    unsigned ch;
    std::size_t length;
};

Decoded decode_multibyte(std::string_view text, std::size_t i)
{
    Xapian::Utf8Iterator it;  // then assign(): GCC sees every member set
    it.assign(text.data() + i, text.size() - i);
    const unsigned ch = *it;
    ++it;
    return {ch, static_cast<std::size_t>(it.raw() - (text.data() + i))};
}

inline Decoded decode_at(std::string_view text, std::size_t i)
{
    const auto c = static_cast<unsigned char>(text[i]);
    return c < 0x80 ? Decoded{c, 1} : decode_multibyte(text, i);
}

}  // namespace

std::vector<Token> tokenize(std::string_view paragraph)
{
    std::vector<Token> tokens;
    tokens.reserve(paragraph.size() / 4);  // a token per six bytes or so: rarely grown
    std::size_t i = 0;
    bool after_space = true;
    while (i < paragraph.size()) {
        const auto [ch, length] = decode_at(paragraph, i);
        const auto start = i;
        if (text::is_wordchar(ch)) {
            i += length;
            while (i < paragraph.size()) {
                const auto next = decode_at(paragraph, i);
                if (!is_word_char(next.ch))
                    break;
                i += next.length;
            }
            auto word = paragraph.substr(start, i - start);
            auto trimmed = trim_word(word);
            Token t{Token::Kind::Word, trimmed, {}, starts_name(trimmed), false};
            static constexpr std::string_view possessives[] = {"'s", "\u2019s"};
            for (const auto s : possessives) {
                if (t.text.ends_with('s') && t.text.ends_with(s)) {
                    t.text.remove_suffix(s.size());
                    t.possessive = true;
                }
            }
            t.lower = text::to_lower(t.text);
            t.name = name_shaped(t);
            tokens.push_back(std::move(t));
            if (trimmed.size() < word.size() && word.ends_with('.'))
                tokens.push_back(Token{Token::Kind::Stop, ".", ".", false, false});
            after_space = false;
            continue;
        }
        i += length;
        // Reuters brackets company names (`<Mitsui and Co Ltd> said`): the name, not a word
        // between it and the verb.
        const bool bracket = ch == '<' || ch == '>';
        const bool space = text::is_whitespace(ch);
        const bool was_after_space = after_space;
        after_space = space || ch == '(' || ch == 0x201C || (bracket && after_space);
        if (space || bracket)
            continue;  // no token: spaces and brackets are only read for after_space
        const auto raw = paragraph.substr(start, length);
        Token t{Token::Kind::Other, raw, std::string(raw), false, false};
        switch (ch) {
        case ',': t.kind = Token::Kind::Comma; break;
        case '.': case '!': case '?': case ';': t.kind = Token::Kind::Stop; break;
        case ':': t.kind = Token::Kind::Colon; break;
        case 0x201C: case 0x00AB: t.kind = Token::Kind::OpenQuote; break;
        case 0x201D: case 0x00BB: t.kind = Token::Kind::CloseQuote; break;
        case '"': t.kind = was_after_space ? Token::Kind::OpenQuote : Token::Kind::CloseQuote; break;
        case '-': case 0x2013: case 0x2014: t.kind = Token::Kind::Dash; break;
        default: break;
        }
        tokens.push_back(std::move(t));
    }
    return tokens;
}

}  // namespace dateline::fields
