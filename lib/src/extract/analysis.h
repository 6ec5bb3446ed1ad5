// Internal working state of the extractor for one report. Every stage reads the
// previous stages' fields and fills its own; nothing here outlives one Extract call.
#pragma once

#include <cstdint>
#include <set>
#include <span>
#include <tuple>
#include <string>
#include <string_view>
#include <vector>

#include "dkg/extract/extraction.h"
#include "dkg/lexicon/lexicon.h"
#include "dkg/text/tokenizer.h"

namespace dkg::internal {

// What the lexicon says about a token (the first token of a matched phrase carries the
// phrase's length; the rest are continuation tokens of the same tag).
struct TokenTag {
  enum Kind : std::uint8_t {
    kNone, kCountryName, kCountryAdjective, kTitle, kModifier, kHonorific,
    kInstitutionHead, kOrganization
  };
  Kind kind = kNone;
  std::uint32_t index = 0;    // country or organisation index
  std::uint16_t length = 0;   // phrase length on its first token, 0 on continuations
  std::uint16_t start = 0;    // token index where the phrase starts
  bool honorific_too = false;  // the phrase is also an honorific ("Sheikh")
};

// A sentence's tokens and what is known of them: views of its part of the report-wide
// stores of the Analysis.
struct Sentence {
  Span span;
  std::span<const Token> tokens;
  std::span<std::uint64_t> word_bits;  // token -> Lexicon::WordBits of its folded form
  std::span<int> mention_at;           // token -> index of the mention covering it, or -1
  std::span<TokenTag> tags;
  std::uint64_t bits = 0;  // every list any of its tokens is in: rules skip the sentence
                           // when their cue words are not among them
  bool is_title = false;  // the report's headline (title-case rules apply)
  bool title_case = false;  // a line of the body written as a headline (see SplitAndTag)
  int dateline_end = 0;   // "ABU DHABI —": tokens before this are a dateline
};

enum class MentionType : std::uint8_t { kPerson, kCountry, kInstitution, kRoleOnly };

// One affiliation stated by a role phrase: the mention it points to.
struct Affiliation {
  int mention = -1;
};

struct Mention {
  MentionType type = MentionType::kPerson;
  int sentence = 0;
  int begin = 0;  // first token
  int end = 0;    // one past the last token
  Span span;
  std::string_view surface;  // the name as written (no titles), in the content
  std::vector<std::string> roles;
  std::vector<int> affiliations;   // mention indices this one represents
  std::vector<int> principals;     // role-only mentions of whom its role serves
  std::string title_head;          // folded title words of its role ("deputy secretary")
  std::vector<std::string> title_heads;  // persons: the title words of every role given
  std::vector<std::uint32_t> titles;     // lexicon title indices of its roles' title words
  int country = -1;                // country index (kCountry)
  int organization = -1;           // lexicon organisation index, if any
  int parent_organization = -1;    // "African Union Commission": the organisation it is part of
  std::string acronym;             // its other name in parentheses: "(OIC)", "(People's Council)"
  bool adjective = false;          // country referred to by its adjective
  bool embedded = false;           // inside another person's role phrase
  bool surname_only = false;       // a single-token person reference
  bool titled = false;             // introduced by a title, honorific or role
  bool portfolio = false;          // a body's name read as a title's portfolio: no entity
  int entity = -1;                 // filled by coreference
};

struct RelationCandidate {
  RelationType type;
  int source = -1, target = -1, on_behalf_of = -1;  // entity indices
  int sentence = -1;
  std::string rule;
  int retold = -1;  // the body sentence that tells again a fact the headline gave, if any
};

// The word lists the rules consult, as bits of Sentence::word_bits (resolved once).
struct WordLists {
  explicit WordLists(const Lexicon& lexicon);
  static constexpr std::uint64_t kCommon = Lexicon::kCommonWordBit;
  std::uint64_t meeting_verbs, meeting_phrase_heads, talk_verbs, call_words, future_words,
      negation_words, greeting_nouns, greeting_verbs, congratulate_verbs, ask_verbs,
      pronouns_person, calendar_words, name_particles, not_name_words, locative_prepositions,
      place_words, portfolio_words, group_meeting_verbs, meeting_cue_words, population_words,
      geographic_features, place_openers, region_openers, determiners, leadership_cue_words,
      presence_cue_words, companion_cue_words, side_words, joint_body_words, given_names_also_words,
      enterprise_words, legislature_words,
      name_honorifics;  // honorifics some write as part of the name ("Tengku Zafrul")
};

// Is token i of s in the lists of `bits`? (out-of-range tokens are in none)
inline bool Has(const Sentence& s, int i, std::uint64_t bits) {
  return i >= 0 && i < static_cast<int>(s.word_bits.size()) && (s.word_bits[i] & bits) != 0;
}

struct Analysis {
  std::string_view content;
  std::uint32_t title_end = 0;  // content[0, title_end) is the headline
  int publisher_country = -1;    // the state whose own voice published it (lexicon index)
  const Lexicon* lexicon = nullptr;
  const WordLists* lists = nullptr;
  std::vector<Sentence> sentences;
  // Per-token stores of the whole report; each sentence views its part.
  Tokens token_store;
  std::vector<std::uint64_t> word_bits_store;
  std::vector<TokenTag> tag_store;
  std::vector<int> mention_at_store;
  std::vector<Mention> mentions;
  std::vector<Entity> entities;
  std::vector<RelationCandidate> relations;
  std::set<std::tuple<int, int, int>> relation_keys;  // (type, ends) already found
  // The report's first audience: who received whom ("X received Y", "Y was received by
  // X"), so "his guest" and "the visitors" can be resolved.
  int host = -1;
  std::vector<int> guests;
  std::vector<int> host_side;  // present with the host or accompanying it ("in the presence of")
  int audience_strength = -1;  // how sure: hosting verb (+2), stated in the body (+1)
  int delegation_head = -1;    // "the head of the delegation, X", "a delegation led by X"
  // Per entity, the state whose leader or foreign minister the lexicon knows him as, and the
  // rule saying so ({-1, ""} for none); looked up once, when first asked (leader_countries).
  std::vector<std::pair<int, const char*>> known_offices;
  // Family names the report writes in capitals before the given name ("Mr. IWAYA
  // Takeshi"), folded: names wherever they stand, never acronyms.
  std::vector<std::string> capitalised_surnames;
  // Sentences where a delegation met someone ("The delegation later held a working session
  // with X"): the companions of its head were there too.
  std::vector<int> delegation_meetings;
  // One bit per hash of the last word of each person mention so far (a 64-bit Bloom
  // filter): most words are no one's surname, and this says so without a look.
  std::uint64_t person_last_words = 0;

