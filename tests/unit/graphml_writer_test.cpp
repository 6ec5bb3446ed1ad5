#include "dkg/io/graphml_writer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>
#include <string>

#include "unit/writer_test_support.h"

namespace dkg {
namespace {

using testing::BuildHostileGraph;
using testing::CommandSucceeds;
using testing::RunCommand;
using testing::ShellQuote;
using testing::TempDir;

std::string ToGraphMl(const KnowledgeGraph& graph, WriteStats* stats = nullptr) {
  std::ostringstream out;
  WriteGraphMl(graph, out, stats);
  return out.str();
}

std::size_t Count(const std::string& text, const std::string& needle) {
  std::size_t count = 0;
  for (auto pos = text.find(needle); pos != std::string::npos; pos = text.find(needle, pos + 1))
    ++count;
  return count;
}

TEST(GraphMlWriterTest, DeclaresKeysPerDomainNeverForAll) {
  const std::string xml = ToGraphMl(BuildHostileGraph());
  EXPECT_EQ(Count(xml, "for=\"all\""), 0u);
  EXPECT_EQ(Count(xml, "for=\"node\""), 8u);
  EXPECT_EQ(Count(xml, "for=\"edge\""), 11u);
  EXPECT_NE(xml.find("attr.name=\"weight\" attr.type=\"double\""), std::string::npos);
  EXPECT_NE(xml.find("for=\"node\" attr.name=\"report_count\" attr.type=\"int\""),
            std::string::npos);
  EXPECT_NE(xml.find("<graph id=\"G\" edgedefault=\"directed\">"), std::string::npos);
  EXPECT_EQ(Count(xml, "directed=\"false\""), 0u);
}

TEST(GraphMlWriterTest, WritesNodesEdgesAndTypeLabels) {
  const std::string xml = ToGraphMl(BuildHostileGraph());
  EXPECT_EQ(Count(xml, "<node id="), 8u);
  EXPECT_EQ(Count(xml, "<edge id="), 7u);
  EXPECT_NE(xml.find("<edge id=\"e0\" source=\"person:arabic\" "
                     "target=\"person:mevlut-cavusoglu\""),
            std::string::npos)
      << "edges are sorted by (source id, target id, type)";
  EXPECT_NE(xml.find("source=\"person:emmanuel-macron\" target=\"person:hostile\" "
                     "label=\"MET_WITH\""),
            std::string::npos);
  EXPECT_NE(xml.find("label=\"CONVEYED_GREETINGS_TO\""), std::string::npos);
  EXPECT_NE(xml.find("<data key=\"e_on_behalf_of\">person:arabic</data>"), std::string::npos);
}

TEST(GraphMlWriterTest, JoinsListsWithDocumentedSeparator) {
  const std::string xml = ToGraphMl(BuildHostileGraph());
  EXPECT_NE(xml.find("<data key=\"n_aliases\">Macron | President; Macron | Elys\xC3\xA9"
                     "e</data>"),
            std::string::npos);
  EXPECT_NE(xml.find("<data key=\"e_evidence_offsets\">r1@0-40 | r2@10-50</data>"),
            std::string::npos);
  EXPECT_NE(xml.find("<data key=\"e_report_ids\">r1 | r2</data>"), std::string::npos);
  EXPECT_NE(xml.find("<data key=\"e_rules\">met_with.noun | met_with.verb</data>"),
            std::string::npos);
  EXPECT_NE(xml.find("<data key=\"e_weight\">2</data>"), std::string::npos);
}

TEST(GraphMlWriterTest, EscapesMarkupAndReplacesForbiddenCharacters) {
  WriteStats stats;
  const std::string xml = ToGraphMl(BuildHostileGraph(), &stats);
  EXPECT_NE(xml.find("<data key=\"n_label\">&lt;&amp;&quot;&gt;&apos; ]]&gt; \xEF\xBF\xBD "
                     "\xEF\xBF\xBD end</data>"),
            std::string::npos);
  EXPECT_EQ(xml.find("]]>"), std::string::npos);
  EXPECT_EQ(xml.find('\x01'), std::string::npos);
  EXPECT_EQ(xml.find('\x1b'), std::string::npos);
  EXPECT_EQ(xml.find('\r'), std::string::npos);
  EXPECT_NE(xml.find("&quot;quoted&quot;,&#13;&#10;&#9;then | left"), std::string::npos);
  EXPECT_NE(xml.find("bad\xEF\xBF\xBD\xEF\xBF\xBD"
                     "bytes"),
            std::string::npos);
  EXPECT_NE(xml.find("=cmd|&apos; /C calc&apos;!A0"), std::string::npos);
  // \x01 and \x1b in the label and in one evidence sentence, \xFF \xFE in one label.
  EXPECT_EQ(stats.replaced_characters, 6u);
}

TEST(GraphMlWriterTest, EscapesIdsThatAreNotNmtokens) {
  EXPECT_EQ(GraphMlNodeId("person:emmanuel-macron"), "person:emmanuel-macron");
  EXPECT_EQ(GraphMlNodeId("person:o'brien x"), "person:o_27brien_20x");
  EXPECT_EQ(GraphMlNodeId("a_b"), "a_5Fb");
  EXPECT_EQ(GraphMlNodeId("\xC3\x87"), "_C3_87");
  EXPECT_EQ(GraphMlNodeId(""), "_");
  const std::string xml = ToGraphMl(BuildHostileGraph());
  EXPECT_NE(xml.find("<node id=\"person:o_27brien_20x\">"), std::string::npos);
}

TEST(GraphMlWriterTest, OutputDoesNotDependOnInsertionOrder) {
  EXPECT_EQ(ToGraphMl(BuildHostileGraph(false)), ToGraphMl(BuildHostileGraph(true)));
}

TEST(GraphMlWriterTest, EmptyGraphIsValidDocument) {
  const std::string xml = ToGraphMl(KnowledgeGraph());
  EXPECT_NE(xml.find("</graph>\n</graphml>\n"), std::string::npos);
}

TEST(GraphMlWriterTest, FileVariantReplacesAtomically) {
  TempDir dir;
  const auto path = dir.path() / "graph.graphml";
  testing::WriteFile(path, "previous");
  WriteGraphMlFile(BuildHostileGraph(), path);
  EXPECT_EQ(testing::ReadFile(path), ToGraphMl(BuildHostileGraph()));
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir.path()),
                          std::filesystem::directory_iterator()),
            1);
}

