// Coreference inside one report: mentions become entities.
// - Persons: full names merge when one is the other with parts left out ("Antony J.
//   Blinken" / "Antony Blinken", "Mohamed bin Zayed" / "Mohamed bin Zayed Al Nahyan")
//   and never when the given names differ ("Saddam Haftar" / "Khalifa Haftar"). A
//   surname or given name alone joins the matching person mentioned most so far.
// - Role-only mentions ("the Deputy Commander-in-Chief") join the person holding that
//   role; pronouns are left to the relation rules.
// - Countries are one entity per ISO code; institutions one per name or acronym.
#include <algorithm>
#include <cctype>
#include <climits>
#include <map>
#include <optional>
#include <set>
#include <utility>

#include "dkg/text/fold.h"
#include "extract/analysis.h"
#include "extract/portfolio.h"
#include "extract/relation_util.h"
#include "extract/token_rules.h"
#include "text/name_words.h"

namespace dkg::internal {
namespace {

// The portfolio a role's head names as a full minister's ("education minister" ->
// "education"); empty for a deputy's, a state minister's or a prime minister's.
std::string FullMinistersPortfolio(std::string_view title_head) {
  if (!title_head.ends_with(" minister")) return {};
  for (std::string_view lesser : {"deputy", "vice", "assistant", "state", "junior", "prime"})
    if (title_head.find(lesser) != std::string_view::npos) return {};
  return MinisterPortfolio(title_head);
}

// Folded name parts without particles and initials: "Antony J. Blinken" -> antony blinken.
std::vector<std::string> NameKey(const Analysis& a, const Mention& m) {
  std::vector<std::string> key;
  const Sentence& s = a.sentences[m.sentence];
  for (int i = m.begin; i < m.end; ++i) {
    const Token& t = s.tokens[i];
    // particles drop out whatever their case: "Al Mansouri" is a surname alone (and so
    // does a patronymic's suffix: "Turgunbek uulu"), and so do initials and a nickname's
    // quotes; a generational suffix stays ("Marcos Jr." is not "Marcos III"), and so does
    // a Mongolian initial glued to the name ("Kh.Bulgantuya")
    const bool kept = text_internal::IsGenerationalSuffix(t.folded) || GluedInitial(s, i);
    if ((t.shape == TokenShape::kAbbreviation && !kept) || t.shape == TokenShape::kPunct ||
        Has(s, i, a.lists->name_particles) || text_internal::IsPatronymicSuffixWord(t.folded))
      continue;
    key.emplace_back(t.folded);
  }
  return key;
}

bool IsSubsequence(const std::vector<std::string>& small, const std::vector<std::string>& big) {
  std::size_t j = 0;
  for (const auto& part : big)
    if (j < small.size() && part == small[j]) ++j;
  return j == small.size();
}

bool SameFullName(const std::vector<std::string>& x, const std::vector<std::string>& y) {
  if (x.empty() || y.empty() || x.front() != y.front()) return false;
  return IsSubsequence(x, y) || IsSubsequence(y, x);
}

// Strips "al-"/"el-" so "Al-Sisi" and "Sisi" compare equal.
std::string_view BareSurname(std::string_view part) {
  return HasArabicArticle(part) ? part.substr(3) : part;
}

bool IsPlaceLike(const Analysis& a, const Mention& m) {
  const Sentence& s = a.sentences[m.sentence];
  if (m.begin > 0 && IsPlacePreposition(a, s, m.begin - 1)) return true;
  // "Bab el-Mandeb", "Ras Jedir", "Ain Sokhna": an Arabic place name's first word; "Lake
  // Baikal": a geographic feature's
  if (m.end - m.begin >= 2 &&
      Has(s, m.begin, a.lists->place_openers | a.lists->geographic_features))
    return true;
  if (IsPlaceWord(a, s, m.end - 1)) return true;
  if (m.end < static_cast<int>(s.tokens.size()) &&
      (s.tags[m.end].kind == TokenTag::kInstitutionHead ||
       Has(s, m.end, a.lists->place_words)))
    return true;
  return AllCommonWords(s, m.begin, m.end);
}

class Coreference {
 public:
  explicit Coreference(Analysis& a) : a_(a) {}

  void Run() {
    FindShortBodyNames();
    for (int m = 0; m < static_cast<int>(a_.mentions.size()); ++m) {
      Mention& mention = a_.mentions[m];
      if (mention.type == MentionType::kCountry) Join(m, CountryEntity(mention));
      else if (mention.type == MentionType::kInstitution && !mention.portfolio)
        Join(m, InstitutionEntity(m));
    }
    // (the body's names before the headline's: "Aboul Gheit holds talks" is the Ahmed Aboul
    // Gheit the body names in full)
    for (const bool headline : {false, true})
      for (int m = 0; m < static_cast<int>(a_.mentions.size()); ++m)
        if (a_.sentences[a_.mentions[m].sentence].is_title == headline &&
            IsFullPerson(a_.mentions[m])) {
          const int e = PersonEntity(m);
          Join(m, e);
          for (std::string_view father : FathersNames(a_.mentions[m])) fathers_[e].emplace(father);
        }
    ResolveShortPersons();
    // (not the title of an office held formerly: "former President Olusegun Obasanjo" is
    // not "the President" a report's bare title refers to; "The Mediator ..., former
    // Nigerian President X" is still the mediator)
    for (const Mention& mention : a_.mentions) {
      if (mention.type != MentionType::kPerson || mention.entity < 0) continue;
      const std::string former = FormerTitle(mention);
      for (const auto& head : mention.title_heads)
        if (former.empty() || former.find(head) == std::string::npos)
          title_heads_[mention.entity].insert(head);
    }
    InheritCounterpartTitles();
    ResolveRoleOnly();
  }

 private:
  // "Iranian Foreign Minister A and his Iraqi counterpart B held talks": B holds A's office
  // for his own state, so "the Iraqi foreign minister" later may be B. A is the titled
  // person named last before B in B's sentence.
  void InheritCounterpartTitles() {
    for (int m = 0; m < static_cast<int>(a_.mentions.size()); ++m) {
      const Mention& mention = a_.mentions[m];
      if (mention.type != MentionType::kPerson || mention.entity < 0 ||
          std::find(mention.title_heads.begin(), mention.title_heads.end(), "counterpart") ==
              mention.title_heads.end())
        continue;
      for (int k = m - 1; k >= 0 && a_.mentions[k].sentence == mention.sentence; --k) {
        const Mention& before = a_.mentions[k];
        if (before.type != MentionType::kPerson || before.entity < 0 ||
            before.entity == mention.entity || before.title_heads.empty())
          continue;
        for (const std::string& head : before.title_heads)
          if (head != "counterpart") counterpart_heads_[mention.entity].insert(head);
        break;
      }
    }
  }

  bool IsFullPerson(Mention& m) const {
    if (m.type != MentionType::kPerson || m.surname_only) return false;
    // "Al Mansouri": a surname with its particle is still a surname alone (but "B. Tsogt",
    // a Mongolian name opening with the father's initial, is a whole name)
    const Sentence& s = a_.sentences[m.sentence];
    // (not "V. Currently": a regnal numeral ending a sentence, and an ordinary word)
    const bool initial_first = m.end - m.begin == 2 &&
                               s.tokens[m.begin].shape == TokenShape::kAbbreviation &&
                               s.tokens[m.begin + 1].span.begin > s.tokens[m.begin].span.end &&
                               s.tokens[m.begin].folded.find_first_of("ivx") != 0 &&
                               !Has(s, m.begin + 1, WordLists::kCommon);
    if (NameKey(a_, m).size() == 1 && !initial_first) {
      m.surname_only = true;
      return false;
    }
    // "the Mariyinsky Palace", "the upcoming World Leaders Summit": a name that ends
    // in a place or event word names no person, even after a title
    if (EndsInPlaceWord(m)) return false;
    return m.titled || m.embedded || !IsPlaceLike(a_, m);
  }

