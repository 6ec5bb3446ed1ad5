#include "dkg/pipeline/parallel.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

namespace dkg {
namespace {

// How many times each index was visited.
std::vector<int> Visits(std::size_t count, unsigned jobs) {
  std::vector<std::atomic<int>> seen(count);
  ParallelFor(count, jobs, [&](std::size_t i) { ++seen[i]; });
  std::vector<int> out;
  for (auto& s : seen) out.push_back(s.load());
  return out;
}

TEST(ParallelForTest, EveryIndexRunsExactlyOnceForAnyNumberOfJobs) {
  for (unsigned jobs : {1u, 2u, 3u, 8u}) {
    for (std::size_t count : {0u, 1u, 2u, 7u, 1000u}) {
      const auto visits = Visits(count, jobs);
      EXPECT_EQ(visits, std::vector<int>(count, 1)) << "jobs " << jobs << ", count " << count;
    }
  }
}

TEST(ParallelForTest, OneJobRunsInOrderOnTheCallingThread) {
  std::vector<std::size_t> order;
  const auto caller = std::this_thread::get_id();
  bool same_thread = true;
  ParallelFor(5, 1, [&](std::size_t i) {
    order.push_back(i);
    same_thread = same_thread && std::this_thread::get_id() == caller;
  });
  EXPECT_EQ(order, (std::vector<std::size_t>{0, 1, 2, 3, 4}));
  EXPECT_TRUE(same_thread);
}

TEST(ParallelForTest, WorkRunsOnTheSameFewPoolThreadsCallAfterCall) {
  std::mutex mutex;
  std::set<std::thread::id> threads;
  for (int call = 0; call < 20; ++call)
    ParallelFor(64, 2, [&](std::size_t) {
      std::lock_guard<std::mutex> lock(mutex);
      threads.insert(std::this_thread::get_id());
    });
  // two long-lived workers did everything; the caller only waited
  EXPECT_LE(threads.size(), 2u);
  EXPECT_FALSE(threads.contains(std::this_thread::get_id()));
}

TEST(ParallelForTest, NestedAndConcurrentCallsComplete) {
  std::atomic<int> inner{0};
  ParallelFor(4, 2, [&](std::size_t) {
    ParallelFor(10, 2, [&](std::size_t) { ++inner; });  // the pool is busy: own threads
  });
  EXPECT_EQ(inner.load(), 40);

  std::atomic<int> total{0};
  std::vector<std::thread> callers;
  for (int c = 0; c < 4; ++c)
    callers.emplace_back([&] { ParallelFor(100, 2, [&](std::size_t) { ++total; }); });
  for (auto& caller : callers) caller.join();
  EXPECT_EQ(total.load(), 400);
}

TEST(ParallelRunTest, TheCallerGoesOnWhileTheRunWorks) {
  // each call waits (at most 2 s) for the caller to say it went on; a run that made the
  // caller wait for it would see no word
  std::atomic<bool> caller_went_on{false};
  std::vector<std::atomic<int>> heard(8);
  {
    ParallelRun run(heard.size(), 2, [&](std::size_t i) {
      const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(2);
      while (!caller_went_on && std::chrono::steady_clock::now() < give_up)
        std::this_thread::yield();
      heard[i] = caller_went_on ? 1 : 0;
    });
    caller_went_on = true;
    run.Wait();
    for (std::size_t i = 0; i < heard.size(); ++i) EXPECT_EQ(heard[i].load(), 1) << i;
  }
}

TEST(ParallelRunTest, OneJobRunsAtOnceOnTheCallingThread) {
  std::vector<std::size_t> order;
  const auto caller = std::this_thread::get_id();
  bool same_thread = true;
  ParallelRun run(4, 1, [&](std::size_t i) {
    order.push_back(i);
    same_thread = same_thread && std::this_thread::get_id() == caller;
  });
  EXPECT_EQ(order, (std::vector<std::size_t>{0, 1, 2, 3}));  // before any Wait()
  EXPECT_TRUE(same_thread);
}

TEST(ParallelRunTest, TheDestructorWaitsAndARunBesideItGetsThreadsOfItsOwn) {
  std::atomic<int> first{0}, second{0};
  {
    ParallelRun run(200, 2, [&](std::size_t) {
      std::this_thread::sleep_for(std::chrono::microseconds(50));
      ++first;
    });
    // the pool is held by `run`: this one runs beside it
    ParallelFor(100, 2, [&](std::size_t) { ++second; });
    EXPECT_EQ(second.load(), 100);
  }
  EXPECT_EQ(first.load(), 200);
}

}  // namespace
}  // namespace dkg
