// Person mentions and the role phrases around them:
//   [the] [Country-adjective | Country's | Organisation] Modifier* Title+ [of Portfolio]
//        [of|to|for [the] (Country | Institution | Role [Name] | Name)]
// attached forward ("Turkish Foreign Minister Mevlut Cavusoglu", "the special envoy of
// President Emmanuel Macron, Paul Soler") or backward as an apposition ("Saddam Haftar,
// Deputy Commander-in-Chief of the Libyan National Army,"). A role with no name is a
// role-only mention ("the Deputy Commander-in-Chief") for coreference to resolve.
#include <algorithm>
#include <optional>
#include <string>

#include "extract/analysis.h"
#include "extract/relation_util.h"
#include "extract/token_rules.h"

namespace dkg::internal {
namespace {

struct RolePhrase {
  int begin = 0;  // first token after any determiner
  int end = 0;
  std::vector<int> affiliations;
  std::vector<int> principals;  // role-only mentions it serves: "to the UAE President"
  std::string head;  // folded title words, "deputy commander-in-chief"
  std::vector<std::uint32_t> titles;  // lexicon title indices of its title words
  bool diplomatic = false;
  bool determiner = false;  // "the ...", "a ..."
};

// "the", "a", "two", "his": words that open a noun phrase before a role.
bool IsDeterminer(const Analysis& a, const Sentence& s, int i) {
  return s.tokens[i].shape == TokenShape::kNumber || Has(s, i, a.lists->determiners);
}

class PersonFinder {
 public:
  // `body_names`: the institutions the report names, as written
  PersonFinder(Analysis& a, int si, const std::vector<std::string_view>& body_names)
      : a_(a), si_(si), s_(a.sentences[si]), n_(static_cast<int>(s_.tokens.size())),
        body_names_(body_names) {}

  void Run() {
    const std::size_t first_new = a_.mentions.size();
    int i = 0;
    while (i < n_) i = Step(i);
    RecordHonorifics(first_new);
  }

 private:
  const Token& tok(int i) const { return s_.tokens[i]; }
  TokenTag::Kind kind(int i) const { return i < n_ ? s_.tags[i].kind : TokenTag::kNone; }
  int chunk_end(int i) const {
    const TokenTag& t = s_.tags[i];
    return t.length > 0 ? i + t.length : i + 1;
  }
  bool IsTitleStart(int i) const {
    return i < n_ && (kind(i) == TokenTag::kTitle || kind(i) == TokenTag::kModifier);
  }
  int MentionOfType(int i, MentionType type) const {
    int m = MentionAt(a_, si_, i);
    return m >= 0 && a_.mentions[m].type == type && a_.mentions[m].begin == i ? m : -1;
  }

  // "of the (Malaysian) national oil company PETROSEN": past the words of a trade to the
  // body's name after them; k itself when no such name follows.
  int PastTradeWords(int k) const {
    for (int e = k; e < n_ && e < k + 5; ++e) {
      if (Has(s_, e, a_.lists->enterprise_words))
        return e > k && MentionOfType(e + 1, MentionType::kInstitution) >= 0 ? e + 1 : k;
      if (const int state = MentionOfType(e, MentionType::kCountry);
          state >= 0 && a_.mentions[state].adjective)
        e = a_.mentions[state].end - 1;
      else if (tok(e).shape != TokenShape::kWord || tok(e).capitalized)
        return k;
    }
    return k;
  }

  // "UN High Commissioner for Refugees Filippo Grandi": a body named by its head's title,
  // right before the name of person mention m, is the body he heads.
  void ServeTitledBodyBefore(int m) {
    const int begin = a_.mentions[m].begin;
    const int inst = begin > 0 ? MentionAt(a_, si_, begin - 1) : -1;
    if (inst < 0 || a_.mentions[inst].type != MentionType::kInstitution) return;
    const Mention& body = a_.mentions[inst];
    // (not the complement of a title before it: "Head of His Highness the Crown Prince's
    // Diwan Jamal Al-Thiyab")
    if (body.end != begin || (body.begin > 0 && (IsWord(tok(body.begin - 1), "of") ||
                                                 IsWord(tok(body.begin - 1), "the") ||
                                                 kind(body.begin - 1) != TokenTag::kNone)))
      return;
    int title = -1;  // the body's title word ("Commissioner")
    for (int k = body.begin; k < body.end && title < 0; ++k)
      if (a_.lexicon->WordMatch(tok(k).folded).Has(PhraseKind::kTitle)) title = k;
    if (title < 0) return;
    Mention& person = a_.mentions[m];
    person.affiliations.push_back(inst);
    person.titled = true;
    person.roles.emplace_back(body.surface);
    person.title_heads.emplace_back(tok(title).folded);
  }

  // "gas field", "hydropower project", "border post": a place's or a facility's common
  // noun in lower case from `at` (one word before it at most).
  bool NamesAFacility(int at) const {
    static const WordSet kFacilities = {"field",    "fields", "dam",      "plant", "refinery",
                                        "mine",     "mines",  "site",     "camp",  "camps",
                                        "crossing", "post",   "terminal", "gorge", "strip"};
    for (int k = at; k < std::min(n_, at + 2); ++k) {
      const Token& t = tok(k);
      if (t.shape != TokenShape::kWord || t.capitalized) return false;
      if (kFacilities.contains(t.folded) || IsPlaceWord(a_, s_, k)) return true;
    }
    return false;
  }

  // Honorifics before a name, "Sheikh" (a title too) among them.
  int SkipHonorifics(int i) const {
    while (i < n_ && (kind(i) == TokenTag::kHonorific || s_.tags[i].honorific_too)) i = chunk_end(i);
    return i;
  }

  // A name of two words or more at i, past honorifics ("Dr. Konrad Weißenfels").
  bool FullNameAt(int i) const {
    const int named = SkipHonorifics(i);
    return ScanName(a_, s_, named) > named + 1;
  }

  // One step of the scan from token i; returns where to continue.
  int Step(int i) {
    if (MentionAt(a_, si_, i) >= 0 && a_.mentions[MentionAt(a_, si_, i)].type ==
                                           MentionType::kPerson)
      return i + 1;
    if (OpensNothing(i)) return i + 1;
    if (const int end = BareHonorificEnd(i); end > i) {
      RolePhrase honorific;
      honorific.begin = i;
      honorific.end = end;
      honorific.head = HonorificKey(i);
      AddRoleOnly(honorific);
      return end;
    }
    if (IsSurnameNotTitle(i)) {
      AddPerson(i, i + 1, false);
      return i + 1;
    }
    if (auto role = ParseRole(i, 0)) return AttachRole(*role);
    const int start = SkipHonorifics(i);
    const int name_end = ScanName(a_, s_, start);
    if (name_end > start && MentionAt(a_, si_, start) < 0) {
      const bool titled = start > i;  // "Sheikh Mohamed", "Mr. Smith"
      // "received today at Qasr Al Shati Luhut Binsar Pandjaitan": an Arabic place name
      // is its opening word and the next (after a particle: "Al Shati", "el-Mandeb")
      if (!titled && Has(s_, start, a_.lists->place_openers) && name_end - start > 3) {
        static const WordSet kArticles = {"al", "el", "ad", "as", "ash", "an", "ar", "az"};
        const int place_end = start + (kArticles.contains(tok(start + 1).folded) ? 3 : 2);
        return place_end;
      }
      // "to Kyiv", "in Sochi": a bare name after a preposition of place is a place
      // (but "handed over to Lavrov": the surname of someone the report has named);
      // "at the Amiri Diwan" likewise
      int before = start > 1 && IsWord(tok(start - 1), "the") ? start - 2 : start - 1;
      // ("in Bac Ninh and Hai Phong": a bare name coordinated with a place after one)
      if (!titled && before == start - 1 && before >= 2 && IsWord(tok(before), "and")) {
        int k = before - 1;
        while (k > 0 && IsCapitalWord(tok(k)) && MentionAt(a_, si_, k) < 0) --k;
        if (k < before - 1 && Has(s_, k, a_.lists->locative_prepositions) && !IsWord(tok(k), "to"))
          before = k;
      }
      const bool after_place_preposition =
          !titled && before >= 0 &&
          (before == start - 1 ? IsPlacePreposition(a_, s_, before)
                               : Has(s_, before, a_.lists->locative_prepositions)) &&
          !IsNamedSurname(start, name_end);
      // "received at the Palais Rose Sheikh Shakhboot bin Nahyan, Minister of State": the
      // place ends at an honorific before a full name
      if (after_place_preposition)
        for (int k = start + 1; k + 1 < name_end; ++k)
          if ((kind(k) == TokenTag::kHonorific || s_.tags[k].honorific_too) && FullNameAt(k))
            return k;
      if (after_place_preposition && !TitleFollows(name_end)) {
        // "received at Gudaibiya Palace Sheikh Fahad ...": the place ends at its place word;
        // "Ambassador in Cairo Joseph Sang": at a city the gazetteer knows
        for (int k = start + 1; k + 1 < name_end; ++k)
          if (IsPlaceWord(a_, s_, k)) return k + 1;
        if (const int city = CityEnd(a_, s_, start); city > 0 && city < name_end) return city;
        return name_end;
      }
      // "the Grande Tortue Ahmeyim gas field", "the Batoka Gorge hydropower project": a bare
      // name right before a place's or a facility's common noun names that place
      if (!titled && NamesAFacility(name_end)) return name_end;
      // "to the Autonomous Republic of Crimea Tamila Tasheva": after a place's "<Word> of",
      // the first word of three is the place's, the name is the rest
      if (!titled && start >= 2 && IsWord(tok(start - 1), "of") && IsPlainCapital(start - 2) &&
          name_end - start >= 3 && PlaceAfterInnerOf(start) == start + 1)
        return start + 1;
      // "the Cristo Redentor pass", "the resources of the Amu Darya", "at his Jati Umra
      // residence": a bare name after an article or a possessive names a thing or a place
      static const WordSet kDeterminers = {"the", "his", "her", "its", "their"};
      if (!titled && start > 0 && kDeterminers.contains(tok(start - 1).folded) &&
          !IsNamedSurname(start, name_end))
        return name_end;
      // "São Paulo", "Benghazi": a bare name the gazetteer knows as a city is a place
      if (!titled && a_.lexicon->CityCountry(Lexicon::PhraseKey(
                         {s_.tokens.begin() + start, s_.tokens.begin() + name_end})) >= 0)
        return name_end;
      // "Turkmenistan's Halk Maslahaty" in a headline: the name of a body the report
      // names elsewhere with its head word
      if (!titled && NamesAReportedBody(start, name_end)) {
        AddMention(a_, si_, start, name_end, MentionType::kInstitution);
        return name_end;
      }
      // "Mohammad Reza Tabatabaei of the Islamic Republic of Iran": as after a titled name
      const int m = AddPerson(start, name_end, titled);
      if (!titled) ServeTitledBodyBefore(m);
      return ReadApposition(m, ReadAffiliationAfterName(m, name_end, RolePhrase{}));
    }
    return i + 1;
  }

  // "congratulated His Highness on ...", "His Majesty affirmed ...": a "His"/"Her"
  // honorific with no title or name after it stands for the one the report gave it to;
  // where it ends, or i when token i opens no such honorific.
  int BareHonorificEnd(int i) const {
    if (!OpensPossessiveHonorific(i)) return i;
    const int after = chunk_end(i);
    if (after >= n_) return after;
    const bool followed = IsTitleStart(after) || kind(after) == TokenTag::kHonorific ||
                          s_.tags[after].honorific_too || IsWord(tok(after), "the") ||
                          MentionAt(a_, si_, after) >= 0 || ScanName(a_, s_, after) > after;
    return followed ? i : after;
  }

  // "His Highness", "Her Majesty": an honorific phrase opening at i with "His" or "Her".
  bool OpensPossessiveHonorific(int i) const {
    return kind(i) == TokenTag::kHonorific &&
           ((s_.tags[i].length >= 2 && (IsWord(tok(i), "his") || IsWord(tok(i), "her"))) ||
            !ExpandedHonorific(tok(i).folded).empty());
  }

  // "HH", "H.M.", "HRH": the honorific the letters stand for ("his highness", as the
  // lexicon's honorific_abbreviations give it), or "".
  std::string_view ExpandedHonorific(std::string_view folded) const {
    const std::string_view expanded = a_.lexicon->ExpandAbbreviation(folded);
    return expanded == folded ? std::string_view{} : expanded;
  }

