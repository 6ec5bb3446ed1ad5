// The golden test on the user's seed report (data/reports/000_8b0d92ddfd913db1.txt):
// every entity, role, alias and relation the user listed for it, exactly, and the same
// facts once more through the whole build (reader -> extractor -> resolver -> graph).
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "dkg/extract/extractor.h"
#include "dkg/graph/knowledge_graph.h"
#include "dkg/io/report_reader.h"
#include "dkg/pipeline/build.h"
#include "unit/extract_test_support.h"

namespace dkg {
namespace {

using extract_test::BundledExtractor;
using extract_test::Contains;
using extract_test::Dump;
using extract_test::Greets;
using extract_test::Met;
using extract_test::NamesOf;
using extract_test::Relations;
using extract_test::Represents;

constexpr const char* kSeedPath = DKG_SOURCE_DIR "/data/reports/000_8b0d92ddfd913db1.txt";
constexpr const char* kMeetingSentenceStart = "During the visit, Haftar met";

Report ReadSeed() {
  std::vector<Report> reports;
  std::vector<InputProblem> problems;
  ReadReports(
      {kSeedPath}, {}, [&](Report&& r) { reports.push_back(std::move(r)); },
      [&](const InputProblem& p) { problems.push_back(p); });
  EXPECT_TRUE(problems.empty()) << problems.front().message;
  if (reports.size() != 1) {
    ADD_FAILURE() << "expected one report in " << kSeedPath << ", got " << reports.size();
    return {};
  }
  return reports.front();
}

// The seed report and its extraction, made once for every test here.
class SeedGoldenTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    report_ = new Report(ReadSeed());
    extraction_ = new Extraction(BundledExtractor().Extract(*report_));
  }
  static void TearDownTestSuite() {
    delete extraction_;
    delete report_;
  }

  static const Entity* Named(EntityType type, const std::string& name) {
    const int i = extract_test::FindByName(*extraction_, type, name);
    return i < 0 ? nullptr : &extraction_->entities[i];
  }

  static Report* report_;
  static Extraction* extraction_;
};

Report* SeedGoldenTest::report_ = nullptr;
Extraction* SeedGoldenTest::extraction_ = nullptr;

TEST_F(SeedGoldenTest, ReportIsReadWithTitleAndBody) {
  EXPECT_EQ(report_->title.rfind("Lieutenant General Saddam Haftar,", 0), 0u) << report_->title;
  EXPECT_NE(report_->text.find(kMeetingSentenceStart), std::string::npos);
}

TEST_F(SeedGoldenTest, EntitiesAreExactlyTheUsersFacts) {
  const Extraction& x = *extraction_;
  EXPECT_EQ(NamesOf(x, EntityType::kPerson),
            (std::set<std::string>{"Saddam Haftar", "Vincent Girod", "Paul Soler",
                                   "Emmanuel Macron", "Khalifa Haftar"}))
      << Dump(x);
  EXPECT_EQ(
      NamesOf(x, EntityType::kInstitution),
      (std::set<std::string>{"Libyan National Army", "Libyan Armed Forces", "General Command"}))
      << Dump(x);
  EXPECT_EQ(NamesOf(x, EntityType::kCountry), (std::set<std::string>{"Libya", "France"}))
      << Dump(x);
  // Each entity once, whatever its type.
  std::set<std::string> ids;
  for (const Entity& e : x.entities) EXPECT_TRUE(ids.insert(e.id).second) << e.id;
}

TEST_F(SeedGoldenTest, VenuesAreNotEntities) {
  for (const Entity& e : extraction_->entities) {
    for (const char* venue : {"Paris", "Elysee", "Elysee Palace"}) {
      EXPECT_NE(e.name, venue);
      EXPECT_FALSE(Contains(e.aliases, venue)) << e.name << " has alias " << venue;
    }
  }
}

TEST_F(SeedGoldenTest, LocalIdsFollowTypeAndOrderOfFirstMention) {
  const Entity* saddam = Named(EntityType::kPerson, "Saddam Haftar");
  const Entity* lna = Named(EntityType::kInstitution, "Libyan National Army");
  ASSERT_NE(saddam, nullptr);
  ASSERT_NE(lna, nullptr);
  EXPECT_EQ(saddam->id, "p1");  // the first person of the report
  EXPECT_EQ(lna->id, "i1");     // the first institution
  for (const Entity& e : extraction_->entities) {
    const char prefix = e.type == EntityType::kPerson        ? 'p'
                        : e.type == EntityType::kInstitution ? 'i'
                                                             : 'c';
    ASSERT_FALSE(e.id.empty());
    EXPECT_EQ(e.id.front(), prefix) << e.id;
  }
}

