#include "dkg/query/filter.h"

#include <algorithm>
#include <deque>

namespace dkg {

struct ViewState {
  const Graph* graph = nullptr;
  QueryFilter filter;
  std::vector<bool> tied;  // TiedToCountry, when filter.country is set
  std::vector<Vertex> anchors;
  std::vector<bool> members;  // empty = every vertex
};

bool SupportInRange(const QueryFilter& filter, const EdgeSupport& support) {
  if (!filter.HasDateBounds()) return true;
  if (support.date.empty()) return false;
  if (!filter.since.empty() && support.date < filter.since) return false;
  if (!filter.until.empty() && support.date > filter.until) return false;
  return true;
}

std::vector<const EdgeSupport*> MatchingSupport(const QueryFilter& filter, const EdgeData& edge) {
  std::vector<const EdgeSupport*> out;
  if (!filter.relations.empty() &&
      std::find(filter.relations.begin(), filter.relations.end(), edge.type) ==
          filter.relations.end())
    return out;
  for (const EdgeSupport& s : edge.support)
    if (SupportInRange(filter, s)) out.push_back(&s);
  return out;
}

bool VertexFilter::operator()(Vertex v) const {
  if (!state) return true;
  if (!state->members.empty() && !state->members[v]) return false;
  if (std::find(state->anchors.begin(), state->anchors.end(), v) != state->anchors.end())
    return true;
  const QueryFilter& f = state->filter;
  const NodeData& node = (*state->graph)[v];
  if (!f.entity_types.empty() &&
      std::find(f.entity_types.begin(), f.entity_types.end(), node.type) == f.entity_types.end())
    return false;
  if (!f.country.empty() && node.country != f.country && !state->tied[v]) return false;
  return true;
}

bool EdgeFilter::operator()(Edge e) const {
  if (!state) return true;
  const Graph& g = *state->graph;
  const EdgeData& edge = g[e];
  if (!state->filter.relations.empty() &&
      std::find(state->filter.relations.begin(), state->filter.relations.end(), edge.type) ==
          state->filter.relations.end())
    return false;
  if (state->filter.HasDateBounds() &&
      std::none_of(edge.support.begin(), edge.support.end(),
                   [&](const EdgeSupport& s) { return SupportInRange(state->filter, s); }))
    return false;
  VertexFilter ends{state};
  return ends(boost::source(e, g)) && ends(boost::target(e, g));
}

std::vector<bool> TiedToCountry(const KnowledgeGraph& graph, Vertex country) {
  const Graph& g = graph.graph();
  std::vector<bool> tied(boost::num_vertices(g), false);
  std::deque<Vertex> queue{country};
  tied[country] = true;
  while (!queue.empty()) {
    const Vertex v = queue.front();
    queue.pop_front();
    for (Edge e : boost::make_iterator_range(boost::in_edges(v, g))) {
      const Vertex u = boost::source(e, g);
      if (g[e].type == RelationType::kRepresents && !tied[u]) {
        tied[u] = true;
        queue.push_back(u);
      }
    }
  }
  return tied;
}

GraphView MakeView(const KnowledgeGraph& graph, const QueryFilter& filter,
                   std::optional<Vertex> anchor) {
  std::vector<Vertex> anchors;
  if (anchor) anchors.push_back(*anchor);
  return MakeView(graph, filter, std::move(anchors), {});
}

GraphView MakeView(const KnowledgeGraph& graph, const QueryFilter& filter,
                   std::vector<Vertex> anchors, std::vector<bool> members) {
  auto state = std::make_shared<ViewState>();
  state->graph = &graph.graph();
  state->filter = filter;
  state->anchors = std::move(anchors);
  state->members = std::move(members);
  if (!filter.country.empty()) {
    state->tied.assign(graph.node_count(), false);
    if (auto country = graph.FindNode("country:" + filter.country))
      state->tied = TiedToCountry(graph, *country);
  }
  return GraphView(graph.graph(), EdgeFilter{state}, VertexFilter{state});
}

}  // namespace dkg
