// GEXF 1.3 export for Gephi, with time: the graph is dynamic
// (mode="dynamic", timeformat="date", timerepresentation="timestamp") and each edge
// carries one <spell timestamp="YYYY-MM-DD"/> per distinct report date of its support
// (GEXF 1.3's timestamp spells), so Gephi's timeline
// plays the meetings over time. Undated edges have no timestamps (Gephi shows them at
// every time). Nodes carry type, country, report_count and a viz:color by type; edges
// carry type and report_count, weight = report_count, and MET_WITH edges are
// type="undirected" in an otherwise directed graph. Text is repaired and XML-escaped
// as in the GraphML export; output is byte-identical for equal graphs.
//
// Example:
//   dkg::WriteGexfFile(graph, "graph.gexf");
#pragma once

#include <filesystem>
#include <ostream>

#include "dkg/graph/knowledge_graph.h"

namespace dkg {

void WriteGexf(const KnowledgeGraph& graph, std::ostream& out);

// Same, into `path` via AtomicFile. Throws dkg::Error when the file cannot be written.
void WriteGexfFile(const KnowledgeGraph& graph, const std::filesystem::path& path);

}  // namespace dkg
