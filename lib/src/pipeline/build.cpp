#include "dkg/pipeline/build.h"

#include <atomic>
#include <future>
#include <thread>

#include "dkg/graph/graph_builder.h"

namespace dkg {
namespace {

constexpr std::size_t kBatchReports = 512;

// Calls work(i) for i in [0, count) on `jobs` threads (the caller's included).
template <typename Work>
void ParallelFor(std::size_t count, unsigned jobs, const Work& work) {
  std::atomic<std::size_t> next{0};
  auto loop = [&] {
    for (std::size_t i = next++; i < count; i = next++) work(i);
  };
  const auto threads =
      static_cast<unsigned>(std::max<std::size_t>(1, std::min<std::size_t>(jobs, count)));
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(loop);
  loop();
  for (auto& thread : pool) thread.join();
}

// Resolver::Assign over every extraction, in chunks on `jobs` threads; the merge log
// keeps input order.
void AssignAll(const Resolver& resolver, std::vector<Extraction>& extractions, unsigned jobs,
               std::vector<MergeDecision>& merges) {
  constexpr std::size_t kChunk = 64;
  const std::size_t chunks = (extractions.size() + kChunk - 1) / kChunk;
  std::vector<std::vector<MergeDecision>> logs(chunks);
  ParallelFor(chunks, jobs, [&](std::size_t c) {
    const std::size_t end = std::min(extractions.size(), (c + 1) * kChunk);
    for (std::size_t i = c * kChunk; i < end; ++i) resolver.Assign(extractions[i], &logs[c]);
  });
  for (auto& log : logs)
    merges.insert(merges.end(), std::make_move_iterator(log.begin()),
                  std::make_move_iterator(log.end()));
}

}  // namespace

std::vector<Extraction> ExtractAll(const Extractor& extractor, const std::vector<Report>& reports,
                                   unsigned jobs) {
  std::vector<Extraction> out(reports.size());
  ParallelFor(reports.size(), jobs, [&](std::size_t i) { out[i] = extractor.Extract(reports[i]); });
  return out;
}

void ResolveAndBuild(std::vector<Extraction>& extractions, std::shared_ptr<const Lexicon> lexicon,
                     const AliasRules& rules, BuildResult& result, [[maybe_unused]] unsigned jobs) {
  Resolver resolver(lexicon, rules);
  for (const auto& x : extractions) resolver.Observe(x);
  resolver.Finish();
  // One thread for now: Assign is const, but Clusters::Root compresses paths as it reads
  // (a write), so concurrent calls would race. Pass `jobs` once the resolver documents
  // Assign as thread-safe.
  AssignAll(resolver, extractions, 1, result.merges);
  for (const auto& x : extractions) AddExtraction(result.graph, x, *lexicon);
  // Second look: affiliations the graph knows from other reports.
  for (auto& x : extractions) {
    const std::size_t before = x.relations.size();
    const int added = AddKnownAffiliations(result.graph, x);
    result.inferred_affiliations += added;
    for (std::size_t r = before; r < x.relations.size(); ++r) {
      const Relation& rel = x.relations[r];
      EdgeSupport support{.report_id = x.report_id, .date = x.date,
                          .sentence = rel.evidence.sentence, .evidence = rel.evidence.text,
                          .rule = rel.evidence.rule};
      result.graph.AddSupport(x.entities[rel.source].id, x.entities[rel.target].id, rel.type,
                              std::move(support));
    }
  }
}

// With more than one job, a batch is extracted while the next one is read.
BuildResult Build(const BuildOptions& options, const ProblemSink& on_problem) {
  auto lexicon = Lexicon::Load(options.lexicon_dir.empty() ? Lexicon::DefaultDirectory()
                                                           : options.lexicon_dir);
  AliasRules rules;
  if (!options.alias_file.empty()) rules = AliasRules::Load(options.alias_file);
  const Extractor extractor(lexicon);
  BuildResult result;
  std::vector<Report> batch;
  std::future<std::vector<Extraction>> pending;
  auto append = [&](std::vector<Extraction> extracted) {
    for (auto& x : extracted) result.extractions.push_back(std::move(x));
    if (options.on_progress) options.on_progress(result.extractions.size(), result.bytes);
  };
  auto flush = [&] {
    if (pending.valid()) append(pending.get());  // the batch in flight, in input order
    if (batch.empty()) return;
    if (options.jobs <= 1) {
      append(ExtractAll(extractor, batch, 1));
    } else {
      pending = std::async(std::launch::async, [&extractor, jobs = options.jobs,
                                                reports = std::move(batch)] {
        return ExtractAll(extractor, reports, jobs);
      });
    }
    batch.clear();
  };
  result.summary = ReadReports(options.inputs, options.reader, [&](Report&& report) {
    result.bytes += report.title.size() + report.text.size();
    batch.push_back(std::move(report));
    if (batch.size() >= kBatchReports) flush();
  }, on_problem);
  flush();
  flush();  // the last batch in flight
  ResolveAndBuild(result.extractions, lexicon, rules, result, options.jobs);
  return result;
}

}  // namespace dkg
