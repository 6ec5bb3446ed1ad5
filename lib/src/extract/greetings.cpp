// CONVEYED_GREETINGS_TO, in every direction the reports use:
//   "A conveyed the greetings of B to C"          source A, target C, on behalf of B
//   "A relayed to C the greetings of B"           source A, target C, on behalf of B
//   "C asked A to convey his greetings to B"      source A, target B, on behalf of C
//   "A handed C a message from B" / "sent by B"   source A, target C, on behalf of B
//   "C received a message from B, delivered by A" source A, target C, on behalf of B
//   "C received a message from B"                 source B, target C
//   "A congratulated C", "A offered C his condolences", "A wished C good health"
//   "A and C exchanged greetings", "the two leaders exchanged best wishes": both ways
// "his guest", "the visitors" are the guests of the report's audience; a greeting
// with no stated addressee goes from the guests to their host and back.
#include <algorithm>
#include <functional>
#include <set>

#include "dkg/text/fold.h"
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
    int first_noun = -1;  // the sentence's first greeting noun so far
    for (int g = 0; g < n_; ++g) {
      // ("conveyed the greetings of A to B, and those of C to D": "those" is greetings too)
      const bool those = first_noun >= 0 && g >= 1 && g + 1 < n_ && w(g) == "those" &&
                         w(g - 1) == "and" && w(g + 1) == "of";
      if (In(g, a_.lists->greeting_nouns) || those) {
        if (first_noun < 0) first_noun = g;
        // (a "letter of credence" accredits an ambassador; it greets no one)
        if (g + 2 < n_ && w(g + 1) == "of" && w(g + 2) == "credence") continue;
        if (ReturnedToTheirSender(g) || SimilarGreeting(g)) continue;
        if (FromNoun(g)) g = NounPhraseEnd(g);
      } else if (In(g, a_.lists->congratulate_verbs) && w(g) != "thanked") {
        Congratulated(g);
      }
    }
  }

 private:
  std::string_view w(int i) const { return s_.tokens[i].folded; }
  bool In(int i, std::uint64_t list) const { return Has(s_, i, list); }

  // (up to "and handed him a written message ...": a second greeting of its own)
  // Where the greeting noun phrase at g ends: at a clause break, "to", "and" before
  // another greeting verb, or the comma before another clause of greetings (unless
  // `across_clauses`: then that clause is passed over too, to the addressee they share).
  int NounPhraseEnd(int g, bool across_clauses = false) const {
    int i = g + 1;
    int comma = -1;  // the last one so far
    // ("the greetings of General Secretary of the Lao People's Revolutionary Party (LPRP)
    // Central Committee X to Y": past a body's acronym in parentheses)
    auto past_acronym = [&](int k) { return IsAcronymInParentheses(s_, k) ? k + 3 : k; };
    i = past_acronym(i);
    while (i < n_ && !IsClauseBreak(s_.tokens[i]) && w(i) != "to" &&
           !(w(i) == "and" && i + 1 < n_ && In(i + 1, a_.lists->greeting_verbs))) {
      // "the greetings of King X, the Kenyan envoy brought wishes from ...": the next
      // clause of greetings opens after the comma (not a relative clause: "a message sent
      // by X, in which he wished ...")
      if (!across_clauses && comma > g && In(i, a_.lists->greeting_verbs)) return comma;
      // ("the greetings of President X, and U.Khurelsukh, for his part, requested ...": a
      // clause of its own, opened by ", and" and its subject)
      if (const int m = i + 2 < n_ ? s_.mention_at[i + 2] : -1;
          m >= 0 && IsPunct(s_.tokens[i], ",") && w(i + 1) == "and" &&
          a_.mentions[m].begin == i + 2 && a_.mentions[m].type == MentionType::kPerson &&
          a_.mentions[m].end < n_ && IsPunct(s_.tokens[a_.mentions[m].end], ","))
        return i;
      if (IsPunct(s_.tokens[i], ",")) comma = i;
      if (w(i) == "which" || w(i) == "who" || w(i) == "whom") comma = -1;
      i = past_acronym(i + 1);
    }
    return i;
  }

  // Persons named in [from, to), or the audience's guests/host named by a common noun
  // ("his guest", "the visitors"), or the principals for "the two leaders".
  std::vector<int> People(int from, int to, bool allow_embedded) const {
    to = std::min(to, n_);
    auto persons = EntitiesIn(a_, si_, from, to, false, allow_embedded);
    if (!persons.empty()) return persons;
    for (int i = std::max(from, 0); i < to; ++i) {
      if ((IsGuestWord(s_.tokens[i]) || IsGuestsOfStates(i)) && !a_.guests.empty())
        return GuestsFrom(i);
      if (w(i) == "host" && a_.host >= 0) return {a_.host};
      // "the British officer", "the Emirati official": the host or guest of that state
      if ((w(i) == "officer" || w(i) == "official" || w(i) == "diplomat") && i > 0 &&
          s_.tags[i - 1].kind == TokenTag::kCountryAdjective)
        if (auto principals = PrincipalsOf(s_.tags[s_.tags[i - 1].start].index);
            !principals.empty())
          return principals;
      if (IsPairNoun(w(i)) && i > 0 && (w(i - 1) == "two" || w(i - 1) == "the"))
        return GuestsAre(w(i)) ? a_.guests : ReportPrincipals(a_);
    }
    return {};
  }

  // "The Iranian, Venezuelan and Moroccan envoys": envoys or ambassadors named by their
  // states' adjectives stand for the guests of those states.
  // (or after them: "The ambassadors of Ghana, Slovenia and Kyrgyzstan")
  bool IsGuestsOfStates(int i) const {
    if (w(i) != "envoys" && w(i) != "ambassadors") return false;
    return (i > 0 && s_.tags[i - 1].kind == TokenTag::kCountryAdjective) ||
           (i + 2 < n_ && w(i + 1) == "of" && s_.tags[i + 2].kind == TokenTag::kCountryName);
  }

  // The guests a guest word at i stands for: those of the states named right before it
  // ("the Moroccan envoy" of four new ambassadors; "the Iranian, Venezuelan and Moroccan
  // envoys"), or all of them when it names no state.
  std::vector<int> GuestsFrom(int i) const {
    std::vector<int> states;
    for (int k = i - 1; k >= 0; --k) {
      const TokenTag& tag = s_.tags[k];
      if (tag.kind == TokenTag::kCountryAdjective || tag.kind == TokenTag::kCountryName) {
        if (const int state = CountryEntityByIndex(a_, s_.tags[tag.start].index); state >= 0)
          states.push_back(state);
        k = tag.start;
      } else if (!IsPunct(s_.tokens[k], ",") && w(k) != "and") {
        break;
      }
    }
    // ("the ambassadors of Ghana, Slovenia and Kyrgyzstan": the states after "of")
    if (states.empty() && IsGuestsOfStates(i))
      for (int k = i + 2; k < n_; ++k) {
        const TokenTag& tag = s_.tags[k];
        if (tag.kind == TokenTag::kCountryName && tag.length > 0) {
          if (const int state = CountryEntityByIndex(a_, tag.index); state >= 0)
            states.push_back(state);
          k += tag.length - 1;
        } else if (!IsPunct(s_.tokens[k], ",") && w(k) != "and") {
          break;
        }
      }
    std::vector<int> of_states;
    for (int guest : a_.guests)
      if (std::find(states.begin(), states.end(), CountryOfEntity(a_, guest)) != states.end())
        of_states.push_back(guest);
    // (a state no guest is of names someone else: no guest at all)
    return states.empty() ? GuestsNamedBy(i) : of_states;
  }

  // Whom greetings from the one sender in `sources` went "through" or "via", named after
  // the noun phrase ending at `end` and before the clause ends; none otherwise.
  std::vector<int> Through(int end, const std::vector<int>& sources) const {
    if (sources.size() != 1) return {};
    for (int i = end; i + 1 < n_ && !IsClauseBreak(s_.tokens[i]); ++i) {
      // (not in a clause of its own: "..., and said China stands ready to work with X")
      if (IsPunct(s_.tokens[i], ",") && w(i + 1) == "and") break;
      if (w(i) == "through" || w(i) == "via") {
        auto bearers = People(i + 1, ObjectPhraseEnd(i + 1), false);
        std::erase(bearers, sources.front());
        return bearers;
      }
      // "said he was sending his regards to President Putin with Novak": his guest or one
      // he met, who takes them home (not "with whom he had discussed ...")
      if (w(i) == "with" && i > end && w(i + 1) != "whom") {
        auto bearers = People(i + 1, ObjectPhraseEnd(i + 1), false);
        std::erase_if(bearers, [&](int e) {
          const bool guest = IsGuest(a_, e);
          return e == sources.front() || !(guest || MetEachOther(a_, e, sources.front()));
        });
        if (!bearers.empty()) return bearers;
      }
    }
    return {};
  }

  // Where the phrase from i ends: at the next punctuation.
  int ObjectPhraseEnd(int i) const {
    while (i < n_ && s_.tokens[i].shape != TokenShape::kPunct) ++i;
    return i;
  }

  // The audience's host and guests of the lexicon's country `country_index`.
  std::vector<int> PrincipalsOf(std::uint32_t country_index) const {
    const int state = CountryEntityByIndex(a_, country_index);
    std::vector<int> out;
    if (state < 0) return out;
    for (int e : AudiencePrincipals(a_))
      if (CountryOfEntity(a_, e) == state) out.push_back(e);
    if (!out.empty() || a_.host < 0) return out;
    // ("The Gambian diplomat" among envoys the host received in turn: the one of that state)
    out = MetOfState(a_, a_.host, state, static_cast<int>(a_.sentences.size()));
    return out.size() == 1 ? out : std::vector<int>{};
  }

  // "the two ministers" after an audience granted to two ministers: whether the guests
  // are two and each has a role of that noun (its singular, "minister").
  bool GuestsAre(std::string_view plural) const {
    if (a_.guests.size() != 2 || !plural.ends_with('s')) return false;
    const std::string_view singular = plural.substr(0, plural.size() - 1);
    return std::all_of(a_.guests.begin(), a_.guests.end(), [&](int g) {
      return std::any_of(a_.entities[g].roles.begin(), a_.entities[g].roles.end(),
                         [&](const std::string& role) { return Fold(role).find(singular) !=
                                                               std::string::npos; });
    });
  }

  // The subjects of the verb at v: persons before it in the clause (a "who" refers to
  // the persons just before it), a pronoun's antecedent, the guests or the principals.
  std::vector<int> SubjectsOf(int v) const {
    int clause = ClauseStart(a_, si_, v);
    // "Cordially greeting the head of state, the guest passed on ...": a guest word right
    // before the verb is its subject
    if (v >= 2 && IsGuestWord(s_.tokens[v - 1]) && w(v - 2) == "the" && !a_.guests.empty())
      return GuestsFrom(v - 1);
    // ("In his meeting with President X, the prime minister conveyed ...": the clause opens
    // after a fronted phrase that names someone else)
    if (clause + 2 < v && (w(clause) == "in" || w(clause) == "during") &&
        (w(clause + 1) == "his" || w(clause + 1) == "her"))
      for (int k = clause + 2; k + 1 < v; ++k)
        if (IsPunct(s_.tokens[k], ",")) {
          clause = k + 1;
          break;
        }
    // ("A conveyed the greetings of X, the Kenyan envoy brought wishes from Y": the
    // envoy's clause opens after the phrase of the greetings before it, with its subject)
    for (int g = v - 1; g > clause; --g)
      if (In(g, a_.lists->greeting_nouns)) {
        const int end = NounPhraseEnd(g);
        // (", while the Omani diplomat relayed the greetings of ...", ", and the Kenyan High
        // Commissioner, B, conveyed ...": a subject of its own after "while" or "and", named
        // or described)
        int subject = end + 1;
        const bool new_clause = subject < v && (w(subject) == "while" || w(subject) == "whereas" ||
                                                w(subject) == "and");
        if (new_clause) ++subject;
        if (subject < v && w(subject) == "the") ++subject;
        if (end < v && IsPunct(s_.tokens[end], ",") && subject < v &&
            (MentionAt(a_, si_, subject) >= 0 ||
             (new_clause && !People(subject, v, false).empty())))
          clause = new_clause ? end + 2 : end + 1;
        break;
      }
    // ("A conveyed the greetings of X to Y, and the Uzbek ambassador conveyed those of Z": a
    // second greeting's clause opens after ", and", with its subject)
    for (int k = v - 2; k > clause; --k)
      if (IsPunct(s_.tokens[k], ",") && w(k + 1) == "and" &&
          FindInList(a_, si_, clause, k, a_.lists->greeting_verbs) >= 0) {
        int subject = k + 2;
        if (subject < v && w(subject) == "the") ++subject;
        if (const int m = subject < v ? MentionAt(a_, si_, subject) : -1;
            m >= 0 && a_.mentions[m].end == v)
          clause = k + 2;
        break;
      }
    for (int i = v - 1; i >= clause; --i) {
      if (w(i) != "who") continue;
      int from = clause;
      for (int k = i - 1; k >= clause; --k)
        if (In(k, a_.lists->meeting_verbs) || In(k, a_.lists->greeting_verbs)) { from = k + 1; break; }
      // (the group nearest to it: "Faye granted an audience to Dr. Touray, who delivered")
      auto before = SubjectPersons(a_, si_, from, i, /*nearest=*/true);
      if (!before.empty()) return before;
      // "The envoy, who was accompanied by X, delivered a message": the guests
      if (i > from && IsPunct(s_.tokens[i - 1], ",")) {
        auto named = People(from, i, false);
        if (!named.empty()) return named;
      }
    }
    // "Abiy held a call with President Guelleh, during which he congratulated him": a
    // subject pronoun right before the verb stands for the sentence's subject, not for
    // the nearest name
    for (int i = std::max(clause, v - 2); i < v; ++i) {
      if (w(i) != "he" && w(i) != "she") continue;
      auto subject = SubjectPersons(a_, si_, 0, i, false);
      if (!subject.empty()) return subject;
      if (const int salient = SalientPerson(a_, si_); salient >= 0) return {salient};
    }
    const bool finite = !w(v).ends_with("ing") && !(v > 0 && w(v - 1) == "to");
    // "A thanked B for the call, and wished him good health": a predicate joined by
    // "and" shares the clause's subject, not the nearest name (also past an aside set off
    // by commas: "and, in turn, wished him")
    int joint = v - 1;
    if (joint > clause && IsPunct(s_.tokens[joint], ",")) {
      int open = joint - 1;
      while (open > std::max(clause, joint - 5) && !IsPunct(s_.tokens[open], ",")) --open;
      if (open > clause && IsPunct(s_.tokens[open], ",")) joint = open - 1;
    }
    // (and in a headline, past a comma alone: "Amir receives OIC chief, congratulates
    // Sultan of Oman")
    const bool coordinated =
        joint >= clause && (w(joint) == "and" || (s_.is_title && finite && joint == v - 1 &&
                                                  IsPunct(s_.tokens[joint], ",")));
    auto people = SubjectPersons(a_, si_, clause, v, finite && !coordinated);
    if (people.empty()) people = People(clause, v, false);
    if (!people.empty()) return people;
    if (HasPersonPronoun(a_, si_, clause, v)) {
      int salient = SalientPerson(a_, si_);
      if (salient >= 0) return {salient};
    }
    return {};
  }

  // Whether every sentence that names entity e tells of those present ("attended",
  // "witnessed by", "in the presence of").
  bool NamedOnlyAsPresent(int e) const {
    for (const Mention& m : a_.mentions)
      if (m.entity == e && (a_.sentences[m.sentence].bits & a_.lists->presence_cue_words) == 0)
        return false;
    return true;
  }

  // The person a "him"/"her" stands for: the latest person other than the speakers.
  int PronounReferent(const std::vector<int>& exclude, int at,
                      const std::function<bool(int)>& fits = nullptr) const {
    auto excluded = [&](int e) { return std::find(exclude.begin(), exclude.end(), e) != exclude.end(); };
    for (int k = si_; k >= 0 && k >= si_ - 8; --k) {
      const int end = k == si_ ? at : static_cast<int>(a_.sentences[k].tokens.size());
      auto persons = EntitiesIn(a_, k, 0, end, false);
      for (auto it = persons.rbegin(); it != persons.rend(); ++it)
        if (!excluded(*it) && (!fits || fits(*it))) return *it;
    }
    return -1;
  }

  // "received by President X, to whom she handed a letter": the one "to whom" stands for,
  // named right before it.
  std::vector<int> ToWhom(int v, const std::vector<int>& sources) const {
    for (int k = v - 1; k >= 3 && k >= v - 3; --k) {
      if (w(k) != "whom" || w(k - 1) != "to" || !IsPunct(s_.tokens[k - 2], ",")) continue;
      const int m = MentionAt(a_, si_, k - 3);
      if (m < 0 || a_.mentions[m].entity < 0) return {};
      const int e = a_.mentions[m].entity;
      if (a_.entities[e].type != EntityType::kPerson ||
          std::find(sources.begin(), sources.end(), e) != sources.end())
        return {};
      return {e};
    }
    return {};
  }

  // "to carry them back to Ankara", "for the Kremlin leader", "to his counterpart in the
  // Kremlin", "to his "brother" in Ouagadougou": a state's capital or its leader's seat,
  // named so in [from, to), stands for the one person of the report who leads that state
  // (by title, or as the lexicon's leader), not one of `sources`; none otherwise.
  std::vector<int> LeaderOfSeat(int from, int to, const std::vector<int>& sources) const {
    static const WordSet kPeers = {"counterpart", "brother", "colleague", "friend", "host"};
    for (int k = std::max(from, 0); k < to; ++k) {
      if (!s_.tokens[k].capitalized) continue;
      int in = k - 1;
      if (in > 0 && w(in) == "the") --in;
      int peer = in - 1;
      if (peer > 0 && IsQuoteMark(s_.tokens[peer])) --peer;
      int end = k;  // (where its capitalised words end: "the Kremlin leader")
      while (end < to && s_.tokens[end].capitalized) ++end;
      const bool named_so = (k >= 2 && w(k - 1) == "to" && w(k - 2) == "back") ||
                            (in > 0 && w(in) == "in" && peer >= 0 && kPeers.contains(w(peer))) ||
                            (end < n_ && w(end) == "leader");
      if (!named_so) continue;
      int country = CountryOfCityAt(a_, s_, k);
      if (country < 0) country = SeatCountryAt(a_, s_, k);
      if (country < 0) continue;
      std::vector<int> leaders = LeadersOf(CountryEntityByIndex(a_, country), sources);
      for (int e = 0; e < static_cast<int>(a_.entities.size()); ++e)
        if (a_.entities[e].type == EntityType::kPerson &&
            std::find(sources.begin(), sources.end(), e) == sources.end() &&
            std::find(leaders.begin(), leaders.end(), e) == leaders.end() &&
            a_.lexicon->LeaderCountry(a_.entities[e].name) == country)
          leaders.push_back(e);
      return leaders.size() == 1 ? leaders : std::vector<int>{};
    }
    return {};
  }

  // The persons the report names as leading `country` (by a title that leads a state), in
  // the order they are first named, but those of `exclude`.
  std::vector<int> LeadersOf(int country, const std::vector<int>& exclude) const {
    std::vector<int> out;
    if (country < 0) return out;
    for (const Mention& m : a_.mentions) {
      if (m.type != MentionType::kPerson || m.entity < 0 ||
          std::find(exclude.begin(), exclude.end(), m.entity) != exclude.end() ||
          std::find(out.begin(), out.end(), m.entity) != out.end() ||
          CountryOfEntity(a_, m.entity) != country)
        continue;
      if (TitledToLeadAState(a_, m)) out.push_back(m.entity);
    }
    return out;
  }

  // Addressees in [from, to): persons (or a pronoun's referent), else other entities.
  std::vector<int> Targets(int from, int to, const std::vector<int>& sources) const {
    to = AddresseeEnd(from, std::min(to, n_));
    // "a written message to him from his brother, President X": the pronoun is the one
    if (from >= 0 && from < to && (w(from) == "him" || w(from) == "her")) {
      // (the host's "conveyed to him the greetings of", with no one but the senders named
      // before it in the sentence: his one guest)
      auto is_source = [&](int e) {
        return std::find(sources.begin(), sources.end(), e) != sources.end();
      };
      const std::vector<int> named_before = EntitiesIn(a_, si_, 0, from, false);
      // (unless a sentence of pronouns goes on with the one before, which names another:
      // "spoke by telephone with the Prime Minister of Barbados, X. He congratulated her")
      const bool goes_on = si_ > 0 && n_ > 0 && (w(0) == "he" || w(0) == "she");
      const std::vector<int> named_just_before =
          goes_on ? EntitiesIn(a_, si_ - 1, 0,
                               static_cast<int>(a_.sentences[si_ - 1].tokens.size()), false)
                  : std::vector<int>{};
      if (a_.guests.size() == 1 && a_.host >= 0 && is_source(a_.host) &&
          std::all_of(named_before.begin(), named_before.end(), is_source) &&
          std::all_of(named_just_before.begin(), named_just_before.end(),
                      [&](int e) { return is_source(e) || e == a_.guests.front(); }))
        return a_.guests;
      const int referent = PronounReferent(sources, from);
      // (a guest's greetings "to her" go to the host, not to one named only as present:
      // "The ceremonies were witnessed by A. Ambassador X conveyed to her the greetings")
      if (referent >= 0 && a_.host >= 0 && referent != a_.host && sources.size() == 1 &&
          IsGuest(a_, sources.front()) && NamedOnlyAsPresent(referent))
        return {a_.host};
      return referent >= 0 ? std::vector<int>{referent} : std::vector<int>{};
    }
    std::vector<int> out;
    for (int e : People(from, to, true))
      if (std::find(sources.begin(), sources.end(), e) == sources.end()) out.push_back(e);
    if (out.empty()) out = LeaderOfSeat(from, to, sources);
    if (!out.empty()) return out;
    for (int i = std::max(from, 0); i < to; ++i)
      if (w(i) == "him" || w(i) == "her") {
        int referent = PronounReferent(sources, i);
        return referent >= 0 ? std::vector<int>{referent} : std::vector<int>{};
      }
    // "to the bereaved families and to the people of Pakistan": a population is no entity
    for (int i = std::max(from, 0); i < std::min(to, from + 4); ++i) {
      if (s_.tokens[i].capitalized || s_.mention_at[i] >= 0) break;
      if (In(i, a_.lists->population_words)) return {};
    }
    for (int i = std::max(from, 0); i < to; ++i) {
      static const WordSet kPersonNouns = {"diplomat", "official",    "officials",
                                           "envoy",    "counterpart", "guest",
                                           "visitor",  "leader",      "colleague"};
      const TokenTag& tag = s_.tags[i];
      if (tag.kind == TokenTag::kCountryAdjective && tag.length > 0 && i + tag.length < n_ &&
          kPersonNouns.contains(w(i + tag.length))) {
        // ("to his Indonesian colleague", a president's: the state's leader the report
        // names, if one)
        const std::string_view noun = w(i + tag.length);
        if (noun == "colleague" || noun == "counterpart" || noun == "leader")
          if (const std::vector<int> leaders =
                  LeadersOf(CountryEntityByIndex(a_, tag.index), sources);
              leaders.size() == 1)
            return leaders;
        return {};
      }
      // "wished the Burkinabe diplomat success", "the Malian Minister": a person the
      // report does not name, not the country of the title
      const int m = s_.mention_at[i];
      if (m >= 0 && a_.mentions[m].type == MentionType::kRoleOnly && a_.mentions[m].entity < 0)
        return {};
    }
    for (int e : EntitiesIn(a_, si_, from, to, true, true)) {
      if (std::find(sources.begin(), sources.end(), e) != sources.end()) continue;
      // ("wished the State of Qatar continued progress", "wished Iraq every success": the
      // state's leader the report names, if one; not "best wishes to the Algerian people")
      if (a_.entities[e].type == EntityType::kCountry && NamedByItsName(e, from, to))
        if (const std::vector<int> leaders = LeadersOf(e, sources); leaders.size() == 1)
          return leaders;
      return {e};
    }
    return {};
  }

  // Whether a mention of country entity e in [from, to) names it by its name, not by its
  // adjective.
  bool NamedByItsName(int e, int from, int to) const {
    for (int i = std::max(from, 0); i < std::min(to, n_); ++i)
      if (const int m = s_.mention_at[i];
          m >= 0 && a_.mentions[m].entity == e && !a_.mentions[m].adjective)
        return true;
    return false;
  }

  // Where the addressees starting at `from` end: before "on the death of B", "over the
  // loss of", "following ..." (who is mourned or celebrated is not addressed).
  int AddresseeEnd(int from, int to) const {
    // ("to President X, through the Vice President,": the one they went through)
    static const WordSet kEnds = {"on",         "over",   "upon",    "following",
                                  "after",      "during", "about",   "regarding",
                                  "concerning", "from",   "through", "via"};
    for (int i = std::max(from, 0); i < to; ++i) {
      if (kEnds.contains(w(i))) return i;
      if (NextClauseConveys(i, to)) return i;
      // (", presidential spokesperson Kang Yu-jung told reporters": the sentence's closing
      // attribution)
      if (i > from && OpensAttribution(i, to)) return i;
      // (", recalling the talks he had held with X": a participle's clause of its own)
      if (i > from && i + 1 < to && IsPunct(s_.tokens[i], ",") && !s_.tokens[i + 1].capitalized &&
          s_.tokens[i + 1].shape == TokenShape::kWord && w(i + 1).ends_with("ing"))
        return i;
      // ("extended greetings to B and conveyed the best wishes of C to D": the sender's
      // next greeting, to its own addressee)
      if (i > from && i + 1 < to && w(i) == "and" && In(i + 1, a_.lists->greeting_verbs)) return i;
      // ("to B, and those of C to D", "to B, and the greetings of C to D": another
      // sender's greetings, to their own addressee)
      if (w(i) == "and" && OpensAnotherSendersGreetings(i + 1, to))
        return i > from && IsPunct(s_.tokens[i - 1], ",") ? i - 1 : i;
    }
    return to;
  }

  // "those of", "the greetings of", "his greetings of" at token i, before `to`.
  bool OpensAnotherSendersGreetings(int i, int to) const {
    if (i + 1 < to && (w(i) == "the" || w(i) == "his" || w(i) == "her")) ++i;
    return i + 1 < to && (w(i) == "those" || In(i, a_.lists->greeting_nouns)) && w(i + 1) == "of";
  }

  // Whether the comma at i opens a closing attribution: a speaker named right before a verb
  // of saying (", presidential spokesperson X told reporters", ", the spokesman X said").
  bool OpensAttribution(int i, int to) const {
    static const WordSet kSaying = {"said", "says", "told", "added", "stated", "noted"};
    constexpr int kReach = 8;
    if (!IsPunct(s_.tokens[i], ",")) return false;
    for (int k = i + 2; k < std::min(to, i + kReach); ++k) {
      if (IsPunct(s_.tokens[k], ",")) return false;
      if (!kSaying.contains(w(k))) continue;
      const int m = s_.mention_at[k - 1];
      return m >= 0 && a_.mentions[m].type == MentionType::kPerson && a_.mentions[m].end == k;
    }
    return false;
  }

  // "to the Amir, and the Uzbek ambassador conveyed ...", "to B, and C to convey them to
  // D", "to A, while the Malaysian ambassador relayed ...", "to A, and C in turn asked him
  // to ...": at token i, ", and" or ", while" opens a clause whose own subject conveys
  // greetings or asks for them to be conveyed (not "and to His Highness X, wishing ...":
  // another addressee). So does ", who in turn entrusted his guest with ...", the
  // addressee's own answer.
  bool NextClauseConveys(int i, int to) const {
    const bool relative = i + 2 < to && IsPunct(s_.tokens[i], ",") && w(i + 1) == "who";
    if (!relative &&
        (i + 3 >= to || !IsPunct(s_.tokens[i], ",") ||
         (w(i + 1) != "and" && w(i + 1) != "while" && w(i + 1) != "whereas") || w(i + 2) == "to"))
      return false;
    for (int k = i + (relative ? 2 : 3); k < std::min(to, i + (relative ? 5 : 10)); ++k) {
      if (!In(k, a_.lists->greeting_verbs | a_.lists->ask_verbs)) continue;
      const bool finite = w(k).ends_with("ed") || w(k - 1) == "to";
      return finite && (relative || !EntitiesIn(a_, si_, i + 2, k, true).empty());
    }
    return false;
  }

  // "to President X", "to the King", "to him"; not "to visit" (an infinitive). (Quoted
  // too: 'to "my dear friend Lula"'.)
  bool IsAddresseeStart(int i) const {
    const bool quoted = i + 1 < n_ && (IsPunct(s_.tokens[i], "\"") || IsPunct(s_.tokens[i], "“"));
    if (quoted) ++i;
    const Token& t = s_.tokens[i];
    return t.capitalized || s_.mention_at[i] >= 0 || s_.tags[i].kind != TokenTag::kNone ||
           w(i) == "the" || w(i) == "him" || w(i) == "her" || w(i) == "his" || w(i) == "their" ||
           (quoted && w(i) == "my");
  }

  // "according to", "due to", "thanks to": a "to" that names no addressee.
  bool IsPrepositionalTo(int to) const {
    static const WordSet kWords = {"according", "due", "thanks", "next",
                                                      "close", "prior", "owing", "contrary"};
    // (but "his greetings and thanks to X", "his thanks to X": thanks given)
    if (w(to - 1) == "thanks" && to >= 2 &&
        (w(to - 2) == "and" || w(to - 2) == "his" || w(to - 2) == "her" || w(to - 2) == "their"))
      return false;
    return kWords.contains(w(to - 1));
  }

  // "In turn, President Abbas entrusted him with his greetings to President El-Sisi": the
  // one entrusted carries the greetings to the addressee on the entruster's behalf.
  bool EntrustedWith(int g, int clause) {
    int ask = -1;
    for (int i = g - 1; i >= clause && ask < 0; --i)
      if (In(i, a_.lists->ask_verbs)) ask = i;
    const int with = ask >= 0 ? FindWord(s_, ask + 1, g, "with") : -1;
    if (with < 0) return false;
    // ("entrusted his guest with greetings for the Algerian President", "with his greetings
    // and thanks for President Bio": "for" close after)
    const int to = AddresseeMarker(g, /*within_clause=*/false);
    if (to < 0 || to + 1 >= n_) return false;
    const std::vector<int> addressees = People(to + 1, n_, true);
    auto askers = SubjectsOf(ask);
    std::vector<int> sources = People(ask + 1, with, false);
    if (const int him = ObjectPronoun(ask + 1, with); sources.empty() && him >= 0) {
      sources = CalledOnBy(ask, askers);
      if (sources.empty()) sources = AskedOnes(askers, him, addressees);
    }
    if (sources.empty() && with == ask + 3) sources = GuestAsked(ask, askers);
    if (sources.empty()) return false;
    // ("with greetings for X from his father, King Y, and with his own greetings for Z":
    // each greeting up to the next "and with")
    const int next = AndWithGreetings(to + 1);
    const int end = next >= 0 ? next : n_;
    const int from = FindWord(s_, to + 1, end, "from");
    const std::vector<int> targets = Targets(to + 1, from >= 0 ? from : end, sources);
    if (targets.empty()) return false;
    // (the greetings' own sender, "a salute from the Amir", "for X from his father, King
    // Y", else the one who asks)
    int obo = OnBehalfOf(with, g, to, sources);
    if (obo < 0 && from >= 0)
      if (const auto senders = People(from + 1, end, true); !senders.empty()) obo = senders.front();
    if (obo < 0 && !askers.empty()) obo = askers.front();
    Add(sources, targets, obo, "asked-to-convey");
    if (next >= 0) {
      const int g2 =
          FindInList(a_, si_, next + 2, std::min(n_, next + 6), a_.lists->greeting_nouns);
      const int for2 = FindWord(s_, g2 + 1, std::min(n_, g2 + 4), "for");
      if (for2 >= 0)
        if (const auto more = Targets(for2 + 1, n_, sources); !more.empty())
          Add(sources, more, askers.empty() ? -1 : askers.front(), "asked-to-convey");
    }
    return true;
  }

  // The "that" of "told him that X ..." before the verb at v, within the words of a
  // sender ("that His Majesty Sultan Haitham bin Tarik"); -1 when there is none.
  int ThatBefore(int v) const {
    constexpr int kSenderTokens = 10;
    int that = v - 1;
    while (that > std::max(0, v - kSenderTokens) && w(that) != "that") --that;
    return that >= 2 && w(that) == "that" ? that : -1;
  }

  bool IsTellVerb(int i) const {
    static const WordSet kTold = {"told", "informed", "assured"};
    return kTold.contains(w(i));
  }

  // "received Grundberg and told him that His Majesty Sultan X sent his greetings" (the
  // verb at v): the one who told them conveyed X's greetings to the one told.
  bool ToldThatSent(int v) {
    const int that = ThatBefore(v);
    if (that < 0 || !(w(that - 1) == "him" || w(that - 1) == "her") || !IsTellVerb(that - 2))
      return false;
    const std::vector<int> senders = People(that + 1, v, false);
    const std::vector<int> tellers = SubjectsOf(that - 2);
    if (senders.empty() || tellers.empty()) return false;
    std::vector<int> exclude = tellers;
    exclude.insert(exclude.end(), senders.begin(), senders.end());
    const int told = PronounReferent(exclude, that - 1);
    if (told < 0) return false;
    Add({tellers.front()}, {told}, senders.front(), "conveyed-greetings");
    return true;
  }

  // "The Turkish deputy minister told the Head of State that President X wished the
  // Malian Transition every success" (the verb at v, X the `wisher`): the one who told
  // conveyed X's wishes to the one told.
  bool ToldThatWished(int v, int wisher) {
    constexpr int kToldTokens = 8;  // ("told the President of the Transition that")
    const int that = ThatBefore(v);
    if (that < 0) return false;
    int told_at = that - 1;
    while (told_at > std::max(0, that - kToldTokens) && !IsTellVerb(told_at)) --told_at;
    if (!IsTellVerb(told_at)) return false;
    std::vector<int> told = People(told_at + 1, that, false);
    std::erase(told, wisher);
    const std::vector<int> tellers = SubjectsOf(told_at);
    if (told.empty() || tellers.empty() || tellers.front() == wisher) return false;
    Add({tellers.front()}, {told.front()}, wisher, "conveyed-greetings");
    return true;
  }

  // "the Head of State handed him a reply message for President Gnassingbe" (the verb at
  // v, the message at g): a host hands his guest a message for someone else, which the
  // guest carries on the host's behalf.
  bool HandedGuestAReply(int v, int g) {
    if (!(IsGiveVerb(v) || w(v) == "handed") || g + 2 >= n_ || w(g + 1) != "for" ||
        !IsMessageNoun(g) || a_.host < 0 || a_.guests.empty())
      return false;
    const std::vector<int> givers = SubjectsOf(v);
    if (givers.empty() || givers.front() != a_.host) return false;
    // the one handed it: "him", or a guest named
    std::vector<int> bearers;
    if (ObjectPronoun(v + 1, g) >= 0) bearers = a_.guests;
    for (int e : People(v + 1, g, false))
      if (IsGuest(a_, e)) bearers = {e};
    if (bearers.empty()) return false;
    const std::vector<int> targets = Targets(g + 2, n_, bearers);
    if (targets.empty()) return false;
    Add(bearers, targets, givers.front(), "asked-to-convey");
    return true;
  }

  bool IsGiveVerb(int v) const {
    static const WordSet kGive = {"gave", "give", "gives", "giving"};
    return kGive.contains(w(v));
  }
  // "gave the envoy his greetings for President Yoon", "gave the Hungarian minister his
  // greetings to take back to Prime Minister Orban" (the verb at v, the greetings at g):
  // the one given them carries them to the addressee on the giver's behalf.
  bool GaveOwnGreetings(int v, int g) {
    if (!IsGiveVerb(v) || g < v + 3 || !(w(g - 1) == "his" || w(g - 1) == "her")) return false;
    const std::vector<int> bearers = Targets(v + 1, g - 1, {});
    if (bearers.empty()) return false;
    const int to = AddresseeMarker(g, /*within_clause=*/true);
    if (to < 0) return false;
    const std::vector<int> targets = Targets(to + 1, n_, bearers);
    const std::vector<int> givers = SubjectsOf(v);
    if (targets.empty() || givers.empty()) return false;
    Add(bearers, targets, givers.front(), "asked-to-convey");
    return true;
  }

  // Whom greetings at g are for: the "for" close after them ("with greetings and thanks
  // for President Bio"), else the first "to" before an addressee, past an infinitive's
  // ("with warm regards, to be passed on to King Salman", "his greetings to take back to
  // X"), in g's clause when `within_clause`; -1 without one.
  int AddresseeMarker(int g, bool within_clause) const {
    if (const int for_at = FindWord(s_, g + 1, std::min(n_, g + 4), "for"); for_at >= 0)
      return for_at;
    for (int k = g + 1; k + 1 < n_ && !(within_clause && IsClauseBreak(s_.tokens[k])); ++k)
      if (w(k) == "to" && IsAddresseeStart(k + 1)) return k;
    return -1;
  }

  // ", and with his own greetings for Z": where such a second "with" greeting starts (its
  // "and"), after i; -1 when none.
  int AndWithGreetings(int i) const {
    for (int k = i; k + 2 < n_ && !IsClauseBreak(s_.tokens[k]); ++k)
      if (w(k) == "and" && w(k + 1) == "with" &&
          FindInList(a_, si_, k + 2, std::min(n_, k + 6), a_.lists->greeting_nouns) >= 0)
        return k;
    return -1;
  }

  // The persons named before a colon ahead of token v, none of them a sender, when the
  // sentence opens with them ("A: The Deputy Secretary conveyed ..."); none otherwise.
  std::vector<int> NamedBeforeColon(const std::vector<int>& sources, int v) const {
    int colon = -1;
    for (int k = 1; k < v && colon < 0; ++k)
      if (IsPunct(s_.tokens[k], ":")) colon = k;
    if (colon < 0) return {};
    std::vector<int> named = EntitiesIn(a_, si_, 0, colon, false);
    std::erase_if(named, [&](int e) {
      return a_.entities[e].type != EntityType::kPerson ||
             std::find(sources.begin(), sources.end(), e) != sources.end();
    });
    return named.size() == 1 ? named : std::vector<int>{};
  }

  // "entrusted his guest with", "charged his visitors with": the guests of a host who asks
  // (the verb at `ask`) them by a guest word (see GuestsNamedBy); none otherwise.
  std::vector<int> GuestAsked(int ask, const std::vector<int>& askers) const {
    if (ask + 3 >= n_ || !IsGuestWord(s_.tokens[ask + 2]) || a_.guests.empty()) return {};
    if (std::find(askers.begin(), askers.end(), a_.host) != askers.end())
      return GuestsNamedBy(ask + 2);
    return HostAsGuestOf(askers);
  }

  // The one guest "the <title>" in [from, to) stands for when the host asks it and the
  // title was read as someone else (`asked`, no guest) the guest shares it with; none
  // otherwise.
  std::vector<int> GuestForHostsTitle(const std::vector<int>& askers, const std::vector<int>& asked,
                                      int from, int to) const {
    if (a_.host < 0 || a_.guests.size() != 1 || askers.size() != 1 || askers.front() != a_.host ||
        asked.size() != 1 || asked.front() == a_.guests.front() || from + 1 >= to ||
        w(from) != "the")
      return {};
    const int m = MentionAt(a_, si_, from + 1);
    if (m < 0 || a_.mentions[m].type != MentionType::kRoleOnly) return {};
    const std::string& head = a_.mentions[m].title_head;
    const int guest = a_.guests.front();
    for (const Mention& named : a_.mentions)
      if (named.entity == guest &&
          std::any_of(named.title_heads.begin(), named.title_heads.end(),
                      [&](const std::string& held) { return TitleHeadHolds(held, head); }))
        return {guest};
    return {};
  }

  // One's guest is never oneself: when the one asker is the one guest of an audience no
  // hosting verb settled ("A held talks with B. B asked his guest to convey ..."), the
  // audience was the other way round and its host is the guest; none otherwise.
  std::vector<int> HostAsGuestOf(const std::vector<int>& askers) const {
    if (a_.host < 0 || a_.audience_strength >= kHostingVerbStrength || askers.size() != 1 ||
        a_.guests.size() != 1 || a_.guests.front() != askers.front())
      return {};
    return {a_.host};
  }

  // The guests the guest word at i names: all of them, or, in the singular ("his guest",
  // "the envoy"), the one named last before it.
  std::vector<int> GuestsNamedBy(int i) const {
    if (a_.guests.size() <= 1 || IsPluralWord(w(i))) return a_.guests;
    int last = -1;
    std::pair<int, int> last_at{-1, -1};
    for (const Mention& m : a_.mentions)
      if (const std::pair at{m.sentence, m.begin};
          at < std::pair{si_, i} && at > last_at && IsGuest(a_, m.entity))
        last = m.entity, last_at = at;
    return {last >= 0 ? last : a_.guests.front()};
  }

  // "C called on the Chairman, who charged him with carrying greetings": the one whose
  // visit the relative clause of the asker at `ask` follows, the sentence's subject; empty
  // otherwise.
  std::vector<int> CalledOnBy(int ask, const std::vector<int>& askers) const {
    if (ask < 2 || w(ask - 1) != "who" || !IsPunct(s_.tokens[ask - 2], ",") || askers.empty())
      return {};
    std::vector<int> subjects = SubjectPersons(a_, si_, 0, ask - 2, false);
    std::erase(subjects, askers.front());
    if (subjects.empty() || !MetEachOther(a_, subjects.front(), askers.front())) return {};
    return {subjects.front()};
  }

  // Whom "asked him to convey", "entrusted him with" means: the host asks his guests, else
  // the latest person who is neither an asker nor one of the `addressees`.
  std::vector<int> AskedOnes(const std::vector<int>& askers, int him,
                             const std::vector<int>& addressees) const {
    std::vector<int> not_him = askers;
    not_him.insert(not_him.end(), addressees.begin(), addressees.end());
    // ("was received by President B, to whom she handed a letter from President C. B
    // asked her to convey ...": one the asker met, before anyone named since)
    int referent = PronounReferent(not_him, him, [&](int e) {
      return std::any_of(askers.begin(), askers.end(),
                         [&](int asker) { return MetEachOther(a_, e, asker); });
    });
    // ("Mr B conveyed ..., and President A asked him to convey ...": one the asker met who
    // opens the sentence, though the report's guest is another)
    const std::vector<int> named_here = EntitiesIn(a_, si_, 0, him, false);
    if (referent >= 0 && !named_here.empty() && named_here.front() == referent) return {referent};
    if (referent < 0) referent = PronounReferent(not_him, him);
    const bool host_asks = std::find(askers.begin(), askers.end(), a_.host) != askers.end();
    // ("held a bilateral meeting with B and asked him": of several guests, the one named)
    if (host_asks && !a_.guests.empty() && (a_.guests.size() == 1 || !IsGuest(a_, referent)))
      return a_.guests;
    if (referent >= 0) return {referent};
    return {};
  }

  bool IsMessageNoun(int g) const {
    static const WordSet kNouns = {"message", "messages", "letter", "cable", "cables",
                                   "telegram", "telegrams"};
    return kNouns.contains(w(g));
  }

  // On whose behalf: "greetings of B", "message from B", "sent by B", "B's greetings",
  // "on behalf of B".
  int OnBehalfOf(int v, int g, int end, const std::vector<int>& sources) const {
    // "greetings of B", and "the greetings and esteem of B": nouns joined by "and"
    // (not "condolences on the passing of B", whose B is not the sender)
    static const WordSet kPrepositions = {"on", "over", "for", "to", "at", "in", "with", "about"};
    int of = g + 1;
    if (of < n_ && w(of) == "and") {
      while (of < std::min(end, g + 5) && s_.tokens[of].shape == TokenShape::kWord &&
             !s_.tokens[of].capitalized && w(of) != "of" && w(of) != "from" &&
             !kPrepositions.contains(w(of)))
        ++of;
      if (!(of < n_ && (w(of) == "of" || w(of) == "from"))) of = g + 1;
    }
    if (of < n_ && (w(of) == "of" || w(of) == "from")) return FirstOtherThan(sources, of + 1, end);
    // "President Ruto's greetings and his hope that ... would go from strength to strength"
    for (int i = g - 1; i > v; --i)
      if (IsPossessive(s_.tokens[i])) {
        int m = MentionAt(a_, si_, i - 1);
        return m >= 0 ? a_.mentions[m].entity : -1;
      }
    for (std::string_view marker : {"from", "by"})
      if (int at = FindWord(s_, g + 1, end, marker); at >= 0)
        return FirstOtherThan(sources, at + 1, end);
    return NamedOnBehalf(0, sources);
  }

  // The one named in [from, to), not of `sources`: a person, else the first institution or
  // country (before a verb joined by "and": "the condolences of the people of Botswana and
  // described Dr. X as ..."; nor past what they were sent for: "the condolences of the
  // people of Cabo Verde on the death of Pope X"); -1 when none.
  int FirstOtherThan(const std::vector<int>& sources, int from, int to) const {
    static const WordSet kFor = {"on", "over", "for", "upon"};
    static const WordSet kThe = {"the", "his", "her", "their"};
    for (int k = from; k + 1 < to; ++k)
      if ((w(k) == "and" && !s_.tokens[k + 1].capitalized && w(k + 1).ends_with("ed")) ||
          (k > from && kFor.contains(w(k)) && kThe.contains(w(k + 1)))) {
        to = k;
        break;
      }
    for (bool any_type : {false, true})
      for (int e : EntitiesIn(a_, si_, from, to, any_type, true))
        if (std::find(sources.begin(), sources.end(), e) == sources.end()) return e;
    return -1;
  }

  // The one named after "behalf of" from token `from` on ("congratulated Lee on behalf of
  // the Republic of Senegal"), not of `sources`; -1 when none.
  int NamedOnBehalf(int from, const std::vector<int>& sources) const {
    constexpr int kReach = 10;
    const int behalf = FindWord(s_, from, n_, "behalf");
    if (behalf < 0 || FindWord(s_, behalf, behalf + 2, "of") < 0) return -1;
    return FirstOtherThan(sources, behalf + 2, std::min(n_, behalf + kReach));
  }

  void Add(const std::vector<int>& sources, const std::vector<int>& targets, int obo,
           const char* rule) {
    // "The two ministers carried messages from their respective heads of state, A and B",
    // "asked each of the two ministers to carry his greetings back to his own head of
    // state": each source goes with the sender and the addressee of his own state (the
    // one who asked them all keeps the greetings his)
    const bool respective = sources.size() >= 2 && TellsOfEachOwn();
    const bool asked = std::string_view(rule) == "asked-to-convey";
    for (int source : sources) {
      const int sender = respective && !asked && obo >= 0 ? OfTheSameState(source, obo) : obo;
      std::vector<int> own;
      const int country = CountryOfEntity(a_, source);
      for (int target : targets)
        if (respective && country >= 0 && CountryOfEntity(a_, target) == country)
          own.push_back(target);
      for (int target : own.empty() ? targets : own)
        AddRelation(a_, RelationType::kConveyedGreetingsTo, source, target,
                    target == sender ? -1 : sender, si_, rule);
    }
  }

  // "to his own head of state", "to their respective heads of state" at `from`: the one
  // who leads each source's state, as the report names him.
  std::vector<int> OwnLeaders(int from, const std::vector<int>& sources) const {
    if (sources.size() < 2 || !TellsOfEachOwn()) return {};
    static const WordSet kLeaders = {"head", "heads", "leader", "leaders", "president",
                                     "presidents"};
    bool leaders = false;
    for (int k = from; k < std::min(n_, from + 4) && !IsClauseBreak(s_.tokens[k]); ++k)
      leaders = leaders || kLeaders.contains(w(k));
    if (!leaders) return {};
    std::vector<int> out;
    for (int source : sources)
      if (const std::vector<int> leaders = LeadersOf(CountryOfEntity(a_, source), {source});
          !leaders.empty())
        out.push_back(leaders.front());
    return out;
  }

  // "respective", "own", "each": the sentence pairs each of several with his own.
  bool TellsOfEachOwn() const {
    for (const Token& t : s_.tokens)
      if (IsWord(t, "respective") || IsWord(t, "own") || IsWord(t, "each")) return true;
    return false;
  }

  // The person of `source`'s state the sentence names (the sender of his own state, when
  // `named` is one of several); `named` itself when there is none.
  int OfTheSameState(int source, int named) const {
    const int country = CountryOfEntity(a_, source);
    if (country < 0 || a_.entities[named].type != EntityType::kPerson) return named;
    for (int e : EntitiesIn(a_, si_, 0, n_, false))
      if (e != source && CountryOfEntity(a_, e) == country) return e;
    return named;
  }

  // "to convey the greetings of B to C, together with his wishes for ...": a second
  // greeting noun of the same verb, naming no sender of its own, goes where the first went.
  bool AddsToEarlierGreeting(int v, int g) const {
    // (a sender of its own: "the wishes of King X", not "his wishes of further progress")
    if (g + 2 < n_ && (w(g + 1) == "of" || w(g + 1) == "from") &&
        (s_.tokens[g + 2].capitalized || s_.mention_at[g + 2] >= 0 || w(g + 2) == "the" ||
         w(g + 2) == "his" || w(g + 2) == "her"))
      return false;
    // (nor one asked for after it: "conveyed the greetings of X to the Amir, who in turn
    // entrusted his guest with his own greetings to Y")
    for (int i = v + 1; i < g; ++i)
      if (In(i, a_.lists->greeting_nouns))
        return FindInList(a_, si_, i + 1, g, a_.lists->ask_verbs) < 0;
    return false;
  }

  // "The Emir offered his greetings. The Prime Minister returned the greetings": back to
  // the one who greeted him earlier in his own name (greetings carried for another go back
  // through their bearer, which an "asked him to convey" tells).
  bool ReturnedToTheirSender(int g) {
    static const WordSet kReturnVerbs = {"returned", "reciprocated"};
    if (g < 2 || w(g - 1) != "the" || !kReturnVerbs.contains(w(g - 2))) return false;
    if (g + 1 < n_ && w(g + 1) == "to") return false;  // an addressee of its own
    const std::vector<int> returners = SubjectsOf(g - 2);
    if (returners.size() != 1) return false;
    const RelationCandidate* greeted = LatestGreeting([&](const RelationCandidate& r) {
      return r.target == returners.front() && r.sentence < si_;
    });
    if (!greeted || greeted->on_behalf_of >= 0) return false;
    AddRelation(a_, RelationType::kConveyedGreetingsTo, returners.front(), greeted->source, -1, si_,
                "returned-greetings");
    return true;
  }

  // "The King sent a cable of condolences to President X. The Crown Prince also sent a
  // similar cable.": one sent with no addressee of its own, "similar" to the one before,
  // goes to that one's addressee.
  bool SimilarGreeting(int g) {
    if (g < 2 || w(g - 1) != "similar") return false;
    const int v = g - 2 >= 0 && (w(g - 2) == "a" || w(g - 2) == "an") ? g - 3 : g - 2;
    if (v < 0 || !In(v, a_.lists->greeting_verbs) || IsFuture(v)) return false;
    if (AddresseeMarker(g, /*within_clause=*/true) >= 0) return false;  // "similar cables to X"
    const std::vector<int> senders = SubjectsOf(v);
    if (senders.empty()) return false;
    const RelationCandidate* before = LatestGreeting([&](const RelationCandidate& r) {
      return r.sentence <= si_ &&
             std::find(senders.begin(), senders.end(), r.source) == senders.end();
    });
    if (!before) return false;
    Add(senders, {before->target}, -1, "similar-greeting");
    return true;
  }

  // The greeting found last that `fits`, or null.
  const RelationCandidate* LatestGreeting(
      const std::function<bool(const RelationCandidate&)>& fits) const {
    for (auto r = a_.relations.rbegin(); r != a_.relations.rend(); ++r)
      if (r->type == RelationType::kConveyedGreetingsTo && fits(*r)) return &*r;
    return nullptr;
  }

  // "The Thai diplomat was presented with a letter of gratitude from Minister X": its
  // subject received the letter, from the one he met just before, on the writer's behalf.
  bool PresentedWith(int v, int g) {
    if (v < 1 || v + 1 >= g || w(v + 1) != "with" || (w(v - 1) != "was" && w(v - 1) != "were"))
      return false;
    const std::vector<int> recipients = SubjectsOf(v);
    if (recipients.size() != 1) return true;  // (received, by whom unknown)
    std::vector<int> givers = MetInThisSentence(recipients);
    if (givers.empty()) givers = MetJustBefore(recipients);
    if (givers.empty()) givers = GuestsOrHost(recipients);
    if (givers.size() == 1)
      Add(givers, recipients, OnBehalfOf(v, g, NounPhraseEnd(g), givers), "presented-with");
    return true;
  }

  bool FromNoun(int g) {
    const int clause = ClauseStart(a_, si_, g);
    int v = -1;
    for (int i = g - 1; i >= clause; --i)
      if (In(i, a_.lists->greeting_verbs)) { v = i; break; }
    // "who had come with a message addressed to King X"
    if (v < 0 && g >= 2 && (w(g - 1) == "a" || w(g - 1) == "the") && w(g - 2) == "with") v = g - 2;
    if (v < 0 && EntrustedWith(g, clause)) return true;
    if (v < 0)
      return RelativeDelivery(g) || PassiveDelivery(g) || ReceivedMessage(g) ||
             AskedThatConveyed(g, clause) || CarriedMessageHandedOver(g);
    if (IsFuture(v)) return false;
    if (PresentedWith(v, g)) return true;
    if (AddsToEarlierGreeting(v, g)) return true;
    if (GaveOwnGreetings(v, g) || HandedGuestAReply(v, g)) return true;
    // (otherwise one gives only a letter or message: "gave the Head of State a sealed letter
    // from President X", not "asked him to give her best regards to Y")
    if (IsGiveVerb(v) && !IsMessageNoun(g)) return false;
    if (ToldThatSent(v)) return true;
    const int end = NounPhraseEnd(g);
    if (w(v) == "exchanged" || w(v) == "exchange") return Exchanged(v, g);
    std::vector<int> sources;
    int obo = -1;
    int ask = -1;
    for (int i = v - 1; i >= clause; --i)
      if (In(i, a_.lists->ask_verbs)) { ask = i; break; }
    // "C asked A to convey his greetings to B", "C requested that his guest carry his
    // greetings back to B"
    const bool asked_that = ask >= 0 && ask + 2 < v && w(ask + 1) == "that";
    // ("charged the minister with carrying his greetings back to X")
    const bool charged_with =
        ask >= 0 && v > ask + 2 && w(v - 1) == "with" && w(v).ends_with("ing");
    if (ask >= 0 && v > 0 && (w(v - 1) == "to" || asked_that || charged_with)) {
      const int asked_end = asked_that ? v : v - 1;
      // ("asked A to convey his greetings to B, and C to convey them to D": C conveys them)
      int asked_from = ask + 1;
      for (int k = asked_end - 1; k > ask + 1; --k)
        if (IsWord(s_.tokens[k], "and") && IsPunct(s_.tokens[k - 1], ",") &&
            FindInList(a_, si_, ask + 1, k, a_.lists->greeting_verbs) >= 0) {
          asked_from = k + 1;
          break;
        }
      sources = People(asked_from, asked_end, false);
      auto askers = SubjectsOf(ask);
      if (!askers.empty()) obo = askers.front();
      // ("B asked his guest to convey", B the guest of a weak audience: its host)
      if (sources == askers && ask + 2 < asked_end && IsGuestWord(s_.tokens[ask + 2]))
        if (auto host = HostAsGuestOf(askers); !host.empty()) sources = std::move(host);
      // ("The Prime Minister asked the Minister to convey her best wishes to President
      // Samia": a host asks his guest, not an official at his own side the bare title
      // was read as)
      if (auto guest = GuestForHostsTitle(askers, sources, asked_from, asked_end); !guest.empty())
        sources = std::move(guest);
      // ("asked the visiting minister to take his greetings back to X": the host's guest)
      if (sources.empty() && !askers.empty() && askers.front() == a_.host)
        for (int k = asked_from; k < asked_end && sources.empty(); ++k)
          if (IsGuestWord(s_.tokens[k]) || w(k) == "visiting") sources = a_.guests;
      if (sources.empty() && !askers.empty() && FindWord(s_, ask + 1, v, "counterpart") >= 0)
        sources = Counterparts(askers.front());  // "asked his counterpart to convey ..."
      // ("welcomed the envoys and asked them to convey his best wishes to their respective
      // Heads of State": those who brought him greetings before, when several did)
      if (sources.empty() && !askers.empty() && FindWord(s_, ask + 1, v, "them") >= 0) {
        std::vector<int> greeters;
        for (const RelationCandidate& r : a_.relations)
          if (r.type == RelationType::kConveyedGreetingsTo && r.target == askers.front() &&
              r.sentence < si_ &&
              std::find(greeters.begin(), greeters.end(), r.source) == greeters.end())
            greeters.push_back(r.source);
        if (greeters.size() >= 2) sources = std::move(greeters);
      }
      if (const int him = ObjectPronoun(ask + 1, v); sources.empty() && him >= 0) {
        // ("thanked his counterpart and asked him to convey ...": the counterpart)
        if (!askers.empty() && FindWord(s_, clause, ask, "counterpart") >= 0)
          sources = Counterparts(askers.front());
        // ("C called on the Chairman, who charged him with carrying ...": C)
        if (sources.empty()) sources = CalledOnBy(ask, askers);
        if (sources.empty()) sources = AskedOnes(askers, him, {});
      }
      // "to convey President Putin's best wishes": the greetings are someone else's
      if (int own = OnBehalfOf(v, g, NounPhraseEnd(g), sources); own >= 0) obo = own;
    } else if (w(v).ends_with("ing") && !(v > 0 && (w(v - 1) == "was" || w(v - 1) == "is" ||
                                                    w(v - 1) == "were" || w(v - 1) == "are"))) {
      // "envoy bearing a message": the participle belongs to the phrase before it (not
      // "who was carrying a message", a verb of its own)
      int m = v > 0 ? MentionAt(a_, si_, v - 1) : -1;
      if (m >= 0 && a_.mentions[m].entity >= 0) sources = {a_.mentions[m].entity};
      // "Boughali began by conveying ...", "the spokesman said the minister opened the
      // meeting by conveying ...": the subject nearest before it
      if (v > 0 && w(v - 1) == "by")
        sources = SubjectPersons(a_, si_, ClauseStart(a_, si_, v), v, /*nearest=*/true);
    } else {
      sources = SubjectsOf(v);
    }
    // "On behalf of Sultan X, Sayyid Y offered condolences": X is whose they are, not a
    // sender
    if (const int principal = BehalfOpening(); principal >= 0 && sources.size() > 1 &&
                                               sources.front() == principal) {
      sources.erase(sources.begin());
      if (obo < 0) obo = principal;
    }
    if (sources.empty()) return false;
    if (obo < 0) obo = OnBehalfOf(v, g, end, sources);
    std::vector<int> targets;
    // (no "to" past a clause of its own: "..., and U.Khurelsukh, for his part, requested
    // that his best regards be taken back to President Erdogan")
    const bool own_clause_after =
        end + 1 < n_ && IsPunct(s_.tokens[end], ",") && w(end + 1) == "and";
    int to = own_clause_after ? -1 : FindWord(s_, end, n_, "to");
    // (not "a letter from X inviting him to the summit": that "to" is the invitation's)
    const bool addressee = to > 0 && to + 1 < n_ && IsAddresseeStart(to + 1) &&
                           !IsPrepositionalTo(to) && ObjectPronoun(g + 1, to) < 0;
    // "conveyed to Sayyid Badr the greetings of B", "passed on to A and B the greetings of
    // C": the addressees right after the verb (up to the greetings' owner: "conveyed to HM
    // the King President Ruto's greetings")
    // (not "passed on to her Moroccan counterpart": whose counterpart is left to the
    // audience below)
    if (const int to_them = v + 1 < n_ && (w(v + 1) == "on" || w(v + 1) == "along") ? v + 2 : v + 1;
        to_them + 1 < g && w(to_them) == "to" &&
        (to_them == v + 1 || s_.tokens[to_them + 1].capitalized ||  // ("to His Highness")
         (w(to_them + 1) != "his" && w(to_them + 1) != "her")))
      targets = Targets(to_them + 1, AdjectiveStart(g), sources);
    // "brought His Majesty the Sultan cordial regards from X, who made a state visit to
    // Oman": the one named between the verb and the greetings, not a later "to" (unless
    // the message was "addressed to" someone)
    // ("handed the Head of State, X, a letter from Y, addressed to him as ...": to the one
    // handed it)
    const bool addressed = addressee && FindWord(s_, end, to, "addressed") >= 0 &&
                           w(to + 1) != "him" && w(to + 1) != "her";
    // (or "a letter from X, devoted to the war in Sudan": a participle's "to")
    const bool clause_before_to =
        to > g && (FindWord(s_, g, to, "who") >= 0 || FindWord(s_, g, to, "which") >= 0 ||
                   (w(to - 1).ends_with("ed") && w(to - 1) != "addressed"));
    if (targets.empty() && !addressed && v + 1 < AdjectiveStart(g) &&
        (to != end || clause_before_to))
      targets = Targets(v + 1, AdjectiveStart(g), sources);
    // ("A conveyed the greetings of X, B brought those of Y, to President Z": to Z, each)
    if (targets.empty() && addressee && (to == end || to == NounPhraseEnd(g, true) || addressed)) {
      targets = OwnLeaders(to + 1, sources);
      if (targets.empty()) targets = Targets(to + 1, n_, sources);
      // "a message of solidarity to President X from Tanzania's President Y"
      if (const int from = AddresseeEnd(to + 1, n_); obo < 0 && from < n_ && w(from) == "from")
        if (auto senders = People(from + 1, n_, true); !senders.empty()) obo = senders.front();
    }
    if (targets.empty()) targets = Targets(v + 1, AdjectiveStart(g), sources);
    if (targets.empty()) targets = ToWhom(v, sources);
    // "a message for King X": a message or letter is for its addressee right after it
    // (not "a message on the roadmap for de-escalation in the DRC"); condolences or
    // wishes "for the loss of life", "for the passing of X" name their cause
    if (targets.empty() && IsMessageNoun(g) && g + 1 < n_ && w(g + 1) == "for")
      targets = Targets(g + 2, n_, sources);
    // "handed the head of government a message intended for the Head of State, X", "good
    // wishes from A, the Secretary-General, for President B": the one they were for (and
    // not the one handed them)
    std::vector<int> handed_to = targets;
    if (const int for_at = IntendedFor(g); for_at >= 0)
      if (auto intended = Targets(for_at + 1, n_, sources); !intended.empty()) {
        targets = std::move(intended);
        // ("meant for the Amir Sheikh Tamim and sent by Prime Minister X")
        if (const int sent = FindWord(s_, for_at + 1, n_, "sent");
            obo < 0 && sent >= 0 && sent + 2 < n_ && w(sent + 1) == "by")
          if (const auto senders = People(sent + 2, n_, true); !senders.empty())
            obo = senders.front();
      }
    // ("a letter addressed to President X, by General Y": the one it is by sent it)
    if (const int by = addressee && FindWord(s_, g, to, "addressed") >= 0
                           ? FindWord(s_, to + 1, n_, "by")
                           : -1;
        by > to + 1)
      if (const auto senders = People(by + 1, n_, true); !senders.empty()) {
        std::erase_if(targets, [&](int e) {
          return std::find(senders.begin(), senders.end(), e) != senders.end();
        });
        if (obo < 0) obo = senders.front();
      }
    // (an addressee named but not found, "to Gurbanguly Berdimuhamedov", is no guest's)
    const bool named_addressee = addressee && s_.tokens[to + 1].capitalized;
    // ("A conveyed to X the greetings of B, while C conveyed the greetings of D": to X too)
    // (not from the sender of those: "A conveyed the greetings of President B, while the
    // Omani diplomat relayed ...", when the diplomat is not found)
    if (targets.empty() && !named_addressee && !sentence_targets_.empty() &&
        FindWord(s_, std::max(0, v - kParallelReach), v, "while") >= 0 &&
        std::find(sources.begin(), sources.end(), sentence_obo_) == sources.end())
      targets = sentence_targets_;
    // ("Kenyan Cabinet Secretary A: The Deputy Secretary conveyed Secretary Rubio's
    // greetings", an item of a list of meetings: the one the item is about)
    if (targets.empty() && !named_addressee) targets = NamedBeforeColon(sources, v);
    if (targets.empty() && !named_addressee && to < 0) targets = TalkedWithBefore(sources, v);
    if (targets.empty() && !named_addressee) targets = MetJustBefore(sources);
    if (targets.empty() && !named_addressee) targets = GuestsOrHost(sources);
    if (targets.empty() && !named_addressee) targets = MetInThisSentence(sources);
    if (targets.empty() && a_.host < 0) targets = OtherPrincipal(sources, end);
    // ("relayed X's regards to Y, who entrusted the visitor with a salute from the Amir to
    // Z": a verb of asking between the greeting verb and the noun makes it a request)
    const int asked_at = FindInList(a_, si_, v + 1, g, a_.lists->ask_verbs);
    const bool asked_after = asked_at >= 0;
    // (with no sender named after the asking, "his own greetings" are the asker's, not
    // those of the sender of the greetings first conveyed)
    const std::vector<int> named_after = EntitiesIn(a_, si_, asked_at, n_, true, true);
    if (asked_after &&
        (std::find(named_after.begin(), named_after.end(), obo) == named_after.end() ||
         std::find(targets.begin(), targets.end(), obo) != targets.end()))
      for (int asker : SubjectsOf(asked_at))
        if (std::find(sources.begin(), sources.end(), asker) == sources.end()) {
          obo = asker;
          break;
        }
    // "sent his warm regards to Guelleh through his guest": the one they went through
    // carried them, on the sender's behalf
    // ("the Prime Minister conveyed through Mr X the greetings of the people of Fiji to Y":
    // right after the verb, his guest, who takes them home; not "The visiting Speaker
    // relayed through the Deputy Amir a message meant for the Amir")
    std::vector<int> bearers = Through(end, sources);
    int bearers_obo = sources.empty() ? -1 : sources.front();
    if (bearers.empty() && sources.size() == 1 && v + 2 < g &&
        (w(v + 1) == "through" || w(v + 1) == "via")) {
      bearers = People(v + 2, g, false);
      std::erase_if(bearers, [&](int e) { return e == sources.front() || !IsGuest(a_, e); });
      if (obo >= 0) bearers_obo = obo;
    }
    if (!bearers.empty()) {
      Add(bearers, targets, bearers_obo, "asked-to-convey");
      return true;
    }
    Add(sources, targets, obo, ask >= 0 || asked_after ? "asked-to-convey" : "conveyed-greetings");
    sentence_targets_ = targets;
    sentence_obo_ = obo;
    if (ask < 0 && !asked_after) GappedGreetings(end, targets);
    if (asked_after) return true;  // (the ones asked for are carried away: no audience)
    if (ask >= 0) AskedToConveyThem(end, obo);
    static const WordSet kInPerson = {"offered", "conveyed", "extended", "expressed", "presented"};
    if (ask < 0 && !IsMessageNoun(g) && kInPerson.contains(w(v)) && GreetedInPerson()) {
      std::vector<int> persons;
      for (int target : targets)
        if (a_.entities[target].type == EntityType::kPerson) persons.push_back(target);
      MeetAll(sources, persons, "greeted-in-person");
      // (weaker than a message brought in the body: an audience it tells of wins)
      if (!targets.empty() && a_.entities[targets.front()].type == EntityType::kPerson)
        RecordAudience(a_, kHostedInTheBody - 1, targets.front(), sources);
    }
    if (IsHandover(v)) {  // a message handed over in person: they met
      // "handed over to Lavrov a message ... addressed to President Putin": the one it
      // was handed to, who need not be the one it was for
      int to_hand = v + 1;
      if (to_hand < n_ && w(to_hand) == "over") ++to_hand;
      std::vector<int> met = to_hand < n_ && w(to_hand) == "to" ? Targets(to_hand + 1, g, sources)
                                                                 : std::vector<int>{};
      // "conveyed to Sayyid Badr the greetings of President Samia and handed him a written
      // message ... to His Majesty": the one it was handed to, not whose message it was
      if (met.empty() && to_hand < n_ && (w(to_hand) == "him" || w(to_hand) == "her")) {
        std::vector<int> not_him = sources;
        for (int i = 0; i < to_hand; ++i)
          if (In(i, a_.lists->greeting_nouns))
            if (const int sender = OnBehalfOf(v, i, NounPhraseEnd(i), sources); sender >= 0)
              not_him.push_back(sender);
        if (const int referent = PronounReferent(not_him, to_hand); referent >= 0) met = {referent};
      }
      // "received by the Prime Minister, X, to whom he handed a written message from A
      // addressed to B": the one "whom" stands for, named right before it
      if (met.empty()) met = ToWhom(v, sources);
      // (a letter's addressee, with no one named it was handed to, need not be there:
      // "handed over a letter from A addressed to President B")
      if (met.empty() && NamesWhomHandedTo(to_hand, g)) {
        met = Targets(to_hand, g, sources);
      } else if (met.empty() && !TellsOfACall()) {
        met = handed_to;
      }
      for (int source : sources)
        for (int target : met)
          if (a_.entities[target].type == EntityType::kPerson)
            AddRelation(a_, RelationType::kMetWith, source, target, -1, si_, "handed-message");
    }
    return !targets.empty();
  }

  // "handed Mr. Bourita a written message ... to His Majesty the King", "handed the
  // Kenyan official a written message": whether [from, g), between the verb and the
  // message noun at g, names the one it was handed to (not "handed a written message",
  // nor the owner in "delivers Guelleh's message"); with nobody there, the message was
  // handed to its addressee.
  bool NamesWhomHandedTo(int from, int g) const {
    static const WordSet kMessageOpeners = {"to", "a", "an", "the", "his", "her"};
    if (from >= g) return false;
    for (int i = from; i < g; ++i)
      if (IsPossessive(s_.tokens[i])) return false;
    if (!kMessageOpeners.contains(w(from))) return true;
    for (int i = from + 1; i < g; ++i)
      if (w(i) == "a" || w(i) == "an") return true;  // "the Kenyan official a ..."
    return false;
  }

  // "asked A to convey his greetings to B, and C to convey them to D": C conveys them to D
  // for the same asker.
  void AskedToConveyThem(int from, int obo) {
    for (int k = from; k + 5 < n_; ++k) {
      if (!IsWord(s_.tokens[k], "and") || !IsPunct(s_.tokens[k - 1], ",")) continue;
      const int to = FindWord(s_, k + 1, std::min(n_, k + 12), "to");
      if (to < 0 || to + 3 >= n_ || !In(to + 1, a_.lists->greeting_verbs) ||
          w(to + 2) != "them" || w(to + 3) != "to")
        continue;
      const std::vector<int> sources = People(k + 1, to, false);
      const std::vector<int> targets = Targets(to + 4, n_, sources);
      if (!sources.empty()) Add(sources, targets, obo, "asked-to-convey");
      return;
    }
  }

  // An audience stated in the body with a hosting verb, or a message brought in person,
  // is this sure (Analysis::audience_strength).
  static constexpr int kHostedInTheBody = 3;
  // A hosting verb in the headline is this sure.
  static constexpr int kHostingVerbStrength = 2;

  // Each of `guests` met each of `hosts` (in sentence si_, by `rule`).
  void MeetAll(const std::vector<int>& guests, const std::vector<int>& hosts, const char* rule) {
    for (int guest : guests)
      for (int host : hosts) AddRelation(a_, RelationType::kMetWith, guest, host, -1, si_, rule);
  }

  // `hosts` received `guests` in person: they met, and the first host hosted the audience.
  void Received(const std::vector<int>& guests, const std::vector<int>& hosts, int strength,
                const char* rule) {
    MeetAll(guests, hosts, rule);
    RecordAudience(a_, strength, hosts.front(), guests);
  }

  // "Captain Traoré's written message, which the envoy delivered to the Head of State":
  // the relative clause's subject brought the owner's message to the one after "to".
  bool RelativeDelivery(int g) {
    const int comma = g + 1;
    if (comma + 3 >= n_ || !IsPunct(s_.tokens[comma], ",") || w(comma + 1) != "which") return false;
    int v = -1;
    for (int k = comma + 2; k < std::min(n_, comma + 8) && v < 0; ++k)
      if (In(k, a_.lists->greeting_verbs)) v = k;
    if (v < 0 || v + 2 >= n_ || w(v + 1) != "to") return false;
    const std::vector<int> bearers = People(comma + 2, v, false);
    if (bearers.empty()) return false;
    const int owner = OnBehalfOf(-1, g, comma, bearers);
    const std::vector<int> targets = Targets(v + 2, ObjectPhraseEnd(v + 2), bearers);
    if (targets.empty()) return false;
    Add(bearers, targets, owner, "conveyed-greetings");
    return true;
  }

  // "A special message from President B was delivered on Tuesday to President C by his
  // special envoy, A": A conveyed it to C on B's behalf and, unless by phone, they met.
  // (Not "The message was handed over by A to C": that one was received before.)
  bool PassiveDelivery(int g) {
    // ("a message ...", and "X has written to B, and his letter was handed over by A": the
    // writer's, to the one he wrote to)
    static const WordSet kArticles = {"a", "an", "his", "her"};
    int article = g - 1;
    while (article >= 0 && article >= g - 3 && !kArticles.contains(w(article))) --article;
    if (article < 0 || article < g - 3) return false;
    const bool writers = w(article) == "his" || w(article) == "her";
    int v = -1;
    for (int i = g + 1; i + 1 < n_ && !IsClauseBreak(s_.tokens[i]); ++i)
      if ((w(i) == "was" || w(i) == "were") && In(i + 1, a_.lists->greeting_verbs)) {
        v = i + 1;
        break;
      }
    if (v < 0) return false;
    const int by = FindWord(s_, v + 1, n_, "by");
    // "A was received by President B, to whom a personal message from President C was handed
    // over": A, whom B received, handed it to B
    if (article >= 3 && w(article - 1) == "whom" && w(article - 2) == "to" &&
        IsPunct(s_.tokens[article - 3], ",") && by < 0) {
      const std::vector<int> addressee = ToWhom(article, {});
      std::vector<int> bearers = SubjectPersons(a_, si_, 0, article - 3, false);
      if (!addressee.empty()) std::erase(bearers, addressee.front());
      if (addressee.empty() || bearers.size() != 1 ||
          !MetEachOther(a_, bearers.front(), addressee.front()))
        return false;
      Add(bearers, addressee, OnBehalfOf(v, g, v - 1, bearers), "delivered-message");
      return true;
    }
    int to = FindWord(s_, v + 1, n_, "to");
    int to_end = by > to ? by : n_;
    // "A message from X to B was handed over today by A": the addressee inside the phrase
    const int inner = FindWord(s_, g + 1, v - 1, "to");
    if (to < 0 && by >= 0 && inner >= 0) {
      to = inner;
      to_end = v - 1;
    }
    if (to < 0 && writers)  // "has written to B, and his letter ..."
      for (int k = 1; k + 1 < article; ++k)
        if (w(k) == "to" && (w(k - 1) == "written" || w(k - 1) == "wrote")) {
          to = k;
          to_end = article;
          break;
        }
    if (by < 0 && !writers) return HandedOverAtTheMeeting(g, v, to, inner);
    if (to < 0 || by < 0) return false;
    // (up to a relative clause of their own: "by Minister A, who was received in the
    // presence of B")
    int bearers_end = to > by ? to : n_;
    for (int k = by + 1; k < bearers_end; ++k)
      if (w(k) == "who" || w(k) == "whom" || w(k) == "which") bearers_end = k;
    std::vector<int> bearers = People(by + 1, bearers_end, false);
    // ("by the visiting official", "by the guest": the audience's one guest)
    if (bearers.empty() && a_.guests.size() == 1)
      for (int k = by + 1; k < std::min(bearers_end, by + 4) && bearers.empty(); ++k)
        if (w(k) == "visiting" || IsGuestWord(s_.tokens[k])) bearers = a_.guests;
    if (bearers.size() != 1) return false;
    const std::vector<int> handed_to = Targets(to + 1, to_end, bearers);
    if (handed_to.empty()) return false;
    // "A letter from A addressed to Prime Minister B was handed over to Minister C by D":
    // the greetings are B's, whom the letter was for; D met C, to whom it was handed
    std::vector<int> targets = handed_to;
    // ("A written message from A to King B was handed over to Minister C by D": so too)
    if (const int addressed = FindWord(s_, g + 1, v - 1, "addressed");
        addressed >= 0 && w(addressed + 1) == "to" && addressed + 1 < to) {
      if (auto addressees = Targets(addressed + 2, v - 1, bearers); !addressees.empty())
        targets = std::move(addressees);
    } else if (inner >= 0 && inner < to) {
      if (auto addressees = Targets(inner + 1, v - 1, bearers); !addressees.empty())
        targets = std::move(addressees);
    }
    int sender = OnBehalfOf(v, g, v - 1, bearers);
    if (sender < 0 && writers)
      if (const auto writer = SubjectPersons(a_, si_, 0, article, false); !writer.empty())
        sender = writer.front();
    Add(bearers, targets, sender, "delivered-message");
    // (the writer's letter "handed over by A" was brought in person)
    if ((writers || !TellsOfACall()) && a_.entities[handed_to.front()].type == EntityType::kPerson)
      Received(bearers, handed_to, kHostedInTheBody, "handed-message");
    return true;
  }

  // "Kayalar was received by Prime Minister Abiy. During the meeting, a message from
  // President Erdogan was handed over to the Premier": with no bearer named, the one who
  // met the addressee at the meeting told just before brought it; "During the meeting, a
  // letter from A to B was handed over": the audience's one guest, to its host, for B.
  // (The message noun at g, its passive verb at v, "to" after it at `to` and inside the
  // noun phrase at `inner`, or -1.)
  bool HandedOverAtTheMeeting(int g, int v, int to, int inner) {
    if (si_ == 0 || (FindWord(s_, 0, g, "meeting") < 0 && FindWord(s_, 0, g, "talks") < 0))
      return false;
    std::vector<int> bearers, targets;
    if (to >= 0) {
      targets = Targets(to + 1, n_, {});
      if (targets.size() != 1) return false;
      bearers = MetInSentence(targets, si_ - 1, /*told=*/true);
    } else if (inner >= 0 && a_.host >= 0 && a_.guests.size() == 1) {
      bearers = a_.guests;
      targets = Targets(inner + 1, v - 1, bearers);
    }
    if (bearers.size() != 1 || targets.empty()) return false;
    Add(bearers, targets, OnBehalfOf(v, g, v - 1, bearers), "delivered-message");
    return true;
  }

  // "A conveyed to the Head of State the greetings of X; Ambassador B those of Y; and
  // Ambassador C those of Z": each clause after the first, its verb left out, conveys its
  // own sender's greetings to the same addressees.
  void GappedGreetings(int from, const std::vector<int>& targets) {
    if (targets.empty()) return;
    for (int k = std::max(from, 1); k + 2 < n_; ++k) {
      if (w(k) != "those" || w(k + 1) != "of") continue;
      const int m = MentionAt(a_, si_, k - 1);
      if (m < 0 || a_.mentions[m].entity < 0 ||
          a_.entities[a_.mentions[m].entity].type != EntityType::kPerson)
        continue;
      // (the bearer opens a clause of its own: after ";" or "and")
      int opens = a_.mentions[m].begin - 1;
      while (opens > 0 && s_.tags[opens].kind != TokenTag::kNone && MentionAt(a_, si_, opens) < 0)
        --opens;
      if (opens < 0 || !(IsPunct(s_.tokens[opens], ";") || w(opens) == "and")) continue;
      int end = k + 2;
      while (end < n_ && !IsPunct(s_.tokens[end], ";") && w(end) != "and") ++end;
      const std::vector<int> senders = People(k + 2, end, true);
      if (senders.empty()) continue;
      Add({a_.mentions[m].entity}, targets, senders.front(), "conveyed-greetings");
    }
  }

  // "A flew into Mogadishu carrying a personal message from President X to President Y. The
  // message was handed over during a closed-door meeting": A delivered X's message to Y,
  // whom he met.
  bool CarriedMessageHandedOver(int g) {
    static const WordSet kCarrying = {"carrying", "bearing", "carried", "bore"};
    if (si_ == 0 || g != 1 || w(0) != "the" || !IsMessageNoun(g) || g + 2 >= n_ ||
        !(w(g + 1) == "was" && In(g + 2, a_.lists->greeting_verbs)) ||
        FindWord(s_, g + 3, std::min(n_, g + 6), "by") >= 0 ||
        FindWord(s_, g + 3, std::min(n_, g + 6), "to") >= 0)
      return false;
    const Sentence& before = a_.sentences[si_ - 1];
    const int n = static_cast<int>(before.tokens.size());
    for (int k = 1; k + 1 < n; ++k) {
      if (!kCarrying.contains(before.tokens[k].folded)) continue;
      const int from = FindWord(before, k + 1, std::min(n, k + 6), "from");
      const int to = from >= 0 ? FindWord(before, from + 1, n, "to") : -1;
      if (to < 0) return false;
      int to_end = to + 1;
      while (to_end < n && !IsPunct(before.tokens[to_end], ",") &&
             !IsPunct(before.tokens[to_end], "."))
        ++to_end;
      const std::vector<int> bearers = SubjectPersons(a_, si_ - 1, 0, k, false);
      const std::vector<int> senders = EntitiesIn(a_, si_ - 1, from + 1, to, false);
      const std::vector<int> addressees = EntitiesIn(a_, si_ - 1, to + 1, to_end, false);
      if (bearers.size() != 1 || senders.empty() || addressees.size() != 1) return false;
      Add(bearers, addressees, senders.front(), "delivered-message");
      Received(bearers, addressees, kHostedInTheBody, "handed-message");
      return true;
    }
    return false;
  }

  // "Mahama thanked him and asked that his good wishes be conveyed to President Tinubu":
  // the one asked (the pronoun's referent, or the host's guests) conveys the asker's
  // greetings to the one named after "to".
  bool AskedThatConveyed(int g, int clause) {
    int ask = -1;
    for (int i = g - 1; i >= clause && ask < 0; --i)
      if (In(i, a_.lists->ask_verbs)) ask = i;
    if (ask < 0 || ask + 1 >= g || w(ask + 1) != "that") return false;
    const int v = g + 2;  // "be conveyed", "be returned", "be taken back"
    if (v + 1 >= n_ || w(g + 1) != "be" ||
        !(In(v, a_.lists->greeting_verbs) || w(v) == "returned" || w(v) == "taken"))
      return false;
    // ("be delivered in return to his colleague", "be conveyed back to", "be passed on to")
    int to = v + 1;
    if (to + 2 < n_ && w(to) == "in" && w(to + 1) == "return") to += 2;
    if (to + 1 < n_ && (w(to) == "back" || w(to) == "on")) ++to;
    if (to + 1 >= n_ || w(to) != "to") return false;
    // (an asker named but not known, as a name two persons share, is no one to guess)
    for (int i = clause; i < ask; ++i)
      if (const int m = s_.mention_at[i];
          m >= 0 && a_.mentions[m].type == MentionType::kPerson && a_.mentions[m].entity < 0)
        return false;
    const std::vector<int> askers = SubjectsOf(ask);
    if (askers.empty()) return false;
    const std::vector<int> addressees = Targets(to + 1, n_, askers);
    if (addressees.empty()) return false;
    std::vector<int> bearers;
    if (const int him = ObjectPronoun(clause, ask); him >= 0)
      bearers = AskedOnes(askers, him, addressees);
    else if (askers.front() == a_.host)
      bearers = a_.guests;
    if (bearers.empty()) return false;
    Add(bearers, addressees, askers.front(), "asked-to-convey");
    return true;
  }

  // "a message intended for X", "greetings from A, the Secretary-General, for X",
  // "X's greetings for President Y": the "for" after the greetings at g (and their
  // sender) before X, or -1.
  int IntendedFor(int g) const {
    static const WordSet kIntended = {"intended", "meant", "destined"};
    int k = g + 1;
    if (k < n_ && w(k) == "from") {
      constexpr int kSenderTokens = 10;  // ("from Antonio Guterres, the Secretary-General,")
      const int from = k;
      // (the "for" after the sender's name or apposition, not "Council for the Safeguard")
      auto after_sender = [&](int i) {
        const int m = MentionAt(a_, si_, i - 1);
        return IsPunct(s_.tokens[i - 1], ",") ||
               (m >= 0 && a_.mentions[m].type == MentionType::kPerson &&
                s_.tags[i - 1].kind == TokenTag::kNone);  // (a name's word)
      };
      while (k < std::min(n_, from + kSenderTokens) && (w(k) != "for" || !after_sender(k)) &&
             !kIntended.contains(w(k)) && !IsPunct(s_.tokens[k], ".") &&
             !IsPunct(s_.tokens[k], ";") &&
             !In(k, a_.lists->greeting_nouns | a_.lists->greeting_verbs))
        ++k;
      if (EntitiesIn(a_, si_, from + 1, k, false).empty() ||
          (k < n_ && w(k) == "for" && !after_sender(k)))
        return -1;
    } else if (k + 1 < n_ && w(k) == "for" && In(g, a_.lists->greeting_nouns) &&
               !IsMessageNoun(g)) {
      // "to whom he passed on President X's greetings for President Y": Y's, whoever was
      // handed them
      constexpr int kReach = 6;  // ("the Cameroonian President Paul Biya")
      return PersonNamedFrom(a_, si_, k + 1, kReach) ? k : -1;
    } else if (!(k + 1 < n_ && kIntended.contains(w(k)))) {
      return -1;
    }
    // ("a message intended for X", "a message from President Lourenco intended for his
    // Ivorian counterpart")
    if (k + 1 < n_ && kIntended.contains(w(k))) ++k;
    return k + 1 < n_ && w(k) == "for" && IsAddresseeStart(k + 1) ? k : -1;
  }

  // "A, bearer of a written message from B", "A, carrier of a letter": the person set off
  // before the bearer noun of the message at g (from `clause` on), or -1.
  int BearerNamedBefore(int g, int clause) const {
    static const WordSet kBearers = {"bearer", "carrier"};
    constexpr int kWords = 4;  // ("bearer of a written message")
    for (int k = g - 1; k > std::max(clause, g - kWords - 2); --k) {
      if (!kBearers.contains(w(k))) continue;
      if (w(k + 1) != "of" || !IsPunct(s_.tokens[k - 1], ",")) return -1;
      const std::vector<int> before = EntitiesIn(a_, si_, clause, k - 1, false);
      return before.empty() ? -1 : before.back();
    }
    return -1;
  }

  // "C received in Jeddah a written message from B, delivered by A": the one who brought
  // it in person conveyed it, on B's behalf (and met C); with nobody bringing it, B
  // sent it to C. Not a message that "was received".
  bool ReceivedMessage(int g) {
    static const WordSet kReceive = {"received", "receives", "receiving", "receive"};
    static const WordSet kBring = {"delivered", "handed", "conveyed", "carried",
                                   "brought", "relayed", "passed"};
    const int clause = ClauseStart(a_, si_, g);
    int r = -1;
    for (int i = g - 1; i >= clause && r < 0; --i)
      if (kReceive.contains(w(i))) r = i;
    if (r < 0 || (r > 0 && (w(r - 1) == "was" || w(r - 1) == "were" || w(r - 1) == "been")) ||
        In(r - 1, a_.lists->future_words))
      return false;
    const std::vector<int> receivers = SubjectsOf(r);
    if (receivers.empty()) return false;
    const int end = NounPhraseEnd(g);
    const int sender = OnBehalfOf(r, g, end, receivers);
    // the one who brought it ("delivered by A", "handed over on Monday by A") and, when
    // he handed it to someone else than the receiver ("by A to Minister of State C"), C
    struct Handover {
      int bearer = -1;
      int handed_to = -1;
    };
    auto bearer_in = [&](int si, int from) {
      const Sentence& s = a_.sentences[si];
      const int n = static_cast<int>(s.tokens.size());
      auto other = [&](int e) {
        return e != sender && std::find(receivers.begin(), receivers.end(), e) == receivers.end();
      };
      for (int k = from; k + 1 < n; ++k) {
        if (!kBring.contains(s.tokens[k].folded)) continue;
        int by = k + 1;
        while (by < std::min(n, k + 5) && !IsWord(s.tokens[by], "by") &&
               s.tokens[by].shape != TokenShape::kPunct)
          ++by;
        if (by >= n || !IsWord(s.tokens[by], "by")) continue;
        Handover found;
        for (int e : EntitiesIn(a_, si, by + 1, n, false))
          if (other(e)) {
            found.bearer = e;
            break;
          }
        if (found.bearer < 0) continue;
        if (const int to = FindWord(s, by + 1, n, "to"); to >= 0)
          for (int e : EntitiesIn(a_, si, to + 1, n, false))
            if (other(e) && e != found.bearer) {
              found.handed_to = e;
              break;
            }
        return found;
      }
      return Handover{};
    };
    // "The message was received by Minister C during his meeting with A" (or "when he
    // received A"): C took it from A, its bearer
    auto taken_from_in = [&](int si) {
      const Sentence& s = a_.sentences[si];
      const int n = static_cast<int>(s.tokens.size());
      const int by = FindWord(s, 2, std::min(n, 14), "by");
      if (by < 0 || FindWord(s, 2, by, "received") < 0) return Handover{};
      // (the first one named after "by" took it; the first other after "with" or
      // "received" brought it)
      auto first_of = [&](int from, auto keep) {
        for (int e : EntitiesIn(a_, si, from, n, false))
          if (e != sender && keep(e)) return e;
        return -1;
      };
      Handover found;
      found.handed_to = first_of(by + 1, [](int) { return true; });
      for (int k = by + 1; k + 1 < n && found.handed_to >= 0 && found.bearer < 0; ++k)
        if (IsWord(s.tokens[k], "with") || IsWord(s.tokens[k], "received"))
          found.bearer = first_of(k + 1, [&](int e) {
            return e != found.handed_to &&
                   std::find(receivers.begin(), receivers.end(), e) == receivers.end();
          });
      return found.bearer >= 0 ? found : Handover{};
    };
    Handover handover = bearer_in(si_, g + 1);
    // "received A, bearer of a message from B": A brought it
    if (handover.bearer < 0) {
      const int bearer = BearerNamedBefore(g, clause);
      if (bearer >= 0 && bearer != sender &&
          std::find(receivers.begin(), receivers.end(), bearer) == receivers.end())
        handover.bearer = bearer;
    }
    // "... received a written message from B. The message ... was handed over by A"
    if (handover.bearer < 0 && si_ + 1 < static_cast<int>(a_.sentences.size())) {
      const Sentence& next = a_.sentences[si_ + 1];
      if (next.tokens.size() > 2 && IsWord(next.tokens[0], "the") &&
          next.tokens[1].folded == w(g)) {
        handover = bearer_in(si_ + 1, 2);
        if (handover.bearer < 0) handover = taken_from_in(si_ + 1);
      }
    }
    if (const int bearer = handover.bearer; bearer >= 0) {
      Add({bearer}, receivers, sender, "received-message");
      // the one it was handed to hosted the bearer (those who "attended the meeting" sit
      // with one of them), unless the body tells of an audience of its own
      if (!TellsOfACall())
        Received({bearer}, handover.handed_to >= 0 ? std::vector<int>{handover.handed_to}
                                                   : receivers,
                 kHostedInTheBody, "handed-message");
      return true;
    }
    if (sender < 0 || a_.entities[sender].type != EntityType::kPerson) return false;
    Add({sender}, receivers, -1, "received-message");
    return true;
  }

  // "US condolences": where a country adjective just before the noun starts.
  // (and a possessor: "offers Tunisia's condolences", "conveyed President Putin's
  // greetings" name whose they are, not to whom)
  int AdjectiveStart(int g) const {
    int i = g;
    // ("President Tinubu's fraternal greetings": past adjectives to the possessor)
    int adjectives = g;
    while (adjectives > std::max(1, g - 3) &&
           s_.tokens[adjectives - 1].shape == TokenShape::kWord &&
           !s_.tokens[adjectives - 1].capitalized && s_.mention_at[adjectives - 1] < 0 &&
           !In(adjectives - 1, a_.lists->determiners))
      --adjectives;
    if (adjectives < g && adjectives >= 2 && IsPossessive(s_.tokens[adjectives - 1]))
      i = adjectives;
    while (i > 0) {
      if (i >= 2 && IsPossessive(s_.tokens[i - 1])) {
        const int owner = MentionAt(a_, si_, i - 2);
        if (owner < 0) break;
        i = a_.mentions[owner].begin;
        continue;
      }
      int m = MentionAt(a_, si_, i - 1);
      if (m < 0 || a_.mentions[m].type != MentionType::kCountry) break;
      i = a_.mentions[m].begin;
    }
    return i;
  }

  bool IsHandover(int v) const {
    static const WordSet kVerbs = {"delivered", "handed",    "hands",
                                   "handing",   "presented", "delivers"};
    // (a letter one hands over is handed in person: "handed the Head of State a letter from
    // X"; not "was handed to him by the minister", nor a headline's, whose audience the
    // report tells itself)
    const bool passive = v > 0 && (w(v - 1) == "was" || w(v - 1) == "were");
    return kVerbs.contains(w(v)) && !TellsOfACall(/*letters=*/passive || s_.is_title);
  }

  // "Sayyid Shihab offered condolences to Sheikh Mishal ... The condolences were offered in
  // the presence of X": a report of greetings offered in person, with no meeting, call or
  // letter told, where someone was present or accompanied a side.
  bool GreetedInPerson() const {
    if (HasMeeting(a_)) return false;
    static const WordSet kWitnessed = {"presence", "present", "accompanied", "attended"};
    bool present = false;
    for (const Sentence& s : a_.sentences) {
      if ((s.bits & a_.lists->call_words) != 0) return false;
      if ((s.bits & (a_.lists->presence_cue_words | a_.lists->companion_cue_words)) == 0) continue;
      for (const Token& t : s.tokens) present = present || kWitnessed.contains(t.folded);
    }
    return present;
  }

  // The first person after an "On behalf of" that opens the sentence (after its
  // dateline), or -1.
  int BehalfOpening() const {
    const int at = s_.dateline_end;
    if (at + 3 >= n_ || w(at) != "on" || w(at + 1) != "behalf" || w(at + 2) != "of") return -1;
    const auto persons = EntitiesIn(a_, si_, at + 3, n_, false);
    return persons.empty() ? -1 : persons.front();
  }

  // A call word anywhere in the sentence: what was handed over was not handed in person.
  // With `letters` false, the words of letters ("letter", "wrote") do not count.
  bool TellsOfACall(bool letters = true) const {
    static const WordSet kLetters = {"letter", "letters", "wrote"};
    for (int i = 0; i < n_; ++i)
      if (In(i, a_.lists->call_words) && (letters || !kLetters.contains(w(i)))) return true;
    return false;
  }

  // A verb at v of what is to come: "will deliver", "is scheduled to deliver".
  bool IsFuture(int v) const {
    return In(v - 1, a_.lists->future_words) ||
           (v >= 2 && w(v - 1) == "to" && In(v - 2, a_.lists->future_words));
  }

  // The later of the first "him" and the first "her" in [from, to), or -1.
  int ObjectPronoun(int from, int to) const {
    return std::max(FindWord(s_, from, to, "him"), FindWord(s_, from, to, "her"));
  }

  // A person's counterpart: the first one he met in this report, else the other of the
  // report's two principals (the one he spoke to on the phone), if any.
  std::vector<int> Counterparts(int person) const {
    for (const auto& r : a_.relations)
      if (r.type == RelationType::kMetWith && (r.source == person || r.target == person))
        return {r.source == person ? r.target : r.source};
    return OtherPrincipalThan(person, ReportPrincipals(a_));
  }

  // The other of the two `principals` when `person` is one of them; else none.
  static std::vector<int> OtherPrincipalThan(int person, const std::vector<int>& principals) {
    if (principals.size() != 2) return {};
    for (int k : {0, 1})
      if (principals[k] == person) return {principals[1 - k]};
    return {};
  }

  // "Secretary Blinken's Call with President Aliyev ... The Secretary offered his
  // condolences over the explosion": with no addressee named anywhere in the sentence
  // (not "to the people of Armenia", not "for the passing of X"), the other of the
  // report's two principals.
  std::vector<int> OtherPrincipal(const std::vector<int>& sources, int end) const {
    static const WordSet kLoss = {"passing", "death", "loss", "demise", "funeral"};
    if (s_.is_title || sources.size() != 1 || FindWord(s_, end, n_, "to") >= 0) return {};
    for (int i = 0; i < n_; ++i)
      if (kLoss.contains(w(i))) return {};
    const std::vector<int> principals = ReportPrincipals(a_);
    if (principals.size() != 2) return {};
    // (the two talked: a call the report tells of, or a meeting of theirs)
    const bool call = !a_.sentences.empty() && (a_.sentences[0].bits & a_.lists->call_words) != 0;
    if (!call && !MetEachOther(a_, principals[0], principals[1])) return {};
    return OtherPrincipalThan(sources.front(), principals);
  }

  // "Demeke also met the Vice President of Cuba, X, who passed on the greetings of
  // President Y": with no addressee named, the one person the source met in this
  // sentence.
  std::vector<int> MetInThisSentence(const std::vector<int>& sources) const {
    return MetInSentence(sources, si_);
  }

  // "the minister spoke by telephone on Sunday evening with X and offered his condolences
  // over ...", "X received a phone call from the minister, who conveyed the condolences of
  // ...": with no addressee named, the one other person of the call the sentence tells
  // before the greeting verb at v.
  std::vector<int> TalkedWithBefore(const std::vector<int>& sources, int v) const {
    if (sources.size() != 1 || FindInList(a_, si_, 0, v, a_.lists->call_words) < 0) return {};
    std::vector<int> partners = EntitiesIn(a_, si_, 0, v, false);
    std::erase(partners, sources.front());
    return partners.size() == 1 ? partners : std::vector<int>{};
  }

  // "Later, Abbas paid a courtesy call on President Mahama. Abbas delivered President
  // Tinubu's greetings": the one a single source met in the sentence before, by a verb of
  // meeting (not those present nor companions).
  std::vector<int> MetJustBefore(const std::vector<int>& sources) const {
    if (si_ == 0 || a_.sentences[si_ - 1].is_title) return {};
    return MetInSentence(sources, si_ - 1, /*told=*/true);
  }

  std::vector<int> MetInSentence(const std::vector<int>& sources, int si, bool told = false) const {
    if (sources.size() != 1) return {};
    int partner = -1;
    for (const RelationCandidate& r : a_.relations) {
      if (told && !TellsAMeetingOfPersons(a_, r)) continue;
      if (r.type != RelationType::kMetWith || r.sentence != si ||
          (r.source != sources.front() && r.target != sources.front()))
        continue;
      const int other = r.source == sources.front() ? r.target : r.source;
      if (partner >= 0 && partner != other) return {};
      partner = other;
    }
    if (partner < 0 || a_.entities[partner].type != EntityType::kPerson) return {};
    return {partner};
  }

  // Guests greet their host and the host its guests, when no addressee is named.
  std::vector<int> GuestsOrHost(const std::vector<int>& sources) const {
    if (a_.host < 0 || sources.empty()) return {};
    if (sources.front() == a_.host) return a_.guests;
    if (IsGuest(a_, sources.front())) return {a_.host};
    // (one of several envoys the host received in turn: "The Gambian diplomat, for his
    // part, brought the greetings of President X")
    if (sources.size() == 1 && MetEachOther(a_, sources.front(), a_.host)) return {a_.host};
    return {};
  }

  // "A and B exchanged greetings", "the two leaders exchanged best wishes",
  // "A exchanged greetings with B": greetings both ways.
  bool Exchanged(int v, int g) {
    const std::vector<int> subjects = SubjectsOf(v);
    // "A exchanged greetings with B and C": A with each of them, not B with C
    if (const int with = FindWord(s_, g, n_, "with"); with >= 0 && !subjects.empty()) {
      std::vector<int> others;
      for (int e : People(with + 1, n_, false))
        if (std::find(subjects.begin(), subjects.end(), e) == subjects.end()) others.push_back(e);
      if (!others.empty()) {
        ExchangeBetween(subjects, others);
        return true;
      }
    }
    std::vector<int> people = subjects;
    // "... a phone call from his counterpart, during which they exchanged greetings":
    // "they" (or "the two ministers") are the persons named before, or the report's
    // principals
    constexpr int kSubjectWords = 4;
    if (people.size() < 2 && (FindWord(s_, std::max(0, v - 3), v, "they") >= 0 ||
                              NamesBothPrincipals(a_, si_, std::max(0, v - kSubjectWords), v))) {
      people = EntitiesIn(a_, si_, 0, v, false);
      if (people.size() < 2) people = ReportPrincipals(a_);
    }
    if (people.size() < 2) return false;
    ExchangeBetween(people, people);
    return true;
  }

  // Greetings both ways between each x of `one` and each other y of `other`.
  void ExchangeBetween(const std::vector<int>& one, const std::vector<int>& other) {
    for (int x : one)
      for (int y : other)
        if (x != y) {
          AddRelation(a_, RelationType::kConveyedGreetingsTo, x, y, -1, si_, "exchanged-greetings");
          AddRelation(a_, RelationType::kConveyedGreetingsTo, y, x, -1, si_, "exchanged-greetings");
        }
  }

  // "greeted X on the red carpet", "greeted X upon arrival at the airport": whether the
  // verb at v greeted someone where he arrived.
  bool GreetedOnArrival(int v) const {
    static const WordSet kArrival = {"carpet", "airport", "arrival", "tarmac", "steps", "entrance"};
    if (w(v) != "greeted" && w(v) != "greets") return false;
    for (int k = v + 1; k < n_ && !IsPunct(s_.tokens[k], ";") && !IsPunct(s_.tokens[k], "."); ++k) {
      if (kArrival.contains(w(k))) return true;
      if (In(k, a_.lists->greeting_nouns)) return false;  // "greeted him with warm wishes"
    }
    return false;
  }

  void Congratulated(int v) {
    if (IsFuture(v)) return;
    auto sources = SubjectsOf(v);
    int object_end = -1;
    // "Congratulating President B on ..., President A extended his best wishes ...": the
    // participle opening the sentence is the subject's after its comma
    if (sources.empty() && v == 0 && w(v).ends_with("ing"))
      if (const int comma = FindWord(s_, v + 1, n_, ","); comma > v + 1) {
        constexpr int kSubjectReach = 4;  // "President Erdoğan", "the Head of State, X"
        sources =
            SubjectPersons(a_, si_, comma + 1, std::min(n_, comma + 1 + kSubjectReach), false);
        object_end = comma;
      }
    if (sources.empty()) return;
    if (ToldThatWished(v, sources.front())) return;
    auto targets = Targets(v + 1, object_end >= 0 ? object_end : ObjectEnd(v + 1), sources);
    // "congratulated his counterpart on Armed Forces Day", "his guest on her re-election": the
    // one the subject met or talked with; "his Egyptian counterpart": the first person of
    // the state the adjective names
    if (targets.empty() && v + 2 < n_ && (w(v + 1) == "his" || w(v + 1) == "her")) {
      // (not "greeted his guest with a welcome ceremony")
      if (w(v + 2) == "counterpart" ||
          ((w(v + 2) == "guest" || w(v + 2) == "visitor") && w(v).starts_with("congratulat"))) {
        targets = Counterparts(sources.front());
      } else if (v + 3 < n_ && w(v + 3) == "counterpart" &&
                 s_.tags[v + 2].kind == TokenTag::kCountryAdjective) {
        const int state = CountryEntityByIndex(a_, s_.tags[s_.tags[v + 2].start].index);
        for (int e = 0; e < static_cast<int>(a_.entities.size()) && state >= 0; ++e)
          if (a_.entities[e].type == EntityType::kPerson && CountryOfEntity(a_, e) == state &&
              e != sources.front()) {
            targets = {e};
            break;
          }
      }
    }
    if (targets.empty()) return;
    // "greeted the Azerbaijani leader and the First Vice-President on the red carpet", "at
    // the airport": a welcome in person, no greetings conveyed
    if (GreetedOnArrival(v)) {
      std::vector<int> persons;
      for (int target : targets)
        if (a_.entities[target].type == EntityType::kPerson) persons.push_back(target);
      MeetAll(sources, persons, "greeted-on-arrival");
      return;
    }
    // "Gibran wished Shettima and Tinubu well and asked her to tell them so": the one asked
    // carries the wishes
    if (const std::vector<int> bearers = AskedToCarry(v, sources, targets); !bearers.empty()) {
      Add(bearers, targets, sources.front(), "asked-to-convey");
      return;
    }
    // ("congratulated Lee on his inauguration on behalf of the Republic of Senegal")
    Add(sources, targets, NamedOnBehalf(v + 1, sources), "congratulated");
  }

  // The ones the sentence asks next, after the verb at v, to carry a wish to `targets`
  // ("and asked her to tell them so", "and charged his visitor with ..."); none otherwise.
  std::vector<int> AskedToCarry(int v, const std::vector<int>& askers,
                                const std::vector<int>& targets) const {
    for (int k = v + 1; k + 1 < n_; ++k) {
      if (!In(k, a_.lists->ask_verbs)) continue;
      if (w(k - 1) != "and") return {};
      // (not "asked him to convey his congratulations to the Amir": greetings of their own)
      if (const int g = FindInList(a_, si_, k + 1, n_, a_.lists->greeting_nouns);
          g >= 0 && FindWord(s_, g + 1, n_, "to") >= 0)
        return {};
      if (const int him = ObjectPronoun(k + 1, k + 2); him >= 0)
        return AskedOnes(askers, him, targets);
      return GuestAsked(k, askers);
    }
    return {};
  }

  // The noun phrase right after a verb: names, titles, determiners, a pronoun; it ends
  // at the first ordinary lower-case word ("wished the government success" has none).
  int ObjectEnd(int i) const {
    while (i < n_) {
      const Token& t = s_.tokens[i];
      const bool named = t.capitalized || s_.mention_at[i] >= 0 || s_.tags[i].kind != TokenTag::kNone;
      // ("wished Shettima and President Tinubu well": "and" before another name)
      const bool and_named = w(i) == "and" && i + 1 < n_ &&
                             (s_.tokens[i + 1].capitalized || s_.mention_at[i + 1] >= 0);
      const bool glue = w(i) == "the" || w(i) == "of" || w(i) == "him" || w(i) == "her" ||
                        IsPossessive(t) || IsPunct(t, "-") || IsPunct(t, ",") || and_named;
      if (!named && !glue) break;
      ++i;
    }
    return i;
  }

  // (how far before a greeting verb "while" opens its parallel clause: "while the
  // Mozambican ambassador conveyed")
  static constexpr int kParallelReach = 6;

  Analysis& a_;
  int si_;
  const Sentence& s_;
  int n_;
  std::vector<int> sentence_targets_;  // the addressees of the sentence's last greetings
  int sentence_obo_ = -1;              // and the one they were from
};

}  // namespace

