#include "dkg/query/network.h"

#include <algorithm>
#include <map>
#include <utility>

#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/breadth_first_search.hpp>

namespace dkg {
namespace {

using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;

// The view's edges as an undirected simple graph over vertex ranks (position in
// NodesById, so answers do not depend on insertion order). Holds numbers only.
struct Topology {
  Undirected graph;
  std::vector<Vertex> vertex_of_rank;
  std::vector<std::size_t> rank_of_vertex;
  std::map<std::pair<std::size_t, std::size_t>, Edge> edge_of_pair;  // first in edge order
};

Topology BuildTopology(const KnowledgeGraph& kg, const GraphView& view) {
  Topology t;
  t.vertex_of_rank = kg.NodesById();
  t.rank_of_vertex.resize(kg.node_count());
  for (std::size_t r = 0; r < t.vertex_of_rank.size(); ++r) t.rank_of_vertex[t.vertex_of_rank[r]] = r;
  const Graph& g = kg.graph();
  for (Edge e : kg.EdgesSorted()) {
    if (!view.m_edge_pred(e)) continue;
    auto a = t.rank_of_vertex[boost::source(e, g)], b = t.rank_of_vertex[boost::target(e, g)];
    t.edge_of_pair.try_emplace(std::minmax(a, b), e);
  }
  t.graph = Undirected(kg.node_count());
  for (const auto& [pair, e] : t.edge_of_pair) boost::add_edge(pair.first, pair.second, t.graph);
  return t;
}

// Breadth-first distances and predecessors from `source` over the topology.
struct Bfs {
  std::vector<int> distance;
  std::vector<std::size_t> predecessor;
};

Bfs RunBfs(const Topology& t, std::size_t source) {
  const std::size_t n = boost::num_vertices(t.graph);
  Bfs out{std::vector<int>(n, -1), std::vector<std::size_t>(n)};
  for (std::size_t i = 0; i < n; ++i) out.predecessor[i] = i;
  out.distance[source] = 0;
  struct Visitor : boost::default_bfs_visitor {
    Bfs* bfs;
    explicit Visitor(Bfs* b) : bfs(b) {}
    void tree_edge(Undirected::edge_descriptor e, const Undirected& g) const {
      const auto from = boost::source(e, g), to = boost::target(e, g);
      bfs->distance[to] = bfs->distance[from] + 1;
      bfs->predecessor[to] = from;
    }
  };
  boost::breadth_first_search(t.graph, source, boost::visitor(Visitor(&out)));
  return out;
}

std::vector<bool> ListedBy(const KnowledgeGraph& graph, const QueryFilter& filter) {
  const VertexFilter passes = MakeView(graph, filter).m_vertex_pred;
  std::vector<bool> listed(graph.node_count());
  for (Vertex v = 0; v < graph.node_count(); ++v) listed[v] = passes(v);
  return listed;
}

}  // namespace

EgoNetwork Ego(const KnowledgeGraph& graph, Vertex center, int depth, const QueryFilter& filter) {
  const Topology t = BuildTopology(graph, MakeView(graph, filter, center));
  const Bfs bfs = RunBfs(t, t.rank_of_vertex[center]);
  std::vector<int> distance(graph.node_count(), -1);
  std::vector<bool> in(graph.node_count(), false);
  std::vector<Vertex> members;
  for (std::size_t r = 0; r < bfs.distance.size(); ++r) {
    if (bfs.distance[r] < 0 || bfs.distance[r] > depth) continue;
    const Vertex v = t.vertex_of_rank[r];
    distance[v] = bfs.distance[r];
    in[v] = true;
    members.push_back(v);
  }
  std::stable_sort(members.begin(), members.end(),
                   [&](Vertex a, Vertex b) { return distance[a] < distance[b]; });
  return EgoNetwork{center, std::move(members), std::move(distance),
                    MakeView(graph, filter, {center}, std::move(in))};
}

KnowledgeGraph Materialize(const KnowledgeGraph& graph, const std::vector<Vertex>& members,
                           const QueryFilter& filter) {
  KnowledgeGraph out;
  std::vector<bool> in(graph.node_count(), false);
  for (Vertex v : members) {
    in[v] = true;
    out.UpsertNode(graph.node(v));
  }
  const Graph& g = graph.graph();
  for (Edge e : graph.EdgesSorted()) {
    const Vertex s = boost::source(e, g), t = boost::target(e, g);
    if (!in[s] || !in[t]) continue;
    const std::vector<const EdgeSupport*> matching = MatchingSupport(filter, g[e]);
    if (!filter.HasDateBounds() && matching.size() == g[e].support.size()) {
      out.UpsertEdge(g[s].id, g[t].id, g[e]);  // the whole edge, with its exact counts
      continue;
    }
    for (const EdgeSupport* support : matching)
      out.AddSupport(g[s].id, g[t].id, g[e].type, *support);
  }
  return out;
}

std::optional<Connection> ShortestConnection(const KnowledgeGraph& graph, Vertex from, Vertex to,
                                             const QueryFilter& filter) {
  const Topology t = BuildTopology(graph, MakeView(graph, filter, {from, to}, {}));
  const Bfs bfs = RunBfs(t, t.rank_of_vertex[from]);
  std::size_t r = t.rank_of_vertex[to];
  if (bfs.distance[r] < 0) return std::nullopt;
  Connection c;
  c.nodes.push_back(to);
  while (r != t.rank_of_vertex[from]) {
    const std::size_t p = bfs.predecessor[r];
    c.edges.push_back(t.edge_of_pair.at(std::minmax(p, r)));
    c.nodes.push_back(t.vertex_of_rank[p]);
    r = p;
  }
  std::reverse(c.nodes.begin(), c.nodes.end());
  std::reverse(c.edges.begin(), c.edges.end());
  return c;
}

std::vector<RankedEntity> Rank(const KnowledgeGraph& graph, Centrality by,
                               const QueryFilter& filter, std::size_t limit) {
  QueryFilter edges_only = filter;
  edges_only.entity_types.clear();
  edges_only.country.clear();
  const Topology t = BuildTopology(graph, MakeView(graph, edges_only));
  const std::size_t n = boost::num_vertices(t.graph);
  std::vector<double> score(n, 0.0);
  if (by == Centrality::kDegree) {
    for (std::size_t r = 0; r < n; ++r) score[r] = static_cast<double>(boost::out_degree(r, t.graph));
  } else {
    boost::brandes_betweenness_centrality(
        t.graph, boost::centrality_map(boost::make_iterator_property_map(
                     score.begin(), boost::get(boost::vertex_index, t.graph))));
  }
  const std::vector<bool> listed = ListedBy(graph, filter);
  std::vector<RankedEntity> out;
  for (std::size_t r = 0; r < n; ++r)  // ranks are in id order, so stable_sort keeps it
    if (listed[t.vertex_of_rank[r]]) out.push_back({t.vertex_of_rank[r], score[r]});
  std::stable_sort(out.begin(), out.end(),
                   [](const RankedEntity& a, const RankedEntity& b) { return a.score > b.score; });
  if (limit > 0 && out.size() > limit) out.resize(limit);
  return out;
}

}  // namespace dkg
