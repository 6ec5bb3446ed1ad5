// A small hand-built graph with known answers, shared by the query tests.
//
//   Saddam Haftar -REPRESENTS-> Libyan National Army -REPRESENTS-> Libya
//   Omar Haftar -REPRESENTS-> Libya
//   Jean Envoy -REPRESENTS-> Émile Dupont -REPRESENTS-> France
//   Saddam Haftar -MET_WITH- Jean Envoy     (r1, 2023-05-01)
//   Saddam Haftar -MET_WITH- Émile Dupont   (r2, 2023-06-10; r3, 2023-06-11)
//   Omar Haftar -MET_WITH- Émile Dupont     (r4, undated)
//   Saddam Haftar -CONVEYED_GREETINGS_TO-> Émile Dupont, on behalf of Omar Haftar (r2)
//   Zed: isolated
#pragma once

#include "dkg/graph/knowledge_graph.h"

namespace dkg::testing {

inline NodeData QueryNode(std::string id, EntityType type, std::string label,
                          std::string country = "") {
  NodeData node;
  node.id = std::move(id);
  node.type = type;
  node.label = std::move(label);
  node.country = std::move(country);
  node.report_ids = {"r1"};
  return node;
}

inline EdgeSupport QuerySupport(std::string report, std::string date, std::string on_behalf = "") {
  EdgeSupport s;
  s.report_id = std::move(report);
  s.date = std::move(date);
  s.sentence = Span{0, 10};
  s.evidence = "evidence of " + s.report_id;
  s.rule = "test-rule";
  s.on_behalf_of = std::move(on_behalf);
  return s;
}

inline KnowledgeGraph BuildQueryGraph() {
  KnowledgeGraph g;
  g.UpsertNode(QueryNode("country:LBY", EntityType::kCountry, "Libya", "LBY"));
  g.UpsertNode(QueryNode("country:FRA", EntityType::kCountry, "France", "FRA"));
  g.UpsertNode(QueryNode("institution:lna", EntityType::kInstitution, "Libyan National Army", "LBY"));
  g.UpsertNode(QueryNode("person:saddam-haftar", EntityType::kPerson, "Saddam Haftar", "LBY"));
  g.UpsertNode(QueryNode("person:omar-haftar", EntityType::kPerson, "Omar Haftar"));
  g.UpsertNode(QueryNode("person:emile-dupont", EntityType::kPerson, "\xC3\x89mile Dupont", "FRA"));
  g.UpsertNode(QueryNode("person:jean-envoy", EntityType::kPerson, "Jean Envoy"));
  g.UpsertNode(QueryNode("person:zed", EntityType::kPerson, "Zed"));
  const auto rep = RelationType::kRepresents, met = RelationType::kMetWith;
  g.AddSupport("person:saddam-haftar", "institution:lna", rep, QuerySupport("r1", ""));
  g.AddSupport("institution:lna", "country:LBY", rep, QuerySupport("r1", ""));
  g.AddSupport("person:omar-haftar", "country:LBY", rep, QuerySupport("r4", ""));
  g.AddSupport("person:jean-envoy", "person:emile-dupont", rep, QuerySupport("r1", ""));
  g.AddSupport("person:emile-dupont", "country:FRA", rep, QuerySupport("r2", "2023-06-10"));
  g.AddSupport("person:saddam-haftar", "person:jean-envoy", met, QuerySupport("r1", "2023-05-01"));
  g.AddSupport("person:saddam-haftar", "person:emile-dupont", met, QuerySupport("r2", "2023-06-10"));
  g.AddSupport("person:emile-dupont", "person:saddam-haftar", met, QuerySupport("r3", "2023-06-11"));
  g.AddSupport("person:omar-haftar", "person:emile-dupont", met, QuerySupport("r4", ""));
  g.AddSupport("person:saddam-haftar", "person:emile-dupont", RelationType::kConveyedGreetingsTo,
               QuerySupport("r2", "2023-06-10", "person:omar-haftar"));
  return g;
}

}  // namespace dkg::testing
