#include <gtest/gtest.h>

#include "dkg/query/format.h"
#include "dkg/query/lookup.h"
#include "dkg/query/network.h"
#include "dkg/query/relations.h"
#include "unit/query_test_graph.h"

namespace dkg {
namespace {

class QueryTest : public ::testing::Test {
 protected:
  Vertex V(const std::string& id) const { return *graph_.FindNode(id); }
  std::string Id(Vertex v) const { return graph_.node(v).id; }
  std::vector<std::string> Ids(const std::vector<Vertex>& vs) const {
    std::vector<std::string> out;
    for (Vertex v : vs) out.push_back(Id(v));
    return out;
  }
  const KnowledgeGraph graph_ = testing::BuildQueryGraph();
};

TEST_F(QueryTest, WhoMetListsCounterpartsWithDatesReportsAndEvidence) {
  const auto hits = WhoMet(graph_, V("person:saddam-haftar"));
  ASSERT_EQ(hits.size(), 2u);
  EXPECT_EQ(Id(hits[0].other), "person:jean-envoy");
  EXPECT_EQ(hits[0].dates, std::vector<std::string>{"2023-05-01"});
  EXPECT_EQ(Id(hits[1].other), "person:emile-dupont");
  EXPECT_EQ(hits[1].dates, (std::vector<std::string>{"2023-06-10", "2023-06-11"}));
  EXPECT_EQ(hits[1].report_count, 2u);
  ASSERT_EQ(hits[1].support.size(), 2u);
  EXPECT_EQ(hits[1].support[0]->evidence, "evidence of r2");
}

TEST_F(QueryTest, DateRangeKeepsOnlySupportsInside) {
  const auto hits = WhoMet(graph_, V("person:saddam-haftar"), {.since = "2023-06-11"});
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(Id(hits[0].other), "person:emile-dupont");
  EXPECT_EQ(hits[0].report_count, 1u);
  // An undated meeting drops out as soon as a bound is set.
  EXPECT_EQ(WhoMet(graph_, V("person:omar-haftar")).size(), 1u);
  EXPECT_TRUE(WhoMet(graph_, V("person:omar-haftar"), {.until = "2030-01-01"}).empty());
}

TEST_F(QueryTest, WhoRepresentsFollowsChains) {
  const auto reps = WhoRepresents(graph_, V("country:LBY"));
  ASSERT_EQ(reps.size(), 3u);
  EXPECT_EQ(Id(reps[0].representative()), "institution:lna");
  EXPECT_EQ(Id(reps[1].representative()), "person:omar-haftar");
  EXPECT_EQ(Ids(reps[2].chain),
            (std::vector<std::string>{"person:saddam-haftar", "institution:lna", "country:LBY"}));
  EXPECT_EQ(reps[2].depth(), 2u);
  const auto persons = WhoRepresents(graph_, V("country:LBY"), {.entity_types = {EntityType::kPerson}});
  EXPECT_EQ(persons.size(), 2u);
  const auto what = RepresentedBy(graph_, V("person:jean-envoy"));
  ASSERT_EQ(what.size(), 1u);
  EXPECT_EQ(Id(what[0].other), "person:emile-dupont");
}

TEST_F(QueryTest, MeetingsBetweenCountriesUseRepresentsPaths) {
  const auto meetings = MeetingsBetween(graph_, V("country:LBY"), V("country:FRA"));
  ASSERT_EQ(meetings.size(), 3u);
  EXPECT_EQ(Id(meetings[0].side_a), "person:saddam-haftar");
  EXPECT_EQ(Id(meetings[0].hit.other), "person:jean-envoy");
  EXPECT_EQ(Ids(meetings[0].chain_b),
            (std::vector<std::string>{"person:jean-envoy", "person:emile-dupont", "country:FRA"}));
  EXPECT_EQ(Id(meetings[1].hit.other), "person:emile-dupont");
  EXPECT_EQ(Id(meetings[2].side_a), "person:omar-haftar");
  // Order of the countries only swaps the sides.
  const auto reversed = MeetingsBetween(graph_, V("country:FRA"), V("country:LBY"));
  ASSERT_EQ(reversed.size(), 3u);
  EXPECT_EQ(Id(reversed[0].side_a), "person:jean-envoy");
  EXPECT_EQ(MeetingsBetween(graph_, V("country:LBY"), V("country:FRA"), {.since = "2023-06-01"}).size(), 1u);
}

TEST_F(QueryTest, GreetingsSentAndReceived) {
  const Greetings sent = GreetingsOf(graph_, V("person:saddam-haftar"));
  ASSERT_EQ(sent.sent.size(), 1u);
  EXPECT_TRUE(sent.received.empty());
  EXPECT_EQ(Id(sent.sent[0].other), "person:emile-dupont");
  EXPECT_EQ(sent.sent[0].support[0]->on_behalf_of, "person:omar-haftar");
  const Greetings received = GreetingsOf(graph_, V("person:emile-dupont"));
  ASSERT_EQ(received.received.size(), 1u);
  EXPECT_EQ(Id(received.received[0].other), "person:saddam-haftar");
}

TEST_F(QueryTest, EgoNetworkIsAViewToDepth) {
  const EgoNetwork one = Ego(graph_, V("person:saddam-haftar"), 1);
  EXPECT_EQ(Ids(one.members), (std::vector<std::string>{"person:saddam-haftar", "institution:lna",
                                                        "person:emile-dupont", "person:jean-envoy"}));
  std::size_t vertices = 0, edges = 0;
  for (auto v : boost::make_iterator_range(boost::vertices(one.view))) (void)v, ++vertices;
  for (auto e : boost::make_iterator_range(boost::edges(one.view))) (void)e, ++edges;
  EXPECT_EQ(vertices, 4u);
  EXPECT_EQ(edges, 5u);  // 3 from Saddam + greetings + Jean REPRESENTS Émile
  const EgoNetwork two = Ego(graph_, V("person:saddam-haftar"), 2);
  EXPECT_EQ(two.members.size(), 7u);  // all but Zed
  EXPECT_EQ(two.distance[V("person:zed")], -1);
  EXPECT_EQ(two.distance[V("country:FRA")], 2);
  const KnowledgeGraph small = Materialize(graph_, one.members);
  EXPECT_EQ(small.node_count(), 4u);
  EXPECT_EQ(small.edge_count(), 5u);
  const EgoNetwork met_only = Ego(graph_, V("person:saddam-haftar"), 1,
                                  {.relations = {RelationType::kMetWith}});
  EXPECT_EQ(met_only.members.size(), 3u);
}

TEST_F(QueryTest, ShortestConnection) {
  const auto path = ShortestConnection(graph_, V("person:jean-envoy"), V("country:LBY"));
  ASSERT_TRUE(path.has_value());
  EXPECT_EQ(path->edges.size(), 3u);
  EXPECT_EQ(Id(path->nodes.front()), "person:jean-envoy");
  EXPECT_EQ(Id(path->nodes.back()), "country:LBY");
  EXPECT_FALSE(ShortestConnection(graph_, V("person:zed"), V("country:LBY")).has_value());
  const auto self = ShortestConnection(graph_, V("person:zed"), V("person:zed"));
  ASSERT_TRUE(self.has_value());
  EXPECT_TRUE(self->edges.empty());
}

TEST_F(QueryTest, RankByDegreeCountsDistinctNeighbours) {
  const auto ranking = Rank(graph_, Centrality::kDegree);
  ASSERT_FALSE(ranking.empty());
  EXPECT_EQ(Id(ranking[0].vertex), "person:emile-dupont");
  EXPECT_EQ(ranking[0].score, 4);  // France, Jean, Omar, Saddam (met + greeted: once)
  const auto libyan = Rank(graph_, Centrality::kDegree, {.country = "LBY"});
  EXPECT_EQ(libyan.size(), 4u);  // Libya, the army, both Haftars
  EXPECT_EQ(Rank(graph_, Centrality::kDegree, {}, 2).size(), 2u);
}

TEST(RankTest, BetweennessCountsEachPairOnce) {
  KnowledgeGraph star;
  for (const char* id : {"person:hub", "person:a", "person:b", "person:c"})
    star.UpsertNode(testing::QueryNode(id, EntityType::kPerson, id));
  for (const char* leaf : {"person:a", "person:b", "person:c"})
    star.AddSupport("person:hub", leaf, RelationType::kMetWith, testing::QuerySupport("r1", ""));
  const auto ranking = Rank(star, Centrality::kBetweenness);
  EXPECT_EQ(star.node(ranking[0].vertex).id, "person:hub");
  EXPECT_DOUBLE_EQ(ranking[0].score, 3.0);
  EXPECT_DOUBLE_EQ(ranking[1].score, 0.0);
}

TEST_F(QueryTest, FilteredViewSelectsEdgesAndVertices) {
  const GraphView view = MakeView(graph_, {.relations = {RelationType::kMetWith},
                                           .entity_types = {EntityType::kPerson}});
  std::size_t edges = 0, vertices = 0;
  for (auto e : boost::make_iterator_range(boost::edges(view))) (void)e, ++edges;
  for (auto v : boost::make_iterator_range(boost::vertices(view))) (void)v, ++vertices;
  EXPECT_EQ(edges, 3u);
  EXPECT_EQ(vertices, 5u);
}

TEST_F(QueryTest, NamesResolveLikeTheResolver) {
  const NameIndex names(graph_);
  EXPECT_EQ(Id(*names.Find("emile dupont").vertex), "person:emile-dupont");
  EXPECT_EQ(Id(*names.Find("\xC3\x89MILE DUPONT").vertex), "person:emile-dupont");
  EXPECT_EQ(Id(*names.Find("person:zed").vertex), "person:zed");
  EXPECT_EQ(Id(*names.Find("FRA").vertex), "country:FRA");
  EXPECT_EQ(Id(*names.Find("the Libyan National Army").vertex), "institution:lna");
  const NameMatch haftar = names.Find("Haftar");
  EXPECT_TRUE(haftar.ambiguous());
  EXPECT_EQ(Ids(haftar.candidates),
            (std::vector<std::string>{"person:omar-haftar", "person:saddam-haftar"}));
  const NameMatch nobody = names.Find("Nobody");
  EXPECT_FALSE(nobody.found());
  EXPECT_TRUE(nobody.candidates.empty());
  EXPECT_FALSE(names.Find("Libya", EntityType::kPerson).found());
}

TEST_F(QueryTest, FormatsTablesAndJson) {
  const Vertex saddam = V("person:saddam-haftar");
  const std::string table = FormatMeetings(graph_, saddam, WhoMet(graph_, saddam), OutputFormat::kTable);
  EXPECT_NE(table.find("Jean Envoy"), std::string::npos);
  EXPECT_NE(table.find("[r2 2023-06-10] evidence of r2"), std::string::npos);
  const std::string json = FormatMeetings(graph_, saddam, WhoMet(graph_, saddam), OutputFormat::kJson);
  EXPECT_NE(json.find("\"with\":{\"id\":\"person:jean-envoy\""), std::string::npos);
  const std::string candidates =
      FormatNameProblem(graph_, "Haftar", NameIndex(graph_).Find("Haftar"), OutputFormat::kTable);
  EXPECT_NE(candidates.find("Omar Haftar (person:omar-haftar)"), std::string::npos);
}

}  // namespace
}  // namespace dkg
