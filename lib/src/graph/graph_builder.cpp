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
    NodeData node{.id = e.id, .type = e.type, .label = e.name};
    node.aliases = e.aliases;
    node.roles = e.roles;
    std::sort(node.aliases.begin(), node.aliases.end());
    std::sort(node.roles.begin(), node.roles.end());
    node.report_ids = {x.report_id};
    node.first_date = node.last_date = x.date;
    if (e.type == EntityType::kCountry) {
      if (const CountryInfo* info = lexicon.CountryByCode(e.country)) node.label = info->name;
      node.country_votes[e.country] = 1;
    } else if (std::string country = CountryOf(x, i); !country.empty()) {
      node.country_votes[country] = 1;
    }
    graph.UpsertNode(node);
  }
  for (const auto& r : x.relations) AddRelation(graph, x, r);
}

void AddRelation(KnowledgeGraph& graph, const Extraction& x, const Relation& r) {
  EdgeSupport support{.report_id = x.report_id, .date = x.date, .sentence = r.evidence.sentence,
                      .evidence = r.evidence.text, .rule = r.evidence.rule};
  if (r.on_behalf_of >= 0) support.on_behalf_of = x.entities[r.on_behalf_of].id;
  graph.AddSupport(x.entities[r.source].id, x.entities[r.target].id, r.type, std::move(support));
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
