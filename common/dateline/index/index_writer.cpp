#include "dateline/index/index_writer.hpp"

#include <exception>

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include "dateline/database.hpp"
#include "dateline/schema.hpp"

namespace dateline::index {

using schema::FieldId;

IndexWriter::IndexWriter(const std::filesystem::path& path, unsigned batch)
    : path_(path), db_(open_for_index(path)), batch_(batch == 0 ? 1 : batch)
{
    builder_.collect_spelling(db_);
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
        xapian_try(path_, [&] { db_.begin_transaction(); });
        in_transaction_ = true;
    }
}

void IndexWriter::add(const Article& article)
{
    ensure_transaction();
    xapian_try(path_, [&] {
        db_.delete_document(schema::boolean_term(FieldId::Article, article.id));
        for (const auto& section : article.sections) {
            const auto id_term = std::string(schema::field(FieldId::SectionId).prefix) + section_id(article, section);
            db_.replace_document(id_term, builder_.build(article, section));
        }
    });
    pending_ += static_cast<unsigned>(article.sections.size());
}

void IndexWriter::remove_article(const std::string& article_id)
{
    ensure_transaction();
    xapian_try(path_, [&] { db_.delete_document(schema::boolean_term(FieldId::Article, article_id)); });
    ++pending_;
}

void IndexWriter::note_duplicate(const std::string& article_id, const std::string& source)
{
    ensure_transaction();
    xapian_try(path_, [&] {
        const auto term = schema::boolean_term(FieldId::Article, article_id);
        for (auto it = db_.postlist_begin(term); it != db_.postlist_end(term); ++it) {
            auto doc = db_.get_document(*it);
            auto data = nlohmann::json::parse(doc.get_data());
            data["duplicates"].push_back(source);
            doc.set_data(data.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
            db_.replace_document(*it, doc);
        }
    });
    ++pending_;
}

void IndexWriter::end_source()
{
    if (pending_ >= batch_)
        commit();
}

void IndexWriter::commit()
{
    if (!in_transaction_)
        return;
    xapian_try(path_, [&] { db_.commit_transaction(); });
    spdlog::debug("committed {} changes to {}", pending_, path_.string());
    in_transaction_ = false;
    pending_ = 0;
}

}  // namespace dateline::index
