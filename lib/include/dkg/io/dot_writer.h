// Graphviz pictures of a graph: DOT text, and SVG/PNG/PDF rendered by Graphviz's own
// programs (run as a subprocess; Graphviz is not linked).
//
// Style: node colour and shape by entity type (Person blue ellipse, Institution orange
// box, Country green hexagon); edge style by relation (MET_WITH solid, undirected,
// thicker with more reports, labelled with its first date; REPRESENTS dashed grey
// arrow; CONVEYED_GREETINGS_TO dotted purple arrow). A legend cluster explains both.
//
// Example:
//   std::ostringstream dot;
//   dkg::WriteDot(graph, dot);
//   dkg::RenderDot(dot.str(), "graph.svg");   // needs `sfdp` on PATH
#pragma once

#include <filesystem>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "dkg/graph/knowledge_graph.h"

namespace dkg {

struct DotOptions {
  std::vector<Vertex> only;         // draw only these nodes and the edges among them; empty = all
  std::optional<Vertex> highlight;  // drawn bold (the centre of an ego network)
  bool legend = true;
};

// Writes DOT, nodes by id and edges by (source, target, type): deterministic.
void WriteDot(const KnowledgeGraph& graph, std::ostream& out, const DotOptions& options = {});

// Same, into `path` via AtomicFile. Throws dkg::Error when the file cannot be written.
void WriteDotFile(const KnowledgeGraph& graph, const std::filesystem::path& path,
                  const DotOptions& options = {});

// Renders DOT text to `output` with Graphviz program `layout` ("sfdp", "dot", "neato",
// ...); the format is the output's extension (svg, png, pdf). The file appears
// atomically. Throws dkg::Error when the program is missing (saying to install
// graphviz), fails, or the extension is not supported.
void RenderDot(std::string_view dot, const std::filesystem::path& output,
               std::string_view layout = "sfdp");

}  // namespace dkg
