#include "dkg/pipeline/build.h"

#include <optional>

#include "dkg/pipeline/parallel.h"
#include "pipeline/resolve_stream.h"

namespace dkg {
namespace {

constexpr std::size_t kBatchReports = 512;

std::shared_ptr<const Lexicon> LoadLexicon(const BuildOptions& options) {
  return Lexicon::Load(options.lexicon_dir.empty() ? Lexicon::DefaultDirectory()
                                                   : options.lexicon_dir);
}

AliasRules LoadRules(const BuildOptions& options) {
  return options.alias_file.empty() ? AliasRules{} : AliasRules::Load(options.alias_file);
}

// Reads and extracts every report, giving the extractions to `sink` in input order.
// With more than one job, a batch is extracted on the pool while this thread reads the
// next one and hands on the one before. The reports are freed on this thread, which
// made them.
void ExtractReports(const BuildOptions& options, const Extractor& extractor,
                    const ProblemSink& on_problem, const ExtractionSink& sink,
                    BuildResult& result) {
  std::vector<Report> batch, in_flight;
  std::vector<Extraction> extracted;
  std::optional<ParallelRun> run;
  std::size_t done = 0;
  // The batch in flight is collected first (input order), the next one started, and
  // only then is the collected one handed on, so that extraction never waits for it.
  auto flush = [&] {
    std::vector<Extraction> collected;
    if (run) {
      run.reset();  // waits
      collected = std::move(extracted);
    }
    in_flight.swap(batch);
    batch.clear();
    if (!in_flight.empty()) {
      extracted.assign(in_flight.size(), Extraction{});
      run.emplace(in_flight.size(), options.jobs,
                  [&](std::size_t i) { extracted[i] = extractor.Extract(in_flight[i]); });
    }
    if (collected.empty()) return;
    done += collected.size();
    for (auto& x : collected) sink(std::move(x));
    if (options.on_progress) options.on_progress(done, result.bytes);
  };
  result.summary = ReadReports(options.inputs, options.reader, [&](Report&& report) {
    result.bytes += report.title.size() + report.text.size();
    batch.push_back(std::move(report));
    if (batch.size() >= kBatchReports) flush();
  }, on_problem);
  flush();
  flush();  // the last batch in flight
}

}  // namespace

std::vector<Extraction> ExtractAll(const Extractor& extractor, const std::vector<Report>& reports,
                                   unsigned jobs) {
  std::vector<Extraction> out(reports.size());
  ParallelFor(reports.size(), jobs, [&](std::size_t i) { out[i] = extractor.Extract(reports[i]); });
  return out;
}

BuildResult Build(const BuildOptions& options, const ProblemSink& on_problem) {
  auto lexicon = LoadLexicon(options);
  const AliasRules rules = LoadRules(options);
  const Extractor extractor(lexicon);
  BuildResult result;
  internal::ResolveStream(
      [&](const ExtractionSink& sink) {
        ExtractReports(options, extractor, on_problem, sink, result);
      },
      lexicon, rules, options, result);
  return result;
}

BuildResult BuildFromExtractions(const std::function<void(const ExtractionSink&)>& read,
                                 const BuildOptions& options) {
  BuildResult result;
  internal::ResolveStream(read, LoadLexicon(options), LoadRules(options), options, result);
  result.summary.reports = result.extractions;
  return result;
}

void ResolveAndBuild(std::vector<Extraction>& extractions, std::shared_ptr<const Lexicon> lexicon,
                     const AliasRules& rules, BuildResult& result, unsigned jobs) {
  BuildOptions options;
  options.jobs = jobs;
  std::size_t next = 0;
  options.on_resolved = [&](const Extraction& x) { extractions[next++] = x; };
  internal::ResolveStream(
      [&](const ExtractionSink& sink) {
        for (const Extraction& x : extractions) sink(Extraction(x));
      },
      std::move(lexicon), rules, options, result);
}

}  // namespace dkg
