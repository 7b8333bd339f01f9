#include <doctest/doctest.h>

#include <string>

#include <xapian.h>

#include "dateline/index/index_writer.hpp"
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
