#include "dkg/io/json_writer.h"

#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <sstream>
#include <string>

#include "unit/writer_test_support.h"

namespace dkg {
namespace {

using testing::BuildHostileGraph;

std::string ToJson(const KnowledgeGraph& graph) {
  std::ostringstream out;
  WriteGraphJson(graph, out);
  return out.str();
}

rapidjson::Document Parse(const std::string& text) {
  rapidjson::Document document;
  document.Parse<rapidjson::kParseValidateEncodingFlag>(text.c_str(), text.size());
  return document;
}

const rapidjson::Value* FindById(const rapidjson::Value& nodes, const std::string& id) {
  for (const auto& node : nodes.GetArray())
    if (node["id"].GetString() == id) return &node;
  return nullptr;
}

TEST(JsonWriterTest, WritesFormatNodesAndEdges) {
  const rapidjson::Document doc = Parse(ToJson(BuildHostileGraph()));
  ASSERT_FALSE(doc.HasParseError());
  EXPECT_STREQ(doc["format"].GetString(), "dkg-graph/1");
  ASSERT_EQ(doc["nodes"].Size(), 8u);
  ASSERT_EQ(doc["edges"].Size(), 7u);
  const rapidjson::Value* macron = FindById(doc["nodes"], "person:emmanuel-macron");
  ASSERT_NE(macron, nullptr);
  EXPECT_STREQ((*macron)["type"].GetString(), "Person");
  EXPECT_STREQ((*macron)["aliases"][1].GetString(),
               "President; Macron | Elys\xC3\xA9"
               "e");
  EXPECT_EQ((*macron)["report_count"].GetUint(), 2u);
  EXPECT_EQ((*macron)["country_votes"]["FRA"].GetInt(), 1);
}

TEST(JsonWriterTest, EdgesCarrySupportWithOffsets) {
  const rapidjson::Document doc = Parse(ToJson(BuildHostileGraph()));
  const rapidjson::Value& edge = doc["edges"][2];  // sorted: macron -MET_WITH- hostile
  EXPECT_STREQ(edge["source"].GetString(), "person:emmanuel-macron");
  EXPECT_STREQ(edge["target"].GetString(), "person:hostile");
  EXPECT_STREQ(edge["type"].GetString(), "MET_WITH");
  EXPECT_EQ(edge["report_count"].GetUint(), 2u);
  ASSERT_EQ(edge["support"].Size(), 2u);
  const rapidjson::Value& first = edge["support"][0];
  EXPECT_STREQ(first["report_id"].GetString(), "r1");
  EXPECT_EQ(first["begin"].GetUint(), 0u);
  EXPECT_EQ(first["end"].GetUint(), 40u);
  EXPECT_EQ(std::string(first["evidence"].GetString()), testing::kTrickyEvidence);
  const rapidjson::Value& greetings = doc["edges"][4];
  EXPECT_STREQ(greetings["on_behalf_of"][0].GetString(), "person:arabic");
  EXPECT_STREQ(greetings["support"][0]["on_behalf_of"].GetString(), "person:arabic");
}

TEST(JsonWriterTest, EscapesControlCharactersAndRepairsUtf8) {
  const std::string json = ToJson(BuildHostileGraph());
  EXPECT_EQ(json.find('\x01'), std::string::npos);
  EXPECT_NE(json.find("\\u0001"), std::string::npos);
  EXPECT_NE(json.find("\\u001B"), std::string::npos);
  const rapidjson::Document doc = Parse(json);
  ASSERT_FALSE(doc.HasParseError()) << "output must be valid UTF-8 JSON";
  EXPECT_EQ(std::string((*FindById(doc["nodes"], "person:hostile"))["label"].GetString()),
            testing::kHostileLabel);
  EXPECT_STREQ((*FindById(doc["nodes"], "person:o'brien x"))["label"].GetString(),
               "bad\xEF\xBF\xBD\xEF\xBF\xBD"
               "bytes");
}

TEST(JsonWriterTest, OutputDoesNotDependOnInsertionOrder) {
  EXPECT_EQ(ToJson(BuildHostileGraph(false)), ToJson(BuildHostileGraph(true)));
}

TEST(JsonWriterTest, EmptyGraph) {
  EXPECT_EQ(ToJson(KnowledgeGraph()), "{\"format\":\"dkg-graph/1\",\"nodes\":[],\"edges\":[]}\n");
}

TEST(JsonWriterTest, FileVariantWritesTheSameBytes) {
  testing::TempDir dir;
  WriteGraphJsonFile(BuildHostileGraph(), dir.path() / "graph.json");
  EXPECT_EQ(testing::ReadFile(dir.path() / "graph.json"), ToJson(BuildHostileGraph()));
}

}  // namespace
}  // namespace dkg
