// Stage 1: sentences, tokens and lexicon tags.
#include <algorithm>
#include <cctype>

#include "dkg/text/sentence_splitter.h"
#include "extract/analysis.h"
#include "extract/relation_util.h"
#include "extract/token_rules.h"
#include "text/name_words.h"

namespace dkg::internal {
namespace {

// Country names, adjectives and organisations are proper nouns: they must be written
// with a capital ("turkey", "china" and "us" are not countries).
bool NeedsCapital(PhraseKind kind) {
  return kind == PhraseKind::kCountryName || kind == PhraseKind::kCountryAdjective ||
         kind == PhraseKind::kOrganization || kind == PhraseKind::kHonorific;
}

TokenTag::Kind TagKind(PhraseKind kind) {
  switch (kind) {
    case PhraseKind::kCountryName: return TokenTag::kCountryName;
    case PhraseKind::kCountryAdjective: return TokenTag::kCountryAdjective;
    case PhraseKind::kTitle: return TokenTag::kTitle;
    case PhraseKind::kTitleModifier: return TokenTag::kModifier;
    case PhraseKind::kHonorific: return TokenTag::kHonorific;
    case PhraseKind::kInstitutionHead: return TokenTag::kInstitutionHead;
    case PhraseKind::kOrganization: return TokenTag::kOrganization;
  }
  return TokenTag::kNone;
}

// When one phrase is several things, the most specific reading wins.
constexpr PhraseKind kPriority[] = {
    PhraseKind::kOrganization, PhraseKind::kCountryName, PhraseKind::kTitle,
    PhraseKind::kCountryAdjective, PhraseKind::kInstitutionHead, PhraseKind::kHonorific,
    PhraseKind::kTitleModifier};

// "US", "WHO", "Chad": a one-word proper noun that is also an English word counts only
// in capitals or written with a capital inside a sentence.
// A country written with a capital is one even at the start of a sentence ("French
// officials said ..."), unless the word is also a pronoun ("Us").
// (and in a headline, a state's adjective before a title: "receives French Foreign
// Minister")
bool CapitalIsMeaningful(const Sentence& sentence, std::size_t i, std::size_t length, bool country,
                         bool title_follows) {
  const Token& t = sentence.tokens[i];
  if (t.all_caps) return true;
  // ("al-Shabaab": the Arabic article before a capital)
  const bool article = HasArabicArticle(t.folded) && t.text.size() > 3 &&
                       std::isupper(static_cast<unsigned char>(t.text[3]));
  if (article) return true;
  if (!t.capitalized) return false;
  if (length > 1 || (sentence.word_bits[i] & Lexicon::kCommonWordBit) == 0) return true;
  if (country && !IsWord(t, "us") && (!sentence.is_title || title_follows)) return true;
  // a headline capitalises every word, but "President of Turkey", "talks with Chad" name
  // the country after a preposition
  if (country && sentence.is_title && i > 0) {
    const Token& before = sentence.tokens[i - 1];
    if (IsWord(before, "of") || IsWord(before, "to") || IsWord(before, "with") ||
        IsWord(before, "in"))
      return true;
  }
  return i > 0 && !sentence.is_title;
}

// Whether token t is the short acronym of organisation `index` ("RT" of RT, "WHO" of the
// WHO; a longer one is also written as a word: "Nato", "Gavi", "Mercosur").
bool IsAcronymOf(const Lexicon& lexicon, std::uint32_t index, const Token& t) {
  const auto& organization = lexicon.organizations()[index];
  for (const std::string& acronym : {organization.acronym, organization.name}) {
    if (acronym.size() > 3 || acronym.size() != t.text.size()) continue;
    bool same = true;
    for (std::size_t k = 0; k < acronym.size(); ++k)
      same = same && std::tolower(static_cast<unsigned char>(acronym[k])) ==
                         std::tolower(static_cast<unsigned char>(t.text[k]));
    if (same) return true;
  }
  return false;
}

// A word of a personal name: capitalised (not all capitals), untagged, no dictionary word,
// no compound ("India-Japan Quad") nor abbreviation ("U.S.").
bool IsNameWord(const Token& t, const TokenTag& tag, const WordInfo& word) {
  return t.capitalized && !t.all_caps && tag.kind == TokenTag::kNone &&
         (word.bits & Lexicon::kCommonWordBit) == 0 &&
         t.text.find_first_of(".-") == std::string_view::npos;
}

// A one-word title or honorific that is a name where it stands: a father's after "bin",
// "bint" or "ibn" ("Mohamed bin Zayed bin Sultan Al Nahyan"); before them, the given name
// of the one it would title ("Sultan bin Saad Al-Muraikhi", titles only); and a title
// that is a given name too (the lexicon's "given_name_titles") before a surname with the
// Arabic article ("Dr. Sultan Al Jaber", "Sultan al-Arada"), which no ruler goes by.
bool IsGivenName(const Lexicon& lexicon, const Sentence& sentence, std::size_t i,
                 const PhraseMatch& match, const PhraseEntry& chosen) {
  const auto& tokens = sentence.tokens;
  const bool title = chosen.kind == PhraseKind::kTitle;
  if (match.length != 1 || !(title || chosen.kind == PhraseKind::kHonorific)) return false;
  if (i > 0 && IsPatronymicParticle(tokens[i - 1]) && tokens[i].capitalized) return true;
  if (i > 0 && tokens[i - 1].capitalized && tokens[i].capitalized &&
      text_internal::IsServantOfWord(tokens[i - 1].folded))
    return true;  // "Abdul Amir Yarallah"
  if (!title || match.Has(PhraseKind::kHonorific) || i + 1 >= tokens.size()) return false;
  const Token& next = tokens[i + 1];
  if (IsPatronymicParticle(next)) return true;
  if (!lexicon.InList("given_name_titles", tokens[i].folded)) return false;
  const bool article = (next.folded == "al" || next.folded == "el") && i + 2 < tokens.size() &&
                       tokens[i + 2].capitalized;
  return article || HasArabicArticle(next.folded);
}

// "Pakistan Muslim League-Nawaz": an institution head word joined by a hyphen to a
// capitalised word of the body's name, after another capitalised word of it.
bool IsHeadWithSuffix(const Lexicon& lexicon, const Sentence& sentence, std::size_t i) {
  const Token& t = sentence.tokens[i];
  if (i == 0 || !t.capitalized || t.all_caps || !sentence.tokens[i - 1].capitalized) return false;
  const std::size_t hyphen = t.text.find('-');
  if (hyphen == std::string_view::npos || hyphen + 1 >= t.text.size() ||
      !std::isupper(static_cast<unsigned char>(t.text[hyphen + 1])))
    return false;
  const PhraseMatch match = lexicon.WordMatch(t.folded.substr(0, t.folded.find('-')));
  return match.length == 1 && match.Has(PhraseKind::kInstitutionHead) &&
         !match.Has(PhraseKind::kTitle) && !match.Has(PhraseKind::kCountryName);
}

// "Prime Minister Luís Montenegro": a state's name of one word that ends, after name words,
// the name of a leader or a foreign minister the lexicon knows is his surname.
bool EndsAKnownOfficeHoldersName(const Lexicon& lexicon, const Sentence& sentence,
                                 std::span<const WordInfo> words, std::size_t i,
                                 const PhraseMatch& match, const PhraseEntry& chosen) {
  constexpr std::size_t kGivenWords = 3;
  const auto& tokens = sentence.tokens;
  if (chosen.kind != PhraseKind::kCountryName || match.length != 1 || i == 0 ||
      !IsNameWord(tokens[i - 1], sentence.tags[i - 1], words[i - 1]))
    return false;
  std::string name(tokens[i].text);
  for (std::size_t b = i; b-- > 0 && i - b <= kGivenWords;) {
    if (!IsNameWord(tokens[b], sentence.tags[b], words[b])) break;
    name.insert(0, std::string(tokens[b].text) + " ");
    if (lexicon.LeaderCountry(name) >= 0 || lexicon.ForeignMinisterCountry(name) >= 0) return true;
  }
  return false;
}

// "President Duma Boko": an institution's head word of one word right after a title and
// before a name word is the title holder's given name (but a rank goes on a body's name,
// "the Party's General Council Andrei Turchak", and so does a title after a capitalised
// word, "the Party General Council").
bool OpensATitledName(const Lexicon& lexicon, const Sentence& sentence,
                      std::span<const WordInfo> words, std::size_t i, const PhraseMatch& match,
                      const PhraseEntry& chosen) {
  const auto& tokens = sentence.tokens;
  if (chosen.kind != PhraseKind::kInstitutionHead || match.length != 1 || i == 0 ||
      i + 1 >= tokens.size() || sentence.tags[i - 1].kind != TokenTag::kTitle ||
      lexicon.title_kind(sentence.tags[i - 1].index) == "military" ||
      !IsNameWord(tokens[i + 1], sentence.tags[i + 1], words[i + 1]))
    return false;
  const std::size_t title = sentence.tags[i - 1].start;
  return title == 0 || !tokens[title - 1].capitalized || IsPossessive(tokens[title - 1]);
}

// Tags the phrases of the lexicon and fills word_bits: one word lookup per token.
void TagSentence(const Lexicon& lexicon, Sentence& sentence) {
  const auto& tokens = sentence.tokens;
  thread_local std::vector<WordInfo> words;
  words.resize(tokens.size());
  lexicon.Words(tokens, words);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    sentence.word_bits[i] = words[i].bits;
    sentence.bits |= words[i].bits;
  }
  std::size_t i = 0;
  while (i < tokens.size()) {
    if (words[i].phrase == nullptr) {
      if (IsHeadWithSuffix(lexicon, sentence, i))
        sentence.tags[i] =
            TokenTag{TokenTag::kInstitutionHead, 0, 1, static_cast<std::uint16_t>(i), false};
      ++i;
      continue;
    }
    PhraseMatch match = lexicon.LongestMatch(tokens, i, tokens.size(), words[i]);
    const PhraseEntry* chosen = nullptr;
    if (match.length > 0) {
      for (PhraseKind kind : kPriority) {
        const PhraseEntry* entry = match.Find(kind);
        if (!entry) continue;
        const bool country =
            kind == PhraseKind::kCountryName || kind == PhraseKind::kCountryAdjective;
        // an acronym is written in capitals ("RT", not "Rt. Hon.")
        if (kind == PhraseKind::kOrganization && match.length == 1 && !tokens[i].all_caps &&
            IsAcronymOf(lexicon, entry->index, tokens[i]))
          continue;
        // (nor a name's word, "Petra" or "Sana" after a given name: "Mahamadou Sana")
        if (kind == PhraseKind::kOrganization && match.length == 1 && !tokens[i].all_caps &&
            i > 0 && IsNameWord(tokens[i - 1], sentence.tags[i - 1], words[i - 1]))
          continue;
        const bool title_follows =
            kind == PhraseKind::kCountryAdjective && sentence.is_title &&
            i + match.length < tokens.size() &&
            lexicon.LongestMatch(tokens, i + match.length, tokens.size()).Has(PhraseKind::kTitle);
        if (!NeedsCapital(kind) ||
            CapitalIsMeaningful(sentence, i, match.length, country, title_follows)) {
          chosen = entry;
          break;
        }
      }
    }
    if (!chosen || IsGivenName(lexicon, sentence, i, match, *chosen) ||
        EndsAKnownOfficeHoldersName(lexicon, sentence, words, i, match, *chosen) ||
        OpensATitledName(lexicon, sentence, words, i, match, *chosen)) {
      ++i;
      continue;
    }
    for (std::size_t k = 0; k < match.length; ++k) {
      sentence.tags[i + k] = TokenTag{TagKind(chosen->kind), chosen->index,
                                      static_cast<std::uint16_t>(k == 0 ? match.length : 0),
                                      static_cast<std::uint16_t>(i),
                                      match.Has(PhraseKind::kHonorific)};
    }
    i += match.length;
  }
  // "the Speaker's media adviser", "the President's legal adviser": an ordinary word
  // between a possessive and an aide's one-word title modifies the title
  for (std::size_t k = 1; k + 1 < tokens.size(); ++k)
    if (IsPossessive(tokens[k - 1]) && !tokens[k].capitalized &&
        tokens[k].shape == TokenShape::kWord && sentence.tags[k].kind == TokenTag::kNone &&
        (words[k].bits & Lexicon::kCommonWordBit) != 0 &&
        sentence.tags[k + 1].kind == TokenTag::kTitle && sentence.tags[k + 1].length == 1 &&
        IsAideTitle(lexicon, tokens[k + 1].folded))
      sentence.tags[k] = TokenTag{TokenTag::kModifier, 0, 1, static_cast<std::uint16_t>(k), false};
}

// "ABU DHABI —", "KHARTOUM —", "MANAMA, July 5 (BNA) --", "Port Sudan, March 18 -",
// "ISLAMABAD, Jul 8 (APP):", "STATE HOUSE ENTEBBE |": a place and a dash opening a wire
// story.
int DatelineEnd(const Analysis& a, const Sentence& s, bool opens_body) {
  const int n = static_cast<int>(s.tokens.size());
  if (n == 0 || !s.tokens[0].capitalized) return 0;
  // "Port Sudan, March 18 -", "Doha, 07/04/2021 -": a place in title case, at the start
  // of the body, needs a comma and a date before the dash; one in capitals ("ALGIERS -")
  // needs neither
  const bool capitals = s.tokens[0].all_caps;
  if (!capitals && !opens_body) return 0;
  // "Baghdad-INA" in a paragraph of its own
  if (n <= 2 && GluedCityAgencyCountry(*a.lexicon, s.tokens[0]) >= 0) return n;
  bool comma = false, dated = false;
  for (int i = 1; i < std::min(n, 14); ++i) {
    const Token& t = s.tokens[i];
    // ("Kinshasa, 22 July 2025 (ACP).- ...": a full stop after the agency, then the dash)
    if (IsWord(t, ".") && IsWord(s.tokens[i - 1], ")") && i + 1 < n && IsWord(s.tokens[i + 1], "-"))
      continue;
    // ("ISLAMABAD, Jul 8 (APP): ...": a colon after the agency ends it too, and one after
    // a city the gazetteer knows or a date in capitals: "DAR ES SALAAM: The Secretary
    // General ...", "Havana, Tuesday: The Minister ...")
    const bool colon = IsWord(t, ":") && !IsWord(s.tokens[i - 1], ")");
    if (t.shape == TokenShape::kPunct &&
        (IsWord(t, "-") || t.text == "\u2014" || t.text == "\u2013" ||
         (IsWord(t, ":") && IsWord(s.tokens[i - 1], ")")) || colon ||
         (IsWord(t, "|") && capitals))) {
      // ("Rabat - Minister ...", "Niamey (ANP) - ...", "Kigali, Rwanda —": a city the
      // gazetteer knows needs no date)
      int city_end = 1;
      while (city_end < i && !IsWord(s.tokens[city_end], "(") && !IsWord(s.tokens[city_end], ","))
        ++city_end;
      auto is_city = [&](int begin, int end) {
        return end > begin && end - begin <= 3 &&
               a.lexicon->CityCountry(Lexicon::PhraseKey(s.tokens.subspan(
                   static_cast<std::size_t>(begin), static_cast<std::size_t>(end - begin)))) >= 0;
      };
      // ("Jubilee House, Accra -": a building, then its city)
      const bool city = is_city(0, city_end) || (city_end < i && IsWord(s.tokens[city_end], ",") &&
                                                 is_city(city_end + 1, i));
      if (!capitals && !(comma && dated) && !city) return 0;
      if (colon && !city && !(capitals && dated)) return 0;  // (not "NOTE:")
      // "--", "---": the further hyphens belong to the dash
      while (i + 1 < n && IsWord(s.tokens[i + 1], "-")) ++i;
      return i + 1;
    }
    // "Addis Ababa June 12/2024 (ENA) Prime Minister ...": a dated place and the agency
    // open the story without a dash
    if (IsWord(t, ")") && dated && i + 1 < n && s.tokens[i + 1].capitalized &&
        IsWord(s.tokens[i - 2], "("))
      return i + 1;
    // "ADDIS ABABA, June 7 —", "ABU DHABI, 1st July, 2023 (WAM) --"
    const bool date = t.shape == TokenShape::kNumber ||
                      (!t.text.empty() && t.text[0] >= '0' && t.text[0] <= '9');
    comma = comma || IsWord(t, ",");
    dated = dated || date || Has(s, i, a.lists->calendar_words);
    if (!(t.all_caps || t.capitalized || IsWord(t, ",") || IsWord(t, "(") || IsWord(t, ")") ||
          IsWord(t, "/") || date || s.tags[i].kind == TokenTag::kCountryName))  // "d'Ivoire"
      return 0;
    // "Santiago, 23 April 2024.", "Baku, November 13, AZERTAC.": a sentence of a place and
    // a date (and the agency) alone
    if (i == n - 2 && IsWord(s.tokens[n - 1], ".") && comma && (date || (dated && t.all_caps)))
      return n;
  }
  return 0;
}

// Whether a word in capitals reads as a name, not letters: four letters or more, two of
// them vowels ("FUJII", not "HRVP", "AFU" or "NSA").
bool SpeltAsAName(std::string_view folded) {
  return folded.size() >= 4 && std::count_if(folded.begin(), folded.end(), [](char c) {
                                 return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' ||
                                        c == 'y';
                               }) >= 2;
}

// Whether an honorific or a title ends right before token i of sentence s; or, before a word
// spelt as a name, a title with the state or body it is of ("Member of the House of
// Councillors FUJII Ayako", "Ambassador of Japan to Mongolia IGARASHI Yoko") or its
// portfolio ("Minister for Foreign Affairs of Japan IWAYA Takeshi", "Director-General for
// European Affairs NAKAMURA Ryo").
bool TitleEndsBefore(const Analysis& a, const Sentence& s, int i) {
  static const WordSet kJoins = {"of", "the", "to", "for", "and", "in"};
  constexpr int kTitleWords = 12;
  // (a portfolio's word in capitals, a region's or state's adjective, or the word before a
  // portfolio's: "Foreign Affairs", "Latin American Affairs")
  auto of_portfolio = [&](int k) {
    return s.tokens[k].capitalized && !s.tokens[k].all_caps &&
           (Has(s, k, a.lists->portfolio_words) ||
            a.lexicon->InList("region_adjectives", s.tokens[k].folded) ||
            s.tags[k].kind == TokenTag::kCountryAdjective ||
            (k + 1 < i && s.tokens[k + 1].capitalized && Has(s, k + 1, a.lists->portfolio_words)));
  };
  for (int k = i - 1; k >= std::max(0, i - kTitleWords); --k) {
    const TokenTag::Kind kind = s.tags[k].kind;
    if (kind == TokenTag::kHonorific || kind == TokenTag::kTitle)
      return k == i - 1 || SpeltAsAName(s.tokens[i].folded);
    const bool of_title = kind == TokenTag::kCountryName || kind == TokenTag::kOrganization ||
                          kind == TokenTag::kInstitutionHead ||
                          kJoins.contains(s.tokens[k].folded) || of_portfolio(k);
    if (!of_title) return false;
  }
  return false;
}

// "Mr. IWAYA Takeshi", "Prime Minister ISHIBA Shigeru", "Ambassador of Japan to Mongolia
// IGARASHI Yoko": a word in capitals that no lexicon knows, after an honorific or a title
// (with its state or body) and before a given name in title case, is
// a family name written first (as Japan's foreign ministry writes them), in every
// sentence of the report ("Minister IWAYA held a meeting"). One of two letters, which
// could be initials ("Prime Minister KP Sharma Oli"), must also stand alone elsewhere
// ("Director-General QU Dongyu ... QU recalled").
void FindCapitalisedSurnames(Analysis& a) {
  // (`word` in capitals elsewhere than at `at`, with no name word after it)
  auto stands_alone = [&](std::string_view word, const Token* at) {
    for (const Sentence& s : a.sentences)
      for (std::size_t k = 0; k + 1 < s.tokens.size(); ++k)
        if (&s.tokens[k] != at && s.tokens[k].all_caps && s.tokens[k].folded == word &&
            !s.tokens[k + 1].capitalized)
          return true;
    return false;
  };
  for (const Sentence& s : a.sentences) {
    const int n = static_cast<int>(s.tokens.size());
    for (int i = std::max(1, s.dateline_end); i + 1 < n; ++i) {
      const Token& t = s.tokens[i];
      const Token& next = s.tokens[i + 1];
      if (!t.all_caps || t.shape != TokenShape::kWord || t.text.size() < 2 ||
          s.tags[i].kind != TokenTag::kNone || IsRomanNumeral(t.folded) ||
          Has(s, i, WordLists::kCommon | a.lists->not_name_words))
        continue;
      if (!TitleEndsBefore(a, s, i) || next.all_caps || !next.capitalized ||
          next.shape != TokenShape::kWord || s.tags[i + 1].kind != TokenTag::kNone ||
          Has(s, i + 1, WordLists::kCommon | a.lists->not_name_words | a.lists->calendar_words) ||
          (t.text.size() == 2 && !stands_alone(t.folded, &t)))
        continue;
      if (std::find(a.capitalised_surnames.begin(), a.capitalised_surnames.end(), t.folded) ==
          a.capitalised_surnames.end())
        a.capitalised_surnames.emplace_back(t.folded);
    }
  }
}

// "Assistant Secretary of State for Educational and Cultural Affairs Lee Satterfield Travels
// to Croatia": a line of the body with no final stop, no word of four letters or more in
// lower case and two ordinary words capitalised, as a headline is written (its capitals
// name no one).
bool WrittenInTitleCase(const Sentence& s) {
  constexpr std::size_t kShortWord = 3;  // ("to", "and", "of" stay in lower case)
  if (s.tokens.empty() || s.tokens.back().shape == TokenShape::kPunct) return false;
  int capitalised_ordinary = 0;
  for (std::size_t i = 0; i < s.tokens.size(); ++i) {
    const Token& t = s.tokens[i];
    if (t.shape != TokenShape::kWord || t.text.size() <= kShortWord) continue;
    if (!t.capitalized) return false;
    if (!t.all_caps && Has(s, static_cast<int>(i), WordLists::kCommon)) ++capitalised_ordinary;
  }
  return capitalised_ordinary >= 2;
}

}  // namespace

