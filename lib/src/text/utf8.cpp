#include "dkg/text/utf8.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "text/utf8_internal.h"

namespace dkg {
namespace text_internal {
namespace {

// Length of the sequence a lead byte announces and the range its second byte must
// fall in (the tight ranges exclude overlong forms, surrogates and > U+10FFFF).
struct LeadInfo {
  std::uint32_t length;
  unsigned char second_low;
  unsigned char second_high;
};

LeadInfo InfoForLead(unsigned char lead) {
  if (lead >= 0xC2 && lead <= 0xDF) return {2, 0x80, 0xBF};
  if (lead == 0xE0) return {3, 0xA0, 0xBF};
  if (lead == 0xED) return {3, 0x80, 0x9F};
  if (lead >= 0xE1 && lead <= 0xEF) return {3, 0x80, 0xBF};
  if (lead == 0xF0) return {4, 0x90, 0xBF};
  if (lead >= 0xF1 && lead <= 0xF3) return {4, 0x80, 0xBF};
  if (lead == 0xF4) return {4, 0x80, 0x8F};
  return {0, 0, 0};  // continuation byte, C0, C1 or F5..FF: never valid
}

}  // namespace

Decoded DecodeMultiByte(std::string_view bytes, std::size_t pos) {
  const auto lead = static_cast<unsigned char>(bytes[pos]);
  const LeadInfo info = InfoForLead(lead);
  if (info.length == 0) return {kInvalidSequence, 1};
  const std::size_t available = bytes.size() - pos;
  char32_t code_point = lead & (0xFF >> (info.length + 1));
  for (std::uint32_t k = 1; k < info.length; ++k) {
    if (k >= available) return {kInvalidSequence, k};
    const auto byte = static_cast<unsigned char>(bytes[pos + k]);
    const unsigned char low = k == 1 ? info.second_low : 0x80;
    const unsigned char high = k == 1 ? info.second_high : 0xBF;
    if (byte < low || byte > high) return {kInvalidSequence, k};
    code_point = (code_point << 6) | (byte & 0x3F);
  }
  return {code_point, info.length};
}

void AppendUtf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (c >> 6)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (c >> 12)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (c >> 18)));
    out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

std::size_t CodePointStart(std::string_view bytes, std::size_t pos, std::size_t floor) {
  // At most three continuation bytes precede a lead byte in valid text.
  for (int steps = 0; steps < 3 && pos > floor; ++steps) {
    if ((static_cast<unsigned char>(bytes[pos]) & 0xC0) != 0x80) break;
    --pos;
  }
  return pos;
}

bool IsLetterSlow(char32_t c) { return u_isalpha(static_cast<UChar32>(c)); }

bool IsDigitSlow(char32_t c) { return u_isdigit(static_cast<UChar32>(c)); }

bool IsUpperSlow(char32_t c) {
  return u_isupper(static_cast<UChar32>(c)) || u_istitle(static_cast<UChar32>(c));
}

bool IsLowerSlow(char32_t c) { return u_islower(static_cast<UChar32>(c)); }

bool IsMarkSlow(char32_t c) { return (U_GET_GC_MASK(static_cast<UChar32>(c)) & U_GC_M_MASK) != 0; }

bool IsSpaceSlow(char32_t c) {
  return u_isUWhiteSpace(static_cast<UChar32>(c)) || c == 0xA0 || c == 0x202F || c == 0xFEFF;
}

}  // namespace text_internal

namespace {

using text_internal::DecodeAt;

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::string_view kReplacementUtf8 = "\xEF\xBF\xBD";

}  // namespace

namespace {

// True when none of the eight bytes is non-ASCII, NUL or CR (SWAR: a byte b is zero
// exactly when (b - 1) & ~b has its top bit set, for b < 0x80).
bool PlainAsciiWord(std::uint64_t word) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
  const std::uint64_t cr = word ^ (kOnes * '\r');
  const std::uint64_t zero_or_cr = ((word - kOnes) & ~word) | ((cr - kOnes) & ~cr);
  return ((word | zero_or_cr) & kHigh) == 0;
}

