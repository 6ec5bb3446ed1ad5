// Reading back the graphs dkg wrote: the JSON export ("dkg-graph/1") and the GraphML
// export. Both readers rebuild a KnowledgeGraph through its public API, so the result
// obeys the same invariants as a freshly built graph.
//
// Fidelity:
// - JSON carries every field: reading then writing JSON again is byte-identical, and
//   the KnowledgeGraph is the one that was written.
// Both keep every support and report id the file holds: the graph read has no sample
// limit (KnowledgeGraph::sample_limit() == 0).
// - GraphML is a projection (see graphml_writer.h): it keeps each node's report
//   *count* but not its report ids, each edge's date range but not each support's
//   date, and the distinct rules / on_behalf_of ids but not which support had which.
//   The reader recovers everything GraphML holds and fills the rest deterministically
//   so that reading then writing GraphML again is byte-identical:
//     report counts     = the written counts (nodes and edges);
//     node report ids   = the report ids of its edges, at most the written count;
//     support dates     = the date known for that report from any single-report edge,
//                         otherwise empty; the edge's first/last dates are kept;
//     rules, on_behalf_of = the written lists, dealt to the supports in order;
//     country votes     = one vote for the written country.
//   Use the JSON export when those details matter. Keys are matched by attr.name, so
//   a file re-saved by a tool that renames key ids still reads.
// Malformed input throws dkg::Error naming the file (and line, for GraphML).
//
// Example:
//   dkg::KnowledgeGraph graph = dkg::ReadGraphFile("graph.graphml");
#pragma once

#include <filesystem>
#include <string_view>

#include "dkg/graph/knowledge_graph.h"

namespace dkg {

// Parses a "dkg-graph/1" JSON document. `where` names the source in error messages.
KnowledgeGraph ReadGraphJson(std::string_view json, std::string_view where = "<json>");

// Parses a GraphML document written by WriteGraphMl.
KnowledgeGraph ReadGraphMl(std::string_view xml, std::string_view where = "<graphml>");

KnowledgeGraph ReadGraphJsonFile(const std::filesystem::path& path);
KnowledgeGraph ReadGraphMlFile(const std::filesystem::path& path);

// Reads a .json or .graphml/.xml file, choosing by extension (by the first
// non-blank byte when the extension says neither: '{' is JSON, '<' GraphML).
KnowledgeGraph ReadGraphFile(const std::filesystem::path& path);

}  // namespace dkg
