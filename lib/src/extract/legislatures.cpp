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
