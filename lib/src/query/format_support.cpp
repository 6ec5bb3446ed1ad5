#include "query/format_support.h"

#include <algorithm>

#include "io/writer_text.h"

namespace dkg::query_detail {
namespace {

std::size_t DisplayWidth(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(
      text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

}  // namespace

void Json::String(std::string_view text) {
  const std::string valid = io_detail::RepairText(text, nullptr, nullptr);
  writer_.String(valid.data(), static_cast<rapidjson::SizeType>(valid.size()));
}

void Json::Entity(const KnowledgeGraph& graph, Vertex v) {
  const NodeData& node = graph.node(v);
  writer_.StartObject();
  Member("id", node.id);
  Member("label", node.label);
  Member("type", ToString(node.type));
  writer_.EndObject();
}

void Json::Hit(const KnowledgeGraph& graph, std::string_view role, const RelationHit& hit,
               bool close) {
  writer_.StartObject();
  EntityMember(role, graph, hit.other);
  Member("type", ToString(graph.edge(hit.edge).type));
  Key("dates");
  writer_.StartArray();
  for (const auto& date : hit.dates) String(date);
  writer_.EndArray();
  Key("report_count");
  writer_.Uint64(hit.report_count);
  Key("evidence");
  writer_.StartArray();
  for (const EdgeSupport* s : hit.support) {
    writer_.StartObject();
    Member("report_id", s->report_id);
    Member("date", s->date);
    Key("begin");
    writer_.Uint(s->sentence.begin);
    Key("end");
    writer_.Uint(s->sentence.end);
    Member("text", s->evidence);
    Member("rule", s->rule);
    Member("on_behalf_of", s->on_behalf_of);
    writer_.EndObject();
  }
  writer_.EndArray();
  if (close) writer_.EndObject();
}

void Json::Chain(std::string_view key, const KnowledgeGraph& graph,
                 const std::vector<Vertex>& chain) {
  Key(key);
  writer_.StartArray();
  for (Vertex v : chain) Entity(graph, v);
  writer_.EndArray();
}

std::string Table::Render() const {
  std::vector<std::size_t> widths;
  for (const auto& row : rows_)
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (widths.size() <= i) widths.push_back(0);
      widths[i] = std::max(widths[i], DisplayWidth(row[i]));
    }
  std::string out;
  for (std::size_t r = 0; r < rows_.size(); ++r) {
    std::string line;
    for (std::size_t i = 0; i < rows_[r].size(); ++i) {
      line += rows_[r][i];
      if (i + 1 < rows_[r].size()) line += std::string(widths[i] - DisplayWidth(rows_[r][i]) + 2, ' ');
    }
    out += line + "\n";
    if (r == 0) {
      std::size_t total = 0;
      for (std::size_t w : widths) total += w + 2;
      out += std::string(total > 2 ? total - 2 : 0, '-') + "\n";
    }
    if (r < notes_.size())
      for (const auto& note : notes_[r]) out += note + "\n";
  }
  return out;
}

std::string Dates(const std::vector<std::string>& dates) {
  if (dates.empty()) return "-";
  return io_detail::Join(dates, ", ");
}

std::string EvidenceLine(const EdgeSupport& support) {
  std::string line = "    [" + support.report_id;
  if (!support.date.empty()) line += " " + support.date;
  line += "] " + io_detail::RepairText(support.evidence, nullptr, nullptr);
  std::replace(line.begin(), line.end(), '\n', ' ');
  return line;
}

std::string Name(const KnowledgeGraph& graph, Vertex v) { return graph.node(v).label; }

std::string ChainText(const KnowledgeGraph& graph, const std::vector<Vertex>& chain) {
  std::string out;
  for (std::size_t i = 0; i < chain.size(); ++i) out += (i ? " -> " : "") + Name(graph, chain[i]);
  return out;
}

}  // namespace dkg::query_detail
