// Questions about one entity's relations: whom it met, who represents it, what
// greetings it sent or received, and every meeting between two countries. Results are
// small structs that point into the graph (vertices, edges, supports): they stay valid
// while the KnowledgeGraph lives unchanged. Every function is const and thread-safe.
//
// Example: who did Saddam Haftar meet in 2023?
//   dkg::NameIndex names(graph);
//   auto who = names.Find("Saddam Haftar");
//   for (const dkg::RelationHit& hit :
//        dkg::WhoMet(graph, *who.vertex, {.since = "2023-01-01", .until = "2023-12-31"}))
//     std::cout << graph.node(hit.other).label << " " << hit.report_count << "\n";
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "dkg/graph/knowledge_graph.h"
#include "dkg/query/filter.h"

namespace dkg {

// One edge as an answer: the entity at its other end and the support that passed the
// filter (never empty), with its distinct dates and report count.
struct RelationHit {
  Edge edge;
  Vertex other;
  std::vector<const EdgeSupport*> support;
  std::vector<std::string> dates;  // distinct non-empty support dates, sorted
  std::size_t report_count = 0;    // distinct reports among `support`
};

// MET_WITH edges of `who`, sorted by first date, then by the other node's id. The
// filter's entity types and country apply to the other end.
std::vector<RelationHit> WhoMet(const KnowledgeGraph& graph, Vertex who,
                                const QueryFilter& filter = {});

// One representative of an entity: `chain` runs from the representative to the entity
// along REPRESENTS edges (["Paul Soler", "Emmanuel Macron", "France"]); `hit` is the
// chain's first edge.
struct Representation {
  std::vector<Vertex> chain;
  RelationHit hit;
  Vertex representative() const { return chain.front(); }
  std::size_t depth() const { return chain.size() - 1; }
};

// Who represents `entity`, directly or through a REPRESENTS chain (shortest chain per
// representative), sorted by depth, then id. The filter's entity types and country
// apply to the representative. REPRESENTS ties are standing facts, mostly stated
// without a date, so the date bounds do not apply to them (here and in
// MeetingsBetween); `hit.support` is all of the first edge's support.
std::vector<Representation> WhoRepresents(const KnowledgeGraph& graph, Vertex entity,
                                          const QueryFilter& filter = {});

// What `entity` represents directly (its outgoing REPRESENTS edges), sorted by id.
std::vector<RelationHit> RepresentedBy(const KnowledgeGraph& graph, Vertex entity,
                                       const QueryFilter& filter = {});

struct Greetings {
  std::vector<RelationHit> sent;      // `other` is the addressee
  std::vector<RelationHit> received;  // `other` is the sender
};

// CONVEYED_GREETINGS_TO edges from and to `entity`, each list sorted by first date,
// then id. The support's on_behalf_of names whose greetings were conveyed.
Greetings GreetingsOf(const KnowledgeGraph& graph, Vertex entity, const QueryFilter& filter = {});

// A MET_WITH edge whose ends are tied to the two countries by REPRESENTS paths.
struct CountryMeeting {
  RelationHit hit;       // `hit.other` is the side tied to country b
  Vertex side_a;         // the end tied to country a
  std::vector<Vertex> chain_a;  // side_a ... country a (REPRESENTS path)
  std::vector<Vertex> chain_b;  // hit.other ... country b
};

// Every meeting between two countries, whoever took part: MET_WITH edges with one end
// tied to `country_a` and the other to `country_b` (a country node counts as tied to
// itself). Sorted by first date, then the ends' ids.
std::vector<CountryMeeting> MeetingsBetween(const KnowledgeGraph& graph, Vertex country_a,
                                            Vertex country_b, const QueryFilter& filter = {});

}  // namespace dkg
