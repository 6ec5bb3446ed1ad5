#include "dkg/text/sentence_splitter.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dkg {
namespace {

using Strings = std::vector<std::string>;

// Sentence texts, after checking the spans are ordered, trimmed and non-empty.
Strings Split(std::string_view content, std::size_t max_bytes = 4096) {
  Strings sentences;
  std::uint32_t previous_end = 0;
  for (const Span& span : SplitSentences(content, max_bytes)) {
    EXPECT_FALSE(span.empty());
    EXPECT_GE(span.begin, previous_end);
    EXPECT_LE(span.end, content.size());
    const std::string_view text = content.substr(span.begin, span.size());
    EXPECT_NE(text.front(), ' ');
    EXPECT_NE(text.back(), ' ');
    EXPECT_EQ(text.find('\n'), std::string_view::npos);
    sentences.emplace_back(text);
    previous_end = span.end;
  }
  return sentences;
}

TEST(SentenceSplitterTest, SimpleSentences) {
  EXPECT_EQ(Split("The talks ended. Both sides agreed! Was it useful? Yes."),
            (Strings{"The talks ended.", "Both sides agreed!", "Was it useful?", "Yes."}));
  EXPECT_TRUE(Split("").empty());
  EXPECT_TRUE(Split("  \n\n \t ").empty());
}

TEST(SentenceSplitterTest, ExactByteOffsets) {
  const std::string content = "  First sentence here.  Second one follows.\n";
  const auto spans = SplitSentences(content);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[0], (Span{2, 22}));
  EXPECT_EQ(content.substr(spans[0].begin, spans[0].size()), "First sentence here.");
  EXPECT_EQ(spans[1].begin, content.find("Second"));
  EXPECT_EQ(spans[1].end, content.size() - 1);
}

TEST(SentenceSplitterTest, TitlesDoNotEndSentences) {
  EXPECT_EQ(Split("Lt. Gen. Haftar met Dr. Anwar Gargash. Mr. Smith was there."),
            (Strings{"Lt. Gen. Haftar met Dr. Anwar Gargash.", "Mr. Smith was there."}));
  EXPECT_EQ(Split("He met Eng. Ahmad Ajmi and Engr. Tarek Selim. They talked."),
            (Strings{"He met Eng. Ahmad Ajmi and Engr. Tarek Selim.", "They talked."}));
  EXPECT_EQ(Split("He met Amb. Jones and Prof. Lee. Then St. Mary's Sen. Ross spoke."),
            (Strings{"He met Amb. Jones and Prof. Lee.", "Then St. Mary's Sen. Ross spoke."}));
}

TEST(SentenceSplitterTest, RanksJoinedByAHyphenDoNotEndSentences) {
  EXPECT_EQ(
      Split("It was led by Lt.-Gen. Tunde Bello and Brig.-Gen. Sani Garba. They left."),
      (Strings{"It was led by Lt.-Gen. Tunde Bello and Brig.-Gen. Sani Garba.", "They left."}));
  // (a word of the sentence after a hyphen is no rank: "Asia-Pacific." ends it)
  EXPECT_EQ(Split("Trade grew in the Asia-Pacific. Gen. Bello spoke."),
            (Strings{"Trade grew in the Asia-Pacific.", "Gen. Bello spoke."}));
}

TEST(SentenceSplitterTest, ShortenedGivenNamesDoNotEndSentences) {
  EXPECT_EQ(Split("Adviser Md. Touhid Hossain met Mohd. Yusof. They talked."),
            (Strings{"Adviser Md. Touhid Hossain met Mohd. Yusof.", "They talked."}));
}

TEST(SentenceSplitterTest, IndianHonorificDoesNotEndASentence) {
  EXPECT_EQ(Split("It included Joint Secretary (Americas) Smt. Meera Iyer. They talked."),
            (Strings{"It included Joint Secretary (Americas) Smt. Meera Iyer.", "They talked."}));
}