  // (but "Ambassador Philip Hall", "Minister Ana Law": a titled given name and a place
  // word that is also a surname)
  bool EndsInPlaceWord(const Mention& m) const {
    static const WordSet kSurnames = {"hall", "law"};
    const Sentence& s = a_.sentences[m.sentence];
    if (m.titled && m.end - m.begin == 2 && kSurnames.contains(s.tokens[m.end - 1].folded) &&
        !Has(s, m.begin, WordLists::kCommon))
      return false;
    return IsPlaceWord(a_, s, m.end - 1);
  }

  int NewEntity(EntityType type) {
    a_.entities.push_back(Entity{.type = type});
    return static_cast<int>(a_.entities.size()) - 1;
  }

  // Appends `text` to `list` unless it is there already (an entity's aliases or roles).
  static void AppendUnique(std::vector<std::string>& list, std::string_view text) {
    if (std::find(list.begin(), list.end(), text) == list.end()) list.emplace_back(text);
  }

  void Join(int m, int e) {
    if (e < 0) return;
    Mention& mention = a_.mentions[m];
    mention.entity = e;
    Entity& entity = a_.entities[e];
    entity.mentions.push_back(mention.span);
    const std::string_view alias =
        mention.type == MentionType::kRoleOnly ? mention.roles.front() : mention.surface;
    AppendUnique(entity.aliases, alias);
    // ("Tan Sri Tengku Muhammad Taufik": the name with the honorific that some write as part
    // of it is a form of it too)
    if (mention.type == MentionType::kPerson && mention.begin > 0) {
      const Sentence& s = a_.sentences[mention.sentence];
      if (const Token& before = s.tokens[mention.begin - 1];
          Has(s, mention.begin - 1, a_.lists->name_honorifics) &&
          before.span.end + 1 == mention.span.begin)
        AppendUnique(entity.aliases, std::string(before.text) + " " + std::string(mention.surface));
    }
    for (const auto& role : mention.roles) AppendUnique(entity.roles, role);
    if (mention.type == MentionType::kPerson && !mention.surname_only &&
        mention.surface.size() > entity.name.size())
      entity.name = mention.surface;
  }

  int CountryEntity(const Mention& m) {
    auto [it, added] = country_entity_.try_emplace(m.country, -1);
    if (added) {
      it->second = NewEntity(EntityType::kCountry);
      const CountryInfo& info = a_.lexicon->countries()[m.country];
      a_.entities[it->second].name = info.name;
      a_.entities[it->second].country = info.alpha3;
    }
    return it->second;
  }

  // "AU Commission": a body named after its organisation's acronym is the lexicon's
  // organisation of the expanded name ("African Union Commission"), if there is one.
  int ExpandedOrganization(const Mention& m) const {
    if (m.organization >= 0 || m.parent_organization < 0) return m.organization;
    const Sentence& s = a_.sentences[m.sentence];
    const int prefix_end = m.begin + s.tags[m.begin].length;
    if (s.tags[m.begin].kind != TokenTag::kOrganization || prefix_end >= m.end) return -1;
    return a_.lexicon->OrganizationByName(a_.lexicon->organizations()[m.parent_organization].name +
                                          " " + std::string(a_.Text(s, prefix_end, m.end)));
  }

  // The key of an institution's name, and the key without a closing "of <Country>"
  // ("Office of the President of Ukraine": "office of president"; empty when there is
  // no such country). "the President's Office" is keyed as "Office of the President".
  std::pair<std::string, std::string> InstitutionKeys(const Mention& m) const {
    const Sentence& s = a_.sentences[m.sentence];
    for (int k = m.begin + 1; k + 1 < m.end; ++k)
      if (IsPossessive(s.tokens[k]))
        return {NormalizeKey(a_.Text(s, k + 1, m.end)) + " of " +
                    NormalizeKey(a_.Text(s, m.begin, k)),
                ""};
    std::string key = NormalizeKey(m.surface);
    const TokenTag& last = s.tags[m.end - 1];
    int of = last.kind == TokenTag::kCountryName ? last.start - 1 : -1;
    if (of > m.begin && IsWord(s.tokens[of], "the")) --of;
    if (of <= m.begin || !IsWord(s.tokens[of], "of")) return {key, ""};
    return {std::move(key), NormalizeKey(a_.Text(s, m.begin, of))};
  }

  // "the Office of the President" and, in the same report, "the Office of the President
  // of Ukraine" (or "the President's Office") are one body; the entity takes the fuller
  // name. A body of a second country keeps its own entity.
  int SameBodyOfACountry(const Mention& m, const std::string& key, const std::string& bare) {
    if (bare.empty()) {
      const auto found = of_country_entity_.find(key);
      return found == of_country_entity_.end() ? -1 : found->second;
    }
    const auto found = institution_entity_.find(bare);
    if (found == institution_entity_.end()) return -1;
    Entity& entity = a_.entities[found->second];
    const std::string& alpha3 = a_.lexicon->countries()[m.country].alpha3;
    if (!entity.country.empty() && entity.country != alpha3) return -1;
    entity.country = alpha3;
    entity.name = m.surface;
    return found->second;
  }

  // "the Transitional Sovereignty Council" and "the Sovereignty Council", "the Libyan
  // House of Representatives" and "the House of Representatives": a body's name the
  // report also gives after modifiers (capitalised words, no "of") is that body's, when it
  // gives it so for one body only. Fills short_body_name_ (short key -> full key and name).
  void FindShortBodyNames() {
    struct Body {
      std::string_view name;  // as written
      int country = -1;       // the state it is named of, if any
      bool no_full_name = false;
    };
    // a lexicon organisation's name only stands in the way ("the Armed Forces" with "the
    // Sudanese Armed Forces" and "the Egyptian Armed Forces")
    std::map<std::string, Body> bodies;
    struct Organization {
      std::string key;  // its name as written, as a key
      int index;        // in the lexicon
    };
    std::vector<Organization> organizations;
    body_keys_.assign(a_.mentions.size(), {});
    for (std::size_t mi = 0; mi < a_.mentions.size(); ++mi) {
      const Mention& m = a_.mentions[mi];
      if (m.type != MentionType::kInstitution) continue;
      if (const int organization = ExpandedOrganization(m); organization >= 0) {
        // (its short name is its own only after its full name: "the United Nations General
        // Assembly", not "the UN Security Council" before Putin's "the Security Council")
        organizations.push_back({NormalizeKey(m.surface), organization});
        continue;
      }
      // (nor one opening with a word that ranks a person's title, "Deputy Security Council
      // Chairman X" naming no "Deputy Security Council", or with a region's, "the Arab
      // Inter-Parliamentary Union" being another body than "the Inter-Parliamentary Union")
      static const WordSet kRanks = {"deputy", "vice", "acting", "assistant", "former"};
      const Sentence& s = a_.sentences[m.sentence];
      body_keys_[mi] = InstitutionKeys(m);
      Body& body = bodies[body_keys_[mi].first];
      if (body.name.empty()) body.name = m.surface;
      body.country = std::max(body.country, m.country);
      body.no_full_name = body.no_full_name || kRanks.contains(s.tokens[m.begin].folded) ||
                          Has(s, m.begin, a_.lists->not_name_words);
    }
    if (bodies.empty() || (bodies.size() < 2 && organizations.empty())) return;
    // (a body of a state, "the Libyan House of Representatives", is the bare name's only in
    // a report from that state: in Amman "the House of Representatives" is Jordan's)
    int home = -2;  // not looked up yet
    auto ends_with_name = [](const std::string& full, const std::string& key) {
      return full.size() > key.size() + 1 && full.ends_with(key) &&
             full[full.size() - key.size() - 1] == ' ';
    };
    for (const auto& [key, body] : bodies) {
      if (key.find(' ') == std::string::npos) continue;  // ("Council" alone names no body)
      int longer = 0;
      const std::pair<const std::string, Body>* found = nullptr;
      // ("the General Assembly" after "the United Nations General Assembly": the
      // organisation's own body, whatever other forms of its name the report gives)
      std::set<int> organizations_named;
      bool named_in_full = false;
      for (const Organization& o : organizations)
        if (ends_with_name(o.key, key)) {
          organizations_named.insert(o.index);
          named_in_full =
              named_in_full || o.key == NormalizeKey(a_.lexicon->organizations()[o.index].name);
        }
      longer += static_cast<int>(organizations_named.size());
      for (const auto& other : bodies) {
        const std::string& k = other.first;
        if (!ends_with_name(k, key)) continue;
        // (modifiers only: "the Transitional", not "the Committee of the")
        const std::string padded = " " + k.substr(0, k.size() - key.size());
        bool modifiers = true;
        for (const char* word : {" of ", " for ", " and ", " on ", " to ", " in "})
          modifiers = modifiers && padded.find(word) == std::string::npos;
        if (!modifiers) continue;
        ++longer;
        found = &other;
      }
      if (longer == 1 && !found && named_in_full && body.country < 0) {
        const int organization = *organizations_named.begin();
        short_body_name_[key] = {"#" + std::to_string(organization),
                                 a_.lexicon->organizations()[organization].name};
        continue;
      }
      if (longer != 1 || !found || found->second.no_full_name) continue;
      if (found->second.country >= 0) {
        if (home == -2) home = HomeCountry(a_);
        if (found->second.country != home) continue;
      }
      short_body_name_[key] = {found->first, found->second.name};
    }
  }

