// REPRESENTS of a state body the report names with no state: "President of the National
// Intelligence Organization (MIT) İbrahim Kalın", seated with Turkey's ministers, places
// the organisation in Turkey. A state body whose officials the report places all in one
// state is a body of that state.
#include <string>
#include <vector>

#include "extract/analysis.h"
#include "extract/relation_util.h"

namespace dkg::internal {

void FindStateBodyCountries(Analysis& a) {
  const int count = static_cast<int>(a.entities.size());
  // the unplaced state bodies, by a mention of their own
  std::vector<bool> unplaced_body(count, false);
  bool any = false;
  // (not one named in a rank, "Army Corps General X", nor of a regional body: "Authority
  // of ECOWAS Heads of State", "Supreme Eurasian Economic Council")
  auto before_a_title = [&](const Mention& m) {
    const Sentence& s = a.sentences[m.sentence];
    return m.end < static_cast<int>(s.tokens.size()) && s.tags[m.end].kind == TokenTag::kTitle;
  };
  auto regional = [&](const Mention& m) {
    const Sentence& s = a.sentences[m.sentence];
    for (int k = m.begin; k < m.end; ++k)
      if (s.tags[k].kind == TokenTag::kOrganization ||
          a.lexicon->InList("region_adjectives", s.tokens[k].folded))
        return true;
    return false;
  };
  for (const Mention& m : a.mentions)
    if (m.type == MentionType::kInstitution && m.entity >= 0 && !unplaced_body[m.entity] &&
        !RepresentsAnything(a, m.entity) && !NamesAnInternationalBody(a, m) &&
        NamesStateBody(a, m) && !before_a_title(m) && !regional(m))
      any = unplaced_body[m.entity] = true;
  if (!any) return;  // (most reports)
  // (a minister "of the Armed Forces" names his portfolio, no body he serves)
  auto a_minister = [&](int person) {
    for (const Mention& m : a.mentions)
      if (m.entity == person)
        for (const std::string& head : m.title_heads)
          if (head.ends_with("minister")) return true;
    return false;
  };
  // each body's officials' states: -1 none yet, -2 several
  std::vector<int> state(count, -1), sentence(count, -1);
  for (const RelationCandidate& r : a.relations) {
    if (r.type != RelationType::kRepresents || !unplaced_body[r.target] ||
        a.entities[r.source].type != EntityType::kPerson || a_minister(r.source))
      continue;
    const int of = CountryOfEntity(a, r.source);
    if (of < 0 || state[r.target] == -2) continue;
    if (state[r.target] >= 0 && state[r.target] != of) {
      state[r.target] = -2;
      continue;
    }
    state[r.target] = of;
    sentence[r.target] = r.sentence;
  }
  for (int body = 0; body < count; ++body)
    if (state[body] >= 0)
      AddRelation(a, RelationType::kRepresents, body, state[body], -1, sentence[body],
                  "officials-state");
}

}  // namespace dkg::internal
