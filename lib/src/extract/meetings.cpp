// MET_WITH: a meeting reported as having happened, between the entities on its two
// sides. Triggers: meeting verbs ("met", "received", "hosted", "welcomed"), talks held
// ("held talks with", "had a meeting with"), nominal meetings ("talks between X and
// Y", "during his meeting with"), courtesy visits. Not meetings: calls, letters,
// meetings announced or planned, denied ones.
#include <algorithm>
#include <set>

#include "extract/analysis.h"
#include "extract/portfolio.h"
#include "extract/relation_util.h"
#include "extract/token_rules.h"

namespace dkg::internal {
namespace {

// "Today I received ...": the one who signs a statement in the first person, named at the
// opening of its last sentence ("-- Ana Costa, Minister of Foreign Affairs"); -1 when the
// report has no such signature.
int Signatory(const Analysis& a) {
  for (int si = static_cast<int>(a.sentences.size()) - 1; si >= 0; --si) {
    const Sentence& s = a.sentences[si];
    if (s.is_title || s.tokens.empty()) continue;
    int k = 0;
    while (k < static_cast<int>(s.tokens.size()) && s.tokens[k].shape == TokenShape::kPunct) ++k;
    const int m = MentionAt(a, si, k);
    // (a line of the signer's title alone under the name: "Minister of International
    // Development")
    if (m >= 0 && a.mentions[m].type == MentionType::kRoleOnly && a.mentions[m].begin == k &&
        a.mentions[m].end + 1 >= static_cast<int>(s.tokens.size()) &&
        si + 1 == static_cast<int>(a.sentences.size()))
      continue;
    if (m < 0 || a.mentions[m].entity < 0 ||
        a.entities[a.mentions[m].entity].type != EntityType::kPerson)
      return -1;
    // (the name alone, or with the role set off after it: no clause of its own)
    const int end = a.mentions[m].end;
    const int n = static_cast<int>(s.tokens.size());
    if (end < n && !IsPunct(s.tokens[end], ",") && !IsPunct(s.tokens[end], ".")) return -1;
    return a.mentions[m].entity;
  }
  return -1;
}

struct Trigger {
  int at = -1;            // the trigger token
  int object_begin = -1;  // where the other side starts
  bool between = false;   // "talks between X and Y"
  bool needs_person = false;  // "welcomed", "received": a non-person object is no meeting
  const char* rule = "";
  // who hosted, when the verb does not say: "granted an audience to X" (the subject), "called
  // on X", "visited X" (the object)
  bool subject_hosts = false;
  bool object_hosts = false;
  // the subjects met one another: "X and Y held talks", "gathered", "X and Y signed a
  // memorandum"
  bool group = false;
};

class MeetingFinder {
 public:
  MeetingFinder(Analysis& a, int si)
      : a_(a),
        si_(si),
        s_(a.sentences[si]),
        n_(static_cast<int>(s_.tokens.size())),
        attribution_(AttributionStart()) {}

  void Run() {
    const int call = CallAt();
    // the words TriggerAt can start from: its lists, and the few it names
    // ("spoke with", "called on", "courtesy visit": meeting_cue_words)
    const std::uint64_t cues = a_.lists->meeting_verbs | a_.lists->meeting_phrase_heads |
                               a_.lists->talk_verbs | a_.lists->group_meeting_verbs |
                               a_.lists->meeting_cue_words;
    bool paired = false;
    for (int t = 0; t < n_; ++t) {
      if ((s_.word_bits[t] & cues) == 0) continue;
      if (call >= 0 && !CallInALaterClause(call, t)) return;
      if (MetWithWhom(t)) continue;
      Trigger trigger = TriggerAt(t);
      // ("The first to be received was X": an infinitive that tells of what happened)
      if (trigger.at < 0 ||
          (std::string_view(trigger.rule) != "received-in-turn" && IsUnreal(trigger.at)))
        continue;
      Pair(trigger);
      paired = true;
      t = std::max(t, trigger.object_begin - 1);
    }
    if (!paired && call < 0) MeetingSetApart();
  }

  // "In a separate meeting in the city, B, Director-General of the Fund, walked the envoy
  // through its schemes": a meeting named in a phrase set off before its subject, who
  // met the report's guests the sentence names by a word ("the envoy", "the visitor").
  void MeetingSetApart() {
    if (s_.is_title || a_.guests.empty() || n_ < 6 ||
        !(IsWord(s_.tokens[0], "in") || IsWord(s_.tokens[0], "at")))
      return;
    const int article = IsWord(s_.tokens[1], "a") || IsWord(s_.tokens[1], "another") ? 2 : -1;
    if (article < 0) return;
    const int noun = IsWord(s_.tokens[article], "separate") ? article + 1 : article;
    if (!In(noun, a_.lists->meeting_phrase_heads) && w(noun) != "meeting") return;
    const int comma = FindWord(s_, noun, std::min(n_, noun + 8), ",");
    if (comma < 0 || FindWord(s_, noun, comma, "with") >= 0) return;
    const int subject = PersonOpening(comma + 1);
    if (subject < 0 || IsGuest(a_, subject)) return;
    if (!NamesAGuestWord(comma + 1, n_)) return;
    for (int guest : a_.guests)
      AddRelation(a_, RelationType::kMetWith, subject, guest, -1, si_, "meeting-set-apart");
  }

 private:
  std::string_view w(int i) const { return s_.tokens[i].folded; }
  bool In(int i, std::uint64_t list) const { return Has(s_, i, list); }

  // "... to Akylbek Japarov, Chairman of the Cabinet, with whom she had held talks in
  // June": the one "whom" stands for (the last person named before it) met the relative
  // clause's subject, and no one else; a pronoun there is the subject of the clause that
  // names him. False when the verb at t is not in such a clause or either is unknown.
  // ("to President X, whom he recalled meeting in Astana last year", "whom he recalled
  // having met": the meeting recalled is one too)
  bool MetWithWhom(int t) {
    int whom = -1, comma = -1;
    for (int k = std::max(2, t - 5); k < t; ++k)
      if (w(k) == "whom" && w(k - 1) == "with" && IsPunct(s_.tokens[k - 2], ",")) {
        whom = k;
        comma = k - 2;
      } else if (w(k) == "whom" && IsPunct(s_.tokens[k - 1], ",") &&
                 (w(t) == "meeting" || w(t) == "met") &&
                 (w(t - 1) == "recalled" || (w(t - 1) == "having" && w(t - 2) == "recalled"))) {
        whom = k;
        comma = k - 1;
      }
    if (whom < 0) return false;
    const std::vector<int> before = EntitiesIn(a_, si_, 0, comma, false);
    if (before.empty() || a_.entities[before.back()].type != EntityType::kPerson) return false;
    const int antecedent = before.back();
    std::vector<int> subjects = EntitiesIn(a_, si_, whom + 1, t, false);
    if (subjects.empty() && HasPersonPronoun(a_, si_, whom + 1, t)) {
      int named = -1;  // where the antecedent is named
      for (const Mention& m : a_.mentions)
        if (m.sentence == si_ && m.entity == antecedent && m.begin < whom) named = m.begin;
      if (named >= 0) {
        // (the clause may open after ", and": "A passed on X's greetings, and B asked him
        // to give her regards to C, with whom she had held talks")
        int clause = ClauseStart(a_, si_, named);
        for (int k = named - 1; k > clause + 1; --k)
          if (w(k) == "and" && IsPunct(s_.tokens[k - 1], ",") && MentionAt(a_, si_, k + 1) >= 0) {
            clause = k + 1;
            break;
          }
        subjects = SubjectPersons(a_, si_, clause, named, false);
      }
    }
    std::erase(subjects, antecedent);
    if (subjects.empty()) return false;
    for (int subject : subjects)
      AddRelation(a_, RelationType::kMetWith, subject, antecedent, -1, si_, "met-with-whom");
    return true;
  }

  // Whether a sentence up to si names a call, a letter or a talk by phone ("spoke"); with
  // `phone`, one that names a telephone ("spoke by phone", "telephoned").
  bool CallToldBy(int si, bool phone = false) const {
    static const WordSet kPhone = {"phone", "telephone", "phoned", "telephoned"};
    for (int k = 0; k <= si && k < static_cast<int>(a_.sentences.size()); ++k) {
      const Sentence& s = a_.sentences[k];
      if ((s.bits & a_.lists->call_words) == 0) continue;
      if (!phone) return true;
      for (const Token& token : s.tokens)
        if (kPhone.contains(token.folded)) return true;
    }
    return false;
  }

  // "in-person" here or in the sentence before: whoever "spoke with" whom met them.
  bool InPerson() const {
    for (int k = std::max(0, si_ - 1); k <= si_; ++k)
      for (const Token& t : a_.sentences[k].tokens)
        if (IsWord(t, "in-person") || IsWord(t, "face-to-face")) return true;
    return false;
  }

  // "a video conference", "a video call": a meeting by video link, which counts.
  bool IsVideoMeeting(int k) const {
    return k > 0 && k < n_ && w(k - 1) == "video" && (w(k) == "conference" || w(k) == "call");
  }

  // "received letters of credence from X": an ambassador presenting credentials in person.
  bool IsLetterOfCredence(int k) const {
    return k + 2 < n_ && w(k + 1) == "of" && w(k + 2) == "credence";
  }

  // "The visit follows the trip of X to Luanda, when he held talks with Y, and the
  // telephone conversation of March 3, in which ...": a call named after the trigger at t
  // by a noun phrase of its own (", and the telephone conversation").
  bool CallInALaterClause(int call, int t) const {
    return call > t + 3 && IsPunct(s_.tokens[call - 3], ",") && w(call - 2) == "and" &&
           w(call - 1) == "the";
  }

  // A call or letter is never a meeting ("had a telephone conversation with"): the first
  // word of the sentence that tells of one, or -1.
  int CallAt() const {
    for (int i = 0; i < n_; ++i) {
      if (!In(i, a_.lists->call_words) || IsVideoMeeting(i) || IsLetterOfCredence(i)) continue;
      if ((w(i) == "spoke" || w(i) == "speaks") && InPerson()) continue;
      // ("who spoke of the humanitarian situation": told of a subject, no call)
      if ((w(i) == "spoke" || w(i) == "speaks") && i + 1 < n_ &&
          (w(i + 1) == "of" || w(i + 1) == "about"))
        continue;
      // "called on" (visited) and "call for" (urged) are not calls
      if ((w(i) == "called" || w(i) == "call" || w(i) == "calls") && i + 1 < n_ &&
          (w(i + 1) == "on" || w(i + 1) == "for" || w(i + 1) == "upon"))
        continue;
      if ((w(i) == "letter" || w(i) == "letters") && HandedOver(i)) continue;
      if (w(i) == "call" && i > 0 && IsVisitKind(i - 1)) continue;            // a visit
      // "He made the call when X paid a courtesy call on him": the appeal told before
      if (w(i) == "call" && i >= 2 && (w(i - 1) == "the" || w(i - 1) == "this") &&
          (w(i - 2) == "made" || w(i - 2) == "makes"))
        continue;
      if ((w(i) == "call" || w(i) == "calls") && CallTookHimTo(i)) continue;  // a visit too
      return i;
    }
    return -1;
  }

  // "His third call of the day took him to Seif Palace": a call that takes someone to a
  // place (the noun at i) is a visit.
  bool CallTookHimTo(int i) const {
    static const WordSet kTook = {"took", "takes", "brought", "brings"};
    constexpr int kWords = 5;  // ("call of the day took him to")
    for (int k = i + 1; k + 2 < std::min(n_, i + kWords + 3); ++k)
      if (kTook.contains(w(k)))
        return (w(k + 1) == "him" || w(k + 1) == "her" || w(k + 1) == "them") && w(k + 2) == "to";
    return false;
  }

  // "handed over a letter from ...", "delivered a written letter": a letter brought in
  // person (the verb within the four words before the noun at i), not one sent.
  bool HandedOver(int i) const {
    static const WordSet kBring = {"handed",     "hands",     "handing",  "delivered", "delivers",
                                   "delivering", "presented", "presents", "carried",   "carries",
                                   "carrying",   "bearing",   "bore",     "brought",   "bringing",
                                   "conveyed",   "conveying"};
    for (int k = std::max(0, i - 4); k < i; ++k)
      if (kBring.contains(w(k))) return true;
    return false;
  }

  int SkipArticles(int i) const {
    while (i < n_ && (w(i) == "a" || w(i) == "an" || w(i) == "the" || w(i) == "his" ||
                      w(i) == "her" || w(i) == "their" || w(i) == "official" ||
                      w(i) == "formal" || w(i) == "bilateral"))
      ++i;
    return i;
  }

  // What the verb at t took is a thing, not a visitor: "received an invitation", "received
  // a briefing", "received in Jeddah on Sunday a written message from ..." (a message or
  // a call named before any person).
  bool TakesAThing(int t) const {
    // "welcomed the comment of the President", "welcomed the decision of X": what
    // someone said or did, not the one who did it
    static const WordSet kThings = {
        "invitation", "report",   "briefing",     "comment",  "comments",  "statement",
        "statements", "decision", "decisions",    "proposal", "proposals", "initiative",
        "efforts",    "position", "announcement", "support",  "readiness", "participation",
        "results",    "outcome",  "adoption",     "steps",    "progress",  "commitment"};
    const int next = SkipArticles(t + 1);
    if (next < n_ && kThings.contains(w(next))) return true;
    // "in Jeddah on Sunday a written verbal message", "on Tuesday, in Abu Dhabi, a call"
    constexpr int kLookAhead = 12;
    bool in_place = false;  // between the commas around a place
    for (int k = t + 1; k < std::min(n_, t + 1 + kLookAhead); ++k) {
      if (IsLetterOfCredence(k)) return false;
      if (In(k, a_.lists->greeting_nouns) || In(k, a_.lists->call_words)) return true;
      const int m = s_.mention_at[k];
      // ("receives Amir's message": whose the thing is, not the one received)
      if (m >= 0 && a_.mentions[m].end < n_ &&
          s_.tokens[a_.mentions[m].end].shape == TokenShape::kPossessive) {
        k = a_.mentions[m].end;
        continue;
      }
      // ("received at Chamwino State House a special message": the place it was received,
      // capitalised words no one is named by)
      if (k > t + 1 && (w(k - 1) == "at" || w(k - 1) == "in") && s_.tokens[k].capitalized) {
        int end = k;
        while (end < n_ && s_.tokens[end].capitalized && !PersonNamedFrom(a_, si_, end, 1)) ++end;
        if (end > k) {
          k = end - 1;
          continue;
        }
      }
      if (m >= 0 && a_.mentions[m].type != MentionType::kCountry) return false;
      if (IsPunct(s_.tokens[k], ",")) {
        // ("received at State House, Nairobi, a special message": the city of the place)
        if (const int city = CityEnd(a_, s_, k + 1); city > 0 && city < n_ &&
                                                     IsPunct(s_.tokens[city], ",")) {
          k = city;
          continue;
        }
        if (!in_place && PlaceBeforeObject(t + 1, k) < 0) return false;
        in_place = !in_place;
      }
    }
    return false;
  }

