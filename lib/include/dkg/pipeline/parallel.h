// The one way dkg runs work on several threads: a parallel for over indices, on a pool
// of long-lived threads. Threads that live across batches keep their per-thread caches
// (the lexicon's word cache, the tokenizer's buffers) warm; a thread made per batch
// would start each batch cold.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>

namespace dkg {

// Calls work(i) for every i in [0, count) on `jobs` threads and returns when all calls
// are done. With jobs <= 1 (or one item) the calls run in order on the calling thread.
// Otherwise they run on the process-wide pool while the caller waits; a call made while
// the pool is busy (from another thread, or from inside `work`) gets threads of its own.
// `work` must not throw.
void ParallelFor(std::size_t count, unsigned jobs, const std::function<void(std::size_t)>& work);

// A ParallelFor that the caller does not wait for at once: the calls start when it is
// made, the caller goes on (reading the next batch, writing the last one) and Wait()s
// when it needs the results. The destructor waits too. With jobs <= 1 (or one item) the
// calls run in the constructor, on the calling thread. Wait() must be called from the
// thread that made the run; `work` must not throw.
class ParallelRun {
 public:
  ParallelRun(std::size_t count, unsigned jobs, std::function<void(std::size_t)> work);
  ~ParallelRun();
  ParallelRun(const ParallelRun&) = delete;
  ParallelRun& operator=(const ParallelRun&) = delete;

  void Wait();

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace dkg
