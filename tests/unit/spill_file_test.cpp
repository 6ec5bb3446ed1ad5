// Tests of the build's spill file (internal): extractions come back exactly as they were
// appended, as often as asked, and the file never shows in the temporary directory.
#include "pipeline/spill_file.h"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "dkg/error.h"
#include "unit/writer_test_support.h"

namespace dkg {
namespace {

using internal::SpillFile;

// Points $TMPDIR at `dir` for the lifetime of the object.
class ScopedTmpDir {
 public:
  explicit ScopedTmpDir(const std::filesystem::path& dir) {
    if (const char* old = ::getenv("TMPDIR")) old_ = old;
    ::setenv("TMPDIR", dir.c_str(), 1);
  }
  ~ScopedTmpDir() {
    if (old_)
      ::setenv("TMPDIR", old_->c_str(), 1);
    else
      ::unsetenv("TMPDIR");
  }

 private:
  std::optional<std::string> old_;
};

Extraction Sample(int n) {
  Extraction x;
  x.report_id = "report-" + std::to_string(n);
  x.date = n % 2 ? "2024-03-0" + std::to_string(n % 10) : "";
  Entity person{.id = "p1",
                .type = EntityType::kPerson,
                .name =
                    "Mevl\xC3\xBCt \xC3\x87"
                    "avu\xC5\x9Fo\xC4\x9Flu",
                .aliases = {"\xC3\x87"
                            "avu\xC5\x9Fo\xC4\x9Flu",
                            std::string("nul\0byte", 8), ""},
                .roles = {"Minister"},
                .country = "TUR",
                .mentions = {Span{0, 5}, Span{4294967290u, 4294967295u}}};
  Entity country{.id = "c1", .type = EntityType::kCountry, .name = "Turkey", .country = "TUR"};
  Entity institution{.id = "i1", .type = EntityType::kInstitution};
  x.entities = {person, country, institution};
  Relation r;
  r.type = RelationType::kConveyedGreetingsTo;
  r.source = 0;
  r.target = 1;
  r.on_behalf_of = n % 3 ? 2 : -1;
  r.evidence = {Span{7, 70}, std::string(static_cast<std::size_t>(n) * 100, 'x'), "greetings"};
  x.relations = {r, Relation{.type = RelationType::kRepresents, .source = 0, .target = 1}};
  return x;
}

void ExpectSame(const Extraction& a, const Extraction& b) {
  EXPECT_EQ(a.report_id, b.report_id);
  EXPECT_EQ(a.date, b.date);
  ASSERT_EQ(a.entities.size(), b.entities.size());
  for (std::size_t i = 0; i < a.entities.size(); ++i) {
    const Entity& x = a.entities[i];
    const Entity& y = b.entities[i];
    EXPECT_EQ(std::tie(x.id, x.type, x.name, x.aliases, x.roles, x.country, x.mentions),
              std::tie(y.id, y.type, y.name, y.aliases, y.roles, y.country, y.mentions));
  }
  ASSERT_EQ(a.relations.size(), b.relations.size());
  for (std::size_t i = 0; i < a.relations.size(); ++i) {
    const Relation& x = a.relations[i];
    const Relation& y = b.relations[i];
    EXPECT_EQ(std::tie(x.type, x.source, x.target, x.on_behalf_of, x.evidence.sentence,
                       x.evidence.text, x.evidence.rule),
              std::tie(y.type, y.source, y.target, y.on_behalf_of, y.evidence.sentence,
                       y.evidence.text, y.evidence.rule));
  }
}

TEST(SpillFileTest, ExtractionsRoundTripInOrderAsOftenAsRead) {
  std::vector<Extraction> written = {Extraction{}};  // an empty one too
  for (int n = 1; n <= 300; ++n) written.push_back(Sample(n));
  SpillFile spill;
  for (const Extraction& x : written) spill.Append(x);
  EXPECT_EQ(spill.size(), written.size());
  for (int pass = 0; pass < 2; ++pass) {
    spill.Rewind();
    Extraction back;
    for (const Extraction& x : written) {
      ASSERT_TRUE(spill.Read(back));
      ExpectSame(back, x);
    }
    EXPECT_FALSE(spill.Read(back));
  }
}

TEST(SpillFileTest, AnEmptySpillReadsNothing) {
  SpillFile spill;
  spill.Rewind();
  Extraction x;
  EXPECT_FALSE(spill.Read(x));
}

TEST(SpillFileTest, TheFileIsInTmpdirButNeverVisible) {
  testing::TempDir dir;
  ScopedTmpDir tmpdir(dir.path());
  {
    SpillFile spill;
    spill.Append(Sample(1));
    EXPECT_TRUE(std::filesystem::is_empty(dir.path()));
  }
  EXPECT_TRUE(std::filesystem::is_empty(dir.path()));
}

TEST(SpillFileTest, AMissingTmpdirIsAnError) {
  testing::TempDir dir;
  ScopedTmpDir tmpdir(dir.path() / "missing");
  EXPECT_THROW(SpillFile(), Error);
}

}  // namespace
}  // namespace dkg
