#include "dkg/io/json_writer.h"

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/writer.h>

#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "dkg/io/atomic_file.h"
#include "io/writer_text.h"

namespace dkg {
namespace {

using JsonWriter = rapidjson::Writer<rapidjson::OStreamWrapper>;

// RapidJSON copies bytes through unchecked, so the text is repaired first; the writer
// escapes quotes, backslashes and control characters.
void String(JsonWriter& writer, std::string_view text) {
  const std::string valid = io_detail::RepairText(text, nullptr, nullptr);
  writer.String(valid.data(), static_cast<rapidjson::SizeType>(valid.size()));
}

void Member(JsonWriter& writer, std::string_view key, std::string_view value) {
  String(writer, key);
  String(writer, value);
}

void Member(JsonWriter& writer, std::string_view key, std::uint64_t value) {
  String(writer, key);
  writer.Uint64(value);
}

template <typename Iterator>
void Strings(JsonWriter& writer, std::string_view key, Iterator begin, Iterator end) {
  String(writer, key);
  writer.StartArray();
  for (; begin != end; ++begin) String(writer, *begin);
  writer.EndArray();
}

void Member(JsonWriter& writer, std::string_view key, const std::vector<std::string>& items) {
  Strings(writer, key, items.begin(), items.end());
}

void Member(JsonWriter& writer, std::string_view key, const std::set<std::string>& items) {
  Strings(writer, key, items.begin(), items.end());
}

void WriteNode(JsonWriter& writer, const NodeData& node) {
  writer.StartObject();
  Member(writer, "id", node.id);
  Member(writer, "type", ToString(node.type));
  Member(writer, "label", node.label);
  Member(writer, "aliases", node.aliases);
  Member(writer, "roles", node.roles);
  Member(writer, "country", node.country);
  Member(writer, "report_count", node.report_count);
  Member(writer, "report_ids", node.report_ids);
  Member(writer, "first_date", node.first_date);
  Member(writer, "last_date", node.last_date);
  String(writer, "country_votes");
  writer.StartObject();
  for (const auto& [code, votes] : node.country_votes) {
    String(writer, code);
    writer.Int(votes);
  }
  writer.EndObject();
  writer.EndObject();
}

void WriteSupport(JsonWriter& writer, const EdgeSupport& support) {
  writer.StartObject();
  Member(writer, "report_id", support.report_id);
  Member(writer, "date", support.date);
  Member(writer, "begin", std::uint64_t{support.sentence.begin});
  Member(writer, "end", std::uint64_t{support.sentence.end});
  Member(writer, "evidence", support.evidence);
  Member(writer, "rule", support.rule);
  Member(writer, "on_behalf_of", support.on_behalf_of);
  writer.EndObject();
}

void WriteEdge(JsonWriter& writer, const NodeData& source, const NodeData& target,
               const EdgeData& edge) {
  writer.StartObject();
  Member(writer, "source", source.id);
  Member(writer, "target", target.id);
  Member(writer, "type", ToString(edge.type));
  Member(writer, "report_count", edge.report_count);
  Member(writer, "first_date", edge.first_date);
  Member(writer, "last_date", edge.last_date);
  Member(writer, "on_behalf_of", edge.on_behalf_of);
  String(writer, "support");
  writer.StartArray();
  for (const EdgeSupport& support : edge.support) WriteSupport(writer, support);
  writer.EndArray();
  writer.EndObject();
}

}  // namespace

void WriteGraphJson(const KnowledgeGraph& graph, std::ostream& out) {
  rapidjson::OStreamWrapper stream(out);
  JsonWriter writer(stream);
  writer.StartObject();
  Member(writer, "format", "dkg-graph/1");
  String(writer, "nodes");
  writer.StartArray();
  for (Vertex v : graph.NodesById()) WriteNode(writer, graph.node(v));
  writer.EndArray();
  String(writer, "edges");
  writer.StartArray();
  for (const Edge& e : graph.EdgesSorted()) {
    WriteEdge(writer, graph.node(boost::source(e, graph.graph())),
              graph.node(boost::target(e, graph.graph())), graph.edge(e));
  }
  writer.EndArray();
  writer.EndObject();
  out << '\n';
}

void WriteGraphJsonFile(const KnowledgeGraph& graph, const std::filesystem::path& path) {
  AtomicFile file(path);
  WriteGraphJson(graph, file.stream());
  file.Commit();
}

}  // namespace dkg
