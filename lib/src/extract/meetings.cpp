// MET_WITH: a meeting reported as having happened, between the entities on its two
// sides. Triggers: meeting verbs ("met", "received", "hosted", "welcomed"), talks held
// ("held talks with", "had a meeting with"), nominal meetings ("talks between X and
// Y", "during his meeting with"), courtesy visits. Not meetings: calls, letters,
// meetings announced or planned, denied ones.
#include <algorithm>

#include "extract/analysis.h"
#include "extract/relation_util.h"
#include "extract/token_rules.h"

namespace dkg::internal {
namespace {

struct Trigger {
  int at = -1;            // the trigger token
  int object_begin = -1;  // where the other side starts
  bool between = false;   // "talks between X and Y"
  bool needs_person = false;  // "welcomed", "received": a non-person object is no meeting
  const char* rule = "";
};

class MeetingFinder {
 public:
  MeetingFinder(Analysis& a, int si)
      : a_(a), si_(si), s_(a.sentences[si]), n_(static_cast<int>(s_.tokens.size())) {}

  void Run() {
    if (IsCall()) return;
    for (int t = 0; t < n_; ++t) {
      Trigger trigger = TriggerAt(t);
      if (trigger.at < 0 || IsUnreal(trigger.at)) continue;
      Pair(trigger);
      t = std::max(t, trigger.object_begin - 1);
    }
  }

 private:
  const std::string& w(int i) const { return s_.tokens[i].folded; }
  bool In(int i, const char* list) const { return i < n_ && a_.lexicon->InList(list, w(i)); }

  // A call or letter is never a meeting ("had a telephone conversation with").
  bool IsCall() const {
    for (int i = 0; i < n_; ++i) {
      if (!In(i, "call_words")) continue;
      // "called on" (visited) and "call for" (urged) are not calls
      if ((w(i) == "called" || w(i) == "call" || w(i) == "calls") && i + 1 < n_ &&
          (w(i + 1) == "on" || w(i + 1) == "for" || w(i + 1) == "upon"))
        continue;
      return true;
    }
    return false;
  }

  int SkipArticles(int i) const {
    while (i < n_ && (w(i) == "a" || w(i) == "an" || w(i) == "the" || w(i) == "his" ||
                      w(i) == "her" || w(i) == "their" || w(i) == "official" ||
                      w(i) == "formal" || w(i) == "bilateral"))
      ++i;
    return i;
  }

  Trigger TriggerAt(int t) const {
    const std::string& word = w(t);
    if (In(t, "meeting_verbs") && word != "meeting") {
      int next = SkipArticles(t + 1);
      if (next < n_ && (In(next, "greeting_nouns") || In(next, "call_words") ||
                        w(next) == "invitation" || w(next) == "report" || w(next) == "briefing"))
        return {};
      if (word == "visited" || word == "visits") return {};
      const bool met = word == "met" || word == "meet" || word == "meets";
      if (next < n_ && w(next) == "with") ++next;
      if (t + 1 < n_ && w(t + 1) == "by") next = t + 2;  // "was received by"
      return {t, next, false, !met, "meeting-verb"};
    }
    if (In(t, "meeting_phrase_heads")) {
      int next = t + 1;
      if (next < n_ && w(next) == "with") return {t, next + 1, false, false, "talks-with"};
      if (next < n_ && w(next) == "between") return {t, next + 1, true, false, "talks-between"};
    }
    // "X and Y held talks", "had a brief conversation": the subjects met each other
    if (In(t, "talk_verbs")) {
      for (int k = t + 1; k < std::min(n_, t + 5); ++k) {
        if (In(k, "meeting_phrase_heads")) {
          if (k + 1 < n_ && (w(k + 1) == "with" || w(k + 1) == "between")) return {};
          return {t, k + 1, false, true, "subjects-held-talks"};
        }
        if (!s_.tokens[k].capitalized && s_.tokens[k].shape == TokenShape::kWord) continue;
        break;
      }
    }
    if (In(t, "group_meeting_verbs") && word != "met")
      return {t, t + 1, false, true, "gathered"};
    if (word == "courtesy" && t + 2 < n_ && (w(t + 1) == "visit" || w(t + 1) == "call") &&
        (w(t + 2) == "to" || w(t + 2) == "on"))
      return {t, t + 3, false, false, "courtesy-visit"};
    if (word == "sidelines" && t + 1 < n_ && w(t + 1) == "of")
      return {};  // the venue, not the other side; the verb in the clause decides
    return {};
  }

