#include "dkg/io/graphml_writer.h"

#include <array>
#include <set>
#include <vector>

#include "dkg/io/atomic_file.h"
#include "io/writer_text.h"

namespace dkg {
namespace {

constexpr std::string_view kListSeparator = " | ";

struct KeySpec {
  std::string_view id;
  std::string_view domain;  // "node" or "edge"; never "all" (igraph drops those)
  std::string_view name;
  std::string_view type;
};

constexpr std::array<KeySpec, 19> kKeys = {{
    {"n_label", "node", "label", "string"},
    {"n_type", "node", "type", "string"},
    {"n_aliases", "node", "aliases", "string"},
    {"n_roles", "node", "roles", "string"},
    {"n_country", "node", "country", "string"},
    {"n_report_count", "node", "report_count", "int"},
    {"n_first_date", "node", "first_date", "string"},
    {"n_last_date", "node", "last_date", "string"},
    {"e_label", "edge", "label", "string"},
    {"e_type", "edge", "type", "string"},
    {"e_report_count", "edge", "report_count", "int"},
    {"e_weight", "edge", "weight", "double"},
    {"e_first_date", "edge", "first_date", "string"},
    {"e_last_date", "edge", "last_date", "string"},
    {"e_report_ids", "edge", "report_ids", "string"},
    {"e_evidence", "edge", "evidence", "string"},
    {"e_evidence_offsets", "edge", "evidence_offsets", "string"},
    {"e_rules", "edge", "rules", "string"},
    {"e_on_behalf_of", "edge", "on_behalf_of", "string"},
}};

bool IsPlainIdByte(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' ||
         c == ':' || c == '-';
}

std::vector<std::string> Sorted(const std::set<std::string>& items) {
  return {items.begin(), items.end()};
}

// Streams one graph; counts replaced characters for WriteStats.
class GraphMlEmitter {
 public:
  explicit GraphMlEmitter(std::ostream& out) : out_(out) {}

  void Header();
  void Node(const NodeData& node);
  void Edge(std::size_t index, const NodeData& source, const NodeData& target,
            const EdgeData& edge);
  void Footer() { out_ << "  </graph>\n</graphml>\n"; }
  std::size_t replaced() const { return replaced_; }

 private:
  // Repairs the text, then escapes markup and the whitespace that attribute-value
  // normalisation (tab, LF) or end-of-line handling (CR) would otherwise change.
  std::string Escape(std::string_view text);
  void Data(std::string_view key, std::string_view value);

  std::ostream& out_;
  std::size_t replaced_ = 0;
};

std::string GraphMlEmitter::Escape(std::string_view text) {
  const std::string repaired = io_detail::RepairText(text, io_detail::IsForbiddenInXml, &replaced_);
  std::string out;
  out.reserve(repaired.size());
  for (char c : repaired) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      case '\t':
        out += "&#9;";
        break;
      case '\n':
        out += "&#10;";
        break;
      case '\r':
        out += "&#13;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

void GraphMlEmitter::Data(std::string_view key, std::string_view value) {
  if (value.empty()) return;
  out_ << "      <data key=\"" << key << "\">" << Escape(value) << "</data>\n";
}

void GraphMlEmitter::Header() {
  out_ << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
          "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
          "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
          "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const KeySpec& key : kKeys) {
    out_ << "  <key id=\"" << key.id << "\" for=\"" << key.domain << "\" attr.name=\"" << key.name
         << "\" attr.type=\"" << key.type << "\"/>\n";
  }
  out_ << "  <graph id=\"G\" edgedefault=\"directed\">\n";
}

void GraphMlEmitter::Node(const NodeData& node) {
  out_ << "    <node id=\"" << GraphMlNodeId(node.id) << "\">\n";
  Data("n_label", node.label);
  Data("n_type", ToString(node.type));
  Data("n_aliases", io_detail::Join(node.aliases, kListSeparator));
  Data("n_roles", io_detail::Join(node.roles, kListSeparator));
  Data("n_country", node.country);
  Data("n_report_count", std::to_string(node.report_count));
  Data("n_first_date", node.first_date);
  Data("n_last_date", node.last_date);
  out_ << "    </node>\n";
}

void GraphMlEmitter::Edge(std::size_t index, const NodeData& source, const NodeData& target,
                          const EdgeData& edge) {
  const std::string_view type = ToString(edge.type);
  const std::string count = std::to_string(edge.report_count);
  std::vector<std::string> evidence, offsets;
  std::set<std::string> report_ids, rules;
  for (const EdgeSupport& s : edge.support) {
    evidence.push_back(s.report_id + ": " + s.evidence);
    offsets.push_back(s.report_id + "@" + std::to_string(s.sentence.begin) + "-" +
                      std::to_string(s.sentence.end));
    report_ids.insert(s.report_id);
    if (!s.rule.empty()) rules.insert(s.rule);
  }
  out_ << "    <edge id=\"e" << index << "\" source=\"" << GraphMlNodeId(source.id)
       << "\" target=\"" << GraphMlNodeId(target.id) << "\" label=\"" << type << "\">\n";
  Data("e_label", type);
  Data("e_type", type);
  Data("e_report_count", count);
  Data("e_weight", count);
  Data("e_first_date", edge.first_date);
  Data("e_last_date", edge.last_date);
  Data("e_report_ids", io_detail::Join(Sorted(report_ids), kListSeparator));
  Data("e_evidence", io_detail::Join(evidence, kListSeparator));
  Data("e_evidence_offsets", io_detail::Join(offsets, kListSeparator));
  Data("e_rules", io_detail::Join(Sorted(rules), kListSeparator));
  Data("e_on_behalf_of", io_detail::Join(edge.on_behalf_of, kListSeparator));
  out_ << "    </edge>\n";
}

}  // namespace

std::string GraphMlNodeId(std::string_view id) {
  if (id.empty()) return "_";
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(id.size());
  for (char c : id) {
    if (IsPlainIdByte(c)) {
      out += c;
    } else {
      const auto byte = static_cast<unsigned char>(c);
      out += '_';
      out += kHex[byte >> 4];
      out += kHex[byte & 0x0F];
    }
  }
  return out;
}

void WriteGraphMl(const KnowledgeGraph& graph, std::ostream& out, WriteStats* stats) {
  GraphMlEmitter emitter(out);
  emitter.Header();
  for (Vertex v : graph.NodesById()) emitter.Node(graph.node(v));
  std::size_t index = 0;
  for (const dkg::Edge& e : graph.EdgesSorted()) {
    emitter.Edge(index++, graph.node(boost::source(e, graph.graph())),
                 graph.node(boost::target(e, graph.graph())), graph.edge(e));
  }
  emitter.Footer();
  if (stats) stats->replaced_characters += emitter.replaced();
}

void WriteGraphMlFile(const KnowledgeGraph& graph, const std::filesystem::path& path,
                      WriteStats* stats) {
  AtomicFile file(path);
  WriteGraphMl(graph, file.stream(), stats);
  file.Commit();
}

}  // namespace dkg
