// Typed words before Xapian parses them: acronyms typed as letters, and the words an
// any-word query leaves out (query/free_text.hpp, query/stopwords.hpp).
#include <algorithm>
#include <set>

#include <doctest/doctest.h>

#include "dateline/query/free_text.hpp"
#include "dateline/query/query_builder.hpp"
#include "dateline/query/stopwords.hpp"
#include "search_fixture.hpp"

using namespace dateline;
using namespace dateline::query;

namespace {

const std::set<std::string> Held{"us", "un", "usa"};

bool held(const std::string& term) { return Held.count(term) > 0; }

// Three stories, one of them with a stray one-letter word that a split `u s` would match.
const std::filesystem::path& acronym_index()
{
    static const auto path = [] {
        auto story = [](std::string id, std::string body) {
            Article a;
            a.id = id;
            a.source.path = "/archive/" + id + ".txt";
            a.title = "Story " + id;
            a.sections.push_back(Section{0, std::nullopt, {std::move(body)}, {}, {}, {}});
            return a;
        };
        const auto dir = fixture::temp_dir("acronyms");
        fixture::build_index(dir, {story("a", "U.S. officials said the trade talks with Japan would resume."),
                                   story("b", "Exports rose, and the U.S. trade deficit narrowed."),
                                   story("c", "Annex S of the treaty lists the goods, the ministry said.")});
        return dir;
    }();
    return path;
}

std::set<Xapian::docid> matches(const Xapian::Database& db, const std::string& text, MatchMode mode)
{
    QueryBuilder builder(db);
    Xapian::Enquire enquire(db);
    enquire.set_query(builder.parse(text, mode).query);
    std::set<Xapian::docid> out;
    const auto mset = enquire.get_mset(0, 100);
    for (auto it = mset.begin(); it != mset.end(); ++it)
        out.insert(*it);
    return out;
}

}  // namespace

TEST_CASE("query/free_text: letters typed as an acronym become the acronym the index holds")
{
    struct Case {
        const char* typed;
        const char* text;
        std::set<std::string> acronyms;
    };
    const Case cases[] = {
        {"u.s. sanctions", "US sanctions", {"us"}},
        {"U.S. sanctions", "US sanctions", {"us"}},
        {"U.S sanctions", "US sanctions", {"us"}},
        {"u s sanctions", "US sanctions", {"us"}},
        {"U. S. sanctions", "US sanctions", {"us"}},
        {"sanctions (u.s.a.)", "sanctions (USA)", {"usa"}},
        {"\"u.n. envoy\"", "\"UN envoy\"", {"un"}},
        {"x.y. talks", "x.y. talks", {}},      // not in the index: left as typed
        {"a b c talks", "a b c talks", {}},    // `abc` not in the index
        {"title:u.s.", "title:u.s.", {}},      // a field's words are the field's business
        {"WHO said", "WHO said", {"who"}},     // capitals among lower case: an acronym
        {"WHO SAID", "WHO SAID", {}},          // all capitals: nothing to tell apart
        {"Russia AND oil", "Russia AND oil", {}},  // an operator, not an acronym
    };
    for (const auto& c : cases) {
        CAPTURE(c.typed);
        const auto got = join_acronyms(c.typed, held);
        CHECK(got.text == c.text);
        CHECK(got.acronyms == c.acronyms);
    }
}

TEST_CASE("query/free_text: the stopper drops stopwords, single letters only when told, never a kept acronym")
{
    CHECK(is_stopword("the"));
    CHECK(is_stopword("between"));
    CHECK(is_stopword("don't"));
    CHECK_FALSE(is_stopword("us"));  // Snowball leaves it out: it is also the country
    CHECK_FALSE(is_stopword("sanctions"));
    QueryStopper stop;
    CHECK(stop("which"));
    CHECK(stop("s"));
    CHECK(stop("who"));
    CHECK_FALSE(stop("talks"));
    stop.keep({"who"});
    CHECK_FALSE(stop("who"));
    CHECK(stop("which"));
    stop.drop_letters(false);
    CHECK_FALSE(stop("b"));
    CHECK(stop("which"));
}

TEST_CASE("query/free_text: u.s., U.S. and u s find the same stories, and no stray letter")
{
    const Xapian::Database db(acronym_index().string());
    const auto expected = matches(db, "U.S.", MatchMode::Any);
    REQUIRE(expected.size() == 2);
    for (const char* typed : {"u.s.", "u s", "U. S.", "US"}) {
        CAPTURE(typed);
        CHECK(matches(db, typed, MatchMode::Any) == expected);
        CHECK(matches(db, typed, MatchMode::All) == expected);
    }
    CHECK(matches(db, "u s trade", MatchMode::Any) == expected);
}

TEST_CASE("query/free_text: a query leaves out stopwords outside phrases and says which")
{
    const Xapian::Database db(acronym_index().string());
    QueryBuilder builder(db);
    auto any = builder.parse("what did the ministry say about the treaty", MatchMode::Any);
    const auto description = any.query.get_description();
    CHECK(description.find("ministri") != std::string::npos);
    CHECK(description.find("treati") != std::string::npos);
    CHECK(description.find("the") == std::string::npos);
    CHECK(description.find("about") == std::string::npos);
    std::sort(any.dropped.begin(), any.dropped.end());
    CHECK(any.dropped == std::vector<std::string>{"about", "did", "the", "what"});

    // In a phrase and with + every word counts.
    CHECK(builder.parse("\"the treaty\" ministry", MatchMode::Any).query.get_description().find("the@") !=
          std::string::npos);
    CHECK(builder.parse("+the treaty ministry", MatchMode::Any).query.get_description().find("the") !=
          std::string::npos);
    // An all-word query does not require its stopwords ("wheat to china"), but keeps a
    // single letter ("plan b").
    const auto all = builder.parse("the treaty", MatchMode::All);
    CHECK(all.query.get_description().find("the") == std::string::npos);
    CHECK(all.dropped == std::vector<std::string>{"the"});
    const auto letter = builder.parse("treaty b", MatchMode::All);
    CHECK(letter.query.get_description().find("Zb") != std::string::npos);
    CHECK(letter.dropped.empty());

    // A query made only of stopwords is searched as typed.
    const auto only = builder.parse("the of", MatchMode::Any);
    CHECK(only.dropped.empty());
    CHECK(only.query.get_description().find("the") != std::string::npos);
}

TEST_CASE("query/free_text: stopwords do not count towards the any-word threshold")
{
    const Xapian::Database db(acronym_index().string());
    QueryBuilder builder(db);
    CHECK(builder.implicit_words("the treaty of the ministry") == 2);
    CHECK(builder.implicit_words("the of") == 2);  // nothing else: kept
    CHECK(builder.implicit_words("u.s. trade talks") == 3);
}
