#include "resolve/name_keys.h"

#include <algorithm>
#include <unordered_set>

#include "dkg/text/fold.h"
#include "text/name_words.h"

namespace dkg::internal {
namespace {

// (besides the patronymic words of text/name_words.h)
const std::unordered_set<std::string_view> kParticles = {
    "al",  "el", "ul", "abu", "de",  "da",    "das", "dos", "do",   "du",  "van", "von", "der",
    "den", "le", "la", "di",  "del", "della", "los", "las", "ould", "ben", "y",   "e"};

}  // namespace

std::vector<std::string> PersonKey(std::string_view name) {
  // One pass over the folded name: a nickname's curly quotes, hyphens, apostrophes and
  // commas separate words; so does a glued initial ("d.amarbayasgalan"), which stays in the
  // key, marked "~", as Mongolian names tell persons apart by it ("B.Battsetseg",
  // "Ts.Battsetseg").
  std::string raw = Fold(name);
  // (written apart before a one-word name, "D. Bat-Erdene", "Ts. Oyunchimeg", it is the
  // same initial: one person is written both ways)
  if (const std::size_t dot = raw.find(". ");
      ((dot == 1 && raw[0] >= 'a' && raw[0] <= 'z') ||
       (dot == 2 && text_internal::IsDigraphInitial(raw.substr(0, 3)))) &&
      raw.find(' ', dot + 2) == std::string::npos)
    raw.erase(dot + 1, 1);
  std::string folded;
  folded.reserve(raw.size() + 4);
  for (std::size_t k = 0; k < raw.size(); ++k) {
    const std::string_view rest = std::string_view(raw).substr(k);
    if (rest.starts_with("\u201c") || rest.starts_with("\u201d")) {
      folded += ' ';
      k += std::string_view("\u201c").size() - 1;
    } else if (raw[k] == '-' || raw[k] == '\'' || raw[k] == ',' || raw[k] == '"') {
      folded += ' ';
    } else if (raw[k] == '.' && k + 1 < raw.size() && raw[k + 1] >= 'a' && raw[k + 1] <= 'z') {
      folded += "~ ";
    } else {
      folded += raw[k];
    }
  }
  std::vector<std::string> parts;
  std::size_t i = 0;
  while (i < folded.size()) {
    std::size_t j = folded.find(' ', i);
    if (j == std::string::npos) j = folded.size();
    std::string part = folded.substr(i, j - i);
    i = j + 1;
    if (part.empty() || kParticles.contains(part) || text_internal::IsPatronymicWord(part) ||
        text_internal::IsPatronymicSuffixWord(part))
      continue;
    // a generational suffix tells a father from a son ("Marcos Jr.", "Marcos III")
    if (text_internal::IsGenerationalSuffix(part))
      part.pop_back();
    else if (part.back() == '~')
      part.pop_back();  // a glued initial, kept
    else if (part.find('.') != std::string::npos || part.size() == 1)
      continue;  // initials
    parts.push_back(std::move(part));
  }
  // a name of initials and particles only ("J. K.") keys as itself, not as nothing: an
  // empty key would make every such name one person
  if (parts.empty() && !name.empty()) parts.push_back(Fold(name));
  return parts;
}

bool HasPatronymic(std::string_view name) {
  // (a word with a space on either side: not the first nor the last)
  const std::string folded = Fold(name);
  for (std::size_t space = folded.find(' '); space != std::string::npos;) {
    const std::size_t next = folded.find(' ', space + 1);
    if (next == std::string::npos) break;
    if (text_internal::IsPatronymicWord(
            std::string_view(folded).substr(space + 1, next - space - 1)))
      return true;
    space = next;
  }
  return false;
}

std::string Slug(const std::vector<std::string>& parts) {
  std::string slug;
  for (const auto& part : parts) {
    if (!slug.empty()) slug += '-';
    slug += part;
  }
  return slug;
}

std::string Slug(std::string_view normalized_text) {
  std::string slug;
  for (char c : normalized_text) slug += c == ' ' ? '-' : c;
  return slug;
}

int EditDistance(std::string_view a, std::string_view b, int limit) {
  if (static_cast<int>(a.size()) - static_cast<int>(b.size()) > limit ||
      static_cast<int>(b.size()) - static_cast<int>(a.size()) > limit)
    return limit + 1;
  std::vector<int> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = static_cast<int>(j);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    int diagonal = row[0];
    row[0] = static_cast<int>(i);
    for (std::size_t j = 1; j <= b.size(); ++j) {
      int above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return std::min(row[b.size()], limit + 1);
}

bool IsSpellingVariant(std::string_view a, std::string_view b) {
  if (a == b) return true;
  if (a.size() < 5 || b.size() < 5) return false;
  if (a.substr(0, 4) != b.substr(0, 4)) return false;
  return EditDistance(a, b, 2) <= 2;
}

}  // namespace dkg::internal
