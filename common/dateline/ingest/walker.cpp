#include "dateline/ingest/walker.hpp"

#include <algorithm>
#include <optional>
#include <set>
#include <string>
#include <system_error>
#include <utility>
#include <vector>

#include <spdlog/spdlog.h>

#include "dateline/store/stub.hpp"

namespace dateline::ingest {

namespace fs = std::filesystem;

namespace {

// Why a symbolic link leads nowhere: a loop (ELOOP) is not a link to a missing file.
std::string link_problem(const std::error_code& ec)
{
    return ec == std::errc::too_many_symbolic_link_levels ? "symbolic link loop" : "broken symbolic link";
}

class Walker {
public:
    Walker(const std::function<void(const FoundFile&)>& visit, std::vector<Problem>& problems, bool say)
        : visit_(visit), problems_(problems), say_(say) {}

    void start(const std::string& given)
    {
        std::error_code ec;
        const fs::path path = fs::absolute(given, ec).lexically_normal();
        const auto status = fs::status(path, ec);
        if (ec || !fs::exists(status)) {
            std::error_code link_ec;
            const bool link = fs::is_symlink(fs::symlink_status(path, link_ec));
            problem(path, link ? Reason::Unreadable : Reason::NotFound, link ? link_problem(ec) : "");
            return;
        }
        if (fs::is_directory(status))
            folder(path);
        else
            file(path, fs::is_regular_file(status), true);
    }

private:
    // One folder being read: its entries in name order, and the next to visit.
    struct Frame {
        std::vector<fs::directory_entry> entries;
        std::vector<std::pair<std::string, std::size_t>> names;  // (name, entry), sorted
        std::size_t next = 0;
    };

    // Depth first and in name order, with an explicit stack: the depth is the input's.
    void folder(const fs::path& top)
    {
        std::error_code ec;
        const auto root = fs::canonical(top, ec);
        std::vector<Frame> stack;
        if (auto frame = open(top, ec))
            stack.push_back(std::move(*frame));
        while (!stack.empty()) {
            auto& frame = stack.back();
            if (frame.next == frame.names.size()) {
                stack.pop_back();
                continue;
            }
            const auto& [name, i] = frame.names[frame.next++];
            if (name.starts_with('.'))
                continue;
            const auto entry = frame.entries[i];
            // The type the folder listing gave, without a stat; a link is followed to its target.
            const bool directory = entry.is_directory(ec);
            const bool regular = !ec && !directory && entry.is_regular_file(ec);
            if (ec) {
                problem(entry.path(), Reason::Unreadable, entry.is_symlink() ? link_problem(ec) : ec.message());
                continue;
            }
            if (!directory) {
                file(entry.path(), regular, false);
                continue;
            }
            if (entry.is_symlink(ec) && !inside(entry.path(), root)) {
                // `up -> ../..` would pull in the folders beside the one the user named.
                if (say_)
                    spdlog::info("{}: a link to a folder outside {}: not followed", entry.path().string(),
                                 top.string());
                continue;
            }
            if (auto child = open(entry.path(), ec))
                stack.push_back(std::move(*child));
        }
    }

    static bool inside(const fs::path& link, const fs::path& root)
    {
        std::error_code ec;
        const auto target = fs::canonical(link, ec);
        if (ec)
            return false;
        const auto rel = target.lexically_relative(root);
        return !rel.empty() && *rel.begin() != "..";
    }

    // A folder's entries, sorted; none for a folder already read, a Xapian database, or one
    // that cannot be listed (a problem).
    std::optional<Frame> open(const fs::path& dir, std::error_code& ec)
    {
        // A folder reached twice (a symlink loop or a link to an ancestor) is read once.
        const auto real = fs::canonical(dir, ec);
        if (ec || !seen_.insert(real.string()).second)
            return std::nullopt;
        // An index kept inside the archive folder is not input (another tool's, or ours, which
        // the indexer refuses to write there): nor is a folder with a stub file, whose name
        // would otherwise read as plain text.
        if (fs::exists(dir / "iamglass", ec) || fs::exists(dir / "iamchert", ec) ||
            fs::exists(dir / store::StubFile, ec)) {
            spdlog::debug("{}: skipped, a Xapian database", dir.string());
            return std::nullopt;
        }
        Frame frame;
        for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
            frame.entries.push_back(*it);
        if (ec) {
            problem(dir, Reason::Unreadable, ec.message());
            return std::nullopt;
        }
        // Each name taken once, not two paths made for every comparison (perf: handling paths
        // was a sixth of the reading thread over a folder of 19,043 stories).
        frame.names.reserve(frame.entries.size());
        for (std::size_t i = 0; i < frame.entries.size(); ++i)
            frame.names.emplace_back(frame.entries[i].path().filename().string(), i);
        std::sort(frame.names.begin(), frame.names.end());
        return frame;
    }

    void file(const fs::path& path, bool regular, bool named)
    {
        if (!regular) {
            if (named)
                problem(path, Reason::Unreadable, "not a regular file");
            return;
        }
        visit_(FoundFile{path, named});
    }

    void problem(const fs::path& path, Reason reason, std::string message)
    {
        problems_.push_back(Problem{SourceRef{path.string(), {}}, 0, reason, std::move(message)});
    }

    const std::function<void(const FoundFile&)>& visit_;
    std::vector<Problem>& problems_;
    std::set<std::string> seen_;
    bool say_;
};

}  // namespace

void walk(const std::vector<std::string>& paths, const std::function<void(const FoundFile&)>& visit,
          std::vector<Problem>& problems, bool say)
{
    Walker walker(visit, problems, say);
    for (const auto& path : paths)
        walker.start(path);
}

}  // namespace dateline::ingest
