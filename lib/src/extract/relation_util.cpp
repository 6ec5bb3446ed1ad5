#include "extract/relation_util.h"

#include <algorithm>
#include <set>
#include <utility>

#include "extract/token_rules.h"

namespace dkg::internal {

std::vector<int> EntitiesIn(const Analysis& a, int si, int from, int to, bool any_type,
                            bool embedded) {
  std::vector<int> out;
  const Sentence& s = a.sentences[si];
  to = std::min(to, static_cast<int>(s.tokens.size()));
  int last = -1;
  for (int i = std::max(from, 0); i < to; ++i) {
    int m = s.mention_at[i];
    if (m < 0 || m == last) continue;
    last = m;
    const Mention& mention = a.mentions[m];
    if (mention.entity < 0 || (mention.embedded && !embedded)) continue;
    const bool person = a.entities[mention.entity].type == EntityType::kPerson;
    if (!person && !any_type) continue;
    if (std::find(out.begin(), out.end(), mention.entity) == out.end())
      out.push_back(mention.entity);
  }
  return out;
}

namespace {

// How many sentences back a pronoun or a salient subject is looked for.
constexpr int kSalienceWindow = 8;

// Only "and", commas, titles and names between two mentions: a coordination.
bool OnlyCoordination(const Sentence& s, int from, int to) {
  bool portfolio = false;  // after a title's "for" ("Under Secretary for Political Affairs")
  for (int i = from; i < to; ++i) {
    const std::string_view w = s.tokens[i].folded;
    if (w == ",") portfolio = false;
    if (w == "for" && i > from && s.tags[i - 1].kind == TokenTag::kTitle) portfolio = true;
    if (w == "and" || w == "," || w == "as" || w == "well" || w == "the" || w == "of" ||
        IsPossessive(s.tokens[i]) || s.tags[i].kind != TokenTag::kNone ||
        s.mention_at[i] >= 0 || (portfolio && (w == "for" || s.tokens[i].capitalized)))
      continue;
    return false;
  }
  return true;
}

// A person named after "of" or "from", and any title of theirs ("envoy of Captain Ibrahim
// Traoré", "a message from President X").
bool IsNamedAfterOfOrFrom(const Sentence& s, int begin) {
  int k = begin - 1;
  while (k >= 0 && s.tags[k].kind != TokenTag::kNone && s.mention_at[k] < 0) --k;
  if (k >= 1 && IsWord(s.tokens[k], "the")) --k;  // ("a cousin of the President")
  return k >= 0 && (IsWord(s.tokens[k], "of") || IsWord(s.tokens[k], "from"));
}

}  // namespace

bool IsDeceased(const Analysis& a, const Mention& m) {
  const Sentence& s = a.sentences[m.sentence];
  if (m.begin > 0 && IsWord(s.tokens[m.begin - 1], "late")) return true;
  return std::any_of(m.roles.begin(), m.roles.end(), [](const std::string& role) {
    return role.starts_with("late ") || role.starts_with("Late ");
  });
}

bool HeldFormerly(const Analysis& a, const Mention& m) {
  const Sentence& s = a.sentences[m.sentence];
  for (int k = m.begin - 1; k >= std::max(0, m.begin - 4); --k) {
    if (s.tokens[k].shape == TokenShape::kPunct) break;
    if (s.tokens[k].folded == "former" || s.tokens[k].folded.starts_with("ex-")) return true;
  }
  return false;
}

bool NamedAsARelative(const Analysis& a, const Mention& m) {
  const Sentence& s = a.sentences[m.sentence];
  int k = m.begin - 1;
  while (k >= 0 && s.tags[k].kind == TokenTag::kHonorific) --k;  // "Sir"
  if (k < 2 || !IsPunct(s.tokens[k], ",")) return false;
  int relative = k - 1;
  if (!IsRelativeWord(s.tokens[relative].folded)) return false;
  int owner = relative - 1;
  if (owner > 0 && !s.tokens[owner].capitalized && !IsPossessive(s.tokens[owner]) &&
      s.tokens[owner].shape == TokenShape::kWord && !IsWord(s.tokens[owner], "his") &&
      !IsWord(s.tokens[owner], "her") && !IsWord(s.tokens[owner], "their"))
    --owner;  // past one word: "late", "elder", "younger"
  const Token& t = s.tokens[owner];
  return IsPossessive(t) || IsWord(t, "his") || IsWord(t, "her") || IsWord(t, "their");
}

std::vector<int> SubjectPersons(const Analysis& a, int si, int from, int to, bool nearest,
                                bool past_of) {
  const Sentence& s = a.sentences[si];
  to = std::min(to, static_cast<int>(s.tokens.size()));
  from = std::max(from, 0);
  // "According to the Head of State, ...": the source is not the subject
  if (from + 1 < to && IsWord(s.tokens[from], "according") && IsWord(s.tokens[from + 1], "to"))
    for (int i = from + 2; i < to; ++i)
      if (IsPunct(s.tokens[i], ",")) { from = i + 1; break; }
  // person mentions in order, one per mention; the deceased apart ("X, son of the late Y,
  // received Z"), subjects only when no one else is ("when the late President X visited
  // Zimbabwe and held talks with Y")
  std::vector<int> mentions, deceased;
  for (int i = from; i < to; ++i) {
    const int m = s.mention_at[i];
    if (m < 0 || a.mentions[m].begin != i) continue;
    const Mention& mention = a.mentions[m];
    if (mention.entity >= 0 && !mention.embedded &&
        a.entities[mention.entity].type == EntityType::kPerson)
      (IsDeceased(a, mention) ? deceased : mentions).push_back(m);
  }
  if (mentions.empty()) mentions = std::move(deceased);
  if (mentions.empty()) return {};
  // the first person and those coordinated after it, or (nearest) the person closest
  // to the verb and those coordinated before it
  std::vector<int> group;
  if (nearest) {
    // (past_of: "X, special envoy of President Y, was received by Z": the one the envoy
    // is of is no subject when another person comes before)
    int last = static_cast<int>(mentions.size()) - 1;
    while (past_of && last > 0 && IsNamedAfterOfOrFrom(s, a.mentions[mentions[last]].begin)) --last;
    mentions.resize(last + 1);
    group.push_back(mentions.back());
    for (int k = static_cast<int>(mentions.size()) - 2; k >= 0; --k) {
      if (!OnlyCoordination(s, a.mentions[mentions[k]].end, a.mentions[group.front()].begin)) break;
      group.insert(group.begin(), mentions[k]);
    }
  } else {
    group.push_back(mentions.front());
    for (std::size_t k = 1; k < mentions.size(); ++k) {
      if (!OnlyCoordination(s, a.mentions[group.back()].end, a.mentions[mentions[k]].begin)) break;
      group.push_back(mentions[k]);
    }
  }
  std::vector<int> out;
  for (int m : group)
    if (std::find(out.begin(), out.end(), a.mentions[m].entity) == out.end())
      out.push_back(a.mentions[m].entity);
  return out;
}

bool IsReportingVerb(std::string_view folded) {
  static const WordSet kReporting = {
      "said", "says", "added", "noted", "stated", "announced", "stressed", "reported",
      "confirmed", "explained", "emphasised", "emphasized", "underlined", "indicated"};
  return kReporting.contains(folded);
}

int ClauseStart(const Analysis& a, int si, int t) {
  const Sentence& s = a.sentences[si];
  // (a dateline is no part of the clause: "KUWAIT, May 11 --" holds no modal "may")
  for (int i = t - 1; i >= s.dateline_end; --i) {
    if (IsPunct(s.tokens[i], ";") || IsPunct(s.tokens[i], ":")) return i + 1;
    // "the spokesman said that Dendias conveyed ...": the reported clause
    if (IsWord(s.tokens[i], "that") && i > 0 && IsReportingVerb(s.tokens[i - 1].folded))
      return i + 1;
    // "He made the call when X paid a courtesy call on him": a clause of its own, with
    // its subject named
    if (IsWord(s.tokens[i], "when") && i + 1 < t && s.mention_at[i + 1] >= 0) return i + 1;
  }
  return std::min(s.dateline_end, t);
}

int SalientPerson(const Analysis& a, int si) {
  for (int k = si - 1; k >= 0 && k >= si - kSalienceWindow; --k) {
    if (a.sentences[k].is_title) break;
    auto persons = EntitiesIn(a, k, 0, static_cast<int>(a.sentences[k].tokens.size()), false);
    if (!persons.empty()) return persons.front();
  }
  return -1;
}

namespace {

// The lists hold lower-case words: written with a capital inside a sentence, such a
// word is a name ("in May 2021", "Will Smith"), not the word of the list.
bool IsProperNounUse(const Sentence& s, int i) {
  return i > 0 && s.tokens[i].capitalized && !s.tokens[i].all_caps && !s.is_title;
}

}  // namespace

bool HasMeeting(const Analysis& a) {
  return std::any_of(a.relations.begin(), a.relations.end(),
                     [](const RelationCandidate& r) { return r.type == RelationType::kMetWith; });
}

bool MetEachOther(const Analysis& a, int x, int y) {
  return std::any_of(a.relations.begin(), a.relations.end(), [&](const RelationCandidate& r) {
    return r.type == RelationType::kMetWith &&
           ((r.source == x && r.target == y) || (r.source == y && r.target == x));
  });
}

std::vector<int> MetOfState(const Analysis& a, int person, int state, int before) {
  std::vector<int> out;
  for (const RelationCandidate& r : a.relations)
    if (r.sentence < before && TellsAMeetingOfPersons(a, r) &&
        (r.source == person || r.target == person)) {
      const int other = r.source == person ? r.target : r.source;
      if (CountryOfEntity(a, other) == state &&
          std::find(out.begin(), out.end(), other) == out.end())
        out.push_back(other);
    }
  return out;
}

int FindInList(const Analysis& a, int si, int from, int to, std::uint64_t list) {
  const Sentence& s = a.sentences[si];
  to = std::min(to, static_cast<int>(s.tokens.size()));
  for (int i = std::max(from, 0); i < to; ++i)
    if (Has(s, i, list) && !IsProperNounUse(s, i)) return i;
  return -1;
}

bool TellsAMeetingOfPersons(const Analysis& a, const RelationCandidate& r) {
  return r.type == RelationType::kMetWith && r.rule != "sides" && r.rule != "present-at-meeting" &&
         r.rule != "accompanied" && a.entities[r.source].type == EntityType::kPerson &&
         a.entities[r.target].type == EntityType::kPerson;
}

bool InOneParagraph(const Analysis& a, int first, int last) {
  const std::uint32_t from = a.sentences[first].span.end, to = a.sentences[last].span.begin;
  return from >= to || a.content.substr(from, to - from).find('\n') == std::string_view::npos;
}

bool PersonNamedFrom(const Analysis& a, int si, int i, int reach) {
  const Sentence& s = a.sentences[si];
  const int n = static_cast<int>(s.tokens.size());
  for (int k = i; k < std::min(n, i + reach); ++k) {
    const int m = MentionAt(a, si, k);
    if (m >= 0 && a.mentions[m].entity >= 0 &&
        a.entities[a.mentions[m].entity].type == EntityType::kPerson)
      return true;
    const TokenTag::Kind kind = s.tags[k].kind;
    if (!(IsWord(s.tokens[k], "the") || kind == TokenTag::kCountryAdjective ||
          kind == TokenTag::kTitle || kind == TokenTag::kModifier || kind == TokenTag::kHonorific))
      return false;
  }
  return false;
}

int StateAfterOf(const Analysis& a, int si, int i) {
  const Sentence& s = a.sentences[si];
  const int n = static_cast<int>(s.tokens.size());
  if (i + 1 >= n || !IsWord(s.tokens[i], "of")) return -1;
  const int k = IsWord(s.tokens[i + 1], "the") ? i + 2 : i + 1;
  const int m = MentionAt(a, si, k);
  return m >= 0 && a.mentions[m].type == MentionType::kCountry && a.mentions[m].begin == k ? m : -1;
}

bool HasPersonPronoun(const Analysis& a, int si, int from, int to) {
  return FindInList(a, si, from, to, a.lists->pronouns_person) >= 0;
}

void AddRelation(Analysis& a, RelationType type, int source, int target, int on_behalf_of,
                 int si, const char* rule) {
  if (source < 0 || target < 0 || source == target) return;
  if (on_behalf_of == source || on_behalf_of == target) on_behalf_of = -1;
  // one candidate per (type, ends): a long report repeating a fact stays linear
  if (!a.relation_keys.insert(RelationKey(type, source, target)).second) {
    // the fact found before: nothing more to learn from it unless this names on whose
    // behalf, or tells in the body what a headline gave
    const bool retold = !a.sentences[si].is_title && a.title_end > 0;
    if (on_behalf_of < 0 && !retold) return;
    for (RelationCandidate& r : a.relations) {
      const bool same =
          r.type == type && ((r.source == source && r.target == target) ||
                             (IsSymmetric(type) && r.source == target && r.target == source));
      if (!same) continue;
      // ("handed him a message from his counterpart and conveyed to him the greetings of
      // President X": the repeated greeting names on whose behalf)
      if (on_behalf_of >= 0 && r.source == source && r.on_behalf_of < 0)
        r.on_behalf_of = on_behalf_of;
      // ("Aliyev meets A, B and C" in the headline; "The head of state then met with B.")
      if (retold && r.retold < 0 && a.sentences[r.sentence].is_title) r.retold = si;
      break;
    }
    return;
  }
  a.relations.push_back(RelationCandidate{type, source, target, on_behalf_of, si, rule});
}

std::vector<int> ReportPrincipals(const Analysis& a) {
  for (int k = 0; k < std::min(static_cast<int>(a.sentences.size()), 12); ++k) {
    auto persons = EntitiesIn(a, k, 0, static_cast<int>(a.sentences[k].tokens.size()), false);
    if (persons.size() >= 2) return {persons[0], persons[1]};
  }
  return {};
}

bool IsPairNoun(std::string_view folded) {
  static const WordSet kPairNouns = {"leaders",       "presidents",  "sides", "parties",
                                     "interlocutors", "ministers",   "men",   "heads",
                                     "officials",     "counterparts"};
  return kPairNouns.contains(folded);
}

bool NamesBothPrincipals(const Analysis& a, int si, int from, int to) {
  const auto& tokens = a.sentences[si].tokens;
  auto two = [&](int k) { return IsWord(tokens[k], "two") || IsWord(tokens[k], "both"); };
  for (int i = std::max(from, 1); i < std::min(to, static_cast<int>(tokens.size())); ++i)
    if (IsPairNoun(tokens[i].folded) &&
        // ("The two Foreign Ministers held talks": past a capitalised word of their title)
        (two(i - 1) || (i >= 2 && i - 2 >= from && tokens[i - 1].capitalized && two(i - 2))))
      return true;
  return false;
}

std::vector<int> AudiencePrincipals(const Analysis& a) {
  std::vector<int> principals = a.guests;
  if (a.host >= 0) principals.push_back(a.host);
  return principals;
}

bool TitledToLeadAState(const Analysis& a, const Mention& m) {
  return LeadsAState(*a.lexicon, m.title_head) ||
         std::any_of(m.title_heads.begin(), m.title_heads.end(),
                     [&](const std::string& head) { return LeadsAState(*a.lexicon, head); });
}

bool LeadsAState(const Lexicon& lexicon, std::string_view title_head) {
  return TitleInList(lexicon, title_head, "state_head_titles") ||
         TitleInList(lexicon, title_head, "government_head_titles");
}

bool TitleInList(const Lexicon& lexicon, std::string_view title_head, std::string_view list) {
  while (!title_head.empty()) {
    if (lexicon.InList(list, title_head)) return true;
    const std::size_t space = title_head.rfind(' ');
    title_head = space == std::string_view::npos ? std::string_view() : title_head.substr(0, space);
  }
  return false;
}

bool IsAideTitle(const Lexicon& lexicon, std::string_view head) {
  const std::size_t space = head.rfind(' ');
  return lexicon.InList("aide_titles",
                        space == std::string_view::npos ? head : head.substr(space + 1));
}

bool HasAideTitle(const Analysis& a, const Mention& m) {
  return std::any_of(m.title_heads.begin(), m.title_heads.end(),
                     [&](std::string_view head) { return IsAideTitle(*a.lexicon, head); });
}

int CountryEntityByIndex(const Analysis& a, int country_index) {
  const std::string& code = a.lexicon->countries()[country_index].alpha3;
  for (int e = 0; e < static_cast<int>(a.entities.size()); ++e)
    if (a.entities[e].type == EntityType::kCountry && a.entities[e].country == code) return e;
  return -1;
}

void RecordAudience(Analysis& a, int strength, int host, std::vector<int> guests) {
  if (strength <= a.audience_strength) return;
  a.audience_strength = strength;
  a.host = host;
  a.guests = std::move(guests);
}

bool ServesAnInternationalBody(const Analysis& a, int person) {
  for (const RelationCandidate& r : a.relations) {
    if (r.type != RelationType::kRepresents || r.source != person ||
        a.entities[r.target].type != EntityType::kInstitution)
      continue;
    for (const Mention& m : a.mentions)
      if (m.entity == r.target && NamesAnInternationalBody(a, m)) return true;
  }
  return false;
}

namespace {

// The institutions entity e serves, and those they are bodies of ("UNFCCC Executive
// Secretary" and "UN Secretary-General" both serve the United Nations).
std::vector<int> ServedBodies(const Analysis& a, int e) {
  std::vector<int> out{e};
  for (std::size_t k = 0; k < out.size(); ++k)
    for (const RelationCandidate& r : a.relations)
      if (r.type == RelationType::kRepresents && r.source == out[k] &&
          a.entities[r.target].type == EntityType::kInstitution &&
          std::find(out.begin(), out.end(), r.target) == out.end())
        out.push_back(r.target);
  out.erase(out.begin());
  return out;
}

}  // namespace

bool ServesBody(const Analysis& a, int e, int body) {
  const std::vector<int> served = ServedBodies(a, e);
  return std::find(served.begin(), served.end(), body) != served.end();
}

bool ServeOneBody(const Analysis& a, int x, int y) {
  if (x < 0 || y < 0 || x == y) return false;
  const std::vector<int> of_x = ServedBodies(a, x), of_y = ServedBodies(a, y);
  return std::any_of(of_x.begin(), of_x.end(), [&](int body) {
    return std::find(of_y.begin(), of_y.end(), body) != of_y.end();
  });
}

bool NamesAnInternationalBody(const Analysis& a, const Mention& m) {
  const int org = m.organization >= 0 ? m.organization : m.parent_organization;
  return org >= 0 && a.lexicon->organizations()[org].country.empty();
}

bool RepresentsAnything(const Analysis& a, int entity) {
  for (const RelationCandidate& r : a.relations)
    if (r.type == RelationType::kRepresents && r.source == entity) return true;
  return false;
}

bool IsTitledPerson(const Analysis& a, int entity) {
  return a.entities[entity].type == EntityType::kPerson && !a.entities[entity].roles.empty();
}

int CountryOfEntity(const Analysis& a, int entity) {
  // at most three REPRESENTS steps: person -> institution (or the person an envoy or aide
  // serves) -> institution -> country; a country one step away wins over one further, and
  // the first body that leads to one over the others ("Sovereignty Council" of no stated
  // state, then "... of the Sudan")
  std::vector<int> frontier{entity};
  for (int step = 0; step < 3 && !frontier.empty(); ++step) {
    std::vector<int> next;
    for (int from : frontier)
      for (const auto& r : a.relations) {
        if (r.type != RelationType::kRepresents || r.source != from) continue;
        const Entity& target = a.entities[r.target];
        if (target.type == EntityType::kCountry) return r.target;
        // (an envoy or aide is of the state of the one he serves)
        if (target.type != EntityType::kCountry && r.target != entity &&
            std::find(next.begin(), next.end(), r.target) == next.end())
          next.push_back(r.target);
      }
    frontier = std::move(next);
  }
  return -1;
}

int DelegationHead(const Analysis& a) {
  for (int si = 0; si < static_cast<int>(a.sentences.size()); ++si) {
    const Sentence& s = a.sentences[si];
    if ((s.bits & a.lists->side_words) == 0) continue;  // ("delegation" is a side's word)
    const int n = static_cast<int>(s.tokens.size());
    for (int i = 0; i < n; ++i) {
      if (!IsWord(s.tokens[i], "delegation")) continue;
      const bool head_of = i >= 3 && IsWord(s.tokens[i - 3], "head") &&
                           IsWord(s.tokens[i - 2], "of") && IsWord(s.tokens[i - 1], "the");
      // ("Leading the delegation was the Minister of Foreign Affairs, X")
      const bool leading =
          i >= 2 && i + 1 < n &&
          (IsWord(s.tokens[i - 2], "leading") || IsWord(s.tokens[i - 2], "heading")) &&
          IsWord(s.tokens[i - 1], "the") && IsWord(s.tokens[i + 1], "was");
      // "a delegation [from the Armed Defence Forces of Mozambique (FADM)] led by ...", "a
      // delegation of the Saudi Fund for Development (SFD), led by its Chief Executive, X"
      int led_by = -1;
      for (int k = i + 1; k + 1 < std::min(n, i + 14) && led_by < 0; ++k) {
        if (IsPunct(s.tokens[k], ";")) break;
        if (IsPunct(s.tokens[k], ",") &&
            !(IsWord(s.tokens[k + 1], "led") || IsWord(s.tokens[k + 1], "headed")))
          break;
        if ((IsWord(s.tokens[k], "led") || IsWord(s.tokens[k], "headed")) &&
            IsWord(s.tokens[k + 1], "by"))
          led_by = k + 2;
      }
      if (!head_of && !leading && led_by < 0) continue;
      const int from = led_by >= 0 ? led_by : leading ? i + 2 : i + 1;
      // the first person named right after, within its role's apposition
      constexpr int kRoleTokens = 24;  // ("the Minister of Foreign Affairs, Francophonie and ...")
      for (int e : EntitiesIn(a, si, from, std::min(n, from + kRoleTokens), false))
        if (a.entities[e].type == EntityType::kPerson) return e;
    }
  }
  return -1;
}

}  // namespace dkg::internal
