/*! A blocking queue of bounded size between one producer and one consumer thread: the
 *  producer waits when it is full, so memory stays flat when the consumer is the slower.
 *  A full queue wakes its producer only once it has drained to half: woken at every item,
 *  producer and consumer took turns item by item, and a folder of 19,043 stories cost
 *  46,505 context switches, most of them such turns (perf). */
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>

namespace dateline::util {

template <class T>
class BoundedQueue {
public:
    /** Full at `capacity` items or, with a `weight` function, at `max_weight` of it (an item
     *  heavier than that still goes into an empty queue, so nothing waits for ever). */
    explicit BoundedQueue(std::size_t capacity, std::size_t max_weight = 0,
                          std::function<std::size_t(const T&)> weight = {})
        : capacity_(capacity == 0 ? 1 : capacity), max_weight_(max_weight), weight_(std::move(weight))
    {
    }

    /** Waits for room; false when the queue was closed (the item is dropped). */
    bool push(T&& item)
    {
        const std::size_t w = weight_ ? weight_(item) : 0;
        std::unique_lock lock(m_);
        has_room_.wait(lock, [&] { return closed_ || room_for(w); });
        if (closed_)
            return false;
        items_.push_back(std::move(item));
        weights_.push_back(w);
        total_ += w;
        if (items_.size() == 1)
            has_items_.notify_one();  // the consumer waits only on an empty queue
        return true;
    }

    /** Waits for an item; nullopt once the queue is closed and empty. */
    std::optional<T> pop()
    {
        std::unique_lock lock(m_);
        has_items_.wait(lock, [&] { return closed_ || !items_.empty(); });
        if (items_.empty())
            return std::nullopt;
        T item = std::move(items_.front());
        items_.pop_front();
        total_ -= weights_.front();
        weights_.pop_front();
        // A waiting producer goes on once half the queue is free: it then fills it in one turn.
        // Empty wakes it in any case, for an item heavier than half the weight allowed.
        if (items_.empty() || (items_.size() <= capacity_ / 2 && (!weight_ || total_ <= max_weight_ / 2)))
            has_room_.notify_one();
        return item;
    }

    /** No more pushes: pop() drains what is left, then returns nullopt. */
    void close()
    {
        std::lock_guard lock(m_);
        closed_ = true;
        has_items_.notify_all();
        has_room_.notify_all();
    }

private:
    bool room_for(std::size_t w) const
    {
        if (items_.empty())
            return true;
        return items_.size() < capacity_ && (!weight_ || total_ + w <= max_weight_);
    }

    std::mutex m_;
    std::condition_variable has_items_;  // the consumer's
    std::condition_variable has_room_;   // the producer's
    std::deque<T> items_;
    std::deque<std::size_t> weights_;
    std::size_t capacity_, max_weight_, total_ = 0;
    std::function<std::size_t(const T&)> weight_;
    bool closed_ = false;
};

}  // namespace dateline::util
