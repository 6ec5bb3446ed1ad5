// MET_WITH beyond the meeting a sentence tells: those present at it ("The meeting was
// attended by A and B"), the companions of a side ("X was accompanied by Y"), meetings a
// call recalls ("to follow up on their meeting in St Petersburg") and visits stated as
// made ("the official visit of the President of Ukraine to Austria"). They run after
// FindMeetings and FindGreetings, on the report's audience and the pairs found so far.
#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <tuple>
#include <utility>

#include "extract/analysis.h"
#include "extract/relation_util.h"
#include "extract/token_rules.h"

namespace dkg::internal {
namespace {

// "Also at the meeting were A and B": whether "at the <meeting noun> were|was" starts at
// token i of sentence s, before token `end`.
bool AtTheMeetingWere(const Analysis& a, const Sentence& s, int i, int end) {
  return i + 3 < end && IsWord(s.tokens[i], "at") && IsWord(s.tokens[i + 1], "the") &&
         Has(s, i + 2, a.lists->meeting_phrase_heads) &&
         (IsWord(s.tokens[i + 3], "were") || IsWord(s.tokens[i + 3], "was"));
}

// "A and B were in the meeting", "B was also at the meeting": whether "were|was [also]
// in|at the <meeting noun>" ends at token i of sentence s, after `begin`.
bool WereInTheMeeting(const Analysis& a, const Sentence& s, int i, int begin) {
  if (i < begin + 3 || !Has(s, i, a.lists->meeting_phrase_heads) ||
      !IsWord(s.tokens[i - 1], "the") ||
      !(IsWord(s.tokens[i - 2], "in") || IsWord(s.tokens[i - 2], "at")))
    return false;
  const int be = i - 3 > begin && IsWord(s.tokens[i - 3], "also") ? i - 4 : i - 3;
  return IsWord(s.tokens[be], "were") || IsWord(s.tokens[be], "was");
}

// Whether sentence s says who was at a meeting with no presence cue word ("Also at the
// meeting were", "A and B were in the meeting").
bool NamesThoseAtTheMeeting(const Analysis& a, const Sentence& s) {
  const int n = static_cast<int>(s.tokens.size());
  for (int i = 0; i < n; ++i)
    if ((i + 3 < n && AtTheMeetingWere(a, s, i, n)) || WereInTheMeeting(a, s, i, 0)) return true;
  return false;
}

// The persons of [from, to) of sentence si but those a relative clause about another
// names: "A, who has led the service since the resignation of his predecessor B in July,
// joined the talks" names A present, not B; `which_too`, nor one a clause about a body
// names ("B, Director at the OPEC Fund, which co-finances projects in Sri Lanka, and C").
std::vector<int> PersonsOutsideRelativeClauses(const Analysis& a, int si, int from, int to,
                                               bool which_too = false) {
  const Sentence& s = a.sentences[si];
  to = std::min(to, static_cast<int>(s.tokens.size()));
  std::vector<int> out;
  auto add = [&](int begin, int end) {
    for (int e : EntitiesIn(a, si, begin, end, false))
      if (std::find(out.begin(), out.end(), e) == out.end()) out.push_back(e);
  };
  int begin = from;
  for (int k = from; k + 1 < to; ++k) {
    if (!IsPunct(s.tokens[k], ",") ||
        !(IsWord(s.tokens[k + 1], "who") || IsWord(s.tokens[k + 1], "whose") ||
          (which_too && IsWord(s.tokens[k + 1], "which"))))
      continue;
    add(begin, k);
    int close = k + 2;
    while (close < to && !IsPunct(s.tokens[close], ",")) ++close;
    begin = k = close;
  }
  add(begin, to);
  return out;
}

// "when he attended the extraordinary Arab-Islamic summit": "attended" at token i with an
// event of its own as object (not "attended by", not "attended the meeting"), before `end`.
bool AttendedAnEvent(const Sentence& s, int i, int end) {
  // (not "attended the ceremony", the audience of the credentials itself)
  static const WordSet kEvents = {"summit",      "conference",   "forum",
                                  "celebration", "celebrations", "exhibition",
                                  "festival",    "funeral",      "congress"};
  constexpr int kObjectWords = 6;  // "the extraordinary Arab-Islamic summit"
  for (int k = i + 1; k < std::min(end, i + 1 + kObjectWords); ++k) {
    if (IsWord(s.tokens[k], "by") || IsClauseBreak(s.tokens[k])) return false;
    if (kEvents.contains(s.tokens[k].folded)) return true;
  }
  return false;
}

// "on the Japanese side", "from the Indian side" at token k of sentence si, ending before
// `to`: the side's country entity and where "side" is; {-1, -1} otherwise.
std::pair<int, int> SidePhraseAt(const Analysis& a, int si, int k, int to) {
  const Sentence& s = a.sentences[si];
  if (k + 3 > to || !(IsWord(s.tokens[k], "on") || IsWord(s.tokens[k], "from")) ||
      !IsWord(s.tokens[k + 1], "the"))
    return {-1, -1};
  const int m = MentionAt(a, si, k + 2);
  if (m < 0 || a.mentions[m].type != MentionType::kCountry || a.mentions[m].entity < 0)
    return {-1, -1};
  const int side = a.mentions[m].end;
  if (side >= to || !Has(s, side, a.lists->side_words)) return {-1, -1};
  return {a.mentions[m].entity, side};
}

// "witnessed the signing" from token i (its last token within s).
bool WitnessedTheSigningAt(const Sentence& s, int i) {
  return i + 2 < static_cast<int>(s.tokens.size()) && IsWord(s.tokens[i], "witnessed") &&
         IsWord(s.tokens[i + 1], "the") && IsWord(s.tokens[i + 2], "signing");
}

// Where the persons present that the clause [begin, end) of sentence si names are: a
// presence cue ("attended", "in the presence of", "joined the talks", "took part") and
// the tokens its names stand in; {-1, -1} without a cue.
std::pair<int, int> PresentNames(const Analysis& a, int si, int begin, int end) {
  const Sentence& s = a.sentences[si];
  int cue = -1;
  for (int i = begin; i < end; ++i) {
    const std::string_view w = s.tokens[i].folded;
    // ("joined the talks", "joined him for the meeting", "The meeting was joined by")
    bool joined_meeting = false;
    if (w == "joined")
      for (int k = i + 2; k < std::min(end, i + 5) && !joined_meeting; ++k)
        joined_meeting = Has(s, k, a.lists->meeting_phrase_heads);
    if (w == "joined" && i + 1 < end && IsWord(s.tokens[i + 1], "by") && i >= begin + 2 &&
        Has(s, i - 2, a.lists->meeting_phrase_heads) &&
        (IsWord(s.tokens[i - 1], "was") || IsWord(s.tokens[i - 1], "were")))
      joined_meeting = true;
    // ("sat in on the audience", "Sitting in on the meeting were A and B", "Around
    // President X sat A, B and C", "Sitting with General X were A and B")
    const bool sat_in =
        (w == "sat" || w == "sitting") &&
        ((i + 2 < end && IsWord(s.tokens[i + 1], "in")) ||
         (i == begin && i + 2 < end && IsWord(s.tokens[i + 1], "with")) ||
         (i > begin && (IsWord(s.tokens[begin], "around") || IsWord(s.tokens[begin], "beside") ||
                        IsWord(s.tokens[begin], "alongside"))));
    // ("In attendance were A and B", not "thanked them for their attendance")
    const bool in_attendance = w == "attendance" && i > begin && IsWord(s.tokens[i - 1], "in");
    // ("The meeting was widened to the three delegations, which included A, B and C")
    const bool delegations_included =
        w == "included" && i >= begin + 3 && IsWord(s.tokens[i - 1], "which") &&
        IsPunct(s.tokens[i - 2], ",") && IsWord(s.tokens[i - 3], "delegations");
    const bool at_meeting = AtTheMeetingWere(a, s, i, end);
    // ("the two ministers witnessed the signing of an agreement by A and B": who signed
    // before them was there)
    const bool witnessed_signing = i + 2 < end && WitnessedTheSigningAt(s, i);
    // ("The ceremonies were witnessed by A and B": those who saw it were there)
    const bool witnessed_by = w == "witnessed" && i > begin && i + 1 < end &&
                              IsWord(s.tokens[i + 1], "by") &&
                              (IsWord(s.tokens[i - 1], "was") || IsWord(s.tokens[i - 1], "were"));
    // ("Participating in the meeting were A and B", "Also participating were"; not "was
    // arrested after participating in the summit")
    // ("Joining the European side were A and B", "Also joining were")
    const bool opening_participating =
        (w == "participating" || w == "joining") &&
        (i == begin || i == s.dateline_end || (i == begin + 1 && IsWord(s.tokens[begin], "also")));
    // ("A and B were on the Bangladesh side")
    const bool on_side =
        (w == "were" || w == "was") && i > begin && SidePhraseAt(a, si, i + 1, end).first >= 0;
    // ("was also at the table", "Also in the room were A and B", "A and B were in the
    // meeting")
    const bool at_table = (i >= begin + 2 && IsWord(s.tokens[i - 1], "the") &&
                           ((w == "table" && IsWord(s.tokens[i - 2], "at")) ||
                            (w == "room" && IsWord(s.tokens[i - 2], "in")))) ||
                          WereInTheMeeting(a, s, i, begin);
    // ("called on the prime minister to present a progress report", "will present their
    // letters of credence": a verb; "the present Head of State's father": an adjective;
    // "who was not present": no one there)
    const bool to_present =
        w == "present" && i > begin &&
        (IsWord(s.tokens[i - 1], "to") ||
         Has(s, i - 1, a.lists->determiners | a.lists->future_words | a.lists->negation_words));
    // ("with the participation of A and B", not "noted the participation of A in the summit")
    const bool participation = w == "participation" && i >= begin + 2 && i + 1 < end &&
                               IsWord(s.tokens[i - 2], "with") && IsWord(s.tokens[i - 1], "the") &&
                               IsWord(s.tokens[i + 1], "of");
    if (cue < 0 && ((w == "present" && !to_present) || w == "presence" || participation ||
                    (w == "attended" && !AttendedAnEvent(s, i, end)) || w == "attending" ||
                    w == "participated" || opening_participating || w == "seated" ||
                    joined_meeting || sat_in || in_attendance || delegations_included ||
                    at_meeting || at_table || on_side || witnessed_signing || witnessed_by ||
                    (w == "part" && i > 0 &&
                     (IsWord(s.tokens[i - 1], "took") || IsWord(s.tokens[i - 1], "taking")))))
      cue = i;
    else if (cue >= 0 && !s.tokens[i].capitalized &&  // (not "Sayyid Shihab Al Said")
             (w == "said" || w == "says" || w == "according")) {
      // "..., Presidential Spokesman Bassam Rady said.": who reports it was not there
      int comma = i - 1;
      while (comma > cue && !IsPunct(s.tokens[comma], ",")) --comma;
      end = comma > cue && EntitiesIn(a, si, comma + 1, i, false).size() == 1 ? comma : i;
      break;
    }
  }
  if (cue < 0) return {-1, -1};
  // "Spokesman X said in a statement that the meeting was attended by ...": who reports
  // it was not there either
  static const WordSet kSaid = {"said", "says", "stated", "added", "noted", "announced"};
  for (int i = cue - 1; i > begin; --i)
    if (IsWord(s.tokens[i], "that") && i - begin >= 2 &&
        std::any_of(s.tokens.begin() + std::max(begin, i - 6), s.tokens.begin() + i,
                    [](const Token& t) { return kSaid.contains(t.folded); })) {
      begin = i + 1;
      break;
    }
  // "X, accompanied by A, paid a courtesy call on Y at the palace, where the Chief of Staff,
  // B, was in attendance": those present are named in the clause "where" opens
  for (int i = cue - 1; i > begin; --i)
    if (IsWord(s.tokens[i], "where") && IsPunct(s.tokens[i - 1], ",")) {
      begin = i + 1;
      break;
    }
  // "During his meeting with A, which was attended by B, the Syrian minister conveyed the
  // greetings of C to D": those present end at the comma before a clause of its own
  const std::uint64_t verbs =
      a.lists->greeting_verbs | a.lists->meeting_verbs | a.lists->talk_verbs;
  for (int i = cue + 1; i < end; ++i) {
    if (!Has(s, i, verbs) || IsWord(s.tokens[i], "meeting")) continue;
    int comma = i - 1;
    while (comma > cue && !IsPunct(s.tokens[comma], ",")) --comma;
    if (comma > cue) end = comma;
    break;
  }
  return {IsWord(s.tokens[cue], "presence") ? cue : begin, end};
}

// "held a meeting with permanent members of the Security Council. Taking part in the
// meeting were A, B and C": the guests are a body's members, whom those present name.
bool GuestsAreMembersOfABody(const Analysis& a) {
  if (a.guests.empty()) return false;
  for (int g : a.guests) {
    if (a.entities[g].type != EntityType::kInstitution) return false;
    bool members = false;
    for (const Mention& m : a.mentions) {
      if (m.entity != g) continue;
      const Sentence& s = a.sentences[m.sentence];
      int i = m.begin - 1;
      if (i >= 0 && IsWord(s.tokens[i], "the")) --i;
      members = members || (i >= 1 && IsWord(s.tokens[i], "of") &&
                            IsWord(s.tokens[i - 1], "members"));
    }
    if (!members) return false;
  }
  return true;
}

// Whether the meeting a presence sentence si tells of ("The meeting was attended by
// ...") is one of no one named before it: the latest sentence before si to report a
// meeting names no person ("the delegations of Cyprus, Greece and Israel had met for
// their seventh trilateral summit").
bool MeetingOfNoOneNamed(const Analysis& a, int si) {
  for (int k = si; k >= 0; --k) {
    if (std::any_of(a.relations.begin(), a.relations.end(), [&](const RelationCandidate& r) {
          return r.type == RelationType::kMetWith && r.sentence == k;
        }))
      return false;
    const Sentence& s = a.sentences[k];
    const int n = static_cast<int>(s.tokens.size());
    if (k < si && (s.bits & a.lists->group_meeting_verbs) != 0 &&
        FindInList(a, k, 0, n, a.lists->group_meeting_verbs) >= 0)
      return EntitiesIn(a, k, 0, n, false).empty();
  }
  return false;
}

// A MET_WITH a meeting rule found, not one of those present or accompanying.
bool TellsAMeeting(const RelationCandidate& r) {
  return r.type == RelationType::kMetWith && r.rule != "present-at-meeting" &&
         r.rule != "accompanied";
}

// Of the relations `keep` accepts, the first one's subject and those he met; {-1, {}}
// when it accepts none.
template <typename Keep>
std::pair<int, std::vector<int>> SubjectAndMet(const Analysis& a, Keep keep,
                                               bool common_end = false) {
  std::vector<const RelationCandidate*> kept;
  for (const RelationCandidate& r : a.relations)
    if (keep(r)) kept.push_back(&r);
  if (kept.empty()) return {-1, {}};
  int subject = kept.front()->source;
  // (`common_end`: the one in every pair, whichever end: "A, B and C presented their
  // credentials to X" found as A -> X, B -> X, C -> X)
  if (common_end && std::all_of(kept.begin(), kept.end(), [&](const RelationCandidate* r) {
        return r->target == kept.front()->target;
      }))
    subject = kept.front()->target;
  std::vector<int> met;
  for (const RelationCandidate* r : kept) {
    const int other = r->source == subject ? r->target : r->target == subject ? r->source : -1;
    if (other >= 0 && std::find(met.begin(), met.end(), other) == met.end()) met.push_back(other);
  }
  return {subject, met};
}

// Whether sentence s tells of a meeting of long ago ("recalled that, years ago, X had been
// received by Y"; not "Earlier in the day, the two visitors had met X"): no one a later
// sentence names present was at it.
bool TellsOfLongAgo(const Sentence& s) {
  return FindWord(s, 0, static_cast<int>(s.tokens.size()), "ago") >= 0;
}

// The meeting the latest sentence before si tells of (or si itself, `including` it): its
// subject and those it met.
std::pair<int, std::vector<int>> MeetingToldBefore(const Analysis& a, int si,
                                                   bool including = false) {
  int at = -1;
  for (const RelationCandidate& r : a.relations)
    if (const int told = TellingSentence(r);
        TellsAMeeting(r) && (told < si || (including && told == si)) && told > at)
      at = told;
  if (at < 0) return {-1, {}};
  return SubjectAndMet(
      a, [&](const RelationCandidate& r) { return TellsAMeeting(r) && TellingSentence(r) == at; },
      /*common_end=*/including && at == si);
}

// The meeting of persons sentence si itself tells of, whatever the sentence the pair was
// first found in ("X met here with Y, in the presence of A" after a headline naming both).
std::pair<int, std::vector<int>> MeetingToldIn(const Analysis& a, int si) {
  std::vector<int> named;
  for (const Mention& m : a.mentions)
    if (m.sentence == si && m.entity >= 0 && a.entities[m.entity].type == EntityType::kPerson)
      named.push_back(m.entity);
  auto in_it = [&](int e) { return std::find(named.begin(), named.end(), e) != named.end(); };
  // (one found in the sentence first: "Later, the Father Amir received President Faye, in the
  // presence of the Amir's representative" names the Amir too, whose talks came before)
  auto told = [&](bool here_only) {
    return SubjectAndMet(a, [&](const RelationCandidate& r) {
      return TellsAMeeting(r) && in_it(r.source) && in_it(r.target) &&
             (!here_only || r.sentence == si);
    });
  };
  if (auto here = told(true); here.first >= 0) return here;
  return told(false);
}

// Where sentence si first names entity e (its token), or the sentence's length.
int FirstNamedAt(const Analysis& a, int si, int e) {
  const std::span<const int> at = a.sentences[si].mention_at;
  for (std::size_t k = 0; k < at.size(); ++k)
    if (at[k] >= 0 && a.mentions[at[k]].entity == e) return static_cast<int>(k);
  return static_cast<int>(at.size());
}

// Whether sentence si names a person (by name, or by a role the report resolves).
bool NamesAPerson(const Analysis& a, int si) {
  const std::span<const int> at = a.sentences[si].mention_at;
  return std::any_of(at.begin(), at.end(), [&](int m) {
    return m >= 0 && a.mentions[m].entity >= 0 &&
           a.entities[a.mentions[m].entity].type == EntityType::kPerson;
  });
}

// Whether sentence s says those present were at every meeting told: "attended all three
// meetings", "attended the three meetings", "took part in both meetings", "sat in on all the
// talks", "The meetings were attended by A".
bool AtEveryMeeting(const Analysis& a, const Sentence& s) {
  static const WordSet kNumbers = {"the", "two", "three", "four", "five", "six", "of"};
  // (plural only: "the talks" are one meeting's)
  static const WordSet kPluralOnly = {"talks", "negotiations", "discussions", "consultations",
                                      "deliberations"};
  const int n = static_cast<int>(s.tokens.size());
  // "The meetings were attended by A and B": the sentence's subject, the meetings told
  if (n > 2 && (IsWord(s.tokens[0], "the") || IsWord(s.tokens[0], "these")) &&
      Has(s, 1, a.lists->meeting_phrase_heads) && IsPluralWord(s.tokens[1].folded) &&
      !kPluralOnly.contains(s.tokens[1].folded))
    return true;
  // ("took part in the meetings", "attended the meetings": the meetings told, after a word
  // of taking part)
  static const WordSet kTookPart = {"in", "at", "attended", "joined"};
  for (int i = 1; i + 1 < n; ++i)
    if (IsWord(s.tokens[i], "the") && kTookPart.contains(s.tokens[i - 1].folded) &&
        Has(s, i + 1, a.lists->meeting_phrase_heads) && IsPluralWord(s.tokens[i + 1].folded) &&
        !kPluralOnly.contains(s.tokens[i + 1].folded))
      return true;
  // ("attended the three meetings": a number of them too)
  static const WordSet kCounts = {"two", "three", "four", "five", "six"};
  for (int i = 0; i + 1 < n; ++i) {
    if (!IsWord(s.tokens[i], "all") && !IsWord(s.tokens[i], "both") &&
        !(IsWord(s.tokens[i], "the") && kCounts.contains(s.tokens[i + 1].folded)))
      continue;
    int k = i + 1;
    while (k < n && k < i + 4 && kNumbers.contains(s.tokens[k].folded)) ++k;
    if (k < n && Has(s, k, a.lists->meeting_phrase_heads) && IsPluralWord(s.tokens[k].folded))
      return true;
  }
  return false;
}

// Whether sentence s says "this meeting" ("C joined this meeting", "C also attended that
// meeting"): the one told last.
bool NamesThisMeeting(const Analysis& a, const Sentence& s) {
  for (int k = 0; k + 1 < static_cast<int>(s.tokens.size()); ++k)
    if ((IsWord(s.tokens[k], "this") || IsWord(s.tokens[k], "that")) &&
        Has(s, k + 1, a.lists->meeting_phrase_heads))
      return true;
  return false;
}

// Those a meeting rule found `person` met in the meetings told up to sentence si.
std::vector<int> MetPartners(const Analysis& a, int person, int si) {
  std::vector<int> out;
  for (const RelationCandidate& r : a.relations)
    if (TellsAMeeting(r) && r.sentence <= si && (r.source == person || r.target == person)) {
      const int other = r.source == person ? r.target : r.source;
      if (std::find(out.begin(), out.end(), other) == out.end()) out.push_back(other);
    }
  return out;
}

// "..., and, on the Japanese side, Councillors B and C": where in [from, to) of sentence
// si the names of a side start (its "on"), and that side's country entity; {to, -1}
// without one.
std::pair<int, int> SideNamedWithin(const Analysis& a, int si, int from, int to) {
  const Sentence& s = a.sentences[si];
  for (int k = from; k + 3 < to; ++k) {
    // (set off before the names, not after one: "B on the Tunisian side and, ...")
    const auto [country, side] = SidePhraseAt(a, si, k, to);
    // (nor right after a name: "were A and B on the Bulgarian side, and C on the Estonian
    // side" names the side of those before it)
    const int before = k > from ? s.mention_at[k - 1] : -1;
    if (before >= 0 && a.mentions[before].end == k &&
        a.mentions[before].type == MentionType::kPerson)
      continue;
    if (country >= 0 && side + 1 < to && IsPunct(s.tokens[side + 1], ",")) return {k, country};
  }
  return {to, -1};
}

// "A and B were present from the Indian side", "C on the Hungarian side": each side a
// phrase "from|on the <state> side" names after the persons of [from, to) in sentence si,
// in order: where the phrase begins and ends, and that side's country entity.
std::vector<std::tuple<int, int, int>> SidesNamedAfter(const Analysis& a, int si, int from,
                                                       int to) {
  const Sentence& s = a.sentences[si];
  std::vector<std::tuple<int, int, int>> sides;
  for (int k = from + 1; k + 3 <= to; ++k) {
    const auto [country, side] = SidePhraseAt(a, si, k, to);
    if (country < 0) continue;
    // (after a person named since the last one; not one set off before the names it
    // opens: ", and, from the Guinean side, the Ambassador ...")
    const int last_end = sides.empty() ? from : std::get<1>(sides.back());
    if (IsPunct(s.tokens[k - 1], ",") || IsWord(s.tokens[k - 1], "and") ||
        EntitiesIn(a, si, last_end, k, false).empty())
      continue;
    sides.emplace_back(k, side + 1, country);
  }
  return sides;
}

// The one who chaired, attended or took part in a meeting that names no one else
// ("Vladimir Putin chaired a meeting with members of the Government", "took part in the
// 14th BRICS Summit"), and the sentence saying so; {-1, -1} without one.
std::pair<int, int> AttendedMeeting(const Analysis& a) {
  for (int si = 0; si < static_cast<int>(a.sentences.size()); ++si) {
    const Sentence& s = a.sentences[si];
    const int n = static_cast<int>(s.tokens.size());
    if ((s.bits & a.lists->meeting_phrase_heads) == 0) continue;
    for (int t = 0; t + 1 < n; ++t) {
      const std::string_view w = s.tokens[t].folded;
      int from = -1;  // where the meeting's words start
      if (w == "chaired" || w == "attended" || w == "held") from = t + 1;
      if ((w == "took" || w == "participated") && IsWord(s.tokens[t + 1], "part")) from = t + 2;
      if (w == "participated" && IsWord(s.tokens[t + 1], "in")) from = t + 2;
      if (from < 0) continue;
      if (FindInList(a, si, from, std::min(n, from + 8), a.lists->meeting_phrase_heads) < 0)
        continue;
      const std::vector<int> subject = SubjectPersons(a, si, ClauseStart(a, si, t), t, true);
      if (subject.size() == 1 && EntitiesIn(a, si, t + 1, n, false).empty())
        return {subject.front(), si};
    }
  }
  return {-1, -1};
}

// "Raisi was accompanied by Foreign Minister Hossein Amir-Abdollahian": an official at
// the side of one principal, with no affiliation of his own, shares the principal's country.
void ShareCountryWithCompanions(Analysis& a, const std::vector<int>& principals,
                                const std::vector<int>& companions, int si) {
  if (principals.size() != 1) return;
  const int country = CountryOfEntity(a, principals.front());
  if (country < 0) return;
  for (int companion : companions)
    if (IsTitledPerson(a, companion) && !RepresentsAnything(a, companion))
      AddRelation(a, RelationType::kRepresents, companion, country, -1, si, "companion-country");
}

// Whether `subject` called on those `met` ("paid a courtesy call on", "called on"), or,
// of another state, met one of the report's state in it ("PHNOM PENH - French Foreign
// Minister X met Cambodian Prime Minister Y"): they hosted him.
bool SubjectVisited(const Analysis& a, int subject, const std::vector<int>& met) {
  if (const int home_index = HomeCountry(a); home_index >= 0) {
    const int home = CountryEntityByIndex(a, home_index);
    const int visitor = CountryOfEntity(a, subject);
    if (home >= 0 && visitor >= 0 && visitor != home &&
        std::any_of(met.begin(), met.end(), [&](int e) { return CountryOfEntity(a, e) == home; }))
      return true;
  }
  return std::any_of(a.relations.begin(), a.relations.end(), [&](const RelationCandidate& r) {
    if (r.type != RelationType::kMetWith || (r.rule != "courtesy-visit" && r.rule != "called-on"))
      return false;
    const int other = r.source == subject ? r.target : r.target == subject ? r.source : -1;
    return other >= 0 && std::find(met.begin(), met.end(), other) != met.end();
  });
}

// Whether the audience's guests of different states met each other (a trilateral
// meeting, not separate ones).
bool GuestsMetEachOther(const Analysis& a) {
  for (std::size_t i = 0; i < a.guests.size(); ++i)
    for (std::size_t j = i + 1; j < a.guests.size(); ++j)
      if (CountryOfEntity(a, a.guests[i]) != CountryOfEntity(a, a.guests[j]) &&
          !MetEachOther(a, a.guests[i], a.guests[j]))
        return false;
  return a.guests.size() > 1;
}

// "Also present were A, B and C", "X also took part in the meeting", "held in the
// presence of A and B": extra participants join the report's meeting. With a known
// audience they sit on the host's side, unless they share a guest's country; without
// one they meet every participant who is not known to be their compatriot.
void AddPresentParticipants(Analysis& a) {
  const bool members_present = GuestsAreMembersOfABody(a);
  bool members_named = false;
  std::vector<int> meeting;
  std::map<int, int> met_since;  // participant -> the first sentence telling of a meeting
  int audience_at = -1;          // the first sentence telling of the report's audience
  int first_told = -1;           // the first sentence telling of any meeting
  auto is_guest = [&](int e) { return IsGuest(a, e); };
  for (const auto& r : a.relations) {
    if (r.type != RelationType::kMetWith) continue;
    if (first_told < 0 || r.sentence < first_told) first_told = r.sentence;
    for (int e : {r.source, r.target}) {
      if (std::find(meeting.begin(), meeting.end(), e) == meeting.end()) meeting.push_back(e);
      auto [it, added] = met_since.try_emplace(e, r.sentence);
      if (!added) it->second = std::min(it->second, r.sentence);
    }
    const bool audience =
        (r.source == a.host && is_guest(r.target)) || (r.target == a.host && is_guest(r.source));
    if (audience && (audience_at < 0 || r.sentence < audience_at))
      audience_at = r.sentence;
  }
  if (meeting.empty()) return;
  std::vector<int> host_side, guest_side;
  std::vector<int> neither_side;  // those present of a third international body
  std::vector<int> present_here;  // those a presence sentence has named
  // (of a meeting other than the audience: those named with its subject, and with the ones
  // it met)
  std::vector<int> present_with_subject, present_with_met;
  bool of_no_one_named = false;
  // The meeting other than the audience that those a sentence names present were at:
  // "The meeting was attended by ..." after one meeting and before the audience ("Later, X
  // received Y"), or one their own sentence tells of after a headline told of the audience
  // ("Al-Alimi meets UN envoy Grundberg, receives Saudi ambassador"; "al-Alimi met here
  // with Grundberg, in the presence of A and B"); {-1, {}} for the audience itself.
  auto meeting_other_than_audience = [&](int si) -> std::pair<int, std::vector<int>> {
    if (a.host < 0) return {-1, {}};
    // ("presented their letters of credence to President X, in a ceremony attended by A":
    // the meeting the presence's own sentence tells of)
    if (audience_at > si) return MeetingToldBefore(a, si, /*including=*/true);
    if (audience_at < si) {
      auto here = MeetingToldIn(a, si);
      // ("Later, the Father Amir received President Faye, in the presence of A": the one
      // named first, a third official, held it with the guest, whichever way round the
      // pair was found)
      if (here.first >= 0 && is_guest(here.first) && here.second.size() == 1 &&
          !is_guest(here.second.front()) && here.second.front() != a.host &&
          FirstNamedAt(a, si, here.second.front()) < FirstNamedAt(a, si, here.first))
        here = {here.second.front(), {here.first}};
      // ("Subsequently, X held a meeting with B. A and C were also present.": the meeting
      // the sentence right before told, when it is not the audience's, past sentences of
      // its paragraph that name no one, "They exchanged views on Sudan."; not "Both
      // meetings were attended by A")
      int before = si - 1;
      while (before - 1 > audience_at && !NamesAPerson(a, before) &&
             InOneParagraph(a, before - 1, si))
        --before;
      if (here.first < 0 && before > audience_at && !AtEveryMeeting(a, a.sentences[si]) &&
          !TellsOfLongAgo(a.sentences[before]))
        here = MeetingToldIn(a, before);
      // (not the audience told again, its host with a guest, nor one a guest held: "In a
      // separate session, the Minister of State sat down with the guest, in the presence
      // of A" is a third official's)
      const auto& [subject, met] = here;
      if (subject >= 0 && !is_guest(subject) &&
          !(subject == a.host && std::any_of(met.begin(), met.end(), is_guest)))
        return here;
    }
    return {-1, {}};
  };
  std::pair<int, std::vector<int>> other_meeting{-1, {}};
  bool every_meeting = false, this_meeting = false;
  // ("received, in separate meetings, A, B and C ... During his meeting with A, which was
  // attended by D": of several guests, those whose meeting the presence's sentence names)
  std::vector<int> guests_here;
  // ("Joining the European side were A and B": a side no state's adjective names is the
  // guests', an international body's)
  bool unnamed_side_here = false;
  auto joins_an_unnamed_side = [&](const Sentence& s, int from, int to) {
    int k = from < to && IsWord(s.tokens[from], "also") ? from + 1 : from;
    if (k + 3 >= to || !IsWord(s.tokens[k], "joining") || !IsWord(s.tokens[k + 1], "the"))
      return false;
    const Token& named = s.tokens[k + 2];
    return named.capitalized && Has(s, k + 3, a.lists->side_words) &&
           (s.mention_at[k + 2] < 0 ||
            a.mentions[s.mention_at[k + 2]].type != MentionType::kCountry);
  };
  auto add_present = [&](int si, int person, int side_country) {
    const int country = side_country >= 0 ? side_country : CountryOfEntity(a, person);
    if (of_no_one_named) {  // those present met each other, across their states
      for (int other : present_here)
        if (country < 0 || CountryOfEntity(a, other) != country)
          AddRelation(a, RelationType::kMetWith, person, other, -1, si, "present-at-meeting");
      present_here.push_back(person);
      return;
    }
    // (a participant of the meeting told of so far is no extra one; one who meets later,
    // "After the audience, A and B signed", still is)
    if (auto it = met_since.find(person); it != met_since.end() && it->second <= si) return;
    std::vector<int> others;
    const auto& [subject, met] = other_meeting;
    if (subject >= 0 && std::find(met.begin(), met.end(), a.host) != met.end()) {
      // a visitor's meeting with the host ("A message reached President Abbas, handed
      // over by the envoy"): those present sit with the host unless of the visitor's state
      const bool of_visitor = country >= 0 && CountryOfEntity(a, subject) == country;
      others = {of_visitor ? a.host : subject};
      if (!of_visitor) a.host_side.push_back(person);
    } else if (subject >= 0) {
      const bool of_guests = country >= 0 && std::any_of(met.begin(), met.end(), [&](int e) {
                               return CountryOfEntity(a, e) == country;
                             });
      // (with the subject, who hosted; but "X paid a farewell call on Y. Z was also
      // present": with the one called on, unless of the caller's state)
      const bool visited = SubjectVisited(a, subject, met);
      const bool with_subject =
          visited ? country >= 0 && CountryOfEntity(a, subject) == country : !of_guests;
      others = with_subject ? met : std::vector<int>{subject};
      if (with_subject != visited) a.host_side.push_back(person);
      // (and those named present before them on the other side: "Sitting in on the talks
      // were A, B and the Chinese ambassador C")
      auto& own = with_subject ? present_with_subject : present_with_met;
      const auto& across = with_subject ? present_with_met : present_with_subject;
      others.insert(others.end(), across.begin(), across.end());
      own.push_back(person);
    } else if (a.host >= 0) {
      // each side as it grows: the host and those present with him, the guests and
      // theirs ("From the Mauritanian side, the meeting was attended by ...")
      if (host_side.empty()) {
        host_side.push_back(a.host);
        guest_side = a.guests;
        for (int member : GuestSideMembers(a))
          if (std::find(guest_side.begin(), guest_side.end(), member) == guest_side.end())
            guest_side.push_back(member);
      }
      // one of the international body a guest serves sits with him ("the AU Commissioner
      // ... joined him for the meeting"), as one of the host's body sits with the host
      const bool international = country < 0 && ServesAnInternationalBody(a, person);
      bool of_guests = members_present || unnamed_side_here;
      members_named = members_named || members_present;
      for (int g : a.guests)
        of_guests = of_guests || (country >= 0 && CountryOfEntity(a, g) == country) ||
                    (international && ServeOneBody(a, person, g));
      // "the Special Representative of the Chairperson of the AU Commission also took
      // part": one of another international body sits on neither side and meets both
      // (and those of other bodies present before: "The Chair of the AU Panel and the UN
      // envoy joined the meeting by video link")
      if (international && !of_guests && !ServeOneBody(a, person, a.host)) {
        others = host_side;
        others.insert(others.end(), guest_side.begin(), guest_side.end());
        for (int other : neither_side)
          if (!ServeOneBody(a, person, other)) others.push_back(other);
        for (int other : others)
          AddRelation(a, RelationType::kMetWith, person, other, -1, si, "present-at-meeting");
        neither_side.push_back(person);
        return;
      }
      others = of_guests ? host_side : guest_side;
      // ("Fidan hosted A and B for a trilateral meeting ... as did Jordan's Ambassador C":
      // one of a guest's state meets the guests and their own of the other states too, when
      // the guests met each other; not at separate meetings)
      if (of_guests && country >= 0 && GuestsMetEachOther(a))
        for (int other : guest_side)
          if (const int state = CountryOfEntity(a, other); state >= 0 && state != country)
            others.push_back(other);
      // (those of a third body present before met each side's later ones too)
      others.insert(others.end(), neither_side.begin(), neither_side.end());
      if (!of_guests && !guests_here.empty() && guests_here.size() < a.guests.size())
        others = guests_here;
      // "The head of state then met with B. C joined this meeting": the one told last
      if (!of_guests && this_meeting)
        if (auto [told_subject, told_met] = MeetingToldBefore(a, si);
            told_subject == a.host && !told_met.empty())
          others = std::move(told_met);
      // "A and B attended all three meetings": the host's side meets everyone the host
      // met; a guest's compatriot, everyone that guest met
      if (every_meeting) {
        std::vector<int> principals;
        if (!of_guests) principals.push_back(a.host);
        for (int g : a.guests)
          if (of_guests && CountryOfEntity(a, g) == country) principals.push_back(g);
        for (int principal : principals)
          for (int other : MetPartners(a, principal, si))
            if (other != person && a.entities[other].type == EntityType::kPerson &&
                std::find(others.begin(), others.end(), other) == others.end() &&
                (country < 0 || CountryOfEntity(a, other) != country))
              others.push_back(other);
      }
      (of_guests ? guest_side : host_side).push_back(person);
      if (!of_guests) {
        a.host_side.push_back(person);
        // ("Participating in the meeting were Minister of Finance B": the host's minister,
        // now, before a later stage places him by a guess; FindHostSideCountries places
        // those whose host is placed later)
        ShareCountryWithCompanions(a, {a.host}, {person}, si);
      }
    } else {
      for (int other : meeting)
        if (a.entities[other].type == EntityType::kPerson &&
            (country < 0 || CountryOfEntity(a, other) != country))
          others.push_back(other);
      // and those named present before them of another known state
      for (int other : present_here)
        if (country >= 0 && CountryOfEntity(a, other) >= 0 && CountryOfEntity(a, other) != country)
          others.push_back(other);
      present_here.push_back(person);
    }
    for (int other : others)
      AddRelation(a, RelationType::kMetWith, person, other, -1, si, "present-at-meeting");
  };
  // (those listed at a meeting one person chaired before any other is told, "Taking part
  // in the meeting were A and B", are AddListedParticipants', not at one told later: "we
  // all watched your meeting with X")
  int chaired_at = -2;  // (looked up only for a presence sentence before any meeting)
  for (int si = 0; si < static_cast<int>(a.sentences.size()); ++si) {
    const Sentence& s = a.sentences[si];
    // (a cue word, or the meeting's noun: "Also at the meeting were A and B")
    if ((s.bits & (a.lists->presence_cue_words | a.lists->side_words)) == 0 &&
        ((s.bits & a.lists->meeting_phrase_heads) == 0 || !NamesThoseAtTheMeeting(a, s)))
      continue;
    if (si < first_told) {
      if (chaired_at == -2) chaired_at = AttendedMeeting(a).second;
      if (chaired_at >= 0 && chaired_at <= si) continue;
    }
    const int n = static_cast<int>(s.tokens.size());
    present_here.clear();
    present_with_subject.clear();
    present_with_met.clear();
    of_no_one_named = MeetingOfNoOneNamed(a, si);
    other_meeting = meeting_other_than_audience(si);
    every_meeting = AtEveryMeeting(a, s);
    this_meeting = NamesThisMeeting(a, s);
    // "The Somali President was accompanied by A, while B joined the talks": each clause
    // tells who was present in it (not ";", which separates the names of one list)
    for (int begin = 0, i = 0; i <= n; ++i) {
      if (i < n && !IsWord(s.tokens[i], "while") && !IsWord(s.tokens[i], "whereas")) continue;
      if (const auto [from, to] = PresentNames(a, si, begin, i); from >= 0) {
        unnamed_side_here = a.host >= 0 && joins_an_unnamed_side(s, from, to);
        guests_here.clear();
        for (int k = 1; k + 1 < n; ++k)
          if (IsWord(s.tokens[k], "with") && Has(s, k - 1, a.lists->meeting_phrase_heads))
            if (const int m = MentionAt(a, si, k + 1);
                m >= 0 && IsGuest(a, a.mentions[m].entity) &&
                std::find(guests_here.begin(), guests_here.end(), a.mentions[m].entity) ==
                    guests_here.end())
              guests_here.push_back(a.mentions[m].entity);
        // ("A, and, on the Japanese side, B and C": those after the side's name are of it)
        const auto [side_at, side_country] = SideNamedWithin(a, si, from, to);
        // ("A and B were present from the Indian side", "A and B joined the talks from the
        // Kyrgyz side, and C from the Hungarian side": those before a side's name are of it)
        // (only those joined by "and" right before it: not "attended by A, and by B, with C
        // present on the Italian side")
        std::map<int, int> side_of;  // person -> the side's country a phrase after it names
        int named_from = from;
        for (const auto& [side_begin, side_end, country] : SidesNamedAfter(a, si, from, side_at)) {
          for (int person : SubjectPersons(a, si, named_from, side_begin, /*nearest=*/true))
            side_of.emplace(person, country);
          named_from = side_end;
        }
        for (int person : PersonsOutsideRelativeClauses(a, si, from, side_at)) {
          const auto it = side_of.find(person);
          add_present(si, person, it == side_of.end() ? -1 : it->second);
        }
        for (int person : PersonsOutsideRelativeClauses(a, si, side_at, to))
          add_present(si, person, side_country);
      }
      begin = i + 1;
    }
  }
  // the body's members named, the body is no longer a side of its own
  if (members_named)
    std::erase_if(a.relations, [&](const RelationCandidate& r) {
      if (r.type != RelationType::kMetWith || (r.source != a.host && r.target != a.host))
        return false;
      const int other = r.source == a.host ? r.target : r.source;
      return IsGuest(a, other);
    });
}

// "Vladimir Putin chaired a meeting with members of the Government. Taking part in the
// meeting were A, B and C": those listed met the one who chaired it. At a summit, where
// those listed are of several states ("took part in the BRICS Summit ... A, B and C are
// also taking part in the meeting"), everyone met everyone of another state.
void AddListedParticipants(Analysis& a) {
  const auto [principal, first] = AttendedMeeting(a);
  if (principal < 0) return;
  std::vector<int> listed;
  int si_listed = -1;
  for (int si = first; si < static_cast<int>(a.sentences.size()); ++si) {
    if ((a.sentences[si].bits & a.lists->presence_cue_words) == 0) continue;
    const auto [from, to] =
        PresentNames(a, si, 0, static_cast<int>(a.sentences[si].tokens.size()));
    if (from < 0) continue;
    for (int person : EntitiesIn(a, si, from, to, false))
      if (person != principal && std::find(listed.begin(), listed.end(), person) == listed.end()) {
        listed.push_back(person);
        si_listed = si;
      }
  }
  // (a meeting told by then is the one those listed attended)
  if (listed.empty() ||
      std::any_of(a.relations.begin(), a.relations.end(), [&](const RelationCandidate& r) {
        return r.type == RelationType::kMetWith && r.sentence <= si_listed;
      }))
    return;
  std::set<int> states;
  for (int person : listed)
    if (const int country = CountryOfEntity(a, person); country >= 0) states.insert(country);
  if (states.size() < 2) {
    for (int person : listed)
      AddRelation(a, RelationType::kMetWith, principal, person, -1, si_listed, "listed-present");
    return;
  }
  listed.insert(listed.begin(), principal);
  for (std::size_t i = 0; i < listed.size(); ++i)
    for (std::size_t j = i + 1; j < listed.size(); ++j) {
      const int ci = CountryOfEntity(a, listed[i]), cj = CountryOfEntity(a, listed[j]);
      if (ci < 0 || ci != cj)
        AddRelation(a, RelationType::kMetWith, listed[i], listed[j], -1, si_listed,
                    "listed-present");
    }
}

// "the AU official", "the guest", "the envoy": the report's guest named by a description in
// [from, to) of sentence si.
bool NamesTheGuestByDescription(const Analysis& a, int si, int from, int to) {
  const Sentence& s = a.sentences[si];
  for (int k = from; k < to; ++k)
    if (IsGuestWord(s.tokens[k]) || (IsWord(s.tokens[k], "official") && k > from &&
                                     (s.mention_at[k - 1] >= 0 || IsWord(s.tokens[k - 1], "the"))))
      return true;
  return false;
}

// "the visiting delegation", "the guests" in [from, to) of sentence si.
bool NamesAGroupOfGuests(const Analysis& a, int si, int from, int to) {
  const Sentence& s = a.sentences[si];
  for (int k = from; k < to; ++k)
    if (IsGuestWord(s.tokens[k]) || IsWord(s.tokens[k], "visiting")) return true;
  return false;
}

// "President Hichilema's delegation comprised B" (or "included", "consisted of"; or his
// "team"; "led a delegation that included B"), "X, at the head of a parliamentary delegation
// including B", "The seven-member delegation, which is in Kenya on a visit, included B" with the
// verb at k: the token the members come after, or -1 when it is not a person's delegation that the
// verb makes up. The delegation's head is named before it, or is the report's (`has_head`: "the").
int PersonsDelegationMadeUpOf(const Sentence& s, int segment, int k, bool has_head) {
  static const WordSet kMadeUp = {"comprised", "included", "consisted", "comprising",
                                  "including"};
  static const WordSet kHeading = {"head", "heading", "leading", "led", "headed"};
  const std::string_view verb = s.tokens[k].folded;
  if (!kMadeUp.contains(verb)) return -1;
  int d = k - 1;
  if (d > segment && IsWord(s.tokens[d], "also")) --d;
  // ("led a delegation that included B")
  if (d > segment && (IsWord(s.tokens[d], "that") || IsWord(s.tokens[d], "which"))) --d;
  // (past a relative clause set off by commas: ", which is in Kenya on a visit,")
  if (d > segment && IsPunct(s.tokens[d], ",")) {
    int open = d - 1;
    while (open > segment && !IsPunct(s.tokens[open], ",")) --open;
    if (open > segment && open + 1 < d &&
        (IsWord(s.tokens[open + 1], "which") || IsWord(s.tokens[open + 1], "who")))
      d = open - 1;
  }
  if (d <= segment || !(IsWord(s.tokens[d], "delegation") || IsWord(s.tokens[d], "team")))
    return -1;
  bool headed = IsPossessive(s.tokens[d - 1]);
  for (int h = d - 1; h >= std::max(segment, d - 4) && !headed; --h)
    headed = kHeading.contains(s.tokens[h].folded);
  // ("The delegation", "The seven-member delegation": the one the report said who led;
  // at most two words from the clause's "The" to "delegation")
  headed = headed || (has_head && d - segment <= 3 && IsWord(s.tokens[segment], "the"));
  if (!headed) return -1;
  if (verb == "consisted") return k + 1 < static_cast<int>(s.tokens.size()) &&
                                          IsWord(s.tokens[k + 1], "of") ? k + 1 : -1;
  return k;
}

// "The delegation included B" in [from, to) of sentence si, no head of it named: the
// delegation of the report's one guest ("X and his accompanying delegation"), unless the
// words name a state or a body ("The Kuwaiti delegation": maybe the host's).
bool GuestsDelegation(const Analysis& a, int si, int from, int to) {
  return a.guests.size() == 1 && EntitiesIn(a, si, from, to, true).empty();
}

// "joined the two prime ministers", "joined both leaders", "joined them", "The two ministers
// were joined by", "We were joined by": whether [from, to) of sentence s opens with the two
// sides of the meeting told before.
bool NamesTheTwoSides(const Sentence& s, int from, int to) {
  int k = from;
  if (k < to &&
      (IsWord(s.tokens[k], "them") || IsWord(s.tokens[k], "they") || IsWord(s.tokens[k], "we")))
    return true;
  if (k < to && IsWord(s.tokens[k], "the")) ++k;
  if (!(k < to && (IsWord(s.tokens[k], "two") || IsWord(s.tokens[k], "both")))) return false;
  constexpr int kTitleWords = 3;  // ("the two prime ministers", "both heads of state")
  for (int j = k + 1; j < std::min(to, k + 1 + kTitleWords); ++j)
    if (IsPluralWord(s.tokens[j].folded)) return true;
  return false;
}

// A companion of sentence si at the side of leaders[own] (the host's side, if he is the
// host) meets the other leader.
void SitWith(Analysis& a, int si, const std::array<int, 2>& leaders, int own, int companion) {
  if (leaders[own] == a.host) a.host_side.push_back(companion);
  AddRelation(a, RelationType::kMetWith, companion, leaders[1 - own], -1, si, "accompanied");
}

// "Foreign Minister A and his Egyptian counterpart, B, joined the two prime ministers": each
// companion sits with the one of the two of his state (or, his state unknown, when the two
// are `counterparts`, across from the other's; in the order named), and meets the other side.
void JoinTheTwoSides(Analysis& a, int si, const std::vector<int>& companions, bool counterparts) {
  const auto [subject, met] = MeetingToldBefore(a, si);
  if (subject < 0 || met.size() != 1 || companions.empty() || companions.size() > 4) return;
  const std::array<int, 2> leaders = {subject, met.front()};
  const std::array<int, 2> states = {CountryOfEntity(a, subject), CountryOfEntity(a, met.front())};
  std::vector<int> side(companions.size(), -1);  // 0: the subject's, 1: the other's
  for (std::size_t c = 0; c < companions.size(); ++c)
    if (const int state = CountryOfEntity(a, companions[c]); state >= 0)
      for (int l = 0; l < 2; ++l)
        if (states[l] == state && states[1 - l] != state) side[c] = l;
  if (companions.size() == 2 && counterparts) {  // ("A and his counterpart, B")
    if (side[0] < 0 && side[1] < 0)
      side = {0, 1};
    else if (side[0] < 0)
      side[0] = 1 - side[1];
    else if (side[1] < 0)
      side[1] = 1 - side[0];
  }
  for (std::size_t c = 0; c < companions.size(); ++c) {
    if (side[c] < 0) continue;
    SitWith(a, si, leaders, side[c], companions[c]);
    for (std::size_t d = c + 1; d < companions.size(); ++d)
      if (side[d] >= 0 && side[d] != side[c])
        AddRelation(a, RelationType::kMetWith, companions[c], companions[d], -1, si, "accompanied");
  }
}

// "A held talks with B at the ministry, joined by C and D" (C, A's compatriot or of A's
// body; D, B's): each companion of sentence si who shares a state or a body with just one
// of the two meets the other. Returns the companions it placed on no side.
std::vector<int> JoinTheirOwnSide(Analysis& a, int si, const std::vector<int>& companions) {
  const auto [subject, met] = MeetingToldIn(a, si);
  if (subject < 0 || met.size() != 1) return companions;
  const std::array<int, 2> leaders = {subject, met.front()};
  auto shares = [&](int companion, int leader) {
    const int state = CountryOfEntity(a, companion);
    return (state >= 0 && state == CountryOfEntity(a, leader)) ||
           ServeOneBody(a, companion, leader);
  };
  std::vector<int> unplaced;
  for (int companion : companions) {
    const bool with_subject = shares(companion, leaders[0]),
               with_met = shares(companion, leaders[1]);
    // ("Dr Al Zayani then received Mr Di Maio ..., joined by the Undersecretary for
    // Political Affairs, C": tied to nothing, one who joins a host and his guest joins the
    // host, at home)
    const bool tied_to_nothing =
        CountryOfEntity(a, companion) < 0 &&
        std::none_of(a.mentions.begin(), a.mentions.end(), [&](const Mention& m) {
          return m.entity == companion && !m.affiliations.empty();
        });
    if (!with_subject && !with_met && subject == a.host && tied_to_nothing &&
        IsGuest(a, met.front())) {
      SitWith(a, si, leaders, 0, companion);
      continue;
    }
    if (with_subject == with_met) {
      unplaced.push_back(companion);
      continue;
    }
    SitWith(a, si, leaders, with_subject ? 0 : 1, companion);
  }
  return unplaced;
}

// "accompanied by the Minister of Trade, Mr A; and the Minister of Energy, Mr B": whether
// what follows the ";" at token i of s, up to the next ";" or the sentence's end, is one
// more item of a list (names, titles and their little words), not a clause with a verb.
bool ListGoesOnAfter(const Sentence& s, int i) {
  static const WordSet kListWords = {"the", "of", "and", "for", "to", "in", "on", "at", "a", "an"};
  const int n = static_cast<int>(s.tokens.size());
  bool named = false;
  for (int k = i + 1; k < n && !IsPunct(s.tokens[k], ";"); ++k) {
    const Token& t = s.tokens[k];
    if (t.shape == TokenShape::kPunct || t.capitalized || s.mention_at[k] >= 0) {
      named = named || s.mention_at[k] >= 0;
      continue;
    }
    if (!kListWords.contains(t.folded)) return false;
  }
  return named;
}

// Whether [from, to) of s, between "accompanied" and "by", says at every meeting: "at all
// of them", "in all his meetings", "throughout".
bool SaysThroughout(const Sentence& s, int from, int to) {
  for (int k = from; k < to; ++k)
    if (IsWord(s.tokens[k], "all") || IsWord(s.tokens[k], "throughout") ||
        IsWord(s.tokens[k], "each") || IsWord(s.tokens[k], "every"))
      return true;
  return false;
}

// "Jaishankar was joined at the talks by A and B, while Wong was accompanied by C":
// companions sit on their principal's side and meet whomever the principal met.
void AddCompanions(Analysis& a) {
  // whom a person met in the meetings the report has told of by sentence `si` (a meeting
  // reported later, "Wong later called on Modi", is not the one the companions attended)
  // (but those a later sentence names present at the audience of a host or guest were
  // at the meeting the companions attended: "X was accompanied by B. On the Senegalese
  // side, the talks were attended by C")
  // (only the meeting their own sentence tells, when it tells one of that person: "Dr Al
  // Zayani then received Mr Di Maio, joined by A and by B" is not the morning's audience)
  const auto in_audience = [&](int person) { return person == a.host || IsGuest(a, person); };
  const auto involves = [](const RelationCandidate& r, int person) {
    return r.type == RelationType::kMetWith && (r.source == person || r.target == person);
  };
  auto partners_of = [&](int person, int si) {
    const bool told_here = std::any_of(a.relations.begin(), a.relations.end(), [&](const auto& r) {
      return r.sentence == si && involves(r, person) && TellsAMeeting(r) && r.rule != "sides";
    });
    // (told in an earlier sentence: those of the latest sentence that tells one of the
    // person's meetings, "Earlier in the day, Hossain and Deuba held delegation-level talks.
    // The Bangladeshi delegation comprised B", not his audience told before it)
    int latest = -1;
    if (!told_here)
      for (const auto& r : a.relations)
        if (involves(r, person) && TellsAMeeting(r) && r.rule != "sides" &&
            TellingSentence(r) <= si)
          latest = std::max(latest, TellingSentence(r));
    std::vector<int> out;
    for (const auto& r : a.relations) {
      if (!involves(r, person)) continue;
      const bool present = r.rule == "present-at-meeting" || r.rule == "sides";
      // (and whom the whole delegation met later: "The delegation later held a working
      // session with X")
      const bool by_delegation =
          std::find(a.delegation_meetings.begin(), a.delegation_meetings.end(), r.sentence) !=
          a.delegation_meetings.end();
      const bool before =
          told_here ? r.sentence == si : r.sentence <= si && TellingSentence(r) >= latest;
      if (before || (present && in_audience(person) && r.sentence > si) || by_delegation)
        out.push_back(r.source == person ? r.target : r.source);
    }
    return out;
  };
  auto all_partners_of = [&](int person) {
    std::vector<int> out;
    for (const auto& r : a.relations)
      if (involves(r, person) && (TellsAMeeting(r) || r.rule == "present-at-meeting"))
        out.push_back(r.source == person ? r.target : r.source);
    return out;
  };
  for (int si = 0; si < static_cast<int>(a.sentences.size()); ++si) {
    const Sentence& s = a.sentences[si];
    const int n = static_cast<int>(s.tokens.size());
    // "With Al-Nuwairi were Libyan MPs A and B", "Accompanying Koshanov were A and B",
    // "Joining Al Ghanim were A and B", "Sitting with Boughali were A and B", "Sitting
    // beside the Head of State were A and B": the companions of the one named after it
    int named = s.dateline_end + 1;  // where that one's name starts
    if (named + 1 < n &&
        (IsWord(s.tokens[named - 1], "sitting") || IsWord(s.tokens[named - 1], "seated")) &&
        (IsWord(s.tokens[named], "with") || IsWord(s.tokens[named], "beside") ||
         IsWord(s.tokens[named], "alongside")))
      ++named;
    const int opener = named - 1;  // "with", "beside", "accompanying" or "joining"
    // ("With Dr. Touray were A and B", "Sitting beside the Head of State were", "Sitting
    // with the Vice President were", "Joining the President were", and, opening the
    // sentence, "With the American commander were": past the honorific or article)
    if (named + 1 < n && IsWord(s.tokens[named], "the") &&
        (IsWord(s.tokens[named - 1], "beside") || IsWord(s.tokens[named - 1], "alongside") ||
         IsWord(s.tokens[named - 1], "joining") || IsWord(s.tokens[named - 1], "accompanying") ||
         (IsWord(s.tokens[named - 1], "with") &&
          (named - 1 == s.dateline_end ||
           (named >= 2 &&
            (IsWord(s.tokens[named - 2], "sitting") || IsWord(s.tokens[named - 2], "seated")))))))
      ++named;
    while (named + 1 < n && s.tags[named].kind == TokenTag::kHonorific && s.mention_at[named] < 0)
      named += std::max<int>(1, s.tags[named].length);
    const bool with_opening =
        named + 2 < n &&
        (IsWord(s.tokens[opener], "with") || IsWord(s.tokens[opener], "accompanying") ||
         IsWord(s.tokens[opener], "joining") || IsWord(s.tokens[opener], "beside") ||
         IsWord(s.tokens[opener], "alongside")) &&
        s.mention_at[named] >= 0;
    if ((s.bits & a.lists->companion_cue_words) == 0 && !with_opening) continue;
    int segment = 0;
    for (int i = 0; i <= n; ++i) {
      const bool cut = i == n || IsWord(s.tokens[i], "while") || IsWord(s.tokens[i], "whereas") ||
                       (IsPunct(s.tokens[i], ";") && !ListGoesOnAfter(s, i));
      if (!cut) continue;
      int cue = -1, by = -1;
      bool delegation_made_up = false;  // "The delegation ... included B"
      for (int k = segment; k < i && cue < 0; ++k) {
        if (!Has(s, k, a.lists->companion_cue_words)) continue;  // accompanied, joined, flanked
        // "The Mediator came with B", "The Liberian leader had with him B", "The envoy
        // travelled with B": only with "with" (or "had at his side")
        // ("General Doumbouya had at his side B")
        const bool at_side = IsWord(s.tokens[k], "had") && k + 4 < i && OnesSideAt(s, k + 1);
        if (at_side) {
          by = k + 3;
        } else if (IsWord(s.tokens[k], "brought") && k + 2 < i &&
                   IsWord(s.tokens[k + 1], "along")) {
          by = k + 1;  // "X brought along B, Minister of Industry"
        } else if (IsWord(s.tokens[k], "came") || IsWord(s.tokens[k], "had") ||
                   IsWord(s.tokens[k], "travelled") || IsWord(s.tokens[k], "traveled")) {
          // ("The envoy came in with B")
          const int with = k + 2 < i && IsWord(s.tokens[k], "came") && IsWord(s.tokens[k + 1], "in")
                               ? k + 2
                               : k + 1;
          if (with >= i || !IsWord(s.tokens[with], "with")) continue;
          by = with + 1 < i &&
                       (IsWord(s.tokens[with + 1], "him") || IsWord(s.tokens[with + 1], "her"))
                   ? with + 1
                   : with;
        } else if (const int made_up = PersonsDelegationMadeUpOf(
                       s, segment, k,
                       a.delegation_head >= 0 || GuestsDelegation(a, si, segment, k));
                   made_up >= 0) {
          by = made_up;  // "President Hichilema's delegation comprised B and C"
          delegation_made_up = true;
        } else if (IsWord(s.tokens[k], "part")) {
          // "The Ambassador of Russia, X, was part of the visiting delegation"
          if (!(k > 0 && (IsWord(s.tokens[k - 1], "was") || IsWord(s.tokens[k - 1], "were")) &&
                k + 1 < i && IsWord(s.tokens[k + 1], "of")))
            continue;
        } else if (IsWord(s.tokens[k], "sat")) {
          // "B, Minister of Foreign Affairs, sat with the President": at his side
          if (!(k + 1 < i &&
                (IsWord(s.tokens[k + 1], "with") || IsWord(s.tokens[k + 1], "beside"))))
            continue;
        } else if (IsWord(s.tokens[k], "assisted") || IsWord(s.tokens[k], "supported")) {
          // "The minister was assisted by B", "President X was supported by B": as
          // "accompanied by" (not "Japan assisted C", "the plan was supported by Kenya")
          const bool passive =
              k > segment && (IsWord(s.tokens[k - 1], "was") || IsWord(s.tokens[k - 1], "were"));
          if (!(k + 1 < i && IsWord(s.tokens[k + 1], "by") &&
                (passive || IsWord(s.tokens[k], "assisted"))))
            continue;
        } else if (!IsWord(s.tokens[k], "accompanied") && !IsWord(s.tokens[k], "joined") &&
                   !IsWord(s.tokens[k], "flanked")) {
          continue;
        }
        cue = k;
      }
      int were = -1;  // of a sentence opening "With X were"
      if (cue < 0 && with_opening && segment == 0)
        for (int k = named + 1; k < std::min(i, named + 9) && were < 0; ++k)
          if (IsWord(s.tokens[k], "were") || IsWord(s.tokens[k], "was")) were = k;
      if (cue >= 0 || were >= 0) {
        for (int k = cue + 1; cue >= 0 && k < std::min(i, cue + 6) && by < 0; ++k)
          if (IsWord(s.tokens[k], "by")) by = k;
        std::vector<int> principals, companions;
        if (were >= 0) {
          principals = EntitiesIn(a, si, named, were, false);
          companions = EntitiesIn(a, si, were + 1, i, false);
        } else if (by >= 0) {  // "X was accompanied by B", "assisted by B"
          const bool accompanied = IsWord(s.tokens[cue], "accompanied") ||
                                   IsWord(s.tokens[cue], "assisted") ||
                                   IsWord(s.tokens[cue], "supported");
          principals = SubjectPersons(a, si, segment, cue, true);
          // ("A met B at the ministry, where she was joined by C": a subject pronoun right
          // before the cue stands for the sentence's subject, not the nearest name)
          for (int k = std::max(segment + 1, cue - 3); k < cue; ++k)
            if (IsWord(s.tokens[k], "he") || IsWord(s.tokens[k], "she")) {
              if (auto subject = SubjectPersons(a, si, segment, k, false); !subject.empty())
                principals = std::move(subject);
              break;
            }
          // ("talks between A and Mr. B, who was accompanied by C": the one "who" stands
          // for, not all those coordinated with him)
          if (principals.size() > 1)
            for (int k = cue - 1; k > segment + 1; --k)
              if (IsWord(s.tokens[k], "who") && IsPunct(s.tokens[k - 1], ",")) {
                if (const int m = MentionAt(a, si, k - 2);
                    m >= 0 && a.mentions[m].entity >= 0 &&
                    a.entities[a.mentions[m].entity].type == EntityType::kPerson)
                  principals = {a.mentions[m].entity};
                break;
              }
          // "He was accompanied by B": the one the report is about
          if (principals.empty() && HasPersonPronoun(a, si, segment, cue))
            if (const int salient = SalientPerson(a, si); salient >= 0) principals = {salient};
          // ("The envoy, who was accompanied by B, delivered a message from C": up to the
          // relative clause's end)
          // (not a list of portfolios: "head of political affairs, peace and security, B")
          // (nor the other side's list after it: "..., and the Cuban side included B")
          auto list_ends_at = [&](int k) {
            if (!IsPunct(s.tokens[k], ",")) return false;
            if (k + 3 < i && IsWord(s.tokens[k + 1], "and") && IsWord(s.tokens[k + 2], "the") &&
                (Has(s, k + 3, a.lists->side_words) ||
                 (k + 4 < i && Has(s, k + 4, a.lists->side_words))))
              return true;
            return s.tokens[k + 1].shape == TokenShape::kWord && !s.tokens[k + 1].capitalized &&
                   !IsWord(s.tokens[k + 1], "and") && !IsWord(s.tokens[k + 1], "who") &&
                   !IsWord(s.tokens[k + 1], "which") && !Has(s, k + 1, a.lists->determiners) &&
                   s.mention_at[k + 1] < 0 && s.tags[k + 1].kind == TokenTag::kNone &&
                   !(k + 2 < i && IsWord(s.tokens[k + 2], "and"));
          };
          int end = i;
          for (int k = by + 2; k + 1 < i && end == i; ++k)
            if (list_ends_at(k)) end = k;
          companions = PersonsOutsideRelativeClauses(a, si, by + 1, end, /*which_too=*/true);
          // "B, Minister of Reconciliation, and C travelled with Mr. Diop": those who came
          // with one of the audience are the subjects
          const bool with_one_of_audience =
              !accompanied && !companions.empty() &&
              std::all_of(companions.begin(), companions.end(), in_audience) &&
              !principals.empty() &&
              std::none_of(principals.begin(), principals.end(), in_audience);
          if (with_one_of_audience)
            principals = std::exchange(companions, EntitiesIn(a, si, segment, cue, false));
          // ("B travelled with the AU official": with the guest, named by a description)
          if (companions.empty() && !accompanied && !a.guests.empty() &&
              NamesTheGuestByDescription(a, si, by + 1, end) &&
              std::none_of(principals.begin(), principals.end(), in_audience))
            companions = std::exchange(principals, a.guests);
          // "The visiting delegation was accompanied by B": the guests the report received
          if (principals.empty() && NamesAGroupOfGuests(a, si, segment, cue)) principals = a.guests;
          // "The two ministers were joined by A and B", "We were joined by A"
          if (principals.empty() && IsWord(s.tokens[cue], "joined") &&
              NamesTheTwoSides(s, segment, cue)) {
            JoinTheTwoSides(a, si, companions, /*counterparts=*/false);
            companions.clear();
          }
          // "A held talks with B at the ministry, joined by C and D": each sits with the one
          // of the two he shares a state or a body with
          if (IsWord(s.tokens[cue], "joined") && cue > segment && IsPunct(s.tokens[cue - 1], ","))
            companions = JoinTheirOwnSide(a, si, companions);
          // "The delegation, which ..., included B": its head; with no head named, the one
          // guest (who came "with his accompanying delegation"), unless a state is named
          // ("The Kuwaiti delegation included": maybe the host's)
          if (principals.empty() && delegation_made_up) {
            if (a.delegation_head >= 0)
              principals = {a.delegation_head};
            else if (GuestsDelegation(a, si, segment, cue))
              principals = a.guests;
          }
        } else {
          if (segment == 0 && SubjectPersons(a, si, 0, cue, false).size() == 1) {
            // "B, State Minister, and C, Ambassador, accompanied the envoy": everyone
            // named before the verb, roles between them (not clauses about them)
            companions = PersonsOutsideRelativeClauses(a, si, 0, cue);
          } else {  // "B joined the Chairperson"
            companions = SubjectPersons(a, si, segment, cue, true);
          }
          principals = EntitiesIn(a, si, cue + 1, i, false);
          if (principals.empty() && IsWord(s.tokens[cue], "joined") &&
              NamesTheTwoSides(s, cue + 1, i)) {
            JoinTheTwoSides(a, si, companions, FindWord(s, segment, cue, "counterpart") >= 0);
            companions.clear();
          }
          // ("Her Deputy, B, joined her": the one the report is about)
          if (principals.empty() && cue + 1 < i &&
              (IsWord(s.tokens[cue + 1], "him") || IsWord(s.tokens[cue + 1], "her")))
            if (const int salient = SalientPerson(a, si);
                salient >= 0 &&
                std::find(companions.begin(), companions.end(), salient) == companions.end())
              principals = {salient};
          // "the Russian ambassador and the military attache accompanied the visiting deputy
          // minister", "X was part of the visiting delegation": the guests, when they are
          // of the guests' state (not the hosts' officials who "accompanied the visiting
          // delegation on a tour")
          if (principals.empty() && NamesAGroupOfGuests(a, si, cue + 1, i) && !a.guests.empty()) {
            const int guests_country = CountryOfEntity(a, a.guests.front());
            const bool theirs = guests_country >= 0 &&
                                std::all_of(companions.begin(), companions.end(), [&](int c) {
                                  return CountryOfEntity(a, c) == guests_country;
                                });
            if (theirs) principals = a.guests;
          }
        }
        ShareCountryWithCompanions(a, principals, companions, si);
        // ("He was accompanied at all of them by B", "in all his meetings by B": at every
        // meeting the report tells of the principal, those told after too)
        const bool throughout = by > cue && SaysThroughout(s, cue + 1, by);
        for (int principal : principals) {
          if (principal == a.host)
            a.host_side.insert(a.host_side.end(), companions.begin(), companions.end());
          for (int partner : throughout ? all_partners_of(principal) : partners_of(principal, si))
            for (int companion : companions)
              if (companion != partner &&
                  std::find(principals.begin(), principals.end(), partner) == principals.end())
                AddRelation(a, RelationType::kMetWith, companion, partner, -1, si, "accompanied");
        }
      }
      segment = i + 1;
    }
  }
}

// "Volodin and the accompanying delegation were received by the Amir": the members of X's
// delegation the report named at an earlier meeting (those who met whom X met there, never
// X himself) met whom X met in this sentence.
void AddAccompanyingDelegations(Analysis& a) {
  for (int si = 0; si < static_cast<int>(a.sentences.size()); ++si) {
    const Sentence& s = a.sentences[si];
    if ((s.bits & a.lists->side_words) == 0) continue;  // (no "delegation")
    const int n = static_cast<int>(s.tokens.size());
    for (int k = 1; k + 3 < n; ++k) {
      const bool accompanying =
          IsWord(s.tokens[k], "and") &&
          (IsWord(s.tokens[k + 1], "the") || IsWord(s.tokens[k + 1], "his") ||
           IsWord(s.tokens[k + 1], "her")) &&
          ((IsWord(s.tokens[k + 2], "accompanying") && IsWord(s.tokens[k + 3], "delegation")) ||
           (IsWord(s.tokens[k + 2], "delegation") && IsWord(s.tokens[k + 3], "accompanying")));
      const int m = accompanying ? s.mention_at[k - 1] : -1;
      if (m < 0 || a.mentions[m].entity < 0) continue;
      const int head = a.mentions[m].entity;
      std::vector<int> before, here;  // whom X met before this sentence, and in it
      for (const RelationCandidate& r : a.relations) {
        if (r.type != RelationType::kMetWith || (r.source != head && r.target != head) ||
            r.sentence > si)
          continue;
        (r.sentence < si ? before : here).push_back(r.source == head ? r.target : r.source);
      }
      auto met_before = [&](int e) {
        return std::find(before.begin(), before.end(), e) != before.end();
      };
      std::vector<int> members;
      for (const RelationCandidate& r : a.relations) {
        if (r.type != RelationType::kMetWith || r.sentence >= si) continue;
        for (auto [e, other] : {std::pair{r.source, r.target}, std::pair{r.target, r.source}})
          if (e != head && !met_before(e) && met_before(other) &&
              a.entities[e].type == EntityType::kPerson &&
              std::find(members.begin(), members.end(), e) == members.end())
            members.push_back(e);
      }
      for (int member : members)
        for (int partner : here)
          if (partner != member)
            AddRelation(a, RelationType::kMetWith, member, partner, -1, si, "accompanied");
    }
  }
}

// "to follow up on their substantive meeting in St Petersburg", "as a follow-up to the
// talks held in Sochi": a call recalls an earlier meeting of its two principals, which
// took place. Not "their telephone conversation", not "their next meeting".
void AddRecalledMeetings(Analysis& a) {
  static const WordSet kMeetingNouns = {"meeting", "meetings", "talks", "summit", "negotiations",
                                        "audience", "visit"};
  for (int si = 0; si < static_cast<int>(a.sentences.size()); ++si) {
    const Sentence& s = a.sentences[si];
    if ((s.bits & a.lists->meeting_phrase_heads) == 0) continue;
    const int n = static_cast<int>(s.tokens.size());
    for (int i = 1; i + 2 < n; ++i) {
      if (!Has(s, i, a.lists->meeting_phrase_heads) || !kMeetingNouns.contains(s.tokens[i].folded))
        continue;
      int k = i - 1;  // back over adjectives to "their" / "the"
      while (k > 0 && k > i - 3 && s.tokens[k].shape == TokenShape::kWord &&
             !s.tokens[k].capitalized && !IsWord(s.tokens[k], "their") &&
             !IsWord(s.tokens[k], "the") && !Has(s, k, a.lists->call_words) &&
             !Has(s, k, a.lists->future_words))
        --k;
      const bool their = IsWord(s.tokens[k], "their");
      const bool the = IsWord(s.tokens[k], "the");
      // where and so when it happened: "in St Petersburg", "held in Sochi"
      int at = i + 1;
      if (the && IsWord(s.tokens[at], "held")) ++at;
      const bool placed = at + 1 < n && IsWord(s.tokens[at], "in") && s.tokens[at + 1].capitalized &&
                          (their || at == i + 2);
      if (!(their || the) || !placed ||
          FindInList(a, si, ClauseStart(a, si, i), i, a.lists->future_words) >= 0)
        continue;
      // the two people the sentence names, or, when it names none ("the leaders",
      // "they"), the report's principals
      std::vector<int> pair = EntitiesIn(a, si, 0, n, false);
      if (pair.empty()) pair = ReportPrincipals(a);
      if (pair.size() == 2)
        AddRelation(a, RelationType::kMetWith, pair[0], pair[1], -1, si, "recalled-meeting");
    }
  }
}

// Whether person e met a person of country entity `country`.
bool MetOneOf(const Analysis& a, int e, int country) {
  return std::any_of(a.relations.begin(), a.relations.end(), [&](const RelationCandidate& r) {
    if (r.type != RelationType::kMetWith || (r.source != e && r.target != e)) return false;
    const int other = r.source == e ? r.target : r.source;
    return a.entities[other].type == EntityType::kPerson && CountryOfEntity(a, other) == country;
  });
}

// "the official visit of the President of Ukraine to Austria", "a visit by President of
// Tajikistan to Russia in December 2021": a visit that took place is a meeting of the
// visitor with the country visited. The visitor is named after "of" or "by" and the
// country after "to"; not "his visit to Israel next month", not "a visit to our country",
// not "preparations for the visit" (a purpose is yet to come).
void AddStatedVisits(Analysis& a) {
  constexpr int kVisitorTokens = 10;  // "of the Federal Chancellor of the Republic of Austria"
  for (int si = 0; si < static_cast<int>(a.sentences.size()); ++si) {
    const Sentence& s = a.sentences[si];
    const std::uint64_t cues = a.lists->meeting_phrase_heads | a.lists->meeting_verbs;
    if ((s.bits & cues) == 0) continue;
    const int n = static_cast<int>(s.tokens.size());
    for (int i = 0; i + 3 < n; ++i) {
      if (!Has(s, i, cues) || !(IsWord(s.tokens[i], "visit") || IsWord(s.tokens[i], "visits")) ||
          !(IsWord(s.tokens[i + 1], "of") || IsWord(s.tokens[i + 1], "by")))
        continue;
      int to = i + 2;
      while (to < std::min(n, i + 2 + kVisitorTokens) && !IsWord(s.tokens[to], "to")) ++to;
      int at = to + 1;
      if (at < n && IsWord(s.tokens[at], "the")) ++at;
      const int place = MentionAt(a, si, at);
      if (to >= n || place < 0 || a.mentions[place].type != MentionType::kCountry ||
          a.mentions[place].adjective || a.mentions[place].entity < 0 ||
          FindInList(a, si, ClauseStart(a, si, i), n, a.lists->future_words) >= 0)
        continue;
      bool purpose = false;  // "for the official visit"
      for (int k = i - 1; k >= std::max(0, i - 3) && !s.tokens[k].capitalized; --k)
        purpose = purpose || IsWord(s.tokens[k], "for");
      if (purpose) continue;
      const std::vector<int> visitors = EntitiesIn(a, si, i + 2, to, false);
      if (visitors.size() != 1) continue;
      const int country = a.mentions[place].entity;
      if (CountryOfEntity(a, visitors.front()) == country) continue;  // a visit at home
      // (a headline's visit, "Joint Press Statement on the Official Visit of X to Y", is
      // the one the report tells of: his meetings with the state's own people tell whom he
      // met there)
      if (s.is_title && MetOneOf(a, visitors.front(), country)) continue;
      AddRelation(a, RelationType::kMetWith, visitors.front(), country, -1, si, "visit-to-country");
    }
  }
}

// "the two leaders witnessed the signing of five agreements. Foreign Minister A and his
// Indonesian counterpart B signed the agreements.": the two who signed together, in a
// report whose principals witnessed a signing, sat each on his own state's side of the
// audience, and met the principal across.
void AddWitnessedSignatories(Analysis& a) {
  if (a.host < 0 || a.guests.size() != 1) return;
  std::vector<RelationCandidate> signed_pairs;
  for (const RelationCandidate& r : a.relations)
    if (r.type == RelationType::kMetWith && r.rule == "signed-together") signed_pairs.push_back(r);
  if (signed_pairs.empty()) return;  // (most reports: no sentence to read)
  const bool witnessed = std::any_of(a.sentences.begin(), a.sentences.end(), [](const Sentence& s) {
    for (int i = 0; i + 2 < static_cast<int>(s.tokens.size()); ++i)
      if (WitnessedTheSigningAt(s, i)) return true;
    return false;
  });
  if (!witnessed) return;
  const int host = a.host, guest = a.guests.front();
  const int host_country = CountryOfEntity(a, host), guest_country = CountryOfEntity(a, guest);
  if (host_country == guest_country && host_country >= 0) return;
  // (+1 of the guest's state, -1 of the host's, 0 not known)
  auto side = [&](int e) {
    const int c = CountryOfEntity(a, e);
    return c < 0 ? 0 : c == guest_country ? 1 : c == host_country ? -1 : 0;
  };
  for (const RelationCandidate& r : signed_pairs) {
    const int x = r.source, y = r.target;
    if (x == host || x == guest || y == host || y == guest) continue;
    // (x's side told by his state, or by the other signatory's)
    const int side_x = side(x) != 0 ? side(x) : -side(y);
    if (side_x == 0 || side(y) == side_x) continue;
    const bool x_guests = side_x > 0;
    AddRelation(a, RelationType::kMetWith, x, x_guests ? host : guest, -1, r.sentence,
                "witnessed-signing");
    AddRelation(a, RelationType::kMetWith, y, x_guests ? guest : host, -1, r.sentence,
                "witnessed-signing");
  }
}

}  // namespace

void FindMeetingCompanions(Analysis& analysis) {
  AddRecalledMeetings(analysis);
  AddStatedVisits(analysis);
  AddSideMembers(analysis);
  AddAccompanyingDelegations(analysis);
  AddPresentParticipants(analysis);
  AddListedParticipants(analysis);
  MeetLoneSide(analysis);
  AddWitnessedSignatories(analysis);
  // companions of companions ("B joined the Chairperson, who was accompanied by C"):
  // once more for as long as new pairs appear
  for (std::size_t before = 0; before != analysis.relations.size();) {
    before = analysis.relations.size();
    AddCompanions(analysis);
  }
}

// "Participating in the meeting were Minister of Finance B", "The President was supported
// by Minister C": officials at the host's side, titled and tied to nothing, serve the
// host's state, once the report's stages have placed the host.
void FindHostSideCountries(Analysis& a) {
  if (a.host < 0 || a.host_side.empty()) return;
  const int country = CountryOfEntity(a, a.host);
  if (country < 0) return;
  // (not an ambassador: the one at the host's side may be the guest's, "the Saudi
  // Ambassador to Italy, Prince Faisal bin Sattam", at talks in Rome)
  auto diplomat = [&](int e) {
    return std::any_of(a.mentions.begin(), a.mentions.end(), [&](const Mention& m) {
      return m.entity == e && std::any_of(m.titles.begin(), m.titles.end(), [&](std::uint32_t t) {
               return a.lexicon->title_kind(t) == "diplomatic";
             });
    });
  };
  for (int e : a.host_side) {
    if (e == a.host || a.entities[e].type != EntityType::kPerson || !IsTitledPerson(a, e) ||
        RepresentsAnything(a, e) || diplomat(e))
      continue;
    const auto first = std::find_if(a.mentions.begin(), a.mentions.end(),
                                    [&](const Mention& m) { return m.entity == e; });
    AddRelation(a, RelationType::kRepresents, e, country, -1,
                first == a.mentions.end() ? 0 : first->sentence, "host-side-country");
  }
}

}  // namespace dkg::internal
