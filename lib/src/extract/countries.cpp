// Country mentions: names, official names and adjectives, including the parts of
// hyphenated compounds ("Russian-Greek relations").
#include <algorithm>
#include <string>

#include "extract/analysis.h"
#include "extract/token_rules.h"

namespace dkg::internal {

int AddMention(Analysis& analysis, int si, int begin, int end, MentionType type) {
  Sentence& s = analysis.sentences[si];
  Mention m;
  m.type = type;
  m.sentence = si;
  m.begin = begin;
  m.end = end;
  m.span = Span{s.tokens[begin].span.begin, s.tokens[end - 1].span.end};
  m.surface = analysis.Text(m.span);
  if (type == MentionType::kPerson)  // (the surname, before "Jr." or "Sr."; or first)
    analysis.person_last_words |= LastWordBit(
        s.tokens[FamilyNameFirst(m.surface) ? begin : SurnameEnd(s, begin, end) - 1].text);
  const int index = static_cast<int>(analysis.mentions.size());
  analysis.mentions.push_back(std::move(m));
  for (int i = begin; i < end; ++i) s.mention_at[i] = index;
  return index;
}

namespace {

// Country and organisation parts of an untagged hyphenated word: "Russian-Greek" ->
// Russia, Greece; "UK-EU negotiations" -> United Kingdom, European Union.
void FindCompoundNames(Analysis& a, int si, int i) {
  const Token& t = a.sentences[si].tokens[i];
  if (t.folded.find('-') == std::string::npos) return;
  // ("French-speaking countries": a language, not the state)
  if (t.folded.ends_with("-speaking")) return;
  std::size_t start = 0;
  while (start <= t.folded.size()) {
    std::size_t dash = t.folded.find('-', start);
    if (dash == std::string::npos) dash = t.folded.size();
    PhraseMatch match = a.lexicon->WordMatch(t.folded.substr(start, dash - start));
    const PhraseEntry* entry = match.Find(PhraseKind::kCountryAdjective);
    if (!entry) entry = match.Find(PhraseKind::kCountryName);
    if (!entry) entry = match.Find(PhraseKind::kOrganization);
    const bool capital = start < t.text.size() && t.text[start] >= 'A' && t.text[start] <= 'Z';
    if (entry && capital) {
      const bool organization = entry->kind == PhraseKind::kOrganization;
      Mention m;
      m.type = organization ? MentionType::kInstitution : MentionType::kCountry;
      m.sentence = si;
      m.begin = i;
      m.end = i + 1;
      m.span = Span{t.span.begin + static_cast<std::uint32_t>(start),
                    t.span.begin + static_cast<std::uint32_t>(dash)};
      m.surface = a.Text(m.span);
      if (organization) {
        m.organization = static_cast<int>(entry->index);
      } else {
        m.country = static_cast<int>(entry->index);
        m.adjective = entry->kind == PhraseKind::kCountryAdjective;
      }
      a.mentions.push_back(std::move(m));  // the word stays free for other readings
    }
    start = dash + 1;
  }
}

// "Taiwan Strait", "Persian Gulf", "Gulf of Guinea", "Northern Ireland", "Latin America": a
// country's name or adjective inside the proper name of a place is not the country.
bool InPlaceName(const Analysis& a, const Sentence& s, int begin, int end) {
  const int n = static_cast<int>(s.tokens.size());
  if (end < n && s.tokens[end].capitalized && Has(s, end, a.lists->geographic_features))
    return true;
  if (begin >= 2 && IsWord(s.tokens[begin - 1], "of") && s.tokens[begin - 2].capitalized &&
      Has(s, begin - 2, a.lists->geographic_features))
    return true;
  // ("Northern Ireland", "Latin America", "South America": a region, its name's first word
  // a compass point or a region's; the states whose names open so are named whole)
  return begin > 0 && s.tokens[begin - 1].capitalized && Has(s, begin - 1, a.lists->region_openers);
}

// "US$18 billion", "10 billion US dollars": a country's name before its currency is the
// currency's.
bool NamesACurrency(const Sentence& s, int end) {
  return end < static_cast<int>(s.tokens.size()) &&
         (s.tokens[end].text == "$" || IsWord(s.tokens[end], "dollar") ||
          IsWord(s.tokens[end], "dollars"));
}

// "Congolese" in a report that names the Republic of the Congo and not the Democratic
// Republic, "Congo" in one that names the Democratic Republic and not the Republic: the
// word two states share is the named one's (named by another of its names).
void GiveSharedWordsTheirState(Analysis& a) {
  auto named = [&](int country, std::string_view word) {
    return std::any_of(a.mentions.begin(), a.mentions.end(), [&](const Mention& m) {
      return m.type == MentionType::kCountry && !m.adjective && m.country == country &&
             !(m.end == m.begin + 1 && a.sentences[m.sentence].tokens[m.begin].folded == word);
    });
  };
  for (Mention& m : a.mentions) {
    // (one word, its folded form looked up as the token holds it)
    if (m.type != MentionType::kCountry || m.end != m.begin + 1) continue;
    const std::string_view word = a.sentences[m.sentence].tokens[m.begin].folded;
    const int other = a.lexicon->SharedWordCountry(word);
    if (other >= 0 && other != m.country && named(other, word) && !named(m.country, word))
      m.country = other;
  }
}

// "Director General for American and European Affairs", "Department of African Affairs": a
// state's adjective that names a portfolio of regions' affairs, not the state.
bool NamesAnAffairsPortfolio(const Sentence& s, int begin, int end) {
  const int n = static_cast<int>(s.tokens.size());
  if (s.tags[begin].kind != TokenTag::kCountryAdjective) return false;
  auto affairs = [&](int k) {
    return k < n && IsWord(s.tokens[k], "affairs") && s.tokens[k].capitalized;
  };
  if (affairs(end)) return true;
  // ("American and European Affairs")
  return end + 2 < n && IsWord(s.tokens[end], "and") && s.tokens[end + 1].capitalized &&
         affairs(end + 2);
}

}  // namespace

void FindCountries(Analysis& a) {
  for (int si = 0; si < static_cast<int>(a.sentences.size()); ++si) {
    Sentence& s = a.sentences[si];
    for (int i = 0; i < static_cast<int>(s.tokens.size()); ++i) {
      const TokenTag& tag = s.tags[i];
      const bool country = tag.kind == TokenTag::kCountryName ||
                           tag.kind == TokenTag::kCountryAdjective;
      if (country && tag.length > 0 &&
          (InPlaceName(a, s, i, i + tag.length) || NamesACurrency(s, i + tag.length) ||
           NamesAnAffairsPortfolio(s, i, i + tag.length))) {
        i += tag.length - 1;
      } else if (country && tag.length > 0) {
        int m = AddMention(a, si, i, i + tag.length, MentionType::kCountry);
        a.mentions[m].country = static_cast<int>(tag.index);
        a.mentions[m].adjective = tag.kind == TokenTag::kCountryAdjective;
      } else if (tag.kind == TokenTag::kNone && s.tokens[i].capitalized) {
        FindCompoundNames(a, si, i);
      }
    }
  }
  GiveSharedWordsTheirState(a);
}

}  // namespace dkg::internal
