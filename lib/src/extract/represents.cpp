// REPRESENTS from what role phrases and institution names state:
// person -> country / institution / person (envoys), institution -> country.
#include <algorithm>
#include <map>
#include <string>
#include <string_view>

#include "dkg/text/fold.h"
#include "extract/analysis.h"
#include "extract/relation_util.h"
#include "extract/token_rules.h"

namespace dkg::internal {
namespace {

bool MayRepresent(EntityType source, EntityType target) {
  if (source == EntityType::kPerson) return true;
  return source == EntityType::kInstitution && target == EntityType::kCountry;
}

// The institutions person REPRESENTS so far.
std::vector<int> BodiesServedBy(const Analysis& a, int person) {
  std::vector<int> out;
  for (const RelationCandidate& r : a.relations)
    if (r.type == RelationType::kRepresents && r.source == person &&
        a.entities[r.target].type == EntityType::kInstitution)
      out.push_back(r.target);
  return out;
}

int EntityAt(const Analysis& a, int si, int i) {
  const int m = MentionAt(a, si, i);
  return m >= 0 ? a.mentions[m].entity : -1;
}

// The first entity of `type` mentioned in [from, to) of sentence si, or -1.
int FirstOfType(const Analysis& a, int si, int from, int to, EntityType type) {
  for (int e : EntitiesIn(a, si, from, to, true, true))
    if (a.entities[e].type == type) return e;
  return -1;
}

// The one institution of the report (other than `except`) whose name ends in the word
// `head` ("the Shura Council" for "the Council's"), or -1 (none, or two).
int OnlyBodyEndingIn(const Analysis& a, std::string_view head, int except = -1) {
  int found = -1;
  for (int e = 0; e < static_cast<int>(a.entities.size()); ++e) {
    const Entity& body = a.entities[e];
    if (e == except || body.type != EntityType::kInstitution) continue;
    const std::string name = Fold(body.name);
    if (name.size() > head.size() && name.ends_with(head) &&
        name[name.size() - head.size() - 1] == ' ') {
      if (found >= 0) return -1;
      found = e;
    }
  }
  return found;
}

// Leadership stated by a clause rather than a title:
//   "the Royal Humanitarian Foundation, headed by Shaikh X"  X -> the foundation
//   "X, who chairs the Al Quds Empowerment Fund's board"     X -> the fund
//   "X, who presides over the National Transition Council"   X -> the council
//   "X, who represents the King"                              X -> the King
//   "an Eritrean delegation made up of A and B"               A, B -> Eritrea
void FindStatedLeadership(Analysis& a, int si) {
  const Sentence& s = a.sentences[si];
  if ((s.bits & a.lists->leadership_cue_words) == 0) return;
  const int n = static_cast<int>(s.tokens.size());
  auto w = [&](int i) -> std::string_view { return s.tokens[i].folded; };
  for (int i = 1; i + 1 < n; ++i) {
    const bool by = w(i + 1) == "by" &&
                    (w(i) == "headed" || w(i) == "led" || w(i) == "chaired" || w(i) == "directed");
    if (by) {
      int inst = EntityAt(a, si, i - 1);
      if (inst < 0 && i >= 2 && w(i - 1) == ",") inst = EntityAt(a, si, i - 2);
      // ("the Saudi Fund for Development (SFD), led by its Chief Executive")
      if (inst < 0 && i >= 5 && w(i - 1) == "," && w(i - 2) == ")" && w(i - 4) == "(")
        inst = EntityAt(a, si, i - 5);
      // ("a delegation of KHNP, the South Korean nuclear operator, led by its Executive Vice
      // President": "its" is the body named last before)
      if (inst < 0 && w(i + 2) == "its")
        for (int e : EntitiesIn(a, si, 0, i, true))
          if (a.entities[e].type == EntityType::kInstitution) inst = e;
      // ("received a delegation of the bank led by its Vice President": the one body of the
      // report the head word stands for)
      if (inst < 0 && w(i + 2) == "its" && i >= 2 && w(i - 2) == "the" &&
          !s.tokens[i - 1].capitalized && s.tokens[i - 1].shape == TokenShape::kWord)
        inst = OnlyBodyEndingIn(a, w(i - 1));
      const int person = FirstOfType(a, si, i + 2, std::min(n, i + 12), EntityType::kPerson);
      if (inst >= 0 && person >= 0 && a.entities[inst].type == EntityType::kInstitution)
        AddRelation(a, RelationType::kRepresents, person, inst, -1, si, "headed-by");
    }
    // ("X, who presides over the National Transition Council")
    if (w(i - 1) == "who" && (w(i) == "chairs" || w(i) == "heads" || w(i) == "leads" ||
                              w(i) == "represents" || w(i) == "directs" || w(i) == "presides")) {
      const auto before = EntitiesIn(a, si, 0, i - 1, false);
      // (within the clause: "who heads the international military cooperation department at
      // the Russian Ministry of Defence")
      constexpr int kReach = 12;
      int until = i + 1;
      while (until < std::min(n, i + kReach) && !IsPunct(s.tokens[until], ",") &&
             !IsPunct(s.tokens[until], ".") && !IsPunct(s.tokens[until], ";"))
        ++until;
      int target = w(i) == "represents" ? FirstOfType(a, si, i + 1, until, EntityType::kPerson) : -1;
      if (target < 0) target = FirstOfType(a, si, i + 1, until, EntityType::kInstitution);
      if (!before.empty() && target >= 0)
        AddRelation(a, RelationType::kRepresents, before.back(), target, -1, si, "who-heads");
    }
    if (w(i) == "delegation" && i + 2 < n) {
      int country = -1;
      for (int k = std::max(0, i - 3); k < i; ++k) {
        const int m = MentionAt(a, si, k);
        if (m >= 0 && a.mentions[m].type == MentionType::kCountry) country = a.mentions[m].entity;
      }
      const bool members = w(i + 1) == "including" || w(i + 1) == "comprising" ||
                           ((w(i + 1) == "made" || w(i + 1) == "composed" ||
                             w(i + 1) == "consisting") && i + 2 < n);
      if (country < 0 || !members) continue;
      int end = i + 2;
      while (end < n && w(end) != "was" && w(end) != "were" && w(end) != "arrived" &&
             w(end) != "met" && !IsPunct(s.tokens[end], ";"))
        ++end;
      for (int person : EntitiesIn(a, si, i + 2, end, false))
        if (CountryOfEntity(a, person) < 0)
          AddRelation(a, RelationType::kRepresents, person, country, -1, si, "delegation-member");
    }
  }
}

// True when the report names `entity` with the title `title_head`: the holder of a
// definite role ("the UAE President" points to "President ..., Sheikh X", and "the
// Comorian President's special envoy" to "President Azali Assoumani" said after it).
bool NamedAs(const Analysis& a, int entity, std::string_view title_head) {
  return std::any_of(a.mentions.begin(), a.mentions.end(), [&](const Mention& other) {
    return other.entity == entity && other.type == MentionType::kPerson &&
           std::find(other.title_heads.begin(), other.title_heads.end(), title_head) !=
               other.title_heads.end();
  });
}

// "Diplomatic Adviser to the UAE President": an aide serves the person who holds the
// office, when the report names that person with that very title.
void AddServedPersons(Analysis& a, const Mention& m) {
  if (m.principals.empty() || !HasAideTitle(a, m)) return;
  for (int r : m.principals) {
    const int principal = a.mentions[r].entity;
    if (principal >= 0 && a.entities[principal].type == EntityType::kPerson &&
        NamedAs(a, principal, a.mentions[r].title_head))
      AddRelation(a, RelationType::kRepresents, m.entity, principal, -1, m.sentence,
                  "aide-of-office-holder");
  }
}

// A department, bureau or division ("subunit_heads"): a part of a larger body.
bool IsSubunit(const Analysis& a, const Mention& m) {
  const Sentence& s = a.sentences[m.sentence];
  for (int i = m.begin; i < m.end; ++i)
    if (a.lexicon->InList("subunit_heads", s.tokens[i].folded)) return true;
  return false;
}

// "the Supreme State Council of the Union State": a body of the institution named right
// after it (FindInstitutions keeps the two apart).
void AddBodyOfNamedInstitution(Analysis& a, const Mention& m) {
  const Sentence& s = a.sentences[m.sentence];
  // "the Department of State Office of Global Criminal Justice": a body right after the
  // one it belongs to
  if (m.begin > 0 && (s.tags[m.begin].kind == TokenTag::kInstitutionHead ||
                      s.tags[m.begin].kind == TokenTag::kOrganization)) {
    const int before = s.mention_at[m.begin - 1];
    if (before >= 0 && a.mentions[before].end == m.begin && a.mentions[before].entity >= 0 &&
        a.mentions[before].type == MentionType::kInstitution)
      AddRelation(a, RelationType::kRepresents, m.entity, a.mentions[before].entity, -1,
                  m.sentence, "body-of");
  }
  // "the Council's Foreign Affairs Committee": a body of the one institution of the report
  // whose name ends in the word before the possessive ("the Shura Council")
  if (m.begin >= 3 && s.tokens[m.begin - 1].shape == TokenShape::kPossessive &&
      IsWord(s.tokens[m.begin - 3], "the") && s.tokens[m.begin - 2].capitalized &&
      s.mention_at[m.begin - 2] < 0) {
    if (const int parent = OnlyBodyEndingIn(a, s.tokens[m.begin - 2].folded, m.entity); parent >= 0)
      AddRelation(a, RelationType::kRepresents, m.entity, parent, -1, m.sentence, "body-of");
  }
  // "the Africa Department of the Ministry of Foreign Affairs", and a department's "at"
  // or "within" the ministry (other bodies "at" one are met there: "the Joint Commission
  // at the Ministry")
  int k = m.end;
  if (k + 1 >= static_cast<int>(s.tokens.size())) return;
  if (!IsWord(s.tokens[k], "of") &&
      !((IsWord(s.tokens[k], "at") || IsWord(s.tokens[k], "within")) && IsSubunit(a, m)))
    return;
  if (IsWord(s.tokens[k + 1], "the")) ++k;
  // (past a state's possessive: "the Department of African Affairs at China's Ministry of
  // Foreign Affairs")
  if (const int state = MentionAt(a, m.sentence, k + 1);
      state >= 0 && a.mentions[state].type == MentionType::kCountry &&
      a.mentions[state].end + 1 < static_cast<int>(s.tokens.size()) &&
      IsPossessive(s.tokens[a.mentions[state].end]))
    k = a.mentions[state].end;
  const int parent = EntityAt(a, m.sentence, k + 1);
  if (parent >= 0 && a.entities[parent].type == EntityType::kInstitution)
    AddRelation(a, RelationType::kRepresents, m.entity, parent, -1, m.sentence, "body-of");
}

// A noun of a body's kind, in lower case: "company", "agency", "regulator".
bool IsBodyKindNoun(const Analysis& a, const Sentence& s, int k) {
  static const WordSet kBodyNouns = {"agency",       "authority",   "body",      "regulator",
                                     "broadcaster",  "fund",        "institute", "institution",
                                     "organisation", "organization"};
  return Has(s, k, a.lists->enterprise_words) || kBodyNouns.contains(s.tokens[k].folded);
}

// A word of a body's description between a state's possessive and its noun: in lower case
// ("state-owned energy").
bool IsDescriptionWord(const Token& t) {
  return !t.capitalized && (t.shape == TokenShape::kWord || IsPunct(t, "-"));
}

// The country entity of a state's name (no adjective) that ends right before token `end`
// with a possessive there ("Oman 's"), or -1.
int PossessingState(const Analysis& a, int si, int owned) {
  const Sentence& s = a.sentences[si];
  if (owned < 1 || !IsPossessive(s.tokens[owned])) return -1;
  const int state = MentionAt(a, si, owned - 1);
  if (state < 0 || a.mentions[state].end != owned || a.mentions[state].entity < 0 ||
      a.mentions[state].type != MentionType::kCountry || a.mentions[state].adjective)
    return -1;
  return a.mentions[state].entity;
}

// "the Korea National Railway (KR), Korea's state railway infrastructure agency,", "OQ
// Group, Oman's state-owned energy company", "Indonesia's state oil company Pertamina": a
// body described by a state's possessive and a noun of its kind, set off after it or right
// before it, is that state's.
void AddStateOfDescribedBody(Analysis& a, const Mention& m) {
  constexpr int kWords = 5;
  const Sentence& s = a.sentences[m.sentence];
  const int n = static_cast<int>(s.tokens.size());
  // before it: "Indonesia's state oil company Pertamina"
  if (m.begin >= 3 && IsBodyKindNoun(a, s, m.begin - 1) && !s.tokens[m.begin - 1].capitalized) {
    int owned = m.begin - 2;
    while (owned > 0 && m.begin - 1 - owned < kWords && IsDescriptionWord(s.tokens[owned])) --owned;
    if (const int state = PossessingState(a, m.sentence, owned); state >= 0) {
      AddRelation(a, RelationType::kRepresents, m.entity, state, -1, m.sentence, "described-state");
      return;
    }
  }
  // after it, set off (past its acronym in parentheses, or the parenthesis closing the
  // acronym it is)
  int comma = IsAcronymInParentheses(s, m.end) ? m.end + 3 : m.end;
  if (comma < n && IsPunct(s.tokens[comma], ")")) ++comma;
  if (comma + 3 >= n || !IsPunct(s.tokens[comma], ",")) return;
  const int begin = MentionAt(a, m.sentence, comma + 1);
  if (begin < 0 || a.mentions[begin].begin != comma + 1) return;
  const int owned = a.mentions[begin].end;
  const int state = PossessingState(a, m.sentence, owned);
  if (state < 0 || owned + 1 >= n) return;
  for (int k = owned + 1; k < std::min(n, owned + 1 + kWords); ++k) {
    if (!IsDescriptionWord(s.tokens[k])) return;
    if (IsBodyKindNoun(a, s, k)) {
      AddRelation(a, RelationType::kRepresents, m.entity, state, -1, m.sentence,
                  "apposition-state");
      return;
    }
  }
}

// "President of Russia Vladimir Putin ... the President of Kazakhstan" read as Putin's: a
// person represents one state, the one the report ties to him most often; a tie keeps
// both.
void KeepOneCountryPerPerson(Analysis& a) {
  std::map<std::pair<int, int>, int> support;  // (person, country) -> mentions tying them
  for (const Mention& m : a.mentions) {
    if (m.entity < 0 || a.entities[m.entity].type != EntityType::kPerson) continue;
    for (int aff : m.affiliations) {
      const int target = a.mentions[aff].entity;
      if (target >= 0 && a.entities[target].type == EntityType::kCountry)
        ++support[{m.entity, target}];
    }
  }
  std::map<int, int> best;  // person -> most support any of its countries has
  for (const auto& [pair, count] : support)
    best[pair.first] = std::max(best[pair.first], count);
  std::erase_if(a.relations, [&](const RelationCandidate& r) {
    if (r.type != RelationType::kRepresents || a.entities[r.source].type != EntityType::kPerson ||
        a.entities[r.target].type != EntityType::kCountry)
      return false;
    const auto found = support.find({r.source, r.target});
    return found != support.end() && found->second < best[r.source];
  });
}

// "the AU Commissioner for Political Affairs, X" in a report that names the African Union
// Commission: a commissioner of an organisation serves its commission (and through it the
// organisation), not only the organisation. (A high commissioner is a diplomat.)
void CommissionersServeTheCommission(Analysis& a) {
  auto commissioner = [&](int person) {
    return std::any_of(a.mentions.begin(), a.mentions.end(), [&](const Mention& m) {
      return m.entity == person &&
             std::any_of(m.title_heads.begin(), m.title_heads.end(), [](const std::string& h) {
               return h.ends_with("commissioner") && !h.ends_with("high commissioner");
             });
    });
  };
  for (RelationCandidate& r : a.relations) {
    if (r.type != RelationType::kRepresents || a.entities[r.source].type != EntityType::kPerson ||
        a.entities[r.target].type != EntityType::kInstitution || !commissioner(r.source))
      continue;
    for (const RelationCandidate& body : a.relations)
      if (body.type == RelationType::kRepresents && body.target == r.target &&
          a.entities[body.source].type == EntityType::kInstitution &&
          Fold(a.entities[body.source].name).ends_with(" commission") &&
          a.relation_keys.insert(RelationKey(r.type, r.source, body.source)).second) {
        a.relation_keys.erase(RelationKey(r.type, r.source, r.target));
        r.target = body.source;
        break;
      }
  }
  // "The Chairperson was accompanied by the Commissioner for Political Affairs, Peace and
  // Security, Ambassador B": a commissioner of no body serves the report's one commission
  const int commission = OnlyBodyEndingIn(a, "commission");
  if (commission < 0) return;
  for (const Mention& m : a.mentions)
    if (m.type == MentionType::kPerson && m.entity >= 0 &&
        std::find(m.title_heads.begin(), m.title_heads.end(), "commissioner") !=
            m.title_heads.end() &&
        BodiesServedBy(a, m.entity).empty())
      AddRelation(a, RelationType::kRepresents, m.entity, commission, -1, m.sentence,
                  "commissioner-of-commission");
}

// "Attending from the Council of Representatives were the First Deputy Speaker, A, and the
// chairman of the Foreign Relations Committee, B": those the sentence names after "from
// <body> were" serve that body, unless their roles tie them to another.
void FindMembersFrom(Analysis& a, int si) {
  const Sentence& s = a.sentences[si];
  const int n = static_cast<int>(s.tokens.size());
  for (int i = 0; i + 3 < n; ++i) {
    if (!IsWord(s.tokens[i], "from")) continue;
    const int at = IsWord(s.tokens[i + 1], "the") ? i + 2 : i + 1;
    const int m = MentionAt(a, si, at);
    if (m < 0 || a.mentions[m].begin != at || a.mentions[m].entity < 0 ||
        a.mentions[m].type != MentionType::kInstitution)
      continue;
    const int end = a.mentions[m].end;
    if (end + 1 >= n || !(IsWord(s.tokens[end], "were") || IsWord(s.tokens[end], "was"))) continue;
    const int body = a.mentions[m].entity;
    for (int person : EntitiesIn(a, si, end + 1, n, false))
      if (a.entities[person].type == EntityType::kPerson && BodiesServedBy(a, person).empty())
        AddRelation(a, RelationType::kRepresents, person, body, -1, si, "members-from");
    return;
  }
}

// Whether the institution mention m names a political party: "Party" among its words, or
// "League" ("Pakistan Muslim League-Nawaz", "Awami League").
bool NamesAParty(const Analysis& a, const Mention& m) {
  const Sentence& s = a.sentences[m.sentence];
  for (int k = m.begin; k < m.end; ++k) {
    const std::string_view word = s.tokens[k].folded;
    const std::string_view head = word.substr(0, word.find('-'));
    if (head == "party" || head == "league") return true;
  }
  // ("the Nepali Congress party": named so right after)
  return m.end < static_cast<int>(s.tokens.size()) && IsWord(s.tokens[m.end], "party") &&
         !s.tokens[m.end].capitalized;
}

}  // namespace

void FindRepresents(Analysis& a) {
  for (int si = 0; si < static_cast<int>(a.sentences.size()); ++si) FindStatedLeadership(a, si);
  for (const Mention& m : a.mentions) {
    if (m.entity < 0) continue;
    const EntityType type = a.entities[m.entity].type;
    if (type == EntityType::kPerson) AddServedPersons(a, m);
    for (int aff : m.affiliations) {
      const int target = a.mentions[aff].entity;
      if (target < 0 || !MayRepresent(type, a.entities[target].type)) continue;
      AddRelation(a, RelationType::kRepresents, m.entity, target, -1, m.sentence, "role-phrase");
    }
    if (m.type == MentionType::kInstitution && m.parent_organization >= 0) {
      const std::string& parent = a.lexicon->organizations()[m.parent_organization].name;
      for (int e = 0; e < static_cast<int>(a.entities.size()); ++e)
        if (e != m.entity && a.entities[e].type == EntityType::kInstitution &&
            a.entities[e].name == parent)
          AddRelation(a, RelationType::kRepresents, m.entity, e, -1, m.sentence, "body-of");
    }
    if (m.type == MentionType::kInstitution) {
      AddBodyOfNamedInstitution(a, m);
      AddStateOfDescribedBody(a, m);
    }
    // (a news agency of a state is none of its bodies: "Abu Dhabi, 4 March (WAM)"; nor is
    // a party, "the Communist Party of Cuba", "Pakistan Peoples Party")
    if (m.type == MentionType::kInstitution && m.country >= 0 &&
        !(m.organization >= 0 && a.lexicon->organizations()[m.organization].media) &&
        !NamesAParty(a, m)) {
      AddRelation(a, RelationType::kRepresents, m.entity, CountryEntityByIndex(a, m.country), -1,
                  m.sentence, "institution-name");
    }
  }
  for (int si = 0; si < static_cast<int>(a.sentences.size()); ++si) FindMembersFrom(a, si);
  KeepOneCountryPerPerson(a);
  CommissionersServeTheCommission(a);
}

// "First Deputy Speaker A" in a report that names "the Speaker of the Council of
// Representatives, B", "Assistant Secretary-General C" in one that names the Secretary-
// General of the Arab League: a deputy or assistant of an office whose one holder serves one
// body serves it too, when his title names no office of its own ("Deputy Secretary of
// State"), his roles tie him to no body, and he did not meet that holder (across a table).
void FindDeputiesBodies(Analysis& a) {
  static const WordSet kRanks = {"first", "second", "third", "deputy", "vice", "assistant"};
  // Per person: the title heads of his mentions (with the sentence of each), and whether a
  // role of his names an office of its own ("of", "to").
  struct Head {
    std::string_view office;
    int sentence;
  };
  std::vector<std::vector<Head>> heads(a.entities.size());
  std::vector<bool> own_office(a.entities.size(), false);
  for (const Mention& m : a.mentions) {
    if (m.type != MentionType::kPerson || m.entity < 0) continue;
    for (const std::string& head : m.title_heads) heads[m.entity].push_back({head, m.sentence});
    for (const std::string& role : m.roles)
      if (role.find(" of ") != std::string::npos || role.find(" to ") != std::string::npos)
        own_office[m.entity] = true;
  }
  auto holders_of = [&](std::string_view office) {
    std::vector<int> out;
    for (int e = 0; e < static_cast<int>(heads.size()); ++e)
      if (std::any_of(heads[e].begin(), heads[e].end(),
                      [&](const Head& h) { return h.office == office; }))
        out.push_back(e);
    return out;
  };
  for (int person = 0; person < static_cast<int>(heads.size()); ++person) {
    if (heads[person].empty() || own_office[person] || !BodiesServedBy(a, person).empty()) continue;
    for (const auto& [head, sentence] : heads[person]) {
      std::string_view office = head;
      bool deputy = false;
      for (std::size_t space = office.find(' ');
           space != std::string_view::npos && kRanks.contains(office.substr(0, space));
           space = office.find(' ')) {
        const std::string_view rank = office.substr(0, space);
        deputy = deputy || rank == "deputy" || rank == "vice" || rank == "assistant";
        office.remove_prefix(space + 1);
      }
      if (!deputy) continue;
      const std::vector<int> holders = holders_of(office);
      if (holders.size() != 1 || holders.front() == person ||
          MetEachOther(a, person, holders.front()))
        continue;
      if (const std::vector<int> bodies = BodiesServedBy(a, holders.front()); bodies.size() == 1) {
        AddRelation(a, RelationType::kRepresents, person, bodies.front(), -1, sentence,
                    "deputy-of-office");
        break;
      }
    }
  }
}

// "On the Libyan side, the meeting was attended by Lieutenant General A, Chief of General
// Staff": an officer at the side of a host officer who serves one body (his armed force)
// serves it too, when he serves no body of his own.
void FindOfficersBodies(Analysis& a) {
  if (a.host < 0 || a.host_side.empty()) return;
  std::vector<bool> officer(a.entities.size(), false);
  for (const Mention& m : a.mentions)
    if (m.type == MentionType::kPerson && m.entity >= 0)
      for (std::uint32_t title : m.titles)
        officer[m.entity] = officer[m.entity] || a.lexicon->title_kind(title) == "military";
  if (!officer[a.host]) return;
  // (an armed force by name: "Libyan Arab Armed Forces", "Jordan Armed Forces-Arab Army")
  auto armed = [&](int body) {
    const std::string name = Fold(a.entities[body].name);
    return name.find("forces") != std::string::npos || name.find("army") != std::string::npos;
  };
  const std::vector<int> forces = BodiesServedBy(a, a.host);
  if (forces.size() != 1 || !armed(forces.front())) return;
  for (int person : a.host_side)
    if (person != a.host && officer[person] && BodiesServedBy(a, person).empty())
      AddRelation(a, RelationType::kRepresents, person, forces.front(), -1, 0, "officer-of-force");
}

}  // namespace dkg::internal
