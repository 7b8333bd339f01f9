#include <doctest/doctest.h>

#include "dateline/error.hpp"
#include "dateline/schema/section_data.hpp"

#include <nlohmann/json.hpp>

using namespace dateline;
using namespace dateline::schema;

namespace {

Article article()
{
    Article a;
    a.id = "ea3b9ae32e3c298b";
    a.title = "Peskov: \u00ABno comment\u00BB";
    a.subtitle = "The Kremlin answers";
    a.url = "https://example.org/1";
    a.external_id = "tass-42";
    a.date = calendar::Date{2017, 1, 11};
    a.location = "Moscow";
    a.agency = "TASS";
    a.source.path = "tass/2017/01.txt";
    Section lead;
    lead.ordinal = 0;
    lead.paragraphs = {"MOSCOW, January 11. /TASS/. The Kremlin has nothing."};
    Section second;
    second.ordinal = 1;
    second.heading = "";  // an empty sub-heading is not a missing one
    second.paragraphs = {"\"Russia has nothing to do with this,\" Peskov said."};
    second.speakers = {"Dmitry Peskov"};
    second.organizations = {"Kremlin"};
    second.quotes = {Quote{"Dmitry Peskov", "Russia has nothing to do with this"}, Quote{"", "unnamed"}};
    a.sections = {lead, second};
    return a;
}

}  // namespace

TEST_CASE("section data: every field comes back as written")
{
    const auto a = article();
    const auto lead = decode_section_data(encode_section_data(a, a.sections[0], "ea3b9ae32e3c298b-0"));
    CHECK(lead.id == "ea3b9ae32e3c298b-0");
    CHECK(lead.article_id == a.id);
    CHECK(lead.section == 0);
    CHECK(lead.title == a.title);
    CHECK(lead.url == a.url);
    CHECK(lead.external_id == "tass-42");
    CHECK(lead.subtitle == "The Kremlin answers");
    CHECK_FALSE(lead.heading.has_value());
    CHECK(lead.text == "MOSCOW, January 11. /TASS/. The Kremlin has nothing.");
    CHECK(lead.date == "2017-01-11");
    CHECK(lead.location == "Moscow");
    CHECK(lead.agency == "TASS");
    CHECK(lead.source == "tass/2017/01.txt");
    CHECK(lead.duplicates.empty());

    const auto second = decode_section_data(encode_section_data(a, a.sections[1], "ea3b9ae32e3c298b-1"));
    CHECK(second.section == 1);
    CHECK(second.subtitle.empty());  // stored with section 0 only
    REQUIRE(second.heading.has_value());
    CHECK(second.heading->empty());
    CHECK(second.speakers == std::vector<std::string>{"Dmitry Peskov"});
    CHECK(second.organizations == std::vector<std::string>{"Kremlin"});
    REQUIRE(second.quotes.size() == 2);
    CHECK(second.quotes[0].speaker == "Dmitry Peskov");
    CHECK(second.quotes[1].text == "unnamed");

    auto undated = a;
    undated.date.reset();
    CHECK_FALSE(decode_section_data(encode_section_data(undated, a.sections[0], "x-0")).date.has_value());
}

TEST_CASE("section data: with_duplicates sets the list and keeps the rest")
{
    const auto a = article();
    const auto data = encode_section_data(a, a.sections[1], "ea3b9ae32e3c298b-1");
    const auto listed = with_duplicates(data, {"a.txt", "b.txt"});
    const auto s = decode_section_data(listed);
    CHECK(s.duplicates == std::vector<std::string>{"a.txt", "b.txt"});
    CHECK(s.text == decode_section_data(data).text);
    CHECK(with_duplicates(listed, {}) == data);
}

TEST_CASE("section data: a damaged record is refused, never read past its end")
{
    const auto a = article();
    const auto data = encode_section_data(a, a.sections[1], "ea3b9ae32e3c298b-1");
    // Cut anywhere: an error, never a record.
    for (std::size_t n = 0; n < data.size(); ++n)
        CHECK_THROWS_AS(decode_section_data(data.substr(0, n)), Error);
    CHECK_THROWS_AS(decode_section_data(data + "x"), Error);  // bytes after the last field
    // Another version's record (a schema 2 index held JSON) says so.
    try {
        (void)decode_section_data(R"({"id":"x-0"})");
        FAIL("a JSON record was read");
    } catch (const Error& e) {
        CHECK(std::string(e.what()).find("another schema version") != std::string::npos);
    }
    // A length far beyond the record fails at once, without reserving it.
    std::string huge = data.substr(0, 1);
    huge += "\xff\xff\xff\xff\xff\xff\xff\xff\x7f";
    CHECK_THROWS_AS(decode_section_data(huge), Error);
    // A number with a redundant byte (0 as 0x80 0x00) would not write back the same: refused.
    std::string padded = data.substr(0, 1) + "\x92\x00" + data.substr(2);
    CHECK(static_cast<unsigned char>(data[1]) == 0x12);  // the id's length: 18 bytes, one byte
    CHECK_THROWS_AS(decode_section_data(padded), Error);
}

TEST_CASE("section data: --raw's JSON holds every stored field")
{
    const auto a = article();
    auto s = decode_section_data(encode_section_data(a, a.sections[1], "ea3b9ae32e3c298b-1"));
    s.duplicates = {"copy.txt"};
    const auto j = nlohmann::json::parse(section_data_json(s));
    CHECK(j["id"] == "ea3b9ae32e3c298b-1");
    CHECK(j["heading"] == "");
    CHECK(j["date"] == "2017-01-11");
    CHECK(j["date_source"] == s.date_source);
    CHECK(j["quotes"][1]["text"] == "unnamed");
    CHECK(j["duplicates"] == nlohmann::json::array({"copy.txt"}));
    CHECK(j.size() == 18);  // one key per SectionData field
}
