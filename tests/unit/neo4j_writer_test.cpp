#include "dkg/io/neo4j_writer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "dkg/error.h"
#include "unit/writer_test_support.h"

namespace dkg {
namespace {

using testing::BuildHostileGraph;
using testing::ReadFile;
using testing::TempDir;

// The export of the hostile graph into a fresh temporary directory.
class Neo4jExport {
 public:
  explicit Neo4jExport(const KnowledgeGraph& graph, const CsvOptions& options = {}) {
    WriteNeo4jCsv(graph, dir_.path() / "neo4j", options);
  }
  std::filesystem::path dir() const { return dir_.path() / "neo4j"; }
  std::string nodes() const { return ReadFile(dir() / "nodes.csv"); }
  std::string relationships() const { return ReadFile(dir() / "relationships.csv"); }
  std::string script() const { return ReadFile(dir() / "load.cypher"); }

 private:
  TempDir dir_;
};

std::string FirstLine(const std::string& text) { return text.substr(0, text.find('\n')); }

bool Contains(const std::string& text, const std::string& needle) {
  return text.find(needle) != std::string::npos;
}

TEST(Neo4jWriterTest, WritesNeo4jAdminHeaders) {
  const Neo4jExport out(BuildHostileGraph());
  EXPECT_EQ(FirstLine(out.nodes()),
            "id:ID,:LABEL,name,aliases:string[],roles:string[],country,report_count:int,"
            "first_date:date,last_date:date");
  EXPECT_EQ(FirstLine(out.relationships()),
            ":START_ID,:END_ID,:TYPE,report_count:int,first_date:date,last_date:date,"
            "report_ids:string[],evidence:string[],on_behalf_of:string[]");
}

TEST(Neo4jWriterTest, WritesOneRowPerNodeAndEdge) {
  const Neo4jExport out(BuildHostileGraph());
  EXPECT_TRUE(Contains(out.nodes(),
                       "\nperson:emmanuel-macron,\"Entity;Person\",Emmanuel Macron,"
                       "\"Macron;President, Macron | Elys\xC3\xA9"
                       "e\",President,FRA,2,"
                       "2024-01-05,2024-02-01\n"));
  EXPECT_TRUE(Contains(out.nodes(), "\ncountry:FRA,\"Entity;Country\",France,,,,0,,\n"));
  EXPECT_TRUE(Contains(out.relationships(),
                       "\nperson:formula,person:emmanuel-macron,CONVEYED_GREETINGS_TO,1,"
                       "2024-03-01,2024-03-01,r4,\"r4: =HYPERLINK(\"\"x\"\")\",person:arabic\n"));
}

TEST(Neo4jWriterTest, QuotesAndReplacesArraySeparators) {
  const Neo4jExport out(BuildHostileGraph());
  // Quotes doubled; the raw control characters are legal in CSV and kept.
  EXPECT_TRUE(Contains(out.nodes(), ",\"<&\"\">' ]]> \x01 \x1b end\","));
  // ';' inside an element becomes ','; leading space forces quotes.
  EXPECT_TRUE(Contains(out.nodes(), ",\" padded ;a,b|c\","));
  EXPECT_TRUE(Contains(out.relationships(),
                       ",\"r1;r2\",\"r1: Macron met him, \"\"quoted\"\",\r\n\tthen | left;"
                       "r2: They met again.\","));
  EXPECT_TRUE(Contains(out.nodes(),
                       ",bad\xEF\xBF\xBD\xEF\xBF\xBD"
                       "bytes,"));
  EXPECT_TRUE(Contains(out.nodes(), "\nperson:formula,\"Entity;Person\",=cmd|' /C calc'!A0,"))
      << "formulas stay intact unless asked";
}

TEST(Neo4jWriterTest, NeutralizesFormulasWhenAsked) {
  const Neo4jExport out(BuildHostileGraph(), CsvOptions{.neutralize_formulas = true});
  EXPECT_TRUE(Contains(out.nodes(), ",'=cmd|' /C calc'!A0,"));
  EXPECT_TRUE(Contains(out.nodes(), ",\"'-minus;@at\","));
  EXPECT_TRUE(Contains(out.nodes(), "\nperson:emmanuel-macron,\"Entity;Person\",Emmanuel"));
}

TEST(Neo4jWriterTest, OutputDoesNotDependOnInsertionOrder) {
  const Neo4jExport forward(BuildHostileGraph(false));
  const Neo4jExport reversed(BuildHostileGraph(true));
  EXPECT_EQ(forward.nodes(), reversed.nodes());
  EXPECT_EQ(forward.relationships(), reversed.relationships());
  EXPECT_EQ(forward.script(), reversed.script());
}

TEST(Neo4jWriterTest, LoadScriptDocumentsImportAndCoversEveryType) {
  const std::string script = Neo4jExport(KnowledgeGraph()).script();
  EXPECT_TRUE(Contains(script,
                       "neo4j-admin database import full --nodes=nodes.csv "
                       "--relationships=relationships.csv --array-delimiter=';' "
                       "--multiline-fields=true neo4j"));
  EXPECT_TRUE(Contains(script, "CREATE CONSTRAINT dkg_entity_id IF NOT EXISTS"));
  for (const char* label : {"Person", "Institution", "Country"})
    EXPECT_TRUE(Contains(script, std::string("CREATE (n:Entity:") + label)) << label;
  for (const char* type : {"MET_WITH", "REPRESENTS", "CONVEYED_GREETINGS_TO"})
    EXPECT_TRUE(Contains(script, std::string("CREATE (a)-[r:") + type + "]->(b)")) << type;
  EXPECT_TRUE(Contains(script,
                       "n.aliases = CASE coalesce(row.`aliases:string[]`, '') WHEN '' "
                       "THEN null ELSE split(row.`aliases:string[]`, ';') END"));
}

TEST(Neo4jWriterTest, ReplacesPreviousExportAndLeavesNoTempFiles) {
  TempDir dir;
  WriteNeo4jCsv(KnowledgeGraph(), dir.path() / "out");
  WriteNeo4jCsv(BuildHostileGraph(), dir.path() / "out");
  std::size_t files = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir.path() / "out"))
    ++files;
  EXPECT_EQ(files, 3u);
  EXPECT_TRUE(Contains(ReadFile(dir.path() / "out" / "nodes.csv"), "person:hostile"));
}

