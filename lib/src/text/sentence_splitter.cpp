#include "dkg/text/sentence_splitter.h"

#include <algorithm>
#include <array>
#include <cstdint>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "text/abbreviations.h"
#include "text/utf8_internal.h"

namespace dkg {
namespace {

using text_internal::DecodeAt;
using text_internal::Decoded;
using text_internal::IsApostrophe;
using text_internal::IsDigit;
using text_internal::IsLetter;
using text_internal::IsLower;
using text_internal::IsNewline;
using text_internal::IsUpper;
using text_internal::IsWordChar;
using text_internal::IsWordHyphen;

// A sentence piece can always hold one whole code point.
constexpr std::size_t kMinSentenceLimit = 4;

bool IsTerminator(char32_t c) { return c == '.' || c == '!' || c == '?' || c == U'\u2026'; }

bool IsCloser(char32_t c) {
  return c == '"' || c == '\'' || c == U'\u201D' || c == U'\u2019' || c == ')' || c == ']' ||
         c == U'\u00BB' || c == U'\u203A';
}

bool IsOpener(char32_t c) {
  return c == '"' || c == '\'' || c == U'\u201C' || c == U'\u2018' || c == U'\u201E' || c == '(' ||
         c == '[' || c == U'\u00AB' || c == U'\u2039';
}

// White space that separates sentences within a line.
inline bool IsInlineSpace(Decoded d) {
  return text_internal::IsSpace(d.code_point) && !IsNewline(d.code_point);
}

// Part of a word as far as abbreviations go: "U.S", "Commander-in-Chief", "O'Brien".
bool ContinuesWord(char32_t c) {
  return IsWordChar(c) || IsWordHyphen(c) || IsApostrophe(c) || c == '.';
}

// What a byte means to the scan without decoding: ASCII letters and digits continue a
// word; white space and punctuation other than terminators, newlines, hyphens and
// apostrophes separate words; the rest (and every non-ASCII byte) needs a closer look.
enum ByteClass : std::uint8_t { kInWord, kBetweenWords, kDecide };
constexpr auto kByteClass = [] {
  std::array<ByteClass, 256> table{};
  for (int c = 0; c < 256; ++c) {
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    const bool special = c >= 0x80 || c == '\n' || c == '\r' || c == '.' || c == '!' ||
                         c == '?' || c == '-' || c == '\'';
    table[c] = alnum ? kInWord : special ? kDecide : kBetweenWords;
  }
  return table;
}();

// The first byte at or after `pos` whose class is kDecide, or `size`. Sixteen bytes at a
// time where SSE2 is there: news prose has one such byte in some thirty.
std::size_t NextToDecide(const unsigned char* bytes, std::size_t pos, std::size_t size) {
#ifdef __SSE2__
  for (; pos + 16 <= size; pos += 16) {
    const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + pos));
    __m128i hit = _mm_cmpeq_epi8(block, _mm_set1_epi8('\n'));
    for (char c : {'\r', '.', '!', '?', '-', '\''})
      hit = _mm_or_si128(hit, _mm_cmpeq_epi8(block, _mm_set1_epi8(c)));
    // the sign bit of each byte marks the non-ASCII ones
    if (const int mask = _mm_movemask_epi8(hit) | _mm_movemask_epi8(block); mask != 0)
      return pos + static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
  }
#endif
  while (pos < size && kByteClass[bytes[pos]] != kDecide) ++pos;
  return pos;
}

// One left-to-right pass; every byte is decoded once, plus a bounded look back when
// trimming and when cutting an overlong sentence.
class SentenceScanner {
 public:
  SentenceScanner(std::string_view content, std::size_t max_sentence_bytes)
      : content_(content), limit_(std::max(max_sentence_bytes, kMinSentenceLimit)) {}

  std::vector<Span> Run() {
    std::size_t pos = 0;
    const auto* bytes = reinterpret_cast<const unsigned char*>(content_.data());
    while (pos < content_.size()) {
      // Up to the next byte to decide: inside a word nothing changes, and after a
      // separator the next word starts, so only the last separator before it counts.
      const std::size_t from = pos;
      pos = NextToDecide(bytes, pos, content_.size());
      for (std::size_t k = pos; k > from; --k) {
        if (kByteClass[bytes[k - 1]] == kBetweenWords) {
          word_start_ = k;
          break;
        }
      }
      if (pos >= content_.size()) break;
      const Decoded d = DecodeAt(content_, pos);
      if (IsNewline(d.code_point)) {
        EndSentence(pos, pos + d.length);
        pos += d.length;
      } else if (IsTerminator(d.code_point)) {
        pos = AfterTerminators(pos);
      } else {
        if (!ContinuesWord(d.code_point)) word_start_ = pos + d.length;
        pos += d.length;
      }
    }
    EndSentence(content_.size(), content_.size());
    return std::move(sentences_);
  }

 private:
  Decoded At(std::size_t pos) const {
    if (pos >= content_.size()) return {0, 0};
    return DecodeAt(content_, pos);
  }

