#include "dkg/graph/knowledge_graph.h"

#include <algorithm>
#include <set>

namespace dkg {
namespace {

void InsertSorted(std::vector<std::string>& values, const std::string& value) {
  auto it = std::lower_bound(values.begin(), values.end(), value);
  if (it == values.end() || *it != value) values.insert(it, value);
}

void WidenDates(std::string& first, std::string& last, const std::string& date) {
  if (date.empty()) return;
  if (first.empty() || date < first) first = date;
  if (last.empty() || date > last) last = date;
}

bool IsFullerLabel(const std::string& candidate, const std::string& current) {
  if (current.empty()) return true;
  if (candidate.size() != current.size()) return candidate.size() > current.size();
  return candidate < current;
}

bool SupportLess(const EdgeSupport& a, const EdgeSupport& b) {
  return std::tie(a.report_id, a.sentence, a.rule, a.on_behalf_of) <
         std::tie(b.report_id, b.sentence, b.rule, b.on_behalf_of);
}

}  // namespace

std::size_t EdgeData::report_count() const {
  std::size_t count = 0;
  for (std::size_t i = 0; i < support.size(); ++i)
    if (i == 0 || support[i].report_id != support[i - 1].report_id) ++count;
  return count;
}

Vertex KnowledgeGraph::UpsertNode(const NodeData& data) {
  auto found = vertex_by_id_.find(data.id);
  if (found == vertex_by_id_.end()) {
    Vertex v = boost::add_vertex(NodeData{.id = data.id, .type = data.type}, graph_);
    found = vertex_by_id_.emplace(data.id, v).first;
  }
  NodeData& node = graph_[found->second];
  if (IsFullerLabel(data.label, node.label)) node.label = data.label;
  for (const auto& alias : data.aliases) InsertSorted(node.aliases, alias);
  for (const auto& role : data.roles) InsertSorted(node.roles, role);
  for (const auto& id : data.report_ids) InsertSorted(node.report_ids, id);
  WidenDates(node.first_date, node.last_date, data.first_date);
  WidenDates(node.first_date, node.last_date, data.last_date);
  for (const auto& [code, votes] : data.country_votes) node.country_votes[code] += votes;
  if (!data.country.empty() && data.country_votes.empty()) node.country_votes[data.country] += 1;
  node.country.clear();
  int best = 0;
  for (const auto& [code, votes] : node.country_votes)
    if (votes > best) best = votes, node.country = code;
  return found->second;
}

bool KnowledgeGraph::AddSupport(std::string_view source_id, std::string_view target_id,
                                RelationType type, EdgeSupport support) {
  if (IsSymmetric(type) && target_id < source_id) std::swap(source_id, target_id);
  auto source = FindNode(source_id);
  auto target = FindNode(target_id);
  if (!source || !target || *source == *target) return false;
  auto key = std::make_tuple(*source, *target, type);
  auto found = edge_by_key_.find(key);
  if (found == edge_by_key_.end()) {
    Edge e = boost::add_edge(*source, *target, EdgeData{.type = type}, graph_).first;
    found = edge_by_key_.emplace(key, e).first;
  }
  EdgeData& edge = graph_[found->second];
  WidenDates(edge.first_date, edge.last_date, support.date);
  if (!support.on_behalf_of.empty()) InsertSorted(edge.on_behalf_of, support.on_behalf_of);
  auto it = std::lower_bound(edge.support.begin(), edge.support.end(), support, SupportLess);
  if (it == edge.support.end() || !(*it == support))
    edge.support.insert(it, std::move(support));
  return true;
}

std::optional<Vertex> KnowledgeGraph::FindNode(std::string_view id) const {
  auto found = vertex_by_id_.find(std::string(id));
  if (found == vertex_by_id_.end()) return std::nullopt;
  return found->second;
}

std::optional<Edge> KnowledgeGraph::FindEdge(std::string_view source_id,
                                             std::string_view target_id,
                                             RelationType type) const {
  if (IsSymmetric(type) && target_id < source_id) std::swap(source_id, target_id);
  auto source = FindNode(source_id);
  auto target = FindNode(target_id);
  if (!source || !target) return std::nullopt;
  auto found = edge_by_key_.find(std::make_tuple(*source, *target, type));
  if (found == edge_by_key_.end()) return std::nullopt;
  return found->second;
}

std::vector<Vertex> KnowledgeGraph::NodesById() const {
  std::vector<Vertex> nodes(boost::vertices(graph_).first, boost::vertices(graph_).second);
  std::sort(nodes.begin(), nodes.end(),
            [&](Vertex a, Vertex b) { return graph_[a].id < graph_[b].id; });
  return nodes;
}

std::vector<Edge> KnowledgeGraph::EdgesSorted() const {
  std::vector<Edge> edges;
  edges.reserve(edge_by_key_.size());
  for (const auto& [key, e] : edge_by_key_) edges.push_back(e);
  auto key_of = [&](Edge e) {
    return std::make_tuple(std::string_view(graph_[boost::source(e, graph_)].id),
                           std::string_view(graph_[boost::target(e, graph_)].id),
                           graph_[e].type);
  };
  std::sort(edges.begin(), edges.end(), [&](Edge a, Edge b) { return key_of(a) < key_of(b); });
  return edges;
}

}  // namespace dkg
