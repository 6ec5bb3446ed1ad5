#include "pipeline/resolve_stream.h"

#include <algorithm>
#include <atomic>
#include <future>
#include <string>
#include <vector>

#include "dkg/graph/graph_builder.h"
#include "dkg/pipeline/parallel.h"
#include "pipeline/spill_file.h"

namespace dkg::internal {
namespace {

constexpr std::size_t kBatch = 512;  // extractions read back at a time
constexpr std::size_t kChunk = 32;   // extractions per Assign task

using MergeSink = std::function<void(const MergeDecision&)>;

// A batch of resolved extractions, in input order, with their merge decisions.
struct ResolvedBatch {
  std::vector<Extraction> extractions;
  std::vector<MergeDecision> merges;
};

// Reads the next batch from the spill, then decodes its records and assigns their node
// ids in chunks on `jobs` threads; only the reading of bytes is serial. An empty batch
// means the spill is exhausted.
ResolvedBatch ReadResolved(SpillFile& spill, const Resolver& resolver, unsigned jobs,
                           bool log_merges) {
  std::vector<std::string> records(kBatch);
  std::size_t count = 0;
  while (count < kBatch && spill.ReadRecord(records[count])) ++count;
  ResolvedBatch batch;
  batch.extractions.resize(count);
  const std::size_t chunks = (count + kChunk - 1) / kChunk;
  std::vector<std::vector<MergeDecision>> logs(log_merges ? chunks : 0);
  std::atomic<bool> damaged{false};
  ParallelFor(chunks, jobs, [&](std::size_t c) {
    const std::size_t end = std::min(count, (c + 1) * kChunk);
    for (std::size_t i = c * kChunk; i < end; ++i) {
      if (!SpillFile::Decode(records[i], batch.extractions[i])) {
        damaged = true;
        return;
      }
      resolver.Assign(batch.extractions[i], log_merges ? &logs[c] : nullptr);
    }
  });
  if (damaged) spill.FailDamaged();
  for (auto& log : logs)
    for (MergeDecision& decision : log) batch.merges.push_back(std::move(decision));
  return batch;
}

// Reads the spill from the start and calls visit(x) with each extraction, resolved, in
// input order (and *on_merge with each decision). With more than one job, the next
// batch is read and resolved while the calling thread visits the current one.
template <typename Visit>
void ForEachResolved(SpillFile& spill, const Resolver& resolver, unsigned jobs,
                     const MergeSink* on_merge, const Visit& visit) {
  spill.Rewind();
  auto next = [&spill, &resolver, jobs, log = on_merge != nullptr] {
    return ReadResolved(spill, resolver, jobs, log);
  };
  std::future<ResolvedBatch> pending;
  if (jobs > 1) pending = std::async(std::launch::async, next);
  for (;;) {
    ResolvedBatch batch = jobs > 1 ? pending.get() : next();
    if (batch.extractions.empty()) return;
    if (jobs > 1) pending = std::async(std::launch::async, next);
    if (on_merge)
      for (const MergeDecision& decision : batch.merges) (*on_merge)(decision);
    for (Extraction& x : batch.extractions) visit(x);
  }
}

// The second look at one report: affiliations the graph knows from other reports.
int AddInferredAffiliations(KnowledgeGraph& graph, Extraction& x) {
  const std::size_t before = x.relations.size();
  const int added = AddKnownAffiliations(graph, x);
  for (std::size_t r = before; r < x.relations.size(); ++r) AddRelation(graph, x, x.relations[r]);
  return added;
}

}  // namespace

void ResolveStream(const std::function<void(const ExtractionSink&)>& read,
                   std::shared_ptr<const Lexicon> lexicon, const AliasRules& rules,
                   const BuildOptions& options, BuildResult& result) {
  Resolver resolver(lexicon, rules);
  SpillFile spill;
  read([&](Extraction&& x) {
    resolver.Observe(x);
    spill.Append(x);
  });
  resolver.Finish();
  result.extractions = spill.size();
  result.graph = KnowledgeGraph(options.evidence_per_edge);
  const MergeSink* on_merge = options.on_merge ? &options.on_merge : nullptr;
  ForEachResolved(spill, resolver, options.jobs, on_merge,
                  [&](const Extraction& x) { AddExtraction(result.graph, x, *lexicon); });
  ForEachResolved(spill, resolver, options.jobs, nullptr, [&](Extraction& x) {
    result.inferred_affiliations += AddInferredAffiliations(result.graph, x);
    if (options.on_resolved) options.on_resolved(x);
  });
}

}  // namespace dkg::internal
