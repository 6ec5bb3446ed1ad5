// Internal: the comparison keys the resolver clusters on.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dkg::internal {

// Folded parts of a person's name without particles (bin, al, de ...) and initials:
// "Antony J. Blinken" -> {antony, blinken}; "Mohamed Al-Menfi" -> {mohamed, menfi}.
std::vector<std::string> PersonKey(std::string_view name);

// Whether a person's name holds "bin", "bint" or "ibn" ("Al Hussein bin Abdullah II").
bool HasPatronymic(std::string_view name);

// "person:" style slug of a key: parts joined by '-'.
std::string Slug(const std::vector<std::string>& parts);
std::string Slug(std::string_view normalized_text);

// Levenshtein distance, capped at `limit + 1`.
int EditDistance(std::string_view a, std::string_view b, int limit);

// Spelling variants of one surname: Zelensky / Zelenskyy / Zelenskiy.
bool IsSpellingVariant(std::string_view a, std::string_view b);

}  // namespace dkg::internal
