// The search page's pieces: escaping, links, parameters -> arguments, the listen address,
// and pages that echo hostile text inert.
#include <doctest/doctest.h>

#include "dateline/error.hpp"
#include "dateline/search/snippets.hpp"
#include "dateline/serve/html.hpp"
#include "dateline/serve/listen.hpp"
#include "dateline/serve/page.hpp"
#include "dateline/serve/params.hpp"
#include "dateline/serve/svg_timeline.hpp"

using namespace dateline;
using namespace dateline::serve;

namespace {

struct Case {
    std::string in;
    std::string out;
};

// A title, name and snippet as an archive could hold them, meant to break out of the page.
search::SearchResult hostile_result()
{
    search::SearchResult r;
    r.query = "<script>alert(1)</script>";
    r.shown_query = r.query;
    r.suggestion = "\"><img src=x onerror=alert(2)>";
    r.total = r.total_sections = r.query_total = 1;
    r.limit = 10;
    search::Hit hit;
    hit.rank = 1;
    hit.section.id = "abc-1";
    hit.section.title = "<b>Title</b> & \"quotes\"";
    hit.section.heading = "<i>Heading</i>";
    hit.section.speakers = {"O'Brien <x>"};
    hit.snippet = std::string("before ") + search::MarkStart + "<u>word</u>" + search::MarkEnd + " after";
    r.hits.push_back(hit);
    r.facets = {{"speaker", {{"O'Brien <x>", 1}}}, {"location", {}}, {"agency", {}}, {"organization", {}},
                {"month", {{"2017-01", 1}}}};
    return r;
}

}  // namespace

TEST_CASE("serve/html: html_escape makes text inert in content and attributes")
{
    const std::vector<Case> cases{
        {"plain text", "plain text"},
        {"<script>", "&lt;script&gt;"},
        {"a & b", "a &amp; b"},
        {"\"quoted\" 'single'", "&quot;quoted&quot; &#39;single&#39;"},
        {"&amp;", "&amp;amp;"},
        {"line\nbreak", "line\nbreak"},
        {"bell\x07", "bell\xEF\xBF\xBD"},
        {"bad \xff byte", "bad \xEF\xBF\xBD byte"},
        {"Zakharova — “quote”", "Zakharova — “quote”"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.in);
        CHECK(html_escape(c.in) == c.out);
    }
}

TEST_CASE("serve/html: marked snippets become <mark>, their text escaped")
{
    const std::string m(1, search::MarkStart), e(1, search::MarkEnd);
    CHECK(marked_html("a " + m + "b<c" + e + " d") == "a <mark>b&lt;c</mark> d");
    CHECK(marked_html(m + "cut") == "<mark>cut</mark>");
    CHECK(marked_html("no marks & more") == "no marks &amp; more");
}

TEST_CASE("serve/html: url_encode and query_string")
{
    CHECK(url_encode("Dmitry Peskov") == "Dmitry%20Peskov");
    CHECK(url_encode("a&b=c/d?e#f\"<") == "a%26b%3Dc%2Fd%3Fe%23f%22%3C");
    CHECK(url_encode("safe-._~09AZaz") == "safe-._~09AZaz");
    CHECK(url_encode("ü") == "%C3%BC");
    CHECK(query_string({}) == "");
    CHECK(query_string({{"q", "hacker attacks"}, {"speaker", "O'Brien"}}) == "?q=hacker%20attacks&speaker=O%27Brien");
}

