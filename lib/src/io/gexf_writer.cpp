#include "dkg/io/gexf_writer.h"

#include <set>
#include <string>

#include "dkg/io/atomic_file.h"
#include "io/writer_text.h"

namespace dkg {
namespace {

// Same repair and escaping as the GraphML writer (attribute-safe).
std::string Xml(std::string_view text) {
  const std::string repaired = io_detail::RepairText(text, io_detail::IsForbiddenInXml, nullptr);
  std::string out;
  for (char c : repaired) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      case '\t': out += "&#9;"; break;
      case '\n': out += "&#10;"; break;
      case '\r': out += "&#13;"; break;
      default: out += c;
    }
  }
  return out;
}

const char* Rgb(EntityType type) {
  switch (type) {
    case EntityType::kPerson: return "r=\"78\" g=\"121\" b=\"167\"";
    case EntityType::kInstitution: return "r=\"242\" g=\"142\" b=\"43\"";
    case EntityType::kCountry: return "r=\"89\" g=\"161\" b=\"79\"";
  }
  return "r=\"128\" g=\"128\" b=\"128\"";
}

void Header(std::ostream& out) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\"\n"
         "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
         "    xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" "
         "version=\"1.3\">\n"
         "  <meta>\n    <creator>dkg</creator>\n"
         "    <description>Diplomatic meetings knowledge graph</description>\n  </meta>\n"
         "  <graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\" "
         "timerepresentation=\"timestamp\">\n"
         "    <attributes class=\"node\">\n"
         "      <attribute id=\"type\" title=\"type\" type=\"string\"/>\n"
         "      <attribute id=\"country\" title=\"country\" type=\"string\"/>\n"
         "      <attribute id=\"report_count\" title=\"report_count\" type=\"integer\"/>\n"
         "    </attributes>\n"
         "    <attributes class=\"edge\">\n"
         "      <attribute id=\"type\" title=\"type\" type=\"string\"/>\n"
         "      <attribute id=\"report_count\" title=\"report_count\" type=\"integer\"/>\n"
         "    </attributes>\n";
}

void Node(std::ostream& out, const NodeData& node) {
  out << "      <node id=\"" << Xml(node.id) << "\" label=\"" << Xml(node.label) << "\">\n"
      << "        <attvalues>\n"
      << "          <attvalue for=\"type\" value=\"" << ToString(node.type) << "\"/>\n";
  if (!node.country.empty())
    out << "          <attvalue for=\"country\" value=\"" << Xml(node.country) << "\"/>\n";
  out << "          <attvalue for=\"report_count\" value=\"" << node.report_count << "\"/>\n"
      << "        </attvalues>\n"
      << "        <viz:color " << Rgb(node.type) << "/>\n"
      << "      </node>\n";
}

void EdgeElement(std::ostream& out, std::size_t index, const NodeData& source,
                 const NodeData& target, const EdgeData& edge) {
  const std::string_view type = ToString(edge.type);
  out << "      <edge id=\"e" << index << "\" source=\"" << Xml(source.id) << "\" target=\""
      << Xml(target.id) << "\" label=\"" << type << "\" weight=\"" << edge.report_count
      << "\"" << (IsSymmetric(edge.type) ? " type=\"undirected\"" : "") << ">\n"
      << "        <attvalues>\n"
      << "          <attvalue for=\"type\" value=\"" << type << "\"/>\n"
      << "          <attvalue for=\"report_count\" value=\"" << edge.report_count << "\"/>\n"
      << "        </attvalues>\n";
  // The sampled supports' dates and the edge's whole date range.
  std::set<std::string> dates;
  for (const EdgeSupport& s : edge.support)
    if (!s.date.empty()) dates.insert(s.date);
  for (const std::string* date : {&edge.first_date, &edge.last_date})
    if (!date->empty()) dates.insert(*date);
  if (!dates.empty()) {
    out << "        <spells>\n";
    for (const auto& date : dates)
      out << "          <spell timestamp=\"" << Xml(date) << "\"/>\n";
    out << "        </spells>\n";
  }
  out << "      </edge>\n";
}

}  // namespace

void WriteGexf(const KnowledgeGraph& graph, std::ostream& out) {
  Header(out);
  out << "    <nodes>\n";
  for (Vertex v : graph.NodesById()) Node(out, graph.node(v));
  out << "    </nodes>\n    <edges>\n";
  std::size_t index = 0;
  for (const Edge& e : graph.EdgesSorted())
    EdgeElement(out, index++, graph.node(boost::source(e, graph.graph())),
                graph.node(boost::target(e, graph.graph())), graph.edge(e));
  out << "    </edges>\n  </graph>\n</gexf>\n";
}

void WriteGexfFile(const KnowledgeGraph& graph, const std::filesystem::path& path) {
  AtomicFile file(path);
  WriteGexf(graph, file.stream());
  file.Commit();
}

}  // namespace dkg
