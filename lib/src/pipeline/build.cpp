#include "dkg/pipeline/build.h"

#include <atomic>
#include <thread>

#include "dkg/graph/graph_builder.h"

namespace dkg {
namespace {

constexpr std::size_t kBatchReports = 512;

}  // namespace

std::vector<Extraction> ExtractAll(const Extractor& extractor, const std::vector<Report>& reports,
                                   unsigned jobs) {
  std::vector<Extraction> out(reports.size());
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i = next++; i < reports.size(); i = next++)
      out[i] = extractor.Extract(reports[i]);
  };
  const unsigned threads = std::max(1u, std::min<unsigned>(jobs, reports.size()));
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (auto& thread : pool) thread.join();
  return out;
}

void ResolveAndBuild(std::vector<Extraction>& extractions, std::shared_ptr<const Lexicon> lexicon,
                     const AliasRules& rules, BuildResult& result) {
  Resolver resolver(lexicon, rules);
  for (const auto& x : extractions) resolver.Observe(x);
  resolver.Finish();
  for (auto& x : extractions) resolver.Assign(x, &result.merges);
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

BuildResult Build(const BuildOptions& options, const ProblemSink& on_problem) {
  auto lexicon = Lexicon::Load(options.lexicon_dir.empty() ? Lexicon::DefaultDirectory()
                                                           : options.lexicon_dir);
  AliasRules rules;
  if (!options.alias_file.empty()) rules = AliasRules::Load(options.alias_file);
  const Extractor extractor(lexicon);
  BuildResult result;
  std::vector<Report> batch;
  auto flush = [&] {
    auto extracted = ExtractAll(extractor, batch, options.jobs);
    for (auto& x : extracted) result.extractions.push_back(std::move(x));
    batch.clear();
    if (options.on_progress) options.on_progress(result.extractions.size(), result.bytes);
  };
  result.summary = ReadReports(options.inputs, options.reader, [&](Report&& report) {
    result.bytes += report.title.size() + report.text.size();
    batch.push_back(std::move(report));
    if (batch.size() >= kBatchReports) flush();
  }, on_problem);
  flush();
  ResolveAndBuild(result.extractions, lexicon, rules, result);
  return result;
}

}  // namespace dkg
