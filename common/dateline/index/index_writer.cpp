#include "dateline/index/index_writer.hpp"

#include <exception>

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

void IndexWriter::add(const Article& article)
{
    xapian_try(path_, [&] {
        if (pending_ == 0)
            db_.begin_transaction();
        db_.delete_document(schema::boolean_term(FieldId::Article, article.id));
        for (const auto& section : article.sections) {
            const auto id_term = std::string(schema::field(FieldId::SectionId).prefix) + section_id(article, section);
            db_.replace_document(id_term, builder_.build(article, section));
        }
    });
    if (++pending_ >= batch_)
        commit();
}

void IndexWriter::commit()
{
    if (pending_ == 0)
        return;
    xapian_try(path_, [&] { db_.commit_transaction(); });
    spdlog::debug("committed {} articles to {}", pending_, path_.string());
    pending_ = 0;
}

}  // namespace dateline::index
