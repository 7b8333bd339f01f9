/*! A blocking queue of bounded size between one producer and one consumer thread: the
 *  producer waits when it is full, so memory stays flat when the consumer is the slower. */
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <optional>

namespace dateline::util {

template <class T>
class BoundedQueue {
public:
    explicit BoundedQueue(std::size_t capacity) : capacity_(capacity == 0 ? 1 : capacity) {}

    /** Waits for room; false when the queue was closed (the item is dropped). */
    bool push(T&& item)
    {
        std::unique_lock lock(m_);
        changed_.wait(lock, [&] { return closed_ || items_.size() < capacity_; });
        if (closed_)
            return false;
        items_.push_back(std::move(item));
        changed_.notify_all();
        return true;
    }

    /** Waits for an item; nullopt once the queue is closed and empty. */
    std::optional<T> pop()
    {
        std::unique_lock lock(m_);
        changed_.wait(lock, [&] { return closed_ || !items_.empty(); });
        if (items_.empty())
            return std::nullopt;
        T item = std::move(items_.front());
        items_.pop_front();
        changed_.notify_all();
        return item;
    }

    /** No more pushes: pop() drains what is left, then returns nullopt. */
    void close()
    {
        std::lock_guard lock(m_);
        closed_ = true;
        changed_.notify_all();
    }

private:
    std::mutex m_;
    std::condition_variable changed_;
    std::deque<T> items_;
    std::size_t capacity_;
    bool closed_ = false;
};

}  // namespace dateline::util
