// The sides of a meeting as agency reports name them: "From the Mauritanian side, the
// meeting was attended by A and B", "The Kuwaiti side was led by C, with the
// participation of D ...; the Egyptian side was led by E". Whoever a side's sentence
// names is of that side's country, and when the report tells of talks held, every member
// of one side met every member of the other.
#include <algorithm>
#include <map>
#include <vector>

#include "extract/analysis.h"
#include "extract/relation_util.h"
#include "extract/token_rules.h"

namespace dkg::internal {

namespace {

// One side a sentence names: "the Omani side [was chaired by A], while the Tanzanian
// side [was chaired by B]". Members are named in [begin, end).
struct SideSpan {
  int country_mention;
  int begin, end;
};

// The sides sentence si names, when it says who made them up ("was led by", "attended",
// "with the participation of"); none otherwise.
std::vector<SideSpan> SidesOf(const Analysis& a, int si) {
  static const WordSet kMembership = {"led",           "headed",    "chaired",     "attended",
                                      "included",      "comprised", "consisted",   "represented",
                                      "participation", "present",   "participated"};
  const Sentence& s = a.sentences[si];
  const int n = static_cast<int>(s.tokens.size());
  std::vector<SideSpan> sides;
  if (s.is_title || (s.bits & a.lists->side_words) == 0) return sides;
  for (int i = 1; i < n; ++i) {
    if (!IsWord(s.tokens[i], "side")) continue;
    const int m = s.mention_at[i - 1];
    if (m < 0 || a.mentions[m].type != MentionType::kCountry || a.mentions[m].end != i) continue;
    if (!sides.empty()) sides.back().end = a.mentions[m].begin;
    sides.push_back({m, i + 1, n});
  }
  if (sides.empty()) return sides;
  const bool membership = std::any_of(s.tokens.begin(), s.tokens.end(), [](const Token& t) {
    return kMembership.contains(t.folded);
  });
  if (!membership) sides.clear();
  return sides;
}

}  // namespace

void TieSideMembers(Analysis& a) {
  for (int si = 0; si < static_cast<int>(a.sentences.size()); ++si)
    for (const SideSpan& side : SidesOf(a, si))
      for (Mention& m : a.mentions) {
        if (m.sentence != si || m.type != MentionType::kPerson || m.embedded ||
            m.begin < side.begin || m.begin >= side.end)
          continue;
        const bool placed = std::any_of(m.affiliations.begin(), m.affiliations.end(), [&](int aff) {
          return a.mentions[aff].type == MentionType::kCountry;
        });
        if (!placed) m.affiliations.push_back(side.country_mention);
      }
}

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
    int sentence;  // where the side names them; -1 for the host and the guests
  };
  std::map<int, std::vector<Member>> sides;  // side country -> persons named in its sentences
  for (int si = 0; si < static_cast<int>(a.sentences.size()); ++si)
    for (const SideSpan& side : SidesOf(a, si)) {
      const int country = a.mentions[side.country_mention].entity;
      if (country < 0) continue;
      for (int person : EntitiesIn(a, si, side.begin, side.end, false)) {
        const int known = CountryOfEntity(a, person);
        if (known >= 0 && known != country) continue;  // named there, but of another state
        if (known < 0)
          AddRelation(a, RelationType::kRepresents, person, country, -1, si, "side-member");
        std::vector<Member>& members = sides[country];
        if (std::none_of(members.begin(), members.end(),
                         [&](const Member& m) { return m.person == person; }))
          members.push_back({person, si});
      }
    }
  // the host and the guests sit on their countries' sides
  if (!sides.empty() && a.host >= 0) {
    std::vector<int> principals = a.guests;
    principals.push_back(a.host);
    for (int e : principals) {
      const int country = CountryOfEntity(a, e);
      if (country < 0 || !sides.contains(country)) continue;
      std::vector<Member>& members = sides[country];
      if (std::none_of(members.begin(), members.end(),
                       [&](const Member& m) { return m.person == e; }))
        members.push_back({e, -1});
    }
  }
  if (sides.size() < 2 || !ReportsTalks(a)) return;
  for (auto x = sides.begin(); x != sides.end(); ++x)
    for (auto y = std::next(x); y != sides.end(); ++y)
      for (const Member& p : x->second)
        for (const Member& q : y->second)
          if (p.sentence >= 0 || q.sentence >= 0)  // (host and guest met already)
            AddRelation(a, RelationType::kMetWith, p.person, q.person, -1,
                        std::max(p.sentence, q.sentence), "sides");
}

}  // namespace dkg::internal
