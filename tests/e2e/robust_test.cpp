// Indexing never loses work: kill -9 and rerun, a locked index, searches during a run, hostile input.
#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <regex>
#include <filesystem>
#include <set>
#include <thread>

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <xapian.h>

#include "run.hpp"

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

const char* Cities[] = {"MOSCOW", "UNITED NATIONS", "ST. PETERSBURG", "BERLIN", "GENEVA", "MINSK"};
const char* People[] = {"Kremlin spokesman Dmitry Peskov", "Foreign Minister Sergey Lavrov",
                        "Foreign Ministry spokeswoman Maria Zakharova", "Energy Minister Alexander Novak"};

// A generated archive of n distinct articles, some with sub-headings.
fs::path corpus(const std::string& name, int n)
{
    const auto dir = e2e::scratch(name) / "in";
    for (int i = 0; i < n; ++i) {
        const int day = i % 28 + 1, month = i / 28 % 12 + 1, year = 2000 + i / 336;
        std::string text = fmt::format(
            "All news\n\nStory number {0} about talks\n\nThe talks went on for day {0}\n\n{1}, {2} {3}. /TASS/. "
            "Talks on item {0} continued on Monday, {4} said.\n\n\"We discussed item {0} in detail,\" he added.\n",
            i, Cities[i % 6], std::vector<const char*>{"January", "February", "March", "April", "May", "June", "July",
                                                       "August", "September", "October", "November", "December"}[month - 1],
            day, People[i % 4]);
        if (i % 3 == 0)
            text += fmt::format("\nOn the next round\n\nThe next round on item {0} is due in a month.\n", i);
        e2e::write_file(dir / fmt::format("{:04}/{:02}/{:02}/story-{}.txt", year, month, day, i), text);
    }
    return dir;
}

std::set<std::string> section_ids(const std::string& db)
{
    const auto o = e2e::search({"--db", db, "--format", "json", "--limit", "1000000", "--facets", "0"});
    REQUIRE(o.exit_code == 0);
    std::set<std::string> ids;
    const auto result = json::parse(o.out);  // kept alive: the loop below refers into it
    for (const auto& hit : result["hits"])
        ids.insert(hit["id"].get<std::string>());
    return ids;
}

// Calls f(0), f(1)... while `run` goes on (20 s at most), then waits for it; returns the count.
template <class F>
int while_running(e2e::Background& run, F&& f)
{
    int calls = 0;
    for (auto until = std::chrono::steady_clock::now() + std::chrono::seconds(20);
         std::chrono::steady_clock::now() < until;) {
        f(calls++);
        int status = 0;
        if (waitpid(run.pid, &status, WNOHANG) == run.pid) {
            run.pid = -1;
            break;
        }
    }
    if (run.pid > 0)
        run.wait();
    return calls;
}

}  // namespace

TEST_CASE("robust: kill -9 at any moment, run again, and the index equals a clean build")
{
    const auto in = corpus("crash", 3000);
    const auto clean = (in.parent_path() / "clean").string();
    REQUIRE(e2e::index({"-q", "--db", clean, in.string()}).exit_code == 0);
    const auto expected = section_ids(clean);
    REQUIRE(expected.size() == 4000);

    const auto crashed = (in.parent_path() / "crashed").string();
    int killed = 0;
    // --jobs 2 on any machine: a new index is then written as two parts beside it and merged
    // at the end, and a killed build must go on from its parts.
    // The last delays are long enough for a commit even when both cores are busy with other
    // tests (the 19,043-story relevance build uses both): work committed before a kill is checked below.
    const std::vector<int> delays_ms{50, 150, 300, 500, 800, 2000, 4000};
    for (int delay_ms : delays_ms) {
        auto run = e2e::start(DATELINE_INDEX, {"-q", "--jobs", "2", "--batch", "300", "--db", crashed, in.string()});
        std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms));
        run.kill9();
        killed += run.wait() == 128 + SIGKILL;
    }
    MESSAGE(killed << " of " << delays_ms.size() << " runs were killed before they finished");
    CHECK(killed >= 2);  // the test only means something if runs were really interrupted
    const auto final_run = e2e::index({"--jobs", "2", "--db", crashed, in.string()});
    CHECK(final_run.exit_code == 0);
    CHECK_FALSE(fs::exists(fs::path(crashed) / "parts"));  // merged into the index and gone
    // Work committed before the kills is kept and not redone.
    std::smatch kept;
    REQUIRE(std::regex_search(final_run.err, kept, std::regex(R"((\d+) unchanged)")));
    MESSAGE(kept[1] << " of 3000 sources were already committed by the killed runs");
    CHECK(std::stoi(kept[1]) > 0);
    CHECK(section_ids(crashed) == expected);
    // And nothing is left to do afterwards.
    const auto again = e2e::index({"--db", crashed, in.string()});
    CHECK(again.err.find("0 new, 0 changed, 3000 unchanged") != std::string::npos);
}

