// Internal: small predicates over tokens and tags shared by the extraction rules.
#pragma once

#include <algorithm>
#include <array>
#include <initializer_list>
#include <span>
#include <string_view>
#include <vector>

#include "extract/analysis.h"

namespace dkg::internal {

// A small fixed set of folded words, kept by length: a probe is compared only with
// the words of its own length (for a few dozen words this beats hashing the probe).
class WordSet {
 public:
  WordSet(std::initializer_list<std::string_view> words) {
    for (std::string_view w : words) by_length_[std::min(w.size(), kLongest)].push_back(w);
  }
  bool contains(std::string_view word) const {
    for (std::string_view w : by_length_[std::min(word.size(), kLongest)])
      if (w == word) return true;
    return false;
  }

 private:
  static constexpr std::size_t kLongest = 23;  // longer words share the last bucket
  std::array<std::vector<std::string_view>, kLongest + 1> by_length_;
};

inline bool IsWordLike(const Token& t) {
  return t.shape == TokenShape::kWord || t.shape == TokenShape::kAbbreviation;
}
inline bool IsCapitalWord(const Token& t) { return IsWordLike(t) && (t.capitalized || t.all_caps); }
inline bool IsPossessive(const Token& t) { return t.shape == TokenShape::kPossessive; }
inline bool IsPunct(const Token& t, std::string_view text) {
  return t.shape == TokenShape::kPunct && t.folded == text;
}
inline bool IsWord(const Token& t, std::string_view folded) { return t.folded == folded; }
// A hyphen or an en dash standing alone ("Deputy Prime Minister - Minister of Economy").
inline bool IsDash(const Token& t) { return IsPunct(t, "-") || IsPunct(t, "\u2013"); }
// Clause punctuation that ends a noun phrase.
inline bool IsClauseBreak(const Token& t) {
  return t.shape == TokenShape::kPunct && t.folded.size() == 1 &&
         std::string_view(".;:!?()\"").find(t.folded[0]) != std::string_view::npos;
}

// Every token of [begin, end) is an ordinary English word ("Mass Destruction Policy").
inline bool AllCommonWords(const Sentence& s, int begin, int end) {
  for (int i = begin; i < end; ++i)
    if (!Has(s, i, WordLists::kCommon)) return false;
  return true;
}

// A capitalised word that is an ordinary English word written at the start of a
// sentence (or anywhere in a title-case headline) is not evidence of a name.
bool IsCasualCapital(const Sentence& s, int i);

// "al-Burhan", "bin-Zayed": a lower-case particle hyphened to a capitalised name.
bool IsParticleName(const Token& t);

// "Summit", "Palace", "Peninsula", "Strait": a word that ends the name of a place or event.
bool IsPlaceWord(const Analysis& a, const Sentence& s, int i);

// A name right after token i names a place: a preposition of place ("to Kyiv", "in
// Sochi"), unless a greeting, message or letter is addressed "to" it ("congratulations
// to Katalin Novak", "wrote to X").
bool IsPlacePreposition(const Analysis& a, const Sentence& s, int i);

// The last word of a person named before token t ("Barrow" after "Adama Barrow"), or the
// first of a name written family name first ("Lee" after "Lee Ju-ho").
bool IsEarlierSurname(const Analysis& a, const Token& t);
// Whether a name is written family name first, as Korean names are: two words, the second
// a given name of two syllables joined by a hyphen ("Lee Ju-ho", "Ahn Duk-geun").
bool FamilyNameFirst(std::string_view name);
// Where the surname of the name in tokens [begin, end) ends: before a generational
// suffix ("Ferdinand R. Marcos Jr."), else at `end`.
int SurnameEnd(const Sentence& s, int begin, int end);

// The bit of Analysis::person_last_words for a word.
std::uint64_t LastWordBit(std::string_view word);

// A straight or curly double quotation mark.
bool IsQuoteMark(const Token& t);

// "Maria Teresa", "Mark Rutte": whether token i is a given name the dictionary also lists
// as an ordinary word ("maria", "mark") before a name word no dictionary lists.
bool OpensGivenName(const Analysis& a, const Sentence& s, int i);

// May token i be part of a person's name? (capitalised, not a known title, country,
// organisation, month; particles like "bin", "al", "de" count inside a name).
bool IsNameToken(const Analysis& a, const Sentence& s, int i);

// A family name the report writes in capitals ("IWAYA" of "Mr. IWAYA Takeshi"): token i
// is one of Analysis::capitalised_surnames.
bool IsCapitalisedSurname(const Analysis& a, const Sentence& s, int i);
bool IsNameParticle(const Analysis& a, const Sentence& s, int i);

// Letters of a Roman numeral only ("ii", "iv"; folded).
bool IsRomanNumeral(std::string_view folded);

// Longest run of name tokens starting at i that starts and ends with a real name word;
// returns the end index (== i when there is no name at i).
int ScanName(const Analysis& a, const Sentence& s, int i);
// "Kh." of "Kh.Bulgantuya", "D." of "D.Amarbayasgalan": an initial with the name glued
// after it.
bool GluedInitial(const Sentence& s, int i);

// Drops leading ordinary words a name run picked up from a title or portfolio before
// it ("Recovery Bruno Le Maire", "Foreign Affairs Celia Kuningas-Saagpakk",
// "Palestinian-American Shireen Abu Akleh"), keeping at least two tokens.
int TrimNameStart(const Analysis& a, const Sentence& s, int begin, int end);

// The end of a city of the gazetteer named at token k (one or two words), or -1; of a
// sentence's tokens or any others (a role's words).
int CityEnd(const Lexicon& lexicon, std::span<const Token> tokens, int k);
int CityEnd(const Analysis& a, const Sentence& s, int k);

// The country of the gazetteer city named at token k ("Abuja", "Addis Ababa"), or -1.
int CountryOfCityAt(const Lexicon& lexicon, std::span<const Token> tokens, int k);
int CountryOfCityAt(const Analysis& a, const Sentence& s, int k);

// The country of the named seat of government at token `name` ("Kosyam Palace", "the
// Qasr Al Watan palace complex": its longest capitalised words that name one), or -1.
int SeatCountryAt(const Analysis& a, const Sentence& s, int name);

// "Baghdad-INA": a dateline's city and news agency written as one word; the city's
// country as a lexicon index, or -1 for any other token.
int GluedCityAgencyCountry(const Lexicon& lexicon, const Token& t);

// Whether someone titled `held` answers to a mention of the title `wanted`: "the
// Secretary" ~ "secretary of state", "the minister" ~ "foreign minister" (whole words at
// either end; not "vice president" for "the President").
bool TitleHeadHolds(std::string_view held, std::string_view wanted);

// A word that reads as a plural: "leaders", "ministers" (not "press", "bus").
bool IsPluralWord(std::string_view word);

// "father", "son", "predecessor" (folded): a word for another person one is related to.
bool IsRelativeWord(std::string_view folded);

// A title head naming a group ("leaders of the EU", "heads of mission"): its first word
// is a plural.
bool IsPluralTitle(std::string_view title_head);

// "bin", "bint", "ibn": the word before one is a given name ("Sultan bin Saad").
bool IsPatronymicParticle(const Token& t);

// A folded name word opening with the Arabic article written with a hyphen ("al-sisi",
// "el-mandeb").
bool HasArabicArticle(std::string_view folded);

// "Royal Court Affairs", "Amiri Diwan Affairs": the capitalised words after token k run
// into "Affairs", so a body's head word at k opens a portfolio, not a body.
bool RunsIntoAffairs(const Sentence& s, int k);

// "(LPRP)", "(SDF)": whether an acronym in capitals stands in parentheses from `open`.
bool IsAcronymInParentheses(const Sentence& s, int open);

// "Chief of Defence Staff (CDS) of the Rwanda Defence Force": whether the "(" at `open`
// holds a title's letters, between the title and the "of" of its body.
bool IsTitleLettersAt(const Sentence& s, int open);

// The first token of [from, to) of sentence s whose folded form is `word`, or -1 (the
// range is clipped to the sentence).
inline int FindWord(const Sentence& s, int from, int to, std::string_view word) {
  for (int i = std::max(from, 0); i < std::min(to, static_cast<int>(s.tokens.size())); ++i)
    if (s.tokens[i].folded == word) return i;
  return -1;
}

// "guest(s)", "visitor(s)", "delegation", "envoy", "emissary": a word for an audience's
// guests ("the visiting delegation").
bool IsGuestWord(const Token& t);

// Whether "at his side" (or "by her side") starts at token k of sentence s.
bool OnesSideAt(const Sentence& s, int k);

// An embassy or consulate named in tokens [first, end) of sentence s.
bool IsDiplomaticMission(const Sentence& s, int first, int end);

}  // namespace dkg::internal
