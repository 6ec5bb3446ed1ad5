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
  struct Ministry {
    int entity;
    std::string portfolio;
  };
  std::vector<Ministry> ministries;
  for (int body = 0; body < static_cast<int>(a.entities.size()); ++body)
    if (a.entities[body].type == EntityType::kInstitution && !RepresentsAnything(a, body))
      if (std::string portfolio = MinistryPortfolio(a.entities[body].name); !portfolio.empty())
        ministries.push_back({body, std::move(portfolio)});
  if (ministries.empty()) return;  // (most reports)
  // The placed ministers, in text order: each one's state, sentence and portfolio.
  struct Minister {
    int state, sentence;
    std::string portfolio;
  };
  std::vector<Minister> ministers;
  for (const Mention& m : a.mentions) {
    if (m.type != MentionType::kPerson || m.entity < 0 || m.roles.empty()) continue;
    const int state = CountryOfEntity(a, m.entity);
    if (state < 0) continue;
    for (const std::string& role : m.roles)
      if (std::string portfolio = MinisterPortfolio(role); !portfolio.empty())
        ministers.push_back({state, m.sentence, std::move(portfolio)});
  }
  for (const Ministry& ministry : ministries) {
    int country = -1, sentence = -1;
    bool several = false;
    for (const Minister& minister : ministers) {
      if (PortfoliosDiffer(minister.portfolio, ministry.portfolio)) continue;
      if (country >= 0 && country != minister.state) several = true;
      if (country < 0) country = minister.state, sentence = minister.sentence;
    }
    if (country >= 0 && !several)
      AddRelation(a, RelationType::kRepresents, ministry.entity, country, -1, sentence,
                  "ministers-ministry");
  }
}

}  // namespace dkg::internal
