// REPRESENTS of the other side of a bilateral exchange: "Secretary Antony J. Blinken met
// with Foreign Minister Dmytro Kuleba of Ukraine ... the United States stands firmly
// behind Ukraine ... U.S. efforts": when one side of a meeting or a message is placed
// in a country, and the report names one country more (twice at least) that nobody in
// it is placed in, the titled official on the other side whose country the text leaves
// unsaid represents that one.
#include <algorithm>
#include <vector>

#include "extract/analysis.h"
#include "extract/relation_util.h"

namespace dkg::internal {
namespace {

// The one country the report names at least twice, once by its name, that nobody in it
// is placed in yet, or -1 when there is none or more than one (not "Israeli-Palestinian
// economic relations ... the Palestinian people", the adjective only).
// (a person claims his country only as a participant: "attributable to Spokesperson Ned
// Price" places him in the United States, but no one of the meeting)
int UnclaimedCountry(const Analysis& a) {
  std::vector<bool> participant(a.entities.size(), false);
  for (const RelationCandidate& r : a.relations)
    if (r.type == RelationType::kMetWith || r.type == RelationType::kConveyedGreetingsTo)
      participant[r.source] = participant[r.target] = true;
  std::vector<bool> claimed(a.entities.size(), false);
  for (int e = 0; e < static_cast<int>(a.entities.size()); ++e)
    if (a.entities[e].type != EntityType::kCountry &&
        (a.entities[e].type != EntityType::kPerson || participant[e]))
      if (const int country = CountryOfEntity(a, e); country >= 0) claimed[country] = true;
  int unclaimed = -1;
  for (int e = 0; e < static_cast<int>(a.entities.size()); ++e) {
    if (a.entities[e].type != EntityType::kCountry || claimed[e]) continue;
    if (unclaimed >= 0) return -1;
    unclaimed = e;
  }
  if (unclaimed < 0 || a.entities[unclaimed].mentions.size() < 2) return -1;
  return std::any_of(a.mentions.begin(), a.mentions.end(),
                     [&](const Mention& m) { return m.entity == unclaimed && !m.adjective; })
             ? unclaimed
             : -1;
}

}  // namespace

void FindCounterpartCountries(Analysis& a) {
  const int country = UnclaimedCountry(a);
  if (country < 0) return;
  // the one titled participant left unplaced, across from someone placed
  int side = -1, sentence = -1;
  for (const RelationCandidate& pair : a.relations) {
    if (pair.type != RelationType::kMetWith && pair.type != RelationType::kConveyedGreetingsTo)
      continue;
    for (const auto& [one, other] : {std::pair{pair.source, pair.target},
                                     std::pair{pair.target, pair.source}}) {
      if (one == side || !IsTitledPerson(a, one) || RepresentsAnything(a, one) ||
          CountryOfEntity(a, other) < 0)
        continue;
      if (side >= 0) return;  // two of them: which one is it?
      side = one;
      sentence = pair.sentence;
    }
  }
  if (side < 0) return;
  AddRelation(a, RelationType::kRepresents, side, country, -1, sentence, "counterpart-country");
}

}  // namespace dkg::internal
