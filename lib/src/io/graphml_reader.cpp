// Reads the GraphML export back into a KnowledgeGraph (see graph_reader.h for what
// GraphML cannot carry and how the gaps are filled). libxml2 does the XML: entities,
// character references and well-formedness errors with line numbers. External entities
// and network access are disabled.
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "dkg/error.h"
#include "dkg/io/graph_reader.h"
#include "io/graph_reader_internal.h"

namespace dkg {
namespace {

constexpr std::string_view kSeparator = " | ";

using Fields = std::map<std::string, std::string>;  // attr.name -> value

struct RawNode {
  std::string id;
  Fields data;
};

struct RawEdge {
  std::string source, target, label;
  Fields data;
};

std::string_view Name(const xmlNode* node) {
  return reinterpret_cast<const char*>(node->name);
}

std::string Attribute(const xmlNode* node, const char* name) {
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (!value) return {};
  std::string out(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return out;
}

std::string Content(const xmlNode* node) {
  xmlChar* value = xmlNodeGetContent(node);
  if (!value) return {};
  std::string out(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return out;
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

// Inverse of GraphMlNodeId.
std::string DecodeNodeId(std::string_view id) {
  if (id == "_") return {};
  std::string out;
  for (std::size_t i = 0; i < id.size(); ++i) {
    if (id[i] == '_' && i + 2 < id.size() && HexValue(id[i + 1]) >= 0 &&
        HexValue(id[i + 2]) >= 0) {
      out += static_cast<char>(HexValue(id[i + 1]) * 16 + HexValue(id[i + 2]));
      i += 2;
    } else {
      out += id[i];
    }
  }
  return out;
}

std::vector<std::string> SplitRaw(std::string_view text) {
  std::vector<std::string> pieces;
  if (text.empty()) return pieces;
  std::size_t start = 0;
  for (std::size_t at; (at = text.find(kSeparator, start)) != std::string_view::npos;
       start = at + kSeparator.size())
    pieces.emplace_back(text.substr(start, at - start));
  pieces.emplace_back(text.substr(start));
  return pieces;
}

// The writer joins sorted, unique lists; an item may itself contain " | ". Pieces are
// merged until the items increase strictly, which restores the written list whenever
// that is possible and always re-joins to the same text.
std::vector<std::string> SplitSortedList(std::string_view text) {
  std::vector<std::string> items;
  for (std::string& piece : SplitRaw(text)) {
    if (!items.empty() && !(items.back() < piece)) {
      items.back() += kSeparator;
      items.back() += piece;
    } else {
      items.push_back(std::move(piece));
    }
  }
  return items;
}

struct Offsets {
  std::string report_id;
  Span span;
};

class GraphMlParser {
 public:
  explicit GraphMlParser(std::string_view where) : where_(where) {}
  KnowledgeGraph Parse(std::string_view xml);

 private:
  [[noreturn]] void Fail(const std::string& message) const {
    throw Error(std::string(where_) + ": " + message);
  }
  void ReadKeys(const xmlNode* root);
  void ReadGraph(const xmlNode* graph);
  Fields ReadData(const xmlNode* element, std::string_view domain) const;
  std::vector<Offsets> ParseOffsets(const std::string& text, const std::string& edge) const;
  std::vector<EdgeSupport> Supports(const RawEdge& edge) const;
  EdgeData EdgeFrom(const RawEdge& edge, RelationType type) const;
  void AddNode(const RawNode& raw, KnowledgeGraph& graph) const;

  std::string_view where_;
  std::map<std::string, std::pair<std::string, std::string>> keys_;  // id -> (for, name)
  std::vector<RawNode> nodes_;
  std::vector<RawEdge> edges_;
  std::map<std::string, std::string> report_dates_;
  std::map<std::string, std::set<std::string>> node_reports_;
};

void GraphMlParser::ReadKeys(const xmlNode* root) {
  for (const xmlNode* n = root->children; n; n = n->next) {
    if (n->type != XML_ELEMENT_NODE || Name(n) != "key") continue;
    keys_[Attribute(n, "id")] = {Attribute(n, "for"), Attribute(n, "attr.name")};
  }
}

Fields GraphMlParser::ReadData(const xmlNode* element, std::string_view domain) const {
  Fields fields;
  for (const xmlNode* n = element->children; n; n = n->next) {
    if (n->type != XML_ELEMENT_NODE || Name(n) != "data") continue;
    auto key = keys_.find(Attribute(n, "key"));
    if (key == keys_.end()) Fail("line " + std::to_string(n->line) + ": undeclared data key");
    if (key->second.first != domain && key->second.first != "all") continue;
    fields[key->second.second] = Content(n);
  }
  return fields;
}

void GraphMlParser::ReadGraph(const xmlNode* graph) {
  for (const xmlNode* n = graph->children; n; n = n->next) {
    if (n->type != XML_ELEMENT_NODE) continue;
    if (Name(n) == "node") {
      nodes_.push_back({DecodeNodeId(Attribute(n, "id")), ReadData(n, "node")});
    } else if (Name(n) == "edge") {
      edges_.push_back({DecodeNodeId(Attribute(n, "source")),
                        DecodeNodeId(Attribute(n, "target")), Attribute(n, "label"),
                        ReadData(n, "edge")});
    }
  }
}

std::vector<Offsets> GraphMlParser::ParseOffsets(const std::string& text,
                                                 const std::string& edge) const {
  std::vector<Offsets> out;
  std::string pending;  // a report id that contained the separator
  for (const std::string& piece : SplitRaw(text)) {
    const std::string item = pending.empty() ? piece : pending + std::string(kSeparator) + piece;
    const auto at = item.rfind('@');
    const auto dash = at == std::string::npos ? at : item.find('-', at);
    unsigned long begin = 0, end = 0;
    if (dash == std::string::npos ||
        std::sscanf(item.c_str() + at + 1, "%lu-%lu", &begin, &end) != 2) {
      pending = item;
      continue;
    }
    pending.clear();
    out.push_back({item.substr(0, at), Span{static_cast<std::uint32_t>(begin),
                                            static_cast<std::uint32_t>(end)}});
  }
  if (!pending.empty()) Fail("edge " + edge + ": malformed evidence_offsets");
  return out;
}

EdgeData GraphMlParser::EdgeFrom(const RawEdge& edge, RelationType type) const {
  auto field = [&](const char* key) {
    auto it = edge.data.find(key);
    return it == edge.data.end() ? std::string() : it->second;
  };
  EdgeData data{.type = type};
  for (EdgeSupport& s : Supports(edge)) data.support.insert(std::move(s));
  data.report_count = std::strtoul(field("report_count").c_str(), nullptr, 10);
  data.on_behalf_of = SplitSortedList(field("on_behalf_of"));
  data.first_date = field("first_date");
  data.last_date = field("last_date");
  return data;
}

std::vector<EdgeSupport> GraphMlParser::Supports(const RawEdge& edge) const {
  const std::string name = edge.source + " -> " + edge.target;
  auto field = [&](const char* key) {
    auto it = edge.data.find(key);
    return it == edge.data.end() ? std::string() : it->second;
  };
  const std::vector<Offsets> offsets = ParseOffsets(field("evidence_offsets"), name);
  const std::string evidence = field("evidence");
  if (offsets.empty()) Fail("edge " + name + " has no evidence_offsets");
  const auto rules = SplitSortedList(field("rules"));
  const auto behalf = SplitSortedList(field("on_behalf_of"));
  const std::string first = field("first_date"), last = field("last_date");
  std::vector<EdgeSupport> out(offsets.size());
  std::size_t pos = 0;
  for (std::size_t i = 0; i < offsets.size(); ++i) {
    EdgeSupport& s = out[i];
    s.report_id = offsets[i].report_id;
    s.sentence = offsets[i].span;
    const std::string prefix = s.report_id + ": ";
    if (evidence.compare(pos, prefix.size(), prefix) != 0)
      Fail("edge " + name + ": evidence does not match evidence_offsets");
    pos += prefix.size();
    std::size_t end = evidence.size();
    if (i + 1 < offsets.size()) {
      end = evidence.find(std::string(kSeparator) + offsets[i + 1].report_id + ": ", pos);
      if (end == std::string::npos) Fail("edge " + name + ": evidence is truncated");
    }
    s.evidence = evidence.substr(pos, end - pos);
    pos = end + kSeparator.size();
    if (!rules.empty()) s.rule = rules[i % rules.size()];
    if (!behalf.empty()) s.on_behalf_of = behalf[i % behalf.size()];
    auto date = report_dates_.find(s.report_id);
    if (date != report_dates_.end() && date->second >= first && date->second <= last)
      s.date = date->second;
  }
  // Keep the written date range even where no single-report edge told the dates.
  auto ensure = [&](const std::string& date, std::size_t fallback) {
    if (date.empty()) return;
    for (const auto& s : out)
      if (s.date == date) return;
    for (auto& s : out)
      if (s.date.empty()) return void(s.date = date);
    out[fallback].date = date;
  };
  ensure(first, 0);
  ensure(last, out.size() - 1);
  return out;
}

void GraphMlParser::AddNode(const RawNode& raw, KnowledgeGraph& graph) const {
  auto field = [&](const char* key) {
    auto it = raw.data.find(key);
    return it == raw.data.end() ? std::string() : it->second;
  };
  NodeData node;
  node.id = raw.id;
  const auto type = ParseEntityType(field("type"));
  if (!type) Fail("node '" + raw.id + "' has no known type");
  node.type = *type;
  node.label = field("label");
  node.aliases = SplitSortedList(field("aliases"));
  node.roles = SplitSortedList(field("roles"));
  node.country = field("country");
  node.first_date = field("first_date");
  node.last_date = field("last_date");
  node.report_count = std::strtoul(field("report_count").c_str(), nullptr, 10);
  if (auto it = node_reports_.find(raw.id); it != node_reports_.end()) {
    for (const auto& id : it->second) {
      if (node.report_ids.size() == node.report_count) break;
      node.report_ids.insert(id);
    }
  }
  graph.UpsertNode(node);
}

KnowledgeGraph GraphMlParser::Parse(std::string_view xml) {
  xmlResetLastError();
  std::unique_ptr<xmlDoc, void (*)(xmlDocPtr)> doc(
      xmlReadMemory(xml.data(), static_cast<int>(xml.size()), nullptr, "UTF-8",
                    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING),
      xmlFreeDoc);
  if (!doc) {
    const xmlError* error = xmlGetLastError();
    std::string message = error && error->message ? error->message : "not well-formed\n";
    if (!message.empty() && message.back() == '\n') message.pop_back();
    Fail("line " + std::to_string(error ? error->line : 0) + ": " + message);
  }
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  if (!root || Name(root) != "graphml") Fail("not GraphML (no <graphml> root)");
  ReadKeys(root);
  for (const xmlNode* n = root->children; n; n = n->next)
    if (n->type == XML_ELEMENT_NODE && Name(n) == "graph") ReadGraph(n);
  for (const RawEdge& edge : edges_) {
    const auto ids = SplitSortedList(edge.data.count("report_ids") ? edge.data.at("report_ids") : "");
    for (const auto& id : ids) node_reports_[edge.source].insert(id), node_reports_[edge.target].insert(id);
    auto first = edge.data.find("first_date"), last = edge.data.find("last_date");
    if (ids.size() == 1 && first != edge.data.end() && last != edge.data.end() &&
        first->second == last->second)
      report_dates_[ids[0]] = first->second;
  }
  KnowledgeGraph graph;
  for (const RawNode& node : nodes_) AddNode(node, graph);
  for (const RawEdge& edge : edges_) {
    auto type_field = edge.data.find("type");
    const auto type =
        ParseRelationType(type_field != edge.data.end() ? type_field->second : edge.label);
    if (!type) Fail("edge " + edge.source + " -> " + edge.target + " has no known type");
    if (!graph.UpsertEdge(edge.source, edge.target, EdgeFrom(edge, *type)))
      Fail("edge " + edge.source + " -> " + edge.target + " names an unknown node");
  }
  return graph;
}

}  // namespace

KnowledgeGraph ReadGraphMl(std::string_view xml, std::string_view where) {
  return GraphMlParser(where).Parse(xml);
}

KnowledgeGraph ReadGraphMlFile(const std::filesystem::path& path) {
  return ReadGraphMl(io_detail::ReadWholeFile(path), path.string());
}

}  // namespace dkg
