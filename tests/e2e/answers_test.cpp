// Every known answer in sample_corpus/ANSWERS.md, checked against a real search.
#include <fstream>
#include <regex>
#include <string>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include "run.hpp"

namespace {

struct Answer {
    std::string number, question, args, check, expected;
};

std::vector<Answer> read_answers()
{
    std::ifstream in(std::string(SAMPLE_CORPUS) + "/ANSWERS.md");
    // | 3 | question | `args` | check | answer |
    const std::regex row(R"(^\|\s*(\d+)\s*\|\s*(.*?)\s*\|\s*`(.*)`\s*\|\s*(.*?)\s*\|\s*(.*?)\s*\|\s*$)");
    std::vector<Answer> answers;
    for (std::string line; std::getline(in, line);) {
        std::smatch m;
        if (std::regex_match(line, m, row))
            answers.push_back({m[1], m[2], m[3], m[4], m[5]});
    }
    return answers;
}

std::string facet_top(const nlohmann::json& facet)
{
    if (facet.empty())
        return "(none)";
    return fmt::format("{} ({})", facet[0]["value"].get<std::string>(), facet[0]["count"].get<int>());
}

std::string actual(const Answer& a, const nlohmann::json& r)
{
    if (a.check == "total")
        return std::to_string(r["total"].get<int>());
    if (a.check == "top speaker")
        return facet_top(r["facets"]["speaker"]);
    if (a.check == "top location")
        return facet_top(r["facets"]["location"]);
    if (a.check == "top month")
        return facet_top(r["facets"]["month"]);
    if (a.check == "first title")
        return r["hits"].empty() ? "(no hits)" : r["hits"][0]["title"].get<std::string>();
    if (a.check.starts_with("speaker count ")) {
        const auto name = a.check.substr(std::string("speaker count ").size());
        for (const auto& v : r["facets"]["speaker"])
            if (v["value"] == name)
                return std::to_string(v["count"].get<int>());
        return "0";
    }
    FAIL("unknown check in ANSWERS.md: " << a.check);
    return {};
}

}  // namespace

TEST_CASE("answers: every known answer in sample_corpus/ANSWERS.md")
{
    const auto answers = read_answers();
    REQUIRE(answers.size() >= 20);  // the table was read, not silently skipped
    for (const auto& a : answers) {
        CAPTURE(a.number);
        CAPTURE(a.question);
        CAPTURE(a.args);
        const auto result = e2e::search_json(e2e::split_args(a.args));
        CHECK(actual(a, result) == a.expected);
    }
}