  int InstitutionEntity(int mi) {
    const Mention& m = a_.mentions[mi];
    const int organization = ExpandedOrganization(m);
    auto [key, bare] = organization >= 0
                           ? std::pair{"#" + std::to_string(organization), std::string()}
                           : std::move(body_keys_[mi]);
    std::string_view name = organization >= 0
                                ? std::string_view(a_.lexicon->organizations()[organization].name)
                                : m.surface;
    if (const auto shortened = short_body_name_.find(key); shortened != short_body_name_.end()) {
      key = shortened->second.first;
      name = shortened->second.second;
      bare.clear();
    }
    auto found = institution_entity_.find(key);
    if (found == institution_entity_.end() && m.surface.size() <= 8)
      found = institution_entity_.find("acronym:" + std::string(m.surface));
    if (found != institution_entity_.end()) {
      // ("Director General of Abu Dhabi Fund for Development" in the headline, then "the
      // Abu Dhabi Fund for Development (ADFD)": the acronym the later mention defines)
      const int e = found->second;
      if (!m.acronym.empty() && institution_entity_.try_emplace("acronym:" + m.acronym, e).second)
        a_.entities[e].aliases.push_back(m.acronym);
      return e;
    }
    if (organization < 0 && (bare.empty() || m.country >= 0)) {
      if (const int same = SameBodyOfACountry(m, key, bare); same >= 0) {
        institution_entity_[key] = same;
        return same;
      }
    }
    int e = NewEntity(EntityType::kInstitution);
    a_.entities[e].name = name;
    if (m.country >= 0) a_.entities[e].country = a_.lexicon->countries()[m.country].alpha3;
    institution_entity_[key] = e;
    if (!bare.empty() && m.country >= 0) {
      // a second body of that name of another country makes the bare name ambiguous
      auto [slot, added] = of_country_entity_.try_emplace(bare, e);
      if (!added) slot->second = -1;
    }
    std::string acronym = m.acronym;
    if (organization >= 0) acronym = a_.lexicon->organizations()[organization].acronym;
    if (!acronym.empty()) {
      institution_entity_["acronym:" + acronym] = e;
      if (!m.acronym.empty()) a_.entities[e].aliases.push_back(m.acronym);
    }
    // "the U.S. Embassy in Hanoi" is also "the U.S. Embassy"
    const std::size_t in = m.surface.rfind(" in ");
    if (organization < 0 && in != std::string::npos &&
        IsDiplomaticMission(a_.sentences[m.sentence], m.begin, m.end))
      a_.entities[e].aliases.emplace_back(m.surface.substr(0, in));
    // "the National Assembly of Cambodia" is also "the National Assembly"
    if (const std::string_view of_state = NameBeforeItsState(m);
        organization < 0 && !of_state.empty())
      a_.entities[e].aliases.emplace_back(of_state);
    return e;
  }

  // The words of a body's name before "of <state>" that ends it ("National Assembly" of
  // "National Assembly of Cambodia", "Shura Council" of "Shura Council of the State of
  // Qatar"); empty when it ends otherwise, or nothing but a head word is left.
  std::string_view NameBeforeItsState(const Mention& m) const {
    const Sentence& s = a_.sentences[m.sentence];
    const TokenTag& last = s.tags[m.end - 1];
    if (last.kind != TokenTag::kCountryName || last.start <= m.begin + 2) return {};
    int of = last.start - 1;
    if (IsWord(s.tokens[of], "the")) --of;
    if (of <= m.begin + 1 || !IsWord(s.tokens[of], "of")) return {};
    const std::size_t length = s.tokens[of - 1].span.end - s.tokens[m.begin].span.begin;
    const std::size_t offset = s.tokens[m.begin].span.begin - m.span.begin;
    return std::string_view(m.surface).substr(offset, length);
  }

  int PersonEntity(int m) {
    const auto key = NameKey(a_, a_.mentions[m]);
    // ("the late President Ferdinand E. Marcos" after Ferdinand R. Marcos Jr.: other initials
    // name another person)
    // ("Minister of State for Foreign Affairs Ahmed Hassan" and "Minister of Finance Ahmed
    // Hassan Abdi": names one of which holds the other, of ministers of two portfolios)
    for (int e = 0; e < static_cast<int>(person_keys_.size()); ++e)
      if (SameFullName(key, person_keys_[e].second)) {
        if (text_internal::InitialsDiffer(a_.mentions[m].surface,
                                          a_.entities[person_keys_[e].first].name))
          continue;
        if (key != person_keys_[e].second &&
            PortfoliosDiffer(PortfolioOf(m), EntityPortfolio(person_keys_[e].first, m)))
          continue;
        // ("the Governor's late father, Sir Joseph Tambua" after Joseph Kalem Tambua: a
        // relative one is named after)
        if (key != person_keys_[e].second && NamedAsARelative(a_, a_.mentions[m])) continue;
        if (key.size() > person_keys_[e].second.size()) person_keys_[e].second = key;
        return person_keys_[e].first;
      }
    // "Abdel Kader" after Hesham Mostafa Abdel Kader, "Ag Akhamouk" after Mossa Ag
    // Akhamouk: a compound surname of the one person named before with it (not "the late
    // Marshal Idriss Deby Itno" after Mahamat Idriss Deby Itno: the father a son is named
    // after)
    if (IsDeceased(a_, a_.mentions[m])) return NewPersonEntity(key);
    int tail_of = -1;
    for (const auto& [e, full] : person_keys_) {
      if (full.size() <= key.size() || !std::equal(key.rbegin(), key.rend(), full.rbegin()))
        continue;
      // ("King Salman bin Abdulaziz" after Mohammed bin Salman bin Abdulaziz: the father)
      if (const auto fathers = fathers_.find(e);
          fathers != fathers_.end() && fathers->second.contains(key.front()))
        continue;
      if (tail_of >= 0) return NewPersonEntity(key);  // two such persons: neither
      tail_of = e;
    }
    if (tail_of >= 0) return tail_of;
    return NewPersonEntity(key);
  }

  // "the Prime Minister's chief adviser X attended ... from the Nepali side": the state
  // (lexicon index) of the side the sentence of a possessed office names; -1 for none.
  int PossessorsSide(const Mention& m) const {
    const Sentence& s = a_.sentences[m.sentence];
    const int n = static_cast<int>(s.tokens.size());
    if (m.end >= n || !IsPossessive(s.tokens[m.end])) return -1;
    for (int i = 1; i < n; ++i)
      if (IsWord(s.tokens[i], "side"))
        if (const int c = MentionAt(a_, m.sentence, i - 1);
            c >= 0 && a_.mentions[c].type == MentionType::kCountry && a_.mentions[c].end == i)
          return a_.mentions[c].country;
    return -1;
  }

