// Internal: the fixed set of words that are written with a trailing period as an
// abbreviation ("Dr.", "Lt.", "Gen.", "Jan.", "etc."). Shared by the tokenizer and
// the sentence splitter so both agree on where a period is not a full stop.
#pragma once

#include <string_view>

namespace dkg::text_internal {

// `word` is given without its period. Titles and months match when capitalised
// ("Gen") or all caps ("GEN"); "etc", "vs", "al" match in lower case only.
bool IsKnownAbbreviation(std::string_view word);

// Courtesy titles and ranks written with a period ("Mr", "Dr", "Gen"), capitalised: no
// name's initial stands before one, so "the late King Mohammed V. Mr. Ferrante" is two
// sentences.
bool IsTitleAbbreviation(std::string_view word);

// "No" is an abbreviation only before a number ("No. 5"), and so is a month's ("Feb. 12",
// "Jan. 2024"); elsewhere it is a word ("the envoy, Zhai Jun.").
bool NeedsFollowingNumber(std::string_view word);

// "Ma" (Maria, in the Philippines) is an abbreviation only before a name of two words or
// more ("Ma. Theresa P. Lazaro"); elsewhere it ends a name ("Jack Ma. The company ...").
bool NeedsFollowingName(std::string_view word);

// Whether two capitalised words, past the spaces at `pos` of `text`, follow.
bool NameFollows(std::string_view text, std::size_t pos);

// Single letters joined by periods, with or without the final one: "U.S", "H.E",
// "U.A.E", "e.g". A lone letter does not count.
bool IsDottedAcronym(std::string_view word);

// Dotted acronyms that usually end the sentence they close ("Washington, D.C.",
// "10 a.m."), unlike "U.S." or "H.E." which usually qualify the next word.
bool IsUsuallyFinalAcronym(std::string_view word);

}  // namespace dkg::text_internal
