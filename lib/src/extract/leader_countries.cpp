// REPRESENTS of known leaders: "President Kagame receives ..." names Rwanda's president,
// whom any reader knows leads Rwanda. A person the report ties to nothing, whose full name
// the lexicon lists among the heads of state and government of 2010-2025 (leaders.json),
// represents that state when the report names it, unless the report titles him with
// another office only ("Foreign Minister X", once a prime minister) or as "former".
#include <algorithm>
#include <string_view>

#include "extract/analysis.h"
#include "extract/relation_util.h"
#include "extract/token_rules.h"

namespace dkg::internal {
namespace {

// "condolences on the passing of X", "the late X": a death the report tells of, in the
// few words before mention m; "former President X": an office he held no longer.
bool PastLeader(const Analysis& a, const Mention& m) {
  static const WordSet kDeath = {"passing", "death", "demise", "funeral", "late", "memory"};
  const Sentence& s = a.sentences[m.sentence];
  for (int k = std::max(0, m.begin - 6); k < m.begin; ++k)
    if (kDeath.contains(s.tokens[k].folded)) return true;
  for (int k = m.begin - 1; k >= std::max(0, m.begin - 4); --k) {
    if (s.tokens[k].shape == TokenShape::kPunct) break;
    if (s.tokens[k].folded == "former" || s.tokens[k].folded.starts_with("ex-")) return true;
  }
  return false;
}

// Whether the person's titles let him be the leader the lexicon knows: none at all, or
// one of a head of state or government; not one the report says held it before, or died.
bool MayBeTheLeader(const Analysis& a, int person) {
  bool titled = false, leader = false;
  for (const Mention& m : a.mentions) {
    if (m.entity != person) continue;
    if (PastLeader(a, m)) return false;
    for (const std::string& head : m.title_heads) {
      titled = true;
      leader = leader || LeadsAState(*a.lexicon, head);
    }
  }
  return !titled || leader;
}

}  // namespace

int KnownLeaderCountry(const Analysis& a, int person) {
  const Entity& entity = a.entities[person];
  if (entity.type != EntityType::kPerson) return -1;
  int country = a.lexicon->LeaderCountry(entity.name);
  for (std::size_t k = 0; country < 0 && k < entity.aliases.size(); ++k)
    if (entity.aliases[k].find(' ') != std::string::npos)
      country = a.lexicon->LeaderCountry(entity.aliases[k]);
  return country >= 0 && MayBeTheLeader(a, person) ? country : -1;
}

void FindLeaderCountries(Analysis& a) {
  for (int e = 0; e < static_cast<int>(a.entities.size()); ++e) {
    // (not one the report ties to anything: "the President of the United Nations General
    // Assembly, Philemon Yang", once Cameroon's prime minister)
    if (a.entities[e].type != EntityType::kPerson || RepresentsAnything(a, e)) continue;
    const int country = KnownLeaderCountry(a, e);
    if (country < 0) continue;
    const int state = CountryEntityByIndex(a, country);
    if (state < 0) continue;
    int sentence = -1;  // where the report first names him
    for (const Mention& m : a.mentions)
      if (m.entity == e && (sentence < 0 || m.sentence < sentence)) sentence = m.sentence;
    AddRelation(a, RelationType::kRepresents, e, state, -1, sentence, "known-leader");
  }
}

}  // namespace dkg::internal