  // The folded words of the office a person mention held formerly, between "former" (or
  // "ex-") and the name: "former Nigerian President X" -> "nigerian president"; "" for none.
  std::string FormerTitle(const Mention& m) const {
    if (!HeldFormerly(a_, m)) return "";
    const Sentence& s = a_.sentences[m.sentence];
    std::string words;
    for (int k = m.begin - 1; k >= std::max(0, m.begin - 4); --k) {
      std::string_view w = s.tokens[k].folded;
      const bool ex = w.starts_with("ex-");
      if (ex) w.remove_prefix(3);
      if (w != "former") words = std::string(w) + (words.empty() ? "" : " ") + words;
      if (ex || w == "former") break;
    }
    return words;
  }

  // The portfolio a minister's role gives mention m (see MinisterPortfolio), or "".
  std::string PortfolioOf(int m) const {
    for (const std::string& role : a_.mentions[m].roles)
      if (std::string portfolio = MinisterPortfolio(role); !portfolio.empty()) return portfolio;
    return {};
  }

  // The portfolio the mentions of person e before mention m give him, or "".
  std::string EntityPortfolio(int e, int m) const {
    for (int k = 0; k < m; ++k)
      if (a_.mentions[k].entity == e && a_.mentions[k].type == MentionType::kPerson)
        if (std::string portfolio = PortfolioOf(k); !portfolio.empty()) return portfolio;
    return {};
  }

  int NewPersonEntity(const std::vector<std::string>& key) {
    int e = NewEntity(EntityType::kPerson);
    person_keys_.emplace_back(e, key);
    return e;
  }

  // "Hamdan bin Mohamed bin Zayed": the names after "bin", "bint" or "ibn" in a mention,
  // which are its father's and forefathers', not its own; not the last ("Masud Bin Momen":
  // a surname, as it may be). "Ilham Heydar oglu Aliyev", "Turgunbek uulu": the name
  // before "oglu" or "uulu".
  std::vector<std::string_view> FathersNames(const Mention& m) const {
    const Sentence& s = a_.sentences[m.sentence];
    std::vector<std::string_view> out;
    for (int i = m.begin + 1; i < m.end; ++i) {
      if (i + 1 < m.end && IsPatronymicParticle(s.tokens[i - 1])) out.push_back(s.tokens[i].folded);
      if (text_internal::IsPatronymicSuffixWord(s.tokens[i].folded))
        out.push_back(s.tokens[i - 1].folded);
    }
    return out;
  }

  // Whether a mention's titles make a monarch ("His Majesty Sultan Ibrahim") or one who
  // governs ("Prime Minister Anwar Ibrahim"): two persons, whatever their names share.
  enum class Rule { kNone, kMonarch, kGovernment };
  Rule RuleOf(const Mention& m) const {
    for (const std::string& head : m.title_heads) {
      if (TitleInList(*a_.lexicon, head, "government_head_titles")) return Rule::kGovernment;
      if (TitleInList(*a_.lexicon, head, "state_head_titles") && head != "president")
        return Rule::kMonarch;
    }
    return Rule::kNone;
  }

  // "Sultan Ibrahim": a monarch named by one word goes by it with the royal title right
  // before it; anyone else by the words of the mention.
  std::string MonarchsName(const Mention& m) const {
    const Sentence& s = a_.sentences[m.sentence];
    if (m.end - m.begin == 1 && m.begin > 0 && s.tags[m.begin - 1].kind == TokenTag::kTitle &&
        s.tags[m.begin - 1].length == 1 &&
        a_.lexicon->title_kind(s.tags[m.begin - 1].index) == "royal")
      return std::string(s.tokens[m.begin - 1].text) + " " + std::string(m.surface);
    return std::string(m.surface);
  }

  // Surname-only and given-name-only mentions, in text order.
  void ResolveShortPersons() {
    std::vector<int> seen(a_.entities.size(), 0);
    std::vector<int> last_seen(a_.entities.size(), -1);
    // what the full names made them, looked up only when a short name is titled so
    std::vector<Rule> rule(a_.entities.size(), Rule::kNone);
    const bool ruling_short_name =
        std::any_of(a_.mentions.begin(), a_.mentions.end(), [&](const Mention& m) {
          return m.type == MentionType::kPerson && m.entity < 0 && m.surname_only &&
                 RuleOf(m) != Rule::kNone;
        });
    for (const Mention& mention : a_.mentions)
      if (ruling_short_name && mention.type == MentionType::kPerson && mention.entity >= 0 &&
          rule[mention.entity] == Rule::kNone)
        rule[mention.entity] = RuleOf(mention);
    for (int m = 0; m < static_cast<int>(a_.mentions.size()); ++m) {
      Mention& mention = a_.mentions[m];
      if (mention.type != MentionType::kPerson) continue;
      if (mention.entity >= 0) { ++seen[mention.entity]; last_seen[mention.entity] = m; continue; }
      if (!mention.surname_only) continue;
      const auto key = NameKey(a_, mention);
      if (key.empty()) continue;
      const std::string& part = key.back();
      // the matching person mentioned most so far; two equally likely namesakes
      // ("Khalifa Haftar and ... Saddam Haftar received ... Haftar praised") are ambiguous
      int best = -1;
      bool tie = false;
      std::vector<int> namesakes;
      std::vector<int> last_named;  // namesakes whose name ends with the word
      bool first_named = false;     // one whose name opens with it
      std::vector<int> opened_by;   // namesakes whose name opens with the word
      const std::string_view bare_part = BareSurname(part);
      // ("Sheikh Mohamed" is Mohamed bin Zayed, not Hamdan bin Mohamed: a father's name
      // names the son only after "bin", as in "Bin Salman")
      const bool patronymic = !FathersNames(mention).empty();
      const Rule mention_rule = RuleOf(mention);
      for (const auto& [e, key] : person_keys_) {
        const auto fathers = fathers_.find(e);
        bool match = std::any_of(key.begin(), key.end(), [&](const std::string& k) {
          return BareSurname(k) == bare_part &&
                 (patronymic || fathers == fathers_.end() || !fathers->second.contains(k));
        });
        if (!match) continue;
        // ("His Majesty Sultan Ibrahim" is not Prime Minister Anwar Ibrahim)
        if (e < static_cast<int>(rule.size()) && mention_rule != Rule::kNone &&
            rule[e] != Rule::kNone && mention_rule != rule[e])
          continue;
        namesakes.push_back(e);
        // (the surname before a generational suffix: "Marcos" of "Ferdinand R. Marcos Jr.")
        const bool suffixed = key.size() >= 2 && text_internal::IsGenerationalSuffix(key.back());
        if (BareSurname(key[key.size() - (suffixed ? 2 : 1)]) == bare_part) last_named.push_back(e);
        // (one whose name opens with the word may put the family name first: "Kim Gunn")
        if (BareSurname(key.front()) == bare_part) {
          first_named = true;
          opened_by.push_back(e);
        }
        if (best < 0 || seen[e] > seen[best]) {
          best = e;
          tie = false;
        } else if (seen[e] == seen[best]) {
          tie = true;
        }
      }
      // "President Sall", after President Macky Sall and Foreign Minister Aissata Tall
      // Sall; "President Abbas", after President Mahmoud Abbas and General Abbas Kamel,
      // named more often: of the namesakes, the one who was given that title
      int holder = -1;
      // "Sheikh Salem" after Salem Fahad Al-Sabah and his father Fahad Salem Al-Sabah: the
      // one whose given name it is, when no name ends with it
      if (namesakes.size() > 1 && opened_by.size() == 1 && last_named.empty()) {
        best = holder = opened_by.front();
        tie = false;
      }
      if (holder < 0 && (tie || (namesakes.size() > 1 && !mention.title_heads.empty()))) {
        if (holder = OnlyTitleHolder(namesakes, mention.title_heads); holder >= 0) {
          best = holder;
          tie = false;
        }
      }
      // "Al-Alimi" after Rashad Mohammed Al-Alimi and Abdullah Al-Alimi Bawazeer, "Omar"
      // after Abdoulkader Houssein Omar and Ismail Omar Guelleh (named more often): of those
      // whose name ends with it, the one mentioned most, not one who holds it inside
      if (holder < 0 && !first_named && !last_named.empty() &&
          last_named.size() < namesakes.size()) {
        best = last_named.front();
        tie = false;
        for (std::size_t k = 1; k < last_named.size(); ++k)
          if (seen[last_named[k]] > seen[best]) {
            best = last_named[k];
            tie = false;
          } else if (seen[last_named[k]] == seen[best]) {
            tie = true;
          }
      }
      if (tie) continue;
      // "Jokowi" for Joko Widodo, "MBS" for Mohammed bin Salman: a one-word name made of
      // the opening letters of another's name words
      if (best < 0 && mention.end - mention.begin == 1) best = ContractedNameOf(mention);
      if (best < 0 && mention.titled && !EndsInPlaceWord(mention)) {
        best = NewEntity(EntityType::kPerson);
        person_keys_.emplace_back(best, NameKey(a_, mention));
        seen.push_back(0);
        last_seen.push_back(-1);
      }
      if (best < 0) continue;
      Join(m, best);
      ++seen[best];
      last_seen[best] = m;
      if (a_.entities[best].name.empty()) a_.entities[best].name = MonarchsName(mention);
    }
  }

