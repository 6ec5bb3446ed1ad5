// KnowledgeGraph: one node per real-world entity, one edge per (source, target, type),
// with the reports that support each edge aggregated on it. Backed by a Boost.Graph
// adjacency_list with bundled properties; `graph()` exposes it for Boost algorithms.
// Not thread-safe for writing; concurrent const access is safe.
//
// Provenance is bounded: a node or edge keeps the exact number of distinct reports that
// support it, its date range (and, for edges, every on_behalf_of id), but only a sample
// of the reports themselves: at most `sample_limit()` report ids per node (the smallest)
// and supports per edge (the earliest, see SampleOrder). Samples depend only on what was
// added, never on the order of calls, so equal inputs give equal graphs. Memory follows
// the size of the graph, not the number of reports. A limit of 0 keeps everything.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include "dkg/types.h"

namespace dkg {

struct NodeData {
  std::string id;     // stable readable id: "person:emmanuel-macron", "country:FRA"
  EntityType type = EntityType::kPerson;
  std::string label;  // canonical display name
  std::vector<std::string> aliases;  // sorted, unique
  std::vector<std::string> roles;    // sorted, unique
  std::string country;               // ISO alpha-3 of the entity's country, or empty
  std::set<std::string> report_ids;  // a sample: the smallest ids of supporting reports
  std::size_t report_count = 0;      // distinct supporting reports (exact); see UpsertNode
  std::string first_date;            // YYYY-MM-DD or empty
  std::string last_date;
  std::map<std::string, int> country_votes;  // how often each country was seen for it
};

// One report's support for an edge.
struct EdgeSupport {
  std::string report_id;
  std::string date;          // report date, may be empty
  Span sentence;             // byte offsets of the evidence sentence in the report content
  std::string evidence;      // the evidence sentence
  std::string rule;          // extraction rule that produced it
  std::string on_behalf_of;  // node id, CONVEYED_GREETINGS_TO only; may be empty
  friend bool operator==(const EdgeSupport&, const EdgeSupport&) = default;
};

// One report's support as views, for adding without copying what the edge's sample
// does not keep (EdgeSupport fields, same meanings).
struct EdgeSupportView {
  std::string_view report_id;
  std::string_view date;
  Span sentence;
  std::string_view evidence;
  std::string_view rule;
  std::string_view on_behalf_of;
};

// One report's sighting of a node (what a build adds for each entity of a report), as
// views: UpsertNode of a NodeData with these fields, one report id and one country vote.
struct NodeSighting {
  std::string_view id;
  EntityType type = EntityType::kPerson;
  std::string_view label;
  const std::vector<std::string>* aliases = nullptr;  // any order
  const std::vector<std::string>* roles = nullptr;
  std::string_view report_id;
  std::string_view date;
  std::string_view country_vote;  // empty: none
};

// The order supports are kept and written in: report id, sentence, rule, on_behalf_of
// (then date and evidence, so that the order is total).
struct SupportOrder {
  bool operator()(const EdgeSupport& a, const EdgeSupport& b) const;
};

// The order that picks an edge's sample (the first ones are kept): dated before
// undated, earliest date first, then SupportOrder.
struct SampleOrder {
  bool operator()(const EdgeSupport& a, const EdgeSupport& b) const;
};

using SupportSample = std::set<EdgeSupport, SupportOrder>;

struct EdgeData {
  RelationType type = RelationType::kMetWith;
  SupportSample support;                  // a sample (see SampleOrder), unique
  std::size_t report_count = 0;           // distinct supporting reports (exact)
  std::vector<std::string> on_behalf_of;  // node ids of every support, sorted, unique
  std::string first_date;                 // over every support
  std::string last_date;
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                                    NodeData, EdgeData>;
using Vertex = Graph::vertex_descriptor;
using Edge = Graph::edge_descriptor;

class KnowledgeGraph {
 public:
  // `sample_limit`: report ids kept per node and supports per edge; 0 keeps all.
  explicit KnowledgeGraph(std::size_t sample_limit = 0) : sample_limit_(sample_limit) {}
  // Copies (and moves, which copy: Boost's adjacency_list cannot move) rebuild the
  // edge index, whose edge descriptors point into the graph they were made for.
  KnowledgeGraph(const KnowledgeGraph& other);
  KnowledgeGraph& operator=(const KnowledgeGraph& other);

