// Tests of KnowledgeGraph: merging nodes by id, aggregating edge support, and the
// deterministic orders the writers rely on.
#include "dkg/graph/knowledge_graph.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <numeric>
#include <random>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

namespace dkg {
namespace {

NodeData Person(std::string id, std::string label, std::vector<std::string> aliases = {},
                std::string report = "", std::string date = "") {
  NodeData node;
  node.id = std::move(id);
  node.type = EntityType::kPerson;
  node.label = std::move(label);
  node.aliases = std::move(aliases);
  if (!report.empty()) node.report_ids = {report};
  node.first_date = node.last_date = date;
  return node;
}

EdgeSupport Support(std::string report, std::uint32_t begin, std::string date = "",
                    std::string rule = "meeting-verb") {
  EdgeSupport support;
  support.report_id = std::move(report);
  support.date = std::move(date);
  support.sentence = Span{begin, begin + 10};
  support.evidence = "sentence at " + std::to_string(begin);
  support.rule = std::move(rule);
  return support;
}

// A graph with two persons and a country.
KnowledgeGraph SmallGraph() {
  KnowledgeGraph graph;
  graph.UpsertNode(Person("person:a", "A"));
  graph.UpsertNode(Person("person:b", "B"));
  NodeData country;
  country.id = "country:FRA";
  country.type = EntityType::kCountry;
  country.label = "France";
  graph.UpsertNode(country);
  return graph;
}

TEST(KnowledgeGraphNodeTest, UpsertWithTheSameIdMerges) {
  KnowledgeGraph graph;
  const Vertex first = graph.UpsertNode(Person("person:emmanuel-macron", "Macron",
                                               {"Macron", "President Macron"}, "r2", "2023-05-01"));
  const Vertex second = graph.UpsertNode(Person("person:emmanuel-macron", "Emmanuel Macron",
                                                {"Emmanuel Macron", "Macron"}, "r1", "2022-01-09"));
  EXPECT_EQ(first, second);
  EXPECT_EQ(graph.node_count(), 1u);
  const NodeData& node = graph.node(first);
  EXPECT_EQ(node.label, "Emmanuel Macron");
  EXPECT_EQ(node.aliases,
            (std::vector<std::string>{"Emmanuel Macron", "Macron", "President Macron"}));
  EXPECT_EQ(node.report_ids, (std::set<std::string>{"r1", "r2"}));
  EXPECT_EQ(node.report_count, 2u);
  EXPECT_EQ(node.first_date, "2022-01-09");
  EXPECT_EQ(node.last_date, "2023-05-01");
}

TEST(KnowledgeGraphNodeTest, FullerLabelWinsWhateverTheOrder) {
  const std::vector<std::string> labels = {"Blinken", "Antony J. Blinken", "Antony Blinken"};
  std::vector<std::string> order = labels;
  std::sort(order.begin(), order.end());
  do {
    KnowledgeGraph graph;
    Vertex v{};
    for (const auto& label : order) v = graph.UpsertNode(Person("person:antony-blinken", label));
    EXPECT_EQ(graph.node(v).label, "Antony J. Blinken");
  } while (std::next_permutation(order.begin(), order.end()));
}

TEST(KnowledgeGraphNodeTest, EqualLengthLabelsTieAlphabetically) {
  for (const bool reversed : {false, true}) {
    KnowledgeGraph graph;
    const std::vector<std::string> labels = reversed
                                                ? std::vector<std::string>{"Zelensky", "Zelenskiy"}
                                                : std::vector<std::string>{"Zelenskiy", "Zelensky"};
    Vertex v{};
    for (const auto& label : labels) v = graph.UpsertNode(Person("person:z", label));
    // "Zelenskiy" is longer than "Zelensky": length first.
    EXPECT_EQ(graph.node(v).label, "Zelenskiy");
  }
  for (const bool reversed : {false, true}) {
    KnowledgeGraph graph;
    const char* first = reversed ? "Abc" : "Abd";
    const char* second = reversed ? "Abd" : "Abc";
    graph.UpsertNode(Person("person:x", first));
    const Vertex v = graph.UpsertNode(Person("person:x", second));
    EXPECT_EQ(graph.node(v).label, "Abc");
  }
}

TEST(KnowledgeGraphNodeTest, CountryIsTheMostVoted) {
  auto with_country = [](std::string code) {
    NodeData node = Person("person:p", "P");
    node.country = std::move(code);
    return node;
  };
  for (const bool fra_first : {true, false}) {
    KnowledgeGraph graph;
    Vertex v{};
    if (fra_first) {
      graph.UpsertNode(with_country("FRA"));
      graph.UpsertNode(with_country("FRA"));
      v = graph.UpsertNode(with_country("DEU"));
    } else {
      graph.UpsertNode(with_country("DEU"));
      graph.UpsertNode(with_country("FRA"));
      v = graph.UpsertNode(with_country("FRA"));
    }
    EXPECT_EQ(graph.node(v).country, "FRA");
    EXPECT_EQ(graph.node(v).country_votes.at("FRA"), 2);
    EXPECT_EQ(graph.node(v).country_votes.at("DEU"), 1);
  }
  // Explicit votes count as given, and a node without a country keeps the others'.
  KnowledgeGraph graph;
  NodeData voted = Person("person:p", "P");
  voted.country_votes = {{"ITA", 3}};
  graph.UpsertNode(with_country("FRA"));
  graph.UpsertNode(voted);
  const Vertex v = graph.UpsertNode(Person("person:p", "P"));
  EXPECT_EQ(graph.node(v).country, "ITA");
}

// A report's sighting adds what UpsertNode adds for the same node data.
TEST(KnowledgeGraphNodeTest, SightingsMergeAsUpsertsDo) {
  KnowledgeGraph upserted(2), sighted(2);
  const std::vector<std::string> aliases = {"Macron", "President Macron"}, roles = {"President"};
  const std::vector<std::tuple<std::string, std::string, std::string>> reports = {
      {"r3", "2023-05-01", "FRA"}, {"r3", "2023-05-01", "FRA"}, {"r1", "2023-04-01", ""},
      {"r2", "", "FRA"}, {"r0", "2023-06-01", "BEL"}};
  for (const auto& [report, date, country] : reports) {
    NodeData node = Person("person:emmanuel-macron", "Macron " + report, aliases, report, date);
    node.roles = roles;
    if (!country.empty()) node.country_votes[country] = 1;
    upserted.UpsertNode(node);
    sighted.AddSighting({.id = node.id, .type = node.type, .label = node.label,
                         .aliases = &aliases, .roles = &roles, .report_id = report,
                         .date = date, .country_vote = country});
  }
  const NodeData& a = upserted.node(*upserted.FindNode("person:emmanuel-macron"));
  const NodeData& b = sighted.node(*sighted.FindNode("person:emmanuel-macron"));
  EXPECT_EQ(b.label, a.label);
  EXPECT_EQ(b.aliases, a.aliases);
  EXPECT_EQ(b.roles, a.roles);
  EXPECT_EQ(b.report_ids, a.report_ids);
  EXPECT_EQ(b.report_count, a.report_count);
  EXPECT_EQ(b.report_count, 4u);  // r3 twice in a row counts once
  EXPECT_EQ(b.first_date, a.first_date);
  EXPECT_EQ(b.last_date, a.last_date);
  EXPECT_EQ(b.country_votes, a.country_votes);
  EXPECT_EQ(b.country, "FRA");
}

TEST(KnowledgeGraphEdgeTest, MetWithIsStoredOnceWithEndsOrdered) {
  KnowledgeGraph graph = SmallGraph();
  EXPECT_TRUE(graph.AddSupport("person:b", "person:a", RelationType::kMetWith, Support("r1", 0)));
  EXPECT_TRUE(graph.AddSupport("person:a", "person:b", RelationType::kMetWith, Support("r2", 0)));
  EXPECT_EQ(graph.edge_count(), 1u);
  const auto edge = graph.FindEdge("person:b", "person:a", RelationType::kMetWith);
  ASSERT_TRUE(edge.has_value());
  EXPECT_EQ(edge, graph.FindEdge("person:a", "person:b", RelationType::kMetWith));
  EXPECT_EQ(graph.node(boost::source(*edge, graph.graph())).id, "person:a");
  EXPECT_EQ(graph.node(boost::target(*edge, graph.graph())).id, "person:b");
  EXPECT_EQ(graph.edge(*edge).support.size(), 2u);
  EXPECT_EQ(graph.edge(*edge).report_count, 2u);
}

TEST(KnowledgeGraphEdgeTest, DirectedRelationsKeepTheirDirection) {
  KnowledgeGraph graph = SmallGraph();
  EXPECT_TRUE(graph.AddSupport("person:b", "person:a", RelationType::kConveyedGreetingsTo,
                               Support("r1", 0)));
  EXPECT_TRUE(graph.FindEdge("person:b", "person:a", RelationType::kConveyedGreetingsTo));
  EXPECT_FALSE(graph.FindEdge("person:a", "person:b", RelationType::kConveyedGreetingsTo));
  EXPECT_TRUE(graph.AddSupport("person:a", "person:b", RelationType::kConveyedGreetingsTo,
                               Support("r1", 0)));
  EXPECT_EQ(graph.edge_count(), 2u);
  // Same ends, another type: another edge.
  EXPECT_TRUE(graph.AddSupport("person:a", "person:b", RelationType::kMetWith, Support("r1", 0)));
  EXPECT_EQ(graph.edge_count(), 3u);
}

TEST(KnowledgeGraphEdgeTest, UnknownIdsAndSelfEdgesAreRefused) {
  KnowledgeGraph graph = SmallGraph();
  EXPECT_FALSE(
      graph.AddSupport("person:a", "person:nobody", RelationType::kMetWith, Support("r1", 0)));
  EXPECT_FALSE(graph.AddSupport("person:nobody", "country:FRA", RelationType::kRepresents,
                                Support("r1", 0)));
  EXPECT_FALSE(graph.AddSupport("person:a", "person:a", RelationType::kMetWith, Support("r1", 0)));
  EXPECT_FALSE(
      graph.AddSupport("country:FRA", "country:FRA", RelationType::kRepresents, Support("r1", 0)));
  EXPECT_EQ(graph.edge_count(), 0u);
  EXPECT_EQ(graph.node_count(), 3u);  // nothing created on the way
  EXPECT_FALSE(graph.FindNode("person:nobody").has_value());
}

TEST(KnowledgeGraphEdgeTest, SupportIsSortedDeduplicatedAndCountsDistinctReports) {
  KnowledgeGraph graph = SmallGraph();
  const auto add = [&](EdgeSupport support) {
    EXPECT_TRUE(
        graph.AddSupport("person:a", "country:FRA", RelationType::kRepresents, std::move(support)));
  };
  // A report's supports come together, as a build adds them.
  add(Support("r2", 40, "2023-03-01"));
  add(Support("r2", 5, "2023-03-01"));
  add(Support("r1", 90, "2022-12-31"));
  add(Support("r1", 90, "2022-12-31"));  // the same support again: kept once
  const auto edge = graph.FindEdge("person:a", "country:FRA", RelationType::kRepresents);
  ASSERT_TRUE(edge.has_value());
  const EdgeData& data = graph.edge(*edge);
  const std::vector<EdgeSupport> support(data.support.begin(), data.support.end());
  ASSERT_EQ(support.size(), 3u);
  EXPECT_EQ(support[0].report_id, "r1");
  EXPECT_EQ(support[1].report_id, "r2");
  EXPECT_EQ(support[1].sentence.begin, 5u);
  EXPECT_EQ(support[2].sentence.begin, 40u);
  EXPECT_EQ(data.report_count, 2u);
  EXPECT_EQ(data.first_date, "2022-12-31");
  EXPECT_EQ(data.last_date, "2023-03-01");
}

TEST(KnowledgeGraphEdgeTest, OnBehalfOfIsCollectedSortedAndUnique) {
  KnowledgeGraph graph = SmallGraph();
  auto greeting = [](std::string report, std::string on_behalf_of) {
    EdgeSupport s = Support(std::move(report), 0, "", "conveyed-greetings");
    s.on_behalf_of = std::move(on_behalf_of);
    return s;
  };
  for (const auto& [report, sender] : std::vector<std::pair<std::string, std::string>>{
           {"r3", "person:z"}, {"r1", "person:c"}, {"r2", "person:z"}, {"r4", ""}})
    ASSERT_TRUE(graph.AddSupport("person:a", "person:b", RelationType::kConveyedGreetingsTo,
                                 greeting(report, sender)));
  const auto edge = graph.FindEdge("person:a", "person:b", RelationType::kConveyedGreetingsTo);
  ASSERT_TRUE(edge.has_value());
  EXPECT_EQ(graph.edge(*edge).on_behalf_of, (std::vector<std::string>{"person:c", "person:z"}));
  EXPECT_EQ(graph.edge(*edge).report_count, 4u);
}

// Builds the same graph with nodes and supports added in the given order.
KnowledgeGraph BuildInOrder(bool reversed) {
  std::vector<std::string> ids = {"person:c", "country:FRA", "person:a", "institution:x",
                                  "person:b"};
  if (reversed) std::reverse(ids.begin(), ids.end());
  KnowledgeGraph graph;
  for (const auto& id : ids) graph.UpsertNode(Person(id, id));
  std::vector<std::tuple<std::string, std::string, RelationType>> edges = {
      {"person:c", "person:a", RelationType::kMetWith},
      {"person:b", "country:FRA", RelationType::kRepresents},
      {"person:a", "institution:x", RelationType::kRepresents},
      {"person:a", "person:b", RelationType::kConveyedGreetingsTo},
      {"person:a", "person:b", RelationType::kMetWith},
      {"institution:x", "country:FRA", RelationType::kRepresents},
  };
  if (reversed) std::reverse(edges.begin(), edges.end());
  for (const auto& [s, t, type] : edges) EXPECT_TRUE(graph.AddSupport(s, t, type, Support("r", 0)));
  return graph;
}

std::vector<std::string> NodeOrder(const KnowledgeGraph& graph) {
  std::vector<std::string> ids;
  for (const Vertex v : graph.NodesById()) ids.push_back(graph.node(v).id);
  return ids;
}

std::vector<std::string> EdgeOrder(const KnowledgeGraph& graph) {
  std::vector<std::string> out;
  for (const Edge e : graph.EdgesSorted()) {
    out.push_back(graph.node(boost::source(e, graph.graph())).id + " " +
                  graph.node(boost::target(e, graph.graph())).id + " " +
                  std::string(ToString(graph.edge(e).type)));
  }
  return out;
}

TEST(KnowledgeGraphOrderTest, NodesByIdAndEdgesSortedDoNotDependOnInsertion) {
  const KnowledgeGraph forward = BuildInOrder(false);
  const KnowledgeGraph backward = BuildInOrder(true);
  const std::vector<std::string> nodes = {"country:FRA", "institution:x", "person:a", "person:b",
                                          "person:c"};
  EXPECT_EQ(NodeOrder(forward), nodes);
  EXPECT_EQ(NodeOrder(backward), nodes);
  const std::vector<std::string> edges = {
      "institution:x country:FRA REPRESENTS", "person:a institution:x REPRESENTS",
      "person:a person:b MET_WITH",           "person:a person:b CONVEYED_GREETINGS_TO",
      "person:a person:c MET_WITH",           "person:b country:FRA REPRESENTS",
  };
  EXPECT_EQ(EdgeOrder(forward), edges);
  EXPECT_EQ(EdgeOrder(backward), edges);
}

TEST(KnowledgeGraphOrderTest, EmptyGraph) {
  const KnowledgeGraph graph;
  EXPECT_EQ(graph.node_count(), 0u);
  EXPECT_TRUE(graph.NodesById().empty());
  EXPECT_TRUE(graph.EdgesSorted().empty());
  EXPECT_FALSE(graph.FindEdge("a", "b", RelationType::kMetWith).has_value());
}

// --- bounded provenance ----------------------------------------------------------------

// Report i's supports for one edge: one or two, dated or not, some with a sender.
std::vector<EdgeSupport> ReportSupports(int i) {
  const std::string report = "r" + std::to_string(100 + i);
  const std::string date = i % 4 == 0 ? "" : "2023-0" + std::to_string(1 + i % 9) + "-01";
  std::vector<EdgeSupport> out = {Support(report, 10, date, "greetings")};
  if (i % 3 == 0) out.push_back(Support(report, 50, date, "greetings"));
  if (i % 5 == 0) out.front().on_behalf_of = "person:" + std::to_string(i);
  return out;
}

std::vector<EdgeSupport> SupportsInOrder(const EdgeData& edge) {
  return {edge.support.begin(), edge.support.end()};
}

TEST(KnowledgeGraphSampleTest, EdgeSampleAndCountDoNotDependOnReportOrder) {
  constexpr int kReports = 40;
  constexpr std::size_t kLimit = 5;
  std::vector<EdgeSupport> all;
  for (int i = 0; i < kReports; ++i)
    for (EdgeSupport& s : ReportSupports(i)) all.push_back(std::move(s));
  // Expected: the first kLimit in SampleOrder, kept in SupportOrder.
  std::sort(all.begin(), all.end(), SampleOrder{});
  std::vector<EdgeSupport> expected(all.begin(), all.begin() + kLimit);
  std::sort(expected.begin(), expected.end(), SupportOrder{});
  EXPECT_FALSE(expected.front().date.empty());

  std::vector<int> order(kReports);
  std::iota(order.begin(), order.end(), 0);
  std::mt19937 random(7);
  for (int round = 0; round < 20; ++round) {
    KnowledgeGraph graph(kLimit);
    graph.UpsertNode(Person("person:a", "A"));
    graph.UpsertNode(Person("person:b", "B"));
    for (int i : order)
      for (EdgeSupport& s : ReportSupports(i))
        ASSERT_TRUE(graph.AddSupport("person:a", "person:b", RelationType::kConveyedGreetingsTo,
                                     std::move(s)));
    const EdgeData& edge =
        graph.edge(*graph.FindEdge("person:a", "person:b", RelationType::kConveyedGreetingsTo));
    EXPECT_EQ(SupportsInOrder(edge), expected);
    EXPECT_EQ(edge.report_count, static_cast<std::size_t>(kReports));
    EXPECT_EQ(edge.first_date, "2023-01-01");
    EXPECT_EQ(edge.last_date, "2023-09-01");
    EXPECT_EQ(edge.on_behalf_of.size(), 8u);  // every sender, sampled or not
    std::shuffle(order.begin(), order.end(), random);
  }
}

TEST(KnowledgeGraphSampleTest, CountsStayExactFarBeyondTheLimit) {
  KnowledgeGraph graph(2);
  for (int i = 0; i < 1000; ++i) {
    const std::string report = "r" + std::to_string(i);
    graph.UpsertNode(Person("person:a", "A", {}, report, "2020-01-01"));
    graph.UpsertNode(Person("person:b", "B", {}, report));
    graph.AddSupport("person:b", "person:a", RelationType::kMetWith, Support(report, 0));
    graph.AddSupport("person:a", "person:b", RelationType::kMetWith, Support(report, 9));
  }
  const NodeData& a = graph.node(*graph.FindNode("person:a"));
  EXPECT_EQ(a.report_count, 1000u);
  EXPECT_EQ(a.report_ids, (std::set<std::string>{"r0", "r1"}));
  const EdgeData& met = graph.edge(*graph.FindEdge("person:a", "person:b", RelationType::kMetWith));
  EXPECT_EQ(met.report_count, 1000u);
  ASSERT_EQ(met.support.size(), 2u);
  EXPECT_EQ(met.support.begin()->report_id, "r0");  // undated: the smallest report, sentence
  EXPECT_EQ(met.support.rbegin()->sentence.begin, 9u);
}

TEST(KnowledgeGraphSampleTest, NodeKeepsTheSmallestReportIdsWhateverTheOrder) {
  std::vector<std::string> reports = {"r5", "r2", "r9", "r0", "r7", "r1", "r3"};
  std::mt19937 random(3);
  for (int round = 0; round < 10; ++round) {
    KnowledgeGraph graph(3);
    for (const auto& report : reports) {
      graph.UpsertNode(Person("person:a", "A", {}, report));
      graph.UpsertNode(Person("person:a", "A", {}, report));  // the same report again
    }
    const NodeData& a = graph.node(*graph.FindNode("person:a"));
    EXPECT_EQ(a.report_ids, (std::set<std::string>{"r0", "r1", "r2"}));
    EXPECT_EQ(a.report_count, reports.size());
    std::shuffle(reports.begin(), reports.end(), random);
  }
}

TEST(KnowledgeGraphSampleTest, ZeroLimitKeepsEverySupport) {
  KnowledgeGraph graph(0);
  graph.UpsertNode(Person("person:a", "A"));
  graph.UpsertNode(Person("person:b", "B"));
  for (int i = 0; i < 200; ++i)
    for (EdgeSupport& s : ReportSupports(i))
      graph.AddSupport("person:a", "person:b", RelationType::kConveyedGreetingsTo, std::move(s));
  const EdgeData& edge =
      graph.edge(*graph.FindEdge("person:a", "person:b", RelationType::kConveyedGreetingsTo));
  EXPECT_EQ(edge.report_count, 200u);
  EXPECT_EQ(edge.support.size(), 200u + 67u);
}

TEST(KnowledgeGraphSampleTest, UpsertCopiesCountsAndSamples) {
  KnowledgeGraph sampled(2);
  sampled.UpsertNode(Person("person:a", "A"));
  sampled.UpsertNode(Person("person:b", "B"));
  for (int i = 0; i < 30; ++i)
    for (EdgeSupport& s : ReportSupports(i))
      sampled.AddSupport("person:a", "person:b", RelationType::kConveyedGreetingsTo, std::move(s));
  const Edge edge = *sampled.FindEdge("person:a", "person:b", RelationType::kConveyedGreetingsTo);
  KnowledgeGraph copy;
  for (Vertex v : sampled.NodesById()) copy.UpsertNode(sampled.node(v));
  ASSERT_TRUE(copy.UpsertEdge("person:a", "person:b", sampled.edge(edge)));
  const EdgeData& back =
      copy.edge(*copy.FindEdge("person:a", "person:b", RelationType::kConveyedGreetingsTo));
  EXPECT_EQ(back.report_count, 30u);
  EXPECT_EQ(SupportsInOrder(back), SupportsInOrder(sampled.edge(edge)));
  EXPECT_EQ(back.on_behalf_of, sampled.edge(edge).on_behalf_of);
  EXPECT_EQ(std::tie(back.first_date, back.last_date),
            std::tie(sampled.edge(edge).first_date, sampled.edge(edge).last_date));
  // A second copy adds its reports (the edges are taken as disjoint).
  ASSERT_TRUE(copy.UpsertEdge("person:a", "person:b", sampled.edge(edge)));
  EXPECT_EQ(copy.edge(*copy.FindEdge("person:a", "person:b", RelationType::kConveyedGreetingsTo))
                .report_count,
            60u);
  EXPECT_FALSE(copy.UpsertEdge("person:a", "person:nobody", sampled.edge(edge)));
}

TEST(KnowledgeGraphCopyTest, CopiesAndMovesOutliveTheOriginal) {
  auto original = std::make_unique<KnowledgeGraph>(2);
  original->UpsertNode(Person("person:a", "A", {}, "r1"));
  original->UpsertNode(Person("person:b", "B", {}, "r1"));
  for (int i = 0; i < 5; ++i)
    original->AddSupport("person:a", "person:b", RelationType::kMetWith,
                         Support("r" + std::to_string(i), 0, "2024-01-0" + std::to_string(i + 1)));
  KnowledgeGraph copy(*original);
  KnowledgeGraph assigned;
  assigned = *original;
  KnowledgeGraph moved(std::move(*original));
  original.reset();
  for (KnowledgeGraph* graph : {&copy, &assigned, &moved}) {
    EXPECT_EQ(graph->sample_limit(), 2u);
    const auto edge = graph->FindEdge("person:a", "person:b", RelationType::kMetWith);
    ASSERT_TRUE(edge.has_value());
    EXPECT_EQ(graph->edge(*edge).report_count, 5u);
    // The same report again is not counted again; a new earlier one enters the sample.
    graph->AddSupport("person:a", "person:b", RelationType::kMetWith,
                      Support("r4", 0, "2024-01-05"));
    graph->AddSupport("person:a", "person:b", RelationType::kMetWith,
                      Support("r9", 0, "2023-12-31"));
    EXPECT_EQ(graph->edge(*edge).report_count, 6u);
    EXPECT_EQ(graph->edge(*edge).support.begin()->report_id, "r0");
    EXPECT_EQ(graph->edge(*edge).support.rbegin()->report_id, "r9");
    EXPECT_EQ(graph->EdgesSorted().size(), 1u);
  }
}

}  // namespace
}  // namespace dkg
