#include "dateline/index/source_registry.hpp"

#include <nlohmann/json.hpp>

#include "dateline/util/hash.hpp"

namespace dateline::index {

using nlohmann::json;

namespace {

// Keys are fixed-length hashes: paths can be longer than a metadata key may be.
constexpr std::string_view SourcePrefix = "dateline.src:";
constexpr std::string_view ContentPrefix = "dateline.dup:";
constexpr std::string_view PendingPrefix = "dateline.copy:";

std::string source_key(const std::string& source)
{
    return std::string(SourcePrefix) + util::hex_id(source);
}

SourceRecord decode(const std::string& value)
{
    const auto j = json::parse(value);
    SourceRecord r;
    r.source = j.at("source").get<std::string>();
    r.path = j.value("path", r.source);
    r.stamp = {j.value("size", std::uint64_t{0}), j.value("mtime_ns", std::int64_t{0})};
    r.hash = j.value("hash", std::uint64_t{0});
    r.articles = j.value("articles", std::vector<std::string>{});
    r.contents = j.value("contents", std::vector<std::uint64_t>{});
    r.copies = j.value("copies", std::vector<std::uint64_t>{});
    r.container = j.value("container", false);
    r.members = j.value("members", std::size_t{0});
    return r;
}

}  // namespace

std::optional<SourceRecord> find_record(const Xapian::Database& db, const std::string& source)
{
    const auto value = db.get_metadata(source_key(source));
    if (value.empty())
        return std::nullopt;
    return decode(value);
}

void write_record(Xapian::WritableDatabase& db, const SourceRecord& r)
{
    json j{{"source", r.source}, {"path", r.path}, {"size", r.stamp.size}, {"mtime_ns", r.stamp.mtime_ns}, {"hash", r.hash},
           {"articles", r.articles}, {"contents", r.contents}};
    if (!r.copies.empty())
        j["copies"] = r.copies;
    if (r.container) {
        j["container"] = true;
        j["members"] = r.members;
    }
    db.set_metadata(source_key(r.source), j.dump(-1, ' ', false, json::error_handler_t::replace));
}

void erase_record(Xapian::WritableDatabase& db, const std::string& source)
{
    db.set_metadata(source_key(source), "");
}

std::vector<SourceRecord> all_records(const Xapian::Database& db)
{
    std::vector<SourceRecord> out;
    const std::string prefix(SourcePrefix);
    for (auto it = db.metadata_keys_begin(prefix); it != db.metadata_keys_end(prefix); ++it)
        out.push_back(decode(db.get_metadata(*it)));
    return out;
}

bool has_records(const Xapian::Database& db)
{
    const std::string prefix(SourcePrefix);
    return db.metadata_keys_begin(prefix) != db.metadata_keys_end(prefix);
}

std::string content_key(std::uint64_t hash)
{
    return std::string(ContentPrefix) + util::hex_id(std::to_string(hash));
}

namespace {

// Written as JSON; an index from before kept the owner's article id alone.
StoryRecord decode_story(const std::string& value)
{
    if (!value.starts_with('{'))
        return {value, {}, {}};
    const auto j = json::parse(value);
    return {j.at("owner").get<std::string>(), {j.value("path", ""), j.value("member", "")},
            j.value("copies", std::vector<std::string>{})};
}

}  // namespace

std::vector<std::pair<std::string, std::string>> content_owners(const Xapian::Database& db)
{
    std::vector<std::pair<std::string, std::string>> out;
    const std::string prefix(ContentPrefix);
    for (auto it = db.metadata_keys_begin(prefix); it != db.metadata_keys_end(prefix); ++it)
        out.emplace_back(*it, decode_story(db.get_metadata(*it)).owner);
    return out;
}

std::optional<StoryRecord> find_story(const Xapian::Database& db, std::uint64_t content_hash)
{
    const auto value = db.get_metadata(content_key(content_hash));
    if (value.empty())
        return std::nullopt;
    return decode_story(value);
}

void write_story(Xapian::WritableDatabase& db, std::uint64_t content_hash, const StoryRecord& story)
{
    json j{{"owner", story.owner}, {"path", story.source.path}};
    if (!story.source.member.empty())
        j["member"] = story.source.member;
    if (!story.copies.empty())
        j["copies"] = story.copies;
    db.set_metadata(content_key(content_hash), j.dump(-1, ' ', false, json::error_handler_t::replace));
}

void erase_story(Xapian::WritableDatabase& db, std::uint64_t content_hash)
{
    db.set_metadata(content_key(content_hash), "");
}

std::optional<std::string> content_owner(const Xapian::Database& db, std::uint64_t content_hash)
{
    if (auto story = find_story(db, content_hash))
        return story->owner;
    return std::nullopt;
}

void set_pending_copies(Xapian::WritableDatabase& db, const PendingCopies& pending)
{
    const json j{{"source", pending.source}, {"contents", pending.contents}};
    db.set_metadata(std::string(PendingPrefix) + util::hex_id(pending.source), j.dump());
}

void erase_pending_copies(Xapian::WritableDatabase& db, const std::string& source)
{
    db.set_metadata(std::string(PendingPrefix) + util::hex_id(source), "");
}

std::vector<PendingCopies> all_pending_copies(const Xapian::Database& db)
{
    std::vector<PendingCopies> out;
    const std::string prefix(PendingPrefix);
    for (auto it = db.metadata_keys_begin(prefix); it != db.metadata_keys_end(prefix); ++it) {
        const auto j = json::parse(db.get_metadata(*it));
        out.push_back({j.at("source").get<std::string>(), j.at("contents").get<std::vector<std::uint64_t>>()});
    }
    return out;
}

}  // namespace dateline::index
