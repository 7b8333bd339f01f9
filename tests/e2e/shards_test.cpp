// dateline-index --shards N: the shards searched through their stub give exactly what one
// database with the same sections gives.
#include <filesystem>
#include <fstream>
#include <string>

#include <doctest/doctest.h>
#include <xapian.h>

#include "index_layout.hpp"
#include "run.hpp"
#include "same_results.hpp"

namespace fs = std::filesystem;

TEST_CASE("shards: 2 and 3 shards search exactly like one database")
{
    for (const unsigned n : {2u, 3u}) {
        const auto db = e2e::scratch("shards-" + std::to_string(n)) / "index";
        const auto o = e2e::index({"-q", "--shards", std::to_string(n), "--db", db.string(), SAMPLE_CORPUS});
        INFO("stderr: " << o.err);
        REQUIRE(o.exit_code == 0);
        CHECK(e2e::stub_names(db) == (n == 2 ? "shard-00\nshard-01\n" : "shard-00\nshard-01\nshard-02\n"));
        e2e::check_same_results(SAMPLE_DB, db.string());
    }
}

TEST_CASE("shards: a second run is incremental, and the shard count cannot change without --rebuild")
{
    const auto db = (e2e::scratch("shards-again") / "index").string();
    REQUIRE(e2e::index({"-q", "--shards", "2", "--db", db, SAMPLE_CORPUS}).exit_code == 0);

    const auto again = e2e::index({"--shards", "2", "--db", db, SAMPLE_CORPUS});
    CHECK(again.exit_code == 0);
    CHECK(again.err.find(" 0 new, 0 changed, 54 unchanged") != std::string::npos);
    // Without --shards the index keeps its layout.
    const auto plain = e2e::index({"--db", db, SAMPLE_CORPUS});
    CHECK(plain.exit_code == 0);
    CHECK(plain.err.find(" 0 new, 0 changed, 54 unchanged") != std::string::npos);

    const auto other = e2e::index({"--shards", "3", "--db", db, SAMPLE_CORPUS});
    CHECK(other.exit_code == 2);
    CHECK(other.err.find("has 2 shards, not 3") != std::string::npos);

    const auto single = e2e::index({"--shards", "2", "--db", SAMPLE_DB, SAMPLE_CORPUS});
    CHECK(single.exit_code == 2);
    CHECK(single.err.find("is a single index, not sharded") != std::string::npos);

    const auto rebuilt = e2e::index({"-q", "--rebuild", "--shards", "3", "--db", db, SAMPLE_CORPUS});
    CHECK(rebuilt.exit_code == 0);
    CHECK(fs::exists(e2e::database(db, "shard-02")));
    e2e::check_same_results(SAMPLE_DB, db);
}

TEST_CASE("shards: dateline-index compact compacts every shard, and the results stay the same")
{
    const auto db = (e2e::scratch("shards-compact") / "index").string();
    REQUIRE(e2e::index({"-q", "--shards", "2", "--db", db, SAMPLE_CORPUS}).exit_code == 0);
    const auto o = e2e::index({"compact", "--db", db});
    INFO("stderr: " << o.err);
    CHECK(o.exit_code == 0);
    CHECK(o.out.find("shard-00: ") != std::string::npos);
    CHECK(o.out.find("shard-01: ") != std::string::npos);
    CHECK(o.out.find("total: ") != std::string::npos);
    CHECK(fs::exists(fs::path(db) / "XAPIANDB"));
    e2e::check_same_results(SAMPLE_DB, db);

    CHECK(e2e::index({"compact", "--db", (fs::path(db) / "missing").string()}).exit_code == 2);
}

TEST_CASE("shards: several --db, or a stub file listing folders, search as one database")
{
    // The sample corpus in two indexes, by year.
    const auto dir = e2e::scratch("multi-db");
    const auto early = (dir / "early").string(), late = (dir / "late").string();
    const fs::path corpus = SAMPLE_CORPUS;
    REQUIRE(e2e::index({"-q", "--db", early, (corpus / "tass" / "2016").string(), (corpus / "tass" / "2017").string()})
                .exit_code == 0);
    REQUIRE(e2e::index({"-q", "--db", late, (corpus / "tass" / "2018").string(), (corpus / "tass" / "2019").string()})
                .exit_code == 0);
    const auto stub = dir / "both.xapiandb";
    e2e::write_file(stub, "# the two halves\nauto early\nauto late\n");
    e2e::check_same_results(SAMPLE_DB, stub.string());

    // A stub line that is not a shard is an error that quotes it.
    for (const std::string line : {"remote 127.0.0.1:port", "glas early"}) {
        const auto bad = dir / "bad.xapiandb";
        e2e::write_file(bad, line + "\n");
        const auto o = e2e::search({"--db", bad.string(), "sanctions"});
        CHECK(o.exit_code == 2);
        CHECK(o.err.find("'" + line + "'") != std::string::npos);
    }

    for (const auto& args : e2e::ComparedSearches) {
        std::vector<std::string> both{"--db", early, "--db", late, "--format", "json", "--limit", "1000"};
        both.insert(both.end(), args.begin(), args.end());
        const auto o = e2e::search(both);
        INFO("stderr: " << o.err);
        REQUIRE((o.exit_code == 0 || o.exit_code == 1));
        auto got = e2e::without_timing(nlohmann::json::parse(o.out));
        auto want = e2e::search_db(stub.string(), args);
        CHECK(e2e::tie_groups(got["hits"]) == e2e::tie_groups(want["hits"]));
        got.erase("hits");
        want.erase("hits");
        CHECK(got == want);
    }
}

