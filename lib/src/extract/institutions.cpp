// Institution mentions: spans anchored on an institution head word ("Ministry",
// "Army", "Council") grown over the capitalised words around it and its "of ..."
// complements; well-known organisations from the lexicon; acronyms defined in
// parentheses and unknown all-capitals acronyms.
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "extract/analysis.h"
#include "extract/token_rules.h"

namespace dkg::internal {
namespace {

const WordSet kFunctionWords = {
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their",
    "our", "my", "your", "during", "after", "before", "on", "in", "at", "by", "with",
    "for", "from", "as", "and", "or", "but", "while", "when", "according", "both", "all"};

bool CanPrecedeHead(const Analysis& a, const Sentence& s, int i) {
  const Token& t = s.tokens[i];
  if (!IsCapitalWord(t) || kFunctionWords.contains(t.folded)) return false;
  if (Has(s, i, a.lists->calendar_words)) return false;
  switch (s.tags[i].kind) {
    case TokenTag::kNone: case TokenTag::kCountryAdjective: case TokenTag::kCountryName:
    case TokenTag::kInstitutionHead: case TokenTag::kOrganization: case TokenTag::kModifier:
      return true;
    case TokenTag::kTitle:
      return t.all_caps;  // "PM Office": a title's abbreviation
    default: return false;
  }
}

bool CanContinueName(const Sentence& s, int i) {
  const Token& t = s.tokens[i];
  if (!IsCapitalWord(t)) return false;
  const auto kind = s.tags[i].kind;
  return kind == TokenTag::kNone || kind == TokenTag::kInstitutionHead ||
         kind == TokenTag::kCountryAdjective;
}

// "the President's Office Mykhailo Podoliak", "Speaker of the Mongolian Parliament
// Zandanshatar", "the Irish Parliament Mark Daly": after a head, a capitalised word that
// is no ordinary word, or one right before such a word, starts the name of the person
// the phrase titles.
bool StartsPersonName(const Sentence& s, int i) {
  auto plain = [&](int k) {
    return k < static_cast<int>(s.tokens.size()) && IsCapitalWord(s.tokens[k]) &&
           s.tags[k].kind == TokenTag::kNone;
  };
  auto unknown = [&](int k) { return plain(k) && !Has(s, k, WordLists::kCommon); };
  return unknown(i) || (plain(i) && unknown(i + 1));
}

// "for War Crimes Accountability Eli Rosenbaum" at token i: a portfolio ("for", "of" and
// capitalised words) ending in a person's name.
bool TitlesANameAfterItsPortfolio(const Sentence& s, int i) {
  const int n = static_cast<int>(s.tokens.size());
  if (i >= n || !(IsWord(s.tokens[i], "for") || IsWord(s.tokens[i], "of"))) return false;
  for (int k = i + 1; k < n && (IsCapitalWord(s.tokens[k]) || IsWord(s.tokens[k], "and")); ++k) {
    if (s.tags[k].kind == TokenTag::kInstitutionHead) return false;  // ("Affairs Bureau")
    if (s.tags[k].kind == TokenTag::kNone && !Has(s, k, WordLists::kCommon) &&
        k + 1 < n && IsCapitalWord(s.tokens[k + 1]) && s.tags[k + 1].kind == TokenTag::kNone &&
        !Has(s, k + 1, WordLists::kCommon))
      return true;
  }
  return false;
}

// An institution's own name starting at token k: capitalised words up to a head word
// ("Security Consultative Committee") or a named organisation ("Union State").
bool NamesInstitutionAt(const Sentence& s, int k) {
  const int n = static_cast<int>(s.tokens.size());
  if (k < n && s.tags[k].kind == TokenTag::kOrganization) return true;
  for (int i = k; i < n && IsCapitalWord(s.tokens[i]); ++i) {
    if (s.tags[i].kind == TokenTag::kInstitutionHead) return true;
    if (s.tags[i].kind == TokenTag::kCountryName || s.tags[i].kind == TokenTag::kTitle) return false;
  }
  return false;
}

// Where "and [the] Country" at token `at` names a second country: its first token, or -1.
int SecondCountryAt(const Sentence& s, int at) {
  const int n = static_cast<int>(s.tokens.size());
  if (at + 1 >= n || !IsWord(s.tokens[at], "and")) return -1;
  int c = at + 1;
  if (IsWord(s.tokens[c], "the") && c + 1 < n) ++c;
  const TokenTag& tag = s.tags[c];
  return tag.kind == TokenTag::kCountryName && tag.length > 0 ? c : -1;
}

// ", Budget and Public Accounts" at token i (a comma) after a body's portfolio: a list of
// ordinary capitalised words ("Pacific", "African") up to one "and" and the words after
// it, ended by something that is no capitalised word; returns its end, or i when there is
// none.
int PortfolioListEnd(const Analysis& a, const Sentence& s, int i) {
  const int n = static_cast<int>(s.tokens.size());
  if (i >= n || !IsPunct(s.tokens[i], ",")) return i;
  // ("Tunisians Abroad": a people, the plural of a state's adjective)
  auto people = [&](int k) {
    const std::string_view word = s.tokens[k].folded;
    return word.size() > 3 && word.ends_with('s') &&
           a.lexicon->WordMatch(word.substr(0, word.size() - 1)).Has(PhraseKind::kCountryAdjective);
  };
  auto ordinary = [&](int k) {
    return IsCapitalWord(s.tokens[k]) &&
           (s.tags[k].kind == TokenTag::kCountryAdjective ||
            (s.tags[k].kind == TokenTag::kNone &&
             (Has(s, k, WordLists::kCommon | a.lists->not_name_words) || people(k))));
  };
  int k = i + 1;
  bool joined = false;
  while (k < n) {
    if (ordinary(k)) {
      ++k;
    } else if (!joined && k > i + 1 && IsPunct(s.tokens[k], ",") && k + 1 < n && ordinary(k + 1)) {
      ++k;
    } else if (!joined && k > i + 1 && IsWord(s.tokens[k], "and") && k + 1 < n &&
               ordinary(k + 1)) {
      joined = true;
      ++k;
    } else {
      break;
    }
  }
  if (!joined || (k < n && IsCapitalWord(s.tokens[k]))) return i;
  return k;
}

// "People's" at token i ("People" and its possessive), as in "Uganda People's Defence
// Forces", "Sudan People's Liberation Movement".
bool PeoplesAt(const Sentence& s, int i) {
  return i + 1 < static_cast<int>(s.tokens.size()) && IsWord(s.tokens[i], "people") &&
         IsPossessive(s.tokens[i + 1]);
}

// Whether [first, end) names a body posted abroad: a diplomatic mission, or a mission,
// office, force or the like.
bool IsPostedBody(const Sentence& s, int first, int end) {
  static const WordSet kPosted = {"mission",        "office",     "force",  "operation",
                                  "representation", "delegation", "chamber"};
  if (IsDiplomaticMission(s, first, end)) return true;
  for (int i = first; i < end; ++i)
    if (kPosted.contains(s.tokens[i].folded)) return true;
  return false;
}

// Whether lower-case words from `from` lead to a trade's noun ("state-owned ports and
// railways company").
bool OpensTradeNoun(const Analysis& a, const Sentence& s, int from) {
  constexpr int kWords = 6;
  const int n = static_cast<int>(s.tokens.size());
  for (int k = from; k < std::min(n, from + kWords); ++k) {
    if (Has(s, k, a.lists->enterprise_words)) return true;
    if (s.tokens[k].capitalized || s.tokens[k].shape != TokenShape::kWord) return false;
  }
  return false;
}

// Consumes "of|for|on [the] Capitalised Words" after a head; returns the new end.
// Stops after a country name, and before a word that looks like a person's name
// following ordinary words ("Ministry of Economy Oleksiy ...").
// `first` is where the name starts: a body of another named institution ("of the Union
// State") is cut off only when the name has words of its own before "of".
int ConsumeComplement(const Analysis& a, const Sentence& s, int first, int j) {
  const int n = static_cast<int>(s.tokens.size());
  bool consumed = false;
  while (j + 1 < n) {
    const Token& c = s.tokens[j];
    // "U.S. Embassy in Hanoi", "Embassy of Cameroon in Abuja": a mission's city ends it
    if (IsWord(c, "in") && IsDiplomaticMission(s, first, j))
      if (const int city_end = CityEnd(a, s, j + 1); city_end > 0) return city_end;
    // ("United Nations Support Mission in Libya", "EBRD Resident Office in Kazakhstan": a
    // body posted to a country is named with it; not "the ECOWAS Commission in Guinea")
    // ("SADC Mission in the Democratic Republic of Congo": past "the")
    const int in_at = j + 2 < n && IsWord(s.tokens[j + 1], "the") ? j + 2 : j + 1;
    const bool in_country = IsWord(c, "in") && s.tags[in_at].kind == TokenTag::kCountryName &&
                            IsPostedBody(s, first, j);
    if (!(IsWord(c, "of") || IsWord(c, "for") || IsWord(c, "on") || in_country)) break;
    // "Undersecretary of the Ministry of Foreign Affairs for Political Affairs": a second
    // portfolio after the body's own is the title's
    if (consumed && IsWord(c, "for") && Has(s, j - 1, a.lists->portfolio_words)) break;
    int k = j + 1;
    if (k < n && IsWord(s.tokens[k], "the")) ++k;
    if (Has(s, k, a.lists->calendar_words)) break;  // "on Tuesday"
    // "Supreme State Council of the Union State": a body of another named institution
    // is two institutions (FindRepresents links them), unless nothing precedes "of"
    if (IsWord(c, "of") && NamesInstitutionAt(s, k) && j - first >= 2) break;
    int end = k;
    bool saw_common = false;
    while (end < n && IsCapitalWord(s.tokens[end])) {
      const TokenTag& tag = s.tags[end];
      if (tag.kind == TokenTag::kHonorific) break;
      // "Department of State Office of Global Criminal Justice": a second body's head
      // after the complement's own words starts that body
      if (tag.kind == TokenTag::kInstitutionHead && tag.length > 0 && end > k &&
          s.tags[end - 1].kind != TokenTag::kInstitutionHead && end + tag.length < n &&
          IsWord(s.tokens[end + tag.length], "of") && !IsWord(s.tokens[end - 1], "and") &&
          !(end >= k + 2 && IsWord(s.tokens[end - 2], "and")))
        break;
      // "Bureau of Energy Resources Senior Bureau Official Harry Kamian": a title after
      // the complement's own words that titles a name is the person's, with its portfolio
      // if it has one ("Department of Justice Counselor for War Crimes Accountability Eli
      // Rosenbaum")
      // (past titles in a row: "Office of National Drug Control Policy Assistant Director X")
      int titled = end + tag.length;
      while (
          tag.kind == TokenTag::kTitle && titled < n &&
          (s.tags[titled].kind == TokenTag::kTitle || s.tags[titled].kind == TokenTag::kModifier) &&
          s.tags[titled].length > 0)
        titled += s.tags[titled].length;
      if (tag.kind == TokenTag::kTitle && tag.length > 0 && end > k &&
          (TitlesANameAfterItsPortfolio(s, titled) || StartsPersonName(s, titled) ||
           // ("Bahrain's Council of Representatives Speaker", "... Affairs Spokesperson
           // said": a title that ends the phrase is no word of the body's; a plural is,
           // "Assembly of People's Representatives", and an office after "of the" is,
           // "Office of the Presidential Envoy")
           ((titled >= n || !IsCapitalWord(s.tokens[titled])) &&
            !IsPluralWord(s.tokens[titled - 1].folded) && !IsWord(s.tokens[k - 1], "the")))) {
        while (end > k && s.tags[end - 1].kind == TokenTag::kModifier) --end;  // "Deputy"
        break;
      }
      // "Bureau of East Asian and Pacific Affairs Kin Moy": a name after "Affairs"; "Ministry
      // of Foreign Affairs Sultan bin Saad": a given name before "bin" anywhere
      if (end > k && IsWord(s.tokens[end - 1], "affairs") && StartsPersonName(s, end)) break;
      if (end > k && end + 1 < n && IsCapitalWord(s.tokens[end]) &&
          IsPatronymicParticle(s.tokens[end + 1]))
        break;
      // (an unknown word after ordinary ones starts a name, but not a region's adjective:
      // "Bureau of East Asian and Pacific Affairs")
      if (tag.kind == TokenTag::kNone && !Has(s, end, WordLists::kCommon) && saw_common &&
          !a.lexicon->InList("region_adjectives", s.tokens[end].folded))
        break;
      if (tag.kind == TokenTag::kCountryName) {
        end = tag.start + s.tags[tag.start].length;
        // ("Board of Directors of Mozambique's state-owned ports company X": the state owns
        // the company, whose board it is; not "the Communist Party of Vietnam's ...")
        if (end == k + s.tags[tag.start].length && end < n && IsPossessive(s.tokens[end]) &&
            OpensTradeNoun(a, s, end + 1)) {
          end = k;
          break;
        }
        // "Chief of Defence Forces of the Uganda People's Defence Forces": the country
        // opens a body of its own
        if (PeoplesAt(s, end)) {
          end = k;
          break;
        }
        // "Commission of Ukraine and the United States": a body of both
        if (const int other = SecondCountryAt(s, end); other >= 0)
          end = other + s.tags[other].length;
        break;
      }
      saw_common = saw_common || Has(s, end, WordLists::kCommon);
      ++end;
      // "Assembly of People's Representatives": past the possessive of "People"
      if (PeoplesAt(s, end - 1) && end + 1 < n && IsCapitalWord(s.tokens[end + 1])) ++end;
      // (not before an acronym, another body's: "the Ministry of Finance and SOMO")
      if (end < n && IsWord(s.tokens[end], "and") && end + 1 < n &&
          IsCapitalWord(s.tokens[end + 1]) && !s.tokens[end + 1].all_caps &&
          s.tags[end + 1].kind != TokenTag::kTitle)
        ++end;
      // "Department of Foreign Affairs and Trade Secretary Jan Adams": a portfolio word
      // that opens the title of the name after it ends the body's name
      else if (end + 2 < n && IsWord(s.tokens[end], "and") &&
               s.tags[end + 1].kind == TokenTag::kTitle && s.tags[end + 1].length >= 2 &&
               Has(s, end + 1, a.lists->portfolio_words) &&
               StartsPersonName(s, end + 1 + s.tags[end + 1].length))
        return end + 2;
    }
    if (end == k) break;
    // "Ministry of Finance, Budget and Public Accounts"
    j = PortfolioListEnd(a, s, end);
    consumed = true;
  }
  return j;
}

// A lower-case adjective that may stand between a possessor and a name ("transitional").
bool IsDescriptiveWord(const Token& t) {
  static const WordSet kFunction = {
      "of", "the", "a", "an", "and", "in", "for", "on", "to", "with", "by", "at", "as"};
  return !t.capitalized && t.shape == TokenShape::kWord && !kFunction.contains(t.folded);
}

void SetCountryFromSpan(Analysis& a, int m) {
  Mention& inst = a.mentions[m];
  const Sentence& s = a.sentences[inst.sentence];
  // a joint body of two states ("of Ukraine and the United States") is of neither
  for (int i = inst.begin + 1; i < inst.end; ++i)
    if (s.tags[i - 1].kind == TokenTag::kCountryName && SecondCountryAt(s, i) >= 0) return;
  for (int i = inst.begin; i < inst.end; ++i) {
    const TokenTag& tag = s.tags[i];
    if ((tag.kind == TokenTag::kCountryName || tag.kind == TokenTag::kCountryAdjective)) {
      // ("SADC Mission in the DRC": a body posted to the state is not its)
      const int in = i >= 1 && IsWord(s.tokens[i - 1], "the") ? i - 2 : i - 1;
      if (in > inst.begin && IsWord(s.tokens[in], "in") && IsPostedBody(s, inst.begin, in)) return;
      // ("AU High-Level Panel on Sudan": the state is the body's subject)
      if (in > inst.begin && IsWord(s.tokens[in], "on")) return;
      // ("Indian Ocean Rim Association": a sea, not the state)
      const int after = i + tag.length;
      if (after < inst.end && Has(s, after, a.lists->geographic_features) &&
          s.tags[after].kind != TokenTag::kInstitutionHead)  // (not "Icelandic Coast Guard")
        return;
      inst.country = static_cast<int>(tag.index);
      return;
    }
  }
  // "Libya's Presidential Council", "Sudan's transitional Sovereign Council"; never an
  // international organisation ("Ukraine's European Union path")
  int at = inst.begin - 1;
  if (at > 0 && IsDescriptiveWord(s.tokens[at])) --at;
  if (at >= 1 && IsPossessive(s.tokens[at]) && inst.organization < 0) {
    const TokenTag& tag = s.tags[at - 1];
    if (tag.kind == TokenTag::kCountryName) inst.country = static_cast<int>(tag.index);
  }
  // "the National Institute of Geography and Statistics in Mexico": a body named in a
  // state, whose name stops before it, is of that state (not a known organisation's)
  const int in = inst.end;
  if (inst.country < 0 && inst.organization < 0 && inst.parent_organization < 0 &&
      in + 1 < static_cast<int>(s.tokens.size()) && IsWord(s.tokens[in], "in") &&
      s.tags[in + 1].kind == TokenTag::kCountryName)
    inst.country = static_cast<int>(s.tags[in + 1].index);
  if (inst.organization >= 0 && inst.country < 0) {
    const auto& code = a.lexicon->organizations()[inst.organization].country;
    if (const CountryInfo* c = a.lexicon->CountryByCode(code))
      inst.country = static_cast<int>(c - a.lexicon->countries().data());
  }
}

// The mention names the lexicon's organisation `index` (and so its parent body, if any).
void SetOrganization(Analysis& a, int m, std::uint32_t index) {
  a.mentions[m].organization = static_cast<int>(index);
  a.mentions[m].parent_organization = a.lexicon->organizations()[index].parent;
}

// "Syrian Democratic Forces (SDF)": the acronym after a span names it.
void ReadAcronym(Analysis& a, int m) {
  Mention& inst = a.mentions[m];
  const Sentence& s = a.sentences[inst.sentence];
  const int i = inst.end;
  if (IsAcronymInParentheses(s, i)) inst.acronym = std::string(s.tokens[i + 1].text);
}

bool IsFreeOrCountry(const Analysis& a, const Sentence& s, int i) {
  const int m = s.mention_at[i];
  return m < 0 || a.mentions[m].type == MentionType::kCountry;
}

// [left, right) of the institution name around the head at `head`, or {-1, -1} when
// the head stands alone ("the Ministry" names nothing).
std::pair<int, int> HeadAnchoredSpan(const Analysis& a, const Sentence& s, int head) {
  const int n = static_cast<int>(s.tokens.size());
  int left = head;
  while (left > 0 && IsFreeOrCountry(a, s, left - 1)) {
    if (CanPrecedeHead(a, s, left - 1)) {
      --left;
    } else if (left >= 2 && left < head + 1 && IsWord(s.tokens[left - 1], "and") &&
               CanPrecedeHead(a, s, left - 2) && s.tags[left - 2].kind == TokenTag::kNone &&
               Has(s, left - 2, WordLists::kCommon)) {
      // "National Emergency Crisis and Disasters Management Authority", not "Energy
      // Kulit Sombatsiri and Bureau of ..." (a name before "and")
      left -= 2;
    } else if (left >= 2 && IsPossessive(s.tokens[left - 1]) &&
               s.tags[left - 2].kind == TokenTag::kTitle && IsCapitalWord(s.tokens[left - 2])) {
      // "the President's Office", "the Prime Minister's Office", "the Prime Minister's Media
      // Office"
      left = s.tags[left - 2].start;
      break;
    } else if (left >= 3 && PeoplesAt(s, left - 2) && s.tokens[left - 2].capitalized) {
      left -= 2;  // "Uganda People's Defence Forces", "Sudan People's Liberation Movement"
    } else if (s.tags[left - 1].kind == TokenTag::kTitle && s.tags[left - 1].length == 1 &&
               IsCapitalWord(s.tokens[left - 1]) && (left < head || s.tags[head].length > 1)) {
      --left;  // "General Intelligence Service", "General Directorate of Security"
      break;
    } else {
      break;
    }
  }
  int right = head + s.tags[head].length;
  while (right < n && CanContinueName(s, right) && !StartsPersonName(s, right)) ++right;
  // "Chamber of Commerce and Industry": a head that holds its complement ("of Commerce")
  // goes on past "and" with an ordinary word that ends the name
  if (right + 1 < n && right - head >= 3 && IsWord(s.tokens[right - 2], "of") &&
      IsWord(s.tokens[right], "and") && IsCapitalWord(s.tokens[right + 1]) &&
      s.tags[right + 1].kind == TokenTag::kNone && Has(s, right + 1, WordLists::kCommon) &&
      (right + 2 >= n || !IsCapitalWord(s.tokens[right + 2])))
    right += 2;
  right = ConsumeComplement(a, s, left, right);
  // (one word names a body only when it is the one body of its kind a state has: "the
  // Presidency"; not "the Council")
  if (right - left < 2 && !(head > 0 && IsWord(s.tokens[head - 1], "the") &&
                            a.lexicon->InList("standalone_body_heads", s.tokens[head].folded)))
    return {-1, -1};
  return {left, right};
}

// "the National Assembly Complex", "the Association Agreement": the words after the head
// at `head` end in a place or event word (not in a complement: "Department of State").
bool NamesAVenue(const Analysis& a, const Sentence& s, int head, int right) {
  if (right - 1 < head + s.tags[head].length || !Has(s, right - 1, a.lists->place_words))
    return false;
  for (int k = head + 1; k < right; ++k)
    if (s.tokens[k].shape != TokenShape::kWord || !s.tokens[k].capitalized) return false;
  return true;
}

// "the West Bank", "the East Bank": a compass point and "Bank" name a land, no bank.
bool NamesARiverBank(const Sentence& s, int left, int right) {
  static const WordSet kPoints = {"west", "east", "north", "south"};
  return right - left == 2 && kPoints.contains(s.tokens[left].folded) &&
         IsWord(s.tokens[left + 1], "bank");
}

// "Minister of Royal Court Affairs", "of Cabinet Affairs": capitalised words after the head
// that end in "Affairs" make a portfolio of it, not a body (but "Ministry of Foreign
// Affairs" is one: its head opens a complement).
bool NamesAPortfolio(const Sentence& s, int head, int right) {
  if (right - 1 < head + s.tags[head].length || !IsWord(s.tokens[right - 1], "affairs"))
    return false;
  for (int k = head + 1; k < right; ++k)
    if (s.tokens[k].shape != TokenShape::kWord || !s.tokens[k].capitalized) return false;
  return true;
}

// "Minister of Territorial Administration", "Commissioner for Public Administration": the
// words right after a minister's "of" name his portfolio (not "Minister of the Royal
// Court", nor "Ministry of Territorial Administration").
bool NamesAMinistersPortfolio(const Sentence& s, int left) {
  const int of = left - 1;
  return of >= 1 && (IsWord(s.tokens[of], "of") || IsWord(s.tokens[of], "for")) &&
         (IsWord(s.tokens[of - 1], "minister") || IsWord(s.tokens[of - 1], "commissioner"));
}

// "the Halk Maslahaty (People's Council) of Turkmenistan": where a body named in
// parentheses glosses the capitalised words before it, the first of those words; -1
// otherwise.
int NativeNameBefore(const Sentence& s, int left, int right) {
  const int n = static_cast<int>(s.tokens.size());
  if (left < 3 || right >= n || !IsPunct(s.tokens[left - 1], "(") ||
      !IsPunct(s.tokens[right], ")"))
    return -1;
  int begin = left - 1;
  while (begin > 0 && s.tokens[begin - 1].shape == TokenShape::kWord &&
         s.tokens[begin - 1].capitalized && s.tags[begin - 1].kind == TokenTag::kNone &&
         s.mention_at[begin - 1] < 0)
    --begin;
  return begin < left - 1 && begin > 0 && IsWord(s.tokens[begin - 1], "the") ? begin : -1;
}

// The body under its own name [native, left - 1), the gloss in parentheses [left, right)
// its alias, placed in the state named right after the parentheses ("of Turkmenistan").
void AddNativeNamedBody(Analysis& a, int si, int native, int left, int right) {
  Sentence& s = a.sentences[si];
  const int m = AddMention(a, si, native, left - 1, MentionType::kInstitution);
  a.mentions[m].acronym = std::string(a.Text(s, left, right));
  const int of = right + 1;
  if (of + 1 < static_cast<int>(s.tokens.size()) && IsWord(s.tokens[of], "of") &&
      s.tags[of + 1].kind == TokenTag::kCountryName)
    a.mentions[m].country = static_cast<int>(s.tags[of + 1].index);
}

// (in a dateline, only the news agency in parentheses: "NIAMEY (ANP) -")
inline bool IsAcronymShape(const Analysis& a, const Sentence& s, int i) {
  const Token& t = s.tokens[i];
  if (!t.all_caps) return false;  // most tokens stop here
  if (i < s.dateline_end &&
      !(i > 0 && i + 1 < static_cast<int>(s.tokens.size()) && IsPunct(s.tokens[i - 1], "(") &&
        IsPunct(s.tokens[i + 1], ")")))
    return false;
  if (t.shape != TokenShape::kWord || s.tags[i].kind != TokenTag::kNone) return false;
  // capitals shouting ("THE GREAT ...") are not acronyms
  const int n = static_cast<int>(s.tokens.size());
  if ((i > 0 && s.tokens[i - 1].all_caps) || (i + 1 < n && s.tokens[i + 1].all_caps)) return false;
  // ("PETRONAS"; not "NATO-EU", two bodies joined)
  const std::size_t longest = t.text.find('-') == std::string_view::npos ? 9 : 6;
  if (t.text.size() < 2 || t.text.size() > longest || IsRomanNumeral(t.folded)) return false;
  if (Has(s, i, WordLists::kCommon | a.lists->not_name_words)) return false;
  if (IsTitleLettersAt(s, i - 1)) return false;  // "Chief of Defence Staff (CDS) of the ..."
  return !IsCapitalisedSurname(a, s, i);         // "Minister IWAYA"
}

// "ISIS", "YPG": an all-capitals word the lexicon does not know names an organisation
// when the report defines it in parentheses, uses it more than once, puts it before a
// title and a name ("PASOK leader Nikos Androulakis") or after a trade's noun.
std::set<std::string_view> ReportAcronyms(const Analysis& a) {
  std::map<std::string_view, int> seen;
  std::set<std::string_view> out;
  for (const Sentence& s : a.sentences) {
    const int n = static_cast<int>(s.tokens.size());
    for (int i = 0; i < n; ++i) {
      if (!IsAcronymShape(a, s, i)) continue;
      const bool defined =
          i > 0 && IsPunct(s.tokens[i - 1], "(") && i + 1 < n && IsPunct(s.tokens[i + 1], ")");
      const int title_end = i + 1 < n && s.tags[i + 1].kind == TokenTag::kTitle
                                ? i + 1 + std::max<int>(1, s.tags[i + 1].length)
                                : -1;
      const bool heads_a_title = title_end > 0 && title_end + 1 < n &&
                                 IsNameToken(a, s, title_end) && IsNameToken(a, s, title_end + 1);
      // "the national oil company PETROSEN": the name a trade's noun gives
      const bool named_by_trade = Has(s, i - 1, a.lists->enterprise_words);
      if (defined || heads_a_title || named_by_trade || ++seen[s.tokens[i].folded] >= 2)
        out.insert(s.tokens[i].folded);
    }
  }
  return out;
}

// The letter a name word stands for in an acronym: its first, past an elided article
// ("d'Energie": e), folded.
char InitialOf(const Token& t) {
  std::string_view word = t.folded;
  if (word.size() > 2 && (word[0] == 'd' || word[0] == 'l') && word[1] == '\'')
    word.remove_prefix(2);
  return word.empty() ? '\0' : word[0];
}

// "Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ)", "Société Béninoise
// d'Energie Electrique (SBEE)": capitalised words no lexicon knows, joined by connectors of
// a body's name, right before an acronym in parentheses whose letters are their initials
// in order (one word may stand outside it, "Deutsche"), name a body that has no head word
// the lexicon knows. Returns where the name starts before the "(" at `open`, or -1.
int NameDefinedByAcronym(const Sentence& s, int open) {
  // (and Portuguese: "Portos e Caminhos de Ferro de Moçambique (CFM)")
  static const WordSet kConnectors = {"für", "fur", "de", "du",  "des", "la", "le", "et",  "of",
                                      "for", "and", "y",  "del", "e",   "do", "da", "dos", "das"};
  constexpr int kNameWords = 8;
  const int n = static_cast<int>(s.tokens.size());
  if (open < 2 || open + 2 >= n || !IsPunct(s.tokens[open], "(") ||
      !IsPunct(s.tokens[open + 2], ")") || !s.tokens[open + 1].all_caps ||
      s.tokens[open + 1].shape != TokenShape::kWord)
    return -1;
  // ("d'Energie": an elided article glued to a capitalised word)
  auto elided = [&](int k) {
    const std::string_view text = s.tokens[k].text, folded = s.tokens[k].folded;
    if (folded.size() < 3 || (folded[0] != 'd' && folded[0] != 'l') || folded[1] != '\'')
      return false;
    const std::size_t after = text.starts_with("d\u2019") || text.starts_with("l\u2019") ? 4 : 2;
    return after < text.size() && std::isupper(static_cast<unsigned char>(text[after]));
  };
  auto name_word = [&](int k) {
    return (s.tokens[k].capitalized || elided(k)) && !s.tokens[k].all_caps &&
           s.tokens[k].shape == TokenShape::kWord && s.tags[k].kind == TokenTag::kNone &&
           s.mention_at[k] < 0;
  };
  int left = open;
  for (int k = open - 1; k >= std::max(0, open - kNameWords); --k) {
    if (name_word(k)) {
      left = k;
    } else if (!(kConnectors.contains(s.tokens[k].folded) && k > 0 && name_word(k - 1))) {
      break;
    }
  }
  std::string initials;
  for (int k = left; k < open; ++k)
    if (name_word(k)) initials += InitialOf(s.tokens[k]);
  const std::string_view acronym = s.tokens[open + 1].folded;
  if (initials.size() < 2 || acronym.size() < 2) return -1;
  // the acronym's letters in order among the initials, at most one initial left over
  std::size_t matched = 0;
  for (char c : initials)
    if (matched < acronym.size() && c == acronym[matched]) ++matched;
  return matched == acronym.size() && initials.size() <= acronym.size() + 1 ? left : -1;
}

// "Vienna-based consultancy Danube Energy Research", "the state oil company Sonangol": one to
// four capitalised words no rule tagged, after a trade's noun in lower case, are the
// company's name (one alone when no dictionary knows it); its end, or -1.
int NameAfterTradeNoun(const Analysis& a, const Sentence& s, int i) {
  const int n = static_cast<int>(s.tokens.size());
  if (i == 0 || !IsCapitalWord(s.tokens[i]) || s.tokens[i - 1].capitalized ||
      !Has(s, i - 1, a.lists->enterprise_words))
    return -1;
  int end = i;
  // (not "the parliamentary group Kh.Bulgantuya": an initial opens a person's name)
  while (end < n && end - i < 5 && IsCapitalWord(s.tokens[end]) &&
         s.tokens[end].text.back() != '.' && s.tags[end].kind == TokenTag::kNone &&
         s.mention_at[end] < 0)
    ++end;
  const bool ends_the_name = end == n || !IsCapitalWord(s.tokens[end]);
  // (not "Portos" of "ports company Portos e Caminhos de Ferro de Moçambique": a connector
  // goes on with the name)
  static const WordSet kConnectors = {"e",   "de", "da", "do",  "dos", "das", "y",
                                      "del", "et", "du", "des", "and", "of"};
  const bool long_enough =
      end - i >= 2 || (end - i == 1 && !Has(s, i, WordLists::kCommon) &&
                       (end == n || !kConnectors.contains(s.tokens[end].folded)));
  return ends_the_name && long_enough && end - i <= 4 ? end : -1;
}

}  // namespace

void FindInstitutions(Analysis& a) {
  const std::set<std::string_view> acronyms = ReportAcronyms(a);
  for (int si = 0; si < static_cast<int>(a.sentences.size()); ++si) {
    Sentence& s = a.sentences[si];
    const int n = static_cast<int>(s.tokens.size());
    for (int i = 0; i < n; ++i) {
      const TokenTag& tag = s.tags[i];
      if (tag.kind != TokenTag::kInstitutionHead || tag.length == 0) continue;
      if (!IsCapitalWord(s.tokens[i]) || (IsCasualCapital(s, i) && i + 1 >= n)) continue;
      const auto [left, right] = HeadAnchoredSpan(a, s, i);
      if (right < 0) continue;
      if (NamesAVenue(a, s, i, right) || NamesAPortfolio(s, i, right) ||
          NamesAMinistersPortfolio(s, left) || NamesARiverBank(s, left, right)) {
        i = right - 1;
        continue;
      }
      // ("the Halk Maslahaty (People's Council) of Turkmenistan": a known body's gloss)
      if (left >= 2 && IsPunct(s.tokens[left - 1], "(") &&
          s.tags[left - 2].kind == TokenTag::kOrganization && right < n &&
          IsPunct(s.tokens[right], ")")) {
        i = right - 1;
        continue;
      }
      for (int k = left; k < right; ++k) s.mention_at[k] = -1;  // countries inside are parts
      if (const int native = NativeNameBefore(s, left, right); native >= 0) {
        AddNativeNamedBody(a, si, native, left, right);
        i = right - 1;
        continue;
      }
      int m = AddMention(a, si, left, right, MentionType::kInstitution);
      if (s.tags[left].kind == TokenTag::kOrganization) {
        // "United Nations" itself, or a body of it: "African Union Commission"
        if (s.tags[left].length == right - left)
          SetOrganization(a, m, s.tags[left].index);
        else
          a.mentions[m].parent_organization = static_cast<int>(s.tags[left].index);
      }
      SetCountryFromSpan(a, m);
      ReadAcronym(a, m);
      i = right - 1;
    }
    for (int i = 0; i < n; ++i) {
      const TokenTag& tag = s.tags[i];
      if (s.mention_at[i] >= 0) continue;
      // (the words before "(" are passed: none of them is in capitals or tagged)
      if (s.tokens[i].shape == TokenShape::kPunct && s.tokens[i].text[0] == '(')
        if (const int left = NameDefinedByAcronym(s, i); left >= 0) {
          ReadAcronym(a, AddMention(a, si, left, i, MentionType::kInstitution));
          continue;
        }
      if (tag.kind == TokenTag::kOrganization && tag.length > 0) {
        int m = AddMention(a, si, i, i + tag.length, MentionType::kInstitution);
        SetOrganization(a, m, tag.index);
        SetCountryFromSpan(a, m);
        i += tag.length - 1;
      } else if (IsAcronymShape(a, s, i) && acronyms.contains(s.tokens[i].folded)) {
        AddMention(a, si, i, i + 1, MentionType::kInstitution);
      } else if (const int end = NameAfterTradeNoun(a, s, i); end > 0) {
        AddMention(a, si, i, end, MentionType::kInstitution);
        i = end - 1;
      }
    }
  }
}

}  // namespace dkg::internal
