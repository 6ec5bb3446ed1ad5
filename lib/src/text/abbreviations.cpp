#include "text/abbreviations.h"

#include <string>
#include <unordered_set>

#include "text/name_words.h"
#include "text/utf8_internal.h"

namespace dkg::text_internal {
namespace {

// Stored in lower case; `kCapitalised` entries are titles, months and the like.
const std::unordered_set<std::string_view>& CapitalisedAbbreviations() {
  static const std::unordered_set<std::string_view> words = {
      "dr", "mr", "mrs", "ms", "mme", "mlle", "messrs", "prof", "gen", "lt", "col", "maj", "capt",
      "sgt", "cpl", "pvt", "adm", "brig", "cmdr", "cdr", "gov", "sen", "rep", "amb", "hon", "rev",
      // "Smt. Nandini Rao": Shrimati, in Indian usage
      "smt", "fr", "pres", "supt", "insp", "st", "jr", "sr", "no", "nos", "jan", "feb", "mar",
      "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "inc", "ltd",
      "co", "corp", "bros", "dept", "univ", "vol", "art", "sh", "esq", "eng", "engr", "rt", "cllr",
      // "Pol. Gen. Somchai": police, in Thai ranks
      "pol",
      // "Ag. Commissioner": acting, in Nigerian and ECOWAS usage (not a company's "AG.")
      "ag",
      // given names shortened in South and South-East Asian usage: "Md. Touhid Hossain",
      // "Ma. Theresa Lazaro" (Maria, in the Philippines; only before a name: see
      // NeedsFollowingName)
      "md", "mohd", "muhd", "ma"};
  return words;
}

const std::unordered_set<std::string_view>& LowerCaseAbbreviations() {
  static const std::unordered_set<std::string_view> words = {"etc", "vs",     "cf",
                                                             "al",  "approx", "viz"};
  return words;
}

bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }

}  // namespace

bool IsKnownAbbreviation(std::string_view word) {
  constexpr std::size_t kLongest = 6;
  if (word.empty() || word.size() > kLongest) return false;
  std::string lower(word);
  bool rest_lower = true;
  bool rest_upper = true;
  for (std::size_t i = 0; i < lower.size(); ++i) {
    const char c = lower[i];
    if (!IsAsciiUpper(c) && !IsAsciiLower(c)) return false;
    if (i > 0) {
      rest_lower = rest_lower && IsAsciiLower(c);
      rest_upper = rest_upper && IsAsciiUpper(c);
    }
    if (IsAsciiUpper(c)) lower[i] = static_cast<char>(c - 'A' + 'a');
  }
  if (IsAsciiUpper(word[0]) && (rest_lower || rest_upper)) {
    if (rest_upper && word.size() > 1 && lower == "ag") return false;  // "Stadler Rail AG."
    // (and the initials of two letters for one sound of Mongolian names: "Ts. Ganbat")
    return CapitalisedAbbreviations().contains(lower) || IsDigraphInitial(lower + ".");
  }
  return IsAsciiLower(word[0]) && rest_lower && LowerCaseAbbreviations().contains(lower);
}

bool IsTitleAbbreviation(std::string_view word) {
  static const std::unordered_set<std::string_view> titles = {
      "Dr", "Mr",  "Mrs", "Ms",   "Mme", "Mlle", "Messrs", "Prof", "Gen",
      "Lt", "Col", "Maj", "Capt", "Adm", "Brig", "Amb",    "Hon",  "Rev"};
  return titles.contains(word);
}

bool NeedsFollowingNumber(std::string_view word) {
  static const std::unordered_set<std::string_view> months = {
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"};
  if (word.size() > 4) return false;
  std::string lower(word);
  for (char& c : lower)
    if (IsAsciiUpper(c)) c = static_cast<char>(c - 'A' + 'a');
  return lower == "no" || lower == "nos" || months.contains(lower);
}

bool NeedsFollowingName(std::string_view word) {
  return word.size() == 2 && (word[0] == 'M' || word[0] == 'm') &&
         (word[1] == 'a' || word[1] == 'A');
}

bool NameFollows(std::string_view text, std::size_t pos) {
  // ("Ma. Angelito dela Paz": a surname's particle in lower case before its capital)
  static constexpr std::string_view kParticles[] = {"da ", "de ",  "del ", "dela ", "delos ",
                                                    "di ", "dos ", "van ", "von "};
  auto capital_at = [&] { return pos < text.size() && IsUpper(DecodeAt(text, pos).code_point); };
  while (pos < text.size() && text[pos] == ' ') ++pos;
  if (!capital_at()) return false;
  while (pos < text.size() && IsWordChar(DecodeAt(text, pos).code_point))
    pos += DecodeAt(text, pos).length;
  if (pos >= text.size() || text[pos] != ' ') return false;
  ++pos;
  for (std::string_view particle : kParticles)
    if (text.substr(pos, particle.size()) == particle) {
      pos += particle.size();
      break;
    }
  return capital_at();
}

bool IsDottedAcronym(std::string_view word) {
  std::size_t pos = 0;
  std::size_t letters = 0;
  while (pos < word.size()) {
    const auto decoded = DecodeAt(word, pos);
    if (!IsLetter(decoded.code_point)) return false;
    pos += decoded.length;
    ++letters;
    if (pos == word.size()) break;
    if (word[pos] != '.') return false;
    ++pos;
  }
  return letters >= 2;
}

bool IsUsuallyFinalAcronym(std::string_view word) {
  return word == "D.C" || word == "a.m" || word == "p.m";
}

}  // namespace dkg::text_internal