  // The folded words of the honorific phrase at i ("his highness"), a title head of
  // those it is given to.
  std::string HonorificKey(int i) const {
    if (const std::string_view letters = ExpandedHonorific(tok(i).folded); !letters.empty())
      return std::string(letters);
    std::string key;
    for (int t = i; t < chunk_end(i); ++t) {
      if (!key.empty()) key += ' ';
      key += tok(t).folded;
    }
    return key;
  }

  // "His Highness the Amir Sheikh Tamim": the "His"/"Her" honorific before a person's
  // role or name is one of his title heads, which a bare "His Highness" later refers to.
  // (`first` is the first mention this sentence's scan added)
  void RecordHonorifics(std::size_t first) {
    for (std::size_t k = first; k < a_.mentions.size(); ++k) {
      Mention& m = a_.mentions[k];
      if (m.type != MentionType::kPerson && m.type != MentionType::kRoleOnly) continue;
      for (int t = m.begin - 1; t >= 0 && m.begin - t <= 12; --t) {
        const TokenTag::Kind tk = kind(t);
        if (tk == TokenTag::kNone && !IsWord(tok(t), "the")) break;
        // ("Director of the Office of His Majesty Jafar Hassan": the honorific after an
        // office's "of" is the one the office serves; not "the regards of His Majesty X")
        if (OpensPossessiveHonorific(t) && t > 1 && IsWord(tok(t - 1), "of") &&
            tok(t - 2).capitalized)
          break;
        if (OpensPossessiveHonorific(t)) {
          m.title_heads.push_back(HonorificKey(t));
          break;
        }
      }
    }
  }

  // Whether [begin, end) is written as an institution the report names.
  bool NamesAReportedBody(int begin, int end) const {
    const std::string_view text = a_.Text(s_, begin, end);
    return std::find(body_names_.begin(), body_names_.end(), text) != body_names_.end();
  }

  // "Amy Pope ... Pope later met": a title of one word (with no article, possessor or name
  // after it) that is the surname of a person named before it is that person.
  bool IsSurnameNotTitle(int i) const {
    if (kind(i) != TokenTag::kTitle || s_.tags[i].length != 1 || !IsEarlierSurname(a_, tok(i)))
      return false;
    if (i > 0 && (IsDeterminer(a_, s_, i - 1) || IsPossessive(tok(i - 1)))) return false;
    return i + 1 >= n_ || (!tok(i + 1).capitalized && kind(i + 1) == TokenTag::kNone);
  }

  // One word that is the last word of a person named before it in the report.
  bool IsNamedSurname(int begin, int end) const {
    return end - begin == 1 && IsEarlierSurname(a_, tok(begin));
  }

  // "opened its doors to Larry Gbevlo-Lartey, special envoy of ...": a title set off by a
  // comma after the words at `end` (past an article, modifiers and a state's adjective)
  // describes them as a person, not a place.
  bool TitleFollows(int end) const {
    if (end + 1 >= n_ || !IsPunct(tok(end), ",")) return false;
    for (int k = end + 1; k < std::min(n_, end + 5); ++k) {
      const TokenTag::Kind kind = s_.tags[k].kind;
      if (kind == TokenTag::kTitle) return true;
      if (kind != TokenTag::kModifier && kind != TokenTag::kCountryAdjective &&
          !IsWord(tok(k), "the") && !IsWord(tok(k), "a"))
        return false;
    }
    return false;
  }

  // Most tokens open neither a role nor a name (the checks below mirror what ParseRole
  // and ScanName would try first): lower case, untagged, no determiner, no mention.
  bool OpensNothing(int i) const {
    const Token& t = tok(i);
    return !t.capitalized && s_.tags[i].kind == TokenTag::kNone && MentionAt(a_, si_, i) < 0 &&
           !IsDeterminer(a_, s_, i) && !(t.shape == TokenShape::kWord && IsParticleName(t));
  }

  int AddPerson(int begin, int end, bool titled) {
    // A title right before opens the name itself ("Prime Minister Lee Hsien Loong", ",
    // Peter Lual Deng"); after a portfolio's words the boundary is a guess ("... Climate
    // Action Robert Habeck")
    // (or a country ending a title's complement: "Ambassador of Colombia to Qatar María
    // Fernanda Ospina")
    const int before = begin > 0 ? MentionAt(a_, si_, begin - 1) : -1;
    const bool after_title = begin > 0 && (kind(begin - 1) == TokenTag::kTitle ||
                                           kind(begin - 1) == TokenTag::kModifier ||
                                           kind(begin - 1) == TokenTag::kHonorific ||
                                           !IsCapitalWord(tok(begin - 1)) ||
                                           (titled && before >= 0 &&
                                            a_.mentions[before].type == MentionType::kCountry));
    // (a common word capitalized after a ";" is the name's own: "Ambassador of Japan;
    // Peter Mwangi Kamau, Ambassador of Kenya")
    const bool listed = begin > 0 && IsPunct(tok(begin - 1), ";");
    if ((!titled || !after_title) && !listed) begin = TrimNameStart(a_, s_, begin, end);
    // "Secretary Commerce Faisal Qureshi": a portfolio right after a title is the title's (as
    // Pakistan writes it)
    while (end - begin >= 2 && begin > 0 && kind(begin - 1) == TokenTag::kTitle &&
           kind(begin) == TokenTag::kNone && Has(s_, begin, a_.lists->portfolio_words))
      ++begin;
    // "Governor of St Petersburg Alexander Beglov", "Ruler of the Emirate of Abu Dhabi Sheikh
    // Khalifa bin Zayed": a city of two words or more (or one, before an honorific) that
    // opens a longer name is the place of the title before it
    if (const int city = CityEnd(a_, s_, begin); city > 0 && city < end) {
      const int name = SkipHonorifics(city);
      if (end - name >= 2 && (city - begin >= 2 || name > city)) begin = name;
    }
    // "Foreign Minister II Dato Erywan": a regnal or rank numeral opens no name
    while (end - begin > 1 && tok(begin).all_caps &&
           tok(begin).folded.find_first_not_of("ivx") == std::string_view::npos)
      ++begin;
    int m = AddMention(a_, si_, begin, end, MentionType::kPerson);
    Mention& p = a_.mentions[m];
    p.surname_only = end - begin == 1;
    p.titled = titled;
    MarkPossessor(m);
    return m;
  }

  // "Ramaphosa's special envoys", "the Comorian President's envoy": the possessor of
  // someone else's role is not a participant of the sentence's event.
  void MarkPossessor(int m) {
    // ("the Prime Minister's son", "the President's office": one of his family or staff)
    static const WordSet kStaff = {"office", "adviser", "advisor"};
    const int end = a_.mentions[m].end;
    if (end + 1 < n_ && IsPossessive(tok(end)) &&
        (IsTitleStart(end + 1) || IsRelativeWord(tok(end + 1).folded) ||
         kStaff.contains(tok(end + 1).folded)))
      a_.mentions[m].embedded = true;
  }

  // (`text`: the role as written, unless given)
  void GiveRole(int person, const RolePhrase& role, std::string_view text = {}) {
    Mention& p = a_.mentions[person];
    p.roles.emplace_back(text.empty() ? a_.Text(s_, role.begin, role.end) : text);
    p.affiliations.insert(p.affiliations.end(), role.affiliations.begin(),
                          role.affiliations.end());
    p.principals.insert(p.principals.end(), role.principals.begin(), role.principals.end());
    p.titled = true;
    p.title_heads.push_back(role.head);
    p.titles.insert(p.titles.end(), role.titles.begin(), role.titles.end());
  }

  // "Name, Role," -- the role describes the name before it. Returns where the scan
  // goes on: after the role when there was one, else `name_end`.
  int ReadApposition(int person, int name_end) {
    // "the credentials of HE Name as Ambassador of the Republic of Rwanda": a role after "as"
    if (name_end + 1 < n_ && IsWord(tok(name_end), "as") && IsTitleStart(name_end + 1)) {
      auto role = ParseRole(name_end + 1, 0);
      if (!role || IsPluralTitle(role->head)) return name_end;
      GiveRole(person, *role);
      return ReadPrincipalName(*role);
    }
    if (name_end + 1 >= n_ || !IsPunct(tok(name_end), ",")) return name_end;
    int start = name_end + 1;
    // "two new ambassadors: A, of the Republic of Türkiye, and B, of ...": the state set off
    // by commas after the name
    if (const int state = StateAfterOf(a_, si_, start);
        state >= 0 && !a_.mentions[state].adjective &&
        (a_.mentions[state].end >= n_ || tok(a_.mentions[state].end).shape == TokenShape::kPunct)) {
      a_.mentions[person].affiliations.push_back(state);
      return a_.mentions[state].end;
    }
    // "Director-General Ichikawa Keiichi, Ministry of Foreign Affairs, and ...": a titled
    // name and the body it serves, set off by commas (a named organisation in a list of
    // participants is a participant, so only bodies the lexicon does not know)
    if (const int inst = MentionOfType(start, MentionType::kInstitution);
        inst >= 0 && a_.mentions[person].titled && a_.mentions[inst].organization < 0) {
      const int after = a_.mentions[inst].end;
      if (after >= n_ || IsPunct(tok(after), ",") || IsPunct(tok(after), ".") ||
          IsPunct(tok(after), ";")) {
        a_.mentions[person].affiliations.push_back(inst);
        return after;
      }
    }
    // "Name, serving as Special Envoy of ...", "Name, who is (also) ...", "Name, who came
    // as special envoy of ..."
    if (start + 1 < n_ && (IsWord(tok(start), "serving") || IsWord(tok(start), "acting")) &&
        IsWord(tok(start + 1), "as")) {
      start += 2;
    } else if (start + 2 < n_ && IsWord(tok(start), "who")) {
      int k = start + 1;
      if (IsWord(tok(k), "is"))
        k += 1;
      else if ((IsWord(tok(k), "came") || IsWord(tok(k), "arrived")) && IsWord(tok(k + 1), "as"))
        k += 2;
      if (k > start + 1) start = k < n_ && IsWord(tok(k), "also") ? k + 1 : k;
    } else if (start + 3 < n_ && IsWord(tok(start), "in") && IsWord(tok(start + 2), "capacity") &&
               IsWord(tok(start + 3), "as")) {
      start += 4;  // "Name, in his capacity as General Commander of ..."
    } else if (start + 2 < n_ && IsWord(tok(start), "then") && IsWord(tok(start + 1), "the")) {
      // "he had met Sheikh Meshal, then the Crown Prince, at a summit": a role he held then,
      // not his now nor another person's
      const auto then = ParseRole(start + 1, 0, /*lower_case_ok=*/true);
      return then && !IsPluralTitle(then->head) ? then->end : name_end;
    }

    // ("Name, the bank's vice president for South Asia": the title after the body's head
    // word and the possessive, which ParseRole ties to the body)
    if (start + 3 < n_ && IsWord(tok(start), "the") &&
        kind(start + 1) == TokenTag::kInstitutionHead && IsPossessive(tok(start + 2)) &&
        MentionAt(a_, si_, start + 1) < 0)
      start += 3;
    auto role = ParseRole(start, 0, /*lower_case_ok=*/true);  // "Name, head of the ..."
    if (!role || SubjectOfAHeadlinesPluralVerb(*role)) return name_end;
    // "Name, Vice President, Deputy Prime Minister and Minister of the Presidential
    // Court;": the titles listed after the name are all its
    for (;;) {
      const int joint = role->end;
      if (joint + 1 >= n_ || !(IsPunct(tok(joint), ",") || IsWord(tok(joint), "and")) ||
          !IsTitleStart(joint + 1))
        break;
      // ("Adviser on Security Affairs and special envoy of ...": lower case after "and")
      auto more = ParseRole(joint + 1, 0, /*lower_case_ok=*/IsWord(tok(joint), "and"));
      // (", Colonel Assimi Goita": a title that opens a name is the next person's, and so
      // is one joined to it by "and": "X, Deputy Prime Minister and Foreign Minister Y")
      if (!more) break;
      if (ScanName(a_, s_, SkipHonorifics(more->end)) > SkipHonorifics(more->end)) {
        if (IsWord(tok(joint), "and")) return name_end;
        break;
      }
      Extend(*role, *more);
    }
    // "Name1, Role, Name2" is a list, not an apposition (but in "A, Role of A, B, Role
    // of B" each role follows its own name, and in "A, special envoy of the President of
    // X, B, who ..." B is the office holder A serves)
    if (NameWordsAfter(SkipAcronym(role->end)) > 0 && !RoleOfNextNameFollows(role->end) &&
        !NamesPrincipalAfter(*role))
      return name_end;  // "Mark Rutte, Defence Minister Kajsa Ollongren": a list
    // ("A, Chief of the General Staff of the Turkish Armed Forces General B": a rank and
    // a name right after a role that serves no one)
    // (also past the body's acronym: "... of the Ethiopian National Defense Force (ENDF)
    // Field Marshal B")
    if (const int after = SkipAcronym(role->end);
        role->principals.empty() && IsRankAt(after) && NameWordsAfter(chunk_end(after)) > 0)
      return name_end;
    // ("A, the Minister of State and Minister of Defence, General B, and C": a rank and a
    // name after the comma, a list; not "A, Role of A, General B, Role of B")
    if (role->principals.empty() && NameWordsAfter(role->end, true) > 0 &&
        !RoleOfNextNameFollows(role->end, true))
      return name_end;
    if (OpensNextClause(*role) || IsPossessedAfter(*role) || NameAfterTopic(role->end) >= 0)
      return name_end;
    // "X, leaders of the EU member states": no role of X's; but "A and B, members of the
    // Grand National Assembly,": the plural role of the two names before it
    if (IsPluralTitle(role->head)) {
      const int and_at = a_.mentions[person].begin - 1;
      const int first =
          and_at >= 1 && IsWord(tok(and_at), "and") ? MentionAt(a_, si_, and_at - 1) : -1;
      if (first < 0 || a_.mentions[first].type != MentionType::kPerson ||
          a_.mentions[first].end != and_at || role->affiliations.empty())
        return name_end;
      GiveRole(first, *role);
      GiveRole(person, *role);
      return role->end;
    }
    GiveRole(person, *role);
    return ReadPrincipalName(*role);
  }