TEST_CASE("robust: a second indexer on a locked index fails at once with its own exit code")
{
    const auto dir = e2e::scratch("locked");
    const auto db = (dir / "db").string();
    const auto in = corpus("locked", 3);
    REQUIRE(e2e::index({"-q", "--db", db, in.string()}).exit_code == 0);
    // Holds the writers' lock as a running dateline-index does (flock on the index's lock file).
    const int holder = ::open((fs::path(db) / "dateline.lock").c_str(), O_RDWR);
    REQUIRE(holder >= 0);
    REQUIRE(::flock(holder, LOCK_EX | LOCK_NB) == 0);
    // Every writer takes the same lock: an update, --prune, --rebuild, a new shard layout, compact.
    for (const auto& args : std::vector<std::vector<std::string>>{{in.string()},
                                                                  {"--prune", in.string()},
                                                                  {"--rebuild", in.string()},
                                                                  {"--rebuild", "--shards", "2", in.string()},
                                                                  {"compact"}}) {
        std::vector<std::string> full = args.front() == "compact" ? std::vector<std::string>{"compact"}
                                                                  : std::vector<std::string>{};
        full.insert(full.end(), {"--db", db});
        if (args.front() != "compact")
            full.insert(full.end(), args.begin(), args.end());
        INFO(fmt::format("{}", fmt::join(full, " ")));
        const auto o = e2e::index(full);
        CHECK(o.exit_code == 4);
        CHECK(o.err.find("error: index " + db + " is locked by another dateline-index") != std::string::npos);
    }
    ::close(holder);
    // Nothing was changed meanwhile, and the lock goes with its holder.
    CHECK(e2e::index({"--db", db, in.string()}).err.find("0 new, 0 changed, 3 unchanged") != std::string::npos);
}

TEST_CASE("robust: a lock file that cannot be opened is reported as such, not as a lock (also as root)")
{
    const auto dir = e2e::scratch("lock-unopenable");
    const auto db = dir / "db";
    const auto in = corpus("lock-unopenable", 2);
    REQUIRE(e2e::index({"-q", "--db", db.string(), in.string()}).exit_code == 0);
    fs::remove(db / "dateline.lock");
    fs::create_directory(db / "dateline.lock");  // open(O_RDWR) fails: EISDIR, whoever runs it
    const auto o = e2e::index({"--db", db.string(), in.string()});
    CHECK(o.exit_code == 2);
    CHECK(o.err.find("error: cannot open the lock file " + (db / "dateline.lock").string() + ": Is a directory") !=
          std::string::npos);
    CHECK(o.err.find("is locked") == std::string::npos);
}

TEST_CASE("robust: an index folder the indexer cannot write is a permission problem, not a lock")
{
    if (::geteuid() == 0) {
        MESSAGE("skipped: running as root, every folder is writable");
        return;
    }
    const auto dir = e2e::scratch("read-only");
    const auto db = dir / "db";
    const auto in = corpus("read-only", 2);
    REQUIRE(e2e::index({"-q", "--db", db.string(), in.string()}).exit_code == 0);
    fs::remove(db / "dateline.lock");
    fs::permissions(db, fs::perms::owner_write, fs::perm_options::remove);
    const auto o = e2e::index({"--db", db.string(), in.string()});
    fs::permissions(db, fs::perms::owner_write, fs::perm_options::add);
    CHECK(o.exit_code == 2);
    CHECK(o.err.find("cannot open the lock file") != std::string::npos);
    CHECK(o.err.find("Permission denied") != std::string::npos);
}

TEST_CASE("robust: searches during an index run never fail and see committed sections")
{
    const auto in = corpus("concurrent", 2000);
    const auto db = (in.parent_path() / "db").string();
    REQUIRE(e2e::index({"-q", "--db", db, SAMPLE_CORPUS}).exit_code == 0);
    auto run = e2e::start(DATELINE_INDEX, {"-q", "--batch", "200", "--db", db, in.string()});
    int failures = 0;
    std::size_t last_total = 0;
    bool shrank = false;
    std::string first_failure;  // what a failed search said, to tell why
    const int searches = while_running(run, [&](int) {
        const auto o = e2e::search({"--db", db, "talks", "--format", "json", "--limit", "1"});
        failures += o.exit_code > 1;
        if (o.exit_code > 1 && first_failure.empty())
            first_failure = "exit " + std::to_string(o.exit_code) + ": " + o.err;
        if (o.exit_code == 0) {
            const auto total = json::parse(o.out)["total"].get<std::size_t>();
            if (total < last_total && first_failure.empty())
                first_failure = "total " + std::to_string(total) + " after " + std::to_string(last_total);
            shrank = shrank || total < last_total;
            last_total = total;
        }
    });
    MESSAGE(searches << " searches during the run");
    INFO("first failure: " << first_failure);
    CHECK(searches > 3);
    CHECK(failures == 0);
    CHECK_FALSE(shrank);
}