WordLists::WordLists(const Lexicon& lexicon)
    : meeting_verbs(lexicon.ListBit("meeting_verbs")),
      meeting_phrase_heads(lexicon.ListBit("meeting_phrase_heads")),
      talk_verbs(lexicon.ListBit("talk_verbs")),
      call_words(lexicon.ListBit("call_words")),
      future_words(lexicon.ListBit("future_words")),
      negation_words(lexicon.ListBit("negation_words")),
      greeting_nouns(lexicon.ListBit("greeting_nouns")),
      greeting_verbs(lexicon.ListBit("greeting_verbs")),
      congratulate_verbs(lexicon.ListBit("congratulate_verbs")),
      ask_verbs(lexicon.ListBit("ask_verbs")),
      pronouns_person(lexicon.ListBit("pronouns_person")),
      calendar_words(lexicon.ListBit("calendar_words")),
      name_particles(lexicon.ListBit("name_particles")),
      not_name_words(lexicon.ListBit("not_name_words")),
      locative_prepositions(lexicon.ListBit("locative_prepositions")),
      place_words(lexicon.ListBit("place_words")),
      portfolio_words(lexicon.ListBit("portfolio_words")),
      group_meeting_verbs(lexicon.ListBit("group_meeting_verbs")),
      meeting_cue_words(lexicon.ListBit("meeting_cue_words")),
      population_words(lexicon.ListBit("population_words")),
      geographic_features(lexicon.ListBit("geographic_features")),
      place_openers(lexicon.ListBit("place_openers")),
      region_openers(lexicon.ListBit("region_openers")),
      determiners(lexicon.ListBit("determiners")),
      leadership_cue_words(lexicon.ListBit("leadership_cue_words")),
      presence_cue_words(lexicon.ListBit("presence_cue_words")),
      companion_cue_words(lexicon.ListBit("companion_cue_words")),
      side_words(lexicon.ListBit("side_words")),
      joint_body_words(lexicon.ListBit("joint_body_words")),
      given_names_also_words(lexicon.ListBit("given_names_also_words")),
      enterprise_words(lexicon.ListBit("enterprise_words")),
      legislature_words(lexicon.ListBit("legislature_words")),
      name_honorifics(lexicon.ListBit("name_honorifics")) {}