  // "spent close to two hours on Tuesday with X": the "with" after a span of time spent
  // at t, or -1 (a call in the sentence is no meeting: CallAt).
  int SpentTimeWith(int t) const {
    static const WordSet kTimes = {"hour", "hours", "minutes", "day",  "days",
                                   "morning", "afternoon", "evening", "time"};
    bool time = false;
    for (int k = t + 1; k < std::min(n_, t + 10) && !IsClauseBreak(s_.tokens[k]); ++k) {
      if (w(k) == "with") return time ? k : -1;
      time = time || kTimes.contains(w(k));
    }
    return -1;
  }

  // "granted an audience", "gave an audience": the verb before the "audience" at t, or -1.
  int GrantedAudience(int t) const {
    if (w(t) != "audience" || t < 2 || (w(t - 1) != "an" && w(t - 1) != "a")) return -1;
    const std::string_view verb = w(t - 2);
    return verb == "granted" || verb == "grants" || verb == "gave" || verb == "accorded" ? t - 2
                                                                                          : -1;
  }

  // The "where" of "where he met", "where she also met" right before the verb at t; -1
  // when there is none.
  int WherePronounBefore(int t) const {
    int k = t - 1;
    if (k >= 0 && IsAdverb(k)) --k;
    if (k < 1 || !(w(k) == "he" || w(k) == "she" || w(k) == "they") || w(k - 1) != "where")
      return -1;
    return k - 1;
  }

  // The "where" or "whose" that opens the clause of the place visited, before token t;
  // -1 when there is none.
  int VisitedPlaceClause(int t) const {
    const int where = FindWordBefore(t, "where");
    return where >= 0 ? where : FindWordBefore(t, "whose");
  }

  Trigger TriggerAt(int t) const {
    const std::string_view word = w(t);
    if ((word == "spoke" || word == "engaged") && t + 1 < n_ && w(t + 1) == "with" && InPerson())
      return {t, t + 2, false, false, "met-in-person"};
    // "first sat down with X", "sitting down in turn with A, B and C"; "A and his host, B,
    // sat down for talks": the subjects met
    if ((word == "sat" || word == "sitting" || word == "sits") && t + 2 < n_ &&
        w(t + 1) == "down") {
      int with = t + 2;
      if (with + 2 < n_ && w(with) == "in" && w(with + 1) == "turn") with += 2;
      if (w(with) == "with") return {t, with + 1, false, false, "met-in-person"};
      // ("sat down for a tete-a-tete with X")
      const int noun = t + 3 < n_ && (w(t + 3) == "a" || w(t + 3) == "an") ? t + 4 : t + 3;
      if (noun + 1 < n_ && w(t + 2) == "for" && In(noun, a_.lists->meeting_phrase_heads) &&
          w(noun + 1) == "with")
        return {t, noun + 2, false, false, "met-in-person"};
      if (t + 3 < n_ && w(t + 2) == "for" && In(t + 3, a_.lists->meeting_phrase_heads))
        return {t, t + 1, false, true, "subjects-held-talks", false, false, true};
    }
    // "also conferred with X", "conferred Monday in Algiers with X" (not "conferred the
    // Order of Merit on X"; not in a report of a call: "spoke by phone with X ... conferred
    // with X about ...")
    if ((word == "conferred" || word == "confers") && !CallToldBy(si_, /*phone=*/true)) {
      constexpr int kWhenWhere = 6;  // "Monday in Algiers", "on Tuesday at the ministry"
      for (int k = t + 1; k < std::min(n_, t + 2 + kWhenWhere); ++k) {
        if (w(k) == "with") return {t, k + 1, false, false, "talks-with"};
        if (!s_.tokens[k].capitalized && !IsAdverb(k) && w(k) != "in" && w(k) != "on" &&
            w(k) != "at")
          break;
      }
    }
    // "X visited the Fund's headquarters, where its Director-General, B, briefed him"
    // ("He also visited the Red Crescent, whose chairman, B, briefed him"): B met the one
    // the clause before "where" is about
    if (word == "briefed" && ObjectPronounAt(t + 1)) {
      const int where = VisitedPlaceClause(t);
      if (where > 1 && IsPunct(s_.tokens[where - 1], ",") &&
          FindWord(s_, 0, where, "visited") >= 0 && (s_.bits & a_.lists->call_words) == 0)
        return {t, t + 1, false, true, "briefed-visitor", false, false, false};
    }
    // "called on Premier X in Johannesburg, where they were briefed by Y": Y met those the
    // clause before "where" is about
    if (word == "briefed" && t >= 3 && t + 2 < n_ && w(t + 1) == "by" &&
        (w(t - 1) == "were" || w(t - 1) == "was") &&
        (w(t - 2) == "they" || w(t - 2) == "he" || w(t - 2) == "she") && w(t - 3) == "where")
      return {t, t + 2, false, true, "briefed-by"};
    if (word == "spent")
      if (const int with = SpentTimeWith(t); with > 0)
        return {t, with + 1, false, false, "met-in-person"};
    // "went on to see Abdulhamid Dbeibah", "drove to Pirmam to see Masoud Barzani": a trip
    // made to see a person
    if (word == "see" && t > 0 && w(t - 1) == "to" && t + 1 < n_ &&
        TravelledToMeet(ClauseStart(a_, si_, t), t - 1)) {
      const int m = MentionAt(a_, si_, SkipArticles(t + 1));
      if (m >= 0 && (a_.mentions[m].type == MentionType::kPerson ||
                     a_.mentions[m].type == MentionType::kRoleOnly))
        return {t, t + 1, false, true, "met-in-person", false, true};
    }
    // "The first to be received was the Ambassador of Japan, X, followed by Y": those the
    // report's host (or the one it is about) received in turn
    if (word == "received" && t >= 2 && w(t - 1) == "be" && w(t - 2) == "to" && t + 1 < n_ &&
        (w(t + 1) == "was" || w(t + 1) == "were"))
      return {t, t + 2, false, true, "received-in-turn"};
    if (In(t, a_.lists->meeting_verbs) && word != "meeting") {
      if (TakesAThing(t)) return {};
      int next = SkipArticles(t + 1);
      // "visited Russia" is a stated visit (AddStatedVisits); "later visited caretaker
      // Prime Minister Najib Mikati", a titled person, is a meeting
      if (word == "visited" || word == "visits") {
        for (int k = t + 1; k < std::min(n_, t + 7) && !IsPunct(s_.tokens[k], ","); ++k) {
          const int m = s_.mention_at[k];
          if (m < 0) continue;
          const Mention& object = a_.mentions[m];
          if ((object.type == MentionType::kPerson && object.titled) ||
              object.type == MentionType::kRoleOnly)
            return {t, t + 1, false, true, "visited-person", false, true};
          break;
        }
        return {};
      }
      const bool met = word == "met" || word == "meet" || word == "meets";
      // "a successful forum hosted by New Zealand": a participle after a thing it hosted
      // (but "a trilateral meeting hosted by X" is X's meeting)
      if (t > 0 && t + 1 < n_ && w(t + 1) == "by" && s_.tokens[t - 1].shape == TokenShape::kWord &&
          !In(t - 1, a_.lists->meeting_phrase_heads) && !AfterBeVerb(t)) {
        const int m = s_.mention_at[t - 1];
        if (m < 0 || (a_.mentions[m].type != MentionType::kPerson &&
                      a_.mentions[m].type != MentionType::kRoleOnly))
          return {};
      }
      // ("met virtually with X", "met separately with X", "met back to back today with X")
      for (int k = next; k < std::min(n_, next + 5); ++k) {
        if (w(k) == "with") {
          next = k;
          break;
        }
        if (!IsAdverb(k) && w(k) != "back" && w(k) != "to") break;
      }
      if (next < n_ && w(next) == "with") ++next;
      if (IsPassive(t)) {  // "was received on Saturday by X", "... at the Palace in Niamey by X"
        for (int k = t + 1; k < std::min(n_, t + 12) && !IsClauseBreak(s_.tokens[k]); ++k)
          if (w(k) == "by") { next = k + 1; break; }
      }
      return {t, next, false, !met, "meeting-verb"};
    }
    if (word == "video" && IsVideoMeeting(t + 1)) return TriggerAt(t + 1);
    if (In(t, a_.lists->meeting_phrase_heads) || IsVideoMeeting(t)) {
      // "A and B made statements for the press following Russian-Azerbaijani talks": the
      // subjects had the talks of their two states
      if (int before = t - 1; before >= 1 && (word == "talks" || word == "negotiations") &&
                               s_.tokens[before].capitalized &&
                               s_.tokens[before].text.find('-') != std::string_view::npos) {
        if (IsWord(s_.tokens[before - 1], "the")) --before;
        if (before >= 1 && (w(before - 1) == "following" || w(before - 1) == "after"))
          return {t, t + 1, false, true, "subjects-held-talks", false, false, true};
      }
      // "at the end of an audience granted to him by General X": X hosted its subject
      if (word == "audience" && t + 1 < n_ &&
          (w(t + 1) == "granted" || w(t + 1) == "given" || w(t + 1) == "accorded")) {
        for (int k = t + 2; k < std::min(n_, t + 8) && !IsClauseBreak(s_.tokens[k]); ++k)
          if (w(k) == "by") return {t, k + 1, false, false, "audience-granted", false, true};
      }
      // "granted an audience at the Palace of the Republic to X": the grantor hosts X;
      // "X was granted an audience on Thursday by Y": Y hosts X
      if (const int granted = GrantedAudience(t); granted >= 0) {
        // (past an aside set off by commas: "was granted an audience, on behalf of the Head
        // of State, by the Minister of State")
        if (AfterBeVerb(granted))
          for (int k = t + 1; k < std::min(n_, t + 14) &&
                              (!IsClauseBreak(s_.tokens[k]) || IsPunct(s_.tokens[k], ","));
               ++k)
            if (w(k) == "by") return {t, k + 1, false, false, "audience-granted", false, true};
        for (int k = t + 1; k < std::min(n_, t + 12); ++k) {
          if (w(k) == "to") return {granted, k + 1, false, false, "audience-granted", true};
          if (IsClauseBreak(s_.tokens[k]) || w(k) == "with") break;
        }
      }
      // "granted Ms. Aksoy and Ambassador Tüzün an audience": those it was granted to come
      // between the verb and the audience
      if (word == "audience" && t >= 3 && (w(t - 1) == "an" || w(t - 1) == "a"))
        for (int k = t - 2; k >= std::max(0, t - 14) && !IsClauseBreak(s_.tokens[k]); --k)
          if (w(k) == "granted" || w(k) == "grants" || w(k) == "accorded") {
            if (k + 1 < t - 1 && !EntitiesIn(a_, si_, k + 1, t - 1, false).empty())
              return {k, k + 1, false, false, "audience-granted", true};
            break;
          }
      // "A and B sat in on the discussion with X": present at X's talks, on X's side
      if (t >= 3 && w(t - 1) == "the" && w(t - 2) == "on" && w(t - 3) == "in") return {};
      // "recalls father's talks with Mubarak": another's, not the subject's
      if (t >= 2 && IsPossessive(s_.tokens[t - 1]) && IsRelativeWord(w(t - 2))) return {};
      int next = t + 1;
      // "during his meeting today with X", "held talks earlier in the day with X"
      if (next + 1 < n_ && (w(next) == "today" || w(next) == "yesterday" || w(next) == "earlier" ||
                            w(next) == "later"))
        ++next;
      // "talks were held between A and B" (only "between" names both in the passive)
      const bool held =
          next + 2 < n_ && (w(next) == "were" || w(next) == "was") && w(next + 1) == "held";
      if (held) next += 2;
      // ("recalled the talks she held with X", "the talks he had in Rome last July with X":
      // a relative clause whose pronoun is the one who held them)
      if (!held && next + 2 < n_ && (w(next) == "he" || w(next) == "she") &&
          (w(next + 1) == "held" || w(next + 1) == "had"))
        next += 2;
      // ("had an audience with General Tiani": the one granting it hosts)
      if (next < n_ && w(next) == "with" && !held)
        return {t, next + 1, false, false, "talks-with", false, word == "audience"};
      if (next < n_ && w(next) == "between") return {t, next + 1, true, false, "talks-between"};
      // "Meeting Tokayev at the Akorda presidential residence, Xi congratulated ...": the
      // participle opening the sentence, its object named right after it
      if (t == 0 && word == "meeting" && next < n_ && PersonNamedFrom(a_, si_, next, n_))
        return {t, next, false, false, "talks-with"};
      // "the recent meeting of President X with Vice President Y": both named around "with"
      if (next < n_ && w(next) == "of" && NamedOfWith(next))
        return {t, next + 1, true, false, "meeting-of-with"};
      // "held meetings at Bayan Palace with ...", "talks on Thursday in Rabat with ...",
      // "talks today at Gudaibiya Palace between A and B": places and times, each after
      // its preposition
      // ("at the SNA headquarters with": a lower-case noun of the place too, but no clause
      // of its own: "in which", "that dealt with")
      static const WordSet kClauseWords = {"which", "that", "who", "whom", "where", "when",
                                           "to", "and", "for", "of"};
      // ("held a meeting for approximately 30 minutes with X": a length of time too)
      if (next < n_ && (w(next) == "at" || w(next) == "in" || w(next) == "on" ||
                        (w(next) == "for" && LengthOfTimeAt(next + 1)))) {
        for (int k = next; k < std::min(n_, next + 13); ++k) {
          // ("at the headquarters of the Ministry of Foreign Affairs with", "at the Ministry
          // of Economy and Finance between": a body's name)
          if (const int body = w(k) == "of" || w(k) == "at" ? MentionOpening(k + 1) : -1;
              body >= 0 && a_.mentions[body].type == MentionType::kInstitution) {
            k = a_.mentions[body].end - 1;
            continue;
          }
          if (k == next) continue;
          if (w(k) == "with" && (held || AbsoluteWith(k))) break;
          if (w(k) == "with")
            return {t, k + 1, false, false, "talks-with", false, word == "audience"};
          if (w(k) == "between" && NamesPersonNext(k + 1))
            return {t, k + 1, true, false, "talks-between"};
          if (IsPunct(s_.tokens[k], ";") || IsPunct(s_.tokens[k], ".") ||
              kClauseWords.contains(w(k)) || In(k, a_.lists->meeting_verbs) ||
              In(k, a_.lists->talk_verbs))
            break;
        }
      }
    }
    // "X and Y held talks", "had a brief conversation": the subjects met each other (not
    // "had addressed a joint session": "had" as an auxiliary)
    const bool auxiliary = (word == "had" || word == "has") && t + 1 < n_ &&
                           w(t + 1).ends_with("ed") && !In(t + 1, a_.lists->talk_verbs);
    if (In(t, a_.lists->talk_verbs) && !auxiliary) {
      for (int k = t + 1; k < std::min(n_, t + 5); ++k) {
        // "negotiations held via videoconference": how the others met, not a meeting held
        if (w(k - 1) == "via" || w(k - 1) == "by") break;
        if (In(k, a_.lists->meeting_phrase_heads) || IsVideoMeeting(k)) {
          // "held talks with X", "held meetings at Bayan Palace with X": the noun decides
          // (not "on cooperation between the two countries", which names no one)
          // ("with the participation of A": who else was present, not whom they met)
          for (int j = k + 1; j < n_ && !IsPunct(s_.tokens[j], ";"); ++j)
            if ((w(j) == "with" && !NamesAttendanceNext(j + 1) && !AbsoluteWith(j)) ||
                (w(j) == "between" && NamesPersonNext(j + 1)))
              return {};
          return {t, k + 1, false, true, "subjects-held-talks", false, false, true};
        }
        if (!s_.tokens[k].capitalized && s_.tokens[k].shape == TokenShape::kWord) continue;
        break;
      }
    }
    // "convened the session, with A and B presiding jointly": the co-chairs met
    if ((word == "presiding" || word == "chairing") && t + 1 < n_ && w(t + 1) == "jointly" &&
        FindWordBefore(t, "with") >= 0)
      return {t, t + 1, false, true, "co-chaired", false, false, true};
    // "under the joint chairmanship of A and B", "the co-chairmanship of A and B"
    if ((word == "co-chairmanship" || (word == "chairmanship" && t >= 1 && w(t - 1) == "joint")) &&
        t + 2 < n_ && w(t + 1) == "of")
      return {t, t + 2, true, false, "co-chaired"};
    // "co-chaired by A and B", "A and B co-chaired the session": the co-chairs met
    // (not "The Japanese side was co-chaired by A and B": one side's two chairs)
    if (word == "co-chaired" || word == "co-presided") {
      const int clause = ClauseStart(a_, si_, t);
      if (FindWord(s_, clause, t, "side") >= 0 || FindWord(s_, clause, t, "delegation") >= 0)
        return {};
      if (t + 1 < n_ && w(t + 1) == "by") return {t, t + 2, true, false, "co-chaired"};
      if (!AfterBeVerb(t)) return {t, t + 1, false, true, "co-chaired", false, false, true};
      return {};
    }
    // "the High Commissioner signed with B a grant for ...": the two signed it together
    if (word == "signed" && t + 2 < n_ && w(t + 1) == "with")
      return {t, t + 2, false, false, "signed-together"};
    // "A and B signed a memorandum of understanding": those who signed it together met
    if (word == "signed" && SignsADocument(t))
      return {t, t + 1, false, true, "signed-together", false, false, true};
    // "accepted on Tuesday, at a ceremony in the palace, the credentials of five new
    // ambassadors": the one who accepted them hosted their bearers
    if ((word == "accepted" || word == "accepts") && CredentialsWithin(t + 1, t + 16))
      return {t, t + 1, false, true, "received-credentials", true};
    // "presented his letters of credence to President X": the ambassador met X, who hosted
    if ((word == "presented" || word == "presents") && !IsPassive(t))
      if (const int to = CredentialsTo(t); to >= 0)
        return {t, to + 1, false, true, "presented-credentials", false, true};
    if (In(t, a_.lists->group_meeting_verbs) && word != "met")
      return {t, t + 1, false, true, "gathered", false, false, true};
    // "Al-Sudani and French Minister Lecornu on Tuesday discussed ...": the two persons
    // joined by "and" who discussed something met, in a report that tells of no call by
    // the sentence after (not "A and B discussed aid with X and Y", partners of one side)
    if (word == "discussed" && !CallToldBy(si_ + 1) &&
        FindWord(s_, t + 1, ObjectEnd(t + 1), "with") < 0 &&
        SubjectPersons(a_, si_, ClauseStart(a_, si_, t), t, true).size() == 2)
      return {t, t + 1, false, true, "subjects-discussed", false, false, true};
    // "called on Prime Minister Narendra Modi" (a visit), not "called on X to ..." (urged;
    // but "called on the prime minister at the summit venue to present a report": a place
    // between tells of a visit)
    // ("before calling on former Prime Minister X": the main clause's subject's visit)
    // (and "went one floor up to call on X": the visit a trip was for, IsUnreal decides)
    if ((word == "called" || word == "calling" || (word == "call" && t > 0 && w(t - 1) == "to")) &&
        t + 2 < n_ && w(t + 1) == "on" && IsAddressee(t + 2)) {
      const int end = ObjectEnd(t + 2);
      if (end < n_ && w(end) == "to" && FindWord(s_, t + 3, end, "at") < 0 &&
          FindWord(s_, t + 3, end, "in") < 0)
        return {};
      return {t, t + 2, false, true, "called-on", false, true};
    }
    // "The meeting brought together A, B and C, with D": those it brought together met
    if ((word == "brought" || word == "brings") && t + 2 < n_ && w(t + 1) == "together")
      return {t, t + 2, true, false, "brought-together"};
    // ("paid a farewell call on", "an introductory call on": visits too)
    if (IsVisitKind(t) && t + 2 < n_ && (w(t + 1) == "visit" || w(t + 1) == "call") &&
        (w(t + 2) == "to" || w(t + 2) == "on"))
      return {t, t + 3, false, false, "courtesy-visit", false, true};
    // "received a courtesy call from X": the subject hosted X
    if (IsVisitKind(t) && t + 2 < n_ && (w(t + 1) == "visit" || w(t + 1) == "call") &&
        w(t + 2) == "from")
      return {t, t + 3, false, false, "courtesy-call-received"};
    if (word == "sidelines" && t + 1 < n_ && w(t + 1) == "of")
      return {};  // the venue, not the other side; the verb in the clause decides
    return {};
  }

