// Progress on stderr: a live line with reports/s when stderr is a terminal, a line every
// few seconds otherwise, nothing with --quiet.
#pragma once

#include <chrono>
#include <cstddef>

namespace dkg::app {

class Progress {
 public:
  explicit Progress(bool quiet);
  void Update(std::size_t reports, std::size_t bytes);
  void Finish(std::size_t reports, std::size_t bytes);

 private:
  bool quiet_;
  bool terminal_;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_;
};

}  // namespace dkg::app
