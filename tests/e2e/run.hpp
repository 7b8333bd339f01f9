// Runs the real programs and captures what they print (mu's run_command).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace e2e {

struct Output {
    int exit_code = -1;
    std::string out;
    std::string err;
};

/** A program started with stdin from a file and stdout and stderr captured in files. */
struct Captured {
    int pid = -1;
    std::filesystem::path out, err;
    /** Its exit code (128 + signal when killed) from a wait status, and what it printed; the
     *  capture files are removed. */
    Output collect(int status) const;
};

/** Starts program with args (no shell), NO_COLOR set, stdin from `input`. */
Captured spawn_captured(const std::string& program, const std::vector<std::string>& args,
                        const std::filesystem::path& input);

/** Runs program with args (no shell), NO_COLOR set, stdin from `input` (default: empty);
 *  waits for it. */
Output run(const std::string& program, const std::vector<std::string>& args,
           const std::filesystem::path& input = "/dev/null");

/** A program started in the background (stdout and stderr to /dev/null). */
struct Background {
    int pid = -1;
    /** Waits for it and returns its exit code (128 + signal when killed). */
    int wait();
    /** Sends SIGKILL: the crash an interrupted run must survive. */
    void kill9();
};
Background start(const std::string& program, const std::vector<std::string>& args);

/** dateline-index / dateline-search with the given arguments. */
Output index(const std::vector<std::string>& args);
Output search(const std::vector<std::string>& args, const std::filesystem::path& input = "/dev/null");

/** dateline-search --db <sample index> --format json ARGS, parsed; fails the test on bad JSON. */
nlohmann::json search_json(const std::vector<std::string>& args);

/** search_json(args)["total"]: how many sections match. */
int search_total(const std::vector<std::string>& args);

/** One string field of every hit of a JSON result ("date", "id"), "" where it is null. */
std::vector<std::string> hit_values(const nlohmann::json& result, const char* name);

/** The id of "Peskov says Kremlin has no compromising materials on Trump", section 1 ("On
 *  alleged hacker attacks"), in the sample index. Ids derive from the file's absolute path,
 *  so tests look them up rather than spell them. */
std::string compromising_section_id();

/** Its article id: the section id without "-<section>". */
std::string compromising_article_id();

/** A fresh empty folder under the build tree for one test. */
std::filesystem::path scratch(const std::string& name);

/** Writes text to path, creating parent folders. */
void write_file(const std::filesystem::path& path, const std::string& text);

/** Splits arguments as a shell would for simple quoting: "a b" c -> [a b, c]. */
std::vector<std::string> split_args(const std::string& line);

}  // namespace e2e