  // Adds the node, or merges `data` into the node with the same id: aliases, roles and
  // country votes are united, the date range widened, the report sample merged, and the
  // label replaced when the new one is fuller (longer; ties broken alphabetically), so
  // the result does not depend on the order of calls. `data` stands for
  // max(data.report_count, data.report_ids.size()) reports, added to the node's count,
  // except that a call naming the same single report as the previous call for this node
  // adds none (a build adds each report's nodes and edges together, so counts are exact).
  Vertex UpsertNode(const NodeData& data);
  // UpsertNode of one report's sighting, copying only what the node does not hold yet.
  Vertex AddSighting(const NodeSighting& sighting);

  // Adds one report's support to the edge (source, target, type), creating it. Both
  // nodes must exist. MET_WITH is stored once with its ends ordered by id. The report
  // is counted unless it is the one the previous call for this edge counted.
  // Returns false (and adds nothing) when an id is unknown or source == target.
  bool AddSupport(std::string_view source_id, std::string_view target_id,
                  RelationType type, const EdgeSupport& support);
  // The same from views: the support is copied only when the sample keeps it.
  bool AddSupport(std::string_view source_id, std::string_view target_id,
                  RelationType type, const EdgeSupportView& support);

  // Merges a whole edge (for readers and copies): its samples, on_behalf_of ids and
  // dates are united and max(data.report_count, distinct reports of data.support)
  // added to the count. Same ends rules and result as AddSupport.
  bool UpsertEdge(std::string_view source_id, std::string_view target_id, const EdgeData& data);

  std::optional<Vertex> FindNode(std::string_view id) const;
  std::optional<Edge> FindEdge(std::string_view source_id, std::string_view target_id,
                               RelationType type) const;

  const Graph& graph() const { return graph_; }
  const NodeData& node(Vertex v) const { return graph_[v]; }
  const EdgeData& edge(Edge e) const { return graph_[e]; }
  std::size_t node_count() const { return boost::num_vertices(graph_); }
  std::size_t edge_count() const { return boost::num_edges(graph_); }
  std::size_t sample_limit() const { return sample_limit_; }

  // Deterministic orders for writers: nodes by id; edges by (source id, target id, type).
  std::vector<Vertex> NodesById() const;
  std::vector<Edge> EdgesSorted() const;

 private:
  struct EdgeSlot {
    Edge edge;
    std::optional<std::string> last_report;        // the report the last AddSupport counted
    std::optional<SupportSample::iterator> worst;  // last of a full sample in SampleOrder
  };
  // The edge (source, target, type) after ordering MET_WITH ends; nullptr when refused.
  EdgeSlot* Slot(std::string_view source_id, std::string_view target_id, RelationType type);
  void AddSample(EdgeSlot& slot, const EdgeSupportView& support);
  void AddReportId(NodeData& node, std::string_view report_id) const;
  Vertex NodeFor(std::string_view id, EntityType type);  // creates it when new
  void CountReport(Vertex v, NodeData& node, std::string_view report_id, std::size_t reports,
                   bool single);
  void IndexEdgesLike(const KnowledgeGraph& other);  // edge_by_key_ for graph_, a copy

  std::size_t sample_limit_ = 0;
  Graph graph_;
  struct IdHash {  // looks ids up by string_view without a copy
    using is_transparent = void;
    std::size_t operator()(std::string_view id) const { return std::hash<std::string_view>{}(id); }
  };
  std::unordered_map<std::string, Vertex, IdHash, std::equal_to<>> vertex_by_id_;
  std::vector<std::optional<std::string>> node_last_report_;  // per vertex: last counted
  std::map<std::tuple<Vertex, Vertex, RelationType>, EdgeSlot> edge_by_key_;
};

}  // namespace dkg