TEST_F(SeedGoldenTest, AliasesAndRoles) {
  const Entity* saddam = Named(EntityType::kPerson, "Saddam Haftar");
  ASSERT_NE(saddam, nullptr) << Dump(*extraction_);
  EXPECT_TRUE(Contains(saddam->aliases, "Haftar"));
  EXPECT_TRUE(Contains(saddam->aliases, "Deputy Commander-in-Chief"));
  EXPECT_TRUE(Contains(saddam->roles, "Lieutenant General"));
  EXPECT_TRUE(Contains(saddam->roles, "Deputy Commander-in-Chief of the Libyan National Army"));

  const Entity* girod = Named(EntityType::kPerson, "Vincent Girod");
  ASSERT_NE(girod, nullptr);
  EXPECT_TRUE(Contains(girod->roles, "General"));
  EXPECT_TRUE(Contains(girod->roles, "Chief of Staff to the President of the French Republic"));

  const Entity* soler = Named(EntityType::kPerson, "Paul Soler");
  ASSERT_NE(soler, nullptr);
  EXPECT_TRUE(Contains(soler->roles, "special envoy of President Emmanuel Macron"));

  const Entity* macron = Named(EntityType::kPerson, "Emmanuel Macron");
  ASSERT_NE(macron, nullptr);
  EXPECT_TRUE(Contains(macron->roles, "President"));
  EXPECT_TRUE(Contains(macron->aliases, "Macron"));  // "to President Macron"

  const Entity* khalifa = Named(EntityType::kPerson, "Khalifa Haftar");
  ASSERT_NE(khalifa, nullptr);
  EXPECT_TRUE(Contains(khalifa->roles, "Field Marshal"));
  EXPECT_TRUE(Contains(khalifa->roles, "Commander-in-Chief of the Libyan Armed Forces"));
  // "Haftar" alone always means Saddam in this report, never the Field Marshal.
  EXPECT_FALSE(Contains(khalifa->aliases, "Haftar"));

  const Entity* libya = Named(EntityType::kCountry, "Libya");
  const Entity* france = Named(EntityType::kCountry, "France");
  ASSERT_NE(libya, nullptr);
  ASSERT_NE(france, nullptr);
  EXPECT_EQ(libya->country, "LBY");
  EXPECT_EQ(france->country, "FRA");
  EXPECT_TRUE(Contains(france->aliases, "French Republic"));
}

TEST_F(SeedGoldenTest, MeetingsAreExactlyHaftarWithGirodAndSoler) {
  EXPECT_EQ(Relations(*extraction_, RelationType::kMetWith),
            (std::set<std::string>{Met("Saddam Haftar", "Vincent Girod"),
                                   Met("Saddam Haftar", "Paul Soler")}))
      << Dump(*extraction_);
  // Girod and Soler were on the same (French) side.
  EXPECT_FALSE(extract_test::Has(*extraction_, Met("Vincent Girod", "Paul Soler")));
}

TEST_F(SeedGoldenTest, RepresentsIsExactlyTheStatedAffiliations) {
  EXPECT_EQ(Relations(*extraction_, RelationType::kRepresents),
            (std::set<std::string>{
                Represents("Saddam Haftar", "Libyan National Army"),
                Represents("Libyan National Army", "Libya"),
                Represents("Vincent Girod", "France"),
                Represents("Paul Soler", "Emmanuel Macron"),
                Represents("Emmanuel Macron", "France"),
                Represents("Khalifa Haftar", "Libyan Armed Forces"),
                Represents("Libyan Armed Forces", "Libya"),
            }))
      << Dump(*extraction_);
}

TEST_F(SeedGoldenTest, GreetingsGoFromSaddamToMacron) {
  std::set<std::string> pairs;
  for (const Relation& r : extraction_->relations) {
    if (r.type != RelationType::kConveyedGreetingsTo) continue;
    pairs.insert(extraction_->entities[r.source].name + " -> " +
                 extraction_->entities[r.target].name);
  }
  EXPECT_EQ(pairs, (std::set<std::string>{"Saddam Haftar -> Emmanuel Macron"}))
      << Dump(*extraction_);
}

TEST_F(SeedGoldenTest, GreetingsAreOnBehalfOfKhalifaHaftar) {
  EXPECT_EQ(Relations(*extraction_, RelationType::kConveyedGreetingsTo),
            (std::set<std::string>{Greets("Saddam Haftar", "Emmanuel Macron", "Khalifa Haftar")}))
      << Dump(*extraction_);
}

