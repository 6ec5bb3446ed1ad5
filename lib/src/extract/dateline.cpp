// REPRESENTS from a wire story's dateline: "CAIRO — President Abdel Fattah El Sisi
// received ..." places the report in Egypt, and state agencies write about their own
// state's bodies and host without naming the country each time.
#include <algorithm>
#include <iterator>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "extract/analysis.h"
#include "extract/relation_util.h"

namespace dkg::internal {
namespace {

// The first body sentence's dateline place as a lexicon country index ("KUWAIT —",
// "ABU DHABI —", "WASHINGTON, D.C. —"), and that sentence; {-1, -1} without one.
std::pair<int, int> DatelineCountry(const Analysis& a) {
  for (int si = 0; si < static_cast<int>(a.sentences.size()); ++si) {
    const Sentence& s = a.sentences[si];
    if (s.is_title) continue;
    if (s.dateline_end == 0) return {-1, -1};
    int end = 0;  // the place: the capitals before a comma, parenthesis or dash
    while (end < s.dateline_end && s.tokens[end].shape != TokenShape::kPunct) ++end;
    if (end == 0) return {-1, -1};
    if (s.tags[0].kind == TokenTag::kCountryName && s.tags[0].length == end)
      return {static_cast<int>(s.tags[0].index), si};
    const std::span<const Token> place(s.tokens.begin(), s.tokens.begin() + end);
    return {a.lexicon->CityCountry(Lexicon::PhraseKey(place)), si};
  }
  return {-1, -1};
}

bool HasOwnAffiliation(const Analysis& a, int entity) {
  return std::any_of(a.relations.begin(), a.relations.end(), [&](const RelationCandidate& r) {
    return r.type == RelationType::kRepresents && r.source == entity;
  });
}

// A state body by its name: its head ("Ministry", "National Assembly", "Service") is one
// a state has, or its name opens with a word of the state ("Royal", "National"). The
// lexicon's international organisations (United Nations, African Union) never are.
bool IsStateBody(const Analysis& a, int entity) {
  for (const Mention& m : a.mentions) {
    if (m.entity != entity) continue;
    if (m.organization >= 0 && a.lexicon->organizations()[m.organization].country.empty())
      return false;
    const Sentence& s = a.sentences[m.sentence];
    if (a.lexicon->InList("state_name_words", s.tokens[m.begin].folded)) return true;
    for (int k = m.begin; k < m.end; ++k) {
      const TokenTag& tag = s.tags[k];
      if (tag.kind != TokenTag::kInstitutionHead || tag.length == 0) continue;
      // the whole head, or its last word ("Intelligence Service" is a service)
      const std::span<const Token> head(s.tokens.begin() + k, tag.length);
      if (a.lexicon->InList("state_body_heads", Lexicon::PhraseKey(head)) ||
          a.lexicon->InList("state_body_heads", head.back().folded))
        return true;
    }
  }
  return false;
}

// The offices of a state, one holder each: head of state (a president or a monarch,
// never both), the heir or deputy, and head of government. Word lists of triggers.json.
constexpr const char* kStateOffices[] = {"state_head_titles", "state_deputy_titles",
                                         "government_head_titles"};

// The state offices (bits of kStateOffices) that the titles of a person name: the longest
// leading words of each title that are in a list ("crown prince sheikh" is an heir).
unsigned StateOffices(const Analysis& a, int entity) {
  unsigned offices = 0;
  for (const Mention& m : a.mentions) {
    if (m.entity != entity) continue;
    for (const std::string& head : m.title_heads)
      for (unsigned office = 0; office < std::size(kStateOffices); ++office)
        if (TitleInList(*a.lexicon, head, kStateOffices[office])) offices |= 1u << office;
  }
  return offices;
}

// Introduced with a title or role somewhere in the report ("Foreign Minister Sameh
// Shoukry"): an official, not a bystander.
bool IsTitled(const Analysis& a, int entity) {
  return std::any_of(a.mentions.begin(), a.mentions.end(), [&](const Mention& m) {
    return m.entity == entity && !m.title_heads.empty();
  });
}

// Someone an envoy or aide of the report acts for: envoys travel, so their principal is
// rarely of the place the report was filed from.
bool IsPrincipal(const Analysis& a, int entity) {
  return std::any_of(a.relations.begin(), a.relations.end(), [&](const RelationCandidate& r) {
    return r.type == RelationType::kRepresents && r.target == entity &&
           a.entities[r.source].type == EntityType::kPerson;
  });
}

// "Special Envoy of Prime Minister Abiy Ahmed", the envoy being Ethiopian: a principal
// whose country the report leaves unsaid shares the country of the envoy who acts for him.
void FindPrincipalCountries(Analysis& a) {
  const std::size_t count = a.relations.size();
  for (std::size_t r = 0; r < count; ++r) {
    const RelationCandidate envoy = a.relations[r];
    if (envoy.type != RelationType::kRepresents ||
        a.entities[envoy.target].type != EntityType::kPerson ||
        HasOwnAffiliation(a, envoy.target))
      continue;
    const int country = CountryOfEntity(a, envoy.source);
    if (country >= 0)
      AddRelation(a, RelationType::kRepresents, envoy.target, country, -1, envoy.sentence,
                  "principal-country");
  }
}

// Someone a person of the home side sent greetings, a message or condolences to: the
// other side of the exchange.
bool GreetedByHomeSide(const Analysis& a, int entity, const std::vector<bool>& home_side) {
  return std::any_of(a.relations.begin(), a.relations.end(), [&](const RelationCandidate& r) {
    return r.type == RelationType::kConveyedGreetingsTo && r.target == entity &&
           (home_side[r.source] || (r.on_behalf_of >= 0 && home_side[r.on_behalf_of]));
  });
}

}  // namespace

void FindDatelineAffiliations(Analysis& a) {
  FindPrincipalCountries(a);
  const auto [country_index, si] = DatelineCountry(a);
  if (country_index < 0) return;
  const int home = CountryEntityByIndex(a, country_index);
  if (home < 0) return;
  const int count = static_cast<int>(a.entities.size());
  // Who the report already ties to the home country, and the offices they hold.
  std::vector<bool> home_side(count, false);
  unsigned held = 0;
  for (int e = 0; e < count; ++e) {
    if (a.entities[e].type != EntityType::kPerson || CountryOfEntity(a, e) != home) continue;
    home_side[e] = true;
    held |= StateOffices(a, e);
  }
  // The unplaced: state bodies, the host of the audience, and holders of a home office
  // still vacant ("King Hamad" when no king is placed yet), unless an envoy acts for them.
  std::vector<int> placed;
  for (int e = 0; e < count; ++e) {
    if (HasOwnAffiliation(a, e)) continue;
    bool place = false;
    if (a.entities[e].type == EntityType::kInstitution) {
      place = IsStateBody(a, e);
    } else if (a.entities[e].type == EntityType::kPerson) {
      const unsigned offices = StateOffices(a, e);
      const bool with_host = std::find(a.host_side.begin(), a.host_side.end(), e) !=
                             a.host_side.end();
      place = e == a.host || (with_host && IsTitled(a, e)) ||
              (offices != 0 && (offices & held) == 0 && !IsPrincipal(a, e));
      if (place) held |= offices;
    }
    if (!place) continue;
    placed.push_back(e);
    if (a.entities[e].type == EntityType::kPerson) home_side[e] = true;
  }
  for (int e : placed) {
    if (a.entities[e].type == EntityType::kPerson && e != a.host && GreetedByHomeSide(a, e, home_side))
      continue;
    AddRelation(a, RelationType::kRepresents, e, home, -1, si, "dateline-country");
  }
}

}  // namespace dkg::internal
