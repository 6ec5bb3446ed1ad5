#include <memory>

#include <fmt/format.h>

#include "build_support.h"
#include "dkg/eval/gold.h"
#include "dkg/io/atomic_file.h"

namespace dkg::app {
namespace {

void PrintGraphSummary(const KnowledgeGraph& graph) {
  std::size_t by_type[3] = {0, 0, 0};
  for (auto v : graph.NodesById()) ++by_type[static_cast<int>(graph.node(v).type)];
  std::size_t by_relation[3] = {0, 0, 0};
  for (auto e : graph.EdgesSorted()) ++by_relation[static_cast<int>(graph.edge(e).type)];
  fmt::print(stderr,
             "dkg: graph: {} nodes ({} Person, {} Institution, {} Country), {} edges "
             "({} MET_WITH, {} REPRESENTS, {} CONVEYED_GREETINGS_TO)\n",
             graph.node_count(), by_type[0], by_type[1], by_type[2], graph.edge_count(),
             by_relation[0], by_relation[1], by_relation[2]);
}

}  // namespace

int RunBuild(const BuildCommand& command) {
  CheckGraphOutputs(command.outputs);
  Progress progress(command.common.quiet);
  BuildOptions options = MakeBuildOptions(command.common, command.inputs, &progress);
  options.evidence_per_edge = command.evidence_per_edge;
  // Extractions are written as the build resolves them and committed after the graph.
  std::unique_ptr<AtomicFile> extractions;
  if (!command.extractions.empty()) {
    extractions = std::make_unique<AtomicFile>(command.extractions);
    options.on_resolved = [&extractions](const Extraction& x) {
      extractions->stream() << ToGoldJsonLine(x) << '\n';
    };
  }
  BuildResult result = Build(options, PrintProblems(command.common.quiet));
  progress.Finish(result.extractions, result.bytes);
  const bool clean = PrintReadSummary(result.summary, command.common.quiet);
  if (!command.common.quiet) PrintGraphSummary(result.graph);
  WriteGraphOutputs(result.graph, command.outputs, command.common.quiet, command.common.jobs);
  if (extractions) {
    extractions->Commit();
    if (!command.common.quiet) fmt::print(stderr, "dkg: wrote {}\n", command.extractions);
  }
  return clean ? 0 : 1;
}

}  // namespace dkg::app
