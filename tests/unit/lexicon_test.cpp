// Tests of the lexicon: loading the bundled data, phrase matching on folded tokens,
// word lists, and the errors a broken lexicon directory gives.
#include "dkg/lexicon/lexicon.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "dkg/error.h"
#include "dkg/text/tokenizer.h"
#include "unit/extract_test_support.h"

namespace dkg {
namespace {

namespace fs = std::filesystem;

using extract_test::BundledLexicon;

const fs::path kBundled = DKG_SOURCE_DIR "/data/lexicon";

Tokens TokensOf(const std::string& text) {
  return Tokenize(text, Span{0, static_cast<std::uint32_t>(text.size())});
}

// The match at token `i` of `text`, with the tokens kept alive for the caller.
struct Matched {
  Tokens tokens;
  PhraseMatch match;
};

Matched MatchAt(const std::string& text, std::size_t i, std::size_t end = SIZE_MAX) {
  Matched m{TokensOf(text), {}};
  m.match = BundledLexicon()->LongestMatch(m.tokens, i, std::min(end, m.tokens.size()));
  return m;
}

// Alpha-3 of the country a match names (by name or adjective), or "".
std::string CountryCode(const PhraseMatch& match) {
  const PhraseEntry* entry = match.Find(PhraseKind::kCountryName);
  if (!entry) entry = match.Find(PhraseKind::kCountryAdjective);
  return entry ? BundledLexicon()->countries()[entry->index].alpha3 : "";
}

TEST(LexiconLoadTest, BundledLexiconHasCountriesOrganisationsAndTitles) {
  const Lexicon& lexicon = *BundledLexicon();
  EXPECT_GT(lexicon.countries().size(), 190u);
  const CountryInfo* france = lexicon.CountryByCode("FRA");
  ASSERT_NE(france, nullptr);
  EXPECT_EQ(france->name, "France");
  EXPECT_EQ(france->alpha2, "FR");
  EXPECT_EQ(lexicon.CountryByCode("XYZ"), nullptr);
  EXPECT_EQ(lexicon.CountryByCode("fra"), nullptr);  // codes are exact

  bool found_un = false;
  for (const OrganizationInfo& org : lexicon.organizations()) {
    if (org.name != "United Nations") continue;
    found_un = true;
    EXPECT_EQ(org.acronym, "UN");
    EXPECT_EQ(org.country, "");  // international
  }
  EXPECT_TRUE(found_un);
}

TEST(LexiconLoadTest, DefaultDirectoryHoldsALoadableLexicon) {
  const fs::path dir = Lexicon::DefaultDirectory();
  EXPECT_TRUE(fs::exists(dir / "countries.json")) << dir;
  EXPECT_NO_THROW(Lexicon::Load(dir));
}

// leaders.json: a leader's full names (any spelling listed, folded as NormalizeKey does) ->
// the state led; never a surname alone, nor a name namesakes of two states share.
TEST(LexiconLoadTest, LeadersNameTheStateTheyLed) {
  const Lexicon& lexicon = *BundledLexicon();
  auto led = [&](std::string_view name) -> std::string {
    const int index = lexicon.LeaderCountry(name);
    return index < 0 ? "" : lexicon.countries()[index].alpha3;
  };
  EXPECT_EQ(led("Paul Kagame"), "RWA");
  EXPECT_EQ(led("PAUL KAGAME"), "RWA");
  EXPECT_EQ(led("Recep Tayyip Erdogan"), "TUR");
  EXPECT_EQ(led("Recep Tayyip Erdoğan"), "TUR");
  EXPECT_EQ(led("Kagame"), "");
  EXPECT_EQ(led("Albert II"), "");  // of Belgium and of Monaco
  EXPECT_EQ(led("John Smith"), "");
}

// foreign_ministers.json likewise: a foreign minister's full names -> the state served.
TEST(LexiconLoadTest, ForeignMinistersNameTheStateTheyServed) {
  const Lexicon& lexicon = *BundledLexicon();
  auto served = [&](std::string_view name) -> std::string {
    const int index = lexicon.ForeignMinisterCountry(name);
    return index < 0 ? "" : lexicon.countries()[index].alpha3;
  };
  EXPECT_EQ(served("Sergey Lavrov"), "RUS");
  EXPECT_EQ(served("Sergei Lavrov"), "RUS");
  EXPECT_EQ(served("Lavrov"), "");
  EXPECT_EQ(served("Paul Kagame"), "");  // a leader, not a minister
}

// countries.json "shared_adjectives" and "shared_names": an adjective or a short name the
// lexicon gives one state that another uses too.
TEST(LexiconLoadTest, SharedWordsNameTheOtherState) {
  const Lexicon& lexicon = *BundledLexicon();
  auto sharing = [&](std::string_view word) -> std::string {
    const int index = lexicon.SharedWordCountry(word);
    return index < 0 ? "" : lexicon.countries()[index].alpha3;
  };
  EXPECT_EQ(sharing("congolese"), "COG");
  EXPECT_EQ(sharing("dominican"), "DMA");
  EXPECT_EQ(sharing("congo"), "COD");
  EXPECT_EQ(sharing("french"), "");
}

TEST(LexiconMatchTest, MultiWordCountryName) {
  const Matched m = MatchAt("the Republic of Korea said", 1);
  EXPECT_EQ(m.match.length, 3u);
  EXPECT_TRUE(m.match.Has(PhraseKind::kCountryName));
  EXPECT_EQ(CountryCode(m.match), "KOR");
  // Case does not matter: tokens are compared folded.
  EXPECT_EQ(CountryCode(MatchAt("REPUBLIC OF KOREA", 0).match), "KOR");
}

TEST(LexiconMatchTest, EndBoundsTheMatch) {
  const Matched m = MatchAt("the Republic of Korea said", 1, 3);  // "Republic of" only
  EXPECT_NE(CountryCode(m.match), "KOR");
  EXPECT_LT(m.match.length, 3u);
  EXPECT_EQ(MatchAt("Korea", 0, 0).match.length, 0u);
}

TEST(LexiconMatchTest, AbbreviationWithPeriodsIsNameAndAdjective) {
  const Matched m = MatchAt("U.S. envoy", 0);
  EXPECT_EQ(m.match.length, 1u);
  EXPECT_TRUE(m.match.Has(PhraseKind::kCountryName));
  EXPECT_TRUE(m.match.Has(PhraseKind::kCountryAdjective));
  EXPECT_EQ(CountryCode(m.match), "USA");
  EXPECT_EQ(CountryCode(MatchAt("United States of America", 0).match), "USA");
  EXPECT_EQ(MatchAt("United States of America", 0).match.length, 4u);
}

TEST(LexiconMatchTest, DiacriticsAreFoldedBothWays) {
  // The lexicon spells "Türkiye" and "Côte d'Ivoire"; text may drop or keep the marks.
  for (const std::string text : {"Türkiye", "Turkiye", "TÜRKIYE"})
    EXPECT_EQ(CountryCode(MatchAt(text, 0).match), "TUR") << text;
  for (const std::string text : {"Côte d'Ivoire", "Cote d'Ivoire", "Côte d’Ivoire"})
    EXPECT_EQ(CountryCode(MatchAt(text, 0).match), "CIV") << text;
  EXPECT_EQ(CountryCode(MatchAt("Aland Islands", 0).match), "ALA");
  EXPECT_EQ(CountryCode(MatchAt("Åland Islands", 0).match), "ALA");
}

TEST(LexiconMatchTest, AdjectiveOfACountry) {
  const Matched m = MatchAt("Emirati officials", 0);
  EXPECT_EQ(m.match.length, 1u);
  EXPECT_TRUE(m.match.Has(PhraseKind::kCountryAdjective));
  EXPECT_FALSE(m.match.Has(PhraseKind::kCountryName));
  EXPECT_EQ(CountryCode(m.match), "ARE");
}

TEST(LexiconMatchTest, TitlesAreMatchedLongestFirstWithTheirKind) {
  const Lexicon& lexicon = *BundledLexicon();
  const Matched marshal = MatchAt("Air Chief Marshal Ali Shah", 0);
  EXPECT_EQ(marshal.match.length, 3u);
  const PhraseEntry* title = marshal.match.Find(PhraseKind::kTitle);
  ASSERT_NE(title, nullptr);
  EXPECT_EQ(lexicon.title_kind(title->index), "military");

  const Matched minister = MatchAt("Deputy Prime Minister Ana Ruiz", 0);
  EXPECT_EQ(minister.match.length, 3u);
  ASSERT_NE(minister.match.Find(PhraseKind::kTitle), nullptr);
  EXPECT_EQ(lexicon.title_kind(minister.match.Find(PhraseKind::kTitle)->index), "civil");

  const Matched foreign = MatchAt("Foreign Minister of Peru", 0);
  EXPECT_EQ(foreign.match.length, 2u);
  EXPECT_TRUE(foreign.match.Has(PhraseKind::kTitle));

  // Plurals of heads are titles too ("the Presidents of Lithuania and Poland").
  EXPECT_TRUE(MatchAt("Ambassadors", 0).match.Has(PhraseKind::kTitle));
}

TEST(LexiconMatchTest, HonorificsModifiersAndOrganisations) {
  EXPECT_TRUE(MatchAt("H.E. Ana Ruiz", 0).match.Has(PhraseKind::kHonorific));
  EXPECT_TRUE(MatchAt("Sheikh Tahnoun", 0).match.Has(PhraseKind::kHonorific));
  EXPECT_TRUE(MatchAt("Acting President", 0).match.Has(PhraseKind::kTitleModifier));

  const Matched lna = MatchAt("LNA forces", 0);
  const PhraseEntry* org = lna.match.Find(PhraseKind::kOrganization);
  ASSERT_NE(org, nullptr);
  EXPECT_EQ(BundledLexicon()->organizations()[org->index].name, "Libyan National Army");
  EXPECT_EQ(BundledLexicon()->organizations()[org->index].country, "LBY");

  EXPECT_TRUE(MatchAt("General Command", 0).match.Has(PhraseKind::kInstitutionHead));
}

TEST(LexiconMatchTest, NoMatchIsEmpty) {
  const Matched m = MatchAt("banana republic", 0);
  EXPECT_EQ(m.match.length, 0u);
  EXPECT_FALSE(m.match.Has(PhraseKind::kCountryName));
  EXPECT_EQ(m.match.Find(PhraseKind::kTitle), nullptr);
  const PhraseMatch none;
  EXPECT_FALSE(none.Has(PhraseKind::kTitle));
}

TEST(LexiconWordsTest, CommonWordsAreLowerCaseDictionaryWords) {
  const Lexicon& lexicon = *BundledLexicon();
  EXPECT_TRUE(lexicon.IsCommonWord("price"));
  EXPECT_TRUE(lexicon.IsCommonWord("meeting"));
  EXPECT_FALSE(lexicon.IsCommonWord("blinken"));
  EXPECT_FALSE(lexicon.IsCommonWord("cavusoglu"));
  EXPECT_FALSE(lexicon.IsCommonWord(""));
}

TEST(LexiconWordsTest, TriggerListsAndAbbreviations) {
  const Lexicon& lexicon = *BundledLexicon();
  EXPECT_TRUE(lexicon.InList("meeting_verbs", "met"));
  EXPECT_TRUE(lexicon.InList("call_words", "telephone"));
  EXPECT_FALSE(lexicon.InList("meeting_verbs", "telephone"));
  EXPECT_FALSE(lexicon.InList("no_such_list", "met"));
  // The same word asked about list after list (the per-thread cache must not confuse them).
  EXPECT_TRUE(lexicon.InList("future_words", "will"));
  EXPECT_FALSE(lexicon.InList("negation_words", "will"));
  EXPECT_TRUE(lexicon.InList("future_words", "will"));

  EXPECT_EQ(lexicon.ExpandAbbreviation("gen."), "general");
  EXPECT_EQ(lexicon.ExpandAbbreviation("lt."), "lieutenant");
  EXPECT_EQ(lexicon.ExpandAbbreviation("pm"), "prime minister");
  EXPECT_EQ(lexicon.ExpandAbbreviation("ambassador"), "ambassador");  // unknown: as given
}

TEST(LexiconWordsTest, OneWordLookupAgreesWithTheSeparateQuestions) {
  const Lexicon& lexicon = *BundledLexicon();
  const std::uint64_t met = lexicon.ListBit("meeting_verbs");
  ASSERT_NE(met, 0u);
  // asked twice: the second answer comes from the per-thread word cache
  for (int pass = 0; pass < 2; ++pass) {
    EXPECT_NE(lexicon.Word("met").bits & met, 0u);
    EXPECT_EQ(lexicon.Word("price").bits & met, 0u);
    EXPECT_NE(lexicon.Word("price").bits & Lexicon::kCommonWordBit, 0u);
    EXPECT_EQ(lexicon.Word("blinken").bits, 0u);
    EXPECT_EQ(lexicon.Word("met").bits, lexicon.WordBits("met"));
  }
  EXPECT_NE(lexicon.Word("foreign").phrase, nullptr);  // "Foreign Minister" starts here
  EXPECT_EQ(lexicon.Word("blinken").phrase, nullptr);
  // a word longer than the cache keeps answers right
  const std::string long_word(40, 'x');
  EXPECT_EQ(lexicon.Word(long_word).bits, 0u);
}

TEST(LexiconMatchTest, WordMatchIsTheOneWordPhrase) {
  const Lexicon& lexicon = *BundledLexicon();
  EXPECT_EQ(CountryCode(lexicon.WordMatch("french")), "FRA");
  EXPECT_EQ(lexicon.WordMatch("french").length, 1u);
  EXPECT_EQ(lexicon.WordMatch("foreign").length, 0u);  // only a prefix of phrases
  EXPECT_EQ(lexicon.WordMatch("blinken").length, 0u);
}

class LexiconDirTest : public ::testing::Test {
 protected:
  void SetUp() override {
    static std::atomic<int> counter{0};
    dir_ = fs::temp_directory_path() /
           ("dkg_lexicon_" + std::to_string(::getpid()) + "_" + std::to_string(counter++));
    fs::create_directories(dir_);
    for (const auto& entry : fs::directory_iterator(kBundled))
      fs::copy_file(entry.path(), dir_ / entry.path().filename());
  }
  void TearDown() override {
    std::error_code ignored;
    fs::remove_all(dir_, ignored);
  }
  void Write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name, std::ios::binary | std::ios::trunc) << text;
  }
  // The message of the dkg::Error Load throws, or "no error".
  std::string LoadError() const {
    try {
      Lexicon::Load(dir_);
    } catch (const Error& e) {
      return e.what();
    }
    return "no error";
  }

