#include "dateline/store/stub.hpp"

#include <fstream>
#include <sstream>

#include "dateline/error.hpp"
#include "dateline/store/durability.hpp"
#include "dateline/util/crash_point.hpp"

namespace dateline::store {

namespace fs = std::filesystem;

namespace {

// A stub is a short list; anything longer is not one of ours nor a sensible hand-written one.
constexpr std::size_t MaxLines = 4096;
constexpr std::size_t MaxLineBytes = 4096;

Error bad_line(const fs::path& stub, std::size_t number, const std::string& line, const std::string& why,
               std::string hint = "lines are 'auto PATH', 'remote HOST:PORT' or 'remote :PROGRAM ARGS'")
{
    return Error(Error::Code::NoIndex,
                 "stub file " + stub.string() + ":" + std::to_string(number) + ": " + why + ": '" + line + "'",
                 std::move(hint));
}

StubLine parse_remote(const fs::path& stub, std::size_t number, const std::string& line, const std::string& rest)
{
    StubLine out;
    out.text = line;
    if (rest.starts_with(':')) {
        std::istringstream command(rest.substr(1));
        out.kind = StubLine::Kind::Program;
        command >> out.program;
        std::getline(command >> std::ws, out.args);
        if (out.program.empty())
            throw bad_line(stub, number, line, "no program named");
        return out;
    }
    const auto colon = rest.rfind(':');
    const auto digits = colon == std::string::npos ? std::string() : rest.substr(colon + 1);
    if (digits.empty() || digits.size() > 5 || digits.find_first_not_of("0123456789") != std::string::npos)
        throw bad_line(stub, number, line, "no port", "write remote shards as 'remote HOST:PORT'");
    const auto port = std::stoul(digits);
    if (port < 1 || port > 65535)
        throw bad_line(stub, number, line, "port outside 1..65535", "write remote shards as 'remote HOST:PORT'");
    out.kind = StubLine::Kind::Tcp;
    out.host = rest.substr(0, colon);
    out.port = static_cast<unsigned>(port);
    return out;
}

}  // namespace

std::vector<StubLine> read_stub(const fs::path& stub)
{
    std::ifstream in(stub);
    if (!in)
        throw Error(Error::Code::NoIndex, "cannot read stub file " + stub.string());
    std::vector<StubLine> lines;
    std::string line;
    for (std::size_t number = 1; std::getline(in, line); ++number) {
        if (line.size() > MaxLineBytes || number > MaxLines)
            throw bad_line(stub, number, line.substr(0, 40) + "...", "too long to be a stub file");
        std::istringstream words(line);
        std::string kind, rest;
        words >> kind;
        std::getline(words >> std::ws, rest);
        if (kind.empty() || kind.starts_with('#'))
            continue;
        if (kind == "auto" || kind == "glass" || kind == "chert") {
            if (rest.empty())
                throw bad_line(stub, number, line, "no database named");
            StubLine local{StubLine::Kind::Local, kind, fs::path(rest), {}, 0, {}, {}, line};
            if (local.path.is_relative())
                local.path = stub.parent_path() / local.path;
            lines.push_back(std::move(local));
        } else if (kind == "remote") {
            lines.push_back(parse_remote(stub, number, line, rest));
        } else {
            throw bad_line(stub, number, line, "cannot read line");
        }
    }
    return lines;
}

void write_stub(const fs::path& dir, const std::vector<std::string>& databases)
{
    const fs::path tmp = dir / (std::string(StubFile) + ".tmp");
    {
        std::ofstream out(tmp, std::ios::trunc);
        for (const auto& name : databases)
            out << "auto " << name << '\n';
        out.flush();
        if (!out)
            throw Error(Error::Code::Io, "cannot write " + tmp.string());
    }
    sync_file(tmp);  // durable before it becomes visible: a crash must not leave an empty stub
    util::crash_point("stub written aside");
    fs::rename(tmp, dir / StubFile);
    util::crash_point("stub renamed into place");
}

}  // namespace dateline::store
