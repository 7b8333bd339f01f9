#include "search_fixture.hpp"

#include <algorithm>
#include <cstdlib>
#include <unistd.h>

#include "dateline/index/document_builder.hpp"
#include "dateline/index/index_writer.hpp"
#include "dateline/search/searcher.hpp"

namespace fixture {

namespace fs = std::filesystem;
using namespace dateline;

namespace {

Section section(int ordinal, std::optional<std::string> heading, std::vector<std::string> speakers, std::string body,
                std::vector<Quote> quotes = {}, std::vector<std::string> organizations = {})
{
    return Section{ordinal, std::move(heading), {std::move(body)}, std::move(speakers), std::move(organizations),
                   std::move(quotes)};
}

Article article(std::string id, std::string title, std::optional<calendar::Date> date, std::string location,
                std::string agency, std::vector<Section> sections)
{
    Article a;
    a.id = std::move(id);
    a.source.path = "/archive/" + a.id + ".txt";
    a.title = std::move(title);
    a.date = date;
    a.location = std::move(location);
    a.agency = std::move(agency);
    a.sections = std::move(sections);
    return a;
}

std::vector<Article> make_articles()
{
    return {
        article("a", "Peskov rejects hacker claims", calendar::Date{2017, 1, 12}, "Moscow", "TASS",
                {section(0, std::nullopt, {"Dmitry Peskov", "Sergey Lavrov"},
                         "Sanctions and hacker attacks were discussed by the Kremlin spokesman.",
                         {{"Dmitry Peskov", "we will respond to any sanctions"}}, {"Foreign Ministry"}),
                 section(1, "On cyber security", {"Dmitry Peskov"},
                         "Hacker attacks on the election were never proven, the spokesman said.")}),
        article("b", "Lavrov holds talks in Geneva", calendar::Date{2016, 5, 1}, "Geneva", "Reuters",
                {section(0, std::nullopt, {"Sergey Lavrov"}, "Sanctions on Syria were raised at the talks.")}),
        article("c", "Weather report", calendar::Date{2018, 3, 3}, "Moscow", "TASS",
                {section(0, std::nullopt, {}, "Snow is expected in the capital on Saturday.")}),
        article("d", "Power passes to the soviets", calendar::Date{1917, 11, 7}, "Petrograd", "ROSTA",
                {section(0, std::nullopt, {"Vladimir Lenin"}, "The congress of soviets took power in Petrograd.")}),
        article("e", "Kremlin comments on gas sanctions", calendar::Date{2019, 12, 20}, "Moscow", "Interfax",
                {section(0, std::nullopt, {"Dmitry Peskov"}, "Peskov said the new sanctions on the gas pipeline were illegal."),
                 section(1, "Gas supplies", {"Alexander Novak"}, "Gas supplies to Europe will continue, Novak said."),
                 section(2, "Sanctions again", {}, "Sanctions, sanctions and more sanctions were discussed.")}),
        article("f", "Bundestag debates sanctions", std::nullopt, "Berlin", "AFP",
                {section(0, std::nullopt, {"Olaf Scholz"}, "The sanctions debate in the Bundestag went on late.")}),
    };
}

struct TempRoot {
    fs::path path;
    TempRoot()
    {
        std::string pattern = (fs::temp_directory_path() / "dateline-unit-XXXXXX").string();
        path = mkdtemp(pattern.data());
    }
    ~TempRoot()
    {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

TempRoot& root()
{
    static TempRoot r;
    return r;
}

}  // namespace

const std::vector<Article>& articles()
{
    static const auto all = make_articles();
    return all;
}

fs::path temp_dir(const std::string& name)
{
    const auto dir = root().path / name;
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

void build_index(const fs::path& path, const std::vector<Article>& articles)
{
    // As the indexer does: documents, then the spelling table from the words indexed.
    index::IndexWriter writer(path);
    index::DocumentBuilder builder;
    for (const auto& a : articles)
        writer.add(a, builder.build(a), false);
    writer.sync_spelling();
}

fs::path sample_path()
{
    static const auto path = [] {
        const auto dir = temp_dir("sample");
        build_index(dir, articles());
        return dir;
    }();
    return path;
}

Xapian::Database& sample()
{
    static Xapian::Database db(sample_path().string());
    return db;
}

std::vector<std::string> ids(const search::SearchResult& result)
{
    std::vector<std::string> out;
    for (const auto& h : result.hits)
        out.push_back(h.section.id);
    return out;
}

std::vector<std::string> matching_ids(search::SearchRequest request)
{
    request.limit = 1000;
    const auto result = search::search(sample(), request);
    if (result.query_total == 0)
        return {};  // not the did-you-mean or any-word hits that stand in for nothing
    auto out = ids(result);
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace fixture
