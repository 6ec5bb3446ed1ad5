#include <gtest/gtest.h>

#include <sstream>

#include "dkg/error.h"
#include "dkg/io/dot_writer.h"
#include "dkg/io/gexf_writer.h"
#include "dkg/io/graph_reader.h"
#include "dkg/io/graphml_writer.h"
#include "unit/query_test_graph.h"
#include "unit/writer_test_support.h"

namespace dkg {
namespace {

std::size_t Occurrences(const std::string& text, const std::string& needle) {
  std::size_t n = 0;
  for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

TEST(DotTest, StylesNodesByTypeAndEdgesByRelation) {
  std::ostringstream dot;
  WriteDot(testing::BuildQueryGraph(), dot);
  const std::string text = dot.str();
  EXPECT_NE(text.find("\"country:LBY\" [label=\"Libya\", shape=hexagon"), std::string::npos);
  EXPECT_NE(text.find("\"person:zed\" [label=\"Zed\", shape=ellipse"), std::string::npos);
  EXPECT_NE(text.find("style=dashed"), std::string::npos);
  EXPECT_NE(text.find("dir=none"), std::string::npos);
  EXPECT_EQ(Occurrences(text, " -> \""), 9u);  // legend edges use unquoted ids
}

TEST(RenderTest, SvgAndPngHaveNodesAndEdges) {
  if (!testing::CommandSucceeds("command -v sfdp")) GTEST_SKIP() << "Graphviz not installed";
  testing::TempDir dir;
  std::ostringstream dot;
  WriteDot(testing::BuildQueryGraph(), dot, {.only = {}, .highlight = std::nullopt, .legend = false});
  RenderDot(dot.str(), dir.path() / "g.svg");
  RenderDot(dot.str(), dir.path() / "g.png", "dot");
  const std::string svg = testing::ReadFile(dir.path() / "g.svg");
  EXPECT_EQ(Occurrences(svg, "class=\"node\""), 8u);
  EXPECT_EQ(Occurrences(svg, "class=\"edge\""), 9u);
  EXPECT_NE(svg.find("Saddam Haftar"), std::string::npos);
  const std::string png = testing::ReadFile(dir.path() / "g.png");
  ASSERT_GT(png.size(), 2000u);
  EXPECT_EQ(png.substr(0, 4), "\x89PNG");
  EXPECT_THROW(RenderDot(dot.str(), dir.path() / "g.bmp"), Error);
  EXPECT_THROW(RenderDot(dot.str(), dir.path() / "g.svg", "no-such-graphviz-program"), Error);
}

TEST(GexfTest, DatedEdgesCarryTimestamps) {
  std::ostringstream out;
  WriteGexf(testing::BuildQueryGraph(), out);
  const std::string gexf = out.str();
  EXPECT_NE(gexf.find("timerepresentation=\"timestamp\""), std::string::npos);
  EXPECT_NE(gexf.find("<spell timestamp=\"2023-06-11\"/>"), std::string::npos);
  EXPECT_EQ(Occurrences(gexf, "<node "), 8u);
  EXPECT_EQ(Occurrences(gexf, "<edge "), 9u);
  EXPECT_EQ(Occurrences(gexf, "type=\"undirected\""), 3u);
  std::ostringstream hostile;
  WriteGexf(testing::BuildHostileGraph(), hostile);
  EXPECT_NE(hostile.str().find("&lt;&amp;&quot;&gt;&apos;"), std::string::npos);
  if (testing::CommandSucceeds("command -v xmllint")) {
    testing::TempDir dir;
    testing::WriteFile(dir.path() / "h.gexf", hostile.str());
    EXPECT_TRUE(testing::CommandSucceeds("xmllint --noout " + (dir.path() / "h.gexf").string()));
  }
}

TEST(QueryCliTest, AmbiguousNamePrintsCandidatesAndFails) {
  testing::TempDir dir;
  WriteGraphMlFile(testing::BuildQueryGraph(), dir.path() / "g.graphml");
  const std::string dkg = std::string(DKG_BINARY) + " ";
  const std::string graph = (dir.path() / "g.graphml").string();
  auto ambiguous = testing::RunCommand(dkg + "query " + graph + " met Haftar", dir.path());
  EXPECT_EQ(ambiguous.exit_code, 1);
  EXPECT_NE(ambiguous.output.find("person:omar-haftar"), std::string::npos);
  auto met = testing::RunCommand(dkg + "query " + graph + " met 'saddam haftar' --json", dir.path());
  EXPECT_EQ(met.exit_code, 0);
  EXPECT_NE(met.output.find("\"person:jean-envoy\""), std::string::npos);
  auto between = testing::RunCommand(dkg + "query " + graph + " between Libya France", dir.path());
  EXPECT_EQ(between.exit_code, 0);
  EXPECT_NE(between.output.find("(3)"), std::string::npos);
  auto ego = testing::RunCommand(dkg + "query " + graph + " ego Zed --depth 2 -o " +
                                     (dir.path() / "ego.graphml").string(), dir.path());
  EXPECT_EQ(ego.exit_code, 0);
  EXPECT_EQ(ReadGraphFile(dir.path() / "ego.graphml").node_count(), 1u);
  EXPECT_EQ(testing::RunCommand(dkg + "query " + graph + " path Zed", dir.path()).exit_code, 2);
  if (testing::CommandSucceeds("command -v sfdp")) {
    const auto svg = dir.path() / "ego.svg";
    EXPECT_EQ(testing::RunCommand(dkg + "render " + graph + " -o " + svg.string() +
                                      " --ego 'Saddam Haftar' --depth 1", dir.path()).exit_code, 0);
    EXPECT_EQ(Occurrences(testing::ReadFile(svg), "class=\"node\""), 4u + 3u);  // + legend
  }
}

}  // namespace
}  // namespace dkg
