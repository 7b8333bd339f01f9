// kill-points: kills dateline-index at each of its kill points in turn (DATELINE_CRASH_AT=N),
// runs the same command again, and compares the index, term by term and record by record, with
// a clean build of the same inputs. Scenarios: a fresh build, an update with changed, deleted
// and new files and archive members and --prune, --rebuild, and compact. Exit 0 when every kill point converges.
//
//   kill-points --index BIN --work DIR [--stories N] [--batch N] [--jobs N] [--piece-size N]
//               [--scenario NAME]...
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <sys/stat.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <xapian.h>

#include "../e2e/archives.hpp"

extern char** environ;

namespace fs = std::filesystem;

namespace {

struct Config {
    std::string index;
    fs::path work;
    int stories = 12;
    int batch = 3;
    int jobs = 1;
    std::string piece_size;  // the killed runs' --piece-size: JSON Lines in pieces (none: the default)
    std::vector<std::string> scenarios;
};

// Runs the indexer; stdout and stderr go to a log. Returns the exit code, 128 + signal if killed.
int run(const Config& c, const std::vector<std::string>& args, unsigned long crash_at)
{
    if (crash_at > 0)
        setenv("DATELINE_CRASH_AT", std::to_string(crash_at).c_str(), 1);
    else
        unsetenv("DATELINE_CRASH_AT");
    const auto log = (c.work / "run.log").string();
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
    posix_spawn_file_actions_addopen(&actions, 2, log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
    std::vector<char*> argv{const_cast<char*>(c.index.c_str())};
    for (const auto& a : args)
        argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    pid_t pid = 0;
    if (posix_spawn(&pid, c.index.c_str(), &actions, nullptr, argv.data(), environ) != 0) {
        std::cerr << "kill-points: cannot start " << c.index << '\n';
        std::exit(2);
    }
    posix_spawn_file_actions_destroy(&actions);
    int status = 0;
    waitpid(pid, &status, 0);
    unsetenv("DATELINE_CRASH_AT");
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

// Everything a search or a later run can see: every section's terms (with wdf and positions),
// values and data, keyed by its unique term, not its docid; every metadata entry; the spelling.
std::vector<std::string> digest(const fs::path& db_path)
{
    std::vector<std::string> lines;
    Xapian::Database db(db_path.string());
    for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
        const auto doc = db.get_document(*it);
        std::string terms, key;
        for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
            const std::string term = *t;
            if (term.starts_with("Q"))
                key = term;
            terms += fmt::format(" {}:{}", term, t.get_wdf());
            for (auto p = t.positionlist_begin(); p != t.positionlist_end(); ++p)
                terms += fmt::format(",{}", *p);
        }
        std::string values;
        for (auto v = doc.values_begin(); v != doc.values_end(); ++v)
            values += fmt::format(" {}={}", v.get_valueno(), *v);
        lines.push_back(fmt::format("doc {} data={} values={} terms={}", key, doc.get_data(), values, terms));
    }
    for (auto k = db.metadata_keys_begin(); k != db.metadata_keys_end(); ++k)
        lines.push_back(fmt::format("meta {}={}", *k, db.get_metadata(*k)));
    for (auto s = db.spellings_begin(); s != db.spellings_end(); ++s)
        lines.push_back(fmt::format("spell {} {}", *s, s.get_termfreq()));
    std::sort(lines.begin(), lines.end());
    return lines;
}

// What a finished run may leave in the index folder: the marker, the lock, the stub, and the
// generations the stub lists. Anything else is a leftover the rerun should have removed.
std::vector<std::string> leftovers(const fs::path& db)
{
    std::vector<std::string> listed{"DATELINE-INDEX", "dateline.lock", "XAPIANDB"};
    std::ifstream stub(db / "XAPIANDB");
    for (std::string line; std::getline(stub, line);)
        if (line.starts_with("auto "))
            listed.push_back(fs::path(line.substr(5)).begin()->string());
    std::vector<std::string> out;
    for (const auto& entry : fs::directory_iterator(db))
        if (std::find(listed.begin(), listed.end(), entry.path().filename().string()) == listed.end())
            out.push_back(entry.path().filename().string());
    return out;
}

std::string first_difference(const std::vector<std::string>& want, const std::vector<std::string>& got)
{
    std::vector<std::string> missing, extra;
    std::set_difference(want.begin(), want.end(), got.begin(), got.end(), std::back_inserter(missing));
    std::set_difference(got.begin(), got.end(), want.begin(), want.end(), std::back_inserter(extra));
    const auto cut = [](const std::string& s) { return s.size() > 300 ? s.substr(0, 300) + "..." : s; };
    return fmt::format("{} missing, {} extra; first missing: {}; first extra: {}", missing.size(), extra.size(),
                       missing.empty() ? "-" : cut(missing.front()), extra.empty() ? "-" : cut(extra.front()));
}

void save(const fs::path& path, const std::vector<std::string>& lines)
{
    std::ofstream out(path, std::ios::trunc);
    for (const auto& line : lines)
        out << line << '\n';
}

// A fixed time for every input file: the same inputs give the same source records every time.
void write_time(const fs::path& path, int minute)
{
    const timespec when{1'500'000'000 + 60L * minute, 0};
    const timespec times[2] = {when, when};
    utimensat(AT_FDCWD, path.c_str(), times, 0);
}

void write(const fs::path& path, const std::string& text, int minute)
{
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::trunc) << text;
    write_time(path, minute);
}

std::string story(int i, const std::string& variant = "")
{
    static const char* people[] = {"Kremlin spokesman Dmitry Peskov", "Foreign Minister Sergey Lavrov",
                                   "Energy Minister Alexander Novak"};
    std::string text = fmt::format("All news\n\nTalks on item {0} went on{1}\n\nThe talks lasted day {0}\n\n"
                                   "MOSCOW, March {2}. /TASS/. Talks on item {0} continued, {3} said.{1}\n\n"
                                   "\"We discussed item {0} in detail,\" he added.\n",
                                   i, variant, i % 28 + 1, people[i % 3]);
    if (i % 3 == 0)
        text += fmt::format("\nOn the next round\n\nThe next round on item {} is due in a month.\n", i);
    return text;
}

std::string record(int i, const std::string& variant = "", const std::string& id_suffix = "")
{
    return fmt::format(R"({{"id": "r{0}{3}", "title": "Wire item {0}{1}", "date": "2017-03-{2:02}", )"
                       R"("text": "MOSCOW, March {2}. /TASS/. Wire item {0} was signed{1}, Sergey Lavrov said."}})",
                       i, variant, i % 28 + 1, id_suffix) + "\n";
}

// Version 1 of the inputs, and version 2: changed, deleted and new files and records, and
// duplicates whose first copy changes or goes (so a remaining copy must take its place).
void inputs(const Config& c, const fs::path& in, int version)
{
    fs::remove_all(in);
    for (int i = 0; i < c.stories; ++i) {
        if (version == 2 && i == 1)
            continue;  // deleted
        const bool changed = version == 2 && i % 5 == 2;
        write(in / fmt::format("2017/03/{:02}/story-{}.txt", i % 28 + 1, i), story(i, changed ? " again" : ""),
              changed ? 2 : 1);
    }
    if (version == 2)
        write(in / "2017/03/30/story-new.txt", story(c.stories + 1), 2);
    // The same story three times; in version 2 its first copy changes and its second goes.
    write(in / "a/dup.txt", story(100, version == 2 ? " changed" : ""), version);
    if (version == 1)
        write(in / "b/dup.txt", story(100), 1);
    write(in / "c/dup.txt", story(100), 1);
    // A copy goes while its first copy stays (the first must stop listing it) ...
    write(in / "m/two.txt", story(200), 1);
    if (version == 1)
        write(in / "n/two.txt", story(200), 1);
    write(in / "o/two.txt", story(200), 1);
    // ... and a new copy whose path sorts before the first copy's takes its place.
    write(in / "p/three.txt", story(300), 1);
    if (version == 2)
        write(in / "e/three.txt", story(300), 2);
    // A file of many stories: one record changes, one goes, one is a copy of a text story.
    std::string jsonl;
    for (int i = 0; i < 6; ++i) {
        if (version == 2 && i == 4)
            continue;
        jsonl += record(i, version == 2 && i == 2 ? " again" : "");
    }
    jsonl += record(0, "", "-copy");  // the same story as the first record, under another id
    write(in / "wire/feed.jsonl", jsonl, version);
    // An archive: in version 2 one member changes and one goes.
    std::vector<std::pair<std::string, std::string>> members{{"2017-03-05-desk-400.txt", story(400)}};
    if (version == 1)
        members.emplace_back("2017-03-05-desk-401.txt", story(401));
    members.emplace_back("2017-03-05-desk-402.txt", story(402, version == 2 ? " again" : ""));
    const auto archive = in / "wire/desk.tar.gz";
    e2e::write_tar_gz(archive, members);
    write_time(archive, version);
}

void copy_tree(const fs::path& from, const fs::path& to)
{
    fs::remove_all(to);
    if (fs::exists(from))
        fs::copy(from, to, fs::copy_options::recursive | fs::copy_options::copy_symlinks);
}

struct Scenario {
    std::string name;
    int before = 0;  // the inputs' version the index starts from (0: no index), and the one after
    int after = 1;
    std::vector<std::string> args;  // after "--db DB"
};

bool check(const Config& c, const Scenario& s)
{
    const auto in = c.work / "in", db = c.work / "db", start = c.work / ("start-" + s.name);
    const auto jobs = std::to_string(c.jobs), batch = std::to_string(c.batch);
    const std::vector<std::string> build{"--jobs", "1", "--batch", batch, "--quiet"};
    // The clean build every outcome must equal.
    inputs(c, in, s.after);
    const auto clean_db = c.work / "clean";
    fs::remove_all(clean_db);
    std::vector<std::string> clean_args{"--db", clean_db.string()};
    clean_args.insert(clean_args.end(), build.begin(), build.end());
    clean_args.push_back(in.string());
    if (run(c, clean_args, 0) != 0) {
        std::cerr << "kill-points: the clean build failed; see " << (c.work / "run.log") << '\n';
        return false;
    }
    const auto want = digest(clean_db);
    // The index the scenario starts from.
    fs::remove_all(start);
    if (s.before > 0) {
        inputs(c, in, s.before);
        auto args = std::vector<std::string>{"--db", start.string()};
        args.insert(args.end(), build.begin(), build.end());
        args.push_back(in.string());
        run(c, args, 0);
        if (s.name == "compact") {  // the index of an update, compacted
            inputs(c, in, s.after);
            args.push_back("--prune");
            run(c, args, 0);
        }
    }
    std::vector<std::string> command;
    if (s.name == "compact")
        command = {"compact", "--db", db.string()};
    else {
        command = {"--db", db.string(), "--jobs", jobs, "--batch", batch, "--quiet"};
        if (!c.piece_size.empty())
            command.insert(command.end(), {"--piece-size", c.piece_size});
        command.insert(command.end(), s.args.begin(), s.args.end());
        command.push_back(in.string());
    }
    for (const auto& entry : fs::directory_iterator(c.work))
        if (entry.path().filename().string().starts_with(s.name + "-got-"))
            fs::remove(entry.path());
    bool ok = true;
    unsigned long points = 0;
    for (unsigned long n = 1;; ++n) {
        copy_tree(start, db);
        inputs(c, in, s.after);
        const int killed = run(c, command, n);
        if (killed != 128 + SIGKILL) {
            points = n - 1;
            const auto got = digest(db);
            if (got != want) {
                std::cout << fmt::format("{}: the run without a kill differs from a clean build: {}\n", s.name,
                                         first_difference(want, got));
                ok = false;
            }
            break;
        }
        const int rerun = run(c, command, 0);
        const auto got = digest(db);
        if (const auto left = leftovers(db); !left.empty()) {
            std::cout << fmt::format("{}: killed at point {}, run again: {} left in the index folder\n", s.name, n,
                                     left.front());
            ok = false;
        }
        if (rerun > 3 || got != want) {
            save(c.work / fmt::format("{}-want.txt", s.name), want);
            save(c.work / fmt::format("{}-got-{}.txt", s.name, n), got);
            std::cout << fmt::format("{}: killed at point {}, run again (exit {}): {}\n", s.name, n, rerun,
                                     first_difference(want, got));
            ok = false;
        }
    }
    std::cout << fmt::format("{}: {} kill points, {}\n", s.name, points, ok ? "every one converged" : "FAILED");
    return ok;
}

}  // namespace

