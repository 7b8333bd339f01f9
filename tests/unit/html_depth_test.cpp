#include <string>

#include <doctest/doctest.h>

#include "dateline/article/html_depth.hpp"

using dateline::article::flatten_deep_markup;

namespace {

std::string nested(const std::string& tag, int n, const std::string& inner)
{
    std::string out;
    for (int i = 0; i < n; ++i)
        out += "<" + tag + " class=\"x>y\">";
    out += inner;
    for (int i = 0; i < n; ++i)
        out += "</" + tag + ">";
    return out;
}

}  // namespace

TEST_CASE("article/html_depth: markup within the depth is left as it is")
{
    CHECK_FALSE(flatten_deep_markup(nested("div", 3, "<p>text</p>"), 3).has_value());
    // Elements that do not deepen the tree: void, self-closed, optional end tags, raw text.
    std::string flat = "<div>";
    for (int i = 0; i < 50; ++i)
        flat += "<p>one<br><img src=a><li>two<x/><td>three<script>if (a<b) { '<div>' }</script>";
    CHECK_FALSE(flatten_deep_markup(flat + "</div>", 2).has_value());
    CHECK_FALSE(flatten_deep_markup("<!-- <div><div><div> --><div>a</div>", 1).has_value());
}

TEST_CASE("article/html_depth: tags deeper than the bound go, their text stays")
{
    const auto got = flatten_deep_markup(nested("div", 5, "<p>story</p>"), 2);
    REQUIRE(got.has_value());
    CHECK(*got == "<div class=\"x>y\"><div class=\"x>y\"><p>story</p></div></div>");
    CHECK(*flatten_deep_markup("<b><i><u>a</u>b</i>c</b>", 1) == "<b>abc</b>");
}

TEST_CASE("article/html_depth: 200,000 levels are flattened in one pass")
{
    const auto got = flatten_deep_markup(nested("div", 200000, "story"));
    REQUIRE(got.has_value());
    CHECK(got->find("story") != std::string::npos);
    CHECK(got->size() < 512 * 40);
}
