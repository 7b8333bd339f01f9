// The same searches over differently built indexes (one database, shards, remote shards)
// must give the same results: shared by the shard and remote tests.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "run.hpp"

namespace e2e {

/** Searches that cover ranking, filters, collapse, sorting, quotes and facets. */
inline const std::vector<std::vector<std::string>> ComparedSearches{
    {"sanctions"},
    {"hacker attacks"},
    {"talks", "--location", "Moscow"},
    {"--speaker", "Peskov"},
    {"sanctions", "--per-article"},
    {"sanctions", "--sort", "newest"},
    {"--agency", "TASS"},
    {"--quotes", "elections"},
    {"peskof"},  // a misspelling: "did you mean" must count the words of every shard
};

/** A search's JSON without its timing ("took_ms"), which is never the same twice. */
inline nlohmann::json without_timing(nlohmann::json result)
{
    result.erase("took_ms");
    return result;
}

/** dateline-search --db DB --format json --limit 1000 ARGS, parsed, without its timing. */
inline nlohmann::json search_db(const std::string& db, const std::vector<std::string>& args)
{
    std::vector<std::string> full{"--db", db, "--format", "json", "--limit", "1000"};
    full.insert(full.end(), args.begin(), args.end());
    const auto o = search(full);
    INFO("stderr: " << o.err);
    REQUIRE((o.exit_code == 0 || o.exit_code == 1));
    return without_timing(nlohmann::json::parse(o.out));
}

/** The hits grouped in runs of equal score: Xapian ranks shards with global statistics, so
 *  scores are equal, but the order of equal-score hits follows document ids, which differ
 *  with the layout (shards interleave them, a merged build numbers part by part). Within a
 *  run hits compare as a set (by id); a date sort still orders the runs. */
inline std::vector<std::map<std::string, nlohmann::json>> tie_groups(const nlohmann::json& hits)
{
    std::vector<std::map<std::string, nlohmann::json>> groups;
    std::string last;
    for (auto hit : hits) {
        const auto key = hit["score"].dump();
        if (groups.empty() || key != last)
            groups.emplace_back();
        last = key;
        hit.erase("rank");  // the position within a run of ties may differ
        groups.back()[hit["id"].get<std::string>()] = hit;
    }
    return groups;
}

/** Every search gives the same totals, facets and hits on `db` as on `reference`; `ignored`
 *  names fields (top level or of a hit) left out of the comparison. */
inline void check_same_results(const std::string& reference, const std::string& db,
                               const std::vector<std::vector<std::string>>& searches = ComparedSearches,
                               const std::vector<std::string>& ignored = {})
{
    for (const auto& args : searches) {
        std::string label;
        for (const auto& a : args)
            label += a + " ";
        INFO("search: " << label << "on " << db);
        auto want = search_db(reference, args);
        auto got = search_db(db, args);
        for (const auto& field : ignored)
            for (auto* result : {&want, &got}) {
                result->erase(field);
                for (auto& hit : (*result)["hits"])
                    hit.erase(field);
            }
        CHECK(!got["hits"].empty());
        CHECK(tie_groups(got["hits"]) == tie_groups(want["hits"]));
        got.erase("hits");
        want.erase("hits");
        CHECK(got == want);  // totals, facets, suggestion, timeline
    }
}

}  // namespace e2e
