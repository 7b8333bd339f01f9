// Reading a plain file: its stamp (size and time, the key of "unchanged") and its bytes.
#include <doctest/doctest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>

#include "dateline/ingest/reader.hpp"
#include "search_fixture.hpp"

using namespace dateline;
namespace fs = std::filesystem;

TEST_CASE("ingest/reader: a file's stamp is the size and time std::filesystem gives, to the nanosecond")
{
    // Records written before the stamp came from one stat must still compare equal.
    const auto dir = fixture::temp_dir("reader-stamp");
    const auto path = dir / "story.txt";
    std::ofstream(path) << "MOSCOW, Jan 12 - Peskov said so.\n";
    fs::last_write_time(path, fs::file_time_type(std::chrono::nanoseconds(-4'641'067'747'050'704'472)));
    const auto stamp = ingest::stamp_of(path);
    REQUIRE(stamp.has_value());
    CHECK(stamp->size == fs::file_size(path));
    CHECK(stamp->mtime_ns ==
          std::chrono::duration_cast<std::chrono::nanoseconds>(fs::last_write_time(path).time_since_epoch()).count());
    CHECK(stamp->mtime_ns == -4'641'067'747'050'704'472);

    CHECK_FALSE(ingest::stamp_of(dir).has_value());  // a folder has no stamp
    CHECK_FALSE(ingest::stamp_of(dir / "missing.txt").has_value());
}
