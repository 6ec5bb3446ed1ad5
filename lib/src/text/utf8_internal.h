// Internal UTF-8 decoding and character classes shared by the text stages.
// Every decoder here tolerates invalid bytes: they decode as kInvalidSequence so
// that messy text never throws and scanning always advances.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace dkg::text_internal {

// Decoded in place of an invalid sequence: above U+10FFFF, so every character
// class rejects it. Writers turn it into U+FFFD.
inline constexpr char32_t kInvalidSequence = 0x110000;

// Eight bytes, so that it travels in one register through the scanning loops.
struct Decoded {
  char32_t code_point = 0;
  std::uint32_t length = 1;  // bytes consumed, >= 1 (0 only past the end of a view)
  bool valid() const { return code_point != kInvalidSequence; }
};

// Decodes a sequence whose lead byte is not ASCII; see DecodeAt.
Decoded DecodeMultiByte(std::string_view bytes, std::size_t pos);

// Decodes the code point starting at bytes[pos] (pos < size). An invalid sequence
// yields kInvalidSequence whose length is the maximal invalid subpart (Unicode 3.9 practice).
inline Decoded DecodeAt(std::string_view bytes, std::size_t pos) {
  const auto lead = static_cast<unsigned char>(bytes[pos]);
  if (lead < 0x80) return {lead, 1};
  return DecodeMultiByte(bytes, pos);
}

// Appends the UTF-8 encoding of `code_point` (must be a scalar value).
void AppendUtf8(std::string& out, char32_t code_point);

// Start of the code point containing bytes[pos]; never moves before `floor`.
std::size_t CodePointStart(std::string_view bytes, std::size_t pos, std::size_t floor);

// Character classes of non-ASCII code points, answered by ICU.
bool IsLetterSlow(char32_t c);
bool IsDigitSlow(char32_t c);
bool IsUpperSlow(char32_t c);  // upper or title case
bool IsLowerSlow(char32_t c);
bool IsMarkSlow(char32_t c);   // combining marks (Mn, Mc, Me)
bool IsSpaceSlow(char32_t c);  // includes NBSP and the Unicode spaces

// Character classes with inline ASCII fast paths.
inline bool IsLetter(char32_t c) {
  return c < 0x80 ? ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') : IsLetterSlow(c);
}
inline bool IsDigit(char32_t c) { return c < 0x80 ? (c >= '0' && c <= '9') : IsDigitSlow(c); }
inline bool IsUpper(char32_t c) { return c < 0x80 ? (c >= 'A' && c <= 'Z') : IsUpperSlow(c); }
inline bool IsLower(char32_t c) { return c < 0x80 ? (c >= 'a' && c <= 'z') : IsLowerSlow(c); }
inline bool IsMark(char32_t c) { return c >= 0x300 && IsMarkSlow(c); }
inline bool IsSpace(char32_t c) {
  return c < 0x80 ? (c == ' ' || (c >= '\t' && c <= '\r')) : IsSpaceSlow(c);
}
inline bool IsNewline(char32_t c) {
  return c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029;
}

// Letters, digits and combining marks: what words are made of.
inline bool IsWordChar(char32_t c) { return IsLetter(c) || IsDigit(c) || IsMark(c); }

// ' ’ ʼ : apostrophes that may join or end a word.
inline bool IsApostrophe(char32_t c) { return c == U'\'' || c == U'\u2019' || c == U'\u02BC'; }

// - ‐ ‑ : hyphens that may join a word ("Commander-in-Chief").
inline bool IsWordHyphen(char32_t c) { return c == U'-' || c == U'\u2010' || c == U'\u2011'; }

}  // namespace dkg::text_internal