  // "Mr. Diop travelled to Nouakchott as the envoy of the Malian President of the
  // Transition, Colonel Assimi Goita": a role serving an office holder, after "as", is the
  // role of the person named last before it in the sentence, and the name after it the
  // holder's. Returns where the scan goes on, or 0 when the role is no such role.
  int AttachRoleAfterAs(const RolePhrase& role) {
    const int as = role.begin - (role.determiner ? 2 : 1);
    if (as < 1 || !IsWord(tok(as), "as") || role.principals.size() != 1) return 0;
    for (int k = as - 1; k >= 0 && !IsPunct(tok(k), ";"); --k) {
      const int m = MentionAt(a_, si_, k);
      if (m < 0 || a_.mentions[m].type != MentionType::kPerson || a_.mentions[m].embedded) continue;
      GiveRole(m, role);
      return ReadPrincipalName(role);
    }
    return 0;
  }

  // "the special envoy of the President of Mauritania, A, Minister Secretary-General of
  // the Presidency B, who ...": the name right after a role that serves an unnamed office
  // holder is the holder's when a titled name set off by it ends the phrase; that name is
  // the role's. The first name is `j`..`name_end`. Returns where the scan goes on, or 0.
  int AttachAfterPrincipalName(const RolePhrase& role, int j, int name_end) {
    if (role.principals.size() != 1 || name_end <= j + 1 || MentionAt(a_, si_, j) >= 0 ||
        name_end + 2 >= n_ || !IsPunct(tok(name_end), ",") || !IsTitleStart(name_end + 1))
      return 0;
    const std::optional<RolePhrase> own = ParseRole(name_end + 1, 0);
    if (!own || IsPluralTitle(own->head)) return 0;
    const int start = SkipHonorifics(own->end);
    const int end = ScanName(a_, s_, start);
    if (end <= start + 1 || MentionAt(a_, si_, start) >= 0 || !NameEndsPhrase(end)) return 0;
    AddPrincipal(role, j, name_end, nullptr);
    const int m = AddPerson(start, end, true);
    GiveRole(m, role);
    GiveRole(m, *own);
    return end;
  }

  // "X, special envoy of the President of the Transition of Mali, Colonel Assimi Goita":
  // the name after a role that serves an unnamed office holder is that holder's, who is
  // no participant of the sentence's event. Returns where the scan goes on.
  int ReadPrincipalName(const RolePhrase& role) {
    if (role.principals.size() != 1 || role.end + 1 >= n_ || !IsPunct(tok(role.end), ","))
      return role.end;
    int j = role.end + 1;
    const std::optional<RolePhrase> rank = ParseRole(j, 0);
    if (rank) j = rank->end;
    j = SkipHonorifics(j);
    const int name_end = ScanName(a_, s_, j);
    if (name_end <= j || MentionAt(a_, si_, j) >= 0) return role.end;
    AddPrincipal(role, j, name_end, rank ? &*rank : nullptr);
    return name_end;
  }

  // The holder of the one unnamed office `role` serves, named at [begin, end) after his
  // `rank` if any: a person with that office's role, embedded in the role's phrase (no
  // participant of its own).
  void AddPrincipal(const RolePhrase& role, int begin, int end, const RolePhrase* rank) {
    const int p = AddPerson(begin, end, true);
    if (rank) GiveRole(p, *rank);
    const Mention& office = a_.mentions[role.principals.front()];
    RolePhrase held;
    held.begin = office.begin;
    held.end = office.end;
    held.head = office.title_head;
    held.titles = office.titles;
    held.affiliations = office.affiliations;
    GiveRole(p, held);
    a_.mentions[p].embedded = true;
  }

  // "President Arif Alvi of the Islamic Republic of Pakistan", "King Abdullah II of
  // Jordan": a titled name followed by "of" and the country or body the title is of,
  // when the title itself named none. Returns where the name's phrase ends.
  int ReadAffiliationAfterName(int person, int name_end, const RolePhrase& role) {
    if (!role.affiliations.empty() || name_end + 1 >= n_) return name_end;
    // "presented by Lubomir Rehak (Slovak Republic), Dang Minh Khoi (Viet Nam)": a state's
    // name in parentheses right after a name is the person's
    if (IsPunct(tok(name_end), "(")) {
      const int m = MentionOfType(name_end + 1, MentionType::kCountry);
      if (m < 0 || a_.mentions[m].adjective || a_.mentions[m].end >= n_ ||
          !IsPunct(tok(a_.mentions[m].end), ")"))
        return name_end;
      a_.mentions[person].affiliations.push_back(m);
      return a_.mentions[m].end + 1;
    }
    if (!IsWord(tok(name_end), "of")) return name_end;
    int k = name_end + 1;
    // "of the Gambia", but "of The Gambia" is the name itself
    if (IsWord(tok(k), "the") && k + 1 < n_ && MentionAt(a_, si_, k) < 0) ++k;
    int m = MentionOfType(k, MentionType::kCountry);
    if (m < 0) m = MentionOfType(k, MentionType::kInstitution);
    if (m < 0) return name_end;
    a_.mentions[person].affiliations.push_back(m);
    return a_.mentions[m].end;
  }

  int AttachRole(const RolePhrase& given) {
    if (const int end = AttachPluralRole(given); end > 0) return end;
    if (const int end = AttachRoleAfterAs(given); end > 0) return end;
    RolePhrase role = OwnedRole(given);
    // "Ambassador to Ethiopia and Permanent Representative to the AU": one role (also
    // past an acronym: "President of the Sahrawi Arab Democratic Republic (SADR) and ...";
    // joined by a dash: "Deputy Chairman of the Cabinet of Ministers – Minister of Economy")
    for (int joint = SkipAcronym(role.end);
         joint + 1 < n_ && (IsWord(tok(joint), "and") || IsDash(tok(joint))) &&
         IsTitleStart(joint + 1);
         joint = SkipAcronym(role.end)) {
      auto more = ParseRole(joint + 1, 0);
      if (!more) break;
      // "The Secretary and Foreign Minister Dendias discussed": a bare title someone
      // named before holds refers to them; the next title is the next person's
      if (HeldByEarlierPerson(role)) {
        AddRoleOnly(role);
        return AttachRole(*more);
      }
      Extend(role, *more);
    }
    // "With the Ivorian deputy speaker, Talbi Alami discussed ...": a role the sentence
    // opens with after "With" is not the name's after the comma (the subject's)
    if (const int with = role.begin - (role.determiner ? 2 : 1);
        with >= 0 && with == s_.dateline_end && IsWord(tok(with), "with") && role.end < n_ &&
        IsPunct(tok(role.end), ",")) {
      AddRoleOnly(role);
      return role.end;
    }
    int k = SkipHonorifics(SkipAcronym(role.end));
    if (const int past = SkipHonorifics(SkipPortfolioInParentheses(k));
        past > k && ScanName(a_, s_, past) > past)
      k = past;
    if (const int named = NameAfterTopic(k); named >= 0) k = named;
    // "of the Frontier Corps Balochistan Major General X": one word before a rank and a
    // name is the body's or place's, not a name (no one is named before his rank)
    if (k + 2 < n_ && ScanName(a_, s_, k) == k + 1 && MentionAt(a_, si_, k) < 0 &&
        IsRankAt(k + 1)) {
      const int ranked = SkipHonorifics(chunk_end(k + 1));
      if (ScanName(a_, s_, ranked) > ranked + 1) ++k;
    }
    // "Minister of Foreign Affairs Prince Faisal bin Farhan", "Ambassador to the United
    // States Princess Reema": a second title right before the name; both are its roles
    std::optional<RolePhrase> rank;
    if (k < n_ && IsTitleStart(k)) {
      rank = ParseRole(k, 0);
      const int after = rank ? SkipHonorifics(rank->end) : k;
      if (rank && ScanName(a_, s_, after) > after && MentionAt(a_, si_, after) < 0) {
        // "conveyed to HM the King President William Ruto's greetings": a monarch's title
        // and another office's are two persons'
        if (EndsRoyal(role) && !EndsRoyal(*rank)) {
          AddRoleOnly(role);
          return rank->begin;
        }
        k = after;
      } else {
        rank.reset();
      }
    }
    // "Chairperson of the African Union Commission (AUC), H.E. Moussa Faki Mahamat"
    if (k + 2 < n_ && IsPunct(tok(k), "(") && IsPunct(tok(k + 2), ")")) k += 3;
    // "the Director of Cabinet at the Presidency of the Republic, X": the body the role is
    // at is the one it serves
    if (const int at = k + 1 < n_ && IsWord(tok(k + 1), "the") ? k + 2 : k + 1;
        k < n_ && IsWord(tok(k), "at") && at < n_)
      if (const int body = MentionOfType(at, MentionType::kInstitution);
          body >= 0 && a_.mentions[body].end < n_ && IsPunct(tok(a_.mentions[body].end), ",")) {
        role.affiliations.push_back(body);
        k = a_.mentions[body].end;
      }
    // "Ambassador of the Czech Republic accredited to Mauritania with residence in Rabat,
    // Mrs. X": where a diplomat resides, past it
    if (role.diplomatic && k + 3 < n_ && IsWord(tok(k), "with") &&
        IsWord(tok(k + 1), "residence") && (IsWord(tok(k + 2), "in") || IsWord(tok(k + 2), "at")) &&
        tok(k + 3).capitalized)
      k += 2;
    // "the UAE's ambassador in Washington, Yousef ...": a place after the role
    if (k + 2 < n_ && (IsWord(tok(k), "in") || IsWord(tok(k), "at")) && tok(k + 1).capitalized) {
      int after = k + 1;
      while (after < n_ && tok(after).capitalized) ++after;
      if (after < n_ && IsPunct(tok(after), ",")) k = after;
    }
    int name_end = ScanName(a_, s_, k);
    // (not "the Assistant Secretaries": one plural ordinary word names no one; nor "Deputy
    // Head of the EU Delegation": a side's word)
    // (nor "for Afghanistan Reconciliation Ambassador X": one ordinary word before another
    // title is the portfolio's last)
    const bool names_no_one =
        name_end == k + 1 && (IsPluralOrdinaryWord(k) || Has(s_, k, a_.lists->side_words) ||
                              (Has(s_, k, WordLists::kCommon) && IsTitleStart(name_end)));
    if (name_end > k && MentionAt(a_, si_, k) < 0 && !names_no_one) {
      int m = AddPerson(k, name_end, true);
      GiveRole(m, role);
      if (rank) GiveRole(m, *rank);
      // ("Egyptian Ambassadors A and B": a plural title before names is each one's)
      // (and "MPs B. Saranchimeg and D. Enkhtuvshin": with no state or body, the names
      // alone, as a title of no one's would hide a known office holder's state)
      if (!rank && IsPluralTitle(role.head))
        if (const int end = AttachCoordinated(role, name_end, !role.affiliations.empty());
            end > name_end)
          return end;
      const int end = ReadApposition(m, ReadAffiliationAfterName(m, name_end, rank ? *rank : role));
      return AttachCompatriot(role, end);
    }
    // "the Chief of Staff to the President ..., General Vincent Girod"; "two Special
    // Envoys of President X, Jeff Radebe and Dr. Khulu Mbatha"
    if (k < n_ && IsPunct(tok(k), ",") && !IsApposition(role)) {
      int j = k + 1;
      // ("Mediator of ECOWAS for Mali, former Nigerian President Goodluck Jonathan")
      std::optional<RolePhrase> second = ParseRole(j, 0, IsWord(tok(j), "former"));
      if (second) j = second->end;
      // "The President of the Transition, Head of State, Colonel Assimi Goita"
      std::optional<RolePhrase> third;
      if (second && j + 1 < n_ && IsPunct(tok(j), ",") && IsTitleStart(j + 1) &&
          (third = ParseRole(j + 1, 0)))
        j = third->end;
      // "her Zambian counterpart, the Minister of Commerce, Trade and Industry, X": the
      // second title set off by commas too, the name after it
      if (second && !third && j + 1 < n_ && IsPunct(tok(j), ",") && FullNameAt(j + 1)) ++j;
      j = SkipHonorifics(j);
      name_end = ScanName(a_, s_, j);
      if (!second)
        if (const int end = AttachAfterPrincipalName(role, j, name_end); end > 0) return end;
      // (not "Members of the Council, To date": one ordinary word is no name)
      if (name_end > j && MentionAt(a_, si_, j) < 0 &&
          !(name_end == j + 1 && Has(s_, j, WordLists::kCommon))) {
        int m = AddPerson(j, name_end, true);
        GiveRole(m, role);
        if (second) GiveRole(m, *second);
        if (third) GiveRole(m, *third);
        // "the Chairman of the IGAD Assembly, President X of Djibouti": the place after
        // the name is that of the title right before it
        if (const auto& nearest = third ? third : second)
          name_end = ReadAffiliationAfterName(m, name_end, *nearest);
        const int end = AttachCoordinated(role, name_end);
        AssignRespectively(role, m, end);
        // "the Minister of Reconciliation, Colonel Ahmed Hamati, special envoy of ..."
        if (end == name_end) {
          if (const int after = ReadApposition(m, name_end); after != name_end) return after;
        }
        return AttachParallelComplements(role, end);
      }
    }
    if (AttachBackward(role)) return role.end;
    AddRoleOnly(role);
    return role.end;
  }

