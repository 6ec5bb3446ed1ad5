// REPRESENTS of a ministry the report names with no state: "held talks with Foreign
// Minister X at the headquarters of the Ministry of Foreign Affairs" places the ministry in
// the state of the one minister of its portfolio the report places.
#include <algorithm>
#include <string>
#include <vector>

#include "extract/analysis.h"
#include "extract/portfolio.h"
#include "extract/relation_util.h"

namespace dkg::internal {

void FindMinistryCountries(Analysis& a) {
  for (int body = 0; body < static_cast<int>(a.entities.size()); ++body) {
    if (a.entities[body].type != EntityType::kInstitution || RepresentsAnything(a, body)) continue;
    const std::string portfolio = MinistryPortfolio(a.entities[body].name);
    if (portfolio.empty()) continue;
    int country = -1, sentence = -1;
    bool several = false;
    for (const Mention& m : a.mentions) {
      if (m.type != MentionType::kPerson || m.entity < 0) continue;
      const int state = CountryOfEntity(a, m.entity);
      if (state < 0) continue;
      const bool minister =
          std::any_of(m.roles.begin(), m.roles.end(), [&](const std::string& role) {
            const std::string held = MinisterPortfolio(role);
            return !held.empty() && !PortfoliosDiffer(held, portfolio);
          });
      if (!minister) continue;
      if (country >= 0 && country != state) several = true;
      if (country < 0) country = state, sentence = m.sentence;
    }
    if (country >= 0 && !several)
      AddRelation(a, RelationType::kRepresents, body, country, -1, sentence, "ministers-ministry");
  }
}

}  // namespace dkg::internal
