#include "build_support.h"

#include <filesystem>
#include <functional>
#include <future>
#include <vector>

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

void WriteGraphOutputs(const KnowledgeGraph& graph, const GraphOutputs& outputs, bool quiet,
                       unsigned jobs) {
  WriteStats stats;
  std::vector<std::function<void()>> writers;
  if (!outputs.graphml.empty())
    writers.emplace_back([&] { WriteGraphMlFile(graph, outputs.graphml, &stats); });
  if (!outputs.neo4j_dir.empty())
    writers.emplace_back([&] {
      WriteNeo4jCsv(graph, outputs.neo4j_dir,
                    CsvOptions{.neutralize_formulas = outputs.spreadsheet_csv});
    });
  if (!outputs.json.empty()) writers.emplace_back([&] { WriteGraphJsonFile(graph, outputs.json); });
  if (!outputs.dot.empty()) writers.emplace_back([&] { WriteDotFile(graph, outputs.dot); });
  if (!outputs.gexf.empty()) writers.emplace_back([&] { WriteGexfFile(graph, outputs.gexf); });
  // The writers only read the graph; each has a file of its own.
  std::vector<std::future<void>> running;
  for (std::size_t w = 1; w < writers.size() && jobs > 1; ++w)
    running.push_back(std::async(std::launch::async, writers[w]));
  for (std::size_t w = 0; w < writers.size(); ++w)
    if (w == 0 || jobs <= 1) writers[w]();
  for (auto& writer : running) writer.get();  // rethrows a writer's error
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
