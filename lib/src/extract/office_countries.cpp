// REPRESENTS from offices that only some governments have: "Assistant Secretary of
// State Daniel Kritenbrink" in a report that names the United States represents it,
// though the role names no country. The lexicon's titles list those states. And from a
// city's offices: "Mayor of Yerevan" represents Armenia, when the report names it.
#include <span>
#include <string_view>

#include "dkg/text/tokenizer.h"
#include "extract/analysis.h"
#include "extract/relation_util.h"
#include "extract/token_rules.h"

namespace dkg::internal {
namespace {

// The one Country entity of the report among the states with office `title`, or -1
// when the report names none or several of them.
int NamedStateWithOffice(const Analysis& a, std::uint32_t title) {
  int named = -1;
  for (int country : a.lexicon->title_countries(title)) {
    const int entity = CountryEntityByIndex(a, country);
    if (entity < 0) continue;
    if (named >= 0) return -1;
    named = entity;
  }
  return named;
}

// The Country entity of the report whose city a role names after "of" ("Mayor of Yerevan",
// "Governor of Busan"), or -1: none, or the report does not name that state.
int StateOfARolesCity(const Analysis& a, std::string_view role) {
  const Tokens tokens = Tokenize(role, Span{0, static_cast<std::uint32_t>(role.size())});
  const std::span<const Token> words(tokens.begin(), tokens.end());
  // (the city right after "of", not a state's name too: "Representative in Kuwait")
  for (std::size_t i = 1; i < words.size(); ++i) {
    if (words[i - 1].folded != "of") continue;
    if (a.lexicon->LongestMatch(words, i, words.size()).Has(PhraseKind::kCountryName)) continue;
    if (const int city = CountryOfCityAt(*a.lexicon, words, static_cast<int>(i)); city >= 0)
      return CountryEntityByIndex(a, city);
  }
  return -1;
}

}  // namespace

void FindOfficeCountries(Analysis& a) {
  for (const Mention& m : a.mentions) {
    if (m.entity < 0 || m.titles.empty() || a.entities[m.entity].type != EntityType::kPerson ||
        CountryOfEntity(a, m.entity) >= 0)
      continue;
    for (std::uint32_t title : m.titles) {
      if (const int country = NamedStateWithOffice(a, title); country >= 0) {
        AddRelation(a, RelationType::kRepresents, m.entity, country, -1, m.sentence,
                    "office-country");
        break;
      }
    }
    // "Mayor of Yerevan Tigran Avinyan", in a report that names Armenia: the city's state
    if (CountryOfEntity(a, m.entity) >= 0) continue;
    for (const std::string& role : m.roles)
      if (const int country = StateOfARolesCity(a, role); country >= 0) {
        AddRelation(a, RelationType::kRepresents, m.entity, country, -1, m.sentence, "city-office");
        break;
      }
  }
}

}  // namespace dkg::internal
