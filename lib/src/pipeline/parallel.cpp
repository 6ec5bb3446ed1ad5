#include "dkg/pipeline/parallel.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <thread>
#include <vector>

namespace dkg {
namespace {

// Runs work(i) for the indices it claims from `next` until none are left.
void Drain(std::atomic<std::size_t>& next, std::size_t count,
           const std::function<void(std::size_t)>& work) {
  for (std::size_t i = next++; i < count; i = next++) work(i);
}

// Long-lived worker threads; one run at a time. Worker k takes part in a run when the
// run asks for more than k threads.
class Pool {
 public:
  static Pool& Instance() {
    static Pool pool;
    return pool;
  }

  // Starts a run of work(i), i in [0, count), on `jobs` workers and returns the lock
  // that holds the pool for it (Finish() ends the run); a lock that owns nothing, and
  // nothing started, when another run holds the pool. `work` must outlive the run.
  std::unique_lock<std::mutex> TryStart(std::size_t count, unsigned jobs,
                                        const std::function<void(std::size_t)>& work) {
    std::unique_lock<std::mutex> run(run_mutex_, std::try_to_lock);
    if (!run.owns_lock()) return run;
    while (workers_.size() < jobs) {
      const auto index = static_cast<unsigned>(workers_.size());
      workers_.emplace_back([this, index] { Loop(index); });
    }
    std::lock_guard<std::mutex> lock(mutex_);
    work_ = &work;
    count_ = count;
    next_ = 0;
    wanted_ = jobs;
    active_ = jobs;
    ++generation_;
    wake_.notify_all();
    return run;
  }

  // Waits for the run started by TryStart to end.
  void Finish() {
    std::unique_lock<std::mutex> lock(mutex_);
    done_.wait(lock, [this] { return active_ == 0; });
    work_ = nullptr;
  }

  ~Pool() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      stop_ = true;
    }
    wake_.notify_all();
    for (auto& worker : workers_) worker.join();
  }

 private:
  void Loop(unsigned index) {
    std::uint64_t seen = 0;
    std::unique_lock<std::mutex> lock(mutex_);
    for (;;) {
      wake_.wait(lock, [&] { return stop_ || (generation_ != seen && index < wanted_); });
      if (stop_) return;
      seen = generation_;
      const auto* work = work_;
      const std::size_t count = count_;
      lock.unlock();
      Drain(next_, count, *work);
      lock.lock();
      if (--active_ == 0) done_.notify_all();
    }
  }

  std::mutex run_mutex_;  // held for a whole run
  std::mutex mutex_;      // guards the run's description below
  std::condition_variable wake_, done_;
  std::vector<std::thread> workers_;
  const std::function<void(std::size_t)>* work_ = nullptr;
  std::size_t count_ = 0;
  std::atomic<std::size_t> next_{0};
  unsigned wanted_ = 0;   // threads taking part in the current run
  unsigned active_ = 0;   // of those, still working
  std::uint64_t generation_ = 0;
  bool stop_ = false;
};

}  // namespace

// A run on the pool (`pool_run` owns the pool) or, when the pool is busy, on threads
// made for it and joined at its end.
struct ParallelRun::State {
  std::function<void(std::size_t)> work;
  std::size_t count = 0;
  std::unique_lock<std::mutex> pool_run;
  std::atomic<std::size_t> next{0};
  std::vector<std::thread> threads;
};

ParallelRun::ParallelRun(std::size_t count, unsigned jobs, std::function<void(std::size_t)> work)
    : state_(std::make_unique<State>()) {
  State& s = *state_;
  s.work = std::move(work);
  s.count = count;
  jobs = static_cast<unsigned>(std::min<std::size_t>(jobs, count));
  if (jobs <= 1) {
    for (std::size_t i = 0; i < count; ++i) s.work(i);
    return;
  }
  s.pool_run = Pool::Instance().TryStart(count, jobs, s.work);
  if (s.pool_run.owns_lock()) return;
  for (unsigned t = 0; t < jobs; ++t)
    s.threads.emplace_back([&s] { Drain(s.next, s.count, s.work); });
}

void ParallelRun::Wait() {
  State& s = *state_;
  if (s.pool_run.owns_lock()) {
    Pool::Instance().Finish();
    s.pool_run.unlock();
  }
  for (auto& thread : s.threads) thread.join();
  s.threads.clear();
}

ParallelRun::~ParallelRun() {
  if (state_) Wait();
}

void ParallelFor(std::size_t count, unsigned jobs, const std::function<void(std::size_t)>& work) {
  if (std::min<std::size_t>(jobs, count) <= 1) {
    for (std::size_t i = 0; i < count; ++i) work(i);
    return;
  }
  ParallelRun(count, jobs, work).Wait();
}

}  // namespace dkg