  // "courtesy", "farewell", "introductory": a call of that kind at i+1 is a visit.
  bool IsVisitKind(int i) const {
    static const WordSet kKinds = {"courtesy", "farewell", "introductory"};
    return kKinds.contains(w(i));
  }

  // "approximately 30 minutes", "about an hour", "two hours": a length of time from i.
  bool LengthOfTimeAt(int i) const {
    static const WordSet kUnits = {"minute", "minutes", "hour", "hours"};
    for (int k = i; k < std::min(n_, i + 4); ++k)
      if (kUnits.contains(w(k))) return true;
    return false;
  }

  // The nearest token before t, in t's sentence, whose folded form is `word`; -1 if none.
  int FindWordBefore(int t, std::string_view word) const {
    for (int k = t - 1; k >= 0; --k)
      if (w(k) == word) return k;
    return -1;
  }

  // Credentials named in [from, to), before the clause ends.
  bool CredentialsWithin(int from, int to) const {
    for (int k = from; k < std::min(to, n_) && !IsClauseBreak(s_.tokens[k]); ++k)
      if (w(k) == "credentials" || w(k) == "credence") return true;
    return false;
  }

  // "presented [copies of] their credentials to", "presented his letters of credence
  // to", "presented a copy of her letter of credence to": the "to" after the credentials,
  // or -1.
  int CredentialsTo(int t) const {
    constexpr int kReach = 10;
    for (int k = t + 1; k + 1 < std::min(n_, t + kReach); ++k) {
      if (IsClauseBreak(s_.tokens[k])) return -1;
      if (w(k) != "credentials" && w(k) != "credence") continue;
      // ("presented their credentials today to", "... on Tuesday to")
      int to = k + 1;
      if (to + 1 < n_ && (w(to) == "today" || w(to) == "yesterday")) ++to;
      else if (to + 2 < n_ && w(to) == "on" && Has(s_, to + 1, a_.lists->calendar_words)) to += 2;
      return w(to) == "to" ? to : -1;
    }
    return -1;
  }

  // "signed a Memorandum of Understanding", "signed the Joint Declaration": a document
  // right after the verb at t (its article and a few words of its name between).
  bool SignsADocument(int t) const {
    static const WordSet kDocuments = {
        "agreement", "agreements", "memorandum", "memoranda", "declaration", "treaty",
        "protocol",  "accord",     "contract",   "roadmap",   "charter",     "convention",
        "communique", "communiqué", "mou"};
    if (t + 1 >= n_ || !(w(t + 1) == "a" || w(t + 1) == "an" || w(t + 1) == "the")) return false;
    for (int k = t + 2; k < std::min(n_, t + 7); ++k) {
      if (kDocuments.contains(w(k))) return true;
      if (IsClauseBreak(s_.tokens[k]) || IsPunct(s_.tokens[k], ",")) return false;
    }
    return false;
  }

  // ", with energy, food security and investment topping the agenda": a "with" after a
  // comma, before a bare noun in lower case, opens a clause of its own, no one met
  bool AbsoluteWith(int j) const {
    static const WordSet kOpeners = {"the", "a",     "an",     "his",   "her", "their",
                                     "its", "whom",  "which",  "both",  "all", "each",
                                     "two", "three", "senior", "other", "some"};
    return j > 0 && j + 1 < n_ && IsPunct(s_.tokens[j - 1], ",") &&
           s_.tokens[j + 1].shape == TokenShape::kWord && !s_.tokens[j + 1].capitalized &&
           !kOpeners.contains(w(j + 1)) && s_.mention_at[j + 1] < 0;
  }

  // "the participation of", "the presence of" from `from`: an attendance named next.
  bool NamesAttendanceNext(int from) const {
    static const WordSet kAttendance = {"participation", "presence", "attendance"};
    return from + 2 < n_ && w(from) == "the" && kAttendance.contains(w(from + 1)) &&
           w(from + 2) == "of";
  }

  // The mention that opens at `from`, past "the", or -1.
  int MentionOpening(int from) const {
    if (from < n_ && w(from) == "the") ++from;
    if (from >= n_) return -1;
    const int m = s_.mention_at[from];
    return m >= 0 && a_.mentions[m].begin == from ? m : -1;
  }

  // A person named within a few words from `from`, before the clause ends.
  bool NamesPersonNext(int from) const {
    int to = from;
    while (to < std::min(n_, from + 8) && !IsClauseBreak(s_.tokens[to])) ++to;
    return !EntitiesIn(a_, si_, from, to, false).empty();
  }

  // "of X with Y" after a meeting noun: a person named between "of" and a "with" of the
  // same clause, and one after it.
  bool NamedOfWith(int of) const {
    bool named = false;
    for (int k = of + 1; k < n_; ++k) {
      if (IsClauseBreak(s_.tokens[k]) && !IsPunct(s_.tokens[k], ",")) return false;
      if (w(k) == "with")
        return named && !EntitiesIn(a_, si_, k + 1, ObjectEnd(k + 1), false).empty();
      const int m = s_.mention_at[k];
      named = named || (m >= 0 && a_.mentions[m].type == MentionType::kPerson);
    }
    return false;
  }

  // "traveled to Bridgetown to meet with CARICOM leaders": a trip reported as made,
  // with meeting as its purpose, is a meeting that happened.
  bool TravelledToMeet(int from, int to) const {
    static const WordSet kTrips = {"traveled", "travelled", "went",  "came", "flew",
                                   "arrived",  "visited",   "drove", "led"};
    for (int i = from; i < to; ++i)
      if (kTrips.contains(w(i))) return true;
    return false;
  }

  bool IsAddressee(int i) const {
    return s_.tokens[i].capitalized || s_.tags[i].kind != TokenTag::kNone || w(i) == "the";
  }

  bool IsPassive(int t) const { return (t + 1 < n_ && w(t + 1) == "by") || AfterBeVerb(t); }

  // "was", "were", "been" or "being" right before token t, or before an adverb there
  // ("was afterwards received", "was warmly welcomed").
  bool AfterBeVerb(int t) const {
    if (t > 1 && IsAdverb(t - 1)) --t;
    return t > 0 && (w(t - 1) == "was" || w(t - 1) == "were" || w(t - 1) == "been" ||
                     w(t - 1) == "being");
  }

  // An adverb of manner or time at i: "warmly", "afterwards", "today".
  bool IsAdverb(int i) const {
    static const WordSet kAdverbs = {"afterwards", "later", "also",  "then",     "subsequently",
                                     "again",      "first", "today", "yesterday"};
    return w(i).ends_with("ly") || kAdverbs.contains(w(i));
  }

