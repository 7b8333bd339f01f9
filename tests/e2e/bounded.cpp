#include "bounded.hpp"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

extern char** environ;

namespace e2e {

namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// VmRSS of a running process, in MB (0 once it is gone).
long rss_mb(pid_t pid)
{
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    std::string key;
    long kb = 0;
    while (status >> key) {
        if (key == "VmRSS:") {
            status >> kb;
            break;
        }
        status.ignore(1 << 10, '\n');
    }
    return kb / 1024;
}

}  // namespace

Bounded run_bounded(const std::string& program, const std::vector<std::string>& args, double max_seconds,
                    long max_rss_mb)
{
    static int counter = 0;
    const auto dir = fs::path(SCRATCH_DIR) / "io";
    fs::create_directories(dir);
    const auto stem = "bounded-" + std::to_string(getpid()) + "-" + std::to_string(counter++);
    const auto out_path = dir / (stem + ".out"), err_path = dir / (stem + ".err");

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, 2, err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    std::vector<char*> argv{const_cast<char*>(program.c_str())};
    for (const auto& a : args)
        argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    setenv("NO_COLOR", "1", 1);

    const auto start = std::chrono::steady_clock::now();
    pid_t pid = 0;
    const int rc = posix_spawn(&pid, program.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0)
        throw std::runtime_error("cannot start " + program);

    Bounded b;
    int status = 0;
    rusage usage{};
    for (;;) {
        if (wait4(pid, &status, WNOHANG, &usage) == pid)
            break;
        const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
        if (!b.killed && (elapsed.count() > max_seconds || rss_mb(pid) > max_rss_mb)) {
            kill(pid, SIGKILL);
            b.killed = true;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    b.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    b.peak_rss_mb = usage.ru_maxrss / 1024;
    b.output = Output{WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status), slurp(out_path),
                      slurp(err_path)};
    fs::remove(out_path);
    fs::remove(err_path);
    return b;
}

Bounded index_bounded(const std::vector<std::string>& args, double max_seconds, long max_rss_mb)
{
    return run_bounded(DATELINE_INDEX, args, max_seconds, max_rss_mb);
}

}  // namespace e2e
