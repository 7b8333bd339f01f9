#include "dateline/index/piece_ids.hpp"

namespace dateline::index {

void PieceIds::fix(Item& item)
{
    if (item.kind != Item::Kind::Source || !item.piece)
        return;
    if (item.piece->index == 0)
        ids_.emplace(item.source.ref);
    if (!ids_)
        return;  // a first piece always comes first: nothing to count from
    for (std::size_t i = 0; i < item.articles.size(); ++i) {
        auto& article = item.articles[i];
        auto id = ids_->next(article.external_id, i < item.lines.size() ? item.lines[i] : 0, item.problems);
        if (id == article.id)
            continue;
        article.id = std::move(id);
        if (i < item.documents.size())
            item.documents[i] = builder_.build(article);
    }
    if (item.piece->last)
        ids_.reset();
}

}  // namespace dateline::index
