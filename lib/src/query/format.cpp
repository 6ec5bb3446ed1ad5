#include "dkg/query/format.h"

#include <cstdio>

#include "query/format_support.h"

namespace dkg {
namespace {

using query_detail::Dates;
using query_detail::EvidenceLine;
using query_detail::Json;
using query_detail::Name;
using query_detail::Table;

std::string Count(std::size_t n) { return std::to_string(n); }

void HitRow(Table& table, const KnowledgeGraph& graph, const RelationHit& hit,
            std::vector<std::string> leading = {}) {
  leading.push_back(Name(graph, hit.other));
  leading.push_back(graph.node(hit.other).id);
  leading.push_back(Dates(hit.dates));
  leading.push_back(Count(hit.report_count));
  table.Row(std::move(leading));
  for (const EdgeSupport* s : hit.support) {
    std::string line = EvidenceLine(*s);
    if (!s->on_behalf_of.empty()) {
      auto v = graph.FindNode(s->on_behalf_of);
      line += "  (on behalf of " + (v ? Name(graph, *v) : s->on_behalf_of) + ")";
    }
    table.Note(std::move(line));
  }
}

std::string Heading(const std::string& text, std::size_t count) {
  return text + " (" + std::to_string(count) + ")\n";
}

}  // namespace

std::string FormatMeetings(const KnowledgeGraph& graph, Vertex who,
                           const std::vector<RelationHit>& hits, OutputFormat format) {
  if (format == OutputFormat::kJson) {
    Json json;
    json.w().StartObject();
    json.EntityMember("entity", graph, who);
    json.Key("met");
    json.w().StartArray();
    for (const auto& hit : hits) json.Hit(graph, "with", hit);
    json.w().EndArray();
    json.w().EndObject();
    return json.Finish();
  }
  Table table({"MET WITH", "ID", "DATES", "REPORTS"});
  for (const auto& hit : hits) HitRow(table, graph, hit);
  return Heading(DescribeNode(graph, who) + " met", hits.size()) + table.Render();
}

std::string FormatRepresentation(const KnowledgeGraph& graph, Vertex entity,
                                 const std::vector<Representation>& representatives,
                                 const std::vector<RelationHit>& represents, OutputFormat format) {
  if (format == OutputFormat::kJson) {
    Json json;
    json.w().StartObject();
    json.EntityMember("entity", graph, entity);
    json.Key("represented_by");
    json.w().StartArray();
    for (const auto& rep : representatives) {
      json.Hit(graph, "representative", rep.hit, false);
      json.Key("depth");
      json.w().Uint64(rep.depth());
      json.Chain("chain", graph, rep.chain);
      json.w().EndObject();
    }
    json.w().EndArray();
    json.Key("represents");
    json.w().StartArray();
    for (const auto& hit : represents) json.Hit(graph, "entity", hit);
    json.w().EndArray();
    json.w().EndObject();
    return json.Finish();
  }
  Table rebuilt({"REPRESENTATIVE", "ID", "DATES", "REPORTS", "CHAIN"});
  for (const auto& rep : representatives) {
    rebuilt.Row({Name(graph, rep.representative()), graph.node(rep.representative()).id,
                 Dates(rep.hit.dates), Count(rep.hit.report_count),
                 query_detail::ChainText(graph, rep.chain)});
    for (const EdgeSupport* s : rep.hit.support) rebuilt.Note(EvidenceLine(*s));
  }
  Table what({"REPRESENTS", "ID", "DATES", "REPORTS"});
  for (const auto& hit : represents) HitRow(what, graph, hit);
  std::string out = Heading("Represent " + DescribeNode(graph, entity), representatives.size()) +
                    rebuilt.Render();
  if (!represents.empty())
    out += "\n" + Heading(DescribeNode(graph, entity) + " represents", represents.size()) +
           what.Render();
  return out;
}

std::string FormatCountryMeetings(const KnowledgeGraph& graph, Vertex a, Vertex b,
                                  const std::vector<CountryMeeting>& meetings,
                                  OutputFormat format) {
  if (format == OutputFormat::kJson) {
    Json json;
    json.w().StartObject();
    json.EntityMember("a", graph, a);
    json.EntityMember("b", graph, b);
    json.Key("meetings");
    json.w().StartArray();
    for (const auto& m : meetings) {
      json.Hit(graph, "side_b", m.hit, false);
      json.EntityMember("side_a", graph, m.side_a);
      json.Chain("chain_a", graph, m.chain_a);
      json.Chain("chain_b", graph, m.chain_b);
      json.w().EndObject();
    }
    json.w().EndArray();
    json.w().EndObject();
    return json.Finish();
  }
  Table table({Name(graph, a) + " SIDE", Name(graph, b) + " SIDE", "DATES", "REPORTS"});
  for (const auto& m : meetings) {
    table.Row({query_detail::ChainText(graph, m.chain_a), query_detail::ChainText(graph, m.chain_b),
               Dates(m.hit.dates), Count(m.hit.report_count)});
    for (const EdgeSupport* s : m.hit.support) table.Note(EvidenceLine(*s));
  }
  return Heading("Meetings between " + Name(graph, a) + " and " + Name(graph, b), meetings.size()) +
         table.Render();
}

std::string FormatGreetings(const KnowledgeGraph& graph, Vertex entity, const Greetings& greetings,
                            OutputFormat format) {
  if (format == OutputFormat::kJson) {
    Json json;
    json.w().StartObject();
    json.EntityMember("entity", graph, entity);
    json.Key("sent");
    json.w().StartArray();
    for (const auto& hit : greetings.sent) json.Hit(graph, "to", hit);
    json.w().EndArray();
    json.Key("received");
    json.w().StartArray();
    for (const auto& hit : greetings.received) json.Hit(graph, "from", hit);
    json.w().EndArray();
    json.w().EndObject();
    return json.Finish();
  }
  Table sent({"SENT TO", "ID", "DATES", "REPORTS"}), received({"RECEIVED FROM", "ID", "DATES", "REPORTS"});
  for (const auto& hit : greetings.sent) HitRow(sent, graph, hit);
  for (const auto& hit : greetings.received) HitRow(received, graph, hit);
  return Heading("Greetings sent by " + DescribeNode(graph, entity), greetings.sent.size()) +
         sent.Render() + "\n" +
         Heading("Greetings received by " + DescribeNode(graph, entity), greetings.received.size()) +
         received.Render();
}

std::string FormatConnection(const KnowledgeGraph& graph, Vertex from, Vertex to,
                             const std::optional<Connection>& connection, OutputFormat format) {
  if (format == OutputFormat::kJson) {
    Json json;
    json.w().StartObject();
    json.EntityMember("from", graph, from);
    json.EntityMember("to", graph, to);
    json.Key("path");
    if (!connection) {
      json.w().Null();
    } else {
      json.w().StartArray();
      for (std::size_t i = 0; i < connection->nodes.size(); ++i) {
        json.w().StartObject();
        json.EntityMember("node", graph, connection->nodes[i]);
        if (i < connection->edges.size()) json.Member("edge", ToString(graph.edge(connection->edges[i]).type));
        json.w().EndObject();
      }
      json.w().EndArray();
    }
    json.w().EndObject();
    return json.Finish();
  }
  if (!connection) return "No connection between " + DescribeNode(graph, from) + " and " + DescribeNode(graph, to) + "\n";
  std::string out = "Shortest connection (" + Count(connection->edges.size()) + " steps)\n";
  for (std::size_t i = 0; i < connection->nodes.size(); ++i) {
    out += "  " + DescribeNode(graph, connection->nodes[i]) + "\n";
    if (i < connection->edges.size()) {
      const Edge e = connection->edges[i];
      const bool forward = boost::source(e, graph.graph()) == connection->nodes[i];
      const RelationType type = graph.edge(e).type;
      out += std::string("    ") + (IsSymmetric(type) ? "--" : forward ? "--" : "<-") +
             std::string(ToString(type)) + (IsSymmetric(type) ? "--" : forward ? "->" : "--") + "\n";
    }
  }
  return out;
}

std::string FormatRanking(const KnowledgeGraph& graph, Centrality by,
                          const std::vector<RankedEntity>& ranking, OutputFormat format) {
  const char* measure = by == Centrality::kDegree ? "degree" : "betweenness";
  auto score = [](double s) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.4g", s);
    return std::string(buffer);
  };
  if (format == OutputFormat::kJson) {
    Json json;
    json.w().StartObject();
    json.Member("by", measure);
    json.Key("ranking");
    json.w().StartArray();
    for (const auto& r : ranking) {
      json.w().StartObject();
      json.EntityMember("entity", graph, r.vertex);
      json.Key("score");
      json.w().Double(r.score);
      json.w().EndObject();
    }
    json.w().EndArray();
    json.w().EndObject();
    return json.Finish();
  }
  Table table({"#", "ENTITY", "ID", "TYPE", measure});
  std::size_t rank = 0;
  for (const auto& r : ranking)
    table.Row({Count(++rank), Name(graph, r.vertex), graph.node(r.vertex).id,
               std::string(ToString(graph.node(r.vertex).type)), score(r.score)});
  return table.Render();
}

