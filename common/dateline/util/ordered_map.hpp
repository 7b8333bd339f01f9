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
    // One condition per waiter, so that each change wakes only whom it concerns: one
    // condition for all woke every thread at every item, and with a file per story 2.9% of
    // the CPU samples were in futex calls (1.6% with these three, perf).
    std::condition_variable room;   // the producer: an item consumed
    std::condition_variable work;   // the workers: an item emitted, or the last
    std::condition_variable ready;  // the consumer: the next item in order transformed
    std::map<std::size_t, In> todo;     // emitted, not yet taken by a worker
    std::map<std::size_t, Out> done;    // transformed, waiting for their turn
    std::size_t next_in = 0, next_out = 0, in_flight = 0;
    std::deque<std::size_t> weights;    // of the items in flight, in order (consumed in order too)
    std::size_t weight = 0;             // their sum
    bool produced = false, stop = false;
    std::exception_ptr failure;

    auto wake_all = [&] {
        room.notify_all();
        work.notify_all();
        ready.notify_all();
    };
    auto fail = [&](std::exception_ptr e) {
        std::lock_guard lock(m);
        if (!failure)
            failure = e;
        stop = true;
        wake_all();
    };

    std::thread producer([&] {
        try {
            produce([&](In&& item) {
                const std::size_t w = weigh ? weigh(item) : 0;
                std::unique_lock lock(m);
                room.wait(lock, [&] {
                    return stop || (in_flight < window && (in_flight == 0 || !weigh || weight + w <= max_weight));
                });
                if (stop)
                    throw std::runtime_error("stopped");
                todo.emplace(next_in++, std::move(item));
                ++in_flight;
                weights.push_back(w);
                weight += w;
                work.notify_one();
            });
        } catch (...) {
            std::lock_guard lock(m);
            if (!stop)
                failure = std::current_exception();
            stop = true;
        }
        std::lock_guard lock(m);
        produced = true;
        wake_all();
    });

    std::vector<std::thread> workers;
    for (unsigned i = 0; i < std::max(1u, jobs); ++i) {
        workers.emplace_back([&] {
            for (;;) {
                std::unique_lock lock(m);
                work.wait(lock, [&] { return stop || !todo.empty() || produced; });
                if (stop || (todo.empty() && produced))
                    return;
                auto node = todo.extract(todo.begin());
                lock.unlock();
                try {
                    Out out = transform(std::move(node.mapped()));
                    lock.lock();
                    const bool next = node.key() == next_out;  // else the consumer is not waiting for it
                    done.emplace(node.key(), std::move(out));
                    if (next)
                        ready.notify_one();
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
            ready.wait(lock, [&] { return stop || done.contains(next_out) || (produced && next_out == next_in); });
            if (stop || !done.contains(next_out))
                break;
            auto node = done.extract(next_out++);
            lock.unlock();
            consume(std::move(node.mapped()));
            lock.lock();
            --in_flight;
            weight -= weights.front();
            weights.pop_front();
            // The producer goes on once half the window is free, and fills it in one turn:
            // woken at every item, it took turns with the consumer item by item.
            if (in_flight == 0 || (in_flight <= window / 2 && (!weigh || weight <= max_weight / 2)))
                room.notify_one();
        }
    } catch (...) {
        fail(std::current_exception());
    }
    {
        std::lock_guard lock(m);
        stop = true;
        wake_all();
    }
    producer.join();
    for (auto& w : workers)
        w.join();
    if (failure)
        std::rethrow_exception(failure);
}

}  // namespace dateline::util
