// Folded forms for matching names: case and diacritics folded so that
// "Çavuşoğlu" == "cavusoglu", curly quotes and apostrophes made ASCII, dashes made '-'.
// Thread-safe; ASCII input takes a fast path that does not touch ICU.
#pragma once

#include <string>
#include <string_view>

namespace dkg {

// Lower case, diacritics removed (NFKD then drop combining marks), typographic
// apostrophes/quotes -> ' and ", Unicode dashes -> '-'. Keeps every other character,
// including punctuation and spaces, so folded phrases keep their shape.
std::string Fold(std::string_view text);
// Appends Fold(text) to `out`.
void AppendFolded(std::string_view text, std::string& out);

// The scoring key of ANNOTATION.md: Fold, then punctuation dropped, the word "the"
// dropped, white space collapsed to single spaces and trimmed.
// NormalizeKey("The  Ministry of Foreign-Affairs") == "ministry of foreignaffairs"
std::string NormalizeKey(std::string_view text);

// "UN", "U.N.", "G7", "OSCE": at least two capitals and nothing but capitals, digits,
// periods and hyphens.
bool LooksLikeAcronym(std::string_view text);

}  // namespace dkg
