#include <doctest/doctest.h>

#include "dateline/ingest/decode.hpp"

using namespace dateline;
using namespace dateline::ingest;

TEST_CASE("ingest/decode: encodings become UTF-8")
{
    CHECK(decode("caf\xC3\xA9").text == "caf\xC3\xA9");
    CHECK(decode("\xEF\xBB\xBF" "abc").text == "abc");
    CHECK(decode(std::string("\xFF\xFE" "a\0b\0", 6)).text == "ab");
    CHECK(decode(std::string("\xFE\xFF\0a\0b", 6)).text == "ab");
    const auto latin = decode("caf\xE9 \x93quoted\x94");
    CHECK(latin.text == "caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D");
    CHECK(latin.message == "Windows-1252");
    CHECK(decode("a\r\nb\rc").text == "a\nb\nc");
    CHECK(decode("a\nb\n").text == "a\nb\n");  // no carriage return: handed on as it is
}

TEST_CASE("ingest/decode: UTF-8 with a few bad bytes stays UTF-8, each bad byte replaced")
{
    // One stray byte in UTF-8 text turned every accented letter into mojibake as Windows-1252.
    const auto mixed = decode("Z\xC3\xBCrich, Gen\xC3\xA8ve \xE2\x80\x9Cquoted\xE2\x80\x9D, a stray \xFF, a cut \xE2\x80");
    CHECK(mixed.text == "Z\xC3\xBCrich, Gen\xC3\xA8ve \xE2\x80\x9Cquoted\xE2\x80\x9D, a stray \xEF\xBF\xBD, a cut "
                        "\xEF\xBF\xBD\xEF\xBF\xBD");
    CHECK(mixed.replaced == 3);
    CHECK(mixed.message == "UTF-8");
    CHECK(is_valid_utf8(mixed.text));
    CHECK(replaced_message(1) == "1 byte not UTF-8 in UTF-8 text, replaced by U+FFFD");
    // As many bad bytes as good characters: Windows-1252 (its accents are the bad bytes).
    const auto latin = decode("\xC3\xA9t\xE9 caf\xE9 na\xEFve");
    CHECK(latin.message == "Windows-1252");
    CHECK(latin.replaced == 0);
    CHECK(decode("caf\xC3\xA9").replaced == 0);
}

TEST_CASE("ingest/decode: what is not text")
{
    CHECK(decode("").failure == Reason::Empty);
    CHECK(decode(" \n\t ").failure == Reason::Empty);
    CHECK(decode(std::string("ab\0cd", 5)).failure == Reason::Binary);
    CHECK(decode(std::string(100, '\x01')).failure == Reason::Binary);
    // A stray control character in real copy (Reuters has ^C) is still text.
    CHECK_FALSE(decode(std::string(200, 'a') + "\x03").failure.has_value());
}

TEST_CASE("ingest/decode: UTF-8 validation")
{
    CHECK(is_valid_utf8("plain"));
    CHECK(is_valid_utf8("\xE2\x80\x99"));
    CHECK_FALSE(is_valid_utf8("\xC0\xAF"));      // overlong
    CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));  // surrogate
    CHECK_FALSE(is_valid_utf8("\xE2\x80"));      // truncated
    CHECK_FALSE(is_valid_utf8("\x80"));
    // ASCII is checked eight bytes at a time: a bad byte is found at every offset of a block,
    // and a sequence that starts in one block and ends in the next is read whole.
    const std::string ascii(21, 'a');
    for (std::size_t at = 0; at <= ascii.size(); ++at) {
        CAPTURE(at);
        CHECK_FALSE(is_valid_utf8(ascii.substr(0, at) + "\x80" + ascii.substr(at)));
        CHECK_FALSE(is_valid_utf8(ascii.substr(0, at) + "\xE2\x80" + ascii.substr(at)));
        CHECK(is_valid_utf8(ascii.substr(0, at) + "\xE2\x80\x99" + ascii.substr(at)));
    }
}

TEST_CASE("ingest/decode: UTF-16 without a BOM is read by where its NUL bytes fall")
{
    const std::string le("G\0e\0n\0e\0v\0a\0,\0 \0M\0a\0y\0 \0" "5\0.\0\n\0", 30);
    const auto l = decode(le);
    CHECK_FALSE(l.failure.has_value());
    CHECK(l.text == "Geneva, May 5.\n");
    CHECK(l.message == "UTF-16LE without BOM");
    const std::string be("\0G\0e\0n\0e\0v\0a\0 \x04\x10", 16);  // and a Cyrillic letter
    CHECK(decode(be).text == "Geneva \xD0\x90");
    CHECK(decode(be).message == "UTF-16BE without BOM");
    // NULs at every other byte that decode to control characters are still binary.
    CHECK(decode(std::string("\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0", 12)).failure == Reason::Binary);
    // NULs at random places are not UTF-16.
    CHECK(decode(std::string("ab\0\0cd\0e", 9)).failure == Reason::Binary);
}