TEST_CASE("robust: hostile inputs are named with a reason and the rest is indexed")
{
    const auto dir = e2e::scratch("hostile");
    const auto in = dir / "in";
    e2e::write_file(in / "2017/01/12/good.txt",
                    "Title\n\nSubtitle\n\nMOSCOW, January 12. /TASS/. The talks went well, Kremlin spokesman "
                    "Dmitry Peskov said.\n");
    e2e::write_file(in / "empty.txt", "");
    e2e::write_file(in / "junk.txt", std::string("\x7f" "ELF\0\0\0\x01\x02", 10) + std::string(4000, '\0'));
    e2e::write_file(in / "latin1.txt", "Caf\xe9 story\n\nMOSCOW, May 5. /TASS/. Na\xefve text, Peskov said.\n");
    // A 200 MB single "line", sparse so the test stays cheap: refused by size, never read.
    e2e::write_file(in / "huge.txt", "");
    fs::resize_file(in / "huge.txt", 200ull << 20);
    fs::create_directories(in / "story.txt");  // a folder named like a file
    e2e::write_file(in / "story.txt" / "inner.txt", "");
    fs::create_directory_symlink(in, in / "loop");  // a symlink loop
    const auto db = (dir / "db").string();
    REQUIRE(e2e::index({"-q", "--db", db, in.string()}).exit_code == 3);
    e2e::write_file(in / "2017/01/13/second.txt",
                    "Second\n\nSubtitle\n\nMOSCOW, January 13. /TASS/. More talks, Peskov said.\n");
    const auto o = e2e::index({"--db", db, in.string()});
    INFO(o.err);
    CHECK(o.exit_code == 3);
    CHECK(o.err.find("empty.txt: empty: no bytes") != std::string::npos);
    CHECK(o.err.find("junk.txt: binary") != std::string::npos);
    CHECK(o.err.find("huge.txt: too large: 209715200 bytes, over --max-member-size 67108864") != std::string::npos);
    CHECK(o.err.find("story.txt/inner.txt: empty") != std::string::npos);
    // Nothing indexed before is lost: the first run's articles, the Latin-1 one and the new one.
    const auto r = json::parse(e2e::search({"--db", db, "--format", "json", "--limit", "10"}).out);
    CHECK(r["total"] == 3);
    if (geteuid() != 0) {
        e2e::write_file(in / "secret.txt", "x");
        fs::permissions(in / "secret.txt", fs::perms::none);
        CHECK(e2e::index({"--db", db, in.string()}).err.find("secret.txt: unreadable") != std::string::npos);
    } else {
        MESSAGE("unreadable-file case skipped: running as root, which can read any file");
    }
}

TEST_CASE("robust: stats, show and values during an index run never fail")
{
    const auto in = corpus("concurrent-lookups", 2000);
    const auto db = (in.parent_path() / "db").string();
    REQUIRE(e2e::index({"-q", "--db", db, SAMPLE_CORPUS}).exit_code == 0);
    const auto first = e2e::search({"--db", db, "--format", "json", "--limit", "1", "peskov"});
    REQUIRE(first.exit_code == 0);
    const auto id = json::parse(first.out)["hits"][0]["id"].get<std::string>();
    // A small batch, as for searches above: the run commits often, and the revision a lookup
    // reads is soon overwritten (without the reopen, most stats calls then failed).
    auto run = e2e::start(DATELINE_INDEX, {"-q", "--batch", "200", "--db", db, in.string()});
    const std::vector<std::vector<std::string>> lookups{
        {"stats", "--db", db}, {"show", "--db", db, id, "--article"}, {"values", "speaker", "--db", db}};
    int failures = 0;
    std::string first_failure;
    const int calls = while_running(run, [&](int call) {
        const auto& lookup = lookups[static_cast<std::size_t>(call) % lookups.size()];
        const auto o = e2e::search(lookup);
        failures += o.exit_code != 0;
        if (o.exit_code != 0 && first_failure.empty())
            first_failure = lookup[0] + ": exit " + std::to_string(o.exit_code) + ": " + o.err;
    });
    MESSAGE(calls << " lookups during the run");
    INFO("first failure: " << first_failure);
    CHECK(calls > 6);
    CHECK(failures == 0);
}