  // "The Prime Ministers of Burkina Faso and the Republic of Niger, A and B": a plural
  // title of several states, then as many names, one of each state in order. Returns where
  // the scan goes on, or 0 when the role is no such title.
  int AttachPluralRole(const RolePhrase& role) {
    const std::string_view last = std::string_view(role.head).substr(role.head.rfind(' ') + 1);
    if (!IsPluralWord(last) || role.affiliations.size() != 1 ||
        a_.mentions[role.affiliations.front()].type != MentionType::kCountry ||
        a_.mentions[role.affiliations.front()].end != role.end)
      return 0;
    std::vector<int> countries = role.affiliations;
    int j = role.end;
    while (j + 1 < n_ && (IsWord(tok(j), "and") || IsPunct(tok(j), ","))) {
      const int at = IsWord(tok(j + 1), "the") ? j + 2 : j + 1;
      const int m = MentionOfType(at, MentionType::kCountry);
      if (m < 0) break;
      countries.push_back(m);
      j = a_.mentions[m].end;
    }
    if (countries.size() < 2 || j >= n_ || !IsPunct(tok(j), ",")) return 0;
    std::vector<std::pair<int, int>> names;
    for (int k = j; k + 1 < n_ && names.size() < countries.size() &&
                    (IsPunct(tok(k), ",") || IsWord(tok(k), "and"));) {
      const int start = SkipHonorifics(k + 1);
      const int end = ScanName(a_, s_, start);
      if (end - start < 2 || MentionAt(a_, si_, start) >= 0) break;
      names.emplace_back(start, end);
      k = end;
    }
    if (names.size() != countries.size()) return 0;
    // each holds the title in the singular, for his own state
    int title_end = role.begin;
    while (title_end < role.end && !IsWord(tok(title_end), "of")) ++title_end;
    std::string title(a_.Text(s_, role.begin, title_end));
    if (title.ends_with('s')) title.pop_back();
    RolePhrase own = role;
    own.head.pop_back();  // (its last word is plural)
    for (std::size_t i = 0; i < names.size(); ++i) {
      own.affiliations = {countries[i]};
      GiveRole(AddPerson(names[i].first, names[i].second, true), own, title);
    }
    return names.back().second;
  }

  // "his Greek, Cypriot and French counterparts, A, B and C, respectively": the countries
  // listed before a shared role go one to each name, in order, instead of all to all.
  // `first` is the mention of the first name; the others follow it up to token `end`.
  void AssignRespectively(const RolePhrase& role, int first, int end) {
    const int at = end < n_ && IsPunct(tok(end), ",") ? end + 1 : end;
    if (at >= n_ || !IsWord(tok(at), "respectively")) return;
    // the country mentions of the list, from the one the role opens with backwards
    std::vector<int> countries;
    int i = role.begin;
    if (const int m = MentionOfType(i, MentionType::kCountry); m >= 0) countries.push_back(m);
    while (i >= 2 && (IsPunct(tok(i - 1), ",") || IsWord(tok(i - 1), "and"))) {
      const int m = MentionAt(a_, si_, i - 2);
      if (m < 0 || a_.mentions[m].type != MentionType::kCountry) break;
      countries.insert(countries.begin(), m);
      i = a_.mentions[m].begin;
    }
    std::vector<int> persons;
    for (int m = first; m < static_cast<int>(a_.mentions.size()); ++m)
      if (a_.mentions[m].type == MentionType::kPerson && a_.mentions[m].sentence == si_)
        persons.push_back(m);
    if (countries.size() < 2 || countries.size() != persons.size()) return;
    for (std::size_t k = 0; k < persons.size(); ++k) {
      std::vector<int>& affiliations = a_.mentions[persons[k]].affiliations;
      std::erase_if(affiliations, [&](int m) {
        return std::find(role.affiliations.begin(), role.affiliations.end(), m) !=
               role.affiliations.end();
      });
      affiliations.push_back(countries[k]);
    }
  }

  // "the ambassadors of Brazil, A, and of Chile, B" ("...; of Chile, B; and of Peru, C"):
  // the same title again, of another country, for the name after it. Returns where the
  // scan goes on.
  int AttachParallelComplements(const RolePhrase& role, int i) {
    if (role.affiliations.size() != 1) return i;
    const Mention& first = a_.mentions[role.affiliations.front()];
    if (first.type != MentionType::kCountry || first.begin < role.begin + 2) return i;
    const int of = first.begin - (IsWord(tok(first.begin - 1), "the") ? 2 : 1);
    if (of <= role.begin || !IsWord(tok(of), "of")) return i;
    const std::string_view title = a_.Text(s_, role.begin, of);
    for (;;) {
      int k = i;
      const bool semicolon = k < n_ && IsPunct(tok(k), ";");
      if (k < n_ && (semicolon || IsPunct(tok(k), ","))) ++k;
      if (k < n_ && IsWord(tok(k), "and"))
        ++k;
      else if (!semicolon)
        return i;
      if (k + 1 >= n_ || !IsWord(tok(k), "of")) return i;
      if (k + 2 < n_ && IsWord(tok(k + 1), "the")) ++k;  // "of the Kingdom of Morocco"
      const int country = MentionOfType(k + 1, MentionType::kCountry);
      if (country < 0) return i;
      const int comma = a_.mentions[country].end;
      if (comma >= n_ || !IsPunct(tok(comma), ",")) return i;
      const int start = SkipHonorifics(comma + 1);
      const int name_end = ScanName(a_, s_, start);
      if (name_end <= start || MentionAt(a_, si_, start) >= 0) return i;
      const int m = AddPerson(start, name_end, true);
      Mention& p = a_.mentions[m];
      p.roles.push_back(std::string(title) + " of " + std::string(a_.mentions[country].surface));
      p.affiliations.push_back(country);
      p.title_heads.push_back(role.head);
      p.titles.insert(p.titles.end(), role.titles.begin(), role.titles.end());
      i = name_end;
    }
  }

  // "Name, Role": the role follows a person and a comma.
  bool IsApposition(const RolePhrase& role) const {
    int comma = role.begin - (role.determiner ? 2 : 1);
    if (comma < 1 || !IsPunct(tok(comma), ",")) return false;
    int m = MentionAt(a_, si_, comma - 1);
    if (m < 0 || a_.mentions[m].type != MentionType::kPerson) return false;
    // "A, the Minister of Foreign Affairs, B C": a list, the role is B C's (as
    // ReadApposition found for A); so is "A, the Minister of Defence, General B C" (a
    // rank after a role that serves no one)
    const bool past_rank = role.principals.empty();
    const int words = NameWordsAfter(SkipAcronym(role.end), past_rank);
    // ("the Minister of Armenia, A, the Minister of Indonesia, Sugiono, paid": one name
    // word set off by commas after a second role, the first name having a role before it)
    if (words == 1 && !a_.mentions[m].roles.empty() && MononymSetOff(SkipAcronym(role.end)))
      return false;
    return words < 2 || RoleOfNextNameFollows(role.end, past_rank);
  }

  // Whether one name word no dictionary knows follows the comma at `comma`, and a comma
  // after it: ", Sugiono,".
  bool MononymSetOff(int comma) const {
    return comma + 2 < n_ && IsPunct(tok(comma), ",") && IsPunct(tok(comma + 2), ",") &&
           !Has(s_, comma + 1, WordLists::kCommon) && ScanName(a_, s_, comma + 1) == comma + 2;
  }

  // "Wang Yi, Minister of Foreign Affairs of China, Antony Blinken, Secretary of State of
  // the United States, and ...": after the role ending at role_end, a comma, a name and
  // a comma before a title of its own: name-role pairs, each role after its name.
  bool RoleOfNextNameFollows(int role_end, bool past_rank = false) const {
    if (role_end >= n_ || !IsPunct(tok(role_end), ",")) return false;
    const int after = NameStart(role_end + 1, past_rank);
    const int name_end = ScanName(a_, s_, after);
    return name_end > after && name_end + 1 < n_ && IsPunct(tok(name_end), ",") &&
           IsTitleStart(name_end + 1);
  }

  // "..., special envoy of the President of X, B, who ...": the one name right after a
  // role that serves an unnamed office holder, ending the list there, is the holder's.
  bool NamesPrincipalAfter(const RolePhrase& role) const {
    if (role.principals.size() != 1 || role.end >= n_ || !IsPunct(tok(role.end), ",")) return false;
    const int after = NameStart(role.end + 1, false);
    const int name_end = ScanName(a_, s_, after);
    return name_end > after && NameEndsPhrase(name_end);
  }

  // Whether a name ending at token `end` ends its phrase (and no list goes on): at the
  // sentence's end, a full stop or semicolon, or ", who" / ", which".
  bool NameEndsPhrase(int end) const {
    return end >= n_ || IsPunct(tok(end), ".") || IsPunct(tok(end), ";") ||
           (IsPunct(tok(end), ",") && end + 1 < n_ &&
            (IsWord(tok(end + 1), "who") || IsWord(tok(end + 1), "which")));
  }

  // Where a name after token i would start: past honorifics and, with `past_rank`, a rank
  // and the honorifics after it ("General", "Dr.").
  int NameStart(int i, bool past_rank) const {
    i = SkipHonorifics(i);
    return past_rank && IsRankAt(i) ? SkipHonorifics(chunk_end(i)) : i;
  }

  // The words of a name no mention holds yet right after a role ending at token
  // role_end (past a comma and honorifics): "..., Minister of X, Dr. Y Z" -> 2; 0 for none.
  // With `past_rank`, past a rank too: "..., Minister of Defence, General Y Z" -> 2.
  int NameWordsAfter(int role_end, bool past_rank = false) const {
    const int after = NameStart(
        role_end < n_ && IsPunct(tok(role_end), ",") ? role_end + 1 : role_end, past_rank);
    if (MentionAt(a_, si_, after) >= 0) return 0;
    return ScanName(a_, s_, after) - after;
  }

  // "..., Jeff Radebe and Dr. Khulu Mbatha": further names joined by "and" or a comma
  // share the role of the first. Returns where the scan goes on.
  int AttachCoordinated(const RolePhrase& role, int i, bool with_role = true) {
    while (i + 1 < n_ && (IsWord(tok(i), "and") || IsPunct(tok(i), ","))) {
      int j = SkipHonorifics(i + 1);
      int end = ScanName(a_, s_, j);
      if (end <= j || MentionAt(a_, si_, j) >= 0 || end - j < 2) break;
      const int m = AddPerson(j, end, true);
      if (with_role)
        GiveRole(m, role);
      else
        a_.mentions[m].titled = true;
      i = end;
    }
    return i;
  }

