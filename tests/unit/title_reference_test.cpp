// Who a title stands for: offices that only some states have, descriptions that name
// someone other than the subject of their sentence, and portfolios that run through
// "and" up to the name. Every report here is written for the test.
#include <gtest/gtest.h>

#include <algorithm>

#include "extract_test_support.h"

namespace dkg {
namespace {

using namespace extract_test;

TEST(TitleReferenceTest, AMonarchsTitlePlacesHimInTheOneKingdomNamed) {
  const Extraction x = ExtractText(
      "King Idris III has sent a message of congratulations to Mr. Amadou Diallo on his "
      "election as President of the Republic of Senegal. The King reaffirmed the ties "
      "between the Kingdom of Morocco and the Republic of Senegal.");
  EXPECT_TRUE(Has(x, Represents("Idris III", "Morocco"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Idris III", "Senegal"))) << Dump(x);
  // two kingdoms named: the title alone says nothing
  const Extraction two = ExtractText(
      "King Idris III received the Foreign Minister of Jordan, Omar Haddad, and discussed "
      "the ties between Morocco and Jordan.");
  EXPECT_FALSE(Has(two, Represents("Idris III", "Morocco"))) << Dump(two);
  EXPECT_FALSE(Has(two, Represents("Idris III", "Jordan"))) << Dump(two);
  // a republic's president is no king
  const Extraction republic = ExtractText(
      "President Amadou Diallo received Mr. Karim Benali, an envoy, and discussed ties "
      "between Senegal and Morocco.");
  EXPECT_FALSE(Has(republic, Represents("Amadou Diallo", "Morocco"))) << Dump(republic);
}

TEST(TitleReferenceTest, ADescriptionIsNotTheSubjectOfItsOwnSentence) {
  const Extraction x = ExtractText(
      "Minister Ana Ferreyra was received by President Pablo Rojas, to whom she handed a "
      "letter from President Javier Molina. President Rojas asked her to convey his greetings "
      "to the Argentine President.");
  EXPECT_TRUE(Has(x, Greets("Ana Ferreyra", "Javier Molina", "Pablo Rojas"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Pablo Rojas", "Argentina"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Javier Molina", "Argentina"))) << Dump(x);
}

TEST(TitleReferenceTest, APortfolioJoinedByAndRunsToTheName) {
  const Extraction x = ExtractText(
      "Prince Faisal received Lebanese Minister of Foreign Affairs and Emigrants Youssef "
      "Rahme at the ministry.");
  EXPECT_TRUE(Has(x, Represents("Youssef Rahme", "Lebanon"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Prince Faisal", "Youssef Rahme"))) << Dump(x);
  const Entity* rahme = PersonNamed(x, "Youssef Rahme");
  ASSERT_NE(rahme, nullptr) << Dump(x);
  EXPECT_TRUE(Contains(rahme->roles, "Lebanese Minister of Foreign Affairs and Emigrants"))
      << Dump(x);
}

TEST(TitleReferenceTest, ARoleBetweenTwoNamesIsTheSecondOnes) {
  const Extraction x = ExtractText(
      "The audience was attended by the Prime Minister, Choguel Maiga, the Minister of Foreign "
      "Affairs and International Cooperation, Abdoulaye Diallo, and the Minister of "
      "Territorial Administration and Decentralisation, Government Spokesman, Colonel "
      "Abdoulaye Kone.");
  const Entity* diallo = PersonNamed(x, "Abdoulaye Diallo");
  ASSERT_NE(diallo, nullptr) << Dump(x);
  EXPECT_TRUE(Contains(diallo->roles, "Minister of Foreign Affairs and International Cooperation"))
      << Dump(x);
  const Entity* maiga = PersonNamed(x, "Choguel Maiga");
  ASSERT_NE(maiga, nullptr) << Dump(x);
  EXPECT_FALSE(Contains(maiga->roles, "Minister of Foreign Affairs and International Cooperation"))
      << Dump(x);
  // a minister's portfolio is no body, and the spokesman's title no person
  EXPECT_EQ(NamesOf(x, EntityType::kInstitution), std::set<std::string>{}) << Dump(x);
  EXPECT_EQ(NamesOf(x, EntityType::kPerson),
            (std::set<std::string>{"Choguel Maiga", "Abdoulaye Diallo", "Abdoulaye Kone"}))
      << Dump(x);
}

TEST(TitleReferenceTest, TheAmbassadorIsTheOnePostedNotTheOneOfThatRank) {
  const Extraction x = ExtractText(
      "Khartoum, 12 February 2023 (SUNA) - General Abdel Fattah Al-Burhan received the "
      "Executive Secretary of IGAD, Dr. Workneh Gebeyehu. The meeting was attended by the "
      "Acting Minister of Foreign Affairs, Ambassador Ali Al-Sadiq. Later, Al-Burhan received "
      "the Ambassador of the State of Kuwait to Sudan, Fahad Al-Dhafiri. Al-Burhan asked the "
      "ambassador to convey his greetings to Sheikh Nawaf Al-Ahmad, the Amir of Kuwait.");
  EXPECT_TRUE(Has(x, Greets("Fahad Al-Dhafiri", "Nawaf Al-Ahmad", "Abdel Fattah Al-Burhan")))
      << Dump(x);
  EXPECT_FALSE(Has(x, Greets("Ali Al-Sadiq", "Nawaf Al-Ahmad", "Abdel Fattah Al-Burhan")))
      << Dump(x);
}

TEST(TitleReferenceTest, APluralTitleOfSeveralStatesGoesToEachNameInOrder) {
  const Extraction x = ExtractText(
      "The Prime Ministers of Burkina Faso and the Republic of Niger, Joachim Kyelem and Ali "
      "Lamine Zeine, were received in audience by Colonel Assimi Goita.");
  EXPECT_TRUE(Has(x, Represents("Joachim Kyelem", "Burkina Faso"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Ali Lamine Zeine", "Niger"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Joachim Kyelem", "Niger"))) << Dump(x);
  const Entity* zeine = PersonNamed(x, "Ali Lamine Zeine");
  ASSERT_NE(zeine, nullptr) << Dump(x);
  EXPECT_TRUE(Contains(zeine->roles, "Prime Minister")) << Dump(x);
}

TEST(TitleReferenceTest, AMemberOfACouncilIsATitleAndAnOrdinaryWordNoName) {
  const Extraction x = ExtractText(
      "King Hamad received the Minister of State for Foreign Affairs, Member of the Council "
      "of Ministers and Climate Envoy of the Kingdom of Saudi Arabia, Adel Al-Jubeir. "
      "Members of the Collective Security Council, To date, all steps have been taken, the "
      "King said, and thanked the Member States of the United Nations.");
  EXPECT_EQ(NamesOf(x, EntityType::kPerson),
            (std::set<std::string>{"King Hamad", "Adel Al-Jubeir"}))
      << Dump(x);
  EXPECT_TRUE(Has(x, Met("King Hamad", "Adel Al-Jubeir"))) << Dump(x);
}

TEST(TitleReferenceTest, AViceOrDeputyIsNotTheOfficeHeDeputisesFor) {
  const Extraction x = ExtractText(
      "Vice President Koffi Yao received on Monday the Angolan Minister of External "
      "Relations, Paulo Neto, special envoy of the President of the Republic of Angola.");
  EXPECT_FALSE(Has(x, Represents("Koffi Yao", "Angola"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Paulo Neto", "Angola"))) << Dump(x);
}

TEST(TitleReferenceTest, ATitleThatIsAlsoAGivenNameBeforeAnArabicSurnameIsTheName) {
  const Extraction x = ExtractText(
      "The minister met Special Envoy for Climate Change Dr. Sultan Al Mansoori and Vice "
      "Chairman Sultan al-Harbi. Sultan Haitham bin Tarik received the Amir, Sheikh Tamim.");
  EXPECT_EQ(NamesOf(x, EntityType::kPerson),
            (std::set<std::string>{"Sultan Al Mansoori", "Sultan al-Harbi", "Haitham bin Tarik",
                                   "Sheikh Tamim"}))
      << Dump(x);
}

TEST(TitleReferenceTest, AnArmedGroupIsNoPerson) {
  const Extraction x = ExtractText(
      "The two ministers discussed the fight against Boko Haram in the Lake Chad basin.");
  EXPECT_TRUE(NamesOf(x, EntityType::kPerson).empty()) << Dump(x);
  EXPECT_TRUE(NamesOf(x, EntityType::kInstitution).contains("Boko Haram")) << Dump(x);
}

TEST(TitleReferenceTest, ABareHonorificIsTheOneGivenItBefore) {
  const Extraction x = ExtractText(
      "His Highness the Amir Sheikh Nasser bin Saad received a phone call from President "
      "Karim Haddad of Tunisia. During the call, the Tunisian President congratulated His "
      "Highness on the success of the mediation.");
  EXPECT_TRUE(Has(x, Greets("Karim Haddad", "Nasser bin Saad"))) << Dump(x);
  // of two given it, the subject of the sentence that receives the one who hands it over
  const Extraction two = ExtractText(
      "His Highness the Amir Sheikh Nasser bin Saad received His Highness the Crown Prince "
      "Sheikh Fahad bin Nasser. His Highness the Amir later received Iraq's Foreign Minister "
      "Omar Saleh, who handed over a written message to His Highness from Iraqi Prime "
      "Minister Ali Jaber.");
  EXPECT_TRUE(Has(two, Greets("Omar Saleh", "Nasser bin Saad", "Ali Jaber"))) << Dump(two);
  EXPECT_FALSE(Has(two, Met("Omar Saleh", "Fahad bin Nasser"))) << Dump(two);
  // it refers back only: "His Highness the Father Amir" named after it is someone else
  const Extraction back = ExtractText(
      "His Highness the Amir Sheikh Nasser bin Saad held a phone call with President Karim "
      "Haddad, during which His Highness congratulated him on his election. President Haddad "
      "asked His Highness to convey his greetings to His Highness the Father Amir Sheikh "
      "Saad bin Fahad.");
  EXPECT_TRUE(Has(back, Greets("Nasser bin Saad", "Karim Haddad"))) << Dump(back);
  EXPECT_TRUE(Has(back, Greets("Nasser bin Saad", "Saad bin Fahad", "Karim Haddad")))
      << Dump(back);
}

TEST(TitleReferenceTest, ABodysAffairsAreAPortfolio) {
  const Extraction x = ExtractText(
      "The meeting was attended by Vice President Grace Akello, the First Deputy Prime "
      "Minister and Minister for East African Community Affairs, Ruth Nankya, and others.");
  EXPECT_EQ(NamesOf(x, EntityType::kPerson), (std::set<std::string>{"Grace Akello", "Ruth Nankya"}))
      << Dump(x);
  const Entity* nankya = PersonNamed(x, "Ruth Nankya");
  ASSERT_NE(nankya, nullptr) << Dump(x);
  EXPECT_TRUE(Contains(nankya->roles, "First Deputy Prime Minister and Minister for East "
                                      "African Community Affairs"))
      << Dump(x);
}

TEST(TitleReferenceTest, ADiplomatsPostingCityEndsHisTitle) {
  const Extraction x = ExtractText(
      "Foreign Minister Omar Karam met Kenya's Prime Cabinet Secretary, Peter Kamau. The "
      "meeting was also attended by Kenya's Ambassador in Cairo Joseph Mutua Sang.");
  const Entity* sang = PersonNamed(x, "Joseph Mutua Sang");
  ASSERT_NE(sang, nullptr) << Dump(x);
  EXPECT_TRUE(Contains(sang->roles, "Kenya's Ambassador in Cairo")) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Joseph Mutua Sang", "Kenya"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Peter Kamau", "Kenya"))) << Dump(x);
}

TEST(TitleReferenceTest, ABareLeadersTitleIsTheHomeStatesLeader) {
  const Extraction x = ExtractText(
      "MOGADISHU — President Abdi Warsame received on Sunday the UAE Minister of State, Sheikh "
      "Saeed bin Rashid, who delivered a message from UAE President Sheikh Khalid bin Hamad. "
      "The UAE President expressed his support for Somalia's security. The President also "
      "received the Ambassador of Turkey, Ali Yilmaz.");
  EXPECT_TRUE(Has(x, Met("Abdi Warsame", "Ali Yilmaz"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Khalid bin Hamad", "Ali Yilmaz"))) << Dump(x);
}

TEST(TitleReferenceTest, AMinisterIsNotThePrimeMinister) {
  const Extraction x = ExtractText(
      "NEW DELHI - Prime Minister Rohan Mehta received General Ali Hassan of Tanzania. The "
      "Minister of Defence was present.");
  EXPECT_FALSE(NamesOf(x, EntityType::kPerson).contains("Minister of Defence")) << Dump(x);
  const int mehta = FindByName(x, EntityType::kPerson, "Rohan Mehta");
  ASSERT_GE(mehta, 0) << Dump(x);
  for (const std::string& alias : x.entities[mehta].aliases)
    EXPECT_NE(alias, "Minister of Defence") << Dump(x);
}

TEST(TitleReferenceTest, ARoleWithItsBriefAndAFormerTitleNameTheOneAfterThem) {
  const Extraction x = ExtractText(
      "Bamako - The Mediator of the Economic Community of West African States (ECOWAS) for "
      "Mali, former Nigerian President Samuel Okafor, was received by Colonel Amadou Keita. "
      "The Mediator came with the President of the ECOWAS Commission, Omar Diarra.");
  EXPECT_TRUE(Has(x, Represents("Samuel Okafor", "Economic Community of West African States")))
      << Dump(x);
  EXPECT_TRUE(Has(x, Met("Amadou Keita", "Omar Diarra"))) << Dump(x);
}

TEST(TitleReferenceTest, AFormerPrimeMinisterIsNotThePrimeMinister) {
  const Extraction x = ExtractText(
      "LAHORE - Minister Khalid Rahman met the Prime Minister. Later in the day, Rahman called "
      "on the President of the Pakistan Muslim League, former Prime Minister Tariq Aziz Khan, "
      "at his residence.");
  EXPECT_TRUE(Has(x, Met("Khalid Rahman", "Tariq Aziz Khan"))) << Dump(x);
  const int khan = FindByName(x, EntityType::kPerson, "Tariq Aziz Khan");
  ASSERT_GE(khan, 0) << Dump(x);
  for (const std::string& alias : x.entities[khan].aliases)
    EXPECT_NE(alias, "Prime Minister") << Dump(x);
}

TEST(TitleReferenceTest, ATitleWithItsComplementIsTheOneGivenItOfSeveralPresidents) {
  const Extraction x = ExtractText(
      "LIBREVILLE - The President of the Transition, Head of State, General Brice Oligui "
      "Nguema, welcomed the Vice-President of Equatorial Guinea, Teodoro Nguema Obiang Mangue, "
      "who brought him a message from President Teodoro Obiang Nguema Mbasogo. The Gabonese "
      "leader asked him in turn to pass on his greetings to his elder brother President "
      "Obiang. After the departure of the delegation, the President of the Transition "
      "received the President of the Senate, Paulette Missambo.");
  EXPECT_TRUE(Has(x, Met("Brice Oligui Nguema", "Paulette Missambo"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Teodoro Obiang Nguema Mbasogo", "Paulette Missambo"))) << Dump(x);
}

TEST(TitleReferenceTest, TheHomeStatesLeaderIsTheReportsFirstPersonOfSeveralUntiedLeaders) {
  const Extraction x = ExtractText(
      "Ouagadougou, 12 November 2024 (AIB) - The President of the Transition, Captain Ibrahim "
      "Traore, accepted the credentials of new ambassadors. They are Reza Tabatabaei of the "
      "Islamic Republic of Iran and Yamila Rivero of the Republic of Cuba. The Cuban diplomat "
      "spoke on behalf of President Miguel Diaz-Canel, whose warm wishes she conveyed. The "
      "Iranian envoy also offered the good wishes of his authorities to the Burkinabe "
      "leader.");
  EXPECT_TRUE(GreetsAtAll(x, "Reza Tabatabaei", "Ibrahim Traore")) << Dump(x);
  EXPECT_FALSE(GreetsAtAll(x, "Reza Tabatabaei", "Miguel Diaz-Canel")) << Dump(x);
}

TEST(TitleReferenceTest, AHeadlinesStateAdjectiveThatIsAlsoAWordNamesTheState) {
  const Extraction x = BundledExtractor().Extract(MakeReport(
      "Pashinyan receives French Foreign Minister",
      "YEREVAN - Prime Minister Nikol Pashinyan received the Minister for Europe and Foreign "
      "Affairs of France Jean-Noel Barrot. Foreign Minister Ararat Mirzoyan was present."));
  EXPECT_TRUE(Has(x, Met("Nikol Pashinyan", "Jean-Noel Barrot"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Nikol Pashinyan", "Ararat Mirzoyan"))) << Dump(x);
}

TEST(TitleReferenceTest, TheSovereignIsTheMonarchNamedBeforeIt) {
  const Extraction x = ExtractText(
      "Rabat - King Idris III received on Monday the new Ambassador of Ghana, Kwame Mensah, "
      "who handed the Sovereign his letters of credence. Mr. Mensah conveyed to the "
      "Sovereign the greetings of President Kofi Boateng and recalled that the two states "
      "set up ties in the reign of the late King Idris I. The Jordanian envoy, Omar Haddad, "
      "then relayed the greetings of King Faisal IV.");
  EXPECT_TRUE(Has(x, Greets("Kwame Mensah", "Idris III", "Kofi Boateng"))) << Dump(x);
  EXPECT_FALSE(Has(x, Greets("Kwame Mensah", "Faisal IV", "Kofi Boateng"))) << Dump(x);
  const Entity* king = PersonNamed(x, "Idris III");
  ASSERT_NE(king, nullptr) << Dump(x);
  EXPECT_TRUE(Contains(king->aliases, "Sovereign")) << Dump(x);
}

TEST(TitleReferenceTest, AOneLetterRegnalNumeralEndsTheName) {
  // at a sentence's end, before a courtesy title, the period is the sentence's
  const Extraction x = ExtractText(
      "Ties were set up in the reign of the late King Hassan V. Mr. Karim Benali, who "
      "recalled it, met King Hassan VI on Monday. King George X sent greetings.");
  EXPECT_NE(Person(x, "Hassan V"), -1) << Dump(x);
  EXPECT_NE(Person(x, "Hassan VI"), -1) << Dump(x);
  EXPECT_NE(Person(x, "George X"), -1) << Dump(x);
  EXPECT_NE(Person(x, "Karim Benali"), -1) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Karim Benali", "Hassan VI"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Karim Benali", "Hassan V"))) << Dump(x);
}

TEST(TitleReferenceTest, APortfolioOfTheStatesNationalsAbroadNamesTheState) {
  const Extraction x = ExtractText(
      "President Amadou Diallo received the Minister of Foreign Affairs and Egyptian "
      "Expatriates, Mr. Hany Morsi, in Dakar. Earlier, Minister of State for Syrian Affairs "
      "Omar Haddad met him.");
  EXPECT_TRUE(Has(x, Represents("Hany Morsi", "Egypt"))) << Dump(x);
  // a portfolio of another state's affairs is a topic
  EXPECT_FALSE(Has(x, Represents("Omar Haddad", "Syria"))) << Dump(x);
}

// "the IOM chief": whoever the report names heading or serving that organisation.
TEST(TitleReferenceTest, AnOrganisationsChiefIsTheOneWhoServesIt) {
  const Extraction x = ExtractText(
      "KABUL - Minister Sirajuddin Haqqani received Amy Pope, Director General of the "
      "International Organization for Migration (IOM). The IOM chief later met Mullah Abdul "
      "Ghani Baradar.");
  EXPECT_TRUE(Has(x, Met("Amy Pope", "Abdul Ghani Baradar"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Sirajuddin Haqqani", "Abdul Ghani Baradar"))) << Dump(x);
}

// A role that owns what follows ("X, the Prime Minister's Media Office announced"; "Y, the
// Prime Minister's son") is no apposition: X holds no such title, and the Prime Minister
// was not there.
TEST(TitleReferenceTest, ARoleOwningWhatFollowsIsNoApposition) {
  const Extraction x = ExtractText(
      "BAGHDAD - Kuwait's Foreign Minister Abdullah Al-Hamad delivered to Prime Minister Ali "
      "Al-Kadhim a message from the Emir, Sheikh Nawaf Al-Sabah, the Prime Minister's Media "
      "Office announced.");
  const int emir = Person(x, "Nawaf Al-Sabah");
  ASSERT_NE(emir, -1) << Dump(x);
  EXPECT_FALSE(Contains(x.entities[emir].roles, "Prime Minister")) << Dump(x);
  const Extraction son = BundledExtractor().Extract(MakeReport(
      "President Mahamat receives Hungarian Defence Minister",
      "N'Djamena - The Hungarian Minister of Defence, Karoly Nagy, handed President Idriss "
      "Mahamat a letter from Hungarian Prime Minister Viktor Szabo, during an audience at the "
      "Palace. The minister was accompanied "
      "by Lieutenant Gaspar Szabo, the Prime Minister's son."));
  EXPECT_TRUE(Has(son, Met("Idriss Mahamat", "Gaspar Szabo"))) << Dump(son);
  EXPECT_FALSE(Has(son, Met("Idriss Mahamat", "Viktor Szabo"))) << Dump(son);
}

// "the Iraqi premier" is the Prime Minister the report names.
TEST(TitleReferenceTest, ThePremierIsThePrimeMinister) {
  const Extraction x = ExtractText(
      "BAGHDAD - Kuwait's Foreign Minister Abdullah Al-Hamad delivered to Prime Minister Ali "
      "Al-Kadhim a message from the Emir of Kuwait. In a separate meeting, Al-Kadhim received "
      "Sudan's Ambassador to Baghdad, Khalid Osman. Earlier, the Iraqi premier asked his guest "
      "to pass his regards to the Emir of Kuwait, Sheikh Nawaf Al-Sabah.");
  const int premier = Person(x, "Ali Al-Kadhim");
  ASSERT_NE(premier, -1) << Dump(x);
  EXPECT_TRUE(Contains(x.entities[premier].aliases, "Iraqi premier")) << Dump(x);
}

// "Al-Alimi" after Rashad Mohammed Al-Alimi and Abdullah Al-Alimi Bawazeer: the one whose
// name ends with it.
TEST(TitleReferenceTest, ASurnameAloneIsTheOneWhoseNameEndsWithIt) {
  const Extraction x = ExtractText(
      "Riyadh (Saba) - Chairman of the Council, Dr. Rashad Mohammed Al-Alimi, received Hans "
      "Grundberg in the presence of Council members Abdullah Al-Alimi Bawazeer and Tareq Saleh. "
      "Later, Al-Alimi received a telephone call from Omani Foreign Minister Badr Al Busaidi. "
      "Al-Alimi asked the Omani minister to convey his greetings to Sultan Haitham bin Tarik.");
  EXPECT_TRUE(Has(x, Greets("Badr Al Busaidi", "Haitham bin Tarik", "Rashad Mohammed Al-Alimi")))
      << Dump(x);
}

// "Omar" after Foreign Minister Abdoulkader Houssein Omar and President Ismail Omar Guelleh,
// named more often since: the one whose name ends with it, not the one who holds it inside.
TEST(TitleReferenceTest, ASurnameAloneIsNotANamesakesMiddleNameMentionedMoreOften) {
  const Extraction x = ExtractText(
      "MOGADISHU - Foreign Minister Idris Farah Warsame arrived carrying a message from "
      "President Ahmed Warsame Dualeh to President Hassan Ali Nur. Nur thanked Dualeh. "
      "Warsame later met Prime Minister Abdi Yusuf Korane.");
  EXPECT_TRUE(Has(x, Met("Idris Farah Warsame", "Abdi Yusuf Korane"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Ahmed Warsame Dualeh", "Abdi Yusuf Korane"))) << Dump(x);
}

// "His Majesty Sultan Ibrahim" after Prime Minister Anwar Ibrahim: a monarch and one who
// governs are two persons whatever their names share; the monarch named by one word goes by
// it with his royal title.
TEST(TitleReferenceTest, AMonarchIsNotTheNamesakeWhoGoverns) {
  const Extraction x = ExtractText(
      "Doha (QNA) - HH the Amir received Prime Minister of Malaysia Anwar Ibrahim. The Malaysian "
      "Prime Minister conveyed the greetings of His Majesty Sultan Ibrahim, King of Malaysia, to "
      "His Highness the Amir.");
  const int sultan = Person(x, "Sultan Ibrahim");
  ASSERT_NE(sultan, -1) << Dump(x);
  const int premier = Person(x, "Anwar Ibrahim");
  ASSERT_NE(premier, -1) << Dump(x);
  for (const std::string& role : x.entities[premier].roles)
    EXPECT_EQ(role.find("King"), std::string::npos) << Dump(x);
}

// "her Zambian counterpart, the Minister of Commerce, Trade and Industry, X": both titles,
// each set off by commas, are X's, so "the Zambian minister" is X; and "the Nigerien Head
// of State" is no prime minister of that state.
TEST(TitleReferenceTest, TitlesSetOffByCommasBeforeANameAreItsOwn) {
  const Extraction x = ExtractText(
      "The Minister of Foreign Trade, Marie-Claire Mbuyi, and her Zambian counterpart, the "
      "Minister of Commerce, Trade and Industry, Mwansa Chileshe Banda, held talks on Monday. "
      "On Tuesday, the Zambian minister was received by the Prime Minister, Judith Tuluka.");
  EXPECT_TRUE(Has(x, Represents("Mwansa Chileshe Banda", "Zambia"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Marie-Claire Mbuyi", "Zambia"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Mwansa Chileshe Banda", "Judith Tuluka"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Marie-Claire Mbuyi", "Judith Tuluka"))) << Dump(x);
  const Extraction head = ExtractText(
      "Niamey (ANP) - General Moussa Abdou, President of the National Council, received the "
      "Foreign Minister of Togo, Kodjo Adedze. The Prime Minister, Minister of Finance, Ali "
      "Lamine Mahaman, sat in on the audience. Mr Adedze said he had conveyed to the Nigerien "
      "Head of State the greetings of President Faure Gnassingbe.");
  EXPECT_FALSE(GreetsAtAll(head, "Kodjo Adedze", "Ali Lamine Mahaman")) << Dump(head);
  const int premier = Person(head, "Ali Lamine Mahaman");
  ASSERT_NE(premier, -1) << Dump(head);
  EXPECT_NE(std::find(head.entities[premier].roles.begin(), head.entities[premier].roles.end(),
                      "Prime Minister"),
            head.entities[premier].roles.end())
      << Dump(head);
}

// "Special Representative ... for West Africa and the Sahel and Head of the Office ..., X":
// a region's words run the portfolio on to the second title, so both are X's, and "the
// Special Representative" is X, not another special representative named later.
TEST(TitleReferenceTest, ARegionsWordsBelongToThePortfolio) {
  const Extraction x = ExtractText(
      "DAKAR - The Special Representative of the Secretary-General for West Africa and the "
      "Sahel and Head of the United Nations Office for West Africa and the Sahel (UNOWAS), "
      "Leonardo Simao, visited Conakry. The Special Representative was received by the Prime "
      "Minister, Amadou Bah. He also conferred with the Special Representative of the President "
      "of the ECOWAS Commission in Guinea, Ambassador Comfort Mensah.");
  EXPECT_TRUE(Has(x, Met("Leonardo Simao", "Amadou Bah"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Comfort Mensah", "Amadou Bah"))) << Dump(x);
  const int envoy = Person(x, "Leonardo Simao");
  ASSERT_NE(envoy, -1) << Dump(x);
  const auto& roles = x.entities[envoy].roles;
  EXPECT_TRUE(std::any_of(roles.begin(), roles.end(), [](const std::string& role) {
    return role.starts_with("Special Representative of the Secretary-General for West Africa");
  })) << Dump(x);
}

// "the Director General of the national oil company PETRO, Cheikh Sall" (a title the parse
// leaves unattached) refers to no one a later sentence introduces with a title of his own;
// "The President" of a Kremlin readout still refers ahead to the one named later.
TEST(TitleReferenceTest, ATitleRefersToNoOneALaterSentenceIntroducesTitled) {
  const Extraction x = ExtractText(
      "DAKAR (APS) - Minister Sidi Ould Sidiya of Mauritania was later received by the Minister "
      "of Energy, Birame Diop, who was assisted by the Director General of the national oil "
      "company PETRO, Cheikh Sall. On the Mauritanian side, the meeting was attended by the "
      "Director General of the Hydrocarbons Company (SMH), Ahmed Tolba.");
  EXPECT_FALSE(Has(x, Met("Sidi Ould Sidiya", "Ahmed Tolba"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Birame Diop", "Ahmed Tolba"))) << Dump(x);
  const Extraction kremlin = ExtractText(
      "The President had a meeting with the permanent members of the Security Council. Taking "
      "part in the meeting were Prime Minister Mikhail Mishin and Foreign Minister Sergei "
      "Lavin.\n\nPresident of Russia Vladimir Putin: Colleagues, good afternoon.");
  EXPECT_TRUE(Has(kremlin, Met("Vladimir Putin", "Sergei Lavin"))) << Dump(kremlin);
}

// "the Secretary-General" is not the "Assistant Secretary-General" the report named since.
TEST(TitleReferenceTest, TheSecretaryGeneralIsNoAssistantSecretaryGeneral) {
  const Extraction x = ExtractText(
      "Riyadh - The Secretary-General of the Gulf Cooperation Council (GCC), Jasem Albudaiwi, "
      "received today Spain's Secretary of State, Alvaro Sanz. The meeting was attended by the "
      "GCC Assistant Secretary-General for Political Affairs, Dr. Abdulaziz Aluwaisheg. "
      "Separately, the Secretary-General received the Ambassador of the Republic of Korea, "
      "Choi Yong-jun.");
  EXPECT_TRUE(Has(x, Met("Jasem Albudaiwi", "Choi Yong-jun"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Abdulaziz Aluwaisheg", "Choi Yong-jun"))) << Dump(x);
}

// "the Bank's Director General for North Africa, X": the one body the report named with
// that head word; none when two share it ("the People's Assembly", "the Algerian People's
// National Assembly").
TEST(TitleReferenceTest, TheBodysTitleNamesTheBodyByItsHeadWord) {
  const Extraction x = ExtractText(
      "Tunis - The Minister of Economy received the Vice-President of the African Development "
      "Bank, Kevin Kariuki. The meeting was attended by the Bank's Director General for North "
      "Africa, Mohamed Azizi.");
  EXPECT_TRUE(Has(x, Represents("Mohamed Azizi", "African Development Bank"))) << Dump(x);
  // (the head word in lower case likewise: "the council's chairman")
  const Extraction lower = ExtractText(
      "Riyadh - The Speaker received a delegation of the Federal National Council. The "
      "delegation was led by the council's deputy chairman, Tariq Lootah.");
  EXPECT_TRUE(Has(lower, Represents("Tariq Lootah", "Federal National Council"))) << Dump(lower);
  const Extraction two = ExtractText(
      "Damascus - Speaker of the People's Assembly Hammouda Sabbagh met President of the "
      "Algerian People's National Assembly Ibrahim Boughali. Taking part on the Syrian side was "
      "the Assembly's Secretary, Hamida Khaddour.");
  EXPECT_FALSE(Has(two, Represents("Hamida Khaddour", "Algerian People's National Assembly")))
      << Dump(two);
}

// "Chilean Foreign Minister A and his Peruvian counterpart B": "the Peruvian foreign
// minister" is B; but of two prime ministers, the one given the title is "the Prime
// Minister", not the counterpart.
TEST(TitleReferenceTest, ACounterpartHoldsTheOfficeOfTheOneHeIsTheCounterpartOf) {
  const Extraction x = ExtractText(
      "SANTIAGO - Chilean Foreign Minister Rosa Fuentes and her Peruvian counterpart Jorge "
      "Salas held talks on Monday. Later on Monday, President Diego Araya received the "
      "Peruvian foreign minister.");
  EXPECT_TRUE(Has(x, Met("Jorge Salas", "Diego Araya"))) << Dump(x);
  const Extraction premiers = ExtractText(
      "Prime Minister Ram Thapa held talks with his Indian counterpart Vikram Rao and Thai "
      "Prime Minister Suda Chai. In his meeting with Professor Karim Uddin, the Prime Minister "
      "spoke of trade.");
  EXPECT_TRUE(Has(premiers, Met("Ram Thapa", "Karim Uddin"))) << Dump(premiers);
  EXPECT_FALSE(Has(premiers, Met("Vikram Rao", "Karim Uddin"))) << Dump(premiers);
}

// Known leaders (leaders.json) are tied to their states before titles are resolved: "the
// South African leader" is not President Ruto; and "the President's greetings to X" are
// not X's.
TEST(TitleReferenceTest, AKnownLeaderIsNoOtherStatesLeaderNorHisOwnAddressee) {
  const Extraction x = ExtractText(
      "Foreign Minister Amara Njoroge received South Africa's Minister of International "
      "Relations, Thandi Mokoena. Mokoena conveyed the greetings of President Cyril Ramaphosa "
      "to President William Ruto and handed over a letter from the South African leader. "
      "Njoroge said he had asked his guest to convey the President's greetings to Ramaphosa.");
  EXPECT_TRUE(Has(x, Greets("Thandi Mokoena", "William Ruto", "Cyril Ramaphosa"))) << Dump(x);
  EXPECT_TRUE(Has(x, Greets("Thandi Mokoena", "Cyril Ramaphosa", "William Ruto"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("William Ruto", "South Africa"))) << Dump(x);
  const Entity* ruto = PersonNamed(x, "William Ruto");
  ASSERT_NE(ruto, nullptr) << Dump(x);
  EXPECT_FALSE(Contains(ruto->aliases, "South African leader")) << Dump(x);
}

// "During the meeting with PM A, PM B raised ...": B, not A, is the subject of the
// sentence, and so the prime minister "the Prime Minister" refers to next.
TEST(TitleReferenceTest, ThePhraseASentenceOpensWithHoldsNoSubject) {
  const Extraction x = ExtractText(
      "Bangkok: Prime Minister Ram Thapa held talks with his Indian counterpart Vikram Rao "
      "and Professor Karim Uddin. During the meeting with PM Rao, PM Thapa raised the "
      "boundary issue. In his meeting with Professor Uddin, the Prime Minister spoke of "
      "trade.");
  EXPECT_TRUE(Has(x, Met("Ram Thapa", "Karim Uddin"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Vikram Rao", "Karim Uddin"))) << Dump(x);
}

// "the Islamic Development Bank (IsDB), whose president X visited ...": X serves the body
// named before ", whose".
TEST(TitleReferenceTest, ATitleAfterWhoseIsOfTheBodyBeforeIt) {
  const Extraction x = ExtractText(
      "The Islamic Development Bank (IsDB), whose president Hamad Al Saleh visited Dakar last "
      "month, approved the loan.");
  EXPECT_TRUE(Has(x, Represents("Hamad Al Saleh", "Islamic Development Bank"))) << Dump(x);
}

// "The Korean delegation included A, Minister of ..." names A after the verb: A is not the
// sentence's subject, and "the South Korean minister" after it is still the visitor.
TEST(TitleReferenceTest, APersonNamedAfterTheVerbIsNoSubject) {
  const Extraction x = ExtractText(
      "ABU DHABI -- Park Min-ho, Minister of National Defense of the Republic of Korea, was "
      "welcomed today by the UAE President, Sheikh Hamdan bin Saeed Al Nahyan. The Korean "
      "delegation included Lee Jae-sung, Minister of the Defense Procurement Agency. The South "
      "Korean minister conveyed the greetings of President Kim Dae-won to Sheikh Hamdan.");
  EXPECT_TRUE(Has(x, Greets("Park Min-ho", "Hamdan bin Saeed Al Nahyan", "Kim Dae-won")))
      << Dump(x);
  EXPECT_FALSE(GreetsAtAll(x, "Lee Jae-sung", "Hamdan bin Saeed Al Nahyan")) << Dump(x);
}

// "With the American chargé d'affaires, Mr. X discussed ...": the role fronted by "With" is
// not X's, who stays of his own state, and refers back to the one named before with it.
TEST(TitleReferenceTest, ARoleFrontedByWithIsNotTheSubjects) {
  const Extraction x = ExtractText(
      "Nouakchott - Minister of Foreign Affairs of Mauritania Ahmed Salem received the "
      "American charge d'affaires, Ms. Laura Benton. With the American charge d'affaires, "
      "Mr. Salem discussed the coming round of the security dialogue.");
  EXPECT_FALSE(Has(x, Represents("Ahmed Salem", "United States"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Ahmed Salem", "Mauritania"))) << Dump(x);
}

// "Anwar, Vietnamese counterpart meet on sidelines of summit": a headline's two subjects of
// a plural verb, not a name and its role.
TEST(TitleReferenceTest, AHeadlinesTwoSubjectsOfAPluralVerbAreNoApposition) {
  const Extraction x = BundledExtractor().Extract(MakeReport(
      "Karimov, Latvian counterpart meet on sidelines of summit",
      "BAKU - Foreign Minister Rustam Karimov of Uzbekistan met his Latvian counterpart Ilze "
      "Ozola on the sidelines of the summit."));
  EXPECT_FALSE(Has(x, Represents("Rustam Karimov", "Latvia"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Ilze Ozola", "Latvia"))) << Dump(x);
}

TEST(TitleReferenceTest, AHeadlinesTwoSubjectsConferToo) {
  const Extraction x = BundledExtractor().Extract(MakeReport(
      "Haddad, Polish counterpart confer on bilateral ties",
      "Amman -- Foreign Minister Omar Haddad conferred with Polish Foreign Minister Jan Nowak. "
      "A message from Polish President Adam Wolski to King Faisal Hashem was handed over to "
      "Haddad by the Polish minister."));
  EXPECT_FALSE(Has(x, Represents("Omar Haddad", "Poland"))) << Dump(x);
  EXPECT_TRUE(Has(x, Greets("Jan Nowak", "Faisal Hashem", "Adam Wolski"))) << Dump(x);
}

// "he had met Sheikh Hamad, then the Crown Prince, at a summit": the role he held then is
// no other person, not the Crown Prince the report names now.
TEST(TitleReferenceTest, ARoleHeldThenIsNoOneElse) {
  const Extraction x = ExtractText(
      "Al-Saleh conveyed the greetings of the Amir, Sheikh Hamad Al-Jaber, to President Rosa "
      "Lim Santos and to Crown Prince Sheikh Nawaf Al-Khalid. Santos said she had met Sheikh "
      "Hamad, then the Crown Prince, at a summit in Riyadh in 2023.");
  EXPECT_TRUE(Has(x, Met("Rosa Lim Santos", "Hamad Al-Jaber"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Rosa Lim Santos", "Nawaf Al-Khalid"))) << Dump(x);
}

// "President Ramon T. Villanueva Jr. ... his father, the late President Ramon A. Villanueva,
// and said he had met the Amir": two persons, told apart by their initials; the dead father
// is no subject of the son's meeting.
TEST(TitleReferenceTest, ASonAndHisLateFatherWithOtherInitials) {
  const Extraction x = ExtractText(
      "MANILA - President Ramon T. Villanueva Jr. received Kuwaiti Foreign Minister Fahad Salem "
      "Al-Rashidi. Villanueva recalled the administration of his father, the late President "
      "Ramon A. Villanueva, and said he had met Sheikh Hamad Al-Jaber at a summit in 2023.");
  EXPECT_NE(PersonNamed(x, "Ramon A. Villanueva"), nullptr) << Dump(x);
  EXPECT_NE(PersonNamed(x, "Ramon T. Villanueva Jr."), nullptr) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Ramon T. Villanueva Jr.", "Hamad Al-Jaber"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Ramon A. Villanueva", "Hamad Al-Jaber"))) << Dump(x);
}

// "Head of State receives Portuguese Minister of State and Foreign Affairs", in a report from
// Luanda: the title with the portfolio joined to "of State" is the minister's, and the bare
// "Head of State" the home state's leader, though only Portugal's (a leader the lexicon
// knows) was given that title.
TEST(TitleReferenceTest, TheHomeStatesHeadOfStateAndAMinisterOfStateAndAPortfolio) {
  const Extraction x = BundledExtractor().Extract(MakeReport(
      "Head of State receives Portuguese Minister of State and Foreign Affairs",
      "Luanda - The President of the Republic, Joaquim Neto, received on Tuesday the "
      "Portuguese Minister of State and Foreign Affairs, Rui Almeida Costa, who delivered a "
      "message from his Head of State, Marcelo Rebelo de Sousa."));
  EXPECT_TRUE(Has(x, Met("Joaquim Neto", "Rui Almeida Costa"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Rui Almeida Costa", "Marcelo Rebelo de Sousa"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Joaquim Neto", "Marcelo Rebelo de Sousa"))) << Dump(x);
  EXPECT_TRUE(Has(x, Greets("Rui Almeida Costa", "Joaquim Neto", "Marcelo Rebelo de Sousa")))
      << Dump(x);
  const Entity* minister = PersonNamed(x, "Rui Almeida Costa");
  ASSERT_NE(minister, nullptr) << Dump(x);
  EXPECT_TRUE(Contains(minister->roles, "Portuguese Minister of State and Foreign Affairs"))
      << Dump(x);
}

// "a delegation of the Kuwait Fund for Arab Economic Development (KFAED), led by its Director
// General, X": X heads the fund past its letters; "the UNDP Resident Representative in Ghana,
// Y": Y serves UNDP.
TEST(TitleReferenceTest, HeadsOfBodiesPastTheirLettersAndResidentRepresentatives) {
  const Extraction x = ExtractText(
      "Prime Minister Tahmina Perera received a delegation of the Kuwait Fund for Arab "
      "Economic Development (KFAED), led by its Director General, Waleed Al-Bahar, on Monday. "
      "The meeting was attended by the UNDP Resident Representative in Sri Lanka, Azusa "
      "Kubota.");
  EXPECT_TRUE(Has(x, Represents("Waleed Al-Bahar", "Kuwait Fund for Arab Economic Development")))
      << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Azusa Kubota", "United Nations Development Programme")))
      << Dump(x);
}

// "in the presence of First Deputy Speaker A" after "the Speaker of the Council of
// Representatives, B": the deputy serves B's body; "Attending from the National Assembly
// were C and D": they serve it. "Deputy Secretary of State E" who called "Secretary F of
// DFAT" holds an office of her own.
TEST(TitleReferenceTest, DeputiesOfABodysOfficerAndMembersFromABody) {
  const Extraction x = ExtractText(
      "Manama - Neumann was received by the Speaker of the Council of Representatives, Ahmed "
      "Al Musallam, in the presence of First Deputy Speaker Abdulnabi Ahmed. Attending from "
      "the Shura Council were Ali Al Aradi and Jamal Fakhro.");
  EXPECT_TRUE(Has(x, Represents("Abdulnabi Ahmed", "Council of Representatives"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Ali Al Aradi", "Shura Council"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Jamal Fakhro", "Shura Council"))) << Dump(x);
  const Extraction y = BundledExtractor().Extract(
      MakeReport("Deputy Secretary Sherman's Call with Secretary Adams",
                 "Deputy Secretary of State Wendy Sherman spoke today with Australia Department of "
                 "Foreign Affairs and Trade Secretary Jan Adams."));
  EXPECT_FALSE(Has(y, Represents("Wendy Sherman",
                                 "Australia Department of Foreign Affairs and "
                                 "Trade")))
      << Dump(y);
}

// "the AU High-Level Panel on Sudan", "the Committee on Somalia": a body on a state is not
// that state's body.
TEST(TitleReferenceTest, ABodyOnAStateIsNotItsBody) {
  const Extraction x = ExtractText(
      "The Chair of the AU High-Level Panel on Sudan, Dr. Mohamed Chambas, also took part, as "
      "did the head of the Kenyan Parliament's Committee on Somalia.");
  EXPECT_FALSE(Has(x, Represents("AU High-Level Panel on Sudan", "Sudan"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Mohamed Chambas", "AU High-Level Panel on Sudan"))) << Dump(x);
}

// "EU foreign policy chief Josep Borrell", "UN refugee chief Filippo Grandi": a body before
// the topic of a title in lower case is the body the person serves, and a visitor of an
// international body is no national of the dateline's state.
TEST(TitleReferenceTest, ABodyBeforeATitlesTopicIsServed) {
  const Extraction x = ExtractText(
      "NAIROBI, Kenya, Jun 4 - UN refugee chief Martin Ochieng met Kenyan President William "
      "Ruto on Wednesday. EU foreign policy chief Kaja Tamm met him later.");
  EXPECT_TRUE(Has(x, Represents("Martin Ochieng", "United Nations"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Martin Ochieng", "Kenya"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Kaja Tamm", "European Union"))) << Dump(x);
}

// "Martin Raiser, the bank's vice president for South Asia": after a name, the body's head
// word and its possessive before a title tie the title to the one body with that head.
TEST(TitleReferenceTest, NameThenTheBodysTitle) {
  const Extraction x = ExtractText(
      "World Bank President Ajay Banga met Prime Minister Shehbaz Sharif. Finance Minister "
      "Muhammad Aurangzeb attended the meeting, as did Lena Hoffmann, the bank's vice "
      "president for South Asia.");
  EXPECT_TRUE(Has(x, Represents("Lena Hoffmann", "World Bank"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Lena Hoffmann", "Shehbaz Sharif"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Lena Hoffmann", "Ajay Banga"))) << Dump(x);
}

// "Prime Minister and Foreign Minister X discussed": opening a sentence with no article, a
// bare title a person named before holds is that person, and the next title is X's.
TEST(TitleReferenceTest, ABareTitleOpeningASentenceBeforeAnother) {
  const Extraction x = ExtractText(
      "Foreign Minister of Chile Alberto Soto called on Prime Minister Shri Narendra Modi "
      "today. Prime Minister and Foreign Minister Soto discussed trade. Prime Minister "
      "fondly recalled his meeting with President Gabriel Boric.");
  EXPECT_TRUE(Has(x, Met("Narendra Modi", "Gabriel Boric"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Alberto Soto", "Gabriel Boric"))) << Dump(x);
}

// "the Communist Party of Cuba": a party is no body of the state it is named after.
TEST(TitleReferenceTest, APartyIsNoStateBody) {
  const Extraction x = ExtractText(
      "President Hage Geingob met the First Secretary of the Communist Party of Cuba, Roberto "
      "Morales Ojeda, and the Minister of Health of the Republic of Cuba, José Portal.");
  EXPECT_TRUE(Has(x, Represents("Roberto Morales Ojeda", "Communist Party of Cuba"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Communist Party of Cuba", "Cuba"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("José Portal", "Cuba"))) << Dump(x);
  // (nor one named a party right after: "the Nepali Congress party")
  const Extraction y = ExtractText(
      "Berlin - Foreign Minister Karl Weber received Nepal's Foreign Minister Sita Rana, whose "
      "husband leads the Nepali Congress party.");
  EXPECT_FALSE(Has(y, Represents("Nepali Congress", "Nepal"))) << Dump(y);
}

// "the ruling Pakistan Muslim League-Nawaz (PML-N)": a head word joined by a hyphen to the
// rest of a party's name is the body's, no person; and a league is no body of its state.
TEST(TitleReferenceTest, AHeadWordJoinedByAHyphenNamesABody) {
  const Extraction x = ExtractText(
      "Nawaz Sharif, the president of the ruling Pakistan Muslim League-Nawaz (PML-N), met "
      "Turkish President Recep Tayyip Erdogan.");
  EXPECT_EQ(NamesOf(x, EntityType::kPerson),
            (std::set<std::string>{"Nawaz Sharif", "Recep Tayyip Erdogan"}))
      << Dump(x);
  EXPECT_EQ(NamesOf(x, EntityType::kInstitution),
            (std::set<std::string>{"Pakistan Muslim League-Nawaz"}))
      << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Pakistan Muslim League-Nawaz", "Pakistan"))) << Dump(x);
}

// "talks with Foreign Minister X at the Ministry of Foreign Affairs": a ministry named with no
// state is that of the one minister of its portfolio the report places; with ministers of
// two states, of neither.
TEST(TitleReferenceTest, AMinistryIsThatOfItsPlacedMinister) {
  const Extraction x = ExtractText(
      "Norway's State Secretary Eivind Vad Petersson held talks with Uganda's "
      "Minister of Foreign Affairs, Jeje Odongo, at the Ministry of Foreign Affairs.");
  EXPECT_TRUE(Has(x, Represents("Ministry of Foreign Affairs", "Uganda"))) << Dump(x);
  const Extraction two = ExtractText(
      "Norway's Minister of Foreign Affairs, Espen Barth Eide, held talks with "
      "Uganda's Minister of Foreign Affairs, Jeje Odongo, at the Ministry of Foreign Affairs.");
  EXPECT_FALSE(Has(two, Represents("Ministry of Foreign Affairs", "Norway"))) << Dump(two);
}

}  // namespace

// "former President Olusegun Obasanjo" holds the title no more: "the President" the
// greetings were conveyed to is the sitting one; "The Mediator ..., former Nigerian
// President X" is still the mediator.
TEST(TitleReferenceTest, AFormerHolderIsNotTheBareTitle) {
  const Extraction x = ExtractText(
      "President Bola Ahmed Tinubu on Tuesday received Sheikh Khalid bin Saad Al-Thani, who "
      "conveyed the greetings of the Emir to the President. He recalled that the envoy's "
      "father had presented his letters of credence to former President Olusegun Obasanjo.");
  EXPECT_TRUE(GreetsAtAll(x, "Khalid bin Saad Al-Thani", "Bola Ahmed Tinubu")) << Dump(x);
  EXPECT_FALSE(GreetsAtAll(x, "Khalid bin Saad Al-Thani", "Olusegun Obasanjo")) << Dump(x);
}

// "the Prime Minister's chief adviser X attended ... from the Nepali side": the possessed
// office is that side's Prime Minister, not the host's named last.
TEST(TitleReferenceTest, APossessedOfficeIsOfTheSideTheSentenceNames) {
  const Extraction x = ExtractText(
      "Bangkok, Chaitra 22: Prime Minister KP Sharma Oli held talks with Thai Prime Minister "
      "Paetongtarn Shinawatra on the sidelines of the summit. The Prime Minister's chief "
      "adviser Hari Prasad Koirala attended the meeting from the Nepali side.");
  EXPECT_TRUE(Has(x, Represents("Hari Prasad Koirala", "KP Sharma Oli"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Hari Prasad Koirala", "Paetongtarn Shinawatra"))) << Dump(x);
}

// "the Speaker's media adviser, X": an ordinary word before an aide's title is part of it,
// and the aide serves the one who holds the office.
TEST(TitleReferenceTest, AnAidesTitleWithAModifierAfterAPossessive) {
  const Extraction x = ExtractText(
      "Beirut - Speaker Nabih Berri received the Cypriot foreign minister, in the presence "
      "of the Speaker's media adviser, Karim Saad.");
  EXPECT_TRUE(Has(x, Represents("Karim Saad", "Nabih Berri"))) << Dump(x);
}

// "the head of the Malaysian delegation" is whom the report names as the delegation's
// head, not the Malaysian ambassador who also took part.
TEST(TitleReferenceTest, TheHeadOfTheDelegationIsItsNamedHead) {
  const Extraction x = ExtractText(
      "DAKAR (APS) - The Minister of Energy, Cheikh Tidiane Ndour, received a delegation of "
      "the Malaysian oil company PETRONAS led by its Executive Vice-President, Datuk Faisal "
      "bin Osman. The Ambassador of Malaysia to Senegal, Siti Aminah Yusof, took part in the "
      "meeting. Later in the day, the head of the Malaysian delegation called on Prime "
      "Minister Ousmane Sonko.");
  EXPECT_TRUE(Has(x, Met("Faisal bin Osman", "Ousmane Sonko"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Ousmane Sonko", "Siti Aminah Yusof"))) << Dump(x);
}

TEST(TitleReferenceTest, AStatesPrimeMinisterIsNoneOfItsOtherMinisters) {
  const Extraction x = ExtractText(
      "MUSCAT, Jan 12 (ONA) -- His Majesty Sultan Haitham bin Tarik received today Aoki "
      "Kenta, Minister of Foreign Affairs of Japan, who conveyed to His Majesty the greetings "
      "of Prime Minister Mori Hiroshi. His Majesty the Sultan asked the minister to convey his "
      "greetings to the Japanese Prime Minister.");
  EXPECT_TRUE(Has(x, Greets("Aoki Kenta", "Mori Hiroshi", "Haitham bin Tarik"))) << Dump(x);
  EXPECT_FALSE(Contains(x.entities[FindByName(x, EntityType::kPerson, "Aoki Kenta")].aliases,
                        "Japanese Prime Minister"))
      << Dump(x);
}

TEST(TitleReferenceTest, ASpokesmanForTheSecretaryGeneralIsNamedAfterHim) {
  const Extraction x = ExtractText(
      "Cairo (MENA) - Secretary-General of the Arab League Ahmed Aboul Gheit met Japan's "
      "envoy, Ambassador Sato Hiroshi. Spokesman for the Secretary-General Gamal Rushdi said "
      "the two sides discussed Gaza.");
  EXPECT_TRUE(Has(x, Represents("Gamal Rushdi", "Ahmed Aboul Gheit"))) << Dump(x);
  EXPECT_FALSE(Contains(x.entities[FindByName(x, EntityType::kPerson, "Gamal Rushdi")].roles,
                        "Secretary-General"))
      << Dump(x);
}

TEST(TitleReferenceTest, AKnownLeaderWhoseLeadingTitleFollowsACommaInHisRole) {
  const Extraction x = ExtractText(
      "Mogadishu - President Hassan Sheikh Mohamud received a telephone call from the President "
      "of the United Arab Emirates, His Highness Sheikh Mohamed bin Zayed Al Nahyan. He asked "
      "him to convey his greetings to His Highness Sheikh Mohammed bin Rashid Al Maktoum, Vice "
      "President, Prime Minister and Ruler of Dubai.");
  EXPECT_TRUE(Has(x, Represents("Mohammed bin Rashid Al Maktoum", "United Arab Emirates")))
      << Dump(x);
}

// "Pol. Gen. Somchai", "Akim of Almaty Region Serik Zhumabayev": a Thai police rank with its
// periods ends no sentence, and a Kazakh governor's title opens no name.
TEST(TitleReferenceTest, APoliceRankAndAnAkimAreTitles) {
  const Extraction x = ExtractText(
      "Bangkok - The Secretary-General, Kofi Mensah, met Deputy Prime Minister Pol. Gen. Somchai "
      "Rattanakorn of Thailand. Later, Mensah met Akim of Almaty Region Serik Nurlanuly "
      "Abenov.");
  EXPECT_TRUE(Has(x, Met("Kofi Mensah", "Somchai Rattanakorn"))) << Dump(x);
  EXPECT_LT(FindByName(x, EntityType::kPerson, "Pol"), 0) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Kofi Mensah", "Serik Nurlanuly Abenov"))) << Dump(x);
}

// "Secretary Commerce Faisal Qureshi": a portfolio right after a title is the title's, as
// Pakistan writes it, no word of the name.
TEST(TitleReferenceTest, APortfolioAfterATitleIsTheTitles) {
  const Extraction x = ExtractText(
      "ISLAMABAD - Minister for Commerce Jawad Akhtar received Kenya's Trade Secretary, Mary "
      "Wanjiku. Secretary Commerce Tariq Mahmood Qureshi was present.");
  EXPECT_GE(FindByName(x, EntityType::kPerson, "Tariq Mahmood Qureshi"), 0) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Mary Wanjiku", "Tariq Mahmood Qureshi"))) << Dump(x);
}

// "Pradhan, Jamaican Education Minister hold talks": the Jamaican minister whose role names
// education first ("Minister of Education, Skills, Youth and Information"), not the Union
// Education Minister.
TEST(TitleReferenceTest, AMinisterByThePortfolioHisRoleNamesFirst) {
  const Extraction x = BundledExtractor().Extract(MakeReport(
      "Pradhan, Jamaican Education Minister hold talks on teacher training",
      "New Delhi, Mar 11 (PTI) Union Education Minister Dharmendra Pradhan and Jamaica's "
      "Minister of Education, Skills, Youth and Information Dr Andrea Campbell-Whyte held talks "
      "here on Tuesday on scholarships for Caribbean students at Indian universities, officials "
      "said. Campbell-Whyte was accompanied by Jamaica's High Commissioner to India "
      "Carlton Reid.\n\nThe Jamaican minister conveyed the greetings of Prime Minister Andrew "
      "Holness to Prime Minister Narendra Modi. Campbell-Whyte later called on Minister of State "
      "for External Affairs Pabitra Margherita."));
  EXPECT_FALSE(Has(x, Represents("Dharmendra Pradhan", "Jamaica"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Dharmendra Pradhan", "Carlton Reid"))) << Dump(x);
}

// "the European Union's Special Representative for the Gulf region, Luigi Di Maio": "region"
// after the brief's place is the brief's, and the name after the comma holds the role.
TEST(TitleReferenceTest, ABriefOfARegionKeepsItsHolder) {
  const Extraction x = ExtractText(
      "Muscat - The two ministers joined a video conference with the European Union's Special "
      "Representative for the Gulf region, Luigi Di Maio, on maritime security.");
  EXPECT_TRUE(Has(x, Represents("Luigi Di Maio", "European Union"))) << Dump(x);
}

TEST(TitleReferenceTest, ACitysOfficeLeavesTheRolesAfterItToItsHolder) {
  // "Crown Prince of Dubai, Deputy Prime Minister and Minister of Defence": the titles after
  // a city's office are the same man's, not a role-only mention the guest, also "Deputy
  // Prime Minister and Minister of National Defence", takes over
  const Extraction x = ExtractText(
      "ABU DHABI, 5 May 2025 (WAM) -- Sheikh Rashid bin Saeed Al Maktoum, Crown Prince of "
      "Dubai, Deputy Prime Minister and Minister of Defence, today received Jan Nowak, Deputy "
      "Prime Minister and Minister of National Defence of the Republic of Poland.");
  const Entity* host = PersonNamed(x, "Rashid bin Saeed Al Maktoum");
  ASSERT_NE(host, nullptr) << Dump(x);
  EXPECT_TRUE(std::any_of(host->roles.begin(), host->roles.end(), [](const std::string& role) {
    return role.ends_with("Minister of Defence");
  })) << Dump(x);
  const Entity* guest = PersonNamed(x, "Jan Nowak");
  ASSERT_NE(guest, nullptr) << Dump(x);
  EXPECT_FALSE(Contains(guest->roles, "Deputy Prime Minister and Minister of Defence")) << Dump(x);
}

}  // namespace dkg
