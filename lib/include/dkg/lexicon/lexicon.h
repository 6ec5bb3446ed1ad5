// Lexicon: the data the extractor matches against — countries (names and adjectives),
// titles, honorifics, institution heads, well-known organisations, trigger words and
// common English words. Loaded once from JSON files in a directory (data/lexicon) and
// immutable afterwards, so threads share one instance without locking.
#pragma once

#include <cstdint>
#include <functional>
#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dkg {

struct Token;

struct CountryInfo {
  std::string alpha3;  // "FRA"
  std::string alpha2;  // "FR"
  std::string name;    // "France"
};

struct OrganizationInfo {
  std::string name;     // "United Nations"
  std::string acronym;  // first all-caps alias, "UN", or empty
  std::string country;  // alpha-3 for state bodies, empty for international ones
  int parent = -1;      // the organisation it is a body of (European Commission ->
                        // European Union), as an index of Lexicon::organizations(); -1: none
  bool media = false;   // a news agency or broadcaster: of a state, but none of its bodies
};

enum class PhraseKind : std::uint8_t {
  kCountryName,       // "France", "French Republic", "U.S."
  kCountryAdjective,  // "French", "Emirati"
  kTitle,             // "Foreign Minister", "Field Marshal"
  kTitleModifier,     // "Deputy", "Acting"
  kHonorific,         // "H.E.", "Sheikh", "Mr."
  kInstitutionHead,   // "Ministry", "Army", "Council"
  kOrganization,      // "United Nations", "NATO"
};

struct PhraseEntry {
  PhraseKind kind;
  std::uint32_t index = 0;  // into countries() / organizations() / title_kinds(); else 0
};

// Longest phrase found at a token position.
struct PhraseMatch {
  std::size_t length = 0;                 // in tokens; 0 when nothing matched
  const std::vector<PhraseEntry>* entries = nullptr;
  bool Has(PhraseKind kind) const;
  const PhraseEntry* Find(PhraseKind kind) const;
};

// A phrase of the tables, or a proper prefix of one (opaque; lexicon.cpp).
struct PhraseNode;

// What the lexicon knows about one folded word, found with one lookup.
struct WordInfo {
  std::uint64_t bits = 0;               // Lexicon::WordBits
  const PhraseNode* phrase = nullptr;   // phrases starting with this word, if any
};

class Lexicon {
 public:
  // Loads every lexicon file from `dir`; throws dkg::Error naming the file on any problem.
  static std::shared_ptr<const Lexicon> Load(const std::filesystem::path& dir);
  // The directory used when none is given: $DKG_DATA/lexicon, else the source tree's
  // data/lexicon, else <prefix>/share/dkg/lexicon next to the installed binary.
  static std::filesystem::path DefaultDirectory();

  Lexicon();
  ~Lexicon();
  Lexicon(const Lexicon&) = delete;
  Lexicon& operator=(const Lexicon&) = delete;

  // Longest phrase of the tables that starts at tokens[i]. Phrases are compared on folded
  // tokens, so "Çavuşoğlu" matches "cavusoglu" and "U.S." matches "u.s.".
  PhraseMatch LongestMatch(std::span<const Token> tokens, std::size_t i,
                           std::size_t end) const;
  // The same, given Word(tokens[i].folded) already looked up.
  PhraseMatch LongestMatch(std::span<const Token> tokens, std::size_t i, std::size_t end,
                           const WordInfo& first) const;
  // The one-word phrase `folded_word` (a LongestMatch over that word alone).
  PhraseMatch WordMatch(std::string_view folded_word) const;
  // Everything about one folded word (list bits, common word, phrase start) at once.
  WordInfo Word(std::string_view folded_word) const;
  // Word(tokens[i].folded) into out[i] for every token (out as long as tokens); faster
  // than a call per token.
  void Words(std::span<const Token> tokens, std::span<WordInfo> out) const;

  const std::vector<CountryInfo>& countries() const { return countries_; }
  const std::vector<OrganizationInfo>& organizations() const { return organizations_; }
  const std::string& title_kind(std::uint32_t index) const { return title_kinds_[index]; }
  // An office of particular governments: the indices into countries() of the states
  // whose governments have it ("Assistant Secretary of State"); empty for most titles.
  const std::vector<int>& title_countries(std::uint32_t index) const {
    return title_countries_[index];
  }

