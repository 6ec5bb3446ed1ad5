// The whole build: read reports -> extract (in parallel) -> resolve across reports ->
// knowledge graph. Outputs are identical whatever the number of threads.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "dkg/extract/extraction.h"
#include "dkg/graph/knowledge_graph.h"
#include "dkg/io/report_reader.h"
#include "dkg/lexicon/lexicon.h"
#include "dkg/extract/extractor.h"
#include "dkg/resolve/resolver.h"

namespace dkg {

struct BuildOptions {
  std::vector<std::string> inputs;  // files, directories, "-" for standard input
  ReaderOptions reader;
  unsigned jobs = 1;                // extraction threads
  std::filesystem::path lexicon_dir;  // empty: Lexicon::DefaultDirectory()
  std::filesystem::path alias_file;   // optional resolver corrections
  // Called now and then from the calling thread with reports and bytes done so far.
  std::function<void(std::size_t reports, std::size_t bytes)> on_progress;
};

struct BuildResult {
  KnowledgeGraph graph;
  std::vector<Extraction> extractions;  // resolved (entity ids are node ids), input order
  std::vector<MergeDecision> merges;    // one per entity per report
  ReadSummary summary;
  std::size_t bytes = 0;                // report content bytes extracted
  int inferred_affiliations = 0;
};

// Runs the build. Input problems go to `on_problem` (and are counted in summary);
// throws dkg::Error only when the lexicon or alias file cannot be loaded.
BuildResult Build(const BuildOptions& options, const ProblemSink& on_problem);

// Extracts a batch of reports with `jobs` threads; results in input order.
std::vector<Extraction> ExtractAll(const Extractor& extractor, const std::vector<Report>& reports,
                                   unsigned jobs);

// Resolution and graph building over extractions already made (used by Build, and by
// `dkg merge` over extraction files). Rewrites `extractions` in place. `jobs` is for
// assigning node ids in parallel once Resolver::Assign is thread-safe (one thread now);
// the result is the same for any number.
void ResolveAndBuild(std::vector<Extraction>& extractions,
                     std::shared_ptr<const Lexicon> lexicon, const AliasRules& rules,
                     BuildResult& result, unsigned jobs = 1);

}  // namespace dkg
