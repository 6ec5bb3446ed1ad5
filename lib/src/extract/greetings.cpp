// CONVEYED_GREETINGS_TO, in every direction the reports use:
//   "A conveyed the greetings of B to C"        source A, target C, on behalf of B
//   "A conveyed to C B's greetings"             source A, target C, on behalf of B
//   "C asked A to convey his greetings to B"    source A, target B, on behalf of C
//   "A handed C a message from B"               source A, target C, on behalf of B
//   "A congratulated C", "A offered C his condolences"
#include <algorithm>

#include "extract/analysis.h"
#include "extract/relation_util.h"
#include "extract/token_rules.h"

namespace dkg::internal {
namespace {

class GreetingFinder {
 public:
  GreetingFinder(Analysis& a, int si)
      : a_(a), si_(si), s_(a.sentences[si]), n_(static_cast<int>(s_.tokens.size())) {}

  void Run() {
    for (int g = 0; g < n_; ++g) {
      if (In(g, "greeting_nouns")) {
        if (FromNoun(g)) g = NounPhraseEnd(g);
      } else if (In(g, "congratulate_verbs") && w(g) != "thanked") {
        Congratulated(g);
      }
    }
  }

 private:
  const std::string& w(int i) const { return s_.tokens[i].folded; }
  bool In(int i, const char* list) const {
    return i >= 0 && i < n_ && a_.lexicon->InList(list, w(i));
  }

  int NounPhraseEnd(int g) const {
    int i = g + 1;
    while (i < n_ && !IsClauseBreak(s_.tokens[i]) && w(i) != "to") ++i;
    return i;
  }

  // The subject of the verb at v: persons before it in the clause, a pronoun's
  // antecedent, or the person a "who" refers to.
  int SubjectOf(int v) const {
    const int clause = ClauseStart(a_, si_, v);
    for (int i = v - 1; i >= clause; --i) {
      if (w(i) == "who") {
        auto before = EntitiesIn(a_, si_, clause, i, false);
        if (!before.empty()) return before.back();
      }
    }
    auto persons = EntitiesIn(a_, si_, clause, v, false);
    if (!persons.empty()) return persons.front();
    if (HasPersonPronoun(a_, si_, clause, v)) return SalientPerson(a_, si_);
    auto any = EntitiesIn(a_, si_, clause, v, true);
    return any.empty() ? -1 : any.front();
  }

  // First entity in [from, to), persons first; a pronoun "him"/"her" means the
  // person in the sentence who is neither `exclude` nor embedded.
  int EntityIn(int from, int to, int exclude, bool allow_pronoun) const {
    to = std::min(to, n_);
    auto persons = EntitiesIn(a_, si_, from, to, false, true);
    for (int p : persons)
      if (p != exclude) return p;
    if (allow_pronoun) {
      for (int i = std::max(from, 0); i < to; ++i) {
        if (w(i) != "him" && w(i) != "her") continue;
        for (int p : EntitiesIn(a_, si_, 0, n_, false))
          if (p != exclude) return p;
        int salient = SalientPerson(a_, si_);
        if (salient != exclude) return salient;
      }
    }
    auto any = EntitiesIn(a_, si_, from, to, true, true);
    for (int e : any)
      if (e != exclude) return e;
    return -1;
  }

  int FindWord(int from, int to, std::string_view word) const {
    for (int i = std::max(from, 0); i < std::min(to, n_); ++i)
      if (w(i) == word) return i;
    return -1;
  }

  bool FromNoun(int g) {
    const int clause = ClauseStart(a_, si_, g);
    int v = -1;
    for (int i = g - 1; i >= clause; --i)
      if (In(i, "greeting_verbs")) { v = i; break; }
    if (v < 0) return false;
    int source = -1, obo = -1;
    // "C asked A to convey his greetings to B"
    int ask = -1;
    for (int i = v - 1; i >= clause; --i)
      if (In(i, "ask_verbs")) { ask = i; break; }
    if (ask >= 0 && v > 0 && w(v - 1) == "to") {
      source = EntityIn(ask + 1, v - 1, -1, true);
      obo = SubjectOf(ask);
    } else {
      source = SubjectOf(v);
    }
    const int end = NounPhraseEnd(g);
    // on behalf of: "greetings of B", "message from B", "B's greetings"
    if (obo < 0) {
      if (g + 1 < n_ && (w(g + 1) == "of" || w(g + 1) == "from"))
        obo = EntityIn(g + 2, end, source, false);
      else if (int from = FindWord(g + 1, end, "from"); from >= 0)
        obo = EntityIn(from + 1, end, source, false);
    }
    if (obo < 0) {
      for (int i = g - 1; i > v; --i)
        if (IsPossessive(s_.tokens[i])) {
          int m = MentionAt(a_, si_, i - 1);
          if (m >= 0) obo = a_.mentions[m].entity;
          break;
        }
    }
    // target: "to C" after the noun phrase, "to C" right after the verb, or "handed C"
    int target = -1;
    if (end < n_ && w(end) == "to") target = EntityIn(end + 1, n_, source, true);
    if (target < 0 && v + 1 < n_ && w(v + 1) == "to")
      target = EntityIn(v + 2, g, source, true);
    if (target < 0) target = EntityIn(v + 1, g, source, true);
    if (target == obo) obo = -1;
    AddRelation(a_, RelationType::kConveyedGreetingsTo, source, target, obo, si_,
                ask >= 0 ? "asked-to-convey" : "conveyed-greetings");
    return source >= 0 && target >= 0;
  }

  void Congratulated(int v) {
    if (v > 0 && (w(v - 1) == "to" || In(v - 1, "future_words"))) return;
    const int source = SubjectOf(v);
    const int target = EntityIn(v + 1, NounPhraseEnd(v), source, true);
    AddRelation(a_, RelationType::kConveyedGreetingsTo, source, target, -1, si_, "congratulated");
  }

  Analysis& a_;
  int si_;
  const Sentence& s_;
  int n_;
};

}  // namespace

void FindGreetings(Analysis& analysis) {
  for (int si = 0; si < static_cast<int>(analysis.sentences.size()); ++si)
    GreetingFinder(analysis, si).Run();
}

}  // namespace dkg::internal