  // "Israeli prime minister A and energy minister B": a second title of no state of its
  // own after "and" at token i is of the state the first one's adjective names. Returns
  // where the second name ends (i when there is none).
  int AttachCompatriot(const RolePhrase& first, int i) {
    if (i + 2 >= n_ || !IsWord(tok(i), "and") || first.affiliations.empty()) return i;
    const Mention& state = a_.mentions[first.affiliations.front()];
    if (state.type != MentionType::kCountry || !state.adjective || state.begin != first.begin)
      return i;
    // (a title with a portfolio at most: one that serves someone, "Advisor to Prime
    // Minister X", is parsed on its own, as parsing adds the mentions of its complement)
    static const WordSet kServing = {"to", "at", "in", "on", "with"};
    bool portfolio = false;
    for (int k = i + 1; k < std::min(n_, i + 8) && !IsNameToken(a_, s_, k); ++k) {
      if (kServing.contains(tok(k).folded) || (portfolio && kind(k) == TokenTag::kTitle))
        return i;
      portfolio = portfolio || IsWord(tok(k), "of") || IsWord(tok(k), "for");
    }
    auto second = ParseRole(i + 1, 0, /*lower_case_ok=*/true);
    // (not "Somali President A and President B": a state has one president)
    const bool one_holder =
        second && second->head == first.head && LeadsAState(*a_.lexicon, first.head);
    if (!second || !second->affiliations.empty() || second->determiner || one_holder) return i;
    const int j = SkipHonorifics(second->end);
    const int end = ScanName(a_, s_, j);
    if (end - j < 2 || MentionAt(a_, si_, j) >= 0) return i;
    second->affiliations.push_back(first.affiliations.front());
    GiveRole(AddPerson(j, end, true), *second);
    return end;
  }

  // "the Comorian President's special envoy": the role after the possessive is the one
  // held; the possessor's role stands for its holder, whom the envoy serves, and its
  // country comes along as in "special envoy of the Comorian President".
  std::optional<RolePhrase> OwnedRoleAfter(const RolePhrase& owner) {
    if (owner.end + 1 >= n_ || !IsPossessive(tok(owner.end)) || !IsTitleStart(owner.end + 1))
      return std::nullopt;
    auto owned = ParseRole(owner.end + 1, 0, /*lower_case_ok=*/true);
    if (!owned) return std::nullopt;
    const int r = AddRoleOnly(owner);
    a_.mentions[r].embedded = true;
    owned->principals.push_back(r);
    owned->affiliations.insert(owned->affiliations.end(), owner.affiliations.begin(),
                               owner.affiliations.end());
    owned->begin = owner.begin;
    return owned;
  }

  // ... and "President Macky Sall's special envoy, X": the named possessor is the one
  // an aide's or envoy's role serves ("Obama's vice president" serves no one).
  RolePhrase OwnedRole(const RolePhrase& role) {
    if (auto owned = OwnedRoleAfter(role)) return *owned;
    RolePhrase out = role;
    if (role.begin >= 2 && IsPossessive(tok(role.begin - 1)) &&
        IsAideTitle(*a_.lexicon, role.head)) {
      const int owner = MentionAt(a_, si_, role.begin - 2);
      if (owner >= 0 && a_.mentions[owner].type == MentionType::kPerson &&
          a_.mentions[owner].embedded)
        out.affiliations.push_back(owner);
    }
    return out;
  }

  int AddRoleOnly(const RolePhrase& role) {
    int m = AddMention(a_, si_, role.begin, role.end, MentionType::kRoleOnly);
    a_.mentions[m].title_head = role.head;
    a_.mentions[m].titles = role.titles;
    a_.mentions[m].affiliations = role.affiliations;
    a_.mentions[m].roles.emplace_back(a_.Text(s_, role.begin, role.end));
    MarkPossessor(m);
    return m;
  }

  // "Adviser to the President of the French Republic on relations with Ukraine and Russia
  // Isabelle Dumont,": a topic after the role at `end` that runs into a name before the
  // next comma, the role's holder (no apposition to a name before it). Where that name
  // starts, or -1.
  int NameAfterTopic(int end) const {
    constexpr int kTopicWords = 10;
    if (end >= n_ || !(IsWord(tok(end), "on") || IsWord(tok(end), "for"))) return -1;
    bool lower = false;  // a topic in words of its own ("relations with"), no portfolio
    for (int k = end + 1; k < std::min(n_, end + 1 + kTopicWords); ++k) {
      if (tok(k).shape == TokenShape::kPunct || kind(k) == TokenTag::kHonorific) return -1;
      lower = lower || (tok(k).shape == TokenShape::kWord && !tok(k).capitalized &&
                        !IsNameParticle(a_, s_, k));
      if (!lower || !IsPlainName(k) || MentionAt(a_, si_, k) >= 0) continue;
      const int name_end = ScanName(a_, s_, k);
      if (name_end - k >= 2 &&
          (name_end == n_ || IsPunct(tok(name_end), ",") || IsPunct(tok(name_end), ".")) &&
          a_.lexicon->CityCountry(Lexicon::PhraseKey(s_.tokens.subspan(k, name_end - k))) < 0)
        return k;
    }
    return -1;
  }

  // "X, the Prime Minister's Media Office announced": a role that owns what follows it is
  // no apposition to the name before.
  bool IsPossessedAfter(const RolePhrase& role) const {
    return role.end < n_ && IsPossessive(tok(role.end));
  }

  // "after his talks with Bourita, the envoy said the message ...": a role with its
  // article and a verb after it is the subject of the next clause, not an apposition to
  // the name ("Volker, the United States special envoy for Ukraine negotiations, resigned"
  // is one: a single word closes its phrase).
  // (and one a reporting verb follows, whatever comes next: "... with Egypt's Foreign
  // Minister Badr Abdelatty, a U.N. spokesman said.")
  bool OpensNextClause(const RolePhrase& role) const {
    const int next = role.end;
    return role.determiner && next + 1 < n_ && tok(next).shape == TokenShape::kWord &&
           !tok(next).capitalized && !IsWord(tok(next), "and") &&
           (tok(next + 1).shape != TokenShape::kPunct || IsReportingVerb(tok(next).folded));
  }

  // "the Secretary" when a person named before is "Secretary of State": a title of its
  // own (no complement) that an earlier person's title begins or ends with.
  bool HeldByEarlierPerson(const RolePhrase& role) const {
    // (with no article too, opening the sentence: "Prime Minister and Foreign Minister X
    // discussed", as readouts call the Prime Minister)
    if ((!role.determiner && role.begin != s_.dateline_end) || !role.affiliations.empty() ||
        !role.principals.empty())
      return false;
    return std::any_of(a_.mentions.begin(), a_.mentions.end(), [&](const Mention& m) {
      if (m.type != MentionType::kPerson || m.sentence == si_) return false;
      return std::any_of(m.title_heads.begin(), m.title_heads.end(), [&](const std::string& head) {
        return TitleHeadHolds(head, role.head);
      });
    });
  }

  // Whether the role is a headline's second subject of a plural verb ("Anwar, Vietnamese
  // counterpart meet on sidelines of summit"): no apposition of the name before it.
  bool SubjectOfAHeadlinesPluralVerb(const RolePhrase& role) const {
    static const WordSet kPluralVerbs = {
        "meet",   "hold",    "discuss",  "agree",    "sign",       "review", "confer",
        "talk",   "explore", "exchange", "reaffirm", "underscore", "stress", "vow",
        "pledge", "seek",    "eye",      "mull",     "hail",       "urge",   "ink"};
    return s_.is_title && role.end < n_ && kPluralVerbs.contains(tok(role.end).folded);
  }

  bool AttachBackward(const RolePhrase& role) {
    int comma = role.begin - (role.determiner ? 2 : 1);
    if (comma < 1 || !IsPunct(tok(comma), ",") || OpensNextClause(role) || IsPossessedAfter(role) ||
        SubjectOfAHeadlinesPluralVerb(role))
      return false;
    int m = MentionAt(a_, si_, comma - 1);
    if (m < 0 || a_.mentions[m].type != MentionType::kPerson) return false;
    GiveRole(m, role);
    return true;
  }

  // One role of two titles joined up: the second's affiliations and principals join the
  // first's, and the role ends where the second does.
  static void Extend(RolePhrase& role, const RolePhrase& more) {
    role.affiliations.insert(role.affiliations.end(), more.affiliations.begin(),
                             more.affiliations.end());
    role.principals.insert(role.principals.end(), more.principals.begin(), more.principals.end());
    role.end = more.end;
  }

  // Past an acronym in parentheses at k ("Chief of Staff of the Bahrain Defence Force
  // (BDF) Lieutenant General ..."), or k.
  // ("(AfDB)": a body's acronym in mixed case too)
  int SkipAcronym(int k) const {
    return k + 2 < n_ && IsPunct(tok(k), "(") &&
                   (tok(k + 1).all_caps || MentionOfType(k + 1, MentionType::kInstitution) >= 0) &&
                   IsPunct(tok(k + 2), ")")
               ? k + 3
               : k;
  }

  // Past a portfolio in parentheses at k ("Joint Secretary (Latin America and Caribbean)
  // Smt. X"): capitalised words joined by "and", "&" or commas; or k.
  int SkipPortfolioInParentheses(int k) const {
    constexpr int kLongest = 8;
    if (k + 2 >= n_ || !IsPunct(tok(k), "(")) return k;
    for (int j = k + 1; j < n_ && j <= k + kLongest; ++j) {
      if (IsPunct(tok(j), ")")) return j > k + 1 ? j + 1 : k;
      if (!tok(j).capitalized && !tok(j).all_caps && !IsWord(tok(j), "and") &&
          !IsPunct(tok(j), "&") && !IsPunct(tok(j), ","))
        return k;
    }
    return k;
  }

  // Country, "Country's", or Organisation before a title: an affiliation.
  int ReadPremodifier(int j, RolePhrase& role) {
    const bool country = kind(j) == TokenTag::kCountryAdjective ||
                         kind(j) == TokenTag::kCountryName;
    int m = MentionAt(a_, si_, j);
    if (m < 0 || a_.mentions[m].begin != j) return j;
    if (!country && a_.mentions[m].type != MentionType::kInstitution) return j;
    int k = SkipAcronym(a_.mentions[m].end);  // "Bank Al-Maghrib (BAM) Governor"
    if (k < n_ && IsPossessive(tok(k))) ++k;
    // ("Kenya's Defense Cabinet Secretary X": a portfolio's words before the title)
    int title = k;
    while (title < std::min(n_, k + 3) && IsPlainCapital(title) &&
           Has(s_, title, a_.lists->portfolio_words))
      ++title;
    if (title > k && IsTitleStart(title)) k = title;
    if (const int topic = TitleAfterTopic(k); topic > k) k = topic;
    if (!IsTitleStart(k) && kind(k) != TokenTag::kHonorific) return j;
    role.affiliations.push_back(m);
    return k;
  }

  // "EU foreign policy chief Josep Borrell", "UN refugee chief Filippo Grandi": up to three
  // ordinary words in lower case at k, the topic of a title in lower case that a name
  // follows. Where the title starts, or k.
  int TitleAfterTopic(int k) const {
    constexpr int kTopicWords = 3;
    int title = k;
    while (title < std::min(n_, k + kTopicWords) && !tok(title).capitalized &&
           tok(title).shape == TokenShape::kWord && kind(title) == TokenTag::kNone &&
           Has(s_, title, WordLists::kCommon) && !IsDeterminer(a_, s_, title) &&
           !IsWord(tok(title), "and"))
      ++title;
    if (title == k || !IsTitleStart(title) || tok(title).capitalized) return k;
    const int after = chunk_end(title);
    return after < n_ && tok(after).capitalized && FullNameAt(after) ? title : k;
  }

