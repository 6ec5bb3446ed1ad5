// `dkg merge`: one graph from extraction files made by `dkg extract` (for instance on
// many machines), resolved exactly as `dkg build` resolves a single run.
#include <fmt/format.h>

#include "build_support.h"
#include "dkg/eval/extraction_reader.h"

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
  if (!command.common.quiet)
    fmt::print(stderr, "dkg: merged {} extractions from {} files: {} nodes, {} edges\n",
               result.extractions.size(), command.inputs.size(), result.graph.node_count(),
               result.graph.edge_count());
  WriteGraphOutputs(result.graph, command.outputs, command.common.quiet);
  return 0;
}

}  // namespace dkg::app
