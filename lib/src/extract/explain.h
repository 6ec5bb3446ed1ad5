// Internal: the human-readable account of one extraction behind `dkg explain`.
#pragma once

#include <string>

#include "dkg/extract/extraction.h"
#include "extract/analysis.h"

namespace dkg::internal {

// Appends sentences with their mentions, the coreference chains and each relation
// with the rule and sentence that produced it.
void WriteTrace(const Analysis& a, const Extraction& out, std::string& trace);

}  // namespace dkg::internal
