#include <gtest/gtest.h>

#include <set>
#include <sstream>
#include <vector>

#include "dkg/error.h"
#include "dkg/io/graph_reader.h"
#include "dkg/io/graphml_writer.h"
#include "dkg/io/json_writer.h"
#include "unit/query_test_graph.h"
#include "unit/writer_test_support.h"

namespace dkg {
namespace {

std::string GraphMl(const KnowledgeGraph& g) {
  std::ostringstream out;
  WriteGraphMl(g, out);
  return out.str();
}

std::string Json(const KnowledgeGraph& g) {
  std::ostringstream out;
  WriteGraphJson(g, out);
  return out.str();
}

TEST(GraphReaderTest, JsonRoundTripIsLossless) {
  for (const KnowledgeGraph& g : {testing::BuildHostileGraph(), testing::BuildQueryGraph()}) {
    const std::string first = Json(g);
    const KnowledgeGraph back = ReadGraphJson(first);
    EXPECT_EQ(Json(back), first);
    EXPECT_EQ(GraphMl(back), GraphMl(g));
  }
}

TEST(GraphReaderTest, GraphMlRoundTripIsByteIdentical) {
  for (const KnowledgeGraph& g : {testing::BuildHostileGraph(), testing::BuildQueryGraph()}) {
    const std::string first = GraphMl(g);
    const KnowledgeGraph back = ReadGraphMl(first);
    EXPECT_EQ(GraphMl(back), first);
    EXPECT_EQ(back.node_count(), g.node_count());
    EXPECT_EQ(back.edge_count(), g.edge_count());
  }
}

TEST(GraphReaderTest, GraphMlKeepsWhatItCarries) {
  const KnowledgeGraph g = testing::BuildHostileGraph();
  const KnowledgeGraph back = ReadGraphMl(GraphMl(g));
  const NodeData& macron = back.node(*back.FindNode("person:emmanuel-macron"));
  EXPECT_EQ(macron.aliases, g.node(*g.FindNode("person:emmanuel-macron")).aliases);
  EXPECT_EQ(macron.report_ids, (std::set<std::string>{"r1", "r2"}));
  EXPECT_TRUE(back.FindNode("person:o'brien x").has_value());
  const auto met = back.FindEdge("person:emmanuel-macron", "person:hostile", RelationType::kMetWith);
  ASSERT_TRUE(met.has_value());
  const std::vector<EdgeSupport> support(back.edge(*met).support.begin(),
                                         back.edge(*met).support.end());
  ASSERT_EQ(support.size(), 2u);
  EXPECT_EQ(support[0].evidence, testing::kTrickyEvidence);
  EXPECT_EQ(support[0].date, "2024-01-05");
  EXPECT_EQ(support[1].sentence, (Span{10, 50}));
}

TEST(GraphReaderTest, SampleReportsRoundTripThroughTheApp) {
  testing::TempDir dir;
  const std::string graphml = (dir.path() / "g.graphml").string();
  const std::string json = (dir.path() / "g.json").string();
  ASSERT_TRUE(testing::CommandSucceeds(std::string(DKG_BINARY) + " build " +
                                       testing::ShellQuote(std::string(DKG_SOURCE_DIR) + "/data/reports") +
                                       " -q -o " + graphml + " --json " + json));
  const std::string graphml_text = testing::ReadFile(graphml);
  const std::string json_text = testing::ReadFile(json);
  EXPECT_EQ(GraphMl(ReadGraphFile(graphml)), graphml_text);
  EXPECT_EQ(Json(ReadGraphFile(json)), json_text);
  // The JSON carries everything, so its graph also writes the same GraphML.
  EXPECT_EQ(GraphMl(ReadGraphJsonFile(json)), graphml_text);
}

TEST(GraphReaderTest, MalformedInputThrowsDkgError) {
  EXPECT_THROW(ReadGraphJson("{\"format\":\"other\"}"), Error);
  EXPECT_THROW(ReadGraphJson("{not json"), Error);
  EXPECT_THROW(ReadGraphJson(R"({"format":"dkg-graph/1","nodes":[],"edges":[{"source":"a",
      "target":"b","type":"MET_WITH","support":[{"report_id":"r","date":"","begin":0,"end":1,
      "evidence":"","rule":"","on_behalf_of":""}]}]})"),
               Error);
  EXPECT_THROW(ReadGraphMl("<graphml><graph>"), Error);
  EXPECT_THROW(ReadGraphMl("<notgraphml/>"), Error);
  EXPECT_THROW(ReadGraphFile("/nonexistent/graph.json"), Error);
}

}  // namespace
}  // namespace dkg
