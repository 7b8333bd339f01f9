#include "dateline/index/store.hpp"

#include <algorithm>

#include "dateline/index/section_data.hpp"
#include "dateline/index/source_registry.hpp"
#include "dateline/schema.hpp"
#include "dateline/text/strings.hpp"
#include "dateline/util/hash.hpp"

namespace dateline::index {

namespace {

bool under(const std::string& path, const std::string& root)
{
    return path == root || (path.starts_with(root) && (root.ends_with('/') || path[root.size()] == '/'));
}

}  // namespace

void Seen::add(const std::string& source)
{
    sources.insert(util::fnv1a64(source));
}

bool Seen::contains(const std::string& source) const
{
    return sources.contains(util::fnv1a64(source));
}

std::uint64_t content_hash(const Article& article)
{
    std::string text = text::to_lower(text::collapse_spaces(article.title));
    for (const auto& section : article.sections)
        for (const auto& paragraph : section.paragraphs)
            text += "\n" + text::to_lower(text::collapse_spaces(paragraph));
    return util::fnv1a64(text);
}

Store::Store(IndexWriter& writer, Summary& summary, bool fresh) : writer_(writer), summary_(summary), fresh_(fresh) {}

void Store::apply(Item&& item)
{
    switch (item.kind) {
    case Item::Kind::Problem:
    case Item::Kind::Ignored:
        return;  // counted by the caller; what the source gave before is kept
    case Item::Kind::Unchanged:
        summary_.unchanged += item.members;
        if (item.previous && item.previous->stamp != item.source.stamp && item.source.stamp.size > 0) {
            item.previous->stamp = item.source.stamp;  // touched, same bytes
            write_record(writer_.db(), *item.previous);
        }
        return;
    case Item::Kind::ContainerDone: {
        SourceRecord record{item.source.ref.display(), item.source.ref.path, item.source.stamp, 0, {}, {}, {}, {},
                            true, item.members};
        write_record(writer_.db(), record);
        writer_.end_source();
        return;
    }
    case Item::Kind::Source:
        index_source(item);
        writer_.end_source();
        return;
    }
}

void Store::index_source(Item& item)
{
    auto& db = writer_.db();
    if (item.previous) {
        if (item.previous->hash == item.hash) {  // same bytes under a new stamp
            ++summary_.unchanged;
            item.previous->stamp = item.source.stamp;
            write_record(db, *item.previous);
            return;
        }
        forget(*item.previous);
        ++summary_.changed;
    } else if (!item.problems.empty() && item.articles.empty()) {
        return;  // unreadable as an article: counted as skipped, no record so it is tried again
    } else {
        ++summary_.added;
    }
    SourceRecord record{item.source.ref.display(), item.source.ref.path, item.source.stamp, item.hash,
                        {}, {}, {}, {}, false, 0};
    // A file of many stories (JSON Lines, WARC) commits as it goes, to bound memory: its
    // documents then replace by id, so a run interrupted half-way through it is redone cleanly.
    const bool many = item.articles.size() > 1;
    const bool replace = item.previous.has_value() || (many && !fresh_);
    PendingCopies pending{record.source, {}};
    for (std::size_t i = 0; i < item.articles.size(); ++i) {
        const auto& article = item.articles[i];
        const auto content = item.contents[i];
        if (i < item.copies.size() && item.copies[i]) {
            // The same story, stored on another part: the router tells both records at the end.
            ++summary_.duplicates;
            pending.contents.push_back(content);
            continue;
        }
        if (is_duplicate(article, content, record))
            continue;
        writer_.add(article, i < item.documents.size() ? item.documents[i] : builder_.build(article), replace);
        if (many)
            writer_.end_source();
        set_content_owner(db, content, article.id);
        record.articles.push_back(article.id);
        record.contents.push_back(content);
        ++summary_.articles;
        summary_.sections += article.sections.size();
    }
    if (!pending.contents.empty())
        set_pending_copies(db, pending);
    write_record(db, record);
}

bool Store::is_duplicate(const Article& article, std::uint64_t content, SourceRecord& record)
{
    auto& db = writer_.db();
    const auto owner = content_owner(db, content);
    if (!owner || *owner == article.id ||
        !db.term_exists(schema::boolean_term(schema::FieldId::Article, *owner)))
        return false;
    ++summary_.duplicates;
    record.duplicate_of = *owner;
    attach_duplicate(writer_, *owner, record.source);
    return true;
}

void attach_duplicate(IndexWriter& writer, const std::string& owner, const std::string& source)
{
    auto& db = writer.db();
    const auto term = schema::boolean_term(schema::FieldId::Article, owner);
    if (!db.term_exists(term))
        return;
    writer.note_duplicate(owner, source);
    // The first copy's record lists this source, so it is indexed again if that copy goes.
    const auto first = db.get_document(*db.postlist_begin(term));
    if (auto owner_record = find_record(db, decode_section_data(first.get_data()).source)) {
        auto& copies = owner_record->duplicates;
        if (const auto at = std::lower_bound(copies.begin(), copies.end(), source); at == copies.end() || *at != source) {
            copies.insert(at, source);
            write_record(db, *owner_record);
        }
    }
}

void Store::forget(const SourceRecord& record)
{
    auto& db = writer_.db();
    for (std::size_t i = 0; i < record.articles.size(); ++i) {
        writer_.remove_article(record.articles[i]);
        if (i < record.contents.size() && content_owner(db, record.contents[i]) == record.articles[i])
            erase_content_owner(db, record.contents[i]);
    }
    // Copies that were skipped in favour of these articles must be read again. An archive
    // member's archive loses its record too, or an unchanged archive would not be opened.
    for (const auto& duplicate : record.duplicates) {
        if (auto copy = find_record(db, duplicate)) {
            released_.push_back(copy->path);
            if (copy->path != duplicate)
                erase_record(db, copy->path);
        }
        erase_record(db, duplicate);
    }
}

void Store::prune(const std::vector<std::string>& roots, const Seen& seen)
{
    for (const auto& record : all_records(writer_.db())) {
        const bool in_scope = std::any_of(roots.begin(), roots.end(), [&](const auto& r) { return under(record.path, r); });
        if (!in_scope || seen.contains(record.source) || seen.containers.contains(record.path))
            continue;
        forget(record);
        erase_record(writer_.db(), record.source);
        if (!record.container)
            ++summary_.removed;
        writer_.end_source();
    }
}

}  // namespace dateline::index
