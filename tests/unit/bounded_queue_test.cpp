#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "dateline/util/bounded_queue.hpp"

using dateline::util::BoundedQueue;

TEST_CASE("bounded queue: full by weight before full by count; a heavy item still enters an empty queue")
{
    BoundedQueue<int> q(100, 10, [](const int& v) { return static_cast<std::size_t>(v); });
    CHECK(q.push(100));  // heavier than the bound, into an empty queue: nothing waits for ever
    CHECK(q.pop() == 100);
    CHECK(q.push(6));
    std::atomic<bool> pushed{false};
    std::thread producer([&] {
        q.push(6);  // 6 + 6 > 10: waits for the first to go
        pushed = true;
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    CHECK_FALSE(pushed.load());
    CHECK(q.pop() == 6);
    producer.join();
    CHECK(pushed.load());
    CHECK(q.pop() == 6);
    q.close();
    CHECK_FALSE(q.pop().has_value());
}

TEST_CASE("bounded queue: without a weight, the count bounds it")
{
    BoundedQueue<int> q(2);
    CHECK(q.push(1));
    CHECK(q.push(2));
    std::atomic<bool> pushed{false};
    std::thread producer([&] {
        q.push(3);
        pushed = true;
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    CHECK_FALSE(pushed.load());
    CHECK(q.pop() == 1);
    producer.join();
    CHECK(q.pop() == 2);
    CHECK(q.pop() == 3);
}

TEST_CASE("bounded queue: many items of mixed weights pass in order, heavy ones included")
{
    // A full queue wakes its producer at half, or empty: nothing must wait for ever, whatever
    // the weights (some over half the bound, some over all of it).
    BoundedQueue<int> q(8, 100, [](const int& v) { return static_cast<std::size_t>(v % 1000); });
    constexpr int Count = 20'000;
    const auto value = [](int i) { return i * 1000 + (i % 31 == 0 ? 150 : i % 5 == 0 ? 60 : i % 11); };
    std::thread producer([&] {
        for (int i = 0; i < Count; ++i)
            q.push(value(i));
        q.close();
    });
    int expected = 0;
    bool in_order = true;
    while (auto v = q.pop())
        in_order = in_order && *v == value(expected++);
    producer.join();
    CHECK(in_order);
    CHECK(expected == Count);
}
