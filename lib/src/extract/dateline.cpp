// REPRESENTS from a wire story's dateline: "CAIRO — President Abdel Fattah El Sisi
// received ..." places the report in Egypt, and state agencies write about their own
// state's bodies and host without naming the country each time.
#include <algorithm>
#include <iterator>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "extract/analysis.h"
#include "extract/relation_util.h"
#include "extract/token_rules.h"

namespace dkg::internal {
namespace {

// The first sentence after the headline, or -1 when the report is all headline.
int FirstBodySentence(const Analysis& a) {
  for (int si = 0; si < static_cast<int>(a.sentences.size()); ++si)
    if (!a.sentences[si].is_title) return si;
  return -1;
}

// The country of the state news agency a dateline names ("(KUNA)", "(Petra)"), as a
// lexicon country index; -1 without one.
int DatelineAgencyCountry(const Analysis& a, const Sentence& s) {
  for (int k = 0; k < s.dateline_end; ++k) {
    if (s.tags[k].kind != TokenTag::kOrganization || s.tags[k].length == 0) continue;
    const OrganizationInfo& agency = a.lexicon->organizations()[s.tags[k].index];
    if (!agency.media || agency.country.empty()) continue;
    if (const CountryInfo* country = a.lexicon->CountryByCode(agency.country))
      return static_cast<int>(country - a.lexicon->countries().data());
  }
  return -1;
}

// The first body sentence's dateline place as a lexicon country index ("KUWAIT —",
// "ABU DHABI —", "WASHINGTON, D.C. —"), and that sentence; {-1, -1} without one.
std::pair<int, int> DatelineCountry(const Analysis& a) {
  const int si = FirstBodySentence(a);
  if (si < 0) return {-1, -1};
  const Sentence& s = a.sentences[si];
  if (s.dateline_end == 0) return {-1, -1};
  // where the words from `from` end: at a comma, parenthesis, dash or date
  auto words_end = [&](int from) {
    while (from < s.dateline_end && s.tokens[from].shape == TokenShape::kWord &&
           !Has(s, from, a.lists->calendar_words))
      ++from;
    return from;
  };
  auto city_country = [&](int from, int to) {
    return a.lexicon->CityCountry(Lexicon::PhraseKey(s.tokens.subspan(from, to - from)));
  };
  const int end = words_end(0);  // the place
  if (end == 0) return {-1, -1};
  int place_country = GluedCityAgencyCountry(*a.lexicon, s.tokens[0]);  // "Baghdad-INA"
  if (place_country < 0 && s.tags[0].kind == TokenTag::kCountryName && s.tags[0].length == end)
    place_country = static_cast<int>(s.tags[0].index);
  if (place_country < 0) place_country = city_country(0, end);
  // "Jubilee House, Accra -", "Kosyam Palace, Ouagadougou -": a building, then its city
  if (place_country < 0 && end + 1 < s.dateline_end && IsPunct(s.tokens[end], ",")) {
    const int city_end = words_end(end + 1);
    if (city_end > end + 1) place_country = city_country(end + 1, city_end);
  }
  // a place no gazetteer knows: the state news agency in parentheses ("ADEN, July 9
  // (Saba) -") speaks for its state (a known place wins: "Dakar (APS)" is Senegal's
  // agency, not Algeria's of the same letters)
  // (and the state agency of another state than the place's, when the report names its
  // state: "RIYADH (Saba)" is Yemen's government abroad, but "Dakar (APS)", of a Senegalese
  // agency of the Algerian one's letters, names no Algeria)
  const int agency = DatelineAgencyCountry(a, s);
  if (place_country < 0 || agency < 0 || agency == place_country) {
    return {place_country >= 0 ? place_country : agency, si};
  }
  const bool agency_named = std::any_of(
      a.mentions.begin(), a.mentions.end(),
      [&](const Mention& m) { return m.type == MentionType::kCountry && m.country == agency; });
  return {agency_named ? agency : place_country, si};
}

// "received at State House, Nairobi", "hosted at the Presidential Palace in Nouakchott",
// "received at the OR Tambo Building in Pretoria", "received at the Jubilee House", "in
// the Kremlin", "hosted X, who is in Abuja": with no dateline, the state of the
// named seat of government, or of the city of the residence, where the body's first
// meeting took place, as a lexicon country index, and that sentence; {-1, -1} without one.
// A host receives at home.
std::pair<int, int> ResidenceCountry(const Analysis& a) {
  const int first = FirstBodySentence(a);
  if (first < 0) return {-1, -1};
  constexpr int kSentences = 3;
  const int last = std::min(static_cast<int>(a.sentences.size()), first + kSentences);
  // (and a city the talks were held in, unless a government publishes it: a travel
  // readout's cities are abroad)
  const bool talks_in = a.publisher_country < 0;
  for (int si = first; si < last; ++si) {
    const Sentence& s = a.sentences[si];
    const int n = static_cast<int>(s.tokens.size());
    const int verb =
        FindInList(a, si, s.dateline_end, n, a.lists->meeting_verbs | a.lists->talk_verbs);
    for (int k = verb + 1; verb >= 0 && k + 1 < n; ++k) {
      if (!IsWord(s.tokens[k], "at") && !IsWord(s.tokens[k], "in")) continue;
      // "hosted a delegation led by X, who is in Abuja as ...", "who arrived in Harare":
      // where the visitor is; "held talks in Yaounde": where they met
      if (IsWord(s.tokens[k], "in") &&
          (IsWord(s.tokens[k - 1], "is") || IsWord(s.tokens[k - 1], "arrived") ||
           (talks_in && Has(s, k - 1, a.lists->meeting_phrase_heads))))
        if (const int country = CountryOfCityAt(a, s, k + 1); country >= 0) return {country, si};
      const int name = IsWord(s.tokens[k + 1], "the") ? k + 2 : k + 1;
      if (const int seat = SeatCountryAt(a, s, name); seat >= 0) return {seat, si};
      if (!IsWord(s.tokens[k], "at") || k + 3 >= n) continue;
      int building = name;
      while (building < n && s.tokens[building].capitalized &&
             !a.lexicon->InList("residence_words", s.tokens[building].folded))
        ++building;
      // (its residence word, "State House, Nairobi", or the end of its capitalised name,
      // "the OR Tambo Building in Pretoria")
      const bool residence = building < n && s.tokens[building].capitalized;
      if (building == k + 1 || building + 2 >= n || (!residence && building == name)) continue;
      // (not a venue of summits and conferences: "at the Summit Hall, Nairobi")
      static const WordSet kVenueWords = {"summit", "conference", "forum",   "hotel",
                                          "centre", "center",     "stadium", "exhibition"};
      if (!residence && std::any_of(s.tokens.begin() + name, s.tokens.begin() + building,
                                    [](const Token& t) { return kVenueWords.contains(t.folded); }))
        continue;
      const int after = residence ? building + 1 : building;
      if (!IsPunct(s.tokens[after], ",") && !IsWord(s.tokens[after], "in")) continue;
      if (const int country = CountryOfCityAt(a, s, after + 1); country >= 0) return {country, si};
    }
  }
  return {-1, -1};
}

// "NATO-Russia", "U.S.-Japan": a word joining two states or organisations by a hyphen.
bool JoinsTwoParties(const Lexicon& lexicon, std::string_view folded) {
  const std::size_t hyphen = folded.find('-');
  if (hyphen == std::string_view::npos) return false;
  auto party = [&](std::string_view part) {
    const PhraseMatch match = lexicon.WordMatch(part);
    return match.Has(PhraseKind::kCountryName) || match.Has(PhraseKind::kOrganization) ||
           match.Has(PhraseKind::kCountryAdjective);
  };
  return party(folded.substr(0, hyphen)) && party(folded.substr(hyphen + 1));
}

// A body that states share: named so ("High-Level Strategic Council", "Joint Commission"),
// after two of them ("NATO-Russia Council") or after an organisation ("UN Security Council").
bool NamesJointBody(const Analysis& a, const Mention& m) {
  const Sentence& s = a.sentences[m.sentence];
  // ("Arab Parliament", "Asian Parliamentary Assembly": a region's body)
  if (a.lexicon->InList("region_adjectives", s.tokens[m.begin].folded)) return true;
  for (int k = m.begin; k < m.end; ++k) {
    if (Has(s, k, a.lists->joint_body_words) || s.tags[k].kind == TokenTag::kOrganization ||
        JoinsTwoParties(*a.lexicon, s.tokens[k].folded) ||
        s.tokens[k].folded.ends_with("-nation"))  // ("Five-Nation Committee")
      return true;
  }
  return false;
}

// The offices of a state, one holder each: head of state (a president or a monarch,
// never both), the heir or deputy, and head of government. Word lists of triggers.json.
constexpr const char* kStateOffices[] = {"state_head_titles", "state_deputy_titles",
                                         "government_head_titles"};

// What the report says of each entity, gathered in one pass over mentions and relations.
struct EntityFacts {
  unsigned offices = 0;        // bits of kStateOffices its titles name
  bool titled = false;         // introduced with a title or role: an official
  bool state_body = false;     // an institution named like a state body
  bool international = false;  // a lexicon organisation of no state (United Nations)
  bool joint = false;          // a body states share ("Strategic Council", "NATO-Russia Council")
  bool aide = false;           // an aide or envoy by title
  bool state_staff = false;    // a title of the state's own ("Presidential Spokesman")
  bool home_office = false;    // a title of the publishing government ("Under Secretary")
  bool affiliated = false;     // the source of a REPRESENTS already
  bool principal = false;      // an envoy or aide of the report acts for it
  bool office_elsewhere = false;  // a monarch's office only other states have ("King" in Pakistan)
  bool minister = false;          // a minister by title, of no state the title names
};

// (`offices` and `aides` only when asked: a release published at home places no office
// holder, and aides matter only to a report with principals)
std::vector<EntityFacts> GatherFacts(const Analysis& a, bool offices, bool aides, int home) {
  std::vector<EntityFacts> facts(a.entities.size());
  for (const Mention& m : a.mentions) {
    if (m.entity < 0) continue;
    EntityFacts& f = facts[m.entity];
    // (a monarch's title, which only its states have; "Head of Government" lists the
    // states whose formal title it is, but any state has one)
    for (std::uint32_t title : m.titles) {
      const std::vector<int>& states = a.lexicon->title_countries(title);
      const bool royal = a.lexicon->title_kind(title) == "royal" && !states.empty();
      f.office_elsewhere =
          f.office_elsewhere ||
          (royal && home >= 0 && std::find(states.begin(), states.end(), home) == states.end());
    }
    f.titled = f.titled || !m.title_heads.empty();
    f.aide = f.aide || (aides && HasAideTitle(a, m));
    // (not "former Prime Minister X": an office held no longer)
    if (m.type != MentionType::kInstitution && HeldFormerly(a, m)) continue;
    for (const std::string& head : m.title_heads)
      f.minister = f.minister || head == "minister" || head.ends_with(" minister");
    for (const std::string& head : m.title_heads) {
      for (unsigned office = 0; offices && office < std::size(kStateOffices); ++office)
        if (TitleInList(*a.lexicon, head, kStateOffices[office])) f.offices |= 1u << office;
      f.state_staff = f.state_staff || TitleInList(*a.lexicon, head, "state_name_words");
      f.home_office = f.home_office || TitleInList(*a.lexicon, head, "home_office_titles");
    }
    if (m.type != MentionType::kInstitution) continue;
    // (or a body of one: "ECOWAS Commission")
    f.international = f.international || NamesAnInternationalBody(a, m);
    f.state_body = f.state_body || NamesStateBody(a, m);
    f.joint = f.joint || NamesJointBody(a, m);
  }
  for (const RelationCandidate& r : a.relations) {
    if (r.type != RelationType::kRepresents) continue;
    facts[r.source].affiliated = true;
    if (a.entities[r.source].type == EntityType::kPerson) facts[r.target].principal = true;
  }
  return facts;
}

// "Special Envoy of Prime Minister Abiy Ahmed", the envoy being Ethiopian; "Egypt's
// Director of General Intelligence ... handed him a message from President El-Sisi": a
// principal whose country the report leaves unsaid shares the country of the envoy or
// messenger who acts for him.
void FindPrincipalCountries(Analysis& a, std::vector<EntityFacts>& facts) {
  const std::size_t count = a.relations.size();
  for (std::size_t r = 0; r < count; ++r) {
    const RelationCandidate act = a.relations[r];
    int principal = -1;
    if (act.type == RelationType::kRepresents && facts[act.source].aide) principal = act.target;
    // (not "C asked A to convey his greetings to B": C is A's host, not his principal)
    if (act.type == RelationType::kConveyedGreetingsTo && act.rule != "asked-to-convey")
      principal = act.on_behalf_of;
    // ("asked the US envoy to convey his greetings to President Joe Biden": a visitor
    // carries the greetings home, to his own state's leader)
    if (act.type == RelationType::kConveyedGreetingsTo && act.rule == "asked-to-convey" &&
        act.source != a.host &&
        std::any_of(
            a.mentions.begin(), a.mentions.end(),
            [&](const Mention& m) { return m.entity == act.target && TitledToLeadAState(a, m); }) &&
        (act.on_behalf_of < 0 ||
         CountryOfEntity(a, act.on_behalf_of) != CountryOfEntity(a, act.source)))
      principal = act.target;
    // (not the audience's host: "the Deputy Amir charged Sadiq with passing his regards to
    // the Prime Minister" sends his own greetings abroad)
    if (principal < 0 || principal == a.host || a.entities[principal].type != EntityType::kPerson ||
        CountryOfEntity(a, principal) >= 0)
      continue;
    const int country = CountryOfEntity(a, act.source);
    if (country < 0) continue;
    AddRelation(a, RelationType::kRepresents, principal, country, -1, act.sentence,
                "principal-country");
    facts[principal].affiliated = true;
  }
}

// "General Al-Burhan, Chairman of the Sovereignty Council", placed in Sudan, in a report
// datelined Cairo: a body someone of another state belongs to is not the home state's.
bool HasForeignMember(const Analysis& a, int institution, int home) {
  return std::any_of(a.relations.begin(), a.relations.end(), [&](const RelationCandidate& r) {
    if (r.type != RelationType::kRepresents || r.target != institution ||
        a.entities[r.source].type != EntityType::kPerson)
      return false;
    const int country = CountryOfEntity(a, r.source);
    return country >= 0 && country != home;
  });
}

// The state the report is written in: its dateline's, or else that of the residence
// where the host received; {-1, -1} without one.
std::pair<int, int> SceneOfReport(const Analysis& a) {
  const auto dateline = DatelineCountry(a);
  return dateline.first >= 0 ? dateline : ResidenceCountry(a);
}

}  // namespace

// A state body by a mention of its name: its head ("Ministry", "National Assembly",
// "Service") is one a state has, or the name opens with a word of the state ("Royal",
// "National").
bool NamesStateBody(const Analysis& a, const Mention& m) {
  const Sentence& s = a.sentences[m.sentence];
  if (a.lexicon->InList("state_name_words", s.tokens[m.begin].folded)) return true;
  for (int k = m.begin; k < m.end; ++k) {
    const TokenTag& tag = s.tags[k];
    if (tag.kind != TokenTag::kInstitutionHead || tag.length == 0) continue;
    // the whole head, or its last word ("Intelligence Service" is a service)
    const std::span<const Token> head(s.tokens.begin() + k, tag.length);
    if (a.lexicon->InList("state_body_heads", Lexicon::PhraseKey(head)) ||
        a.lexicon->InList("state_body_heads", head.back().folded))
      return true;
  }
  return false;
}

int HomeCountry(const Analysis& a) {
  const int scene = SceneOfReport(a).first;
  return scene >= 0 ? scene : a.publisher_country;
}

void FindDatelineAffiliations(Analysis& a) {
  auto [country_index, si] = SceneOfReport(a);
  // A government's own press release speaks from its state as a dateline does, but it
  // reports on the world: it places only the state's own bodies and staff.
  const bool published_at_home = country_index < 0 && a.publisher_country >= 0;
  if (published_at_home) {
    country_index = a.publisher_country;
    si = std::max(FirstBodySentence(a), 0);  // (a report all headline: the headline)
  }
  const bool principals = std::any_of(a.relations.begin(), a.relations.end(), [&](const auto& r) {
    const bool serves_person =
        r.type == RelationType::kRepresents && a.entities[r.target].type == EntityType::kPerson;
    return serves_person || (r.type == RelationType::kConveyedGreetingsTo && r.on_behalf_of >= 0);
  });
  if (country_index < 0 && !principals) return;  // most reports: nothing to do
  std::vector<EntityFacts> facts = GatherFacts(a, !published_at_home, principals, country_index);
  FindPrincipalCountries(a, facts);
  if (country_index < 0) return;
  const int home = CountryEntityByIndex(a, country_index);
  if (home < 0) return;
  const int count = static_cast<int>(a.entities.size());
  // Who the report already ties to the home country, and the offices they hold.
  std::vector<bool> home_side(count, false);
  unsigned held = 0;
  for (int e = 0; e < count; ++e) {
    if (a.entities[e].type != EntityType::kPerson || CountryOfEntity(a, e) != home) continue;
    home_side[e] = true;
    held |= facts[e].offices;
  }
  if (a.host >= 0) home_side[a.host] = true;  // who received the visitor
  // A release of a government that names no other state ("Vladimir Putin held a meeting
  // with permanent members of the Security Council"): its officials are all its own.
  const bool home_only =
      published_at_home && std::count_if(a.entities.begin(), a.entities.end(), [](const Entity& x) {
        return x.type == EntityType::kCountry;
      }) == 1;
  // (those with a host who serves an international body are its staff, not the home
  // state's: "Dr. Touray, President of the ECOWAS Commission, was accompanied by B")
  std::vector<bool> with_host(count, false);
  if (a.host < 0 || !ServesAnInternationalBody(a, a.host))
    for (int e : a.host_side) with_host[e] = true;
  // ("President Saied received Minister of Foreign Affairs Nabil Ammar": a minister a head
  // of state or government received at home, whose title names no state, is the home
  // state's; not one who brought greetings from someone: an envoy)
  std::vector<bool> guest(count, false);
  if (a.host >= 0 && facts[a.host].offices != 0)
    for (int e : a.guests) guest[e] = true;
  for (const RelationCandidate& r : a.relations)
    if (r.type == RelationType::kConveyedGreetingsTo && r.on_behalf_of >= 0 &&
        r.rule != "asked-to-convey")
      guest[r.source] = false;
  // ("The Minister of Foreign Trade, A, and her Zambian counterpart, B, held talks" in a
  // report from Kinshasa: a minister of no stated state across from a foreigner, at a
  // meeting or on the phone, is the home state's)
  // (or across from an international body's official: "Minister of Planning A held talks
  // with the Executive Director of UN-Habitat" in a report from Cairo)
  // (only a minister's matters)
  auto foreign = [&](int other) {
    const int country = CountryOfEntity(a, other);
    return (country >= 0 && country != home) ||
           (country < 0 && a.entities[other].type == EntityType::kPerson &&
            ServesAnInternationalBody(a, other));
  };
  std::vector<bool> met_foreigner(count, false);
  for (const RelationCandidate& r : a.relations) {
    if (r.type != RelationType::kMetWith && r.type != RelationType::kConveyedGreetingsTo) continue;
    for (const auto& [one, other] : {std::pair{r.source, r.target}, {r.target, r.source}})
      if (facts[one].minister && !met_foreigner[one] && foreign(other)) met_foreigner[one] = true;
  }
  // The unplaced: state bodies, the host of the audience and the officials with it,
  // holders of a home office still vacant ("King Hamad" when no king is placed yet),
  // unless an envoy acts for them, and the state's own staff ("Presidential Spokesman").
  std::vector<int> placed;
  for (int e = 0; e < count; ++e) {
    const EntityFacts& f = facts[e];
    if (f.affiliated) continue;
    bool place = false;
    if (a.entities[e].type == EntityType::kInstitution) {
      place = f.state_body && !f.international && !f.joint && !HasForeignMember(a, e, home);
    } else if (a.entities[e].type == EntityType::kPerson) {
      place =
          f.state_staff || (published_at_home && (f.home_office || (home_only && f.titled))) ||
          (!published_at_home &&
           (e == a.host || (with_host[e] && f.titled) ||
            ((guest[e] || met_foreigner[e]) && f.minister) ||
            (f.offices != 0 && (f.offices & held) == 0 && !f.principal && !f.office_elsewhere)));
      if (place) held |= f.offices;
    }
    if (!place) continue;
    placed.push_back(e);
    if (a.entities[e].type == EntityType::kPerson) home_side[e] = true;
  }
  // Someone the home side sent greetings, a message or condolences to is the other side,
  // and so is the one whose message a visitor brought to the home side.
  std::vector<bool> other_side(count, false);
  for (const RelationCandidate& r : a.relations) {
    if (r.type != RelationType::kConveyedGreetingsTo) continue;
    // ("C asked A to convey his greetings to B": A carries C's greetings home to B)
    const bool carried_home = r.rule == "asked-to-convey";
    // (a visitor of another state carries them to his own side, whoever sent them:
    // "entrusted Healey with greetings for King Charles III from his father, King Salman")
    if ((home_side[r.source] && !carried_home) ||
        (r.on_behalf_of >= 0 && home_side[r.on_behalf_of]) ||
        (carried_home && !home_side[r.source] && CountryOfEntity(a, r.source) >= 0 &&
         CountryOfEntity(a, r.source) != home))
      other_side[r.target] = true;
    // (and whose greetings a guest brought: "Turgunbek uulu passed on President Sadyr
    // Japarov's greetings to President Ilham Aliyev")
    const bool by_guest = !carried_home && IsGuest(a, r.source);
    if ((home_side[r.target] || by_guest) && !home_side[r.source] && r.on_behalf_of >= 0)
      other_side[r.on_behalf_of] = true;
  }
  for (int e : placed) {
    if (a.entities[e].type == EntityType::kPerson && e != a.host && other_side[e]) continue;
    AddRelation(a, RelationType::kRepresents, e, home, -1, si, "dateline-country");
  }
}

}  // namespace dkg::internal
