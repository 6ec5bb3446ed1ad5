#include <vector>

#include <fmt/format.h>

#include "build_support.h"
#include "dkg/extract/extractor.h"

namespace dkg::app {

int RunExplain(const ExplainCommand& command) {
  auto lexicon = LoadLexicon(command.common);
  const Extractor extractor(lexicon);
  ReaderOptions reader;
  reader.max_report_bytes = command.common.max_report_bytes;
  bool found = command.report_id.empty();
  ReadSummary summary = ReadReports(command.inputs, reader, [&](Report&& report) {
    if (!command.report_id.empty() && report.id != command.report_id) return;
    found = true;
    std::string trace;
    extractor.Extract(report, &trace);
    fmt::print("{}\n", trace);
  }, PrintProblems(command.common.quiet));
  if (!found) {
    fmt::print(stderr, "dkg: no report with id '{}' in the input\n", command.report_id);
    return 1;
  }
  return summary.failed == 0 && summary.skipped == 0 ? 0 : 1;
}

int RunExplainEntity(const ExplainEntityCommand& command) {
  BuildOptions options = MakeBuildOptions(command.common, command.inputs, nullptr);
  // The node is known only once the graph is built: every decision is kept until then.
  std::vector<MergeDecision> merges;
  options.on_merge = [&merges](const MergeDecision& decision) { merges.push_back(decision); };
  BuildResult result = Build(options, PrintProblems(true));
  std::string id = command.entity;
  if (!result.graph.FindNode(id)) {
    // A name: every node whose label or alias folds to it.
    for (auto v : result.graph.NodesById()) {
      const NodeData& node = result.graph.node(v);
      bool named = node.label == command.entity;
      for (const auto& alias : node.aliases) named = named || alias == command.entity;
      if (named) {
        id = node.id;
        break;
      }
    }
  }
  auto node = result.graph.FindNode(id);
  if (!node) {
    fmt::print(stderr, "dkg: no node '{}' in the graph\n", command.entity);
    return 1;
  }
  const NodeData& data = result.graph.node(*node);
  fmt::print("{}  {}  \"{}\"\n  aliases: {}\n  roles: {}\n  country: {}\n  reports: {}\n",
             data.id, ToString(data.type), data.label, fmt::join(data.aliases, " | "),
             fmt::join(data.roles, " | "), data.country.empty() ? "-" : data.country,
             data.report_count);
  fmt::print("merge decisions (report: name as written -> why):\n");
  for (const auto& decision : merges)
    if (decision.node_id == id)
      fmt::print("  {}: \"{}\" -> {}\n", decision.report_id, decision.surface, decision.reason);
  return 0;
}

}  // namespace dkg::app
