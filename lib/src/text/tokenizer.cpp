#include "dkg/text/tokenizer.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>

#include "dkg/text/fold.h"
#include "text/abbreviations.h"
#include "text/utf8_internal.h"

namespace dkg {
namespace {

using text_internal::Decoded;
using text_internal::IsApostrophe;
using text_internal::IsDigit;
using text_internal::IsLetter;
using text_internal::IsSpace;
using text_internal::IsUpper;
using text_internal::IsWordChar;
using text_internal::IsWordHyphen;

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

struct RawToken {
  std::size_t begin;
  std::size_t end;
  TokenShape shape;
};

// Scans one token at a time over bytes_ (the content cut at the range's end).
// Every scan only moves forward, so tokenizing is linear in the range.
class Scanner {
 public:
  explicit Scanner(std::string_view bytes) : bytes_(bytes) {}

  Decoded At(std::size_t pos) const {
    if (pos >= bytes_.size()) return {0, 0};
    return text_internal::DecodeAt(bytes_, pos);
  }

  // The next token at `pos`, which holds a code point that is not white space.
  RawToken ScanToken(std::size_t pos, const Token* previous) const {
    const Decoded first = At(pos);
    if (IsLetter(first.code_point)) return ScanWordOrAbbreviation(pos);
    if (IsDigit(first.code_point)) return ScanNumber(pos);
    if (IsApostrophe(first.code_point)) {
      if (auto possessive = ScanPossessive(pos, previous)) return *possessive;
    }
    return {pos, pos + first.length, TokenShape::kPunct};
  }

 private:
  char ByteAt(std::size_t pos) const { return pos < bytes_.size() ? bytes_[pos] : '\0'; }

  bool WordCharAt(std::size_t pos) const {
    const Decoded d = At(pos);
    return d.length > 0 && IsWordChar(d.code_point);
  }

  // An apostrophe at `pos` followed by a lone "s": "Haftar's", "France’s".
  bool PossessiveSAt(std::size_t pos) const {
    const Decoded apostrophe = At(pos);
    if (!IsApostrophe(apostrophe.code_point)) return false;
    const std::size_t s_pos = pos + apostrophe.length;
    const char s = ByteAt(s_pos);
    return (s == 's' || s == 'S') && !WordCharAt(s_pos + 1);
  }

  // A letter and a period followed by another letter and a period: "U.S.", "e.g.".
  bool DottedAt(std::size_t pos) const {
    const Decoded first = At(pos);
    if (!IsLetter(first.code_point) || ByteAt(pos + first.length) != '.') return false;
    const std::size_t second_pos = pos + first.length + 1;
    const Decoded second = At(second_pos);
    return IsLetter(second.code_point) && ByteAt(second_pos + second.length) == '.';
  }

  // End of a word: word characters joined by inner hyphens or apostrophes, except
  // that a hyphen before a dotted acronym separates ("EU-U.S." -> "EU" "-" "U.S.").
  std::size_t ScanWordEnd(std::size_t pos) const {
    while (pos < bytes_.size()) {
      if (IsAsciiAlnum(bytes_[pos])) {  // the common case, without decoding
        ++pos;
        continue;
      }
      const Decoded d = At(pos);
      const std::size_t next = pos + d.length;
      const bool joins = (IsWordHyphen(d.code_point) && WordCharAt(next) && !DottedAt(next)) ||
                         (IsApostrophe(d.code_point) && WordCharAt(next) && !PossessiveSAt(pos));
      if (!(IsWordChar(d.code_point)) && !joins) break;
      pos = next;
    }
    return pos;
  }

  // "Anyang' Nyong'o": an apostrophe ending a capitalised word [begin, end) that does not
  // end in s, before a space and another capitalised word, is part of the name (not a
  // closing quote: no apostrophe opens the word).
  bool NameApostropheAt(std::size_t begin, std::size_t end) const {
    const Decoded apostrophe = At(end);
    if (end == begin || !IsApostrophe(apostrophe.code_point) || !IsUpper(At(begin).code_point))
      return false;
    const char last = bytes_[end - 1];
    if (last == 's' || last == 'S') return false;
    if (begin >= 1 && bytes_[begin - 1] == '\'') return false;
    if (begin >= 3 && At(begin - 3).length == 3 && IsApostrophe(At(begin - 3).code_point))
      return false;
    const std::size_t space = end + apostrophe.length;
    return ByteAt(space) == ' ' && IsUpper(At(space + 1).code_point);
  }