  // The one person named so far whose name the one word of `mention` contracts (see
  // Contracts), or -1.
  int ContractedNameOf(const Mention& mention) const {
    const Token& t = a_.sentences[mention.sentence].tokens[mention.begin];
    if (t.text.size() < 3) return -1;
    int found = -1;
    for (int e = 0; e < static_cast<int>(a_.entities.size()); ++e) {
      const std::string& name = a_.entities[e].name;
      // (a cheap look at the first letter before the words are folded)
      if (a_.entities[e].type != EntityType::kPerson || name.empty() ||
          std::tolower(static_cast<unsigned char>(name[0])) !=
              std::tolower(static_cast<unsigned char>(t.text[0])))
        continue;
      std::vector<std::string> words;
      const std::string folded = Fold(name);
      for (std::string_view rest = folded; !rest.empty();) {
        const std::size_t space = rest.find(' ');
        words.emplace_back(rest.substr(0, space));
        rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
      }
      if (words.size() < 2 || !Contracts(t.folded, t.all_caps ? 1 : 2, words, 0)) continue;
      if (found >= 0) return -1;
      found = e;
    }
    return found;
  }

  // Whether `word` is the opening letters of words[at], words[at + 1], ..., in order, at
  // least two of them, each `least` letters or more (initials: exactly one).
  static bool Contracts(std::string_view word, std::size_t least,
                        const std::vector<std::string>& words, std::size_t at) {
    if (word.empty()) return at >= 2;
    if (at >= words.size()) return false;
    const std::size_t most = least == 1 ? 1 : std::min(word.size(), words[at].size());
    for (std::size_t length = least; length <= most; ++length)
      if (words[at].compare(0, length, word.substr(0, length)) == 0 &&
          Contracts(word.substr(length), least, words, at + 1))
        return true;
    return false;
  }

  // The one entity of `candidates` a person mention joined to it so far was given one of
  // `heads` for, or -1.
  int OnlyTitleHolder(const std::vector<int>& candidates,
                      const std::vector<std::string>& heads) const {
    auto given_one = [&](const Mention& m) {
      return std::find_first_of(m.title_heads.begin(), m.title_heads.end(), heads.begin(),
                                heads.end()) != m.title_heads.end();
    };
    int holder = -1;
    for (int e : candidates) {
      const bool holds = std::any_of(a_.mentions.begin(), a_.mentions.end(), [&](const Mention& m) {
        return m.entity == e && given_one(m);
      });
      if (!holds) continue;
      if (holder >= 0) return -1;
      holder = e;
    }
    return holder;
  }

  // What a mention's role ties it to: the entities named (institutions, countries,
  // persons) and the countries behind them.
  std::set<int> TiesOf(const Mention& m) const {
    std::set<int> out;
    for (int aff : m.affiliations) {
      const Mention& target = a_.mentions[aff];
      if (target.entity >= 0) out.insert(target.entity);
      if (target.type == MentionType::kCountry || target.type == MentionType::kInstitution)
        if (target.country >= 0) out.insert(-1 - target.country);  // countries as negatives
    }
    return out;
  }

