#include "dateline/serve/handles.hpp"

#include <spdlog/spdlog.h>

namespace dateline::serve {

HandlePool::HandlePool(IndexSpec spec, std::size_t size) : spec_(std::move(spec)), size_(std::max<std::size_t>(size, 1))
{
    auto first = open();
    unavailable_ = first->unavailable;
    for (const auto& shard : unavailable_)
        spdlog::warn("left out (--allow-partial): {}", shard);
    free_.push_back(std::move(first));
    opened_ = 1;
}

std::unique_ptr<store::SearchIndex> HandlePool::open() const
{
    return std::make_unique<store::SearchIndex>(store::xapian_try(spec_.paths.front(), [&] {
        return store::open_for_search(spec_.paths, spec_.allow_partial, spec_.allowed_programs);
    }));
}

HandlePool::Lease HandlePool::borrow()
{
    std::unique_ptr<store::SearchIndex> index;
    {
        std::unique_lock lock(mutex_);
        returned_.wait(lock, [&] { return !free_.empty() || opened_ < size_; });
        if (!free_.empty()) {
            index = std::move(free_.back());
            free_.pop_back();
        } else {
            ++opened_;
        }
    }
    if (!index) {
        try {
            index = open();  // outside the lock: opening shards may take a while
        } catch (...) {
            std::lock_guard lock(mutex_);
            --opened_;
            returned_.notify_one();
            throw;
        }
    }
    Lease lease(*this, std::move(index));
    // Cheap when nothing changed; otherwise the request sees the indexer's latest commit.
    store::xapian_try(spec_.paths.front(), [&] { return lease->db.reopen(); });
    return lease;
}

void HandlePool::give_back(std::unique_ptr<store::SearchIndex> index)
{
    {
        std::lock_guard lock(mutex_);
        free_.push_back(std::move(index));
    }
    returned_.notify_one();
}

}  // namespace dateline::serve
