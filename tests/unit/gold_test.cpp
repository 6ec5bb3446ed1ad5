#include "dkg/eval/gold.h"

#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>
#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "dkg/error.h"

namespace dkg {
namespace {

constexpr const char* kLine =
    R"({"id": "r1", "text_ref": "wn-1", "entities": [)"
    R"({"id": "p1", "type": "Person", "name": "Saddam Haftar", "aliases": ["Haftar"],)"
    R"( "roles": ["Lieutenant General"], "xid": "person:saddam haftar"},)"
    R"({"id": "c1", "type": "Country", "name": "Libya", "aliases": ["Libyan"]}],)"
    R"( "relations": [{"type": "REPRESENTS", "source": "p1", "target": "c1"},)"
    R"({"type": "CONVEYED_GREETINGS_TO", "source": "p1", "target": "c1", "on_behalf_of": "p1"},)"
    R"({"type": "MET_WITH", "source": "p1", "target": "c1", "on_behalf_of": null}], "extra": 1})";

// The message of the dkg::Error that parsing `line` throws, or "" when it does not throw.
std::string ParseError(std::string_view line) {
  try {
    ParseGoldLine(line);
  } catch (const Error& error) {
    return error.what();
  }
  return "";
}

TEST(GoldTest, ParsesAllFields) {
  const GoldDoc doc = ParseGoldLine(kLine);
  EXPECT_EQ(doc.id, "r1");
  EXPECT_EQ(doc.text_ref, "wn-1");
  ASSERT_EQ(doc.entities.size(), 2u);
  EXPECT_EQ(doc.entities[0].type, "Person");
  EXPECT_EQ(doc.entities[0].name, "Saddam Haftar");
  EXPECT_EQ(doc.entities[0].aliases, std::vector<std::string>{"Haftar"});
  EXPECT_EQ(doc.entities[0].roles, std::vector<std::string>{"Lieutenant General"});
  EXPECT_EQ(doc.entities[0].xid, "person:saddam haftar");
  EXPECT_TRUE(doc.entities[1].roles.empty());
  EXPECT_TRUE(doc.entities[1].xid.empty());
  ASSERT_EQ(doc.relations.size(), 3u);
  EXPECT_EQ(doc.relations[0].type, "REPRESENTS");
  EXPECT_EQ(doc.relations[0].source, "p1");
  EXPECT_EQ(doc.relations[0].target, "c1");
  EXPECT_EQ(doc.relations[0].on_behalf_of, "");
  EXPECT_EQ(doc.relations[1].on_behalf_of, "p1");
  EXPECT_EQ(doc.relations[2].on_behalf_of, "");
}

TEST(GoldTest, MalformedJsonIsAnError) {
  EXPECT_NE(ParseError(R"({"id": "r1", "entities": [)").find("malformed JSON"), std::string::npos);
  EXPECT_NE(ParseError("").find("malformed JSON"), std::string::npos);
  EXPECT_NE(ParseError("[1, 2]").find("object"), std::string::npos);
}

TEST(GoldTest, MissingFieldsAreNamed) {
  EXPECT_NE(ParseError(R"({"entities": [], "relations": []})").find("\"id\""), std::string::npos);
  EXPECT_NE(ParseError(R"({"id": "r", "relations": []})").find("\"entities\""), std::string::npos);
  EXPECT_NE(ParseError(R"({"id": "r", "entities": []})").find("\"relations\""), std::string::npos);
  const std::string no_name =
      ParseError(R"({"id": "r", "entities": [{"id": "p1", "type": "Person"}], "relations": []})");
  EXPECT_NE(no_name.find("\"name\""), std::string::npos) << no_name;
  EXPECT_NE(no_name.find("p1"), std::string::npos) << no_name;
  EXPECT_NE(ParseError(R"({"id": "r", "entities": [], "relations": [{"type": "MET_WITH",)"
                       R"( "source": "a"}]})")
                .find("\"target\""),
            std::string::npos);
}

TEST(GoldTest, BadValuesAreErrors) {
  const std::string entity = R"({"id": "p1", "type": "Person", "name": "A"})";
  auto line = [&](const std::string& entities, const std::string& relations) {
    return R"({"id": "r", "entities": [)" + entities + R"(], "relations": [)" + relations + "]}";
  };
  EXPECT_NE(ParseError(line(R"({"id": "p1", "type": "City", "name": "Paris"})", ""))
                .find("unknown type"),
            std::string::npos);
  EXPECT_NE(ParseError(line(entity + "," + entity, "")).find("duplicate"), std::string::npos);
  EXPECT_NE(ParseError(line(entity, R"({"type": "MET_WITH", "source": "p1", "target": "p9"})"))
                .find("p9"),
            std::string::npos);
  EXPECT_NE(ParseError(line(entity, R"({"type": "KNOWS", "source": "p1", "target": "p1"})"))
                .find("unknown type"),
            std::string::npos);
  EXPECT_NE(ParseError(line(R"({"id": "p1", "type": "Person", "name": 3})", "")).find("string"),
            std::string::npos);
  EXPECT_NE(ParseError(line(R"({"id": "p1", "type": "Person", "name": "A", "aliases": "A"})", ""))
                .find("array"),
            std::string::npos);
}

TEST(GoldTest, ReadGoldFileNamesPathAndLine) {
  const auto dir = std::filesystem::temp_directory_path() / "dkg_gold_test";
  std::filesystem::create_directories(dir);
  const auto path = dir / "bad.jsonl";
  {
    std::ofstream out(path);
    out << kLine << "\n\n" << kLine << "\r\n" << R"({"id": "x"})" << "\n";
  }
  try {
    ReadGoldFile(path);
    FAIL() << "expected dkg::Error";
  } catch (const Error& error) {
    EXPECT_NE(std::string(error.what()).find(path.string() + ":4:"), std::string::npos)
        << error.what();
  }
  {
    std::ofstream out(path);
    out << kLine << "\n\n" << kLine << "\r\n";
  }
  EXPECT_EQ(ReadGoldFile(path).size(), 2u);
  std::filesystem::remove_all(dir);
  EXPECT_THROW(ReadGoldFile(dir / "missing.jsonl"), Error);
}

Extraction SampleExtraction() {
  Extraction extraction;
  extraction.report_id = "wn-7";
  extraction.date = "2023-05-01";
  extraction.entities = {
      {"person:a", EntityType::kPerson, "Ann \"Q\" Smith", {"Ann Smith", "Smith"}, {"Minister"},
       "FRA", {{10, 19}, {0, 9}}},
      {"country:FRA", EntityType::kCountry, "France", {"France", "French"}, {}, "FRA", {{30, 36}}},
      {"person:b", EntityType::kPerson, "Bo Li", {"Bo Li"}, {}, "", {}},
      {"person:a", EntityType::kPerson, "Smith", {"Smith", "Ms. Smith"}, {"Envoy"}, "", {{50, 55}}},
  };
  Relation met{RelationType::kMetWith, 0, 2, -1, {{0, 40}, "Ann met Bo.", "met_rule"}};
  Relation represents{RelationType::kRepresents, 3, 1, -1, {{0, 40}, "Ann met Bo.", "title"}};
  Relation greeting{RelationType::kConveyedGreetingsTo, 2, 0, 3, {{41, 80}, "Bo greeted.", "g"}};
  Relation dangling{RelationType::kMetWith, 0, 9, -1, {}};
  extraction.relations = {met, represents, greeting, dangling};
  return extraction;
}

TEST(GoldTest, ToGoldDocMergesEntitiesSharingAnId) {
  const GoldDoc doc = ToGoldDoc(SampleExtraction());
  EXPECT_EQ(doc.id, "wn-7");
  EXPECT_EQ(doc.text_ref, "wn-7");
  ASSERT_EQ(doc.entities.size(), 3u);
  EXPECT_EQ(doc.entities[0].id, "person:a");
  EXPECT_EQ(doc.entities[0].xid, "person:a");
  EXPECT_EQ(doc.entities[0].type, "Person");
  EXPECT_EQ(doc.entities[0].aliases,
            (std::vector<std::string>{"Ann Smith", "Smith", "Ms. Smith"}));
  EXPECT_EQ(doc.entities[0].roles, (std::vector<std::string>{"Minister", "Envoy"}));
  ASSERT_EQ(doc.relations.size(), 3u);  // the dangling one is dropped
  EXPECT_EQ(doc.relations[1].source, "person:a");
  EXPECT_EQ(doc.relations[1].target, "country:FRA");
  EXPECT_EQ(doc.relations[2].type, "CONVEYED_GREETINGS_TO");
  EXPECT_EQ(doc.relations[2].on_behalf_of, "person:a");
  EXPECT_EQ(doc.relations[0].on_behalf_of, "");
}

TEST(GoldTest, JsonLineRoundTripsThroughParse) {
  const Extraction extraction = SampleExtraction();
  const std::string line = ToGoldJsonLine(extraction);
  EXPECT_EQ(line.find('\n'), std::string::npos);
  const GoldDoc parsed = ParseGoldLine(line);
  const GoldDoc expected = ToGoldDoc(extraction);
  EXPECT_EQ(parsed.id, expected.id);
  EXPECT_EQ(parsed.text_ref, expected.text_ref);
  ASSERT_EQ(parsed.entities.size(), expected.entities.size());
  for (std::size_t i = 0; i < parsed.entities.size(); ++i) {
    EXPECT_EQ(parsed.entities[i].id, expected.entities[i].id);
    EXPECT_EQ(parsed.entities[i].type, expected.entities[i].type);
    EXPECT_EQ(parsed.entities[i].name, expected.entities[i].name);
    EXPECT_EQ(parsed.entities[i].aliases, expected.entities[i].aliases);
    EXPECT_EQ(parsed.entities[i].roles, expected.entities[i].roles);
    EXPECT_EQ(parsed.entities[i].xid, expected.entities[i].xid);
  }
  ASSERT_EQ(parsed.relations.size(), expected.relations.size());
  for (std::size_t i = 0; i < parsed.relations.size(); ++i) {
    EXPECT_EQ(parsed.relations[i].type, expected.relations[i].type);
    EXPECT_EQ(parsed.relations[i].source, expected.relations[i].source);
    EXPECT_EQ(parsed.relations[i].target, expected.relations[i].target);
    EXPECT_EQ(parsed.relations[i].on_behalf_of, expected.relations[i].on_behalf_of);
  }
}

TEST(GoldTest, JsonLineCarriesEvidenceDateAndMentions) {
  const std::string line = ToGoldJsonLine(SampleExtraction());
  EXPECT_NE(line.find(R"("date":"2023-05-01")"), std::string::npos) << line;
  EXPECT_NE(line.find(R"("mentions":[[0,9],[10,19],[50,55]])"), std::string::npos) << line;
  EXPECT_NE(line.find(R"("name":"Ann \"Q\" Smith")"), std::string::npos) << line;
  EXPECT_NE(line.find(R"("evidence":"Bo greeted.","evidence_begin":41,"evidence_end":80,)"
                      R"("rule":"g")"),
            std::string::npos)
      << line;
  EXPECT_NE(line.find(R"("country":"FRA")"), std::string::npos) << line;
  EXPECT_EQ(line, ToGoldJsonLine(SampleExtraction()));
}

// Every byte a report may hold comes back from the line as it was: quotes, backslashes,
// all C0 controls (NUL included) and UTF-8; and the line is what RapidJSON would write.
TEST(GoldTest, JsonLineEscapesHostileTextLikeRapidJson) {
  std::string hostile = "<&\"\\> \xC3\xA9\xE2\x80\x99 ";
  for (int c = 0; c < 0x20; ++c) hostile += static_cast<char>(c);
  hostile += "\x7F end";
  Extraction extraction = SampleExtraction();
  extraction.entities[0].name = hostile;
  extraction.relations[0].evidence.text = hostile;
  const std::string line = ToGoldJsonLine(extraction);
  EXPECT_EQ(line.find('\n'), std::string::npos);
  rapidjson::Document doc;
  doc.Parse(line.data(), line.size());
  ASSERT_FALSE(doc.HasParseError()) << line;
  const auto& name = doc["entities"][0]["name"];
  EXPECT_EQ(std::string(name.GetString(), name.GetStringLength()), hostile);
  const auto& evidence = doc["relations"][0]["evidence"];
  EXPECT_EQ(std::string(evidence.GetString(), evidence.GetStringLength()), hostile);
  rapidjson::StringBuffer again;
  rapidjson::Writer<rapidjson::StringBuffer> writer(again);
  doc.Accept(writer);
  EXPECT_EQ(line, std::string(again.GetString(), again.GetSize()));
}

}  // namespace
}  // namespace dkg
