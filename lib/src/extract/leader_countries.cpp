// REPRESENTS of known office holders: "President Kagame receives ..." names Rwanda's
// president, whom any reader knows leads Rwanda; "Sergey Lavrov" is Russia's foreign
// minister. A person the report ties to nothing, whose full name the lexicon lists among
// the heads of state and government (leaders.json) or the foreign ministers
// (foreign_ministers.json) of 2010-2025, represents that state when the report names it,
// unless the report titles a leader with another office only ("Foreign Minister X", once
// a prime minister), a minister as a state's leader, or either as "former".
#include <algorithm>
#include <string>
#include <string_view>
#include <utility>

#include "dkg/text/fold.h"
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
  return HeldFormerly(a, m);
}

// Whether the person's titles let him be the office holder the lexicon knows: none at all,
// or, for a leader, one of a head of state or government, and for a foreign minister none
// that leads a state; not one the report says held it before, or died.
bool MayHoldTheOffice(const Analysis& a, int person, bool leader) {
  bool titled = false, leads = false;
  for (const Mention& m : a.mentions) {
    if (m.entity != person) continue;
    if (PastLeader(a, m)) return false;
    for (const std::string& head : m.title_heads) {
      titled = true;
      leads = leads || LeadsAState(*a.lexicon, head);
    }
    // ("Crown Prince and Prime Minister", "Vice President, Prime Minister and Ruler of
    // Dubai": a title joined to the role's first by "and" or a comma)
    for (const std::string& role : m.roles)
      for (std::string_view joint : {" and ", ", "})
        for (std::size_t at = role.find(joint); at != std::string::npos && !leads;
             at = role.find(joint, at + 1))
          leads = LeadsAState(*a.lexicon, Fold(std::string_view(role).substr(at + joint.size())));
  }
  return leader ? !titled || leads : !leads;
}

// Whether a word has letters and all of them are capitals ("ISHIBA").
bool IsAllCapitals(std::string_view word) {
  bool letters = false;
  for (const char c : word) {
    if (c >= 'a' && c <= 'z') return false;
    letters = letters || (c >= 'A' && c <= 'Z');
  }
  return letters;
}

// "ISHIBA Shigeru" -> "Shigeru ISHIBA": the two words of a name, split at `space`, swapped.
std::string SwappedName(std::string_view name, std::size_t space) {
  std::string swapped(name.substr(space + 1));
  swapped += ' ';
  swapped += name.substr(0, space);
  return swapped;
}

// The country the lexicon's list of office holders (`lookup`: leaders or foreign
// ministers) gives the person's full name.
int ListedCountry(const Lexicon& lexicon, const Entity& entity,
                  int (Lexicon::*lookup)(std::string_view) const) {
  int country = (lexicon.*lookup)(entity.name);
  // ("ISHIBA Shigeru": the family name first, in capitals, as Japan's readouts write it)
  if (const std::size_t space = entity.name.find(' ');
      country < 0 && space != std::string::npos &&
      entity.name.find(' ', space + 1) == std::string::npos &&
      IsAllCapitals(std::string_view(entity.name).substr(0, space)))
    country = (lexicon.*lookup)(SwappedName(entity.name, space));
  for (std::size_t k = 0; country < 0 && k < entity.aliases.size(); ++k)
    if (entity.aliases[k].find(' ') != std::string::npos)
      country = (lexicon.*lookup)(entity.aliases[k]);
  return country;
}

// The known office a person holds: his state and the rule that tells it, or {-1, ""}.
std::pair<int, const char*> KnownOffice(const Analysis& a, int person) {
  const Entity& entity = a.entities[person];
  if (entity.type != EntityType::kPerson) return {-1, ""};
  if (const int country = ListedCountry(*a.lexicon, entity, &Lexicon::LeaderCountry);
      country >= 0 && MayHoldTheOffice(a, person, /*leader=*/true))
    return {country, "known-leader"};
  if (const int country = ListedCountry(*a.lexicon, entity, &Lexicon::ForeignMinisterCountry);
      country >= 0 && MayHoldTheOffice(a, person, /*leader=*/false))
    return {country, "known-minister"};
  return {-1, ""};
}

// Whether every REPRESENTS of entity e was only guessed from the company he kept ("Prime
// Minister X received A, accompanied by Foreign Minister B"): a known office outweighs it.
bool PlacedOnlyByCompany(const Analysis& a, int e) {
  bool any = false;
  for (const RelationCandidate& r : a.relations) {
    if (r.type != RelationType::kRepresents || r.source != e) continue;
    if (r.rule != "companion-country") return false;
    any = true;
  }
  return any;
}

// Places the persons the lexicon knows as leaders or foreign ministers (only those of
// another state than the report's, `visitors_only`) in their states.
void PlaceKnownOfficeHolders(Analysis& a, bool visitors_only) {
  constexpr int kNotLookedUp = -2;
  const int home = visitors_only ? HomeCountry(a) : -1;
  if (visitors_only && home < 0) return;  // (no state the report is written in)
  for (int e = 0; e < static_cast<int>(a.entities.size()); ++e) {
    // (not one the report ties to anything: "the President of the United Nations General
    // Assembly, Philemon Yang", once Cameroon's prime minister)
    if (a.entities[e].type != EntityType::kPerson) continue;
    const bool by_company = PlacedOnlyByCompany(a, e);
    if (!by_company && RepresentsAnything(a, e)) continue;
    if (a.known_offices.empty()) a.known_offices.assign(a.entities.size(), {kNotLookedUp, ""});
    if (a.known_offices[e].first == kNotLookedUp) a.known_offices[e] = KnownOffice(a, e);
    const auto [country, rule] = a.known_offices[e];
    if (country < 0 || (visitors_only && country == home)) continue;
    const int state = CountryEntityByIndex(a, country);
    if (state < 0) continue;
    if (by_company)
      std::erase_if(a.relations, [&](const RelationCandidate& r) {
        const bool guessed = r.type == RelationType::kRepresents && r.source == e;
        if (guessed) a.relation_keys.erase(RelationKey(r.type, r.source, r.target));
        return guessed;
      });
    int sentence = -1;  // where the report first names him
    for (const Mention& m : a.mentions)
      if (m.entity == e && (sentence < 0 || m.sentence < sentence)) sentence = m.sentence;
    AddRelation(a, RelationType::kRepresents, e, state, -1, sentence, rule);
  }
}

}  // namespace

int KnownOfficeHolderCountry(const Analysis& a, int person) { return KnownOffice(a, person).first; }

void FindLeaderCountries(Analysis& a) { PlaceKnownOfficeHolders(a, /*visitors_only=*/false); }

void FindVisitingLeaderCountries(Analysis& a) {
  PlaceKnownOfficeHolders(a, /*visitors_only=*/true);
}

void WithdrawLeaderCountries(Analysis& a) {
  std::erase_if(a.relations, [&](const RelationCandidate& r) {
    const bool known = r.type == RelationType::kRepresents &&
                       (r.rule == "known-leader" || r.rule == "known-minister");
    if (known) a.relation_keys.erase(RelationKey(r.type, r.source, r.target));
    return known;
  });
}

}  // namespace dkg::internal
