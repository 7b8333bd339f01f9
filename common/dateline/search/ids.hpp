/*! Finding sections by the ids hits print: a section id or an article id. */
#pragma once

#include <string>
#include <vector>

#include <xapian.h>

namespace dateline::search {

/** The documents a section id ("ea3b9ae32e3c298b-1") or, failing that, an article id
 *  ("ea3b9ae32e3c298b") names, in document order; empty when neither exists. */
std::vector<Xapian::docid> find_documents(const Xapian::Database& db, const std::string& id);

/** Every section of an article, in document order. */
std::vector<Xapian::docid> article_documents(const Xapian::Database& db, const std::string& article_id);

}  // namespace dateline::search