TEST_F(SeedGoldenTest, MeetingEvidenceIsTheExactSentence) {
  const std::string content = report_->Content();
  const std::size_t begin = content.find(kMeetingSentenceStart);
  ASSERT_NE(begin, std::string::npos);
  const std::size_t end = content.find("Paul Soler.", begin) + std::string("Paul Soler.").size();
  const std::string sentence = content.substr(begin, end - begin);

  const int saddam = extract_test::Person(*extraction_, "Saddam Haftar");
  const int girod = extract_test::Person(*extraction_, "Vincent Girod");
  bool found = false;
  for (const Relation& r : extraction_->relations) {
    if (r.type != RelationType::kMetWith) continue;
    if (!((r.source == saddam && r.target == girod) || (r.source == girod && r.target == saddam)))
      continue;
    found = true;
    EXPECT_EQ(r.evidence.text, sentence);
    EXPECT_EQ(r.evidence.sentence.begin, begin);
    EXPECT_EQ(r.evidence.sentence.end, end);
    ASSERT_LE(r.evidence.sentence.end, content.size());
    EXPECT_EQ(content.substr(r.evidence.sentence.begin, r.evidence.sentence.size()),
              r.evidence.text);
    EXPECT_FALSE(r.evidence.rule.empty());
  }
  EXPECT_TRUE(found) << Dump(*extraction_);
}

TEST_F(SeedGoldenTest, EveryEvidenceSpanIndexesItsTextAndEveryMentionIsInContent) {
  const std::string content = report_->Content();
  for (const Relation& r : extraction_->relations) {
    ASSERT_LE(r.evidence.sentence.end, content.size());
    EXPECT_EQ(content.substr(r.evidence.sentence.begin, r.evidence.sentence.size()),
              r.evidence.text);
  }
  for (const Entity& e : extraction_->entities) {
    EXPECT_FALSE(e.mentions.empty()) << e.name;
    for (const Span& m : e.mentions) EXPECT_LE(m.end, content.size()) << e.name;
  }
}

TEST(SeedBuildTest, WholeBuildHasTheNodesAndTheEvidencedMeeting) {
  BuildOptions options;
  options.inputs = {kSeedPath};
  options.lexicon_dir = DKG_SOURCE_DIR "/data/lexicon";
  std::vector<InputProblem> problems;
  std::vector<Extraction> resolved;
  options.on_resolved = [&](const Extraction& x) { resolved.push_back(x); };
  const BuildResult result = Build(options, [&](const InputProblem& p) { problems.push_back(p); });
  EXPECT_TRUE(problems.empty());
  EXPECT_EQ(result.summary.reports, 1u);
  EXPECT_EQ(result.extractions, 1u);
  ASSERT_EQ(resolved.size(), 1u);

  const KnowledgeGraph& graph = result.graph;
  for (const char* id :
       {"person:saddam-haftar", "person:vincent-girod", "person:paul-soler",
        "person:emmanuel-macron", "person:khalifa-haftar", "country:LBY", "country:FRA"}) {
    EXPECT_TRUE(graph.FindNode(id).has_value()) << id;
  }
  const auto macron = graph.FindNode("person:emmanuel-macron");
  ASSERT_TRUE(macron.has_value());
  EXPECT_EQ(graph.node(*macron).label, "Emmanuel Macron");
  EXPECT_EQ(graph.node(*macron).country, "FRA");

  const auto edge =
      graph.FindEdge("person:vincent-girod", "person:saddam-haftar", RelationType::kMetWith);
  ASSERT_TRUE(edge.has_value());
  const EdgeData& data = graph.edge(*edge);
  ASSERT_EQ(data.support.size(), 1u);
  EXPECT_EQ(data.report_count, 1u);
  const EdgeSupport& support = *data.support.begin();
  EXPECT_EQ(support.evidence.rfind(kMeetingSentenceStart, 0), 0u) << support.evidence;
  EXPECT_EQ(support.report_id, resolved.front().report_id);

  const Report report = ReadSeed();
  const std::string content = report.Content();
  ASSERT_LE(support.sentence.end, content.size());
  EXPECT_EQ(content.substr(support.sentence.begin, support.sentence.size()), support.evidence);

  // The resolved extraction speaks in node ids.
  std::set<std::string> ids;
  for (const Entity& e : resolved.front().entities) ids.insert(e.id);
  EXPECT_TRUE(ids.count("person:saddam-haftar"));
  EXPECT_TRUE(ids.count("country:LBY"));
  EXPECT_FALSE(graph.FindEdge("person:vincent-girod", "person:paul-soler", RelationType::kMetWith)
                   .has_value());
}

}  // namespace
}  // namespace dkg
