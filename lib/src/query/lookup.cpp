#include "dkg/query/lookup.h"

#include <algorithm>
#include <set>

#include "dkg/text/fold.h"

namespace dkg {
namespace {

void Add(std::multimap<std::string, Vertex>& index, const std::string& key, Vertex v) {
  if (key.empty()) return;
  auto [begin, end] = index.equal_range(key);
  for (auto it = begin; it != end; ++it)
    if (it->second == v) return;
  index.emplace(key, v);
}

}  // namespace

NameIndex::NameIndex(const KnowledgeGraph& graph) : graph_(graph) {
  for (Vertex v : graph.NodesById()) {
    const NodeData& node = graph.node(v);
    Add(by_folded_label_, Fold(node.label), v);
    Add(by_key_, NormalizeKey(node.label), v);
    for (const auto& alias : node.aliases) Add(by_key_, NormalizeKey(alias), v);
    if (node.type == EntityType::kCountry && !node.country.empty())
      Add(by_code_, Fold(node.country), v);
  }
}

NameMatch NameIndex::Find(std::string_view name) const { return Pick(name, nullptr); }

NameMatch NameIndex::Find(std::string_view name, EntityType type) const {
  return Pick(name, &type);
}

NameMatch NameIndex::Pick(std::string_view name, const EntityType* type) const {
  auto passes = [&](Vertex v) { return !type || graph_.node(v).type == *type; };
  auto decide = [&](std::set<Vertex> hits) -> std::optional<NameMatch> {
    std::erase_if(hits, [&](Vertex v) { return !passes(v); });
    if (hits.empty()) return std::nullopt;
    NameMatch match;
    match.candidates.assign(hits.begin(), hits.end());
    std::sort(match.candidates.begin(), match.candidates.end(),
              [&](Vertex a, Vertex b) { return graph_.node(a).id < graph_.node(b).id; });
    if (match.candidates.size() == 1) match.vertex = match.candidates.front();
    return match;
  };
  auto exact = [&](const std::multimap<std::string, Vertex>& index, const std::string& key) {
    std::set<Vertex> hits;
    auto [begin, end] = index.equal_range(key);
    for (auto it = begin; it != end; ++it) hits.insert(it->second);
    return decide(std::move(hits));
  };
  if (auto v = graph_.FindNode(name)) {
    if (auto m = decide({*v})) return *m;
  }
  const std::string folded = Fold(name);
  const std::string key = NormalizeKey(name);
  if (auto m = exact(by_folded_label_, folded)) return *m;
  if (auto m = exact(by_key_, key)) return *m;
  if (auto m = exact(by_code_, folded)) return *m;
  if (key.empty()) return {};
  std::set<Vertex> tails;
  const std::string suffix = " " + key;
  for (const auto& [label_key, v] : by_key_)
    if (label_key.size() > suffix.size() && label_key.ends_with(suffix)) tails.insert(v);
  if (auto m = decide(std::move(tails))) return *m;
  return {};
}

std::string DescribeNode(const KnowledgeGraph& graph, Vertex v) {
  const NodeData& node = graph.node(v);
  return node.label + " (" + node.id + ")";
}

}  // namespace dkg
