// Remote shards: two xapian-tcpsrv on 127.0.0.1 serve the shards of a --shards 2 index, and a
// stub file of "remote HOST:PORT" lines searches them as one database.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <doctest/doctest.h>

#include "index_layout.hpp"
#include "run.hpp"
#include "same_results.hpp"

namespace fs = std::filesystem;

namespace {

// xapian-tcpsrv on PATH (package xapian-tools), if there.
std::optional<fs::path> find_tcpsrv()
{
    const char* path = std::getenv("PATH");
    std::istringstream dirs(path ? path : "/usr/bin");
    for (std::string dir; std::getline(dirs, dir, ':');)
        if (!dir.empty() && ::access((fs::path(dir) / "xapian-tcpsrv").c_str(), X_OK) == 0)
            return fs::path(dir) / "xapian-tcpsrv";
    return std::nullopt;
}

// A port nobody listens on now: the kernel's pick for port 0, released at once.
int free_port()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    REQUIRE(fd >= 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    socklen_t len = sizeof addr;
    const bool ok = ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0 &&
                    ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0;
    ::close(fd);
    REQUIRE(ok);
    return ntohs(addr.sin_port);
}

bool accepts(int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = htons(static_cast<std::uint16_t>(port));
    const bool ok = ::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
    ::close(fd);
    return ok;
}

// One xapian-tcpsrv serving a database; stopped (killed and reaped) however the test ends.
struct Server {
    int port = 0;
    e2e::Background process;

    Server(const fs::path& program, const fs::path& db) : port(free_port())
    {
        process = e2e::start(program.string(),
                             {"--port", std::to_string(port), "--interface", "127.0.0.1", db.string()});
        for (int i = 0; i < 100 && !accepts(port); ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    ~Server()
    {
        process.kill9();
        process.wait();
    }
    Server(const Server&) = delete;
    Server& operator=(const Server&) = delete;
};

}  // namespace

TEST_CASE("remote: shards served by xapian-tcpsrv search exactly like the local shards")
{
    const auto tcpsrv = find_tcpsrv();
    if (!tcpsrv) {
        MESSAGE("skipped: xapian-tcpsrv is not installed (package xapian-tools)");
        return;
    }
    const auto dir = e2e::scratch("remote");
    const auto db = dir / "index";
    REQUIRE(e2e::index({"-q", "--shards", "2", "--db", db.string(), SAMPLE_CORPUS}).exit_code == 0);

    std::optional<int> gone_port;
    {
        Server first(*tcpsrv, e2e::database(db, "shard-00"));
        Server second(*tcpsrv, e2e::database(db, "shard-01"));
        REQUIRE(accepts(first.port));
        REQUIRE(accepts(second.port));
        // Xapian 1.4's stub syntax: "remote HOST:PORT" is TCP ("remote :PROGRAM ARGS" would
        // run a program and talk to it over a pipe).
        const auto stub = dir / "remote.xapiandb";
        e2e::write_file(stub, "remote 127.0.0.1:" + std::to_string(first.port) + "\nremote 127.0.0.1:" +
                                  std::to_string(second.port) + "\n");

        // Two differences are Xapian 1.4's remote backend, not Dateline (docs/SCALING.md): it
        // has no spelling data ("did you mean"), so the misspelling is left out; and with
        // collapsing it does not return how many sections each article stood for, so the
        // section counts of --per-article are left out (its hits and article total are there).
        std::vector<std::vector<std::string>> searches;
        for (const auto& args : e2e::ComparedSearches)
            if (args != std::vector<std::string>{"peskof"} && args.back() != "--per-article")
                searches.push_back(args);
        e2e::check_same_results(db.string(), stub.string(), searches);
        e2e::check_same_results(db.string(), stub.string(), {{"sanctions", "--per-article"}},
                                {"more_sections", "total_sections", "query_total"});
        // Oldest first needs a KeyMaker (undated sections last), which the remote backend lacks.
        const auto oldest = e2e::search({"--db", stub.string(), "sanctions", "--sort", "oldest"});
        CHECK(oldest.exit_code == 2);
        CHECK(oldest.err.find("--sort oldest does not work over remote shards") != std::string::npos);
        gone_port = second.port;
    }

    // A shard that does not answer is an error that names it.
    Server first(*tcpsrv, e2e::database(db, "shard-00"));
    const auto stub = dir / "broken.xapiandb";
    e2e::write_file(stub, "remote 127.0.0.1:" + std::to_string(first.port) + "\nremote 127.0.0.1:" +
                              std::to_string(*gone_port) + "\n");
    const auto o = e2e::search({"--db", stub.string(), "sanctions"});
    CHECK(o.exit_code == 2);
    CHECK(o.err.find("cannot reach remote shard") != std::string::npos);
    CHECK(o.err.find("127.0.0.1:" + std::to_string(*gone_port)) != std::string::npos);

    // --allow-partial: what the shard that answers has, flagged as partial.
    const auto partial = e2e::search({"--db", stub.string(), "sanctions", "--allow-partial", "--format", "json"});
    INFO("stderr: " << partial.err);
    CHECK(partial.exit_code == 0);
    const auto result = nlohmann::json::parse(partial.out);
    CHECK(result["partial"] == true);
    REQUIRE(result["unavailable_shards"].size() == 1);
    CHECK(result["unavailable_shards"][0].get<std::string>().find("127.0.0.1:" + std::to_string(*gone_port)) !=
          std::string::npos);
    CHECK(result["total"] == e2e::search_db((e2e::database(db, "shard-00")).string(), {"sanctions"})["total"]);
}
