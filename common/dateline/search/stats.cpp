#include "dateline/search/stats.hpp"

#include <array>
#include <set>

#include "dateline/facets/values.hpp"
#include "dateline/schema/section_data.hpp"
#include "dateline/schema/schema.hpp"

namespace dateline::search {

namespace fs = std::filesystem;
using schema::FieldId;

namespace {

constexpr std::array<FieldId, 3> TopFields{FieldId::Speaker, FieldId::Location, FieldId::Agency};

Xapian::doccount count_terms(const Xapian::Database& db, const std::string& prefix)
{
    Xapian::doccount n = 0;
    for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it)
        ++n;
    return n;
}

// The first and last date terms (XD + YYYYMMDD) are the index's date range.
void date_range(const Xapian::Database& db, IndexStats& stats)
{
    const std::string prefix(schema::field(FieldId::Date).prefix);
    for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it) {
        const auto key = (*it).substr(prefix.size());
        if (key.size() != 8)
            continue;
        const auto iso = key.substr(0, 4) + "-" + key.substr(4, 2) + "-" + key.substr(6, 2);
        if (!stats.first_date)
            stats.first_date = iso;
        stats.last_date = iso;
    }
}

// One section per article carries the article's source.
Xapian::doccount count_sources(const Xapian::Database& db)
{
    const std::string prefix(schema::field(FieldId::Article).prefix);
    std::set<std::string> sources;
    for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it) {
        const auto first = db.postlist_begin(*it);
        if (first != db.postlist_end(*it))
            sources.insert(schema::decode_section_data(db.get_document(*first).get_data()).source);
    }
    return static_cast<Xapian::doccount>(sources.size());
}

std::uintmax_t size_on_disk(const fs::path& path)
{
    std::error_code ec;
    if (!fs::is_directory(path, ec))
        return fs::file_size(path, ec);
    std::uintmax_t total = 0;
    for (auto it = fs::recursive_directory_iterator(path, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec))
        if (it->is_regular_file(ec))
            total += it->file_size(ec);
    return total;
}

}  // namespace

IndexStats collect_stats(const Xapian::Database& db, const std::vector<fs::path>& paths, std::size_t top)
{
    IndexStats stats;
    for (const auto& path : paths) {
        stats.path += (stats.path.empty() ? "" : ", ") + path.string();
        stats.size_bytes += size_on_disk(path);
    }
    stats.schema_version = db.get_metadata(std::string(schema::SchemaVersionKey));
    stats.sections = db.get_doccount();
    stats.articles = count_terms(db, std::string(schema::field(FieldId::Article).prefix));
    stats.sources = count_sources(db);
    stats.dated_sections = db.get_value_freq(schema::slot(schema::Slot::Date));
    date_range(db, stats);
    // One revision per database: a sharded index has one per shard, and shows none.
    if (db.size() == 1)
        stats.revision = db.get_revision();
    for (const auto id : TopFields) {
        auto values = facets::count_all(db, *facets::find_facet_field(schema::field(id).name));
        if (values.size() > top)
            values.resize(top);
        stats.top.push_back({std::string(schema::field(id).name), std::move(values)});
    }
    return stats;
}

}  // namespace dateline::search