TEST_CASE("shards: the schema of every shard is checked, and the message names the shard")
{
    const auto db = e2e::scratch("shards-schema") / "index";
    REQUIRE(e2e::index({"-q", "--shards", "2", "--db", db.string(), SAMPLE_CORPUS}).exit_code == 0);
    {
        Xapian::WritableDatabase second(e2e::database(db, "shard-01").string(), Xapian::DB_OPEN);
        second.set_metadata("dateline.schema_version", "999");
        second.commit();
    }
    const auto o = e2e::search({"--db", db.string(), "sanctions"});
    CHECK(o.exit_code == 2);
    CHECK(o.err.find("shard-01 has schema 999, this build reads") != std::string::npos);
    // --allow-partial searches the shard that is readable, and says the results are partial.
    const auto partial = e2e::search({"--db", db.string(), "sanctions", "--allow-partial", "--format", "json"});
    CHECK(partial.exit_code == 0);
    CHECK(partial.err.find("warning: left out (--allow-partial): ") != std::string::npos);
    const auto result = nlohmann::json::parse(partial.out);
    CHECK(result["partial"] == true);
    REQUIRE(result["unavailable_shards"].size() == 1);
    CHECK(result["unavailable_shards"][0].get<std::string>().find("shard-01") != std::string::npos);
    const auto alone = e2e::search_db(e2e::database(db, "shard-00").string(), {"sanctions"});
    CHECK(result["total"] == alone["total"]);
    CHECK(result["total"] < e2e::search_db(SAMPLE_DB, {"sanctions"})["total"]);
    const auto text = e2e::search({"--db", db.string(), "sanctions", "--allow-partial"});
    CHECK(text.out.find("partial results: 1 shard did not answer\n") != std::string::npos);
}

TEST_CASE("shards: --shard-by year makes one shard per year as the years come, searched like one database")
{
    const auto dir = e2e::scratch("shards-year");
    const auto db = dir / "index";
    const auto o = e2e::index({"-q", "--shard-by", "year", "--db", db.string(), SAMPLE_CORPUS});
    INFO("stderr: " << o.err);
    REQUIRE(o.exit_code == 0);
    const auto stub_lines = [&] { return e2e::stub_names(db); };
    CHECK(stub_lines() == "year-2016\nyear-2017\nyear-2018\nyear-2019\n");
    // Each shard holds its year's sections, all of them.
    for (const std::string year : {"2016", "2017", "2018", "2019"}) {
        const auto shard = e2e::search_db(e2e::database(db, "year-" + year).string(), {});
        const auto in_year = e2e::search_db(SAMPLE_DB, {"--since", year, "--until", year});
        CHECK(shard["total"] == in_year["total"]);
    }
    e2e::check_same_results(SAMPLE_DB, db.string());

    // Incremental, and the layout is kept until --rebuild.
    CHECK(e2e::index({"--db", db.string(), SAMPLE_CORPUS}).err.find(" 0 new, 0 changed, 54 unchanged") !=
          std::string::npos);
    const auto hashed = e2e::index({"--shards", "2", "--db", db.string(), SAMPLE_CORPUS});
    CHECK(hashed.exit_code == 2);
    CHECK(hashed.err.find("is sharded by year") != std::string::npos);
    const auto single = e2e::index({"--shard-by", "year", "--db", SAMPLE_DB, SAMPLE_CORPUS});
    CHECK(single.exit_code == 2);
    CHECK(single.err.find("is not sharded by year") != std::string::npos);

    // A story of a new year makes its shard.
    const auto story = dir / "more" / "2020" / "05" / "05" / "lavrov-new-year.txt";
    e2e::write_file(story, "All news\n\nLavrov meets Guterres in a new year\n\nMOSCOW, May 5. /TASS/. Russian Foreign "
                           "Minister Sergey Lavrov said on Tuesday that the quarantine talks were useful.\n");
    REQUIRE(e2e::index({"-q", "--db", db.string(), (dir / "more").string()}).exit_code == 0);
    CHECK(stub_lines() == "year-2016\nyear-2017\nyear-2018\nyear-2019\nyear-2020\n");
    const auto found = e2e::search_db(db.string(), {"quarantine"});
    REQUIRE(found["hits"].size() == 1);
    CHECK(found["hits"][0]["date"] == "2020-05-05");
    CHECK(e2e::search_db(e2e::database(db, "year-2020").string(), {"quarantine"})["total"] == 1);

    // compact compacts each year shard and keeps the layout.
    const auto compacted = e2e::index({"compact", "--db", db.string()});
    CHECK(compacted.exit_code == 0);
    CHECK(compacted.out.find("year-2020") != std::string::npos);
    CHECK(stub_lines() == "year-2016\nyear-2017\nyear-2018\nyear-2019\nyear-2020\n");
    CHECK(e2e::search_db(db.string(), {"quarantine"})["total"] == 1);
}
