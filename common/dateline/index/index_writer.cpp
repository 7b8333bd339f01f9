#include "dateline/index/index_writer.hpp"

#include <algorithm>
#include <exception>
#include <map>

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include "dateline/store/database.hpp"
#include "dateline/schema/section_data.hpp"
#include "dateline/schema/schema.hpp"
#include "dateline/util/crash_point.hpp"
#include "dateline/util/hash.hpp"

namespace dateline::index {

using schema::FieldId;

namespace {

unsigned batch_of(const IndexWriter::Policy& policy)
{
    if (policy.batch > 0)
        return policy.batch;
    return policy.durability == store::Durability::Unsynced ? IndexWriter::UnsyncedBatch : IndexWriter::DefaultBatch;
}

}  // namespace

IndexWriter::IndexWriter(const std::filesystem::path& path, Policy policy)
    : path_(path), db_(store::open_for_index(path, policy.durability)), batch_(batch_of(policy))
{
}

IndexWriter::~IndexWriter()
{
    if (std::uncaught_exceptions() > 0)
        return;  // the open transaction is discarded: nothing half-written is kept
    try {
        commit();
    } catch (const std::exception& e) {
        spdlog::error("{}", e.what());
    }
}

Xapian::WritableDatabase& IndexWriter::db()
{
    ensure_transaction();
    return db_;
}

void IndexWriter::ensure_transaction()
{
    if (!in_transaction_) {
        store::xapian_try(path_, [&] { db_.begin_transaction(); });
        in_transaction_ = true;
    }
}

void IndexWriter::words_changed()
{
    // In the transaction of the change itself: a run killed before sync_spelling leaves the
    // flag, and the next run brings the spelling up to date even when it has nothing to index.
    if (!spelling_stale_) {
        db_.set_metadata(std::string(schema::SpellingStaleKey), "1");
        spelling_stale_ = true;
    }
}

bool IndexWriter::spelling_stale()
{
    return spelling_stale_ || !db_.get_metadata(std::string(schema::SpellingStaleKey)).empty();
}

void IndexWriter::add(const Article& article, const std::vector<Xapian::Document>& documents, bool replace)
{
    ensure_transaction();
    store::xapian_try(path_, [&] {
        if (!replace) {
            for (const auto& doc : documents)
                db_.add_document(doc);
            return;
        }
        db_.delete_document(schema::boolean_term(FieldId::Article, article.id));
        for (std::size_t i = 0; i < documents.size(); ++i) {
            const auto id_term =
                std::string(schema::field(FieldId::SectionId).prefix) + section_id(article, article.sections[i]);
            db_.replace_document(id_term, documents[i]);
        }
    });
    words_changed();
    pending_ += static_cast<unsigned>(documents.size());
    for (const auto& doc : documents)
        pending_bytes_ += doc.get_data().size();
}

void IndexWriter::remove_article(const std::string& article_id)
{
    ensure_transaction();
    store::xapian_try(path_, [&] { db_.delete_document(schema::boolean_term(FieldId::Article, article_id)); });
    words_changed();
    ++pending_;
}

void IndexWriter::set_duplicates(const std::string& article_id, const std::vector<std::string>& sources)
{
    ensure_transaction();
    store::xapian_try(path_, [&] {
        const auto term = schema::boolean_term(FieldId::Article, article_id);
        std::vector<Xapian::docid> sections(db_.postlist_begin(term), db_.postlist_end(term));
        for (const auto id : sections) {
            auto doc = db_.get_document(id);
            doc.set_data(schema::with_duplicates(doc.get_data(), sources));
            db_.replace_document(id, doc);
        }
    });
    ++pending_;
}

WordCounts indexed_words(const Xapian::Database& db)
{
    WordCounts words;
    // Prefixes are capitals, so an unprefixed word starts otherwise: the prefixed terms, most
    // of the vocabulary (the Z stems), are skipped in one step.
    for (auto it = db.allterms_begin(); it != db.allterms_end();) {
        const std::string word = *it;
        if (!word.empty() && word[0] >= 'A' && word[0] <= 'Z') {
            it.skip_to("[");  // the byte after 'Z'
            continue;
        }
        words.emplace_back(word, it.get_termfreq());
        ++it;
    }
    return words;
}

std::vector<WordCounts> spelling_shares(const WordCounts& words, std::size_t shares)
{
    std::vector<WordCounts> out(std::max<std::size_t>(shares, 1));
    for (const auto& word : words)
        out[util::fnv1a64(word.first) % out.size()].push_back(word);
    return out;
}

void IndexWriter::sync_spelling(const WordCounts& words)
{
    commit();
    store::xapian_try(path_, [&] {
        std::map<std::string, Xapian::doccount> have;
        for (auto it = db_.spellings_begin(); it != db_.spellings_end(); ++it)
            have.emplace(*it, it.get_termfreq());
        db_.begin_transaction();
        for (const auto& [word, want] : words) {
            const auto found = have.find(word);
            const Xapian::doccount got = found == have.end() ? 0 : found->second;
            if (want > got)
                db_.add_spelling(word, want - got);
            else if (got > want)
                db_.remove_spelling(word, got - want);
            if (found != have.end())
                have.erase(found);
        }
        for (const auto& [word, freq] : have)
            db_.remove_spelling(word, freq);
        db_.set_metadata(std::string(schema::SpellingStaleKey), "");
        util::crash_point("before the spelling commit");
        db_.commit_transaction();
    });
    spelling_stale_ = false;
}

void IndexWriter::end_source()
{
    if (pending_ >= batch_ || pending_bytes_ >= MaxBatchBytes)
        commit();
}

void IndexWriter::commit()
{
    if (!in_transaction_)
        return;
    util::crash_point("before a commit");
    store::xapian_try(path_, [&] { db_.commit_transaction(); });
    util::crash_point("after a commit");
    spdlog::debug("committed {} changes to {}", pending_, path_.string());
    in_transaction_ = false;
    pending_ = 0;
    pending_bytes_ = 0;
}

}  // namespace dateline::index
