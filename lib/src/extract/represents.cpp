// REPRESENTS from what role phrases and institution names state:
// person -> country / institution / person (envoys), institution -> country.
#include "extract/analysis.h"
#include "extract/relation_util.h"

namespace dkg::internal {
namespace {

int CountryEntityByIndex(const Analysis& a, int country_index) {
  const std::string& code = a.lexicon->countries()[country_index].alpha3;
  for (int e = 0; e < static_cast<int>(a.entities.size()); ++e)
    if (a.entities[e].type == EntityType::kCountry && a.entities[e].country == code) return e;
  return -1;
}

bool MayRepresent(EntityType source, EntityType target) {
  if (source == EntityType::kPerson) return true;
  return source == EntityType::kInstitution && target == EntityType::kCountry;
}

}  // namespace

void FindRepresents(Analysis& a) {
  for (const Mention& m : a.mentions) {
    if (m.entity < 0) continue;
    const EntityType type = a.entities[m.entity].type;
    for (int aff : m.affiliations) {
      const int target = a.mentions[aff].entity;
      if (target < 0 || !MayRepresent(type, a.entities[target].type)) continue;
      AddRelation(a, RelationType::kRepresents, m.entity, target, -1, m.sentence, "role-phrase");
    }
    if (m.type == MentionType::kInstitution && m.country >= 0) {
      AddRelation(a, RelationType::kRepresents, m.entity, CountryEntityByIndex(a, m.country), -1,
                  m.sentence, "institution-name");
    }
  }
}

}  // namespace dkg::internal
