// REPRESENTS from offices that only some governments have: "Assistant Secretary of
// State Daniel Kritenbrink" in a report that names the United States represents it,
// though the role names no country. The lexicon's titles list those states.
#include "extract/analysis.h"
#include "extract/relation_util.h"

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
  }
}

}  // namespace dkg::internal