  // "the Deputy Commander-in-Chief" -> the one person holding that title; "the
  // President of Russia" never joins the President of Uzbekistan, nor "the President
  // of the European Commission" the President of Ukraine. A leader's title naming a
  // country that nobody titled holds goes to the one person named with no title at all
  // (Kremlin readouts name "Vladimir Putin" bare and call him "the President of Russia").
  void ResolveRoleOnly() {
    const int home = HomeCountry(a_);
    std::optional<int> delegation_head;  // (looked for once a role asks for it)
    std::map<int, std::set<int>> ties;
    for (const Mention& mention : a_.mentions)
      if (mention.type == MentionType::kPerson && mention.entity >= 0)
        for (int t : TiesOf(mention)) ties[mention.entity].insert(t);
    // (a known leader or minister the report ties to nothing is tied to his state: "the
    // Mauritanian leader" is not President Prabowo Subianto)
    for (int e = 0; e < static_cast<int>(a_.entities.size()); ++e)
      if (a_.entities[e].type == EntityType::kPerson && ties[e].empty())
        if (const int country = KnownOfficeHolderCountry(a_, e); country >= 0)
          ties[e].insert(-1 - country);
    auto compatible = [&](int e, const std::set<int>& wanted) {
      if (wanted.empty() || ties[e].empty()) return true;
      for (int t : wanted)
        if (ties[e].contains(t)) return true;
      return false;
    };
    // Where each person is first named. A role of its own does not refer ahead to a name
    // later in its sentence ("thanked the Iranian leader ... to convey his best wishes to
    // Supreme Leader X"), except in the headline; one inside another's role may ("Chief
    // of Staff to the President of the French Republic, ..., envoy of President Macron").
    // Nor does it refer to one a later sentence introduces with a title of his own ("the
    // Director General of the national oil company X, B. ... the Director General of the
    // Hydrocarbons Company, C": not C), save a state's leader, whom Kremlin readouts call
    // "The President" before they name him ("President of Russia Vladimir Putin: ...").
    constexpr std::pair<int, int> kNever{INT_MAX, INT_MAX};  // (sentence, token)
    std::vector<std::pair<int, int>> first_named(a_.entities.size(), kNever);
    std::vector<bool> first_titled(a_.entities.size(), false);
    for (const Mention& mention : a_.mentions)
      if (mention.type == MentionType::kPerson && mention.entity >= 0 &&
          std::pair{mention.sentence, mention.begin} < first_named[mention.entity]) {
        first_named[mention.entity] = {mention.sentence, mention.begin};
        first_titled[mention.entity] = mention.titled;
      }
    auto named_later = [&](int e, const Mention& role) {
      const auto [sentence, token] = first_named[e];
      return !role.embedded && !a_.sentences[role.sentence].is_title &&
             ((sentence == role.sentence && token > role.begin) ||
              (sentence > role.sentence && first_titled[e] &&
               !LeadsAState(*a_.lexicon, role.title_head)));
    };
    // the title is now known to be the holder's, and so are its ties: "Petr Fiala",
    // untitled, then "the Prime Minister of the Czech Republic", is no longer free to be
    // "the President of Ukraine"; "President of France", then "the Russian President" is
    // someone else
    auto give_role = [&](int m, int holder, const std::set<int>& wanted) {
      Join(m, holder);
      title_heads_[holder].insert(a_.mentions[m].title_head);
      ties[holder].insert(wanted.begin(), wanted.end());
    };
    for (int m = 0; m < static_cast<int>(a_.mentions.size()); ++m) {
      Mention& mention = a_.mentions[m];
      if (mention.type != MentionType::kRoleOnly || mention.title_head.empty()) continue;
      // "the leaders of the EU member states", "heads of mission": a group, not one person
      if (IsPluralTitle(mention.title_head)) continue;
      std::set<int> wanted = TiesOf(mention);
      if (const int side = PossessorsSide(mention); wanted.empty() && side >= 0)
        wanted.insert(-1 - side);
      const auto& tokens = a_.sentences[mention.sentence].tokens;
      // "sends regards to Father Emir": a title right after a word for a parent is the
      // parent's, not the one who holds the title itself (but "Brother Leader" is how one
      // leader is called, as one calls another "his brother")
      if (mention.begin > 0 && (IsWord(tokens[mention.begin - 1], "father") ||
                                IsWord(tokens[mention.begin - 1], "mother")))
        continue;
      // "the head of the Malaysian delegation": whom the report names as its head
      if (mention.title_head == "head" && mention.end < static_cast<int>(tokens.size()) &&
          IsWord(tokens[mention.end], "delegation")) {
        if (!delegation_head) delegation_head = DelegationHead(a_);
        if (*delegation_head >= 0) {
          give_role(m, *delegation_head, wanted);
          continue;
        }
      }
      // "congratulated B on her election as President of Hungary": the office someone
      // was elected to is theirs, whoever holds the title elsewhere (nobody's when the
      // sentence names no one before it)
      if (const int election = AfterElection(mention); election > 0) {
        if (const int elected = ElectedOne(mention, election == 2); elected >= 0)
          give_role(m, elected, wanted);
        continue;
      }
      // "Greek Foreign Minister" is the Greek "Minister of Foreign Affairs" of the report
      // before it is a minister of no stated country
      if (int tied = TiedNamesake(mention, wanted, ties); tied >= 0) {
        Join(m, tied);
        continue;
      }
      std::vector<int> holders;
      // "the Iranian President-elect" is the one the report calls President of Iran
      std::string_view wanted_head = mention.title_head;
      for (std::string_view suffix : {"-elect", "-designate"})
        if (wanted_head.ends_with(suffix)) wanted_head.remove_suffix(suffix.size());
      // ("the Serbian leader": whoever leads that state, president or prime minister)
      const bool any_leader = wanted_head == "leader" && !wanted.empty();
      // ("the IOM chief": whoever heads or serves the organisation the role names)
      const bool any_head = (wanted_head == "chief" || wanted_head == "head") &&
                            std::any_of(wanted.begin(), wanted.end(), [](int t) { return t >= 0; });
      // ("the Jamaican Education Minister": a minister whose role names that portfolio
      // first, "Minister of Education, Skills, Youth and Information")
      const std::string wanted_portfolio = FullMinistersPortfolio(wanted_head);
      // (an office held as a counterpart only when no one is given the title itself)
      for (const auto* titled : {&title_heads_, &counterpart_heads_}) {
        if (!holders.empty()) break;
        for (const auto& [e, heads] : *titled) {
          const std::set<int>& tied = ties[e];  // (clang-14 lets no lambda capture e itself)
          const bool holds_portfolio = HoldsPortfolio(e, wanted_portfolio);
          const bool of_the_body =
              any_head && std::any_of(wanted.begin(), wanted.end(),
                                      [&](int t) { return t >= 0 && tied.contains(t); });
          const bool holds =
              of_the_body || std::any_of(heads.begin(), heads.end(), [&](const std::string& head) {
                return TitleHeadHolds(head, wanted_head) ||
                       (head == "minister" && holds_portfolio) ||
                       (any_leader && LeadsAState(*a_.lexicon, head));
              });
          if (holds && compatible(e, wanted) && !named_later(e, mention) &&
              !(ties[e].empty() && !wanted.empty() && HoldsItOfElsewhere(e, wanted_head)))
            holders.push_back(e);
        }
      }
      // "conveyed the greetings of King Charles III to His Majesty": with no one given the
      // honorific, "His Majesty" is a king's or sultan's (the "her majesty" of a queen
      // and "the Sovereign" likewise), of two the one not named in its own sentence
      // ("the Sovereign" refers back, to a monarch named before it)
      if (holders.empty() && (wanted_head == "his majesty" || wanted_head == "her majesty" ||
                              wanted_head == "sovereign" || wanted_head == "monarch"))
        holders = MonarchsFor(mention, [&](int e) {
          return compatible(e, wanted) && !named_later(e, mention) &&
                 (wanted_head != "sovereign" ||
                  first_named[e] < std::pair{mention.sentence, mention.begin});
        });
      // "The Head of State congratulated ...": the report's first person who may be one
      // (untitled, or a president or monarch; for the head of government a prime minister
      // too; not a governor)
      // ("the Mauritanian Head of State": one tied to Mauritania first, else one tied to
      // no other state)
      const bool state_head = mention.title_head == "head of state";
      if (holders.empty() && (state_head || mention.title_head == "head of government" ||
                              mention.title_head == "government leader")) {
        for (bool tied : {true, false})
          for (int k = 0; k < m && holders.empty(); ++k) {
            const int e = a_.mentions[k].entity;
            if (e >= 0 && !a_.mentions[k].embedded && a_.entities[e].type == EntityType::kPerson &&
                MayLeadAState(e, state_head) && compatible(e, wanted) &&
                (!tied || (!wanted.empty() && !ties[e].empty())))
              holders.push_back(e);
          }
      }
      // ("a Special Envoy of the Emir of the State of Qatar, ..., greetings of His Highness
      // Sheikh Tamim bin Hamad Al-Thani": the state's leader the lexicon knows, whatever
      // honorifics he bears, unless the report gives him another office that leads a
      // state; else those the report gives no title)
      if (holders.empty() && IsLeaderOfCountry(mention, wanted)) {
        auto leads_otherwise = [&](int e) {
          const auto heads = title_heads_.find(e);
          return heads != title_heads_.end() &&
                 std::any_of(heads->second.begin(), heads->second.end(), [&](const auto& head) {
                   return LeadsAState(*a_.lexicon, head) && !TitleHeadHolds(head, wanted_head);
                 });
        };
        for (int e = 0; e < static_cast<int>(a_.entities.size()); ++e)
          if (const int led = a_.entities[e].type == EntityType::kPerson
                                  ? a_.lexicon->LeaderCountry(a_.entities[e].name)
                                  : -1;
              led >= 0 && wanted.contains(-1 - led) && !leads_otherwise(e))
            holders.push_back(e);
        // (of several, those the report gives no title: "Crown Prince X and Vice President,
        // Prime Minister of the UAE ... Y": Y, whose titles are the role's own)
        if (holders.size() > 1) {
          std::vector<int> untitled;
          for (int e : holders)
            if (!title_heads_.contains(e)) untitled.push_back(e);
          if (!untitled.empty()) holders = std::move(untitled);
        }
        for (int e = 0; e < static_cast<int>(a_.entities.size()) && holders.empty(); ++e)
          if (a_.entities[e].type == EntityType::kPerson && !title_heads_.contains(e) &&
              compatible(e, wanted))
            holders.push_back(e);
      }
      // a holder tied to what the role names beats one tied to nothing
      if (holders.size() > 1 && !wanted.empty()) {
        std::vector<int> tied;
        for (int e : holders)
          if (!ties[e].empty()) tied.push_back(e);
        if (!tied.empty()) holders = tied;
      }
      // "the Burkinabe leader" in a report from Ouagadougou, none of several leaders tied
      // to a state yet: the report's own, when it is the first person it names
      if (any_leader && holders.size() > 1 && home >= 0 && wanted.contains(-1 - home) &&
          std::all_of(holders.begin(), holders.end(), [&](int e) { return ties[e].empty(); })) {
        const auto first = std::min_element(first_named.begin(), first_named.end());
        const int first_person = static_cast<int>(first - first_named.begin());
        if (std::find(holders.begin(), holders.end(), first_person) != holders.end())
          holders = {first_person};
      }
      // "The President also received ..." in a report from Mogadishu: a bare leader's
      // title is the home state's leader's, not the "UAE President" named with his state
      // (bare: "the President of the Commission" is no state's leader)
      const Sentence& said = a_.sentences[mention.sentence];
      const bool bare = mention.end >= static_cast<int>(said.tokens.size()) ||
                        !IsWord(said.tokens[mention.end], "of");
      // ("Head of State receives ..." in a report from Luanda, the one given that title
      // being Portugal's: the report's first person who may lead a state and is tied to
      // no other)
      if (!holders.empty() && wanted.empty() && bare && home >= 0 &&
          LeadsAState(*a_.lexicon, wanted_head)) {
        auto elsewhere = [&](int e) {
          const auto& tied = ties[e];
          return !tied.contains(-1 - home) &&
                 std::any_of(tied.begin(), tied.end(), [](int t) { return t < 0; });
        };
        std::vector<int> own;
        for (int e : holders)
          if (!elsewhere(e)) own.push_back(e);
        if (own.empty() && state_head)
          for (const Mention& k : a_.mentions)
            if (const int e = k.entity; e >= 0 && !k.embedded && k.type == MentionType::kPerson &&
                                        MayLeadAState(e, state_head) && !elsewhere(e)) {
              own.push_back(e);
              break;
            }
        if (!own.empty() && (holders.size() > 1 || state_head)) holders = own;
      }
      // "the ambassador": one posted somewhere ("Ambassador of Kuwait to Sudan") before an
      // official who only bears the rank ("the Acting Minister, Ambassador Ali Al-Sadiq")
      if (holders.size() > 1 && wanted_head == "ambassador") {
        std::vector<int> posted;
        for (int e : holders)
          for (const std::string& role : a_.entities[e].roles)
            if (const std::string folded = Fold(role);
                folded != "ambassador" && folded.find("ambassador") != std::string::npos) {
              posted.push_back(e);
              break;
            }
        if (!posted.empty()) holders = posted;
      }
      // "congratulated His Highness": a bare honorific refers back, to one named before it
      const bool honorific =
          mention.title_head.starts_with("his ") || mention.title_head.starts_with("her ");
      if (honorific)
        std::erase_if(holders, [&](int e) {
          return first_named[e] >= std::pair{mention.sentence, mention.begin};
        });
      // "the President of the Transition" is the one given that very title before, of
      // several presidents (a title with a complement: not a bare "the President")
      if (const std::string wanted_role = mention.roles.empty() ? "" : Fold(mention.roles.front());
          holders.size() > 1 && wanted_role.find(" of ") != std::string::npos) {
        std::vector<int> same_title;
        for (int e : holders)
          for (const std::string& role : a_.entities[e].roles)
            if (Fold(role) == wanted_role) {
              same_title.push_back(e);
              break;
            }
        if (same_title.size() == 1) holders = same_title;
      }
      // "President Boric asked her to convey his greetings to the Argentine President":
      // of several holders, the description is not the subject of its own sentence (but
      // "His Highness the Amir received X, who handed a message to His Highness" is)
      if (holders.size() > 1 && !honorific && !a_.sentences[mention.sentence].is_title) {
        const int subject = SentenceSubject(mention.sentence);
        if (subject >= 0 && a_.mentions[subject].begin < mention.begin)
          std::erase(holders, a_.mentions[subject].entity);
      }
      // ("asked his guest to convey the President's greetings to Ghazouani": a possessive
      // title is not one the sentence names by his name after it, when another may be meant)
      const Sentence& its = a_.sentences[mention.sentence];
      if (holders.size() > 1 && !honorific && mention.end < static_cast<int>(its.tokens.size()) &&
          IsPossessive(its.tokens[mention.end])) {
        std::vector<int> unnamed = holders;
        std::erase_if(unnamed, [&](int e) {
          return std::any_of(a_.mentions.begin(), a_.mentions.end(), [&](const Mention& other) {
            return other.entity == e && other.sentence == mention.sentence &&
                   other.begin >= mention.end && other.type == MentionType::kPerson &&
                   !other.embedded;
          });
        });
        if (!unnamed.empty()) holders = unnamed;
      }
      if (holders.size() > 1) {
        RecordSalience(m);
        holders = {MostSalient(holders, m)};
      }
      if (holders.size() == 1 && holders.front() >= 0) give_role(m, holders.front(), wanted);
    }
  }

