#include "progress.h"

#include <unistd.h>

#include <cstdio>

#include <fmt/format.h>

namespace dkg::app {

Progress::Progress(bool quiet)
    : quiet_(quiet), terminal_(isatty(STDERR_FILENO) != 0),
      start_(std::chrono::steady_clock::now()), last_(start_) {}

void Progress::Update(std::size_t reports, std::size_t bytes) {
  if (quiet_) return;
  const auto now = std::chrono::steady_clock::now();
  const auto since_last = std::chrono::duration<double>(now - last_).count();
  if (since_last < (terminal_ ? 0.2 : 5.0)) return;
  last_ = now;
  const double seconds = std::chrono::duration<double>(now - start_).count();
  const double rate = seconds > 0 ? reports / seconds : 0;
  const double mb = bytes / 1e6;
  if (terminal_) {
    const int filled = static_cast<int>(seconds * 4) % 21;
    std::string bar(20, ' ');
    for (int i = 0; i < 20; ++i) bar[i] = (i == filled || i == filled - 1) ? '#' : '-';
    fmt::print(stderr, "\r[{}] {} reports  {:.1f} MB  {:.0f} reports/s ", bar, reports, mb, rate);
  } else {
    fmt::print(stderr, "dkg: {} reports, {:.1f} MB, {:.0f} reports/s\n", reports, mb, rate);
  }
  std::fflush(stderr);
}

void Progress::Finish(std::size_t reports, std::size_t bytes) {
  if (quiet_) return;
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  if (terminal_) fmt::print(stderr, "\r{:60}\r", "");
  fmt::print(stderr, "dkg: extracted {} reports ({:.2f} MB) in {:.2f} s\n", reports, bytes / 1e6,
             seconds);
}

}  // namespace dkg::app