TEST(Neo4jWriterTest, UnwritableDirectoryThrows) {
  TempDir dir;
  testing::WriteFile(dir.path() / "file", "x");
  EXPECT_THROW(WriteNeo4jCsv(BuildHostileGraph(), dir.path() / "file" / "neo4j"), Error);
}

// Loads the hostile export into kuzu (a real Cypher engine) with tests/consumers/kuzu_load.mjs.
TEST(Neo4jWriterTest, KuzuLoadsTheExportExactly) {
  const std::filesystem::path consumers = std::filesystem::path(DKG_SOURCE_DIR) / "tests/consumers";
  if (!testing::CommandSucceeds("command -v node"))
    GTEST_SKIP() << "node missing: apt-get install nodejs npm";
  if (!std::filesystem::exists(consumers / "node_modules/kuzu/package.json"))
    GTEST_SKIP() << "kuzu missing: cd tests/consumers && npm install";
  const Neo4jExport out(BuildHostileGraph());
  const auto result =
      testing::RunCommand("node " + testing::ShellQuote((consumers / "kuzu_load.mjs").string()) +
                              " " + testing::ShellQuote(out.dir().string()),
                          out.dir().parent_path());
  EXPECT_EQ(result.exit_code, 0) << result.output;
  EXPECT_TRUE(Contains(result.output, "{\"nodes\":8,\"relationships\":7,")) << result.output;
}

}  // namespace
}  // namespace dkg
