// Internal: resolution and graph building over a stream of extractions, in three passes
// that hold no more than a batch of extractions in memory:
//   1. every extraction is observed by the Resolver and appended to a SpillFile;
//   2. the spill is read back, node ids are assigned (on `jobs` threads) and each
//      resolved extraction is added to the graph;
//   3. the spill is read again, ids assigned again (Assign is deterministic), and the
//      known-affiliation look (which needs the whole graph) adds its supports; each
//      extraction then goes to options.on_resolved.
#pragma once

#include <functional>
#include <memory>

#include "dkg/pipeline/build.h"

namespace dkg::internal {

// Runs the three passes over what `read` gives its sink. Fills result.graph,
// result.extractions and result.inferred_affiliations; calls options.on_merge (pass 2)
// and options.on_resolved (pass 3).
void ResolveStream(const std::function<void(const ExtractionSink&)>& read,
                   std::shared_ptr<const Lexicon> lexicon, const AliasRules& rules,
                   const BuildOptions& options, BuildResult& result);

}  // namespace dkg::internal
