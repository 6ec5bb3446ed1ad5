#include "dkg/text/utf8.h"

#include <gtest/gtest.h>

#include <string>

namespace dkg {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

std::string Replaced(int count) {
  std::string out;
  for (int i = 0; i < count; ++i) out += kReplacement;
  return out;
}

TEST(Utf8Test, ValidTextIsUnchanged) {
  const std::string text = "Çavuşoğlu met Zelenskyy in Türkiye — “talks” 会谈 🙂";
  EXPECT_TRUE(IsValidUtf8(text));
  const Utf8Repair repair = RepairUtf8(text);
  EXPECT_EQ(repair.text, text);
  EXPECT_EQ(repair.replaced, 0u);
  EXPECT_EQ(repair.nul_bytes, 0u);
}

TEST(Utf8Test, EmptyInput) {
  EXPECT_TRUE(IsValidUtf8(""));
  EXPECT_EQ(RepairUtf8("").text, "");
  EXPECT_FALSE(LooksLikeUtf16(""));
}

TEST(Utf8Test, OverlongFormsAreReplaced) {
  // C0 80 is an overlong NUL, E0 80 AF an overlong '/': each byte is its own subpart.
  EXPECT_FALSE(IsValidUtf8("a\xC0\x80z"));
  const Utf8Repair repair = RepairUtf8("a\xC0\x80z\xE0\x80\xAF");
  EXPECT_EQ(repair.text, "a" + Replaced(2) + "z" + Replaced(3));
  EXPECT_EQ(repair.replaced, 5u);
}

TEST(Utf8Test, SurrogateHalvesAreReplaced) {
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));
  EXPECT_FALSE(IsValidUtf8("\xED\xBF\xBF"));
  EXPECT_TRUE(IsValidUtf8("\xED\x9F\xBF"));  // U+D7FF, just below the surrogates
  const Utf8Repair repair = RepairUtf8("x\xED\xA0\x80y");
  EXPECT_EQ(repair.text, "x" + Replaced(3) + "y");
  EXPECT_EQ(repair.replaced, 3u);
}

TEST(Utf8Test, AboveMaximumCodePointIsReplaced) {
  EXPECT_TRUE(IsValidUtf8("\xF4\x8F\xBF\xBF"));  // U+10FFFF
  EXPECT_FALSE(IsValidUtf8("\xF4\x90\x80\x80"));
  EXPECT_FALSE(IsValidUtf8("\xF5\x80\x80\x80"));
}

TEST(Utf8Test, TruncatedSequenceIsOneReplacement) {
  // E2 80 is the start of a three-byte sequence: one maximal subpart.
  EXPECT_FALSE(IsValidUtf8("end\xE2\x80"));
  Utf8Repair repair = RepairUtf8("end\xE2\x80");
  EXPECT_EQ(repair.text, "end" + Replaced(1));
  EXPECT_EQ(repair.replaced, 1u);
  repair = RepairUtf8("\xF0\x9F\x99 ok");
  EXPECT_EQ(repair.text, Replaced(1) + " ok");
  EXPECT_EQ(repair.replaced, 1u);
}

TEST(Utf8Test, StrayBytesAreReplaced) {
  const Utf8Repair repair = RepairUtf8(
      "\xFF"
      "a\x80\xFE"
      "b");
  EXPECT_EQ(repair.text, Replaced(1) + "a" + Replaced(2) + "b");
  EXPECT_EQ(repair.replaced, 3u);
  EXPECT_TRUE(IsValidUtf8(repair.text));
}

TEST(Utf8Test, LeadingBomIsStripped) {
  const Utf8Repair repair = RepairUtf8("\xEF\xBB\xBFHello");
  EXPECT_EQ(repair.text, "Hello");
  EXPECT_EQ(repair.replaced, 0u);
  // A BOM elsewhere is an ordinary (valid) U+FEFF.
  EXPECT_EQ(RepairUtf8("a\xEF\xBB\xBF").text, "a\xEF\xBB\xBF");
}

TEST(Utf8Test, LineEndingsBecomeLf) {
  EXPECT_EQ(RepairUtf8("a\r\nb\rc\n\r\nd\r").text, "a\nb\nc\n\nd\n");
}

TEST(Utf8Test, NulBytesBecomeSpaces) {
  const Utf8Repair repair = RepairUtf8(std::string("a\0b\0", 4));
  EXPECT_EQ(repair.text, "a b ");
  EXPECT_EQ(repair.nul_bytes, 2u);
  EXPECT_EQ(repair.replaced, 0u);
  EXPECT_TRUE(IsValidUtf8(std::string("a\0b", 3)));
}

TEST(Utf8Test, RepairedTextIsAlwaysValid) {
  std::string bytes;
  for (int b = 0; b < 256; ++b) bytes.push_back(static_cast<char>(b));
  EXPECT_FALSE(IsValidUtf8(bytes));
  EXPECT_TRUE(IsValidUtf8(RepairUtf8(bytes).text));
}

TEST(Utf8Test, DetectsUtf16) {
  EXPECT_TRUE(LooksLikeUtf16("\xFF\xFEH\0i\0"));
  EXPECT_TRUE(LooksLikeUtf16("\xFE\xFF\0H\0i"));
  EXPECT_TRUE(LooksLikeUtf16(std::string("H\0e\0l\0l\0o\0 \0w\0o\0r\0l\0d\0", 22)));
  EXPECT_TRUE(LooksLikeUtf16(std::string("\0H\0e\0l\0l\0o", 10)));
  EXPECT_FALSE(LooksLikeUtf16("Hello world, plain UTF-8 text."));
  EXPECT_FALSE(LooksLikeUtf16(std::string("a few\0stray\0nuls here", 21)));
}

}  // namespace
}  // namespace dkg
