// `dkg merge`: one graph from extraction files made by `dkg extract` (for instance on
// many machines), resolved exactly as `dkg build` resolves a single run.
#include <fmt/format.h>

#include "build_support.h"
#include "dkg/eval/extraction_reader.h"
#include "dkg/io/graphml_writer.h"
#include "dkg/io/json_writer.h"
#include "dkg/io/neo4j_writer.h"

namespace dkg::app {

int RunMerge(const MergeCommand& command) {
  auto lexicon = LoadLexicon(command.common);
  AliasRules rules;
  if (!command.common.alias_file.empty()) rules = AliasRules::Load(command.common.alias_file);
  BuildResult result;
  for (const auto& path : command.inputs)
    ReadExtractionLines(path, [&](Extraction&& x) { result.extractions.push_back(std::move(x)); });
  result.summary.reports = result.extractions.size();
  ResolveAndBuild(result.extractions, lexicon, rules, result, command.common.jobs);
  WriteStats stats;
  if (!command.graphml.empty()) WriteGraphMlFile(result.graph, command.graphml, &stats);
  if (!command.neo4j_dir.empty())
    WriteNeo4jCsv(result.graph, command.neo4j_dir,
                  CsvOptions{.neutralize_formulas = command.spreadsheet_csv});
  if (!command.json.empty()) WriteGraphJsonFile(result.graph, command.json);
  if (!command.common.quiet) {
    fmt::print(stderr, "dkg: merged {} extractions from {} files: {} nodes, {} edges\n",
               result.extractions.size(), command.inputs.size(), result.graph.node_count(),
               result.graph.edge_count());
    if (stats.replaced_characters > 0)
      fmt::print(stderr, "dkg: replaced {} characters that XML 1.0 forbids in the GraphML\n",
                 stats.replaced_characters);
    for (const auto* path : {&command.graphml, &command.neo4j_dir, &command.json})
      if (!path->empty()) fmt::print(stderr, "dkg: wrote {}\n", *path);
  }
  return 0;
}

}  // namespace dkg::app