std::string FormatEgo(const KnowledgeGraph& graph, const EgoNetwork& ego, OutputFormat format) {
  if (format == OutputFormat::kJson) {
    Json json;
    json.w().StartObject();
    json.EntityMember("center", graph, ego.center);
    json.Key("members");
    json.w().StartArray();
    for (Vertex v : ego.members) {
      json.w().StartObject();
      json.EntityMember("entity", graph, v);
      json.Key("distance");
      json.w().Int(ego.distance[v]);
      json.w().EndObject();
    }
    json.w().EndArray();
    json.Key("edge_count");
    std::size_t edges = 0;
    for (auto e : boost::make_iterator_range(boost::edges(ego.view))) (void)e, ++edges;
    json.w().Uint64(edges);
    json.w().EndObject();
    return json.Finish();
  }
  Table table({"DISTANCE", "ENTITY", "ID", "TYPE"});
  for (Vertex v : ego.members)
    table.Row({Count(static_cast<std::size_t>(ego.distance[v])), Name(graph, v), graph.node(v).id,
               std::string(ToString(graph.node(v).type))});
  return Heading("Ego network of " + DescribeNode(graph, ego.center), ego.members.size()) +
         table.Render();
}

std::string FormatNameProblem(const KnowledgeGraph& graph, std::string_view name,
                              const NameMatch& match, OutputFormat format) {
  if (format == OutputFormat::kJson) {
    Json json;
    json.w().StartObject();
    json.Member("name", name);
    json.Member("error", match.candidates.empty() ? "not found" : "ambiguous");
    json.Key("candidates");
    json.w().StartArray();
    for (Vertex v : match.candidates) json.Entity(graph, v);
    json.w().EndArray();
    json.w().EndObject();
    return json.Finish();
  }
  if (match.candidates.empty()) return "no entity named \"" + std::string(name) + "\"\n";
  std::string out = "\"" + std::string(name) + "\" is ambiguous; candidates:\n";
  for (Vertex v : match.candidates) out += "  " + DescribeNode(graph, v) + "\n";
  return out;
}

}  // namespace dkg
