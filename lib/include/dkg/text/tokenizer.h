// Tokens of a report's content, with byte offsets into it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
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
  Span span;              // bytes in the content
  std::string_view text;  // view into the content
  std::string folded;     // Fold(text)
  TokenShape shape = TokenShape::kWord;
  bool capitalized = false;  // first character is an upper-case letter
  bool all_caps = false;     // every letter upper case and at least two letters ("UN", "NATO")
};

// Splits content[range] into tokens. A possessive "'s"/"’s" is its own token;
// "Dr." / "U.S." keep their periods; a sentence-final period after a normal word
// is a separate kPunct token. Linear in the size of the range.
std::vector<Token> Tokenize(std::string_view content, Span range);

}  // namespace dkg
