// dkg::Error is the one exception type the library throws, only at I/O boundaries
// (files, JSON documents, command-line input). Messy text never throws.
#pragma once

#include <stdexcept>
#include <string>

namespace dkg {

class Error : public std::runtime_error {
 public:
  explicit Error(const std::string& message) : std::runtime_error(message) {}
};

}  // namespace dkg
