// Fuzzes the GraphML, JSON and Neo4j CSV writers with a small KnowledgeGraph whose names,
// ids, roles, dates and evidence come from the fuzz bytes. Each output is read back by
// an independent parser (libxml2, RapidJSON, an RFC 4180 reader) and must hold exactly
// the graph's nodes and edges.
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <fuzzer/FuzzedDataProvider.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <rapidjson/document.h>

#include "dkg/io/graphml_writer.h"
#include "dkg/io/json_writer.h"
#include "dkg/io/neo4j_writer.h"
#include "fuzz_support.h"

namespace {

using namespace dkg;

std::string Text(FuzzedDataProvider& in) { return in.ConsumeRandomLengthString(24); }

std::vector<std::string> Texts(FuzzedDataProvider& in) {
  std::vector<std::string> items(in.ConsumeIntegralInRange<int>(0, 3));
  for (std::string& item : items) item = Text(in);
  return items;
}

KnowledgeGraph MakeGraph(FuzzedDataProvider& in) {
  KnowledgeGraph graph;
  std::vector<std::string> ids;
  const int nodes = in.ConsumeIntegralInRange<int>(1, 6);
  for (int i = 0; i < nodes; ++i) {
    NodeData node;
    node.id = Text(in);
    node.type = static_cast<EntityType>(in.ConsumeIntegralInRange<int>(0, 2));
    node.label = Text(in);
    node.aliases = Texts(in);
    node.roles = Texts(in);
    node.country = Text(in);
    const std::vector<std::string> report_ids = Texts(in);
    node.report_ids.insert(report_ids.begin(), report_ids.end());
    node.first_date = Text(in);
    node.last_date = Text(in);
    graph.UpsertNode(node);
    ids.push_back(node.id);
  }
  const int edges = in.ConsumeIntegralInRange<int>(0, 6);
  for (int i = 0; i < edges && in.remaining_bytes() > 0; ++i) {
    const auto& source = ids[in.ConsumeIntegralInRange<std::size_t>(0, ids.size() - 1)];
    const auto& target = ids[in.ConsumeIntegralInRange<std::size_t>(0, ids.size() - 1)];
    const auto type = static_cast<RelationType>(in.ConsumeIntegralInRange<int>(0, 2));
    EdgeSupport support;
    support.report_id = Text(in);
    support.date = Text(in);
    support.sentence = {in.ConsumeIntegral<std::uint16_t>(), in.ConsumeIntegral<std::uint16_t>()};
    support.evidence = Text(in);
    support.rule = Text(in);
    if (type == RelationType::kConveyedGreetingsTo && in.ConsumeBool())
      support.on_behalf_of = ids[in.ConsumeIntegralInRange<std::size_t>(0, ids.size() - 1)];
    graph.AddSupport(source, target, type, std::move(support));
  }
  return graph;
}

std::size_t CountElements(xmlNode* node, const char* name) {
  std::size_t count = 0;
  for (; node != nullptr; node = node->next) {
    if (node->type != XML_ELEMENT_NODE) continue;
    if (xmlStrEqual(node->name, reinterpret_cast<const xmlChar*>(name))) ++count;
    count += CountElements(node->children, name);
  }
  return count;
}

void CheckGraphMl(const KnowledgeGraph& graph) {
  std::ostringstream out;
  WriteStats stats;
  WriteGraphMl(graph, out, &stats);
  const std::string xml = out.str();
  fuzz::Check(IsValidUtf8(xml), "GraphML is not valid UTF-8");
  xmlDoc* doc = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "graph.graphml", nullptr,
                              XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  fuzz::Check(doc != nullptr, "GraphML is not well-formed XML");
  xmlNode* root = xmlDocGetRootElement(doc);
  fuzz::Check(CountElements(root, "node") == graph.node_count(), "GraphML lost or added nodes");
  fuzz::Check(CountElements(root, "edge") == graph.edge_count(), "GraphML lost or added edges");
  xmlFreeDoc(doc);
}

void CheckJson(const KnowledgeGraph& graph) {
  std::ostringstream out;
  WriteGraphJson(graph, out);
  const std::string json = out.str();
  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseValidateEncodingFlag>(json.data(), json.size());
  fuzz::Check(!doc.HasParseError() && doc.IsObject(), "JSON output does not parse");
  fuzz::Check(doc["nodes"].Size() == graph.node_count(), "JSON lost or added nodes");
  fuzz::Check(doc["edges"].Size() == graph.edge_count(), "JSON lost or added edges");
}

// RFC 4180 records of a whole file (LF or CRLF line ends; quoted fields may span lines).
std::vector<std::vector<std::string>> ReadCsv(const std::string& text) {
  std::vector<std::vector<std::string>> records;
  std::vector<std::string> record;
  std::string field;
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c != '"') {
        field += c;
      } else if (i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else {
        quoted = false;
      }
    } else if (c == '"') {
      fuzz::Check(field.empty(), "CSV quote inside an unquoted field");
      quoted = true;
    } else if (c == ',') {
      record.push_back(std::move(field));
      field.clear();
    } else if (c == '\n') {
      record.push_back(std::move(field));
      field.clear();
      records.push_back(std::move(record));
      record.clear();
    } else {
      fuzz::Check(c != '\r', "bare CR in an unquoted CSV field");
      field += c;
    }
  }
  fuzz::Check(!quoted && field.empty() && record.empty(), "CSV does not end with a record");
  return records;
}

void CheckCsvFile(const std::filesystem::path& path, std::size_t rows, bool neutralized) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  const auto records = ReadCsv(buffer.str());
  fuzz::Check(records.size() == rows + 1, "CSV lost or added rows");
  for (std::size_t r = 0; r < records.size(); ++r) {
    fuzz::Check(records[r].size() == records[0].size(), "CSV row with a different field count");
    for (const std::string& field : records[r]) {
      fuzz::Check(IsValidUtf8(field) && field.find('\0') == std::string::npos,
                  "CSV field is not valid UTF-8 without NUL");
      if (neutralized && r > 0 && !field.empty())
        fuzz::Check(std::string_view("=+-@\t\r").find(field[0]) == std::string_view::npos,
                    "CSV field starts like a formula despite --spreadsheet-csv");
    }
  }
}

void CheckNeo4jCsv(const KnowledgeGraph& graph, bool neutralize) {
  const std::filesystem::path dir = fuzz::ScratchDir() / "neo4j";
  WriteNeo4jCsv(graph, dir, CsvOptions{.neutralize_formulas = neutralize});
  CheckCsvFile(dir / "nodes.csv", graph.node_count(), neutralize);
  CheckCsvFile(dir / "relationships.csv", graph.edge_count(), neutralize);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  FuzzedDataProvider in(data, size);
  const bool neutralize = in.ConsumeBool();
  const KnowledgeGraph graph = MakeGraph(in);
  CheckGraphMl(graph);
  CheckJson(graph);
  CheckNeo4jCsv(graph, neutralize);
  return 0;
}
