// `dkg merge`: one graph from extraction files made by `dkg extract` (for instance on
// many machines), resolved exactly as `dkg build` resolves a single run, and streamed
// the same way (memory follows the graph, not the number of extractions).
#include <fmt/format.h>

#include "build_support.h"
#include "dkg/eval/extraction_reader.h"

namespace dkg::app {

int RunMerge(const MergeCommand& command) {
  CheckGraphOutputs(command.outputs);
  BuildOptions options = MakeBuildOptions(command.common, {}, nullptr);
  options.evidence_per_edge = command.evidence_per_edge;
  const BuildResult result = BuildFromExtractions(
      [&](const ExtractionSink& sink) {
        for (const auto& path : command.inputs) ReadExtractionLines(path, sink);
      },
      options);
  if (!command.common.quiet)
    fmt::print(stderr, "dkg: merged {} extractions from {} files: {} nodes, {} edges\n",
               result.extractions, command.inputs.size(), result.graph.node_count(),
               result.graph.edge_count());
  WriteGraphOutputs(result.graph, command.outputs, command.common.quiet, command.common.jobs);
  return 0;
}

}  // namespace dkg::app
