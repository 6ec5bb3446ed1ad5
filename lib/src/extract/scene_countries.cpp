// REPRESENTS from the scene of a meeting: "In Botswana, the Under Secretary will meet with
// President Mokgweetsi Masisi", "In Morocco, he will meet with Foreign Minister Nasser
// Bourita". A travel readout names each stop's country before the officials met there;
// the officials the report places nowhere else are that country's.
#include "extract/analysis.h"
#include "extract/relation_util.h"
#include "extract/token_rules.h"

namespace dkg::internal {
namespace {

// The country mention a sentence opens with as its scene ("In Niger, ...", "While in the
// Republic of Korea, ..."), or -1.
int SceneCountry(const Analysis& a, int si) {
  const Sentence& s = a.sentences[si];
  const int n = static_cast<int>(s.tokens.size());
  int k = s.dateline_end;
  if (k < n && IsWord(s.tokens[k], "while")) ++k;
  if (!(k < n && IsWord(s.tokens[k], "in"))) return -1;
  ++k;
  if (k < n && IsWord(s.tokens[k], "the")) ++k;
  const int m = MentionAt(a, si, k);
  if (m < 0 || a.mentions[m].type != MentionType::kCountry || a.mentions[m].begin != k)
    return -1;
  const int after = a.mentions[m].end;
  return after < n && IsPunct(s.tokens[after], ",") ? m : -1;
}

}  // namespace

void FindSceneCountries(Analysis& a) {
  for (int si = 0; si < static_cast<int>(a.sentences.size()); ++si) {
    const Sentence& s = a.sentences[si];
    if (s.is_title || (s.bits & a.lists->meeting_verbs) == 0) continue;
    const int scene = SceneCountry(a, si);
    if (scene < 0) continue;
    // those met: the persons after the meeting verb, not its subject (the visitor)
    const int n = static_cast<int>(s.tokens.size());
    const int verb = FindInList(a, si, a.mentions[scene].end, n, a.lists->meeting_verbs);
    if (verb < 0) continue;
    const int country = a.mentions[scene].entity;
    for (int person : EntitiesIn(a, si, verb + 1, n, false)) {
      if (!IsTitledPerson(a, person) || CountryOfEntity(a, person) >= 0) continue;
      AddRelation(a, RelationType::kRepresents, person, country, -1, si, "scene-country");
    }
  }
}

}  // namespace dkg::internal