  fs::path dir_;
};

TEST_F(LexiconDirTest, CopyLoads) { EXPECT_EQ(LoadError(), "no error"); }

TEST_F(LexiconDirTest, SyntaxErrorNamesTheFile) {
  Write("titles.json", "{\"heads\": [");
  const std::string message = LoadError();
  EXPECT_NE(message.find("titles.json"), std::string::npos) << message;
}

TEST_F(LexiconDirTest, MissingFileNamesTheFile) {
  fs::remove(dir_ / "triggers.json");
  const std::string message = LoadError();
  EXPECT_NE(message.find("triggers.json"), std::string::npos) << message;
}

TEST_F(LexiconDirTest, WrongShapeNamesTheFile) {
  Write("countries.json", R"({"countries": [{"alpha3": "FR", "name": "France", "names": []}]})");
  std::string message = LoadError();
  EXPECT_NE(message.find("countries.json"), std::string::npos) << message;

  fs::copy_file(kBundled / "countries.json", dir_ / "countries.json",
                fs::copy_options::overwrite_existing);
  Write("institutions.json", R"({"heads": ["Army"], "organizations": {}})");
  message = LoadError();
  EXPECT_NE(message.find("institutions.json"), std::string::npos) << message;

  fs::copy_file(kBundled / "institutions.json", dir_ / "institutions.json",
                fs::copy_options::overwrite_existing);
  Write("common_words.json", R"({"words": ["price", 3]})");
  message = LoadError();
  EXPECT_NE(message.find("common_words.json"), std::string::npos) << message;
}

TEST_F(LexiconDirTest, MissingDirectoryThrows) {
  const fs::path absent = dir_ / "absent";
  EXPECT_THROW(Lexicon::Load(absent), Error);
}

TEST_F(LexiconDirTest, TwoLexiconsAnswerFromTheirOwnLists) {
  Write("triggers.json", R"({"meeting_verbs": ["gathered"], "call_words": ["Telegram"]})");
  const auto own = Lexicon::Load(dir_);
  const Lexicon& bundled = *BundledLexicon();
  for (int round = 0; round < 3; ++round) {  // interleaved: no per-thread cache leaks
    EXPECT_TRUE(bundled.InList("meeting_verbs", "met"));
    EXPECT_FALSE(own->InList("meeting_verbs", "met"));
    EXPECT_TRUE(own->InList("meeting_verbs", "gathered"));
    EXPECT_FALSE(bundled.InList("meeting_verbs", "gathered"));
    EXPECT_TRUE(own->InList("call_words", "telegram"));  // list words are folded on load
    EXPECT_FALSE(own->InList("future_words", "will"));
  }
}

}  // namespace
}  // namespace dkg