  // Future, planned, infinitive or denied meetings did not happen (yet).
  bool IsUnreal(int t) const {
    const int from = ClauseStart(a_, si_, t);
    // (not the blessing "His Majesty King X, may God assist Him, received ...")
    // (nor "A and B next went to the Primature": "next" before a verb in the past)
    static const WordSet kPast = {"went", "met",  "held", "paid",  "made", "had",
                                  "sat",  "took", "came", "drove", "flew", "spoke"};
    for (int k = FindInList(a_, si_, from, t, a_.lists->future_words); k >= 0;
         k = FindInList(a_, si_, k + 1, t, a_.lists->future_words)) {
      if (w(k) == "may" && k + 1 < n_ && (w(k + 1) == "god" || w(k + 1) == "allah")) continue;
      if (w(k) == "next" && k + 1 < t && (kPast.contains(w(k + 1)) || w(k + 1).ends_with("ed")))
        continue;
      return true;
    }
    if (t > 0 && w(t - 1) == "to" && !TravelledToMeet(from, t - 1)) return true;  // "plans to meet"
    // "Mr. X is to visit the camps on Thursday and then fly on to Port Sudan for talks
    // with Y", "X is due to travel to Juba for talks with Y": a programme still to come
    for (int k = from; k + 2 < t; ++k) {
      const int to = k + 3 < t && w(k + 1) == "due" ? k + 2 : k + 1;
      if ((w(k) == "is" || w(k) == "are") && w(to) == "to" &&
          s_.tokens[to + 1].shape == TokenShape::kWord && !s_.tokens[to + 1].capitalized &&
          !IsNounPhraseStart(to + 1))
        return true;
    }
    // "urged Truss to continue good faith negotiations with the EU": talks as the aim
    for (int k = std::max(from, t - 4); k + 1 < t; ++k)
      if (w(k) == "to" && s_.tokens[k + 1].shape == TokenShape::kWord &&
          !s_.tokens[k + 1].capitalized && !IsNounPhraseStart(k + 1) && !TravelledToMeet(from, k))
        return true;
    if (FindInList(a_, si_, std::max(from, t - 3), t, a_.lists->negation_words) >= 0) return true;
    if (ScheduledAfter(t)) return true;
    // "His programme also includes a meeting on Wednesday with X": one still to come
    static const WordSet kPlans = {"programme", "program", "schedule", "agenda"};
    for (int k = std::max(from + 1, t - 6); k < t; ++k)
      if ((w(k) == "includes" || w(k) == "include") &&
          (kPlans.contains(w(k - 1)) || (k >= 2 && w(k - 1) == "also" && kPlans.contains(w(k - 2)))))
        return true;
    // "denied media reports that X had held talks with ..."
    for (int i = from; i < t; ++i)
      if (w(i) == "denied" || w(i) == "denies" || w(i) == "deny" || w(i) == "refuted" ||
          w(i) == "dismissed" || w(i) == "rejected")
        return true;
    return false;
  }

  // "Official talks between A and B are scheduled for tomorrow": the meeting's noun at t,
  // then a be-verb and "scheduled", "planned", "expected", "due" or "slated" in its own
  // clause.
  bool ScheduledAfter(int t) const {
    static const WordSet kPlanned = {"scheduled", "planned", "expected", "due", "slated"};
    static const WordSet kProgramme = {"programme", "program", "agenda", "schedule", "itinerary"};
    if (!In(t, a_.lists->meeting_phrase_heads)) return false;
    // ("where a meeting with X, Vice President, ..., is on her programme")
    for (int k = t + 2; k + 3 < n_ && !IsPunct(s_.tokens[k], ";"); ++k)
      if ((w(k) == "is" || w(k) == "are") && w(k + 1) == "on" && kProgramme.contains(w(k + 3)))
        return true;
    for (int k = t + 2; k < n_; ++k) {
      if (w(k) == "which" || w(k) == "who" || IsClauseBreak(s_.tokens[k])) return false;
      if (kPlanned.contains(w(k)) &&
          (w(k - 1) == "is" || w(k - 1) == "are" || w(k - 1) == "was" || w(k - 1) == "were"))
        return true;
    }
    return false;
  }

  // "hosted a Russian delegation, the General Command's media bureau reported.", "met A
  // and B, the spokesman, Gamal Roshdy, said.": where the sentence's closing attribution
  // begins (its comma), or n_ when it closes with none.
  int AttributionStart() const {
    static const WordSet kReporting = {"said",   "says",  "reported", "reports",
                                       "stated", "added", "noted",    "announced"};
    int verb = n_ - 1;
    if (verb > 0 && IsPunct(s_.tokens[verb], ".")) --verb;
    if (verb < 3 || !kReporting.contains(w(verb))) return n_;
    // the attribution's words end before the verb, or before the comma after a speaker
    // named in apposition (", the spokesman, Gamal Roshdy, said")
    const bool set_off = IsPunct(s_.tokens[verb - 1], ",");
    const int end = set_off ? verb - 1 : verb;
    int comma = end - 1;
    while (comma > 0 && !IsPunct(s_.tokens[comma], ",")) --comma;
    if (comma <= 0) return n_;
    if (set_off) {
      const int m = MentionAt(a_, si_, comma + 1);
      if (m < 0 || a_.mentions[m].type != MentionType::kPerson || a_.mentions[m].end != end)
        return n_;
      for (int k = comma - 1; k > 0; --k)
        if (IsPunct(s_.tokens[k], ",")) return k;
    }
    return comma;
  }

  // Whether the sentence from i ends in "attending", "present" or "in attendance" (then
  // a comma or the end): "with Y, Deputy Prime Minister, attending".
  bool AttendingAfter(int i) const {
    for (int k = i; k < n_ && !IsPunct(s_.tokens[k], ";") && w(k) != "who" && w(k) != "which";
         ++k) {
      const bool cue = w(k) == "attending" || w(k) == "present" ||
                       (w(k) == "attendance" && IsWord(s_.tokens[k - 1], "in"));
      if (cue)
        return k + 1 >= n_ || IsPunct(s_.tokens[k + 1], ".") || IsPunct(s_.tokens[k + 1], ",");
    }
    return false;
  }

  int ObjectEnd(int begin) const {
    for (int i = begin; i < n_; ++i) {
      if (i == attribution_) return i;
      // (a word of a name is no clause word: "the WHO Regional Director")
      if (s_.mention_at[i] >= 0) continue;
      if (IsPunct(s_.tokens[i], ";") && ListGoesOn(i)) continue;
      if (IsPunct(s_.tokens[i], ";") || IsPunct(s_.tokens[i], ".")) return i;
      const std::string_view word = w(i);
      if (word == "where" || word == "who" || word == "which" || word == "after" ||
          word == "before" || word == "while" || word == "during" || word == "following" ||
          word == "bearing" || word == "carrying" || word == "conveying" ||
          word == "delivering" || word == "attended" || word == "presence" || word == "said" ||
          word == "says" || word == "according")
        return i;
      // ("received the Ambassador, X, with whom she reviewed the visit that Y plans"; but
      // "met A, with whom he reviewed ..., and B, with whom ...": the list goes on)
      if (word == "with" && i + 1 < n_ && w(i + 1) == "whom") {
        int next = i + 2;
        while (next < n_ && !(s_.mention_at[next] >= 0 &&
                              a_.mentions[s_.mention_at[next]].type == MentionType::kPerson))
          ++next;
        if (next >= n_ || next < i + 4 || w(next - 1) != "and" ||
            !IsPunct(s_.tokens[next - 2], ","))
          return i;
        i = next - 1;
        continue;
      }
      // ("received X and told him that His Majesty ...", not "that morning")
      if (word == "that" && i > begin &&
          (w(i - 1) == "him" || w(i - 1) == "her" || w(i - 1) == "them"))
        return i;
      // "receives Egyptian ambassador as greetings pass between X and Y": a clause of its
      // own, about greetings or talks (not "as special envoy")
      if (word == "as" && i + 1 < n_ &&
          (In(i + 1, a_.lists->greeting_nouns) || In(i + 1, a_.lists->meeting_phrase_heads)))
        return i;
      // "met the visitor on behalf of President X", "hosted him on the very high
      // instructions of the Head of State, X": the one he acts for was not met
      if (word == "on" && ActsForAfter(i + 1)) return i;
      // ("received X, with Y, Deputy Prime Minister, attending": those present)
      if (word == "with" && i > begin && AttendingAfter(i + 1)) return i;
      // (", successively, the Ambassador of ...": an adverb set off by commas)
      if (IsPunct(s_.tokens[i], ",") && i + 2 < n_ && w(i + 1).ends_with("ly") &&
          IsPunct(s_.tokens[i + 2], ",")) {
        i += 1;
        continue;
      }
      // "a delegation dispatched by the President of the Central African Republic, X": the
      // one who sent it stayed at home
      if ((word == "dispatched" || word == "sent") && i + 1 < n_ && w(i + 1) == "by") return i;
      // "with A, at the Primature, and with B", "by A, and then, at the Senate, by its
      // President, B": a place set off by commas between the ones met
      if (const int place_end = PlaceBetweenOnesMet(i); place_end > i) {
        i = place_end;
        continue;
      }
      // "talks with A, on the negotiations for ..., and with B, on ...": a topic set off by
      // a comma between the ones met
      if (const int topic_end = TopicBetweenOnesMet(i); topic_end > i) {
        i = topic_end;
        continue;
      }
      // ("received today, at the headquarters of the Secretariat, copies of ...")
      if (const int place_end = IsPunct(s_.tokens[i], ",") ? PlaceBeforeObject(begin, i) : -1;
          place_end > i) {
        i = place_end;
        continue;
      }
      // ", gets Emir Tamim's invitation": a new verb after a comma ends the object (not
      // ", led by X": the one who led the delegation received)
      // (nor ", of the Republic of Türkiye, and B": the state of the one named before)
      if (IsPunct(s_.tokens[i], ",") && i + 1 < n_ && !s_.tokens[i + 1].capitalized &&
          s_.tokens[i + 1].shape == TokenShape::kWord && !IsNounPhraseStart(i + 1) &&
          !((w(i + 1) == "led" || w(i + 1) == "headed") && i + 2 < n_ && w(i + 2) == "by") &&
          StateAfterOf(a_, si_, i + 1) < 0)
        return i;
      // "held talks with X, the first visit to Africa by an Iranian head of state": the event
      // described, set off by a comma, names no one met
      static const WordSet kOrdinals = {"first", "second", "third", "last", "latest"};
      if (IsPunct(s_.tokens[i], ",") && i + 2 < n_ &&
          (w(i + 1) == "the" || w(i + 1) == "a" || w(i + 1) == "an") &&
          kOrdinals.contains(w(i + 2)))
        return i;
      // "to discuss ..." (not "..., and to his Burkinabe counterpart, B")
      if (word == "to" && i + 1 < n_ && !s_.tokens[i + 1].capitalized &&
          s_.tokens[i + 1].shape == TokenShape::kWord && w(i + 1) != "the" &&
          !(w(i - 1) == "and" && IsNounPhraseStart(i + 1)))
        return i;
      // "met Chief Adviser X this morning, and Secretary General Y followed a few hours
      // later": a clause of its own, its subject named after ", and"
      if (IsPunct(s_.tokens[i], ",") && i + 2 < n_ && w(i + 1) == "and" &&
          NamesSubjectOfVerb(i + 2))
        return i;
      // "welcomed his counterpart and praised the relations under the leadership of X":
      // a second verb ends the object
      if (word == "and" && i + 1 < n_ && s_.tokens[i + 1].shape == TokenShape::kWord &&
          !s_.tokens[i + 1].capitalized && w(i + 1).ends_with("ed") && !IsNounPhraseStart(i + 1))
        return i;
    }
    return n_;
  }

  // Whether a person named from i (past titles) is followed by a verb in the past tense
  // ("Secretary General Y followed"), not a participle of his ("B, accompanied by").
  bool NamesSubjectOfVerb(int i) const {
    static const WordSet kParticiples = {"led",   "headed",    "accompanied", "based",
                                         "named", "appointed", "designated",  "accredited"};
    constexpr int kTitleTokens = 16;  // ("Secretary General of the Organisation of ...")
    const int limit = std::min(n_, i + kTitleTokens);
    while (i < limit &&
           (s_.mention_at[i] < 0 || a_.mentions[s_.mention_at[i]].type != MentionType::kPerson) &&
           !IsPunct(s_.tokens[i], ".") && !IsPunct(s_.tokens[i], ";") &&
           !IsPunct(s_.tokens[i], ","))
      ++i;
    const int m = i < limit ? s_.mention_at[i] : -1;
    if (m < 0 || a_.mentions[m].type != MentionType::kPerson) return false;
    const int after = a_.mentions[m].end;
    return after < n_ && s_.tokens[after].shape == TokenShape::kWord &&
           !s_.tokens[after].capitalized && w(after).ends_with("ed") &&
           !kParticiples.contains(w(after));
  }

  // At the comma i, ", at the Primature, and with B", ", at the Senate, by B": the comma
  // closing the place when another "with" or "by" follows it; i otherwise.
  int PlaceBetweenOnesMet(int i) const {
    constexpr int kPlaceTokens = 8;
    if (!IsPunct(s_.tokens[i], ",") || i + 1 >= n_ || !In(i + 1, a_.lists->locative_prepositions))
      return i;
    for (int k = i + 2; k + 1 < std::min(n_, i + kPlaceTokens); ++k) {
      if (!IsPunct(s_.tokens[k], ",")) continue;
      const int next = w(k + 1) == "and" ? k + 2 : k + 1;
      return next < n_ && (w(next) == "with" || w(next) == "by") ? k : i;
    }
    return i;
  }

