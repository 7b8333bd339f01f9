#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include <xapian.h>

#include "dateline/index/index_writer.hpp"
#include "dateline/store/compact.hpp"
#include "search_fixture.hpp"

using namespace dateline;

namespace {

Xapian::Document doc_of(std::size_t bytes)
{
    Xapian::Document doc;
    doc.add_term("word");
    doc.set_data(std::string(bytes, 'x'));
    return doc;
}

Xapian::rev committed(const std::filesystem::path& path)
{
    return Xapian::Database(path.string()).get_revision();
}

}  // namespace

TEST_CASE("index/index_writer: a batch closes at its section count or its bytes, whichever comes first")
{
    const auto path = fixture::temp_dir("writer-batch");
    index::IndexWriter writer(path, {3, store::Durability::Synced});
    writer.db();  // the transaction begins: what opening wrote (the schema version) is committed
    const auto start = committed(path);
    const Article article;
    const auto big = index::IndexWriter::MaxBatchBytes / 2;

    writer.add(article, {doc_of(10), doc_of(10)}, false);
    writer.end_source();
    CHECK(committed(path) == start);  // 2 sections of 3
    writer.add(article, {doc_of(10)}, false);
    writer.end_source();
    CHECK(committed(path) == start + 1);  // 3 sections

    writer.add(article, {doc_of(big)}, false);
    writer.end_source();
    CHECK(committed(path) == start + 1);  // half the bytes
    writer.add(article, {doc_of(big)}, false);
    writer.end_source();
    CHECK(committed(path) == start + 2);  // 2 sections, but all the bytes
}

namespace {

// A section of free text, indexed as the builder indexes it (plain words and Z stems).
Xapian::Document text_doc(const std::string& text)
{
    Xapian::Document doc;
    Xapian::TermGenerator terms;
    terms.set_stemmer(Xapian::Stem("english"));
    terms.set_document(doc);
    terms.index_text(text);
    doc.add_boolean_term("XSPEAKERpeskov");
    return doc;
}

std::vector<std::pair<std::string, Xapian::doccount>> spellings(const std::filesystem::path& path)
{
    Xapian::Database db(path.string());
    std::vector<std::pair<std::string, Xapian::doccount>> out;
    for (auto it = db.spellings_begin(); it != db.spellings_end(); ++it)
        out.emplace_back(*it, it.get_termfreq());
    return out;
}

}  // namespace

TEST_CASE("index/index_writer: parts that spell shares of all the words merge into the table of one database")
{
    // Overlapping vocabularies, as two parts of one build have: "hackers" and "attacks" in both.
    const std::vector<std::string> first{"hackers attacked the ministry", "Peskov denied the attacks", "1987 talks"};
    const std::vector<std::string> second{"the hackers denied nothing", "attacks on the ministry of trade",
                                          "Überraschung in Moskau"};
    const auto dir = fixture::temp_dir("writer-spelling-shares");
    const Article article;
    const auto write = [&](const std::filesystem::path& path, const std::vector<std::vector<std::string>>& texts) {
        index::IndexWriter writer(path, {0, store::Durability::Unsynced});
        for (const auto& group : texts)
            for (const auto& text : group)
                writer.add(article, {text_doc(text)}, false);
        writer.commit();
    };
    write(dir / "whole", {first, second});
    write(dir / "part0", {first});
    write(dir / "part1", {second});
    {
        index::IndexWriter whole(dir / "whole", {0, store::Durability::Unsynced});
        whole.sync_spelling();
    }

    Xapian::Database all((dir / "part0").string());
    all.add_database(Xapian::Database((dir / "part1").string()));
    const auto words = index::indexed_words(all);
    // Unprefixed words only (no Z stems, no boolean terms), counted over both parts.
    CHECK(std::none_of(words.begin(), words.end(), [](const auto& w) { return w.first[0] >= 'A' && w.first[0] <= 'Z'; }));
    CHECK(std::find(words.begin(), words.end(), std::pair<std::string, Xapian::doccount>{"hackers", 2}) != words.end());
    CHECK(std::find(words.begin(), words.end(), std::pair<std::string, Xapian::doccount>{"1987", 1}) != words.end());
    CHECK(std::find(words.begin(), words.end(), std::pair<std::string, Xapian::doccount>{"überraschung", 1}) != words.end());

    const auto shares = index::spelling_shares(words, 2);
    REQUIRE(shares.size() == 2);
    CHECK(shares[0].size() + shares[1].size() == words.size());
    CHECK_FALSE(shares[0].empty());
    CHECK_FALSE(shares[1].empty());
    for (const auto& word : shares[0])
        CHECK(std::find(shares[1].begin(), shares[1].end(), word) == shares[1].end());
    for (unsigned k = 0; k < 2; ++k) {
        index::IndexWriter part(dir / ("part" + std::to_string(k)), {0, store::Durability::Unsynced});
        part.sync_spelling(shares[k]);
    }
    store::compact_to({dir / "part0", dir / "part1"}, dir / "merged");

    const auto expected = spellings(dir / "whole");
    CHECK(expected.size() == words.size());
    CHECK(spellings(dir / "merged") == expected);
    const Xapian::Database merged((dir / "merged").string());
    const Xapian::Database whole((dir / "whole").string());
    for (const std::string typo : {"hackrs", "atacks", "ministy", "uberraschung"})
        CHECK(merged.get_spelling_suggestion(typo) == whole.get_spelling_suggestion(typo));
    CHECK(merged.get_spelling_suggestion("hackrs") == "hackers");
}
