#include <doctest/doctest.h>

#include "dateline/text/chars.hpp"
#include "dateline/text/strings.hpp"

using namespace dateline;

TEST_CASE("chars: the ASCII shortcuts answer as Xapian does, for every character")
{
    std::size_t differ = 0;
    for (unsigned ch = 0; ch <= 0x10FFFF; ++ch) {
        const bool same = text::is_wordchar(ch) == Xapian::Unicode::is_wordchar(ch) &&
                          text::is_whitespace(ch) == Xapian::Unicode::is_whitespace(ch) &&
                          text::is_upper(ch) ==
                              (Xapian::Unicode::get_category(ch) == Xapian::Unicode::UPPERCASE_LETTER) &&
                          text::tolower(ch) == Xapian::Unicode::tolower(ch);
        differ += same ? 0 : 1;
    }
    CHECK(differ == 0);
}

TEST_CASE("chars: to_lower decodes only what is not ASCII, broken bytes included")
{
    CHECK(text::to_lower("Dmitry PESKOV") == "dmitry peskov");
    CHECK(text::to_lower("\u00C9MILE \u0414\u041C\u0418\u0422\u0420\u0418\u0419 z") == "\u00E9mile \u0434\u043C\u0438\u0442\u0440\u0438\u0439 z");
    // What Xapian's iterator makes of bytes that are not UTF-8, as a whole-string walk did.
    std::string whole;
    const std::string broken = "A\xC3(B\x80 \xE2\x82 C\xF0";
    for (Xapian::Utf8Iterator it(broken.data(), broken.size()), end; it != end; ++it)
        Xapian::Unicode::append_utf8(whole, Xapian::Unicode::tolower(*it));
    CHECK(text::to_lower(broken) == whole);
}

TEST_CASE("chars: collapse_spaces folds every kind of space, ASCII or not, and keeps broken bytes")
{
    CHECK(text::collapse_spaces("  Dmitry \t\n Peskov\u00A0\u00A0said\u2003so  ") == "Dmitry Peskov said so");
    CHECK(text::collapse_spaces("") == "");
    CHECK(text::collapse_spaces(" \u00A0 ") == "");
    // A lead byte without its continuation is never a space, and is kept as it came.
    CHECK(text::collapse_spaces("x\xC3y  z\xE2\x80") == "x\xC3y z\xE2\x80");
    CHECK(text::collapse_spaces("caf\u00E9 \u00E9t\u00E9") == "caf\u00E9 \u00E9t\u00E9");
}

TEST_CASE("chars: fold is to_lower after collapse_spaces, on ASCII text and on the rest")
{
    CHECK(text::fold("  Peskov\tSAID \r\n\f\vSo. ") == "peskov said so.");
    const char* samples[] = {"", " ", "\t\n", "A", " MOSCOW, Jan 11 (TASS) - ", "x\v\fY",
                             "Caf\u00C9 \u00C9T\u00C9", "\u00A0Dmitry\u2003PESKOV\u00A0", "X\xC3Y  Z\xE2\x80",
                             "\u0130STANBUL  \u212A"};
    for (const char* sample : samples) {
        CAPTURE(sample);
        CHECK(text::fold(sample) == text::to_lower(text::collapse_spaces(sample)));
    }
}
