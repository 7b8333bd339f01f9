/*! Xapian::Database handles for the server's worker threads: a Database is not safe to share
 *  between threads, so each request borrows one of its own, reopened at the latest revision
 *  so that what an indexer has committed is served. */
#pragma once

#include <condition_variable>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "dateline/store/database.hpp"

namespace dateline::serve {

/** What --db and its companions name, opened as dateline-search opens it. */
struct IndexSpec {
    std::vector<std::filesystem::path> paths;  ///< front() names the index in messages
    bool allow_partial = false;
    std::vector<std::string> allowed_programs;
};

class HandlePool {
public:
    /** Opens one handle now (so a missing index fails at start, with dateline-search's
     *  message) and up to `size` in all as requests need them. */
    HandlePool(IndexSpec spec, std::size_t size);

    /** A handle lent to one request, returned to the pool when it goes. */
    class Lease {
    public:
        Lease(HandlePool& pool, std::unique_ptr<store::SearchIndex> index) : pool_(pool), index_(std::move(index)) {}
        Lease(Lease&& other) noexcept : pool_(other.pool_), index_(std::move(other.index_)) {}
        Lease(const Lease&) = delete;
        Lease& operator=(const Lease&) = delete;
        Lease& operator=(Lease&&) = delete;
        ~Lease()
        {
            if (index_)
                pool_.give_back(std::move(index_));
        }
        store::SearchIndex& operator*() { return *index_; }
        store::SearchIndex* operator->() { return index_.get(); }
    private:
        HandlePool& pool_;
        std::unique_ptr<store::SearchIndex> index_;
    };

    /** A free handle, reopened at the latest committed revision; waits when all are lent. */
    Lease borrow();

    const IndexSpec& spec() const { return spec_; }
    /** Shards left out when the first handle was opened (allow_partial). */
    const std::vector<std::string>& unavailable() const { return unavailable_; }

private:
    std::unique_ptr<store::SearchIndex> open() const;
    void give_back(std::unique_ptr<store::SearchIndex> index);

    IndexSpec spec_;
    std::size_t size_;
    std::size_t opened_ = 0;
    std::vector<std::string> unavailable_;
    std::mutex mutex_;
    std::condition_variable returned_;
    std::vector<std::unique_ptr<store::SearchIndex>> free_;
};

}  // namespace dateline::serve
