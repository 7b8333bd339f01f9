// dateline-search serve: the API answers byte for byte what --format json prints, bad parameters
// get the command line's messages, every index kind is served, commits are seen, and the server
// stops cleanly on SIGTERM.
#include <signal.h>
#include <sys/wait.h>

#include <chrono>
#include <fstream>
#include <future>
#include <regex>
#include <sstream>
#include <thread>

#include <doctest/doctest.h>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include "run.hpp"

namespace fs = std::filesystem;

namespace {

// A server on a free loopback port, stopped (SIGTERM) when it goes.
class Server {
public:
    explicit Server(std::vector<std::string> db_args)
    {
        std::vector<std::string> args{"serve", "--listen", "127.0.0.1:0"};
        args.insert(args.end(), db_args.begin(), db_args.end());
        child_ = e2e::spawn_captured(DATELINE_SEARCH, args, "/dev/null");
        const std::regex serving(R"(Serving http://127\.0\.0\.1:(\d+)/)");
        for (int i = 0; i < 200 && port_ == 0; ++i) {
            std::ifstream in(child_.out);
            std::stringstream text;
            text << in.rdbuf();
            const auto s = text.str();
            if (std::smatch m; std::regex_search(s, m, serving))
                port_ = std::stoi(m[1]);
            else
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        REQUIRE_MESSAGE(port_ > 0, "the server printed no address");
    }
    Server(const Server&) = delete;
    Server& operator=(const Server&) = delete;
    ~Server()
    {
        if (!stopped_)
            stop();
    }

    httplib::Result get(const std::string& target) const
    {
        httplib::Client client("127.0.0.1", port_);
        return client.Get(target.c_str());
    }

    /** SIGTERM, then what it printed and its exit code. */
    e2e::Output stop()
    {
        stopped_ = true;
        ::kill(child_.pid, SIGTERM);
        int status = 0;
        waitpid(child_.pid, &status, 0);
        return child_.collect(status);
    }

private:
    e2e::Captured child_;
    int port_ = 0;
    bool stopped_ = false;
};

// took_ms is the search's own time: never the same twice.
std::string without_timing(const std::string& json)
{
    static const std::regex took(R"("took_ms": [0-9.e+-]+)");
    return std::regex_replace(json, took, "\"took_ms\": 0");
}

std::string cli_json(const std::string& db, const std::vector<std::string>& args)
{
    std::vector<std::string> full{"--db", db, "--format", "json"};
    full.insert(full.end(), args.begin(), args.end());
    const auto o = e2e::search(full);
    INFO("stderr: " << o.err);
    REQUIRE((o.exit_code == 0 || o.exit_code == 1));
    return o.out;
}

// The message of a refused command line: its "error: " line, or CLI11's first line.
std::string cli_error(const std::vector<std::string>& args)
{
    std::vector<std::string> full{"--db", SAMPLE_DB};
    full.insert(full.end(), args.begin(), args.end());
    const auto o = e2e::search(full);
    REQUIRE(o.exit_code == 2);
    auto line = o.err.substr(0, o.err.find('\n'));
    return line.starts_with("error: ") ? line.substr(7) : line;
}

struct Compared {
    std::string target;             // the address
    std::vector<std::string> args;  // the same request on the command line
};

const std::vector<Compared> Searches{
    {"/api/search?q=hacker%20attacks&speaker=Peskov&since=2017-01&until=2017-01",
     {"hacker attacks", "--speaker", "Peskov", "--since", "2017-01", "--until", "2017-01"}},
    {"/api/search?q=sanctions", {"sanctions"}},
    {"/api/search?q=sanctions&per_article=1&limit=3&offset=2", {"sanctions", "--per-article", "--limit", "3", "--offset", "2"}},
    {"/api/search?speaker=Lavrov&speaker=Peskov&sort=oldest", {"--speaker", "Lavrov", "--speaker", "Peskov", "--sort", "oldest"}},
    {"/api/search?q=peskof", {"peskof"}},
    {"/api/search?q=grain%20exports%20wheat%20corn&match=all", {"grain exports wheat corn", "--match", "all"}},
    {"/api/search?q=crimea&timeline=year&normalize=1&facets=3", {"crimea", "--timeline", "year", "--normalize", "--facets", "3"}},
    {"/api/search?q=elections&quotes=1&location=Moscow", {"--quotes", "elections", "--location", "Moscow"}},
    {"/api/search?q=sanctions&recency=90d", {"sanctions", "--recency", "90d"}},
    {"/api/search?q=show", {"--", "show"}},
    {"/api/search?q=nothingmatcheszzz", {"nothingmatcheszzz"}},
    {"/api/timeline?q=sanctions", {"sanctions", "--timeline", "month", "--limit", "0", "--facets", "0"}},
    {"/api/timeline?q=sanctions&timeline=week&limit=2", {"sanctions", "--timeline", "week", "--limit", "2", "--facets", "0"}},
};

void check_same(const Server& server, const std::string& db, const Compared& c)
{
    CAPTURE(c.target);
    const auto res = server.get(c.target);
    REQUIRE(res);
    CHECK(res->status == 200);
    CHECK(res->get_header_value("Content-Type") == "application/json");
    CHECK(without_timing(res->body) == without_timing(cli_json(db, c.args)));
}

}  // namespace

TEST_CASE("serve: /api/search and /api/timeline answer what --format json prints, byte for byte")
{
    Server server({"--db", SAMPLE_DB});
    for (const auto& c : Searches)
        check_same(server, SAMPLE_DB, c);
}

TEST_CASE("serve: /api/show, /api/values and /api/stats answer what the commands print")
{
    Server server({"--db", SAMPLE_DB});
    const auto id = e2e::compromising_section_id();
    const std::vector<Compared> lookups{
        {"/api/show/" + id, {"show", id}},
        {"/api/show/" + id + "?article=1", {"show", id, "--article"}},
        {"/api/values/speaker?prefix=pes", {"values", "speaker", "--prefix", "pes"}},
        {"/api/values/month?limit=3", {"values", "month", "--limit", "3"}},
        {"/api/stats?top=3", {"stats", "--top", "3"}},
    };
    for (const auto& c : lookups)
        check_same(server, SAMPLE_DB, c);
    const auto missing = server.get("/api/show/0000000000000000-9");
    REQUIRE(missing);
    CHECK(missing->status == 404);
    CHECK(nlohmann::json::parse(missing->body)["error"] == "no section or article with id '0000000000000000-9'");
    const auto none = server.get("/api/values/speaker?prefix=zzz");
    REQUIRE(none);
    CHECK(none->status == 404);
    CHECK(nlohmann::json::parse(none->body)["error"] == "no speaker values start with 'zzz'");
}

TEST_CASE("serve: bad parameters get 400 with the command line's message")
{
    Server server({"--db", SAMPLE_DB});
    const std::vector<Compared> bad{
        {"/api/search?q=x&since=2017-13", {"x", "--since", "2017-13"}},
        {"/api/search?q=x&since=2018&until=2017", {"x", "--since", "2018", "--until", "2017"}},
        {"/api/search?q=x&limit=many", {"x", "--limit", "many"}},
        {"/api/search?q=x&match=some", {"x", "--match", "some"}},
        {"/api/search?q=x&sort=newest&recency=1y", {"x", "--sort", "newest", "--recency", "1y"}},
        {"/api/search?q=x&recency=0d", {"x", "--recency", "0d"}},
        {"/api/search?q=x&timeline=decade", {"x", "--timeline=decade"}},
        {"/api/search?q=x&like=nope", {"x", "--like", "nope"}},
        {"/api/timeline?q=x&until=2017-02-30", {"x", "--until", "2017-02-30"}},
        {"/api/values/colour", {"values", "colour"}},
        {"/api/stats?top=-", {"stats", "--top", "-"}},
    };
    for (const auto& c : bad) {
        CAPTURE(c.target);
        const auto res = server.get(c.target);
        REQUIRE(res);
        CHECK(res->status == 400);
        CHECK(nlohmann::json::parse(res->body)["error"] == cli_error(c.args));
    }
    const auto unknown = server.get("/api/search?q=x&db=/etc");
    REQUIRE(unknown);
    CHECK(unknown->status == 400);
    CHECK(nlohmann::json::parse(unknown->body)["error"] == "unknown parameter 'db'");
}

TEST_CASE("serve: the page and the section page are HTML built from the same search")
{
    Server server({"--db", SAMPLE_DB});
    const auto page = server.get("/?q=hacker%20attacks&speaker=Peskov");
    REQUIRE(page);
    CHECK(page->status == 200);
    CHECK(page->get_header_value("Content-Type") == "text/html; charset=utf-8");
    CHECK(page->body.find("3 sections match (showing 1-3)") != std::string::npos);
    CHECK(page->body.find("<svg class=\"timeline\"") != std::string::npos);
    CHECK(page->body.find("<mark>") != std::string::npos);
    CHECK(page->body.find("http://") == page->body.find("http://www.w3.org/2000/svg"));  // nothing from elsewhere
    const auto id = e2e::compromising_section_id();
    CHECK(page->body.find("href=\"/section/" + id + "\"") != std::string::npos);
    const auto section = server.get("/section/" + id);
    REQUIRE(section);
    CHECK(section->status == 200);
    CHECK(section->body.find("<h2>On alleged hacker attacks</h2>") != std::string::npos);
    const auto bad = server.get("/?q=x&since=2017-13");
    REQUIRE(bad);
    CHECK(bad->status == 400);
    CHECK(bad->body.find("invalid date &#39;2017-13&#39;") != std::string::npos);
    const auto missing = server.get("/section/0000000000000000-9");
    REQUIRE(missing);
    CHECK(missing->status == 404);
}

TEST_CASE("serve: shards and stub files are served as the command line searches them")
{
    const auto dir = e2e::scratch("serve-shards");
    const auto sharded = (dir / "sharded").string();
    REQUIRE(e2e::index({"-q", "--shards", "3", "--db", sharded, SAMPLE_CORPUS}).exit_code == 0);
    const auto stub = (dir / "both.stub").string();
    e2e::write_file(stub, "auto " + sharded + "\n");
    for (const auto& db : {sharded, stub}) {
        CAPTURE(db);
        Server server({"--db", db});
        for (const auto& c : {Searches[0], Searches[2], Searches[4]})
            check_same(server, db, c);
    }
}

TEST_CASE("serve: a commit by dateline-index is served without a restart")
{
    const auto dir = e2e::scratch("serve-reopen");
    fs::create_directories(dir / "in");
    std::vector<fs::path> files;
    for (const auto& f : fs::recursive_directory_iterator(SAMPLE_CORPUS))
        if (f.path().extension() == ".txt")
            files.push_back(f.path());
    std::sort(files.begin(), files.end());
    REQUIRE(files.size() > 4);
    for (std::size_t i = 0; i < 2; ++i)
        fs::copy_file(files[i], dir / "in" / (std::to_string(i) + "-" + files[i].filename().string()));
    const auto db = (dir / "db").string();
    REQUIRE(e2e::index({"-q", "--db", db, (dir / "in").string()}).exit_code == 0);
    Server server({"--db", db, "--workers", "2"});
    const auto sections = [&] {
        const auto res = server.get("/api/stats");
        REQUIRE(res);
        return nlohmann::json::parse(res->body)["sections"].get<int>();
    };
    const int before = sections();
    for (std::size_t i = 2; i < 5; ++i)
        fs::copy_file(files[i], dir / "in" / (std::to_string(i) + "-" + files[i].filename().string()));
    REQUIRE(e2e::index({"-q", "--db", db, (dir / "in").string()}).exit_code == 0);
    // Each worker's handle sees the new revision, whichever serves the request.
    for (int i = 0; i < 4; ++i)
        CHECK(sections() > before);
    CHECK(without_timing(server.get("/api/search?q=the")->body) == without_timing(cli_json(db, {"the"})));
}

TEST_CASE("serve: requests at once get the answers they would get alone; SIGTERM stops it, one log line each")
{
    Server server({"--db", SAMPLE_DB, "--workers", "3"});
    std::vector<std::future<std::string>> answers;
    for (int i = 0; i < 12; ++i)
        answers.push_back(std::async(std::launch::async, [&server, i] {
            const auto res = server.get(Searches[static_cast<std::size_t>(i) % 4].target);
            return res ? without_timing(res->body) : std::string("no answer");
        }));
    for (std::size_t i = 0; i < answers.size(); ++i)
        CHECK(answers[i].get() == without_timing(cli_json(SAMPLE_DB, Searches[i % 4].args)));
    const auto out = server.stop();
    CHECK(out.exit_code == 0);
    CHECK(out.out.find("Serving http://127.0.0.1:") == 0);
    std::size_t lines = 0;
    for (std::size_t at = out.err.find("info: 127.0.0.1 GET /api/search?"); at != std::string::npos;
         at = out.err.find("info: 127.0.0.1 GET /api/search?", at + 1))
        ++lines;
    CHECK(lines == 12);
    CHECK(out.err.find("info: stopped") != std::string::npos);
}

TEST_CASE("serve: an index that cannot be opened fails as the command line does; a bad address is refused")
{
    const auto missing = (e2e::scratch("serve-missing") / "none").string();
    const auto served = e2e::search({"serve", "--db", missing, "--listen", "127.0.0.1:0"});
    const auto searched = e2e::search({"--db", missing, "x"});
    CHECK(served.exit_code == searched.exit_code);
    CHECK(served.err.substr(served.err.find("error: ")) == searched.err.substr(searched.err.find("error: ")));
    const auto bad = e2e::search({"serve", "--db", SAMPLE_DB, "--listen", "localhost"});
    CHECK(bad.exit_code == 2);
    CHECK(bad.err.find("error: --listen localhost: no port") != std::string::npos);
}

TEST_CASE("serve: is listed in dateline-search --help")
{
    const auto help = e2e::search({"--help"});
    CHECK(help.exit_code == 0);
    CHECK(help.out.find("serve [--listen HOST:PORT]") != std::string::npos);
}
