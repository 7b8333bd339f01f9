#include "dateline/index/store.hpp"

#include <algorithm>
#include <filesystem>
#include <set>

#include "dateline/schema/section_data.hpp"
#include "dateline/index/source_registry.hpp"
#include "dateline/schema/schema.hpp"
#include "dateline/text/strings.hpp"
#include "dateline/util/hash.hpp"

namespace dateline::index {

namespace fs = std::filesystem;

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
    // The title, then "\n" and each paragraph, folded: hashed piece by piece, not joined.
    auto hash = util::fnv1a64(text::fold(article.title));
    for (const auto& section : article.sections)
        for (const auto& paragraph : section.paragraphs)
            hash = util::fnv1a64(text::fold(paragraph), util::fnv1a64("\n", hash));
    return hash;
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
        SourceRecord record{item.source.ref.display(), item.source.ref.path, item.source.stamp, 0, {}, {}, {},
                            true, item.members};
        if (item.previous) {
            // Changed: stamped only once what its gone members gave is deleted (the run's
            // end), so that a run killed before reads it again rather than skip it as unchanged.
            reread_.push_back(record);
            record.stamp = {};
        }
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
    if (item.spread) {  // a new source: nothing before it to settle, its record comes at the end
        open(item, false, !fresh_);
        add_articles(item);
        close_fragment(item);
        return;
    }
    const bool first = !item.piece || item.piece->index == 0;
    if (first && !open_source(item))
        return;
    if (!open_)
        return;  // a later piece of a source its first piece settled
    add_articles(item);
    if (!item.piece || item.piece->last)
        close_source();
}

bool Store::open_source(Item& item)
{
    open_.reset();
    if (item.change() == Item::Change::SameBytes) {
        ++summary_.unchanged;
        item.previous->stamp = item.source.stamp;
        write_record(writer_.db(), *item.previous);
        return false;
    }
    if (item.previous)
        forget(*item.previous);
    // A file of many stories (JSON Lines, WARC) commits as it goes, to bound memory: its
    // documents then replace by id, so a run interrupted half-way through it is redone cleanly.
    const bool many = item.piece || item.articles.size() > 1;
    open(item, item.previous.has_value(), item.previous.has_value() || (many && !fresh_));
    return true;
}

void Store::open(const Item& item, bool changed, bool replace)
{
    const bool many = item.piece || item.articles.size() > 1;
    SourceRecord record{item.source.ref.display(), item.source.ref.path, item.source.stamp, item.hash,
                        {}, {}, {}, false, 0};
    open_ = OpenSource{std::move(record), {}, {}, changed, many, replace, false, false};
    open_->pending.source = open_->record.source;
}

void Store::add_articles(Item& item)
{
    auto& open = *open_;
    auto& record = open.record;
    open.problems = open.problems || !item.problems.empty();
    open.articles = open.articles || !item.articles.empty();
    for (std::size_t i = 0; i < item.articles.size(); ++i) {
        const auto& article = item.articles[i];
        const auto content = item.contents[i];
        const bool repeat = i < item.repeats.size() && item.repeats[i];  // in an earlier spread piece
        if (repeat || !open.here.insert(content).second) {  // a story twice in one source is kept once
            ++summary_.duplicates;
            continue;
        }
        if (i < item.copies.size() && item.copies[i]) {
            // The same story, stored on another part: the router tells both records at the end.
            ++summary_.duplicates;
            open.pending.contents.push_back(content);
            record.copies.push_back(content);
            continue;
        }
        auto story = find_story(writer_.db(), content);
        if (keep_as_copy(story, article, item.source.ref)) {
            list_copy(*story, content, item.source.ref.display());
            ++summary_.duplicates;
            record.copies.push_back(content);
            continue;
        }
        writer_.add(article, i < item.documents.size() ? item.documents[i] : builder_.build(article), open.replace);
        claim_story(std::move(story), article, content, item.source.ref);
        if (open.many)
            writer_.end_source();
        record.articles.push_back(article.id);
        record.contents.push_back(content);
        ++summary_.articles;
        summary_.sections += article.sections.size();
    }
}

void Store::close_source()
{
    auto open = std::move(*open_);
    open_.reset();
    if (open.changed)
        ++summary_.changed;
    else if (open.problems && !open.articles)
        return;  // unreadable as an article: counted as skipped, no record so it is tried again
    else
        ++summary_.added;
    if (!open.pending.contents.empty())
        set_pending_copies(writer_.db(), open.pending);
    write_record(writer_.db(), open.record);
}

void Store::close_fragment(const Item& item)
{
    auto open = std::move(*open_);
    open_.reset();
    if (!open.pending.contents.empty()) {
        // Over all of the source's pieces on this part: the key is the source's.
        auto& pending = spread_pending_[open.pending.source];
        pending.source = open.pending.source;
        pending.contents.insert(pending.contents.end(), open.pending.contents.begin(), open.pending.contents.end());
        set_pending_copies(writer_.db(), pending);
    }
    fragments_.push_back(Fragment{item.piece ? item.piece->index : 0, std::move(open.record), open.problems, open.articles});
}