  // The persons holding a king's, queen's or sultan's title (not "the late King Hussein")
  // whom `allowed` admits, for a bare "His Majesty"; of several, those not named in its
  // sentence if any are.
  template <typename Allowed>
  std::vector<int> MonarchsFor(const Mention& mention, Allowed allowed) const {
    std::vector<int> monarchs;
    for (const auto& [e, heads] : title_heads_)
      if (std::any_of(heads.begin(), heads.end(),
                      [](const std::string& head) {
                        return !head.starts_with("late ") && !head.starts_with("former ") &&
                               (TitleHeadHolds(head, "king") || TitleHeadHolds(head, "queen") ||
                                TitleHeadHolds(head, "sultan"));
                      }) &&
          allowed(e))
        monarchs.push_back(e);
    std::vector<int> elsewhere;
    for (int e : monarchs)
      if (std::none_of(a_.mentions.begin(), a_.mentions.end(), [&](const Mention& other) {
            return other.entity == e && other.sentence == mention.sentence;
          }))
        elsewhere.push_back(e);
    return elsewhere.empty() || monarchs.size() < 2 ? monarchs : elsewhere;
  }

  // "President of the Republic of Abkhazia", a place no lexicon names: the one who holds
  // the title of somewhere is not "the President of Russia".
  bool HoldsItOfElsewhere(int e, std::string_view head) const {
    // (a head of state's or government's title: "Minister of Foreign Affairs" names a
    // portfolio, not a place)
    if (!LeadsAState(*a_.lexicon, head)) return false;
    const std::string prefix = std::string(head) + " of ";
    for (const std::string& role : a_.entities[e].roles)
      if (Fold(role).starts_with(prefix)) return true;
    return false;
  }

  // A role right after "election as", "re-election as", "elections of" (1), "elected
  // as" (2); 0 otherwise.
  int AfterElection(const Mention& mention) const {
    const Sentence& s = a_.sentences[mention.sentence];
    int i = mention.begin - 1;
    if (i >= 0 && IsWord(s.tokens[i], "the")) --i;
    if (i < 1 || !(IsWord(s.tokens[i], "as") || IsWord(s.tokens[i], "for") ||
                   IsWord(s.tokens[i], "of")))
      return 0;
    const std::string_view word = s.tokens[i - 1].folded;
    if (!word.starts_with("elect") && !word.starts_with("re-elect")) return 0;
    return word.ends_with("ed") ? 2 : 1;
  }

  // Who was elected to the office the role names: the person last named before it in
  // its sentence ("Marcos was elected as President"), not the subject of an election
  // named as a noun ("A congratulated B on his election as"); -1 when that person was
  // found to be no one, or for the subject alone ("A congratulated the winner of the
  // elections of President of Chile").
  int ElectedOne(const Mention& mention, bool verb) const {
    int found = -1, at = -1, first = INT_MAX;
    for (const Mention& other : a_.mentions)
      if (other.sentence == mention.sentence && other.type == MentionType::kPerson &&
          other.begin < mention.begin) {
        first = std::min(first, other.begin);
        if (other.begin > at) found = other.entity, at = other.begin;
      }
    return verb || at > first ? found : -1;
  }

  // A person with no title in the report, or one whose title (or its leading words) is a
  // state's head or head of government ("president", "king", "prime minister"); with
  // `state_head`, a state's head only (a prime minister is no head of state).
  bool MayLeadAState(int entity, bool state_head) const {
    const auto found = title_heads_.find(entity);
    if (found == title_heads_.end() || found->second.empty()) return true;
    return std::any_of(found->second.begin(), found->second.end(), [&](const std::string& head) {
      return state_head ? TitleInList(*a_.lexicon, head, "state_head_titles")
                        : LeadsAState(*a_.lexicon, head);
    });
  }

  // Whether a role of person e names `portfolio` first ("Minister of Education, Skills, Youth
  // and Information" names "education").
  bool HoldsPortfolio(int e, std::string_view portfolio) const {
    if (portfolio.empty()) return false;
    return std::any_of(a_.entities[e].roles.begin(), a_.entities[e].roles.end(),
                       [&](const std::string& role) {
                         const std::string have = MinisterPortfolio(role);
                         return have.starts_with(portfolio) &&
                                (have.size() == portfolio.size() || have[portfolio.size()] == ' ');
                       });
  }