// "Ma." (Maria, in the Philippines) shortens a given name only before a name of two words.
TEST(SentenceSplitterTest, MaShortensAGivenNameOnlyBeforeAName) {
  EXPECT_EQ(
      Split("She met Secretary Ma. Theresa P. Lazaro. He met Jack Ma. The talks ended."),
      (Strings{"She met Secretary Ma. Theresa P. Lazaro.", "He met Jack Ma.", "The talks ended."}));
}

// (a surname's particle in lower case between the two: "Ma. Angelito dela Paz")
TEST(SentenceSplitterTest, MaShortensAGivenNameBeforeAParticleOfTheSurname) {
  EXPECT_EQ(Split("Present was Ambassador Jose Ma. Angelito dela Paz-Villanueva. He met Jack "
                  "Ma. Angelito left."),
            (Strings{"Present was Ambassador Jose Ma. Angelito dela Paz-Villanueva.",
                     "He met Jack Ma.", "Angelito left."}));
}

TEST(SentenceSplitterTest, InitialsAndAcronyms) {
  EXPECT_EQ(
      Split("The U.S. Secretary of State Antony J. Blinken met H.E. Sheikh Abdullah bin Zayed "
            "Al Nahyan. They discussed Gaza."),
      (Strings{"The U.S. Secretary of State Antony J. Blinken met H.E. Sheikh Abdullah bin "
               "Zayed Al Nahyan.",
               "They discussed Gaza."}));
  EXPECT_EQ(Split("He flew to the U.S. The talks went well."),
            (Strings{"He flew to the U.S. The talks went well."}));
  EXPECT_EQ(Split("He flew to the U.S.\n\nThe talks went well."),
            (Strings{"He flew to the U.S.", "The talks went well."}));
}

TEST(SentenceSplitterTest, RegnalNumeralBeforeACourtesyTitleEndsTheSentence) {
  EXPECT_EQ(
      Split("They met in the reign of the late King Mohammed V. Mr. Ferrante then spoke."),
      (Strings{"They met in the reign of the late King Mohammed V.", "Mr. Ferrante then spoke."}));
  EXPECT_EQ(Split("He met John F. Kennedy and Dr. Ali."),
            (Strings{"He met John F. Kennedy and Dr. Ali."}));
}

TEST(SentenceSplitterTest, AcronymsThatUsuallyEndSentences) {
  EXPECT_EQ(
      Split("They met in Washington, D.C. The Secretary spoke. It was etc. We left."),
      (Strings{"They met in Washington, D.C.", "The Secretary spoke.", "It was etc.", "We left."}));
  EXPECT_EQ(Split("It began at 10 a.m. The talks ran late."),
            (Strings{"It began at 10 a.m.", "The talks ran late."}));
  EXPECT_EQ(Split("They discussed the Mekong-U.S. Partnership and the EU-U.S. Summit."),
            (Strings{"They discussed the Mekong-U.S. Partnership and the EU-U.S. Summit."}));
}

TEST(SentenceSplitterTest, NumbersAndDates) {
  EXPECT_EQ(
      Split("Resolution No. 5 passed with 3.5 percent. No. It failed on Jan. 3 2022."),
      (Strings{"Resolution No. 5 passed with 3.5 percent.", "No.", "It failed on Jan. 3 2022."}));
  EXPECT_EQ(Split("It ended in 2021. 2022 was calmer."),
            (Strings{"It ended in 2021.", "2022 was calmer."}));
}

TEST(SentenceSplitterTest, AMonthsShortNameEndsASentenceWithoutANumberAfterIt) {
  EXPECT_EQ(Split("It was handed over by the envoy, Zhai Jun. In the message, Xi spoke."),
            (Strings{"It was handed over by the envoy, Zhai Jun.", "In the message, Xi spoke."}));
  EXPECT_EQ(Split("Tunis, Feb. 12 (TAP) - Talks were held."),
            (Strings{"Tunis, Feb. 12 (TAP) - Talks were held."}));
}

