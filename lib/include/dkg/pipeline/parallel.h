// The one way dkg runs work on several threads: a parallel for over indices.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace dkg {

// Calls work(i) for i in [0, count) on `jobs` threads (the caller's included).
template <typename Work>
void ParallelFor(std::size_t count, unsigned jobs, const Work& work) {
  std::atomic<std::size_t> next{0};
  auto loop = [&] {
    for (std::size_t i = next++; i < count; i = next++) work(i);
  };
  const auto threads =
      static_cast<unsigned>(std::max<std::size_t>(1, std::min<std::size_t>(jobs, count)));
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(loop);
  loop();
  for (auto& thread : pool) thread.join();
}

}  // namespace dkg
