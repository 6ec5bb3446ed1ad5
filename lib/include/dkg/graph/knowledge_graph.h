// KnowledgeGraph: one node per real-world entity, one edge per (source, target, type),
// with the reports that support each edge aggregated on it. Backed by a Boost.Graph
// adjacency_list with bundled properties; `graph()` exposes it for Boost algorithms.
// Not thread-safe for writing; concurrent const access is safe.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
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
  std::vector<std::string> aliases;     // sorted, unique
  std::vector<std::string> roles;       // sorted, unique
  std::string country;                  // ISO alpha-3 of the entity's country, or empty
  std::vector<std::string> report_ids;  // sorted, unique
  std::string first_date;               // YYYY-MM-DD or empty
  std::string last_date;
  std::map<std::string, int> country_votes;  // how often each country was seen for it

  std::size_t report_count() const { return report_ids.size(); }
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

struct EdgeData {
  RelationType type = RelationType::kMetWith;
  std::vector<EdgeSupport> support;      // sorted by (report_id, sentence)
  std::vector<std::string> on_behalf_of;  // node ids, sorted, unique
  std::string first_date;
  std::string last_date;

  std::size_t report_count() const;  // distinct report ids in `support`
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                                    NodeData, EdgeData>;
using Vertex = Graph::vertex_descriptor;
using Edge = Graph::edge_descriptor;

class KnowledgeGraph {
 public:
  // Adds the node, or merges `data` into the node with the same id: aliases, roles,
  // report ids and country votes are united, the date range widened, and the label
  // replaced when the new one is fuller (longer; ties broken alphabetically), so the
  // result does not depend on the order of calls.
  Vertex UpsertNode(const NodeData& data);

  // Adds one report's support to the edge (source, target, type), creating it. Both
  // nodes must exist. MET_WITH is stored once with its ends ordered by id.
  // Returns false (and adds nothing) when an id is unknown or source == target.
  bool AddSupport(std::string_view source_id, std::string_view target_id,
                  RelationType type, EdgeSupport support);

  std::optional<Vertex> FindNode(std::string_view id) const;
  std::optional<Edge> FindEdge(std::string_view source_id, std::string_view target_id,
                               RelationType type) const;

  const Graph& graph() const { return graph_; }
  const NodeData& node(Vertex v) const { return graph_[v]; }
  const EdgeData& edge(Edge e) const { return graph_[e]; }
  std::size_t node_count() const { return boost::num_vertices(graph_); }
  std::size_t edge_count() const { return boost::num_edges(graph_); }

  // Deterministic orders for writers: nodes by id; edges by (source id, target id, type).
  std::vector<Vertex> NodesById() const;
  std::vector<Edge> EdgesSorted() const;

 private:
  Graph graph_;
  std::unordered_map<std::string, Vertex> vertex_by_id_;
  std::map<std::tuple<Vertex, Vertex, RelationType>, Edge> edge_by_key_;
};

}  // namespace dkg
