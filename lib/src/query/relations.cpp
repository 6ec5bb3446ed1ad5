#include "dkg/query/relations.h"

#include <algorithm>
#include <deque>
#include <optional>
#include <set>

namespace dkg {
namespace {

std::optional<RelationHit> MakeHit(const KnowledgeGraph& graph, Edge e, Vertex other,
                                   const QueryFilter& filter) {
  RelationHit hit;
  hit.edge = e;
  hit.other = other;
  hit.support = MatchingSupport(filter, graph.edge(e));
  if (hit.support.empty()) return std::nullopt;
  std::set<std::string> dates, reports;
  for (const EdgeSupport* s : hit.support) {
    if (!s->date.empty()) dates.insert(s->date);
    reports.insert(s->report_id);
  }
  hit.dates.assign(dates.begin(), dates.end());
  // Without date bounds every report counts, not only those the edge keeps a sample of.
  hit.report_count = filter.HasDateBounds() ? reports.size() : graph.edge(e).report_count;
  return hit;
}

// Sort key: first date (undated last), then the other end's id.
void SortByDate(const KnowledgeGraph& graph, std::vector<RelationHit>& hits) {
  auto key = [&](const RelationHit& h) {
    return std::make_pair(h.dates.empty() ? std::string("~") : h.dates.front(),
                          std::string_view(graph.node(h.other).id));
  };
  std::stable_sort(hits.begin(), hits.end(),
                   [&](const RelationHit& a, const RelationHit& b) { return key(a) < key(b); });
}

// Edges of one type at `v`, with the entity at the other end; `outgoing`/`incoming`
// choose the directions.
template <typename Visit>
void ForEachEdge(const KnowledgeGraph& graph, Vertex v, RelationType type, bool outgoing,
                 bool incoming, Visit visit) {
  const Graph& g = graph.graph();
  if (outgoing)
    for (Edge e : boost::make_iterator_range(boost::out_edges(v, g)))
      if (g[e].type == type) visit(e, boost::target(e, g));
  if (incoming)
    for (Edge e : boost::make_iterator_range(boost::in_edges(v, g)))
      if (g[e].type == type) visit(e, boost::source(e, g));
}

// Shortest REPRESENTS paths into `root`: parent[u] is the edge u -> next towards root.
struct TieTree {
  Vertex root;
  std::vector<std::optional<Edge>> parent;
  std::vector<bool> reached;
  std::vector<Vertex> order;  // breadth-first, root excluded