std::string_view Analysis::Text(const Sentence& s, int begin, int end) const {
  if (begin >= end) return {};
  const std::uint32_t from = s.tokens[begin].span.begin;
  const std::uint32_t to = s.tokens[end - 1].span.end;
  return content.substr(from, to - from);
}

void Analysis::Reset() {
  constexpr std::size_t kKeptTokens = 1 << 20;  // a report of some 6 MB
  Analysis kept;
  if (token_store.size() <= kKeptTokens) {
    kept.token_store = std::move(token_store);
    kept.word_bits_store = std::move(word_bits_store);
    kept.tag_store = std::move(tag_store);
    kept.mention_at_store = std::move(mention_at_store);
    kept.sentences = std::move(sentences);
    kept.mentions = std::move(mentions);
    kept.entities = std::move(entities);
    kept.relations = std::move(relations);
    kept.token_store.Clear();
    kept.sentences.clear();
    kept.mentions.clear();
    kept.entities.clear();
    kept.relations.clear();
  }
  *this = std::move(kept);
}

// Tokenizes every sentence into the report's stores first, then points the sentences
// at their parts (the stores have stopped growing) and tags them.
void SplitAndTag(Analysis& analysis) {
  const auto spans = SplitSentences(analysis.content);
  thread_local std::vector<std::uint32_t> first_token;  // sentence -> its first token
  first_token.clear();
  analysis.token_store.Clear();
  for (const Span& span : spans) {
    first_token.push_back(static_cast<std::uint32_t>(analysis.token_store.size()));
    analysis.token_store.Append(analysis.content, span);
  }
  const std::size_t count = analysis.token_store.size();
  first_token.push_back(static_cast<std::uint32_t>(count));
  analysis.word_bits_store.assign(count, 0);
  analysis.tag_store.assign(count, TokenTag{});
  analysis.mention_at_store.assign(count, -1);
  analysis.sentences.resize(spans.size());
  for (std::size_t k = 0; k < spans.size(); ++k) {
    Sentence& sentence = analysis.sentences[k];
    const std::size_t begin = first_token[k], size = first_token[k + 1] - begin;
    sentence.span = spans[k];
    sentence.tokens = std::span<const Token>(analysis.token_store.data() + begin, size);
    sentence.word_bits = std::span(analysis.word_bits_store.data() + begin, size);
    sentence.tags = std::span(analysis.tag_store.data() + begin, size);
    sentence.mention_at = std::span(analysis.mention_at_store.data() + begin, size);
    sentence.is_title = sentence.span.end <= analysis.title_end;
    TagSentence(*analysis.lexicon, sentence);
    sentence.title_case = !sentence.is_title && WrittenInTitleCase(sentence);
    const bool opens_body = !sentence.is_title && (k == 0 || analysis.sentences[k - 1].is_title);
    sentence.dateline_end = DatelineEnd(analysis, sentence, opens_body);
  }
  FindCapitalisedSurnames(analysis);
}

}  // namespace dkg::internal
