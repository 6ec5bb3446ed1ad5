#include "dkg/text/fold.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <string>

#include "text/utf8_internal.h"

namespace dkg {
namespace {

using text_internal::AppendUtf8;
using text_internal::DecodeAt;

// Code points below this bound have their folded form cached (Latin, Greek,
// Cyrillic, Armenian, Hebrew, Arabic), so the common non-ASCII names skip ICU.
constexpr char32_t kCachedBound = 0x0700;

struct SpecialCase {
  char32_t from;
  std::string_view to;
};

// Typographic punctuation, and letters that NFKD does not decompose but that
// readers treat as a base letter plus a stroke (ø, ł, đ) or as a ligature (æ).
// Entries are lower case: they apply after case folding.
constexpr std::array<SpecialCase, 35> kSpecialCases = {{
    {0x00B4, "'"}, {0x02BB, "'"},  {0x02BC, "'"},  {0x2018, "'"},  {0x2019, "'"},  {0x201B, "'"},
    {0x2032, "'"}, {0x201C, "\""}, {0x201D, "\""}, {0x201E, "\""}, {0x201F, "\""}, {0x2033, "\""},
    {0x2010, "-"}, {0x2011, "-"},  {0x2012, "-"},  {0x2013, "-"},  {0x2014, "-"},  {0x2015, "-"},
    {0x2212, "-"}, {0xFE58, "-"},  {0xFE63, "-"},  {0xFF0D, "-"},  {0x00A0, " "},  {0x2007, " "},
    {0x202F, " "}, {0x0131, "i"},  {0x00F8, "o"},  {0x0142, "l"},  {0x0111, "d"},  {0x00F0, "d"},
    {0x0127, "h"}, {0x0167, "t"},  {0x00E6, "ae"}, {0x0153, "oe"}, {0x00FE, "th"},
}};

std::string_view SpecialFold(char32_t c) {
  for (const auto& entry : kSpecialCases) {
    if (entry.from == c) return entry.to;
  }
  return {};
}

void AppendFoldedPiece(char32_t c, std::string& out) {
  if (const auto special = SpecialFold(c); !special.empty()) {
    out.append(special);
  } else {
    AppendUtf8(out, c);
  }
}

// NFKD, full case folding (ß -> ss), NFKD again (folding can yield composed
// letters), then combining marks dropped and the special table applied.
std::string FoldWithIcu(char32_t c) {
  std::string out;
  if (const auto special = SpecialFold(c); !special.empty()) return std::string(special);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(status);
  if (U_FAILURE(status)) {
    AppendFoldedPiece(static_cast<char32_t>(u_foldCase(static_cast<UChar32>(c), 0)), out);
    return out;
  }
  icu::UnicodeString text(static_cast<UChar32>(c));
  text = nfkd->normalize(text, status);
  text.foldCase(U_FOLD_CASE_DEFAULT);
  text = nfkd->normalize(text, status);
  for (int32_t i = 0; i < text.length();) {
    const UChar32 piece = text.char32At(i);
    i += U16_LENGTH(piece);
    if (u_charType(piece) == U_NON_SPACING_MARK) continue;
    AppendFoldedPiece(static_cast<char32_t>(piece), out);
  }
  return out;
}

using FoldCache = std::array<std::string, kCachedBound>;

// Built once on first use; C++ guarantees thread-safe initialisation.
const FoldCache& CachedFolds() {
  static const FoldCache cache = [] {
    FoldCache table;
    for (char32_t c = 0x80; c < kCachedBound; ++c) table[c] = FoldWithIcu(c);
    return table;
  }();
  return cache;
}

void AppendFolded(char32_t c, std::string& out) {
  if (c < kCachedBound) {
    out.append(CachedFolds()[c]);
  } else {
    out.append(FoldWithIcu(c));
  }
}

char FoldAscii(char c) {
  if (c >= 'A' && c <= 'Z') return static_cast<char>(c + ('a' - 'A'));
  if (c == '`') return '\'';
  return c;
}

bool IsAsciiKeyChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
}

}  // namespace

std::string Fold(std::string_view text) {
  std::string out;
  AppendFolded(text, out);
  return out;
}

void AppendFolded(std::string_view text, std::string& out) {
  if (std::all_of(text.begin(), text.end(), [](char c) { return c >= 0; })) {  // ASCII
    const std::size_t start = out.size();
    out.append(text);
    for (std::size_t i = start; i < out.size(); ++i) out[i] = FoldAscii(out[i]);
    return;
  }
  out.reserve(out.size() + text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    const char byte = text[pos];
    if (static_cast<unsigned char>(byte) < 0x80) {
      out.push_back(FoldAscii(byte));
      ++pos;
      continue;
    }
    const auto decoded = DecodeAt(text, pos);
    if (decoded.valid()) {
      AppendFolded(decoded.code_point, out);
    } else {
      out.append("\xEF\xBF\xBD");  // U+FFFD
    }
    pos += decoded.length;
  }
}

std::string NormalizeKey(std::string_view text) {
  const std::string folded = Fold(text);
  std::string key;
  std::string word;
  const auto flush_word = [&] {
    if (!word.empty() && word != "the") {
      if (!key.empty()) key.push_back(' ');
      key += word;
    }
    word.clear();
  };
  std::size_t pos = 0;
  while (pos < folded.size()) {
    const auto decoded = DecodeAt(folded, pos);
    const char32_t c = decoded.code_point;
    if (text_internal::IsSpace(c)) {
      flush_word();
    } else if (c < 0x80 ? IsAsciiKeyChar(static_cast<char>(c)) : text_internal::IsWordChar(c)) {
      word.append(folded, pos, decoded.length);
    }
    pos += decoded.length;
  }
  flush_word();
  return key;
}

bool LooksLikeAcronym(std::string_view text) {
  int upper = 0;
  for (char c : text) {
    if (c >= 'A' && c <= 'Z') ++upper;
    else if (c != '.' && c != '-' && !(c >= '0' && c <= '9')) return false;
  }
  return upper >= 2;
}

}  // namespace dkg
