// write-path: Xapian's write path alone, on the documents dateline-index builds from real input.
// Reads and parses the inputs once, builds every section's document in memory, then times only
// Xapian storing them, in one of the shapes a writer could take:
//
//   write_path [--mode txn|fresh] [--batch N] [--unsynced] [--census] --out DIR INPUT...
//
//   txn    one database, a transaction committed every N documents (what each part does)
//   fresh  a new database for every N documents, committed once, all compacted at the end
//          (what issue 18 proposed: large in-memory batches in fresh databases)
//
// Prints the documents, the seconds spent adding, committing and compacting, and with
// --census the terms and positions a document holds, by prefix. One thread: the figures
// are per core. Built with the tests (build/tests/write_path); docs/PERFORMANCE.md says what
// it found.
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <xapian.h>

#include "dateline/index/document_builder.hpp"
#include "dateline/index/indexer.hpp"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

double seconds_since(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

struct Timings {
    double add = 0, commit = 0, compact = 0;
};

int open_flags(bool unsynced)
{
    return Xapian::DB_CREATE_OR_OVERWRITE | Xapian::DB_BACKEND_GLASS | (unsynced ? Xapian::DB_NO_SYNC : 0);
}

Timings one_database(const std::vector<Xapian::Document>& docs, unsigned batch, bool unsynced, const fs::path& out)
{
    Timings t;
    Xapian::WritableDatabase db(out.string(), open_flags(unsynced));
    db.begin_transaction();
    for (std::size_t i = 0; i < docs.size(); ++i) {
        auto start = Clock::now();
        db.add_document(docs[i]);
        t.add += seconds_since(start);
        if ((i + 1) % batch == 0 || i + 1 == docs.size()) {
            start = Clock::now();
            db.commit_transaction();
            if (i + 1 < docs.size())
                db.begin_transaction();
            t.commit += seconds_since(start);
        }
    }
    return t;
}

Timings fresh_databases(const std::vector<Xapian::Document>& docs, unsigned batch, bool unsynced, const fs::path& out)
{
    Timings t;
    Xapian::Database all;
    std::vector<fs::path> parts;
    for (std::size_t first = 0; first < docs.size(); first += batch) {
        parts.push_back(fs::path(out.string() + fmt::format(".part{}", parts.size())));
        Xapian::WritableDatabase db(parts.back().string(), open_flags(unsynced));
        auto start = Clock::now();
        for (std::size_t i = first; i < std::min(docs.size(), first + batch); ++i)
            db.add_document(docs[i]);
        t.add += seconds_since(start);
        start = Clock::now();
        db.commit();
        t.commit += seconds_since(start);
        all.add_database(Xapian::Database(parts.back().string()));
    }
    const auto start = Clock::now();
    all.compact(out.string(), Xapian::DBCOMPACT_MULTIPASS);
    t.compact = seconds_since(start);
    for (const auto& part : parts)
        fs::remove_all(part);
    return t;
}

// Terms and positions a document holds, by prefix (the leading capitals; "" for plain words).
void print_census(const std::vector<Xapian::Document>& docs)
{
    std::map<std::string, std::pair<double, double>> by_prefix;
    for (const auto& doc : docs)
        for (auto term = doc.termlist_begin(); term != doc.termlist_end(); ++term) {
            const std::string name = *term;
            const auto end = std::find_if(name.begin(), name.end(), [](char c) { return c < 'A' || c > 'Z'; });
            auto& count = by_prefix[std::string(name.begin(), end)];
            count.first += 1;
            count.second += term.positionlist_count();
        }
    const double n = static_cast<double>(std::max<std::size_t>(docs.size(), 1));
    for (const auto& [prefix, count] : by_prefix)
        fmt::print("  {:<10} {:6.1f} terms {:6.1f} positions a document\n", prefix.empty() ? "(plain)" : prefix,
                   count.first / n, count.second / n);
}

}  // namespace

int main(int argc, char** argv)
{
    CLI::App app{"Times Xapian's write path alone on the documents dateline-index builds"};
    std::vector<std::string> inputs;
    std::string mode = "txn";
    unsigned batch = 1000;
    bool unsynced = false, census = false;
    fs::path out;
    app.add_option("inputs", inputs, "Files or folders to read, as dateline-index reads them")->required();
    app.add_option("--mode", mode, "txn: one database, a commit every --batch; fresh: a database per --batch")
        ->check(CLI::IsMember({"txn", "fresh"}));
    app.add_option("--batch", batch, "Documents per commit, or per fresh database")->check(CLI::Range(1u, 10'000'000u));
    app.add_flag("--unsynced", unsynced, "Open with DB_NO_SYNC: commits do not wait for the disk");
    app.add_flag("--census", census, "Print the terms and positions a document holds, by prefix");
    app.add_option("--out", out, "Database to write (replaced)")->required();
    CLI11_PARSE(app, argc, argv);

    dateline::index::IndexOptions options;
    options.paths = inputs;
    dateline::index::DocumentBuilder builder;
    std::vector<Xapian::Document> docs;
    const auto read_start = Clock::now();
    dateline::index::read_articles(options, [&](dateline::Article&& article) {
        for (auto& doc : builder.build(article))
            docs.push_back(std::move(doc));
    });
    const auto read_and_build = seconds_since(read_start);
    if (census)
        print_census(docs);
    Timings t;
    const auto start = Clock::now();
    try {
        if (!out.parent_path().empty())
            fs::create_directories(out.parent_path());
        t = mode == "txn" ? one_database(docs, batch, unsynced, out) : fresh_databases(docs, batch, unsynced, out);
    } catch (const Xapian::Error& e) {
        fmt::print(stderr, "write_path: {}: {}\n", out.string(), e.get_description());
        return 2;
    } catch (const fs::filesystem_error& e) {
        fmt::print(stderr, "write_path: {}\n", e.what());
        return 2;
    }
    fmt::print("read, parse and build the documents: {:.2f} s\n", read_and_build);
    fmt::print("{} --batch {}{}: {} documents; add {:.2f} s, commit {:.2f} s, compact {:.2f} s; total {:.2f} s\n",
               mode, batch, unsynced ? " --unsynced" : "", docs.size(), t.add, t.commit, t.compact,
               seconds_since(start));
    return docs.empty() ? 1 : 0;
}
