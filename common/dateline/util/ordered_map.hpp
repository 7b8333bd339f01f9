/*! Parallel map with ordered output: one producer, N workers, results consumed in input order.
 *
 * The indexer parses on all cores while one writer stores the results; keeping the input
 * order makes a run's outcome independent of --jobs (the first copy of a duplicate story
 * is always the same one). A window of items in flight, and of their weight (bytes), bounds
 * memory on any input. */
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <thread>
#include <vector>

namespace dateline::util {

/** Runs produce(emit) on its own thread, transform on `jobs` threads, and consume on the
 *  calling thread in the order items were emitted. At most `window` items are in flight, and,
 *  with `weigh`, items whose weights add up to at most `max_weight` (one heavier item still
 *  goes alone, so nothing waits for ever): emit() waits until consumed items make room.
 *  An exception in any stage stops all stages and is rethrown here. */
template <class In, class Out>
void ordered_map(const std::function<void(const std::function<void(In&&)>&)>& produce,
                 const std::function<Out(In&&)>& transform, const std::function<void(Out&&)>& consume,
                 unsigned jobs, std::size_t window, const std::function<std::size_t(const In&)>& weigh = {},
                 std::size_t max_weight = 0)
{
    std::mutex m;
    std::condition_variable changed;
    std::map<std::size_t, In> todo;     // emitted, not yet taken by a worker
    std::map<std::size_t, Out> done;    // transformed, waiting for their turn
    std::size_t next_in = 0, next_out = 0, in_flight = 0;
    std::deque<std::size_t> weights;    // of the items in flight, in order (consumed in order too)
    std::size_t weight = 0;             // their sum
    bool produced = false, stop = false;
    std::exception_ptr failure;

    auto fail = [&](std::exception_ptr e) {
        std::lock_guard lock(m);
        if (!failure)
            failure = e;
        stop = true;
        changed.notify_all();
    };

    std::thread producer([&] {
        try {
            produce([&](In&& item) {
                const std::size_t w = weigh ? weigh(item) : 0;
                std::unique_lock lock(m);
                changed.wait(lock, [&] {
                    return stop || (in_flight < window && (in_flight == 0 || !weigh || weight + w <= max_weight));
                });
                if (stop)
                    throw std::runtime_error("stopped");
                todo.emplace(next_in++, std::move(item));
                ++in_flight;
                weights.push_back(w);
                weight += w;
                changed.notify_all();
            });
        } catch (...) {
            std::lock_guard lock(m);
            if (!stop)
                failure = std::current_exception();
            stop = true;
        }
        std::lock_guard lock(m);
        produced = true;
        changed.notify_all();
    });

    std::vector<std::thread> workers;
    for (unsigned i = 0; i < std::max(1u, jobs); ++i) {
        workers.emplace_back([&] {
            for (;;) {
                std::unique_lock lock(m);
                changed.wait(lock, [&] { return stop || !todo.empty() || produced; });
                if (stop || (todo.empty() && produced))
                    return;
                auto node = todo.extract(todo.begin());
                lock.unlock();
                try {
                    Out out = transform(std::move(node.mapped()));
                    lock.lock();
                    done.emplace(node.key(), std::move(out));
                    changed.notify_all();
                } catch (...) {
                    fail(std::current_exception());
                    return;
                }
            }
        });
    }

    try {
        for (;;) {
            std::unique_lock lock(m);
            changed.wait(lock, [&] { return stop || done.contains(next_out) || (produced && next_out == next_in); });
            if (stop || !done.contains(next_out))
                break;
            auto node = done.extract(next_out++);
            lock.unlock();
            consume(std::move(node.mapped()));
            lock.lock();
            --in_flight;
            weight -= weights.front();
            weights.pop_front();
            changed.notify_all();
        }
    } catch (...) {
        fail(std::current_exception());
    }
    {
        std::lock_guard lock(m);
        stop = true;
        changed.notify_all();
    }
    producer.join();
    for (auto& w : workers)
        w.join();
    if (failure)
        std::rethrow_exception(failure);
}

}  // namespace dateline::util
