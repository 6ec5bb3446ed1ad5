// The sides of a meeting as agency reports name them: "From the Mauritanian side, the
// meeting was attended by A and B", "The Kuwaiti side was led by C, with the
// participation of D ...; the Egyptian side was led by E". Whoever a side's sentence
// names is of that side's country, and when the report tells of talks held, every member
// of one side met every member of the other.
#include <algorithm>
#include <map>
#include <optional>
#include <vector>

#include "extract/analysis.h"
#include "extract/relation_util.h"
#include "extract/token_rules.h"

namespace dkg::internal {

namespace {

// One side a sentence names: "the Omani side [was chaired by A], while the Tanzanian
// side [was chaired by B]", or an international body's ("On the CARICOM side, A and B
// joined"). Members are named in [begin, end).
struct SideSpan {
  int side_mention;  // the country's or the body's
  int begin, end;
  bool delegation = false;  // named as a delegation ("the Nigerien delegation")
};

// Whether "of the table" starts at token i of sentence s.
bool OfTheTable(const Sentence& s, int i) {
  return i + 2 < static_cast<int>(s.tokens.size()) && IsWord(s.tokens[i], "of") &&
         IsWord(s.tokens[i + 1], "the") && IsWord(s.tokens[i + 2], "table");
}

// The sides sentence si names, when it says who made them up ("was led by", "attended",
// "with the participation of"); none otherwise. `earlier` is the delegation a sentence
// before named, which "The delegation also included A" goes on with (null for none).
std::vector<SideSpan> SidesOf(const Analysis& a, int si, const SideSpan* earlier = nullptr) {
  static const WordSet kMembership = {
      "led",       "headed",      "chaired",       "attended", "included",     "comprised",
      "consisted", "represented", "participation", "present",  "participated", "attending",
      "part",      "sat",         "sitting",       "seated",   "joined"};
  static const WordSet kLeading = {"led", "headed", "chaired"};
  constexpr int kMembershipReach = 6;  // "From the Mauritanian side, the meeting was attended"
  const Sentence& s = a.sentences[si];
  const int n = static_cast<int>(s.tokens.size());
  std::vector<SideSpan> sides;
  if (s.is_title || (s.bits & a.lists->side_words) == 0) return sides;
  auto country_at = [&](int k) {
    const int m = k >= 0 && k < n ? s.mention_at[k] : -1;
    return m >= 0 && (a.mentions[m].type == MentionType::kCountry ||
                      (a.mentions[m].type == MentionType::kInstitution &&
                       NamesAnInternationalBody(a, a.mentions[m])))
               ? m
               : -1;
  };
  // the members after the side's words: up to another side or a meeting verb ("The U.S.
  // delegation, led by A, hosted B"), when a word of membership stands close by ("The
  // Kuwaiti side was led by", "attended on the Omani side by")
  // (a relative clause tells of something else, "who was carrying a message from General
  // X", unless it names members: "the Polish delegation, which included A")
  auto relative_clause = [&](int k) {
    return (IsWord(s.tokens[k], "who") || IsWord(s.tokens[k], "which")) &&
           !(k + 1 < n && kMembership.contains(s.tokens[k + 1].folded));
  };
  // (not in a clause "that" opens: "The Turkmen side proposed that the Fund take part",
  // but "the delegation that included A")
  auto names_membership = [&](int from, int to) {
    for (int k = from; k < to; ++k) {
      if (kMembership.contains(s.tokens[k].folded)) return true;
      if (IsWord(s.tokens[k], "that") && k > from) return false;
    }
    return false;
  };
  // ("A, who chairs the Duma's committee, and the Ambassador, B": a clause describing a
  // member, the list going on after it; where it goes on, else -1)
  auto list_after_clause = [&](int k) {
    if (k < 2 || !IsPunct(s.tokens[k - 1], ",") || s.mention_at[k - 2] < 0 ||
        a.mentions[s.mention_at[k - 2]].type != MentionType::kPerson)
      return -1;
    for (int j = k + 1; j + 2 < n; ++j) {
      if (s.mention_at[j] >= 0 && a.mentions[s.mention_at[j]].type == MentionType::kPerson)
        return -1;
      if (IsPunct(s.tokens[j], ",") && IsWord(s.tokens[j + 1], "and"))
        return IsWord(s.tokens[j + 2], "the") || s.mention_at[j + 2] >= 0 ? j + 2 : -1;
    }
    return -1;
  };
  auto members_after = [&](int m, int from, bool delegation) {
    int end = from;
    // (nor past "while" or "whereas": "The Nigerien side included A, while the Chadian
    // Chief of Staff was accompanied by B")
    while (end < n &&
           !(Has(s, end, a.lists->meeting_verbs | a.lists->talk_verbs) &&
             !IsWord(s.tokens[end], "meeting")) &&
           !IsWord(s.tokens[end], "while") && !IsWord(s.tokens[end], "whereas")) {
      if (relative_clause(end)) {
        const int on = list_after_clause(end);
        if (on < 0) break;
        end = on;
        continue;
      }
      ++end;
    }
    // (a side parallel to one recognised already: "..., and on the Mauritanian side by B")
    bool membership = !sides.empty();
    const int anchor = a.mentions[m].sentence == si ? a.mentions[m].begin : from - 1;
    // ("On the Mauritanian side, the Ambassador ..., X, was present": a side that opens
    // the sentence has its word of membership anywhere in its clause)
    const int reach = anchor <= 3 ? end : std::min(end, from + kMembershipReach);
    membership = membership || names_membership(std::max(0, anchor - 8), reach);
    // "On the Zimbabwean side were the Vice President, ...", "Sitting with X on the Malian
    // side were A, B": its members after it ("was" only when it opens the sentence)
    // ("joined for a working lunch by A, and on the Senegalese side by B": the agents of
    // a passive, after the side's words)
    membership =
        membership ||
        (from < n &&
         (IsWord(s.tokens[from], "were") || (anchor <= 3 && IsWord(s.tokens[from], "was")) ||
          (from + 1 < n && IsWord(s.tokens[from], "by") && IsWord(s.tokens[from - 1], "side"))));
    if (membership) sides.push_back({m, from, end, delegation});
  };
  int boundary = 0;  // where the current side's words may start
  // where the clause that ends at `to` opens: after "while", "whereas", "with" or ";"
  auto clause_opening = [&](int to) {
    int k = to;
    while (k > boundary && !IsWord(s.tokens[k - 1], "while") &&
           !IsWord(s.tokens[k - 1], "whereas") && !IsWord(s.tokens[k - 1], "with") &&
           !IsPunct(s.tokens[k - 1], ";"))
      --k;
    return k;
  };
  for (int i = 1; i < n; ++i) {
    // ("the Ghanaian delegation included A and B": a delegation is a side too)
    if (!IsWord(s.tokens[i], "side") && !IsWord(s.tokens[i], "delegation")) continue;
    if (!sides.empty() && sides.back().end > i) sides.back().end = i;
    // ("the Malian side", "a Malian ministerial delegation": one adjective between)
    const bool adjective = i >= 2 && country_at(i - 1) < 0 && IsWord(s.tokens[i], "delegation") &&
                           s.tokens[i - 1].shape == TokenShape::kWord &&
                           !s.tokens[i - 1].capitalized && s.tokens[i - 1].folded.ends_with("al");
    const int before = country_at(adjective ? i - 2 : i - 1);
    if (before >= 0 && a.mentions[before].end == (adjective ? i - 1 : i)) {
      const int begin = a.mentions[before].begin;
      if (!sides.empty() && sides.back().end > begin) sides.back().end = begin;
      const bool delegation = IsWord(s.tokens[i], "delegation");
      // "A and B took part on the Cypriot side.", "..., while C attended on the Egyptian
      // side.": a side that ends its clause has its members before it, in that clause
      const int on = begin >= 2 && IsWord(s.tokens[begin - 1], "the") &&
                             IsWord(s.tokens[begin - 2], "on") ? begin - 2 : -1;
      // (", while the Sahrawi minister was accompanied by ...": a clause of its own after it;
      // ", and by B on the Ivorian side": a parallel one)
      const bool ends_clause =
          i + 1 < n && (IsClauseBreak(s.tokens[i + 1]) ||
                        (i + 2 < n && IsPunct(s.tokens[i + 1], ",") &&
                         (IsWord(s.tokens[i + 2], "while") || IsWord(s.tokens[i + 2], "whereas") ||
                          IsWord(s.tokens[i + 2], "and"))));
      const int opening = on > boundary && ends_clause ? clause_opening(on) : -1;
      if (begin >= 2 && IsWord(s.tokens[begin - 1], "the") &&
          kLeading.contains(s.tokens[begin - 2].folded))
        sides.push_back({before, boundary, begin - 2, delegation});  // "A led the U.S. delegation"
      else if (opening >= 0 && (names_membership(opening, on) || !sides.empty()))
        sides.push_back({before, opening, on, delegation});
      else {  // "The Omani side was chaired by A" ("Sitting on the Vietnamese side of the
              // table were A and B": past "of the table")
        members_after(before, OfTheTable(s, i + 1) ? i + 4 : i + 1, delegation);
        // ("Minister A was joined on the Ethiopian side by B and C": A is of it too)
        if (const int subject = begin >= 5 ? s.mention_at[begin - 5] : -1;
            subject >= 0 && on == begin - 2 && IsWord(s.tokens[begin - 3], "joined") &&
            (IsWord(s.tokens[begin - 4], "was") || IsWord(s.tokens[begin - 4], "were")) &&
            a.mentions[subject].type == MentionType::kPerson &&
            a.mentions[subject].end == begin - 4 && !sides.empty() &&
            sides.back().side_mention == before)
          sides.back().begin = a.mentions[subject].begin;
      }
    } else if (IsWord(s.tokens[i], "delegation") && i + 2 < n &&
               (IsWord(s.tokens[i + 1], "from") || IsWord(s.tokens[i + 1], "of"))) {
      // "a delegation from the Republic of Ghana led by A"
      const int k = IsWord(s.tokens[i + 2], "the") ? i + 3 : i + 2;
      if (const int after = country_at(k); after >= 0 && a.mentions[after].begin == k)
        members_after(after, a.mentions[after].end, true);
    } else if (earlier && earlier->delegation && IsWord(s.tokens[i], "delegation") &&
               IsWord(s.tokens[i - 1], "the")) {
      members_after(earlier->side_mention, i + 1, true);  // "The delegation also included"
    }
    boundary = i + 1;  // ("A led the U.S. interagency delegation, and B led ...")
  }
  return sides;
}

// Each sentence's sides, in order, with the delegation named last before it.
template <typename Visit>
void ForEachSide(const Analysis& a, Visit visit) {
  std::optional<SideSpan> earlier;
  for (int si = 0; si < static_cast<int>(a.sentences.size()); ++si)
    for (const SideSpan& side : SidesOf(a, si, earlier ? &*earlier : nullptr)) {
      visit(si, side);
      if (side.delegation) earlier = side;
    }
}

}  // namespace

void TieSideMembers(Analysis& a) {
  ForEachSide(a, [&](int si, const SideSpan& side) {
    for (Mention& m : a.mentions) {
      if (m.sentence != si || m.type != MentionType::kPerson || m.embedded ||
          m.begin < side.begin || m.begin >= side.end)
        continue;
      // (a body's side takes those tied to nothing else: "On the CARICOM side, Deputy
      // Secretary-General A")
      const bool of_a_body = a.mentions[side.side_mention].type == MentionType::kInstitution;
      const bool placed = std::any_of(m.affiliations.begin(), m.affiliations.end(), [&](int aff) {
        return of_a_body || a.mentions[aff].type == MentionType::kCountry;
      });
      if (!placed) m.affiliations.push_back(side.side_mention);
    }
  });
}

namespace {

// Talks held in a sentence of the report ("held a video-conference meeting"), not a call
// nor talks to come ("will hold talks"), or any meeting found already.
bool ReportsTalks(const Analysis& a) {
  if (HasMeeting(a)) return true;
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

struct Member {
  int person;
  int sentence;  // where the side names them; -1 for the host and the guests
};
using Sides = std::map<int, std::vector<Member>>;  // side country or body -> its members

// Whether entity e is of the side of `side` (a country's or an international body's
// entity): placed in that country, or serving that body.
bool OfSide(const Analysis& a, int e, int side) {
  if (a.entities[side].type == EntityType::kCountry) return CountryOfEntity(a, e) == side;
  return ServesBody(a, e, side);
}

// The side of `sides` entity e is of, or -1.
int SideOfEntity(const Analysis& a, const Sides& sides, int e) {
  for (const auto& [side, members] : sides)
    if (OfSide(a, e, side)) return side;
  return -1;
}

// "The Vietnamese delegation included representatives from the Ministry of Justice and
// the Ministry of Public Security": the bodies a side names, placed nowhere else, are
// its state's (not an international one: "the United Nations"; not one whose event a
// side attended: "the participation of the Austrian side in the summit of the X").
void PlaceSideBodies(Analysis& a, int si, const SideSpan& side, int country) {
  const Sentence& s = a.sentences[si];
  for (const Mention& m : a.mentions) {
    if (m.sentence != si || m.type != MentionType::kInstitution || m.entity < 0 ||
        m.begin < side.begin || m.begin >= side.end)
      continue;
    int of = m.begin - 1;
    if (of >= 0 && IsWord(s.tokens[of], "the")) --of;
    if (of >= 1 && IsWord(s.tokens[of], "of") && Has(s, of - 1, a.lists->place_words)) continue;
    if (NamesAnInternationalBody(a, m)) continue;
    // (nor a news agency, ", APS learned from the ministry": the report's source)
    if (m.organization >= 0 && a.lexicon->organizations()[m.organization].media) continue;
    if (CountryOfEntity(a, m.entity) < 0)
      AddRelation(a, RelationType::kRepresents, m.entity, country, -1, si, "side-member");
  }
}

// The audience's host and guests, and those of the two persons of the first meeting the
// report tells whom it places in a state ("King X and President Y of Cyprus held talks";
// the audience may be a later one).
std::vector<int> Principals(const Analysis& a) {
  std::vector<int> principals = AudiencePrincipals(a);
  for (const RelationCandidate& r : a.relations) {
    if (!TellsAMeetingOfPersons(a, r)) continue;
    for (int e : {r.source, r.target})
      if (CountryOfEntity(a, e) >= 0 &&
          std::find(principals.begin(), principals.end(), e) == principals.end())
        principals.push_back(e);
    break;
  }
  return principals;
}

// "Madouri held talks with Dbeibah. Taking part on the Tunisian side were A ... In the
// afternoon, President Saied received Dbeibah": the two persons of the meeting told last
// before the sides' first sentence, when the audience is told only after it; empty
// otherwise.
// ("Earlier, A held talks with Speaker B. The Kazakh side included ...": so is a meeting
// without the host told in the sentence right before the sides', after the audience)
std::vector<int> MeetingBeforeSides(const Analysis& a, int first_side) {
  if (a.host < 0) return {};
  int audience = -1;
  for (const RelationCandidate& r : a.relations)
    if (TellsAMeetingOfPersons(a, r) && (r.source == a.host || r.target == a.host) &&
        (audience < 0 || r.sentence < audience))
      audience = r.sentence;
  const RelationCandidate* before = nullptr;
  for (const RelationCandidate& r : a.relations)
    if (TellsAMeetingOfPersons(a, r) && TellingSentence(r) < first_side &&
        (!before || TellingSentence(r) > TellingSentence(*before)))
      before = &r;
  if (before && audience > first_side) return {before->source, before->target};
  // (the meeting the sides' own sentence tells of, else the one right before it, past
  // sentences of who else was present there, who are then of it too; a headline's meeting
  // where the body tells it again)
  std::vector<int> present;
  auto add = [](std::vector<int>& to, int e) {
    if (std::find(to.begin(), to.end(), e) == to.end()) to.push_back(e);
  };
  for (int si = first_side, last = first_side - 1; si >= last && si >= 0; --si) {
    std::vector<int> met;
    bool presence = false;
    for (const RelationCandidate& r : a.relations) {
      if (r.rule == "present-at-meeting" && r.sentence == si && si < first_side) {
        presence = true;
        for (int e : {r.source, r.target})
          if (a.entities[e].type == EntityType::kPerson) add(present, e);
      }
      if (!TellsAMeetingOfPersons(a, r) || TellingSentence(r) != si) continue;
      if (r.source == a.host || r.target == a.host) return {};
      for (int e : {r.source, r.target}) add(met, e);
    }
    if (!met.empty()) {
      for (int e : present) add(met, e);
      return met;
    }
    if (presence) --last;
  }
  return {};
}

// The persons the side's phrase [begin, end) of sentence si names (not a title that owns
// a place: "led by B, at the governor's residence").
std::vector<int> SideMembersIn(const Analysis& a, int si, int begin, int end) {
  const Sentence& s = a.sentences[si];
  const int n = static_cast<int>(s.tokens.size());
  std::vector<int> out;
  for (int person : EntitiesIn(a, si, begin, end, false)) {
    bool named = false;  // by a mention of its own there, not only a possessed title
    for (int i = std::max(begin, 0); i < std::min(end, n) && !named; ++i) {
      const int m = s.mention_at[i];
      if (m < 0 || a.mentions[m].begin != i || a.mentions[m].entity != person) continue;
      const Mention& mention = a.mentions[m];
      named = !mention.embedded && !(mention.type == MentionType::kRoleOnly && mention.end < n &&
                                     IsPossessive(s.tokens[mention.end]));
    }
    if (named) out.push_back(person);
  }
  return out;
}

// The persons each side's phrase names, placed in its country when the report places
// them nowhere (`place`), and the principals on their countries' sides.
Sides CollectSides(Analysis& a, bool place) {
  Sides sides;
  auto join = [&](int country, int person, int si) {
    std::vector<Member>& members = sides[country];
    if (std::none_of(members.begin(), members.end(),
                     [&](const Member& m) { return m.person == person; }))
      members.push_back({person, si});
  };
  int first_side = -1;
  ForEachSide(a, [&](int si, const SideSpan& side) {
    const int country = a.mentions[side.side_mention].entity;  // (or the body)
    if (country < 0) return;
    if (first_side < 0) first_side = si;
    const bool of_a_body = a.entities[country].type != EntityType::kCountry;
    if (place && !of_a_body) PlaceSideBodies(a, si, side, country);
    for (int person : SideMembersIn(a, si, side.begin, side.end)) {
      // (named there, but of another state, or serving another body)
      const bool placed =
          of_a_body ? RepresentsAnything(a, person) : CountryOfEntity(a, person) >= 0;
      if (placed && !OfSide(a, person, country)) continue;
      if (place && !placed)
        AddRelation(a, RelationType::kRepresents, person, country, -1, si, "side-member");
      join(country, person, si);
    }
  });
  if (!sides.empty()) {
    const std::vector<int> earlier = MeetingBeforeSides(a, first_side);
    const std::vector<int> principals = earlier.empty() ? Principals(a) : earlier;
    std::vector<int> unplaced;
    std::vector<int> placed_in;
    for (int e : principals)
      if (const int side = SideOfEntity(a, sides, e); side >= 0) {
        join(side, e, -1);
        placed_in.push_back(side);
      } else if (CountryOfEntity(a, e) < 0) {
        unplaced.push_back(e);
      }
    // "King X received the Iraqi Prime Minister ... Attending on the Jordanian side were":
    // of two sides, a principal placed nowhere yet (the dateline's state is placed later)
    // sits across from the one the others sit on
    std::sort(placed_in.begin(), placed_in.end());
    placed_in.erase(std::unique(placed_in.begin(), placed_in.end()), placed_in.end());
    if (a.host >= 0 && sides.size() == 2 && placed_in.size() == 1 && unplaced.size() == 1) {
      const bool host_unplaced = unplaced.front() == a.host;
      const int other = sides.begin()->first == placed_in.front() ? std::next(sides.begin())->first
                                                                  : sides.begin()->first;
      // (the host across from the guests, or a guest across from the host; of the two
      // who met before the sides were named, one across from the other)
      // (placed in a state, or serving a body that is a side: "on the EBRD side")
      auto placed = [&](int e) {
        return CountryOfEntity(a, e) >= 0 || SideOfEntity(a, sides, e) >= 0;
      };
      const bool across =
          !earlier.empty() || (host_unplaced ? placed(a.guests.front()) : placed(a.host));
      if (across) join(other, unplaced.front(), -1);
    }
  }
  return sides;
}

// True when the side of `country` is the audience's guests' (a guest is that country, or
// of it).
bool IsGuestsSide(const Analysis& a, int country) {
  return std::any_of(a.guests.begin(), a.guests.end(),
                     [&](int g) { return g == country || OfSide(a, g, country); });
}

}  // namespace

void AddSideMembers(Analysis& a) {
  const Sides sides = CollectSides(a, /*place=*/true);
  if (sides.size() < 2 || !ReportsTalks(a)) return;
  for (auto x = sides.begin(); x != sides.end(); ++x)
    for (auto y = std::next(x); y != sides.end(); ++y)
      for (const Member& p : x->second)
        for (const Member& q : y->second)
          if (p.sentence >= 0 || q.sentence >= 0)  // (host and guest met already)
            AddRelation(a, RelationType::kMetWith, p.person, q.person, -1,
                        std::max(p.sentence, q.sentence), "sides");
}

std::vector<int> GuestSideMembers(Analysis& a) {
  std::vector<int> members;
  if (a.host < 0) return members;
  for (const auto& [country, side] : CollectSides(a, /*place=*/false)) {
    if (IsGuestsSide(a, country) && !OfSide(a, a.host, country))
      for (const Member& m : side)
        if (m.sentence >= 0) members.push_back(m.person);
  }
  return members;
}

void MeetLoneSide(Analysis& a) {
  const Sides sides = CollectSides(a, /*place=*/false);
  if (sides.size() != 1) return;
  const int country = sides.begin()->first;
  const std::vector<Member>& members = sides.begin()->second;
  if (a.host < 0) {
    // ("Cuban Foreign Minister A and his Kyrgyz counterpart B held talks. The Cuban
    // delegation included C": with no audience, the side meets the one of the two who
    // met first that is placed in another state)
    const std::vector<int> principals = Principals(a);
    if (principals.size() != 2) return;
    for (int k : {0, 1}) {
      const int own = principals[k], other = principals[1 - k];
      if (!OfSide(a, own, country) || CountryOfEntity(a, other) < 0 || OfSide(a, other, country))
        continue;
      for (const Member& m : members)
        if (m.sentence >= 0 && m.person != other)
          AddRelation(a, RelationType::kMetWith, m.person, other, -1, m.sentence, "sides");
    }
    return;
  }
  const bool guests_side = IsGuestsSide(a, country);
  // (a side not the guests', with a host the report places nowhere, is the host's: "The
  // Brazilian delegation included ..." after Minister X hosted Paraguay's minister)
  const bool host_side =
      OfSide(a, a.host, country) || (CountryOfEntity(a, a.host) < 0 && !guests_side);
  if (guests_side == host_side) return;
  // (a guests' side meets the host and those present with him; a side named right after
  // a meeting of its own, the one its state's principal met there)
  std::vector<int> others = guests_side ? std::vector<int>{a.host} : a.guests;
  if (guests_side) others.insert(others.end(), a.host_side.begin(), a.host_side.end());
  int first_side = -1;
  for (const Member& m : members)
    if (m.sentence >= 0 && (first_side < 0 || m.sentence < first_side)) first_side = m.sentence;
  // (only when one who met there is of the side's state: the others are whom it met)
  if (const std::vector<int> earlier = MeetingBeforeSides(a, first_side);
      std::any_of(earlier.begin(), earlier.end(), [&](int e) { return OfSide(a, e, country); })) {
    others.clear();
    for (int e : earlier)
      if (!OfSide(a, e, country)) others.push_back(e);
  }
  for (const Member& m : members) {
    if (m.sentence < 0) continue;
    for (int other : others)
      if (other != m.person)
        AddRelation(a, RelationType::kMetWith, m.person, other, -1, m.sentence, "sides");
  }
}

}  // namespace dkg::internal