TEST_CASE("serve/params: parameters become the command's arguments, query words last")
{
    CHECK(to_arguments({{"q", "hacker attacks"}, {"speaker", "Peskov"}, {"speaker", "Lavrov"}, {"limit", "5"}},
                       SearchParams) ==
          std::vector<std::string>{"--speaker=Peskov", "--speaker=Lavrov", "--limit=5", "--", "hacker attacks"});
    // A value is one word with its option, even one that looks like an option.
    CHECK(to_arguments({{"speaker", "-x"}}, SearchParams) == std::vector<std::string>{"--speaker=-x"});
    // A query that looks like an option stays a query.
    CHECK(to_arguments({{"q", "--db /etc"}}, SearchParams) == std::vector<std::string>{"--", "--db /etc"});
    CHECK(to_arguments({{"per_article", "1"}, {"normalize", "0"}, {"quotes", "on"}}, SearchParams) ==
          std::vector<std::string>{"--per-article", "--quotes"});
    // A form's blank fields are as if absent.
    CHECK(to_arguments({{"q", ""}, {"since", ""}, {"sort", "newest"}}, SearchParams) ==
          std::vector<std::string>{"--sort=newest"});
    CHECK(to_arguments({{"article", "1"}}, ShowParams, {"abc-1"}) == std::vector<std::string>{"--article", "--", "abc-1"});
    CHECK(to_arguments({}, StatsParams).empty());
}

TEST_CASE("serve/params: unknown parameters and bad flag values are refused by name")
{
    // Options the page must not reach (the index, files to read) are no parameters.
    for (const std::string name : {"db", "queries", "format", "allow_program", "threads"}) {
        CAPTURE(name);
        CHECK_THROWS_WITH_AS(to_arguments({{name, "x"}}, SearchParams), ("unknown parameter '" + name + "'").c_str(),
                             Error);
    }
    CHECK_THROWS_WITH_AS(to_arguments({{"per_article", "maybe"}}, SearchParams),
                         "parameter per_article takes 1 or 0, not 'maybe'", Error);
    CHECK_THROWS_AS(to_arguments({{"q", "x"}}, StatsParams), Error);
}

TEST_CASE("serve/params: without and param")
{
    const QueryParams p{{"q", "a"}, {"speaker", "X"}, {"speaker", "Y"}};
    CHECK(without(p, "speaker") == QueryParams{{"q", "a"}});
    CHECK(param(p, "speaker") == "X");
    CHECK(param(p, "until").empty());
}

TEST_CASE("serve/listen: HOST:PORT")
{
    CHECK(parse_listen("127.0.0.1:8080").host == "127.0.0.1");
    CHECK(parse_listen("127.0.0.1:8080").port == 8080);
    CHECK(parse_listen("[::1]:0").host == "::1");
    CHECK(address_url(parse_listen("[::1]:9")) == "http://[::1]:9/");
    CHECK(address_url({"localhost", 8080}) == "http://localhost:8080/");
    for (const std::string bad : {"8080", "127.0.0.1", "127.0.0.1:", ":8080", "host:65536", "host:-1", "host:80x", "::1:80"}) {
        CAPTURE(bad);
        CHECK_THROWS_AS(parse_listen(bad), Error);
    }
    CHECK_THROWS_WITH_AS(parse_listen("localhost:99999"),
                         "--listen localhost:99999: the port must be a number from 0 to 65535", Error);
}

TEST_CASE("serve/page: hostile text from the index and the request is echoed inert")
{
    const QueryParams params{{"q", "<script>alert(1)</script>"}, {"agency", "\"><svg onload=x>"}};
    const auto page = render_search_page(params, hostile_result());
    CHECK(page.find("<script>alert") == std::string::npos);
    CHECK(page.find("<img") == std::string::npos);
    CHECK(page.find("<svg onload") == std::string::npos);
    CHECK(page.find("<b>Title") == std::string::npos);
    CHECK(page.find("<i>Heading") == std::string::npos);
    CHECK(page.find("<u>word") == std::string::npos);
    CHECK(page.find("&lt;b&gt;Title&lt;/b&gt; &amp; &quot;quotes&quot;") != std::string::npos);
    CHECK(page.find("<mark>&lt;u&gt;word&lt;/u&gt;</mark>") != std::string::npos);
    // The form echoes the query, and the hidden agency filter, escaped.
    CHECK(page.find("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\"") != std::string::npos);
    CHECK(page.find("value=\"&quot;&gt;&lt;svg onload=x&gt;\"") != std::string::npos);
}

