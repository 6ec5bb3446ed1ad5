// The sides of a meeting as agency reports name them: "From the Mauritanian side, the
// meeting was attended by A and B", "The Kuwaiti side was led by C, with the
// participation of D ...; the Egyptian side was led by E". Whoever a side's sentence
// names is of that side's country, and when the report tells of talks held, every member
// of one side met every member of the other.
#include <algorithm>
#include <map>
#include <utility>
#include <vector>

#include "extract/analysis.h"
#include "extract/relation_util.h"
#include "extract/token_rules.h"

namespace dkg::internal {

// The side's country and the token after "side" when sentence si names a side and who
// made it up ("was led by", "attended", "with the participation of"); {-1, 0} otherwise.
std::pair<int, int> SideOfSentence(const Analysis& a, int si) {
  static const WordSet kMembership = {"led",      "headed",   "attended",    "included",
                                      "comprised", "consisted", "represented", "participation",
                                      "present",  "participated"};
  const Sentence& s = a.sentences[si];
  const int n = static_cast<int>(s.tokens.size());
  for (int i = 1; i < n; ++i) {
    if (!IsWord(s.tokens[i], "side")) continue;
    const int m = s.mention_at[i - 1];
    if (m < 0 || a.mentions[m].type != MentionType::kCountry || a.mentions[m].end != i) continue;
    for (int k = 0; k < n; ++k)
      if (kMembership.contains(s.tokens[k].folded)) return {a.mentions[m].entity, i + 1};
    return {-1, 0};
  }
  return {-1, 0};
}

int SideCountry(const Analysis& a, int si) { return SideOfSentence(a, si).first; }

namespace {

// Talks held in a sentence of the report ("held a video-conference meeting"), not a call
// nor talks to come ("will hold talks"), or any meeting found already.
bool ReportsTalks(const Analysis& a) {
  if (std::any_of(a.relations.begin(), a.relations.end(),
                  [](const RelationCandidate& r) { return r.type == RelationType::kMetWith; }))
    return true;
  for (int si = 0; si < static_cast<int>(a.sentences.size()); ++si) {
    const Sentence& s = a.sentences[si];
    if ((s.bits & a.lists->meeting_phrase_heads) == 0 || (s.bits & a.lists->call_words) != 0)
      continue;
    for (int t = s.dateline_end; t < static_cast<int>(s.tokens.size()); ++t) {
      if (!Has(s, t, a.lists->meeting_phrase_heads)) continue;
      if (FindInList(a, si, ClauseStart(a, si, t), t, a.lists->future_words) < 0) return true;
    }
  }
  return false;
}

}  // namespace

void AddSideMembers(Analysis& a) {
  struct Member {
    int person;
    int sentence;  // where the side names them
  };
  std::map<int, std::vector<Member>> sides;  // side country -> persons named in its sentences
  for (int si = 0; si < static_cast<int>(a.sentences.size()); ++si) {
    if (a.sentences[si].is_title) continue;
    const auto [country, after] = SideOfSentence(a, si);
    if (country < 0) continue;
    const int n = static_cast<int>(a.sentences[si].tokens.size());
    for (int person : EntitiesIn(a, si, after, n, false)) {
      const int known = CountryOfEntity(a, person);
      if (known >= 0 && known != country) continue;  // named there, but of another state
      if (known < 0)
        AddRelation(a, RelationType::kRepresents, person, country, -1, si, "side-member");
      std::vector<Member>& side = sides[country];
      if (std::none_of(side.begin(), side.end(), [&](const Member& m) { return m.person == person; }))
        side.push_back({person, si});
    }
  }
  // with a host the audience's own rules pair the sides; without one, the sides met
  if (sides.size() < 2 || a.host >= 0 || !ReportsTalks(a)) return;
  for (auto x = sides.begin(); x != sides.end(); ++x)
    for (auto y = std::next(x); y != sides.end(); ++y)
      for (const Member& p : x->second)
        for (const Member& q : y->second)
          AddRelation(a, RelationType::kMetWith, p.person, q.person, -1,
                      std::max(p.sentence, q.sentence), "sides");
}

}  // namespace dkg::internal