TEST(SentenceSplitterTest, QuotesEndingSentences) {
  EXPECT_EQ(Split("He said \"yes.\" Then he left."),
            (Strings{"He said \"yes.\"", "Then he left."}));
  EXPECT_EQ(Split("He said “we agree.” “Good,” she replied."),
            (Strings{"He said “we agree.”", "“Good,” she replied."}));
  EXPECT_EQ(Split("(See the annex.) The meeting ended."),
            (Strings{"(See the annex.)", "The meeting ended."}));
  EXPECT_EQ(Split("He praised France’s role. The Libyan Army’s chief agreed."),
            (Strings{"He praised France’s role.", "The Libyan Army’s chief agreed."}));
}

TEST(SentenceSplitterTest, LowerCaseContinuationDoesNotSplit) {
  EXPECT_EQ(Split("The meeting ended... and then resumed. Talks continue."),
            (Strings{"The meeting ended... and then resumed.", "Talks continue."}));
  EXPECT_EQ(Split("He waited... Then he spoke."), (Strings{"He waited...", "Then he spoke."}));
}

TEST(SentenceSplitterTest, LinesAndParagraphsAreHardBoundaries) {
  const std::string content =
      "Haftar Meets French Officials in Paris\n"
      "Lieutenant General Saddam Haftar arrived in Paris on Friday. He met Gen. Girod.\n\n"
      "During the visit, Haftar met officials\nof the French Republic";
  EXPECT_EQ(Split(content), (Strings{"Haftar Meets French Officials in Paris",
                                     "Lieutenant General Saddam Haftar arrived in Paris on Friday.",
                                     "He met Gen. Girod.", "During the visit, Haftar met officials",
                                     "of the French Republic"}));
}

TEST(SentenceSplitterTest, CarriageReturnsAndUnicodeSpaces) {
  EXPECT_EQ(Split("Title\r\nBody text. More\xC2\xA0text.\xC2\xA0\xC2\xA0Next one."),
            (Strings{"Title", "Body text.", "More\xC2\xA0text.", "Next one."}));
}

TEST(SentenceSplitterTest, LongSentencesAreCutAtWhiteSpace) {
  const std::string content = "aaaa bbbb cccc dddd.";
  EXPECT_EQ(Split(content, 10), (Strings{"aaaa bbbb", "cccc dddd."}));
  EXPECT_EQ(Split(content, 12), (Strings{"aaaa bbbb", "cccc dddd."}));
  EXPECT_EQ(Split(content, 4096), (Strings{content}));
  EXPECT_EQ(Split("abcdefghij", 4), (Strings{"abcd", "efgh", "ij"}));
}

TEST(SentenceSplitterTest, LongSentencesAreCutOnCodePointBoundaries) {
  const std::string content = "ééééé";  // five two-byte letters
  const auto spans = SplitSentences(content, 5);
  ASSERT_EQ(spans.size(), 3u);
  EXPECT_EQ(spans[0], (Span{0, 4}));
  EXPECT_EQ(spans[1], (Span{4, 8}));
  EXPECT_EQ(spans[2], (Span{8, 10}));
}

TEST(SentenceSplitterTest, MessyInputStillYieldsValidSpans) {
  const std::string content = std::string("A\xFF. B\0c.", 8) + " \xE2\x80. D.";
  const auto sentences = Split(content);
  ASSERT_FALSE(sentences.empty());
  EXPECT_EQ(sentences.back(), "D.");
  EXPECT_EQ(Split("..."), (Strings{"..."}));
  EXPECT_EQ(Split("."), (Strings{"."}));
}

// "the Ag. Commissioner" (acting) goes on; a company's "AG." ends its sentence.
TEST(SentenceSplitterTest, ActingAbbreviatedGoesOnButACompanysAGEnds) {
  EXPECT_EQ(Split("He was joined by the Ag. Commissioner, Bello Diallo. Talks ended."),
            (Strings{"He was joined by the Ag. Commissioner, Bello Diallo.", "Talks ended."}));
  EXPECT_EQ(Split("The trains come from Stadler Rail AG. Talks ended."),
            (Strings{"The trains come from Stadler Rail AG.", "Talks ended."}));
}

}  // namespace
}  // namespace dkg
