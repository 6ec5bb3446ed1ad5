#include "dkg/graph/graph_builder.h"

#include <algorithm>

namespace dkg {
namespace {

std::string CountryThrough(const Extraction& x, int entity, int depth) {
  const Entity& e = x.entities[entity];
  if (e.type == EntityType::kCountry) return e.country;
  if (depth > 3) return "";
  for (const auto& r : x.relations) {
    if (r.type != RelationType::kRepresents || r.source != entity) continue;
    std::string via = CountryThrough(x, r.target, depth + 1);
    if (!via.empty()) return via;
  }
  return "";
}

}  // namespace

std::string CountryOf(const Extraction& x, int entity) { return CountryThrough(x, entity, 0); }

void AddExtraction(KnowledgeGraph& graph, const Extraction& x, const Lexicon& lexicon) {
  for (int i = 0; i < static_cast<int>(x.entities.size()); ++i) {
    const Entity& e = x.entities[i];
    NodeSighting sighting{.id = e.id, .type = e.type, .label = e.name, .aliases = &e.aliases,
                          .roles = &e.roles, .report_id = x.report_id, .date = x.date};
    std::string country;
    if (e.type == EntityType::kCountry) {
      if (const CountryInfo* info = lexicon.CountryByCode(e.country)) sighting.label = info->name;
      sighting.country_vote = e.country;
    } else {
      country = CountryOf(x, i);
      sighting.country_vote = country;
    }
    graph.AddSighting(sighting);
  }
  for (const auto& r : x.relations) AddRelation(graph, x, r);
}

void AddRelation(KnowledgeGraph& graph, const Extraction& x, const Relation& r) {
  const EdgeSupportView support{
      .report_id = x.report_id, .date = x.date, .sentence = r.evidence.sentence,
      .evidence = r.evidence.text, .rule = r.evidence.rule,
      .on_behalf_of = r.on_behalf_of >= 0 ? std::string_view(x.entities[r.on_behalf_of].id)
                                          : std::string_view()};
  graph.AddSupport(x.entities[r.source].id, x.entities[r.target].id, r.type, support);
}

int AddKnownAffiliations(const KnowledgeGraph& graph, Extraction& x) {
  int added = 0;
  const int n = static_cast<int>(x.entities.size());
  for (int i = 0; i < n; ++i) {
    const Entity& e = x.entities[i];
    if (e.type != EntityType::kPerson || !CountryOf(x, i).empty()) continue;
    auto node = graph.FindNode(e.id);
    if (!node) continue;
    const NodeData& data = graph.node(*node);
    const std::string& known = data.country;
    if (known.empty()) continue;
    // only a settled affiliation: seen in two reports, and two thirds of the votes
    int total = 0;
    for (const auto& [code, votes] : data.country_votes) total += votes;
    const int mine = data.country_votes.at(known);
    if (mine < 2 || mine * 3 < total * 2) continue;
    for (int c = 0; c < n; ++c) {
      if (x.entities[c].type != EntityType::kCountry || x.entities[c].country != known) continue;
      Relation r;
      r.type = RelationType::kRepresents;
      r.source = i;
      r.target = c;
      r.evidence.rule = "known-affiliation";
      if (!e.mentions.empty()) {
        r.evidence.sentence = e.mentions.front();
      }
      x.relations.push_back(std::move(r));
      ++added;
      break;
    }
  }
  return added;
}

}  // namespace dkg
