#include "dateline/index/part_writers.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "dateline/calendar/date.hpp"
#include "dateline/index/shards.hpp"
#include "dateline/index/source_registry.hpp"
#include "dateline/util/hash.hpp"

namespace dateline::index {

namespace fs = std::filesystem;

namespace {

// Items queued per writer, by count and by bytes read: enough that the router, which hands
// items out in input order, rarely waits on one full queue while another writer runs dry
// (with 16 small files per queue, two writers indexed a folder no faster than one), and
// memory stays flat when the writers are the slower. Four pieces of a big file: what a
// queue holds when the input ends is work for its writer alone, and with 16 pieces (8 MB)
// one writer ran alone for about a second at the end of the Reuters JSON Lines file
// (`perf stat -I 500`: one core busy from 13.0 to 14.0 s of 15.7, half a second with 4).
constexpr std::size_t QueuePerPart = 256;
constexpr std::size_t QueueBytesPerPart = 2u << 20;

}  // namespace

struct PartWriters::Part {
    Part(const fs::path& folder, IndexWriter::Policy policy)
        : path(folder), writer(path, policy), fresh(writer.reader().get_doccount() == 0), store(writer, summary, fresh)
    {
    }

    void run()
    {
        try {
            while (auto item = queue.pop()) {
                if (abandon)
                    break;
                store.apply(std::move(*item));
            }
        } catch (...) {
            failure = std::current_exception();
            queue.close();  // the router's next push fails and rethrows this
        }
    }