  // Handles the run of terminators at `pos`; returns where scanning resumes.
  std::size_t AfterTerminators(std::size_t pos) {
    std::size_t run_end = pos;
    while (IsTerminator(At(run_end).code_point)) run_end += At(run_end).length;
    std::size_t close_end = run_end;
    while (IsCloser(At(close_end).code_point)) close_end += At(close_end).length;
    std::size_t next = close_end;
    while (IsInlineSpace(At(next))) next += At(next).length;
    if (next == close_end) {
      // "U.S" continues a word; "3.5" or "...)" glued to text is not a boundary.
      if (close_end != run_end || content_[pos] != '.' || run_end - pos != 1) {
        word_start_ = close_end;
      }
      return close_end;
    }
    const bool lone_period = run_end - pos == 1 && content_[pos] == '.';
    if (next < content_.size() && StartsSentence(next) &&
        !(lone_period && PeriodIsNotFinal(pos, next))) {
      EndSentence(close_end, next);
    }
    word_start_ = next;
    return next;
  }

  bool StartsSentence(std::size_t pos) const {
    const char32_t c = At(pos).code_point;
    return (IsLetter(c) && !IsLower(c)) || IsDigit(c) || IsOpener(c);
  }

  // True when the period at `period` ends an abbreviation ("Dr.", "No. 5"), an
  // initial ("J.") or a dotted acronym ("U.S.") rather than the sentence.
  bool PeriodIsNotFinal(std::size_t period, std::size_t next) const {
    std::size_t begin = word_start_;
    while (begin < period && !IsWordChar(At(begin).code_point)) begin += At(begin).length;
    if (begin >= period) return false;
    std::string_view word = content_.substr(begin, period - begin);
    // "Lt.-Gen.", "Brig.-Gen.": ranks joined by a hyphen, in Nigerian and Canadian usage;
    // the abbreviation is the last one
    if (const std::size_t hyphen = word.rfind('-'); hyphen != std::string_view::npos &&
                                                    hyphen > 0 && word[hyphen - 1] == '.' &&
                                                    hyphen + 1 < word.size())
      word.remove_prefix(hyphen + 1);
    // Lower-case abbreviations ("etc.") end sentences too often to block a split.
    if (IsUpper(static_cast<unsigned char>(word[0])) && text_internal::IsKnownAbbreviation(word)) {
      return (!text_internal::NeedsFollowingNumber(word) || IsDigit(At(next).code_point)) &&
             (!text_internal::NeedsFollowingName(word) ||
              text_internal::NameFollows(content_, next));
    }
    const Decoded first = DecodeAt(word, 0);
    if (first.length == word.size() && IsUpper(first.code_point)) return !TitleAt(next);
    // "Mekong-U.S. Partnership": the acronym is what follows the last hyphen.
    const std::string_view tail = word.substr(word.find_last_of('-') + 1);
    return text_internal::IsDottedAcronym(tail) && !text_internal::IsUsuallyFinalAcronym(tail);
  }

  // Whether a courtesy title with its period ("Mr.") starts at `pos`.
  bool TitleAt(std::size_t pos) const {
    std::size_t end = pos;
    while (end < content_.size() && IsWordChar(At(end).code_point)) end += At(end).length;
    return end < content_.size() && content_[end] == '.' &&
           text_internal::IsTitleAbbreviation(content_.substr(pos, end - pos));
  }

  // Closes the sentence [sentence_begin_, end) and starts the next one at `next`.
  void EndSentence(std::size_t end, std::size_t next) {
    EmitTrimmed(sentence_begin_, end);
    sentence_begin_ = next;
    word_start_ = next;
  }

  void EmitTrimmed(std::size_t begin, std::size_t end) {
    while (begin < end && IsInlineSpace(At(begin))) begin += At(begin).length;
    while (end > begin) {
      const std::size_t start = text_internal::CodePointStart(content_, end - 1, begin);
      if (!IsInlineSpace(DecodeAt(content_.substr(0, end), start))) break;
      end = start;
    }
    if (begin < end) EmitBounded(begin, end);
  }

  // Cuts [begin, end) (trimmed) into pieces of at most limit_ bytes, at the last
  // ASCII white space before the limit, else at a code point boundary.
  void EmitBounded(std::size_t begin, std::size_t end) {
    while (end - begin > limit_) {
      const std::size_t limit = begin + limit_;
      std::size_t cut = limit;
      while (cut > begin && !IsAsciiBlank(content_[cut])) --cut;
      if (cut == begin) cut = text_internal::CodePointStart(content_, limit, begin + 1);
      std::size_t piece_end = cut;
      while (piece_end > begin && IsAsciiBlank(content_[piece_end - 1])) --piece_end;
      Push(begin, piece_end);
      begin = cut;
      while (begin < end && IsAsciiBlank(content_[begin])) ++begin;
    }
    if (begin < end) Push(begin, end);
  }

  static bool IsAsciiBlank(char c) { return c == ' ' || c == '\t' || c == '\v' || c == '\f'; }

  void Push(std::size_t begin, std::size_t end) {
    sentences_.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)});
  }

  std::string_view content_;
  std::size_t limit_;
  std::size_t sentence_begin_ = 0;
  std::size_t word_start_ = 0;
  std::vector<Span> sentences_;
};

}  // namespace

std::vector<Span> SplitSentences(std::string_view content, std::size_t max_sentence_bytes) {
  return SentenceScanner(content, max_sentence_bytes).Run();
}

}  // namespace dkg