// "the envoy said the message came from President Azali Assoumani": a sentence that
// names where the report's message came from gives its sender to the greetings that
// were carried without one.
void AddStatedSenders(Analysis& a) {
  for (int si = 0; si < static_cast<int>(a.sentences.size()); ++si) {
    const Sentence& s = a.sentences[si];
    const int n = static_cast<int>(s.tokens.size());
    for (int g = 0; g + 3 < n; ++g) {
      if (!Has(s, g, a.lists->greeting_nouns)) continue;
      int k = g + 1;
      const bool came = IsWord(s.tokens[k], "came") && IsWord(s.tokens[k + 1], "from");
      const bool sent = IsWord(s.tokens[k], "was") && k + 2 < n &&
                        IsWord(s.tokens[k + 1], "sent") && IsWord(s.tokens[k + 2], "by");
      if (!came && !sent) continue;
      k += came ? 2 : 3;
      const auto senders = EntitiesIn(a, si, k, std::min(n, k + 8), false, true);
      if (senders.empty()) continue;
      for (RelationCandidate& r : a.relations)
        if (r.type == RelationType::kConveyedGreetingsTo && r.on_behalf_of < 0 &&
            r.source != senders.front() && r.target != senders.front())
          r.on_behalf_of = senders.front();
    }
  }
}