  // Single letters each followed by a period: "U.S.", "H.E.", "J." (capital only).
  std::optional<RawToken> ScanDotted(std::size_t pos) const {
    std::size_t cursor = pos;
    int groups = 0;
    while (true) {
      const Decoded letter = At(cursor);
      if (!IsLetter(letter.code_point)) break;
      if (ByteAt(cursor + letter.length) != '.') break;
      ++groups;
      cursor += letter.length + 1;
    }
    // ("the late King Mohammed V." at a sentence's end: the period is the sentence's)
    const bool ends_range = groups == 1 && cursor == bytes_.size();
    if (groups >= 2 || (groups == 1 && IsUpper(At(pos).code_point) && !ends_range)) {
      return RawToken{pos, cursor, TokenShape::kAbbreviation};
    }
    return std::nullopt;
  }

  bool NumberFollows(std::size_t pos) const {
    while (ByteAt(pos) == ' ' || ByteAt(pos) == '\t') ++pos;
    const Decoded d = At(pos);
    return IsDigit(d.code_point);
  }

  RawToken ScanWordOrAbbreviation(std::size_t pos) const {
    // a dotted form needs a period right after its first letter
    const bool ascii_letter = static_cast<unsigned char>(bytes_[pos]) < 0x80;
    if (!ascii_letter || ByteAt(pos + 1) == '.') {
      if (auto dotted = ScanDotted(pos)) return *dotted;
    }
    std::size_t end = ScanWordEnd(pos);
    if (NameApostropheAt(pos, end)) end += At(end).length;
    const std::string_view word = bytes_.substr(pos, end - pos);
    // "Kh.Bulgantuya", "Ts.Tsolmon": a Mongolian initial of two letters glued to the name
    if (word.size() == 2 && word[0] >= 'A' && word[0] <= 'Z' && word[1] >= 'a' && word[1] <= 'z' &&
        ByteAt(end) == '.' && ByteAt(end + 1) >= 'A' && ByteAt(end + 1) <= 'Z')
      return {pos, end + 1, TokenShape::kAbbreviation};
    if (ByteAt(end) == '.' && text_internal::IsKnownAbbreviation(word) &&
        (!text_internal::NeedsFollowingNumber(word) || NumberFollows(end + 1)) &&
        (!text_internal::NeedsFollowingName(word) || text_internal::NameFollows(bytes_, end + 1))) {
      return {pos, end + 1, TokenShape::kAbbreviation};
    }
    return {pos, end, TokenShape::kWord};
  }

  std::size_t ScanDigits(std::size_t pos) const {
    while (true) {
      const Decoded d = At(pos);
      if (d.length == 0 || !IsDigit(d.code_point)) return pos;
      pos += d.length;
    }
  }

  // "2022", "1,000", "3.5", "10:30"; digits glued to letters ("2nd", "1990s") make a word.
  RawToken ScanNumber(std::size_t pos) const {
    std::size_t end = ScanDigits(pos);
    while (true) {
      const char separator = ByteAt(end);
      const bool is_separator = separator == ',' || separator == '.' || separator == ':';
      if (!is_separator || ScanDigits(end + 1) == end + 1) break;
      end = ScanDigits(end + 1);
    }
    const Decoded after = At(end);
    if (IsLetter(after.code_point)) {
      return {pos, ScanWordEnd(end), TokenShape::kWord};
    }
    return {pos, end, TokenShape::kNumber};
  }

