#include "dateline/store/reopen.hpp"

#include <spdlog/spdlog.h>

namespace dateline::store {

void reopen_after_change(Xapian::Database& db, int attempt)
{
    spdlog::debug("the index changed during the search (attempt {}); reopening it", attempt);
    db.reopen();
}

}  // namespace dateline::store
