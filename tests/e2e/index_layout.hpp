// Where an index folder keeps its databases: the stub file lists them, inside generation
// folders (DIR/XAPIANDB: "auto g2/shard-00"), so tests look them up by name.
#pragma once

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace e2e {

/** The databases the index folder's stub lists, as paths. */
inline std::vector<std::filesystem::path> stub_paths(const std::filesystem::path& index)
{
    std::ifstream stub(index / "XAPIANDB");
    std::vector<std::filesystem::path> out;
    for (std::string line; std::getline(stub, line);)
        if (line.starts_with("auto "))
            out.push_back(index / line.substr(5));
    return out;
}

/** Their names: "shard-00", "year-2017", "db". */
inline std::string stub_names(const std::filesystem::path& index)
{
    std::string names;
    for (const auto& path : stub_paths(index))
        names += path.filename().string() + "\n";
    return names;
}

/** The database of that name (a shard) inside the index folder; empty when none. */
inline std::filesystem::path database(const std::filesystem::path& index, const std::string& name)
{
    for (const auto& path : stub_paths(index))
        if (path.filename() == name)
            return path;
    return {};
}

}  // namespace e2e