    fs::path path;
    IndexWriter writer;
    bool fresh;
    Summary summary;  // touched only by this part's thread until it is joined
    Store store;
    util::BoundedQueue<Item> queue{QueuePerPart, QueueBytesPerPart,
                                   [](const Item& item) { return static_cast<std::size_t>(item.bytes); }};
    std::atomic<bool> abandon{false};
    std::exception_ptr failure;
    std::thread thread;
};

PartWriters::PartWriters(const std::vector<fs::path>& parts, IndexWriter::Policy policy, Summary& summary,
                         OnProblem on_problem, bool preload_owners, std::optional<YearShards> years,
                         bool spread_pieces)
    : summary_(summary), on_problem_(std::move(on_problem)), spread_pieces_(spread_pieces), years_(std::move(years)),
      policy_(policy)
{
    for (unsigned k = 0; k < parts.size(); ++k) {
        parts_.push_back(std::make_unique<Part>(parts[k], policy));
        fresh_ = fresh_ && parts_.back()->fresh;
        if (preload_owners && parts.size() > 1)
            for (const auto& [key, article] : content_owners(parts_.back()->writer.reader()))
                owners_.emplace(util::fnv1a64(key), k);
    }
    if (parts_.size() > 1)
        resume_pending_copies();
    for (auto& part : parts_)
        part->thread = std::thread([p = part.get()] { p->run(); });
}

// Copies a killed run met but did not get to tell their first copies about.
void PartWriters::resume_pending_copies()
{
    for (unsigned k = 0; k < parts_.size(); ++k)
        for (const auto& pending : all_pending_copies(parts_[k]->writer.db()))
            for (const auto content : pending.contents)
                copies_.push_back(Copy{UnknownPart, k, content, pending.source});
}

// The part holding a story's first copy: known to the router, or (for a copy a killed run
// met) looked up once every part has committed this run's stories.
std::optional<unsigned> PartWriters::owner_part(const Copy& copy)
{
    if (copy.owner_part != UnknownPart)
        return copy.owner_part;
    for (unsigned k = 0; k < parts_.size(); ++k)
        if (k != copy.part && content_owner(parts_[k]->writer.db(), copy.content))
            return k;
    return std::nullopt;
}

void PartWriters::start(const fs::path& path)
{
    parts_.push_back(std::make_unique<Part>(path, policy_));
    parts_.back()->thread = std::thread([p = parts_.back().get()] { p->run(); });
}

PartWriters::~PartWriters()
{
    stop_all();
}

void PartWriters::stop_all()
{
    for (auto& part : parts_) {
        if (!part->thread.joinable())
            continue;
        if (std::uncaught_exceptions() > 0)
            part->abandon = true;
        part->queue.close();
        part->thread.join();
    }
}

void PartWriters::rethrow_failure()
{
    for (auto& part : parts_)
        if (part->failure)
            std::rethrow_exception(part->failure);
}

unsigned PartWriters::part_of(const Item& item, const std::string& display)
{
    if (!years_)
        return shard_of(display, static_cast<unsigned>(parts_.size()));
    if (item.previous)
        return item.previous->part;  // stays where it is, even if its stories' year changed
    std::string year = "undated";
    if (item.kind == Item::Kind::Source && !item.articles.empty() && item.articles.front().date)
        year = calendar::to_key(*item.articles.front().date).substr(0, 4);
    return year_part(year);
}

unsigned PartWriters::year_part(const std::string& year)
{
    const auto name = year_shard_name(year);
    for (unsigned k = 0; k < parts_.size(); ++k)
        if (parts_[k]->path.filename() == name)
            return k;
    start(years_->place(name));
    // Opening it for writing made the database on disk, so the stub may list it now.
    auto shards = paths();
    std::sort(shards.begin(), shards.end(), [](const fs::path& a, const fs::path& b) {
        return a.filename() < b.filename();
    });
    years_->publish(shards);
    return static_cast<unsigned>(parts_.size() - 1);
}

void PartWriters::apply(Item&& item)
{
    for (const auto& p : item.problems) {
        summary_.count(p);
        live_.count(p);
        on_problem_(p);
    }
    const auto display = item.source.ref.display();
    note_seen(item, display);
    count_live(item);
    if (item.kind == Item::Kind::Ignored)
        return;
    if (item.kind == Item::Kind::Problem)
        return;  // what the source gave before is kept: nothing to write
    if (item.kind == Item::Kind::ContainerDone && (parts_.size() > 1 || years_)) {
        // Its members went round the parts: recorded on one part while another had yet to
        // commit them, a run killed in between would skip the archive as unchanged, the
        // uncommitted members lost. It is recorded once every part has committed (finish).
        const auto part = part_of(item, display);
        archives_done_.emplace_back(part, std::move(item));
        return;
    }
    const unsigned part = route(item, display);
    if (parts_.size() > 1 || years_)
        note_copies(item, part, display);
    if (!parts_[part]->queue.push(std::move(item))) {
        rethrow_failure();
        throw std::logic_error("a writer stopped without an error");
    }
}

unsigned PartWriters::route(Item& item, const std::string& display)
{
    if (!item.piece)
        return part_of(item, display);
    if (item.piece->index == 0) {
        // The pieces of a source go where its first went (its year is its first story's), or,
        // when it is new in a build from parts, round the parts: a changed one stays whole, so
        // that what it gave before is replaced on one part.
        piece_part_ = part_of(item, display);
        spreading_ = spread_pieces_ && !years_ && parts_.size() > 1 && !item.previous;
        spread_seen_.clear();
    }
    if (!spreading_)
        return piece_part_;
    item.spread = true;
    item.repeats.assign(item.articles.size(), false);
    for (std::size_t i = 0; i < item.articles.size(); ++i)
        item.repeats[i] = !spread_seen_.insert(item.contents[i]).second;
    return static_cast<unsigned>((piece_part_ + item.piece->index) % parts_.size());
}

void PartWriters::note_seen(Item& item, const std::string& display)
{
    if (item.kind == Item::Kind::Ignored)
        return;
    seen_.add(display);
    // An archive's members come right before its ContainerDone: count them as they pass.
    const bool later_piece = item.piece && item.piece->index > 0;
    if (!item.source.ref.member.empty() && item.kind != Item::Kind::ContainerDone && !later_piece) {
        if (item.source.ref.path != open_archive_) {
            open_archive_ = item.source.ref.path;
            open_members_ = 0;
            open_skips_ = false;
        }
        ++open_members_;
    }
    if (!item.source.ref.member.empty())
        open_skips_ = open_skips_ || std::any_of(item.problems.begin(), item.problems.end(),
                                                 [](const Problem& p) { return is_skip(p.reason); });
    switch (item.kind) {
    case Item::Kind::Problem:
        if (item.source.ref.member.empty())
            seen_.containers.insert(item.source.ref.path);  // members past the damage too
        return;
    case Item::Kind::Unchanged:
        if (item.previous && item.previous->container)
            seen_.containers.insert(item.previous->path);
        return;
    case Item::Kind::ContainerDone:
        item.members = item.source.ref.path == open_archive_ ? open_members_ : 0;
        // A member skipped (damaged, nested, not an article) is reported again next run, as a
        // file is: the archive is recorded unstamped, so that it is opened again.
        if (item.source.ref.path == open_archive_ && open_skips_)
            item.source.stamp = {};
        if (item.previous)
            seen_.reread.insert(item.source.ref.path);
        return;
    default:
        return;
    }
}

// The first copy of a story, in input order, is the one kept whatever the part count: a
// later copy routed to another part is marked here, and its owner told at the end.
// Copies on the same part are the Store's to find (it also knows earlier runs).
void PartWriters::note_copies(Item& item, unsigned part, const std::string& display)
{
    if (item.kind != Item::Kind::Source || item.articles.empty())
        return;
    item.copies.assign(item.articles.size(), false);
    for (std::size_t i = 0; i < item.articles.size(); ++i) {
        if (i < item.repeats.size() && item.repeats[i])
            continue;  // its own source's earlier copy is kept; the Store counts it
        const auto [it, first] = owners_.try_emplace(util::fnv1a64(content_key(item.contents[i])), part);
        if (first || it->second == part)
            continue;
        item.copies[i] = true;
        copies_.push_back(Copy{it->second, part, item.contents[i], display});
    }
}

void PartWriters::count_live(const Item& item)
{
    if (item.kind == Item::Kind::Unchanged) {
        live_.unchanged += item.members;
    } else if (item.kind == Item::Kind::Source) {
        const bool first = !item.piece || item.piece->index == 0;  // a source in pieces counts once
        if (first) {
            switch (item.change()) {
            case Item::Change::SameBytes: ++live_.unchanged; break;
            case Item::Change::Changed: ++live_.changed; break;
            case Item::Change::New: live_.added += item.articles.empty() ? 0 : 1; break;
            }
        }
        live_.articles += item.articles.size();
        for (const auto& article : item.articles)
            live_.sections += article.sections.size();
    }
}

void PartWriters::finish(const std::vector<std::string>& prune_roots)
{
    stop_all();
    rethrow_failure();
    for (auto& part : parts_) {
        part->store.drop_lost_members(seen_);
        if (!prune_roots.empty())
            part->store.prune(prune_roots, seen_);
        part->writer.commit();
    }
    for (auto& [part, item] : archives_done_)
        parts_[part]->store.apply(std::move(item));
    for (auto& part : parts_)
        part->store.stamp_reread();
    write_spread_records();
    // First every owner lists its copies (committed), then the copies stop being pending:
    // killed in between, a run finds them pending again and lists them once more (no change).
    for (auto& copy : copies_) {
        const auto part = owner_part(copy);
        if (!part)
            continue;
        copy.owner_part = *part;
        parts_[*part]->store.attach_duplicate(copy.content, copy.source);
        parts_[*part]->writer.end_source();
    }
    for (auto& part : parts_)
        part->writer.commit();
    for (const auto& copy : copies_) {
        auto& own = parts_[copy.part]->writer;
        erase_pending_copies(own.db(), copy.source);
        own.end_source();
    }
    for (auto& part : parts_) {
        part->writer.commit();
        const auto& s = part->summary;
        summary_.added += s.added;
        summary_.changed += s.changed;
        summary_.unchanged += s.unchanged;
        summary_.removed += s.removed;
        summary_.duplicates += s.duplicates;
        summary_.articles += s.articles;
        summary_.sections += s.sections;
    }
}

// A spread source is recorded only once every part has committed its pieces: killed before
// that, the next run finds no record and reads it again (replacing by id what was stored).
void PartWriters::write_spread_records()
{
    struct Share {
        unsigned part;
        const Store::Fragment* fragment;
    };
    std::map<std::string, std::vector<Share>> sources;
    for (unsigned k = 0; k < parts_.size(); ++k)
        for (const auto& fragment : parts_[k]->store.fragments())
            sources[fragment.record.source].push_back(Share{k, &fragment});
    for (auto& [source, shares] : sources) {
        std::sort(shares.begin(), shares.end(), [](const Share& a, const Share& b) {
            return a.fragment->piece < b.fragment->piece;
        });
        SourceRecord record = shares.front().fragment->record;
        record.articles.clear();
        record.contents.clear();
        record.copies.clear();
        bool problems = false;
        bool articles = false;
        for (const auto& share : shares) {
            const auto& piece = share.fragment->record;
            record.articles.insert(record.articles.end(), piece.articles.begin(), piece.articles.end());
            record.contents.insert(record.contents.end(), piece.contents.begin(), piece.contents.end());
            record.copies.insert(record.copies.end(), piece.copies.begin(), piece.copies.end());
            problems = problems || share.fragment->problems;
            articles = articles || share.fragment->articles;
        }
        if (problems && !articles)
            continue;  // unreadable as an article: skipped, no record so it is tried again
        ++summary_.added;
        auto& home = parts_[shares.front().part]->writer;
        write_record(home.db(), record);
        home.end_source();
    }
}

std::vector<fs::path> PartWriters::paths() const
{
    std::vector<fs::path> out;
    for (const auto& part : parts_)
        out.push_back(part->path);
    return out;
}

std::vector<std::string> PartWriters::released() const
{
    std::set<std::string> files;
    for (const auto& part : parts_)
        files.insert(part->store.released().begin(), part->store.released().end());
    return {files.begin(), files.end()};
}

std::vector<IndexWriter*> PartWriters::writers() const
{
    std::vector<IndexWriter*> out;
    for (const auto& part : parts_)
        out.push_back(&part->writer);
    return out;
}

}  // namespace dateline::index
