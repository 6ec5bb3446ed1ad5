#include "extract/portfolio.h"

#include <vector>

#include "dkg/text/fold.h"

namespace dkg::internal {
namespace {

std::vector<std::string_view> Words(std::string_view text) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == ',')) ++i;
    std::size_t end = i;
    while (end < text.size() && text[end] != ' ' && text[end] != ',') ++end;
    if (end > i) out.push_back(text.substr(i, end - i));
    i = end;
  }
  return out;
}

// Up to two words of the portfolio from `from`, up to a state's "of" or "the", without "and".
std::string PortfolioFrom(const std::vector<std::string_view>& words, std::size_t from) {
  std::string out;
  int taken = 0;
  for (std::size_t k = from; k < words.size() && taken < 2; ++k) {
    if (words[k] == "of" || words[k] == "the" || words[k] == "in" || words[k] == "to") break;
    if (words[k] == "and") continue;
    if (!out.empty()) out += ' ';
    out += words[k];
    ++taken;
  }
  return out;
}

}  // namespace

std::string MinisterPortfolio(std::string_view role) {
  const std::string folded = Fold(role);
  const std::vector<std::string_view> words = Words(folded);
  if (!words.empty() && (words.front() == "former" || words.front() == "late")) return {};
  for (std::size_t k = 0; k < words.size(); ++k) {
    if (words[k] != "minister") continue;
    std::size_t at = k + 1;
    if (at < words.size() && (words[at] == "of" || words[at] == "for")) {
      ++at;
      // ("Minister of State for Foreign Affairs")
      if (at + 1 < words.size() && words[at] == "state" && words[at + 1] == "for") at += 2;
      return PortfolioFrom(words, at);
    }
    if (k == 0) return {};
    const std::string_view before = words[k - 1];
    if (before == "prime" || before == "deputy" || before == "state" || before == "chief")
      return {};
    return before == "foreign" ? "foreign affairs" : std::string(before);
  }
  return {};
}

std::string MinistryPortfolio(std::string_view name) {
  // (most bodies are none: no folding for them)
  if (name.find("inistry") == std::string_view::npos &&
      name.find("INISTRY") == std::string_view::npos)
    return {};
  const std::string folded = Fold(name);
  const std::vector<std::string_view> words = Words(folded);
  for (std::size_t k = 0; k < words.size(); ++k) {
    if (words[k] != "ministry") continue;
    if (k + 1 < words.size() && (words[k + 1] == "of" || words[k + 1] == "for"))
      return PortfolioFrom(words, k + 2);
    if (k == 0 || k + 1 != words.size()) return {};
    return words[k - 1] == "foreign" ? "foreign affairs" : std::string(words[k - 1]);
  }
  return {};
}

bool PortfoliosDiffer(std::string_view x, std::string_view y) {
  if (x.empty() || y.empty()) return false;
  const std::string_view x_first = x.substr(0, x.find(' ')), y_first = y.substr(0, y.find(' '));
  if (x_first != y_first) return true;
  const bool x_two = x.find(' ') != std::string_view::npos,
             y_two = y.find(' ') != std::string_view::npos;
  return x_two && y_two && x != y;
}

}  // namespace dkg::internal
