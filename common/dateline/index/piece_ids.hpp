/*! The final ids of articles parsed in pieces: handed out in input order, over the whole source. */
#pragma once

#include <optional>

#include "dateline/article/record_ids.hpp"
#include "dateline/index/document_builder.hpp"
#include "dateline/index/item.hpp"

namespace dateline::index {

/** Sees every item in input order (on the consuming thread). A piece's parser could only guess
 *  how many stories came before it and which ids they took (Parsed::lines); this counts them.
 *  An article whose guessed id was wrong (a bad record or a repeated "id" earlier in the file)
 *  gets the right one, and its documents are built again. */
class PieceIds {
public:
    void fix(Item& item);

private:
    std::optional<article::RecordIds> ids_;  // of the source whose pieces are passing
    DocumentBuilder builder_;
};

}  // namespace dateline::index
