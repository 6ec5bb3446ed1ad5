#include "dkg/text/fold.h"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

namespace dkg {
namespace {

TEST(FoldTest, AsciiIsLowerCased) {
  EXPECT_EQ(Fold("Antony J. Blinken, U.S. Secretary"), "antony j. blinken, u.s. secretary");
  EXPECT_EQ(Fold(""), "");
  EXPECT_EQ(Fold("NATO 2022 (a-b)"), "nato 2022 (a-b)");
}

TEST(FoldTest, DiacriticsAreDropped) {
  EXPECT_EQ(Fold("Çavuşoğlu"), Fold("cavusoglu"));
  EXPECT_EQ(Fold("Çavuşoğlu"), "cavusoglu");
  EXPECT_EQ(Fold("Türkiye"), "turkiye");
  EXPECT_EQ(Fold("Élysée Palace"), "elysee palace");
  EXPECT_EQ(Fold("Zelenskyy"), "zelenskyy");
  EXPECT_EQ(Fold("São Tomé and Príncipe"), "sao tome and principe");
  EXPECT_EQ(Fold("Nguyễn Phú Trọng"), "nguyen phu trong");
}

TEST(FoldTest, DecomposedInputFoldsLikeComposed) {
  EXPECT_EQ(Fold("E\xCC\x81lyse\xCC\x81"
                 "e"),
            "elysee");  // E + U+0301
}

TEST(FoldTest, SpecialLetters) {
  EXPECT_EQ(Fold("Kılıçdaroğlu"), "kilicdaroglu");  // dotless i
  EXPECT_EQ(Fold("İstanbul"), "istanbul");
  EXPECT_EQ(Fold("Støre"), "store");
  EXPECT_EQ(Fold("ØRSTED"), "orsted");
  EXPECT_EQ(Fold("Łódź"), "lodz");
  EXPECT_EQ(Fold("Đoković"), "dokovic");
  EXPECT_EQ(Fold("Straße"), "strasse");
  EXPECT_EQ(Fold("STRASSE"), Fold("Straße"));
  EXPECT_EQ(Fold("Æsir œuvre"), "aesir oeuvre");
}

TEST(FoldTest, TypographicPunctuationBecomesAscii) {
  EXPECT_EQ(Fold("France’s"), "france's");
  EXPECT_EQ(Fold("‘quoted’ ʼokina `tick`"), "'quoted' 'okina 'tick'");
  EXPECT_EQ(Fold("“Yes” „ja“"), "\"yes\" \"ja\"");
  EXPECT_EQ(Fold("a–b—c‐d‑e−f"), "a-b-c-d-e-f");
  EXPECT_EQ(Fold("Sheikh\xC2\xA0"
                 "Abdullah"),
            "sheikh abdullah");
}

TEST(FoldTest, CompatibilityFormsDecompose) {
  EXPECT_EQ(Fold("ﬁnal"), "final");
  EXPECT_EQ(Fold("ＵＮ"), "un");
}

TEST(FoldTest, OtherScriptsAreCaseFolded) {
  EXPECT_EQ(Fold("ΑΘΗΝΑ"), "αθηνα");
  EXPECT_EQ(Fold("Москва"), "москва");
  EXPECT_EQ(Fold("محمد"), "محمد");
}

TEST(FoldTest, InvalidBytesBecomeReplacementCharacters) {
  EXPECT_EQ(Fold("A\xFF"
                 "B"),
            "a\xEF\xBF\xBD"
            "b");
}

TEST(FoldTest, ConcurrentFoldingAgrees) {
  const std::string expected = Fold("Çavuşoğlu Ψ Straße Ⅻ");
  std::vector<std::thread> threads;
  std::vector<std::string> results(4);
  for (std::size_t i = 0; i < results.size(); ++i) {
    threads.emplace_back([&results, i] { results[i] = Fold("Çavuşoğlu Ψ Straße Ⅻ"); });
  }
  for (auto& thread : threads) thread.join();
  for (const auto& result : results) EXPECT_EQ(result, expected);
}

TEST(FoldTest, NormalizeKeyDropsPunctuationAndThe) {
  EXPECT_EQ(NormalizeKey("The  Ministry of Foreign-Affairs"), "ministry of foreignaffairs");
  EXPECT_EQ(NormalizeKey("  H.E. Sheikh   Abdullah bin Zayed Al Nahyan "),
            "he sheikh abdullah bin zayed al nahyan");
  EXPECT_EQ(NormalizeKey("Mevlüt Çavuşoğlu"), "mevlut cavusoglu");
  EXPECT_EQ(NormalizeKey("Theresa the Great"), "theresa great");
  EXPECT_EQ(NormalizeKey("France’s “role”"), "frances role");
  EXPECT_EQ(NormalizeKey("the"), "");
  EXPECT_EQ(NormalizeKey(""), "");
}

}  // namespace
}  // namespace dkg
