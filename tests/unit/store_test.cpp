// The index folder: stub files read as data, ownership, the one lock, atomic installs.
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include <doctest/doctest.h>
#include <xapian.h>

#include "dateline/store/database.hpp"
#include "dateline/store/durability.hpp"
#include "dateline/error.hpp"
#include "dateline/store/index_folder.hpp"
#include "dateline/store/stub.hpp"

namespace fs = std::filesystem;
using namespace dateline;
using namespace dateline::store;

namespace {

struct TempDir {
    fs::path path;
    explicit TempDir(const std::string& name) : path(fs::temp_directory_path() / ("dateline-unit-" + name))
    {
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~TempDir() { fs::remove_all(path); }
};

void write_file(const fs::path& path, const std::string& text)
{
    std::ofstream(path) << text;
}

std::string read_file(const fs::path& path)
{
    std::ifstream in(path);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

Error::Code error_of(auto&& f)
{
    try {
        f();
    } catch (const Error& e) {
        return e.code();
    }
    FAIL("no error thrown");
    return Error::Code::Usage;
}

}  // namespace

TEST_CASE("store/stub: lines are read as data, with their kind, and written atomically")
{
    TempDir dir("stub");
    write_file(dir.path / "s", "# shards\nauto g1/shard-00\nglass /abs/db\nremote host.example:3000\nremote :prog -x y\n");
    const auto lines = read_stub(dir.path / "s");
    REQUIRE(lines.size() == 4);
    CHECK(lines[0].kind == StubLine::Kind::Local);
    CHECK(lines[0].path == dir.path / "g1/shard-00");
    CHECK(lines[1].path == "/abs/db");
    CHECK(lines[2].kind == StubLine::Kind::Tcp);
    CHECK(lines[2].host == "host.example");
    CHECK(lines[2].port == 3000);
    CHECK(lines[3].kind == StubLine::Kind::Program);
    CHECK(lines[3].program == "prog");
    CHECK(lines[3].args == "-x y");
    write_stub(dir.path, {"g2/db"});
    CHECK(read_file(dir.path / StubFile) == "auto g2/db\n");
    CHECK_FALSE(fs::exists(dir.path / "XAPIANDB.tmp"));
}

TEST_CASE("store/stub: ports outside 1..65535 and unknown lines are refused, naming file and line")
{
    TempDir dir("stub-bad");
    for (const auto* text : {"remote h:0\n", "remote h:70000\n", "remote h:\n", "auto\n", "local x\n"}) {
        CAPTURE(text);
        write_file(dir.path / "s", std::string("auto a\n") + text);
        try {
            read_stub(dir.path / "s");
            FAIL("accepted");
        } catch (const Error& e) {
            CHECK(std::string(e.what()).find((dir.path / "s").string() + ":2: ") != std::string::npos);
        }
    }
}

TEST_CASE("store/stub: a program line runs nothing unless allowed, and stub loops are errors")
{
    TempDir dir("stub-open");
    const auto marker = dir.path / "ran";
    write_file(dir.path / "prog.stub", "remote :/bin/touch " + marker.string() + "\n");
    try {
        store::open_for_search({dir.path / "prog.stub"}, false);
        FAIL("opened");
    } catch (const Error& e) {
        CHECK(std::string(e.what()).find("would run the program '/bin/touch': refused") != std::string::npos);
    }
    CHECK_FALSE(fs::exists(marker));
    // Nested inside a folder's stub: refused the same way.
    fs::create_directories(dir.path / "idx");
    write_file(dir.path / "idx" / StubFile, "auto ../prog.stub\n");
    CHECK(error_of([&] { store::open_for_search({dir.path / "idx"}, false); }) == Error::Code::Usage);
    CHECK_FALSE(fs::exists(marker));
    write_file(dir.path / "a.stub", "auto b.stub\n");
    write_file(dir.path / "b.stub", "auto a.stub\n");
    try {
        store::open_for_search({dir.path / "a.stub"}, false);
        FAIL("opened a loop");
    } catch (const Error& e) {
        CHECK(std::string(e.what()).find("through a loop of stubs") != std::string::npos);
    }
    write_file(dir.path / "self.stub", "auto self.stub\n");
    CHECK(error_of([&] { store::open_for_search({dir.path / "self.stub"}, false); }) == Error::Code::NoIndex);
}

TEST_CASE("store/index_folder: only an absent, empty or Dateline folder is claimed")
{
    TempDir dir("claim");
    const auto user = dir.path / "user";
    fs::create_directories(user);
    write_file(user / "notes.txt", "precious");
    try {
        IndexFolder::claim(user);
        FAIL("claimed a user's folder");
    } catch (const Error& e) {
        CHECK(e.code() == Error::Code::Usage);
        CHECK(std::string(e.what()) == "the folder " + user.string() + " is not empty and is not a Dateline index: nothing was written");
    }
    CHECK(read_file(user / "notes.txt") == "precious");
    CHECK(std::distance(fs::directory_iterator(user), fs::directory_iterator()) == 1);  // nothing added
    {
        auto folder = IndexFolder::claim(dir.path / "new" / "index");
        CHECK(fs::exists(dir.path / "new" / "index" / MarkerFile));
        CHECK(folder.live().empty());
    }
    CHECK(is_index_folder(dir.path / "new" / "index"));
    CHECK_NOTHROW(IndexFolder::claim(dir.path / "new" / "index"));  // ours: claimed again
}

TEST_CASE("store/index_folder: the index may not lie inside an input, nor contain one")
{
    TempDir dir("overlap");
    fs::create_directories(dir.path / "arch" / "2017");
    CHECK(error_of([&] { IndexFolder::claim(dir.path / "arch", {(dir.path / "arch").string()}); }) == Error::Code::Usage);
    CHECK(error_of([&] { IndexFolder::claim(dir.path / "arch" / "idx", {(dir.path / "arch").string()}); }) ==
          Error::Code::Usage);
    CHECK(error_of([&] { IndexFolder::claim(dir.path, {(dir.path / "arch" / "2017").string()}); }) ==
          Error::Code::Usage);
    CHECK_FALSE(fs::exists(dir.path / "arch" / "idx"));
    CHECK_NOTHROW(IndexFolder::claim(dir.path / "archive-index", {(dir.path / "arch").string()}));
}

TEST_CASE("store/index_folder: one writer at a time, refused at once")
{
    TempDir dir("lock");
    auto first = IndexFolder::claim(dir.path / "idx");
    CHECK(error_of([&] { IndexFolder::claim(dir.path / "idx"); }) == Error::Code::IndexLocked);
}

TEST_CASE("store/index_folder: install switches the stub, then removes what it no longer lists")
{
    TempDir dir("install");
    auto folder = IndexFolder::claim(dir.path / "idx");
    const auto g1 = folder.new_generation();
    CHECK(g1.filename() == "g1");
    store::open_for_index(g1 / "db").close();
    folder.install({g1 / "db"});
    CHECK(read_file(dir.path / "idx" / StubFile) == "auto g1/db\n");
    CHECK(folder.live() == std::vector<fs::path>{g1 / "db"});
    const auto g2 = folder.new_generation();
    CHECK(g2.filename() == "g2");
    store::open_for_index(g2 / "db").close();
    write_file(dir.path / "idx" / "keep.txt", "not ours to remove");
    folder.install({g2 / "db"});
    CHECK_FALSE(fs::exists(g1));
    CHECK(fs::exists(g2 / "db"));
    CHECK(fs::exists(dir.path / "idx" / "keep.txt"));
    // A generation left by a killed run is removed by the next sweep, the live one kept.
    const auto g3 = folder.new_generation();
    folder.sweep(true);
    CHECK_FALSE(fs::exists(g3));
    CHECK(fs::exists(g2 / "db"));
}

TEST_CASE("store/index_folder: a planted stub naming a folder outside the index is refused")
{
    TempDir dir("planted");
    auto folder = IndexFolder::claim(dir.path / "idx");
    write_file(dir.path / "idx" / StubFile, "auto ../elsewhere\n");
    CHECK(error_of([&] { (void)folder.live(); }) == Error::Code::Usage);
}

TEST_CASE("store/durability: unsynced databases are trusted within their boot only")
{
    TempDir dir("durability");
    CHECK(trusted_after_restart(dir.path));  // no stamp: written synced
    if (!boot_id()) {
        MESSAGE("skipped: this system does not tell its boot, so every database is written synced");
        CHECK(private_durability() == Durability::Synced);
        return;
    }
    CHECK(private_durability() == Durability::Unsynced);
    stamp_boot(dir.path);
    CHECK(read_file(dir.path / "BOOT") == *boot_id() + "\n");
    CHECK(trusted_after_restart(dir.path));
    write_file(dir.path / "BOOT", "another-boot\n");
    CHECK_FALSE(trusted_after_restart(dir.path));
    write_file(dir.path / "BOOT", "");
    CHECK_FALSE(trusted_after_restart(dir.path));
    write_file(dir.path / "BOOT", *boot_id() + std::string(10'000, 'x') + "\n");  // read no further than an id
    CHECK_FALSE(trusted_after_restart(dir.path));

    // Written unsynced, flushed by hand before being installed as it is: still readable.
    const auto db = dir.path / "db";
    {
        auto w = open_for_index(db, Durability::Unsynced);
        Xapian::Document doc;
        doc.add_term("word");
        w.add_document(doc);
        w.commit();
    }
    sync_database(db);
    CHECK(Xapian::Database(db.string()).get_termfreq("word") == 1);
    CHECK(error_of([&] { sync_database(dir.path / "missing"); }) == Error::Code::Io);
}

TEST_CASE("store: a database made empty ahead of its writer still stores its document data compressed")
{
    TempDir dir("create-empty");
    const auto db = dir.path / "db";
    create_empty(db, Durability::Synced);
    CHECK(Xapian::Database(db.string()).get_doccount() == 0);
    // Text that zlib shrinks about tenfold; Xapian stores it raw if the docdata table was
    // created by a writer reopening a database committed without it.
    std::string text;
    for (int k = 0; k < 40; ++k)
        text += "The minister said on Monday that the talks would resume. ";
    std::size_t raw = 0;
    {
        auto w = open_for_index(db);
        for (int i = 0; i < 500; ++i) {
            Xapian::Document doc;
            doc.set_data(text + std::to_string(i));
            raw += doc.get_data().size();
            w.add_document(doc);
        }
        w.commit();
    }
    CHECK(Xapian::Database(db.string()).get_doccount() == 500);
    CHECK(fs::file_size(db / "docdata.glass") < raw / 4);
}