// The end of the run of bytes from `pos` that need no repair: ASCII other than NUL and
// CR, eight bytes at a time.
std::size_t PlainRunEnd(std::string_view bytes, std::size_t pos) {
  std::uint64_t word;
  while (pos + sizeof word <= bytes.size()) {
    std::memcpy(&word, bytes.data() + pos, sizeof word);
    if (!PlainAsciiWord(word)) break;
    pos += sizeof word;
  }
  while (pos < bytes.size() && static_cast<unsigned char>(bytes[pos]) < 0x80 &&
         bytes[pos] != '\0' && bytes[pos] != '\r')
    ++pos;
  return pos;
}

}  // namespace

bool NeedsUtf8Repair(std::string_view bytes) {
  if (bytes.starts_with(kBom)) return true;
  std::size_t pos = 0;
  while (pos < bytes.size()) {
    pos = PlainRunEnd(bytes, pos);
    if (pos >= bytes.size()) break;
    const auto byte = static_cast<unsigned char>(bytes[pos]);
    if (byte < 0x80) return true;  // NUL or CR: the run stopped there
    const auto decoded = DecodeAt(bytes, pos);
    if (!decoded.valid()) return true;
    pos += decoded.length;
  }
  return false;
}

Utf8Repair RepairOwnedUtf8(std::string&& text) {
  if (!NeedsUtf8Repair(text)) return Utf8Repair{std::move(text), 0, 0};
  return RepairUtf8(std::string_view(text));
}

Utf8Repair RepairUtf8(std::string_view bytes) {
  Utf8Repair repair;
  if (bytes.starts_with(kBom)) bytes.remove_prefix(kBom.size());
  std::string& out = repair.text;
  out.reserve(bytes.size());
  std::size_t pos = 0;
  while (pos < bytes.size()) {
    // Copy a run of bytes that need no repair in one go: the common case.
    const std::size_t run = PlainRunEnd(bytes, pos);
    out.append(bytes.substr(pos, run - pos));
    pos = run;
    if (pos == bytes.size()) break;
    const char byte = bytes[pos];
    if (static_cast<unsigned char>(byte) >= 0x80) {
      const auto decoded = DecodeAt(bytes, pos);
      if (decoded.valid()) {
        out.append(bytes.substr(pos, decoded.length));
      } else {
        out.append(kReplacementUtf8);
        ++repair.replaced;
      }
      pos += decoded.length;
      continue;
    }
    if (byte == '\0') {  // else CR: the run stopped at one of the two
      out.push_back(' ');
      ++repair.nul_bytes;
    } else {
      out.push_back('\n');
      if (pos + 1 < bytes.size() && bytes[pos + 1] == '\n') ++pos;
    }
    ++pos;
  }
  return repair;
}

bool IsValidUtf8(std::string_view bytes) {
  std::size_t pos = 0;
  while (pos < bytes.size()) {
    if (static_cast<unsigned char>(bytes[pos]) < 0x80) {
      ++pos;
      continue;
    }
    const auto decoded = DecodeAt(bytes, pos);
    if (!decoded.valid()) return false;
    pos += decoded.length;
  }
  return true;
}

bool LooksLikeUtf16(std::string_view bytes) {
  if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) return true;
  // BOM-less UTF-16 of mostly Latin text has a NUL in every other byte.
  const std::size_t sample = std::min<std::size_t>(bytes.size(), 1024) & ~std::size_t{1};
  if (sample < 4) return false;
  std::size_t even_nuls = 0;
  std::size_t odd_nuls = 0;
  for (std::size_t i = 0; i < sample; i += 2) {
    even_nuls += bytes[i] == '\0';
    odd_nuls += bytes[i + 1] == '\0';
  }
  const std::size_t pairs = sample / 2;
  const std::size_t dominant = std::max(even_nuls, odd_nuls);
  const std::size_t other = std::min(even_nuls, odd_nuls);
  return dominant * 10 >= pairs * 4 && other * 10 < pairs;
}

}  // namespace dkg
