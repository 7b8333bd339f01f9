#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "dateline/article/json_records.hpp"

using namespace dateline::article;

namespace {

std::vector<std::string> shown(const std::vector<RecordText>& records)
{
    std::vector<std::string> out;
    for (const auto& r : records)
        out.push_back(std::to_string(r.line) + ":" + std::string(r.text));
    return out;
}

}  // namespace

TEST_CASE("article/json_records: an array is cut into its elements, each with the line it starts on")
{
    const auto got = split_json_array("\n[\n  {\"a\": [1, 2], \"b\": {\"c\": \"]}\"}},\n  {\"t\": \"q\\\"],\"},\n\n  7 ,\"s\"\n]\n");
    REQUIRE(got.has_value());
    CHECK(shown(*got) == std::vector<std::string>{"3:{\"a\": [1, 2], \"b\": {\"c\": \"]}\"}}", "4:{\"t\": \"q\\\"],\"}",
                                                  "6:7", "6:\"s\""});
    CHECK(split_json_array("[]")->empty());
    CHECK(shown(*split_json_array("[1,,2,]")) == std::vector<std::string>{"1:1", "1:2"});
}

TEST_CASE("article/json_records: what is not one balanced array is not cut")
{
    CHECK_FALSE(split_json_array("{\"a\": 1}").has_value());
    CHECK_FALSE(split_json_array("[1, 2").has_value());
    CHECK_FALSE(split_json_array("[1, \"2]").has_value());
    CHECK_FALSE(split_json_array("[1]\n[2]\n").has_value());  // JSON Lines of arrays
    CHECK_FALSE(split_json_array("[1}]").has_value());
    const std::string deep(100000, '[');
    CHECK_FALSE(split_json_array(deep).has_value());  // no recursion, however deep
    CHECK(split_json_array(deep + std::string(100000, ']'))->size() == 1);
}

TEST_CASE("article/json_records: JSON Lines keep their line numbers, blank lines left out")
{
    CHECK(shown(split_json_lines("{\"a\":1}\n\n  \n{\"b\":2}\r\n{\"c\":3}")) ==
          std::vector<std::string>{"1:{\"a\":1}", "4:{\"b\":2}", "5:{\"c\":3}"});
}
