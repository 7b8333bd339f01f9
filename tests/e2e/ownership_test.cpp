// The indexer writes only into its own folder: never into a user's folder, never among its
// inputs, and a stub file found in a folder is data that runs nothing.
#include <filesystem>
#include <fstream>
#include <string>

#include <doctest/doctest.h>

#include "index_layout.hpp"
#include "run.hpp"

namespace fs = std::filesystem;

namespace {

std::string read(const fs::path& path)
{
    std::ifstream in(path);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::size_t entries(const fs::path& dir)
{
    std::size_t n = 0;
    for (auto it = fs::recursive_directory_iterator(dir); it != fs::recursive_directory_iterator(); ++it)
        ++n;
    return n;
}

const char* Story = "All news\n\nLavrov meets Guterres\n\nMOSCOW, March 3. /TASS/. Russian Foreign Minister "
                    "Sergey Lavrov said on Friday that the talks were useful.\n";

}  // namespace

TEST_CASE("ownership: a folder that is not empty and not a Dateline index is refused, untouched")
{
    const auto dir = e2e::scratch("own-user-folder");
    const auto user = dir / "D";
    e2e::write_file(user / "notes.txt", "precious\n");
    for (const auto& extra : std::vector<std::vector<std::string>>{{"--jobs", "1"}, {}, {"--rebuild"}, {"--shards", "2"}}) {
        std::vector<std::string> args{"--db", user.string()};
        args.insert(args.end(), extra.begin(), extra.end());
        args.push_back(SAMPLE_CORPUS);
        const auto o = e2e::index(args);
        CHECK(o.exit_code == 2);
        CHECK(o.err.find("error: the folder " + user.string() +
                         " is not empty and is not a Dateline index: nothing was written") != std::string::npos);
        CHECK(read(user / "notes.txt") == "precious\n");
        CHECK(entries(user) == 1);
    }
    CHECK_FALSE(fs::exists(dir / "D.rebuild"));
    CHECK_FALSE(fs::exists(dir / "D.parts"));
    // compact says there is no index there, and leaves it alone too.
    CHECK(e2e::index({"compact", "--db", user.string()}).exit_code == 2);
    CHECK(entries(user) == 1);
}

TEST_CASE("ownership: the index may not be an input folder, lie inside one, or contain one")
{
    const auto dir = e2e::scratch("own-inputs");
    const auto arch = dir / "arch";
    e2e::write_file(arch / "2017" / "03" / "03" / "lavrov.txt", Story);
    const auto same = e2e::index({"--jobs", "1", "--db", arch.string(), arch.string()});
    CHECK(same.exit_code == 2);
    CHECK(same.err.find("error: the index folder " + arch.string() + " lies inside the input " + arch.string()) !=
          std::string::npos);
    const auto inside = e2e::index({"--db", (arch / "index").string(), arch.string()});
    CHECK(inside.exit_code == 2);
    CHECK(inside.err.find("lies inside the input") != std::string::npos);
    const auto around = e2e::index({"--db", dir.string(), (arch / "2017").string()});
    CHECK(around.exit_code == 2);
    CHECK(around.err.find("error: the input " + (arch / "2017").string() + " lies inside the index folder") !=
          std::string::npos);
    // Nothing was written anywhere, and the story is still there.
    CHECK(read(arch / "2017" / "03" / "03" / "lavrov.txt") == Story);
    CHECK(entries(dir) == 5);  // arch, 2017, 03, 03, lavrov.txt
}

TEST_CASE("ownership: the index folder holds a marker, and everything a run writes stays inside it")
{
    const auto dir = e2e::scratch("own-inside");
    e2e::write_file(dir / "in" / "2017" / "03" / "03" / "lavrov.txt", Story);
    const auto db = dir / "db";
    for (const auto& args : std::vector<std::vector<std::string>>{{"--jobs", "2"}, {"--rebuild"}, {"--prune"}}) {
        std::vector<std::string> full{"-q", "--db", db.string()};
        full.insert(full.end(), args.begin(), args.end());
        full.push_back((dir / "in").string());
        REQUIRE(e2e::index(full).exit_code == 0);
    }
    REQUIRE(e2e::index({"compact", "--db", db.string()}).exit_code == 0);
    CHECK(fs::exists(db / "DATELINE-INDEX"));
    // Beside the index: only the inputs, whatever the run did.
    std::vector<std::string> beside;
    for (const auto& entry : fs::directory_iterator(dir))
        beside.push_back(entry.path().filename().string());
    std::sort(beside.begin(), beside.end());
    CHECK(beside == std::vector<std::string>{"db", "in"});
    // Inside: the marker, the lock, the stub and the one generation it lists.
    CHECK(e2e::stub_names(db) == "db\n");
    std::size_t generations = 0;
    for (const auto& entry : fs::directory_iterator(db))
        generations += entry.is_directory();
    CHECK(generations == 1);
    CHECK(e2e::search({"--db", db.string(), "--format", "json", "Guterres"}).exit_code == 0);
}

TEST_CASE("ownership: a stub in a folder given to --db runs no program, for either program")
{
    const auto dir = e2e::scratch("own-stub");
    const auto marker = dir / "ran";
    const auto db = dir / "shared-index";
    e2e::write_file(db / "XAPIANDB", "remote :/usr/bin/touch " + marker.string() + "\n");
    const auto searched = e2e::search({"--db", db.string(), "anything"});
    CHECK(searched.exit_code == 2);
    CHECK(searched.err.find("would run the program '/usr/bin/touch': refused") != std::string::npos);
    CHECK(searched.err.find("hint: a stub is data; to let it start that program, give --allow-program "
                            "/usr/bin/touch") != std::string::npos);
    e2e::write_file(dir / "in" / "2017" / "03" / "03" / "lavrov.txt", Story);
    const auto indexed = e2e::index({"--db", db.string(), (dir / "in").string()});
    CHECK(indexed.exit_code == 2);
    CHECK(e2e::index({"compact", "--db", db.string()}).exit_code == 2);
    CHECK_FALSE(fs::exists(marker));
    // Asked for by name, the program line is followed (here it fails to serve a database).
    const auto allowed = e2e::search({"--db", db.string(), "--allow-program", "/usr/bin/touch", "anything"});
    CHECK(allowed.exit_code == 2);
    CHECK(fs::exists(marker));
}

TEST_CASE("ownership: stubs that name each other, or a port out of range, are errors that name the file")
{
    const auto dir = e2e::scratch("own-stub-loop");
    e2e::write_file(dir / "a.stub", "auto b.stub\n");
    e2e::write_file(dir / "b.stub", "auto a.stub\n");
    e2e::write_file(dir / "self" / "XAPIANDB", "auto .\n");
    e2e::write_file(dir / "port.stub", "remote localhost:70000\n");
    const auto loop = e2e::search({"--db", (dir / "a.stub").string(), "x"});
    CHECK(loop.exit_code == 2);
    CHECK(loop.err.find("names itself, through a loop of stubs") != std::string::npos);
    const auto self = e2e::search({"--db", (dir / "self").string(), "x"});
    CHECK(self.exit_code == 2);
    CHECK(self.err.find("names itself") != std::string::npos);
    const auto port = e2e::search({"--db", (dir / "port.stub").string(), "x"});
    CHECK(port.exit_code == 2);
    CHECK(port.err.find((dir / "port.stub").string() + ":1: port outside 1..65535") != std::string::npos);
}

TEST_CASE("ownership: an index from before the marker is still ours, updated in place, moved by compact")
{
    const auto dir = e2e::scratch("own-legacy");
    e2e::write_file(dir / "in" / "2017" / "03" / "03" / "lavrov.txt", Story);
    const auto built = dir / "built";
    REQUIRE(e2e::index({"-q", "--db", built.string(), (dir / "in").string()}).exit_code == 0);
    // The old layout: the database's files straight in the index folder.
    const auto legacy = dir / "legacy";
    fs::copy(e2e::stub_paths(built).front(), legacy, fs::copy_options::recursive);
    REQUIRE(fs::exists(legacy / "iamglass"));
    const auto again = e2e::index({"--db", legacy.string(), (dir / "in").string()});
    CHECK(again.exit_code == 0);
    CHECK(again.err.find("1 file: 0 new, 0 changed, 1 unchanged") != std::string::npos);
    CHECK(e2e::index({"compact", "--db", legacy.string()}).exit_code == 0);
    CHECK_FALSE(fs::exists(legacy / "iamglass"));
    CHECK_FALSE(fs::exists(legacy / "postlist.glass"));
    CHECK(e2e::stub_names(legacy) == "db\n");
    const auto found = e2e::search({"--db", legacy.string(), "--format", "json", "Guterres"});
    CHECK(found.exit_code == 0);
    CHECK(found.out.find("\"total\": 1") != std::string::npos);
}
