// dateline-search show, stats and values end to end, and telling a command from a query word.
#include <doctest/doctest.h>

#include <sstream>

#include "run.hpp"

using nlohmann::json;

namespace {

e2e::Output search(std::vector<std::string> args)
{
    args.insert(args.begin(), {"--db", SAMPLE_DB});
    return e2e::search(args);
}

}  // namespace

TEST_CASE("search lookup: show prints a whole section, --article its whole article")
{
    const auto o = search({"show", e2e::compromising_section_id()});
    CHECK(o.exit_code == 0);
    CHECK(o.out.starts_with("Peskov says Kremlin has no compromising materials on Trump\n2017-01-11  Moscow  TASS\n"));
    CHECK(o.out.find("\u00A71 On alleged hacker attacks  id " + e2e::compromising_section_id() + "\nspeakers: Dmitry Peskov\n") !=
          std::string::npos);
    CHECK(o.out.find("\u00A70 ") == std::string::npos);  // just the one section
    CHECK(o.out.find("Russia has nothing to do with this") != std::string::npos);  // the whole text, not a snippet

    const auto article = json::parse(search({"show", e2e::compromising_section_id(), "--article", "--format", "json"}).out);
    const auto sections = e2e::search_json({"article:" + e2e::compromising_article_id(), "--limit", "0"})["total"];
    CHECK(article["sections"].size() == sections);
    CHECK(article["whole_article"] == true);
    CHECK(article["sections"][0]["section"] == 0);
    CHECK(article["title"] == "Peskov says Kremlin has no compromising materials on Trump");
    CHECK(json::parse(search({"show", e2e::compromising_article_id(), "--format", "json"}).out)["sections"].size() == sections);

    const auto missing = search({"show", "feedfeedfeedfeed-1"});
    CHECK(missing.exit_code == 1);
    CHECK(missing.out.empty());
    CHECK(missing.err == "no section or article with id 'feedfeedfeedfeed-1'\n");
    CHECK(search({"show"}).exit_code == 2);  // the id is required
}

TEST_CASE("search lookup: show --raw prints each stored record, every field, as a line of JSON")
{
    const auto o = search({"show", e2e::compromising_section_id(), "--article", "--raw"});
    CHECK(o.exit_code == 0);
    std::vector<json> records;
    std::istringstream lines(o.out);
    for (std::string line; std::getline(lines, line);)
        records.push_back(json::parse(line));
    const auto sections = e2e::search_json({"article:" + e2e::compromising_article_id(), "--limit", "0"})["total"];
    REQUIRE(records.size() == sections);
    const auto& lead = records.front();
    CHECK(lead["section"] == 0);
    CHECK(lead["article_id"] == e2e::compromising_article_id());
    CHECK(lead["title"] == "Peskov says Kremlin has no compromising materials on Trump");
    CHECK(lead["date"] == "2017-01-11");
    CHECK(lead["location"] == "Moscow");
    // What the formatted output leaves out is there too: the stored record whole.
    for (const auto* key : {"date_source", "external_id", "subtitle", "duplicates", "quotes", "organizations"})
        CHECK_MESSAGE(lead.contains(key), key);
    const auto& second = records.at(1);
    CHECK(second["id"] == e2e::compromising_section_id());
    CHECK(second["heading"] == "On alleged hacker attacks");
    CHECK(second["speakers"] == json::array({"Dmitry Peskov"}));
    CHECK(second["text"].get<std::string>().find("Russia has nothing to do with this") != std::string::npos);
}

TEST_CASE("search lookup: stats describes the index")
{
    const auto s = json::parse(search({"stats", "--format", "json", "--top", "3"}).out);
    CHECK(s["sections"] == 101);
    CHECK(s["articles"] == 54);
    CHECK(s["sources"] == 54);
    CHECK(s["dated_sections"] == 101);
    CHECK(s["first_date"] == "2016-03-09");
    CHECK(s["last_date"] == "2019-12-23");
    CHECK(s["schema_version"] == "3");
    CHECK(s["size_bytes"].get<long>() > 0);
    CHECK(s["top"]["speaker"][0] == json{{"value", "Dmitry Peskov"}, {"count", 29}});
    CHECK(s["top"]["location"][0] == json{{"value", "Moscow"}, {"count", 56}});
    CHECK(s["top"]["speaker"].size() == 3);
    const auto text = search({"stats"}).out;
    CHECK(text.find("sections       101 (101 dated, 0 undated)\n") != std::string::npos);
    CHECK(text.find("articles       54\n") != std::string::npos);
    CHECK(text.find("top speakers   Dmitry Peskov 29 \u00B7 Sergey Lavrov 18") != std::string::npos);
}

TEST_CASE("search lookup: values lists every value with its count, to learn spellings")
{
    CHECK(search({"values", "speaker", "--prefix", "pes"}).out == "29  Dmitry Peskov\n");
    CHECK(search({"values", "speaker", "--prefix", "ZAKH"}).out == "7  Maria Zakharova\n");
    CHECK(search({"values", "year"}).out == "18  2016\n33  2017\n26  2018\n24  2019\n");
    CHECK(search({"values", "location", "--limit", "2"}).out ==
          "56  Moscow\n 9  United Nations\n(2 of 13 values; --limit 0 shows all)\n");
    const auto months = json::parse(search({"values", "month", "--format", "json"}).out)["values"];
    CHECK(months.front()["value"] == "2016-03");  // time order
    CHECK(months.back()["value"] == "2019-12");
    const auto none = search({"values", "speaker", "--prefix", "xyz"});
    CHECK(none.exit_code == 1);
    CHECK(none.err == "no speaker values start with 'xyz'\n");
    const auto bad = search({"values", "colour"});
    CHECK(bad.exit_code == 2);
    CHECK(bad.err == "error: unknown field 'colour'\nhint: fields are speaker, location, agency, organization, month, year\n");
}

TEST_CASE("search lookup: only the first word can be a command, and -- makes it a query word")
{
    // "show" later in a query is a word.
    const auto later = e2e::search_json({"kremlin", "show"});
    CHECK(later["query"] == "kremlin show");
    // After --, the first word too.
    const auto forced = e2e::search_json({"--", "show"});
    CHECK(forced["query"] == "show");
    // An option's value is not taken for a command.
    CHECK(e2e::search_json({"--speaker", "stats", "--limit", "0"})["total"] == 0);
    // Options may come before the command.
    CHECK(search({"--format", "json", "stats"}).exit_code == 0);
    CHECK(json::parse(search({"--format", "json", "stats"}).out)["sections"] == 101);
    // `--timeline` alone means month, even before the query.
    CHECK(e2e::search_json({"--timeline", "crimea", "--limit", "0"})["timeline"]["unit"] == "month");
    const auto help = e2e::search({"--help"});
    CHECK(help.exit_code == 0);
    CHECK(help.out.find("To search for a word that is a command name, put -- before the query:") != std::string::npos);
}