  // The person tied to what the role names whose roles share most words with it and
  // hold its last word ("Greek Foreign Minister" ~ "Greek Minister of Foreign Affairs",
  // not "Greek Prime Minister"); -1 when there is none or a tie.
  int TiedNamesake(const Mention& mention, const std::set<int>& wanted,
                   std::map<int, std::set<int>>& ties) const {
    if (wanted.empty()) return -1;
    std::vector<std::string> words;
    for (std::size_t i = 0, j; i < mention.title_head.size(); i = j + 1) {
      j = mention.title_head.find(' ', i);
      if (j == std::string::npos) j = mention.title_head.size();
      words.push_back(mention.title_head.substr(i, j - i));
    }
    const bool deputy = std::find(words.begin(), words.end(), "vice") != words.end() ||
                        std::find(words.begin(), words.end(), "deputy") != words.end();
    const bool leads_a_state = LeadsAState(*a_.lexicon, mention.title_head);
    int found = -1, best = 0;
    bool tie = false;
    for (const auto& [person, heads] : title_heads_) {
      const int e = person;  // a plain copy: lambdas cannot capture structured bindings (clang 14)
      if (!std::any_of(wanted.begin(), wanted.end(), [&](int t) { return ties[e].contains(t); }))
        continue;
      // (a deputy's title names another office: the "Vice Minister of Foreign Affairs" is
      // not "the Lao Foreign Minister")
      // (a state's head's title whole: the "Japanese Prime Minister" is no Minister of
      // Foreign Affairs of Japan)
      const bool holds = std::any_of(heads.begin(), heads.end(), [&](const std::string& h) {
        const std::string padded = " " + h + " ";
        if (leads_a_state && padded.find(" " + mention.title_head + " ") == std::string::npos)
          return false;
        const std::size_t at = padded.find(" " + words.back() + " ");
        if (at == std::string::npos) return false;
        const std::string_view before = std::string_view(padded).substr(0, at + 1);
        return deputy || !(before.ends_with(" vice ") || before.ends_with(" deputy "));
      });
      if (!holds) continue;  // the title itself, not a complement ("Adviser to the President")
      std::string roles = " ";
      for (const auto& role : a_.entities[e].roles) roles += Fold(role) + " ";
      int shared = 0;
      for (const auto& word : words) shared += roles.find(" " + word + " ") != std::string::npos;
      if (shared > best) best = shared, found = e, tie = false;
      else if (shared == best) tie = true;
    }
    return tie ? -1 : found;
  }

  // "the President of Russia": one capitalised leader's title tied to a country.
  bool IsLeaderOfCountry(const Mention& mention, const std::set<int>& wanted) const {
    static const std::set<std::string> kLeaders = {"president", "prime minister", "king",
                                                   "emir", "amir", "chancellor", "premier"};
    if (!kLeaders.contains(mention.title_head)) return false;
    const Token& first = a_.sentences[mention.sentence].tokens[mention.begin];
    return first.capitalized && std::any_of(wanted.begin(), wanted.end(), [](int t) { return t < 0; });
  }

  // Of several people holding one title, the one most recently the subject of a
  // sentence (its first person) before mention m; failing that, the one mentioned
  // last before it; -1 when none was mentioned before it. Linear in the holders:
  // the running records are kept by RecordSalience as mentions are resolved.
  int MostSalient(const std::vector<int>& holders, int m) const {
    int best = -1, best_subject = -1, best_any = -1, best_any_entity = -1;
    for (int e : holders) {
      auto it = salience_.find(e);
      if (it == salience_.end()) continue;
      const auto& [subject_sentence, last_mention] = it->second;
      if (subject_sentence > best_subject) best_subject = subject_sentence, best = e;
      if (last_mention < m && last_mention > best_any) best_any = last_mention, best_any_entity = e;
    }
    return best >= 0 ? best : best_any_entity;
  }

  // Builds, in text order, each person's last sentence as subject and last mention.
  void RecordSalience(int upto) {
    for (; salience_next_ < upto; ++salience_next_) {
      const Mention& mention = a_.mentions[salience_next_];
      if (mention.entity < 0 || mention.embedded ||
          a_.entities[mention.entity].type != EntityType::kPerson)
        continue;
      auto& record = salience_.try_emplace(mention.entity, -1, -1).first->second;
      record.second = salience_next_;
      if (SentenceSubject(mention.sentence) == salience_next_) record.first = mention.sentence;
    }
  }

  // The first person mention of sentence si (computed once per sentence), or -1; past a
  // phrase the sentence opens with ("During the meeting with PM Modi, PM Oli raised"), and
  // none when a verb comes before it ("The Korean delegation included A").
  int SentenceSubject(int si) {
    if (subjects_.empty()) {
      subjects_.assign(a_.sentences.size(), -1);
      std::vector<int> openings(a_.sentences.size());
      for (int k = 0; k < static_cast<int>(a_.sentences.size()); ++k)
        openings[k] = OpeningPhraseEnd(k);
      for (int k = 0; k < static_cast<int>(a_.mentions.size()); ++k) {
        const Mention& mention = a_.mentions[k];
        if (mention.entity < 0 || mention.embedded ||
            a_.entities[mention.entity].type != EntityType::kPerson)
          continue;
        int& first = subjects_[mention.sentence];
        const int opening = openings[mention.sentence];
        auto rank = [&](const Mention& p) { return (p.begin > opening ? 0 : 1 << 20) + p.begin; };
        if (first < 0 || rank(mention) < rank(a_.mentions[first])) first = k;
      }
      // (a person named after the verb is its object)
      for (int& first : subjects_)
        if (first >= 0 && VerbBefore(a_.mentions[first], openings[a_.mentions[first].sentence]))
          first = -1;
    }
    return subjects_[si];
  }

  // Whether a verb of the clause comes before mention m in its sentence ("included",
  // "were"), past the phrase the sentence opens with (closed at `opening`, or -1).
  bool VerbBefore(const Mention& m, int opening) const {
    static const WordSet kVerbs = {"is",       "are",      "was",       "were",
                                   "included", "includes", "comprised", "comprises"};
    const Sentence& s = a_.sentences[m.sentence];
    for (int k = std::max(s.dateline_end, opening + 1); k < m.begin; ++k)
      if (kVerbs.contains(s.tokens[k].folded)) return true;
    return false;
  }

  // The comma that closes a phrase sentence si opens with a preposition ("During the
  // meeting with X,", "In his talks with Y,"), or -1.
  int OpeningPhraseEnd(int si) const {
    static const WordSet kOpeners = {"during", "in", "at", "on", "after", "following", "before"};
    const Sentence& s = a_.sentences[si];
    const int n = static_cast<int>(s.tokens.size());
    const int first = s.dateline_end;
    if (first >= n || !kOpeners.contains(s.tokens[first].folded)) return -1;
    for (int k = first + 1; k < n; ++k)
      if (IsPunct(s.tokens[k], ",")) return k;
    return -1;
  }

  Analysis& a_;
  std::map<int, int> country_entity_;
  std::map<std::string, int> institution_entity_;
  std::map<std::string, int> of_country_entity_;  // bare key -> the body "of <Country>"
  // per mention, an institution's keys (InstitutionKeys), when it is no organisation's
  std::vector<std::pair<std::string, std::string>> body_keys_;
  // a body's short key -> its full key and name (FindShortBodyNames)
  std::map<std::string, std::pair<std::string, std::string_view>> short_body_name_;
  std::vector<std::pair<int, std::vector<std::string>>> person_keys_;
  std::map<int, std::set<std::string, std::less<>>> fathers_;  // person -> FathersNames
  std::map<int, std::set<std::string>> title_heads_;  // person entity -> its titles
  // person entity -> the titles of those he is named the counterpart of
  std::map<int, std::set<std::string>> counterpart_heads_;
  std::map<int, std::pair<int, int>> salience_;  // person -> (last subject sentence, last mention)
  std::vector<int> subjects_;                    // sentence -> SentenceSubject
  int salience_next_ = 0;
};

}  // namespace

void ResolveCoreference(Analysis& analysis) { Coreference(analysis).Run(); }

}  // namespace dkg::internal
