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
  EXPECT_TRUE(Has(x, Represents("Rami Aoun", "Karim Haddad"))) << Dump(x);
}

TEST(AgencyPhrasingTest, OnlyAidesServeAPerson) {
  // A minister of the President's government is not the President's aide.
  const Extraction x = ExtractText(
      "President Karim Haddad of Lebanon received the Greek Foreign Minister, Nikos "
      "Petrou, on Monday. Also present was Rami Aoun, Minister of State to the Lebanese "
      "President.");
  EXPECT_FALSE(Has(x, Represents("Rami Aoun", "Karim Haddad"))) << Dump(x);
}

TEST(AgencyPhrasingTest, CountryAfterTheTitledName) {
  const Extraction x = ExtractText(
      "King Fahad sent a cable of condolences to President Ramon Ortiz of the Republic of "
      "Chile over the floods.");
  EXPECT_TRUE(Has(x, Represents("Ramon Ortiz", "Republic of Chile")) ||
              Has(x, Represents("Ramon Ortiz", "Chile")))
      << Dump(x);
}

TEST(AgencyPhrasingTest, CompanionsIntroducedWithTheirRolesMeetTheHost) {
  const Extraction x = ExtractText(
      "Kenyan President Joseph Mwangi on Wednesday received Ethiopian envoy Dawit Alemu. "
      "Sara Bekele, Ethiopia's State Minister for Foreign Affairs, and Yonas Tesfaye, "
      "Ethiopian Ambassador to Kenya, accompanied Dawit Alemu to the meeting.");
  EXPECT_TRUE(Has(x, Met("Joseph Mwangi", "Sara Bekele"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Joseph Mwangi", "Yonas Tesfaye"))) << Dump(x);
  // Members of one delegation do not meet each other.
  EXPECT_FALSE(Has(x, Met("Dawit Alemu", "Sara Bekele"))) << Dump(x);
}

TEST(AgencyPhrasingTest, TheSpokesmanWhoReportsTheAudienceWasNotInIt) {
  const Extraction x = ExtractText(
      "President Omar Karam on Tuesday received Qatar's Foreign Minister, Khalid Al Mannai, "
      "in the presence of Egyptian Foreign Minister Hani Selim, Presidential Spokesman "
      "Adel Fahmy said.");
  EXPECT_TRUE(Has(x, Met("Khalid Al Mannai", "Omar Karam"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Hani Selim", "Khalid Al Mannai"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Adel Fahmy", "Khalid Al Mannai"))) << Dump(x);
}

TEST(AgencyPhrasingTest, EachGuestOfAWithList) {
  const Extraction x = ExtractText(
      "Foreign Minister Ana Costa held meetings on Monday with Sheikh Salem Al-Sabah, with "
      "the Speaker of Parliament, Jassem Al-Khaled, and with Sheikh Fahad Al-Nasser.");
  EXPECT_TRUE(Has(x, Met("Ana Costa", "Salem Al-Sabah"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Ana Costa", "Jassem Al-Khaled"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Ana Costa", "Fahad Al-Nasser"))) << Dump(x);
}

TEST(AgencyPhrasingTest, BodyOfAnOrganisationTheReportNames) {
  const Extraction x = ExtractText(
      "The European Commission and the Government of Chile signed the agreement, which the "
      "European Union welcomed.");
  EXPECT_TRUE(Has(x, Represents("European Commission", "European Union"))) << Dump(x);
}

TEST(AgencyPhrasingTest, BodyOfAnOrganisationOnlyWhenTheOrganisationIsNamed) {
  const Extraction x = ExtractText("The European Commission met the Government of Chile.");
  for (const std::string& relation : Relations(x, RelationType::kRepresents))
    EXPECT_FALSE(relation.starts_with("REPRESENTS European Commission ->")) << Dump(x);
}

TEST(AgencyPhrasingTest, TitledNameAndTheBodyItServes) {
  const Extraction x = ExtractText(
      "Deputy Secretary Ana Costa met Director-General Kenji Sato, Ministry of Foreign "
      "Affairs, and Director-General Aiko Mori, Ministry of Defense.");
  EXPECT_TRUE(Has(x, Represents("Kenji Sato", "Ministry of Foreign Affairs"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Aiko Mori", "Ministry of Defense"))) << Dump(x);
}

TEST(AgencyPhrasingTest, ANamedOrganisationInAListIsAParticipantNotAnEmployer) {
  const Extraction x = ExtractText(
      "President Ana Costa met Prime Minister Kenji Sato, NATO, and the African Union.");
  EXPECT_FALSE(Has(x, Represents("Kenji Sato", "NATO"))) << Dump(x);
}

TEST(AgencyPhrasingTest, APredicateJoinedByAndSharesTheSubject) {
  const Extraction x = ExtractText(
      "King Fahad bin Saud called President Tomas Ruiz on Monday. President Ruiz thanked "
      "King Fahad for the call, and wished him lasting good health.");
  EXPECT_TRUE(Has(x, Greets("Tomas Ruiz", "Fahad bin Saud"))) << Dump(x);
  EXPECT_FALSE(Has(x, Greets("Fahad bin Saud", "Tomas Ruiz"))) << Dump(x);
}

TEST(AgencyPhrasingTest, GreetingsJoinedToAnotherNounStillNameTheSender) {
  const Extraction x = ExtractText(
      "Prince Nayef bin Fahad relayed the greetings and esteem of King Fahad bin Saud to "
      "President Tomas Ruiz.");
  EXPECT_TRUE(Has(x, Greets("Nayef bin Fahad", "Tomas Ruiz", "Fahad bin Saud"))) << Dump(x);
}

TEST(AgencyPhrasingTest, CondolencesOnSomeonesPassingAreNotSentOnTheirBehalf) {
  const Extraction x = ExtractText(
      "President Tomas Ruiz sent his condolences on the passing of former president Ana "
      "Vidal to Prime Minister Kenji Sato.");
  for (const Relation& r : x.relations) EXPECT_EQ(r.on_behalf_of, -1) << Describe(x, r) << Dump(x);
  // (the people's condolences "on the death of" someone are the people's, sent to the
  // "Holy Father", who is the Pope)
  const Extraction people = ExtractText(
      "This morning, President Carlos Mendes Tavares of Cabo Verde was granted an audience by "
      "the Holy Father Leo XIV. The President conveyed to the Pontiff the condolences of the "
      "people of Cabo Verde on the death of Pope Francis.");
  EXPECT_TRUE(Has(people, Met("Carlos Mendes Tavares", "Leo XIV"))) << Dump(people);
  EXPECT_TRUE(Has(people, Greets("Carlos Mendes Tavares", "Leo XIV", "Cape Verde")))
      << Dump(people);
}

TEST(AgencyPhrasingTest, ACityTheGazetteerKnowsIsNotAPerson) {
  const Extraction x = ExtractText(
      "Under Secretary Ana Costa will then travel to São Paulo and Benghazi, where she will "
      "meet Governor Kenji Sato.");
  EXPECT_EQ(NamesOf(x, EntityType::kPerson), (Names{"Ana Costa", "Kenji Sato"})) << Dump(x);
}

TEST(AgencyPhrasingTest, PortfolioAfterTheComplementStaysInTheRole) {
  const Extraction x = ExtractText(
      "Deputy Minister Ihor Tkach held talks with the Adviser to the President of the "
      "Republic of Estonia on Foreign Affairs Liis Tamm.");
  const Entity* tamm = PersonNamed(x, "Liis Tamm");
  ASSERT_NE(tamm, nullptr) << Dump(x);
  EXPECT_TRUE(Contains(tamm->roles,
                       "Adviser to the President of the Republic of Estonia on Foreign Affairs"))
      << Dump(x);
  EXPECT_TRUE(Has(x, Met("Ihor Tkach", "Liis Tamm"))) << Dump(x);
}

TEST(AgencyPhrasingTest, ADayAfterTheComplementIsNoPortfolio) {
  const Extraction x = ExtractText(
      "The Ambassador of the Republic of Estonia on Monday met Deputy Minister Ihor Tkach.");
  for (const Entity& e : x.entities)
    for (const std::string& role : e.roles)
      EXPECT_EQ(role.find("Monday"), std::string::npos) << Dump(x);
}

// An aide serves the office holder the report names with the very title of the office
// served, before or after the aide; not one it names with another title.
TEST(AgencyPhrasingTest, AnAideServesOnlyAHolderNamedWithTheTitle) {
  const Extraction x = ExtractText(
      "Ihor Tkach met the Adviser to the President of Estonia Liis Tamm. Tkach said that "
      "President of Estonia Alar Kask supports the plan.");
  EXPECT_TRUE(Has(x, Represents("Liis Tamm", "Alar Kask"))) << Dump(x);
  const Extraction other = ExtractText(
      "Ihor Tkach met the Adviser to the President of Estonia Liis Tamm. Tkach said that "
      "Prime Minister of Estonia Kaja Kask supports the plan.");
  EXPECT_FALSE(Has(other, Represents("Liis Tamm", "Kaja Kask"))) << Dump(other);
}

TEST(AgencyPhrasingTest, TheHeadOfStateIsNotTheGovernor) {
  const Extraction x = BundledExtractor().Extract(MakeReport(
      "Meeting with Governor of Tver Region Igor Rudin",
      "Vladimir Petrov met with Governor of Tver Region Igor Rudin. The governor informed "
      "the head of state about the region's economy."));
  const Entity* rudin = PersonNamed(x, "Igor Rudin");
  ASSERT_NE(rudin, nullptr) << Dump(x);
  EXPECT_FALSE(Contains(rudin->aliases, "head of state")) << Dump(x);
}

TEST(AgencyPhrasingTest, ACallRecallsTheMeetingOfItsTwoPrincipals) {
  const Extraction x = ExtractText(
      "Ana Costa had a telephone conversation with President Kenji Sato. The leaders "
      "followed up on their meeting in Lisbon on May 3.");
  EXPECT_TRUE(Has(x, Met("Ana Costa", "Kenji Sato"))) << Dump(x);
}

TEST(AgencyPhrasingTest, AMeetingStillToComeOrTheCallItselfIsNotRecalled) {
  for (const char* text :
       {"Ana Costa had a telephone conversation with President Kenji Sato. The leaders will "
        "review these matters at their meeting in Lisbon on May 3.",
        "Ana Costa had a telephone conversation with President Kenji Sato. During their "
        "telephone conversation in the evening, they discussed trade."}) {
    const Extraction x = ExtractText(text);
    EXPECT_TRUE(Relations(x, RelationType::kMetWith).empty()) << text << Dump(x);
  }
}

TEST(AgencyPhrasingTest, ACounterpartHoldsTheOfficeForTheCountryNamed) {
  const Extraction x = ExtractText(
      "Turkish Foreign Minister Kemal Aydin met his French counterpart Claire Morel on "
      "Tuesday.");
  EXPECT_TRUE(Has(x, Represents("Claire Morel", "France"))) << Dump(x);
}

TEST(AgencyPhrasingTest, CountriesListedBeforeASharedRoleGoRespectively) {
  const Extraction x = ExtractText(
      "Egyptian Foreign Minister Hani Selim and his Greek, Cypriot and French counterparts, "
      "Nikos Petrou, Andreas Loizou and Claire Morel, respectively, gathered in Cairo on "
      "Wednesday.");
  EXPECT_TRUE(Has(x, Represents("Nikos Petrou", "Greece"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Andreas Loizou", "Cyprus"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Claire Morel", "France"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Nikos Petrou", "France"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Hani Selim", "Nikos Petrou"))) << Dump(x);
}

TEST(AgencyPhrasingTest, AJointBodyOfTwoStatesIsNamedWholeAndOfNeither) {
  const Extraction x = ExtractText(
      "The ministers discussed the work of the Strategic Partnership Commission of Ukraine "
      "and the United States.");
  EXPECT_TRUE(NamesOf(x, EntityType::kInstitution)
                  .contains("Strategic Partnership Commission of Ukraine and the United States"))
      << Dump(x);
  for (const std::string& relation : Relations(x, RelationType::kRepresents))
    EXPECT_FALSE(relation.starts_with("REPRESENTS Strategic Partnership Commission")) << Dump(x);
}

TEST(AgencyPhrasingTest, ABodyOfAnotherNamedInstitutionIsTwoInstitutions) {
  const Extraction x = ExtractText(
      "The Security Sub-Committee of the Security Consultative Committee met in Tokyo, "
      "while the Ministry of Foreign Affairs of Japan prepared the agenda.");
  const Names institutions = NamesOf(x, EntityType::kInstitution);
  EXPECT_TRUE(institutions.contains("Security Sub-Committee")) << Dump(x);
  EXPECT_TRUE(institutions.contains("Security Consultative Committee")) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Security Sub-Committee", "Security Consultative Committee")))
      << Dump(x);
  // "of Foreign Affairs" names no institution: one name
  EXPECT_TRUE(institutions.contains("Ministry of Foreign Affairs of Japan")) << Dump(x);
}

TEST(AgencyPhrasingTest, ACountryInsideAPlaceNameIsNotTheCountry) {
  const Extraction x = ExtractText(
      "The ministers discussed peace in the Taiwan Strait, shipping in the Persian Gulf, "
      "piracy in the Gulf of Guinea and the Northern Ireland Protocol with Japan.");
  EXPECT_EQ(NamesOf(x, EntityType::kCountry), (Names{"Japan"})) << Dump(x);
}

TEST(AgencyPhrasingTest, TheSenderStatedLaterGoesToTheCarriedMessage) {
  const Extraction x = ExtractText(
      "Foreign Minister Ana Costa received special envoy Omar Said, who came with a message "
      "addressed to King Fahad bin Saud. The envoy said the message came from President "
      "Karim Haddad.");
  EXPECT_TRUE(Has(x, Greets("Omar Said", "Fahad bin Saud", "Karim Haddad"))) << Dump(x);
}

TEST(AgencyPhrasingTest, CompanionsMeetOnlyTheMeetingToldSoFar) {
  const Extraction x = ExtractText(
      "Foreign Minister Ana Costa held talks with Foreign Minister Kenji Sato on Monday. Sato "
      "was accompanied by Trade Minister Aiko Mori. Sato later called on President Omar "
      "Karam.");
  EXPECT_TRUE(Has(x, Met("Aiko Mori", "Ana Costa"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Kenji Sato", "Omar Karam"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Aiko Mori", "Omar Karam"))) << Dump(x);
}

TEST(AgencyPhrasingTest, SympathyToAPeopleHasNoEntityTarget) {
  const Extraction x = ExtractText(
      "King Fahad bin Saud expressed his deepest sympathy to the bereaved families and to "
      "the people of Chile.");
  EXPECT_TRUE(Relations(x, RelationType::kConveyedGreetingsTo).empty()) << Dump(x);
}

TEST(AgencyPhrasingTest, ABodyNamedAfterItsOrganisationsAcronymIsTheSameBody) {
  const Extraction x = ExtractText(
      "Minister Ana Costa visited the African Union Commission on Monday. The AU Commission "
      "welcomed her.");
  const Names institutions = NamesOf(x, EntityType::kInstitution);
  EXPECT_TRUE(institutions.contains("African Union Commission")) << Dump(x);
  EXPECT_FALSE(institutions.contains("AU Commission")) << Dump(x);
}

// A title that ends a body's phrase is no word of its name ("Bahrain's Council of
// Representatives Speaker"), but a plural title is ("Assembly of People's
// Representatives") and so is an office after "of the" ("Office of the Presidential
// Envoy"); a mission posted "in the" country keeps it.
TEST(AgencyPhrasingTest, WhereABodysNameEndsBeforeAndAfterTitles) {
  const Extraction x = BundledExtractor().Extract(MakeReport(
      "Speaker holds talks with Bahrain's Council of Representatives Speaker",
      "The Speaker thanked the Assembly of People's Representatives (ARP), the Office of the "
      "Presidential Envoy and the SADC Mission in the Democratic Republic of Congo (SAMIDRC)."));
  EXPECT_EQ(
      NamesOf(x, EntityType::kInstitution),
      (std::set<std::string>{"Council of Representatives", "Assembly of People's Representatives",
                             "Office of the Presidential Envoy",
                             "SADC Mission in the Democratic Republic of Congo"}))
      << Dump(x);
  // (a mission posted to a state is not that state's; an "Organ" is a body)
  EXPECT_FALSE(Has(x, Represents("SADC Mission in the Democratic Republic of Congo",
                                 "Democratic Republic of the Congo")))
      << Dump(x);
  const Extraction organ = ExtractText(
      "He was accompanied by the Director of the SADC Organ on Politics, Defence and Security "
      "Affairs, Professor Kula Theletsane.");
  EXPECT_TRUE(Has(
      organ, Represents("Kula Theletsane", "SADC Organ on Politics, Defence and Security Affairs")))
      << Dump(organ);
}

TEST(AgencyPhrasingTest, AGroupIsAnInstitution) {
  const Extraction x =
      ExtractText("The ministers of the Group of Six met in Rome with the Africa Focus Group.");
  const Names institutions = NamesOf(x, EntityType::kInstitution);
  EXPECT_TRUE(institutions.contains("Group of Six")) << Dump(x);
  EXPECT_TRUE(institutions.contains("Africa Focus Group")) << Dump(x);
}

// A visit that took place is a meeting of the visitor with the country visited.
TEST(AgencyPhrasingTest, AVisitToACountryMeetsThatCountry) {
  const Extraction x = ExtractText(
      "President Joseph Mwangi of Kenya spoke by phone with President Omar Karam of Egypt. "
      "They reviewed the agreements reached during the visit of the President of Kenya to "
      "Egypt in May 2021.");
  EXPECT_TRUE(Has(x, Met("Joseph Mwangi", "Egypt"))) << Dump(x);
  // The host was at home: no meeting with his own country.
  EXPECT_FALSE(Has(x, Met("Omar Karam", "Egypt"))) << Dump(x);
}

TEST(AgencyPhrasingTest, AVisitYetToComeMeetsNoCountry) {
  for (const char* text :
       {"President Joseph Mwangi of Kenya spoke by phone with President Omar Karam of "
        "Egypt. They discussed preparations for the visit of the President of Kenya to Egypt.",
        "President Joseph Mwangi of Kenya spoke by phone with President Omar Karam of "
        "Egypt. They discussed the visit of the President of Kenya to Egypt next month."}) {
    const Extraction x = ExtractText(text);
    EXPECT_FALSE(Has(x, Met("Joseph Mwangi", "Egypt"))) << Dump(x);
  }
}

// A rank or royal title between a role and the name: the name holds both.
TEST(AgencyPhrasingTest, SecondTitleBeforeTheNameKeepsTheRole) {
  const Extraction x = ExtractText(
      "Omani Minister of Foreign Affairs Sayyid Badr Albusaidi met Kenyan Foreign Minister "
      "Alfred Mwangi in Muscat. Jordanian Ambassador to the United States Princess Dina "
      "Mired attended.");
  EXPECT_TRUE(Has(x, Represents("Badr Albusaidi", "Oman"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Dina Mired", "Jordan"))) << Dump(x);
  // An ambassador to a country does not represent it.
  EXPECT_FALSE(Has(x, Represents("Dina Mired", "United States"))) << Dump(x);
}

// An office only one government has places its holder in that state, when the report
// names it; a role that names its country keeps that country.
TEST(AgencyPhrasingTest, AnOfficeOfOneGovernmentPlacesItsHolder) {
  const Extraction x = ExtractText(
      "Assistant Secretary of State for African Affairs Mary Collins met Kenyan Foreign "
      "Minister Alfred Mwangi in Nairobi. They discussed trade between the United States "
      "and Kenya.");
  EXPECT_TRUE(Has(x, Represents("Mary Collins", "United States"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Alfred Mwangi", "United States"))) << Dump(x);
  const Extraction foreign = ExtractText(
      "Polish Deputy Secretary of Defense Jan Nowak met Kenyan Foreign Minister Alfred "
      "Mwangi. The United States sent an observer.");
  EXPECT_TRUE(Has(foreign, Represents("Jan Nowak", "Poland"))) << Dump(foreign);
  EXPECT_FALSE(Has(foreign, Represents("Jan Nowak", "United States"))) << Dump(foreign);
  // The state is not named: nothing to represent.
  const Extraction unnamed = ExtractText(
      "Assistant Secretary of State Mary Collins met Kenyan Foreign Minister Alfred Mwangi.");
  EXPECT_EQ(Dump(unnamed).find("United States"), std::string::npos) << Dump(unnamed);
}

// Unnamed members of an organisation stand for it as the other side of a meeting; the
// unnamed presidents of two countries do not stand for the countries.
TEST(AgencyPhrasingTest, AGroupOfAnOrganisationIsTheOtherSide) {
  const Extraction x = ExtractText(
      "Foreign Minister Alfred Mwangi met with the ambassadors of the G7 countries. "
      "Minister of Trade Sara Kamau met with NATO representatives.");
  EXPECT_TRUE(Has(x, Met("Alfred Mwangi", "Group of Seven"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Sara Kamau", "North Atlantic Treaty Organization"))) << Dump(x);
  const Extraction presidents = ExtractText(
      "Foreign Minister Alfred Mwangi met with the Presidents of Lithuania and Poland.");
  EXPECT_FALSE(Has(presidents, Met("Alfred Mwangi", "Lithuania"))) << Dump(presidents);
}

// A message received: whoever brought it conveyed it on its sender's behalf and met the
// receiver; the sender was not there.
TEST(AgencyPhrasingTest, AMessageReceivedFromOneAndDeliveredByAnother) {
  const Extraction x = ExtractText(
      "Crown Prince Faisal Al Harbi received in Jeddah on Sunday a written message from the "
      "Emir of Qatar, Sheikh Nasser Al Mannai, delivered by Qatari Foreign Minister Khalid "
      "Al Kuwari.");
  EXPECT_TRUE(Has(x, Greets("Khalid Al Kuwari", "Faisal Al Harbi", "Nasser Al Mannai")))
      << Dump(x);
  EXPECT_TRUE(Has(x, Met("Faisal Al Harbi", "Khalid Al Kuwari"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Faisal Al Harbi", "Nasser Al Mannai"))) << Dump(x);
  const Extraction sent = ExtractText(
      "President Omar Karam received a letter from President Joseph Mwangi of Kenya.");
  EXPECT_TRUE(Has(sent, Greets("Joseph Mwangi", "Omar Karam"))) << Dump(sent);
  EXPECT_FALSE(Has(sent, Met("Omar Karam", "Joseph Mwangi"))) << Dump(sent);
}

// "they" exchanged greetings: the two persons named before, both ways; a call is no
// meeting.
TEST(AgencyPhrasingTest, TheyExchangedGreetingsDuringACall) {
  const Extraction x = ExtractText(
      "President Omar Karam received on Monday a phone call from his Kenyan counterpart "
      "Joseph Mwangi, during which they exchanged greetings on the occasion of Eid al-Fitr.");
  EXPECT_TRUE(Has(x, Greets("Omar Karam", "Joseph Mwangi"))) << Dump(x);
  EXPECT_TRUE(Has(x, Greets("Joseph Mwangi", "Omar Karam"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Omar Karam", "Joseph Mwangi"))) << Dump(x);
  // ("the two officials exchanged greetings": so do the call's two by their office)
  const Extraction officials = ExtractText(
      "Later, Mr. Ali Taha held a telephone conversation with the Chairperson of the "
      "Commission, H.E. Omar Diallo, during which the two officials exchanged greetings and "
      "agreed to meet.");
  EXPECT_TRUE(Has(officials, Greets("Ali Taha", "Omar Diallo"))) << Dump(officials);
  EXPECT_TRUE(Has(officials, Greets("Omar Diallo", "Ali Taha"))) << Dump(officials);
}

// "the Special Envoy of the UN Secretary-General, Hanna Tetteh": the envoy serves the
// organisation's officer, and so the organisation; the name keeps the whole role.
TEST(AgencyPhrasingTest, EnvoyOfAnOrganisationsOfficer) {
  const Extraction x = ExtractText(
      "President Omar Karam received the Special Envoy of the UN Secretary-General, Hanna "
      "Tetteh.");
  EXPECT_TRUE(Has(x, Represents("Hanna Tetteh", "United Nations"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Omar Karam", "Hanna Tetteh"))) << Dump(x);
  const Entity* envoy = PersonNamed(x, "Hanna Tetteh");
  ASSERT_NE(envoy, nullptr) << Dump(x);
  EXPECT_FALSE(Contains(envoy->roles, "Secretary-General")) << Dump(x);
}

TEST(AgencyPhrasingTest, TalksWithAfterATimeAndAPlace) {
  const Extraction x = ExtractText(
      "LUSAKA — Foreign Minister Mary Banda held talks on Thursday in Lusaka with her "
      "Malawian counterpart Peter Phiri.");
  EXPECT_TRUE(Has(x, Met("Mary Banda", "Peter Phiri"))) << Dump(x);
}

TEST(AgencyPhrasingTest, BriefOfAPlaceWithOfKeepsTheNameAfterIt) {
  const Extraction x = ExtractText(
      "NAIROBI — President Samuel Otieno received the African Union Special Envoy for the "
      "Horn of Africa, Mariam Diallo, at State House. Later, Foreign Minister James Kamau "
      "met with the Special Envoy.");
  EXPECT_TRUE(Has(x, Represents("Mariam Diallo", "African Union"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("James Kamau", "Mariam Diallo"))) << Dump(x);
  EXPECT_EQ(NamesOf(x, EntityType::kPerson),
            (Names{"Samuel Otieno", "Mariam Diallo", "James Kamau"}))
      << Dump(x);
}

TEST(AgencyPhrasingTest, RegionAfterAnInnerOfIsNoPartOfTheName) {
  const Extraction x = ExtractText(
      "The President met with Governor of the Province of Tavira Tomas Varela in Faro, and "
      "with President of the Republic of South Ossetia Anatoly Bibilov.");
  EXPECT_EQ(NamesOf(x, EntityType::kPerson), (Names{"Tomas Varela", "Anatoly Bibilov"}))
      << Dump(x);
}

TEST(AgencyPhrasingTest, TitleWordBeforeBinIsAGivenName) {
  const Extraction x = ExtractText(
      "DOHA — The talks were attended by Qatari Minister of State Sultan bin Khalid Al-Nuaimi "
      "and Omani Minister Amir bin Said Al-Harthy.");
  EXPECT_EQ(NamesOf(x, EntityType::kPerson),
            (Names{"Sultan bin Khalid Al-Nuaimi", "Amir bin Said Al-Harthy"}))
      << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Sultan bin Khalid Al-Nuaimi", "Qatar"))) << Dump(x);
}

TEST(AgencyPhrasingTest, PortfolioOfOrdinaryWordsRunsToTheApposition) {
  const Extraction x = ExtractText(
      "TUNIS — President Hedi Mansour received on Monday the Prime Minister of Malta, Paul "
      "Zammit. The audience was attended by the Minister of Foreign Affairs and the National "
      "Community Abroad, Nabil Ammar.");
  EXPECT_EQ(NamesOf(x, EntityType::kPerson), (Names{"Hedi Mansour", "Paul Zammit", "Nabil Ammar"}))
      << Dump(x);
  const Entity* ammar = PersonNamed(x, "Nabil Ammar");
  ASSERT_NE(ammar, nullptr) << Dump(x);
  EXPECT_TRUE(Contains(ammar->roles, "Minister of Foreign Affairs and the National Community Abroad"))
      << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Paul Zammit", "Tunisia"))) << Dump(x);
}

TEST(AgencyPhrasingTest, ServiceAfterAnInnerTitleIsNoPerson) {
  const Extraction x = ExtractText(
      "JUBA — The Chairman of the Transitional Council of South Sudan, General Daniel Akol, "
      "received on Sunday Uganda's Director of General "
      "Intelligence, Major General Peter Okello, who handed him a written message from "
      "President Joseph Mugisha. Akol asked Okello to convey his greetings to President "
      "Mugisha.");
  EXPECT_EQ(NamesOf(x, EntityType::kPerson),
            (Names{"Daniel Akol", "Peter Okello", "Joseph Mugisha"}))
      << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Peter Okello", "Uganda"))) << Dump(x);
  // the one whose message the Ugandan brought is Ugandan, not of the dateline's state
  EXPECT_TRUE(Has(x, Represents("Joseph Mugisha", "Uganda"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Joseph Mugisha", "South Sudan"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Daniel Akol", "Uganda"))) << Dump(x);
}

TEST(AgencyPhrasingTest, TheOtherSideOfABilateralRepresentsTheOtherCountryNamed) {
  const Extraction x = ExtractText(
      "Foreign Minister Ana Costa met with Foreign Minister Jonas Berg of Norway today in "
      "Lisbon. The Minister said that Portugal stands with Norway on energy security, and "
      "that Portugal would host the next round of talks.");
  EXPECT_TRUE(Has(x, Represents("Jonas Berg", "Norway"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Ana Costa", "Portugal"))) << Dump(x);
}

TEST(AgencyPhrasingTest, AStateNamedOnlyByItsAdjectiveIsNoOtherSide) {
  const Extraction x = ExtractText(
      "Deputy Secretary Ellen Marsh met with Norwegian Minister of Trade Jonas Berg today. "
      "They discussed Norwegian-Finnish energy links and the Finnish market, and how Norway "
      "could invest in it.");
  EXPECT_TRUE(Has(x, Represents("Jonas Berg", "Norway"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Ellen Marsh", "Finland"))) << Dump(x);
  // named once by its name, the state is the other side's
  const Extraction named = ExtractText(
      "Deputy Secretary Ellen Marsh met with Norwegian Minister of Trade Jonas Berg today. "
      "They discussed Finnish energy links and how Finland and Norway could invest in them.");
  EXPECT_TRUE(Has(named, Represents("Ellen Marsh", "Finland"))) << Dump(named);
}

TEST(AgencyPhrasingTest, TheGuestAskedToConveyByPronounAfterARoleOfTheSameSentence) {
  const Extraction x = ExtractText(
      "NAIROBI — President Samuel Otieno on Wednesday hosted Peruvian President Carlos "
      "Medina at State House. Otieno thanked the Peruvian leader for the visit and asked him "
      "to convey his best wishes to Prime Minister Luis Paredes.");
  EXPECT_TRUE(Has(x, Greets("Carlos Medina", "Luis Paredes", "Samuel Otieno"))) << Dump(x);
  const Entity* paredes = PersonNamed(x, "Luis Paredes");
  ASSERT_NE(paredes, nullptr) << Dump(x);
  EXPECT_FALSE(Contains(paredes->aliases, "Peruvian leader")) << Dump(x);
}

TEST(AgencyPhrasingTest, ACompanionWithoutAffiliationSharesThePrincipalsCountry) {
  const Extraction x = ExtractText(
      "NAIROBI — President Samuel Otieno on Wednesday hosted Peruvian President Carlos "
      "Medina at State House. Medina was accompanied by Foreign Minister Ana Quispe and by "
      "Hanna Tetteh, the UN Special Envoy.");
  EXPECT_TRUE(Has(x, Represents("Ana Quispe", "Peru"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Ana Quispe", "Samuel Otieno"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Hanna Tetteh", "Peru"))) << Dump(x);
}

TEST(AgencyPhrasingTest, AMessageHandedToOneAndAddressedToAnother) {
  const Extraction x = ExtractText(
      "LIMA — Foreign Minister Ana Quispe held talks with Minister of Foreign Affairs of the "
      "Republic of Kenya James Kamau. Kamau handed over to Quispe a message from President "
      "Samuel Otieno addressed to President Carlos Medina.");
  EXPECT_TRUE(Has(x, Greets("James Kamau", "Carlos Medina", "Samuel Otieno"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("James Kamau", "Ana Quispe"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("James Kamau", "Carlos Medina"))) << Dump(x);
}

TEST(AgencyPhrasingTest, AVideoConferenceIsAMeetingAPhoneCallIsNot) {
  const Extraction video = ExtractText(
      "Chancellor Anna Weber held a video conference with Prime Minister Kenji Sato of Japan "
      "on Wednesday.");
  EXPECT_TRUE(Has(video, Met("Anna Weber", "Kenji Sato"))) << Dump(video);
  const Extraction pair = ExtractText(
      "Chancellor Anna Weber and Prime Minister Kenji Sato of Japan held a video call on "
      "Wednesday.");
  EXPECT_TRUE(Has(pair, Met("Anna Weber", "Kenji Sato"))) << Dump(pair);
  const Extraction phone = ExtractText(
      "Chancellor Anna Weber held a phone call with Prime Minister Kenji Sato of Japan on "
      "Wednesday.");
  EXPECT_FALSE(Has(phone, Met("Anna Weber", "Kenji Sato"))) << Dump(phone);
  const Extraction others = ExtractText(
      "Chancellor Anna Weber told Prime Minister Kenji Sato of Japan about the negotiations, "
      "which are being held via videoconference.");
  EXPECT_FALSE(Has(others, Met("Anna Weber", "Kenji Sato"))) << Dump(others);
}

TEST(AgencyPhrasingTest, ABareNameAfterAPrepositionAndTheIsAPlace) {
  const Extraction x = ExtractText(
      "DOHA — The Amir received at the Amiri Diwan on Sunday Ambassador Nuno Rodrigues of "
      "Brazil, and later met Prime Minister Ana Costa at the Sheraton Grand.");
  EXPECT_EQ(NamesOf(x, EntityType::kPerson), (Names{"Nuno Rodrigues", "Ana Costa"})) << Dump(x);
}

TEST(AgencyPhrasingTest, ABareNameAfterAnArticleOrAPossessiveIsAThing) {
  const Extraction x = ExtractText(
      "President Ana Costa received Minister Luis Salazar. They discussed the Cristo Redentor "
      "pass, the resources of the Amu Darya and the Grand Tortue Ahmeyim gas field. Salazar "
      "later called on former Prime Minister Nawaz Karim at his Jati Umra residence.");
  EXPECT_EQ(NamesOf(x, EntityType::kPerson), (Names{"Ana Costa", "Luis Salazar", "Nawaz Karim"}))
      << Dump(x);
}

TEST(AgencyPhrasingTest, ANameEndingInAThingsWordIsNoPerson) {
  const Extraction x = ExtractText(
      "President Ana Costa received Minister Luis Salazar. They discussed the implementation "
      "of Minsk Agreements, Steinmeier Formula and Montreux Convention.");
  EXPECT_EQ(NamesOf(x, EntityType::kPerson), (Names{"Ana Costa", "Luis Salazar"})) << Dump(x);
}

TEST(AgencyPhrasingTest, TheSameTitleOfAnotherCountryForTheNextName) {
  const Extraction x = ExtractText(
      "DOHA — The Amir received on Sunday the credentials of the new ambassadors of Brazil, "
      "Nuno Rodrigues, and of Chile, Pedro Ortiz.");
  EXPECT_TRUE(Has(x, Represents("Nuno Rodrigues", "Brazil"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Pedro Ortiz", "Chile"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Pedro Ortiz", "Brazil"))) << Dump(x);
  // each presented his credentials on his own
  EXPECT_FALSE(Has(x, Met("Nuno Rodrigues", "Pedro Ortiz"))) << Dump(x);
}

TEST(AgencyPhrasingTest, AnAmbassadorOfOneStateToAnotherBeforeTheName) {
  const Extraction x = ExtractText(
      "Deputy Foreign Minister of Peru Ana Quispe met with the Ambassador of Kenya to the "
      "Republic of Peru James Kamau at the latter's request.");
  EXPECT_TRUE(Has(x, Represents("James Kamau", "Kenya"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("James Kamau", "Peru"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Ana Quispe", "James Kamau"))) << Dump(x);
}

TEST(AgencyPhrasingTest, ARoleThatOpensTheNextClauseIsNoApposition) {
  const Extraction x = ExtractText(
      "RABAT — Foreign Minister Nasser Idrissi received on Monday the Comorian envoy, "
      "Ambassador Said Ahmed. Speaking to reporters after his talks with Idrissi, the envoy "
      "said the message came from President Ali Soilihi. Idrissi, the Moroccan Minister of "
      "Foreign Affairs, thanked him.");
  const Entity* idrissi = PersonNamed(x, "Nasser Idrissi");
  ASSERT_NE(idrissi, nullptr) << Dump(x);
  EXPECT_FALSE(Contains(idrissi->roles, "envoy")) << Dump(x);
  EXPECT_TRUE(Contains(idrissi->roles, "Moroccan Minister of Foreign Affairs")) << Dump(x);
}

TEST(AgencyPhrasingTest, AModifierWordOpensAPortfolio) {
  // "Regional" is a title's modifier ("Regional Director"), but here a word of the portfolio
  const Extraction x = ExtractText(
      "The delegation was led by the Bank's Vice-President for Regional Development, "
      "Integration and Business Delivery, Dr Amina Sow.");
  EXPECT_EQ(NamesOf(x, EntityType::kPerson), (Names{"Amina Sow"})) << Dump(x);
  const Entity* sow = PersonNamed(x, "Amina Sow");
  ASSERT_NE(sow, nullptr) << Dump(x);
  EXPECT_TRUE(Contains(
      sow->roles, "Vice-President for Regional Development, Integration and Business Delivery"))
      << Dump(x);
}

TEST(AgencyPhrasingTest, AnAdjectiveInsideAPortfolioJoinedByAnd) {
  const Extraction x = ExtractText(
      "TUNIS — Nabil Ammar, Tunisia's Minister of Foreign Affairs, Migration and Tunisian "
      "Expatriates, on Monday received the Ambassador of Peru, Ana Quispe.");
  EXPECT_EQ(NamesOf(x, EntityType::kPerson), (Names{"Nabil Ammar", "Ana Quispe"})) << Dump(x);
  const Entity* ammar = PersonNamed(x, "Nabil Ammar");
  ASSERT_NE(ammar, nullptr) << Dump(x);
  EXPECT_TRUE(Contains(ammar->roles,
                       "Tunisia's Minister of Foreign Affairs, Migration and Tunisian Expatriates"))
      << Dump(x);
}

TEST(AgencyPhrasingTest, TheEnvoyOfAPossessiveRoleServesItsHolderNamedLater) {
  const Extraction x = ExtractText(
      "RABAT — The minister on Monday received the Comorian President's special envoy, "
      "Ambassador Said Ahmed, who carried a message to the King. The envoy said the message "
      "came from President Ali Soilihi.");
  EXPECT_TRUE(Has(x, Represents("Said Ahmed", "Comoros"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Said Ahmed", "Ali Soilihi"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Said Ahmed", "Said Ahmed"))) << Dump(x);
}

TEST(AgencyPhrasingTest, AnEnvoyOfANamedPresidentAndTheGreetingsSentBack) {
  const Extraction x = ExtractText(
      "BANJUL — President Macky Diouf's special envoy, Foreign Minister Awa Tall Diouf, on "
      "Tuesday handed President Adama Jallow of The Gambia a written message. Jallow welcomed "
      "the envoy and asked her to convey his fraternal greetings to President Diouf.");
  EXPECT_TRUE(Has(x, Represents("Awa Tall Diouf", "Macky Diouf"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Adama Jallow", "Gambia"))) << Dump(x);
  EXPECT_TRUE(Has(x, Greets("Awa Tall Diouf", "Macky Diouf", "Adama Jallow"))) << Dump(x);
  EXPECT_FALSE(Has(x, Greets("Adama Jallow", "Macky Diouf", "Awa Tall Diouf"))) << Dump(x);
}

TEST(AgencyPhrasingTest, GreetingsExchangedWithTwoLeadersGoBetweenEachAndTheSubject) {
  const Extraction x = ExtractText(
      "DOHA — The Amir Sheikh Tamim bin Hamad exchanged Eid greetings in phone calls with "
      "President Omar Demir of Turkey and President Aziz Karimov of Uzbekistan.");
  EXPECT_TRUE(Has(x, Greets("Tamim bin Hamad", "Omar Demir"))) << Dump(x);
  EXPECT_TRUE(Has(x, Greets("Aziz Karimov", "Tamim bin Hamad"))) << Dump(x);
  EXPECT_FALSE(Has(x, Greets("Omar Demir", "Aziz Karimov"))) << Dump(x);
}

TEST(AgencyPhrasingTest, ABodyOfAForeignMemberIsNotTheDatelineStates) {
  const Extraction x = ExtractText(
      "CAIRO — Egyptian Foreign Minister Sameh Hassan received on Wednesday his Sudanese "
      "counterpart Ali Osman, who conveyed the greetings of General Omar Bashir, Chairman of "
      "the Sovereignty Council, to President Khaled Fahmy. Egypt and Sudan agreed to meet again.");
  EXPECT_TRUE(Has(x, Represents("Omar Bashir", "Sudan"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Sovereignty Council", "Egypt"))) << Dump(x);
}

TEST(AgencyPhrasingTest, ANameAfterAnInstitutionsHeadIsNotPartOfIt) {
  const Extraction x = ExtractText(
      "The meeting was attended by Chief of Staff of the Presidential Executive Office Pavel "
      "Orlov, Director of the Foreign Intelligence Service Ivan Sorokin and Speaker of the "
      "Mongolian Parliament Zandanshatar.");
  EXPECT_EQ(NamesOf(x, EntityType::kPerson), (Names{"Pavel Orlov", "Ivan Sorokin", "Zandanshatar"}))
      << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Zandanshatar", "Mongolian Parliament"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Ivan Sorokin", "Foreign Intelligence Service"))) << Dump(x);
  EXPECT_TRUE(NamesOf(x, EntityType::kInstitution).contains("Presidential Executive Office"))
      << Dump(x);
}

TEST(AgencyPhrasingTest, TheDelegationThatMetIsItsNamedHead) {
  const Extraction x = ExtractText(
      "During the visit to Peru, the Kenyan delegation held a series of talks. According to "
      "the head of the delegation, Foreign Minister James Kamau, the talks were useful. In "
      "Lima, the Kenyan delegation met with Peruvian Minister of Economy Ana Quispe.");
  EXPECT_TRUE(Has(x, Met("James Kamau", "Ana Quispe"))) << Dump(x);
}

TEST(AgencyPhrasingTest, AMessageHandedOverInTheNextSentenceIsAnAudience) {
  const Extraction x = ExtractText(
      "MUSCAT — Sayyid Fahd bin Salim Al Harthi, Minister of Foreign Affairs, on Tuesday "
      "received a written message addressed to Sultan Qais bin Tarik from Mukhtar Abenov, "
      "President of Kyrgyzstan. The message was handed over by Aibek Sadykov, Ambassador of "
      "Kyrgyzstan to the Sultanate, during a meeting at the ministry. The meeting was "
      "attended by Sheikh Hilal bin Nasser Al Maamari, Under-Secretary for Diplomatic "
      "Affairs.");
  EXPECT_TRUE(Has(x, Met("Fahd bin Salim Al Harthi", "Aibek Sadykov"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Aibek Sadykov", "Hilal bin Nasser Al Maamari"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Fahd bin Salim Al Harthi", "Hilal bin Nasser Al Maamari")))
      << Dump(x);
}

TEST(AgencyPhrasingTest, ASovereignsTitleTakesNoAddressee) {
  const Extraction x = ExtractText(
      "Sultan Qais bin Tarik of Oman received Ambassador Aibek Sadykov of Kyrgyzstan. "
      "He asked the ambassador to convey the greetings of His Majesty the Sultan to the "
      "Kyrgyz President.");
  EXPECT_FALSE(Has(x, Represents("Qais bin Tarik", "Kyrgyzstan"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Qais bin Tarik", "Oman"))) << Dump(x);
}

TEST(AgencyPhrasingTest, TheMembersOfBothSidesOfAnAudienceMeet) {
  const Extraction x = ExtractText(
      "AMMAN — King Faisal II on Sunday received Iraqi Prime Minister Karim Al-Jabouri. "
      "The talks were attended by Crown Prince Hamza bin Faisal. Attending on the Jordanian "
      "side were Prime Minister Omar Al-Rifai and Foreign Minister Nasser Judeh Al-Masri. "
      "The Iraqi delegation included Foreign Minister Salah Al-Hakim.");
  for (const char* jordanian : {"Faisal II", "Omar Al-Rifai", "Nasser Judeh Al-Masri",
                                "Hamza bin Faisal"})
    EXPECT_TRUE(Has(x, Met(jordanian, "Salah Al-Hakim"))) << jordanian << Dump(x);
  EXPECT_TRUE(Has(x, Met("Omar Al-Rifai", "Karim Al-Jabouri"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Omar Al-Rifai", "Nasser Judeh Al-Masri"))) << Dump(x);
}

TEST(AgencyPhrasingTest, ThoseTakingPartOnASideAreOfItsCountry) {
  const Extraction x = ExtractText(
      "TASHKENT — Deputy Minister of Foreign Affairs of Uzbekistan Farrukh Saidov on "
      "Thursday held political consultations with Vice Minister of Foreign Affairs of the "
      "Republic of Indonesia Budi Santoso. Taking part on the Indonesian side were the "
      "Ambassador of Indonesia to Uzbekistan, Sri Wahyuni, and Agus Salim, Director of "
      "Central Asian Affairs.");
  EXPECT_TRUE(Has(x, Represents("Agus Salim", "Indonesia"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Farrukh Saidov", "Agus Salim"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Farrukh Saidov", "Sri Wahyuni"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Budi Santoso", "Agus Salim"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Sri Wahyuni", "Agus Salim"))) << Dump(x);
}

TEST(AgencyPhrasingTest, AnEmbassysCityIsPartOfItsName) {
  const Extraction x = ExtractText(
      "Ambassador Joan Miller of the U.S. Embassy in Hanoi met officials of the Embassy of "
      "Cameroon in Abuja on Monday.");
  const Entity* hanoi = EntityNamed(x, EntityType::kInstitution, "U.S. Embassy in Hanoi");
  ASSERT_NE(hanoi, nullptr) << Dump(x);
  EXPECT_TRUE(Contains(hanoi->aliases, "U.S. Embassy")) << Dump(x);
  EXPECT_NE(EntityNamed(x, EntityType::kInstitution, "Embassy of Cameroon in Abuja"), nullptr)
      << Dump(x);
  EXPECT_TRUE(Has(x, Represents("U.S. Embassy in Hanoi", "United States"))) << Dump(x);
}

TEST(AgencyPhrasingTest, AVenueEndsAtItsPlaceWordBeforeTheGuestsName) {
  const Extraction x = ExtractText(
      "MANAMA — Prince Khalid bin Hamad Al Khalifa today received at Sakhir Palace Sheikh "
      "Nawaf Salem Al-Sabah, Kuwait's Minister of Oil, who conveyed a verbal message.");
  EXPECT_TRUE(Has(x, Met("Khalid bin Hamad Al Khalifa", "Nawaf Salem Al-Sabah"))) << Dump(x);
}

TEST(AgencyPhrasingTest, TwoRolesBeforeTheNameAreBothItsRoles) {
  const Extraction x = ExtractText(
      "BAMAKO — The President of the Transition, Head of State, Colonel Moussa Keita, on "
      "Thursday received a Nigerien delegation led by the Minister of Energy, Ali Maiga, who "
      "was carrying a message from General Amadou Tanko, President of the National Council. "
      "The delegation also included the Ambassador of Niger to Mali, Issa Garba. On the "
      "Malian side, the audience was attended by the Minister of Foreign Affairs, Oumar "
      "Diarra.");
  const Entity* keita = PersonNamed(x, "Moussa Keita");
  ASSERT_NE(keita, nullptr) << Dump(x);
  EXPECT_TRUE(Contains(keita->roles, "President of the Transition")) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Moussa Keita", "Amadou Tanko"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Oumar Diarra", "Amadou Tanko"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Moussa Keita", "Issa Garba"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Oumar Diarra", "Issa Garba"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Oumar Diarra", "Ali Maiga"))) << Dump(x);
}

TEST(AgencyPhrasingTest, VisitingATitledPersonIsAMeeting) {
  const Extraction x = ExtractText(
      "BEIRUT — Ambassador Karim Fawzi later visited caretaker Prime Minister Salim Haddad at "
      "the Grand Serail. He also visited Tripoli.");
  EXPECT_TRUE(Has(x, Met("Karim Fawzi", "Salim Haddad"))) << Dump(x);
}

TEST(AgencyPhrasingTest, AMessageToHimFromHisBrotherIsForTheHost) {
  const Extraction x = ExtractText(
      "ALGIERS — President Karim Benali on Monday received the Mauritanian Minister of "
      "Foreign Affairs, Sidi Ould Brahim, who delivered a written message to him from his "
      "brother, President Mohamed Ould Salem. On the Mauritanian side, the Ambassador of "
      "Mauritania in Algiers, Ahmed Ould Baba, was present.");
  EXPECT_FALSE(Has(x, Met("Sidi Ould Brahim", "Mohamed Ould Salem"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Ahmed Ould Baba", "Mauritania"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Karim Benali", "Ahmed Ould Baba"))) << Dump(x);
}

TEST(AgencyPhrasingTest, RtHonIsAnHonorificNotAnOrganisation) {
  const Extraction x = ExtractText(
      "NAIROBI — The Deputy Speaker, Hon. Mary Wanjiku, on Wednesday hosted a delegation of the "
      "Parliament of Ghana led by the First Deputy Speaker, Rt. Hon. Kofi Mensah-Bonsu.");
  EXPECT_TRUE(NamesOf(x, EntityType::kInstitution).count("RT") == 0) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Mary Wanjiku", "Kofi Mensah-Bonsu"))) << Dump(x);
}

TEST(AgencyPhrasingTest, MalaysianHonorificsAreNoPartOfTheName) {
  const Extraction x = ExtractText(
      "Anwar was accompanied by Foreign Minister Datuk Seri Diraja Dr Hamzah Abdul Rahman and "
      "Minister of Trade Tengku Datuk Seri Utama Aziz Abdul Karim.");
  EXPECT_NE(PersonNamed(x, "Hamzah Abdul Rahman"), nullptr) << Dump(x);
  EXPECT_NE(PersonNamed(x, "Aziz Abdul Karim"), nullptr) << Dump(x);
  EXPECT_EQ(PersonNamed(x, "Tengku"), nullptr) << Dump(x);
  // (and a wife's or a Khmer premier's: "Datin Paduka", "Samdech Thipadei")
  const Extraction wife = ExtractText(
      "Malaysian Ambassador to Qatar Datin Paduka Nor Azlina binti Ismail also attended. "
      "Samdech Thipadei Hun Manet welcomed the visit.");
  EXPECT_NE(PersonNamed(wife, "Nor Azlina binti Ismail"), nullptr) << Dump(wife);
  EXPECT_NE(PersonNamed(wife, "Hun Manet"), nullptr) << Dump(wife);
}

TEST(AgencyPhrasingTest, AnArabicPlaceNameIsNoPerson) {
  const Extraction x = ExtractText(
      "The ministers discussed shipping through Bab el-Mandeb, the port of Ain Sokhna and the "
      "reopening of the Ras Jedir crossing.");
  EXPECT_TRUE(NamesOf(x, EntityType::kPerson).empty()) << Dump(x);
}

TEST(AgencyPhrasingTest, AnArabicVenueBeforeTheGuestsName) {
  const Extraction x = ExtractText(
      "Abu Dhabi, 4 March (WAM) - Sheikh Hamdan bin Rashid Al Nahyan received today at Qasr Al "
      "Watan Budi Santoso Wibowo, Indonesia's Coordinating Minister for Maritime Affairs.");
  EXPECT_TRUE(Has(x, Met("Hamdan bin Rashid Al Nahyan", "Budi Santoso Wibowo"))) << Dump(x);
}

TEST(AgencyPhrasingTest, CredentialsPresentedInTheNextSentenceByEachAmbassador) {
  const Extraction x = ExtractText(
      "Riyadh, September 10, 2024, SPA -- Deputy Minister of Foreign Affairs Eng. Faisal bin "
      "Nasser Al-Harbi received today copies of the credentials of two ambassadors newly "
      "appointed to the Kingdom. The copies were presented, each in a separate meeting, by "
      "Ambassador Hiroshi Tanaka of Japan and Ambassador Pedro Alvarez Soto of the Republic of "
      "Chile.");
  EXPECT_TRUE(Has(x, Met("Faisal bin Nasser Al-Harbi", "Hiroshi Tanaka"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Faisal bin Nasser Al-Harbi", "Pedro Alvarez Soto"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Hiroshi Tanaka", "Pedro Alvarez Soto"))) << Dump(x);
}

TEST(AgencyPhrasingTest, CredentialsPresentedByTheEnvoysTheNextSentenceNames) {
  const Extraction x = ExtractText(
      "On Monday, President Arman Kudaibergen received the credentials of the newly appointed "
      "ambassadors of three countries. Credentials were presented by Ambassador of Peru Luis "
      "Salcedo Rivas, Ambassador of the Republic of Ghana Ama Owusu Boateng and Ambassador of "
      "Finland Mikko Laaksonen.");
  for (const char* envoy : {"Luis Salcedo Rivas", "Ama Owusu Boateng", "Mikko Laaksonen"})
    EXPECT_TRUE(Has(x, Met("Arman Kudaibergen", envoy))) << envoy << Dump(x);
  EXPECT_FALSE(Has(x, Met("Luis Salcedo Rivas", "Mikko Laaksonen"))) << Dump(x);
}

// "Later, talks were held between A and B": the passive names both who met; "talks were held
// with B" names no one who met him.
TEST(AgencyPhrasingTest, TalksWereHeldBetweenTwo) {
  const Extraction x = ExtractText(
      "Astana - President Nurlan Abenov received Foreign Minister Gergely Farkas of Hungary. "
      "Later, talks were held in the Government House between Gergely Farkas and First Deputy "
      "Prime Minister of the Republic of Kazakhstan Serik Zhanibekov, who co-chair the council. "
      "Talks were also held with Aigerim Nurova.");
  EXPECT_TRUE(Has(x, Met("Gergely Farkas", "Serik Zhanibekov"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Nurlan Abenov", "Aigerim Nurova"))) << Dump(x);
  // (at a body whose name has "and" in it; those before "on the Uzbek side and" on one side)
  const Extraction sides = ExtractText(
      "Earlier, negotiations were held at the Ministry of Economy and Finance between Bakhtiyor "
      "Saidov and First Deputy Minister of Economy and Finance Ravshan Nazarov on the Uzbek side "
      "and Vice President of the Islamic Development Bank Tariq Hamid Al-Sayed.");
  EXPECT_TRUE(Has(sides, Met("Bakhtiyor Saidov", "Tariq Hamid Al-Sayed"))) << Dump(sides);
  EXPECT_TRUE(Has(sides, Met("Ravshan Nazarov", "Tariq Hamid Al-Sayed"))) << Dump(sides);
  EXPECT_FALSE(Has(sides, Met("Bakhtiyor Saidov", "Ravshan Nazarov"))) << Dump(sides);
}

// "A and B held talks at the palace, with energy and investment topping the agenda": a
// "with" clause of its own after a comma names no one they met.
TEST(AgencyPhrasingTest, AWithClauseOfItsOwnNamesNoOneMet) {
  const Extraction x = ExtractText(
      "DOHA: Emir Sheikh Fahad bin Jassim Al Thani and Kyrgyz President Almaz Toktogulov held "
      "talks at Lusail Palace yesterday, with energy, food security and investment topping the "
      "agenda.");
  EXPECT_TRUE(Has(x, Met("Fahad bin Jassim Al Thani", "Almaz Toktogulov"))) << Dump(x);
}

// "Norway's Special Envoy for Sudan and South Sudan, X,": a brief of two states joined by
// "and" is the role's, and the name after the comma its holder's.
TEST(AgencyPhrasingTest, ABriefOfTwoStatesBeforeTheHoldersName) {
  const Extraction x = ExtractText(
      "In Addis Ababa, Norway's Special Envoy for Sudan and South Sudan, Sigrid Nilsen Haug, "
      "met on Wednesday with the Executive Secretary of IGAD, Daniel Kebede Alemu.");
  EXPECT_TRUE(Has(x, Represents("Sigrid Nilsen Haug", "Norway"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Sigrid Nilsen Haug", "Daniel Kebede Alemu"))) << Dump(x);
}

// "Acting Assistant Minister for Africa, Asia and Latin America X", "Director for Central
// America Y": a region whose name holds a state's is no state, and stays in the portfolio.
TEST(AgencyPhrasingTest, ARegionNamedAfterAStateIsNoState) {
  const Extraction x = ExtractText(
      "The Serbian delegation included Acting Assistant Minister for Africa, Asia and Latin "
      "America Jelena Petrovic, Deputy Assistant Secretary Dan Harlow, Council Director for "
      "Central America Megan Oakes and officials from South America.");
  EXPECT_TRUE(NamesOf(x, EntityType::kCountry).count("United States") == 0) << Dump(x);
  const Entity* oakes = PersonNamed(x, "Megan Oakes");
  ASSERT_NE(oakes, nullptr) << Dump(x);
  EXPECT_TRUE(Contains(oakes->roles, "Director for Central America")) << Dump(x);
}

// "the AU Commissioner for Political Affairs, X" in a report that names the African Union
// Commission: the commissioner serves the commission; a High Commissioner is a diplomat.
TEST(AgencyPhrasingTest, ACommissionerServesTheCommission) {
  const Extraction x = ExtractText(
      "Kigali - President Jean Habimana received the Chairperson of the African Union "
      "Commission, Ali Mahamat Idriss. The Chairperson was accompanied by the AU Commissioner "
      "for Political Affairs, Peace and Security, Ambassador Kunle Adebayo, and by the High "
      "Commissioner of Rwanda to Nigeria, Alice Mukamana.");
  EXPECT_TRUE(Has(x, Represents("Kunle Adebayo", "African Union Commission"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Alice Mukamana", "African Union Commission"))) << Dump(x);
}

// "A and B, members of the Grand National Assembly,", "Egyptian Ambassadors C and D": a
// plural title after two coordinated names, or before them, is each one's.
TEST(AgencyPhrasingTest, APluralTitleOfTwoCoordinatedNamesIsEachOnes) {
  const Extraction x = ExtractText(
      "The Turkish side comprised Elif Yildirim and Burak Aydin, members of the Grand National "
      "Assembly, and Cem Ozturk. Also present were Egyptian Ambassadors Karim Mansour and Tarek "
      "Fahmy.");
  EXPECT_TRUE(Has(x, Represents("Elif Yildirim", "Grand National Assembly"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Burak Aydin", "Grand National Assembly"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Cem Ozturk", "Grand National Assembly"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Karim Mansour", "Egypt"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Tarek Fahmy", "Egypt"))) << Dump(x);
}

// "recalled the fruitful talks she held with her Moroccan counterpart, X, in Rabat last
// year": a meeting the report tells of as having happened, held by the relative clause's
// pronoun, the one who recalled it.
TEST(AgencyPhrasingTest, TalksSheHeldWithSomeoneAreAMeeting) {
  const Extraction x = ExtractText(
      "ACCRA - Foreign Minister Shirley Mensah Owusu received the Ambassador of Morocco, Ahmed "
      "Tazi. Welcoming the envoy, Madam Owusu recalled the fruitful talks she held with her "
      "Moroccan counterpart, Nasser Alaoui, in Rabat last year.");
  EXPECT_TRUE(Has(x, Met("Shirley Mensah Owusu", "Nasser Alaoui"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Ahmed Tazi", "Nasser Alaoui"))) << Dump(x);
}

// "Later, he was received by X": the one received is the audience's one guest, not its host;
// "Minister Responsible for Defence Affairs" is a title, no person "Responsible".
TEST(AgencyPhrasingTest, TheOneReceivedLaterIsTheGuest) {
  const Extraction x = ExtractText(
      "MUSCAT - Sayyid Hamad Albusaidi, Minister Responsible for Defence Affairs, received "
      "Jordanian Minister Yousef Al-Qudah. Later, he was received by Sheikh Khalifa Al Harthy.");
  EXPECT_TRUE(Has(x, Met("Yousef Al-Qudah", "Khalifa Al Harthy"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Hamad Albusaidi", "Khalifa Al Harthy"))) << Dump(x);
  EXPECT_EQ(PersonNamed(x, "Responsible"), nullptr) << Dump(x);
}

// "A and B went one floor up to call on Vice President C": the visit a trip was made for
// happened; "plans to call on D" did not.
TEST(AgencyPhrasingTest, WentToCallOnSomeoneIsAVisit) {
  const Extraction x = ExtractText(
      "HARARE - President Tendai Moyo received India's Minister of State, Pranav Mehta. In the "
      "afternoon, Mr Mehta and Ambassador Vijay Rao went one floor up to call on Vice President "
      "Kuda Chikore. Mehta plans to call on Ruth Ncube.");
  EXPECT_TRUE(Has(x, Met("Pranav Mehta", "Kuda Chikore"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Vijay Rao", "Kuda Chikore"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Pranav Mehta", "Ruth Ncube"))) << Dump(x);
  // ("next" before a verb in the past tells of no meeting to come)
  const Extraction next = ExtractText(
      "LIBREVILLE - President Paul Mba received Sylvie Ngoma and Joao Verissimo. Ms Ngoma and "
      "Mr Verissimo next went to the Primature for an audience with Prime Minister Raymond "
      "Ndong. They will meet Ruth Ekang next week.");
  EXPECT_TRUE(Has(next, Met("Sylvie Ngoma", "Raymond Ndong"))) << Dump(next);
  EXPECT_FALSE(Has(next, Met("Sylvie Ngoma", "Ruth Ekang"))) << Dump(next);
}

// "After leaving the Palace, A proceeded to the complex, where House Speaker B, a first
// cousin of the President, received him": "him" is the one the clause before "where" names,
// and the President, named after "of the", is no subject.
TEST(AgencyPhrasingTest, WhereSomeoneReceivedHimIsTheOneWhoWentThere) {
  const Extraction x = ExtractText(
      "MANILA - President Ramon Reyes Cruz and US Defense Secretary Mark Ellison held talks at "
      "the palace. After leaving the Palace, Ellison proceeded to the Batasang complex in Quezon "
      "City, where House Speaker Jose Luis Aquino, a first cousin of the President, received "
      "him.");
  EXPECT_TRUE(Has(x, Met("Mark Ellison", "Jose Luis Aquino"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Ramon Reyes Cruz", "Jose Luis Aquino"))) << Dump(x);
}

// "asked him to convey his greetings to President X, whom he recalled meeting in Astana last
// year": the meeting recalled was one, of the one who recalled it with X.
TEST(AgencyPhrasingTest, OneWhomHeRecalledMeetingWasMet) {
  const Extraction x = ExtractText(
      "ISLAMABAD - Prime Minister Tariq Hameed Khan received Mazhilis Chairman Yerlan Seitov. "
      "Welcoming the guest, the prime minister asked him to convey his warm greetings to "
      "President Nurlan Abenov, whom he recalled meeting in Astana last year.");
  EXPECT_TRUE(Has(x, Met("Tariq Hameed Khan", "Nurlan Abenov"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Yerlan Seitov", "Nurlan Abenov"))) << Dump(x);
}

// "A and B were received by the Minister of Energy, X, together with the head of ENAP, Y":
// Y is with the one who received; "... by the Prime Minister, together with Ambassador Z" of
// the guests' own state is theirs.
TEST(AgencyPhrasingTest, TogetherWithTheOneWhoReceived) {
  const Extraction x = ExtractText(
      "SANTIAGO - UAE Minister Thani Al Zeyoudi and Mohamed Al Ramahi were received by the "
      "Minister of Energy, Diego Pardo Lorca, together with the Executive President of the "
      "state-owned National Petroleum Company, Julio Fried.");
  EXPECT_TRUE(Has(x, Met("Thani Al Zeyoudi", "Julio Fried"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Mohamed Al Ramahi", "Julio Fried"))) << Dump(x);
  const Extraction own = ExtractText(
      "MOGADISHU - Turkish Defence Minister Yasin Guler was received by Prime Minister Hamza "
      "Abdi Barre, together with Turkish Ambassador Alper Aktas.");
  EXPECT_FALSE(Has(own, Met("Yasin Guler", "Alper Aktas"))) << Dump(own);
}

// A minister's statement in the first person, signed at its end: "Today I received the
// Ambassador of Japan, X ... -- Y, Minister of Foreign Affairs": "I" is the one who signs.
TEST(AgencyPhrasingTest, IInAStatementIsTheOneWhoSignsIt) {
  const Extraction x = ExtractText(
      "Today I received the Ambassador of Japan, Mr. Sato Kenji, at the Ministry. We discussed "
      "trade and investment. I also met the Minister of Finance of Kenya, John Mwangi.\n\n"
      "-- Ana Costa Ribeiro, Minister of Foreign Affairs of Portugal");
  EXPECT_TRUE(Has(x, Met("Ana Costa Ribeiro", "Sato Kenji"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Ana Costa Ribeiro", "John Mwangi"))) << Dump(x);
  const Extraction unsigned_ = ExtractText(
      "Today I received the Ambassador of Japan, Mr. Sato Kenji. The minister Ana Costa Ribeiro "
      "said the talks went well.");
  EXPECT_FALSE(Has(unsigned_, Met("Ana Costa Ribeiro", "Sato Kenji"))) << Dump(unsigned_);
}

TEST(AgencyPhrasingTest, APossessiveInsideAPortfolio) {
  const Extraction x = ExtractText(
      "ALGIERS- President Karim Benali received on Sunday the Minister of People's Power for "
      "Foreign Affairs of the Bolivarian Republic of Venezuela, Mr. Carlos Rojas Mena.");
  EXPECT_TRUE(Has(x, Represents("Carlos Rojas Mena", "Venezuela"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Karim Benali", "Carlos Rojas Mena"))) << Dump(x);
}

TEST(AgencyPhrasingTest, ADelegationOfABodyLedByItsHeadAfterAComma) {
  const Extraction x = ExtractText(
      "Mogadishu (SONNA) — President Ali Hassan Mohamud received on Sunday a delegation of the "
      "African Union Peace and Security Council, led by the Council's chair for the month, "
      "Ambassador Karim Fathy, Permanent Representative of Egypt to the African Union.");
  EXPECT_TRUE(Has(x, Met("Ali Hassan Mohamud", "Karim Fathy"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Ali Hassan Mohamud", "African Union Peace and Security Council")))
      << Dump(x);
}

TEST(AgencyPhrasingTest, CoordinatingMinisterAndMzee) {
  const Extraction x = ExtractText(
      "President Joseph Kato received Budi Hartono, Indonesia's Coordinating Minister for "
      "Maritime Affairs. Hartono conveyed to Mzee Kato the greetings of President Andi "
      "Wijaya.");
  EXPECT_TRUE(Has(x, Represents("Budi Hartono", "Indonesia"))) << Dump(x);
  EXPECT_EQ(PersonNamed(x, "Coordinating"), nullptr) << Dump(x);
  EXPECT_TRUE(Has(x, Greets("Budi Hartono", "Joseph Kato", "Andi Wijaya"))) << Dump(x);
}

TEST(AgencyPhrasingTest, ANewsAgencyIsAnInstitutionOfNoState) {
  const Extraction x = ExtractText(
      "KUWAIT, Oct 14 (KUNA) -- Sheikh Fahad Al-Sabah received the Ambassador of Japan, Kenji "
      "Sato, at Bayan Palace.");
  EXPECT_NE(EntityNamed(x, EntityType::kInstitution, "Kuwait News Agency"), nullptr) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Kuwait News Agency", "Kuwait"))) << Dump(x);
}

TEST(AgencyPhrasingTest, TheEnvoyWhoWasAccompaniedByACompanion) {
  const Extraction x = ExtractText(
      "HARARE — President Tendai Moyo on Monday received at State House a special envoy of "
      "President Jean Kabila, Minister of State Marie Tshala. The envoy, who was accompanied "
      "by the Executive Secretary of the SADC Secretariat, Mr Peter Sello, delivered a message "
      "from President Kabila.");
  EXPECT_TRUE(Has(x, Met("Tendai Moyo", "Peter Sello"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Tendai Moyo", "Jean Kabila"))) << Dump(x);
  EXPECT_TRUE(Has(x, Greets("Marie Tshala", "Tendai Moyo", "Jean Kabila"))) << Dump(x);
}

TEST(AgencyPhrasingTest, ParliamentaryIsATitleModifier) {
  const Extraction x = ExtractText(
      "The minister met Harriet Fairbrook, Parliamentary Under-Secretary of State at the "
      "Foreign Office, on Saturday.");
  EXPECT_EQ(PersonNamed(x, "Parliamentary"), nullptr) << Dump(x);
  const Entity* person = PersonNamed(x, "Harriet Fairbrook");
  ASSERT_NE(person, nullptr) << Dump(x);
  EXPECT_FALSE(person->roles.empty()) << Dump(x);
}

TEST(AgencyPhrasingTest, ThePlaceAfterANameIsThatOfTheTitleRightBeforeIt) {
  const Extraction x = ExtractText(
      "Tesfaye Alemu conveyed to Haile Bekele the greetings of the Chairman of the IGAD "
      "Assembly, President Omar Farah Dileita of Djibouti, and briefed him on the talks.");
  EXPECT_TRUE(Has(x, Represents("Omar Farah Dileita", "Djibouti"))) << Dump(x);
  EXPECT_TRUE(Has(x, Greets("Tesfaye Alemu", "Haile Bekele", "Omar Farah Dileita"))) << Dump(x);
}

TEST(AgencyPhrasingTest, AGuestWhoCameAsTheEnvoyOfHisPresident) {
  const Extraction x = ExtractText(
      "General Abdou Tahirou on Thursday received the Togolese Minister of Foreign Affairs, "
      "Professor Koffi Mensah, who came as special envoy of President Kodjo Agbeyome.");
  EXPECT_TRUE(Has(x, Represents("Koffi Mensah", "Togo"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Koffi Mensah", "Kodjo Agbeyome"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Kodjo Agbeyome", "Togo"))) << Dump(x);
}

TEST(AgencyPhrasingTest, ACityAndItsAgencyOpenADateline) {
  const Extraction x = BundledExtractor().Extract(MakeReport(
      "Head of State receives envoy",
      "Niamey (ANP) - The Head of State, General Abdou Tahirou, on Thursday received the "
      "Togolese Minister of Foreign Affairs, Koffi Mensah. They discussed relations between "
      "Niger and Togo. The audience was held in the presence of Prime Minister Ali Mahamadou."));
  EXPECT_TRUE(Has(x, Represents("Abdou Tahirou", "Niger"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Ali Mahamadou", "Niger"))) << Dump(x);
  // the agency, known to the lexicon by its full name
  EXPECT_EQ(FindBySurface(x, EntityType::kInstitution, "ANP"),
            FindByName(x, EntityType::kInstitution, "Agence Nigérienne de Presse"))
      << Dump(x);
  EXPECT_GE(FindBySurface(x, EntityType::kInstitution, "ANP"), 0) << Dump(x);
}

TEST(AgencyPhrasingTest, TheGovernmentAfterACountryAdjectiveIsNoName) {
  const Extraction x = BundledExtractor().Extract(MakeReport(
      "Museveni receives envoy",
      "President Yoweri Museveni yesterday hosted the Special Representative of the Chinese "
      "Government on African Affairs, Ambassador Liu Yuxi, at State House Entebbe."));
  EXPECT_EQ(PersonNamed(x, "Government"), nullptr) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Liu Yuxi", "China"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Yoweri Museveni", "Liu Yuxi"))) << Dump(x);
}

TEST(AgencyPhrasingTest, APeoplesBodyKeepsItsCountryAndPossessive) {
  const Extraction x = BundledExtractor().Extract(MakeReport(
      "Talks",
      "Gen. Okello Mugisha of the Uganda People's Defence Forces attended. The meeting was "
      "also attended by the Chairman of the Sudan People's Liberation Movement."));
  EXPECT_TRUE(Has(x, Represents("Okello Mugisha", "Uganda People's Defence Forces"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Uganda People's Defence Forces", "Uganda"))) << Dump(x);
  EXPECT_NE(EntityNamed(x, EntityType::kInstitution, "Sudan People's Liberation Movement"), nullptr)
      << Dump(x);
}

TEST(AgencyPhrasingTest, OrdinaryWordsBeforeTheBodyATitleIsAtAreItsPortfolio) {
  const Extraction x = BundledExtractor().Extract(MakeReport(
      "Talks",
      "The meeting, attended by Eng. Karim Tazi, Director of Gas Projects at the National "
      "Office of Hydrocarbons and Mines (ONHYM), reviewed the study. Later Tazi held a call "
      "with Engr. Amina Bello, Executive Director for Gas and Power at the Nigerian National "
      "Petroleum Company Limited, on the pipeline."));
  EXPECT_EQ(PersonNamed(x, "Projects"), nullptr) << Dump(x);
  EXPECT_EQ(PersonNamed(x, "Limited"), nullptr) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Karim Tazi", "National Office of Hydrocarbons and Mines")))
      << Dump(x);
}

TEST(AgencyPhrasingTest, ADiplomatAtAnEmbassyServesTheMission) {
  const Extraction x = BundledExtractor().Extract(MakeReport(
      "Talks",
      "Maj. Gen. Paul Ebogo was accompanied by the Defence Attache at the Embassy of Cameroon "
      "in Abuja, Col. Alain Ndzie."));
  EXPECT_TRUE(Has(x, Represents("Alain Ndzie", "Embassy of Cameroon in Abuja"))) << Dump(x);
}

TEST(AgencyPhrasingTest, ABodyNamesAListOfPortfolios) {
  const Extraction x = BundledExtractor().Extract(MakeReport(
      "Talks",
      "They witnessed the signing of a memorandum with Chad's Ministry of Finance, Budget and "
      "Public Accounts. Andi Kurniawan, Director of the Directorate General of Asia, Pacific "
      "and African Affairs, was present."));
  EXPECT_TRUE(Has(x, Represents("Ministry of Finance, Budget and Public Accounts", "Chad")))
      << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Andi Kurniawan",
                                "Directorate General of Asia, Pacific and African Affairs")))
      << Dump(x);
  // a body's name listed among a title's portfolios names the portfolio, not the body
  const Extraction minister = ExtractText(
      "The President received the Minister of Foreign Affairs, Francophonie and Congolese "
      "Abroad, Jean Mbemba.");
  EXPECT_TRUE(NamesOf(minister, EntityType::kInstitution).empty()) << Dump(minister);
}

TEST(AgencyPhrasingTest, ASecondVerbEndsWhomTheHostWelcomed) {
  const Extraction x = ExtractText(
      "Speaker Ahmed Al Musallam met Egyptian Speaker Hanafy Gebaly. Al Musallam welcomed his "
      "Egyptian counterpart and praised the relations between Bahrain and Egypt under the "
      "leadership of His Majesty King Hamad bin Isa Al Khalifa and President Abdel Fattah "
      "El-Sisi.");
  EXPECT_FALSE(Has(x, Met("Ahmed Al Musallam", "Hamad bin Isa Al Khalifa"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Ahmed Al Musallam", "Abdel Fattah El-Sisi"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Ahmed Al Musallam", "Hanafy Gebaly"))) << Dump(x);
}

TEST(AgencyPhrasingTest, AnEnvoyIsOfTheStateOfTheOneHeServes) {
  const Extraction x = BundledExtractor().Extract(MakeReport(
      "Zambian president meets special envoy",
      "LUSAKA, Aug. 15 -- Zambian President Hakainde Hichilema on Tuesday met with Liu Jianming, "
      "special envoy of Chinese President Xi Jinping, at State House. Also present at the "
      "meeting were Zambian Foreign Minister Stanley Kakubo and Chinese Ambassador to Zambia "
      "Du Xiaohui."));
  EXPECT_TRUE(Has(x, Met("Hakainde Hichilema", "Du Xiaohui"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Stanley Kakubo", "Du Xiaohui"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Liu Jianming", "Du Xiaohui"))) << Dump(x);
}

TEST(AgencyPhrasingTest, CredentialsOfASemicolonListOfAmbassadors) {
  const Extraction x = BundledExtractor().Extract(MakeReport(
      "President receives credentials of new ambassadors",
      "ALGIERS - The Head of State, Abdelmadjid Tebboune, successively received the "
      "credentials of the Ambassador of the Republic of Senegal, Mr. Cheikh Diallo; the "
      "Ambassador of the Kingdom of Norway, Ms. Hilde Halvorsen; and the Ambassador of the "
      "Sultanate of Oman, Sheikh Hilal Al Siyabi."));
  EXPECT_TRUE(Has(x, Met("Abdelmadjid Tebboune", "Cheikh Diallo"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Abdelmadjid Tebboune", "Hilde Halvorsen"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Abdelmadjid Tebboune", "Hilal Al Siyabi"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Cheikh Diallo", "Hilde Halvorsen"))) << Dump(x);
}

TEST(AgencyPhrasingTest, SahelAndSudaneseNamesAndAnHonorificAfterAPortfolio) {
  const Extraction x = BundledExtractor().Extract(MakeReport(
      "Talks",
      "The talks were attended by Minister of Water and Irrigation Eng. Raed Abu Saud, the "
      "Ambassador of Mali in Nouakchott, Mr. Bilal ag Alhousseini, the Minister of Foreign "
      "Affairs, Ramadan Mohammed Goc, and MP Zeinabou Mint Taghi. It was held during the holy "
      "month of Ramadan."));
  for (const char* name : {"Raed Abu Saud", "Bilal ag Alhousseini", "Ramadan Mohammed Goc",
                           "Zeinabou Mint Taghi"})
    EXPECT_NE(PersonNamed(x, name), nullptr) << name << "\n" << Dump(x);
  const Entity* raed = PersonNamed(x, "Raed Abu Saud");
  ASSERT_NE(raed, nullptr);
  EXPECT_EQ(raed->roles, std::vector<std::string>{"Minister of Water and Irrigation"}) << Dump(x);
}

TEST(AgencyPhrasingTest, AHyphenatedViceTitleIsATitle) {
  const Extraction x = ExtractText(
      "The Moroccan side included the First Vice-Speaker of the House, Mohamed Sabbari.");
  EXPECT_EQ(PersonNamed(x, "First Vice-Speaker"), nullptr) << Dump(x);
  const Entity* person = PersonNamed(x, "Mohamed Sabbari");
  ASSERT_NE(person, nullptr) << Dump(x);
  EXPECT_FALSE(person->roles.empty()) << Dump(x);
}

TEST(AgencyPhrasingTest, TheOneCalledOnHostsThoseWithHim) {
  const Extraction x = ExtractText(
      "Visiting Thai Foreign Minister Maris Sangiam called on Chief Adviser Muhammad Yunus "
      "today. Foreign Affairs Adviser Touhid Hossain and Thai Ambassador to Bangladesh "
      "Makawadee Sumitmor were present.");
  EXPECT_TRUE(Has(x, Met("Maris Sangiam", "Touhid Hossain"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Muhammad Yunus", "Makawadee Sumitmor"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Muhammad Yunus", "Touhid Hossain"))) << Dump(x);
}

TEST(AgencyPhrasingTest, ACourtesyCallIsAVisitAndAHostFlankedByHisMinisters) {
  const Extraction call = ExtractText(
      "Prime Minister Anwar Ibrahim today received a courtesy call from Indonesian Foreign "
      "Minister Sugiono, who is on a two-day working visit to Malaysia.");
  EXPECT_TRUE(Has(call, Met("Anwar Ibrahim", "Sugiono"))) << Dump(call);
  const Extraction flanked = ExtractText(
      "President John Mahama on Monday received Prof. Robert Dussey. President Mahama, who was "
      "flanked by the Chief of Staff, Julius Debrah, thanked the Togolese leader.");
  EXPECT_TRUE(Has(flanked, Met("Robert Dussey", "Julius Debrah"))) << Dump(flanked);
  EXPECT_FALSE(Has(flanked, Met("John Mahama", "Julius Debrah"))) << Dump(flanked);
}

TEST(AgencyPhrasingTest, APlaceSetOffByCommasBeforeTheGuestLeavesTheGuestToCome) {
  const Extraction x = ExtractText(
      "Foreign Minister Tomas Brandt hosted today, at the presidential palace in Lima, the "
      "Minister of Foreign Affairs of Peru, Ana Quispe, and the Minister of Foreign Affairs of "
      "Chile, Luis Soto, for a working meeting.");
  EXPECT_TRUE(Has(x, Met("Tomas Brandt", "Ana Quispe"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Tomas Brandt", "Luis Soto"))) << Dump(x);
  // still a thing received, not a visitor; and no meeting with the one sent for
  const Extraction message = ExtractText(
      "President Ali Karim received on Tuesday, at the palace, a written message from "
      "President Omar Said.");
  EXPECT_FALSE(Has(message, Met("Ali Karim", "Omar Said"))) << Dump(message);
  const Extraction behalf = ExtractText(
      "President Ali Karim received, on behalf of King Fahad Al Qasimi, Ambassador Omar Said.");
  EXPECT_FALSE(Has(behalf, Met("Ali Karim", "Fahad Al Qasimi"))) << Dump(behalf);
}

TEST(AgencyPhrasingTest, DiwansAndBerhadsAreBodiesAndAffairsOfABodyAPortfolio) {
  const Extraction x = ExtractText(
      "The Amiri Diwan announced that the Minister met executives of Petroliam Nasional "
      "Berhad. The audience was attended by Minister of Royal Court Affairs Sayyid Khalid "
      "Al Busaidi.");
  EXPECT_GE(Institution(x, "Amiri Diwan"), 0) << Dump(x);
  EXPECT_GE(Institution(x, "Petroliam Nasional Berhad"), 0) << Dump(x);
  EXPECT_EQ(PersonNamed(x, "Petroliam Nasional Berhad"), nullptr) << Dump(x);
  EXPECT_EQ(Institution(x, "Royal Court Affairs"), -1) << Dump(x);
  const Entity* minister = PersonNamed(x, "Khalid Al Busaidi");
  ASSERT_NE(minister, nullptr) << Dump(x);
  EXPECT_NE(std::find(minister->roles.begin(), minister->roles.end(),
                      "Minister of Royal Court Affairs"),
            minister->roles.end())
      << Dump(x);
}

TEST(AgencyPhrasingTest, ABodyGlossedInParenthesesIsOneBodyUnderItsOwnName) {
  const Extraction x = BundledExtractor().Extract(MakeReport(
      "President Karimov receives Chairman of Turkmenistan's Halk Maslahaty",
      "President Rustam Karimov received Gurbanguly Berdimuhamedov, Chairman of the Halk "
      "Maslahaty (People's Council) of Turkmenistan. The meeting was attended by the "
      "Ambassador of Turkmenistan, Begench Durdyev."));
  EXPECT_GE(Institution(x, "Halk Maslahaty"), 0) << Dump(x);
  EXPECT_EQ(Institution(x, "People's Council"), -1) << Dump(x);
  EXPECT_EQ(PersonNamed(x, "Halk Maslahaty"), nullptr) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Halk Maslahaty", "Turkmenistan"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Gurbanguly Berdimuhamedov", "Halk Maslahaty"))) << Dump(x);
  // the guest's compatriot sits on his side
  EXPECT_TRUE(Has(x, Met("Rustam Karimov", "Begench Durdyev"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Gurbanguly Berdimuhamedov", "Begench Durdyev"))) << Dump(x);
}

TEST(AgencyPhrasingTest, ALoneSideNotTheGuestsIsTheUnplacedHosts) {
  const Extraction x = ExtractText(
      "Minister Paulo Mendes hosted the Minister of Foreign Affairs of Paraguay, Luis Acosta, "
      "for a working meeting in Brasilia. The Brazilian delegation included the Secretary "
      "for Latin America, Ambassador Clara Dias.");
  EXPECT_TRUE(Has(x, Met("Luis Acosta", "Clara Dias"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Paulo Mendes", "Clara Dias"))) << Dump(x);
}

TEST(AgencyPhrasingTest, OneWhoMeetsLaterIsStillPresentAtTheAudience) {
  const Extraction x = ExtractText(
      "DJIBOUTI - President Ismail Omar Guelleh received IGAD Executive Secretary Workneh "
      "Gebeyehu. The audience was attended by the Minister of Foreign Affairs, Mahmoud Ali "
      "Youssouf. After the audience, Mahmoud Ali Youssouf and Dr. Workneh signed a revised "
      "headquarters agreement between Djibouti and IGAD.");
  EXPECT_TRUE(Has(x, Met("Workneh Gebeyehu", "Mahmoud Ali Youssouf"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Mahmoud Ali Youssouf", "Djibouti"))) << Dump(x);
}

TEST(AgencyPhrasingTest, AGivenNameThatIsAlsoAWordAfterTheTitlesCommaOpensTheName) {
  for (const char* name : {"John Dramani Mahama", "Ali Bongo Ondimba", "Grace Naledi Pandor"}) {
    const Extraction x = ExtractText(std::string("The President of the Republic, ") + name +
                                     ", on Thursday received Karamoko Traore.");
    const int p = FindByName(x, EntityType::kPerson, name);
    ASSERT_GE(p, 0) << name << "\n" << Dump(x);
    EXPECT_EQ(x.entities[p].roles, std::vector<std::string>{"President of the Republic"})
        << Dump(x);
  }
  // (a portfolio of ordinary words after the comma is still the title's)
  const Extraction x = ExtractText(
      "Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates, Nasser Bourita "
      "received Karamoko Traore.");
  const int bourita = FindByName(x, EntityType::kPerson, "Nasser Bourita");
  ASSERT_GE(bourita, 0) << Dump(x);
  EXPECT_EQ(x.entities[bourita].roles.front(),
            "Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates")
      << Dump(x);
}

TEST(AgencyPhrasingTest, AWordThatOpensNoNameMayStandInsideOne) {
  const Extraction x = ExtractText(
      "The meeting was chaired by the committee's chairman, MP Dr. Hassan Eid Bukhammas. He "
      "congratulated Ali Hassan on Eid Al-Adha.");
  EXPECT_GE(FindByName(x, EntityType::kPerson, "Hassan Eid Bukhammas"), 0) << Dump(x);
  EXPECT_LT(FindBySurface(x, EntityType::kPerson, "Eid Al-Adha"), 0) << Dump(x);
  EXPECT_LT(FindByName(x, EntityType::kPerson, "Ali Hassan Eid"), 0) << Dump(x);
}

TEST(AgencyPhrasingTest, AnUntitledNameAfterToWithATitleAfterItIsAPerson) {
  const Extraction x = ExtractText(
      "Ouagadougou - The Kosyam Palace opened its doors on Tuesday to Larry Gbevlo-Lartey, "
      "special envoy of Ghana, who was received by Captain Ibrahim Traore.");
  EXPECT_TRUE(Has(x, Represents("Larry Gbevlo-Lartey", "Ghana"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Ibrahim Traore", "Larry Gbevlo-Lartey"))) << Dump(x);
  // (a place after "to" stays a place, with or without words after a comma)
  const Extraction place = ExtractText(
      "The minister travelled to Cabo Delgado, the northern province, and to Tete, where "
      "Captain Ibrahim Traore met the governor.");
  for (const Entity& e : place.entities)
    EXPECT_TRUE(e.name == "Ibrahim Traore" || e.type != EntityType::kPerson) << Dump(place);
}

TEST(AgencyPhrasingTest, TheEnvoyOfAStatesOfficeHolderServesHimAndIsNoGuestOfHis) {
  const Extraction x = ExtractText(
      "Ouagadougou - The President of Faso, Captain Ibrahim Traore, received Larry "
      "Gbevlo-Lartey, special envoy of Ghana's President John Dramani Mahama. The President of "
      "Faso asked him to take his greetings back to President Mahama.");
  EXPECT_TRUE(Has(x, Represents("Larry Gbevlo-Lartey", "John Dramani Mahama"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("John Dramani Mahama", "Ghana"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Ibrahim Traore", "John Dramani Mahama"))) << Dump(x);
  // ("the President of Faso": Burkina Faso's, as its state media write)
  EXPECT_TRUE(Has(x, Represents("Ibrahim Traore", "Burkina Faso"))) << Dump(x);
  EXPECT_LT(FindByName(x, EntityType::kPerson, "Faso"), 0) << Dump(x);
  EXPECT_TRUE(Has(x, Greets("Larry Gbevlo-Lartey", "John Dramani Mahama", "Ibrahim Traore")))
      << Dump(x);
}

TEST(AgencyPhrasingTest, AnAgencysNameAfterAGivenNameIsTheSurname) {
  const Extraction x = ExtractText(
      "Ouagadougou - Larry Gbevlo-Lartey sat down with the Minister of Security, Mahamadou Sana, "
      "to discuss the border.");
  EXPECT_TRUE(Has(x, Met("Larry Gbevlo-Lartey", "Mahamadou Sana"))) << Dump(x);
  EXPECT_LT(FindByName(x, EntityType::kInstitution, "Syrian Arab News Agency"), 0) << Dump(x);
  // (the agency itself, in a dateline or opening a sentence, is still the agency)
  const Extraction petra =
      ExtractText("AMMAN (Petra) - King Abdullah II met Ayman Safadi. Petra said they met.");
  EXPECT_GE(FindByName(petra, EntityType::kInstitution, "Jordan News Agency"), 0) << Dump(petra);
}

TEST(AgencyPhrasingTest, APortfolioInChargeOfIsTheTitlesNotAName) {
  const Extraction x = ExtractText(
      "LIBREVILLE - General Brice Oligui Nguema welcomed the Vice-President of Equatorial Guinea "
      "in charge of National Defence and State Security, Teodoro Nguema Obiang Mangue. The "
      "Minister in charge of Foreign Affairs, Regis Onanga Ndiaye, was present.");
  EXPECT_LT(FindByName(x, EntityType::kPerson, "National Defence"), 0) << Dump(x);
  EXPECT_LT(FindByName(x, EntityType::kPerson, "Foreign Affairs"), 0) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Brice Oligui Nguema", "Teodoro Nguema Obiang Mangue"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Teodoro Nguema Obiang Mangue", "Equatorial Guinea"))) << Dump(x);
}

TEST(AgencyPhrasingTest, TheSentencesClosingAttributionIsNoGuest) {
  const Extraction x = ExtractText(
      "BENGHAZI - Field Marshal Khalifa Haftar hosted a Russian military delegation in Al-Rajma "
      "on Tuesday, the General Command's media bureau reported. The delegation was led by "
      "Colonel General Yunus-Bek Yevkurov.");
  EXPECT_TRUE(Has(x, Met("Khalifa Haftar", "Yunus-Bek Yevkurov"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Khalifa Haftar", "General Command"))) << Dump(x);
  const Extraction spokesman = ExtractText(
      "CAIRO - Ahmed Aboul Gheit held talks with Fuad Hussein and Badr Al Busaidi, the "
      "Secretary-General's spokesman, Gamal Roshdy, said.");
  EXPECT_TRUE(Has(spokesman, Met("Ahmed Aboul Gheit", "Badr Al Busaidi"))) << Dump(spokesman);
  EXPECT_FALSE(Has(spokesman, Met("Ahmed Aboul Gheit", "Gamal Roshdy"))) << Dump(spokesman);
}

TEST(AgencyPhrasingTest, APeopleAbroadInABodysPortfolioListIsNoPerson) {
  const Extraction x = ExtractText(
      "TUNIS (TAP) - Ahmed Attaf held talks with Nabil Ammar at the Ministry of Foreign "
      "Affairs, Migration and Tunisians Abroad. The chairman of the Committee on Foreign "
      "Relations, Tunisians Abroad and Migration, Hichem Ben Romdhane, was present.");
  EXPECT_LT(FindByName(x, EntityType::kPerson, "Tunisians Abroad"), 0) << Dump(x);
  EXPECT_GE(FindByName(x, EntityType::kInstitution,
                       "Ministry of Foreign Affairs, Migration and Tunisians Abroad"),
            0)
      << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Hichem Ben Romdhane",
                                "Committee on Foreign Relations, Tunisians Abroad and Migration")))
      << Dump(x);
}

TEST(AgencyPhrasingTest, TalksWithHisCounterpartOfAStateAreWithThatStatesPrincipal) {
  const Extraction x = ExtractText(
      "Doha - Speaker Ayaz Sadiq of Pakistan was received by the Deputy Amir Sheikh Abdullah "
      "bin Hamad Al Thani. Later in the day, Speaker of the Shura Council Hassan bin Abdullah Al "
      "Ghanim held official talks with his Pakistani counterpart at the Council's headquarters.");
  EXPECT_TRUE(Has(x, Met("Hassan bin Abdullah Al Ghanim", "Ayaz Sadiq"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Hassan bin Abdullah Al Ghanim", "Abdullah bin Hamad Al Thani")))
      << Dump(x);
}

TEST(AgencyPhrasingTest, WithWhomSheHeldTalksPairsHerWithTheOneWhomStandsFor) {
  const Extraction x = ExtractText(
      "Baku - Speaker Sahiba Gafarova received Speaker Nurlan Turgunbaev. Turgunbaev passed on "
      "President Sadyr Japarov's greetings to President Ilham Aliyev, and Gafarova in turn asked "
      "him to convey her regards to Akylbek Japarov, Chairman of the Cabinet of Ministers, with "
      "whom she had held talks in Bishkek in June.");
  EXPECT_TRUE(Has(x, Met("Sahiba Gafarova", "Akylbek Japarov"))) << Dump(x);
  for (const char* absent : {"Sadyr Japarov", "Ilham Aliyev"})
    EXPECT_FALSE(Has(x, Met("Nurlan Turgunbaev", absent))) << absent << "\n" << Dump(x);
  EXPECT_FALSE(Has(x, Met("Nurlan Turgunbaev", "Akylbek Japarov"))) << Dump(x);
}

TEST(AgencyPhrasingTest, TheDelegationWasAfterwardsReceivedByX) {
  const Extraction x = ExtractText(
      "Conakry - The President of the ECOWAS Commission, Dr. Omar Alieu Touray, was received in "
      "audience by the President of the Transition, General Mamadi Doumbouya. The delegation was "
      "afterwards received by Dr. Dansa Kourouma, who presides over the National Transition "
      "Council (CNT).");
  EXPECT_TRUE(Has(x, Met("Omar Alieu Touray", "Dansa Kourouma"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Dansa Kourouma", "National Transition Council"))) << Dump(x);
}

TEST(AgencyPhrasingTest, CoChairsMetEachOtherButNotOneSidesTwoChairs) {
  const Extraction x = ExtractText(
      "Tashkent - The commission opened on Wednesday, co-chaired by Laziz Kudratov, Minister of "
      "Investment of Uzbekistan, and Zafrul Aziz, Malaysia's Minister of Investment. In the "
      "evening, Foreign Minister Abdullah Al-Yahya and his guest Murat Nurtleu co-chaired the "
      "opening session.");
  EXPECT_TRUE(Has(x, Met("Laziz Kudratov", "Zafrul Aziz"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Abdullah Al-Yahya", "Murat Nurtleu"))) << Dump(x);
  const Extraction side = ExtractText(
      "The Japanese side was co-chaired by Mr. Kanai Masaaki, Deputy Director-General, and Mr. "
      "Yamato Taro, Deputy Director-General.");
  EXPECT_FALSE(Has(side, Met("Kanai Masaaki", "Yamato Taro"))) << Dump(side);
}

TEST(AgencyPhrasingTest, WhoReceivedHimIsTheOneNamedBefore) {
  const Extraction x = ExtractText(
      "PORT SUDAN - Egypt's Minister of Foreign Affairs, Dr. Badr Abdelatty, arrived on Sunday "
      "with a written message for General Abdel Fattah Al-Burhan, Chairman of the Transitional "
      "Sovereignty Council, who received him at his office.");
  EXPECT_TRUE(Has(x, Met("Badr Abdelatty", "Abdel Fattah Al-Burhan"))) << Dump(x);
}

TEST(AgencyPhrasingTest, TheMinistersOfTwoStatesAreTheOnesTheReportNamesSo) {
  const Extraction x = ExtractText(
      "Niamey (ANP) - The Ministers of Foreign Affairs of Burkina Faso and Mali, each bearing a "
      "message from his Head of State, were received at the Presidential Palace in Niamey on "
      "Tuesday by General Abdourahamane Tiani. Mr. Karamoko Traore, Burkina Faso's Minister of "
      "Foreign Affairs, spoke first. Mr. Abdoulaye Diop, Mali's Minister of Foreign Affairs, spoke "
      "next.");
  EXPECT_TRUE(Has(x, Met("Abdourahamane Tiani", "Karamoko Traore"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Abdourahamane Tiani", "Abdoulaye Diop"))) << Dump(x);
}

TEST(AgencyPhrasingTest, ConferredWithIsTalksUnlessTheReportIsOfAPhoneCall) {
  const Extraction x = ExtractText(
      "Ashgabat - At the Ministry of Foreign Affairs, Minister Sugiono also conferred with Deputy "
      "Chairman Rashid Meredov.");
  EXPECT_TRUE(Has(x, Met("Sugiono", "Rashid Meredov"))) << Dump(x);
  const Extraction call = ExtractText(
      "Deputy Secretary Wendy Sherman spoke by phone today with Political Director Thijs van der "
      "Plas. Deputy Secretary Sherman conferred with the Political Director about Ukraine.");
  EXPECT_FALSE(Has(call, Met("Wendy Sherman", "Thijs van der Plas"))) << Dump(call);
  // (a call told after it, of others, is no call of theirs)
  const Extraction later_call = ExtractText(
      "Budapest (MTI) - Kovacs Gabor, Minister of Foreign Affairs, conferred on Thursday in "
      "Budapest with Said bin Nasser Al Harthy, Foreign Minister of Oman. The Prime Minister "
      "and the Sultan had spoken by telephone on Monday.");
  EXPECT_TRUE(Has(later_call, Met("Kovacs Gabor", "Said bin Nasser Al Harthy")))
      << Dump(later_call);
}

TEST(AgencyPhrasingTest, MetBackToBackWithTwoGuestsSeparately) {
  const Extraction x = ExtractText(
      "KUALA LUMPUR (Bernama) -- Datuk Seri Anwar Ibrahim, the Prime Minister, met back to back "
      "today with the Crown Prince of Kuwait, Sheikh Sabah Khalid Al-Sabah, and with Bahrain's "
      "Crown Prince, Prince Salman bin Hamad Al Khalifa, on the sidelines of the summit.");
  EXPECT_TRUE(Has(x, Met("Anwar Ibrahim", "Sabah Khalid Al-Sabah"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Anwar Ibrahim", "Salman bin Hamad Al Khalifa"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Sabah Khalid Al-Sabah", "Salman bin Hamad Al Khalifa"))) << Dump(x);
}

TEST(AgencyPhrasingTest, TheEnvoyNotTheOneHeIsEnvoyOfWasReceived) {
  const Extraction x = ExtractText(
      "Bamako, 4 March 2024 - General Oumar Sangaré, Minister of Defence of Burkina Faso, "
      "arrived on Monday as special envoy of Captain Paul Kaboré, President of the Transition, "
      "and was received in audience by General Moussa Keita, Head of State.");
  EXPECT_TRUE(Has(x, Met("Oumar Sangaré", "Moussa Keita"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Paul Kaboré", "Moussa Keita"))) << Dump(x);
}

TEST(AgencyPhrasingTest, TwoWhoDiscussedMetUnlessTheReportTellsOfACall) {
  const Extraction met = ExtractText(
      "Baghdad (INA) - Prime Minister Karim Jassim and French Minister of the Armed Forces Luc "
      "Moreau on Tuesday discussed security cooperation between Iraq and France.");
  EXPECT_TRUE(Has(met, Met("Karim Jassim", "Luc Moreau"))) << Dump(met);
  const Extraction call = ExtractText(
      "KYIV - President Ivan Bondar had a phone conversation with Prime Minister Kenji Sato of "
      "Japan. Ivan Bondar and Kenji Sato discussed further support for Ukraine.");
  EXPECT_FALSE(Has(call, Met("Ivan Bondar", "Kenji Sato"))) << Dump(call);
  const Extraction one_side = ExtractText(
      "KYIV - Head of the Office Petro Marchenko and Commander-in-Chief Oleh Hrytsenko "
      "discussed a new aid package with Jacob Brown.");
  EXPECT_FALSE(Has(one_side, Met("Petro Marchenko", "Oleh Hrytsenko"))) << Dump(one_side);
}

TEST(AgencyPhrasingTest, WithAMinisterAttendingIsPresenceNotASecondGuest) {
  const Extraction x = ExtractText(
      "Baghdad (INA) - Prime Minister Karim Jassim received the head of the United Nations "
      "Assistance Mission for Iraq, Paolo Ricci, with Salim Hadi, Deputy Prime Minister and "
      "Minister of Foreign Affairs, attending.");
  EXPECT_TRUE(Has(x, Met("Karim Jassim", "Paolo Ricci"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Paolo Ricci", "Salim Hadi"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Karim Jassim", "Salim Hadi"))) << Dump(x);
}

TEST(AgencyPhrasingTest, TheOwnerOfGreetingsInAHeadlineIsNoGuest) {
  const Extraction x = BundledExtractor().Extract(MakeReport(
      "President Warsame receives Turkish Defence Minister Kaya, Aydin's greetings",
      "Mogadishu (SONNA) - Minister of Defence Ahmet Kaya of Turkey was welcomed on Wednesday by "
      "President Abdi Warsame. Kaya brought the President greetings from President Mehmet Aydin."));
  EXPECT_TRUE(Has(x, Met("Abdi Warsame", "Ahmet Kaya"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Abdi Warsame", "Mehmet Aydin"))) << Dump(x);
}

TEST(AgencyPhrasingTest, AmbassadorsListedAfterAColonPresentedTheirCredentials) {
  const Extraction x = ExtractText(
      "Tunis (TAP) - Three new ambassadors presented their credentials to President Karim Ben "
      "Salah on Monday: Kenji Mori, Ambassador of Japan; Ana Ruiz, Ambassador of Mexico; and "
      "Moussa Diallo, Ambassador of Senegal.");
  for (const char* envoy : {"Kenji Mori", "Ana Ruiz", "Moussa Diallo"})
    EXPECT_TRUE(Has(x, Met("Karim Ben Salah", envoy))) << envoy << Dump(x);
  EXPECT_FALSE(Has(x, Met("Kenji Mori", "Ana Ruiz"))) << Dump(x);
}

TEST(AgencyPhrasingTest, TheOneWhoBriefedAVisitorWhereHeVisitedMetHim) {
  const Extraction x = ExtractText(
      "Benghazi - Following the meeting, President Salem Warfalli visited the headquarters of "
      "the Development Fund, where its Director-General, Ali Zintani, briefed him on the "
      "projects.");
  EXPECT_TRUE(Has(x, Met("Salem Warfalli", "Ali Zintani"))) << Dump(x);
  const Extraction call = ExtractText(
      "Benghazi - President Salem Warfalli visited the Development Fund, where its Director, "
      "Ali Zintani, briefed him by phone on the projects.");
  EXPECT_FALSE(Has(call, Met("Salem Warfalli", "Ali Zintani"))) << Dump(call);
}

TEST(AgencyPhrasingTest, WhomTheHostActsForWasNotMet) {
  const Extraction x = ExtractText(
      "Vice President Tendai Moyo on Monday received the Kenyan Trade Minister, Grace "
      "Wanjiru. Moyo met the visitor on behalf of President Farai Chikore, who was abroad. "
      "Prime Minister Paul Ekane hosted Wanjiru on the very high instructions of the Head "
      "of State, President Samuel Ndoh.");
  EXPECT_TRUE(Has(x, Met("Tendai Moyo", "Grace Wanjiru"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Paul Ekane", "Grace Wanjiru"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Tendai Moyo", "Farai Chikore"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Paul Ekane", "Samuel Ndoh"))) << Dump(x);
}

TEST(AgencyPhrasingTest, ASemicolonInAHeadlineOpensAClauseOfItsOwn) {
  const Extraction x = BundledExtractor().Extract(MakeReport(
      "Speaker Banda holds talks with Kenyan counterpart Otieno; Vice President Phiri "
      "receives visiting delegation",
      "LUSAKA - Speaker Ruth Banda today held talks with the Speaker of the National "
      "Assembly of Kenya, Peter Otieno. Later, Otieno called on Vice President Grace Phiri."));
  EXPECT_TRUE(Has(x, Met("Ruth Banda", "Peter Otieno"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Peter Otieno", "Grace Phiri"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Ruth Banda", "Grace Phiri"))) << Dump(x);
}

TEST(AgencyPhrasingTest, AChamberOfCommerceAndIndustryIsNamedWhole) {
  const Extraction x = ExtractText(
      "Algiers - Kamel Ait Hamouda, President of the Algerian Chamber of Commerce and Industry "
      "(CACI), met Mr. Ahmet Yilmaz, who praised the Chamber of Commerce and Industry.");
  const int chamber = Institution(x, "Algerian Chamber of Commerce and Industry");
  ASSERT_NE(chamber, -1) << Dump(x);
  EXPECT_TRUE(Contains(x.entities[chamber].aliases, "CACI")) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Kamel Ait Hamouda", "Algerian Chamber of Commerce and Industry")))
      << Dump(x);
}

TEST(AgencyPhrasingTest, AnAssemblyOfPeoplesRepresentativesIsNamedWhole) {
  const Extraction x = ExtractText(
      "TUNIS (TAP) - Speaker of the Assembly of People's Representatives (ARP) Brahim Ben Salah "
      "held talks with Mr. Lorenzo Ferri.");
  const int assembly = Institution(x, "Assembly of People's Representatives");
  ASSERT_NE(assembly, -1) << Dump(x);
  EXPECT_TRUE(Contains(x.entities[assembly].aliases, "ARP")) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Brahim Ben Salah", "Assembly of People's Representatives")))
      << Dump(x);
}

TEST(AgencyPhrasingTest, ARoleAtABodyOfAnotherBodyRunsToTheName) {
  const Extraction x = ExtractText(
      "Tripoli - Mr. Omar Fathi held talks with the Secretary-General of the Ministry of "
      "Foreign Affairs of the Government of National Unity, Ambassador Tarek Salem. Later the "
      "Prime Minister of the Government of National Unity, Abdulhamid Dbeibah, received him. "
      "They discussed the files of Libya's embassies.");
  EXPECT_TRUE(Has(x, Represents("Tarek Salem", "Ministry of Foreign Affairs"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Abdulhamid Dbeibah", "Government of National Unity"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Government of National Unity", "Libya"))) << Dump(x);
}

// A region after a portfolio's "for" ends the title: the name after it is whole, though an
// ordinary word ("Mint") runs through it.
TEST(AgencyPhrasingTest, ARegionEndsTheTitleBeforeAName) {
  const Extraction x = ExtractText(
      "Dakar - Minister Awa Ndiaye received the Bank's Regional Director for West Africa "
      "Mariem Mint Ould Sidi, as well as Director for Central Asia Kamal Tursunov.");
  EXPECT_NE(Person(x, "Mariem Mint Ould Sidi"), -1) << Dump(x);
  EXPECT_NE(Person(x, "Kamal Tursunov"), -1) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Awa Ndiaye", "Mariem Mint Ould Sidi"))) << Dump(x);
}

// The name after an aide's "to the <title>" is the aide's: "the" opens no titled name.
// A list of such aides gives each his own role and the state of the office he serves.
TEST(AgencyPhrasingTest, TheNameAfterAnAidesTitleIsTheAides) {
  const Extraction x = ExtractText(
      "Minister Awa Ndiaye received Mr. Karim Saidov. The meeting was attended by Adviser to "
      "the Deputy Prime Minister Dilnoza Rasulova.");
  const int aide = Person(x, "Dilnoza Rasulova");
  ASSERT_NE(aide, -1) << Dump(x);
  EXPECT_TRUE(Contains(x.entities[aide].roles, "Adviser to the Deputy Prime Minister")) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Karim Saidov", "Dilnoza Rasulova"))) << Dump(x);
  const Extraction list = ExtractText(
      "Kyiv - Ivan Petrenko held a video call with Adviser to the President of the Republic of "
      "Poland Jan Nowak, National Security Adviser to the Prime Minister of the United Kingdom "
      "John Smith, Foreign Policy Adviser to the German Chancellor Hans Weber.");
  EXPECT_TRUE(Has(list, Represents("Jan Nowak", "Poland"))) << Dump(list);
  EXPECT_TRUE(Has(list, Represents("John Smith", "United Kingdom"))) << Dump(list);
  EXPECT_TRUE(Has(list, Represents("Hans Weber", "Germany"))) << Dump(list);
  EXPECT_FALSE(Has(list, Represents("Jan Nowak", "United Kingdom"))) << Dump(list);
}

// Two titles joined by a dash after the first's complement are one person's.
TEST(AgencyPhrasingTest, TitlesJoinedByADashAreOnePersons) {
  const Extraction x = ExtractText(
      "Tashkent - Mr. Karim Haddad was received by Deputy Chairman of the Cabinet of Ministers "
      "of the Republic of Uzbekistan – Minister of Finance Jamshid Usmonov. Later he met "
      "Chairman of the Central Bank Timur Aliev.");
  EXPECT_TRUE(Has(x, Represents("Jamshid Usmonov",
                                "Cabinet of Ministers of the Republic of "
                                "Uzbekistan")))
      << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Timur Aliev",
                                 "Cabinet of Ministers of the Republic of "
                                 "Uzbekistan")))
      << Dump(x);
}

// A military rank after the state or body of a title is its holder's own: the name after it
// holds the title, and a list of such titled names stays a list.
TEST(AgencyPhrasingTest, ARankAfterATitlesStateOrBodyIsTheHolders) {
  const Extraction x = ExtractText(
      "Baku - President Ilham Aliyev received Minister of National Defence of Türkiye Ahmet "
      "Kaya. The meeting was attended by Minister of Defence of Azerbaijan Colonel General "
      "Rauf Mammadov, Chief of the General Staff of the Turkish Armed Forces General Mehmet "
      "Demir and Ambassador of Türkiye to Azerbaijan Cem Aydin.");
  EXPECT_TRUE(Has(x, Represents("Rauf Mammadov", "Azerbaijan"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Mehmet Demir", "Turkish Armed Forces"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Rauf Mammadov", "Turkish Armed Forces"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Ahmet Kaya", "Rauf Mammadov"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Ilham Aliyev", "Mehmet Demir"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Ahmet Kaya", "Mehmet Demir"))) << Dump(x);
}

// (also past the body's acronym)
TEST(AgencyPhrasingTest, ARankAfterATitlesBodyAndItsAcronymIsTheHolders) {
  const Extraction x = ExtractText(
      "Addis Ababa (ENA) - The Ethiopian side included Foreign Minister Dawit Alemu, Chief of "
      "General Staff of the Ethiopian National Defense Force (ENDF) Field Marshal Tesfaye "
      "Bekele, and National Security Adviser Yonas Haile.");
  EXPECT_TRUE(Has(x, Represents("Tesfaye Bekele", "Ethiopian National Defense Force"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Dawit Alemu", "Ethiopian National Defense Force"))) << Dump(x);
}

// An acronym a body's later mention defines names the body the headline named first.
TEST(AgencyPhrasingTest, AnAcronymDefinedAfterTheHeadlineNamesTheBody) {
  const Extraction x = BundledExtractor().Extract(MakeReport(
      "President receives Director General of Abu Dhabi Fund for Development",
      "Ashgabat - President Serdar Berdimuhamedov received Director General of the Abu Dhabi "
      "Fund for Development (ADFD) Mohammed Saif Al Suwaidi. The ADFD finances projects."));
  const int fund = Institution(x, "Abu Dhabi Fund for Development");
  ASSERT_NE(fund, -1) << Dump(x);
  EXPECT_TRUE(Contains(x.entities[fund].aliases, "ADFD")) << Dump(x);
  EXPECT_EQ(Institution(x, "ADFD"), -1) << Dump(x);
}

// A side's sentence names its members; a clause "that" opens tells of something else.
TEST(AgencyPhrasingTest, ABodyInAClauseASideProposedIsNotOfTheSide) {
  const Extraction x = ExtractText(
      "Ashgabat - President Serdar Berdimuhamedov received Director General of the Abu Dhabi "
      "Fund for Development Mohammed Saif Al Suwaidi. The Turkmen side proposed that the Abu "
      "Dhabi Fund for Development take part in the construction of hospitals.");
  EXPECT_FALSE(Has(x, Represents("Abu Dhabi Fund for Development", "Turkmenistan"))) << Dump(x);
}

// An honorific title after a role's state is the name's own: "President of the United Arab
// Emirates Sheikh X" is X, not the office of a "United Arab Emirates Sheikh" X serves.
TEST(AgencyPhrasingTest, AnHonorificAfterARolesStateIsTheHolders) {
  const Extraction x = ExtractText(
      "Ashgabat - President Serdar Berdimuhamedov received Mr. Ali Al Hammadi. Al Hammadi "
      "conveyed the greetings of President of the United Arab Emirates Sheikh Mohamed bin "
      "Zayed Al Nahyan to the head of state.");
  EXPECT_TRUE(Has(x, Represents("Mohamed bin Zayed Al Nahyan", "United Arab Emirates"))) << Dump(x);
  const int host = Person(x, "Serdar Berdimuhamedov");
  ASSERT_NE(host, -1) << Dump(x);
  for (const std::string& role : x.entities[host].roles)
    EXPECT_EQ(role.find("Emirates"), std::string::npos) << Dump(x);
}

// A meeting's participle opening the sentence ("Cordially welcoming the guest, the head of
// state ...") took the object before the comma, not one named later in the sentence.
TEST(AgencyPhrasingTest, AFrontedWelcomingTakesTheObjectBeforeTheComma) {
  const Extraction x = ExtractText(
      "Today, President of Turkmenistan Serdar Berdimuhamedov received Director General of the "
      "Abu Dhabi Fund for Development Ali Al Hammadi, who is in our country on a working visit. "
      "Cordially welcoming the guest, the head of state expressed gratitude for the greetings of "
      "President of the United Arab Emirates Sheikh Mohamed bin Zayed Al Nahyan and Vice "
      "President, Prime Minister and Ruler of Dubai Sheikh Mohammed bin Rashid Al Maktoum.");
  EXPECT_TRUE(Has(x, Met("Serdar Berdimuhamedov", "Ali Al Hammadi"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Serdar Berdimuhamedov", "Mohamed bin Zayed Al Nahyan"))) << Dump(x);
}

// "Ambassador to the Kingdom Ahmed Farooq": the host state named by a word of its own
// before the name, with no comma.
TEST(AgencyPhrasingTest, AnAmbassadorToTheKingdomIsNamedAfterIt) {
  const Extraction x = ExtractText(
      "RIYADH - Minister of Foreign Affairs Prince Faisal bin Farhan received Pakistan's "
      "Ambassador to the Kingdom Ahmed Farooq.");
  EXPECT_TRUE(Has(x, Represents("Ahmed Farooq", "Pakistan"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Faisal bin Farhan", "Ahmed Farooq"))) << Dump(x);
}

// "Kenya's Defense Cabinet Secretary X": a portfolio's words between a state's possessive
// and the title leave the state the holder's.
TEST(AgencyPhrasingTest, APortfolioBeforeATitleKeepsThePossessorsState) {
  const Extraction x = ExtractText(
      "ANKARA (AA) - Hulusi Akar received Kenya's Defense Cabinet Secretary Soipan Tuya in the "
      "Turkish capital on Wednesday.");
  EXPECT_TRUE(Has(x, Represents("Soipan Tuya", "Kenya"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Hulusi Akar", "Soipan Tuya"))) << Dump(x);
}

// A church's or an army's title word right after a name word, before punctuation, is a
// surname ("Amy Pope,", "Julie Bishop,"); "the Islamic Emirate of Afghanistan" is the state.
TEST(AgencyPhrasingTest, ATitleWordEndingANameIsASurname) {
  const Extraction x = ExtractText(
      "KABUL – Khalifa Sirajuddin Haqqani, Acting Minister of Interior Affairs of the Islamic "
      "Emirate of Afghanistan, received Amy Pope, Director General of the International "
      "Organization for Migration, and Julie Bishop, Special Envoy of the United Nations.");
  EXPECT_TRUE(Has(x, Met("Khalifa Sirajuddin Haqqani", "Amy Pope"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Amy Pope", "International Organization for Migration")))
      << Dump(x);
  EXPECT_NE(Person(x, "Julie Bishop"), -1) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Khalifa Sirajuddin Haqqani", "Afghanistan"))) << Dump(x);
}

// "conferred Monday in Algiers with X": a meeting, past the day and the place.
TEST(AgencyPhrasingTest, ConferredWithPastTheDayAndPlaceIsAMeeting) {
  const Extraction x = ExtractText(
      "ALGIERS (APS) - Minister of Health Karim Saidi conferred Monday in Algiers with the "
      "Regional Director for Africa, Mohamed Janabi.");
  EXPECT_TRUE(Has(x, Met("Karim Saidi", "Mohamed Janabi"))) << Dump(x);
}

// The acronym "WHO" in a name is no relative pronoun: the one met is named after it.
TEST(AgencyPhrasingTest, TheAcronymWhoDoesNotEndTheOneMet) {
  const Extraction x = ExtractText(
      "Minister Karim Saidi met the WHO Regional Director for Africa, Mohamed Janabi, who is on "
      "a working visit to Algeria.");
  EXPECT_TRUE(Has(x, Met("Karim Saidi", "Mohamed Janabi"))) << Dump(x);
}

// "Inspector General of Police X": the police is the title's portfolio, the name after it.
TEST(AgencyPhrasingTest, AnInspectorGeneralOfPoliceIsNamedAfterIt) {
  const Extraction x = ExtractText(
      "NAIROBI (KNA) - Cabinet Secretary Kamau Njoroge hosted Uganda's Inspector General of "
      "Police Abas Mugisha and Tanzania's Inspector General of Police Camillus Mrema.");
  EXPECT_TRUE(Has(x, Represents("Abas Mugisha", "Uganda"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Camillus Mrema", "Tanzania"))) << Dump(x);
}

// "held talks on Monday at the headquarters of the Ministry of Foreign Affairs with X": the
// body's name in the place is passed over to the one met.
TEST(AgencyPhrasingTest, TalksAtABodysHeadquartersWithSomeone) {
  const Extraction x = ExtractText(
      "Havana - The Minister of Foreign Affairs of Ghana, Kwame Mensah, held official talks on "
      "Monday at the headquarters of the Ministry of Foreign Affairs with the Cuban Foreign "
      "Minister, Bruno Parrilla.");
  EXPECT_TRUE(Has(x, Met("Kwame Mensah", "Bruno Parrilla"))) << Dump(x);
}

// One word between a body and a rank before a name ("the Frontier Corps Balochistan Major
// General X") is no one's name: no one is named before his rank.
TEST(AgencyPhrasingTest, AWordBeforeARankAndANameIsNoName) {
  const Extraction x = ExtractText(
      "Tehran - Minister Eskandar Rahimi received Interior Minister Mohsin Qureshi, who was "
      "accompanied by Inspector General of the Frontier Corps Balochistan Major General Rahat "
      "Nawaz Khan.");
  EXPECT_EQ(Person(x, "Balochistan"), -1) << Dump(x);
  EXPECT_NE(Person(x, "Rahat Nawaz Khan"), -1) << Dump(x);
}

// A topic after a role ("on relations with Ukraine and Russia") runs into its holder's
// name: the role is hers, not an apposition to the name before it.
TEST(AgencyPhrasingTest, ATopicAfterARoleRunsIntoItsHoldersName) {
  const Extraction x = ExtractText(
      "Kyiv - Ivan Petrenko held a video conference with Foreign Affairs Adviser to the German "
      "Chancellor Hans Weber, Adviser to the President of the French Republic on relations with "
      "Ukraine and Russia Claire Martin, and others.");
  EXPECT_TRUE(Has(x, Represents("Claire Martin", "France"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Hans Weber", "France"))) << Dump(x);
}

// "Assistant to the President" is an aide's title; "the Assistant Secretaries" names no one;
// "Deputy Prime Minister for EU Funds and Minister of Finance X" is one person's.
TEST(AgencyPhrasingTest, AnAssistantToThePresidentIsAnAide) {
  const Extraction x = ExtractText(
      "Astana - President Kassym Tokayev received President Ilham Aliyev. Aliyev was joined by "
      "Foreign Minister Jeyhun Bayramov and Hikmet Hasanov, Assistant to the President and "
      "Head of the Foreign Policy Department of the Presidential Administration.");
  EXPECT_TRUE(Has(x, Met("Kassym Tokayev", "Hikmet Hasanov"))) << Dump(x);
  const int aide = Person(x, "Hikmet Hasanov");
  ASSERT_NE(aide, -1) << Dump(x);
  EXPECT_FALSE(x.entities[aide].roles.empty()) << Dump(x);
  const Extraction plural = ExtractText(
      "Alongside officials from Mexico, the Assistant Secretaries will highlight progress.");
  EXPECT_EQ(Person(plural, "Secretaries"), -1) << Dump(plural);
  const Extraction funds = ExtractText(
      "Bulgarian Deputy Prime Minister for EU Funds and Minister of Finance Assen Petrov and "
      "Minister of Energy Alexander Ivanov led the delegation.");
  EXPECT_TRUE(Has(funds, Represents("Assen Petrov", "Bulgaria"))) << Dump(funds);
  EXPECT_EQ(Person(funds, "Funds"), -1) << Dump(funds);
  // (a body's name ends before titles in a row that title a name)
  const Extraction office = ExtractText(
      "White House Office of National Drug Control Policy Assistant Director Eric Talbot "
      "participated virtually.");
  EXPECT_NE(Institution(office, "White House Office of National Drug Control Policy"), -1)
      << Dump(office);
}

// A signed statement with the signer's title on its own line under the name; "We were
// joined by A and by B": each companion with the one of his state, across from the other.
TEST(AgencyPhrasingTest, AStatementSignedAboveATitleLineAndWhoJoinedUs) {
  const Extraction x = ExtractText(
      "Today I received my Kenyan colleague, Lee Kinyanjui, Minister for Trade and Industry, "
      "for talks at the ministry in Oslo. We were joined by Kenya's Ambassador to Norway, Ruth "
      "Wambui.\n\nLars Haugen\nMinister of International Development");
  EXPECT_TRUE(Has(x, Met("Lars Haugen", "Lee Kinyanjui"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Lars Haugen", "Ruth Wambui"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Lee Kinyanjui", "Ruth Wambui"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Lee Kinyanjui", "Kenya"))) << Dump(x);
}

// "The envoy was granted an audience, on behalf of the Head of State, by X": an aside set
// off by commas between the audience and its grantor.
TEST(AgencyPhrasingTest, AudienceGrantedPastAnAside) {
  const Extraction x = ExtractText(
      "YAOUNDE - The Minister of Foreign Affairs of Chad, Abdoulaye Sabre Fadoul, was granted "
      "an audience, on behalf of the Head of State, by the Minister of State, Secretary "
      "General at the Presidency of the Republic, Ferdinand Ngoh Ngoh. Sitting in was the "
      "Minister of External Relations, Lejeune Mbella Mbella.");
  EXPECT_TRUE(Has(x, Met("Abdoulaye Sabre Fadoul", "Ferdinand Ngoh Ngoh"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Abdoulaye Sabre Fadoul", "Lejeune Mbella Mbella"))) << Dump(x);
}

}  // namespace
// A company's name in capitals after its trade's noun names the company, though the
// report uses it once and it is longer than six letters; the role "of" that company
// serves it, past the trade's words and the state's adjective.
TEST(AgencyPhrasingTest, ACapitalisedNameAfterATradesNounIsTheCompany) {
  const Extraction x = ExtractText(
      "NOUAKCHOTT - The Minister of Mines, Ahmed Salem Ould Bouna, received a delegation of "
      "the Indonesian mining company INDOMIN led by its Chairman, Budi Hartono. The "
      "Director General of the national steel company SIDERMA, Aminata Kane, took part.");
  EXPECT_NE(Institution(x, "INDOMIN"), -1) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Aminata Kane", "SIDERMA"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Aminata Kane", "Mauritania"))) << Dump(x);
}

// Two bodies joined by a hyphen in capitals ("NATO-EU cooperation") are no one body.
TEST(AgencyPhrasingTest, TwoBodiesJoinedByAHyphenAreNoAcronym) {
  const Extraction x = ExtractText(
      "Secretary Blinken met Secretary General Jens Stoltenberg and stressed NATO-EU "
      "cooperation. NATO-EU coordination is essential, Blinken said.");
  EXPECT_EQ(Institution(x, "NATO-EU"), -1) << Dump(x);
}

// Capitalised words after a trade's noun in lower case name the company, not a person; an
// initial opens a person's name ("the parliamentary group Kh.Bulgantuya").
TEST(AgencyPhrasingTest, WordsAfterATradesNounNameTheCompany) {
  const Extraction x = ExtractText(
      "\"Output must rise first,\" said Lena Brandt, an analyst at Zurich-based consultancy "
      "Alpine Commodity Research. President Khurelsukh received Fuat Oktay. Present was the "
      "head of the parliamentary group Kh.Bulgantuya.");
  EXPECT_NE(Institution(x, "Alpine Commodity Research"), -1) << Dump(x);
  EXPECT_EQ(Person(x, "Alpine Commodity Research"), -1) << Dump(x);
  EXPECT_NE(Person(x, "Kh.Bulgantuya"), -1) << Dump(x);
}

// "With Mr Bagbin were the First Deputy Speaker, A, and the Majority Leader, B", "MP C":
// legislators of a state whose one legislature the report names serve it; a committee of it
// is no legislature.
TEST(AgencyPhrasingTest, LegislatorsServeTheirStatesLegislature) {
  const Extraction x = ExtractText(
      "ACCRA - The Speaker of the Parliament of Ghana, Alban Bagbin, received a delegation of "
      "the Nigerian House of Representatives led by its Speaker, Tajudeen Abbas. With Mr "
      "Bagbin were the First Deputy Speaker, Kwame Asante, and the Majority Leader, Kofi "
      "Mensah. The Nigerian team included MP Chinedu Okafor, chair of the House Committee on "
      "Diaspora.");
  EXPECT_TRUE(Has(x, Represents("Kwame Asante", "Parliament of Ghana"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Kofi Mensah", "Parliament of Ghana"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Kwame Asante", "Nigerian House of Representatives"))) << Dump(x);
}

// A state body named with no state ("the National Intelligence Organization") whose
// officials the report places all in one state is that state's; a body named in a rank
// ("Army Corps General X") or a minister's portfolio ("Minister of the Armed Forces") is
// placed by no one.
TEST(AgencyPhrasingTest, AStateBodyIsTheStateOfItsOfficials) {
  const Extraction x = ExtractText(
      "Damascus - President Ahmed al-Sharaa received a Turkish delegation comprising Foreign "
      "Minister Hakan Fidan and Head of the National Intelligence Organization (MIT) Ibrahim "
      "Kalin. French Minister of the Armed Forces Sebastien Lecornu also met al-Sharaa.");
  EXPECT_TRUE(Has(x, Represents("National Intelligence Organization", "Turkey"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("National Intelligence Organization", "Syria"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Armed Forces", "France"))) << Dump(x);
}

// "Amb." is "Ambassador", as "Gen." is "General": "the Commissioner for Political Affairs,
// Peace and Security, Amb. X" is X's role, and an ECOWAS commissioner serves the Commission.
TEST(AgencyPhrasingTest, AmbAbbreviatesAmbassadorBeforeAName) {
  const Extraction x = ExtractText(
      "ABUJA - The President of the ECOWAS Commission, Omar Alieu Touray, received the EU "
      "envoy Joao Cravinho. Present on the ECOWAS side was the Commissioner for Political "
      "Affairs, Peace and Security, Amb. Kwesi Danso.");
  EXPECT_TRUE(Has(x, Represents("Kwesi Danso", "ECOWAS Commission"))) << Dump(x);
}

TEST(AgencyPhrasingTest, ACompanysPresidentAndGroupChiefIsTheGuestNotTheHost) {
  const Extraction x = ExtractText(
      "Baku, 4 May (Azertac). President of Azerbaijan Ilham Aliyev today received President "
      "and Group Chief Executive Officer of Thailand's national oil company PTTEP, Somchai "
      "Wongsawat. Cordially greeting the head of state, the guest conveyed to him the "
      "greetings of the Prime Minister of Thailand, Srettha Thavisin.");
  EXPECT_TRUE(Has(x, Met("Ilham Aliyev", "Somchai Wongsawat"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Somchai Wongsawat", "PTTEP"))) << Dump(x);
  EXPECT_TRUE(Has(x, Greets("Somchai Wongsawat", "Ilham Aliyev", "Srettha Thavisin"))) << Dump(x);
}

TEST(AgencyPhrasingTest, ABoardsChairmanOfAStatesCompanyServesTheCompany) {
  const Extraction x = ExtractText(
      "Lisbon, 2 June (Lusa) - Joaquim Tembe Nhaca, Chairman of the Board of Directors of "
      "Angola's state-owned ports and railways company Caminhos de Ferro de Benguela (CFB), "
      "held talks with Deputy Minister of Transport Rui Lopes.");
  EXPECT_TRUE(Has(x, Represents("Joaquim Tembe Nhaca", "Caminhos de Ferro de Benguela")))
      << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Caminhos de Ferro de Benguela", "Angola"))) << Dump(x);
  EXPECT_EQ(FindByName(x, EntityType::kPerson, "Caminhos de Ferro de Benguela"), -1) << Dump(x);
  EXPECT_EQ(FindByName(x, EntityType::kInstitution, "Board of Directors of Angola"), -1) << Dump(x);
}

TEST(AgencyPhrasingTest, ADepartmentAtAMinistryIsPartOfIt) {
  const Extraction x = ExtractText(
      "Foreign Minister Lars Holm received Ghana's Trade Minister Kwesi Ampofo. Also present "
      "was Eva Berg, Director of the Africa Department at the Ministry for Foreign Affairs.");
  EXPECT_TRUE(Has(x, Represents("Africa Department", "Ministry for Foreign Affairs"))) << Dump(x);
}

TEST(AgencyPhrasingTest, ABodyAtAMinistryIsOnlyMetThere) {
  // A joint commission meets at the ministry; it is no part of it.
  const Extraction x = ExtractText(
      "The Brunei-Oman Joint Commission held its third session at the Ministry of Foreign "
      "Affairs in Muscat, co-chaired by Foreign Minister Hamad Al Busaidi.");
  EXPECT_FALSE(Has(x, Represents("Brunei-Oman Joint Commission", "Ministry of Foreign Affairs")))
      << Dump(x);
}

TEST(AgencyPhrasingTest, ADepartmentAtAStatesMinistryIsPartOfIt) {
  const Extraction x = ExtractText(
      "Chairperson Amina Diop then received Mr. LIU Wei, Director-General of the Department of "
      "African Affairs at China's Ministry of Foreign Affairs.");
  EXPECT_TRUE(Has(x, Represents("Department of African Affairs", "Ministry of Foreign Affairs")))
      << Dump(x);
}

TEST(AgencyPhrasingTest, StatesAbbreviationsPngNzAndBiH) {
  const Extraction x = ExtractText(
      "PNG Prime Minister Tom Kalai met NZ Foreign Minister Ana Reid in Port Moresby and "
      "reaffirmed support for BiH's territorial integrity.");
  EXPECT_TRUE(Has(x, Represents("Tom Kalai", "Papua New Guinea"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Ana Reid", "New Zealand"))) << Dump(x);
  EXPECT_GE(FindByName(x, EntityType::kCountry, "Bosnia and Herzegovina"), 0) << Dump(x);
}

TEST(AgencyPhrasingTest, ABodySetOffByAStatesPossessiveAndItsKindIsThatStates) {
  const Extraction x = ExtractText(
      "A delegation from the Korea Rail Network (KRN), Korea's state railway infrastructure "
      "agency, called on Dr Kofi Asante in Accra. Later, Mr Ansah visited the headquarters of "
      "Sabla Group, Oman's state-owned integrated energy company, and of Kazakh Railways.");
  EXPECT_TRUE(Has(x, Represents("KRN", "South Korea")) ||
              Has(x, Represents("Korea Rail Network", "South Korea")))
      << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Sabla Group", "Oman"))) << Dump(x);
  EXPECT_GE(FindByName(x, EntityType::kInstitution, "Kazakh Railways"), 0) << Dump(x);
}

// "Tanzania's state power company Kilele": one unknown word after a trade's noun names the
// company, and the state's possessive before the description makes it that state's; not
// "Portos" of "ports company Portos e Caminhos de Ferro", whose name goes on.
TEST(AgencyPhrasingTest, ACompanyDescribedBeforeItsNameIsThatStatesOne) {
  const Extraction x = ExtractText(
      "MAPUTO - The Minister of Transport, Joao Matavel, received a delegation of Tanzania's "
      "state power company Kilele, led by its chairman, Juma Mrisho. The director of the "
      "state-owned ports company Portos e Caminhos de Ferro de Moçambique (CFM), Ana Chilaule, "
      "attended.");
  EXPECT_TRUE(Has(x, Represents("Kilele", "Tanzania"))) << Dump(x);
  // ("the Turkish contractor Yapı Merkezi": a company too, no person)
  const Extraction y = ExtractText(
      "Ankara - Minister Ali Demir met Tanzania's Minister of Energy, Juma Biteko. Türkiye is "
      "also building sections of the railway through the Turkish contractor Yapı Merkezi.");
  EXPECT_NE(Institution(y, "Yapı Merkezi"), -1) << Dump(y);
  EXPECT_EQ(Person(y, "Yapı Merkezi"), -1) << Dump(y);
  EXPECT_EQ(Institution(x, "Portos"), -1) << Dump(x);
  EXPECT_NE(Institution(x, "Portos e Caminhos de Ferro de Moçambique"), -1) << Dump(x);
}

// "The two Foreign Ministers held talks": the two the report named, past their title's
// capitalised word; "the Director General for American and European Affairs, Hartono": a
// portfolio of regions' affairs names no state, and the one-word name after it is his.
TEST(AgencyPhrasingTest, TheTwoForeignMinistersAndARegionsAffairs) {
  const Extraction x = ExtractText(
      "At the invitation of the Secretary of Foreign Affairs of the United Mexican States, Rosa "
      "Ibarra Luna, the Minister of Foreign Affairs of the Republic of Indonesia, Sutrisno, paid "
      "an official visit to Mexico City.\n\nThe two Foreign Ministers held talks on 4 March. "
      "The Indonesian delegation included the Director General for American and European "
      "Affairs, Hartanto, and the Ambassador of Indonesia to Mexico, Dewi Lestari.");
  EXPECT_TRUE(Has(x, Met("Rosa Ibarra Luna", "Sutrisno"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Rosa Ibarra Luna", "Hartanto"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Hartanto", "Indonesia"))) << Dump(x);
  EXPECT_LT(FindByName(x, EntityType::kCountry, "United States"), 0) << Dump(x);
}

// "the University of the West Indies": a region's word ends a body's name, as "Pacific" does;
// it starts no person's name.
TEST(AgencyPhrasingTest, TheWestIndiesEndABodysName) {
  const Extraction x = ExtractText(
      "New Delhi - Minister Ravi Kumar accepted an invitation to address students of the "
      "University of the West Indies at its Mona campus.");
  EXPECT_NE(Institution(x, "University of the West Indies"), -1) << Dump(x);
}

// "The meeting was attended by the Chief of the General Staff, Lieutenant General A": an
// officer at the side of a commander of an armed force serves that force; the officer he
// received does not.
TEST(AgencyPhrasingTest, OfficersAtACommandersSideServeHisForce) {
  const Extraction x = ExtractText(
      "BENGHAZI - The General Commander of the Libyan Arab Armed Forces, Field Marshal Omar "
      "Salem, received on Tuesday the Minister of National Defence of the Republic of Niger, "
      "General Issa Maiga. The meeting was attended by the Chief of the General Staff, "
      "Lieutenant General Faraj Salem.");
  EXPECT_TRUE(Has(x, Represents("Faraj Salem", "Libyan Arab Armed Forces"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Issa Maiga", "Libyan Arab Armed Forces"))) << Dump(x);
}

// "B, who heads the international military cooperation department at the Russian Ministry of
// Defence": the body the clause names, past a long description of his unit.
TEST(AgencyPhrasingTest, WhoHeadsAUnitAtABody) {
  const Extraction x = ExtractText(
      "BENGHAZI - Field Marshal Omar Salem received a Russian delegation. It included Major "
      "General Pavel Sidorov, who heads the international military cooperation department at "
      "the Russian Ministry of Defence.");
  EXPECT_TRUE(Has(x, Represents("Pavel Sidorov", "Russian Ministry of Defence"))) << Dump(x);
}

// "The Chairperson was accompanied by the Commissioner for Political Affairs, Peace and
// Security, Ambassador B": a commissioner who serves no body serves the report's one
// commission.
TEST(AgencyPhrasingTest, ACommissionerOfNoBodyServesTheReportsCommission) {
  const Extraction x = ExtractText(
      "ADDIS ABABA - The Chairperson of the African Union Commission, Amara Kone, received the "
      "Foreign Minister of Togo, Kodjo Amega. The Chairperson was accompanied by the "
      "Commissioner for Political Affairs, Peace and Security, Ambassador Tunde Okafor.");
  EXPECT_TRUE(Has(x, Represents("Tunde Okafor", "African Union Commission"))) << Dump(x);
}

// "the Prime Minister's Media Office said": an office named by its holder's title in the
// possessive, past its own words.
TEST(AgencyPhrasingTest, AnOfficeNamedByItsHoldersTitle) {
  const Extraction x = ExtractText(
      "Baghdad - Prime Minister Karim Al-Jubouri received the Turkish Foreign Minister, Emre "
      "Yilmaz, the Prime Minister's Media Office said in a statement.");
  EXPECT_NE(Institution(x, "Prime Minister's Media Office"), -1) << Dump(x);
  EXPECT_EQ(Institution(x, "Media Office"), -1) << Dump(x);
}

// "Mazhilis deputies A and B", "members of the National Assembly C and D": those the list
// names serve the legislature.
TEST(AgencyPhrasingTest, MembersListedAfterTheirLegislature) {
  const Extraction x = ExtractText(
      "Islamabad - Speaker Tariq Saleem received Yerlan Omarov, Chairman of the Mazhilis of the "
      "Parliament of Kazakhstan. The Kazakh side included Mazhilis deputies Aida Nurlanova and "
      "Yerbol Sapar. Saleem was accompanied by members of the National Assembly of Pakistan "
      "Hamza Rauf and Naveed Qureshi.");
  EXPECT_TRUE(Has(x, Represents("Aida Nurlanova", "Mazhilis"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Yerbol Sapar", "Mazhilis"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Naveed Qureshi", "National Assembly of Pakistan"))) << Dump(x);
}

// "Assistant Secretary-General C sat in on the meeting" in a report whose Secretary-General
// serves the Arab League: the assistant serves it too.
TEST(AgencyPhrasingTest, AnAssistantOfAnOfficeServesItsBody) {
  const Extraction x = ExtractText(
      "Cairo - The Secretary-General of the Arab League, Karim Mansour, received Oman's Foreign "
      "Minister, Badr Salim. Assistant Secretary-General Hossam Adel sat in on the meeting.");
  EXPECT_TRUE(Has(x, Represents("Hossam Adel", "Arab League"))) << Dump(x);
}

TEST(AgencyPhrasingTest, TheBankItsHeadWordStandsFor) {
  // "a delegation of the bank led by its Vice President", "the bank's Country Manager":
  // the one body of the report whose name ends in that word.
  const Extraction x = ExtractText(
      "Abuja (NAN) The Islamic Development Bank (IsDB) has reaffirmed its support to Nigeria. "
      "Finance Minister Tunde Bello said this when he received a delegation of the bank led by "
      "its Vice President (Operations), Dr Karim Ben Ali, in Abuja on Monday. The team included "
      "Alhaji Musa Bako, the bank's Country Manager, and Mr Ade Ojo, Project Manager.");
  EXPECT_TRUE(Has(x, Represents("Karim Ben Ali", "Islamic Development Bank"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Karim Ben Ali", "Nigeria"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Musa Bako", "Islamic Development Bank"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Ade Ojo", "Tunde Bello"))) << Dump(x);
}

TEST(AgencyPhrasingTest, ABodyOfAStateIsAlsoNamedWithoutIt) {
  const Extraction x = ExtractText(
      "PHNOM PENH -- Samdech Heng Samrin, President of the National Assembly of Cambodia, "
      "received the Speaker of the Parliament of Ghana, Alban Bagbin.");
  const int assembly = FindByName(x, EntityType::kInstitution, "National Assembly of Cambodia");
  ASSERT_GE(assembly, 0) << Dump(x);
  EXPECT_TRUE(Contains(x.entities[assembly].aliases, "National Assembly")) << Dump(x);
  // (not down to a head word alone: no "Parliament")
  const int parliament = FindByName(x, EntityType::kInstitution, "Parliament of Ghana");
  ASSERT_GE(parliament, 0) << Dump(x);
  EXPECT_FALSE(Contains(x.entities[parliament].aliases, "Parliament")) << Dump(x);
}

TEST(AgencyPhrasingTest, ACitysMayorIsOfItsState) {
  const Extraction x = ExtractText(
      "TBILISI -- The Mayor of Yerevan, Aram Petrosyan, who is visiting Georgia at the head of "
      "a delegation from Armenia, was received by the Mayor of Tbilisi, Giorgi Beridze.");
  const int mayor = FindByName(x, EntityType::kPerson, "Aram Petrosyan");
  ASSERT_GE(mayor, 0) << Dump(x);
  EXPECT_TRUE(Contains(x.entities[mayor].roles, "Mayor of Yerevan")) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Aram Petrosyan", "Armenia"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Giorgi Beridze", "Georgia"))) << Dump(x);
}

TEST(AgencyPhrasingTest, AStatesNameIsNoCityOfItsOffice) {
  // Kuwait and Djibouti are cities too; an office "in" or "of" them names the state.
  const Extraction x = ExtractText(
      "Foreign Minister Ali Al-Yahya received Nasreen Karim, UNHCR Representative in Kuwait.");
  EXPECT_FALSE(Has(x, Represents("Nasreen Karim", "Kuwait"))) << Dump(x);
}

TEST(AgencyPhrasingTest, CongoleseIsTheRepublicOfTheCongoWhenTheReportNamesIt) {
  const Extraction x = ExtractText(
      "Brazzaville -- President of the Republic of the Congo Denis Sassou Nguesso received "
      "the Libyan envoy in the presence of the Congolese Minister of Foreign Affairs, Jean "
      "Moukala.");
  EXPECT_TRUE(Has(x, Represents("Jean Moukala", "Republic of the Congo"))) << Dump(x);
  EXPECT_EQ(FindByName(x, EntityType::kCountry, "Democratic Republic of the Congo"), -1) << Dump(x);
  // (with no state named, the lexicon's usual one)
  const Extraction y = ExtractText("The Congolese Minister of Mines, Paul Kabila, met Ali Omar.");
  EXPECT_TRUE(Has(y, Represents("Paul Kabila", "Democratic Republic of the Congo"))) << Dump(y);
}

TEST(AgencyPhrasingTest, CongoIsTheDemocraticRepublicWhenTheReportNamesIt) {
  const Extraction x = ExtractText(
      "ADDIS ABABA (AFP) - Angolan President Paulo Mendes held talks with Democratic Republic "
      "of Congo President Joseph Ilunga, as fighters advanced in eastern Congo.");
  EXPECT_EQ(FindByName(x, EntityType::kCountry, "Republic of the Congo"), -1) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Joseph Ilunga", "Democratic Republic of the Congo"))) << Dump(x);
  // (with no other name of a state, the lexicon's usual one)
  const Extraction y = ExtractText("President Paul Ndinga of Congo met Ali Omar.");
  EXPECT_TRUE(Has(y, Represents("Paul Ndinga", "Republic of the Congo"))) << Dump(y);
}

TEST(AgencyPhrasingTest, AnOfficeOfTheBankTheReportNamed) {
  // "Vice President for Operations of the Bank X", after "the Islamic Development Bank
  // Group": the one body the head word stands for, so X sits with the bank's president.
  const Extraction x = ExtractText(
      "Tashkent (UzA) - President of the Islamic Development Bank Group Karim Al Nasser was "
      "received by Deputy Prime Minister Bakhtiyor Saidov. The meeting was attended by Vice "
      "President for Operations of the Bank Faisal Al Harbi and Deputy Minister of Economy "
      "Sherzod Aliyev.");
  EXPECT_TRUE(Has(x, Represents("Faisal Al Harbi", "Islamic Development Bank Group")) ||
              Has(x, Represents("Faisal Al Harbi", "Islamic Development Bank")))
      << Dump(x);
  EXPECT_TRUE(Has(x, Met("Bakhtiyor Saidov", "Faisal Al Harbi"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Faisal Al Harbi", "Karim Al Nasser"))) << Dump(x);
}

TEST(AgencyPhrasingTest, AHeadlinesClauseAfterASemicolonCallingOnOthersIsItsOwn) {
  // "X receives A; A also calls on B and C": B and C were the guest's calls, not the host's
  const Extraction x = BundledExtractor().Extract(MakeReport(
      "Mutharika receives envoy Banda; Envoy also calls on Speaker Moyo and Bishop Phiri",
      "LILONGWE - Prime Minister Peter Mutharika received the envoy Joyce Banda. Banda later "
      "called on Speaker Catherine Moyo and on Bishop Paul Phiri."));
  EXPECT_TRUE(Has(x, Met("Peter Mutharika", "Joyce Banda"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Joyce Banda", "Catherine Moyo"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Peter Mutharika", "Catherine Moyo"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Peter Mutharika", "Paul Phiri"))) << Dump(x);
}

TEST(AgencyPhrasingTest, ACourtesyCallOnHimInAClauseAfterWhen) {
  // "He made the call when X paid a courtesy call on him": the appeal is no phone call,
  // X the subject of the clause after "when", "him" the one the report is about
  const Extraction x = ExtractText(
      "DHAKA (BSS) - Chief Adviser Professor Karim Uddin today sought the support of ASEAN "
      "for Bangladesh's bid.\n\nHe made the call when ASEAN Secretary-General Dr Lim Boon "
      "Heng paid a courtesy call on him at the State Guest House in the morning.");
  EXPECT_TRUE(Has(x, Met("Karim Uddin", "Lim Boon Heng"))) << Dump(x);
}

TEST(AgencyPhrasingTest, HimStandsForAPersonNotABody) {
  // the headline's talks with a UNHCR official make no body the guest "him" stands for
  const Extraction x = BundledExtractor().Extract(MakeReport(
      "Chief Adviser seeks ASEAN support; Foreign Adviser holds talks with UNHCR official",
      "DHAKA (BSS) - Chief Adviser Professor Karim Uddin today sought the support of ASEAN. "
      "ASEAN Secretary-General Dr Lim Boon Heng paid a courtesy call on him in the morning. "
      "In the afternoon, Foreign Adviser Rafiq Hossain held a meeting with the Assistant High "
      "Commissioner of the Office of the United Nations High Commissioner for Refugees "
      "(UNHCR), Lars Nilsen."));
  EXPECT_TRUE(Has(x, Met("Karim Uddin", "Lim Boon Heng"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Lim Boon Heng", "United Nations High Commissioner for Refugees")))
      << Dump(x);
  EXPECT_EQ(NamesOf(x, EntityType::kInstitution),
            (std::set<std::string>{"Bangladesh Sangbad Sangstha",
                                   "Association of Southeast Asian Nations",
                                   "United Nations High Commissioner for Refugees"}))
      << Dump(x);
}

}  // namespace dkg
