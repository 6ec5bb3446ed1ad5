// JSON export for web tools (d3, sigma.js, Cytoscape.js after a small mapping):
//   {"format":"dkg-graph/1",
//    "nodes":[{"id","type","label","aliases":[],"roles":[],"country","report_count",
//              "report_ids":[],"first_date","last_date","country_votes":{"FRA":2}}],
//    "edges":[{"source","target","type","report_count","first_date","last_date",
//              "on_behalf_of":[],"support":[{"report_id","date","begin","end",
//              "evidence","rule","on_behalf_of"}]}]}
// Every field is always present; unknown text values are "" (dates too). begin/end are
// byte offsets into the report content. MET_WITH is symmetric: source id < target id.
// report_count, dates and on_behalf_of cover every supporting report; a node's
// report_ids and an edge's support are the sample the graph keeps
// (KnowledgeGraph::sample_limit), so report_count may exceed their number.
// Output is valid UTF-8 (invalid bytes become U+FFFD) and byte-identical for equal graphs.
#pragma once

#include <filesystem>
#include <ostream>

#include "dkg/graph/knowledge_graph.h"

namespace dkg {

// Writes `graph` to `out`, nodes by id and edges by (source, target, type).
void WriteGraphJson(const KnowledgeGraph& graph, std::ostream& out);

// Same, into `path` via AtomicFile. Throws dkg::Error when the file cannot be written.
void WriteGraphJsonFile(const KnowledgeGraph& graph, const std::filesystem::path& path);

}  // namespace dkg
