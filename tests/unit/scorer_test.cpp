#include "dkg/eval/scorer.h"

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include "dkg/eval/gold.h"

namespace dkg {
namespace {

GoldEntity Ent(std::string id, std::string type, std::string name,
               std::vector<std::string> aliases = {}, std::string xid = "") {
  return {std::move(id), std::move(type), std::move(name), std::move(aliases), {},
          std::move(xid)};
}

GoldRelation Rel(std::string type, std::string source, std::string target,
                 std::string on_behalf_of = "") {
  return {std::move(type), std::move(source), std::move(target), std::move(on_behalf_of)};
}

GoldDoc Doc(std::string id, std::vector<GoldEntity> entities,
            std::vector<GoldRelation> relations = {}) {
  return {id, id, std::move(entities), std::move(relations)};
}

Scores ScoreOne(const GoldDoc& gold, const GoldDoc& predicted) {
  return Score({gold}, {predicted});
}

void ExpectCounts(const Prf& prf, std::size_t tp, std::size_t fp, std::size_t fn) {
  EXPECT_EQ(prf.tp, tp);
  EXPECT_EQ(prf.fp, fp);
  EXPECT_EQ(prf.fn, fn);
}

TEST(ScorerTest, PrfConventions) {
  const Prf empty;
  EXPECT_EQ(empty.Precision(), 0.0);
  EXPECT_EQ(empty.Recall(), 0.0);
  EXPECT_EQ(empty.F1(), 0.0);
  const Prf prf{3, 1, 2, std::nullopt};
  EXPECT_DOUBLE_EQ(prf.Precision(), 0.75);
  EXPECT_DOUBLE_EQ(prf.Recall(), 0.6);
  EXPECT_DOUBLE_EQ(prf.F1(), 2 * 0.75 * 0.6 / 1.35);
  Prf sum = prf;
  sum += Prf{1, 0, 0, 4};
  EXPECT_EQ(sum.tp, 4u);
  EXPECT_EQ(sum.RecallTp(), 7u);
  EXPECT_DOUBLE_EQ(sum.Recall(), 7.0 / 9.0);
}

TEST(ScorerTest, ExactMatch) {
  const GoldDoc gold = Doc("r", {Ent("p1", "Person", "Emmanuel Macron")});
  const Scores scores = ScoreOne(gold, Doc("r", {Ent("x", "Person", "Emmanuel Macron")}));
  ExpectCounts(scores.entities, 1, 0, 0);
  ExpectCounts(scores.entities_by_type.at("Person"), 1, 0, 0);
  ExpectCounts(scores.entities_by_type.at("Country"), 0, 0, 0);
  EXPECT_EQ(scores.entities.F1(), 1.0);
  EXPECT_EQ(scores.reports, 1u);
  EXPECT_EQ(scores.missing_predictions, 0u);
}

TEST(ScorerTest, AliasOnlyMatch) {
  const GoldDoc gold = Doc("r", {Ent("p1", "Person", "Saddam Haftar", {"Haftar"})});
  ExpectCounts(ScoreOne(gold, Doc("r", {Ent("x", "Person", "Haftar")})).entities, 1, 0, 0);
  ExpectCounts(ScoreOne(gold, Doc("r", {Ent("x", "Person", "S. Haftar", {"Haftar"})})).entities,
               1, 0, 0);
  ExpectCounts(ScoreOne(gold, Doc("r", {Ent("x", "Person", "Khalifa Haftar")})).entities, 0, 1,
               1);
}

TEST(ScorerTest, NamesAreNormalised) {
  const GoldDoc gold = Doc("r", {Ent("p1", "Person", "Mevlüt Çavuşoğlu"),
                                 Ent("i1", "Institution", "Ministry of Foreign Affairs"),
                                 Ent("c1", "Country", "United States", {"U.S."})});
  const GoldDoc predicted = Doc("r", {Ent("a", "Person", "MEVLUT  CAVUSOGLU"),
                                      Ent("b", "Institution", "the Ministry of Foreign Affairs,"),
                                      Ent("c", "Country", "US")});
  ExpectCounts(ScoreOne(gold, predicted).entities, 3, 0, 0);
}

TEST(ScorerTest, TypeMismatchDoesNotMatch) {
  const Scores scores = ScoreOne(Doc("r", {Ent("c1", "Country", "France")}),
                                 Doc("r", {Ent("x", "Institution", "France")}));
  ExpectCounts(scores.entities, 0, 1, 1);
  ExpectCounts(scores.entities_by_type.at("Country"), 0, 0, 1);
  ExpectCounts(scores.entities_by_type.at("Institution"), 0, 1, 0);
}

TEST(ScorerTest, EachEntityMatchedAtMostOnceBestOverlapWins) {
  const GoldDoc gold = Doc("r",
                           {Ent("p1", "Person", "Emmanuel Macron", {"Macron"}),
                            Ent("p2", "Person", "Bo Li")},
                           {Rel("MET_WITH", "p1", "p2")});
  // "full" shares two forms with p1, "short" only one: "full" wins although it comes later.
  const GoldDoc predicted = Doc("r",
                                {Ent("short", "Person", "Macron"),
                                 Ent("full", "Person", "Emmanuel Macron", {"Macron"}),
                                 Ent("b", "Person", "Bo Li")},
                                {Rel("MET_WITH", "full", "b")});
  Scores scores = ScoreOne(gold, predicted);
  ExpectCounts(scores.entities, 2, 1, 0);
  ExpectCounts(scores.met_with, 1, 0, 0);
  // Equal overlap: the earlier predicted entity wins.
  const GoldDoc tie = Doc("r",
                          {Ent("first", "Person", "Macron"), Ent("second", "Person", "Macron"),
                           Ent("b", "Person", "Bo Li")},
                          {Rel("MET_WITH", "first", "b"), Rel("MET_WITH", "second", "b")});
  scores = ScoreOne(gold, tie);
  ExpectCounts(scores.entities, 2, 1, 0);
  ExpectCounts(scores.met_with, 1, 1, 0);
  EXPECT_EQ(ScoreOne(gold, Doc("r", tie.entities, {tie.relations[0]})).met_with.tp, 1u);
  // One predicted entity cannot match two gold entities.
  const GoldDoc two_gold =
      Doc("r", {Ent("p1", "Person", "Macron"), Ent("p2", "Person", "Emmanuel Macron", {"Macron"})});
  ExpectCounts(ScoreOne(two_gold, Doc("r", {Ent("x", "Person", "Macron")})).entities, 1, 0, 1);
}

TEST(ScorerTest, MetWithIsUnorderedAndUnmatchedEndIsFalsePositive) {
  const GoldDoc gold = Doc("r", {Ent("p1", "Person", "Ann Lee"), Ent("p2", "Person", "Bo Li")},
                           {Rel("MET_WITH", "p1", "p2")});
  const GoldDoc reversed = Doc("r", {Ent("a", "Person", "Ann Lee"), Ent("b", "Person", "Bo Li")},
                               {Rel("MET_WITH", "b", "a"), Rel("MET_WITH", "a", "b")});
  ExpectCounts(ScoreOne(gold, reversed).met_with, 1, 0, 0);
  const GoldDoc stray = Doc("r",
                            {Ent("a", "Person", "Ann Lee"), Ent("b", "Person", "Bo Li"),
                             Ent("z", "Person", "Zed Zee")},
                            {Rel("MET_WITH", "a", "z"), Rel("MET_WITH", "a", "a")});
  ExpectCounts(ScoreOne(gold, stray).met_with, 0, 1, 1);
}

GoldDoc GreetingGold(const std::string& on_behalf_of) {
  return Doc("r",
             {Ent("p1", "Person", "Ann Lee"), Ent("p2", "Person", "Bo Li"),
              Ent("p3", "Person", "Cy Ng"), Ent("p4", "Person", "Di Wu")},
             {Rel("CONVEYED_GREETINGS_TO", "p1", "p2", on_behalf_of)});
}

GoldDoc GreetingPrediction(const std::string& source, const std::string& target,
                           const std::string& on_behalf_of) {
  return Doc("r",
             {Ent("a", "Person", "Ann Lee"), Ent("b", "Person", "Bo Li"),
              Ent("c", "Person", "Cy Ng"), Ent("d", "Person", "Di Wu")},
             {Rel("CONVEYED_GREETINGS_TO", source, target, on_behalf_of)});
}

TEST(ScorerTest, GreetingDirectionMatters) {
  ExpectCounts(ScoreOne(GreetingGold(""), GreetingPrediction("a", "b", "")).greetings, 1, 0, 0);
  const Scores reversed = ScoreOne(GreetingGold(""), GreetingPrediction("b", "a", ""));
  ExpectCounts(reversed.greetings, 0, 1, 1);
}

TEST(ScorerTest, OnBehalfOfRightWrongMissing) {
  ExpectCounts(ScoreOne(GreetingGold("p3"), GreetingPrediction("a", "b", "c")).on_behalf_of, 1,
               0, 0);
  ExpectCounts(ScoreOne(GreetingGold("p3"), GreetingPrediction("a", "b", "d")).on_behalf_of, 0,
               1, 1);
  ExpectCounts(ScoreOne(GreetingGold("p3"), GreetingPrediction("a", "b", "")).on_behalf_of, 0, 0,
               1);
  ExpectCounts(ScoreOne(GreetingGold(""), GreetingPrediction("a", "b", "c")).on_behalf_of, 0, 1,
               0);
  ExpectCounts(ScoreOne(GreetingGold(""), GreetingPrediction("a", "b", "")).on_behalf_of, 0, 0, 0);
  // Only greetings whose pair matched are scored for on_behalf_of.
  ExpectCounts(ScoreOne(GreetingGold("p3"), GreetingPrediction("b", "a", "c")).on_behalf_of, 0,
               0, 0);
}

TEST(ScorerTest, RepresentsPredictedPairSatisfiedByGoldPath) {
  const GoldDoc gold = Doc("r",
                           {Ent("p1", "Person", "Ann Lee"), Ent("i1", "Institution", "LNA"),
                            Ent("c1", "Country", "Libya")},
                           {Rel("REPRESENTS", "p1", "i1"), Rel("REPRESENTS", "i1", "c1")});
  const GoldDoc predicted = Doc("r",
                                {Ent("a", "Person", "Ann Lee"), Ent("c", "Country", "Libya")},
                                {Rel("REPRESENTS", "a", "c"), Rel("REPRESENTS", "c", "a")});
  const Prf represents = ScoreOne(gold, predicted).represents;
  EXPECT_EQ(represents.tp, 1u);  // a -> c, by the gold path p1 -> i1 -> c1
  EXPECT_EQ(represents.fp, 1u);  // c -> a
  EXPECT_EQ(represents.RecallTp(), 0u);
  EXPECT_EQ(represents.fn, 2u);  // neither gold edge has a predicted path
  EXPECT_DOUBLE_EQ(represents.Precision(), 0.5);
  EXPECT_DOUBLE_EQ(represents.Recall(), 0.0);
}

TEST(ScorerTest, RepresentsGoldPairFoundByPredictedPath) {
  const GoldDoc gold = Doc("r",
                           {Ent("p1", "Person", "Ann Lee"), Ent("i1", "Institution", "LNA"),
                            Ent("c1", "Country", "Libya")},
                           {Rel("REPRESENTS", "p1", "c1"), Rel("REPRESENTS", "i1", "c1")});
  const GoldDoc predicted = Doc("r",
                                {Ent("a", "Person", "Ann Lee"), Ent("i", "Institution", "LNA"),
                                 Ent("c", "Country", "Libya")},
                                {Rel("REPRESENTS", "a", "i"), Rel("REPRESENTS", "i", "c")});
  const Prf represents = ScoreOne(gold, predicted).represents;
  EXPECT_EQ(represents.tp, 1u);  // i -> c
  EXPECT_EQ(represents.fp, 1u);  // a -> i: gold has no path p1 -> i1
  EXPECT_EQ(represents.RecallTp(), 2u);  // p1 -> c1 by a -> i -> c, and i1 -> c1
  EXPECT_EQ(represents.fn, 0u);
  EXPECT_DOUBLE_EQ(represents.Precision(), 0.5);
  EXPECT_DOUBLE_EQ(represents.Recall(), 1.0);
}

TEST(ScorerTest, MissingPredictionCountsAllGoldAsFalseNegatives) {
  GoldDoc first = GreetingGold("p3");
  first.id = "g1";
  first.text_ref = "wn-1";
  GoldDoc second = GreetingGold("");
  second.id = "wn-2";
  second.text_ref = "";
  GoldDoc prediction = GreetingPrediction("a", "b", "c");
  prediction.id = "wn-1";
  const Scores scores = Score({first, second}, {prediction});
  EXPECT_EQ(scores.reports, 2u);
  EXPECT_EQ(scores.missing_predictions, 1u);
  ExpectCounts(scores.entities, 4, 0, 4);
  ExpectCounts(scores.greetings, 1, 0, 1);
  ExpectCounts(scores.on_behalf_of, 1, 0, 0);
}

TEST(ScorerTest, BCubedWrongMerge) {
  const std::vector<GoldDoc> gold = {Doc("r1", {Ent("p1", "Person", "Ann Lee", {}, "X")}),
                                     Doc("r2", {Ent("p1", "Person", "Bo Li", {}, "Y")}),
                                     Doc("r3", {Ent("p1", "Person", "Cy Ng", {}, "Z")})};
  const std::vector<GoldDoc> predicted = {Doc("r1", {Ent("person:m", "Person", "Ann Lee")}),
                                          Doc("r2", {Ent("person:m", "Person", "Bo Li")}),
                                          Doc("r3", {Ent("person:c", "Person", "Di Wu")})};
  // Items (X, m), (Y, m); Cy Ng is unmatched and not an item. Precision 1/2 for each item,
  // recall 1 for each.
  const BCubed identity = Score(gold, predicted).identity;
  EXPECT_EQ(identity.items, 2u);
  EXPECT_DOUBLE_EQ(identity.precision, 0.5);
  EXPECT_DOUBLE_EQ(identity.recall, 1.0);
  EXPECT_DOUBLE_EQ(identity.f1, 2.0 / 3.0);
}

TEST(ScorerTest, BCubedSplit) {
  std::vector<GoldDoc> gold, predicted;
  const char* predicted_ids[] = {"person:a1", "person:a1", "person:a2"};
  for (int i = 0; i < 3; ++i) {
    const std::string report = "r" + std::to_string(i);
    gold.push_back(Doc(report, {Ent("p1", "Person", "Ann Lee", {}, "X")}));
    predicted.push_back(Doc(report, {Ent(predicted_ids[i], "Person", "Ann Lee")}));
  }
  // Precision 1 for every item; recall 2/3, 2/3, 1/3 -> 5/9; F1 = 2 * 5/9 / (14/9) = 5/7.
  const BCubed identity = Score(gold, predicted).identity;
  EXPECT_EQ(identity.items, 3u);
  EXPECT_DOUBLE_EQ(identity.precision, 1.0);
  EXPECT_DOUBLE_EQ(identity.recall, 5.0 / 9.0);
  EXPECT_DOUBLE_EQ(identity.f1, 5.0 / 7.0);
}

TEST(ScorerTest, TableAndJsonNameEveryRow) {
  const Scores scores = ScoreOne(GreetingGold("p3"), GreetingPrediction("a", "b", "d"));
  const std::string table = FormatScoresTable(scores);
  for (const char* row : {"Person", "Institution", "Country", "entities (all)", "MET_WITH",
                          "REPRESENTS", "CONVEYED_GREETINGS_TO", "on_behalf_of",
                          "identity (B-cubed)"}) {
    EXPECT_NE(table.find(row), std::string::npos) << row << "\n" << table;
  }
  const std::string json = ScoresToJson(scores);
  rapidjson::Document document;
  document.Parse(json.data(), json.size());
  ASSERT_FALSE(document.HasParseError()) << json;
  EXPECT_EQ(document["entities"]["Person"]["tp"].GetUint64(), 4u);
  EXPECT_EQ(document["relations"]["on_behalf_of"]["fp"].GetUint64(), 1u);
  EXPECT_EQ(document["relations"]["on_behalf_of"]["fn"].GetUint64(), 1u);
  EXPECT_DOUBLE_EQ(document["identity"]["f1"].GetDouble(), 1.0);
  EXPECT_EQ(json.rfind(R"({"reports":1,"missing_predictions":0,"entities":{"Person":)", 0), 0u)
      << json;
  EXPECT_EQ(json, ScoresToJson(scores));
}

// The gold as a system would predict it: entity ids are the cross-report xids.
GoldDoc AsPrediction(const GoldDoc& gold) {
  std::map<std::string, std::string> xid_of;
  GoldDoc predicted = gold;
  predicted.id = gold.text_ref.empty() ? gold.id : gold.text_ref;
  for (GoldEntity& entity : predicted.entities) {
    xid_of[entity.id] = entity.xid;
    entity.id = entity.xid;
  }
  for (GoldRelation& relation : predicted.relations) {
    relation.source = xid_of[relation.source];
    relation.target = xid_of[relation.target];
    if (!relation.on_behalf_of.empty()) relation.on_behalf_of = xid_of[relation.on_behalf_of];
  }
  return predicted;
}

TEST(ScorerTest, DevGoldAgainstItselfScoresPerfectly) {
  const std::filesystem::path eval_dir = std::filesystem::path(DKG_SHARED_DIR) / "eval";
  if (!std::filesystem::exists(eval_dir)) GTEST_SKIP() << eval_dir << " does not exist";
  for (const char* name : {"dev.gold.jsonl", "styled_dev.gold.jsonl"}) {
    if (!std::filesystem::exists(eval_dir / name)) continue;
    const std::vector<GoldDoc> gold = ReadGoldFile(eval_dir / name);
    std::vector<GoldDoc> predicted;
    for (const GoldDoc& doc : gold) predicted.push_back(AsPrediction(doc));
    const Scores scores = Score(gold, predicted);
    SCOPED_TRACE(name);
    SCOPED_TRACE(FormatScoresTable(scores));
    EXPECT_EQ(scores.reports, gold.size());
    EXPECT_EQ(scores.missing_predictions, 0u);
    for (const auto& [type, prf] : scores.entities_by_type) EXPECT_EQ(prf.F1(), 1.0) << type;
    for (const Prf* prf : {&scores.entities, &scores.met_with, &scores.represents,
                           &scores.greetings, &scores.on_behalf_of}) {
      EXPECT_EQ(prf->F1(), 1.0);
    }
    EXPECT_EQ(scores.identity.f1, 1.0);
  }
}

}  // namespace
}  // namespace dkg