  // At the comma i, ", on the negotiations for a free trade agreement, and with B": the
  // comma before ", and with" when a person is named right after it; i otherwise.
  int TopicBetweenOnesMet(int i) const {
    static const WordSet kTopics = {"on", "about", "regarding", "concerning"};
    constexpr int kTopicTokens = 30;
    if (!IsPunct(s_.tokens[i], ",") || i + 1 >= n_ || !kTopics.contains(w(i + 1))) return i;
    for (int k = i + 2; k + 3 < std::min(n_, i + kTopicTokens); ++k) {
      if (IsPunct(s_.tokens[k], ";") || IsPunct(s_.tokens[k], ".")) return i;
      if (!IsPunct(s_.tokens[k], ",") || w(k + 1) != "and" || w(k + 2) != "with") continue;
      const int m = MentionOpening(k + 3);
      return m >= 0 && a_.mentions[m].type == MentionType::kPerson ? k : i;
    }
    return i;
  }

  // "behalf of", "the very high instructions of" from i: whom the subject acts for.
  bool ActsForAfter(int i) const {
    static const WordSet kMandates = {"behalf", "instructions", "instruction", "directives",
                                      "orders"};
    constexpr int kWords = 4;  // ("on the very high instructions of")
    for (int k = i; k < std::min(n_ - 1, i + kWords); ++k)
      if (kMandates.contains(w(k))) return w(k + 1) == "of";
    return false;
  }

  // "hosted today, at the Itamaraty Palace, the Minister of ...": a place set off by commas
  // before anyone is named (the comma at i opens it) leaves the object to come, whatever
  // body the place names ("at the headquarters of the Secretariat (SRE),"). Not ", in the
  // presence of X,", which names people.
  // Returns the comma that closes the place, or -1.
  int PlaceBeforeObject(int begin, int i) const {
    if (!Has(s_, i + 1, a_.lists->locative_prepositions)) return -1;
    for (int k = begin; k < i; ++k)
      if (s_.mention_at[k] >= 0) return -1;
    for (int k = i + 1; k < n_; ++k) {
      if (IsPunct(s_.tokens[k], ",")) return k;
      const int m = s_.mention_at[k];
      if ((m >= 0 && a_.mentions[m].type == MentionType::kPerson) || w(k) == "presence") return -1;
    }
    return -1;
  }

  // "received the credentials of the Ambassador of Senegal, Mr. A; the Ambassador of Viet
  // Nam, Mr. B; and ..." ("of the ambassadors of Egypt, A; of Morocco, B; and of ..."):
  // after the ";" at i, another titled item of the list, or the title's state again.
  bool ListGoesOn(int i) const {
    int k = i + 1;
    if (k < n_ && w(k) == "and") ++k;
    const bool of = k < n_ && w(k) == "of";
    if (of) ++k;
    if (k < n_ && w(k) == "the") ++k;
    if (k >= n_) return false;
    const int m = s_.mention_at[k];
    if (of ? m < 0 || a_.mentions[m].type != MentionType::kCountry
           : s_.tags[k].kind != TokenTag::kTitle)
      return false;
    // (not a clause of its own: "receives EU Commissioner A; Prime Minister B holds talks",
    // "; High Commissioner also calls on B", "pays a courtesy call"; in a headline, any
    // verb in the present: "; President Mahama pledges deeper Sahel cooperation")
    for (int j = k + 1; j < n_ && !IsPunct(s_.tokens[j], ";"); ++j)
      if (In(j, a_.lists->meeting_verbs) || In(j, a_.lists->talk_verbs) || w(j) == "pays" ||
          w(j) == "paid" || (In(j, a_.lists->call_words) && j + 1 < n_ && w(j + 1) == "on") ||
          (s_.is_title && IsPresentVerbOfAHeadline(j)))
        return false;
    return true;
  }

  // "pledges", "urges", "says": a lower-case word of a headline that ends in "s" after a
  // name, the verb of a clause (a headline writes its nouns with capitals).
  bool IsPresentVerbOfAHeadline(int i) const {
    const Token& t = s_.tokens[i];
    return i > 0 && s_.mention_at[i - 1] >= 0 && !t.capitalized && t.shape == TokenShape::kWord &&
           t.text.size() > 3 && t.folded.ends_with('s') && !t.folded.ends_with("ss");
  }

  bool IsNounPhraseStart(int i) const {
    static const WordSet kWords = {
        "the",      "a",      "an",      "and",   "as",        "his",      "her",
        "their",    "its",    "two",     "three", "both",      "also",     "senior",
        "special",  "deputy", "foreign", "prime", "president", "minister", "former",
        "with",        // "met A, with B and with C"
        "including"};  // "met NUG representatives, including Zin Mar Aung"
    return kWords.contains(w(i)) || s_.tags[i].kind != TokenTag::kNone;
  }

  // "Al-Alimi meets UN envoy Grundberg, receives Saudi ambassador": a meeting verb right
  // after a comma shares the subject of the meeting verb before it; where that subject
  // ends (the trigger itself otherwise).
  // ("Saudi Minister calls on PM X, meets Y in Lahore": after a visit's "calls on" too)
  int SharedSubjectEnd(int clause, const Trigger& trigger) const {
    const int t = trigger.at;
    if (std::string_view(trigger.rule) != "meeting-verb" || t < 2) return t;
    const int comma = IsWord(s_.tokens[t - 1], "and") ? t - 2 : t - 1;
    if (comma < 1 || !IsPunct(s_.tokens[comma], ",")) return t;
    // (the verb before has a subject and an object of its own: not "In a separate
    // meeting, the Prime Minister, X, received ...")
    for (int k = comma - 1; k > clause; --k) {
      const bool called_on = w(k) == "on" && (w(k - 1) == "calls" || w(k - 1) == "called");
      if (In(k, a_.lists->meeting_verbs) || called_on) {
        const int at = called_on ? k - 1 : k;
        return !SubjectPersons(a_, si_, clause, at, true).empty() &&
                       !EntitiesIn(a_, si_, k + 1, comma, false).empty()
                   ? at
                   : t;
      }
    }
    return t;
  }

  // "In his meeting with President Erdogan, the prime minister conveyed ...": the comma
  // that closes a phrase the sentence opens with (a preposition, a possessive or article,
  // the meeting's noun and its object); -1 when the sentence opens otherwise.
  int FrontedPhraseEnd(const Trigger& trigger) const {
    static const WordSet kOpeners = {"at", "in", "during", "on"};
    // ("Meeting Tokayev at the Akorda, Xi congratulated ...", "Cordially welcoming the
    // guest, the head of state ...": the meeting's participle)
    // ("Recalling his meeting with X in 2021, Minister Y said ...": the participle's
    // subject's meeting)
    const int t = trigger.at;
    const bool participle =
        ((t == 0 || (t == 1 && IsAdverb(0))) && n_ > t && w(t).ends_with("ing")) ||
        (t == 2 && w(0).ends_with("ing") && (w(1) == "his" || w(1) == "her"));
    if (t > 3 || n_ == 0 || !(kOpeners.contains(w(0)) || participle)) return -1;
    for (int i = trigger.object_begin; i < n_; ++i) {
      if (IsPunct(s_.tokens[i], ",")) return i > trigger.object_begin ? i : -1;
      if (IsClauseBreak(s_.tokens[i])) return -1;
    }
    return -1;
  }

  // The person whose mention opens the words from `from` (within three tokens: "the Lao
  // minister"), or -1.
  int PersonOpening(int from) const {
    for (int i = from; i < std::min(n_, from + 3); ++i) {
      const int m = s_.mention_at[i];
      if (m < 0) continue;
      const Mention& mention = a_.mentions[m];
      if (mention.begin != i || mention.entity < 0 || mention.embedded) return -1;
      return a_.entities[mention.entity].type == EntityType::kPerson ? mention.entity : -1;
    }
    return -1;
  }

  // Whether "at his side" (or "by her side") follows token `with` before `end`.
  bool AtOnesSide(int with, int end) const {
    for (int k = with + 1; k + 2 <= end; ++k)
      if (OnesSideAt(s_, k)) return true;
    return false;
  }

  // "received, again in the presence of Mr. Bourita, the Ambassador ...": those present,
  // set off by commas right after the verb, come before the ones received; where these
  // start (`begin` when there is no such aside).
  int PastPresenceAside(int begin) const {
    if (begin >= n_ || !IsPunct(s_.tokens[begin], ",")) return begin;
    int close = begin + 1;
    while (close < std::min(n_, begin + 12) && !IsPunct(s_.tokens[close], ",")) ++close;
    return close + 1 < n_ && IsPunct(s_.tokens[close], ",") &&
                   FindWord(s_, begin, close, "presence") >= 0
               ? close + 1
               : begin;
  }

  // "..., after which the two ministers joined ...": where a clause that "after which",
  // "during which" or "following which" opens starts, before token t; `from` otherwise.
  int RelativeClauseStart(int from, int t) const {
    for (int k = t - 1; k > from; --k)
      if (w(k) == "which" &&
          (w(k - 1) == "after" || w(k - 1) == "during" || w(k - 1) == "following"))
        return k + 1;
    return from;
  }

  // "his late father had met X", "whose predecessor received X": a relative of someone,
  // named by no name between it and the verb at `at`, is the verb's subject.
  bool UnnamedRelativeIsSubject(int clause, int at) const {
    for (int k = at - 1; k > clause; --k) {
      if (MentionAt(a_, si_, k) >= 0 || IsClauseBreak(s_.tokens[k])) return false;
      if (!IsRelativeWord(w(k))) continue;
      const int owner = k >= 2 && !IsPossessive(s_.tokens[k - 1]) &&
                                !s_.tokens[k - 1].capitalized && w(k - 2) != "the"
                            ? k - 2  // ("his late father")
                            : k - 1;
      return IsPossessive(s_.tokens[owner]) || w(owner) == "his" || w(owner) == "her" ||
             w(owner) == "their" || w(owner) == "whose";
    }
    return false;
  }

