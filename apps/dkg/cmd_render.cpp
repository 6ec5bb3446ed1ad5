// `dkg render`: draws a graph, or one entity's ego network, with Graphviz.
#include <sstream>

#include <fmt/format.h>

#include "commands.h"
#include "dkg/io/dot_writer.h"
#include "dkg/io/graph_reader.h"
#include "dkg/query/format.h"

namespace dkg::app {

int RunRender(const RenderCommand& command) {
  const KnowledgeGraph graph = ReadGraphFile(command.graph);
  DotOptions options;
  if (!command.ego.empty()) {
    const NameMatch match = NameIndex(graph).Find(command.ego);
    if (!match.found()) {
      fmt::print(stderr, "{}", FormatNameProblem(graph, command.ego, match, OutputFormat::kTable));
      return 1;
    }
    options.only = Ego(graph, *match.vertex, command.depth).members;
    options.highlight = match.vertex;
  }
  std::ostringstream dot;
  WriteDot(graph, dot, options);
  RenderDot(dot.str(), command.output, command.layout);
  return 0;
}

}  // namespace dkg::app
