// The whole build: read reports -> extract (in parallel) -> resolve across reports ->
// knowledge graph. Outputs are identical whatever the number of threads.
//
// Memory follows the size of the graph, not of the corpus: extractions are streamed
// through a temporary file (resolution must see every report before it can name any
// node), and the graph keeps counts and bounded samples of its evidence
// (`evidence_per_edge`). Resolved extractions and merge decisions are handed to
// callbacks instead of being kept.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "dkg/extract/extraction.h"
#include "dkg/extract/extractor.h"
#include "dkg/graph/knowledge_graph.h"
#include "dkg/io/report_reader.h"
#include "dkg/lexicon/lexicon.h"
#include "dkg/resolve/resolver.h"

namespace dkg {

struct BuildOptions {
  std::vector<std::string> inputs;  // files, directories, "-" for standard input
  ReaderOptions reader;
  unsigned jobs = 1;                  // extraction and node-id assignment threads
  std::filesystem::path lexicon_dir;  // empty: Lexicon::DefaultDirectory()
  std::filesystem::path alias_file;   // optional resolver corrections
  // Supports kept per edge and report ids per node (KnowledgeGraph::sample_limit);
  // counts and date ranges stay exact. 0 keeps every one.
  std::size_t evidence_per_edge = 10;
  // Called now and then from the calling thread with reports and bytes done so far.
  std::function<void(std::size_t reports, std::size_t bytes)> on_progress;
  // Called from the calling thread with each resolved extraction (entity ids are node
  // ids; relations include the inferred "known-affiliation" ones), in input order.
  std::function<void(const Extraction&)> on_resolved;
  // Called from the calling thread with each merge decision (one per entity per
  // report), in input order. Unset, no decision is made up.
  std::function<void(const MergeDecision&)> on_merge;
};

struct BuildResult {
  KnowledgeGraph graph;
  ReadSummary summary;
  std::size_t extractions = 0;  // reports extracted (or extractions read)
  std::size_t bytes = 0;        // report content bytes extracted
  int inferred_affiliations = 0;
};

// Runs the build. Input problems go to `on_problem` (and are counted in summary);
// throws dkg::Error when the lexicon or alias file cannot be loaded or the temporary
// file cannot be written.
BuildResult Build(const BuildOptions& options, const ProblemSink& on_problem);

using ExtractionSink = std::function<void(Extraction&&)>;

// The build over extractions made elsewhere (`dkg merge` over `dkg extract` files):
// `read` calls its sink with every extraction, in input order. Resolved exactly as
// Build resolves; options.inputs and options.reader are not used. Exceptions thrown by
// `read` pass through.
BuildResult BuildFromExtractions(const std::function<void(const ExtractionSink&)>& read,
                                 const BuildOptions& options);

// Extracts a batch of reports with `jobs` threads; results in input order.
std::vector<Extraction> ExtractAll(const Extractor& extractor, const std::vector<Report>& reports,
                                   unsigned jobs);

// In-memory convenience (tests, small inputs): resolves `extractions` in place (entity
// ids become node ids, inferred relations are appended) and builds result.graph with
// the default evidence_per_edge. The result is the same for any number of `jobs`.
void ResolveAndBuild(std::vector<Extraction>& extractions, std::shared_ptr<const Lexicon> lexicon,
                     const AliasRules& rules, BuildResult& result, unsigned jobs = 1);

}  // namespace dkg