  // "Minister of Foreign Affairs", "Minister for the Economy, Finance and the Recovery":
  // the capitalised words after of/for belong to the title up to the last ordinary
  // word; what follows is a name ("... Affairs Dmytro Kuleba").
  // "for Foreign Affairs", "of Economy", "on Foreign Affairs": the portfolio of a title.
  // After a complement ("Adviser to the President of Estonia on Foreign Affairs") only
  // a run ending in a portfolio word counts (`portfolio_only`), never "on Monday".
  int ReadPortfolio(int j, bool portfolio_only = false, bool after_and = false) {
    if (j + 1 >= n_ || !(IsWord(tok(j), "of") || IsWord(tok(j), "for") || IsWord(tok(j), "on") ||
                         (after_and && IsWord(tok(j), "and"))))
      return j;
    // "Head of Chechnya Ramzan Kadyrov", "Head of Udmurtia Alexander Brechalov": a word no
    // lexicon knows right after "of", then a name of two words, is the place of the title
    if (IsWord(tok(j), "of") && IsPlainCapital(j + 1) && !Has(s_, j + 1, WordLists::kCommon)) {
      // ("of St Petersburg Alexander Beglov", "of Abu Dhabi Sheikh ...": a city of two words)
      if (j + 3 < n_ && IsCapitalWord(tok(j + 2)) && FullNameAt(j + 3) &&
          a_.lexicon->CityCountry(Lexicon::PhraseKey(s_.tokens.subspan(j + 1, 2))) >= 0)
        return j + 3;
      if (tok(j + 1).shape == TokenShape::kWord && tok(j + 1).text.size() > 2 &&  // not "St"
          PlaceAfterInnerOf(j + 1) == j + 2 && IsPlainName(j + 2))
        return j + 2;
    }
    // ("President of South Ossetia Anatoly Bibilov": a compass word and the place's name)
    if (IsWord(tok(j), "of") && IsPlainCapital(j + 1) && Has(s_, j + 1, a_.lists->not_name_words) &&
        PlaceAfterInnerOf(j + 1) == j + 3 && IsPlainName(j + 3))
      return j + 3;
    if (const int place_end = RegionThenName(j + 1); place_end >= 0) return place_end;
    int end = j + 1;
    int last_word = -1, last_portfolio = -1;
    bool with_partner = false;  // "for Relations with International Organizations"
    while (end < n_) {
      const Token& t = tok(end);
      if (Has(s_, end, a_.lists->calendar_words)) break;  // "head of state on March 19"
      // ("for Korean Peninsula Peace and Security Affairs": a state's word a place's name
      // holds is a word of the portfolio)
      const bool place_word =
          (kind(end) == TokenTag::kCountryAdjective || kind(end) == TokenTag::kCountryName) &&
          MentionAt(a_, si_, end) < 0 && IsCapitalWord(t);
      if (IsPlainCapital(end) || BodyWordOfAffairs(end) || place_word) {
        // "for the Global Engagement Center Leah Bray": a word no lexicon knows after
        // ordinary ones starts the name
        if (!Has(s_, end, WordLists::kCommon) && !place_word && last_word >= 0 && NameStartsAt(end))
          break;
        // ("for West Africa and the Sahel and Head of ...": a region's words are the
        // portfolio's as ordinary words are)
        if (Has(s_, end, WordLists::kCommon | a_.lists->not_name_words)) last_word = end;
        if (Has(s_, end, a_.lists->portfolio_words) ||
            (with_partner && Has(s_, end, WordLists::kCommon)))
          last_portfolio = end;
        ++end;
      } else if (const int place_end = IsWord(t, "of") && end > j + 1 && IsPlainCapital(end - 1)
                                           ? PlaceAfterInnerOf(end + 1)
                                           : -1;
                 place_end >= 0) {
        // "for the Horn of Africa", "of the Republic of Dagestan Sergei Melikov": the
        // place right after an inner "of" is the portfolio's too, as no name starts there
        last_word = place_end - 1;
        end = place_end;
      } else if (kind(end) == TokenTag::kModifier && IsPlainCapital(end + 1)) {
        // "and Regional Integration", "for Regional Development": a modifier word of the
        // portfolio
        last_word = end++;
      } else if (const int region = MentionOfType(end, MentionType::kCountry);
                 region >= 0 && end > j + 1 && IsCompassPoint(end - 1)) {
        end = a_.mentions[region].end;  // "for Middle East, North Africa, and North America"
        last_word = end - 1;
      } else if (const int adjective = MentionOfType(end, MentionType::kCountry);
                 adjective >= 0 && a_.mentions[adjective].adjective &&
                 IsWord(tok(end - 1), "and") && IsPlainCapital(a_.mentions[adjective].end)) {
        end = a_.mentions[adjective].end;  // "... and Moroccan Expatriates"
      } else if (const int body = MentionOfType(end, MentionType::kInstitution);
                 body >= 0 && a_.mentions[body].end < n_ &&
                 (Has(s_, a_.mentions[body].end, a_.lists->portfolio_words) ||
                  IsPluralOrdinaryWord(a_.mentions[body].end))) {
        // "for East African Community Affairs", "for EU Funds": a body's affairs or funds
        end = a_.mentions[body].end;
      } else if (const int listed = MentionOfType(end, MentionType::kInstitution);
                 listed >= 0 && last_portfolio >= 0 && IsPunct(tok(end - 1), ",") &&
                 a_.mentions[listed].end + 1 < n_ && IsWord(tok(a_.mentions[listed].end), "and")) {
        // "of Foreign Affairs, Francophonie and Central Africans Abroad": a body's name
        // listed among the portfolios names them too, not the body
        a_.mentions[listed].portfolio = true;
        end = a_.mentions[listed].end;
        last_word = end - 1;
      } else if (end + 1 < n_ &&
                 (IsWord(t, "and") || IsWord(t, "the") || IsPunct(t, ",") || IsPunct(t, "-"))) {
        ++end;
      } else if (IsWord(t, "with") && end > j + 1 && IsPlainCapital(end - 1) &&
                 Has(s_, end - 1, WordLists::kCommon) && end + 1 < n_ && tok(end + 1).capitalized &&
                 Has(s_, end + 1, WordLists::kCommon)) {
        with_partner = true;  // the words it relates with are the portfolio's
        ++end;
      } else if (end > j + 1 && IsPossessive(t) && end + 1 < n_ && IsPlainCapital(end - 1) &&
                 IsPlainCapital(end + 1)) {
        ++end;  // "Minister of People's Power for Foreign Affairs"
      } else if ((IsWord(t, "region") || IsWord(t, "subregion")) && end > j + 1 &&
                 IsPlainCapital(end - 1)) {
        last_word = end++;  // "Special Representative for the Gulf region"
      } else {
        break;
      }
    }
    // "of the Republic, John Dramani Mahama,": a name after a comma that runs to where the
    // words stopped, or to a comma of its own ("of the Republic, Salvador Valdés Mesa, and
    // ..."), is no portfolio, though its given names are also ordinary words ("John", "Ali
    // Bongo")
    int words_end = end;
    while (words_end > j + 1 && tok(words_end - 1).shape == TokenShape::kPunct) --words_end;
    for (int k = j + 2; k + 2 < words_end; ++k) {
      if (!IsPunct(tok(k), ",")) continue;
      const int name_end = ScanName(a_, s_, k + 1);
      if (name_end < words_end && !(name_end > k + 2 && IsPunct(tok(name_end), ","))) continue;
      bool portfolio = false, uncommon = false;
      for (int q = k + 1; q < std::min(name_end, words_end); ++q) {
        portfolio = portfolio || Has(s_, q, a_.lists->portfolio_words);
        uncommon = uncommon || !Has(s_, q, WordLists::kCommon);
      }
      if (!portfolio && uncommon) return k;
    }
    // "... and the Community Abroad, Ahmed Attaf": ordinary words up to the comma of an
    // apposition hide no name
    if (last_word > last_portfolio && IsPunct(tok(last_word + 1), ",") &&
        ScanName(a_, s_, last_word + 2) > last_word + 2)
      return last_word + 1;
    // "Foreign Affairs, African Cooperation and Moroccan Expatriates,": ordinary words
    // joined to the portfolio by "and", up to punctuation or the honorific of the name
    // ("Minister of Water and Irrigation Eng. Raed Abu Al-Saud")
    if (last_portfolio >= 0 && last_word > last_portfolio &&
        IsWord(tok(last_portfolio + 1), "and") && last_word + 1 < n_ &&
        (tok(last_word + 1).shape == TokenShape::kPunct ||
         kind(last_word + 1) == TokenTag::kHonorific))
      return last_word + 1;
    // "... Affairs Victoria Nuland" (but "Director of Gas Projects at the ...": ordinary
    // words after the last portfolio word, before the body the title is at, are its own)
    const bool at_body = end + 1 < n_ && (IsWord(tok(end), "at") || IsWord(tok(end), "in")) &&
                         AllCommonWords(s_, last_portfolio + 1, end);
    if (last_portfolio >= 0 && !at_body) return last_portfolio + 1;
    return last_word >= 0 && !portfolio_only ? last_word + 1 : j;
  }

  // "of Royal Court Affairs", "of Amiri Diwan Affairs": a body's head word in a run of
  // capitalised words that ends in "Affairs" is a word of the portfolio.
  // ("Minister of Territorial Administration and Decentralisation": a body's head word
  // that is also a portfolio's, where no body was found)
  bool BodyWordOfAffairs(int k) const {
    return k < n_ && kind(k) == TokenTag::kInstitutionHead && tok(k).capitalized &&
           (RunsIntoAffairs(s_, k) ||
            (Has(s_, k, a_.lists->portfolio_words) && MentionAt(a_, si_, k) < 0));
  }

  // "Funds", "Programmes": a capitalised plural ordinary word at k.
  bool IsPluralOrdinaryWord(int k) const {
    return IsPlainCapital(k) && Has(s_, k, WordLists::kCommon) && IsPluralWord(tok(k).folded);
  }

  // Whether the capitalised run at k is a name rather than more of a portfolio: no
  // portfolio word in it, and no "and" or comma after it ("East Asian and Pacific
  // Affairs", "Civil Defence, Emergencies ...").
  bool NameStartsAt(int k) const {
    int e = k;
    for (; e < n_ && IsPlainCapital(e); ++e)
      if (Has(s_, e, a_.lists->portfolio_words)) return false;
    return e == n_ || !(IsWord(tok(e), "and") || IsPunct(tok(e), ","));
  }

  // A name at k that no ordinary or portfolio word opens or runs through ("Ramzan
  // Kadyrov", not "Diwan Affairs Sheikh Mohammad").
  bool IsPlainName(int k) const {
    const int end = ScanName(a_, s_, k);
    if (end <= k || Has(s_, k, WordLists::kCommon)) return false;
    for (int i = k; i < end; ++i)
      if (Has(s_, i, a_.lists->portfolio_words)) return false;
    return true;
  }

  // "North" (America), "Central" (Asia): a region's first word, not a country's.
  bool IsCompassPoint(int i) const {
    static const WordSet kPoints = {"north", "south", "east", "west", "central", "northern",
                                    "southern", "eastern", "western"};
    return tok(i).capitalized && kPoints.contains(tok(i).folded);
  }

  // A capitalised word that no lexicon phrase or mention claims.
  bool IsPlainCapital(int i) const {
    return i < n_ && IsCapitalWord(tok(i)) && kind(i) == TokenTag::kNone &&
           MentionAt(a_, si_, i) < 0;
  }

  // The end of a place at i that ends a portfolio's run, or -1: one capitalised word
  // (two after a word like "South": "South Ossetia"), followed by punctuation or by a
  // name of two words or more ("Karelia Artur Parfenchikov"), not by a single word
  // ("Abu Dhabi Sheikh ...").
  int PlaceAfterInnerOf(int i) const {
    if (!IsPlainCapital(i)) return -1;
    int after = i + 1;
    while (IsPlainCapital(after)) ++after;
    const int name_words = after - (i + 1);
    if (name_words == 0)
      return after == n_ || tok(after).shape == TokenShape::kPunct ? i + 1 : -1;
    if (name_words >= 3 && Has(s_, i, a_.lists->not_name_words)) return i + 2;  // "South Ossetia"
    return name_words >= 2 ? i + 1 : -1;
  }

  // "for Central Asia Aichetou Mint Ould Cheikh": a region's words ("Central", "Asia",
  // words no name holds), right after the portfolio's "for" or "of", then a name that no
  // ordinary or portfolio word opens, are the whole portfolio, though an ordinary word
  // runs through the name ("Mint"). Returns where the region ends, or -1.
  int RegionThenName(int i) const {
    int k = i;
    while (IsPlainCapital(k) && Has(s_, k, a_.lists->not_name_words)) ++k;
    if (k == i || !IsPlainCapital(k) || Has(s_, k, WordLists::kCommon)) return -1;
    const int end = ScanName(a_, s_, k);
    if (end - k < 2) return -1;
    for (int q = k; q < end; ++q)
      if (Has(s_, q, a_.lists->portfolio_words)) return -1;
    return k;
  }

  // A title at i that is no honorific ("Secretary-General", not "Sheikh" before a name).
  bool OpensTitleOnly(int i) const {
    return i < n_ && kind(i) == TokenTag::kTitle && !s_.tags[i].honorific_too;
  }

