#include "extract/token_rules.h"

#include <algorithm>

#include "lexicon/string_table.h"
#include "text/name_words.h"

namespace dkg::internal {

namespace {

// "Palestinian-American": a hyphenated word that starts with a nationality.
bool IsNationalityCompound(const Analysis& a, const Token& t) {
  const auto dash = t.folded.find('-');
  if (dash == std::string::npos) return false;
  PhraseMatch match = a.lexicon->WordMatch(t.folded.substr(0, dash));
  return match.Has(PhraseKind::kCountryAdjective) || match.Has(PhraseKind::kCountryName);
}

}  // namespace

// A capital after a lower-case letter inside a word, as when a caption is glued to the
// text ("EmmanuelPresident"); name prefixes like Mc, Mac, De, La, Le, Di are fine.
bool HasGluedCapital(std::string_view text) {
  for (std::size_t i = 1; i < text.size(); ++i) {
    const char c = text[i], before = text[i - 1];
    if (!(c >= 'A' && c <= 'Z') || !(before >= 'a' && before <= 'z')) continue;
    const std::string_view prefix = text.substr(0, i);
    if (prefix == "Mc" || prefix == "Mac" || prefix == "De" || prefix == "La" || prefix == "Le" ||
        prefix == "Di" || prefix == "Da" || prefix == "Van" || prefix == "Von" || prefix == "Du")
      continue;
    const std::size_t part = prefix.find_last_of("-'");
    if (part != std::string_view::npos && i - part <= 4) continue;  // "al-HaSan", "O'NeIll"
    // "MaryKay", "JoAnn": two short names run together are one given name (not a name
    // run into a title: "YuryHead")
    constexpr std::size_t kShort = 4;
    const std::string_view rest = text.substr(i + 1);
    if (i <= kShort && rest.size() + 1 < kShort &&
        std::all_of(rest.begin(), rest.end(), [](char r) { return r >= 'a' && r <= 'z'; }))
      continue;
    return true;
  }
  return false;
}

// "Won-sik", "Jong-gun": a given name of two short syllables joined by a hyphen, the
// second in lower case (not a compound: "Sarov-based", "Kremlin-backed").
bool IsKoreanGivenName(std::string_view text) {
  static const WordSet kCompoundEnds = {"based", "led",   "backed", "run",  "owned", "made",
                                        "born",  "style", "level",  "wide", "like",  "free"};
  constexpr std::size_t kSyllable = 5;
  const std::size_t hyphen = text.find('-');
  if (hyphen == std::string_view::npos || hyphen == 0 || hyphen > kSyllable) return false;
  const std::string_view second = text.substr(hyphen + 1);
  if (second.size() < 2 || second.size() > kSyllable || kCompoundEnds.contains(second))
    return false;
  if (!(text[0] >= 'A' && text[0] <= 'Z')) return false;
  for (std::size_t k = 1; k < text.size(); ++k)
    if (k != hyphen && !(text[k] >= 'a' && text[k] <= 'z')) return false;
  return true;
}

namespace {

// "Non-Vaccine", "People-to-People", "Co-Host": a word of ordinary words joined by hyphens
// (in a headline's capitals) is no name's word, as "Bogdan-Martin" or "Won-sik" is.
bool IsCompoundOfOrdinaryWords(const Analysis& a, const Token& t) {
  std::string_view rest = t.folded;
  if (rest.find('-') == std::string_view::npos || IsKoreanGivenName(t.text)) return false;
  while (!rest.empty()) {
    const std::size_t dash = rest.find('-');
    const std::string_view part = rest.substr(0, dash);
    if (part.empty() || !a.lexicon->IsCommonWord(part)) return false;
    if (dash == std::string_view::npos) break;
    rest.remove_prefix(dash + 1);
  }
  return true;
}

}  // namespace

bool IsCasualCapital(const Sentence& s, int i) {
  const Token& t = s.tokens[i];
  if (!t.capitalized || t.all_caps) return false;
  if (!Has(s, i, WordLists::kCommon)) return false;
  if (i + 1 < static_cast<int>(s.tokens.size()) && IsKoreanGivenName(s.tokens[i + 1].text))
    return false;  // "Shin Won-sik": a family name
  if (s.is_title || s.title_case) return true;
  if (i == 0) return true;
  const Token& prev = s.tokens[i - 1];
  // (after a colon too, "Daniil Yegorov: Yes, Mr President", unless a name word follows:
  // "Question: Maria Glebova, RIA Novosti")
  if (IsWord(prev, ":"))
    return !(i + 1 < static_cast<int>(s.tokens.size()) && s.tokens[i + 1].capitalized &&
             !Has(s, i + 1, WordLists::kCommon));
  return prev.shape == TokenShape::kPunct &&
         (IsWord(prev, "\"") || IsWord(prev, "'") || IsWord(prev, "(") || IsWord(prev, "-"));
}

std::uint64_t LastWordBit(std::string_view word) {
  return std::uint64_t{1} << (HashString(word) & 63);
}

bool IsPlaceWord(const Analysis& a, const Sentence& s, int i) {
  return Has(s, i, a.lists->place_words | a.lists->geographic_features);
}

bool IsPlacePreposition(const Analysis& a, const Sentence& s, int i) {
  if (!Has(s, i, a.lists->locative_prepositions)) return false;
  // "a message of goodwill from X", "greetings from X": a sender, not a place (a headline's
  // bare word after it may still be either)
  if (IsWord(s.tokens[i], "from") && !s.is_title) {
    for (int k = i - 1; k >= std::max(0, i - 4) && s.tokens[k].shape != TokenShape::kPunct; --k)
      if (Has(s, k, a.lists->greeting_nouns)) return false;
    return true;
  }
  if (!IsWord(s.tokens[i], "to") || i == 0) return true;
  if (IsWord(s.tokens[i - 1], "wrote")) return false;
  // "his greetings to X", "his greetings and appreciation to X", "wishes of good health
  // and success to X": an addressee (a name counts as one word: "the greetings of
  // President Luiz Inácio Lula da Silva to Anwar")
  const std::uint64_t conveyed =
      a.lists->greeting_nouns | a.lists->greeting_verbs | a.lists->congratulate_verbs;
  for (int k = i - 1, words = 0; k >= 0 && words < 7 && s.tokens[k].shape != TokenShape::kPunct;
       --k) {
    if (Has(s, k, conveyed)) return false;
    if (const int m = s.mention_at[k]; m < 0 || a.mentions[m].begin == k) ++words;
  }
  // ("greetings of A to the President and to B": as the "to" it is coordinated with)
  if (IsWord(s.tokens[i - 1], "and"))
    for (int k = i - 2; k >= std::max(0, i - 8) && s.tokens[k].shape != TokenShape::kPunct; --k)
      if (IsWord(s.tokens[k], "to")) return IsPlacePreposition(a, s, k);
  return true;
}

int SurnameEnd(const Sentence& s, int begin, int end) {
  const std::string_view last = s.tokens[end - 1].folded;
  return end - begin >= 2 && text_internal::IsGenerationalSuffix(last) ? end - 1 : end;
}

bool FamilyNameFirst(std::string_view name) {
  const std::size_t space = name.find(' ');
  return space != std::string_view::npos && name.find(' ', space + 1) == std::string_view::npos &&
         IsKoreanGivenName(name.substr(space + 1));
}

bool IsEarlierSurname(const Analysis& a, const Token& t) {
  const std::string_view word = t.text;
  if ((a.person_last_words & LastWordBit(word)) == 0) return false;
  return std::any_of(a.mentions.begin(), a.mentions.end(), [&](const Mention& m) {
    if (m.type != MentionType::kPerson || m.span.end > t.span.begin) return false;
    // (its first word, of a name written family name first)
    if (m.surface.size() > word.size() && m.surface[word.size()] == ' ' &&
        m.surface.starts_with(word) && FamilyNameFirst(m.surface))
      return true;
    // (the surname before a generational suffix: "Ferdinand R. Marcos Jr.")
    const std::string_view name = text_internal::WithoutGenerationalSuffix(m.surface);
    return name.size() > word.size() && name.ends_with(word) &&
           name[name.size() - word.size() - 1] == ' ';
  });
}

bool IsNameParticle(const Analysis& a, const Sentence& s, int i) {
  return !s.tokens[i].capitalized && Has(s, i, a.lists->name_particles);
}

// "al-Sisi", "el-Sisi", "ad-Din": a lower-case particle glued to a capitalised name.
bool IsParticleName(const Token& t) {
  const std::string_view text = t.text;
  if (text.empty() || text[0] < 'a' || text[0] > 'z') return false;
  // the first hyphen, within the first four bytes and not the last byte
  for (std::size_t dash = 1; dash <= 3 && dash + 1 < text.size(); ++dash) {
    if (text[dash] == '-') return text[dash + 1] >= 'A' && text[dash + 1] <= 'Z';
  }
  return false;
}

bool GluedInitial(const Sentence& s, int i) {
  const Token& t = s.tokens[i];
  return t.shape == TokenShape::kAbbreviation && (t.text.size() == 2 || t.text.size() == 3) &&
         i + 1 < static_cast<int>(s.tokens.size()) && s.tokens[i + 1].span.begin == t.span.end &&
         s.tokens[i + 1].capitalized;
}

bool OpensGivenName(const Analysis& a, const Sentence& s, int i) {
  return Has(s, i, a.lists->given_names_also_words) && i + 1 < static_cast<int>(s.tokens.size()) &&
         s.tokens[i + 1].capitalized && !s.tokens[i + 1].all_caps &&
         s.tags[i + 1].kind == TokenTag::kNone && !Has(s, i + 1, WordLists::kCommon);
}

bool IsNameToken(const Analysis& a, const Sentence& s, int i) {
  const Token& t = s.tokens[i];
  if (i < s.dateline_end) return false;
  // ("al-Sudani"; not a feast: "Eid al-Fitr")
  if (t.shape == TokenShape::kWord && IsParticleName(t)) return !Has(s, i, a.lists->not_name_words);
  if (!IsWordLike(t) || !t.capitalized) return false;
  if (t.shape == TokenShape::kAbbreviation && t.text.size() != 2 &&  // "J." only
      !text_internal::IsGivenNameAbbreviation(t.folded) &&           // and "Md."
      !GluedInitial(s, i) &&                                         // and "Kh.Bulgantuya"
      !(text_internal::IsDigraphInitial(t.folded) && i + 1 < static_cast<int>(s.tokens.size()) &&
        s.tokens[i + 1].capitalized))  // and "Ts. Ganbat"
    return false;
  switch (s.tags[i].kind) {
    case TokenTag::kNone: break;
    default: return false;
  }
  if (Has(s, i, a.lists->calendar_words | a.lists->not_name_words)) return false;
  if (IsCasualCapital(s, i) && !IsEarlierSurname(a, t) && !OpensGivenName(a, s, i))
    return false;                        // "Barrow asked ..."
  if (t.text.size() == 1) return false;  // "A high-level delegation"
  if (HasGluedCapital(t.text)) return false;  // "EmmanuelPresident": words run together
  if (IsCompoundOfOrdinaryWords(a, t)) return false;  // "Non-Vaccine Interventions"
  return !IsNationalityCompound(a, t);   // "Sudanese-Eritrean relations"
}

bool IsCapitalisedSurname(const Analysis& a, const Sentence& s, int i) {
  if (a.capitalised_surnames.empty() || !s.tokens[i].all_caps) return false;  // most reports
  const std::string_view word = s.tokens[i].folded;
  return std::find(a.capitalised_surnames.begin(), a.capitalised_surnames.end(), word) !=
         a.capitalised_surnames.end();
}

// "..., January Makamba": a month word after a comma that opens a name word (a date has a
// number after it: "on Tuesday, January 16"); "Hon. July Moyo", "Minister June
// Achieng": one after a title or an honorific.
bool IsMonthGivenName(const Analysis& a, const Sentence& s, int i) {
  const int n = static_cast<int>(s.tokens.size());
  if (i + 1 >= n || !s.tokens[i].capitalized || s.tokens[i].all_caps ||
      !Has(s, i, a.lists->calendar_words) || !IsNameToken(a, s, i + 1))
    return false;
  // ("January Makamba, Minister for Foreign Affairs, ...": opening the sentence, one name
  // word and a comma after it, as a date has a number)
  if (i == s.dateline_end)
    return i + 2 < n && IsPunct(s.tokens[i + 2], ",") &&
           (i + 3 >= n || s.tokens[i + 3].shape != TokenShape::kNumber);
  if (i == 0) return false;
  // (every token of a tagged phrase carries its kind)
  if (s.tags[i - 1].kind == TokenTag::kHonorific || s.tags[i - 1].kind == TokenTag::kTitle)
    return true;
  // (", January Makamba, who": one name word and no number after it, which a date has)
  return IsPunct(s.tokens[i - 1], ",") &&
         !Has(s, i + 1, a.lists->calendar_words) &&
         (i + 2 >= n || s.tokens[i + 2].shape != TokenShape::kNumber);
}

// "Theresa May met ...", "the envoy, Wang Jun.": a month word right after a name word
// ends the name when no number follows it, which a date has ("Macron on Friday May 5"),
// outside a headline ("Putin May Visit China"); a weekday does not ("Andrew Holness
// Friday").
bool IsMonthSurname(const Analysis& a, const Sentence& s, int j) {
  const int n = static_cast<int>(s.tokens.size());
  const Token& t = s.tokens[j];
  if (s.is_title || !t.capitalized || t.all_caps || t.shape != TokenShape::kWord ||
      !Has(s, j, a.lists->calendar_words) || t.folded.ends_with("day") ||
      s.tags[j].kind != TokenTag::kNone)
    return false;
  return j + 1 >= n ||
         (s.tokens[j + 1].shape != TokenShape::kNumber && !Has(s, j + 1, a.lists->calendar_words));
}

bool IsRomanNumeral(std::string_view folded) {
  return folded.find_first_not_of("ivxlcdm") == std::string_view::npos;
}

// "Prime Minister KP Sharma Oli", "Dr S Jaishankar", "Prime Minister K P Sharma Oli": one to
// three capitals with no periods, in one word or in words of one letter, right after a title
// or an honorific and before a name word, are initials. Returns the index past them (`i` when
// there are none).
int InitialsAfterTitleEnd(const Analysis& a, const Sentence& s, int i) {
  constexpr std::size_t kMostLetters = 3;
  const int n = static_cast<int>(s.tokens.size());
  auto capitals = [&](int k) {
    const Token& t = s.tokens[k];
    return t.shape == TokenShape::kWord && s.tags[k].kind == TokenTag::kNone &&
           std::all_of(t.text.begin(), t.text.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  };
  if (i == 0 ||
      (s.tags[i - 1].kind != TokenTag::kTitle && s.tags[i - 1].kind != TokenTag::kHonorific))
    return i;
  if (!capitals(i) || s.tokens[i].text.size() > kMostLetters) return i;
  // ("K P": more initials only after one of one letter, each of one letter too)
  const bool one_letter = s.tokens[i].text.size() == 1;
  std::size_t letters = s.tokens[i].text.size();
  int k = i + 1;
  while (one_letter && letters < kMostLetters && k < n && capitals(k) &&
         s.tokens[k].text.size() == 1)
    ++letters, ++k;
  if (k >= n || s.tokens[k].all_caps || !IsNameToken(a, s, k)) return i;
  return k;
}

bool IsQuoteMark(const Token& t) {
  return t.shape == TokenShape::kPunct &&
         (t.text == "\"" || t.text == "\u201c" || t.text == "\u201d");
}

// "Amy Pope, Director General of ...": a title word of the church or the army right after a
// name word, before punctuation, ends the name rather than opening a role (no name after it).
bool IsTitleSurname(const Analysis& a, const Sentence& s, int j) {
  const int n = static_cast<int>(s.tokens.size());
  const Token& t = s.tokens[j];
  if (s.tags[j].kind != TokenTag::kTitle || s.tags[j].length != 1 || !t.capitalized || t.all_caps ||
      t.shape != TokenShape::kWord || j + 1 >= n || s.tokens[j + 1].shape != TokenShape::kPunct ||
      IsQuoteMark(s.tokens[j + 1]))
    return false;
  const std::string_view kind = a.lexicon->title_kind(s.tags[j].index);
  return kind == "religious" || kind == "military";
}

// Whether a person the report named before has the words of `first` and `second` in a row in
// his name ("Hassan Sheikh Mohamud" for "Hassan Sheikh").
bool NamedBeforeWith(const Analysis& a, const Token& first, const Token& second) {
  const std::string pair = std::string(first.text) + " " + std::string(second.text);
  return std::any_of(a.mentions.begin(), a.mentions.end(), [&](const Mention& m) {
    return m.type == MentionType::kPerson && m.span.end <= first.span.begin &&
           m.surface.find(pair) != std::string_view::npos;
  });
}

int ScanName(const Analysis& a, const Sentence& s, int i) {
  const int n = static_cast<int>(s.tokens.size());
  if (i >= n) return i;
  const int initials_end = InitialsAfterTitleEnd(a, s, i);
  const bool initials = initials_end > i;
  if (!(initials || IsNameToken(a, s, i) || IsMonthGivenName(a, s, i))) return i;
  // a regnal or rank numeral ends a name or title, it opens none ("Minister of Foreign
  // Affairs II", "Charles III")
  if (s.tokens[i].all_caps && IsRomanNumeral(s.tokens[i].folded)) return i;
  // an acronym opens no name before a name word in lower case ("NSA Lovegrove": a title)
  if (!initials && s.tokens[i].all_caps && s.tokens[i].text.size() >= 2 && i + 1 < n &&
      !s.tokens[i + 1].all_caps && IsNameToken(a, s, i + 1) && !IsCapitalisedSurname(a, s, i))
    return i;
  // an initial opens a name only before a real name word ("S. Jaishankar")
  if (s.tokens[i].shape == TokenShape::kAbbreviation &&
      !(i + 1 < n && s.tokens[i + 1].shape == TokenShape::kWord && IsNameToken(a, s, i + 1)))
    return i;
  int end = std::max(i + 1, initials_end);
  int j = end;
  constexpr int kNameWords = 10;  // ("Erywan bin Pehin Datu Pekerma Jaya Haji Mohd Yusof")
  while (j < n && j - i < kNameWords) {
    if (IsNameToken(a, s, j)) {
      // a name does not repeat its last word to go on ("Emmanuel Macron Macron Emmanuel"
      // is two names), but may end so ("Lejeune Mbella Mbella") and may repeat another
      // ("Yassin Ibrahim Yassin", "Boualem Boualem")
      if (j - 1 > i && s.tokens[j - 1].folded == s.tokens[j].folded &&
          (j + 1 >= n || s.tokens[j + 1].capitalized))
        break;
      end = ++j;
    } else if (IsNameParticle(a, s, j) && j + 1 < n) {
      ++j;
      // "Ibrahim ibni Almarhum Sultan Iskandar": the late father, with his title
      if (IsPatronymicParticle(s.tokens[j - 1]) && j + 2 < n &&
          (s.tokens[j].folded == "almarhum" || s.tokens[j].folded == "al-marhum") &&
          s.tags[j + 1].kind != TokenTag::kNone && s.tags[j + 1].length == 1 &&
          IsNameToken(a, s, j + 2))
        j += 2;
    } else if (end == j && (s.tokens[j].text == "V" || s.tokens[j].text == "X")) {
      end = ++j;  // "King Mohammed V": a regnal numeral of one letter ends it (not "I")
      break;
    } else if (end == j && (IsMonthSurname(a, s, j) || IsTitleSurname(a, s, j))) {
      end = ++j;  // "Theresa May", "Wang Jun", "Amy Pope,"
    } else if (end == j && j - i >= 2 && s.tags[j].kind == TokenTag::kCountryAdjective &&
               s.tags[j].length == 1 &&
               (j + 1 >= n || IsPunct(s.tokens[j + 1], ",") || IsPunct(s.tokens[j + 1], ".") ||
                IsWord(s.tokens[j + 1], "and"))) {
      end = ++j;  // "Ambassador Tan Yang Thai.": a state's adjective that ends a long name
      break;
    } else if (end == j && !s.tokens[j].capitalized &&
               text_internal::IsPatronymicSuffixWord(s.tokens[j].folded)) {
      end = ++j;  // "Nurlanbek Turgunbek uulu", "Ilham Heydar oglu Aliyev"
    } else if (s.tags[j].honorific_too && s.tags[j].length == 1 && s.tokens[j].capitalized &&
               j + 1 < n && IsNameToken(a, s, j + 1)) {
      ++j;  // "Hassan Sheikh Mohamud": an honorific word inside a name
    } else if (end == j && j > i && s.tags[j].length == 1 && s.tokens[j].capitalized &&
               !s.tokens[j].all_caps && s.tokens[j].shape == TokenShape::kWord &&
               (s.tags[j].kind == TokenTag::kHonorific || s.tags[j].honorific_too) &&
               (j + 1 >= n || (!IsNameToken(a, s, j + 1) && !s.tokens[j + 1].capitalized))) {
      end = ++j;  // "Minister Haneen Sayed and ...": an honorific's word opening no name ends one
      break;
    } else if (end == j && s.tags[j].honorific_too && s.tags[j].length == 1 &&
               s.tokens[j].capitalized && NamedBeforeWith(a, s.tokens[j - 1], s.tokens[j])) {
      end = ++j;  // "President Hassan Sheikh met": the name short, as the report wrote it before
    } else if ((end == j || end == j - 1) && j - 1 > i && Has(s, j - 1, a.lists->name_particles) &&
               s.tags[j].kind == TokenTag::kHonorific && s.tags[j].length == 1 &&
               s.tokens[j].capitalized) {
      end = ++j;  // "Ahmed bin Mohammed Al Sayed": an honorific's word after "Al" is the name's
    } else if (end == j && j + 3 < n && IsQuoteMark(s.tokens[j]) && IsNameToken(a, s, j + 1) &&
               IsQuoteMark(s.tokens[j + 2]) && IsNameToken(a, s, j + 3)) {
      j += 3;  // "Ferdinand Alexander "Sandro" Marcos III": a nickname in quotes inside it
    } else if (Has(s, j, a.lists->not_name_words) && s.tokens[j].capitalized &&
               !s.tokens[j].all_caps && s.tags[j].kind == TokenTag::kNone && j + 1 < n &&
               IsNameToken(a, s, j + 1) && !Has(s, j + 1, WordLists::kCommon)) {
      ++j;  // "Hassan Eid Bukhammas": a word that opens no name ("Eid al-Fitr") inside one
    } else {
      break;
    }
  }
  // A trailing initial is not a name end ("Antony J." then a verb).
  while (end - 1 > i && s.tokens[end - 1].shape == TokenShape::kAbbreviation) --end;
  // "Ferdinand R. Marcos Jr.", "Gilberto Teodoro Jr.": a generational suffix ends it
  if (end - i >= 2 && end < n && s.tokens[end].shape == TokenShape::kAbbreviation &&
      text_internal::IsGenerationalSuffix(s.tokens[end].folded))
    ++end;
  return end;
}

namespace {

// "D." of "Bonnie D. Jenkins": an initial of one letter.
bool IsMiddleInitial(const Token& t) {
  return t.shape == TokenShape::kAbbreviation && t.text.size() == 2 && t.capitalized;
}

}  // namespace

int TrimNameStart(const Analysis& a, const Sentence& s, int begin, int end) {
  while (end - begin > 2 &&
         (Has(s, begin, WordLists::kCommon) || IsNationalityCompound(a, s.tokens[begin])) &&
         !IsPatronymicParticle(s.tokens[begin + 1]) &&  // "Sultan bin Saad": a given name
         !OpensGivenName(a, s, begin) &&                // "Grace Naledi Pandor"
         !IsMiddleInitial(s.tokens[begin + 1]))         // "Bonnie D. Jenkins"
    ++begin;
  return begin;
}

namespace {

// The gazetteer city named at token k (one or two words): its end and its country, or
// {-1, -1}.
std::pair<int, int> CityAt(const Lexicon& lexicon, std::span<const Token> tokens, int k) {
  const int n = static_cast<int>(tokens.size());
  for (int length : {2, 1})
    if (k + length <= n && IsCapitalWord(tokens[k]) && IsCapitalWord(tokens[k + length - 1]))
      if (const int country = lexicon.CityCountry(Lexicon::PhraseKey(tokens.subspan(k, length)));
          country >= 0)
        return {k + length, country};
  return {-1, -1};
}

}  // namespace

int CityEnd(const Lexicon& lexicon, std::span<const Token> tokens, int k) {
  return CityAt(lexicon, tokens, k).first;
}

int CityEnd(const Analysis& a, const Sentence& s, int k) {
  return CityEnd(*a.lexicon, s.tokens, k);
}

// The country of the named seat of government at token `name` ("Kosyam Palace", "the
// Qasr Al Watan palace complex": its longest capitalised words that name one), or -1.
int SeatCountryAt(const Analysis& a, const Sentence& s, int name) {
  int end = name;
  while (end < static_cast<int>(s.tokens.size()) && s.tokens[end].capitalized) ++end;
  for (int last = end; last > name; --last)
    if (const int country =
            a.lexicon->SeatCountry(Lexicon::PhraseKey(s.tokens.subspan(name, last - name)));
        country >= 0)
      return country;
  return -1;
}

// The country of the gazetteer city named at token k ("Abuja", "Addis Ababa"), or -1.
int CountryOfCityAt(const Lexicon& lexicon, std::span<const Token> tokens, int k) {
  return CityAt(lexicon, tokens, k).second;
}

int CountryOfCityAt(const Analysis& a, const Sentence& s, int k) {
  return CountryOfCityAt(*a.lexicon, s.tokens, k);
}

int GluedCityAgencyCountry(const Lexicon& lexicon, const Token& t) {
  const std::size_t hyphen = t.text.find('-');
  if (t.shape != TokenShape::kWord || hyphen == std::string_view::npos || hyphen == 0) return -1;
  const std::string_view agency = t.text.substr(hyphen + 1);
  if (agency.size() < 2 || agency.size() > 6 ||
      !std::all_of(agency.begin(), agency.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
    return -1;
  return lexicon.CityCountry(t.folded.substr(0, t.folded.find('-')));
}

bool TitleHeadHolds(std::string_view held, std::string_view wanted) {
  if (wanted == "premier" && TitleHeadHolds(held, "prime minister")) return true;  // (news)
  if (wanted.empty() || held.size() < wanted.size()) return false;
  const bool at_start = held.starts_with(wanted) &&
                        (held.size() == wanted.size() || held[wanted.size()] == ' ');
  const bool at_end = held.ends_with(wanted) && (held.size() == wanted.size() ||
                                                 held[held.size() - wanted.size() - 1] == ' ');
  // (a deputy's title names another office: "the President" is not the "Vice President",
  // nor "the Secretary-General" the "Assistant Secretary-General"; nor is "the Minister of
  // Defence" the "Prime Minister", though a "Deputy Prime Minister" holds a portfolio too;
  // a "former Prime Minister" is no longer "the Prime Minister")
  if (held.starts_with("former ") && !wanted.starts_with("former ")) return false;
  const std::string_view before = held.substr(0, held.size() - wanted.size());
  const bool deputy = before.ends_with("vice ") || before.ends_with("deputy ") ||
                      before.ends_with("assistant ") || before.ends_with("under ") ||
                      before == "prime ";
  return at_start || (at_end && !deputy);
}

bool IsPluralWord(std::string_view word) {
  return word.size() > 3 && word.ends_with('s') && !word.ends_with("ss");
}

bool IsRelativeWord(std::string_view folded) {
  static const WordSet kRelatives = {"son",    "daughter", "wife",   "husband",     "brother",
                                     "sister", "father",   "mother", "nephew",      "niece",
                                     "cousin", "uncle",    "aunt",   "predecessor", "successor"};
  return kRelatives.contains(folded);
}

bool IsPluralTitle(std::string_view title_head) {
  const std::string_view first = title_head.substr(0, title_head.find(' '));
  // (and a title's letters with a plural "s", letters with no vowel: "MPs", not "his")
  const bool letters_plural = first.size() == 3 && first.ends_with('s') &&
                              first.substr(0, 2).find_first_of("aeiouy") == std::string_view::npos;
  return IsPluralWord(first) || letters_plural;
}

bool IsAcronymInParentheses(const Sentence& s, int open) {
  return open >= 0 && open + 2 < static_cast<int>(s.tokens.size()) &&
         IsPunct(s.tokens[open], "(") && s.tokens[open + 1].all_caps &&
         IsPunct(s.tokens[open + 2], ")");
}

bool IsTitleLettersAt(const Sentence& s, int open) {
  const int n = static_cast<int>(s.tokens.size());
  return open >= 1 && open + 3 < n && IsPunct(s.tokens[open], "(") &&
         s.tags[open - 1].kind == TokenTag::kTitle && s.tokens[open + 1].all_caps &&
         IsPunct(s.tokens[open + 2], ")") && IsWord(s.tokens[open + 3], "of");
}

bool RunsIntoAffairs(const Sentence& s, int k) {
  for (int e = k + 1; e < static_cast<int>(s.tokens.size()) && s.tokens[e].capitalized &&
                      s.tokens[e].shape == TokenShape::kWord;
       ++e)
    if (IsWord(s.tokens[e], "affairs")) return true;
  return false;
}

bool HasArabicArticle(std::string_view folded) {
  return folded.starts_with("al-") || folded.starts_with("el-");
}

bool IsPatronymicParticle(const Token& t) { return text_internal::IsPatronymicWord(t.folded); }

bool OnesSideAt(const Sentence& s, int k) {
  return k >= 0 && k + 2 < static_cast<int>(s.tokens.size()) &&
         (IsWord(s.tokens[k], "at") || IsWord(s.tokens[k], "by")) &&
         (IsWord(s.tokens[k + 1], "his") || IsWord(s.tokens[k + 1], "her")) &&
         IsWord(s.tokens[k + 2], "side");
}

bool IsGuestWord(const Token& t) {
  static const WordSet kGuestWords = {"guest",      "guests", "visitor", "visitors",
                                      "delegation", "envoy",  "emissary"};
  return kGuestWords.contains(t.folded);
}

bool IsDiplomaticMission(const Sentence& s, int first, int end) {
  static const WordSet kMissions = {"embassy", "consulate", "consulate-general"};
  for (int i = first; i < end; ++i)
    if (kMissions.contains(s.tokens[i].folded)) return true;
  return false;
}

}  // namespace dkg::internal
