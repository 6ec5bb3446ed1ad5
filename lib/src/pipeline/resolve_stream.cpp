#include "pipeline/resolve_stream.h"

#include <algorithm>
#include <atomic>
#include <memory>
#include <optional>
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

// A batch of the spill's records being decoded, and their node ids assigned, on the pool.
struct PendingBatch {
  std::vector<std::string> records;
  ResolvedBatch batch;
  std::vector<std::vector<MergeDecision>> logs;  // per chunk, when merges are logged
  std::atomic<bool> damaged{false};
  std::optional<ParallelRun> run;
};

// Reads the next batch from the spill (on this thread) and starts decoding its records
// and assigning their node ids in chunks on `jobs` threads.
std::unique_ptr<PendingBatch> StartBatch(SpillFile& spill, const Resolver& resolver,
                                         unsigned jobs, bool log_merges) {
  auto pending = std::make_unique<PendingBatch>();
  PendingBatch& p = *pending;
  p.records.resize(kBatch);
  std::size_t count = 0;
  while (count < kBatch && spill.ReadRecord(p.records[count])) ++count;
  p.records.resize(count);
  p.batch.extractions.resize(count);
  const std::size_t chunks = (count + kChunk - 1) / kChunk;
  p.logs.resize(log_merges ? chunks : 0);
  p.run.emplace(chunks, jobs, [&p, &resolver, count, log_merges](std::size_t c) {
    const std::size_t end = std::min(count, (c + 1) * kChunk);
    for (std::size_t i = c * kChunk; i < end; ++i) {
      if (!SpillFile::Decode(p.records[i], p.batch.extractions[i])) {
        p.damaged = true;
        return;
      }
      resolver.Assign(p.batch.extractions[i], log_merges ? &p.logs[c] : nullptr);
    }
  });
  return pending;
}

// Waits for a batch StartBatch started; an empty batch means the spill is exhausted.
ResolvedBatch Collect(PendingBatch& p, const SpillFile& spill) {
  p.run.reset();  // waits
  if (p.damaged) spill.FailDamaged();
  for (auto& log : p.logs)
    for (MergeDecision& decision : log) p.batch.merges.push_back(std::move(decision));
  return std::move(p.batch);
}

// Reads the spill from the start and calls visit(x) with each extraction, resolved, in
// input order (and *on_merge with each decision). With more than one job, the next
// batch is resolved on the pool while the calling thread visits the current one.
template <typename Visit>
void ForEachResolved(SpillFile& spill, const Resolver& resolver, unsigned jobs,
                     const MergeSink* on_merge, const Visit& visit) {
  spill.Rewind();
  const bool log_merges = on_merge != nullptr;
  std::unique_ptr<PendingBatch> pending = StartBatch(spill, resolver, jobs, log_merges);
  for (;;) {
    ResolvedBatch batch = Collect(*pending, spill);
    if (batch.extractions.empty()) return;
    pending = StartBatch(spill, resolver, jobs, log_merges);
    if (on_merge)
      for (const MergeDecision& decision : batch.merges) (*on_merge)(decision);
    for (Extraction& x : batch.extractions) visit(x);
  }
}

// What the second look at a report reads (AddKnownAffiliations): its persons placed in
// no country, with their first mention, and its countries, in the report's order. None
// when it lacks either, as the look can then add nothing.
std::optional<Extraction> AffiliationCandidates(const Extraction& x) {
  Extraction out;
  out.report_id = x.report_id;
  out.date = x.date;
  bool person = false, country = false;
  for (int i = 0; i < static_cast<int>(x.entities.size()); ++i) {
    const Entity& e = x.entities[i];
    if (e.type == EntityType::kCountry) {
      country = true;
      out.entities.push_back(Entity{.id = e.id, .type = e.type, .country = e.country});
    } else if (e.type == EntityType::kPerson && CountryOf(x, i).empty()) {
      person = true;
      Entity& p = out.entities.emplace_back(Entity{.id = e.id, .type = e.type});
      if (!e.mentions.empty()) p.mentions.push_back(e.mentions.front());
    }
  }
  if (!person || !country) return std::nullopt;
  return out;
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
  // The second look needs the whole graph. A plain build keeps aside what it needs (a
  // few names per report) while the graph is built and reads back only that; whoever
  // wants the resolved extractions gets them whole, read and resolved again.
  std::optional<SpillFile> candidates;
  if (!options.on_resolved) candidates.emplace();
  ForEachResolved(spill, resolver, options.jobs, on_merge, [&](const Extraction& x) {
    AddExtraction(result.graph, x, *lexicon);
    if (candidates)
      if (auto c = AffiliationCandidates(x)) candidates->Append(*c);
  });
  if (candidates) {
    candidates->Rewind();
    for (Extraction x; candidates->Read(x);)
      result.inferred_affiliations += AddInferredAffiliations(result.graph, x);
    return;
  }
  ForEachResolved(spill, resolver, options.jobs, nullptr, [&](Extraction& x) {
    result.inferred_affiliations += AddInferredAffiliations(result.graph, x);
    options.on_resolved(x);
  });
}

}  // namespace dkg::internal
