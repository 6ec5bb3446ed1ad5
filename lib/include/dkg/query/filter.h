// QueryFilter: which part of a KnowledgeGraph a question looks at (dates, relation
// types, entity types, country), and the boost::filtered_graph view it defines.
// Views never copy the graph: they hold a reference to it plus small shared predicate
// state, so they are cheap to copy and valid while the KnowledgeGraph lives unchanged.
//
// Example: every MET_WITH edge of 2023 between persons, as a Boost.Graph view.
//   dkg::QueryFilter filter{.since = "2023-01-01", .until = "2023-12-31",
//                           .relations = {dkg::RelationType::kMetWith},
//                           .entity_types = {dkg::EntityType::kPerson}};
//   dkg::GraphView view = dkg::MakeView(graph, filter);
//   for (auto e : boost::make_iterator_range(boost::edges(view))) ...
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <boost/graph/filtered_graph.hpp>

#include "dkg/graph/knowledge_graph.h"

namespace dkg {

struct QueryFilter {
  // Inclusive YYYY-MM-DD bounds on a support's report date; empty = unbounded. With a
  // bound set, undated supports are left out (they cannot be shown to be in range).
  std::string since;
  std::string until;
  std::vector<RelationType> relations;    // empty = all
  std::vector<EntityType> entity_types;   // empty = all
  // ISO alpha-3 code: keeps entities whose country is it, the country node itself, and
  // entities tied to it by a REPRESENTS path. Empty = all.
  std::string country;

  bool HasDateBounds() const { return !since.empty() || !until.empty(); }
};

// True when the support's date lies within the filter's bounds.
bool SupportInRange(const QueryFilter& filter, const EdgeSupport& support);

// The supports of `edge` the filter keeps, in stored order.
std::vector<const EdgeSupport*> MatchingSupport(const QueryFilter& filter, const EdgeData& edge);

// Shared, immutable state of one view's predicates.
struct ViewState;

// Keeps an edge when its relation type passes, at least one support is in the date
// range and both ends pass the vertex predicate.
struct EdgeFilter {
  std::shared_ptr<const ViewState> state;
  bool operator()(Edge e) const;
};

// Keeps a vertex when its entity type and country pass (or it is the view's anchor).
struct VertexFilter {
  std::shared_ptr<const ViewState> state;
  bool operator()(Vertex v) const;
};

using GraphView = boost::filtered_graph<Graph, EdgeFilter, VertexFilter>;

// The view of `graph` that `filter` selects. `anchor`, when given, always passes the
// vertex predicate (the subject of a question is kept whatever its type).
GraphView MakeView(const KnowledgeGraph& graph, const QueryFilter& filter,
                   std::optional<Vertex> anchor = std::nullopt);

// The same with several anchors, further restricted to the vertices v with members[v]
// (indexed by vertex, sized node_count(); empty = no restriction).
GraphView MakeView(const KnowledgeGraph& graph, const QueryFilter& filter,
                   std::vector<Vertex> anchors, std::vector<bool> members);

// Entities tied to `country` (a Country node) by a REPRESENTS path, with the country
// itself; indexed by vertex. Follows REPRESENTS edges backwards, any depth.
std::vector<bool> TiedToCountry(const KnowledgeGraph& graph, Vertex country);

}  // namespace dkg