TEST_CASE("serve/page: facets are filter links that keep the search and start at page one")
{
    const QueryParams params{{"q", "sanctions"}, {"speaker", "Someone"}, {"offset", "10"}};
    const auto page = render_search_page(params, hostile_result());
    // A speaker replaces the speaker filter; a month becomes since/until.
    CHECK(page.find("href=\"/?q=sanctions&amp;speaker=O%27Brien%20%3Cx%3E\"") != std::string::npos);
    CHECK(page.find("href=\"/?q=sanctions&amp;speaker=Someone&amp;since=2017-01&amp;until=2017-01\"") !=
          std::string::npos);
    // Did you mean: a link to the suggestion.
    CHECK(page.find("class=\"suggestion\" href=\"/?speaker=Someone&amp;q=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert%282%29%3E\"") !=
          std::string::npos);
}

TEST_CASE("serve/page: paging links")
{
    auto r = hostile_result();
    r.total = 25;
    r.offset = 10;
    const auto page = render_search_page({{"q", "x"}, {"offset", "10"}}, r);
    CHECK(page.find("rel=\"prev\" href=\"/?q=x\"") != std::string::npos);
    CHECK(page.find("rel=\"next\" href=\"/?q=x&amp;offset=20\"") != std::string::npos);
    r.offset = 20;
    CHECK(render_search_page({{"q", "x"}}, r).find("rel=\"next\"") == std::string::npos);
}

TEST_CASE("serve/section: a section page; an archive's javascript: URL is not a link")
{
    search::Shown shown{"abc-1", false, {}};
    schema::SectionData s;
    s.id = "abc-1";
    s.title = "<Title>";
    s.text = "First paragraph.\nSecond <p>.";
    s.url = "javascript:alert(1)";
    s.speakers = {"Dmitry Peskov"};
    shown.sections.push_back(s);
    auto page = render_section_page(shown);
    CHECK(page.find("<p>First paragraph.</p>") != std::string::npos);
    CHECK(page.find("<p>Second &lt;p&gt;.</p>") != std::string::npos);
    CHECK(page.find("href=\"javascript:") == std::string::npos);
    CHECK(page.find("href=\"/?speaker=Dmitry%20Peskov\"") != std::string::npos);
    shown.sections.front().url = "https://tass.com/politics/1";
    CHECK(render_section_page(shown).find("href=\"https://tass.com/politics/1\"") != std::string::npos);
    CHECK(render_section_page({"nope", false, {}}).find("No section or article with id nope.") != std::string::npos);
}

TEST_CASE("serve/svg_timeline: a bar per period, each a link to its dates, titled with its count")
{
    facets::Timeline t;
    t.periods = {{"2017-01", {2017, 1, 1}, {2017, 1, 31}, 4, 10},
                 {"2017-02", {2017, 2, 1}, {2017, 2, 28}, 0, 3},
                 {"2017-03", {2017, 3, 1}, {2017, 3, 31}, 1, 5}};
    const auto svg = svg_timeline(t, {{"q", "x"}, {"since", "2016"}});
    CHECK(svg.starts_with("<svg"));
    CHECK(svg.find("href=\"/?q=x&amp;since=2017-01-01&amp;until=2017-01-31\"") != std::string::npos);
    CHECK(svg.find("<title>2017-01: 4 sections</title>") != std::string::npos);
    CHECK(svg.find("<title>2017-03: 1 section</title>") != std::string::npos);
    // The tallest bar is the full height; an empty period has none.
    CHECK(svg.find("y=\"0.0\" width=\"192.0\" height=\"120.0\"") != std::string::npos);
    CHECK(svg.find("height=\"0.0\"><title>2017-02") != std::string::npos);
    t.normalized = true;
    CHECK(svg_timeline(t, {}).find("<title>2017-01: 4 of 10 sections (40.0%)</title>") != std::string::npos);
    CHECK(svg_timeline(facets::Timeline{}, {}).empty());
}
