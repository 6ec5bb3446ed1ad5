// Phrasings of state news agencies: aides of an office holder named elsewhere, "Title
// Name of Country", companions introduced with their roles, the official who reports the
// audience, and guests listed "with A, with B and with C".
#include <gtest/gtest.h>

#include "extract_test_support.h"

namespace dkg {
namespace {

using namespace extract_test;
using Names = std::set<std::string>;

TEST(AgencyPhrasingTest, AideServesTheOfficeHolderTheReportNames) {
  const Extraction x = ExtractText(
      "President Karim Haddad of Lebanon received the Greek Foreign Minister, Nikos "
      "Petrou, on Monday. Also present was Rami Aoun, Diplomatic Adviser to the Lebanese "
      "President.");
  const Names represents = Relations(x, RelationType::kRepresents);
  EXPECT_TRUE(represents.contains(Represents("Rami Aoun", "Karim Haddad"))) << Dump(x);
}

TEST(AgencyPhrasingTest, OnlyAidesServeAPerson) {
  // A minister of the President's government is not the President's aide.
  const Extraction x = ExtractText(
      "President Karim Haddad of Lebanon received the Greek Foreign Minister, Nikos "
      "Petrou, on Monday. Also present was Rami Aoun, Minister of State to the Lebanese "
      "President.");
  EXPECT_FALSE(Relations(x, RelationType::kRepresents)
                   .contains(Represents("Rami Aoun", "Karim Haddad")))
      << Dump(x);
}

TEST(AgencyPhrasingTest, CountryAfterTheTitledName) {
  const Extraction x = ExtractText(
      "King Fahad sent a cable of condolences to President Ramon Ortiz of the Republic of "
      "Chile over the floods.");
  EXPECT_TRUE(Relations(x, RelationType::kRepresents)
                  .contains(Represents("Ramon Ortiz", "Republic of Chile")) ||
              Relations(x, RelationType::kRepresents).contains(Represents("Ramon Ortiz", "Chile")))
      << Dump(x);
}

TEST(AgencyPhrasingTest, CompanionsIntroducedWithTheirRolesMeetTheHost) {
  const Extraction x = ExtractText(
      "Kenyan President Joseph Mwangi on Wednesday received Ethiopian envoy Dawit Alemu. "
      "Sara Bekele, Ethiopia's State Minister for Foreign Affairs, and Yonas Tesfaye, "
      "Ethiopian Ambassador to Kenya, accompanied Dawit Alemu to the meeting.");
  const Names met = Relations(x, RelationType::kMetWith);
  EXPECT_TRUE(met.contains(Met("Joseph Mwangi", "Sara Bekele"))) << Dump(x);
  EXPECT_TRUE(met.contains(Met("Joseph Mwangi", "Yonas Tesfaye"))) << Dump(x);
  // Members of one delegation do not meet each other.
  EXPECT_FALSE(met.contains(Met("Dawit Alemu", "Sara Bekele"))) << Dump(x);
}

TEST(AgencyPhrasingTest, TheSpokesmanWhoReportsTheAudienceWasNotInIt) {
  const Extraction x = ExtractText(
      "President Omar Karam on Tuesday received Qatar's Foreign Minister, Khalid Al Mannai, "
      "in the presence of Egyptian Foreign Minister Hani Selim, Presidential Spokesman "
      "Adel Fahmy said.");
  const Names met = Relations(x, RelationType::kMetWith);
  EXPECT_TRUE(met.contains(Met("Khalid Al Mannai", "Omar Karam"))) << Dump(x);
  EXPECT_TRUE(met.contains(Met("Hani Selim", "Khalid Al Mannai"))) << Dump(x);
  EXPECT_FALSE(met.contains(Met("Adel Fahmy", "Khalid Al Mannai"))) << Dump(x);
}

TEST(AgencyPhrasingTest, EachGuestOfAWithList) {
  const Extraction x = ExtractText(
      "Foreign Minister Ana Costa held meetings on Monday with Sheikh Salem Al-Sabah, with "
      "the Speaker of Parliament, Jassem Al-Khaled, and with Sheikh Fahad Al-Nasser.");
  const Names met = Relations(x, RelationType::kMetWith);
  EXPECT_TRUE(met.contains(Met("Ana Costa", "Salem Al-Sabah"))) << Dump(x);
  EXPECT_TRUE(met.contains(Met("Ana Costa", "Jassem Al-Khaled"))) << Dump(x);
  EXPECT_TRUE(met.contains(Met("Ana Costa", "Fahad Al-Nasser"))) << Dump(x);
}

}  // namespace
}  // namespace dkg
