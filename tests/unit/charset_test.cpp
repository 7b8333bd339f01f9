// A page's declared charset is found and read (ingest/charset.hpp, ingest/decode.hpp).
#include <doctest/doctest.h>

#include "dateline/ingest/charset.hpp"
#include "dateline/ingest/decode.hpp"

using namespace dateline::ingest;

namespace {

// "Москва" in windows-1251 and in KOI8-R, and in UTF-8.
const std::string Cp1251 = "\xCC\xEE\xF1\xEA\xE2\xE0";
const std::string Koi8r = "\xED\xCF\xD3\xCB\xD7\xC1";
const std::string Utf8 = "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0";

}  // namespace

TEST_CASE("ingest/charset: the charset a page, an XML declaration or an HTTP header names")
{
    CHECK(declared_charset("<html><head><meta charset=\"windows-1251\">") == "windows-1251");
    CHECK(declared_charset("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=KOI8-R\">") == "koi8-r");
    CHECK(declared_charset("<?xml version=\"1.0\" encoding='ISO-8859-5'?><nitf>") == "iso-8859-5");
    CHECK(declared_charset("text/html; charset=windows-1251") == "windows-1251");
    CHECK(declared_charset("MOSCOW, March 3. /TASS/. No declaration here.").empty());
    // Only the head: a charset named deep in the text is a story's words, not a declaration.
    CHECK(declared_charset(std::string(2000, ' ') + "charset=koi8-r").empty());
    CHECK(is_utf8_name("utf-8"));
    CHECK(is_western_name("iso-8859-1"));
    CHECK(to_utf8(Cp1251, "windows-1251") == Utf8);
    CHECK(to_utf8(Koi8r, "koi8-r") == Utf8);
    CHECK_FALSE(to_utf8(Cp1251, "no-such-charset").has_value());
}

TEST_CASE("ingest/decode: bytes that are not UTF-8 are read in the charset declared")
{
    const auto page = decode("<html><head><meta charset=\"windows-1251\"></head><body>" + Cp1251 + "</body>");
    CHECK(page.text == "<html><head><meta charset=\"windows-1251\"></head><body>" + Utf8 + "</body>");
    CHECK(page.message == "windows-1251");
    // An HTTP header's charset wins over none in the page.
    CHECK(decode("<p>" + Koi8r + "</p>", "KOI8-R").text == "<p>" + Utf8 + "</p>");
    // Text that is UTF-8 stays UTF-8 whatever it declares; a Western name, or an unknown
    // one, is read as Windows-1252 as before.
    CHECK(decode("<meta charset=\"windows-1251\">" + Utf8).text == "<meta charset=\"windows-1251\">" + Utf8);
    CHECK(decode("<meta charset=\"iso-8859-1\">caf\xE9").message == "Windows-1252");
    CHECK(decode("<meta charset=\"x-unknown\">caf\xE9").message == "Windows-1252");
}
