#include "dkg/text/tokenizer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dkg {
namespace {

Span Whole(std::string_view content) { return {0, static_cast<std::uint32_t>(content.size())}; }

// Token texts, after checking that every span cites its text exactly.
std::vector<std::string> Texts(std::string_view content, Span range) {
  std::vector<std::string> texts;
  for (const Token& token : Tokenize(content, range)) {
    EXPECT_EQ(content.substr(token.span.begin, token.span.size()), token.text);
    texts.emplace_back(token.text);
  }
  return texts;
}

std::vector<std::string> Texts(std::string_view content) { return Texts(content, Whole(content)); }

std::vector<TokenShape> Shapes(std::string_view content) {
  std::vector<TokenShape> shapes;
  for (const Token& token : Tokenize(content, Whole(content))) shapes.push_back(token.shape);
  return shapes;
}

using Strings = std::vector<std::string>;
constexpr auto kWord = TokenShape::kWord;
constexpr auto kAbbr = TokenShape::kAbbreviation;
constexpr auto kNum = TokenShape::kNumber;
constexpr auto kPoss = TokenShape::kPossessive;
constexpr auto kPunct = TokenShape::kPunct;

TEST(TokenizerTest, TitlesAndHyphenatedWords) {
  const std::string content =
      "Lieutenant General Saddam Haftar, Deputy Commander-in-Chief of the Libyan National "
      "Army, arrived";
  EXPECT_EQ(Texts(content), (Strings{"Lieutenant", "General", "Saddam", "Haftar", ",", "Deputy",
                                     "Commander-in-Chief", "of", "the", "Libyan", "National",
                                     "Army", ",", "arrived"}));
  const auto tokens = Tokenize(content, Whole(content));
  EXPECT_EQ(tokens[6].span.begin, content.find("Commander"));
  EXPECT_EQ(tokens[6].folded, "commander-in-chief");
  EXPECT_TRUE(tokens[6].capitalized);
  EXPECT_FALSE(tokens[7].capitalized);
  EXPECT_EQ(tokens[4].shape, kPunct);
}

TEST(TokenizerTest, PossessivesSplitOff) {
  EXPECT_EQ(Texts("France’s role"), (Strings{"France", "’s", "role"}));
  EXPECT_EQ(Shapes("France’s role"), (std::vector{kWord, kPoss, kWord}));
  EXPECT_EQ(Texts("Haftar's visit"), (Strings{"Haftar", "'s", "visit"}));
  EXPECT_EQ(Texts("the ministers' meeting"), (Strings{"the", "ministers", "'", "meeting"}));
  EXPECT_EQ(Shapes("the ministers' meeting"), (std::vector{kWord, kWord, kPoss, kWord}));
  EXPECT_EQ(Texts("the U.S.'s role"), (Strings{"the", "U.S.", "'s", "role"}));
  const auto tokens = Tokenize("France’s", Whole("France’s"));
  EXPECT_EQ(tokens[1].folded, "'s");
}

TEST(TokenizerTest, InnerApostrophesAndHyphensStayInWords) {
  EXPECT_EQ(Texts("O'Brien met al-Sisi and Mana'a in Sana’a."),
            (Strings{"O'Brien", "met", "al-Sisi", "and", "Mana'a", "in", "Sana’a", "."}));
  EXPECT_EQ(Texts("O'Sullivan's"), (Strings{"O'Sullivan", "'s"}));
  EXPECT_EQ(Texts("well- known -x"), (Strings{"well", "-", "known", "-", "x"}));
  EXPECT_EQ(Texts("'quoted'"), (Strings{"'", "quoted", "'"}));
}

TEST(TokenizerTest, AnApostropheEndingANameBeforeANameStaysInIt) {
  EXPECT_EQ(Texts("Governor Peter Anyang' Nyong'o spoke"),
            (Strings{"Governor", "Peter", "Anyang'", "Nyong'o", "spoke"}));
  EXPECT_EQ(Texts("Governor Anyang\u2019 Nyong\u2019o"),
            (Strings{"Governor", "Anyang\u2019", "Nyong\u2019o"}));
  // a closing quote, a plural possessive, a quote before a lower-case word stay apart
  EXPECT_EQ(Texts("the 'Kenya' Today paper"),
            (Strings{"the", "'", "Kenya", "'", "Today", "paper"}));
  EXPECT_EQ(Texts("the Ministers' Council"), (Strings{"the", "Ministers", "'", "Council"}));
  EXPECT_EQ(Texts("said Kenya' today"), (Strings{"said", "Kenya", "'", "today"}));
}

TEST(TokenizerTest, AbbreviationsKeepTheirPeriods) {
  const std::string content =
      "the U.S. Secretary of State Antony J. Blinken met H.E. Sheikh Abdullah bin Zayed Al "
      "Nahyan.";
  EXPECT_EQ(Texts(content),
            (Strings{"the", "U.S.", "Secretary", "of", "State", "Antony", "J.", "Blinken", "met",
                     "H.E.", "Sheikh", "Abdullah", "bin", "Zayed", "Al", "Nahyan", "."}));
  const auto tokens = Tokenize(content, Whole(content));
  EXPECT_EQ(tokens[1].shape, kAbbr);
  EXPECT_TRUE(tokens[1].all_caps);
  EXPECT_EQ(tokens[1].folded, "u.s.");
  EXPECT_EQ(tokens[6].shape, kAbbr);
  EXPECT_FALSE(tokens[6].all_caps);  // one letter only
  EXPECT_EQ(tokens[9].shape, kAbbr);
  EXPECT_EQ(tokens.back().shape, kPunct);
  EXPECT_EQ(tokens.back().span.begin, content.size() - 1);
}

TEST(TokenizerTest, TitleAbbreviations) {
  EXPECT_EQ(Texts("Lt. Gen. Haftar met Dr. Gargash, Mr. Smith and Col. Ali Jr. today."),
            (Strings{"Lt.", "Gen.", "Haftar", "met", "Dr.", "Gargash", ",", "Mr.", "Smith", "and",
                     "Col.", "Ali", "Jr.", "today", "."}));
  EXPECT_EQ(Texts("St. Petersburg, U.A.E., e.g. this"),
            (Strings{"St.", "Petersburg", ",", "U.A.E.", ",", "e.g.", "this"}));
  EXPECT_EQ(Shapes("Resolution No. 5"), (std::vector{kWord, kAbbr, kNum}));
  EXPECT_EQ(Texts("He said No. Then"), (Strings{"He", "said", "No", ".", "Then"}));
  EXPECT_EQ(Shapes("on Feb. 12"), (std::vector{kWord, kAbbr, kNum}));
  EXPECT_EQ(Texts("the envoy, Wang Jun. Then"),
            (Strings{"the", "envoy", ",", "Wang", "Jun", ".", "Then"}));
  EXPECT_EQ(Texts("in a. b"), (Strings{"in", "a", ".", "b"}));
  EXPECT_EQ(Texts("The Fed."), (Strings{"The", "Fed", "."}));
}

TEST(TokenizerTest, HyphenBeforeDottedAcronymSeparates) {
  EXPECT_EQ(Texts("the Mekong-U.S. Partnership"),
            (Strings{"the", "Mekong", "-", "U.S.", "Partnership"}));
  EXPECT_EQ(Texts("U.S.-led talks"), (Strings{"U.S.", "-", "led", "talks"}));
  EXPECT_EQ(Texts("Al-A.B"), (Strings{"Al-A", ".", "B"}));
}

TEST(TokenizerTest, Numbers) {
  EXPECT_EQ(
      Texts("In 2022, 1,000 troops; 3.5 percent at 10:30."),
      (Strings{"In", "2022", ",", "1,000", "troops", ";", "3.5", "percent", "at", "10:30", "."}));
  EXPECT_EQ(Shapes("2022, 1,000"), (std::vector{kNum, kPunct, kNum}));
  EXPECT_EQ(Shapes("the 2nd G20 COVID-19"), (std::vector{kWord, kWord, kWord, kWord}));
  EXPECT_EQ(Texts("1,000."), (Strings{"1,000", "."}));
}

TEST(TokenizerTest, CaseFlags) {
  const std::string content = "NATO UN Türkiye ÇAVUŞOĞLU iPhone A";
  const auto tokens = Tokenize(content, Whole(content));
  ASSERT_EQ(tokens.size(), 6u);
  EXPECT_TRUE(tokens[0].all_caps);
  EXPECT_TRUE(tokens[1].all_caps);
  EXPECT_TRUE(tokens[2].capitalized);
  EXPECT_FALSE(tokens[2].all_caps);
  EXPECT_TRUE(tokens[3].all_caps);
  EXPECT_EQ(tokens[3].folded, "cavusoglu");
  EXPECT_FALSE(tokens[4].capitalized);
  EXPECT_TRUE(tokens[5].capitalized);
  EXPECT_FALSE(tokens[5].all_caps);
}

TEST(TokenizerTest, UnicodeWordsAndPunctuation) {
  const std::string content = "Çavuşoğlu — “Zelenskyy” محمد بن زايد 会谈";
  EXPECT_EQ(Texts(content),
            (Strings{"Çavuşoğlu", "—", "“", "Zelenskyy", "”", "محمد", "بن", "زايد", "会谈"}));
  const auto tokens = Tokenize(content, Whole(content));
  EXPECT_EQ(tokens[0].folded, "cavusoglu");
  EXPECT_EQ(tokens[1].folded, "-");
  EXPECT_EQ(tokens[1].shape, kPunct);
}

TEST(TokenizerTest, RangeIsRespected) {
  const std::string content = "First one. Second, here.";
  const auto begin = static_cast<std::uint32_t>(content.find("Second"));
  const auto end = static_cast<std::uint32_t>(content.size() - 1);
  const auto tokens = Tokenize(content, {begin, end});
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[0].span, (Span{begin, begin + 6}));
  EXPECT_EQ(tokens[2].text, "here");
  EXPECT_TRUE(Tokenize(content, {5, 5}).empty());
  EXPECT_EQ(Tokenize(content, {0, 1000}).size(), 7u);  // clamped to the content
}