  // "'s" / "’s" right after a word, or a lone apostrophe after a word ending in s.
  std::optional<RawToken> ScanPossessive(std::size_t pos, const Token* previous) const {
    if (previous == nullptr || previous->span.end != pos || previous->shape == TokenShape::kPunct ||
        previous->shape == TokenShape::kPossessive) {
      return std::nullopt;
    }
    const std::size_t after = pos + At(pos).length;
    if (PossessiveSAt(pos)) return RawToken{pos, after + 1, TokenShape::kPossessive};
    const char last = previous->text.back();
    if ((last == 's' || last == 'S') && !WordCharAt(after)) {
      return RawToken{pos, after, TokenShape::kPossessive};
    }
    return std::nullopt;
  }

  std::string_view bytes_;
};

// Sets the case flags; returns true when the text is ASCII with nothing to fold (no
// capital, no backquote), so that it is its own folded form.
bool SetCaseFlags(Token& token) {
  const std::string_view text = token.text;
  std::size_t letters = 0, upper = 0;
  bool ascii = true, backquote = false;
  for (char c : text) {
    ascii = ascii && c >= 0;
    letters += (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    upper += c >= 'A' && c <= 'Z';
    backquote = backquote || c == '`';
  }
  if (ascii) {
    token.capitalized = !text.empty() && text[0] >= 'A' && text[0] <= 'Z';
    token.all_caps = letters >= 2 && upper == letters;
    return upper == 0 && !backquote;
  }
  letters = 0;
  bool all_upper = true;
  std::size_t pos = 0;
  while (pos < token.text.size()) {
    const Decoded d = text_internal::DecodeAt(token.text, pos);
    if (IsLetter(d.code_point)) {
      if (pos == 0) token.capitalized = IsUpper(d.code_point);
      ++letters;
      all_upper = all_upper && IsUpper(d.code_point);
    }
    pos += d.length;
  }
  token.all_caps = letters >= 2 && all_upper;
  return false;
}

// Character classes of ASCII bytes for the fast path of plain words.
constexpr std::uint8_t kAsciiLower = 1, kAsciiUpper = 2, kAsciiDigit = 4;
constexpr auto kAsciiClass = [] {
  std::array<std::uint8_t, 256> table{};
  for (int c = 'a'; c <= 'z'; ++c) table[c] = kAsciiLower;
  for (int c = 'A'; c <= 'Z'; ++c) table[c] = kAsciiUpper;
  for (int c = '0'; c <= '9'; ++c) table[c] = kAsciiDigit;
  return table;
}();

// A plain ASCII word at `pos` (letters and digits, starting with a letter) and where
// it ends, or 0 when the general scanner must decide: a period right after the first
// letter (a dotted form), or a word ending at a hyphen, apostrophe, period or
// non-ASCII byte (joined words, possessives, abbreviations). `bytes` ends at the range.
struct PlainWord {
  std::size_t end = 0;
  std::uint8_t classes = 0;  // the union of its bytes' classes
  bool Upper() const { return classes & kAsciiUpper; }  // any capital letter
  bool Lower() const { return classes & kAsciiLower; }  // any small letter
};
PlainWord ScanPlainWord(std::string_view bytes, std::size_t pos) {
  const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t size = bytes.size();
  if (!(kAsciiClass[data[pos]] & (kAsciiLower | kAsciiUpper))) return {};
  if (pos + 1 < size && data[pos + 1] == '.') return {};
  PlainWord word;
  std::size_t cursor = pos;
  for (; cursor < size; ++cursor) {
    const std::uint8_t cls = kAsciiClass[data[cursor]];
    if (cls == 0) break;
    word.classes |= cls;
  }
  if (cursor < size) {
    const unsigned char stop = data[cursor];
    if (stop >= 0x80 || stop == '-' || stop == '\'' || stop == '.') return {};
  }
  word.end = cursor;
  return word;
}

// Capitals only, two letters at least ("EU", "NATO"); for a plain word with no small letter.
bool AllCapsPlain(std::string_view text) {
  std::size_t letters = 0;
  for (char c : text) letters += c >= 'A' && c <= 'Z';
  return letters >= 2;
}

}  // namespace

Tokens Tokenize(std::string_view content, Span range) {
  Tokens out;
  out.Append(content, range);
  return out;
}

// The folded forms are re-pointed: a short folded_ moves its characters with it.
Tokens& Tokens::operator=(Tokens&& other) noexcept {
  tokens_ = std::move(other.tokens_);
  folded_ = std::move(other.folded_);
  folded_at_ = std::move(other.folded_at_);
  other.Clear();
  PointFoldedForms(0);
  return *this;
}

void Tokens::Clear() {
  tokens_.clear();
  folded_.clear();
  folded_at_.clear();
}

// Points the folded views of folded_at_[from...] into folded_ (again, after it moved).
void Tokens::PointFoldedForms(std::size_t from) {
  for (std::size_t k = from; k < folded_at_.size(); ++k) {
    const FoldedAt& at = folded_at_[k];
    tokens_[at.token].folded = std::string_view(folded_.data() + at.offset, at.size);
  }
}

void Tokens::Append(std::string_view content, Span range) {
  const std::size_t end = std::min<std::size_t>(range.end, content.size());
  std::size_t pos = std::min<std::size_t>(range.begin, end);
  const Scanner scanner(content.substr(0, end));
  // News prose has about six bytes a token; the store grows geometrically, as many
  // ranges are appended to it.
  if (const std::size_t wanted = tokens_.size() + (end - pos) / 6 + 1; wanted > tokens_.capacity())
    tokens_.reserve(std::max(wanted, 2 * tokens_.capacity()));
  const char* const folded_before = folded_.data();
  const std::size_t first_folded = folded_at_.size();
  // Folded forms that differ from the text go to folded_; their views are set at the end,
  // once folded_ has stopped growing.
  auto fold = [this](const Token& token) {
    const std::size_t offset = folded_.size();
    AppendFolded(token.text, folded_);
    folded_at_.push_back({static_cast<std::uint32_t>(tokens_.size() - 1),
                          static_cast<std::uint32_t>(offset),
                          static_cast<std::uint32_t>(folded_.size() - offset)});
  };
  // A plain word (ASCII letters and digits) folds by setting bit 5 of each byte, which
  // digits have already.
  auto fold_plain = [this](std::string_view text) {
    const std::size_t offset = folded_.size();
    folded_.resize(offset + text.size());
    for (std::size_t k = 0; k < text.size(); ++k)
      folded_[offset + k] = static_cast<char>(text[k] | 0x20);
    folded_at_.push_back({static_cast<std::uint32_t>(tokens_.size() - 1),
                          static_cast<std::uint32_t>(offset),
                          static_cast<std::uint32_t>(text.size())});
  };
  const std::string_view bytes = content.substr(0, end);
  const std::size_t store_first = tokens_.size();
  while (pos < end) {
    const auto byte = static_cast<unsigned char>(bytes[pos]);
    if (byte == ' ' || byte == '\n') {
      ++pos;
      continue;
    }
    if (const PlainWord plain = ScanPlainWord(bytes, pos); plain.end != 0) {
      const std::string_view text = bytes.substr(pos, plain.end - pos);
      tokens_.emplace_back(Token{
          .span = {static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(plain.end)},
          .text = text,
          .folded = text,
          .shape = TokenShape::kWord,
          .capitalized = byte >= 'A' && byte <= 'Z',
          .all_caps = plain.Upper() && !plain.Lower() && AllCapsPlain(text)});
      if (plain.Upper()) fold_plain(text);
      pos = plain.end;
      continue;
    }
    const Decoded d = scanner.At(pos);
    if (IsSpace(d.code_point)) {
      pos += d.length;
      continue;
    }
    const Token* previous = tokens_.size() > store_first ? &tokens_.back() : nullptr;
    const RawToken raw = scanner.ScanToken(pos, previous);
    Token& token = tokens_.emplace_back();
    token.span = {static_cast<std::uint32_t>(raw.begin), static_cast<std::uint32_t>(raw.end)};
    token.text = content.substr(raw.begin, raw.end - raw.begin);
    token.shape = raw.shape;
    if (SetCaseFlags(token)) {
      token.folded = token.text;
    } else {
      fold(token);
    }
    pos = raw.end;
  }
  PointFoldedForms(folded_.data() == folded_before ? first_folded : 0);
}

}  // namespace dkg
