// NameIndex: finds the node a user means by a name, the way the resolver matches names:
// case and diacritics folded (dkg::Fold, dkg::NormalizeKey), against node ids, labels
// and aliases. An ambiguous name yields the candidates instead of a guess.
// Immutable after construction; concurrent lookups are safe.
//
// Example:
//   dkg::NameIndex names(graph);
//   dkg::NameMatch m = names.Find("saddam haftar");
//   if (m.found()) ... graph.node(*m.vertex) ...
//   else if (m.ambiguous()) ... m.candidates ...
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dkg/graph/knowledge_graph.h"

namespace dkg {

struct NameMatch {
  std::optional<Vertex> vertex;   // set when exactly one node matches
  std::vector<Vertex> candidates;  // every node of the best matching tier, sorted by id
  bool found() const { return vertex.has_value(); }
  bool ambiguous() const { return !vertex && candidates.size() > 1; }
};

class NameIndex {
 public:
  // Indexes every node of `graph`, which must outlive the index.
  explicit NameIndex(const KnowledgeGraph& graph);

  // Tries, in order, and stops at the first tier that matches: the exact node id; the
  // folded label; the normalized label or alias (NormalizeKey); for a Country, its
  // ISO code; a trailing-words match of the normalized label ("Haftar" -> every
  // "... Haftar"). One match is found; several are candidates.
  NameMatch Find(std::string_view name) const;

  // The same, counting only nodes of `type`.
  NameMatch Find(std::string_view name, EntityType type) const;

 private:
  NameMatch Pick(std::string_view name, const EntityType* type) const;

  const KnowledgeGraph& graph_;
  std::multimap<std::string, Vertex> by_folded_label_;
  std::multimap<std::string, Vertex> by_key_;  // normalized labels and aliases
  std::multimap<std::string, Vertex> by_code_;
};

// "Saddam Haftar (person:saddam-haftar)" for messages and candidate lists.
std::string DescribeNode(const KnowledgeGraph& graph, Vertex v);

}  // namespace dkg