// "Malik Agar receives verbal message from President Kiir" and, in the body, the envoy
// "who delivered to him a verbal message from President Kiir": the greetings went from
// the envoy on Kiir's behalf, not from Kiir himself as well.
void DropSendersOfCarriedGreetings(Analysis& a) {
  auto carried = [&](const RelationCandidate& r) {
    return std::any_of(a.relations.begin(), a.relations.end(), [&](const RelationCandidate& c) {
      return c.type == RelationType::kConveyedGreetingsTo && c.target == r.target &&
             c.on_behalf_of == r.source && c.source != r.source;
    });
  };
  std::erase_if(a.relations, [&](const RelationCandidate& r) {
    return r.type == RelationType::kConveyedGreetingsTo && r.on_behalf_of < 0 && carried(r);
  });
}

// "The South Korean minister conveyed the greetings of President Yoon to Sheikh Mohamed,
// who sent back his own greetings to President Yoon": greetings returned to the one whose
// greetings a bearer brought, and who was not met, go back with the bearer, on the
// returner's behalf.
void ReturnGreetingsWithTheirBearer(Analysis& a) {
  std::vector<RelationCandidate> returned;
  std::vector<std::size_t> sent_directly;
  for (std::size_t i = 0; i < a.relations.size(); ++i) {
    const RelationCandidate& r = a.relations[i];
    // (not a call's: "Museveni spoke by telephone with Ramaphosa to congratulate him")
    if (r.type != RelationType::kConveyedGreetingsTo || r.on_behalf_of >= 0 ||
        a.entities[r.target].type != EntityType::kPerson || MetEachOther(a, r.source, r.target) ||
        (a.sentences[r.sentence].bits & a.lists->call_words) != 0)
      continue;
    for (const RelationCandidate& brought : a.relations)
      if (brought.type == RelationType::kConveyedGreetingsTo && brought.target == r.source &&
          brought.on_behalf_of == r.target && brought.source != r.source) {
        returned.push_back(RelationCandidate{r.type, brought.source, r.target, r.source, r.sentence,
                                             "asked-to-convey"});
        sent_directly.push_back(i);
        break;
      }
  }
  for (auto it = sent_directly.rbegin(); it != sent_directly.rend(); ++it) {
    const RelationCandidate& r = a.relations[*it];
    a.relation_keys.erase(RelationKey(r.type, r.source, r.target));
    a.relations.erase(a.relations.begin() + static_cast<std::ptrdiff_t>(*it));
  }
  for (const RelationCandidate& r : returned)
    AddRelation(a, r.type, r.source, r.target, r.on_behalf_of, r.sentence, r.rule.c_str());
}

void FindGreetings(Analysis& analysis) {
  for (int si = 0; si < static_cast<int>(analysis.sentences.size()); ++si)
    GreetingFinder(analysis, si).Run();
  AddStatedSenders(analysis);
  DropSendersOfCarriedGreetings(analysis);
  ReturnGreetingsWithTheirBearer(analysis);
}

}  // namespace dkg::internal
