#include "dkg/io/neo4j_writer.h"

#include <set>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "dkg/error.h"
#include "dkg/io/atomic_file.h"
#include "io/neo4j_schema.h"
#include "io/writer_text.h"

namespace dkg {
namespace {

bool IsNul(char32_t c) { return c == 0; }

bool NeedsQuotes(std::string_view field) {
  if (field.empty()) return false;
  if (field.find_first_of(",\";\r\n") != std::string_view::npos) return true;
  auto is_blank = [](char c) { return c == ' ' || c == '\t'; };
  return is_blank(field.front()) || is_blank(field.back());
}

// Turns values into CSV fields under one set of options.
class CsvFormatter {
 public:
  explicit CsvFormatter(const CsvOptions& options) : options_(options) {}

  std::string Field(std::string_view value) const;
  // Joins the items with ';' after replacing any ';' inside them with ','.
  std::string ArrayField(const std::vector<std::string>& items) const;

 private:
  CsvOptions options_;
};

std::string CsvFormatter::Field(std::string_view value) const {
  std::string text = io_detail::RepairText(value, IsNul, nullptr);
  if (options_.neutralize_formulas && !text.empty() &&
      std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos) {
    text.insert(text.begin(), '\'');
  }
  if (!NeedsQuotes(text)) return text;
  std::string quoted = "\"";
  for (char c : text) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  quoted += '"';
  return quoted;
}

std::string CsvFormatter::ArrayField(const std::vector<std::string>& items) const {
  std::vector<std::string> cleaned = items;
  for (std::string& item : cleaned) {
    for (char& c : item) {
      if (c == ';') c = ',';
    }
  }
  return Field(io_detail::Join(cleaned, ";"));
}

void WriteRow(std::ostream& out, const std::vector<std::string>& fields) {
  out << io_detail::Join(fields, ",") << '\n';
}

void WriteNodes(const KnowledgeGraph& graph, const CsvFormatter& csv, std::ostream& out) {
  out << io_detail::CsvHeader(io_detail::NodeColumns()) << '\n';
  for (Vertex v : graph.NodesById()) {
    const NodeData& node = graph.node(v);
    const std::string labels =
        std::string(io_detail::kNeo4jEntityLabel) + ";" + std::string(ToString(node.type));
    WriteRow(out, {csv.Field(node.id), csv.Field(labels), csv.Field(node.label),
                   csv.ArrayField(node.aliases), csv.ArrayField(node.roles),
                   csv.Field(node.country), std::to_string(node.report_count),
                   csv.Field(node.first_date), csv.Field(node.last_date)});
  }
}

void WriteRelationships(const KnowledgeGraph& graph, const CsvFormatter& csv, std::ostream& out) {
  out << io_detail::CsvHeader(io_detail::RelationshipColumns()) << '\n';
  for (const Edge& e : graph.EdgesSorted()) {
    const EdgeData& edge = graph.edge(e);
    std::set<std::string> report_ids;
    std::vector<std::string> evidence;
    for (const EdgeSupport& s : edge.support) {
      report_ids.insert(s.report_id);
      evidence.push_back(s.report_id + ": " + s.evidence);
    }
    WriteRow(out, {csv.Field(graph.node(boost::source(e, graph.graph())).id),
                   csv.Field(graph.node(boost::target(e, graph.graph())).id),
                   csv.Field(ToString(edge.type)), std::to_string(edge.report_count),
                   csv.Field(edge.first_date), csv.Field(edge.last_date),
                   csv.ArrayField({report_ids.begin(), report_ids.end()}), csv.ArrayField(evidence),
                   csv.ArrayField(edge.on_behalf_of)});
  }
}

}  // namespace

void WriteNeo4jCsv(const KnowledgeGraph& graph, const std::filesystem::path& dir,
                   const CsvOptions& options) {
  std::error_code error;
  std::filesystem::create_directories(dir, error);
  if (error) throw Error("cannot create directory " + dir.string() + ": " + error.message());
  const CsvFormatter csv(options);
  AtomicFile nodes(dir / "nodes.csv");
  AtomicFile relationships(dir / "relationships.csv");
  AtomicFile script(dir / "load.cypher");
  WriteNodes(graph, csv, nodes.stream());
  WriteRelationships(graph, csv, relationships.stream());
  io_detail::WriteLoadCypher(script.stream());
  nodes.Commit();
  relationships.Commit();
  script.Commit();
}

}  // namespace dkg