int main(int argc, char** argv)
{
    Config c;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string flag = argv[i], value = argv[i + 1];
        if (flag == "--index") c.index = value;
        else if (flag == "--work") c.work = value;
        else if (flag == "--stories") c.stories = std::stoi(value);
        else if (flag == "--batch") c.batch = std::stoi(value);
        else if (flag == "--jobs") c.jobs = std::stoi(value);
        else if (flag == "--piece-size") c.piece_size = value;
        else if (flag == "--scenario") c.scenarios.push_back(value);
        else {
            std::cerr << "kill-points: unknown option " << flag << '\n';
            return 2;
        }
    }
    if (c.index.empty() || c.work.empty()) {
        std::cerr << "usage: kill-points --index BIN --work DIR [--stories N] [--batch N] [--jobs N] [--piece-size N] [--scenario "
                     "fresh|update|rebuild|compact]...\n";
        return 2;
    }
    fs::create_directories(c.work);
    c.work = fs::absolute(c.work);
    if (c.scenarios.empty())
        c.scenarios = {"fresh", "update", "rebuild", "compact"};
    const std::vector<Scenario> all{{"fresh", 0, 1, {}},
                                    {"update", 1, 2, {"--prune"}},
                                    {"rebuild", 1, 2, {"--rebuild"}},
                                    {"compact", 1, 2, {}}};
    bool ok = true;
    for (const auto& name : c.scenarios) {
        const auto s = std::find_if(all.begin(), all.end(), [&](const Scenario& x) { return x.name == name; });
        if (s == all.end()) {
            std::cerr << "kill-points: no scenario " << name << '\n';
            return 2;
        }
        ok = check(c, *s) && ok;
    }
    return ok ? 0 : 1;
}
