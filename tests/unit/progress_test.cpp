#include <doctest/doctest.h>

#include <filesystem>

#include "dateline/index/producer.hpp"
#include "dateline/index/progress.hpp"
#include "dateline/ingest/walker.hpp"

using namespace dateline;
using namespace dateline::index;

TEST_CASE("progress: the ETA goes by the input's bytes, so one big file has one")
{
    Summary s;
    s.articles = 7;
    // One file of one: by files there is nothing to say until it is done; by bytes, a quarter
    // read in 10 s leaves 30 s.
    CHECK(progress_line(s, 25'000'000, Progress::Totals{1, 25, 100}, 10) ==
          "0/1 files, 7 articles, 0 sections, 2.5 MB/s, 0:10, ETA 0:30");
    CHECK(progress_line(s, 0, Progress::Totals{1, 100, 100}, 10).find("ETA") == std::string::npos);  // done
    CHECK(progress_line(s, 0, Progress::Totals{1, 0, 100}, 10).find("ETA") == std::string::npos);    // no rate yet
    CHECK(progress_line(s, 0, std::nullopt, 10) == "0 files, 7 articles, 0 sections, 0.0 MB/s, 0:10");  // still counting
    s.added = 40;  // the members of one archive
    CHECK(progress_line(s, 0, Progress::Totals{1, 50, 100}, 10).starts_with("40 sources in 1 file, "));
}

TEST_CASE("progress: the items' shares of the input add up to its bytes on disk, pieces and archives included")
{
    IndexOptions options;
    options.paths = {TEST_DATA "/formats"};
    options.piece_bytes = 1000;  // stories.jsonl comes in pieces
    Producer::Totals totals{0, 0};
    std::uint64_t shares = 0, on_disk = 0;
    std::size_t files = 0, pieces = 0;
    bool partial_piece = false, member_share = false;
    Producer(options, {}, [&](Item&& item) {
        shares += item.input_share;
        member_share = member_share || (item.kind == Item::Kind::Source && !item.source.ref.member.empty() &&
                                        item.input_share > 0);
        if (item.piece) {
            ++pieces;
            partial_piece = partial_piece || (item.input_share > 0 && item.input_share < item.source.stamp.size);
        }
    }, totals).run();
    std::vector<Problem> problems;
    ingest::walk(options.paths, [&](const ingest::FoundFile& f) {
        ++files;
        on_disk += std::filesystem::file_size(f.path);
    }, problems);
    CHECK(totals.files == files);
    CHECK(totals.bytes == on_disk);
    CHECK(shares == on_disk);  // the ETA ends at zero, not before or after
    CHECK(pieces > 1);
    CHECK(partial_piece);
    CHECK(member_share);  // an archive's members move the ETA as they are read
}
