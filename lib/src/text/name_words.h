// Internal: words of personal names that the extraction and the resolver both read.
#pragma once

#include <string_view>

namespace dkg::text_internal {

// "bin", "bint", "ibn" (folded): the name after it is a father's ("Hamdan bin Mohamed").
inline bool IsPatronymicWord(std::string_view folded) {
  return folded == "bin" || folded == "bint" || folded == "ibn";
}

}  // namespace dkg::text_internal