  // Future, planned, infinitive or denied meetings did not happen (yet).
  bool IsUnreal(int t) const {
    const int from = ClauseStart(a_, si_, t);
    if (FindInList(a_, si_, from, t, "future_words") >= 0) return true;
    if (t > 0 && (w(t - 1) == "to")) return true;  // "plans to meet", "travel to meet"
    if (FindInList(a_, si_, std::max(from, t - 3), t, "negation_words") >= 0) return true;
    return false;
  }

  int ObjectEnd(int begin) const {
    for (int i = begin; i < n_; ++i) {
      if (IsPunct(s_.tokens[i], ";") || IsPunct(s_.tokens[i], ".")) return i;
      const std::string& word = w(i);
      if (word == "where" || word == "who" || word == "which" || word == "after" ||
          word == "before" || word == "while" || word == "during" || word == "following")
        return i;
      if (word == "to" && i + 1 < n_ && !s_.tokens[i + 1].capitalized &&
          s_.tokens[i + 1].shape == TokenShape::kWord && w(i + 1) != "the")
        return i;  // "to discuss ..."
    }
    return n_;
  }

  void Pair(const Trigger& trigger) {
    const int clause = ClauseStart(a_, si_, trigger.at);
    const int object_end = ObjectEnd(trigger.object_begin);
    std::vector<int> side_a, side_b;
    if (trigger.between) {
      auto all = EntitiesIn(a_, si_, trigger.object_begin, object_end, false);
      if (all.size() < 2) return;
      side_a.push_back(all.front());
      side_b.assign(all.begin() + 1, all.end());
    } else {
      side_a = EntitiesIn(a_, si_, clause, trigger.at, false);
      if (side_a.empty() && HasPersonPronoun(a_, si_, clause, trigger.at)) {
        int salient = SalientPerson(a_, si_);
        if (salient >= 0) side_a.push_back(salient);
      }
      if (std::string_view(trigger.rule) != "gathered" &&
          std::string_view(trigger.rule) != "subjects-held-talks")
        side_b = EntitiesIn(a_, si_, trigger.object_begin, object_end, false);
      if (side_b.empty() && !trigger.needs_person)  // "met a delegation of the African Union"
        side_b = EntitiesIn(a_, si_, trigger.object_begin,
                            std::min(object_end, trigger.object_begin + 8), true);
      if (side_b.empty() && side_a.size() >= 2) {  // "X and Y held talks", "X, Y and Z gathered"
        PairAll(side_a, trigger);
        return;
      }
    }
    for (int x : side_a)
      for (int y : side_b) {
        if (x == y || std::find(side_a.begin(), side_a.end(), y) != side_a.end()) continue;
        if (SameSide(x, y)) continue;
        AddRelation(a_, RelationType::kMetWith, x, y, -1, si_, trigger.rule);
      }
  }

  // Every cross-side pair of a group: "A, B and C gathered in Cairo".
  void PairAll(const std::vector<int>& group, const Trigger& trigger) {
    for (std::size_t i = 0; i < group.size(); ++i)
      for (std::size_t j = i + 1; j < group.size(); ++j)
        if (!SameSide(group[i], group[j]))
          AddRelation(a_, RelationType::kMetWith, group[i], group[j], -1, si_, trigger.rule);
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
};

}  // namespace

void FindMeetings(Analysis& analysis) {
  for (int si = 0; si < static_cast<int>(analysis.sentences.size()); ++si)
    MeetingFinder(analysis, si).Run();
}

}  // namespace dkg::internal
