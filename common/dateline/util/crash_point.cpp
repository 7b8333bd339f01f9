#include "dateline/util/crash_point.hpp"

#include <atomic>
#include <csignal>
#include <cstdlib>
#include <string>

#include <spdlog/spdlog.h>

namespace dateline::util {

namespace {

struct Plan {
    unsigned long at = 0;  // 0: never
    bool log = false;
};

const Plan& plan()
{
    static const Plan p = [] {
        Plan out;
        if (const char* at = std::getenv("DATELINE_CRASH_AT"); at && *at)
            out.at = std::strtoul(at, nullptr, 10);
        const char* log = std::getenv("DATELINE_CRASH_LOG");
        out.log = log && *log;
        return out;
    }();
    return p;
}

std::atomic<unsigned long> reached{0};

}  // namespace

void crash_point(const char* where)
{
    const auto n = reached.fetch_add(1, std::memory_order_relaxed) + 1;
    const auto& p = plan();
    if (p.log)
        spdlog::info("kill point {}: {}", n, where);
    if (p.at == n)
        std::raise(SIGKILL);
}

}  // namespace dateline::util
