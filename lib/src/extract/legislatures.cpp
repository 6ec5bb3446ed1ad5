// REPRESENTS of a legislator: "With Mr Bagbin were the First Deputy Speaker, A, and the
// Majority Leader, B", "MP Souad Haddad", "Senator X", in a report that names one
// legislature of their state ("the Parliament of Ghana"), serve that legislature.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "dkg/text/fold.h"
#include "extract/analysis.h"
#include "extract/relation_util.h"
#include "extract/token_rules.h"

namespace dkg::internal {
namespace {

// Whether an institution's name names a legislature ("Parliament of Ghana", "House of
// Representatives", "People's National Assembly"), not one of its parts ("House
// Committee on Diaspora", "Algeria-Portugal parliamentary friendship group").
bool NamesALegislature(const Lexicon& lexicon, std::string_view name) {
  const std::string folded = Fold(name);
  bool legislature = false;
  std::size_t begin = 0;
  while (begin < folded.size()) {
    std::size_t end = folded.find(' ', begin);
    if (end == std::string::npos) end = folded.size();
    const std::string_view word = std::string_view(folded).substr(begin, end - begin);
    if (lexicon.InList("legislature_parts", word)) return false;
    legislature = legislature || lexicon.InList("legislature_words", word);
    begin = end + 1;
  }
  return legislature;
}

// The sentence where person `entity` is titled a legislator (a member, a speaker or his
// deputy, a senator, a party's leader in the house), or -1.
int TitledALegislator(const Analysis& a, int entity) {
  for (const Mention& m : a.mentions) {
    if (m.entity != entity) continue;
    for (const std::string& head : m.title_heads)
      if (a.lexicon->InList("legislator_titles", head)) return m.sentence;
  }
  return -1;
}

// "Mazhilis deputies A and B", "members of the National Assembly A and B": the persons a
// list names right after a legislature's members in the plural serve that legislature.
void AddListedMembers(Analysis& a, const std::vector<int>& legislatures) {
  static const WordSet kMembers = {"deputies", "members",          "mps",        "lawmakers",
                                   "senators", "parliamentarians", "legislators"};
  auto member_noun = [&](const Sentence& s, int k) {
    return k >= 0 && k < static_cast<int>(s.tokens.size()) && !s.tokens[k].capitalized &&
           kMembers.contains(s.tokens[k].folded);
  };
  for (const Mention& body : a.mentions) {
    if (body.entity < 0 ||
        std::find(legislatures.begin(), legislatures.end(), body.entity) == legislatures.end())
      continue;
    const Sentence& s = a.sentences[body.sentence];
    const int n = static_cast<int>(s.tokens.size());
    // "Mazhilis deputies A", or "members of the National Assembly A"
    int list = -1;
    if (member_noun(s, body.end)) {
      list = body.end + 1;
    } else {
      const int of = body.begin >= 1 && IsWord(s.tokens[body.begin - 1], "the") ? body.begin - 2
                                                                                : body.begin - 1;
      if (of >= 1 && IsWord(s.tokens[of], "of") && member_noun(s, of - 1)) list = body.end;
    }
    // the persons named one after the other, joined by commas and "and"
    for (int j = list; j >= 0 && j < n;) {
      const int m = MentionAt(a, body.sentence, j);
      if (m < 0 || a.mentions[m].begin != j || a.mentions[m].entity < 0 ||
          a.entities[a.mentions[m].entity].type != EntityType::kPerson)
        break;
      AddRelation(a, RelationType::kRepresents, a.mentions[m].entity, body.entity, -1,
                  body.sentence, "listed-legislator");
      j = a.mentions[m].end;
      if (j < n && IsPunct(s.tokens[j], ",")) ++j;
      if (j < n && IsWord(s.tokens[j], "and")) ++j;
    }
  }
}

}  // namespace

void FindLegislatureMembers(Analysis& a) {
  if (std::none_of(a.sentences.begin(), a.sentences.end(),
                   [&](const Sentence& s) { return (s.bits & a.lists->legislature_words) != 0; }))
    return;  // (most reports)
  std::vector<int> legislatures;
  for (int body = 0; body < static_cast<int>(a.entities.size()); ++body)
    if (a.entities[body].type == EntityType::kInstitution &&
        NamesALegislature(*a.lexicon, a.entities[body].name))
      legislatures.push_back(body);
  if (legislatures.empty()) return;
  AddListedMembers(a, legislatures);
  for (int person = 0; person < static_cast<int>(a.entities.size()); ++person) {
    if (a.entities[person].type != EntityType::kPerson) continue;
    const int titled = TitledALegislator(a, person);
    if (titled < 0) continue;
    // (one already serving a body keeps it: "Speaker of the National Assembly X")
    bool serves_a_body = false;
    for (const RelationCandidate& r : a.relations)
      serves_a_body = serves_a_body || (r.type == RelationType::kRepresents && r.source == person &&
                                        a.entities[r.target].type != EntityType::kCountry);
    const int state = CountryOfEntity(a, person);
    if (serves_a_body || state < 0) continue;
    int found = -1;
    for (int body : legislatures)
      if (CountryOfEntity(a, body) == state) {
        if (found >= 0) {
          found = -2;
          break;
        }  // (two of his state: "House" or "Senate"?)
        found = body;
      }
    if (found >= 0)
      AddRelation(a, RelationType::kRepresents, person, found, -1, titled, "legislature-member");
  }
}

}  // namespace dkg::internal
