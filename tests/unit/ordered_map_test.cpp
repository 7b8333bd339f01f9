#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

#include <doctest/doctest.h>

#include "dateline/util/ordered_map.hpp"

using dateline::util::ordered_map;

namespace {

// Emits items of the given weights through a slow transform; returns the most weight that was
// ever emitted and not yet consumed, and the items in the order they were consumed.
std::pair<std::size_t, std::vector<int>> run(const std::vector<std::size_t>& weights, std::size_t max_weight)
{
    std::atomic<std::size_t> in_flight{0}, peak{0};
    std::vector<int> order;
    ordered_map<int, int>(
        [&](const std::function<void(int&&)>& emit) {
            for (int i = 0; i < static_cast<int>(weights.size()); ++i) {
                emit(int{i});  // returns once the item is in flight
                peak = std::max(peak.load(), in_flight += weights[static_cast<std::size_t>(i)]);
            }
        },
        [](int&& i) {
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
            return i;
        },
        [&](int&& i) {
            in_flight -= weights[static_cast<std::size_t>(i)];
            order.push_back(i);
        },
        2, 16, [&](const int& i) { return weights[static_cast<std::size_t>(i)]; }, max_weight);
    return {peak.load(), order};
}

}  // namespace

TEST_CASE("util/ordered_map: the weight in flight stays under its bound, in order")
{
    const std::vector<std::size_t> weights(40, 60);  // forty 60 MB members
    const auto [peak, order] = run(weights, 256);
    CHECK(peak <= 256);
    CHECK(peak >= 180);  // still several at once: the bound is not a queue of one
    CHECK(order.size() == 40);
    CHECK(std::is_sorted(order.begin(), order.end()));
}

TEST_CASE("util/ordered_map: an item heavier than the bound still goes, alone")
{
    const auto [peak, order] = run({10, 500, 10, 10}, 256);
    CHECK(order == std::vector<int>{0, 1, 2, 3});
    CHECK(peak == 500);  // the heavy one waited until nothing else was in flight, and the next waited for it
}

TEST_CASE("util/ordered_map: many items of mixed weights, heavy ones among them, all arrive in order")
{
    // The producer is woken only when half the window is free, or all of it: nothing must
    // wait for ever, whatever the weights (some over half the bound, one over all of it).
    std::vector<std::size_t> weights;
    for (std::size_t i = 0; i < 20'000; ++i)
        weights.push_back(i % 97 == 0 ? 300 : i % 7 == 0 ? 150 : i % 13);
    std::vector<int> order;
    ordered_map<int, int>(
        [&](const std::function<void(int&&)>& emit) {
            for (int i = 0; i < static_cast<int>(weights.size()); ++i)
                emit(int{i});
        },
        [](int&& i) { return i; }, [&](int&& i) { order.push_back(i); }, 2, 16,
        [&](const int& i) { return weights[static_cast<std::size_t>(i)]; }, 256);
    CHECK(order.size() == weights.size());
    CHECK(std::is_sorted(order.begin(), order.end()));
}
