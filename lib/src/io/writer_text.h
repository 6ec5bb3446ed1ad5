// Text helpers shared by the graph writers (internal): UTF-8 decoding that never trusts
// its input, and list joining. Every writer repairs text the same way.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace dkg::io_detail {

inline constexpr char32_t kReplacementCharacter = 0xFFFD;

// One decoded step: a code point and the bytes it took. An invalid sequence yields
// valid == false and the length of its maximal invalid subpart (at least 1 byte).
struct Utf8Step {
  char32_t code_point = 0;
  std::size_t length = 1;
  bool valid = false;
};

// Decodes the code point starting at text[pos]; pos must be < text.size().
Utf8Step DecodeUtf8(std::string_view text, std::size_t pos);

void AppendUtf8(char32_t code_point, std::string& out);

// Code points XML 1.0 does not allow in a document: C0 controls other than tab, line
// feed and carriage return, and the non-characters U+FFFE and U+FFFF.
bool IsForbiddenInXml(char32_t c);

// Copies `text`, replacing each invalid sequence (and each code point for which
// `forbidden` returns true) with U+FFFD; adds the number of replacements to *replaced.
// Printable ASCII (U+0020 to U+007E) is always kept: no writer forbids it.
std::string RepairText(std::string_view text, bool (*forbidden)(char32_t), std::size_t* replaced);

std::string Join(const std::vector<std::string>& items, std::string_view separator);

}  // namespace dkg::io_detail
