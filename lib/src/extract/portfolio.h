// Internal: the portfolio a minister's role names ("Minister of Foreign Affairs",
// "Foreign Minister" -> "foreign affairs"), to tell two ministers apart.
#pragma once

#include <string>
#include <string_view>

namespace dkg::internal {

// The first two words of the portfolio a minister's role (as written) names, folded and
// without "and": "Minister of Foreign Affairs, International Trade and Worship" -> "foreign
// affairs"; "Minister of State for Foreign Affairs" -> "foreign affairs"; "Foreign
// Minister" -> "foreign affairs"; "Minister of Finance" -> "finance". Empty for a role that
// names no portfolio ("Prime Minister", "Ambassador") or a former one.
std::string MinisterPortfolio(std::string_view role);

// The portfolio a ministry's name holds, read as MinisterPortfolio reads a role: "Ministry
// of Foreign Affairs and Expatriates" -> "foreign affairs"; "Foreign Ministry" -> "foreign
// affairs". Empty for another body.
std::string MinistryPortfolio(std::string_view name);

// Whether two portfolios of MinisterPortfolio differ: both named and not one ("finance" and
// "foreign affairs"; not "economy" and "economy finance").
bool PortfoliosDiffer(std::string_view x, std::string_view y);

}  // namespace dkg::internal
