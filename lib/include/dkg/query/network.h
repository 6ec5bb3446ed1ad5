// Network questions: the ego network of an entity, the shortest connection between two
// entities, and rankings by degree or betweenness centrality. Direction is ignored
// (MET_WITH is symmetric; a REPRESENTS or greeting edge ties its ends either way), and
// parallel edges between two nodes count once. The algorithms run on an undirected
// adjacency index of vertex numbers built from the filtered view; node and edge data
// are never copied. Every function is const and thread-safe.
//
// Example: who is within two steps of Macron, written as GraphML?
//   dkg::EgoNetwork ego = dkg::Ego(graph, *names.Find("Macron").vertex, 2);
//   dkg::WriteGraphMlFile(dkg::Materialize(graph, ego.members), "ego.graphml");
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "dkg/graph/knowledge_graph.h"
#include "dkg/query/filter.h"

namespace dkg {

struct EgoNetwork {
  Vertex center;
  std::vector<Vertex> members;  // sorted by (distance, id); members[0] == center
  std::vector<int> distance;    // indexed by vertex; -1 outside the network
  GraphView view;               // the filtered graph restricted to `members`
};

// Every entity within `depth` steps of `center` over the edges `filter` keeps (the
// center passes the vertex filter whatever its type).
EgoNetwork Ego(const KnowledgeGraph& graph, Vertex center, int depth,
               const QueryFilter& filter = {});

// A new, small KnowledgeGraph holding `members` and the edges among them (kept by
// `filter`), e.g. to write an ego network to a file. Copies only those nodes and edges.
KnowledgeGraph Materialize(const KnowledgeGraph& graph, const std::vector<Vertex>& members,
                           const QueryFilter& filter = {});

struct Connection {
  std::vector<Vertex> nodes;  // from `from` to `to`
  std::vector<Edge> edges;    // edges[i] joins nodes[i] and nodes[i + 1]
};

// A shortest connection (fewest edges; ties broken by the lowest node ids, so the
// answer is deterministic) or nullopt when the two are not connected.
std::optional<Connection> ShortestConnection(const KnowledgeGraph& graph, Vertex from,
                                             Vertex to, const QueryFilter& filter = {});

enum class Centrality { kDegree, kBetweenness };

struct RankedEntity {
  Vertex vertex;
  double score = 0;
};

// Entities by centrality, highest first (ties by id), at most `limit` (0 = all).
// Degree: distinct neighbours. Betweenness: boost::brandes_betweenness_centrality on
// the undirected graph, each unordered pair counted once (networkx's unnormalized
// value). Centrality is computed on the edges the filter keeps among all entities;
// the filter's entity types and country only choose which entities are listed.
std::vector<RankedEntity> Rank(const KnowledgeGraph& graph, Centrality by,
                               const QueryFilter& filter = {}, std::size_t limit = 0);

}  // namespace dkg