  // Empties the analysis for the next report, keeping the memory of its per-token stores
  // (unless a huge report made them large).
  void Reset();

  std::string_view Text(Span span) const { return content.substr(span.begin, span.size()); }
  std::string_view Text(const Sentence& s, int begin, int end) const;
};

// Adds a mention covering tokens [begin, end) of sentence `si` and marks the tokens.
int AddMention(Analysis& analysis, int si, int begin, int end, MentionType type);
// The mention covering token i of sentence si, or -1.
inline int MentionAt(const Analysis& a, int si, int i) {
  const auto& at = a.sentences[si].mention_at;
  return i >= 0 && i < static_cast<int>(at.size()) ? at[i] : -1;
}

// The stages, in order. Each reads what the ones before filled in.
void SplitAndTag(Analysis& analysis);          // sentences, tokens, lexicon tags
void FindCountries(Analysis& analysis);        // country names and adjectives
void FindInstitutions(Analysis& analysis);     // named organisations
void FindPersons(Analysis& analysis);          // persons and their role phrases
void ResolveCoreference(Analysis& analysis);   // mentions -> entities (+ roles, aliases)
void FindRepresents(Analysis& analysis);       // REPRESENTS from role phrases and names
void FindDeputiesBodies(Analysis& analysis);   // REPRESENTS of deputies of a body's officer
void FindOfficersBodies(Analysis& analysis);   // REPRESENTS of officers at a commander's side
void FindMeetings(Analysis& analysis);         // MET_WITH
void FindGreetings(Analysis& analysis);        // CONVEYED_GREETINGS_TO (and audiences)
void FindMeetingCompanions(Analysis& analysis);  // MET_WITH of those present, companions
void FindSceneCountries(Analysis& analysis);   // REPRESENTS of those met "In Niger, ..."
void FindLeaderCountries(Analysis& analysis);  // REPRESENTS of leaders the lexicon knows
void FindVisitingLeaderCountries(Analysis& analysis);  // (those of another state only)
void WithdrawLeaderCountries(Analysis& analysis);      // (and without them again)
void FindDatelineAffiliations(Analysis& analysis);  // REPRESENTS of the dateline's state
void FindOfficeCountries(Analysis& analysis);  // REPRESENTS of offices of one government
void FindCounterpartCountries(Analysis& analysis);  // REPRESENTS of a bilateral's other side
void FindHostSideCountries(Analysis& analysis);     // REPRESENTS of officials at the host's side
void FindMinistryCountries(Analysis& analysis);     // REPRESENTS of a ministry of a placed minister
void FindLegislatureMembers(Analysis& analysis);    // REPRESENTS of a legislator to his house
void FindStateBodyCountries(Analysis& analysis);  // REPRESENTS of a state body of placed officials

}  // namespace dkg::internal
