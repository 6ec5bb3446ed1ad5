// Tokens of a report's content, with byte offsets into it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dkg/types.h"

namespace dkg {

enum class TokenShape : std::uint8_t {
  kWord,         // letters, with inner hyphens/apostrophes: "Commander-in-Chief", "O'Brien"
  kAbbreviation, // letters with inner/trailing periods: "U.S.", "H.E.", "Dr.", "Lt."
  kNumber,       // digits, with inner , . : "2022", "1,000", "3.5"
  kPossessive,   // "'s" or "’s" or a lone "'" after a word ending in s
  kPunct,        // any other single character that is not a letter or digit
};

struct Token {
  Span span;                // bytes in the content
  std::string_view text;    // view into the content
  std::string_view folded;  // Fold(text): a view into the content when that is the same,
                            // else into the owning Tokens
  TokenShape shape = TokenShape::kWord;
  bool capitalized = false;  // first character is an upper-case letter
  bool all_caps = false;     // every letter upper case and at least two letters ("UN", "NATO")
};

// The tokens of a text, owning the folded forms that differ from the text (most words
// are already folded and cost no copy). Tokens point into the content they were made
// from, which must outlive them. Movable; not copyable, as tokens point into it.
// One store can hold the tokens of many ranges of the same content (a report's
// sentences), appended in turn; Clear() empties it and keeps its memory for the next.
class Tokens {
 public:
  Tokens() = default;
  Tokens(Tokens&& other) noexcept { *this = std::move(other); }
  Tokens& operator=(Tokens&& other) noexcept;
  Tokens(const Tokens&) = delete;
  Tokens& operator=(const Tokens&) = delete;

  std::size_t size() const { return tokens_.size(); }
  bool empty() const { return tokens_.empty(); }
  const Token& operator[](std::size_t i) const { return tokens_[i]; }
  const Token& front() const { return tokens_.front(); }
  const Token& back() const { return tokens_.back(); }
  const Token* data() const { return tokens_.data(); }
  const Token* begin() const { return tokens_.data(); }
  const Token* end() const { return tokens_.data() + tokens_.size(); }

  // Appends the tokens of content[range], as Tokenize does. Every range appended to one
  // store must come from the same content.
  void Append(std::string_view content, Span range);
  void Clear();

 private:
  void PointFoldedForms(std::size_t from);

  std::vector<Token> tokens_;
  std::string folded_;  // folded forms that differ from their text
  struct FoldedAt {
    std::uint32_t token, offset, size;
  };
  std::vector<FoldedAt> folded_at_;  // where each of them is in folded_
};

// Splits content[range] into tokens. A possessive "'s"/"’s" is its own token;
// "Dr." / "U.S." keep their periods; a sentence-final period after a normal word
// is a separate kPunct token. Linear in the size of the range.
Tokens Tokenize(std::string_view content, Span range);

}  // namespace dkg