  void Pair(const Trigger& found) {
    Trigger trigger = found;
    trigger.object_begin = PastPresenceAside(trigger.object_begin);
    int clause = ClauseStart(a_, si_, trigger.at);
    if (!trigger.between && !trigger.group && UnnamedRelativeIsSubject(clause, trigger.at)) return;
    // (a clause of its own with the two principals as its subject, or another person: "the
    // royal visit to Accra, during which His Majesty the King held talks with X")
    if (const int own = RelativeClauseStart(clause, trigger.at);
        own > clause && (NamesBothPrincipals(a_, si_, own, trigger.at) ||
                         !EntitiesIn(a_, si_, own, trigger.at, false).empty()))
      clause = own;
    int object_end = ObjectEnd(trigger.object_begin);
    // "At his meeting with Lavrov, the Lao minister recalled ...": the fronted phrase's
    // meeting is the main clause's subject's, named after the comma that closes it
    int fronted_subject = -1;
    if (!trigger.between)
      if (const int comma = FrontedPhraseEnd(trigger); comma >= 0) {
        fronted_subject = PersonOpening(comma + 1);
        if (fronted_subject >= 0) object_end = std::min(object_end, comma);
      }
    // "met with OIC officials, including the Secretary General of the OIC": the named
    // people after "including" join the other side; the group before it stays the side
    // when none is named. "negotiations between A and B, including ..." names no side.
    const int including = FindWord(s_, trigger.object_begin, object_end, "including");
    const int group_end = including >= 0 ? including : object_end;
    std::vector<int> side_a, side_b;
    bool listed_items = false;  // side_b read from a list after the sentence's colon
    if (trigger.between) {
      object_end = group_end;
      auto all = EntitiesIn(a_, si_, trigger.object_begin, object_end, false);
      if (all.size() < 2) return;
      // ("brought together A, B and C, with D": those before ", with" on one side)
      const int with = FindWord(s_, trigger.object_begin, object_end, "with");
      // ("between A and B on the Uzbek side and C": those before the side's words on it)
      const int side = FindWord(s_, trigger.object_begin, object_end, "side");
      const int on = side > 0 ? FindWordBefore(side, "on") : -1;
      if (with > trigger.object_begin && IsPunct(s_.tokens[with - 1], ",")) {
        side_a = EntitiesIn(a_, si_, trigger.object_begin, with, false);
        side_b = EntitiesIn(a_, si_, with + 1, object_end, false);
      } else if (on > trigger.object_begin && on >= side - 3 && side + 2 < object_end &&
                 w(side + 1) == "and") {
        side_a = EntitiesIn(a_, si_, trigger.object_begin, on, false);
        side_b = EntitiesIn(a_, si_, side + 2, object_end, false);
      } else if (std::string_view(trigger.rule) == "brought-together") {
        PairAll(all, trigger);
        return;
      } else {
        side_a.push_back(all.front());
        side_b.assign(all.begin() + 1, all.end());
      }
    } else {
      const bool group = trigger.group;
      const bool verb = std::string_view(trigger.rule) == "meeting-verb";
      // ("The first to be received was A, followed by B": whom the report's host, or the
      // one it is about, received in turn)
      const bool in_turn = std::string_view(trigger.rule) == "received-in-turn";
      // ("paid a courtesy call on A, before being received by B": the main clause's
      // subject, not the one named nearest the participle)
      const int t = trigger.at;
      const bool nearest =
          verb && !(t >= 2 && w(t - 1) == "being" && (w(t - 2) == "before" || w(t - 2) == "after"));
      if (in_turn) {
        if (const int receiver = a_.host >= 0 ? a_.host : SalientPerson(a_, si_); receiver >= 0)
          side_a.push_back(receiver);
      } else if (const int where = WherePronounBefore(t); where > clause) {
        // ("Lamamra briefed the Chairman on his consultations in Cairo, where he met X": the
        // main clause's subject, not the one named nearest)
        side_a = SubjectPersons(a_, si_, clause, where, false);
      } else {
        side_a = group ? EntitiesIn(a_, si_, clause, trigger.at, false)
                       : SubjectPersons(a_, si_, clause, SharedSubjectEnd(clause, trigger), nearest,
                                        verb);
      }
      if (side_a.empty() && fronted_subject >= 0) side_a.push_back(fronted_subject);
      if (side_a.empty() && std::string_view(trigger.rule) == "briefed-by") {
        const int where = trigger.at - 3;
        side_a = SubjectPersons(a_, si_, ClauseStart(a_, si_, where), where, false);
      }
      if (side_a.empty() && HasPersonPronoun(a_, si_, clause, trigger.at)) {
        // ("The envoy then moved to the Grand Serail, where he met X": the one the main
        // clause names, the audience's guest)
        const int pronoun = std::max(FindWord(s_, clause, trigger.at, "he"),
                                     FindWord(s_, clause, trigger.at, "she"));
        // ("Later, he was received by X": the one received is the audience's one guest,
        // not its host)
        const bool received = verb && IsPassive(trigger.at) && a_.host >= 0 &&
                              a_.guests.size() == 1 && pronoun >= 0 && pronoun == trigger.at - 2;
        if (a_.host >= 0 && pronoun > 0 && (NamesTheGuests(0, pronoun) || received)) {
          side_a = a_.guests;
        } else if (const int salient = SalientPerson(a_, si_); salient >= 0) {
          side_a.push_back(salient);
        }
      }
      // "Today I received the Ambassador of Japan": the one who signs the statement
      if (side_a.empty())
        for (int k = clause; k < trigger.at; ++k)
          if (s_.tokens[k].text == "I") {
            if (const int signer = Signatory(a_); signer >= 0) side_a.push_back(signer);
            break;
          }
      // "the Ukrainian delegation met with X": the one the report says heads it, else the
      // guests received before ("The delegation later paid a courtesy call on ...")
      if (side_a.empty() && NamesDelegation(clause, trigger.at)) {
        if (a_.delegation_head >= 0) side_a.push_back(a_.delegation_head);
        else if (a_.host >= 0) side_a = a_.guests;
        if (!side_a.empty()) a_.delegation_meetings.push_back(si_);
      }
      // ("after which the two ministers joined a video conference with X"; "The two Foreign
      // Ministers held official talks": the two who hold the title)
      if (side_a.empty() &&
          (trigger.group || w(trigger.at) == "met" || w(trigger.object_begin - 1) == "with")) {
        side_a = TheTwoTitled(clause, trigger.at);
        if (side_a.empty() && NamesBothPrincipals(a_, si_, clause, trigger.at))
          side_a = BothPrincipals();
      }
      // "Earlier in the day, the two visitors had met their Nigerien counterpart": the
      // audience's guests
      if (side_a.empty() && a_.host >= 0 && NamesTheGuests(clause, trigger.at))
        side_a = a_.guests;
      if (in_turn) {  // (and B, "followed by" in its own clause)
        const int followed = FindWord(s_, trigger.object_begin, n_, "followed");
        if (followed >= object_end && followed + 2 < n_ && w(followed + 1) == "by" &&
            EntitiesIn(a_, si_, object_end, followed, false).empty())
          object_end = ObjectEnd(followed + 2);
      }
      // ("were received by the Minister of Energy, X, together with the head of ENAP, Y":
      // those with the one who received; not the received side's own: "The Turkish
      // delegation was received by X, together with Ambassador Aktas")
      if (IsPassive(trigger.at) && object_end + 3 < n_ && IsPunct(s_.tokens[object_end], ",") &&
          (w(object_end + 1) == "together" || w(object_end + 1) == "along") &&
          w(object_end + 2) == "with") {
        const int with_end = ObjectEnd(object_end + 3);
        const auto with = EntitiesIn(a_, si_, object_end + 3, with_end, false);
        const bool own = std::any_of(with.begin(), with.end(), [&](int e) {
          const int country = CountryOfEntity(a_, e);
          return country >= 0 && std::any_of(side_a.begin(), side_a.end(), [&](int x) {
                   return CountryOfEntity(a_, x) == country;
                 });
        });
        if (!with.empty() && !own && !side_a.empty()) object_end = with_end;
      }
      if (!trigger.group)
        side_b = EntitiesIn(a_, si_, trigger.object_begin, object_end, false);
      if (side_b.empty() && !trigger.group && side_a.size() == 1)
        side_b = DelegationOfAState(trigger.object_begin, object_end, side_a.front());
      std::erase_if(side_b, [&](int e) {
        return ServedByAnAide(e, trigger.object_begin, object_end) ||
               SendsGreetings(e, trigger.object_begin, object_end);
      });
      // "Meeting with Murmansk Region Governor Andrei Chibis", "Working meeting with ...": a
      // headline that opens with the meeting leaves out its subject, the one the body
      // names besides the guest
      if (side_a.empty() && s_.is_title && !side_b.empty() &&
          EntitiesIn(a_, si_, 0, trigger.at, true).empty() && trigger.at <= 2)
        if (const int subject = FirstOtherPersonOfTheBody(side_b); subject >= 0)
          side_a.push_back(subject);
      if (side_b.empty() && !side_a.empty())
        side_b = CounterpartIn(trigger.object_begin, object_end, side_a);
      // "X arrived carrying a message for Y, who received him at his office": the one the
      // relative clause's pronoun stands for, the person named last before it but Y
      if (side_b.empty() && side_a.size() == 1 && ObjectPronounAt(trigger.object_begin) &&
          trigger.at >= 1 && w(trigger.at - 1) == "who") {
        const std::vector<int> before = EntitiesIn(a_, si_, 0, trigger.at, false);
        for (auto it = before.rbegin(); it != before.rend() && side_b.empty(); ++it)
          if (*it != side_a.front()) side_b = {*it};
      }
      // "His third call took him to Seif Palace, where the Prime Minister held talks with
      // him": a host-side official meets the audience's guest the pronoun stands for (a
      // person: "him" stands for no body)
      if (side_b.empty() && !side_a.empty() && a_.host >= 0 && a_.guests.size() == 1 &&
          a_.entities[a_.guests.front()].type == EntityType::kPerson &&
          ObjectPronounAt(trigger.object_begin) &&
          std::find(side_a.begin(), side_a.end(), a_.guests.front()) == side_a.end())
        side_b = a_.guests;
      // "hosted her at Al-Rajma with two of his sons at his side: A and B": those with the
      // host at his side are his companions, who meet his guest
      std::vector<int> at_side;
      // (and "welcomed him together with B", "received her along with B": B with the host)
      const bool pronoun_object = ObjectPronounAt(trigger.at + 1);
      if (const int with = FindWord(s_, trigger.object_begin, object_end, "with");
          with > trigger.object_begin && side_a.size() == 1 &&
          (AtOnesSide(with, object_end) ||
           (pronoun_object && with == trigger.at + 3 &&
            (w(with - 1) == "together" || w(with - 1) == "along")))) {
        at_side = EntitiesIn(a_, si_, with, object_end, false);
      }
      // ("X, who received the delegation alongside A, B and C": A, B and C with the host,
      // when no one is named before "alongside")
      if (const int alongside = FindWord(s_, trigger.object_begin, object_end, "alongside");
          alongside > trigger.object_begin && side_a.size() == 1 && at_side.empty() &&
          EntitiesIn(a_, si_, trigger.object_begin, alongside, false).empty())
        at_side = EntitiesIn(a_, si_, alongside, object_end, false);
      std::erase_if(side_b, [&](int e) {
        return std::find(at_side.begin(), at_side.end(), e) != at_side.end();
      });
      // A pronoun right after the verb with no one else named: the guest, when the clause
      // before "where" calls him so ("the Italian guest drove to Carthage Palace, where X
      // welcomed him"), else the subject of the sentence before, someone other than the
      // host ("On Monday Tetteh flew east to Benghazi. There Field Marshal X hosted her")
      // (or opening the object: "paid a courtesy call on him", "called on her at ...")
      if (side_b.empty() && side_a.size() == 1 &&
          (pronoun_object || ObjectPronounAt(trigger.object_begin))) {
        const int where = FindWordBefore(trigger.at, "where");
        // ("After leaving the Palace, Hegseth proceeded to the Batasang complex, where House
        // Speaker X received him": the one the clause before "where" names)
        const std::vector<int> went =
            where > 0 ? SubjectPersons(a_, si_, 0, where, false) : std::vector<int>{};
        if (NamesAGuestWord(0, where) && a_.guests.size() == 1 &&
            a_.guests.front() != side_a.front())
          side_b = a_.guests;
        else if (went.size() == 1 && went.front() != side_a.front())
          side_b = went;
        else if (const int salient = SalientPerson(a_, si_);
                 salient >= 0 && salient != side_a.front())
          side_b = {salient};
      }
      // "received the OIC Secretary-General and his delegation at Seif Palace": those who
      // came with the guest met the host too (the guest's companions, AddCompanions)
      if (!side_a.empty() &&
          std::any_of(side_b.begin(), side_b.end(), [&](int e) { return IsGuest(a_, e); }) &&
          NamesOnesDelegation(trigger.object_begin, object_end))
        a_.delegation_meetings.push_back(si_);
      // "Three new ambassadors presented their credentials to the President: A, Ambassador
      // of Japan; B, ...": with no subject named, those listed after the colon
      if (const int colon = FindWord(s_, trigger.object_begin, object_end, ":");
          side_a.empty() && colon >= 0 && !trigger.group) {
        side_a = EntitiesIn(a_, si_, colon + 1, n_, false);
        side_b = EntitiesIn(a_, si_, trigger.object_begin, colon, false);
      }
      // ("X visited the Fund, where its Director-General, B, briefed him": X)
      if (std::string_view(trigger.rule) == "briefed-visitor") {
        const int where = VisitedPlaceClause(trigger.at);
        side_a = SubjectPersons(a_, si_, where + 1, trigger.at, true);
        side_b = SubjectPersons(a_, si_, 0, where, false);
        // ("He also visited ...": the report's one guest, who visits, else the one the
        // report is about)
        if (side_b.empty() && HasPersonPronoun(a_, si_, 0, where)) {
          if (a_.guests.size() == 1)
            side_b = a_.guests;
          else if (const int salient = SalientPerson(a_, si_); salient >= 0)
            side_b = {salient};
        }
      }
      if (side_b.empty() && !side_a.empty() && n_ > 0 && IsPunct(s_.tokens[n_ - 1], ":")) {
        side_b = ListItemsAfter();
        listed_items = !side_b.empty();
      }
      if (side_b.empty() && HasRoleOnly(trigger.object_begin, object_end))
        side_b = ListedNext();
      // "Three newly appointed ambassadors presented their letters of credence to X. They
      // are A, ...": the group the subject was is listed next
      else if (side_a.empty() && !side_b.empty() && HasRoleOnly(clause, trigger.at))
        side_a = ListedNext();
      // (a side that names only the other side's person, by a role read wrongly, names none)
      if (!side_b.empty() && std::all_of(side_a.begin(), side_a.end(), [&](int e) {
            return std::find(side_b.begin(), side_b.end(), e) != side_b.end();
          }))
        if (auto holders = PluralRoleHolders(0, trigger.at); !holders.empty()) side_a = holders;
      // "hosted a Russian military delegation ... The delegation was led by X": the head
      // the report names for the delegation it received
      if (side_b.empty() && !side_a.empty() && a_.delegation_head >= 0 &&
          NamesDelegation(trigger.object_begin, group_end) &&
          std::find(side_a.begin(), side_a.end(), a_.delegation_head) == side_a.end())
        side_b = {a_.delegation_head};
      // (after "received", a body or state only as a delegation: "received an official
      // delegation from the Kingdom of Saudi Arabia", not "received an invitation")
      if (side_b.empty() && (!trigger.needs_person || NamesDelegation(trigger.object_begin, group_end)) &&
          !HasRoleOnly(trigger.object_begin, group_end))
        side_b = OrganisationSide(trigger.object_begin, group_end);
      for (int companion : at_side)
        for (int guest : side_b)
          AddRelation(a_, RelationType::kMetWith, companion, guest, -1, si_, "accompanied");
      // "X and Y held talks", "Cavusoglu and Colonna meet on the sidelines of ..."
      // (not "the Sovereign, accompanied by A and B, received them": an object unnamed)
      static const WordSet kObjectPronouns = {"them", "him", "her"};
      const bool no_object = trigger.object_begin < n_ && w(trigger.object_begin) != "with" &&
                             !kObjectPronouns.contains(w(trigger.object_begin)) &&
                             !(trigger.object_begin > 0 && w(trigger.object_begin - 1) == "with") &&
                             !IsPassive(trigger.at) &&
                             EntitiesIn(a_, si_, trigger.object_begin, object_end, false).empty();
      if ((group || no_object) && side_a.size() >= 2 &&
          std::none_of(side_b.begin(), side_b.end(), [&](int e) {
            return a_.entities[e].type == EntityType::kPerson;
          })) {
        PairAll(side_a, trigger);
        RecordAudienceAt(trigger, side_a, {});
        return;
      }
    }
    for (int x : side_a)
      for (int y : side_b) {
        if (x == y || std::find(side_a.begin(), side_a.end(), y) != side_a.end()) continue;
        AddRelation(a_, RelationType::kMetWith, x, y, -1, si_, trigger.rule);
      }
    // "met with the Presidents of Lithuania and Poland": guests of different countries
    // also met each other; not when each was seen on his own ("met separately with",
    // "received the credentials of")
    // (each item of a list its own meeting)
    if (!SeparateAudiences() && !listed_items) {
      PairCountries(side_b, trigger);
      PairCountries(side_a, trigger);
    }
    if (!listed_items) RecordAudienceAt(trigger, side_a, side_b);
  }