  std::vector<Vertex> Chain(const KnowledgeGraph& graph, Vertex from) const {
    std::vector<Vertex> chain{from};
    while (chain.back() != root) chain.push_back(boost::target(*parent[chain.back()], graph.graph()));
    return chain;
  }
};

TieTree RepresentsTree(const KnowledgeGraph& graph, Vertex root) {
  const Graph& g = graph.graph();
  TieTree tree{root, std::vector<std::optional<Edge>>(graph.node_count()),
               std::vector<bool>(graph.node_count(), false), {}};
  tree.reached[root] = true;
  std::deque<Vertex> queue{root};
  while (!queue.empty()) {
    const Vertex v = queue.front();
    queue.pop_front();
    std::vector<Edge> in;
    ForEachEdge(graph, v, RelationType::kRepresents, false, true,
                [&](Edge e, Vertex) { in.push_back(e); });
    std::sort(in.begin(), in.end(), [&](Edge a, Edge b) {
      return g[boost::source(a, g)].id < g[boost::source(b, g)].id;
    });
    for (Edge e : in) {
      const Vertex u = boost::source(e, g);
      if (tree.reached[u]) continue;
      tree.reached[u] = true;
      tree.parent[u] = e;
      tree.order.push_back(u);
      queue.push_back(u);
    }
  }
  return tree;
}

}  // namespace

std::vector<RelationHit> WhoMet(const KnowledgeGraph& graph, Vertex who,
                                const QueryFilter& filter) {
  const VertexFilter passes = MakeView(graph, filter).m_vertex_pred;
  std::vector<RelationHit> hits;
  ForEachEdge(graph, who, RelationType::kMetWith, true, true, [&](Edge e, Vertex other) {
    if (!passes(other)) return;
    if (auto hit = MakeHit(graph, e, other, filter)) hits.push_back(std::move(*hit));
  });
  SortByDate(graph, hits);
  return hits;
}

std::vector<Representation> WhoRepresents(const KnowledgeGraph& graph, Vertex entity,
                                          const QueryFilter& filter) {
  const VertexFilter passes = MakeView(graph, filter).m_vertex_pred;
  const TieTree tree = RepresentsTree(graph, entity);
  std::vector<Representation> out;
  for (Vertex u : tree.order) {
    if (!passes(u)) continue;
    const Edge first = *tree.parent[u];
    Representation rep{tree.Chain(graph, u), *MakeHit(graph, first, u, QueryFilter{})};
    out.push_back(std::move(rep));
  }
  std::stable_sort(out.begin(), out.end(), [&](const Representation& a, const Representation& b) {
    return std::make_pair(a.depth(), std::string_view(graph.node(a.representative()).id)) <
           std::make_pair(b.depth(), std::string_view(graph.node(b.representative()).id));
  });
  return out;
}

std::vector<RelationHit> RepresentedBy(const KnowledgeGraph& graph, Vertex entity,
                                       const QueryFilter& filter) {
  const VertexFilter passes = MakeView(graph, filter).m_vertex_pred;
  std::vector<RelationHit> hits;
  ForEachEdge(graph, entity, RelationType::kRepresents, true, false, [&](Edge e, Vertex other) {
    if (passes(other)) hits.push_back(*MakeHit(graph, e, other, QueryFilter{}));
  });
  std::sort(hits.begin(), hits.end(), [&](const RelationHit& a, const RelationHit& b) {
    return graph.node(a.other).id < graph.node(b.other).id;
  });
  return hits;
}

Greetings GreetingsOf(const KnowledgeGraph& graph, Vertex entity, const QueryFilter& filter) {
  const VertexFilter passes = MakeView(graph, filter).m_vertex_pred;
  Greetings out;
  for (bool sent : {true, false}) {
    auto& list = sent ? out.sent : out.received;
    ForEachEdge(graph, entity, RelationType::kConveyedGreetingsTo, sent, !sent,
                [&](Edge e, Vertex other) {
                  if (!passes(other)) return;
                  if (auto hit = MakeHit(graph, e, other, filter)) list.push_back(std::move(*hit));
                });
    SortByDate(graph, list);
  }
  return out;
}

std::vector<CountryMeeting> MeetingsBetween(const KnowledgeGraph& graph, Vertex country_a,
                                            Vertex country_b, const QueryFilter& filter) {
  const Graph& g = graph.graph();
  const TieTree a = RepresentsTree(graph, country_a);
  const TieTree b = RepresentsTree(graph, country_b);
  std::vector<CountryMeeting> out;
  for (Edge e : graph.EdgesSorted()) {
    if (g[e].type != RelationType::kMetWith) continue;
    Vertex s = boost::source(e, g), t = boost::target(e, g);
    if (!(a.reached[s] && b.reached[t])) std::swap(s, t);
    if (!(a.reached[s] && b.reached[t])) continue;
    auto hit = MakeHit(graph, e, t, filter);
    if (!hit) continue;
    out.push_back({std::move(*hit), s, a.Chain(graph, s), b.Chain(graph, t)});
  }
  std::stable_sort(out.begin(), out.end(), [](const CountryMeeting& x, const CountryMeeting& y) {
    auto first = [](const CountryMeeting& m) {
      return m.hit.dates.empty() ? std::string("~") : m.hit.dates.front();
    };
    return first(x) < first(y);
  });
  return out;
}

}  // namespace dkg
