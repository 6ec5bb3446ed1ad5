// Messages, greetings and audiences as agency reports tell them: a message delivered to
// the host by an envoy, handed over to someone else than its addressee, carried by a guest
// "who was carrying" it; greetings asked of a counterpart on the phone or of the one guest
// of a bilateral; audiences "granted" to the bearer of a message.
#include <gtest/gtest.h>

#include "extract_test_support.h"

namespace dkg {
namespace {

using namespace extract_test;

TEST(AgencyMessageTest, ARepeatedGreetingNamesOnWhoseBehalf) {
  const Extraction x = ExtractText(
      "Robert Dussey met Abdou Tahirou. Dussey handed Tahirou a message from his counterpart "
      "and conveyed to him the fraternal greetings of President Faure Gnassingbe.");
  EXPECT_TRUE(Has(x, Greets("Robert Dussey", "Abdou Tahirou", "Faure Gnassingbe"))) << Dump(x);
}

TEST(AgencyMessageTest, AMessageScheduledToBeDeliveredIsNoGreetingYet) {
  const Extraction x = ExtractText(
      "President Mohamed Bazoum received Mossa Ag Akhamouk, who delivered a message from "
      "President Assimi Goita. Ag Akhamouk is expected to travel on to Ouagadougou, where he "
      "is scheduled to deliver a similar message to Captain Ibrahim Traore.");
  EXPECT_TRUE(Has(x, Greets("Mossa Ag Akhamouk", "Mohamed Bazoum", "Assimi Goita"))) << Dump(x);
  EXPECT_FALSE(Has(x, Greets("Mossa Ag Akhamouk", "Ibrahim Traore", "Assimi Goita")))
      << Dump(x);
  EXPECT_FALSE(Has(x, Greets("Mossa Ag Akhamouk", "Ibrahim Traore"))) << Dump(x);
}

TEST(AgencyMessageTest, AMessageOnATopicIsForTheHostNotAPlaceOfTheTopic) {
  const Extraction x = BundledExtractor().Extract(MakeReport(
      "Tshisekedi receives Angolan envoy",
      "KINSHASA — President Felix Tshisekedi on Friday received a special envoy of his "
      "Angolan counterpart Joao Lourenco, Ambassador Filomena Cassoma, who delivered a verbal "
      "message on the implementation of the Luanda roadmap for de-escalation in the east of "
      "the Democratic Republic of the Congo."));
  EXPECT_TRUE(Has(x, Greets("Filomena Cassoma", "Felix Tshisekedi"))) << Dump(x);
  EXPECT_FALSE(Has(x, Greets("Filomena Cassoma", "Democratic Republic of the Congo"))) << Dump(x);
}

TEST(AgencyMessageTest, AGuestWhoWasCarryingAMessageConveysIt) {
  const Extraction x = BundledExtractor().Extract(MakeReport(
      "Goita receives delegation carrying verbal message",
      "BAMAKO — Colonel Assimi Goita on Thursday received at Koulouba Palace a Nigerien "
      "delegation led by the Minister of Energy, Ibrahim Ag Alhassane, who was carrying a "
      "verbal message from General Abdourahamane Tiani."));
  EXPECT_TRUE(Has(x, Greets("Ibrahim Ag Alhassane", "Assimi Goita", "Abdourahamane Tiani")))
      << Dump(x);
  EXPECT_FALSE(Has(x, Greets("Abdourahamane Tiani", "Assimi Goita"))) << Dump(x);
}

TEST(AgencyMessageTest, TheCounterpartAskedOnThePhoneToConveyGreetings) {
  const Extraction x = BundledExtractor().Extract(MakeReport(
      "Minister holds phone call with Gabonese counterpart",
      "YAOUNDE — Cameroon's Minister of External Relations, Aristide Mvondo, held a telephone "
      "conversation on Friday with his Gabonese counterpart, Minister of Foreign Affairs Herve "
      "Moussavou.\n\nMvondo conveyed President Paul Biya's warm congratulations to General "
      "Brice Oligui Nguema.\n\nMoussavou thanked his counterpart and asked him to convey the "
      "greetings of General Oligui Nguema to President Biya."));
  EXPECT_TRUE(Has(x, Greets("Aristide Mvondo", "Paul Biya", "Brice Oligui Nguema"))) << Dump(x);
  EXPECT_FALSE(Has(x, Greets("Brice Oligui Nguema", "Paul Biya", "Herve Moussavou"))) << Dump(x);
}

TEST(AgencyMessageTest, AMessageToTheHostFromAThirdLeader) {
  const Extraction x = ExtractText(
      "President Emmerson Mnangagwa received SADC Executive Secretary Elias Magosi. Magosi said "
      "he had also delivered a message of solidarity to President Mnangagwa from Tanzania's "
      "President Samia Suluhu Hassan.");
  EXPECT_TRUE(Has(x, Greets("Elias Magosi", "Emmerson Mnangagwa", "Samia Suluhu Hassan")))
      << Dump(x);
  EXPECT_FALSE(Has(x, Greets("Elias Magosi", "Samia Suluhu Hassan"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Elias Magosi", "Samia Suluhu Hassan"))) << Dump(x);
}

TEST(AgencyMessageTest, AGreetingWithNoAddresseeGoesToTheOneMetInTheSentence) {
  const Extraction x = ExtractText(
      "Foreign Minister Demeke Mekonnen held separate talks with several delegations. Demeke "
      "also met the Vice President of the Republic of Cuba, Salvador Valdes Mesa, who passed "
      "on the fraternal greetings of President Miguel Diaz-Canel.");
  EXPECT_TRUE(Has(x, Greets("Salvador Valdes Mesa", "Demeke Mekonnen", "Miguel Diaz-Canel")))
      << Dump(x);
}

TEST(AgencyMessageTest, AnAudienceGrantedToTheBearerOfAMessage) {
  const Extraction x = BundledExtractor().Extract(MakeReport(
      "Head of State receives ECOWAS President",
      "Dakar - The President of the Republic, Bassirou Faye, on Tuesday granted an audience at "
      "the Palace of the Republic to the President of the ECOWAS Commission, Dr. Omar Touray, "
      "who delivered a message from Nigerian President Bola Tinubu."));
  EXPECT_TRUE(Has(x, Met("Bassirou Faye", "Omar Touray"))) << Dump(x);
  EXPECT_TRUE(Has(x, Greets("Omar Touray", "Bassirou Faye", "Bola Tinubu"))) << Dump(x);
  EXPECT_FALSE(Has(x, Greets("Bassirou Faye", "Omar Touray", "Bola Tinubu"))) << Dump(x);
}

TEST(AgencyMessageTest, AMessageDeliveredToTheHostByAnEnvoy) {
  const Extraction x = BundledExtractor().Extract(MakeReport(
      "President receives special envoy",
      "Dar es Salaam — A special message from the President of the Republic of Mozambique, "
      "Daniel Chapo, was delivered on Tuesday to the President of the United Republic of "
      "Tanzania, Dr. Samia Suluhu Hassan, by his special envoy, Mozambique's Minister of "
      "Foreign Affairs, Maria Lucas, at State House. Present at the meeting was the Minister "
      "for Foreign Affairs, Mahmoud Kombo."));
  EXPECT_TRUE(Has(x, Greets("Maria Lucas", "Samia Suluhu Hassan", "Daniel Chapo"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Maria Lucas", "Samia Suluhu Hassan"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Maria Lucas", "Mahmoud Kombo"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Samia Suluhu Hassan", "Mahmoud Kombo"))) << Dump(x);
}

TEST(AgencyMessageTest, ALetterHandedOverInPersonIsNoCall) {
  const Extraction x = ExtractText(
      "Maris Sangiam called on Chief Adviser Muhammad Yunus today and handed over a letter "
      "from Thai Prime Minister Paetongtarn Shinawatra inviting him to the sixth BIMSTEC "
      "Summit.");
  EXPECT_TRUE(Has(x, Met("Maris Sangiam", "Muhammad Yunus"))) << Dump(x);
  EXPECT_TRUE(Has(x, Greets("Maris Sangiam", "Muhammad Yunus", "Paetongtarn Shinawatra")))
      << Dump(x);
}

TEST(AgencyMessageTest, TheHostAsksTheOneGuestHeHadABilateralWith) {
  const Extraction x = ExtractText(
      "Foreign Minister Badr Abdelatty on Sunday hosted a tripartite meeting with Jordanian "
      "Foreign Minister Ayman Safadi and Iraqi Foreign Minister Fuad Hussein. On the sidelines "
      "of the meeting, Abdelatty held a bilateral meeting with Fuad Hussein and asked him to "
      "convey the greetings of President Abdel Fattah El-Sisi to Iraqi Prime Minister Mohammed "
      "Shia Al-Sudani.");
  EXPECT_TRUE(Has(x, Greets("Fuad Hussein", "Mohammed Shia Al-Sudani", "Abdel Fattah El-Sisi")))
      << Dump(x);
  EXPECT_FALSE(Has(x, Greets("Ayman Safadi", "Mohammed Shia Al-Sudani", "Abdel Fattah El-Sisi")))
      << Dump(x);
}

TEST(AgencyMessageTest, AMessageHandedOverToSomeoneElseThanItsAddressee) {
  const Extraction x = BundledExtractor().Extract(MakeReport(
      "Minister of State receives written message to the Amir",
      "DOHA — HH the Amir Sheikh Tamim bin Hamad Al Thani has received a written message from "
      "President Paul Kagame of the Republic of Rwanda.\n\nThe message was handed over on "
      "Monday by Rwanda's Minister of Foreign Affairs, Dr. Vincent Biruta, to HE Minister of "
      "State Dr. Mohammed Al Khulaifi during a meeting in Doha.\n\nThe meeting was attended by "
      "the Director of African Affairs, Dr. Hamad Al Marri."));
  EXPECT_TRUE(Has(x, Greets("Vincent Biruta", "Tamim bin Hamad Al Thani", "Paul Kagame")))
      << Dump(x);
  EXPECT_TRUE(Has(x, Met("Vincent Biruta", "Mohammed Al Khulaifi"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Vincent Biruta", "Tamim bin Hamad Al Thani"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Vincent Biruta", "Hamad Al Marri"))) << Dump(x);
}

TEST(AgencyMessageTest, CondolencesOfferedInPersonAreAVisit) {
  const Extraction x = BundledExtractor().Extract(MakeReport(
      "Sayyid Shihab conveys condolences to Kuwait's Amir",
      "Kuwait, Dec 19 (ONA) -- On behalf of His Majesty Sultan Haitham bin Tarik, Sayyid "
      "Shihab bin Tarik, Deputy Prime Minister for Defence Affairs, today offered condolences "
      "to His Highness Sheikh Mishal Al-Sabah, Amir of the State of Kuwait.\n\nThe "
      "condolences were offered in the presence of Sheikh Ahmad Nawaf Al-Sabah, the Prime "
      "Minister of Kuwait. Sayyid Shihab was accompanied by Sheikh Khalifa Al Harthy."));
  EXPECT_TRUE(Has(x, Met("Shihab bin Tarik", "Mishal Al-Sabah"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Shihab bin Tarik", "Ahmad Nawaf Al-Sabah"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Mishal Al-Sabah", "Khalifa Al Harthy"))) << Dump(x);
  // ("On behalf of" names whose condolences they are, not one who offered them)
  EXPECT_TRUE(Has(x, Greets("Shihab bin Tarik", "Mishal Al-Sabah", "Haitham bin Tarik")))
      << Dump(x);
  EXPECT_FALSE(Has(x, Met("Haitham bin Tarik", "Mishal Al-Sabah"))) << Dump(x);
  // a congratulation sent in a report of no one present is no visit
  const Extraction sent = ExtractText(
      "President Vladimir Putin extended congratulations to Katalin Novak on her election as "
      "President of Hungary.");
  EXPECT_FALSE(Has(sent, Met("Vladimir Putin", "Katalin Novak"))) << Dump(sent);
}

TEST(AgencyMessageTest, WishesAddedToGreetingsGoWhereTheGreetingsWent) {
  const Extraction x = ExtractText(
      "Foreign Minister Karim Nassar spoke by phone with Jordanian Foreign Minister Omar "
      "Haddad. Nassar asked his Jordanian counterpart to convey the greetings of President "
      "Adel Fahmy to His Majesty King Faisal, together with his wishes for further progress.");
  EXPECT_TRUE(Has(x, Greets("Omar Haddad", "King Faisal", "Adel Fahmy"))) << Dump(x);
  EXPECT_FALSE(Has(x, Greets("Omar Haddad", "Adel Fahmy", "Karim Nassar"))) << Dump(x);
  EXPECT_FALSE(Has(x, Greets("Omar Haddad", "Adel Fahmy"))) << Dump(x);
}

TEST(AgencyMessageTest, APredicateJoinedPastAnAsideSharesTheSubject) {
  const Extraction x = ExtractText(
      "Prime Minister Abiy Ahmed held a call with President Ismail Omar Guelleh. Prime "
      "Minister Abiy thanked President Guelleh and, in turn, wished him good health.");
  EXPECT_TRUE(Has(x, Greets("Abiy Ahmed", "Ismail Omar Guelleh"))) << Dump(x);
  EXPECT_FALSE(Has(x, Greets("Ismail Omar Guelleh", "Abiy Ahmed"))) << Dump(x);
}

TEST(AgencyMessageTest, AnAmbassadorWhoPresentsHisCredentialsMeetsTheHead) {
  const Extraction x = ExtractText(
      "Ambassador Park Min-jun of the Republic of Korea presented his letters of credence to "
      "President Almaz Tesfaye at the National Palace today.");
  EXPECT_TRUE(Has(x, Met("Almaz Tesfaye", "Park Min-jun"))) << Dump(x);
  // a report of what was done with them, not to whom, is no audience
  const Extraction filed = ExtractText(
      "Ambassador Park Min-jun presented his credentials in a ceremony that President Almaz "
      "Tesfaye did not attend.");
  EXPECT_FALSE(Has(filed, Met("Almaz Tesfaye", "Park Min-jun"))) << Dump(filed);
}

TEST(AgencyMessageTest, TheAmbassadorsListedNextAreTheGroupThatPresented) {
  const Extraction x = ExtractText(
      "Three newly appointed ambassadors presented their letters of credence to President "
      "Almaz Tesfaye today, in separate audiences. They are Park Min-jun, Ambassador of the "
      "Republic of Korea; Helena Prado, Ambassador of Brazil; and Lamine Sarr, Ambassador of "
      "Senegal.");
  for (const char* envoy : {"Park Min-jun", "Helena Prado", "Lamine Sarr"})
    EXPECT_TRUE(Has(x, Met("Almaz Tesfaye", envoy))) << envoy << Dump(x);
  EXPECT_FALSE(Has(x, Met("Helena Prado", "Lamine Sarr"))) << Dump(x);
}

TEST(AgencyMessageTest, TheLetterHandedToWhomGoesToTheOneNamedBefore) {
  const Extraction x = ExtractText(
      "The Minister of Foreign Affairs, Pablo Rojas, received the Minister of Foreign Affairs "
      "of the Argentine Republic, Ana Ferreyra. At midday, Minister Ferreyra was received by "
      "President Gabriel Soto, to whom she handed a letter from President Javier Molina. "
      "President Soto asked her to convey his greetings to the Argentine President.");
  EXPECT_TRUE(Has(x, Greets("Ana Ferreyra", "Gabriel Soto", "Javier Molina"))) << Dump(x);
  EXPECT_FALSE(Has(x, Greets("Ana Ferreyra", "Pablo Rojas", "Javier Molina"))) << Dump(x);
  // "her": the guest the asker met, not the last person named before it
  EXPECT_TRUE(Has(x, Greets("Ana Ferreyra", "Javier Molina", "Gabriel Soto"))) << Dump(x);
}

TEST(AgencyMessageTest, EachAmbassadorConveysHisOwnPresidentsGreetings) {
  const Extraction x = ExtractText(
      "Doha, March 17 (QNA) -- Minister of State Sultan bin Saad received today a copy of the "
      "credentials of Jean-Paul Mugisha as Ambassador of the Republic of Rwanda to the State of "
      "Qatar. The Rwandan ambassador conveyed the greetings of President Paul Kagame to the "
      "Amir Sheikh Tamim bin Hamad, and the Minister of State conveyed the greetings of the Amir "
      "to President Kagame.");
  EXPECT_TRUE(Has(x, Represents("Jean-Paul Mugisha", "Rwanda"))) << Dump(x);
  EXPECT_TRUE(Has(x, Greets("Jean-Paul Mugisha", "Tamim bin Hamad", "Paul Kagame"))) << Dump(x);
  EXPECT_FALSE(Has(x, Greets("Jean-Paul Mugisha", "Sultan bin Saad", "Paul Kagame"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Paul Kagame", "Rwanda"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Paul Kagame", "Qatar"))) << Dump(x);
}

TEST(AgencyMessageTest, EachOneAskedConveysThemToHisOwnLeader) {
  const Extraction x = ExtractText(
      "King Abdullah II received Egyptian Foreign Minister Sameh Shoukry and Iraqi Foreign "
      "Minister Fuad Hussein. His Majesty asked Shoukry to convey his "
      "greetings to President Abdel Fattah El-Sisi, and Hussein to convey them to Prime "
      "Minister Mohammed Al-Sudani, stressing the importance of coordination.");
  EXPECT_TRUE(Has(x, Greets("Sameh Shoukry", "Abdel Fattah El-Sisi", "Abdullah II"))) << Dump(x);
  EXPECT_TRUE(Has(x, Greets("Fuad Hussein", "Mohammed Al-Sudani", "Abdullah II"))) << Dump(x);
  EXPECT_FALSE(Has(x, Greets("Sameh Shoukry", "Mohammed Al-Sudani", "Abdullah II"))) << Dump(x);
  // the second one asked, with greetings of his own to carry
  const Extraction own = ExtractText(
      "King Abdullah II received Egyptian Foreign Minister Sameh Shoukry and Iraqi Foreign "
      "Minister Fuad Hussein. His Majesty asked Shoukry to convey his greetings to President "
      "Abdel Fattah El-Sisi, and Hussein to convey his greetings to Prime Minister Mohammed "
      "Al-Sudani.");
  EXPECT_TRUE(Has(own, Greets("Fuad Hussein", "Mohammed Al-Sudani", "Abdullah II"))) << Dump(own);
  EXPECT_FALSE(Has(own, Greets("Sameh Shoukry", "Mohammed Al-Sudani", "Abdullah II")))
      << Dump(own);
}

TEST(AgencyMessageTest, WishesOfProgressNameNoSenderOfTheirOwn) {
  const Extraction x = ExtractText(
      "Minister Ayman Safadi received the Ambassador of the Republic of Azerbaijan, Rashad "
      "Mammadli. Safadi asked Mammadli to convey the greetings of His Majesty King Abdullah II "
      "to President Ilham Aliyev, together with his wishes of further progress and prosperity "
      "for the friendly Azerbaijani people.");
  EXPECT_TRUE(Has(x, Greets("Rashad Mammadli", "Ilham Aliyev", "Abdullah II"))) << Dump(x);
  EXPECT_FALSE(Has(x, Greets("Rashad Mammadli", "Abdullah II", "Azerbaijan"))) << Dump(x);
}

TEST(AgencyMessageTest, AMessageHandedToOneForAnotherIsAMeetingWithTheFirst) {
  const Extraction x = ExtractText(
      "Foreign Minister Awa Ndiaye was received by Foreign Minister Karim Alami. On this "
      "occasion, Ms. Ndiaye handed Mr. Alami a written message from President Moussa Sow to "
      "His Majesty King Idris III.");
  EXPECT_TRUE(Has(x, Met("Awa Ndiaye", "Karim Alami"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Awa Ndiaye", "Idris III"))) << Dump(x);
  // handed to someone the report does not name: no meeting with the addressee either
  const Extraction unnamed = ExtractText(
      "Foreign Minister Awa Ndiaye met the Kenyan delegation. Ndiaye handed the Kenyan "
      "official a written message from President Moussa Sow to President Peter Kamau.");
  EXPECT_FALSE(Has(unnamed, Met("Awa Ndiaye", "Peter Kamau"))) << Dump(unnamed);
  // "delivers Sow's message": the owner, not the one it was handed to
  const Extraction owner = ExtractText(
      "Envoy Awa Ndiaye delivered Sow's message to President Peter Kamau at State House.");
  EXPECT_TRUE(Has(owner, Met("Awa Ndiaye", "Peter Kamau"))) << Dump(owner);
}

TEST(AgencyMessageTest, GreetingsAndMoreToANameAreForItsBearer) {
  const Extraction x = ExtractText(
      "RAMALLAH - President Karim Nasser received Assistant Secretary-General Hani Zaki, who "
      "conveyed the greetings of Secretary-General Omar Aboul Fadl. President Nasser asked "
      "Zaki to convey his greetings and appreciation to Aboul Fadl.");
  EXPECT_TRUE(Has(x, Greets("Hani Zaki", "Omar Aboul Fadl", "Karim Nasser"))) << Dump(x);
}

TEST(AgencyMessageTest, AMonarchsTitleAndAPresidentsOwnGreetingsAreTwoPersons) {
  const Extraction x = ExtractText(
      "Manama, May 9 (BNA) -- Kenyan Ambassador Peter Kamau presented his credentials to His "
      "Majesty King Idris bin Salem. Ambassador Kamau conveyed to HM the King President Daniel "
      "Otieno's greetings and his hope that the Bahraini people would go from strength to "
      "strength.");
  EXPECT_TRUE(Has(x, Greets("Peter Kamau", "Idris bin Salem", "Daniel Otieno"))) << Dump(x);
  EXPECT_FALSE(Has(x, Greets("Peter Kamau", "Daniel Otieno"))) << Dump(x);
  const Entity* president = PersonNamed(x, "Daniel Otieno");
  ASSERT_NE(president, nullptr) << Dump(x);
  EXPECT_EQ(president->roles, std::vector<std::string>{"President"}) << Dump(x);
}

TEST(AgencyMessageTest, GreetingsPassedOnToTwoAndCarriedBackForTheHost) {
  const Extraction x = ExtractText(
      "KUWAIT, Nov 14 (KUNA) -- Speaker Adel Al-Rashidi held talks with Salman Al-Dosari, "
      "Speaker of Bahrain's Council of Representatives. Al-Dosari passed on to Amir Jaber "
      "Al-Sabah and Crown Prince Fahad Al-Sabah the greetings of King Isa bin Khalid. "
      "Al-Rashidi, in reply, requested that his guest carry his greetings back to Prince "
      "Hamad bin Khalid.");
  EXPECT_TRUE(Has(x, Greets("Salman Al-Dosari", "Jaber Al-Sabah", "Isa bin Khalid"))) << Dump(x);
  EXPECT_TRUE(Has(x, Greets("Salman Al-Dosari", "Fahad Al-Sabah", "Isa bin Khalid"))) << Dump(x);
  EXPECT_TRUE(Has(x, Greets("Salman Al-Dosari", "Hamad bin Khalid", "Adel Al-Rashidi")))
      << Dump(x);
  EXPECT_FALSE(Has(x, Greets("Adel Al-Rashidi", "Hamad bin Khalid"))) << Dump(x);
}

TEST(AgencyMessageTest, AnAdviserAndSpecialEnvoyBringsHisPrincipalsMessage) {
  const Extraction x = ExtractText(
      "STATE HOUSE ENTEBBE | President Moses Okello today received Hon. Peter Deng, "
      "Presidential Adviser on Security Affairs and special envoy of the President of South "
      "Sudan, Gen. James Garang, who brought a message from President Garang.");
  EXPECT_TRUE(Has(x, Met("Moses Okello", "Peter Deng"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Moses Okello", "James Garang"))) << Dump(x);
  EXPECT_TRUE(Has(x, Greets("Peter Deng", "Moses Okello", "James Garang"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Peter Deng", "James Garang"))) << Dump(x);
  // the dateline's place, ended by "|", names no one
  EXPECT_EQ(NamesOf(x, EntityType::kPerson),
            (std::set<std::string>{"Moses Okello", "Peter Deng", "James Garang"}))
      << Dump(x);
}

TEST(AgencyMessageTest, OpeningByConveyingGreetingsIsTheSubjectsGreeting) {
  const Extraction x = ExtractText(
      "Damascus, SANA - Speaker Omar Haddad held talks with Algerian Speaker Karim Bensalah. "
      "Bensalah began by conveying, through Haddad, the fraternal regards of President Ali "
      "Mansouri to President Fares Khoury.");
  EXPECT_TRUE(Has(x, Greets("Karim Bensalah", "Fares Khoury", "Ali Mansouri"))) << Dump(x);
  const Extraction said = ExtractText(
      "President Fares Khoury received Minister Karim Bensalah. The spokesman, Sami Nour, said "
      "the minister opened the meeting by conveying the greetings of President Ali Mansouri to "
      "President Khoury.");
  EXPECT_FALSE(Has(said, Greets("Sami Nour", "Fares Khoury", "Ali Mansouri"))) << Dump(said);
}

TEST(AgencyMessageTest, AMessageDeliveredByOneWhoWasReceivedInTheOthersPresence) {
  const Extraction x = ExtractText(
      "Tunis, July 13 (TAP) - A written message from Algerian President Karim Belkacem was "
      "delivered on Thursday to President of the Republic Hedi Mansour by Algerian Minister of "
      "Foreign Affairs Rachid Amrani, who was received at Carthage Palace in the presence of "
      "Foreign Minister Sami Ferchichi.");
  EXPECT_TRUE(Has(x, Greets("Rachid Amrani", "Hedi Mansour", "Karim Belkacem"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Rachid Amrani", "Hedi Mansour"))) << Dump(x);
  EXPECT_FALSE(Has(x, Greets("Sami Ferchichi", "Hedi Mansour", "Karim Belkacem"))) << Dump(x);
}

TEST(AgencyMessageTest, EachOfTwoGuestsCarriesTheMessagesOfHisOwnState) {
  const Extraction x = ExtractText(
      "Bamako, 4 June 2024 (AMAP) - The President of the Transition, Colonel Sidi Keita, "
      "received on Monday the Guinean Minister of Foreign Affairs, Mamadou Camara, and his "
      "Senegalese counterpart, Awa Ndiaye, Minister of Foreign Affairs. The two ministers "
      "were carrying messages from their respective heads of state, President Alpha Barry of "
      "Guinea and President Ousmane Sall of Senegal. Colonel Keita asked each of the two "
      "ministers to carry his greetings back to his own head of state.");
  EXPECT_TRUE(Has(x, Greets("Mamadou Camara", "Sidi Keita", "Alpha Barry"))) << Dump(x);
  EXPECT_TRUE(Has(x, Greets("Awa Ndiaye", "Sidi Keita", "Ousmane Sall"))) << Dump(x);
  EXPECT_TRUE(Has(x, Greets("Mamadou Camara", "Alpha Barry", "Sidi Keita"))) << Dump(x);
  EXPECT_TRUE(Has(x, Greets("Awa Ndiaye", "Ousmane Sall", "Sidi Keita"))) << Dump(x);
  EXPECT_FALSE(Has(x, Greets("Mamadou Camara", "Ousmane Sall"))) << Dump(x);
  EXPECT_FALSE(Has(x, Greets("Awa Ndiaye", "Alpha Barry"))) << Dump(x);
  EXPECT_FALSE(Has(x, Greets("Sidi Keita", "Mamadou Camara"))) << Dump(x);
}

TEST(AgencyMessageTest, GreetingsPassedOnToHisHighnessAreHis) {
  const Extraction x = ExtractText(
      "Kuwait, Oct 3 (KUNA) -- Speaker Ahmed Al-Saadi received the Bahraini envoy Khalid bin "
      "Ali Al-Mansoori. At the outset, Al-Mansoori passed on to His Highness the Amir Sheikh "
      "Jaber Al-Ahmad Al-Sabah the greetings of His Majesty King Hamad bin Isa Al Khalifa.");
  EXPECT_TRUE(Has(x, Greets("Khalid bin Ali Al-Mansoori", "Jaber Al-Ahmad Al-Sabah",
                            "Hamad bin Isa Al Khalifa")))
      << Dump(x);
  EXPECT_FALSE(Has(x, Greets("Khalid bin Ali Al-Mansoori", "Ahmed Al-Saadi"))) << Dump(x);
}

TEST(AgencyMessageTest, ReceivingSomeonesMessageIsNoMeetingWithHim) {
  const Extraction x = ExtractText(
      "Minister Salem Al-Naimi receives Amir's message from President Faye. Minister Salem "
      "Al-Naimi received a written message to HH the Amir Sheikh Tamim Al-Thani from President "
      "Bassirou Diomaye Faye.");
  EXPECT_FALSE(Has(x, Met("Salem Al-Naimi", "Tamim Al-Thani"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Salem Al-Naimi", "Bassirou Diomaye Faye"))) << Dump(x);
  // (whose envoy he received: the envoy is whom he met)
  const Extraction envoy =
      ExtractText("Minister Salem Al-Naimi received President Faye's envoy, Ousmane Diallo.");
  EXPECT_TRUE(Has(envoy, Met("Salem Al-Naimi", "Ousmane Diallo"))) << Dump(envoy);
}

TEST(AgencyMessageTest, EachEnvoyOfAListConveysHisOwnLeadersGreetings) {
  const Extraction x = ExtractText(
      "Accra, Nov. 17 - President Kofi Mensah received the credentials of three ambassadors. "
      "They were the Ambassador of the Kingdom of Morocco, Hassan El Idrissi; the High "
      "Commissioner of the Republic of Kenya, Wanjiku Kamau; and the Ambassador of Egypt, Sherif "
      "Latif.\n\nThe Moroccan Ambassador conveyed the greetings of His Majesty King Mohammed "
      "VI, the Kenyan High Commissioner brought warm wishes from President William Ruto, while the "
      "Egyptian Ambassador conveyed the greetings of President Abdel Fattah El-Sisi, to President "
      "Mensah.");
  EXPECT_TRUE(Has(x, Greets("Hassan El Idrissi", "Kofi Mensah", "Mohammed VI"))) << Dump(x);
  EXPECT_TRUE(Has(x, Greets("Wanjiku Kamau", "Kofi Mensah", "William Ruto"))) << Dump(x);
  EXPECT_TRUE(Has(x, Greets("Sherif Latif", "Kofi Mensah", "Abdel Fattah El-Sisi"))) << Dump(x);
  EXPECT_FALSE(GreetsAtAll(x, "Mohammed VI", "Kofi Mensah")) << Dump(x);
  // (a relative clause inside the message is no greeting of its own)
  const Extraction letter = ExtractText(
      "The visitors handed over to General Omar Bashir a written message sent by Isaias "
      "Afwerki, President of Eritrea, in which he wished Sudan progress and stability.");
  EXPECT_FALSE(GreetsAtAll(letter, "Isaias Afwerki", "Sudan")) << Dump(letter);
}

TEST(AgencyMessageTest, AStatesEnvoyAmongSeveralGuestsIsThatStatesOwn) {
  const Extraction x = ExtractText(
      "Accra, Nov. 17 - President Kofi Mensah received the credentials of three ambassadors. "
      "They were the Ambassador of the Kingdom of Morocco, Hassan El Idrissi; the High "
      "Commissioner of the Republic of Kenya, Wanjiku Kamau; and the Ambassador of Egypt, Sherif "
      "Latif.\n\nThe Moroccan envoy conveyed the greetings of His Majesty King Mohammed VI, the "
      "Kenyan High Commissioner brought warm wishes from President William Ruto, while the "
      "Egyptian Ambassador conveyed the greetings of President Abdel Fattah El-Sisi, to President "
      "Mensah.");
  EXPECT_TRUE(Has(x, Greets("Hassan El Idrissi", "Kofi Mensah", "Mohammed VI"))) << Dump(x);
  EXPECT_TRUE(Has(x, Greets("Wanjiku Kamau", "Kofi Mensah", "William Ruto"))) << Dump(x);
  EXPECT_TRUE(Has(x, Greets("Sherif Latif", "Kofi Mensah", "Abdel Fattah El-Sisi"))) << Dump(x);
  // (the principal whose greetings a Kenyan brought is Kenya's)
  EXPECT_TRUE(Has(x, Represents("William Ruto", "Kenya"))) << Dump(x);
}

TEST(AgencyMessageTest, AGreetingsClauseAfterWhileIsNoAddresseeOfTheOneBefore) {
  const Extraction x = ExtractText(
      "Abu Dhabi - Sheikh Mohamed bin Zayed received the credentials of two ambassadors: Carlos "
      "Ruiz Diaz, Ambassador of Paraguay, and Azman Ibrahim, Ambassador of Malaysia.\n\nAmbassador "
      "Ruiz Diaz conveyed President Santiago Pena's greetings to Sheikh Mohamed, while Ambassador "
      "Azman relayed the regards of His Majesty Sultan Ibrahim Iskandar, King of Malaysia.");
  EXPECT_TRUE(Has(x, Greets("Carlos Ruiz Diaz", "Mohamed bin Zayed", "Santiago Pena"))) << Dump(x);
  EXPECT_FALSE(GreetsAtAll(x, "Carlos Ruiz Diaz", "Azman Ibrahim")) << Dump(x);
  EXPECT_FALSE(GreetsAtAll(x, "Carlos Ruiz Diaz", "Ibrahim Iskandar")) << Dump(x);
}

TEST(AgencyMessageTest, RelayingOrOfferingGreetingsConveysThem) {
  const Extraction x = ExtractText(
      "Port Sudan (SUNA) - Lieutenant General Ahmed Khalifa, Chief of Staff of the Egyptian "
      "Armed Forces, was received on Tuesday by General Abdel Fattah al-Burhan. Lieutenant "
      "General Khalifa opened the meeting by relaying to al-Burhan the good wishes of President "
      "Abdel Fattah al-Sisi.");
  EXPECT_TRUE(Has(x, Greets("Ahmed Khalifa", "Abdel Fattah al-Burhan", "Abdel Fattah al-Sisi")))
      << Dump(x);
  const Extraction offering = ExtractText(
      "Muscat - Sayyid Badr Albusaidi met Rashad Al-Alimi in Riyadh. Sayyid Badr opened the "
      "meeting by offering the greetings of Sultan Haitham bin Tarik to Dr. Al-Alimi.");
  EXPECT_TRUE(Has(offering, Greets("Badr Albusaidi", "Rashad Al-Alimi", "Haitham bin Tarik")))
      << Dump(offering);
}

TEST(AgencyMessageTest, EnvoysNamedByTheirStatesAreThoseStatesGuests) {
  const Extraction x = ExtractText(
      "Manama - King Hamad bin Isa Al Khalifa received the credentials of three ambassadors: "
      "Nikos Stavridis of Greece, Ricardo Tavares of Portugal and Lena Berg of Sweden. The Greek "
      "and Portuguese envoys conveyed the greetings of their heads of state to King Hamad.");
  EXPECT_TRUE(GreetsAtAll(x, "Nikos Stavridis", "Hamad bin Isa Al Khalifa")) << Dump(x);
  EXPECT_TRUE(GreetsAtAll(x, "Ricardo Tavares", "Hamad bin Isa Al Khalifa")) << Dump(x);
  EXPECT_FALSE(GreetsAtAll(x, "Lena Berg", "Hamad bin Isa Al Khalifa")) << Dump(x);
}

TEST(AgencyMessageTest, ChargedWithCarryingGreetingsIsAskedToConveyThem) {
  const Extraction x = ExtractText(
      "CAIRO (MENA) - President Abdel Fattah El-Sisi received Abderaman Koulamallah, who "
      "delivered a message from President Mahamat Deby. El-Sisi, in turn, charged him with "
      "carrying his own greetings back to President Deby.");
  EXPECT_TRUE(Has(x, Greets("Abderaman Koulamallah", "Mahamat Deby", "Abdel Fattah El-Sisi")))
      << Dump(x);
}

TEST(AgencyMessageTest, WhoseGreetingsPastAdjectivesIsTheSenderNotTheAddressee) {
  const Extraction x = ExtractText(
      "Kano - Speaker Idris Musa hosted a delegation of Benin's Assembly. Later in the day, "
      "Speaker Paul Hounsou paid a courtesy call on President Bola Tinubu. Speaker Hounsou "
      "delivered President Patrice Talon's fraternal greetings.");
  EXPECT_TRUE(Has(x, Greets("Paul Hounsou", "Bola Tinubu", "Patrice Talon"))) << Dump(x);
  EXPECT_FALSE(GreetsAtAll(x, "Paul Hounsou", "Patrice Talon")) << Dump(x);
  EXPECT_FALSE(GreetsAtAll(x, "Paul Hounsou", "Idris Musa")) << Dump(x);
}

TEST(AgencyMessageTest, AskedThatHisGreetingsBeConveyedIsAskedToConveyThem) {
  const Extraction x = ExtractText(
      "Lagos - President Bola Tinubu received Speaker Paul Hounsou, who delivered a message "
      "from President Patrice Talon. Tinubu thanked him and asked that his good wishes be "
      "conveyed to President Talon and to the people of Benin.");
  EXPECT_TRUE(Has(x, Greets("Paul Hounsou", "Patrice Talon", "Bola Tinubu"))) << Dump(x);
}

TEST(AgencyMessageTest, EntrustedHisGuestWithGreetingsForIsAskedToConveyThem) {
  const Extraction x = ExtractText(
      "Tripoli - Mohamed al-Menfi, President of the Presidential Council, received Foreign "
      "Minister Ahmed Attaf, who carried a letter from President "
      "Abdelmadjid Tebboune. Al-Menfi entrusted his guest with greetings for the Algerian "
      "President.");
  EXPECT_TRUE(Has(x, Greets("Ahmed Attaf", "Abdelmadjid Tebboune", "Mohamed al-Menfi"))) << Dump(x);
  // (a letter carried in person is no call: the guest was received)
  EXPECT_TRUE(Has(x, Met("Mohamed al-Menfi", "Ahmed Attaf"))) << Dump(x);
}

TEST(AgencyMessageTest, AddresseesEndWhereAClauseAsksForGreetings) {
  const Extraction x = ExtractText(
      "Baku - Speaker Sahiba Gafarova received Speaker Nurlan Turgunbaev. Turgunbaev passed on "
      "President Sadyr Japarov's greetings to President Ilham Aliyev, and Gafarova in turn asked "
      "him to give her regards to Akylbek Japarov.");
  EXPECT_TRUE(Has(x, Greets("Nurlan Turgunbaev", "Ilham Aliyev", "Sadyr Japarov"))) << Dump(x);
  EXPECT_FALSE(GreetsAtAll(x, "Nurlan Turgunbaev", "Sahiba Gafarova")) << Dump(x);
  EXPECT_FALSE(Has(x, Greets("Nurlan Turgunbaev", "Akylbek Japarov", "Sadyr Japarov"))) << Dump(x);
}

TEST(AgencyMessageTest, WishesTheGuestIsAskedToPassOnAreHers) {
  const Extraction x = ExtractText(
      "Jakarta - Minister Bianca Odumegwu-Ojukwu paid a courtesy call on Vice President Gibran "
      "Rakabuming Raka. Gibran, in reply, wished Vice President Kashim Shettima and President "
      "Bola Tinubu well and asked her to tell them so.");
  for (const char* absent : {"Kashim Shettima", "Bola Tinubu"}) {
    EXPECT_TRUE(Has(x, Greets("Bianca Odumegwu-Ojukwu", absent, "Gibran Rakabuming Raka")))
        << absent << "\n"
        << Dump(x);
    EXPECT_FALSE(GreetsAtAll(x, "Gibran Rakabuming Raka", absent)) << absent << "\n" << Dump(x);
  }
}

TEST(AgencyMessageTest, EntrustedWithGreetingsAndThanksForX) {
  const Extraction x = ExtractText(
      "Conakry - General Mamadi Doumbouya received Dr. Omar Alieu Touray, President of the "
      "ECOWAS Commission. At the close of the audience, General Doumbouya entrusted Dr. Touray "
      "with his greetings and thanks for President Julius Maada Bio.");
  EXPECT_TRUE(Has(x, Greets("Omar Alieu Touray", "Julius Maada Bio", "Mamadi Doumbouya")))
      << Dump(x);
}

TEST(AgencyMessageTest, AnEnvoyOfAStateNoGuestIsOfIsNoGuest) {
  const Extraction x = ExtractText(
      "Dakar - President Bassirou Diomaye Faye received the Ambassador of Canada, Isabelle "
      "Gagnon. In return, President Faye entrusted the Moroccan envoy with a brotherly message "
      "to King Mohammed VI.");
  EXPECT_FALSE(GreetsAtAll(x, "Isabelle Gagnon", "Bassirou Diomaye Faye")) << Dump(x);
  for (const Relation& r : x.relations)
    EXPECT_NE(r.type, RelationType::kConveyedGreetingsTo) << Dump(x);
}

TEST(AgencyMessageTest, ASaluteFromXAndEntrustingTheMinisterWithGreetings) {
  const Extraction x = ExtractText(
      "Muscat (ONA) - Bakhtiyor Saidov, Minister of Foreign Affairs of Uzbekistan, was granted an "
      "audience by His Majesty Sultan Haitham bin Tarik. Opening the audience, the Uzbek minister "
      "passed on a salute from President Shavkat Mirziyoyev. His Majesty the Sultan returned the "
      "gesture, entrusting the minister with his own greetings to the Uzbek President.");
  EXPECT_TRUE(Has(x, Greets("Bakhtiyor Saidov", "Haitham bin Tarik", "Shavkat Mirziyoyev")))
      << Dump(x);
  EXPECT_TRUE(Has(x, Greets("Bakhtiyor Saidov", "Shavkat Mirziyoyev", "Haitham bin Tarik")))
      << Dump(x);
}

TEST(AgencyMessageTest, TheHostWhoEntrustsGreetingsFromHisKingIsNoMessengerOfTheGuestsState) {
  const Extraction x = ExtractText(
      "KUWAIT (KUNA) - Kazakhstan's Foreign Minister Murat Nurtleu was received by the Crown "
      "Prince Sheikh Sabah Khalid Al-Sabah. Nurtleu relayed President Kassym-Jomart Tokayev's "
      "regards to Sheikh Sabah Khalid, who for his part entrusted the visitor with a salute from "
      "the Amir Sheikh Mishal Al-Sabah to the Kazakh President.");
  EXPECT_TRUE(Has(x, Greets("Murat Nurtleu", "Kassym-Jomart Tokayev", "Mishal Al-Sabah")))
      << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Mishal Al-Sabah", "Kazakhstan"))) << Dump(x);
}

TEST(AgencyMessageTest, GreetingsAskedToBeDeliveredInReturnToHisColleague) {
  const Extraction x = ExtractText(
      "Today, President of Turkmenistan Serdar Berdimuhamedov received Minister of Foreign "
      "Affairs of the Republic of Indonesia Sugiono. Cordially greeting the head of state, the "
      "guest passed on warm wishes from President of the Republic of Indonesia Prabowo Subianto. "
      "President Serdar Berdimuhamedov requested that sincere greetings be delivered in return "
      "to his Indonesian colleague.");
  EXPECT_TRUE(Has(x, Greets("Sugiono", "Serdar Berdimuhamedov", "Prabowo Subianto"))) << Dump(x);
  EXPECT_TRUE(Has(x, Greets("Sugiono", "Prabowo Subianto", "Serdar Berdimuhamedov"))) << Dump(x);
  EXPECT_FALSE(GreetsAtAll(x, "Serdar Berdimuhamedov", "Sugiono")) << Dump(x);
}

TEST(AgencyMessageTest, HisLetterHandedOverByAnEnvoyIsTheWritersToTheOneHeWroteTo) {
  const Extraction x = ExtractText(
      "ISLAMABAD (APP) - Sheikh Mishal Al-Sabah, Amir of the State of Kuwait, has written to "
      "Muhammad Shehbaz Sharif, the Prime Minister, and his letter was handed over on Tuesday by "
      "Kuwait's First Deputy Prime Minister, Sheikh Fahad Al-Sabah, who is in Islamabad on a "
      "visit.");
  EXPECT_TRUE(Has(x, Greets("Fahad Al-Sabah", "Muhammad Shehbaz Sharif", "Mishal Al-Sabah")))
      << Dump(x);
  EXPECT_TRUE(Has(x, Met("Fahad Al-Sabah", "Muhammad Shehbaz Sharif"))) << Dump(x);
}

TEST(AgencyMessageTest, HisMajestyIsTheKingNotTheDirectorOfHisOffice) {
  const Extraction x = ExtractText(
      "Amman (Petra) -- Admiral Peter Grant, Chief of the Defence Staff of the United Kingdom, "
      "held talks with King Abdullah II. Director of the Office of His Majesty Kamal Nasser was "
      "present. Grant conveyed the greetings of King Charles III to His Majesty.");
  EXPECT_TRUE(Has(x, Greets("Peter Grant", "Abdullah II", "Charles III"))) << Dump(x);
  EXPECT_FALSE(Has(x, Greets("Peter Grant", "Kamal Nasser", "Charles III"))) << Dump(x);
}

TEST(AgencyMessageTest, TheOfficerOfAStateIsTheAudiencesPrincipalOfThatState) {
  const Extraction x = ExtractText(
      "Amman (Petra) -- Britain's Chief of the Defence Staff, Admiral Peter Grant, held talks "
      "with His Majesty King Abdullah II of Jordan. King Abdullah asked the British officer to "
      "relay his greetings to King Charles III.");
  EXPECT_TRUE(Has(x, Greets("Peter Grant", "Charles III", "Abdullah II"))) << Dump(x);
}

TEST(AgencyMessageTest, GreetingsSentThroughTheGuestAreCarriedByHim) {
  const Extraction x = ExtractText(
      "ADDIS ABABA - Prime Minister Dawit Bekele hosted the Chairperson of the African Union "
      "Commission, Omar Farah. Farah conveyed to Bekele greetings from Djibouti's President, "
      "Hassan Ali. Bekele, in turn, sent his warm regards to Hassan Ali through his guest.");
  EXPECT_TRUE(Has(x, Greets("Omar Farah", "Hassan Ali", "Dawit Bekele"))) << Dump(x);
  EXPECT_FALSE(GreetsAtAll(x, "Dawit Bekele", "Hassan Ali")) << Dump(x);
}

TEST(AgencyMessageTest, EntrustedWithGreetingsFromAFatherAndWithHisOwnForAnother) {
  const Extraction x = ExtractText(
      "RIYADH (SPA) - Crown Prince Faisal bin Fahd received British Defence Secretary Tom "
      "Hughes, who is visiting Saudi Arabia. Hughes conveyed to His Royal Highness the greetings "
      "of Prime Minister Mark Ellis. For his part, the Crown Prince entrusted Hughes with "
      "greetings for King Charles III from his father, the Custodian of the Two Holy Mosques "
      "King Fahd bin Saud, and with his own greetings for Ellis.");
  EXPECT_TRUE(Has(x, Greets("Tom Hughes", "Charles III", "Fahd bin Saud"))) << Dump(x);
  EXPECT_TRUE(Has(x, Greets("Tom Hughes", "Mark Ellis", "Faisal bin Fahd"))) << Dump(x);
  // the visitor carries them home: King Charles is not of the dateline's state
  EXPECT_FALSE(Has(x, Represents("Charles III", "Saudi Arabia"))) << Dump(x);
}

TEST(AgencyMessageTest, TheMessageWhichTheEnvoyDeliveredIsTheOwnersThroughHim) {
  const Extraction x = ExtractText(
      "Bamako - General Oumar Sangare, Minister of Defence of Burkina Faso, arrived as special "
      "envoy of Captain Paul Kabore and was received in audience by General Moussa Keita, Head "
      "of State. Captain Kabore's written message, which the envoy delivered to the Head of "
      "State, concerns the summit.");
  EXPECT_TRUE(Has(x, Greets("Oumar Sangare", "Moussa Keita", "Paul Kabore"))) << Dump(x);
  EXPECT_FALSE(GreetsAtAll(x, "Paul Kabore", "Moussa Keita")) << Dump(x);
}

TEST(AgencyMessageTest, AVisitorCarriesGreetingsHomeToHisOwnStatesLeader) {
  const Extraction x = ExtractText(
      "ADEN (Saba) - Chairman of the Presidential Council Ahmed Saleh received the US Special "
      "Envoy for Yemen, Tom Walker. At the end of the meeting, Saleh asked the US envoy to "
      "convey his greetings to President John Carter.");
  EXPECT_TRUE(Has(x, Greets("Tom Walker", "John Carter", "Ahmed Saleh"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("John Carter", "United States"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("John Carter", "Yemen"))) << Dump(x);
}

TEST(AgencyMessageTest, TheMessageReceivedByAMinisterFromItsBearer) {
  const Extraction x = ExtractText(
      "Doha, October 11 - His Highness the Amir Sheikh Hamad bin Khalid Al-Thani received a "
      "written message from President of the Republic of Rwanda Paul Mugenzi. The message was "
      "received by Minister of State Sultan bin Saad Al-Muraikhi during his meeting with "
      "Rwanda's Minister of Foreign Affairs Jean Habimana.");
  EXPECT_TRUE(Has(x, Greets("Jean Habimana", "Hamad bin Khalid Al-Thani", "Paul Mugenzi")))
      << Dump(x);
  EXPECT_FALSE(GreetsAtAll(x, "Paul Mugenzi", "Hamad bin Khalid Al-Thani")) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Jean Habimana", "Sultan bin Saad Al-Muraikhi"))) << Dump(x);
}

TEST(AgencyMessageTest, TheBearerOfAMessageConveysIt) {
  const Extraction x = ExtractText(
      "Brazzaville - Head of State Denis Mobutu on Tuesday received the Special Representative "
      "of the Russian President, Mikhail Bogdanov, bearer of a message from President "
      "Vladimir Petrov.");
  EXPECT_TRUE(Has(x, Greets("Mikhail Bogdanov", "Denis Mobutu", "Vladimir Petrov"))) << Dump(x);
  EXPECT_FALSE(GreetsAtAll(x, "Vladimir Petrov", "Denis Mobutu")) << Dump(x);
}

TEST(AgencyMessageTest, AMessageIntendedForSomeoneElseIsConveyedToHim) {
  const Extraction x = ExtractText(
      "Dakar - Prime Minister Amadou Sow on Wednesday hosted the President of the ECOWAS "
      "Commission, Omar Jallow. Mr Jallow handed the head of government a message intended "
      "for the Head of State, Bassirou Ndiaye.");
  EXPECT_TRUE(GreetsAtAll(x, "Omar Jallow", "Bassirou Ndiaye")) << Dump(x);
  EXPECT_FALSE(GreetsAtAll(x, "Omar Jallow", "Amadou Sow")) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Omar Jallow", "Amadou Sow"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Omar Jallow", "Bassirou Ndiaye"))) << Dump(x);
}

TEST(AgencyMessageTest, WishesFromASenderForAnAddresseeAndThroughAnIntermediary) {
  const Extraction x = ExtractText(
      "Pretoria - Minister Ronald Dube today received the Personal Envoy of the "
      "Secretary-General, Mr Karim Lamrani. Mr Lamrani also carried good wishes from Antonio "
      "Guerra, the Secretary-General, for President Cyril Moyo.");
  EXPECT_TRUE(Has(x, Greets("Karim Lamrani", "Cyril Moyo", "Antonio Guerra"))) << Dump(x);
  EXPECT_FALSE(GreetsAtAll(x, "Karim Lamrani", "Ronald Dube")) << Dump(x);
  const Extraction through = ExtractText(
      "Pretoria - Minister Ronald Dube today received the Personal Envoy of the "
      "Secretary-General, Mr Karim Lamrani. Lamrani passed on to President Cyril Moyo, through "
      "the Minister, the greetings of King Hassan Idrissi.");
  EXPECT_TRUE(Has(through, Greets("Karim Lamrani", "Cyril Moyo", "Hassan Idrissi")))
      << Dump(through);
  EXPECT_FALSE(GreetsAtAll(through, "Karim Lamrani", "Ronald Dube")) << Dump(through);
}

TEST(AgencyMessageTest, AMessageMeantForTheAmirAndSentByAPrimeMinister) {
  const Extraction x = ExtractText(
      "Doha, November 19 (QNA) - Sardar Khan, Speaker of the National Assembly of Pakistan, "
      "was received by His Highness the Deputy Amir Sheikh Abdullah bin Hamad Al Thani. The "
      "visiting Speaker relayed through the Deputy Amir a goodwill message meant for His "
      "Highness the Amir Sheikh Tamim bin Hamad Al Thani and sent by Shehbaz Ali, Pakistan's "
      "Prime Minister. For his part, the Deputy Amir charged Khan with passing his regards to "
      "the Prime Minister.");
  EXPECT_TRUE(Has(x, Greets("Sardar Khan", "Tamim bin Hamad Al Thani", "Shehbaz Ali"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Abdullah bin Hamad Al Thani", "Pakistan"))) << Dump(x);
}

TEST(AgencyMessageTest, ADelegationSentByALeaderBringsHisLetterAndTakesBackGreetings) {
  const Extraction x = ExtractText(
      "Libreville (AGP) - President Brice Nguema on Thursday welcomed to the Presidential "
      "Palace a delegation dispatched by the President of the Central African Republic, "
      "Faustin Touadi. Leading the delegation was the Central African Minister of Foreign "
      "Affairs, Francophonie and Central Africans Abroad, Sylvie Baipo. Ms Baipo gave the Head "
      "of State a sealed letter from President Touadi. President Nguema, in turn, gave the "
      "minister his greetings for President Touadi.");
  EXPECT_TRUE(Has(x, Met("Brice Nguema", "Sylvie Baipo"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Brice Nguema", "Faustin Touadi"))) << Dump(x);
  EXPECT_TRUE(Has(x, Greets("Sylvie Baipo", "Brice Nguema", "Faustin Touadi"))) << Dump(x);
  EXPECT_TRUE(Has(x, Greets("Sylvie Baipo", "Faustin Touadi", "Brice Nguema"))) << Dump(x);
  EXPECT_EQ(NamesOf(x, EntityType::kPerson),
            (std::set<std::string>{"Brice Nguema", "Faustin Touadi", "Sylvie Baipo"}))
      << Dump(x);
}

TEST(AgencyMessageTest, OneGivesOnlyALetterOrHisOwnGreetingsToCarry) {
  const Extraction x = ExtractText(
      "Baku - Speaker Sahiba Gafar received the Speaker of Kyrgyzstan, Nurlan Turgun. Turgun "
      "passed on President Sadyr Jumabek's greetings to President Ilham Aliyev, and Gafar in "
      "turn asked him to give her best regards to Akyl Japar, Chairman of the Cabinet.");
  EXPECT_FALSE(GreetsAtAll(x, "Nurlan Turgun", "Akyl Japar") &&
               !Has(x, Greets("Nurlan Turgun", "Akyl Japar", "Sahiba Gafar")))
      << Dump(x);
}

TEST(AgencyMessageTest, AMessageReadOutOrALetterPresentedIsConveyed) {
  const Extraction read = ExtractText(
      "Malabo - Vice President Teodoro Mangue received the Chinese envoy, Liu Yu. Mr Liu read "
      "out a message from President Xi Jin to President Obiang Mba, in which the Chinese "
      "leader praised the ties.");
  EXPECT_TRUE(Has(read, Greets("Liu Yu", "Obiang Mba", "Xi Jin"))) << Dump(read);
  const Extraction presented = ExtractText(
      "Abuja - Vice President Kashim Bello hosted Zheng Jian, President Xi Jin's Special "
      "Envoy. Zheng presented a letter from President Xi addressed to President Bola Tunde.");
  EXPECT_TRUE(Has(presented, Greets("Zheng Jian", "Bola Tunde", "Xi Jin"))) << Dump(presented);
  const Extraction credence = ExtractText(
      "Muscat - Ambassador John Smith presented a copy of his letter of credence to Sayyid "
      "Badr Albusaidi, Foreign Minister, on Monday.");
  EXPECT_FALSE(GreetsAtAll(credence, "John Smith", "Badr Albusaidi")) << Dump(credence);
}

TEST(AgencyMessageTest, TheOneWhoToldAGuestALeaderSentHisGreetingsConveyedThem) {
  const Extraction x = ExtractText(
      "Muscat - Sayyid Shihab Al Said, Deputy Prime Minister, received Hans Berg and told him "
      "that His Majesty Sultan Haitham bin Tarik sent his greetings and hoped the mission "
      "would succeed.");
  EXPECT_TRUE(Has(x, Greets("Shihab Al Said", "Hans Berg", "Haitham bin Tarik"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Shihab Al Said", "Haitham bin Tarik"))) << Dump(x);
}

TEST(AgencyMessageTest, GreetingsSentBackGoWithTheirBearer) {
  const Extraction x = ExtractText(
      "ABU DHABI (WAM) -- Shin Won-sik, Minister of National Defense of Korea, was welcomed "
      "today by the UAE President, Sheikh Mohamed bin Zayed. The South Korean minister conveyed "
      "the greetings of President Yoon Suk to Sheikh Mohamed, who sent back his own greetings "
      "to President Yoon.");
  EXPECT_TRUE(Has(x, Greets("Shin Won-sik", "Yoon Suk", "Mohamed bin Zayed"))) << Dump(x);
  EXPECT_FALSE(GreetsAtAll(x, "Mohamed bin Zayed", "Yoon Suk")) << Dump(x);
  // (a call is no return with the bearer)
  const Extraction call = ExtractText(
      "KAMPALA - Deputy President Paul Mashale paid a courtesy call on President Yoweri Musa, "
      "where he delivered a special message from President Cyril Rampa. Later, President Musa "
      "spoke by telephone with President Rampa to congratulate him.");
  EXPECT_TRUE(GreetsAtAll(call, "Yoweri Musa", "Cyril Rampa")) << Dump(call);
}

TEST(AgencyMessageTest, TheVisitingMinisterAskedOrEntrustedCarriesTheGreetingsHome) {
  const Extraction asked = ExtractText(
      "KUWAIT (KUNA) -- Algeria's Minister of Foreign Affairs, Ahmed Attaf, was received by "
      "the Amir Sheikh Mishal Al-Sabah, and handed him President Karim Tebbal's message. Sheikh "
      "Mishal asked the visiting minister to take his greetings back to President Tebbal.");
  EXPECT_TRUE(Has(asked, Greets("Ahmed Attaf", "Karim Tebbal", "Mishal Al-Sabah"))) << Dump(asked);
  const Extraction entrusted = ExtractText(
      "CAIRO - President Adel Sami received Saudi Foreign Minister Prince Faisal bin Farhan. "
      "Sami entrusted his guest with warm regards, to be passed on to Crown Prince and Prime "
      "Minister Mohammed bin Salman.");
  EXPECT_TRUE(Has(entrusted, Greets("Faisal bin Farhan", "Mohammed bin Salman", "Adel Sami")))
      << Dump(entrusted);
}

TEST(AgencyMessageTest, GreetingsTheHostRequestedBePassedOnGoWithHisGuest) {
  const Extraction x = ExtractText(
      "PORT SUDAN - Sovereignty Council Chairman General Fattah Burhani received Egypt's envoy, "
      "Lieutenant General Ahmed Khalifa, who relayed to Burhani the good wishes of President "
      "Adel Sami. Burhani, in reply, requested that his own greetings be passed on to "
      "President Sami.");
  EXPECT_TRUE(Has(x, Greets("Ahmed Khalifa", "Adel Sami", "Fattah Burhani"))) << Dump(x);
}

TEST(AgencyMessageTest, AReplyTheHostHandedHisGuestIsCarriedByTheGuest) {
  const Extraction x = ExtractText(
      "N'DJAMENA - President Mahamat Debi received the Togolese envoy, Robert Dusse, who "
      "delivered a message from President Faure Gnassi. Before the envoy took his leave, "
      "President Debi handed him a reply message for President Gnassi.");
  EXPECT_TRUE(Has(x, Greets("Robert Dusse", "Faure Gnassi", "Mahamat Debi"))) << Dump(x);
  EXPECT_FALSE(GreetsAtAll(x, "Mahamat Debi", "Robert Dusse")) << Dump(x);
}

TEST(AgencyMessageTest, GreetingsAskedForInAnswerAreTheAskersNotTheFirstSenders) {
  // the addressee answers in a relative clause: his own greetings, not the first sender's
  const Extraction x = ExtractText(
      "Doha - The Amir Sheikh Hamad Al-Rashid received Speaker Ivan Petrov on Wednesday. "
      "Petrov conveyed the greetings of President Oleg Sokolov to the Amir, who in turn "
      "entrusted his guest with his own greetings to the Russian President.");
  EXPECT_TRUE(Has(x, Greets("Ivan Petrov", "Hamad Al-Rashid", "Oleg Sokolov"))) << Dump(x);
  EXPECT_TRUE(Has(x, Greets("Ivan Petrov", "Oleg Sokolov", "Hamad Al-Rashid"))) << Dump(x);
  // and so in a clause of its own after ", and"
  const Extraction two = ExtractText(
      "Baghdad - Prime Minister Ali Hassan received the Jordanian Minister of Transport, Omar "
      "Haddad. The Jordanian minister brought King Faisal IV's greetings, and the Prime "
      "Minister asked him to return his greetings to the King.");
  EXPECT_TRUE(Has(two, Greets("Omar Haddad", "Faisal IV", "Ali Hassan"))) << Dump(two);
  EXPECT_FALSE(Has(two, Greets("Omar Haddad", "Faisal IV", "Faisal IV"))) << Dump(two);
}

TEST(AgencyMessageTest, RegardsSentWithTheGuestAreCarriedByHim) {
  const Extraction x = ExtractText(
      "Riyadh - Crown Prince Faisal bin Khalid received Deputy Prime Minister Ivan Petrov at "
      "the palace. The Crown Prince, for his part, said he was sending his regards to "
      "President Oleg Sokolov with Petrov.");
  EXPECT_TRUE(Has(x, Greets("Ivan Petrov", "Oleg Sokolov", "Faisal bin Khalid"))) << Dump(x);
  EXPECT_FALSE(GreetsAtAll(x, "Faisal bin Khalid", "Oleg Sokolov")) << Dump(x);
}

TEST(AgencyMessageTest, TheOneNamedBeforeTheGreetingsBeatsALaterClausesTo) {
  const Extraction x = ExtractText(
      "Muscat (ONA) - Antonio Ferri called on His Majesty Sultan Khalid bin Said at Al Alam "
      "Palace. Ferri brought His Majesty the Sultan cordial regards from President Marco Bruni, "
      "who made a state visit to Oman last year.");
  EXPECT_TRUE(Has(x, Greets("Antonio Ferri", "Khalid bin Said", "Marco Bruni"))) << Dump(x);
  EXPECT_FALSE(GreetsAtAll(x, "Antonio Ferri", "Oman")) << Dump(x);
  const Extraction letter = ExtractText(
      "N'Djamena (ATP) - Marshal Idriss Mahamat received Mr. Omar Youssouf. Mr. Youssouf "
      "handed the Marshal a letter from the Chairperson of the African Union, President Joao "
      "Pereira, devoted to the war in Sudan.");
  EXPECT_TRUE(Has(letter, Greets("Omar Youssouf", "Idriss Mahamat", "Joao Pereira")))
      << Dump(letter);
  EXPECT_FALSE(GreetsAtAll(letter, "Omar Youssouf", "Sudan")) << Dump(letter);
}

TEST(AgencyMessageTest, AMessageToTheHostHandedOverByAGuestHeReceived) {
  const Extraction x = ExtractText(
      "Riyadh, November 26, 2024, SPA -- A message from President Oleg Sokolov to His Royal "
      "Highness Prince Faisal bin Khalid, Crown Prince and Prime Minister, was handed over "
      "today by Deputy Prime Minister Ivan Petrov, whom His Royal Highness received at the "
      "palace. Petrov said President Sokolov looked forward to welcoming the Crown Prince in "
      "Russia. The two sides discussed Saudi-Russian ties.");
  EXPECT_TRUE(Has(x, Greets("Ivan Petrov", "Faisal bin Khalid", "Oleg Sokolov"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Ivan Petrov", "Faisal bin Khalid"))) << Dump(x);
  // where a crown prince is to be welcomed is not the state he serves
  EXPECT_FALSE(Has(x, Represents("Faisal bin Khalid", "Russia"))) << Dump(x);
}

TEST(AgencyMessageTest, OneWhoToldTheHostThatHerLeaderWishedHimSuccessConveyedTheWishes) {
  const Extraction x = ExtractText(
      "Bamako (AMAP) - The President of the Transition, General Amadou Keita, granted Ms. Elif "
      "Demir, Turkey's Deputy Minister of "
      "Foreign Affairs, an audience. The Turkish deputy minister told the Head of State that "
      "President Kemal Aydin wished the Malian Transition every success.");
  EXPECT_TRUE(Has(x, Greets("Elif Demir", "Amadou Keita", "Kemal Aydin"))) << Dump(x);
  EXPECT_FALSE(GreetsAtAll(x, "Kemal Aydin", "Mali")) << Dump(x);
}

// "spoke by telephone with X and offered his condolences over ...": with no addressee named,
// the condolences went to the one he spoke with, not to the one he met earlier.
TEST(AgencyMessageTest, CondolencesOfferedOnACallGoToTheOneCalled) {
  const Extraction x = ExtractText(
      "Tehran - Iran's Minister of Interior Eskandar Momeni met Pakistan's Interior Minister "
      "Mohsin Naqvi. In a separate development, the Iranian interior minister spoke by "
      "telephone on Sunday evening with Iraq's Interior Minister Abdul Amir al-Shammari and "
      "offered his condolences over the death of several Iraqi pilgrims.");
  EXPECT_TRUE(GreetsAtAll(x, "Eskandar Momeni", "Abdul Amir al-Shammari")) << Dump(x);
  EXPECT_FALSE(GreetsAtAll(x, "Eskandar Momeni", "Mohsin Naqvi")) << Dump(x);
}

// "received at Chamwino State House a special message from X, delivered by Y": a thing
// received at a place; its bearer, not its sender, was met.
TEST(AgencyMessageTest, AMessageReceivedAtAPlaceNamesNoOneMet) {
  const Extraction x = ExtractText(
      "Dodoma, Thursday — President Amina Juma today received at Chamwino State House a "
      "special message from His Majesty Sultan Haitham bin Tarik of Oman, delivered by Oman's "
      "Minister of Foreign Affairs Sayyid Badr bin Hamad.");
  EXPECT_TRUE(Has(x, Met("Amina Juma", "Badr bin Hamad"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Amina Juma", "Haitham bin Tarik"))) << Dump(x);
}

// "Mr B conveyed ..., and President A asked him to convey his greetings to C": the one
// asked is B, whom A received later in the report, not A's first guest.
TEST(AgencyMessageTest, TheOneAskedToConveyIsTheSentencesSubjectTheHostMet) {
  const Extraction x = ExtractText(
      "HARARE - President Tendai Moyo received the Executive Secretary of the Community, Mr "
      "Elias Banda. The President also received a special envoy of Namibian President Netumbo "
      "Shikongo, Mr Utoni Hamutenya, who delivered a message. Mr Hamutenya conveyed the "
      "Namibian leader's gratitude following the passing of his father, Founding President Sam "
      "Hamutenya, and President Moyo asked him to convey his warm greetings to President "
      "Shikongo.");
  EXPECT_TRUE(GreetsAtAll(x, "Utoni Hamutenya", "Netumbo Shikongo")) << Dump(x);
  EXPECT_FALSE(GreetsAtAll(x, "Elias Banda", "Netumbo Shikongo")) << Dump(x);
}

// "Congratulating President B on ..., President A extended ...": the participle opening
// the sentence is its subject's congratulation.
TEST(AgencyMessageTest, ACongratulatingParticipleOpeningTheSentenceIsTheSubjects) {
  const Extraction x = ExtractText(
      "President Kemal Aydin held a phone call with President Karim Benali of Algeria on "
      "Saturday. Congratulating President Benali on the anniversary of Algeria's independence, "
      "President Aydin extended his best wishes to the Algerian people.");
  EXPECT_TRUE(GreetsAtAll(x, "Kemal Aydin", "Karim Benali")) << Dump(x);
}

// "The Gambian diplomat, for his part, brought the greetings of X": the envoy of that state
// the host received, who greets the host.
TEST(AgencyMessageTest, TheDiplomatOfAStateIsTheEnvoyTheHostReceived) {
  const Extraction x = ExtractText(
      "DAKAR (APS) - Two new ambassadors presented their letters of credence to President "
      "Amadou Sy. The new envoys are Karim Bennani of the Kingdom of Morocco and Lamin Jallow of "
      "the Republic of The Gambia. The Gambian diplomat, for his part, brought the greetings of "
      "President Adama Barrow. The Head of State also received the outgoing Ambassador of "
      "Canada, Isabelle Gagnon.");
  EXPECT_TRUE(Has(x, Greets("Lamin Jallow", "Amadou Sy", "Adama Barrow"))) << Dump(x);
  EXPECT_FALSE(GreetsAtAll(x, "Amadou Sy", "Isabelle Gagnon")) << Dump(x);
}

// "a letter addressed to President X by General Y": Y sent it, X is its addressee.
TEST(AgencyMessageTest, ALetterAddressedToOneByAnotherIsTheSecondsToTheFirst) {
  const Extraction x = ExtractText(
      "Nouakchott - Minister Mohamed Salem received Mr. Bourema Ag Sidi, special envoy of Mali. "
      "The Malian diplomat handed the minister a letter addressed to His Excellency the "
      "President of the Republic, Mr. Ahmed Ould Brahim, by General Assimi Traore, President of "
      "the Transition.");
  EXPECT_TRUE(Has(x, Greets("Bourema Ag Sidi", "Ahmed Ould Brahim", "Assimi Traore"))) << Dump(x);
  EXPECT_FALSE(GreetsAtAll(x, "Bourema Ag Sidi", "Assimi Traore")) << Dump(x);
}

// "greeted the Azerbaijani leader and the First Vice-President on the red carpet": a welcome
// in person, no greetings conveyed.
TEST(AgencyMessageTest, AGreetingOnTheRedCarpetIsAWelcome) {
  const Extraction x = ExtractText(
      "ASTANA (Kazinform) - An official welcome ceremony for President of the Republic of "
      "Azerbaijan Ilham Aliyev was held this morning at the Akorda. Kassym Tokayev greeted the "
      "Azerbaijani leader and First Vice-President Mehriban Aliyeva on the red carpet.");
  EXPECT_TRUE(Has(x, Met("Kassym Tokayev", "Mehriban Aliyeva"))) << Dump(x);
  EXPECT_FALSE(GreetsAtAll(x, "Kassym Tokayev", "Mehriban Aliyeva")) << Dump(x);
}

// "A conveyed to X the greetings of B, while C conveyed the greetings of D": C's greetings
// went to X too.
TEST(AgencyMessageTest, AParallelClauseSharesTheAddressee) {
  const Extraction x = ExtractText(
      "Abu Dhabi (WAM) -- Minister of State Khalid Almarri received copies of the credentials "
      "of Ahmedou Ould Sidi, Ambassador of the Islamic Republic of Mauritania, and Amelia "
      "Nhantumbo, Ambassador of the Republic of Mozambique. The Mauritanian ambassador conveyed "
      "to His Highness Sheikh Mohamed bin Zayed Al Nahyan, President of the UAE, the greetings "
      "of President Mohamed Ould Ghazouani, while the Mozambican ambassador conveyed the "
      "greetings of President Filipe Nyusi.");
  EXPECT_TRUE(Has(x, Greets("Amelia Nhantumbo", "Mohamed bin Zayed Al Nahyan", "Filipe Nyusi")))
      << Dump(x);
  EXPECT_FALSE(GreetsAtAll(x, "Amelia Nhantumbo", "Khalid Almarri")) << Dump(x);
}

// "received by the Prime Minister, X, to whom he handed a written message from A addressed
// to B": he met X, whom "whom" stands for, not B; "X promised to deliver the message to the
// Head of State" is a promise, no greeting.
TEST(AgencyMessageTest, TheOneToWhomAMessageWasHandedIsTheOneMet) {
  const Extraction x = ExtractText(
      "Kinshasa (ACP) - On Tuesday, the Zambian Minister of Commerce, Mwansa Banda, was received "
      "by the Prime Minister, Judith Tuluka, to whom he handed a written message from President "
      "Hakainde Hichilema addressed to President Felix Tshisekedi. The Prime Minister promised "
      "to deliver the message to the Head of State without delay.");
  EXPECT_TRUE(Has(x, Met("Mwansa Banda", "Judith Tuluka"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Mwansa Banda", "Felix Tshisekedi"))) << Dump(x);
  EXPECT_TRUE(GreetsAtAll(x, "Mwansa Banda", "Felix Tshisekedi")) << Dump(x);
  EXPECT_FALSE(GreetsAtAll(x, "Judith Tuluka", "Hakainde Hichilema")) << Dump(x);
  EXPECT_FALSE(GreetsAtAll(x, "Judith Tuluka", "Felix Tshisekedi")) << Dump(x);
}

// "A letter from A addressed to Prime Minister B was handed over to Minister C by D": D
// conveyed A's letter to B, whom he did not meet.
TEST(AgencyMessageTest, APassiveLetterGoesToWhomItWasAddressed) {
  const Extraction x = ExtractText(
      "Tokyo - A letter from President Abdel Sisi addressed to Prime Minister Shigeru Ishida "
      "was handed over to Minister Takeshi Iwata by Minister Badr Atty.");
  EXPECT_TRUE(Has(x, Greets("Badr Atty", "Shigeru Ishida", "Abdel Sisi"))) << Dump(x);
  EXPECT_FALSE(GreetsAtAll(x, "Badr Atty", "Takeshi Iwata")) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Badr Atty", "Shigeru Ishida"))) << Dump(x);
}

// "X received a phone call from Y, who conveyed the condolences of the Iraqi government":
// with no addressee named, they went to the other one on the call, who, a minister of no
// stated state on the phone with a foreigner, is of the dateline's state.
TEST(AgencyMessageTest, CondolencesOnACallReceivedGoToTheOneCalled) {
  const Extraction x = ExtractText(
      "Amman, Petra -- Minister of Planning Lina Hassan on Sunday received the Representative of "
      "UNHCR in Jordan, Matthias Bredow. Separately, Minister of Foreign Affairs Ayman Safdi "
      "received a phone call from Iraqi "
      "Foreign Minister Fuad Husain, who conveyed the condolences of the Iraqi government over "
      "the victims of the floods. Safdi stressed Jordan's solidarity. Refugees from Syria were "
      "discussed, and aid to Syria.");
  EXPECT_TRUE(Has(x, Greets("Fuad Husain", "Ayman Safdi", "Iraq"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Ayman Safdi", "Jordan"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Ayman Safdi", "Syria"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Ayman Safdi", "Fuad Husain"))) << Dump(x);
}

// "who conveyed the condolences of the Government and people of Botswana and described Dr.
// X as a statesman": the condolences are Botswana's, not those of the one described after.
TEST(AgencyMessageTest, TheSenderIsNamedBeforeAVerbJoinedByAnd) {
  const Extraction x = ExtractText(
      "WINDHOEK - President Nangolo Mbumba on Friday received President Mokgweetsi Masisi of "
      "Botswana, who conveyed the condolences of the Government and people of Botswana and "
      "described Dr. Hage Geingob as a statesman.");
  EXPECT_TRUE(Has(x, Greets("Mokgweetsi Masisi", "Nangolo Mbumba", "Botswana"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Hage Geingob", "Botswana"))) << Dump(x);
}

// "conveyed the greetings of A to B and C, and those of D to E": D's greetings went to E,
// and A's to B and C only.
TEST(AgencyMessageTest, ThoseOfAnotherSenderGoToTheirOwnAddressee) {
  const Extraction x = ExtractText(
      "Hanoi (VNA) - Prime Minister Pham Minh Chinh received Lao Foreign Minister Saleumxay "
      "Kommasith. Saleumxay conveyed the greetings of President Thongloun Sisoulith to General "
      "Secretary Nguyen Phu Trong and President Vo Van Thuong, and those of Prime Minister "
      "Sonexay Siphandone to PM Chinh.");
  EXPECT_TRUE(Has(x, Greets("Saleumxay Kommasith", "Pham Minh Chinh", "Sonexay Siphandone")))
      << Dump(x);
  EXPECT_TRUE(Has(x, Greets("Saleumxay Kommasith", "Vo Van Thuong", "Thongloun Sisoulith")))
      << Dump(x);
  EXPECT_FALSE(GreetsAtAll(x, "Saleumxay Kommasith", "Sonexay Siphandone")) << Dump(x);
  EXPECT_FALSE(Has(x, Greets("Saleumxay Kommasith", "Pham Minh Chinh", "Thongloun Sisoulith")))
      << Dump(x);
}

// (and "..., and the greetings of D to E": the noun said again)
TEST(AgencyMessageTest, TheGreetingsOfAnotherSenderGoToTheirOwnAddressee) {
  const Extraction x = ExtractText(
      "RIYADH (SPA) -- Prince Faisal bin Khalid received Kuwait's Minister of Foreign Affairs "
      "Salem Al-Mutairi. Al-Mutairi conveyed the greetings of the Amir Sheikh Nawaf Al-Ahmad to "
      "King Salman bin Abdulaziz, and the greetings of the Crown Prince Sheikh Mishal Al-Jaber "
      "to Prince Mohammed bin Salman.");
  EXPECT_TRUE(Has(x, Greets("Salem Al-Mutairi", "Mohammed bin Salman", "Mishal Al-Jaber")))
      << Dump(x);
  EXPECT_TRUE(Has(x, Greets("Salem Al-Mutairi", "Salman bin Abdulaziz", "Nawaf Al-Ahmad")))
      << Dump(x);
  EXPECT_FALSE(GreetsAtAll(x, "Salem Al-Mutairi", "Mishal Al-Jaber")) << Dump(x);
}

// "A conveyed to the Head of State the greetings of B, while the Omani diplomat relayed the
// greetings of C": the diplomat, described after "while", conveyed C's.
TEST(AgencyMessageTest, ADescribedSubjectAfterWhileConveysHisOwn) {
  const Extraction x = ExtractText(
      "ALGIERS - The Head of State, Abdelmadjid Tebboune, successively received the credentials "
      "of the Ambassador of the Republic of Senegal, Mr. Cheikh Diallo; and the Ambassador of "
      "the Sultanate of Oman, Sheikh Hilal Al Siyabi. The Senegalese ambassador conveyed to the "
      "Head of State the greetings of President Bassirou Faye, while the Omani diplomat relayed "
      "the greetings of His Majesty Sultan Haitham bin Tarik.");
  EXPECT_TRUE(Has(x, Greets("Hilal Al Siyabi", "Abdelmadjid Tebboune", "Haitham bin Tarik")))
      << Dump(x);
  EXPECT_TRUE(Has(x, Greets("Cheikh Diallo", "Abdelmadjid Tebboune", "Bassirou Faye"))) << Dump(x);
}

// "the good wishes of A to the President and to B, recalling the talks B had held with A":
// both addressees (the second after its own "to"), and not the one the participle names.
TEST(AgencyMessageTest, GreetingsToTheHostAndToASecondAddresseeBeforeAParticiple) {
  const Extraction x = ExtractText(
      "ISLAMABAD: The outgoing Ambassador of Chile, Pablo Rojas, called on President Tariq "
      "Mahmood Khan on Tuesday. The ambassador conveyed the good wishes of Chilean Foreign "
      "Minister Elena Vidal to the President and to Bilal Ahmed Khan, recalling the talks the "
      "former minister had held with Vidal in 2023.");
  EXPECT_TRUE(Has(x, Greets("Pablo Rojas", "Tariq Mahmood Khan", "Elena Vidal"))) << Dump(x);
  EXPECT_TRUE(Has(x, Greets("Pablo Rojas", "Bilal Ahmed Khan", "Elena Vidal"))) << Dump(x);
  EXPECT_FALSE(Has(x, Greets("Pablo Rojas", "Elena Vidal"))) << Dump(x);
}

// "The prime minister also conveyed to him the greetings of his elder brother, X": the
// host's "him", with no one else named before it, is his guest (not the president the
// sentence before named); "wished him" after "thanked the Turkish President" is that one.
TEST(AgencyMessageTest, TheHostsHimIsHisGuestUnlessTheSentenceNamesAnother) {
  const Extraction x = ExtractText(
      "ISLAMABAD: Speaker Arman Sadykov called on Prime Minister Karim Nawaz on Tuesday. The "
      "visiting dignitary conveyed the good wishes of President Nursultan Beisenov. The prime "
      "minister also conveyed to him the greetings of his elder brother, Party President Javed "
      "Nawaz.");
  EXPECT_TRUE(Has(x, Greets("Karim Nawaz", "Arman Sadykov", "Javed Nawaz"))) << Dump(x);
  EXPECT_FALSE(GreetsAtAll(x, "Karim Nawaz", "Nursultan Beisenov")) << Dump(x);
  const Extraction named = ExtractText(
      "DOHA: The Amir, Sheikh Khalid bin Hamad, received the Minister of Energy of Kenya, Omar "
      "Said. The Amir thanked the Turkish President, Ahmet Yilmaz, for his sincere sentiments "
      "and wished him good health.");
  EXPECT_TRUE(GreetsAtAll(named, "Khalid bin Hamad", "Ahmet Yilmaz")) << Dump(named);
  EXPECT_FALSE(GreetsAtAll(named, "Khalid bin Hamad", "Omar Said")) << Dump(named);
}

// "wished the State of Qatar continued progress": the state's leader the report names; but
// "best wishes to the Algerian people" stay with the state.
TEST(AgencyMessageTest, WishesToAStateByItsNameGoToItsLeader) {
  const Extraction x = ExtractText(
      "DOHA: The Amir of Qatar, Sheikh Khalid bin Hamad Al Thani, received President Amadou "
      "Diallo of Senegal. President Diallo thanked the Amir for his hospitality and wished the "
      "State of Qatar continued progress.");
  EXPECT_TRUE(GreetsAtAll(x, "Amadou Diallo", "Khalid bin Hamad Al Thani")) << Dump(x);
  EXPECT_FALSE(GreetsAtAll(x, "Amadou Diallo", "Qatar")) << Dump(x);
  const Extraction people = ExtractText(
      "ANKARA: President Kemal Aydin held a phone call with President Karim Benali of Algeria. "
      "President Aydin extended his best wishes to the Algerian people.");
  EXPECT_TRUE(GreetsAtAll(people, "Kemal Aydin", "Algeria")) << Dump(people);
}

// "President Rolando S. Santos Jr. received ... conveyed the greetings of the Amir, Sheikh X,
// to Santos": a surname is the one before a generational suffix, so the bare word after "to"
// is a person, the addressee, not a place.
TEST(AgencyMessageTest, ASurnameBeforeAGenerationalSuffixIsTheAddressee) {
  const Extraction x = ExtractText(
      "MANILA - President Rolando S. Santos Jr. received Kuwaiti Foreign Minister Fahad Salem "
      "Al-Rashidi. Al-Rashidi conveyed the greetings of the Amir of Kuwait, Sheikh Hamad "
      "Al-Jaber, to Santos, who in turn asked the visiting minister to bring his best wishes "
      "to the Amir.");
  EXPECT_TRUE(Has(x, Greets("Fahad Salem Al-Rashidi", "Rolando S. Santos Jr.", "Hamad Al-Jaber")))
      << Dump(x);
  EXPECT_TRUE(Has(x, Greets("Fahad Salem Al-Rashidi", "Hamad Al-Jaber", "Rolando S. Santos Jr.")))
      << Dump(x);
}

// "congratulated his Egyptian counterpart on Armed Forces Day" in a telephone call, before a
// video conference with another minister: the counterpart of the state the adjective names.
TEST(AgencyMessageTest, CongratulationsToTheCounterpartOfTheStateNamed) {
  const Extraction x = ExtractText(
      "On October 7, Minister of Foreign Affairs of Armenia Aram Sargsyan had a telephone "
      "conversation with Minister of Foreign Affairs of Egypt Karim Mansour. Minister Sargsyan "
      "congratulated his Egyptian counterpart on Armed Forces Day. The same day, Sargsyan held "
      "a video conference with Minister of Foreign Affairs of Estonia Jaan Tamm.");
  EXPECT_TRUE(Has(x, Greets("Aram Sargsyan", "Karim Mansour"))) << Dump(x);
  EXPECT_FALSE(Has(x, Greets("Aram Sargsyan", "Jaan Tamm"))) << Dump(x);
}

// "the Rwandan ambassador conveyed the greetings of President A to HH the Amir B, and the
// Uzbek ambassador conveyed the greetings of President C to His Highness": the second clause
// has its own subject, and "His Highness" is the one given "HH".
TEST(AgencyMessageTest, ASecondGreetingAfterAndToTheOneGivenHH) {
  const Extraction x = ExtractText(
      "Doha - Minister Khalid Al-Sulaiti received the credentials of Emmanuel Nkurunziza as "
      "Ambassador of Rwanda, and of Timur Karimov as Ambassador of Uzbekistan. For their part, "
      "the Rwandan ambassador conveyed the greetings of President Paul Kagame to HH the Amir "
      "Sheikh Tamim bin Hamad Al-Thani, and the Uzbek ambassador conveyed the greetings of "
      "President Shavkat Mirziyoyev to His Highness.");
  EXPECT_TRUE(Has(x, Greets("Emmanuel Nkurunziza", "Tamim bin Hamad Al-Thani", "Paul Kagame")))
      << Dump(x);
  EXPECT_TRUE(Has(x, Greets("Timur Karimov", "Tamim bin Hamad Al-Thani", "Shavkat Mirziyoyev")))
      << Dump(x);
}

// "A was received by President B, to whom a personal message from President C was handed
// over": A handed C's message to B.
TEST(AgencyMessageTest, AMessageHandedOverToWhomTheGuestWasReceivedBy) {
  const Extraction x = ExtractText(
      "Belgrade - Later in the day, Tomas Antonio was received by President of the Republic of "
      "Serbia Marko Petrovic, to whom a personal message from President Joao Lemos was handed "
      "over.");
  EXPECT_TRUE(Has(x, Greets("Tomas Antonio", "Marko Petrovic", "Joao Lemos"))) << Dump(x);
}

// "Ambassador A conveyed to the Head of State the greetings of X; Ambassador B those of Y; and
// Ambassador C those of Z": each gapped clause conveys its own sender's greetings.
TEST(AgencyMessageTest, GappedClausesConveyTheirOwnSendersGreetings) {
  const Extraction x = ExtractText(
      "Dushanbe - President Rustam Nazarov received the credentials of Ambassador of Qatar "
      "Saad Al-Kuwari, Ambassador of Bulgaria Elena Petrova and Ambassador of Norway Ingrid "
      "Solberg. Ambassador Al-Kuwari conveyed to the Head of State the greetings of the Emir "
      "of Qatar Sheikh Tamim bin Hamad Al Thani; Ambassador Petrova those of President of "
      "Bulgaria Rumen Radev; and Ambassador Solberg those of King Harald V.");
  EXPECT_TRUE(Has(x, Greets("Saad Al-Kuwari", "Rustam Nazarov", "Tamim bin Hamad Al Thani")))
      << Dump(x);
  EXPECT_TRUE(Has(x, Greets("Elena Petrova", "Rustam Nazarov", "Rumen Radev"))) << Dump(x);
  EXPECT_TRUE(Has(x, Greets("Ingrid Solberg", "Rustam Nazarov", "Harald V"))) << Dump(x);
}

// "A flew into Mogadishu carrying a personal message from President X to President Y. The
// message was handed over during a closed-door meeting, according to a statement released by
// the presidency": A delivered it to Y, whom he met.
TEST(AgencyMessageTest, ACarriedMessageHandedOverInTheNextSentence) {
  const Extraction x = ExtractText(
      "MOGADISHU - Djibouti's foreign minister, Ahmed Daher Omar, flew into Mogadishu on Monday "
      "carrying a personal message from President Ismail Guelleh to Somalia's President Ali "
      "Warsame Nur. The message was handed over during a closed-door meeting at Villa Somalia, "
      "according to a statement released afterwards by the presidency.");
  EXPECT_TRUE(Has(x, Greets("Ahmed Daher Omar", "Ali Warsame Nur", "Ismail Guelleh"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Ahmed Daher Omar", "Ali Warsame Nur"))) << Dump(x);
}

// "brought a message of goodwill from Ursula Brandt, who presides over the European
// Commission": the untitled name after a message's "from" is its sender, not a place.
TEST(AgencyMessageTest, AnUntitledSenderAfterAMessagesFrom) {
  const Extraction x = ExtractText(
      "MONROVIA - President Joseph Kollie received Commissioner Jutta Virtanen. Ms Virtanen "
      "brought a message of goodwill from Ursula von Brandt, who presides over the European "
      "Commission. She had flown in from Addis Ababa.");
  EXPECT_TRUE(Has(x, Greets("Jutta Virtanen", "Joseph Kollie", "Ursula von Brandt"))) << Dump(x);
  EXPECT_EQ(PersonNamed(x, "Addis Ababa"), nullptr) << Dump(x);
}

// "to his Indonesian colleague": the one leader of that state the report names.
TEST(AgencyMessageTest, GreetingsReturnedToTheGuestsColleague) {
  const Extraction x = ExtractText(
      "ASHGABAT - President Serdar Berdimuhamedov received the Minister of Foreign Affairs of "
      "Indonesia, Sugiono. The guest passed on warm wishes from President of the Republic of "
      "Indonesia Prabowo Subianto. Expressing gratitude, President Serdar Berdimuhamedov "
      "requested that sincere greetings be delivered in return to his Indonesian colleague.");
  EXPECT_TRUE(Has(x, Greets("Sugiono", "Serdar Berdimuhamedov", "Prabowo Subianto"))) << Dump(x);
  EXPECT_TRUE(Has(x, Greets("Sugiono", "Prabowo Subianto", "Serdar Berdimuhamedov"))) << Dump(x);
}

// "asked his guest to convey", "asked the envoy to convey" with several guests received:
// the one guest named last, not all of them.
TEST(AgencyMessageTest, HisGuestInTheSingularIsTheGuestNamedLast) {
  const Extraction x = ExtractText(
      "NNA - Speaker Nabih Berri received on Wednesday a delegation of the Slovak National "
      "Council, headed by MP Jan Novak and including MPs Eva Kralova and Peter Hudec. Novak "
      "conveyed to Berri the greetings of the Speaker of the Slovak National Council, Richard "
      "Rasi. Berri asked his guest to convey his greetings to Speaker Rasi.");
  EXPECT_TRUE(Has(x, Greets("Jan Novak", "Richard Rasi", "Nabih Berri"))) << Dump(x);
  EXPECT_FALSE(GreetsAtAll(x, "Eva Kralova", "Richard Rasi")) << Dump(x);
  EXPECT_FALSE(GreetsAtAll(x, "Peter Hudec", "Richard Rasi")) << Dump(x);
}

// "A held talks with B" says nothing of who hosted; "B asked his guest to convey" does: the
// guest is A, never B himself.
TEST(AgencyMessageTest, HisGuestTurnsAnAudienceNoHostingVerbSettled) {
  const Extraction x = ExtractText(
      "The Minister of Foreign Affairs of the Republic of Malawi, Nancy Tembo, held talks "
      "with Peruvian Foreign Minister Elmer Schialer in Lima. Schialer asked his guest to "
      "convey the greetings of President Dina Boluarte to President Lazarus Chakwera.");
  EXPECT_TRUE(Has(x, Greets("Nancy Tembo", "Lazarus Chakwera", "Dina Boluarte"))) << Dump(x);
  EXPECT_FALSE(GreetsAtAll(x, "Elmer Schialer", "Lazarus Chakwera")) << Dump(x);
}

// "asked him to take his regards back to his "brother" in Ouagadougou", "to his counterpart
// in the Kremlin", "back to Ankara": a state's capital or its leader's seat so named stands
// for that state's leader in the report.
TEST(AgencyMessageTest, ACapitalOrSeatStandsForItsLeader) {
  const Extraction x = ExtractText(
      "General Assimi Goita received Burkinabe Prime Minister Rimtalba Ouedraogo, who brought "
      "him a message from Captain Ibrahim Traore, President of Burkina Faso. General Goita "
      "asked him to take his own regards back to his \"brother\" in Ouagadougou.");
  EXPECT_TRUE(Has(x, Greets("Rimtalba Ouedraogo", "Ibrahim Traore", "Assimi Goita"))) << Dump(x);
  const Extraction kremlin = ExtractText(
      "President Denis Sassou Nguesso received Deputy Minister Mikhail Bogdanov, bearer of a "
      "message from President Vladimir Putin. The President asked the envoy to pass his "
      "greetings on to his counterpart in the Kremlin.");
  EXPECT_TRUE(GreetsAtAll(kremlin, "Mikhail Bogdanov", "Vladimir Putin")) << Dump(kremlin);
}

// "The Prime Minister in turn asked the Minister to convey her best wishes to President
// Samia": the host asks her guest, the minister who came, not a minister of her own who sat in.
TEST(AgencyMessageTest, TheHostAsksTheGuestNamedByABareTitle) {
  const Extraction x = ExtractText(
      "On 25 November, H.E. Mr. Mahmoud Kombo, Minister of Foreign Affairs and East African "
      "Cooperation of the United Republic of Tanzania, paid a courtesy call on Prime Minister "
      "Paetongtarn Shinawatra on the occasion of his official visit to Thailand. Deputy Prime "
      "Minister and Minister of Foreign Affairs Maris Sangiampongsa and the Ambassador of "
      "Tanzania, Mr. Khamis Omar, were also present. Mr. Somchai Wongsa, Spokesperson of the "
      "Prime Minister's Office, revealed that the Prime Minister welcomed the Tanzanian "
      "Minister. The Tanzanian Minister conveyed the greetings of President Samia Suluhu "
      "Hassan to the Prime Minister and extended an invitation for the Prime Minister to visit "
      "Tanzania, which the Prime Minister accepted. The Prime Minister in turn asked the "
      "Minister to convey her best wishes to President Samia. On the previous evening, the "
      "Tanzanian Minister called on former Prime Minister Chuan Leekpai at his residence.");
  EXPECT_TRUE(Has(x, Greets("Mahmoud Kombo", "Samia Suluhu Hassan", "Paetongtarn Shinawatra")))
      << Dump(x);
  EXPECT_FALSE(GreetsAtAll(x, "Maris Sangiampongsa", "Samia Suluhu Hassan")) << Dump(x);
}

}  // namespace

// "a Special Envoy of the Emir of the State of Qatar, ..., greetings of His Highness Sheikh
// Tamim bin Hamad Al-Thani": the Emir is the state's leader the lexicon knows, though he
// bears honorifics, not a signatory the report gives no title.
TEST(AgencyMessageTest, AStatesLeaderByTitleIsTheKnownLeaderWithHonorifics) {
  const Extraction x = ExtractText(
      "President Bola Ahmed Tinubu on Tuesday received a Special Envoy of the Emir of the "
      "State of Qatar, Sheikh Khalid bin Saad Al-Thani, who conveyed the greetings of His "
      "Highness Sheikh Tamim bin Hamad Al-Thani to the President. A written message from the "
      "Emir was handed over to the President.\n\nAdebayo Olumide\nSpecial Adviser to the "
      "President");
  const int tamim = Person(x, "Tamim bin Hamad Al-Thani");
  ASSERT_GE(tamim, 0) << Dump(x);
  EXPECT_TRUE(Contains(x.entities[tamim].aliases, "Emir")) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Adebayo Olumide", "Qatar"))) << Dump(x);
}

// "Han asked him to convey President Xi's greetings to President Ghazouani, and said China
// stands ready to work with Mauritania to implement the consensus reached by the two heads of
// state": the "with" of a clause of its own names no one the
// greetings went through.
TEST(AgencyMessageTest, AWithInTheNextClauseNamesNoBearer) {
  const Extraction x = BundledExtractor().Extract(MakeReport(
      "Wang Yi holds talks with Mauritanian FM; Vice President Han Zheng meets guest",
      "BEIJING - Chinese Foreign Minister Wang Yi held talks here with Mauritanian Foreign "
      "Minister Ahmed Ould Bah. On the same day, Chinese Vice President Han Zheng met with "
      "Ould Bah. Han asked him to convey President Xi's sincere greetings to President "
      "Ghazouani, and said China stands ready to work with Mauritania to implement the "
      "consensus reached by the two heads of state."));
  EXPECT_TRUE(Has(x, Greets("Ahmed Ould Bah", "Mohamed Ould Cheikh El Ghazouani", "Xi Jinping")) ||
              Has(x, Greets("Ahmed Ould Bah", "Ghazouani", "Xi")))
      << Dump(x);
  EXPECT_FALSE(GreetsAtAll(x, "Wang Yi", "Ghazouani")) << Dump(x);
}

// "A written message from Prime Minister A to King B was handed over to Minister C by the
// visiting official": the guest carried A's greetings to B, whom the message was for.
TEST(AgencyMessageTest, AMessageToAKingHandedToHisMinisterByTheVisitor) {
  const Extraction x = ExtractText(
      "Rabat - Minister of Foreign Affairs Nasser Bourita received Papua New Guinea's "
      "Vice-Minister for Foreign Affairs, Justin Tkatchenko, on Tuesday. A written message "
      "from Prime Minister James Marape to His Majesty King Mohammed VI was handed over to "
      "Mr. Bourita by the visiting official.");
  EXPECT_TRUE(Has(x, Greets("Justin Tkatchenko", "Mohammed VI", "James Marape"))) << Dump(x);
}

// "condolences to Crown Prince Sheikh Mohamed bin Zayed Al Nahyan and Vice President, Prime
// Minister of the United Arab Emirates Sheikh Mohammed bin Rashid Al Maktoum": of two known
// leaders, the Prime Minister is the one the report gives no other title.
TEST(AgencyMessageTest, OfTwoKnownLeadersTheTitleIsTheUntitledOnes) {
  const Extraction x = ExtractText(
      "Vladimir Putin addressed condolences to the Crown Prince of Abu Dhabi and Deputy Supreme "
      "Commander of the Armed Forces of the United Arab Emirates Sheikh Mohamed bin Zayed Al "
      "Nahyan and to the Vice President, Prime Minister of the United Arab Emirates, its "
      "Minister of Defence and Ruler of Dubai Sheikh Mohammed bin Rashid Al Maktoum over the "
      "passing of the President of the United Arab Emirates Sheikh Khalifa bin Zayed Al "
      "Nahyan.");
  EXPECT_TRUE(GreetsAtAll(x, "Vladimir Putin", "Mohammed bin Rashid Al Maktoum")) << Dump(x);
}

TEST(AgencyMessageTest, ASecondGreetingOfTheSameSenderHasItsOwnAddressee) {
  const Extraction x = ExtractText(
      "Foreign Minister Dina Karki held a telephone conversation with Foreign Minister Aziz "
      "Rahimov. Minister Rahimov extended New Year greetings to Dr Karki and conveyed the best "
      "wishes of President Emomali Rahmon to Prime Minister Pushpa Lal Shrestha.");
  EXPECT_TRUE(Has(x, Greets("Aziz Rahimov", "Dina Karki"))) << Dump(x);
  EXPECT_TRUE(Has(x, Greets("Aziz Rahimov", "Pushpa Lal Shrestha", "Emomali Rahmon"))) << Dump(x);
  EXPECT_FALSE(GreetsAtAll(x, "Aziz Rahimov", "Emomali Rahmon")) << Dump(x);
}

TEST(AgencyMessageTest, GreetingsReturnedGoBackToTheOneWhoGreetedInHisOwnName) {
  const Extraction x = ExtractText(
      "Prime Minister Ali Hassan took a telephone call from the Emir of Kuwait, Sheikh Nasser "
      "Al-Sabah. The Emir extended his greetings to the Prime Minister on Eid al-Fitr. "
      "Thanking him, the Prime Minister returned the greetings.");
  EXPECT_TRUE(Has(x, Greets("Nasser Al-Sabah", "Ali Hassan"))) << Dump(x);
  EXPECT_TRUE(Has(x, Greets("Ali Hassan", "Nasser Al-Sabah"))) << Dump(x);
}

TEST(AgencyMessageTest, GreetingsCarriedForAnotherAreNotReturnedToTheirBearer) {
  const Extraction x = ExtractText(
      "Minister Yoko Sato conveyed to King Tupou Lavaka the greetings of Prime Minister Kenji "
      "Mori. King Lavaka reciprocated the greetings and asked the minister to convey them to "
      "the Prime Minister.");
  EXPECT_TRUE(Has(x, Greets("Yoko Sato", "Tupou Lavaka", "Kenji Mori"))) << Dump(x);
  EXPECT_FALSE(GreetsAtAll(x, "Tupou Lavaka", "Yoko Sato")) << Dump(x);
}

TEST(AgencyMessageTest, GreetingsOfOneWithALongNameToOneCalledByHisGivenName) {
  const Extraction x = ExtractText(
      "Vice-President Pedro Alvares Cabral met Prime Minister Datuk Seri Anwar Ibrahim. Cabral "
      "conveyed the greetings of President Luiz Inácio Lula da Silva to Anwar, who in turn "
      "asked him to convey his warm regards to \"my dear friend Lula\".");
  EXPECT_TRUE(Has(x, Greets("Pedro Alvares Cabral", "Anwar Ibrahim", "Luiz Inácio Lula da Silva")))
      << Dump(x);
  EXPECT_TRUE(Has(x, Greets("Pedro Alvares Cabral", "Luiz Inácio Lula da Silva", "Anwar Ibrahim")))
      << Dump(x);
}

TEST(AgencyMessageTest, AMessageHandedOverAtTheMeetingWithNoBearerNamed) {
  const Extraction x = ExtractText(
      "Addis Ababa, May 5 (ENA) Minister of Education Berhanu Tesfaye received Mehmet Aydin "
      "Kaya, President of TIKA. Later in the day, Kaya was received by Prime Minister Abiy "
      "Ahmed at his office. During the meeting, a message from Turkish President Recep Tayyip "
      "Erdogan was handed over to the Premier.");
  EXPECT_TRUE(Has(x, Greets("Mehmet Aydin Kaya", "Abiy Ahmed", "Recep Tayyip Erdogan"))) << Dump(x);
}

TEST(AgencyMessageTest, ALetterToALeaderHandedOverAtTheAudience) {
  const Extraction x = ExtractText(
      "HANOI (VNA) - Zambia's Minister of Transport Frank Tayali was received by Deputy Prime "
      "Minister Tran Hong Ha in Hanoi on April 14. Tayali informed his host of Zambia's plans. "
      "During the meeting, a letter from President Hakainde Hichilema to Prime Minister Pham "
      "Minh Chinh was handed over.");
  EXPECT_TRUE(Has(x, Greets("Frank Tayali", "Pham Minh Chinh", "Hakainde Hichilema"))) << Dump(x);
}

TEST(AgencyMessageTest, OnePresentedWithALetterReceivedItFromTheOneHeMet) {
  const Extraction x = ExtractText(
      "Astana (Kazinform) - Deputy Foreign Minister Alibek Bakayev held a farewell meeting with "
      "the Ambassador of Chile, Rodrigo Fuentes. The Chilean diplomat was presented with a "
      "letter of gratitude from Minister of Foreign Affairs Murat Nurtleu for his contribution.");
  EXPECT_TRUE(Has(x, Greets("Alibek Bakayev", "Rodrigo Fuentes", "Murat Nurtleu"))) << Dump(x);
  EXPECT_FALSE(GreetsAtAll(x, "Rodrigo Fuentes", "Alibek Bakayev")) << Dump(x);
}

TEST(AgencyMessageTest, ALetterAddressedToHimIsForTheOneHandedIt) {
  const Extraction x = ExtractText(
      "The Gabonese Minister Regis Onanga Ndiaye on Tuesday handed the Angolan Head of State, "
      "Joao Lourenco, a letter from President Brice Oligui Nguema, addressed to him as "
      "Champion for Peace.");
  EXPECT_TRUE(Has(x, Greets("Regis Onanga Ndiaye", "Joao Lourenco", "Brice Oligui Nguema")))
      << Dump(x);
  EXPECT_FALSE(GreetsAtAll(x, "Regis Onanga Ndiaye", "Brice Oligui Nguema")) << Dump(x);
}

TEST(AgencyMessageTest, ASimilarCableGoesToTheAddresseeOfTheOneBefore) {
  const Extraction x = ExtractText(
      "Manama, Feb 2 (BNA) -- His Majesty King Hamad bin Isa Al Khalifa sent a cable of "
      "condolences to President Nikos Christodoulides of Cyprus on the victims of the floods. "
      "His Royal Highness Prince Salman bin Hamad Al Khalifa, the Crown Prince and Prime "
      "Minister, also sent a similar cable.");
  EXPECT_TRUE(Has(x, Greets("Hamad bin Isa Al Khalifa", "Nikos Christodoulides"))) << Dump(x);
  EXPECT_TRUE(Has(x, Greets("Salman bin Hamad Al Khalifa", "Nikos Christodoulides"))) << Dump(x);
}

TEST(AgencyMessageTest, TheAmbassadorsOfStatesNamedAfterThemEachConveyedGreetings) {
  const Extraction x = ExtractText(
      "ABU DHABI (WAM) -- The President of the UAE, Sheikh Mohamed bin Zayed Al Nahyan, "
      "accepted on Tuesday the credentials of three new ambassadors. Presenting their "
      "credentials were Kwame Asante, Ambassador of the Republic of Ghana; Mojca Novak, "
      "Ambassador of the Republic of Slovenia; and Azamat Bekov, Ambassador of the Kyrgyz "
      "Republic. The ambassadors of Ghana and Slovenia each conveyed the greetings of their "
      "heads of state.");
  EXPECT_TRUE(Has(x, Greets("Kwame Asante", "Mohamed bin Zayed Al Nahyan"))) << Dump(x);
  EXPECT_TRUE(Has(x, Greets("Mojca Novak", "Mohamed bin Zayed Al Nahyan"))) << Dump(x);
  EXPECT_FALSE(GreetsAtAll(x, "Azamat Bekov", "Mohamed bin Zayed Al Nahyan")) << Dump(x);
}

TEST(AgencyMessageTest, ASendersTitleWithABodysAcronymStillReachesTheAddressee) {
  const Extraction x = ExtractText(
      "HANOI (VNA) - Prime Minister Pham Minh Chinh received Lao Deputy Prime Minister "
      "Somsavat Lengsavad in Hanoi on March 5. At the reception, Somsavat conveyed the "
      "greetings of General Secretary of the Lao People's Revolutionary Party (LPRP) Central "
      "Committee Thongloun Sisoulith to Party General Secretary To Lam.");
  EXPECT_TRUE(Has(x, Greets("Somsavat Lengsavad", "To Lam", "Thongloun Sisoulith"))) << Dump(x);
}

TEST(AgencyMessageTest, InHisMeetingWithXTheSubjectAfterTheCommaConveyed) {
  const Extraction x = ExtractText(
      "KHANKENDI, Jul 4 (APP): Prime Minister Muhammad Shehbaz Sharif on Friday held separate "
      "meetings with President of Turkiye Recep Tayyip Erdogan and President of Iran Masoud "
      "Pezeshkian. In his meeting with President Erdogan, the prime minister conveyed the warm "
      "greetings of King Charles.");
  EXPECT_TRUE(Has(x, Greets("Muhammad Shehbaz Sharif", "Recep Tayyip Erdogan", "King Charles")))
      << Dump(x);
  EXPECT_FALSE(GreetsAtAll(x, "Recep Tayyip Erdogan", "Muhammad Shehbaz Sharif")) << Dump(x);
}

TEST(AgencyMessageTest, TheClosingAttributionsSpeakerIsNoAddressee) {
  const Extraction x = BundledExtractor().Extract(MakeReport(
      "Lee, Faye hold phone talks",
      "SEOUL (Yonhap) -- President Lee Jae-myung held phone talks with Senegalese President "
      "Bassirou Diomaye Faye on Tuesday. Lee thanked Faye and asked him to pass on his "
      "greetings to Prime Minister Ousmane Sonko, presidential spokesperson Kim Min-ji told "
      "reporters."));
  EXPECT_TRUE(Has(x, Greets("Bassirou Diomaye Faye", "Ousmane Sonko", "Lee Jae-myung"))) << Dump(x);
  EXPECT_FALSE(Has(x, Greets("Bassirou Diomaye Faye", "Kim Min-ji", "Lee Jae-myung"))) << Dump(x);
}

TEST(AgencyMessageTest, CongratulationsOnBehalfOfAState) {
  const Extraction x = BundledExtractor().Extract(MakeReport(
      "Lee, Faye hold phone talks",
      "SEOUL (Yonhap) -- President Lee Jae-myung held phone talks with Senegalese President "
      "Bassirou Diomaye Faye on Tuesday. During the call, Faye congratulated Lee on his "
      "inauguration on behalf of the Republic of Senegal."));
  EXPECT_TRUE(Has(x, Greets("Bassirou Diomaye Faye", "Lee Jae-myung", "Senegal"))) << Dump(x);
}

TEST(AgencyMessageTest, ALetterHandedToSomeoneIsHandedInPerson) {
  const Extraction x = BundledExtractor().Extract(MakeReport(
      "President receives message from Rwandan counterpart",
      "LUANDA (ANGOP) - The Rwandan Minister of Foreign Affairs, Jean Mugabo, on Tuesday "
      "handed the Angolan Head of State, Manuel Costa, a letter from President Paul Kagame."));
  EXPECT_TRUE(Has(x, Met("Jean Mugabo", "Manuel Costa"))) << Dump(x);
  EXPECT_TRUE(Has(x, Greets("Jean Mugabo", "Manuel Costa", "Paul Kagame"))) << Dump(x);
  // (a letter's addressee, with no one named it was handed to, need not be there)
  const Extraction y = BundledExtractor().Extract(MakeReport(
      "Minister receives Gambian envoy",
      "DAKAR - Foreign Minister Awa Ndiaye received Gambian envoy Lamin Touray, who handed over "
      "a letter from President Adama Barrow addressed to President Moussa Fall."));
  EXPECT_FALSE(Has(y, Met("Lamin Touray", "Moussa Fall"))) << Dump(y);
}

// "The Prime Minister congratulated his guest on her re-election": the one he received; not
// "greeted his guest with an official welcome ceremony", a welcome.
TEST(AgencyMessageTest, CongratulationsToHisGuestGoToTheOneHeReceived) {
  const Extraction x = ExtractText(
      "TBILISI - Prime Minister of Georgia Levan Beridze hosted the President of the Asian "
      "Development Bank, Anna Holm, in Tbilisi today. The Prime Minister congratulated his guest "
      "on her re-election.");
  EXPECT_TRUE(Has(x, Greets("Levan Beridze", "Anna Holm"))) << Dump(x);
  const Extraction y = ExtractText(
      "ANKARA - President Kemal Aydin received Emir Faisal Al Mansour. Aydin greeted his guest "
      "with an official welcome ceremony.");
  EXPECT_FALSE(Has(y, Greets("Kemal Aydin", "Faisal Al Mansour"))) << Dump(y);
}

// "... spoke by telephone with the Prime Minister of Barbados, X. He congratulated her": a
// sentence of pronouns goes on with the sentence before, not with the report's guest.
TEST(AgencyMessageTest, ASentenceOfPronounsGoesOnWithTheSentenceBefore) {
  const Extraction x = ExtractText(
      "Secretary-General Tomas Lind met today with the President of Maldives, Dr. Ibrahim "
      "Rasheed. They discussed debt. Earlier, the Secretary-General spoke by telephone with the "
      "Prime Minister of Barbados, Grace Mottram. He congratulated her on the Bridgetown "
      "Initiative.");
  EXPECT_TRUE(Has(x, Greets("Tomas Lind", "Grace Mottram"))) << Dump(x);
  EXPECT_FALSE(Has(x, Greets("Tomas Lind", "Ibrahim Rasheed"))) << Dump(x);
}

// "The Moroccan envoy conveyed the greetings of King Mohammed VI, ... President Mensah asked
// them to convey his best wishes to their respective Heads of State": those who brought him
// greetings carry his back, each to his own head of state (known to the lexicon).
TEST(AgencyMessageTest, GreetingsBackToTheirRespectiveHeadsOfState) {
  const Extraction x = ExtractText(
      "Accra, Nov. 17 - President Kofi Mensah received two new ambassadors. The Moroccan envoy, "
      "Hassan Idrissi, conveyed the greetings of King Mohammed VI to President Mensah. The "
      "Kenyan High Commissioner, Mary Kamau, conveyed the greetings of President William Ruto "
      "to President Mensah. President Mensah welcomed the envoys and asked them to convey his "
      "best wishes to their respective Heads of State.");
  EXPECT_TRUE(Has(x, Greets("Hassan Idrissi", "Mohammed VI", "Kofi Mensah"))) << Dump(x);
  EXPECT_TRUE(Has(x, Greets("Mary Kamau", "William Ruto", "Kofi Mensah"))) << Dump(x);
  EXPECT_FALSE(Has(x, Greets("Hassan Idrissi", "William Ruto", "Kofi Mensah"))) << Dump(x);
}

// "A delivered the greetings of President B, and C, for his part, requested that his best
// regards be taken back to President B": after ", and" a clause of its own, with C its subject.
TEST(AgencyMessageTest, ASubjectOfItsOwnAfterAndPastTheGreetingsBefore) {
  const Extraction x = ExtractText(
      "Ulaanbaatar - President Bat Erdene received the Turkish Speaker, Ali Kaya. Kaya delivered "
      "the greetings of President Mehmet Demir, and Bat Erdene, for his part, requested that his "
      "best regards be taken back to President Demir.");
  EXPECT_TRUE(Has(x, Greets("Ali Kaya", "Mehmet Demir", "Bat Erdene"))) << Dump(x);
}

TEST(AgencyMessageTest, TheSubjectOfADuringWhichClauseHeldItsTalks) {
  // "..., during which His Majesty the King held talks with then President X": the King,
  // not the main clause's subject
  const Extraction x = ExtractText(
      "Rabat - MAP - A written message from the President of Ghana, Kofi Boateng, to His "
      "Majesty King Mohammed VI was handed over on Thursday to the Minister of Foreign Affairs, "
      "Nasser Bourita, by Ghana's Minister for Foreign Affairs, Samuel Mensah. Bourita, for his "
      "part, underlined the momentum of relations since the royal visit to Accra in 2017, "
      "during which His Majesty the King held talks with then President Yaw Asante.");
  EXPECT_TRUE(Has(x, Met("Mohammed VI", "Yaw Asante"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Nasser Bourita", "Yaw Asante"))) << Dump(x);
}

TEST(AgencyMessageTest, GreetingsConveyedThroughTheGuestAreHisToCarry) {
  // "conveyed through Mr X the greetings of the Government and people of Fiji to Y": the
  // guest carries them, for Fiji; not "relayed through the Deputy Amir a message": the
  // host's man, through whom the visitor's message reached the Amir
  const Extraction x = ExtractText(
      "Suva, Tuesday - The Prime Minister, Hon. Jone Tora, today hosted the Director-General "
      "of the Gulf Fund for Development, His Excellency Khalid Al Mansoori, at his office. "
      "Prime Minister Tora thanked the Fund and conveyed through Mr Al Mansoori the greetings "
      "of the Government and people of Fiji to His Highness Sheikh Mohamed bin Zayed Al "
      "Nahyan, President of the UAE.");
  EXPECT_TRUE(Has(x, Greets("Khalid Al Mansoori", "Mohamed bin Zayed Al Nahyan", "Fiji")))
      << Dump(x);
  EXPECT_FALSE(GreetsAtAll(x, "Jone Tora", "Mohamed bin Zayed Al Nahyan")) << Dump(x);
  const Extraction y = ExtractText(
      "Doha - The Deputy Amir Sheikh Abdullah bin Hamad Al Thani received Speaker Ayaz Khan. "
      "The visiting Speaker relayed through the Deputy Amir a message meant for the Amir "
      "Sheikh Tamim bin Hamad Al Thani.");
  EXPECT_TRUE(GreetsAtAll(y, "Ayaz Khan", "Tamim bin Hamad Al Thani")) << Dump(y);
}

TEST(AgencyMessageTest, TheNameAfterAnEnvoysUnnamedPrincipalIsThePrincipals) {
  // "A, special envoy of the President of X, B, who ...": B is the president, no guest;
  // "the special envoy of the President of X, B, Minister C, who ...": C is the envoy
  const Extraction x = ExtractText(
      "Port Sudan (SUNA) - General Omer Babiker received today Kemal Aydin, special envoy of "
      "the President of the Republic of Turkiye, Selim Arslanoglu, who handed him a written "
      "message from President Arslanoglu.");
  EXPECT_TRUE(Has(x, Met("Omer Babiker", "Kemal Aydin"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Omer Babiker", "Selim Arslanoglu"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Kemal Aydin", "Selim Arslanoglu"))) << Dump(x);
  EXPECT_TRUE(Has(x, Greets("Kemal Aydin", "Omer Babiker", "Selim Arslanoglu"))) << Dump(x);
  const Extraction y = ExtractText(
      "Algiers - The President of the Republic, Karim Bensalem, received on Sunday the special "
      "envoy of the President of the Islamic Republic of Mauritania, Sidi Ould Brahim, "
      "Minister Secretary-General of the Presidency Ahmed Ould Salem, who delivered to him a "
      "written message from the Mauritanian President.");
  EXPECT_TRUE(Has(y, Met("Karim Bensalem", "Ahmed Ould Salem"))) << Dump(y);
  EXPECT_FALSE(Has(y, Met("Karim Bensalem", "Sidi Ould Brahim"))) << Dump(y);
  EXPECT_TRUE(Has(y, Represents("Ahmed Ould Salem", "Sidi Ould Brahim"))) << Dump(y);
  // a list goes on past the name: each name a guest
  const Extraction z = ExtractText(
      "BAGHDAD (INA) -- Prime Minister Ali Hamdan hosted Jordan's Minister of Interior, Fadi "
      "Nasser, the Special Representative of the UN Secretary-General for Iraq, Omar Haddad, "
      "and Iran's ambassador to Baghdad, Reza Karimi.");
  EXPECT_TRUE(Has(z, Met("Ali Hamdan", "Omar Haddad"))) << Dump(z);
}

TEST(AgencyMessageTest, AHeadlinesSecondVerbAfterACommaIsItsSubjects) {
  // "A receives B, congratulates C": A congratulates, not B
  const Extraction x = BundledExtractor().Extract(MakeReport(
      "His Highness the Amir receives OIC Secretary-General, congratulates Sultan of Oman",
      "Kuwait City (KUNA) - The Amir Sheikh Fahad Al-Salem received on Monday the "
      "Secretary-General of the OIC, Adel Hamid Taha. In a separate development, the Amir "
      "sent a cable to Sultan Haitham bin Tarik of Oman."));
  EXPECT_TRUE(Has(x, Greets("Fahad Al-Salem", "Haitham bin Tarik"))) << Dump(x);
  EXPECT_FALSE(GreetsAtAll(x, "Adel Hamid Taha", "Haitham bin Tarik")) << Dump(x);
}

TEST(AgencyMessageTest, ATitleAfterAWordForAParentIsTheParents) {
  // "Father Emir" is not the Emir; greetings to him are no greetings to the Emir
  const Extraction x = BundledExtractor().Extract(MakeReport(
      "President Aksoy hosts Qatar's Emir Tamim, sends regards to Father Emir",
      "Ankara -- President Kemal Aksoy hosted Qatar's Emir Sheikh Tamim bin Hamad Al Thani on "
      "Friday. The Emir conveyed the greetings of the Father Emir Sheikh Hamad bin Khalifa Al "
      "Thani."));
  EXPECT_FALSE(GreetsAtAll(x, "Kemal Aksoy", "Tamim bin Hamad Al Thani")) << Dump(x);
  EXPECT_TRUE(
      Has(x, Greets("Tamim bin Hamad Al Thani", "Kemal Aksoy", "Hamad bin Khalifa Al Thani")))
      << Dump(x);
}

TEST(AgencyMessageTest, AHeadlinesEnvoyOfAPresidentIsTheOneReceived) {
  // a headline drops the article: "receives special envoy of X's President Y" receives
  // the envoy, not Y
  const Extraction x = BundledExtractor().Extract(MakeReport(
      "Nandi-Ndaitwah receives special envoy of Botswana's President Boko",
      "WINDHOEK (NAMPA) - President Netumbo Nandi-Ndaitwah on Thursday received a special "
      "envoy of Botswana's President Duma Boko, Minister of International Relations Phenyo "
      "Butale, who delivered a message from his principal."));
  EXPECT_TRUE(Has(x, Met("Netumbo Nandi-Ndaitwah", "Phenyo Butale"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Netumbo Nandi-Ndaitwah", "Duma Boko"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Phenyo Butale", "Duma Boko"))) << Dump(x);
}

TEST(AgencyMessageTest, AHeadlinesClauseAfterASemicolonWithAVerbIsItsOwn) {
  // "A receives B; President C pledges ...": C is no one A received
  const Extraction x = BundledExtractor().Extract(MakeReport(
      "Mensah receives Burkinabe Foreign Minister; President Boateng pledges deeper Sahel "
      "cooperation",
      "Accra, May 20, GNA - Mr Kofi Mensah, the Minister for Foreign Affairs, on Tuesday "
      "received Mr Jean-Marie Kabore, Minister of Foreign Affairs of Burkina Faso. Later, "
      "President Yaw Boateng received the delegation."));
  EXPECT_TRUE(Has(x, Met("Kofi Mensah", "Jean-Marie Kabore"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Kofi Mensah", "Yaw Boateng"))) << Dump(x);
}

}  // namespace dkg
