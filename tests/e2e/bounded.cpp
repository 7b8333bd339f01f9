#include "bounded.hpp"

#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <thread>

namespace e2e {

namespace fs = std::filesystem;

namespace {

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
    const auto start = std::chrono::steady_clock::now();
    const auto child = spawn_captured(program, args, "/dev/null");
    const pid_t pid = child.pid;

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
    b.output = child.collect(status);
    return b;
}

Bounded index_bounded(const std::vector<std::string>& args, double max_seconds, long max_rss_mb)
{
    return run_bounded(DATELINE_INDEX, args, max_seconds, max_rss_mb);
}

}  // namespace e2e
