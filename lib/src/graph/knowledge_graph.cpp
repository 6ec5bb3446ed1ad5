#include "dkg/graph/knowledge_graph.h"

#include <algorithm>
#include <iterator>

#include <boost/range/iterator_range.hpp>

namespace dkg {
namespace {

void InsertSorted(std::vector<std::string>& values, std::string_view value) {
  auto it = std::lower_bound(values.begin(), values.end(), value);
  if (it == values.end() || *it != value) values.insert(it, std::string(value));
}

void WidenDates(std::string& first, std::string& last, std::string_view date) {
  if (date.empty()) return;
  if (first.empty() || date < first) first = date;
  if (last.empty() || date > last) last = date;
}

bool IsFullerLabel(std::string_view candidate, std::string_view current) {
  if (current.empty()) return true;
  if (candidate.size() != current.size()) return candidate.size() > current.size();
  return candidate < current;
}

// The country with most votes (the first in code order on a tie), or none.
void SettleCountry(NodeData& node) {
  node.country.clear();
  int best = 0;
  for (const auto& [code, votes] : node.country_votes)
    if (votes > best) best = votes, node.country = code;
}

EdgeSupportView ViewOf(const EdgeSupport& s) {
  return {s.report_id, s.date, s.sentence, s.evidence, s.rule, s.on_behalf_of};
}

EdgeSupport Copy(const EdgeSupportView& s) {
  return {std::string(s.report_id), std::string(s.date), s.sentence,
          std::string(s.evidence),  std::string(s.rule), std::string(s.on_behalf_of)};
}

// The orders of SupportOrder and SampleOrder, for supports and their views alike.
template <typename Support>
auto SupportKey(const Support& s) {
  return std::make_tuple(std::string_view(s.report_id), s.sentence, std::string_view(s.rule),
                         std::string_view(s.on_behalf_of), std::string_view(s.date),
                         std::string_view(s.evidence));
}

template <typename A, typename B>
bool SampleBefore(const A& a, const B& b) {
  const std::string_view date_a = a.date, date_b = b.date;
  if (date_a != date_b) {
    if (date_a.empty() || date_b.empty()) return date_b.empty();
    return date_a < date_b;
  }
  return SupportKey(a) < SupportKey(b);
}

// Dates, on_behalf_of ids: what an edge keeps exactly of every support.
void AddExactFields(EdgeData& edge, const EdgeSupportView& support) {
  WidenDates(edge.first_date, edge.last_date, support.date);
  if (!support.on_behalf_of.empty()) InsertSorted(edge.on_behalf_of, support.on_behalf_of);
}

}  // namespace

bool SupportOrder::operator()(const EdgeSupport& a, const EdgeSupport& b) const {
  return SupportKey(a) < SupportKey(b);
}

bool SampleOrder::operator()(const EdgeSupport& a, const EdgeSupport& b) const {
  return SampleBefore(a, b);
}

KnowledgeGraph::KnowledgeGraph(const KnowledgeGraph& other)
    : sample_limit_(other.sample_limit_),
      graph_(other.graph_),
      vertex_by_id_(other.vertex_by_id_),
      node_last_report_(other.node_last_report_) {
  IndexEdgesLike(other);
}

KnowledgeGraph& KnowledgeGraph::operator=(const KnowledgeGraph& other) {
  if (this == &other) return *this;
  sample_limit_ = other.sample_limit_;
  graph_ = other.graph_;
  vertex_by_id_ = other.vertex_by_id_;
  node_last_report_ = other.node_last_report_;
  IndexEdgesLike(other);
  return *this;
}

void KnowledgeGraph::IndexEdgesLike(const KnowledgeGraph& other) {
  edge_by_key_.clear();
  for (const Edge e : boost::make_iterator_range(boost::edges(graph_))) {
    const auto key = std::make_tuple(boost::source(e, graph_), boost::target(e, graph_),
                                     graph_[e].type);
    EdgeSlot slot{.edge = e};
    if (auto found = other.edge_by_key_.find(key); found != other.edge_by_key_.end())
      slot.last_report = found->second.last_report;
    edge_by_key_.emplace(key, std::move(slot));
  }
}

void KnowledgeGraph::AddReportId(NodeData& node, std::string_view report_id) const {
  auto& ids = node.report_ids;
  if (sample_limit_ != 0 && ids.size() >= sample_limit_ && !(report_id < *ids.rbegin())) return;
  if (!ids.insert(std::string(report_id)).second) return;
  if (sample_limit_ != 0 && ids.size() > sample_limit_) ids.erase(std::prev(ids.end()));
}

void KnowledgeGraph::AddSample(EdgeSlot& slot, const EdgeSupportView& support) {
  SupportSample& samples = graph_[slot.edge].support;
  if (sample_limit_ == 0 || samples.size() < sample_limit_) {
    samples.insert(Copy(support));
    return;
  }
  // Full: the new support replaces the last one in SampleOrder when it comes before it
  // (the last one is looked for again only after a replacement).
  if (!slot.worst) slot.worst = std::max_element(samples.begin(), samples.end(), SampleOrder{});
  if (!SampleBefore(support, **slot.worst)) return;
  if (!samples.insert(Copy(support)).second) return;
  samples.erase(*slot.worst);
  slot.worst.reset();
}

Vertex KnowledgeGraph::NodeFor(std::string_view id, EntityType type) {
  auto found = vertex_by_id_.find(id);
  if (found != vertex_by_id_.end()) return found->second;
  const Vertex v = boost::add_vertex(NodeData{.id = std::string(id), .type = type}, graph_);
  vertex_by_id_.emplace(std::string(id), v);
  node_last_report_.emplace_back();
  return v;
}

// Adds `reports` to the node's count, except that a single report that is the one the
// previous call for this node counted adds none.
void KnowledgeGraph::CountReport(Vertex v, NodeData& node, std::string_view report_id,
                                 std::size_t reports, bool single) {
  std::optional<std::string>& last = node_last_report_[v];
  if (!single || !last || *last != report_id) node.report_count += reports;
  if (single) {
    last = std::string(report_id);
  } else {
    last.reset();
  }
}

Vertex KnowledgeGraph::UpsertNode(const NodeData& data) {
  const Vertex v = NodeFor(data.id, data.type);
  NodeData& node = graph_[v];
  if (IsFullerLabel(data.label, node.label)) node.label = data.label;
  for (const auto& alias : data.aliases) InsertSorted(node.aliases, alias);
  for (const auto& role : data.roles) InsertSorted(node.roles, role);
  for (const auto& id : data.report_ids) AddReportId(node, id);
  const std::size_t reports = std::max(data.report_count, data.report_ids.size());
  if (reports > 0) {
    const bool single = reports == 1 && data.report_ids.size() == 1;
    CountReport(v, node, single ? std::string_view(*data.report_ids.begin()) : "", reports,
                single);
  }
  WidenDates(node.first_date, node.last_date, data.first_date);
  WidenDates(node.first_date, node.last_date, data.last_date);
  for (const auto& [code, votes] : data.country_votes) node.country_votes[code] += votes;
  if (!data.country.empty() && data.country_votes.empty()) node.country_votes[data.country] += 1;
  SettleCountry(node);
  return v;
}

Vertex KnowledgeGraph::AddSighting(const NodeSighting& sighting) {
  const Vertex v = NodeFor(sighting.id, sighting.type);
  NodeData& node = graph_[v];
  if (IsFullerLabel(sighting.label, node.label)) node.label = sighting.label;
  if (sighting.aliases)
    for (const auto& alias : *sighting.aliases) InsertSorted(node.aliases, alias);
  if (sighting.roles)
    for (const auto& role : *sighting.roles) InsertSorted(node.roles, role);
  AddReportId(node, sighting.report_id);
  CountReport(v, node, sighting.report_id, 1, true);
  WidenDates(node.first_date, node.last_date, sighting.date);
  if (!sighting.country_vote.empty()) {
    node.country_votes[std::string(sighting.country_vote)] += 1;
    SettleCountry(node);
  }
  return v;
}

KnowledgeGraph::EdgeSlot* KnowledgeGraph::Slot(std::string_view source_id,
                                               std::string_view target_id, RelationType type) {
  if (IsSymmetric(type) && target_id < source_id) std::swap(source_id, target_id);
  auto source = FindNode(source_id);
  auto target = FindNode(target_id);
  if (!source || !target || *source == *target) return nullptr;
  auto key = std::make_tuple(*source, *target, type);
  auto found = edge_by_key_.find(key);
  if (found == edge_by_key_.end()) {
    Edge e = boost::add_edge(*source, *target, EdgeData{.type = type}, graph_).first;
    found = edge_by_key_.emplace(key, EdgeSlot{.edge = e}).first;
  }
  return &found->second;
}

bool KnowledgeGraph::AddSupport(std::string_view source_id, std::string_view target_id,
                                RelationType type, const EdgeSupport& support) {
  return AddSupport(source_id, target_id, type, ViewOf(support));
}

bool KnowledgeGraph::AddSupport(std::string_view source_id, std::string_view target_id,
                                RelationType type, const EdgeSupportView& support) {
  EdgeSlot* slot = Slot(source_id, target_id, type);
  if (!slot) return false;
  EdgeData& edge = graph_[slot->edge];
  AddExactFields(edge, support);
  if (!slot->last_report || *slot->last_report != support.report_id) {
    ++edge.report_count;
    slot->last_report = std::string(support.report_id);
  }
  AddSample(*slot, support);
  return true;
}

bool KnowledgeGraph::UpsertEdge(std::string_view source_id, std::string_view target_id,
                                const EdgeData& data) {
  EdgeSlot* slot = Slot(source_id, target_id, data.type);
  if (!slot) return false;
  EdgeData& edge = graph_[slot->edge];
  WidenDates(edge.first_date, edge.last_date, data.first_date);
  WidenDates(edge.first_date, edge.last_date, data.last_date);
  for (const auto& id : data.on_behalf_of) InsertSorted(edge.on_behalf_of, id);
  std::size_t reports = 0;
  const std::string* previous = nullptr;  // supports come sorted by report id
  for (const EdgeSupport& s : data.support) {
    if (!previous || *previous != s.report_id) ++reports;
    previous = &s.report_id;
    AddExactFields(edge, ViewOf(s));
    AddSample(*slot, ViewOf(s));
  }
  edge.report_count += std::max(data.report_count, reports);
  slot->last_report.reset();
  return true;
}

std::optional<Vertex> KnowledgeGraph::FindNode(std::string_view id) const {
  auto found = vertex_by_id_.find(id);
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
  return found->second.edge;
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
  for (const auto& [key, slot] : edge_by_key_) edges.push_back(slot.edge);
  auto key_of = [&](Edge e) {
    return std::make_tuple(std::string_view(graph_[boost::source(e, graph_)].id),
                           std::string_view(graph_[boost::target(e, graph_)].id),
                           graph_[e].type);
  };
  std::sort(edges.begin(), edges.end(), [&](Edge a, Edge b) { return key_of(a) < key_of(b); });
  return edges;
}

}  // namespace dkg
