#include "build_support.h"

#include <filesystem>

#include <fmt/format.h>

#include "dkg/error.h"
#include "dkg/io/dot_writer.h"
#include "dkg/io/gexf_writer.h"
#include "dkg/io/graphml_writer.h"
#include "dkg/io/json_writer.h"
#include "dkg/io/neo4j_writer.h"

namespace dkg::app {

BuildOptions MakeBuildOptions(const CommonOptions& common, std::vector<std::string> inputs,
                              Progress* progress) {
  BuildOptions options;
  options.inputs = std::move(inputs);
  options.jobs = common.jobs;
  options.lexicon_dir = common.lexicon_dir;
  options.alias_file = common.alias_file;
  options.reader.max_report_bytes = common.max_report_bytes;
  if (progress)
    options.on_progress = [progress](std::size_t reports, std::size_t bytes) {
      progress->Update(reports, bytes);
    };
  return options;
}

void CheckGraphOutputs(const GraphOutputs& outputs) {
  for (const auto* path : {&outputs.graphml, &outputs.json, &outputs.dot, &outputs.gexf}) {
    if (path->empty()) continue;
    const std::filesystem::path dir = std::filesystem::path(*path).parent_path();
    std::error_code ec;
    if (!dir.empty() && !std::filesystem::is_directory(dir, ec))
      throw Error(fmt::format("cannot write {}: no directory {}", *path, dir.string()));
  }
}

void WriteGraphOutputs(const KnowledgeGraph& graph, const GraphOutputs& outputs, bool quiet) {
  WriteStats stats;
  if (!outputs.graphml.empty()) WriteGraphMlFile(graph, outputs.graphml, &stats);
  if (!outputs.neo4j_dir.empty())
    WriteNeo4jCsv(graph, outputs.neo4j_dir,
                  CsvOptions{.neutralize_formulas = outputs.spreadsheet_csv});
  if (!outputs.json.empty()) WriteGraphJsonFile(graph, outputs.json);
  if (!outputs.dot.empty()) WriteDotFile(graph, outputs.dot);
  if (!outputs.gexf.empty()) WriteGexfFile(graph, outputs.gexf);
  if (quiet) return;
  if (stats.replaced_characters > 0)
    fmt::print(stderr, "dkg: replaced {} characters that XML 1.0 forbids in the GraphML\n",
               stats.replaced_characters);
  for (const auto* path : {&outputs.graphml, &outputs.neo4j_dir, &outputs.json, &outputs.dot,
                           &outputs.gexf})
    if (!path->empty()) fmt::print(stderr, "dkg: wrote {}\n", *path);
}

std::shared_ptr<const Lexicon> LoadLexicon(const CommonOptions& common) {
  return Lexicon::Load(common.lexicon_dir.empty() ? Lexicon::DefaultDirectory()
                                                  : std::filesystem::path(common.lexicon_dir));
}

ProblemSink PrintProblems(bool quiet) {
  return [quiet](const InputProblem& problem) {
    const char* kind = problem.kind == ProblemKind::kWarning   ? "warning"
                       : problem.kind == ProblemKind::kSkipped ? "skipped"
                                                               : "error";
    if (quiet && problem.kind == ProblemKind::kWarning) return;
    fmt::print(stderr, "dkg: {}: {}: {}\n", kind, problem.where, problem.message);
  };
}

bool PrintReadSummary(const ReadSummary& summary, bool quiet) {
  const bool clean = summary.skipped == 0 && summary.failed == 0;
  if (!quiet || !clean)
    fmt::print(stderr, "dkg: read {} reports ({} with warnings), skipped {}, failed {}\n",
               summary.reports, summary.warnings, summary.skipped, summary.failed);
  return clean;
}

}  // namespace dkg::app
