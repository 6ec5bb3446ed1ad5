// Phrasings of government readouts and travel notes (foreign ministries, presidential
// press offices): long bureau titles, participants listed after "including", places
// named like people. Every report here is written for the test.
#include <gtest/gtest.h>

#include "extract_test_support.h"

namespace dkg {
namespace {

using namespace extract_test;
using Names = std::set<std::string>;

TEST(ReadoutPhrasingTest, APlaceEndingInAGeographicFeatureIsNoPerson) {
  const Extraction x = ExtractText(
      "The two ministers discussed the denuclearization of the Korean Peninsula and "
      "shipping through the Kerch Strait.");
  EXPECT_TRUE(NamesOf(x, EntityType::kPerson).empty()) << Dump(x);
}

TEST(ReadoutPhrasingTest, NamedPeopleAfterIncludingMeetTheSubject) {
  const Extraction x = ExtractText(
      "Deputy Secretary Laura Benning met today in Lusaka with opposition representatives, "
      "including Chanda Mwale and Peter Banda.");
  EXPECT_TRUE(Has(x, Met("Laura Benning", "Chanda Mwale"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Laura Benning", "Peter Banda"))) << Dump(x);
}

TEST(ReadoutPhrasingTest, AnOrganisationStaysTheSideWhenNobodyAfterIncludingIsNamed) {
  const Extraction x = ExtractText(
      "Ambassador Omar Diallo met with African Development Bank officials, including the "
      "Vice President of the African Development Bank, to discuss food security.");
  EXPECT_TRUE(Has(x, Met("Omar Diallo", "African Development Bank"))) << Dump(x);
}

TEST(ReadoutPhrasingTest, IncludingDoesNotTurnNegotiationsIntoAMeeting) {
  const Extraction x = ExtractText(
      "The Secretary welcomed the negotiations between Armenia and Azerbaijan, including "
      "President Aliyev and Prime Minister Pashinyan's planned meeting with Council "
      "President Charles Michel.");
  EXPECT_TRUE(Relations(x, RelationType::kMetWith).empty()) << Dump(x);
}

TEST(ReadoutPhrasingTest, ATitleAfterABureausNameStartsThePersonsRole) {
  const Extraction x = ExtractText(
      "Bureau of Energy Resources Senior Bureau Official Harry Dunmore and German Ministry "
      "for Economic Affairs and Climate Action State Secretary Anna Keller met in Berlin. "
      "Bureau of Consular Affairs Acting Principal Deputy Assistant Secretary Tom Reyes "
      "joined them.");
  EXPECT_TRUE(Has(x, Represents("Harry Dunmore", "Bureau of Energy Resources"))) << Dump(x);
  EXPECT_TRUE(
      Has(x, Represents("Anna Keller", "German Ministry for Economic Affairs and Climate Action")))
      << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Tom Reyes", "Bureau of Consular Affairs"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Harry Dunmore", "Anna Keller"))) << Dump(x);
}

TEST(ReadoutPhrasingTest, AnInstitutionDoesNotGrowLeftOverANameBeforeAnd) {
  const Extraction x = ExtractText(
      "Kenya's Principal Secretary of Energy Wanjiru Odhiambo and Bureau of Energy Resources "
      "Senior Bureau Official Harry Dunmore led the delegations.");
  EXPECT_TRUE(NamesOf(x, EntityType::kPerson).contains("Wanjiru Odhiambo")) << Dump(x);
  EXPECT_TRUE(NamesOf(x, EntityType::kInstitution).contains("Bureau of Energy Resources"))
      << Dump(x);
}

TEST(ReadoutPhrasingTest, ADateEndsARoleOnlyMention) {
  const Extraction x = ExtractText(
      "President of Zambia Hakainde Hichilema will visit Ghana. It will be the first visit "
      "of the head of state on March 19.");
  const Entity* hichilema = PersonNamed(x, "Hakainde Hichilema");
  ASSERT_NE(hichilema, nullptr) << Dump(x);
  for (const std::string& alias : hichilema->aliases)
    EXPECT_EQ(alias.find("March"), std::string::npos) << alias;
}

TEST(ReadoutPhrasingTest, TheOfficeOfThePresidentIsOneBodyUnderItsThreeNames) {
  const Extraction x = ExtractText(
      "Deputy Head of the Office of the President of Kenya Amos Kariuki met the envoy. "
      "Head of the President's Office Grace Wanjiku joined them. The Office of the President "
      "issued a statement.");
  const Names institutions = NamesOf(x, EntityType::kInstitution);
  EXPECT_EQ(institutions, (Names{"Office of the President of Kenya"})) << Dump(x);
  const Entity* office =
      EntityNamed(x, EntityType::kInstitution, "Office of the President of Kenya");
  ASSERT_NE(office, nullptr);
  EXPECT_TRUE(Contains(office->aliases, "President's Office")) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Grace Wanjiku", "Office of the President of Kenya"))) << Dump(x);
}

TEST(ReadoutPhrasingTest, BodiesOfTwoCountriesUnderOneNameStayApart) {
  const Extraction x = ExtractText(
      "The Ministry of Health of Ghana and the Ministry of Health of Togo signed a "
      "memorandum. The Ministry of Health will publish it.");
  const Names institutions = NamesOf(x, EntityType::kInstitution);
  EXPECT_TRUE(institutions.contains("Ministry of Health of Ghana")) << Dump(x);
  EXPECT_TRUE(institutions.contains("Ministry of Health of Togo")) << Dump(x);
}

TEST(ReadoutPhrasingTest, APersonGivenARoleIsNoLongerFreeForAnotherCountrysRole) {
  const Extraction x = ExtractText(
      "Deputy Head of the Office of the President of Ukraine Ihor Marchuk spoke with an "
      "adviser. He congratulated the coalition government led by Tomas Novak. The Prime "
      "Minister of the Czech Republic was thanked. A meeting between the President of "
      "Ukraine and the Prime Minister of the Czech Republic was agreed.");
  EXPECT_FALSE(Has(x, Represents("Tomas Novak", "Ukraine"))) << Dump(x);
}

TEST(ReadoutPhrasingTest, APeoplesRepublicIsNoPerson) {
  const Extraction x = ExtractText(
      "The President signed the decree recognising the Donetsk People's Republic and the "
      "Lugansk People's Republic.");
  EXPECT_TRUE(NamesOf(x, EntityType::kPerson).empty()) << Dump(x);
}

TEST(ReadoutPhrasingTest, TheSecretaryAndForeignMinisterXAreTwoPeople) {
  const Extraction x = ExtractText(
      "Secretary of State Mark Ellison met today with Ghanaian Foreign Minister Kofi Mensah. "
      "The Secretary and Foreign Minister Mensah discussed trade. The Secretary thanked "
      "Ghana for its support.");
  const Entity* mensah = PersonNamed(x, "Kofi Mensah");
  ASSERT_NE(mensah, nullptr) << Dump(x);
  EXPECT_FALSE(Contains(mensah->aliases, "Secretary")) << Dump(x);
  const Entity* ellison = PersonNamed(x, "Mark Ellison");
  ASSERT_NE(ellison, nullptr) << Dump(x);
  EXPECT_TRUE(Contains(ellison->aliases, "Secretary")) << Dump(x);
}

TEST(ReadoutPhrasingTest, TwoTitlesOfTheNamedPersonStayOne) {
  const Extraction x = ExtractText(
      "Deputy Prime Minister and Minister of Foreign Affairs Ayman Nasser received the "
      "envoy. The Deputy Prime Minister and Foreign Minister Nasser welcomed him.");
  EXPECT_EQ(NamesOf(x, EntityType::kPerson), (Names{"Ayman Nasser"})) << Dump(x);
}

TEST(ReadoutPhrasingTest, CondolencesForVictimsAreNotAddressedToWhereTheyDied) {
  const Extraction x = ExtractText(
      "Secretary of State Mark Ellison spoke today with Greek Foreign Minister Nikos "
      "Andreou. The Secretary expressed his condolences for ethnic Greeks killed in Russia's "
      "assault on the city.");
  EXPECT_FALSE(Has(x, Greets("Mark Ellison", "Russia"))) << Dump(x);
  EXPECT_FALSE(Has(x, Greets("Nikos Andreou", "Russia"))) << Dump(x);
}

TEST(ReadoutPhrasingTest, AMessageForSomeoneIsAddressedToThem) {
  const Extraction x = ExtractText(
      "Foreign Minister Leila Amrani received Comorian envoy Mohamed Abdou bearing a message "
      "for King Hassan.");
  EXPECT_TRUE(Has(x, Greets("Mohamed Abdou", "King Hassan"))) << Dump(x);
}

TEST(ReadoutPhrasingTest, ANameAfterAPortfolioOfOrdinaryWordsKeepsItsFirstName) {
  const Extraction x = ExtractText(
      "Acting Coordinator for the Global Engagement Center Ingrid Bray will travel to "
      "Brussels. Special Coordinator for Middle East Peace Tor Halvorsen will join her. Under "
      "Secretary for Civilian Security, Democracy, and Human Rights Amina Zaki will not.");
  EXPECT_EQ(NamesOf(x, EntityType::kPerson), (Names{"Ingrid Bray", "Tor Halvorsen", "Amina Zaki"}))
      << Dump(x);
}

TEST(ReadoutPhrasingTest, APortfolioOfSeveralWordsIsNotCutAtAnUnknownWord) {
  const Extraction x = ExtractText(
      "Assistant Secretary of State for East Asian and Pacific Affairs Daniel Kemp met Acting "
      "Minister for Civil Defence, Emergencies and Disaster Relief Oleg Petrov.");
  EXPECT_EQ(NamesOf(x, EntityType::kPerson), (Names{"Daniel Kemp", "Oleg Petrov"})) << Dump(x);
}

TEST(ReadoutPhrasingTest, ANameMayRepeatAWordButNotItsLastOne) {
  const Extraction x = ExtractText(
      "Minister Yassin Ibrahim Yassin met Director Boualem Boualem. Later Emmanuel Macron "
      "Macron Emmanuel was printed by mistake.");
  const Names persons = NamesOf(x, EntityType::kPerson);
  EXPECT_TRUE(persons.contains("Yassin Ibrahim Yassin")) << Dump(x);
  EXPECT_TRUE(persons.contains("Boualem Boualem")) << Dump(x);
  EXPECT_FALSE(persons.contains("Emmanuel Macron Macron")) << Dump(x);
}

TEST(ReadoutPhrasingTest, TheMembersOfEachSideMetTheOtherSide) {
  const Extraction x = ExtractText(
      "KUWAIT, May 11 -- Kuwait and Egypt on Monday held a video-conference meeting on "
      "flights. The Kuwaiti side was led by Assistant Foreign Minister Fahad Rashed, with the "
      "participation of Eng. Talal Mutairi, Director of Residency Affairs. The Egyptian side "
      "was led by Assistant Foreign Minister Hisham Zaki.");
  EXPECT_TRUE(Has(x, Met("Fahad Rashed", "Hisham Zaki"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Talal Mutairi", "Hisham Zaki"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Fahad Rashed", "Talal Mutairi"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Talal Mutairi", "Kuwait"))) << Dump(x);
}

TEST(ReadoutPhrasingTest, ASidesAttendeesMeetTheOtherSidesAttendees) {
  const Extraction x = ExtractText(
      "President Omar Hadi received President Ali Sow of Mauritania. The meeting was attended "
      "by Foreign Minister Karim Hadi. From the Mauritanian side, the meeting was attended by "
      "Mohamed Merzoug, Minister of Foreign Affairs.");
  EXPECT_TRUE(Has(x, Met("Karim Hadi", "Mohamed Merzoug"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Omar Hadi", "Mohamed Merzoug"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Ali Sow", "Mohamed Merzoug"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Mohamed Merzoug", "Mauritania"))) << Dump(x);
}

TEST(ReadoutPhrasingTest, ASideSpokenOfWithoutMembersPlacesNobody) {
  const Extraction x = ExtractText(
      "President Oleg Marin said the Armenian side had made proposals, and he discussed them "
      "with President Vahan Sarkisian of Armenia.");
  EXPECT_FALSE(Has(x, Represents("Oleg Marin", "Armenia"))) << Dump(x);
}

TEST(ReadoutPhrasingTest, TheMonthOfADatelineIsNoModal) {
  const Extraction x =
      ExtractText("CAIRO, May 5 - President Omar Karam received Ambassador Lena Dahl of Norway.");
  EXPECT_TRUE(Has(x, Met("Omar Karam", "Lena Dahl"))) << Dump(x);
}

TEST(ReadoutPhrasingTest, TheOneMournedIsNotAnAddressee) {
  const Extraction x = ExtractText(
      "King Fahd Salem sent a cable of condolences to General Idris Mahamat on the death of "
      "President Hassan Mahamat Itno.");
  EXPECT_TRUE(Has(x, Greets("Fahd Salem", "Idris Mahamat"))) << Dump(x);
  EXPECT_FALSE(Has(x, Greets("Fahd Salem", "Hassan Mahamat Itno"))) << Dump(x);
}

TEST(ReadoutPhrasingTest, WishesToAnUnnamedDiplomatGoToNoCountry) {
  const Extraction x = ExtractText(
      "Ambassador Dhari Ajran received the new Ambassador of Burkina Faso. Ajran wished the "
      "Burkinabe diplomat success in his duties.");
  EXPECT_FALSE(Has(x, Greets("Dhari Ajran", "Burkina Faso"))) << Dump(x);
}

TEST(ReadoutPhrasingTest, HeBeforeTheVerbIsTheSentencesSubject) {
  const Extraction x = ExtractText(
      "Prime Minister Abiy Ahmed held a phone conversation with President Ismail Guelleh, "
      "during which he congratulated him on the election.");
  EXPECT_TRUE(Has(x, Greets("Abiy Ahmed", "Ismail Guelleh"))) << Dump(x);
  EXPECT_FALSE(Has(x, Greets("Ismail Guelleh", "Abiy Ahmed"))) << Dump(x);
}

TEST(ReadoutPhrasingTest, AFirstNameThatIsAWordIsKeptRightAfterATitle) {
  const Extraction x = ExtractText(
      "The meeting was attended by the Ambassador of Chad to Sudan, Peter Lual Deng, and by "
      "President Ram Nath Kovind. Minister for Economic Affairs and Climate Action Robert "
      "Habeck and Foreign Minister II Dato Erywan Yusof joined them.");
  const Names persons = NamesOf(x, EntityType::kPerson);
  EXPECT_TRUE(persons.contains("Peter Lual Deng")) << Dump(x);
  EXPECT_TRUE(persons.contains("Ram Nath Kovind")) << Dump(x);
  EXPECT_TRUE(persons.contains("Robert Habeck")) << Dump(x);
  // (the numeral ends the title, and the honorific is no part of the name)
  EXPECT_TRUE(persons.contains("Erywan Yusof")) << Dump(x);
}

TEST(ReadoutPhrasingTest, DefenceForcesVenuesAndSecondPortfolios) {
  const Extraction x = ExtractText(
      "Chief of Staff of the Rwanda Defence Force General Jean Kazura received the Speaker of "
      "the House of Representatives, Rep. Tunde Bello, at the National Assembly Complex. "
      "Undersecretary of the Ministry of Foreign Affairs for Political Affairs Khalifa Harthy "
      "discussed the Association Agreement.");
  const Names institutions = NamesOf(x, EntityType::kInstitution);
  EXPECT_TRUE(institutions.contains("Rwanda Defence Force")) << Dump(x);
  EXPECT_TRUE(institutions.contains("Ministry of Foreign Affairs")) << Dump(x);
  EXPECT_FALSE(institutions.contains("National Assembly Complex")) << Dump(x);
  EXPECT_FALSE(institutions.contains("Association Agreement")) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Tunde Bello", "House of Representatives"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Khalifa Harthy", "Ministry of Foreign Affairs"))) << Dump(x);
}

TEST(ReadoutPhrasingTest, AnAcronymInParenthesesDoesNotCutARole) {
  const Extraction x = ExtractText(
      "Chief of Staff of the Kenya Defence Force (KDF) Lieutenant General Omar Saqr received "
      "Central Bank of Tunisia (BCT) Governor Marouane Abbassi.");
  EXPECT_TRUE(Has(x, Represents("Omar Saqr", "Kenya Defence Force"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Marouane Abbassi", "Central Bank of Tunisia"))) << Dump(x);
}

TEST(ReadoutPhrasingTest, EnvoysPresentingLettersOfCredenceMetTheHostOneByOne) {
  const Extraction x = ExtractText(
      "President Kwame Boateng on Thursday received Letters of Credence from four newly "
      "accredited Heads of Mission. They were the Ambassador of Peru, Luis Salazar; and the "
      "High Commissioner of Kenya, Dr. Jane Wambui.");
  EXPECT_TRUE(Has(x, Met("Kwame Boateng", "Luis Salazar"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Kwame Boateng", "Jane Wambui"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Luis Salazar", "Jane Wambui"))) << Dump(x);
}

TEST(ReadoutPhrasingTest, TwoSidesInOneSentenceAndAMessageHandedOnToo) {
  const Extraction x = ExtractText(
      "Muscat, Oct 4 --- Oman and Tanzania held a session of official talks in Muscat today. "
      "The Omani side was chaired by Sayyid Badr Albusaidi, Minister of Foreign Affairs, "
      "while the Tanzanian side was chaired by Ambassador Rehema Kombo, Minister of Foreign "
      "Affairs. The Tanzanian minister conveyed to Sayyid Badr the greetings of President "
      "Samia Hassan and handed him a written message from President Samia to His Majesty "
      "Sultan Haitham bin Tarik.");
  EXPECT_TRUE(Has(x, Represents("Rehema Kombo", "Tanzania"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Rehema Kombo", "Oman"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Badr Albusaidi", "Rehema Kombo"))) << Dump(x);
  EXPECT_TRUE(Has(x, Greets("Rehema Kombo", "Badr Albusaidi", "Samia Hassan"))) << Dump(x);
  EXPECT_TRUE(Has(x, Greets("Rehema Kombo", "Haitham bin Tarik", "Samia Hassan"))) << Dump(x);
  // the message was handed to Badr, not to its sender
  EXPECT_FALSE(Has(x, Met("Rehema Kombo", "Samia Hassan"))) << Dump(x);
}

TEST(ReadoutPhrasingTest, AMeetingTodayWithSomeone) {
  const Extraction x = ExtractText(
      "The message was received by Minister of State Khalid Khulaifi during his meeting today "
      "with Foreign Minister Vincent Biruta of Rwanda.");
  EXPECT_TRUE(Has(x, Met("Khalid Khulaifi", "Vincent Biruta"))) << Dump(x);
}

TEST(ReadoutPhrasingTest, TheNameAfterAnEnvoysRoleIsThePrincipalNotAGuest) {
  const Extraction x = ExtractText(
      "President Omar Salem received a Malian delegation led by the Minister of "
      "Reconciliation, Colonel Ahmed Hamati, special envoy of the President of the "
      "Transition of Mali, Colonel Assimi Goita.");
  EXPECT_TRUE(Has(x, Met("Omar Salem", "Ahmed Hamati"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Omar Salem", "Assimi Goita"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Ahmed Hamati", "Assimi Goita"))) << Dump(x);
}

TEST(ReadoutPhrasingTest, AMessageCarriedByAnEnvoyIsTheEnvoysGreetingOnly) {
  const Extraction x = BundledExtractor().Extract(MakeReport(
      "Malik Nour receives verbal message from President Salva Deng",
      "Deputy Chairman Malik Nour received on Monday the Special Envoy of President Salva "
      "Deng, Gabriel Akuei, who delivered to him a verbal message from President Salva Deng."));
  EXPECT_TRUE(Has(x, Greets("Gabriel Akuei", "Malik Nour", "Salva Deng"))) << Dump(x);
  EXPECT_FALSE(Has(x, Greets("Salva Deng", "Malik Nour"))) << Dump(x);
}

TEST(ReadoutPhrasingTest, TwoTitlesJoinedPastAnAcronym) {
  const Extraction x = ExtractText(
      "President Omar Salem received the President of the Republic of Chad (ROC) and "
      "Chairman of the Transitional Council, Idris Mahamat, at the palace.");
  EXPECT_TRUE(Has(x, Met("Omar Salem", "Idris Mahamat"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Idris Mahamat", "Chad"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Omar Salem", "Chad"))) << Dump(x);
}

TEST(ReadoutPhrasingTest, TheHeadlinesDelegationIsThePersonTheBodyNames) {
  const Extraction x = BundledExtractor().Extract(MakeReport(
      "Andriy Melnyk met with the parliamentary delegation of the Republic of Korea",
      "Head of the Office of the President Andriy Melnyk met with the parliamentary "
      "delegation of the Republic of Korea headed by Leader of the ruling party Park Min-ho. "
      "President Ivan Petrenko, leaders of the EU member states and others will attend."));
  EXPECT_TRUE(Has(x, Met("Andriy Melnyk", "Park Min-ho"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Andriy Melnyk", "South Korea"))) << Dump(x);
  const Entity* petrenko = PersonNamed(x, "Ivan Petrenko");
  ASSERT_NE(petrenko, nullptr) << Dump(x);
  for (const std::string& role : petrenko->roles)
    EXPECT_EQ(role.find("leaders"), std::string::npos);
}

TEST(ReadoutPhrasingTest, TalksAsTheAimOfAnUrgingAreNoMeeting) {
  const Extraction x = ExtractText(
      "The Secretary urged Foreign Secretary Anne Whitfield to continue good faith "
      "negotiations with the EU. Volker also worked to arrange a meeting between Ivan "
      "Petrenko and Mark Dalton. Envoy Tom West led a delegation to Doha to continue "
      "discussions with Taliban representatives.");
  EXPECT_FALSE(Has(x, Met("Anne Whitfield", "European Union"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Ivan Petrenko", "Mark Dalton"))) << Dump(x);
}

TEST(ReadoutPhrasingTest, VenuesEventsAndRegionsInPortfolios) {
  const Extraction x = ExtractText(
      "Deputy Secretary Wendy Sherman met with UK Minister of State for Middle East, North "
      "Africa, and North America James Cleverly at the Algiers International Fair and the "
      "Choijin Lama Temple Museum.");
  EXPECT_EQ(NamesOf(x, EntityType::kPerson), (Names{"Wendy Sherman", "James Cleverly"})) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("James Cleverly", "United Kingdom"))) << Dump(x);
}

TEST(ReadoutPhrasingTest, AModifierWordInsideAPortfolio) {
  const Extraction x = ExtractText(
      "The ceremony was attended by the Minister for Foreign Affairs and Regional "
      "Integration, Shirley Botchwey.");
  EXPECT_EQ(NamesOf(x, EntityType::kPerson), (Names{"Shirley Botchwey"})) << Dump(x);
  const Entity* botchwey = PersonNamed(x, "Shirley Botchwey");
  ASSERT_NE(botchwey, nullptr);
  EXPECT_TRUE(Contains(botchwey->roles, "Minister for Foreign Affairs and Regional Integration"))
      << Dump(x);
}

TEST(ReadoutPhrasingTest, AttendingTheMeetingWere) {
  const Extraction x = ExtractText(
      "Amman, June 14 -- King Abdullah II received Speaker of the Libyan House of "
      "Representatives Aguila Saleh. Attending the meeting were Chief of the Royal Hashemite "
      "Court Yousef Issawi and Foreign Minister Ayman Safadi.");
  EXPECT_TRUE(Has(x, Met("Aguila Saleh", "Yousef Issawi"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Aguila Saleh", "Ayman Safadi"))) << Dump(x);
}

TEST(ReadoutPhrasingTest, TheSidesOfExpandedTalksWithAHostAndAGuest) {
  const Extraction x = ExtractText(
      "Egyptian President Omar Karam received the Chairman of the Sovereignty Council of "
      "Sudan, General Hamid Burhan. The two presidents held expanded talks. The Egyptian side "
      "included Prime "
      "Minister Mostafa Nour, while the Sudanese side included Defence Minister Yassin Ali.");
  EXPECT_TRUE(Has(x, Met("Mostafa Nour", "Yassin Ali"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Omar Karam", "Yassin Ali"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Hamid Burhan", "Mostafa Nour"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Omar Karam", "Mostafa Nour"))) << Dump(x);
}

TEST(ReadoutPhrasingTest, AVisitingDelegationItsHeadAndItsCompanions) {
  const Extraction x = ExtractText(
      "General Ali Kazura on Tuesday received a delegation from the Armed Forces of Mozambique "
      "(FADM) led by their Chief of General Staff, Lt Gen Tomas Chauque. The visiting "
      "delegation was accompanied by Ambassador Celmira da Silva. Later in the day, the "
      "delegation paid a courtesy call on the Minister of Defence, Albert Murasira. Minister "
      "Abebe Tola held a virtual discussion today with Executive Secretary Workneh Gebeyehu.");
  EXPECT_TRUE(Has(x, Met("Ali Kazura", "Tomas Chauque"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Ali Kazura", "Celmira da Silva"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Tomas Chauque", "Albert Murasira"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Abebe Tola", "Workneh Gebeyehu"))) << Dump(x);
}

TEST(ReadoutPhrasingTest, TitlesListedAfterANameAreAllItsOwn) {
  const Extraction x = ExtractText(
      "The meeting was attended by Sheikh Mansour Al Nahyan, Vice President, Deputy Prime "
      "Minister and Minister of the Presidential Court; and Colonel Ahmed Hamati, special "
      "envoy of the President of Mali, Colonel Assimi Goita.");
  EXPECT_TRUE(Has(x, Represents("Mansour Al Nahyan", "Presidential Court"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Ahmed Hamati", "Assimi Goita"))) << Dump(x);
}

TEST(ReadoutPhrasingTest, AHeadlineMeetingWithoutItsSubject) {
  const Extraction x = BundledExtractor().Extract(MakeReport(
      "Working meeting with Amur Region Governor Pavel Orlov",
      "Pavel Orlov reported to the President on the region. At the beginning of the meeting "
      "Vladimir Tarasov noted that the situation was satisfactory. Vladimir Tarasov asked "
      "about the Trans-Siberian Railway and the Vostochny Cosmodrome."));
  EXPECT_TRUE(Has(x, Met("Vladimir Tarasov", "Pavel Orlov"))) << Dump(x);
  EXPECT_EQ(NamesOf(x, EntityType::kPerson), (Names{"Pavel Orlov", "Vladimir Tarasov"})) << Dump(x);
}

TEST(ReadoutPhrasingTest, APortfolioWordThatOpensTheTitleEndsTheBody) {
  const Extraction x = ExtractText(
      "Deputy Secretary Sherman spoke with Australia Department of Foreign Affairs and Trade "
      "Secretary Jan Adams.");
  EXPECT_TRUE(NamesOf(x, EntityType::kInstitution)
                  .contains("Australia Department of Foreign Affairs and Trade"))
      << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Jan Adams", "Australia Department of Foreign Affairs and Trade")))
      << Dump(x);
}

TEST(ReadoutPhrasingTest, ThePresidentElectIsThePresidentOfTheReport) {
  const Extraction x = ExtractText(
      "Sultan Haitham bin Tarik made a phone call to Dr. Masoud Rahimi, in which he "
      "congratulated him on his election as President of the Islamic Republic of Iran. For "
      "his part, the Iranian President-elect expressed his thanks to the Sultan and wished "
      "him good health.");
  EXPECT_TRUE(Has(x, Greets("Haitham bin Tarik", "Masoud Rahimi"))) << Dump(x);
  EXPECT_TRUE(Has(x, Greets("Masoud Rahimi", "Haitham bin Tarik"))) << Dump(x);
}

TEST(ReadoutPhrasingTest, EntrustedWithGreetingsAndASurnameBeforeAGivenName) {
  const Extraction x = ExtractText(
      "President Mahmoud Abbas received the Director of Egypt's General Intelligence Service, "
      "Major General Abbas Kamel. Kamel conveyed to President Abbas the greetings of President "
      "Omar Karam. In turn, President Abbas entrusted him with his greetings to President "
      "Omar Karam.");
  EXPECT_TRUE(Has(x, Greets("Abbas Kamel", "Mahmoud Abbas", "Omar Karam"))) << Dump(x);
  EXPECT_TRUE(Has(x, Greets("Abbas Kamel", "Omar Karam", "Mahmoud Abbas"))) << Dump(x);
}

TEST(ReadoutPhrasingTest, APersonRepresentsTheStateTheReportTiesHimToMostOften) {
  const Extraction x = ExtractText(
      "Trilateral talks were held in Sochi between the President of the Russian Federation, "
      "President of the Republic of Azerbaijan Ilham Aliyev and Prime Minister of the Republic "
      "of Armenia Nikol Pashinyan. Azerbaijani President Ilham Aliyev thanked the hosts.");
  EXPECT_TRUE(Has(x, Represents("Ilham Aliyev", "Azerbaijan"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Ilham Aliyev", "Russia"))) << Dump(x);
}

TEST(ReadoutPhrasingTest, AHeadlinesEnvoyIsMetNotHisPrincipal) {
  const Extraction x = BundledExtractor().Extract(MakeReport(
      "Zambian president meets special envoy of Chinese President Li Wei",
      "Zambian President Hakainde Hichilema on Tuesday met with Liu Jianming, special envoy of "
      "Chinese President Li Wei."));
  EXPECT_TRUE(Has(x, Met("Hakainde Hichilema", "Liu Jianming"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Hakainde Hichilema", "Li Wei"))) << Dump(x);
}

TEST(ReadoutPhrasingTest, EachClauseTellsWhoWasPresentInIt) {
  const Extraction x = ExtractText(
      "ADDIS ABABA — Prime Minister Abiy Ahmed received Somali President Hassan Mohamud. The "
      "talks were attended by Foreign Minister Gedion Timothewos, while the Somali President "
      "was accompanied by Foreign Minister Ahmed Fiqi.");
  EXPECT_TRUE(Has(x, Met("Hassan Mohamud", "Gedion Timothewos"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Hassan Mohamud", "Ahmed Fiqi"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Abiy Ahmed", "Ahmed Fiqi"))) << Dump(x);
}

TEST(ReadoutPhrasingTest, TalksAtAPlaceWithSomeoneAndABodyOfAState) {
  const Extraction x = ExtractText(
      "General Ali Warsame on Saturday held talks at the army headquarters with General Moses "
      "Kisembo of Uganda. Earlier in the week, Warsame met a delegation from Egypt's Ministry "
      "of Defence.");
  EXPECT_TRUE(Has(x, Met("Ali Warsame", "Moses Kisembo"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Ali Warsame", "Ministry of Defence"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Ali Warsame", "Egypt"))) << Dump(x);
}

TEST(ReadoutPhrasingTest, AnInternationalOfficialPresentMeetsBothSides) {
  const Extraction x = ExtractText(
      "ABU DHABI — Minister Ahmed Mansouri on Sunday received Sudan's Minister of Cabinet "
      "Affairs, Hashim Babiker. Ambassador Amina Sesay, Special Representative of the "
      "Chairperson of the African Union Commission, also took part in the meeting.");
  EXPECT_TRUE(Has(x, Met("Amina Sesay", "Ahmed Mansouri"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Amina Sesay", "Hashim Babiker"))) << Dump(x);
}

TEST(ReadoutPhrasingTest, ACompoundSurnameAfterTheFullName) {
  const Extraction x = ExtractText(
      "Defence Minister Faisal Sabah received Chief of Staff Lt. Gen. Hesham Mostafa Abdel "
      "Kader. Lt. Gen. Abdel Kader conveyed to Sheikh Faisal the greetings of General Mohamed "
      "Zaki.");
  EXPECT_TRUE(Has(x, Greets("Hesham Mostafa Abdel Kader", "Faisal Sabah", "Mohamed Zaki")))
      << Dump(x);
  EXPECT_FALSE(NamesOf(x, EntityType::kPerson).contains("Abdel Kader")) << Dump(x);
}

TEST(ReadoutPhrasingTest, APlaceRightAfterOfAndAPossessorOfGreetings) {
  const Extraction x = BundledExtractor().Extract(MakeReport(
      "Secretary of State Sami Ammar offers Tunisia's condolences at Libyan embassy",
      "Vladimir Petrov met with Head of Chechnya Ramzan Kadyrov and with Governor of St "
      "Petersburg Alexander Beglov. Minister of Amiri Diwan Affairs Sheikh Mohammad Sabah "
      "attended."));
  const Names persons = NamesOf(x, EntityType::kPerson);
  EXPECT_TRUE(persons.contains("Ramzan Kadyrov")) << Dump(x);
  EXPECT_TRUE(persons.contains("Mohammad Sabah")) << Dump(x);
  EXPECT_FALSE(Has(x, Greets("Sami Ammar", "Tunisia"))) << Dump(x);
}

TEST(ReadoutPhrasingTest, DelegationsAsSides) {
  const Extraction x = ExtractText(
      "ABU DHABI — Assistant Minister Hessa Suwaidi on Wednesday received a delegation from "
      "the Republic of Ghana led by Deputy Minister Kwabena Mensah. The Ghanaian delegation "
      "included Ghana Investment Promotion Centre chief Akosua Boateng.");
  EXPECT_TRUE(Has(x, Met("Hessa Suwaidi", "Kwabena Mensah"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Hessa Suwaidi", "Akosua Boateng"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Akosua Boateng", "Ghana"))) << Dump(x);
}

TEST(ReadoutPhrasingTest, ALeaderBeforeTheDelegationHeLed) {
  const Extraction x = ExtractText(
      "Senior delegations of the United States and Thailand met virtually on May 21. "
      "Deputy Secretary Atul Kapoor led the U.S. delegation, and Permanent Secretary Thani "
      "Thongphakdi led the Thai delegation.");
  EXPECT_TRUE(Has(x, Represents("Atul Kapoor", "United States"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Thani Thongphakdi", "Thailand"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Thani Thongphakdi", "United States"))) << Dump(x);
}

TEST(ReadoutPhrasingTest, AStatesDelegationReceivedAndItsLaterCall) {
  const Extraction x = ExtractText(
      "HARARE — Mines Minister Tapiwa Chinyoka on Tuesday received an official delegation from "
      "the Kingdom of Saudi Arabia. The delegation later paid a courtesy call on President "
      "Emmerson Mnangagwa. Separately, President Mnangagwa received an IMF delegation at Villa "
      "Somalia.");
  EXPECT_TRUE(Has(x, Met("Tapiwa Chinyoka", "Saudi Arabia"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Emmerson Mnangagwa", "Saudi Arabia"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Emmerson Mnangagwa", "Somalia"))) << Dump(x);
}

TEST(ReadoutPhrasingTest, ABriefForAStateBeforeASecondTitleIsNoAffiliation) {
  const Extraction x = ExtractText(
      "U.S. Special Representative for the DPRK Ambassador Lena Ortiz will travel to Seoul "
      "to meet Republic of Korea Special Representative Park Min-jae.");
  EXPECT_TRUE(Has(x, Represents("Lena Ortiz", "United States"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Lena Ortiz", "North Korea"))) << Dump(x);
}

TEST(ReadoutPhrasingTest, AGreetingsAddresseeAfterToIsAPerson) {
  const Extraction x = ExtractText(
      "Andrei Volkov sent his congratulations to Erzsebet Kovacs on her election as "
      "President of Hungary. The President of Russia wished her success.");
  EXPECT_TRUE(Has(x, Greets("Andrei Volkov", "Erzsebet Kovacs"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Erzsebet Kovacs", "Hungary"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Andrei Volkov", "Hungary"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Andrei Volkov", "Russia"))) << Dump(x);
}

TEST(ReadoutPhrasingTest, AnOfficeSomeoneWasElectedToIsTheirs) {
  // and nobody's when the one elected is named nowhere the extraction keeps
  const Extraction x = ExtractText(
      "Andrei Volkov congratulated the winner of the elections of President of the "
      "Republic of Chile. The President of Russia hoped for closer ties.");
  EXPECT_FALSE(Has(x, Represents("Andrei Volkov", "Chile"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Andrei Volkov", "Russia"))) << Dump(x);
}

TEST(ReadoutPhrasingTest, ARoleTiedToOneStateDoesNotReferToTheHolderOfAnothers) {
  const Extraction x = BundledExtractor().Extract(MakeReport(
      "Congratulations to Marc Delorme on his re-election as President of France",
      "Andrei Volkov sent Marc Delorme a message of congratulations on his re-election as "
      "President of the French Republic. \"I wish you every success,\" the Russian "
      "President wrote in his message."));
  EXPECT_TRUE(Has(x, Represents("Marc Delorme", "France"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Andrei Volkov", "Russia"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Marc Delorme", "Russia"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Andrei Volkov", "France"))) << Dump(x);
}

TEST(ReadoutPhrasingTest, TheMembersOfABodyNamedAsPresentAreTheOtherSide) {
  const Extraction x = ExtractText(
      "President Andrei Volkov held a videoconference meeting with permanent members of the "
      "Security Council. Taking part in the meeting were Prime Minister Pavel Orlov, "
      "Foreign Minister Igor Lebedev and Defence Minister Oleg Sokolov.");
  for (const char* member : {"Pavel Orlov", "Igor Lebedev", "Oleg Sokolov"})
    EXPECT_TRUE(Has(x, Met("Andrei Volkov", member))) << member << Dump(x);
  EXPECT_FALSE(Has(x, Met("Andrei Volkov", "Security Council"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Pavel Orlov", "Igor Lebedev"))) << Dump(x);
}

TEST(ReadoutPhrasingTest, TheBodiesASideNamesAreItsStates) {
  const Extraction x = ExtractText(
      "The Vietnamese delegation, led by Nguyen Van Binh, included representatives from the "
      "Ministry of Justice, the Ministry of Public Security and the United Nations. The "
      "Austrian side welcomed the participation of the Austrian side in the summit of the "
      "Danube Platform.");
  EXPECT_TRUE(Has(x, Represents("Ministry of Justice", "Vietnam"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Ministry of Public Security", "Vietnam"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("United Nations", "Vietnam"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Danube Platform", "Austria"))) << Dump(x);
}

TEST(ReadoutPhrasingTest, ThoseAttendingAMeetingOfNoOneNamedMeetEachOther) {
  const Extraction x = ExtractText(
      "Later on Tuesday Prime Minister Nikos Pappas met with President Tom Walker. Last "
      "Thursday, the delegations of Cyprus, Greece and Israel had met for their trilateral "
      "summit. The meeting was attended by Israeli prime minister Avi Levi, Greek prime "
      "minister Nikos Pappas and Cypriot president Andreas Georgiou.");
  EXPECT_TRUE(Has(x, Met("Nikos Pappas", "Tom Walker"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Avi Levi", "Andreas Georgiou"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Avi Levi", "Nikos Pappas"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Tom Walker", "Avi Levi"))) << Dump(x);
}

TEST(ReadoutPhrasingTest, AThingHostedOrWelcomedIsNoMeeting) {
  const Extraction x = ExtractText(
      "Deputy Secretary Ann Porter congratulated Secretary Chris Wood on a successful forum "
      "hosted by New Zealand Prime Minister Jane Reid. President Oleh Bondar welcomed the "
      "comment of President of the United States Frank Miller.");
  EXPECT_FALSE(Has(x, Met("Chris Wood", "Jane Reid"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Oleh Bondar", "Frank Miller"))) << Dump(x);
  const Extraction y = ExtractText(
      "Ambassador Lena Ortiz participated in a trilateral meeting hosted by Special "
      "Representative Park Min-jae.");
  EXPECT_TRUE(Has(y, Met("Lena Ortiz", "Park Min-jae"))) << Dump(y);
}

TEST(ReadoutPhrasingTest, StatementsFollowingTheTalksOfTwoStates) {
  const Extraction x = ExtractText(
      "Andrei Volkov and President of Azerbaijan Elnur Guliyev made statements for the press "
      "following Russian-Azerbaijani talks.");
  EXPECT_TRUE(Has(x, Met("Andrei Volkov", "Elnur Guliyev"))) << Dump(x);
}

TEST(ReadoutPhrasingTest, ABodyAfterTheBodyItBelongsToIsOfIt) {
  const Extraction x = ExtractText(
      "Under Secretary Maria Lopez will be joined by the Department of State Office of Global "
      "Criminal Justice Ambassador-at-Large Helen Brandt and Department of Justice Counselor "
      "for War Crimes Accountability Samuel Ortega.");
  EXPECT_TRUE(Has(x, Represents("Helen Brandt", "Office of Global Criminal Justice"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Office of Global Criminal Justice", "Department of State")))
      << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Samuel Ortega", "Department of Justice"))) << Dump(x);
}

TEST(ReadoutPhrasingTest, ATitlesPortfolioKeepsTheSubjectsTogether) {
  const Extraction x = ExtractText(
      "Secretary of State Tom Hale, and Department of State Under Secretary for Political "
      "Affairs Greta Lindqvist met with Bulgarian Prime Minister Ivan Petrov.");
  EXPECT_TRUE(Has(x, Met("Tom Hale", "Ivan Petrov"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Greta Lindqvist", "Ivan Petrov"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Greta Lindqvist", "Department of State"))) << Dump(x);
}

TEST(ReadoutPhrasingTest, CondolencesInACallWithNoAddresseeGoToTheOtherPrincipal) {
  const Extraction x = BundledExtractor().Extract(MakeReport(
      "Secretary Hale's Call with Azerbaijani President Guliyev",
      "Secretary of State Tom Hale spoke with Azerbaijani President Elnur Guliyev. The "
      "Secretary offered his condolences for the tragic gas explosion in Baku."));
  EXPECT_TRUE(Has(x, Greets("Tom Hale", "Elnur Guliyev"))) << Dump(x);
  const Extraction y = BundledExtractor().Extract(MakeReport(
      "Secretary Hale's Call with Armenian Prime Minister Sarkisyan",
      "Secretary of State Tom Hale spoke with Armenian Prime Minister Aram Sarkisyan. The "
      "Secretary offered congratulations to the people of Armenia on the elections."));
  EXPECT_FALSE(Has(y, Greets("Tom Hale", "Aram Sarkisyan"))) << Dump(y);
}

TEST(ReadoutPhrasingTest, SubjectsWhoMetVirtuallyWithOthersDidNotMeetEachOther) {
  const Extraction x = ExtractText(
      "Deputy Secretary Ann Porter, Assistant Secretary for Western Hemisphere Affairs Carl "
      "Nystrom, and Assistant Secretary for International Narcotics Todd Whitaker met "
      "virtually with senior Haitian government officials during a meeting hosted by the "
      "Government of Suriname. Counselor Lee Ortmann and Under Secretary Jose Ferrante met "
      "with the Bulgarian delegation.");
  EXPECT_FALSE(Has(x, Met("Ann Porter", "Carl Nystrom"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Carl Nystrom", "Todd Whitaker"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Lee Ortmann", "Jose Ferrante"))) << Dump(x);
}

TEST(ReadoutPhrasingTest, ABodysTitleWithAPortfolioBeforeTheName) {
  const Extraction x = ExtractText(
      "Special Representative Lena Ortiz and Japanese Ministry of Foreign Affairs Director "
      "General for Asian and Oceanian Affairs Tanaka Hiroshi participated in a trilateral "
      "meeting hosted by Special Representative Park Min-jae.");
  EXPECT_TRUE(Has(x, Represents("Tanaka Hiroshi", "Japanese Ministry of Foreign Affairs")))
      << Dump(x);
  EXPECT_TRUE(Has(x, Met("Lena Ortiz", "Park Min-jae"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Tanaka Hiroshi", "Park Min-jae"))) << Dump(x);
}

TEST(ReadoutPhrasingTest, ThePresidentOfAnUnlistedPlaceIsNotThePresidentOfRussia) {
  const Extraction x = ExtractText(
      "Andrei Volkov extended his greetings to President of the Republic of Novoria Arkady "
      "Belov. The President of Russia expressed confidence in their cooperation. The "
      "President of Russia sent his greetings to President of Armenia Aram Sarkisyan.");
  EXPECT_FALSE(Has(x, Represents("Arkady Belov", "Russia"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Andrei Volkov", "Russia"))) << Dump(x);
  EXPECT_TRUE(Has(x, Greets("Andrei Volkov", "Aram Sarkisyan"))) << Dump(x);
}

TEST(ReadoutPhrasingTest, ACountryAdjectiveCoversTheSecondTitleOfACoordination) {
  const Extraction x = ExtractText(
      "The meeting was attended by Israeli prime minister Avi Cohen and energy minister Dan "
      "Levi, and Greek prime minister Nikos Pappas and Minister of Energy Eleni Kosta. Later "
      "Secretary Brown met with Tunisian State Secretary Ali Nafti and Diplomatic Advisor to "
      "Prime Minister Karim Bouzid, Elyes Gharbi.");
  EXPECT_TRUE(Has(x, Represents("Dan Levi", "Israel"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Eleni Kosta", "Greece"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Avi Cohen", "Dan Levi"))) << Dump(x);
  // (a title that serves someone is parsed on its own)
  EXPECT_TRUE(Has(x, Represents("Elyes Gharbi", "Karim Bouzid"))) << Dump(x);
}

TEST(ReadoutPhrasingTest, AStateHasOnePresidentSoTheSecondIsNotItsToo) {
  const Extraction x = ExtractText(
      "Visiting Somali President Hassan Mohamud and President William Ruto on Monday held "
      "bilateral talks at State House, Nairobi. The Under Secretary met Honduran Minister of "
      "Health Jose Matheu and Minister of Economic Development Pedro Barquero.");
  EXPECT_TRUE(Has(x, Represents("Hassan Mohamud", "Somalia"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("William Ruto", "Somalia"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Pedro Barquero", "Honduras"))) << Dump(x);
}

TEST(ReadoutPhrasingTest, APortfolioOfRelationsWithOthersIsAllTitle) {
  const Extraction x = ExtractText(
      "While in Moscow, he met with Special Presidential Representative for Relations with "
      "International Organizations Chubais and Deputy Prime Minister Chernyshenko.");
  EXPECT_NE(PersonNamed(x, "Chubais"), nullptr) << Dump(x);
  EXPECT_EQ(PersonNamed(x, "Organizations Chubais"), nullptr) << Dump(x);
}

TEST(ReadoutPhrasingTest, TheMeetingOfOneWithAnotherIsAMeeting) {
  const Extraction x = ExtractText(
      "He praised the results of the meeting of President of Ukraine Volodymyr Zelenskyy with "
      "Prime Minister of the Hellenic Republic Kyriakos Mitsotakis, which took place in "
      "Glasgow.");
  EXPECT_TRUE(Has(x, Met("Volodymyr Zelenskyy", "Kyriakos Mitsotakis"))) << Dump(x);
  const Extraction planned = ExtractText(
      "The upcoming meeting of President Joe Biden with President Xi Jinping will take place "
      "in Bali.");
  EXPECT_FALSE(Has(planned, Met("Joe Biden", "Xi Jinping"))) << Dump(planned);
}

TEST(ReadoutPhrasingTest, TheLeaderOfAStateIsWhoeverLeadsIt) {
  const Extraction x = ExtractText(
      "Vladimir Putin had a telephone conversation with President of Serbia Aleksandar Vucic. "
      "Vladimir Putin congratulated the Serbian leader on his victory in the election.");
  EXPECT_TRUE(Has(x, Greets("Vladimir Putin", "Aleksandar Vucic"))) << Dump(x);
  const Extraction of = ExtractText(
      "President Andrzej Duda spoke with President Volodymyr Zelenskyy of Ukraine. The "
      "President of Ukraine congratulated the leader of Poland on Constitution Day.");
  EXPECT_TRUE(Has(of, Greets("Volodymyr Zelenskyy", "Andrzej Duda"))) << Dump(of);
}

TEST(ReadoutPhrasingTest, ThoseListedAsTakingPartMetTheChairOrEachOtherAtASummit) {
  const Extraction chaired = ExtractText(
      "Vladimir Putin chaired a meeting with members of the Government via videoconference. "
      "Taking part in the meeting were Prime Minister Mikhail Mishustin and Deputy Prime "
      "Minister Yury Borisov.");
  EXPECT_TRUE(Has(chaired, Met("Vladimir Putin", "Mikhail Mishustin"))) << Dump(chaired);
  EXPECT_TRUE(Has(chaired, Met("Vladimir Putin", "Yury Borisov"))) << Dump(chaired);
  EXPECT_FALSE(Has(chaired, Met("Mikhail Mishustin", "Yury Borisov"))) << Dump(chaired);
  const Extraction summit = ExtractText(
      "Vladimir Putin took part in the 14th BRICS Summit, held via videoconference. President "
      "of Brazil Jair Bolsonaro and Prime Minister of India Narendra Modi are also taking part "
      "in the meeting.");
  EXPECT_TRUE(Has(summit, Met("Vladimir Putin", "Narendra Modi"))) << Dump(summit);
  EXPECT_TRUE(Has(summit, Met("Jair Bolsonaro", "Narendra Modi"))) << Dump(summit);
}

TEST(ReadoutPhrasingTest, ABodyNamedAfterASeaIsNotTheStates) {
  const Extraction x = ExtractText(
      "India and Iceland support the Indian Ocean Rim Association and the Icelandic Coast "
      "Guard.");
  EXPECT_FALSE(Has(x, Represents("Indian Ocean Rim Association", "India"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Icelandic Coast Guard", "Iceland"))) << Dump(x);
}

TEST(ReadoutPhrasingTest, ThoseWhoSignedADocumentTogetherMet) {
  const Extraction x = ExtractText(
      "Deputy Prime Minister of Ukraine Iryna Vereshchuk and Minister of Economy of Azerbaijan "
      "Mikayil Jabbarov signed a Memorandum of Understanding on trade.");
  EXPECT_TRUE(Has(x, Met("Iryna Vereshchuk", "Mikayil Jabbarov"))) << Dump(x);
  const Extraction planned = ExtractText(
      "Minister Ali Karim of Chad and Minister Omar Said of Niger will sign a memorandum. "
      "Minister Ali Karim and Minister Omar Said signed the guest book in 2019 alone.");
  EXPECT_FALSE(Has(planned, Met("Ali Karim", "Omar Said"))) << Dump(planned);
}

TEST(ReadoutPhrasingTest, OfficialsMetAtAStopAreOfItsCountry) {
  const Extraction x = ExtractText(
      "Under Secretary Jane Porter will travel to Ghana and Malawi from May 3 to 9. In Malawi, "
      "the Under Secretary will meet with President Peter Banda and Foreign Minister Ruth "
      "Chirwa. In Ghana, she will meet with civil society leaders.");
  EXPECT_TRUE(Has(x, Represents("Peter Banda", "Malawi"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Ruth Chirwa", "Malawi"))) << Dump(x);
  // the visitor, before the verb, is not the stop's
  EXPECT_FALSE(Has(x, Represents("Jane Porter", "Malawi"))) << Dump(x);
  // a city is no scene: whom a visitor meets there may be a guest from elsewhere
  const Extraction city = ExtractText(
      "Secretary Jane Porter will travel to Morocco. While in Rabat, the Secretary will also "
      "meet Prime Minister Karim Haddad to discuss regional security.");
  EXPECT_FALSE(Has(city, Represents("Karim Haddad", "Morocco"))) << Dump(city);
}

TEST(ReadoutPhrasingTest, AGovernmentsOwnReleasePlacesItsEnvoysAtHome) {
  Report report = MakeReport(
      "Under Secretary Porter's Travel to Malawi",
      "Under Secretary for Economic Growth Jane Porter will travel to Malawi to discuss "
      "United States investment with the Malawian government.");
  report.source = "https://www.state.gov/under-secretary-porters-travel-to-malawi/";
  const Extraction x = BundledExtractor().Extract(report);
  EXPECT_TRUE(Has(x, Represents("Jane Porter", "United States"))) << Dump(x);
  // published by no one known: the title alone names no state
  report.source.clear();
  const Extraction unknown = BundledExtractor().Extract(report);
  EXPECT_FALSE(Has(unknown, Represents("Jane Porter", "United States"))) << Dump(unknown);
}

TEST(ReadoutPhrasingTest, AWordAfterBinNamesAFatherNotATitle) {
  const Extraction x = ExtractText(
      "The envoy met with the Crown Prince of Abu Dhabi, Sheikh Khalid bin Hamad bin Sultan Al "
      "Rashed, in Abu Dhabi. He will also meet Crown Prince of Abu Dhabi Sheikh Saeed bin "
      "Rashid Al Nuaimi in Rabat.");
  EXPECT_EQ(NamesOf(x, EntityType::kPerson),
            (Names{"Khalid bin Hamad bin Sultan Al Rashed", "Saeed bin Rashid Al Nuaimi"}))
      << Dump(x);
}

TEST(ReadoutPhrasingTest, ARegionsAdjectiveBelongsToTheBureausName) {
  const Extraction x = ExtractText(
      "The delegation will include State Department Bureau of East Asian and Pacific Affairs "
      "Principal Deputy Assistant Secretary Dean Walsh and officials of the Bureau of South "
      "and Central Asian Affairs.");
  EXPECT_EQ(NamesOf(x, EntityType::kInstitution),
            (Names{"State Department Bureau of East Asian and Pacific Affairs",
                   "Bureau of South and Central Asian Affairs"}))
      << Dump(x);
  EXPECT_EQ(NamesOf(x, EntityType::kPerson), (Names{"Dean Walsh"})) << Dump(x);
}

// "held the following meetings on the margins of the UN General Assembly:" then one line per
// meeting, opened by a dash: each listed person met the subject, and none another.
TEST(ReadoutPhrasingTest, AListOfMeetingsAfterAColon) {
  const Extraction x = ExtractText(
      "Secretary of State Daniel Hart held the following meetings on the margins of the UN "
      "General Assembly:\n- Foreign Minister Karim Benali of Algeria;\n- Prime Minister Ali "
      "Warsame of Somalia;\n- Minister of Foreign Affairs Yoko Tanabe of Japan.");
  for (const char* listed : {"Karim Benali", "Ali Warsame", "Yoko Tanabe"})
    EXPECT_TRUE(Has(x, Met("Daniel Hart", listed))) << listed << Dump(x);
  EXPECT_FALSE(Has(x, Met("Karim Benali", "Ali Warsame"))) << Dump(x);
}

// Numbered items that tell each meeting after a colon: the one before the colon met the
// subject, and the greetings of the item go to him, not to one named in the item's text
// nor to the first of the list.
TEST(ReadoutPhrasingTest, NumberedItemsWithTheirOwnReadout) {
  const Extraction x = ExtractText(
      "Deputy Secretary of State Daniel Hart held the following meetings in New York:\n\n1. "
      "Polish Deputy Foreign Minister Jan Nowak: The Deputy Secretary and Deputy Foreign "
      "Minister Nowak discussed energy security.\n2. Greek Deputy Minister Nikos Pappas: "
      "They discussed energy connectivity.\n3. Kenyan Cabinet Secretary for Foreign Affairs Peter "
      "Kamau: The Deputy Secretary conveyed "
      "Secretary of State Mark Rowe's greetings and thanked Kenya for its leadership.");
  EXPECT_TRUE(Has(x, Met("Daniel Hart", "Jan Nowak"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Daniel Hart", "Peter Kamau"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Daniel Hart", "Mark Rowe"))) << Dump(x);
  EXPECT_TRUE(Has(x, Greets("Daniel Hart", "Peter Kamau", "Mark Rowe"))) << Dump(x);
  EXPECT_FALSE(GreetsAtAll(x, "Daniel Hart", "Jan Nowak")) << Dump(x);
}

}  // namespace

// "The two Foreign Ministers held talks" after an audience with a third: the two who hold
// that portfolio, and the delegations listed next sit across from each other at their talks.
TEST(ReadoutPhrasingTest, TheTwoTitledHoldersHeldTheTalks) {
  const Extraction x = ExtractText(
      "At the invitation of Sayyid Hamad bin Said Al Busaidi, Minister of Foreign Affairs of "
      "the Sultanate of Oman, Mr. Park Min-soo, Minister of Foreign Affairs of the Republic of "
      "Korea, visited Muscat. Minister Park was received in audience by His Majesty Sultan "
      "Haitham bin Tarik. The two Foreign Ministers held official talks in Muscat on Tuesday. "
      "The Korean delegation included Mr. Choi Dong-hyun, Director-General for Middle Eastern "
      "Affairs.");
  EXPECT_TRUE(Has(x, Met("Hamad bin Said Al Busaidi", "Park Min-soo"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Choi Dong-hyun", "Hamad bin Said Al Busaidi"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Choi Dong-hyun", "Haitham bin Tarik"))) << Dump(x);
}

// "Prime Minister ISHIBA Shigeru": a known leader written family name first in capitals,
// as Japan's readouts write him, is known still.
TEST(ReadoutPhrasingTest, AKnownLeaderWrittenFamilyNameFirst) {
  const Extraction x = ExtractText(
      "Mr. IWAYA Takeshi, Minister for Foreign Affairs of Japan, held a meeting with Minister "
      "Samuel Ablakwa. Minister Ablakwa conveyed the greetings of President John Dramani "
      "Mahama to Prime Minister ISHIBA Shigeru.");
  EXPECT_TRUE(Has(x, Represents("ISHIBA Shigeru", "Japan"))) << Dump(x);
}

// "Minister for Foreign Affairs of Japan SATO Kenji", "State Minister for Foreign Affairs
// KATO Emi": a family name in capitals after a title with its portfolio, too.
TEST(ReadoutPhrasingTest, AFamilyNameInCapitalsAfterATitlesPortfolio) {
  const Extraction x = ExtractText(
      "At the invitation of Minister for Foreign Affairs of Japan SATO Kenji, Minister of "
      "Foreign Affairs of Chile Ana Rojas paid a visit to Tokyo. The Japanese side was "
      "represented by Minister SATO, State Minister for Foreign Affairs KATO Emi and "
      "Director-General for Latin American Affairs MORI Yuta.");
  EXPECT_EQ(NamesOf(x, EntityType::kPerson),
            (std::set<std::string>{"SATO Kenji", "Ana Rojas", "KATO Emi", "MORI Yuta"}))
      << Dump(x);
  EXPECT_EQ(NamesOf(x, EntityType::kInstitution), std::set<std::string>{}) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("KATO Emi", "Japan"))) << Dump(x);
}

TEST(ReadoutPhrasingTest, AMeetingTheParticiplesSubjectRecallsIsHis) {
  const Extraction x = ExtractText(
      "Minister Dina Karki held a telephone conversation with Foreign Minister Aziz Rahimov "
      "on Sunday. Recalling his meeting with former Prime Minister Hari Prasad Koirala in "
      "Geneva in 2019, Minister Rahimov said Tajikistan valued its ties with Nepal.");
  EXPECT_TRUE(Has(x, Met("Aziz Rahimov", "Hari Prasad Koirala"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Dina Karki", "Hari Prasad Koirala"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Aziz Rahimov", "Dina Karki"))) << Dump(x);
}

TEST(ReadoutPhrasingTest, TalksEarlierInTheDayWithASecondViceMinister) {
  const Extraction x = BundledExtractor().Extract(MakeReport(
      "Senegal's energy minister in Seoul",
      "SEOUL (Yonhap) -- Senegalese Minister of Energy Amadou Ndiaye is on a four-day visit to "
      "Seoul. Ndiaye held talks earlier in the day with Second Vice Minister of Trade, Industry "
      "and Energy Park Min-soo on gas-to-power projects."));
  EXPECT_TRUE(Has(x, Met("Amadou Ndiaye", "Park Min-soo"))) << Dump(x);
  EXPECT_EQ(FindByName(x, EntityType::kPerson, "Second"), -1) << Dump(x);
}

TEST(ReadoutPhrasingTest, WhereHeMetIsTheMainClausesSubjects) {
  const Extraction x = BundledExtractor().Extract(MakeReport(
      "Chairman receives UN envoy",
      "Port Sudan (SUNA) - The Chairman of the Sovereignty Council, General Omar Hamdan, "
      "received today the Personal Envoy of the UN Secretary-General, Karim Lahlou. Lahlou "
      "briefed the Chairman on his recent consultations in Cairo, where he met Egyptian "
      "President Adel Mansour."));
  EXPECT_TRUE(Has(x, Met("Adel Mansour", "Karim Lahlou"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Adel Mansour", "Omar Hamdan"))) << Dump(x);
}

// "when the late President X visited Zimbabwe and held talks with President Y, the first visit
// to Africa by an Iranian head of state": a meeting of the deceased, the only subject, told
// as having happened; the event set off after the one met names no one else met.
TEST(ReadoutPhrasingTest, ARecalledMeetingOfTheLateLeader) {
  const Extraction x = ExtractText(
      "HARARE - President Tendai Moyo yesterday received Iran's Ambassador to Zimbabwe, Mr Reza "
      "Karimi, at State House. President Hassan Farahani of Iran sent a message.\n\nRelations "
      "were cemented in July 2023 when the late President Ali Rostami visited Zimbabwe and held "
      "talks with President Moyo, the first visit to Africa by an Iranian head of state in a "
      "decade.");
  EXPECT_TRUE(Has(x, Met("Ali Rostami", "Tendai Moyo"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Ali Rostami", "Hassan Farahani"))) << Dump(x);
}

// "... with Egypt's Foreign Minister X, a U.N. spokesman said.": the role before a reporting
// verb is the speaker's, no apposition to X.
TEST(ReadoutPhrasingTest, ARoleBeforeAReportingVerbIsTheSpeakers) {
  const Extraction x = ExtractText(
      "UN envoy Ramtane Lamamra spoke by telephone on Sunday with Egypt's Foreign Minister Badr "
      "Abdelatty, a U.N. spokesman said.");
  EXPECT_TRUE(Has(x, Represents("Badr Abdelatty", "Egypt"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Badr Abdelatty", "United Nations"))) << Dump(x);
}

}  // namespace dkg
