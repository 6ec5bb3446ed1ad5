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

// Threads made for one call and joined at its end (the pool is busy).
void RunOnFreshThreads(std::size_t count, unsigned jobs,
                       const std::function<void(std::size_t)>& work) {
  std::atomic<std::size_t> next{0};
  std::vector<std::thread> threads;
  for (unsigned t = 1; t < jobs; ++t) threads.emplace_back([&] { Drain(next, count, work); });
  Drain(next, count, work);
  for (auto& thread : threads) thread.join();
}

// Long-lived worker threads; one run at a time. Worker k takes part in a run when the
// run asks for more than k threads.
class Pool {
 public:
  static Pool& Instance() {
    static Pool pool;
    return pool;
  }

  // False (and nothing done) when another run holds the pool.
  bool TryRun(std::size_t count, unsigned jobs, const std::function<void(std::size_t)>& work) {
    std::unique_lock<std::mutex> run(run_mutex_, std::try_to_lock);
    if (!run.owns_lock()) return false;
    while (workers_.size() < jobs) {
      const auto index = static_cast<unsigned>(workers_.size());
      workers_.emplace_back([this, index] { Loop(index); });
    }
    std::unique_lock<std::mutex> lock(mutex_);
    work_ = &work;
    count_ = count;
    next_ = 0;
    wanted_ = jobs;
    active_ = jobs;
    ++generation_;
    wake_.notify_all();
    done_.wait(lock, [this] { return active_ == 0; });
    work_ = nullptr;
    return true;
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

void ParallelFor(std::size_t count, unsigned jobs, const std::function<void(std::size_t)>& work) {
  jobs = static_cast<unsigned>(std::min<std::size_t>(jobs, count));
  if (jobs <= 1) {
    for (std::size_t i = 0; i < count; ++i) work(i);
    return;
  }
  if (!Pool::Instance().TryRun(count, jobs, work)) RunOnFreshThreads(count, jobs, work);
}

}  // namespace dkg
