// Reads the "dkg-graph/1" JSON export back into a KnowledgeGraph (see graph_reader.h).
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <fstream>
#include <sstream>
#include <string>

#include "dkg/error.h"
#include "dkg/io/graph_reader.h"
#include "io/graph_reader_internal.h"

namespace dkg {
namespace {

using Value = rapidjson::Value;

class JsonGraphParser {
 public:
  explicit JsonGraphParser(std::string_view where) : where_(where) {}

  KnowledgeGraph Parse(std::string_view json);

 private:
  [[noreturn]] void Fail(const std::string& message) const {
    throw Error(std::string(where_) + ": " + message);
  }
  const Value& Member(const Value& object, const char* name, const char* context) const;
  std::string String(const Value& object, const char* name, const char* context) const;
  std::vector<std::string> Strings(const Value& object, const char* name,
                                   const char* context) const;
  std::uint32_t Offset(const Value& object, const char* name) const;
  std::size_t Count(const Value& object, const char* context) const;
  NodeData Node(const Value& node) const;
  void Edge(const Value& edge, KnowledgeGraph& graph) const;

  std::string_view where_;
};

const Value& JsonGraphParser::Member(const Value& object, const char* name,
                                     const char* context) const {
  if (!object.IsObject()) Fail(std::string(context) + " is not an object");
  auto it = object.FindMember(name);
  if (it == object.MemberEnd()) Fail(std::string(context) + " lacks '" + name + "'");
  return it->value;
}

std::string JsonGraphParser::String(const Value& object, const char* name,
                                    const char* context) const {
  const Value& value = Member(object, name, context);
  if (!value.IsString()) Fail(std::string(context) + " field '" + name + "' is not a string");
  return {value.GetString(), value.GetStringLength()};
}

std::vector<std::string> JsonGraphParser::Strings(const Value& object, const char* name,
                                                  const char* context) const {
  const Value& value = Member(object, name, context);
  if (!value.IsArray()) Fail(std::string(context) + " field '" + name + "' is not an array");
  std::vector<std::string> out;
  for (const Value& item : value.GetArray()) {
    if (!item.IsString()) Fail(std::string(context) + " field '" + name + "' holds a non-string");
    out.emplace_back(item.GetString(), item.GetStringLength());
  }
  return out;
}

std::size_t JsonGraphParser::Count(const Value& object, const char* context) const {
  const Value& value = Member(object, "report_count", context);
  if (!value.IsUint64()) Fail(std::string(context) + " field 'report_count' is not a count");
  return value.GetUint64();
}

std::uint32_t JsonGraphParser::Offset(const Value& object, const char* name) const {
  const Value& value = Member(object, name, "support");
  if (!value.IsUint()) Fail(std::string("support field '") + name + "' is not an offset");
  return value.GetUint();
}

NodeData JsonGraphParser::Node(const Value& value) const {
  NodeData node;
  node.id = String(value, "id", "node");
  const auto type = ParseEntityType(String(value, "type", "node"));
  if (!type) Fail("node '" + node.id + "' has an unknown type");
  node.type = *type;
  node.label = String(value, "label", "node");
  node.aliases = Strings(value, "aliases", "node");
  node.roles = Strings(value, "roles", "node");
  node.country = String(value, "country", "node");
  const auto report_ids = Strings(value, "report_ids", "node");
  node.report_ids.insert(report_ids.begin(), report_ids.end());
  node.report_count = Count(value, "node");
  node.first_date = String(value, "first_date", "node");
  node.last_date = String(value, "last_date", "node");
  const Value& votes = Member(value, "country_votes", "node");
  if (!votes.IsObject()) Fail("node '" + node.id + "' country_votes is not an object");
  for (const auto& vote : votes.GetObject()) {
    if (!vote.value.IsInt()) Fail("node '" + node.id + "' has a non-integer country vote");
    node.country_votes[{vote.name.GetString(), vote.name.GetStringLength()}] =
        vote.value.GetInt();
  }
  return node;
}

void JsonGraphParser::Edge(const Value& value, KnowledgeGraph& graph) const {
  const std::string source = String(value, "source", "edge");
  const std::string target = String(value, "target", "edge");
  const auto type = ParseRelationType(String(value, "type", "edge"));
  if (!type) Fail("edge " + source + " -> " + target + " has an unknown type");
  const Value& supports = Member(value, "support", "edge");
  if (!supports.IsArray() || supports.Empty())
    Fail("edge " + source + " -> " + target + " has no support");
  EdgeData data{.type = *type};
  data.report_count = Count(value, "edge");
  data.first_date = String(value, "first_date", "edge");
  data.last_date = String(value, "last_date", "edge");
  data.on_behalf_of = Strings(value, "on_behalf_of", "edge");
  for (const Value& item : supports.GetArray()) {
    EdgeSupport support;
    support.report_id = String(item, "report_id", "support");
    support.date = String(item, "date", "support");
    support.sentence = Span{Offset(item, "begin"), Offset(item, "end")};
    support.evidence = String(item, "evidence", "support");
    support.rule = String(item, "rule", "support");
    support.on_behalf_of = String(item, "on_behalf_of", "support");
    data.support.insert(std::move(support));
  }
  if (!graph.UpsertEdge(source, target, data))
    Fail("edge " + source + " -> " + target + " names an unknown node");
}

KnowledgeGraph JsonGraphParser::Parse(std::string_view json) {
  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseValidateEncodingFlag>(json.data(), json.size());
  if (doc.HasParseError())
    Fail("invalid JSON at byte " + std::to_string(doc.GetErrorOffset()) + ": " +
         rapidjson::GetParseError_En(doc.GetParseError()));
  if (String(doc, "format", "document") != "dkg-graph/1")
    Fail("not a dkg graph (format is not \"dkg-graph/1\")");
  const Value& nodes = Member(doc, "nodes", "document");
  const Value& edges = Member(doc, "edges", "document");
  if (!nodes.IsArray() || !edges.IsArray()) Fail("'nodes' and 'edges' must be arrays");
  KnowledgeGraph graph;
  for (const Value& node : nodes.GetArray()) graph.UpsertNode(Node(node));
  for (const Value& edge : edges.GetArray()) Edge(edge, graph);
  return graph;
}

}  // namespace

namespace io_detail {

std::string ReadWholeFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error("cannot open " + path.string());
  std::ostringstream content;
  content << in.rdbuf();
  if (in.bad()) throw Error("cannot read " + path.string());
  return content.str();
}

}  // namespace io_detail

KnowledgeGraph ReadGraphJson(std::string_view json, std::string_view where) {
  return JsonGraphParser(where).Parse(json);
}

KnowledgeGraph ReadGraphJsonFile(const std::filesystem::path& path) {
  return ReadGraphJson(io_detail::ReadWholeFile(path), path.string());
}

KnowledgeGraph ReadGraphFile(const std::filesystem::path& path) {
  const std::string ext = path.extension().string();
  if (ext == ".json") return ReadGraphJsonFile(path);
  if (ext == ".graphml" || ext == ".xml") return ReadGraphMlFile(path);
  const std::string content = io_detail::ReadWholeFile(path);
  const auto first = content.find_first_not_of(" \t\r\n");
  if (first != std::string::npos && content[first] == '{') return ReadGraphJson(content, path.string());
  if (first != std::string::npos && content[first] == '<') return ReadGraphMl(content, path.string());
  throw Error(path.string() + ": neither a dkg JSON graph nor GraphML");
}

}  // namespace dkg
