#include "run.hpp"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include <doctest/doctest.h>

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

}  // namespace

Captured spawn_captured(const std::string& program, const std::vector<std::string>& args, const fs::path& input)
{
    static int counter = 0;
    const auto dir = fs::path(SCRATCH_DIR) / "io";
    fs::create_directories(dir);
    const auto stem = std::to_string(getpid()) + "-" + std::to_string(counter++);
    Captured c{-1, dir / ("out-" + stem), dir / ("err-" + stem)};

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, input.c_str(), O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, c.out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, 2, c.err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);

    std::vector<char*> argv{const_cast<char*>(program.c_str())};
    for (const auto& a : args)
        argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    setenv("NO_COLOR", "1", 1);

    pid_t pid = 0;
    const int rc = posix_spawn(&pid, program.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0)
        throw std::runtime_error("cannot start " + program);
    c.pid = pid;
    return c;
}

Output Captured::collect(int status) const
{
    Output o{WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status), slurp(out), slurp(err)};
    fs::remove(out);
    fs::remove(err);
    return o;
}

Output run(const std::string& program, const std::vector<std::string>& args, const fs::path& input)
{
    const auto child = spawn_captured(program, args, input);
    int status = 0;
    waitpid(child.pid, &status, 0);
    return child.collect(status);
}

Background start(const std::string& program, const std::vector<std::string>& args)
{
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    std::vector<char*> argv{const_cast<char*>(program.c_str())};
    for (const auto& a : args)
        argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    pid_t pid = 0;
    const int rc = posix_spawn(&pid, program.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0)
        throw std::runtime_error("cannot start " + program);
    return Background{pid};
}

int Background::wait()
{
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

void Background::kill9()
{
    ::kill(pid, SIGKILL);
}

Output index(const std::vector<std::string>& args) { return run(DATELINE_INDEX, args); }
Output search(const std::vector<std::string>& args, const fs::path& input)
{
    return run(DATELINE_SEARCH, args, input);
}

nlohmann::json search_json(const std::vector<std::string>& args)
{
    std::vector<std::string> full{"--db", SAMPLE_DB, "--format", "json"};
    full.insert(full.end(), args.begin(), args.end());
    const auto o = search(full);
    INFO("stderr: " << o.err);
    REQUIRE((o.exit_code == 0 || o.exit_code == 1));
    return nlohmann::json::parse(o.out);
}

int search_total(const std::vector<std::string>& args)
{
    return search_json(args)["total"].get<int>();
}

std::vector<std::string> hit_values(const nlohmann::json& result, const char* name)
{
    std::vector<std::string> out;
    for (const auto& hit : result["hits"])
        out.push_back(hit[name].is_null() ? "" : hit[name].get<std::string>());
    return out;
}

std::string compromising_section_id()
{
    const auto r = search_json({"title:compromising", "heading:hacker", "--limit", "1"});
    REQUIRE(r["hits"].size() == 1);
    return r["hits"][0]["id"].get<std::string>();
}

std::string compromising_article_id()
{
    const auto id = compromising_section_id();
    return id.substr(0, id.rfind('-'));
}

fs::path scratch(const std::string& name)
{
    const auto dir = fs::path(SCRATCH_DIR) / name;
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

void write_file(const fs::path& path, const std::string& text)
{
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
}

std::vector<std::string> split_args(const std::string& line)
{
    std::vector<std::string> out;
    std::string current;
    bool quoted = false, any = false;
    for (char c : line) {
        if (c == '"') {
            quoted = !quoted;
            any = true;
        } else if (c == ' ' && !quoted) {
            if (any)
                out.push_back(current);
            current.clear();
            any = false;
        } else {
            current += c;
            any = true;
        }
    }
    if (any)
        out.push_back(current);
    return out;
}

}  // namespace e2e
