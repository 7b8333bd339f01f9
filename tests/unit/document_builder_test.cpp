#include <doctest/doctest.h>

#include <set>

#include "dateline/index/document_builder.hpp"
#include "dateline/schema/section_data.hpp"
#include "dateline/schema/schema.hpp"

using namespace dateline;

namespace {

Article sample()
{
    Article a;
    a.id = "abc123";
    a.source = {"/archive/2017/01/12/x.txt", {}};
    a.title = "Kremlin rejects hacker claims";
    a.subtitle = "Peskov speaks";
    a.date = calendar::Date{2017, 1, 12};
    a.date_source = DateSource::Path;
    a.location = "St. Petersburg";
    a.agency = "TASS";
    a.sections.push_back(Section{0, std::nullopt, {"Lead text about Putin."}, {}, {}, {}});
    a.sections.push_back(Section{1, "On alleged attacks", {"Moscow denies everything, Peskov said."},
                                 {"Dmitry Peskov", "Rex Tillerson"}, {}, {}});
    return a;
}

std::set<std::string> terms(const Xapian::Document& doc)
{
    std::set<std::string> out;
    for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it)
        out.insert(*it);
    return out;
}

Xapian::termcount wdf(const Xapian::Document& doc, const std::string& term)
{
    auto it = doc.termlist_begin();
    it.skip_to(term);
    return it != doc.termlist_end() && *it == term ? it.get_wdf() : 0;
}

}  // namespace

TEST_CASE("index/document_builder: terms of a section")
{
    index::DocumentBuilder builder;
    const auto a = sample();
    const auto doc = builder.build(a, a.sections[1]);
    const auto t = terms(doc);
    for (const char* expected : {"Qabc123-1", "XARTabc123", "XSPEAKER:dmitry peskov", "XSPEAKER:peskov",
                                 "XSPEAKER:rex tillerson", "XSPEAKER:tillerson", "XLOC:st. petersburg",
                                 "XAGENCY:tass", "XD20170112", "XM201701", "XY2017", "Shacker", "ZShacker",
                                 "XHEADalleged", "Zattack", "Zdeni", "moscow"}) {
        CAPTURE(expected);
        CHECK(t.contains(expected));
    }
    // The subtitle and the other section's text stay out; no term for people only mentioned.
    for (const char* absent : {"speaks", "Zspeak", "lead", "XSPEAKER:vladimir putin", "XSPEAKER:putin"}) {
        CAPTURE(absent);
        CHECK_FALSE(t.contains(absent));
    }
    // Title and heading words weigh more than body words.
    CHECK(wdf(doc, "hacker") == 3);
    CHECK(wdf(doc, "alleged") == 2);
    CHECK(wdf(doc, "moscow") == 1);
}

TEST_CASE("index/document_builder: values and data")
{
    index::DocumentBuilder builder;
    const auto a = sample();
    const auto doc = builder.build(a, a.sections[1]);
    CHECK(doc.get_value(schema::slot(schema::Slot::Date)) == "20170112");
    CHECK(doc.get_value(schema::slot(schema::Slot::Month)) == "2017-01");
    CHECK(doc.get_value(schema::slot(schema::Slot::Location)) == "St. Petersburg");
    CHECK(doc.get_value(schema::slot(schema::Slot::Speakers)) == "Dmitry Peskov\x1fRex Tillerson");
    CHECK(doc.get_value(schema::slot(schema::Slot::ArticleId)) == "abc123");
    const auto data = schema::decode_section_data(doc.get_data());
    CHECK(data.id == "abc123-1");
    CHECK(data.heading == "On alleged attacks");
    CHECK(data.date == "2017-01-12");
    CHECK(data.speakers == std::vector<std::string>{"Dmitry Peskov", "Rex Tillerson"});
    CHECK(data.subtitle.empty());
    const auto lead = schema::decode_section_data(builder.build(a, a.sections[0]).get_data());
    CHECK(lead.subtitle == "Peskov speaks");
    CHECK_FALSE(lead.heading.has_value());
}

TEST_CASE("index/document_builder: an undated article has no date terms or value")
{
    index::DocumentBuilder builder;
    auto a = sample();
    a.date.reset();
    const auto doc = builder.build(a, a.sections[0]);
    CHECK(doc.get_value(schema::slot(schema::Slot::Date)).empty());
    for (const auto& term : terms(doc))
        CHECK_FALSE(term.starts_with("XD"));
    CHECK_FALSE(schema::decode_section_data(doc.get_data()).date.has_value());
}
