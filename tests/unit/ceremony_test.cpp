// Audiences told as ceremonies and joint visits: credentials presented in the passive,
// "the two Heads of State met", sides listed as "On the X side were ...", talks "on
// cooperation between the two countries". Every report here is written for the test.
#include <gtest/gtest.h>

#include "extract_test_support.h"

namespace dkg {
namespace {

using namespace extract_test;

TEST(CeremonyTest, CredentialsPresentedByAListMetTheOneTheyWentTo) {
  const Extraction x = ExtractText(
      "Manama, May 9 (BNA) -- Three ambassadors presented their credentials today to His "
      "Majesty King Idris bin Salem at Al-Sakhir Palace. The credentials were presented by "
      "Taro Hayashida, Ambassador of Japan; Peter Mwangi Kamau, Ambassador of the Republic of "
      "Kenya; and Nikos Papadakis, Ambassador of the Hellenic Republic.");
  for (const char* envoy : {"Taro Hayashida", "Peter Mwangi Kamau", "Nikos Papadakis"})
    EXPECT_TRUE(Has(x, Met(envoy, "Idris bin Salem"))) << envoy << "\n" << Dump(x);
  EXPECT_FALSE(Has(x, Met("Taro Hayashida", "Nikos Papadakis"))) << Dump(x);
  // presented to no one the report names: no meeting
  const Extraction unnamed = ExtractText(
      "The credentials were presented by Taro Hayashida, Ambassador of Japan, and Nikos "
      "Papadakis, Ambassador of the Hellenic Republic.");
  EXPECT_TRUE(Relations(unnamed, RelationType::kMetWith).empty()) << Dump(unnamed);
}

TEST(CeremonyTest, TheTwoHeadsOfStateMetIsAMeetingOfThePrincipals) {
  const Extraction x = ExtractText(
      "HARARE - The President of the Republic of Zambia, Hakainde Mwila, paid a working visit "
      "to the Republic of Zimbabwe at the invitation of President Tendai Moyo. The two Heads "
      "of State first met behind closed doors at State House.");
  EXPECT_TRUE(Has(x, Met("Hakainde Mwila", "Tendai Moyo"))) << Dump(x);
  // after a telephone call, "the two leaders" discussed on the telephone
  const Extraction call = ExtractText(
      "President Hakainde Mwila had a telephone conversation with Zimbabwean President Tendai "
      "Moyo. The two leaders held in-depth talks on the bilateral agenda.");
  EXPECT_FALSE(Has(call, Met("Hakainde Mwila", "Tendai Moyo"))) << Dump(call);
  // two of one state are no two sides
  const Extraction one_side = ExtractText(
      "The Japanese side was co-chaired by Mr. Kenta Ishida, Deputy Director-General of the "
      "Ministry of Foreign Affairs of Japan, and Mr. Ryo Yamane, Deputy Director-General of "
      "the Ministry of Defense of Japan. The two sides held in-depth discussions.");
  EXPECT_FALSE(Has(one_side, Met("Kenta Ishida", "Ryo Yamane"))) << Dump(one_side);
}

TEST(CeremonyTest, TalksOnCooperationBetweenTheTwoCountriesAreTheSubjectsTalks) {
  const Extraction x = ExtractText(
      "Amman, April 23 (Petra) -- King Talal III and President Andreas Nicolaou of Cyprus "
      "held talks on Tuesday on cooperation between the two countries. Talks also covered "
      "energy.");
  EXPECT_TRUE(Has(x, Met("Talal III", "Andreas Nicolaou"))) << Dump(x);
}

TEST(CeremonyTest, OnTheSideWereListsTheSidesMembers) {
  const Extraction x = ExtractText(
      "Foreign Minister Amon Chitepo received Zambian Foreign Minister Mulenga Banda for talks "
      "in Harare. On the Zambian side were the High Commissioner, Mrs Mwenya Chanda, and the "
      "Permanent Secretary, Mr Kalaba Phiri.");
  EXPECT_TRUE(Has(x, Met("Mwenya Chanda", "Amon Chitepo"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Kalaba Phiri", "Zambia"))) << Dump(x);
}

TEST(CeremonyTest, AnAudienceToTwoAndWhomTheVisitorsMetEarlier) {
  const Extraction x = ExtractText(
      "Niamey, 28 May 2024 (ANP) - General Moussa Abdou granted an audience on Tuesday to the "
      "Malian Minister of Foreign Affairs, Oumar Keita, and to his Burkinabe counterpart, "
      "Issa Sawadogo, both on a working visit to Niamey. Earlier in the day, the two visitors "
      "had met their Nigerien counterpart, Hamidou Garba, at the Ministry.");
  EXPECT_TRUE(Has(x, Met("Moussa Abdou", "Oumar Keita"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Moussa Abdou", "Issa Sawadogo"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Oumar Keita", "Hamidou Garba"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Issa Sawadogo", "Hamidou Garba"))) << Dump(x);
}

TEST(CeremonyTest, WhomAVisitorHadWithHimAndWhoSatOnTheHostsSide) {
  const Extraction x = ExtractText(
      "Abidjan (AIP) - Liberian President Joseph Kollie was received by President Alain "
      "Kouassi. The Liberian leader had with him his Foreign Minister, Sara Gbowee. Sitting "
      "with President Kouassi on the Ivorian side were the Prime Minister, Robert Yao, and "
      "the Minister of Defence, Paul Konan.");
  EXPECT_TRUE(Has(x, Met("Sara Gbowee", "Alain Kouassi"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Robert Yao", "Joseph Kollie"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Robert Yao", "Alain Kouassi"))) << Dump(x);
  // "had talks with": no companion
  const Extraction talks = ExtractText(
      "President Alain Kouassi received Joseph Kollie. Kollie had talks with Robert Yao.");
  EXPECT_FALSE(Has(talks, Met("Robert Yao", "Alain Kouassi"))) << Dump(talks);
}

TEST(CeremonyTest, SatDownWithIsAMeetingAndUnHabitatAnInstitution) {
  const Extraction x = ExtractText(
      "CAIRO (MENA) - Minister Laila Hassan first sat down with the Executive Director of "
      "UN-Habitat, Ana Ribeiro, on the sidelines of the forum.");
  EXPECT_TRUE(Has(x, Met("Laila Hassan", "Ana Ribeiro"))) << Dump(x);
  EXPECT_GE(FindBySurface(x, EntityType::kInstitution, "UN-Habitat"), 0) << Dump(x);
  // sat in on a meeting: present, not a meeting of its own
  const Extraction sat_in = ExtractText("Minister Laila Hassan sat with Ana Ribeiro.");
  EXPECT_FALSE(Has(sat_in, Met("Laila Hassan", "Ana Ribeiro"))) << Dump(sat_in);
}

TEST(CeremonyTest, CredentialsAcceptedFromAmbassadorsListedNextWithTheirStates) {
  const Extraction x = ExtractText(
      "Ouagadougou, 12 November 2024 (AIB) - The Head of State, Captain Paul Zongo, accepted on "
      "Tuesday, at a ceremony in the Kosyam Palace, the credentials of three new ambassadors. "
      "They are Colonel Sekou Camara of the Republic of Guinea, Ana Fonseca of the Republic of "
      "Cuba, and Youssef Alami of the Kingdom of Morocco.");
  for (const char* envoy : {"Sekou Camara", "Ana Fonseca", "Youssef Alami"})
    EXPECT_TRUE(Has(x, Met(envoy, "Paul Zongo"))) << envoy << "\n" << Dump(x);
  // an untitled name followed by "of" and a state is of that state, as a titled one is
  EXPECT_TRUE(Has(x, Represents("Ana Fonseca", "Cuba"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Youssef Alami", "Morocco"))) << Dump(x);
  const Extraction offer = ExtractText(
      "Captain Paul Zongo accepted the offer of President Ana Fonseca to mediate.");
  EXPECT_FALSE(Has(offer, Met("Paul Zongo", "Ana Fonseca"))) << Dump(offer);
}

TEST(CeremonyTest, ThoseListedAsPresentingTheirCredentialsMetTheOneWhoAccepted) {
  const Extraction x = ExtractText(
      "ABU DHABI (WAM) -- President Sheikh Khalid Al Nuaimi accepted on Tuesday the credentials "
      "of three new ambassadors. Presenting their credentials were Carlos Ruiz, Ambassador of "
      "Paraguay; Tina Kralj, Ambassador of Slovenia; and Nurbek Sadykov, Ambassador of the "
      "Kyrgyz Republic.");
  for (const char* envoy : {"Carlos Ruiz", "Tina Kralj", "Nurbek Sadykov"})
    EXPECT_TRUE(Has(x, Met(envoy, "Khalid Al Nuaimi"))) << envoy << "\n" << Dump(x);
  EXPECT_FALSE(Has(x, Met("Carlos Ruiz", "Tina Kralj"))) << Dump(x);
}

TEST(CeremonyTest, TheEnvoysReceivedWereThoseListedNext) {
  const Extraction x = ExtractText(
      "Rabat - King Hassan Idrissi received on Tuesday at the Royal Palace the credentials of "
      "three new ambassadors. The envoys received by His Majesty were Kristiina Mets, "
      "Ambassador of Estonia; Joseph Mwanza, Ambassador of Zambia; and Laura Gil, Ambassador "
      "of Colombia.");
  for (const char* envoy : {"Kristiina Mets", "Joseph Mwanza", "Laura Gil"})
    EXPECT_TRUE(Has(x, Met(envoy, "Hassan Idrissi"))) << envoy << "\n" << Dump(x);
  EXPECT_FALSE(Has(x, Met("Kristiina Mets", "Joseph Mwanza"))) << Dump(x);
  const Extraction are = ExtractText(
      "DAKAR (APS) - Four new ambassadors accredited to Senegal presented their letters of "
      "credence on Thursday to President Amadou Sy at the Palace. The new envoys are Karim "
      "Bennani of the Kingdom of Morocco, Carlos Monteiro of Brazil and Hiroshi Tanaka of "
      "Japan.");
  for (const char* envoy : {"Karim Bennani", "Carlos Monteiro", "Hiroshi Tanaka"})
    EXPECT_TRUE(Has(are, Met(envoy, "Amadou Sy"))) << envoy << "\n" << Dump(are);
  // (those at the host's side who received "them" did not meet each other)
  const Extraction them = ExtractText(
      "Rabat - Three ambassadors presented their credentials to King Hassan Idrissi at the "
      "Royal Palace, where the Sovereign, accompanied by Crown Prince Moulay Ahmed and Prince "
      "Moulay Karim, received them.");
  EXPECT_FALSE(Has(them, Met("Moulay Ahmed", "Moulay Karim"))) << Dump(them);
}

TEST(CeremonyTest, TheVisitorsCompatriotsAccompaniedHimTheHostsEscortedHim) {
  const Extraction x = ExtractText(
      "Russian Deputy Defence Minister Ivan Sokolov was received by Field Marshal Omar Senussi. "
      "Present at the meeting was Major General Salem Senussi, Chief of Staff of the Security "
      "Units. The Russian ambassador, Oleg Petrov, and the Russian military attache, Colonel "
      "Pavel Orlov, accompanied the visiting deputy minister.");
  EXPECT_TRUE(Has(x, Met("Oleg Petrov", "Omar Senussi"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Pavel Orlov", "Salem Senussi"))) << Dump(x);
  EXPECT_LT(FindBySurface(x, EntityType::kPerson, "Units"), 0) << Dump(x);
  // the hosts' officials who accompanied the visitors on a tour did not meet their host
  const Extraction tour = ExtractText(
      "KUWAIT - Defence Minister Sheikh Fahad Al-Sabah received the Chief of Staff of the "
      "Egyptian Armed Forces, Lt. Gen. Hany Kamel. Sheikh Nawaf Al-Sabah and Lt. Gen. Bader "
      "Al-Otaibi of the Kuwait Army later accompanied the visiting delegation on a tour.");
  EXPECT_FALSE(Has(tour, Met("Bader Al-Otaibi", "Fahad Al-Sabah"))) << Dump(tour);
}

TEST(CeremonyTest, AMessageReceivedAtAPlaceFromItsSenderIsNoMeetingWithHim) {
  const Extraction x = ExtractText(
      "President Daniel Kiprono has received at State House, Nairobi, a special message from "
      "his Tanzanian counterpart, President Neema Mollel. The message was delivered on "
      "Tuesday by Tanzania's Minister for Foreign Affairs, January Mushi, who came with "
      "Tanzania's High Commissioner in Nairobi, Rehema Ally.");
  EXPECT_FALSE(Has(x, Met("Daniel Kiprono", "Neema Mollel"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Daniel Kiprono", "January Mushi"))) << Dump(x);
  EXPECT_TRUE(Has(x, Greets("January Mushi", "Daniel Kiprono", "Neema Mollel"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Daniel Kiprono", "Rehema Ally"))) << Dump(x);
}

TEST(CeremonyTest, ANameRightAfterTheCountryOfATitleKeepsItsFirstWord) {
  const Extraction x = ExtractText(
      "The President received credentials from the Ambassador of the Republic of India Harsh "
      "Kumar Mehta and met the Ambassador of Colombia to Qatar María Fernanda Rojas.");
  EXPECT_EQ(NamesOf(x, EntityType::kPerson),
            (std::set<std::string>{"Harsh Kumar Mehta", "María Fernanda Rojas"}))
      << Dump(x);
  // a body's name ends at a given name before "bin"
  const Extraction y = ExtractText(
      "Minister of State at the Ministry of Foreign Affairs Sultan bin Khalid Al-Kuwari met "
      "the Ambassador.");
  EXPECT_TRUE(Has(y, Represents("Sultan bin Khalid Al-Kuwari", "Ministry of Foreign Affairs")))
      << Dump(y);
}

TEST(CeremonyTest, HeWasAccompaniedByNamesTheVisitorsCompanion) {
  const Extraction x = ExtractText(
      "Kinshasa, 24 November 2023 - The Executive Secretary of SADC, Elias Moyo, on a working "
      "visit to Kinshasa, was received on Friday by President Felix Kabila. He was accompanied "
      "by the Director of Politics, Professor Kula Dube.");
  EXPECT_TRUE(Has(x, Met("Kula Dube", "Felix Kabila"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Kula Dube", "Elias Moyo"))) << Dump(x);
}

TEST(CeremonyTest, ThoseWhoTookPartOnASideAreNamedBeforeIt) {
  const Extraction x = ExtractText(
      "Amman (Petra) -- King Talal III received President Andreas Nicolaou of Cyprus. The "
      "Jordanian side comprised Prime Minister Omar Razzaz and Foreign Minister Nasser Judeh. "
      "Cypriot Foreign Minister Petros Kyriakou and the Ambassador of Cyprus in Amman, Eleni "
      "Markou, took part on the Cypriot side.");
  EXPECT_TRUE(Has(x, Met("Omar Razzaz", "Petros Kyriakou"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Nasser Judeh", "Eleni Markou"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Omar Razzaz", "Nasser Judeh"))) << Dump(x);
  // "..., while C attended on the Egyptian side": only C, not those before "while"
  const Extraction y = ExtractText(
      "President Karim Nasser received Major General Hany Kamel of Egypt. The meeting was "
      "attended by spokesman Sami Nour, while Egypt's ambassador, Tarek Mansour, attended on "
      "the Egyptian side.");
  EXPECT_FALSE(Has(y, Represents("Sami Nour", "Egypt"))) << Dump(y);
}

TEST(CeremonyTest, AmbassadorsReceivedSuccessivelyMetTheHostNotEachOther) {
  const Extraction x = ExtractText(
      "ALGIERS - Foreign Minister Karim Benali received on Sunday in Algiers, successively, the "
      "Ambassador of the Kingdom of Spain, Luis Moreno, and the Ambassador of the Republic of "
      "Niger, Issa Garba, who paid him farewell visits.");
  EXPECT_TRUE(Has(x, Met("Karim Benali", "Luis Moreno"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Karim Benali", "Issa Garba"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Luis Moreno", "Issa Garba"))) << Dump(x);
}

TEST(CeremonyTest, AVisitingPresidentsDelegationMeetsTheHostsSide) {
  const Extraction x = ExtractText(
      "HARARE - The President of the Republic of Zambia, Mr Daniel Mwale, paid a working "
      "visit to the Republic of Zimbabwe at the invitation of Dr Peter Chikore, President of "
      "the Republic of Zimbabwe. The two Heads of State first met behind closed doors at "
      "State House. President Mwale's delegation comprised the Minister of Foreign Affairs, "
      "Hon. Grace Banda, and the Minister of Energy, Hon. Moses Phiri. On the Zimbabwean side "
      "were the Vice President, Dr Tendai Moyo, and the Minister of Energy, Hon. Rudo "
      "Sibanda.");
  EXPECT_TRUE(Has(x, Met("Daniel Mwale", "Peter Chikore"))) << Dump(x);
  for (const char* visitor : {"Daniel Mwale", "Grace Banda", "Moses Phiri"})
    for (const char* host_side : {"Tendai Moyo", "Rudo Sibanda"})
      EXPECT_TRUE(Has(x, Met(visitor, host_side))) << visitor << " " << host_side << Dump(x);
  EXPECT_TRUE(Has(x, Met("Grace Banda", "Peter Chikore"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Grace Banda", "Daniel Mwale"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Tendai Moyo", "Peter Chikore"))) << Dump(x);
}

TEST(CeremonyTest, GreetingsToANamedAddresseeNotFoundDoNotGoToTheHost) {
  const Extraction x = ExtractText(
      "President Ivan Petrov received Governor Pavel Orlov in the Kremlin. At the beginning "
      "of the meeting, Petrov asked Mr Orlov to extend his greetings to Sevastopol residents "
      "on National Unity Day.");
  EXPECT_TRUE(Has(x, Met("Ivan Petrov", "Pavel Orlov"))) << Dump(x);
  EXPECT_FALSE(Has(x, Greets("Pavel Orlov", "Ivan Petrov"))) << Dump(x);
}

TEST(CeremonyTest, AnAddresseeSevenWordsAfterTheGreetingsIsNoPlace) {
  const Extraction x = ExtractText(
      "President Ivan Petrov received President Serdar Amanov in Moscow. Petrov asked our "
      "guest to convey our warmest greetings and wishes of good health and success to Batyr "
      "Amanov.");
  EXPECT_TRUE(Has(x, Greets("Serdar Amanov", "Batyr Amanov", "Ivan Petrov"))) << Dump(x);
}

TEST(CeremonyTest, ThePrincipalsOfTheFirstTalksSitOnTheirSidesDespiteALaterAudience) {
  const Extraction x = ExtractText(
      "Amman, April 23 (Petra) -- King Faisal II and President of the Republic of Cyprus "
      "Andreas Nicolaou held talks at the palace on Tuesday. The Jordanian side comprised "
      "Prime Minister Omar Haddad and Foreign Minister Ziad Nasser. Cypriot Foreign Minister "
      "Eleni Georgiou took part on the Cypriot side. In a separate meeting, Foreign Minister "
      "Nasser received Hassan Zaki, Assistant Secretary-General of the League of Arab "
      "States.");
  for (const char* jordanian : {"Omar Haddad", "Ziad Nasser"})
    EXPECT_TRUE(Has(x, Met("Andreas Nicolaou", jordanian))) << jordanian << Dump(x);
  EXPECT_TRUE(Has(x, Met("Ziad Nasser", "Hassan Zaki"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Omar Haddad", "Hassan Zaki"))) << Dump(x);
}

TEST(CeremonyTest, AHeadlineClauseAboutGreetingsEndsTheOneReceived) {
  const Extraction x = BundledExtractor().Extract(MakeReport(
      "Agar receives Egyptian ambassador as greetings pass between El-Sisi and Al-Burhan",
      "Port Sudan, Sept. 11 (SUNA) - Deputy Chairman Malik Agar met on Wednesday with Egypt's "
      "Ambassador to Sudan, Hani Salah. The ambassador relayed to Agar the greetings of "
      "President Abdel Fattah El-Sisi."));
  EXPECT_TRUE(Has(x, Met("Malik Agar", "Hani Salah"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Malik Agar", "Abdel Fattah El-Sisi"))) << Dump(x);
}

TEST(CeremonyTest, ATitleJoinedByAndToTheNextNamesTitleIsTheNextPersons) {
  const Extraction x = ExtractText(
      "The Jordanian side comprised Prime Minister Bisher Khalil, Royal Court Chief Yousef "
      "Omari, Deputy Prime Minister and Foreign Minister Ayman Sabri, and Director Jafar "
      "Qasem. Later, the Deputy Prime Minister received Hossam Fathi, Assistant "
      "Secretary-General of the League of Arab States.");
  // (the Jordanian side meets the guest; the one who received him is the Deputy PM)
  EXPECT_TRUE(Has(x, Met("Ayman Sabri", "Hossam Fathi"))) << Dump(x);
  const int omari = FindByName(x, EntityType::kPerson, "Yousef Omari");
  ASSERT_GE(omari, 0) << Dump(x);
  EXPECT_EQ(x.entities[omari].roles, std::vector<std::string>{"Royal Court Chief"}) << Dump(x);
  const int sabri = FindByName(x, EntityType::kPerson, "Ayman Sabri");
  ASSERT_GE(sabri, 0) << Dump(x);
  EXPECT_EQ(x.entities[sabri].roles.front(), "Deputy Prime Minister and Foreign Minister")
      << Dump(x);
}

TEST(CeremonyTest, EnvoysListedAfterWhoAttendedMetTheKingEachOnHisOwn) {
  const Extraction x = ExtractText(
      "Rabat - His Majesty King Idris III, may God assist Him, received on Thursday at the "
      "Royal Palace three newly appointed heads of mission, who handed the Sovereign the "
      "letters accrediting them as Ambassadors of their countries. The Minister of Foreign "
      "Affairs, Mr. Karim Benali, attended the ceremony. In their order of presentation, the "
      "new envoys are Li Wei of China, Marco Rossi of Italy and Omar Haddad of Jordan. "
      "Following the ceremony, the Sovereign received, again in the presence of Mr. Benali, "
      "the Ambassador of the Russian Federation, Mr. Ivan Petrov, who came to take leave.");
  for (const char* envoy : {"Li Wei", "Marco Rossi", "Omar Haddad", "Ivan Petrov"}) {
    EXPECT_TRUE(Has(x, Met("Idris III", envoy))) << envoy << Dump(x);
    EXPECT_TRUE(Has(x, Met("Karim Benali", envoy))) << envoy << Dump(x);
  }
  // each presented his own letters: the envoys did not meet one another
  EXPECT_FALSE(Has(x, Met("Li Wei", "Marco Rossi"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Ivan Petrov", "Omar Haddad"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Idris III", "Karim Benali"))) << Dump(x);
}

TEST(CeremonyTest, EnvoysListedWithTheirStatesSetOffByCommasAllMetTheMinister) {
  const Extraction x = ExtractText(
      "Ouagadougou (AIB) - Minister Karim Sawadogo received at his department the copies of "
      "the letters of credence of two newly appointed ambassadors: Ali Kaya, of the Republic "
      "of Turkey, and Reza Tehrani, of the Islamic Republic of Iran.");
  EXPECT_TRUE(Has(x, Met("Karim Sawadogo", "Ali Kaya"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Karim Sawadogo", "Reza Tehrani"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Ali Kaya", "Turkey"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Reza Tehrani", "Iran"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Ali Kaya", "Reza Tehrani"))) << Dump(x);
}

// "presented their letters of credence to President X, in a ceremony attended by A": those
// present met every envoy, not a guest the report receives later.
TEST(CeremonyTest, ThoseAtTheCeremonyMetEveryEnvoy) {
  const Extraction x = ExtractText(
      "DAKAR (APS) - Three new ambassadors presented their letters of credence on Thursday to "
      "President Amadou Sy at the Palace, in a ceremony attended by the Minister of Foreign "
      "Affairs, Awa Ndiaye. The new envoys are Karim Bennani of the Kingdom of Morocco, Carlos "
      "Monteiro of the Federative Republic of Brazil and Hiroshi Tanaka of Japan. The Head of "
      "State also received in a farewell audience the outgoing Ambassador of Canada, Isabelle "
      "Gagnon.");
  EXPECT_TRUE(Has(x, Met("Awa Ndiaye", "Karim Bennani"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Awa Ndiaye", "Carlos Monteiro"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Awa Ndiaye", "Hiroshi Tanaka"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Awa Ndiaye", "Isabelle Gagnon"))) << Dump(x);
}

// "The first to be received was A, followed by B": the minister who received the new
// ambassadors met each; "the new ambassadors will present their letters of credence to the
// President" puts no one at a meeting yet.
TEST(CeremonyTest, TheFirstToBeReceivedAndThoseWhoFollowedMetTheHost) {
  const Extraction x = ExtractText(
      "Abidjan, 14 January 2025 (AIP) - Four new ambassadors were received on Tuesday by the "
      "Minister of Foreign Affairs, Koffi Guessan, to whom they presented copies of their "
      "credentials. The first to be received was the Ambassador of Japan, Mrs Keiko Miyazawa, "
      "followed by the Ambassador of the Republic of Korea, Lee Sung-ho. Mr Guessan then "
      "received the Ambassador of Spain, Maria Ortega. In accordance with protocol, the new "
      "ambassadors will present their letters of credence to the President of the Republic, "
      "Alassane Ouattara, at a later date.");
  EXPECT_TRUE(Has(x, Met("Koffi Guessan", "Keiko Miyazawa"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Koffi Guessan", "Lee Sung-ho"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Koffi Guessan", "Maria Ortega"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Alassane Ouattara", "Maria Ortega"))) << Dump(x);
}

TEST(CeremonyTest, CopiesFromEnvoysListedByStateAfterAPlaceAllMetTheHost) {
  // the place names a body; the ambassadors' title is given once, then "of <state>, Name"
  const Extraction x = ExtractText(
      "Lima, 3 March 2025. Foreign Minister Rosa Quispe Alvarado received today, at the "
      "headquarters of the Ministry of Foreign Affairs (MRE), copies of the credentials of the "
      "ambassadors-designate of the Republic of Ghana, Kwame Boateng; of the State of Qatar, "
      "Salem Al Marri; and of the Kingdom of Thailand, Somchai Wongsiri.");
  const std::pair<const char*, const char*> envoys[] = {
      {"Kwame Boateng", "Ghana"}, {"Salem Al Marri", "Qatar"}, {"Somchai Wongsiri", "Thailand"}};
  for (const auto& [envoy, state] : envoys) {
    EXPECT_TRUE(Has(x, Met(envoy, "Rosa Quispe Alvarado"))) << envoy << "\n" << Dump(x);
    EXPECT_TRUE(Has(x, Represents(envoy, state))) << envoy << "\n" << Dump(x);
  }
  EXPECT_FALSE(Has(x, Met("Kwame Boateng", "Salem Al Marri"))) << Dump(x);
}

}  // namespace

// "the two foreign ministers witnessed the signing of an agreement by A, ..., and B, ...":
// the signatories were at the talks, each across from the other side; "Mauritania's
// national mining company SNIM" is a company of Mauritania, which B serves.
TEST(CeremonyTest, SignatoriesOfAWitnessedSigningWereAtTheTalks) {
  const Extraction x = ExtractText(
      "BEIJING - Chinese Foreign Minister Wang Yi held talks on Wednesday with Mauritanian "
      "Foreign Minister Ahmed Ould Bah. After the talks, the two foreign ministers witnessed "
      "the signing of a railway agreement by Li Ming, vice president of China Railway "
      "Construction Corporation, and Sidi Ould Ahmed, director general of Mauritania's "
      "national mining and railway company SOMIRA.");
  EXPECT_TRUE(Has(x, Met("Ahmed Ould Bah", "Li Ming"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Sidi Ould Ahmed", "Wang Yi"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Ahmed Ould Bah", "Sidi Ould Ahmed"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Sidi Ould Ahmed", "SOMIRA"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("SOMIRA", "Mauritania"))) << Dump(x);
}

// "credentials were presented by A (Slovak Republic), B (Viet Nam) and C (Republic of
// India)": a state's name in parentheses right after a name is that person's state.
TEST(CeremonyTest, AStateInParenthesesAfterANameIsThePersons) {
  const Extraction x = ExtractText(
      "Letters of credence were presented to the President by Jan Kovac (Slovak Republic), "
      "Tran Van Long (Socialist Republic of Vietnam) and Ravi Menon (Republic of India).");
  EXPECT_TRUE(Has(x, Represents("Jan Kovac", "Slovakia"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Tran Van Long", "Vietnam"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Ravi Menon", "India"))) << Dump(x);
}

}  // namespace dkg