  // Named word lists from triggers.json ("meeting_verbs", "call_words", ...), folded.
  bool InList(std::string_view list, std::string_view folded_word) const;
  // Bit i set for each list i of triggers.json that holds the word, and kCommonWordBit
  // for a common English word: one lookup per token instead of one per list and token.
  std::uint64_t WordBits(std::string_view folded_word) const;
  // The bit of a named list in WordBits; 0 for an unknown name.
  std::uint64_t ListBit(std::string_view list) const;
  static constexpr std::uint64_t kCommonWordBit = std::uint64_t{1} << 63;
  // Lower-case English words (from a dictionary): "price" yes, "blinken" no.
  bool IsCommonWord(std::string_view folded_word) const;
  // The folded title or honorific a folded abbreviation stands for ("lt. gen." ->
  // "lieutenant general", "pm" -> "prime minister", "hh" -> "his highness"); the input
  // when it is none.
  std::string_view ExpandAbbreviation(std::string_view folded) const;
  // The usual form of a folded given name ("joe" -> "joseph", "davyd" -> "david":
  // names.json "given_name_forms"), or the name itself.
  std::string_view GivenNameForm(std::string_view folded) const;
  // A country by alpha-3, or nullptr.
  const CountryInfo* CountryByCode(std::string_view alpha3) const;
  // The index in organizations() of the organisation called `name` (compared as
  // NormalizeKey does: case, diacritics, punctuation and "the" aside), or -1.
  int OrganizationByName(std::string_view name) const;
  // The index of the country whose capital (or a city its government commonly speaks
  // from: countries.json "capitals") has the key `city_key`; -1 when none.
  int CityCountry(std::string_view city_key) const;
  // The index of the state that also uses a folded adjective or short name the lexicon
  // gives another ("congolese": the Republic of the Congo, beside the Democratic Republic;
  // "congo": the Democratic Republic, beside the Republic; countries.json
  // "shared_adjectives" and "shared_names"), or -1.
  int SharedWordCountry(std::string_view folded_word) const;
  // The index of the country whose head of state or government has the named seat with
  // the key `seat_key` ("jubilee house", "kremlin": countries.json "seats"); -1 when none.
  int SeatCountry(std::string_view seat_key) const;
  // The index of the country whose own voice published a report from `source` (free text
  // holding its URL: "... original: http://en.kremlin.ru/events/..."): a host of
  // countries.json "publishers" or a subdomain of one. -1 when none is known.
  int PublisherCountry(std::string_view source) const;
  // The index of the country a head of state or government of 2010-2025 called `name`
  // led (leaders.json; compared as NormalizeKey does); -1 when none, or when namesakes
  // led two states.
  int LeaderCountry(std::string_view name) const;
  // The same for a foreign minister of 2010-2025 (foreign_ministers.json).
  int ForeignMinisterCountry(std::string_view name) const;
  // The key of a phrase (a city, a title) written as `tokens`: their folded words joined
  // by single spaces, punctuation dropped ("ABU DHABI" -> "abu dhabi",
  // "Washington, D.C." -> "washington d.c."). Word lists hold multi-word entries so.
  static std::string PhraseKey(std::span<const Token> tokens);

 private:
  // Hashes std::string and std::string_view alike, so lookups by view allocate nothing.
  struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const noexcept {
      return std::hash<std::string_view>{}(text);
    }
  };
  template <typename Value>
  using StringMap = std::unordered_map<std::string, Value, StringHash, std::equal_to<>>;

  // The phrase, list and word tables LongestMatch, InList and Word look up (lexicon.cpp).
  struct Tables;
  // False when no word of the tables starts with the word's first byte.
  bool MayBeWord(std::string_view folded_word) const;
  // Word(), given that MayBeWord and the word's internal::HashString.
  WordInfo CachedWord(std::string_view folded_word, std::uint64_t hash) const;
  void AddPhrase(std::string_view phrase, PhraseEntry entry);
  void AddListWord(std::string_view list, std::string_view word);

  std::vector<CountryInfo> countries_;
  std::vector<OrganizationInfo> organizations_;
  std::vector<std::string> title_kinds_;
  std::vector<std::vector<int>> title_countries_;  // parallel to title_kinds_
  std::unique_ptr<Tables> tables_;
  std::uint64_t serial_;  // unique per instance, for per-thread lookup caches
  std::vector<std::string> list_names_;
  StringMap<std::string> abbreviations_;
  StringMap<std::string> given_name_forms_;  // folded form -> the group's usual form
  StringMap<std::uint32_t> country_by_code_;
  StringMap<std::uint32_t> country_by_city_;
  StringMap<std::uint32_t> country_by_seat_;
  StringMap<std::uint32_t> country_sharing_word_;  // folded adjective or name -> index
  StringMap<std::uint32_t> country_by_publisher_;  // host -> index
  StringMap<std::uint32_t> country_by_leader_;     // NormalizeKey(name) -> index
  StringMap<std::uint32_t> country_by_foreign_minister_;  // likewise
  StringMap<std::uint32_t> organization_by_name_;  // NormalizeKey(name) -> index

  friend class LexiconLoader;
};

}  // namespace dkg