  // A title of service to someone: "Adviser to", "Chief of Staff to", "Secretary of
  // State to the Minister".
  bool TakesAnAddressee(std::string_view head) const {
    static const WordSet kServing = {"staff", "secretary", "assistant", "spokesman",
                                     "spokesperson", "delegate", "liaison"};
    for (std::size_t i = 0; i < head.size();) {
      const std::size_t space = std::min(head.find(' ', i), head.size());
      const std::string_view word = head.substr(i, space - i);
      if (kServing.contains(word) || IsAideTitle(*a_.lexicon, word)) return true;
      i = space + 1;
    }
    return false;
  }

  // The person named after "<country>'s <title>" (the country mention `country`), made
  // an embedded mention holding that title of that country; -1 when no title and name
  // follow.
  int PossessedOfficeHolder(int country, int depth) {
    const int at = a_.mentions[country].end + 1;
    if (depth >= 2 || at >= n_) return -1;
    auto office = ParseRole(at, depth + 1);
    if (!office) return -1;
    const int start = SkipHonorifics(office->end);
    const int name_end = ScanName(a_, s_, start);
    if (name_end <= start || MentionAt(a_, si_, start) >= 0 || AllCommonWords(s_, start, name_end))
      return -1;
    office->affiliations.push_back(country);
    return AddOfficeHolder(*office, start, name_end);
  }

  // The holder of `office` named at [start, name_end) inside another's role: an embedded
  // person mention, no participant of the sentence's event.
  int AddOfficeHolder(const RolePhrase& office, int start, int name_end) {
    const int p = AddPerson(start, name_end, true);
    GiveRole(p, office);
    a_.mentions[p].embedded = true;
    return p;
  }

  // "Bangladesh's interim government Professor Muhammad Yunus" from the possessive's next
  // word at `from`: the state's government, up to the name after it, is the role's too
  // (not "the Emir of Kuwait's envoy X", whose head is the envoy's); where it ends, or -1.
  int GovernmentBeforeName(int from) const {
    static const WordSet kGovernments = {"government", "administration", "cabinet"};
    constexpr int kWords = 3;
    int k = from;
    while (k < std::min(n_, from + kWords) && tok(k).shape == TokenShape::kWord &&
           !tok(k).capitalized && !kGovernments.contains(tok(k).folded))
      ++k;
    if (k >= n_ || !kGovernments.contains(tok(k).folded)) return -1;
    const int name = SkipHonorifics(k + 1);
    return MentionAt(a_, si_, name) < 0 && ScanName(a_, s_, name) > name ? k + 1 : -1;
  }

  int ReadComplement(int j, RolePhrase& role, int depth) {
    if (j + 1 >= n_) return j;
    const auto& w = tok(j).folded;
    if (w != "of" && w != "to" && w != "for" && w != "at" && w != "in") return j;
    // "Ambassador to Kenya", "Adviser to the President", but not "the greetings of the
    // Sultan to the Kazakh President": only an envoy's or an aide's title takes "to"
    if (w == "to" && !role.diplomatic &&
        (!TakesAnAddressee(role.head) ||
         !(IsWord(tok(j + 1), "the") || IsTitleStart(j + 1))))  // (not "to Travel to Fiji")
      return j;
    int k = j + 1;
    if (IsWord(tok(k), "the") && k + 1 < n_) ++k;
    // ("welcoming the Crown Prince in Russia": a monarch's or leader's title "in" a state
    // tells where he will be, not what he holds; "Human Rights Commissioner in Russian
    // Federation" is an office of it)
    if (w == "in" && role.determiner && (EndsRoyal(role) || LeadsAState(*a_.lexicon, role.head)) &&
        MentionOfType(k, MentionType::kCountry) >= 0)
      return j;
    // "Ambassador to Kenya" names the host; "Special Representative for the DPRK" a brief
    const bool host = (role.diplomatic && (w == "to" || w == "in" || w == "at")) || w == "for";
    if (!host) k = PastTradeWords(k);
    int country = MentionOfType(k, MentionType::kCountry);
    // "to the Eritrean President": a role of its own, not the country; but an ambassador
    // "to the United States" is followed by a titled name of its own ("Princess Reema")
    // (and a brief "for the DPRK" before the holder's second title: "Special
    // Representative for the DPRK Ambassador Sung Kim")
    const bool host_named = host && (role.diplomatic || w == "for") && country >= 0 &&
                            !a_.mentions[country].adjective;
    // (but "Minister of Defence of Azerbaijan Colonel General X", "President of the United
    // Arab Emirates Sheikh X": a rank after a state's name is the holder's own)
    if (country >= 0 && IsTitleStart(a_.mentions[country].end) && !host_named &&
        !(!a_.mentions[country].adjective && IsRankAt(a_.mentions[country].end)))
      country = -1;
    if (int m = country; m >= 0) {
      int end = a_.mentions[m].end;
      // "of Libya's Presidential Council", "of Sudan's transitional Sovereign Council"
      if (end + 1 < n_ && IsPossessive(tok(end))) {
        int at = end + 1;
        if (at + 1 < n_ && !tok(at).capitalized && tok(at).shape == TokenShape::kWord &&
            !IsDeterminer(a_, s_, at) && MentionOfType(at + 1, MentionType::kInstitution) >= 0)
          ++at;  // "Sudan's transitional Sovereign Council"
        // ("Mauritania's national mining company SNIM": a company of that state)
        const int named = at;
        if (!host) at = PastTradeWords(at);
        if (int inst = MentionOfType(at, MentionType::kInstitution); inst >= 0) {
          role.affiliations.push_back(inst);
          if (at > named && a_.mentions[inst].country < 0)
            a_.mentions[inst].country = a_.mentions[m].country;
          return a_.mentions[inst].end;
        }
        // "special envoy of Ghana's President John Dramani Mahama": the state's office
        // holder named after the possessive, whom the role serves
        if (const int holder = host ? -1 : PossessedOfficeHolder(m, depth); holder >= 0) {
          role.affiliations.push_back(holder);
          return a_.mentions[holder].end;
        }
        // "Chief Adviser of Bangladesh's interim government Professor Muhammad Yunus"
        if (const int government = host || depth > 0 ? -1 : GovernmentBeforeName(at);
            government >= 0) {
          role.affiliations.push_back(m);
          return government;
        }
      }
      // "of the Chinese Government", "of the Libyan people", "head of Malian diplomacy": the
      // state a word of its own after the adjective stands for
      static const WordSet kStateNouns = {"government", "authorities", "leadership", "people",
                                          "side",       "state",       "diplomacy"};
      if (a_.mentions[m].adjective && end < n_ && kStateNouns.contains(tok(end).folded)) ++end;
      if (!host) role.affiliations.push_back(m);
      // ("Special Envoy for Sudan and South Sudan", "Ambassador to Ethiopia and Djibouti": a
      // brief or a posting of several states, joined by "and")
      while (host && !a_.mentions[m].adjective && end + 1 < n_ && IsWord(tok(end), "and"))
        if (const int more = MentionOfType(end + 1, MentionType::kCountry);
            more >= 0 && !a_.mentions[more].adjective)
          end = a_.mentions[more].end;
        else
          break;
      return end;
    }
    // "of the UN Secretary-General": the institution opens a role of its own (but an
    // ambassador "to the UN" is posted there, a titled name following, and a military
    // rank after the body is its holder's: "of the Turkish Armed Forces General X")
    if (int m = MentionOfType(k, MentionType::kInstitution);
        m >= 0 && (host || !OpensTitleOnly(a_.mentions[m].end) || IsRankAt(a_.mentions[m].end) ||
                   IsAmbassadorsRankAt(a_.mentions[m].end))) {
      // (a diplomat "at the Embassy of Cameroon in Abuja" serves the mission he is at)
      const Mention& body = a_.mentions[m];
      if (!host || (w != "to" && IsDiplomaticMission(s_, body.begin, body.end)))
        role.affiliations.push_back(m);
      // "Speaker of the State Great Khural of Mongolia": the body's state after it (past
      // a gloss: "State Great Khural (Parliament) of Mongolia")
      int of = body.end;
      if (of + 3 < n_ && IsPunct(tok(of), "(") && IsPunct(tok(of + 2), ")")) of += 3;
      if (!host && of + 1 < n_ && IsWord(tok(of), "of")) {
        const int state =
            MentionOfType(IsWord(tok(of + 1), "the") ? of + 2 : of + 1, MentionType::kCountry);
        if (state >= 0 && !a_.mentions[state].adjective) {
          // ("Chairman of the Board of Directors of Mozambique's state-owned ports company
          // X": the company whose board it is, which is the state's)
          const int owned = a_.mentions[state].end;
          if (const int at =
                  owned + 1 < n_ && IsPossessive(tok(owned)) ? PastTradeWords(owned + 1) : owned;
              at > owned + 1)
            if (const int company = MentionOfType(at, MentionType::kInstitution);
                company >= 0 && !role.affiliations.empty() && role.affiliations.back() == m) {
              role.affiliations.back() = company;  // (in place of the board)
              if (a_.mentions[company].country < 0)
                a_.mentions[company].country = a_.mentions[state].country;
              return a_.mentions[company].end;
            }
          return owned;
        }
      }
      return body.end;
    }
    // "Kenya's Ambassador in Cairo Joseph Sang": the city of a diplomat's posting; "Crown
    // Prince of Dubai, Deputy Prime Minister and ...": a city's office, the role going on
    if ((host && (w == "in" || w == "at")) || (w == "of" && k == j + 1))
      if (const int city = CityEnd(a_, s_, k); city > 0) return city;
    // "A, Adviser to the Prime Minister of X B": the office a first, tentative reading of
    // the phrase (as A's apposition) already added is the one served
    if (const int r = MentionAt(a_, si_, k); r >= 0 && a_.mentions[r].begin == k &&
                                             a_.mentions[r].type == MentionType::kRoleOnly &&
                                             a_.mentions[r].embedded) {
      const Mention& office = a_.mentions[r];
      if (!host)
        role.affiliations.insert(role.affiliations.end(), office.affiliations.begin(),
                                 office.affiliations.end());
      role.principals.push_back(r);
      return office.end;
    }
    // "Vice President for Operations of the Bank X": the one body of the report the head
    // word stands for
    if (!host && k > j + 1 && IsWord(tok(k - 1), "the") &&
        (k + 1 >= n_ || !tok(k + 1).capitalized || FullNameAt(k + 1) || IsTitleStart(k + 1)))
      if (const int body = BodyNamedByItsHead(k); body >= 0) {
        role.affiliations.push_back(body);
        return k + 1;
      }
    if (depth < 2) {
      if (auto inner = ParseRole(k, depth + 1)) {
        int start = SkipHonorifics(inner->end);
        int name_end = ScanName(a_, s_, start);
        // "Director of General Intelligence": one ordinary word after the inner title
        // names a service, not its holder
        if (name_end == start + 1 && AllCommonWords(s_, start, name_end)) return name_end;
        // "Adviser to the Deputy Prime Minister Dilnoza Rasulova": the name after an
        // aide's "to the <title>" is the aide's, as "the" opens no titled name (and after
        // "for the": "Spokesman for the Secretary-General Gamal Rushdi")
        const bool aide_named = k > j + 1 && ((w == "to" && !host) ||
                                              (w == "for" && IsAideTitle(*a_.lexicon, role.head)));
        if (name_end > start && MentionAt(a_, si_, start) < 0 && !aide_named) {
          role.affiliations.push_back(AddOfficeHolder(*inner, start, name_end));
          return name_end;
        }
        if (!host)
          role.affiliations.insert(role.affiliations.end(), inner->affiliations.begin(),
                                   inner->affiliations.end());
        // "to the President of the French Republic": coreference may find who that is
        int r = AddRoleOnly(*inner);
        a_.mentions[r].embedded = true;
        role.principals.push_back(r);
        return inner->end;
      }
    }
    int name_end = ScanName(a_, s_, k);
    // "of Mass Destruction Policy" names no one
    if (w == "of" && name_end > k + 1 && MentionAt(a_, si_, k) < 0 &&
        !AllCommonWords(s_, k, name_end)) {
      int p = AddPerson(k, name_end, false);
      a_.mentions[p].embedded = true;
      role.affiliations.push_back(p);
      return name_end;
    }
    return j;
  }

  // "Minister of Foreign Affairs and Egyptian Expatriates": a portfolio of the state's
  // own people abroad names the minister's state (not "for Syrian Affairs", a topic).
  void AddStateOfItsNationals(int begin, int end, RolePhrase& role) const {
    static const WordSet kNationals = {"expatriates", "nationals", "diaspora", "citizens",
                                       "abroad"};
    if (!role.affiliations.empty()) return;
    for (int k = begin; k < end; ++k) {
      const int m = MentionOfType(k, MentionType::kCountry);
      if (m < 0 || !a_.mentions[m].adjective || a_.mentions[m].end >= n_) continue;
      if (kNationals.contains(tok(a_.mentions[m].end).folded)) {
        role.affiliations.push_back(m);
        return;
      }
    }
  }