namespace {

// Of two copies of a story, the one kept: the source whose path sorts first, component by
// component (the order the walk meets them in), then the archive member. The same rule in
// a clean build and in any sequence of updates, so that both give the same index.
bool comes_first(const SourceRef& a, const SourceRef& b)
{
    const fs::path pa(a.path), pb(b.path);
    return pa != pb ? pa < pb : a.member < b.member;
}

bool has_sections(const Xapian::Database& db, const std::string& article)
{
    return db.term_exists(schema::boolean_term(schema::FieldId::Article, article));
}

void insert_sorted(std::vector<std::string>& list, const std::string& item)
{
    if (const auto at = std::lower_bound(list.begin(), list.end(), item); at == list.end() || *at != item)
        list.insert(at, item);
}

}  // namespace

bool Store::keep_as_copy(const std::optional<StoryRecord>& story, const Article& article, const SourceRef& source)
{
    return story && story->owner != article.id && has_sections(writer_.db(), story->owner) &&
           !comes_first(source, story->source);
}

void Store::list_copy(StoryRecord& story, std::uint64_t content, const std::string& source)
{
    insert_sorted(story.copies, source);
    write_story(writer_.db(), content, story);
    writer_.set_duplicates(story.owner, story.copies);
}

void Store::claim_story(std::optional<StoryRecord> story, const Article& article, std::uint64_t content,
                        const SourceRef& source)
{
    auto& db = writer_.db();
    StoryRecord mine{article.id, source, {}};
    if (story) {
        mine.copies = std::move(story->copies);
        if (story->owner != article.id && has_sections(db, story->owner)) {
            // An earlier copy than the one kept so far: that one becomes a copy of this.
            writer_.remove_article(story->owner);
            insert_sorted(mine.copies, story->source.display());
            if (auto previous = find_record(db, story->source.display())) {
                demote(*previous, story->owner, content);
                write_record(db, *previous);
            }
        }
    }
    write_story(db, content, mine);
    if (!mine.copies.empty())  // the sections were just written without the list
        writer_.set_duplicates(article.id, mine.copies);
}

void Store::demote(SourceRecord& record, const std::string& article, std::uint64_t content)
{
    for (std::size_t i = 0; i < record.articles.size(); ++i)
        if (record.articles[i] == article) {
            record.articles.erase(record.articles.begin() + static_cast<std::ptrdiff_t>(i));
            if (i < record.contents.size())
                record.contents.erase(record.contents.begin() + static_cast<std::ptrdiff_t>(i));
            break;
        }
    record.copies.push_back(content);
}

void Store::attach_duplicate(std::uint64_t content, const std::string& source)
{
    auto story = find_story(writer_.db(), content);
    if (story && has_sections(writer_.db(), story->owner))
        list_copy(*story, content, source);
}

void Store::forget(const SourceRecord& record)
{
    auto& db = writer_.db();
    for (std::size_t i = 0; i < record.articles.size(); ++i) {
        writer_.remove_article(record.articles[i]);
        if (i >= record.contents.size())
            continue;
        const auto story = find_story(db, record.contents[i]);
        if (!story || story->owner != record.articles[i])
            continue;
        erase_story(db, record.contents[i]);
        for (const auto& copy : story->copies)
            release(copy);
    }
    // Stories it held as copies stop listing it (they are listed again if it still has them).
    for (const auto content : record.copies) {
        auto story = find_story(db, content);
        if (!story)
            continue;
        const auto at = std::find(story->copies.begin(), story->copies.end(), record.source);
        if (at == story->copies.end())
            continue;
        story->copies.erase(at);
        write_story(db, content, *story);
        writer_.set_duplicates(story->owner, story->copies);
    }
}

// A copy whose story lost the copy that was kept: its record is marked out of date, in the
// same commit, so that it is read again as changed (in this run, or after a crash in the
// next); an archive member's archive too, or an unchanged archive would not be opened.
void Store::release(const std::string& copy)
{
    auto& db = writer_.db();
    auto record = find_record(db, copy);
    if (!record)
        return;
    released_.push_back(record->path);
    record->stamp = {};
    record->hash = 0;
    write_record(db, *record);
    if (record->path != copy)
        if (auto container = find_record(db, record->path)) {
            container->stamp = {};
            write_record(db, *container);
        }
}

void Store::drop_if(const std::function<bool(const SourceRecord&)>& gone)
{
    for (const auto& record : all_records(writer_.db())) {
        if (!gone(record))
            continue;
        forget(record);
        erase_record(writer_.db(), record.source);
        if (!record.container)
            ++summary_.removed;
        writer_.end_source();
    }
}

void Store::prune(const std::vector<std::string>& roots, const Seen& seen)
{
    drop_if([&](const SourceRecord& record) {
        const bool in_scope = std::any_of(roots.begin(), roots.end(), [&](const auto& r) { return under(record.path, r); });
        return in_scope && !seen.contains(record.source) && !seen.containers.contains(record.path);
    });
}

void Store::drop_lost_members(const Seen& seen)
{
    if (seen.reread.empty())
        return;  // no pass over the records, in the common run
    drop_if([&](const SourceRecord& record) {
        return !record.container && seen.reread.contains(record.path) && !seen.contains(record.source);
    });
}

void Store::stamp_reread()
{
    for (const auto& record : reread_)
        write_record(writer_.db(), record);
    reread_.clear();
}

}  // namespace dateline::index
