// GraphML export for Gephi, networkx and igraph (validates against the GraphML 1.0
// schema extended with Gephi's <edge label>).
//
// Format decisions:
// - Keys are declared separately for nodes and edges (igraph drops for="all" keys).
//   Node keys: label, type, aliases, roles, country, report_count (int), first_date,
//   last_date. Edge keys: label and type (both the relation type, e.g. "MET_WITH"),
//   report_count (int), weight (double, = report_count; Gephi reads it), first_date,
//   last_date, report_ids, evidence, evidence_offsets, rules, on_behalf_of.
// - <edge label="MET_WITH">: Gephi takes this XML attribute as the edge type.
// - Lists are one string joined by the 3-character separator " | "; items are kept
//   intact (an item may itself contain "|"; use the JSON export for exact lists).
//   evidence: one "report_id: sentence" per support; evidence_offsets: one
//   "report_id@begin-end" (byte offsets into the report content) per support, in the
//   same order; report_ids and rules: distinct, sorted. Empty values are omitted.
// - report_count (and weight), first_date, last_date and on_behalf_of cover every
//   supporting report; evidence, evidence_offsets, report_ids and rules cover the
//   supports the graph keeps (KnowledgeGraph::sample_limit, `--evidence-per-edge`),
//   so report_count may exceed the number of report_ids.
// - Every edge is directed (edgedefault="directed"): networkx refuses graphs that mix
//   directed and undirected edges. MET_WITH is symmetric; its direction means nothing
//   (source id < target id).
// - Node ids are written as-is when they consist of [A-Za-z0-9.:-] (valid NMTOKENs);
//   any other byte b is written as "_HH" (b in upper-case hex, "_" itself is "_5F"),
//   and an empty id as "_", so the mapping is deterministic and reversible.
// - Text is XML-escaped; invalid UTF-8 and characters XML 1.0 forbids (C0 controls
//   other than tab, LF, CR; U+FFFE, U+FFFF) become U+FFFD and are counted.
#pragma once

#include <cstddef>
#include <filesystem>
#include <ostream>
#include <string>
#include <string_view>

#include "dkg/graph/knowledge_graph.h"

namespace dkg {

struct WriteStats {
  std::size_t replaced_characters = 0;  // invalid or XML-forbidden characters -> U+FFFD
};

// Writes `graph` as GraphML to `out`, nodes by id and edges by (source, target, type),
// so equal graphs give byte-identical output. Adds to *stats when given.
void WriteGraphMl(const KnowledgeGraph& graph, std::ostream& out, WriteStats* stats = nullptr);

// Same, into `path` via AtomicFile. Throws dkg::Error when the file cannot be written.
void WriteGraphMlFile(const KnowledgeGraph& graph, const std::filesystem::path& path,
                      WriteStats* stats = nullptr);

// The GraphML id written for a node id (see the escaping rule above).
std::string GraphMlNodeId(std::string_view id);

}  // namespace dkg