  // A military rank or a title that is also an honorific at k ("Colonel General",
  // "Sheikh"): one a name after it bears, whatever comes before it.
  bool IsRankAt(int k) const {
    return k < n_ && kind(k) == TokenTag::kTitle &&
           (s_.tags[k].honorific_too || a_.lexicon->title_kind(s_.tags[k].index) == "military");
  }

  // "Ambassador" alone before a full name, which a diplomat keeps as a rank ("Secretary-
  // General of the Ministry of Foreign Affairs Ambassador X": no ministry has ambassadors).
  bool IsAmbassadorsRankAt(int k) const {
    return k + 1 < n_ && kind(k) == TokenTag::kTitle && chunk_end(k) == k + 1 &&
           IsWord(tok(k), "ambassador") && FullNameAt(k + 1);
  }

  bool IsRoyalTitle(std::uint32_t title) const {
    return a_.lexicon->title_kind(title) == "royal";
  }
  bool EndsRoyal(const RolePhrase& role) const {
    return !role.titles.empty() && IsRoyalTitle(role.titles.back());
  }

  // "the Bank's Director General", "the council's deputy chairman", "the Forum's Director
  // of Policy": the body a head word (or a capitalised last word of a body's name) at
  // `head`, after "the" and before the possessive, stands for: the one body with that last
  // word the report named before it; -1 otherwise (none, or two: "the People's Assembly"
  // and "the Algerian People's National Assembly").
  int BodyNamedByItsHead(int head) const {
    // (in lower case too: "Sani Danjuma, the bank's Country Manager")
    if (head < 1 || MentionAt(a_, si_, head) >= 0 || !IsWord(tok(head - 1), "the") ||
        !(kind(head) == TokenTag::kInstitutionHead ||
          (kind(head) == TokenTag::kNone && tok(head).shape == TokenShape::kWord)))
      return -1;
    // (a body's name without "Group": "the Islamic Development Bank Group" is the Bank)
    auto without_group = [](std::string_view surface) {
      return surface.ends_with(" Group") ? surface.substr(0, surface.size() - 6) : surface;
    };
    int body = -1;
    for (int m = 0; m < static_cast<int>(a_.mentions.size()); ++m) {
      const Mention& mention = a_.mentions[m];
      if (mention.type != MentionType::kInstitution || mention.end <= mention.begin + 1 ||
          std::pair{mention.sentence, mention.begin} >= std::pair{si_, head})
        continue;
      // (its last word, or the one before "Group")
      const auto& words = a_.sentences[mention.sentence].tokens;
      const int last = words[mention.end - 1].folded == "group" ? mention.end - 2 : mention.end - 1;
      if (words[last].folded != tok(head).folded) continue;
      if (body >= 0 && without_group(a_.mentions[body].surface) != without_group(mention.surface))
        return -1;
      body = m;
    }
    return body;
  }

  // "the West African Development Bank (BOAD), whose president Serge Ekué ...": the body
  // named right before ", whose" a title at `begin` follows; -1 otherwise.
  int BodyBeforeWhose(int begin) const {
    if (begin < 3 || !IsWord(tok(begin - 1), "whose") || !IsPunct(tok(begin - 2), ",")) return -1;
    int end = begin - 2;  // past an acronym in parentheses: "(BOAD)"
    if (end >= 4 && IsPunct(tok(end - 1), ")") && IsPunct(tok(end - 3), "(")) end -= 3;
    const int m = MentionAt(a_, si_, end - 1);
    return m >= 0 && a_.mentions[m].type == MentionType::kInstitution && a_.mentions[m].end == end
               ? m
               : -1;
  }

  std::optional<RolePhrase> ParseRole(int i, int depth, bool lower_case_ok = false) {
    RolePhrase role;
    int j = i;
    if (j < n_ && IsDeterminer(a_, s_, j) && kind(j) != TokenTag::kHonorific) {
      role.determiner = true;
      ++j;
    }
    role.begin = j;
    bool has_title = false;
    while (j < n_) {
      if (MentionAt(a_, si_, j) >= 0 && !has_title) {
        int next = ReadPremodifier(j, role);
        if (next == j) break;
        j = next;
        continue;
      }
      if (MentionAt(a_, si_, j) >= 0) break;
      const auto k = kind(j);
      if (k == TokenTag::kTitle || k == TokenTag::kModifier) {
        // "HM the King President William Ruto's greetings": a monarch's title ends at
        // the title of another office, which opens the next person's role
        if (k == TokenTag::kTitle && EndsRoyal(role) && !IsRoyalTitle(s_.tags[j].index)) break;
        // ("The head of state then received": a modifier after a title opens no more of it)
        if (k == TokenTag::kModifier && has_title && !IsTitleStart(chunk_end(j))) break;
        if (k == TokenTag::kTitle) {
          has_title = true;
          role.titles.push_back(s_.tags[j].index);
          const auto& kind_name = a_.lexicon->title_kind(s_.tags[j].index);
          role.diplomatic = role.diplomatic || kind_name == "diplomatic";
        }
        std::string words;  // ("PM", "Lt. Gen.": the title an abbreviation stands for)
        for (int t = j; t < chunk_end(j); ++t) {
          if (!words.empty()) words += ' ';
          words += tok(t).folded;
        }
        if (!role.head.empty()) role.head += ' ';
        role.head += a_.lexicon->ExpandAbbreviation(words);
        j = chunk_end(j);
        if (j + 1 < n_ && IsDash(tok(j)) && IsTitleStart(j + 1)) ++j;
        continue;
      }
      if (k == TokenTag::kHonorific && !has_title && j == role.begin) {
        // "His Excellency the Minister": an honorific before a title
        int after = chunk_end(j);
        if (IsTitleStart(after)) { j = after; continue; }
      }
      break;
    }
    if (!has_title) return std::nullopt;
    // "Professor X, at the head of a delegation that included ...": leading, no office
    if (role.head == "head" && !tok(role.begin).capitalized && role.begin >= 2 &&
        IsWord(tok(role.begin - 1), "the") && IsWord(tok(role.begin - 2), "at"))
      return std::nullopt;
    // lower-case titles need a determiner, a possessor or a capital somewhere ("the
    // special envoy", "President X's special envoy"), or in a headline, which drops
    // articles, a complement ("receives special envoy of Botswana's President")
    const bool possessed = role.begin > 0 && IsPossessive(tok(role.begin - 1));
    if (possessed && depth == 0)
      if (const int body = BodyNamedByItsHead(role.begin - 2); body >= 0)
        role.affiliations.push_back(body);
    const int whose_body = depth == 0 ? BodyBeforeWhose(role.begin) : -1;
    if (whose_body >= 0) role.affiliations.push_back(whose_body);
    const bool headline_complement = s_.is_title && j < n_ && !IsPluralTitle(role.head) &&
                                     (IsWord(tok(j), "of") || IsWord(tok(j), "to"));
    if (!tok(role.begin).capitalized && !role.determiner && !possessed && whose_body < 0 &&
        depth == 0 && !lower_case_ok && !headline_complement)
      return std::nullopt;
    if (IsTitleLettersAt(s_, j)) j += 3;  // past the title's letters: "(CDS) of the ..."
    const int portfolio_begin = j;
    j = ReadPortfolio(j);
    AddStateOfItsNationals(portfolio_begin, j, role);
    j = ReadComplement(j, role, depth);
    // "Secretary-General of the Ministry of Foreign Affairs of the Government of National
    // Unity, X": past the body the role's body is of
    while (!role.affiliations.empty() &&
           a_.mentions[role.affiliations.back()].type == MentionType::kInstitution &&
           a_.mentions[role.affiliations.back()].end == j && j + 2 < n_ && IsWord(tok(j), "of")) {
      const int k = IsWord(tok(j + 1), "the") ? j + 2 : j + 1;
      const int body = MentionOfType(k, MentionType::kInstitution);
      if (body < 0) break;
      j = a_.mentions[body].end;
    }
    // ("the EU Ambassador accredited to the Kingdom": the posting after "accredited")
    if (role.diplomatic && j + 1 < n_ && IsWord(tok(j), "accredited") && IsWord(tok(j + 1), "to"))
      ++j;
    // "Ambassador of the Republic of Sudan to the Russian Federation": the host after
    // the state a diplomat serves
    if (role.diplomatic && j < n_ && (IsWord(tok(j), "to") || IsWord(tok(j), "in")))
      j = ReadComplement(j, role, depth);
    // "Italy's Ambassador to the Sultanate, Marco Ricci", "Pakistan's Ambassador to the
    // Kingdom Ahmed Farooq": a host state named by a word of its own, before the name
    static const WordSet kStateWords = {"kingdom", "sultanate", "emirate", "state", "republic"};
    if (role.diplomatic && j + 3 < n_ && (IsWord(tok(j), "to") || IsWord(tok(j), "in")) &&
        IsWord(tok(j + 1), "the") && IsPlainCapital(j + 2) &&
        (IsPunct(tok(j + 3), ",") || (j + 4 == n_ && IsPunct(tok(j + 3), ".")) ||
         (kStateWords.contains(tok(j + 2).folded) && ScanName(a_, s_, j + 3) > j + 4)))
      j += 3;
    // ("the Ambassador of Iraq to Korea, Sanaa Al-Jubouri": a host the lexicon does not
    // know, one word before the comma)
    else if (role.diplomatic && j + 3 < n_ && (IsWord(tok(j), "to") || IsWord(tok(j), "in")) &&
             IsPlainCapital(j + 1) && IsPunct(tok(j + 2), ",") && FullNameAt(j + 3))
      j += 2;
    // "Mediator of ECOWAS (ECOWAS) for Mali": the state of the brief after the body
    if (!role.affiliations.empty()) {
      const int brief = SkipAcronym(j);
      const int k = brief + 1 < n_ && IsWord(tok(brief + 1), "the") ? brief + 2 : brief + 1;
      if (brief < n_ && IsWord(tok(brief), "for") && k < n_ &&
          MentionOfType(k, MentionType::kCountry) >= 0)
        j = ReadComplement(brief, role, depth);
    }
    if (depth == 0) {
      // "Minister of State and Foreign Affairs": a portfolio joined by "and" to a title that
      // ends "of State", when it names one
      if (j >= 2 && IsWord(tok(j - 2), "of") && tok(j - 1).folded == "state") {
        const int joined = ReadPortfolio(j, /*portfolio_only=*/true, /*after_and=*/true);
        for (int k = j + 1; k < joined; ++k)
          if (Has(s_, k, a_.lists->portfolio_words)) {
            j = joined;
            break;
          }
      }
      // "Vice-President of Equatorial Guinea in charge of National Defence and State
      // Security", "Minister in charge of Foreign Affairs": the portfolio after "in charge"
      if (j + 3 < n_ && IsWord(tok(j), "in") && IsWord(tok(j + 1), "charge"))
        if (const int portfolio = ReadPortfolio(j + 2, /*portfolio_only=*/true); portfolio > j + 3)
          j = portfolio;
      const int before = j;
      j = ReadPortfolio(j, /*portfolio_only=*/true);
      // "Minister of People's Power for Foreign Affairs of the Bolivarian Republic of
      // Venezuela": the state after a second portfolio
      if (j > before && j + 1 < n_ && IsWord(tok(j), "of")) {
        const int k = IsWord(tok(j + 1), "the") ? j + 2 : j + 1;
        if (MentionOfType(k, MentionType::kCountry) >= 0) j = ReadComplement(j, role, depth);
      }
    }
    role.end = j;
    // a former office holder no longer represents anyone
    if (role.head.starts_with("former") || role.head.starts_with("ex-")) {
      role.affiliations.clear();
      role.principals.clear();
    }
    return role;
  }

  Analysis& a_;
  int si_;
  Sentence& s_;
  int n_;
  const std::vector<std::string_view>& body_names_;
};

}  // namespace

void FindPersons(Analysis& analysis) {
  thread_local std::vector<std::string_view> body_names;  // (FindInstitutions has run)
  body_names.clear();
  for (const Mention& m : analysis.mentions)
    if (m.type == MentionType::kInstitution) body_names.push_back(m.surface);
  for (int si = 0; si < static_cast<int>(analysis.sentences.size()); ++si)
    PersonFinder(analysis, si, body_names).Run();
  TieSideMembers(analysis);
}

}  // namespace dkg::internal