TEST(TokenizerTest, MessyBytesNeverBreakScanning) {
  const std::string content =
      "a\xFF"
      "b \xE2\x80 c\xC2\xA0"
      "d\tend";
  EXPECT_EQ(Texts(content), (Strings{"a", "\xFF", "b", "\xE2\x80", "c", "d", "end"}));
  EXPECT_TRUE(Tokenize("", {0, 0}).empty());
  EXPECT_EQ(Texts("'s"), (Strings{"'", "s"}));
  EXPECT_EQ(Texts("..."), (Strings{".", ".", "."}));
}

TEST(TokenizerTest, FoldedFormsPointIntoTheTextOrIntoTheTokens) {
  const std::string content = "President Çavuşoğlu met the U.S. envoy";
  const auto tokens = Tokenize(content, Whole(content));
  ASSERT_EQ(tokens.size(), 6u);
  EXPECT_EQ(tokens[0].folded, "president");
  EXPECT_EQ(tokens[1].folded, "cavusoglu");
  EXPECT_EQ(tokens[2].folded, "met");
  EXPECT_EQ(tokens[4].folded, "u.s.");
  // already folded: no copy, a view of the content itself
  EXPECT_EQ(tokens[2].folded.data(), tokens[2].text.data());
  EXPECT_NE(tokens[0].folded.data(), tokens[0].text.data());
}

TEST(TokenizerTest, FoldedFormsSurviveAMove) {
  const std::string content = "Ministers MET in Paris";
  auto tokens = Tokenize(content, Whole(content));
  std::vector<Tokens> moved;
  moved.push_back(std::move(tokens));
  for (int i = 0; i < 20; ++i) moved.push_back(Tokenize(content, Whole(content)));  // regrows
  EXPECT_EQ(moved[0][0].folded, "ministers");
  EXPECT_EQ(moved[0][1].folded, "met");
  EXPECT_EQ(moved[0][3].folded, "paris");
}

}  // namespace
}  // namespace dkg
