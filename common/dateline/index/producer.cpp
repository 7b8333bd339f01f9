#include "dateline/index/producer.hpp"

#include <algorithm>

#include <spdlog/spdlog.h>

#include "dateline/article/parse.hpp"
#include "dateline/store/database.hpp"
#include "dateline/index/shards.hpp"
#include "dateline/store/reopen.hpp"
#include "dateline/ingest/decode.hpp"
#include "dateline/util/hash.hpp"

namespace dateline::index {

namespace {

// The writer commits often while the walk looks sources up: more tries than a search gets.
constexpr int LookupAttempts = 10;

}  // namespace

Producer::Producer(const IndexOptions& options, const std::vector<std::filesystem::path>& registry_dbs, Emit emit,
                   Totals& totals)
    : options_(options), emit_(std::move(emit)), totals_(totals), by_year_(options.shard_by_year)
{
    for (const auto& db : registry_dbs)
        registries_.push_back(store::xapian_try(db, [&] { return Xapian::Database(db.string(), Xapian::DB_BACKEND_GLASS); }));
}

void Producer::run()
{
    // Two walks: the first only counts, for the ETA; the second reads as it goes, so that no
    // list of paths is held however many files there are (memory stays flat).
    std::size_t count = 0;
    std::uint64_t bytes = 0;
    std::vector<Problem> counted;
    ingest::walk(options_.paths, [&](const ingest::FoundFile& file) {
        ++count;
        if (const auto stamp = ingest::stamp_of(file.path))
            bytes += stamp->size;
    }, counted, false);
    totals_.bytes = bytes;
    totals_.files = count;  // last: the progress line reads the files first
    std::vector<Problem> walk_problems;
    ingest::walk(options_.paths, [&](const ingest::FoundFile& file) { read(file); }, walk_problems);
    file_size_ = shared_ = 0;  // the walk's problems are paths it could not read: no bytes counted
    for (auto& p : walk_problems)
        problem(std::move(p));
}

void Producer::read(const ingest::FoundFile& file)
{
    const SourceRef ref{file.path.string(), {}};
    const auto stamp = ingest::stamp_of(file.path);
    file_size_ = stamp ? stamp->size : 0;
    shared_ = 0;
    const auto kind = ingest::container_kind(file.path);
    if (kind == ingest::Container::None && !article::is_supported(file.path)) {
        if (file.named)
            problem(Problem{ref, 0, Reason::UnsupportedFormat, "not a format dateline-index reads"});
        else
            emit(Item::Kind::Ignored, ref);
        return;
    }
    if (!stamp) {
        problem(Problem{ref, 0, Reason::Unreadable, "cannot read its size or time"});
        return;
    }
    auto previous = lookup(ref.display());
    if (previous && previous->stamp == *stamp) {
        emit(Item::Kind::Unchanged, ref, previous, previous->container ? previous->members : 1);
        return;
    }
    if (kind == ingest::Container::None) {
        previous_ = std::move(previous);
        ingest::read_plain(file, *stamp, options_.limits, *this);
        return;
    }
    container_failed_ = false;
    ingest::read_container(file, kind, options_.limits, *this);
    if (!container_failed_) {
        Item done;
        done.kind = Item::Kind::ContainerDone;
        done.source.ref = ref;
        done.source.stamp = *stamp;
        done.previous = std::move(previous);
        done.input_share = share_up_to(file_size_);
        emit_(std::move(done));
    }
}

bool Producer::wanted(const SourceRef& ref, const ingest::Stamp& stamp)
{
    const auto& name = ref.member.empty() ? ref.path : ref.member;
    if (ingest::container_kind(name) != ingest::Container::None) {
        // Its stories would be lost without a word: a skip, and the run says partial.
        problem(Problem{ref, 0, Reason::UnsupportedFormat,
                        "an archive or compressed file inside another is not read: extract it, then index what it holds"});
        return false;
    }
    if (!article::is_supported(name)) {
        emit(Item::Kind::Ignored, ref);
        return false;
    }
    auto previous = lookup(ref.display());
    if (previous && previous->stamp == stamp && stamp.size > 0) {
        emit(Item::Kind::Unchanged, ref, previous, 1);
        return false;
    }
    previous_ = std::move(previous);
    return true;
}

void Producer::source(ingest::Source&& source)
{
    auto previous = std::move(previous_);
    previous_.reset();
    if (emit_pieces(source, previous))
        return;
    Item item;
    item.kind = Item::Kind::Source;
    item.bytes = source.bytes.size();
    item.input_share = share_up_to(source.ref.member.empty() ? file_size_ : source.read_to);
    item.source = std::move(source);
    item.previous = std::move(previous);
    emit_(std::move(item));
}

// One JSON Lines source, cut into pieces of whole lines for the parsers. Not when its bytes
// are the ones indexed (nothing to parse).
bool Producer::emit_pieces(ingest::Source& source, std::optional<SourceRecord>& previous)
{
    const auto& name = source.ref.member.empty() ? source.ref.path : source.ref.member;
    if (source.bytes.size() <= options_.piece_bytes || !article::is_json_lines(name))
        return false;
    const auto hash = util::fnv1a64(source.bytes);
    if (previous && previous->hash == hash)
        return false;
    auto decoded = ingest::decode(std::move(source.bytes));
    std::vector<Problem> problems;
    if (decoded.failure) {  // one piece, empty, that says why: as the parser would have
        problems.push_back(Problem{source.ref, 0, *decoded.failure, decoded.message});
        decoded.text.clear();
    }
    if (decoded.replaced > 0)
        problems.push_back(Problem{source.ref, 0, Reason::BadBytes, ingest::replaced_message(decoded.replaced)});
    std::size_t index = 0;
    // A piece's share of the file is its share of the text; the last takes what is left.
    std::uint64_t share_left = share_up_to(source.ref.member.empty() ? file_size_ : source.read_to);
    const double per_byte = decoded.text.empty() ? 0 : static_cast<double>(share_left) / decoded.text.size();
    article::cut_json_lines(decoded.text, options_.piece_bytes,
                            [&](std::string_view text, const article::PiecePlace& place, bool last) {
        Item item;
        item.kind = Item::Kind::Source;
        item.source.ref = source.ref;
        item.source.stamp = source.stamp;
        item.source.bytes = std::string(text);
        item.bytes = text.size();
        item.piece = Item::Piece{index, last, place};
        item.input_share = last ? share_left
                                : std::min(share_left, static_cast<std::uint64_t>(per_byte * text.size()));
        share_left -= item.input_share;
        item.hash = hash;
        if (index++ == 0) {
            item.previous = previous;
            item.problems = std::move(problems);
        }
        emit_(std::move(item));
    });
    return true;
}

void Producer::problem(Problem&& problem)
{
    if (problem.source.member.empty())
        container_failed_ = true;  // the archive itself: read it again next time
    Item item;
    item.kind = Item::Kind::Problem;
    item.source.ref = problem.source;
    if (problem.source.member.empty())
        item.input_share = share_up_to(file_size_);
    item.problems.push_back(std::move(problem));
    emit_(std::move(item));
}

void Producer::emit(Item::Kind kind, const SourceRef& ref, std::optional<SourceRecord> previous, std::size_t members)
{
    Item item;
    item.kind = kind;
    item.source.ref = ref;
    item.previous = std::move(previous);
    item.members = members;
    if (kind == Item::Kind::Ignored)  // named with -v and in --report: a user asks where a file went
        item.problems.push_back(Problem{ref, 0, Reason::Ignored, {}});
    if (ref.member.empty())
        item.input_share = share_up_to(file_size_);
    emit_(std::move(item));
}

// The bytes of the file being read that an item accounts for: those up to `position` (an
// archive member: how far libarchive has read the file; else the file's size) that no
// earlier item took. The shares of a file's items add up to its size.
std::uint64_t Producer::share_up_to(std::uint64_t position)
{
    position = std::min(position, file_size_);
    const auto share = position > shared_ ? position - shared_ : 0;
    shared_ += share;
    return share;
}

std::optional<SourceRecord> Producer::lookup(const std::string& source)
{
    if (registries_.empty())
        return std::nullopt;
    // Shards by year: a source lives where its stories' year put it, so every one is asked.
    const unsigned n = static_cast<unsigned>(registries_.size());
    const unsigned first = by_year_ ? 0 : shard_of(source, n), last = by_year_ ? n : first + 1;
    for (unsigned k = first; k < last; ++k) {
        // The writer commits while we read: reopen on the newer revision and try again.
        auto record = store::with_reopen(registries_[k], [&] { return find_record(registries_[k], source); },
                                         LookupAttempts);
        if (record)
            record->part = k;
        if (record || !by_year_)
            return record;
    }
    return std::nullopt;
}

}  // namespace dateline::index