// --- Real consumers -------------------------------------------------------------

// Writes the hostile graph plus the exact strings consumers must read back.
class GraphMlConsumerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    graphml_ = dir_.path() / "hostile.graphml";
    WriteGraphMlFile(BuildHostileGraph(), graphml_);
    testing::WriteFile(dir_.path() / "label.txt", testing::kHostileLabelInXml);
    testing::WriteFile(dir_.path() / "evidence.txt",
                       "r1: " + testing::kTrickyEvidence + " | r2: They met again.");
  }

  std::string PythonCommand(const std::string& script) {
    const auto script_path = dir_.path() / "check.py";
    testing::WriteFile(script_path, script);
    return "/usr/bin/python3 " + ShellQuote(script_path.string()) + " " +
           ShellQuote(graphml_.string()) + " " + ShellQuote(dir_.path().string());
  }

  TempDir dir_;
  std::filesystem::path graphml_;
};

TEST_F(GraphMlConsumerTest, ValidatesAgainstSchemaWithXmllint) {
  const std::filesystem::path schema =
      std::filesystem::path(DKG_SHARED_DIR) / "schemas/graphml/graphml+gephi-edge-label.xsd";
  if (!std::filesystem::exists(schema))
    GTEST_SKIP() << "GraphML schema not found at " << schema << " (needs ../shared)";
  if (!CommandSucceeds("command -v xmllint"))
    GTEST_SKIP() << "xmllint missing: apt-get install libxml2-utils";
  const auto result = RunCommand("xmllint --noout --nonet --schema " + ShellQuote(schema.string()) +
                                     " " + ShellQuote(graphml_.string()),
                                 dir_.path());
  EXPECT_EQ(result.exit_code, 0) << result.output;
}

constexpr const char* kNetworkxCheck = R"PY(
import os, sys
import networkx as nx
path, scratch = sys.argv[1], sys.argv[2]
def expected(name):
    return open(os.path.join(scratch, name), 'rb').read().decode('utf-8')
g = nx.read_graphml(path)
assert g.number_of_nodes() == 8, g.number_of_nodes()
assert g.number_of_edges() == 7, g.number_of_edges()
assert g.nodes['person:hostile']['label'] == expected('label.txt'), repr(g.nodes['person:hostile'])
assert 'person:o_27brien_20x' in g
edges = g.get_edge_data('person:emmanuel-macron', 'person:hostile')
met = [d for d in edges.values() if d['label'] == 'MET_WITH']
assert len(met) == 1, edges
assert met[0]['evidence'] == expected('evidence.txt'), repr(met[0]['evidence'])
assert met[0]['weight'] == 2.0 and met[0]['report_count'] == 2, met[0]
print('ok')
)PY";

TEST_F(GraphMlConsumerTest, NetworkxReadsItBack) {
  if (!CommandSucceeds("/usr/bin/python3 -c 'import networkx'"))
    GTEST_SKIP() << "networkx missing: apt-get install python3-networkx";
  const auto result = RunCommand(PythonCommand(kNetworkxCheck), dir_.path());
  EXPECT_EQ(result.exit_code, 0) << result.output;
  EXPECT_EQ(result.output, "ok\n");
}

constexpr const char* kIgraphCheck = R"PY(
import os, sys
import igraph
path, scratch = sys.argv[1], sys.argv[2]
def expected(name):
    return open(os.path.join(scratch, name), 'rb').read().decode('utf-8')
g = igraph.Graph.Read_GraphML(path)
assert g.is_directed()
assert g.vcount() == 8 and g.ecount() == 7, (g.vcount(), g.ecount())
hostile = g.vs.find(id='person:hostile')
assert hostile['label'] == expected('label.txt'), repr(hostile['label'])
macron = g.vs.find(id='person:emmanuel-macron')
met = g.es.select(_source=macron.index, _target=hostile.index, label='MET_WITH')
assert len(met) == 1
assert met[0]['evidence'] == expected('evidence.txt'), repr(met[0]['evidence'])
assert met[0]['weight'] == 2.0 and met[0]['report_count'] == 2
print('ok')
)PY";

TEST_F(GraphMlConsumerTest, IgraphReadsItBack) {
  if (!CommandSucceeds("/usr/bin/python3 -c 'import igraph'"))
    GTEST_SKIP() << "igraph missing: apt-get install python3-igraph";
  const auto result = RunCommand(PythonCommand(kIgraphCheck), dir_.path());
  EXPECT_EQ(result.exit_code, 0) << result.output;
  EXPECT_EQ(result.output, "ok\n");
}

}  // namespace
}  // namespace dkg