  // "X received Y" / "Y was received by X": X hosts, Y are the guests.
  // A hosting verb in the body settles it; a headline or plain "met"/"talks with" only
  // stands in until one is found.
  void RecordAudienceAt(const Trigger& trigger, const std::vector<int>& side_a,
                        const std::vector<int>& side_b) {
    // "The two Heads of State first met behind closed doors": the one of the report's
    // state hosted the other
    if (side_b.empty() && side_a.size() == 2) {
      for (int visitor : {0, 1})
        if (VisitorMetHome(side_a[visitor], side_a[1 - visitor])) {
          RecordAudience(a_, s_.is_title ? 0 : 1, side_a[1 - visitor], {side_a[visitor]});
          return;
        }
    }
    if (side_a.empty() || side_b.empty()) return;
    const std::string_view verb = w(trigger.at);
    // (an audience granted, by its subject or, "was granted an audience by Y", to it)
    const bool hosting = verb == "received" || verb == "receives" || verb == "hosted" ||
                         verb == "hosts" || verb == "welcomed" || verb == "welcomes" ||
                         trigger.subject_hosts ||
                         std::string_view(trigger.rule) == "audience-granted";
    const int strength = (hosting ? 2 : 0) + (s_.is_title ? 0 : 1);
    // "ISLAMABAD - Turkish Minister X, in Pakistan on an official visit, met Prime Minister
    // Y": a verb that does not say who hosted leaves it to the report's state
    const bool object_hosts = IsPassive(trigger.at) || trigger.object_hosts ||
                              (!hosting && VisitorMetHome(side_a.front(), side_b.front()));
    RecordAudience(a_, strength, object_hosts ? side_b.front() : side_a.front(),
                   object_hosts ? side_a : side_b);
  }

  // Whether `subject`, placed in another state than the report's (dateline or publisher)
  // or serving an international body ("the Chairperson of the African Union Commission"),
  // met `object`, of the report's state or placed in none yet (but not serving an
  // international body).
  bool VisitorMetHome(int subject, int object) const {
    const int home_index = HomeCountry(a_);
    const int home = home_index >= 0 ? CountryEntityByIndex(a_, home_index) : -1;
    if (home < 0) return false;
    const int visitor = CountryOfEntity(a_, subject), host = CountryOfEntity(a_, object);
    const bool from_abroad =
        visitor >= 0 ? visitor != home : ServesAnInternationalBody(a_, subject);
    return from_abroad &&
           (host == home || (host < 0 && !ServesAnInternationalBody(a_, object)));
  }

  // "met a delegation of the African Union", "met with CARICOM leaders": an institution
  // is the other side; a country only when its delegation is.
  std::vector<int> OrganisationSide(int from, int to) const {
    bool delegation = false;
    for (int i = from; i < std::min(to, n_); ++i)
      delegation = delegation || w(i) == "delegation" || w(i) == "from";
    if (!delegation) to = std::min(to, from + 8);  // "met a delegation of the African Union"
    std::vector<int> out;
    for (int e : EntitiesIn(a_, si_, from, to, true))
      if (a_.entities[e].type == EntityType::kInstitution ||
          (delegation && a_.entities[e].type == EntityType::kCountry && !NamedAsAPlace(e, from, to)))
        out.push_back(e);
    // "a delegation from Egypt's Ministry of Defence": the body, not also its state
    std::erase_if(out, [&](int e) {
      return a_.entities[e].type == EntityType::kCountry &&
             std::any_of(out.begin(), out.end(), [&](int body) {
               return a_.entities[body].type == EntityType::kInstitution &&
                      CountryOfEntity(a_, body) == e;
             });
    });
    // "the ambassadors of the G7 countries", "G7 ambassadors": the group's organisation
    for (int i = from; i < std::min(to, n_); ++i) {
      const int m = s_.mention_at[i];
      if (m < 0 || (i > from && s_.mention_at[i - 1] == m) ||
          a_.mentions[m].type != MentionType::kRoleOnly || !IsGroupOfAnOrganisation(a_.mentions[m]))
        continue;
      for (int affiliation : a_.mentions[m].affiliations) {
        const int e = a_.mentions[affiliation].entity;
        if (e >= 0 && a_.entities[e].type == EntityType::kInstitution &&
            std::find(out.begin(), out.end(), e) == out.end())
          out.push_back(e);
      }
    }
    return out;
  }

  // "receives IMF delegation at Villa Somalia", "in Addis Ababa": a country named in
  // [from, to) only within a place after "at" or "in".
  bool NamedAsAPlace(int e, int from, int to) const {
    for (int i = std::max(from + 1, 1); i < std::min(to, n_); ++i) {
      const int m = s_.mention_at[i];
      if (m < 0 || a_.mentions[m].entity != e || a_.mentions[m].begin != i) continue;
      const int k = s_.tokens[i - 1].capitalized ? i - 2 : i - 1;  // "at [Villa] Somalia"
      if (k < from || !(w(k) == "at" || w(k) == "in")) return false;
    }
    return true;
  }

  // "The Ministers of Foreign Affairs of Burkina Faso and Mali ... were received": of the
  // plural role in [from, to), the first person the report names holding its office for
  // each of the states after it; none unless every state has one.
  std::vector<int> PluralRoleHolders(int from, int to) const {
    for (int i = from; i < std::min(to, n_); ++i) {
      const int m = s_.mention_at[i];
      if (m < 0 || a_.mentions[m].type != MentionType::kRoleOnly || a_.mentions[m].entity >= 0 ||
          !IsPluralTitle(a_.mentions[m].title_head))
        continue;
      const std::string& head = a_.mentions[m].title_head;
      const std::string plural = head.substr(0, head.find(' '));
      const std::string singular = plural.substr(0, plural.size() - 1);  // "minister"
      int end = a_.mentions[m].begin;  // (the states, inside the role and after it)
      while (end < n_ && !IsClauseBreak(s_.tokens[end])) ++end;
      std::vector<int> countries;
      for (const Mention& c : a_.mentions)
        if (c.sentence == si_ && c.type == MentionType::kCountry && c.entity >= 0 &&
            c.begin >= a_.mentions[m].begin && c.begin < end &&
            std::find(countries.begin(), countries.end(), c.entity) == countries.end())
          countries.push_back(c.entity);
      if (countries.size() < 2) return {};
      std::vector<int> holders;
      for (int country : countries) {
        int holder = -1;
        for (const Mention& p : a_.mentions) {
          if (p.type != MentionType::kPerson || p.entity < 0 ||
              CountryOfEntity(a_, p.entity) != country)
            continue;
          for (const std::string& title : p.title_heads)
            if (title.starts_with(singular) && (holder < 0 || holder == p.entity))
              holder = p.entity;
        }
        if (holder < 0) return {};
        holders.push_back(holder);
      }
      return holders;
    }
    return {};
  }

  // An unresolved role ("the Presidents of Lithuania and Poland") means the other side
  // is people we could not name, not the countries in their titles.
  // "Heads of Government from The Bahamas, Barbados ...": people named by where they
  // are from stand for their countries; "the ambassadors of the G7 countries", a group
  // of an organisation's, for the organisation.
  bool HasRoleOnly(int from, int to) const {
    for (int i = from; i < std::min(to, n_); ++i) {
      int m = s_.mention_at[i];
      if (m < 0 || a_.mentions[m].type != MentionType::kRoleOnly) continue;
      const int end = a_.mentions[m].end;
      if (end < n_ && w(end) == "from") continue;
      if (IsGroupOfAnOrganisation(a_.mentions[m])) continue;
      return true;
    }
    return false;
  }

  // "meets special envoy of Chinese President Xi Jinping" (a headline's lower-case role):
  // the one an envoy or aide in [from, to) serves is not met.
  // Whether person e is named in [from, to) only as the owner of greetings or a message
  // ("receives Turkish Defence Minister Güler, Erdoğan's greetings").
  bool SendsGreetings(int e, int from, int to) const {
    bool named = false;
    for (int i = from; i < std::min(to, n_); ++i) {
      const int m = s_.mention_at[i];
      if (m < 0 || a_.mentions[m].entity != e || a_.mentions[m].begin != i) continue;
      const int end = a_.mentions[m].end;
      if (end + 1 >= n_ || !IsPossessive(s_.tokens[end]) ||
          FindInList(a_, si_, end + 1, std::min(n_, end + 4), a_.lists->greeting_nouns) < 0)
        return false;
      named = true;
    }
    return named;
  }

  bool ServedByAnAide(int e, int from, int to) const {
    for (int i = from; i < std::min(to, n_); ++i) {
      const int m = s_.mention_at[i];
      if (m < 0 || a_.mentions[m].entity != e || a_.mentions[m].begin != i) continue;
      int k = i - 1;  // back over the principal's own title: "Chinese President"
      while (k > from && (s_.tags[k].kind != TokenTag::kNone || s_.tokens[k].capitalized)) --k;
      return k > from && (w(k) == "of" || w(k) == "to") && IsAideTitle(*a_.lexicon, w(k - 1));
    }
    return false;
  }

  // The first person the body names more than once, by a full name, who is not in
  // `others`, or -1.
  int FirstOtherPersonOfTheBody(const std::vector<int>& others) const {
    for (int k = 0; k < static_cast<int>(a_.sentences.size()); ++k) {
      if (a_.sentences[k].is_title) continue;
      const int n = static_cast<int>(a_.sentences[k].tokens.size());
      for (int e : EntitiesIn(a_, k, 0, n, false))
        if (std::find(others.begin(), others.end(), e) == others.end() &&
            a_.entities[e].mentions.size() > 1 &&
            a_.entities[e].name.find(' ') != std::string::npos)  // a full name
          return e;
    }
    return -1;
  }

  // "received Letters of Credence from four Heads of Mission. They were the Ambassador of
  // Peru, Luis Salazar; ...": the persons the next sentence lists as "they".
  // ("The copies were presented, each in a separate meeting, by Ambassador A of Japan,
  // B and C": those who brought what was received)
  // (or the one after it, past a sentence of who attended: "... The Crown Prince attended.
  // In their order of presentation, the new envoys are A of China, B of Italy ...")
  std::vector<int> ListedNext() const {
    for (int next = si_ + 1; next <= si_ + 2 && next < static_cast<int>(a_.sentences.size());
         ++next) {
      const Sentence& s = a_.sentences[next];
      const int n = static_cast<int>(s.tokens.size());
      // (past a phrase set off before it: "In their order of presentation, ...")
      int opened = 0;
      for (int k = 1; k < std::min(n, 7); ++k)
        if (IsPunct(s.tokens[k], ",")) {
          opened = k + 1;
          break;
        }
      // (the farther reach only for a list that opens right after "are" or "were")
      for (int begin : {0, opened})
        if (auto listed = ListedIn(next, begin, next > si_ + 1 || begin > 0); !listed.empty())
          return listed;
    }
    return {};
  }

  // "held the following meetings on the margins of the General Assembly:" then "- Foreign
  // Minister A of Algeria;", "- Prime Minister B of Somalia": the persons of the list items
  // (lines opened by a dash or a bullet, or numbered) that follow the sentence's colon.
  std::vector<int> ListItemsAfter() const {
    static const WordSet kBullets = {"-", "\u2013", "\u2014", "\u2022", "*"};
    std::vector<int> out;
    for (int k = si_ + 1; k < static_cast<int>(a_.sentences.size()); ++k) {
      const Sentence& item = a_.sentences[k];
      if (item.tokens.empty()) break;
      const Token& first = item.tokens.front();
      // ("1." on its own, the item after it)
      if (item.tokens.size() <= 2 && first.shape == TokenShape::kNumber) continue;
      const bool bullet = kBullets.contains(first.folded);
      const bool numbered = k > si_ + 1 && a_.sentences[k - 1].tokens.size() <= 2 &&
                            a_.sentences[k - 1].tokens.front().shape == TokenShape::kNumber;
      if (!bullet && !numbered) break;
      // (up to the item's colon: "Kenyan Cabinet Secretary A: The Deputy Secretary
      // conveyed Secretary Rubio's greetings" names A met, not Rubio)
      int item_end = static_cast<int>(item.tokens.size());
      for (int c = 0; c < item_end; ++c)
        if (IsPunct(item.tokens[c], ":")) item_end = c;
      for (int e : EntitiesIn(a_, k, 0, item_end, false))
        if (std::find(out.begin(), out.end(), e) == out.end()) out.push_back(e);
    }
    return out;
  }

  // Those the sentence `next` lists from its token `b` on, as ListedNext reads them
  // (`named_at_once`: only "the new envoys are A ...", a name right after the verb).
  std::vector<int> ListedIn(int next, int b, bool named_at_once) const {
    static const WordSet kBrought = {"presented", "handed", "delivered", "submitted"};
    const Sentence& s = a_.sentences[next];
    const int n = static_cast<int>(s.tokens.size());
    if (n - b < 3) return {};
    auto word = [&](int k) { return s.tokens[b + k].folded; };
    // ("The envoys received by ...", "The new envoys are ...": the group's plural noun)
    const int plural = IsPluralWord(word(1)) ? 1 : IsPluralWord(word(2)) ? 2 : 0;
    if (named_at_once) {
      const int verb = b + plural + 1;
      if (word(0) != "the" || plural == 0 || verb + 1 >= n ||
          !(IsWord(s.tokens[verb], "are") || IsWord(s.tokens[verb], "were")) ||
          s.mention_at[verb + 1] < 0 ||
          a_.mentions[s.mention_at[verb + 1]].type != MentionType::kPerson)
        return {};
      return EntitiesIn(a_, next, verb + 1, n, false);
    }
    if (word(0) == "they" && (word(1) == "were" || word(1) == "are" || word(1) == "included"))
      return EntitiesIn(a_, next, b + 2, n, false);
    // "Presenting their credentials were A, Ambassador of ...; B, ...": those brought them
    static const WordSet kBringing = {"presenting", "handing", "delivering", "submitting"};
    if (kBringing.contains(word(0)))
      for (int k = 1; b + k + 1 < n && k < 6; ++k)
        if (word(k) == "were") return EntitiesIn(a_, next, b + k + 1, n, false);
    // ("The copies were presented by A, B and C", "Credentials were presented by ...")
    if (const int were = word(0) == "the" ? 2 : 1; word(were) == "were")
      for (int k = were + 1; b + k + 1 < n && k < were + 4; ++k)
        if (kBrought.contains(word(k)))
          for (int by = b + k + 1; by < n; ++by)
            if (IsWord(s.tokens[by], "by")) return EntitiesIn(a_, next, by + 1, n, false);
    // "The envoys received by His Majesty were A, Ambassador of ...; B, ...", "The new
    // envoys are A of Morocco, B of ...": the group named by a plural noun, then who they
    // were
    if (word(0) == "the" && plural > 0)
      for (int k = plural + 1;
           b + k + 1 < n && k < 8 && s.tokens[b + k].shape != TokenShape::kPunct; ++k)
        if (word(k) == "were" || word(k) == "are") return EntitiesIn(a_, next, b + k + 1, n, false);
    return {};
  }

