// Internal: words of personal names that the extraction and the resolver both read.
#pragma once

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>

namespace dkg::text_internal {

// "bin", "bint", "ibn" and the Malay "binti", "ibni" (folded): the name after it is a
// father's ("Hamdan bin Mohamed", "Ibrahim ibni Almarhum Sultan Iskandar").
inline bool IsPatronymicWord(std::string_view folded) {
  return folded == "bin" || folded == "bint" || folded == "ibn" || folded == "binti" ||
         folded == "ibni";
}

// "md.", "mohd.", "muhd.", "ma." (folded): a given name shortened, that opens a name ("Md.
// Touhid Hossain", "Mohd. Yusof", "Ma. Theresa Lazaro").
inline bool IsGivenNameAbbreviation(std::string_view folded) {
  return folded == "md." || folded == "mohd." || folded == "muhd." || folded == "ma.";
}

// "ts.", "kh.", "ch." (folded): an initial of two letters for one sound, as Mongolian names
// write a father's name before one's own ("Ts. Ganbat", "Kh. Battulga").
inline bool IsDigraphInitial(std::string_view folded) {
  static constexpr std::string_view kDigraphs[] = {"ch.", "dz.", "kh.", "sh.", "ts.", "zh."};
  return std::find(std::begin(kDigraphs), std::end(kDigraphs), folded) != std::end(kDigraphs);
}

// "oglu", "gizi", "uulu", "kyzy" (folded): the name before it is a father's, in Azerbaijani,
// Kyrgyz and Kazakh patronymics ("Ilham Heydar oglu Aliyev", "Nurlanbek Turgunbek uulu").
inline bool IsPatronymicSuffixWord(std::string_view folded) {
  return folded == "oglu" || folded == "ogly" || folded == "gizi" || folded == "qizi" ||
         folded == "kizi" || folded == "uulu" || folded == "kyzy" || folded == "qyzy";
}

// "abdul", "abd", "abdel" (folded): "servant of", the first half of a given name whose
// second is one of the names of God, a word that is also a title ("Abdul Amir Yarallah",
// "Abdel Malik").
inline bool IsServantOfWord(std::string_view folded) {
  return folded == "abdul" || folded == "abd" || folded == "abdel" || folded == "abdal" ||
         folded == "abdol" || folded == "abdoul";
}

// A generational suffix, folded: "jr." and "sr." ("Marcos Jr." is not "Marcos III").
inline bool IsGenerationalSuffix(std::string_view folded) {
  return folded == "jr." || folded == "sr.";
}

// A name as written without its generational suffix: "Ferdinand R. Marcos Jr." ->
// "Ferdinand R. Marcos".
inline std::string_view WithoutGenerationalSuffix(std::string_view name) {
  constexpr std::size_t kSuffix = 4;  // " Jr.", " Sr."
  if (name.size() <= kSuffix || name[name.size() - kSuffix] != ' ') return name;
  char folded[kSuffix - 1];
  for (std::size_t k = 0; k + 1 < kSuffix; ++k)
    folded[k] = static_cast<char>(
        std::tolower(static_cast<unsigned char>(name[name.size() - kSuffix + 1 + k])));
  return IsGenerationalSuffix(std::string_view(folded, kSuffix - 1))
             ? name.substr(0, name.size() - kSuffix)
             : name;
}

// The initials of a written name, folded, in order: "Ferdinand R. Marcos Jr." -> "r",
// "Ts. Bat-Erdene" -> "ts." (a digraph's, before more of the name). Two full names whose
// initials differ are two persons ("Ferdinand E. Marcos", "D. Bat-Erdene").
inline std::string NameInitials(std::string_view name) {
  auto letter = [&](std::size_t at) { return std::isalpha(static_cast<unsigned char>(name[at])); };
  auto folded = [&](std::size_t at) {
    return static_cast<char>(std::tolower(static_cast<unsigned char>(name[at])));
  };
  std::string out;
  for (std::size_t at = 0; at + 1 < name.size(); ++at) {
    if (at > 0 && name[at - 1] != ' ') continue;
    if (letter(at) && name[at + 1] == '.' && (at + 2 == name.size() || name[at + 2] == ' ')) {
      out.push_back(folded(at));
    } else if (at + 3 < name.size() && name[at + 2] == '.' && name[at + 3] == ' ') {
      const std::string pair = {folded(at), folded(at + 1), '.'};
      if (IsDigraphInitial(pair)) out += pair;
    }
  }
  return out;
}

// Whether two written names have initials and different ones.
inline bool InitialsDiffer(std::string_view x, std::string_view y) {
  const std::string a = NameInitials(x), b = NameInitials(y);
  return !a.empty() && !b.empty() && a != b;
}

}  // namespace dkg::text_internal
