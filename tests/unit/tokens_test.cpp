// Paragraph -> tokens: what attribution reads.
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "dateline/fields/tokens.hpp"

using namespace dateline::fields;
using Kind = Token::Kind;

namespace {

std::vector<std::string> texts(const std::vector<Token>& tokens)
{
    std::vector<std::string> out;
    for (const auto& t : tokens)
        out.emplace_back(t.text);
    return out;
}

}  // namespace

TEST_CASE("fields/tokens: words, possessives, quotes and dashes, ASCII or not")
{
    const auto t = tokenize("\u201CWe won\u2019t,\u201D Peskov\u2019s aide said \u2014 \"calmly\". St. Petersburg");
    CHECK(texts(t) == std::vector<std::string>{"\u201C", "We", "won\u2019t", ",", "\u201D", "Peskov", "aide", "said",
                                               "\u2014", "\"", "calmly", "\"", ".", "St.", "Petersburg"});
    CHECK(t[0].kind == Kind::OpenQuote);
    CHECK(t[4].kind == Kind::CloseQuote);
    CHECK(t[5].possessive);
    CHECK(t[5].capitalised);
    CHECK(t[5].lower == "peskov");
    CHECK(t[8].kind == Kind::Dash);
    CHECK(t[9].kind == Kind::OpenQuote);  // straight quote after a space opens
    CHECK(t[11].kind == Kind::CloseQuote);
    CHECK(t[12].kind == Kind::Stop);
}

TEST_CASE("fields/tokens: a broken UTF-8 sequence is read a byte at a time, as Xapian reads it")
{
    // 0xE2 0x80 without its third byte: the lead is read as the letter U+00E2, and stays in
    // the word (as a whole-paragraph walk with Xapian's iterator read it).
    const auto t = tokenize("Ivanov\xE2\x80 said \xC3");
    CHECK(texts(t) == std::vector<std::string>{"Ivanov\xE2", "said", "\xC3"});
    CHECK(t[0].kind == Kind::Word);
    CHECK(t[2].kind == Kind::Word);
}