  bool IsGroupOfAnOrganisation(const Mention& role) const {
    if (role.entity >= 0 || !role.title_head.ends_with('s')) return false;
    return std::any_of(role.affiliations.begin(), role.affiliations.end(), [&](int m) {
      return a_.mentions[m].type == MentionType::kInstitution;
    });
  }

  // "the two Foreign Ministers", "both defence ministers" in [from, to): the two persons
  // named before who hold that title (a minister's, of that portfolio), of two states; none
  // unless exactly two.
  std::vector<int> TheTwoTitled(int from, int to) const {
    int plural = -1;
    for (int i = from; i + 1 < to && plural < 0; ++i)
      if (w(i) == "two" || w(i) == "both")
        if (const int m = MentionAt(a_, si_, i + 1);
            m >= 0 && a_.mentions[m].begin == i + 1 &&
            a_.mentions[m].type == MentionType::kRoleOnly && !a_.mentions[m].roles.empty())
          plural = m;
    if (plural < 0) return {};
    std::string title = a_.mentions[plural].roles.front();
    if (title.size() < 2 || title.back() != 's') return {};
    title.pop_back();  // "Foreign Ministers" -> "Foreign Minister"
    const std::string portfolio = MinisterPortfolio(title);
    if (portfolio.empty()) return {};
    std::vector<int> holders;
    for (const Mention& m : a_.mentions) {
      if (m.sentence >= si_ || m.type != MentionType::kPerson || m.entity < 0) continue;
      const bool holds = std::any_of(m.roles.begin(), m.roles.end(), [&](const std::string& r) {
        return MinisterPortfolio(r) == portfolio;
      });
      if (holds && std::find(holders.begin(), holders.end(), m.entity) == holders.end())
        holders.push_back(m.entity);
    }
    if (holders.size() != 2) return {};
    const int one = CountryOfEntity(a_, holders[0]), other = CountryOfEntity(a_, holders[1]);
    return one < 0 || one != other ? holders : std::vector<int>{};
  }

  // "The two Heads of State first met behind closed doors", "the two sides held talks":
  // the host and the guests, else the first two persons the report names, not of one state;
  // none after a telephone call was told ("The two leaders had an in-depth discussion").
  std::vector<int> BothPrincipals() const {
    static const WordSet kPhone = {"telephone", "phone", "telephoned", "phoned"};
    for (int k = 0; k < si_; ++k)
      for (const Token& t : a_.sentences[k].tokens)
        if (kPhone.contains(t.folded)) return {};
    if (a_.host >= 0 && !a_.guests.empty()) {
      std::vector<int> both = {a_.host};
      both.insert(both.end(), a_.guests.begin(), a_.guests.end());
      return both;
    }
    auto both = ReportPrincipals(a_);
    if (both.size() != 2) return {};
    const int one = CountryOfEntity(a_, both[0]), other = CountryOfEntity(a_, both[1]);
    return one < 0 || one != other ? both : std::vector<int>{};
  }

  // "held official talks with his Pakistani counterpart" in [from, to): of the audience's
  // host and guests not in `side`, those of the state the adjective names (any of them
  // without one); none when no counterpart is named there.
  std::vector<int> CounterpartIn(int from, int to, const std::vector<int>& side) const {
    int at = -1;
    for (int i = std::max(from, 1); i < std::min(to, n_) && at < 0; ++i)
      if (w(i) == "counterpart") at = i;
    if (at < 0) return {};
    int country = -1;  // (the adjective's own mention, inside the role's)
    for (const Mention& m : a_.mentions)
      if (m.sentence == si_ && m.type == MentionType::kCountry && m.end == at) country = m.entity;
    const int owner = country >= 0 ? at - 2 : at - 1;  // "his", "her", "their"
    if (owner < 0 || (w(owner) != "his" && w(owner) != "her" && w(owner) != "their")) return {};
    std::vector<int> out;
    for (int e : AudiencePrincipals(a_))
      if (std::find(side.begin(), side.end(), e) == side.end() &&
          a_.entities[e].type == EntityType::kPerson &&
          (country < 0 || CountryOfEntity(a_, e) == country))
        out.push_back(e);
    return out;
  }

  // "the visitors", "the two guests" as the subject in [from, to): no one named there.
  bool NamesTheGuests(int from, int to) const {
    if (!EntitiesIn(a_, si_, from, to, true).empty()) return false;
    for (int i = std::max(from, 1); i < std::min(to, n_); ++i) {
      if ((w(i) == "visitors" || w(i) == "guests") && (w(i - 1) == "the" || w(i - 1) == "two"))
        return true;
      // ("On the same day, the guest was received by X", "The envoy then moved to ...": the
      // audience's one guest)
      if ((w(i) == "visitor" || w(i) == "guest" || w(i) == "envoy") && w(i - 1) == "the" &&
          a_.guests.size() == 1)
        return true;
      // ("The Arab diplomat then called on X", "the Gambian envoy": named by his region or
      // by his own state's adjective)
      static const WordSet kEnvoys = {"diplomat", "official", "envoy", "emissary", "visitor"};
      if (kEnvoys.contains(w(i)) && i >= 2 && w(i - 2) == "the" && a_.guests.size() == 1 &&
          (Has(s_, i - 1, a_.lists->not_name_words) ||
           (s_.tags[i - 1].kind == TokenTag::kCountryAdjective &&
            CountryEntityByIndex(a_, s_.tags[s_.tags[i - 1].start].index) ==
                CountryOfEntity(a_, a_.guests.front()))))
        return true;
    }
    return false;
  }

  // Whether a word for a guest ("guest", "envoy", "visitor") is in [from, to).
  bool NamesAGuestWord(int from, int to) const {
    for (int k = std::max(from, 0); k < std::min(to, n_); ++k)
      if (IsGuestWord(s_.tokens[k])) return true;
    return false;
  }

  // "hosted a luncheon for the Iraqi delegation": the persons of that state the subject
  // met before (the audience's guests first); none when [from, to) names no such delegation.
  std::vector<int> DelegationOfAState(int from, int to, int subject) const {
    std::vector<int> out;
    for (int i = std::max(from, 0); i + 1 < std::min(to, n_); ++i) {
      if (s_.tags[i].kind != TokenTag::kCountryAdjective || w(i + 1) != "delegation") continue;
      const int state = CountryEntityByIndex(a_, s_.tags[s_.tags[i].start].index);
      if (state < 0) return out;
      for (int guest : a_.guests)
        if (CountryOfEntity(a_, guest) == state) out.push_back(guest);
      return out.empty() ? MetOfState(a_, subject, state, si_) : out;
    }
    return out;
  }

  bool NamesDelegation(int from, int to) const {
    for (int i = std::max(from, 0); i < std::min(to, n_); ++i)
      if (w(i) == "delegation") return true;
    return false;
  }

  // "him" or "her" at token i.
  bool ObjectPronounAt(int i) const { return i < n_ && (w(i) == "him" || w(i) == "her"); }

  // "and his delegation", "and the accompanying delegation", "and her accompanying
  // delegation" in [from, to).
  bool NamesOnesDelegation(int from, int to) const {
    for (int i = std::max(from, 2); i < std::min(to, n_); ++i)
      if (w(i) == "delegation" &&
          (w(i - 1) == "his" || w(i - 1) == "her" || w(i - 1) == "accompanying") &&
          (w(i - 2) == "and" || w(i - 2) == "his" || w(i - 2) == "her" || w(i - 2) == "the"))
        return true;
    return false;
  }

  // Every cross-side pair of a group: "A, B and C gathered in Cairo".
  void PairAll(const std::vector<int>& group, const Trigger& trigger) {
    for (std::size_t i = 0; i < group.size(); ++i)
      for (std::size_t j = i + 1; j < group.size(); ++j)
        if (!SameSide(group[i], group[j]))
          AddRelation(a_, RelationType::kMetWith, group[i], group[j], -1, si_, trigger.rule);
  }

  // Whether each guest was seen on his own: in this sentence or, for a headline ("PM
  // meets A, B, C on sidelines of summit"), in the lead that tells it.
  bool SeparateAudiences() const {
    if (TellsSeparateAudiences(s_)) return true;
    // (the lead, past a dateline set apart: "Baku, November 12, AZERTAC."; also for the
    // meetings the body tells after a lead that says they were separate: "held a series of
    // bilateral meetings ... Sayyid Badr met A, ..., and B, ...")
    constexpr int kLeadSentences = 2;
    int lead = 0;
    for (int k = 0; k < static_cast<int>(a_.sentences.size()) && lead < kLeadSentences; ++k) {
      if (a_.sentences[k].is_title) continue;
      if (k >= si_ && !s_.is_title) break;
      ++lead;
      if (TellsSeparateAudiences(a_.sentences[k])) return true;
    }
    return false;
  }

  bool TellsSeparateAudiences(const Sentence& s) const {
    static const WordSet kWords = {"separately",  "individually", "successively",
                                   "credentials", "credence",     "accrediting"};
    const int n = static_cast<int>(s.tokens.size());
    auto word = [&](int i) { return std::string_view(s.tokens[i].folded); };
    for (int i = 0; i < n; ++i) {
      if (kWords.contains(word(i))) return true;
      // "held three separate meetings with A, B and C", "separate bilateral meetings",
      // "separate rounds of talks"; "held bilateral meetings with A, B and C": one each
      if ((word(i) == "separate" || word(i) == "bilateral") && i + 1 < n) {
        const int head =
            i + 2 < n && word(i) == "separate" && word(i + 1) == "bilateral" ? i + 2 : i + 1;
        if (word(head) == "rounds" || (Has(s, head, a_.lists->meeting_phrase_heads) &&
                                       (word(i) == "separate" || IsPluralWord(word(head)))))
          return true;
      }
      // "held a series of meetings", "a string of bilateral meetings"
      if ((word(i) == "series" || word(i) == "string") && i + 2 < n && word(i + 1) == "of") {
        const int head = i + 3 < n && word(i + 2) == "bilateral" ? i + 3 : i + 2;
        if (Has(s, head, a_.lists->meeting_phrase_heads) && IsPluralWord(word(head))) return true;
      }
      // "sitting down in turn with A, B and C", "meeting in succession with A, B and C"
      if (i + 1 < n &&
          ((word(i) == "in" && (word(i + 1) == "turn" || word(i + 1) == "succession")) ||
           (word(i) == "one" && word(i + 1) == "after")))
        return true;
      // "met back to back with A and with B"
      if (i + 2 < n && word(i) == "back" && word(i + 1) == "to" && word(i + 2) == "back")
        return true;
    }
    return false;
  }

  // (a headline's list of guests, "Berri receives Hungarian foreign minister, UNDP
  // representative and outgoing Japanese ambassador", sums up audiences the body tells
  // one by one: two guests it never names in one sentence were not received together)
  void PairCountries(const std::vector<int>& side, const Trigger& trigger) {
    for (std::size_t i = 0; i < side.size(); ++i)
      for (std::size_t j = i + 1; j < side.size(); ++j) {
        const int ci = CountryOfEntity(a_, side[i]), cj = CountryOfEntity(a_, side[j]);
        if (ci >= 0 && cj >= 0 && ci != cj && (!s_.is_title || BodyNamesTogether(side[i], side[j])))
          AddRelation(a_, RelationType::kMetWith, side[i], side[j], -1, si_, trigger.rule);
      }
  }

  // Whether a body sentence names both entities x and y, or the body names neither.
  bool BodyNamesTogether(int x, int y) const {
    std::set<int> with_x, with_y;
    for (const Mention& m : a_.mentions) {
      if (a_.sentences[m.sentence].is_title) continue;
      if (m.entity == x) with_x.insert(m.sentence);
      if (m.entity == y) with_y.insert(m.sentence);
    }
    if (with_x.empty() || with_y.empty()) return true;
    return std::any_of(with_x.begin(), with_x.end(), [&](int si) { return with_y.contains(si); });
  }

  // Two people of one country's delegation do not "meet" each other.
  bool SameSide(int x, int y) const {
    if (a_.entities[y].type == EntityType::kCountry) return CountryOfEntity(a_, x) == y;
    int cx = CountryOfEntity(a_, x), cy = CountryOfEntity(a_, y);
    return cx >= 0 && cx == cy;
  }

  Analysis& a_;
  int si_;
  const Sentence& s_;
  int n_;
  int attribution_;  // where the sentence's closing attribution begins (AttributionStart)
};

// "Yermak met with the parliamentary delegation of the Republic of Korea" in the headline,
// and in the body "... of the Republic of Korea headed by Lee Jun-seok": the delegation
// the headline could only name by its country is the person the body names.
void DropHeadlineSidesTheBodyNames(Analysis& a) {
  auto is_person = [&](int e) { return a.entities[e].type == EntityType::kPerson; };
  auto met_in_body = [&](int person) {
    return std::any_of(a.relations.begin(), a.relations.end(), [&](const RelationCandidate& r) {
      return r.type == RelationType::kMetWith && !a.sentences[r.sentence].is_title &&
             (r.source == person || r.target == person) && is_person(r.source) &&
             is_person(r.target);
    });
  };
  std::erase_if(a.relations, [&](const RelationCandidate& r) {
    if (r.type != RelationType::kMetWith || r.sentence < 0 || !a.sentences[r.sentence].is_title)
      return false;
    if (is_person(r.source) == is_person(r.target)) return false;
    return met_in_body(is_person(r.source) ? r.source : r.target);
  });
}

}  // namespace

void FindMeetings(Analysis& analysis) {
  analysis.delegation_head = DelegationHead(analysis);
  for (int si = 0; si < static_cast<int>(analysis.sentences.size()); ++si)
    MeetingFinder(analysis, si).Run();
  DropHeadlineSidesTheBodyNames(analysis);
}

}  // namespace dkg::internal
