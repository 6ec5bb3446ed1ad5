// Internal: helpers the relation rules share (clauses, participants, salience).
#pragma once

#include <algorithm>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "extract/analysis.h"

namespace dkg::internal {

// Entities mentioned in tokens [from, to) of sentence si, in order, without repeats.
// Persons only unless `any_type`; mentions embedded in another person's role phrase
// (the "President Emmanuel Macron" of "special envoy of President Emmanuel Macron")
// are left out unless `embedded`.
std::vector<int> EntitiesIn(const Analysis& a, int si, int from, int to, bool any_type,
                            bool embedded = false);

// "the late President X", "the late Marshal X": a person the report says has died.
bool IsDeceased(const Analysis& a, const Mention& m);

// "former President X", "ex-Minister X": an office the mention's person holds no longer.
bool HeldFormerly(const Analysis& a, const Mention& m);

// "According to the head of the delegation, First Deputy Prime Minister X", "a
// delegation led by Minister X", "Leading the delegation was X": the person the report
// names as its delegation's head, or -1.
int DelegationHead(const Analysis& a);

// "the Governor's late father, Sir Joseph Tambua", "his brother, X": whether person
// mention m is set off as the relative of someone the sentence names before.
bool NamedAsARelative(const Analysis& a, const Mention& m);

// The subject among persons in [from, to) of sentence si: the first person and those
// coordinated with it ("Andriy Yermak and Dmytro Kuleba met"), not every person before
// the verb ("Haftar hosts Hegazy in Rajma days after Cairo talks with Sisi").
// `nearest`: the group closest to the verb (finite verbs: "the Prime Minister of Slovakia
// also held talks"); otherwise the clause's first group (nominal triggers, participles).
// `past_of`: the nearest group is not one named after "of" or "from" when a person comes
// before ("X, special envoy of President Y, was received"). One named as dead only when no
// one else is ("X, son of the late Y, received"; "when the late President X visited").
std::vector<int> SubjectPersons(const Analysis& a, int si, int from, int to, bool nearest,
                                bool past_of = false);

// Whether entity e is one of the guests of the report's audience (Analysis::guests).
inline bool IsGuest(const Analysis& a, int e) {
  return std::find(a.guests.begin(), a.guests.end(), e) != a.guests.end();
}

// "said", "announced", "stressed": a verb that reports what someone said (folded).
bool IsReportingVerb(std::string_view folded);

// The first token of the clause holding token t (after the last ';' or sentence start).
int ClauseStart(const Analysis& a, int si, int t);

// The person a pronoun in sentence si most likely refers to: the subject (first
// person) of the nearest sentence before it that names a person; -1 if none.
int SalientPerson(const Analysis& a, int si);

// Index of the first token in [from, to) whose folded form is in lexicon list `list`.
int FindInList(const Analysis& a, int si, int from, int to, std::uint64_t list);

// Whether the report's relations hold a MET_WITH already.
bool HasMeeting(const Analysis& a);

// Whether entities x and y have a MET_WITH between them already (either way).
bool MetEachOther(const Analysis& a, int x, int y);

// A meeting of persons the report tells of, not through sides, presence or companions.
bool TellsAMeetingOfPersons(const Analysis& a, const RelationCandidate& r);

// Those of state entity `state` whom `person` met at meetings the report tells of before
// sentence `before` ("The Gambian diplomat", "the Iraqi delegation"), in the order found.
std::vector<int> MetOfState(const Analysis& a, int person, int state, int before);

// "of (the) <state>" at token i of sentence si ("A, of the Republic of Türkiye, and B"):
// the mention of the state named right after it, or -1.
int StateAfterOf(const Analysis& a, int si, int i);

// True when a person pronoun (he, she, his, her) is in [from, to).
bool HasPersonPronoun(const Analysis& a, int si, int from, int to);
// Whether a person's mention opens the words from token i of sentence si, past an
// article, a state's adjective, titles and honorifics ("the Cameroonian President Paul
// Biya"), within `reach` tokens.
bool PersonNamedFrom(const Analysis& a, int si, int i, int reach);
// Whether sentences `first` and `last` (first <= last) are of one paragraph: no line break
// between them.
bool InOneParagraph(const Analysis& a, int first, int last);

// The body sentence that tells of relation r: where it was found, or where the body told
// again what the headline gave.
inline int TellingSentence(const RelationCandidate& r) {
  return r.retold >= 0 ? r.retold : r.sentence;
}

// The key of Analysis::relation_keys for a relation of `type` from source to target (a
// symmetric type's ends in order).
inline std::tuple<int, int, int> RelationKey(RelationType type, int source, int target) {
  if (IsSymmetric(type) && target < source) std::swap(source, target);
  return {static_cast<int>(type), source, target};
}

void AddRelation(Analysis& a, RelationType type, int source, int target, int on_behalf_of,
                 int si, const char* rule);

// Makes `host` receiving `guests` the report's audience, unless one as sure
// (Analysis::audience_strength) is known already.
void RecordAudience(Analysis& a, int strength, int host, std::vector<int> guests);

// True when the entity is the source of a REPRESENTS already.
bool RepresentsAnything(const Analysis& a, int entity);

// A person given a title or role in the report: an official.
bool IsTitledPerson(const Analysis& a, int entity);

// The country entity a person or institution is tied to by this report, or -1 (an envoy
// or aide through the one he serves).
int CountryOfEntity(const Analysis& a, int entity);
// The report's principals: the first two persons of the first sentence that names two
// or more (within the first twelve sentences); empty when there is none.
std::vector<int> ReportPrincipals(const Analysis& a);
// The audience's guests and its host (when known), in that order.
std::vector<int> AudiencePrincipals(const Analysis& a);
// "leaders", "presidents", "sides", "heads" (of state): nouns for the two principals.
bool IsPairNoun(std::string_view folded);
// "The two Heads of State", "both leaders": [from, to) of sentence si names the pair of
// principals.
bool NamesBothPrincipals(const Analysis& a, int si, int from, int to);

// True when a title head or its leading words are in the lexicon word list `list`
// ("crown prince sheikh" is in a list that holds "crown prince").
bool TitleInList(const Lexicon& lexicon, std::string_view title_head, std::string_view list);

// A head of state's or government's title ("president", "king", "prime minister"): an
// office a state has one holder of.
bool LeadsAState(const Lexicon& lexicon, std::string_view title_head);
// Whether mention m is titled as a head of state or government ("President X").
bool TitledToLeadAState(const Analysis& a, const Mention& m);

// An aide or envoy by title ("Diplomatic Adviser", "Special Envoy"): the last word of
// the title head (or of one of the mention's) is in the word list "aide_titles".
bool IsAideTitle(const Lexicon& lexicon, std::string_view head);
bool HasAideTitle(const Analysis& a, const Mention& m);

// The state a report speaks from: its dateline's ("MOGADISHU —"), else its publisher's
// (a government's own release), as a lexicon country index; -1 for neither.
int HomeCountry(const Analysis& a);

// The Country entity of the lexicon's country `country_index`, or -1 when the report
// names no such entity.
int CountryEntityByIndex(const Analysis& a, int country_index);

// True when the mention names an organization of no state ("the United Nations") or one
// of its bodies ("the Security Council").
bool NamesAnInternationalBody(const Analysis& a, const Mention& m);

// A state body by a mention of its name: its head ("Ministry", "National Assembly",
// "Service") is one a state has, or the name opens with a word of the state ("Royal",
// "National").
bool NamesStateBody(const Analysis& a, const Mention& m);
// A person who represents an organisation of no state (the lexicon's United Nations,
// African Union and their bodies).
bool ServesAnInternationalBody(const Analysis& a, int person);
// Whether x and y both represent one institution (-1 serves none).
bool ServeOneBody(const Analysis& a, int x, int y);
// Whether entity e serves institution `body`, or a body of it, by REPRESENTS.
bool ServesBody(const Analysis& a, int e, int body);

// The sides of a meeting (meeting_sides.cpp): persons a side's phrase names ("From the
// Mauritanian side, ...", "the Tanzanian side was chaired by X") are of its country, tied
// before coreference; without a host, the sides of talks the report tells of met.
void TieSideMembers(Analysis& a);
void AddSideMembers(Analysis& a);
// After those present are paired: the members of the one side an audience report names
// ("The Ghanaian delegation included A") meet the other side's principal.
void MeetLoneSide(Analysis& a);
// The persons the sides' phrases name on the audience's guests' side ("The Iraqi
// delegation included A and B"), whom those present with the host meet.
std::vector<int> GuestSideMembers(Analysis& a);

// The lexicon's country index of the state a person serves by the lists of known leaders
// and foreign ministers (leaders.json, foreign_ministers.json): his full name listed, his
// titles fit for the office, not "former" nor dead in the report; -1 otherwise.
int KnownOfficeHolderCountry(const Analysis& a, int person);

}  // namespace dkg::internal
