// Reports of one official's several meetings on the sidelines of a summit or forum:
// who met whom when the guests are listed in one sentence and each meeting is told in
// a paragraph of its own, who sat in on all of them, and the names and roles such lists
// hold. Every report here is written for the test.
#include <gtest/gtest.h>

#include "extract_test_support.h"

namespace dkg {
namespace {

using namespace extract_test;

TEST(SummitMeetingsTest, AFrontedMeetingIsTheMainClauseSubjects) {
  const Extraction x = ExtractText(
      "DOHA - Foreign Minister Rania Kassem held separate talks on Monday with Kenyan Foreign "
      "Minister Peter Oduya and Brazilian Foreign Minister Luis Campos. Oduya, who was "
      "accompanied by his deputy, spoke of the drought. In his meeting with Campos, the "
      "Qatari minister praised the trade figures.");
  EXPECT_TRUE(Has(x, Met("Rania Kassem", "Luis Campos"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Peter Oduya", "Luis Campos"))) << Dump(x);
}

TEST(SummitMeetingsTest, BilateralMeetingsWithSeveralLeadersAreOneEach) {
  const Extraction x = ExtractText(
      "NAIROBI - President Amina Wafula held three bilateral meetings on Friday, meeting in "
      "succession with Ghanaian President Kofi Mensah, Zambian President Joseph Banda and "
      "Egyptian Prime Minister Samir Fahmy.");
  for (const char* guest : {"Kofi Mensah", "Joseph Banda", "Samir Fahmy"})
    EXPECT_TRUE(Has(x, Met("Amina Wafula", guest))) << guest << Dump(x);
  EXPECT_FALSE(Has(x, Met("Kofi Mensah", "Joseph Banda"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Joseph Banda", "Samir Fahmy"))) << Dump(x);
}

TEST(SummitMeetingsTest, AHeadlineListingTheGuestsOfSeparateMeetingsPairsNoGuests) {
  const Extraction x = BundledExtractor().Extract(MakeReport(
      "Prime Minister meets Aliyev, Tokayev on sidelines of summit",
      "ASTANA - Prime Minister Farid Anwar on Thursday held separate meetings with President "
      "of Azerbaijan Ilham Aliyev and President of Kazakhstan Kassym-Jomart Tokayev."));
  EXPECT_TRUE(Has(x, Met("Farid Anwar", "Ilham Aliyev"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Farid Anwar", "Kassym-Jomart Tokayev"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Ilham Aliyev", "Kassym-Jomart Tokayev"))) << Dump(x);
}

TEST(SummitMeetingsTest, ThoseAtAllTheMeetingsMeetEveryGuest) {
  const Extraction x = ExtractText(
      "BAKU - President Ilham Aliyev first received Portuguese Prime Minister Rui Matos. The "
      "head of state then received Senegalese President Ousmane Ndiaye. Minister of Foreign "
      "Affairs Jeyhun Bayramov and Assistant to the President Hikmet Hajiyev attended both "
      "meetings.");
  for (const char* guest : {"Rui Matos", "Ousmane Ndiaye"})
    for (const char* aide : {"Jeyhun Bayramov", "Hikmet Hajiyev"})
      EXPECT_TRUE(Has(x, Met(aide, guest))) << aide << " " << guest << Dump(x);
  EXPECT_FALSE(Has(x, Met("Ilham Aliyev", "Hikmet Hajiyev"))) << Dump(x);
}

TEST(SummitMeetingsTest, TalksScheduledForLaterAreNoMeeting) {
  const Extraction x = ExtractText(
      "HANOI - National Assembly Chairman Tran Van Hai received the visiting Speaker of the "
      "Senate of Cambodia, Chea Sophal. Official talks between Chea Sophal and Prime Minister "
      "Le Minh Duc are scheduled for Thursday.");
  EXPECT_TRUE(Has(x, Met("Tran Van Hai", "Chea Sophal"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Chea Sophal", "Le Minh Duc"))) << Dump(x);
}

TEST(SummitMeetingsTest, AStateAgencyAbroadSpeaksForItsState) {
  const Extraction x = ExtractText(
      "Lima, Peru (ANTARA) - President Budi Santoso held talks with Peruvian President Rosa "
      "Quispe on the sidelines of the summit, where Indonesia sought new markets. Cabinet "
      "Secretary Dewi Lestari accompanied the President.");
  EXPECT_TRUE(Has(x, Represents("Budi Santoso", "Indonesia"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Budi Santoso", "Peru"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Dewi Lestari", "Rosa Quispe"))) << Dump(x);
}

TEST(SummitMeetingsTest, EachRoleInAListOfNamesAndRolesIsItsOwnNames) {
  const Extraction x = ExtractText(
      "The minister met Liu Wen, Minister of Foreign Affairs of the People's Republic of "
      "China, Mark Foster, Secretary of State of the United States, and Oleg Petrov, Minister "
      "of Foreign Affairs of the Russian Federation.");
  EXPECT_TRUE(Has(x, Represents("Liu Wen", "China"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Mark Foster", "United States"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Mark Foster", "China"))) << Dump(x);
}

TEST(SummitMeetingsTest, AStatesInterimGovernmentIsPartOfTheRoleBeforeTheName) {
  const Extraction x = ExtractText(
      "The Prime Minister held talks with his Indian counterpart Narendra Modi, Chief Adviser "
      "of Bangladesh's interim government Professor Muhammad Yunus and Thai Prime Minister "
      "Paetongtarn Shinawatra.");
  EXPECT_TRUE(Has(x, Represents("Muhammad Yunus", "Bangladesh"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Narendra Modi", "Bangladesh"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Muhammad Yunus", "Thailand"))) << Dump(x);
}

TEST(SummitMeetingsTest, AViceMinisterIsNotTheMinisterOfHisState) {
  const Extraction x = BundledExtractor().Extract(MakeReport(
      "Lao Foreign Minister meets Chinese counterpart",
      "Vientiane (KPL) -- Minister of Foreign Affairs Somsak Vongsa met Liu Wen, Minister of "
      "Foreign Affairs of China. Vice Minister of Foreign Affairs Khamla Phommachan attended "
      "the meeting on the Lao side."));
  const Entity* vice = PersonNamed(x, "Khamla Phommachan");
  ASSERT_NE(vice, nullptr) << Dump(x);
  EXPECT_EQ(std::count(vice->aliases.begin(), vice->aliases.end(), "Lao Foreign Minister"), 0)
      << Dump(x);
}

TEST(SummitMeetingsTest, GreetingsForALeaderAreHisWhoeverWasHandedThem) {
  const Extraction x = ExtractText(
      "YAOUNDE - Turkish Foreign Minister Kemal Aydin later met Gabon's Minister of Foreign "
      "Affairs, Marie Ndong, to whom he passed on President Recep Tayyip Erdogan's greetings "
      "for Gabonese President Brice Oligui Nguema.");
  EXPECT_TRUE(Has(x, Greets("Kemal Aydin", "Brice Oligui Nguema", "Recep Tayyip Erdogan")))
      << Dump(x);
  EXPECT_FALSE(GreetsAtAll(x, "Kemal Aydin", "Marie Ndong")) << Dump(x);
}

TEST(SummitMeetingsTest, InitialsAndShortNamesRunTogetherOpenNames) {
  const Extraction x = ExtractText(
      "Prime Minister KP Sharma Oli received External Affairs Minister Dr S Jaishankar, US "
      "Ambassador MaryKay Carlson and the Mongolian legislators Kh.Bulgantuya and Ts.Tsolmon, "
      "Secretary General of the State Great Khural.");
  for (const char* name : {"KP Sharma Oli", "S Jaishankar", "MaryKay Carlson", "Ts.Tsolmon"})
    EXPECT_NE(PersonNamed(x, name), nullptr) << name << Dump(x);
  EXPECT_EQ(PersonNamed(x, "Ts"), nullptr) << Dump(x);
}

TEST(SummitMeetingsTest, ThoseJoiningTheHostMeetTheGuest) {
  const Extraction x = ExtractText(
      "MANILA - President Ramon Cruz received United States Secretary of Defense Paul Hart at "
      "the Palace. Joining the President were Defense Secretary Andres Villa and Foreign "
      "Affairs Secretary Lourdes Ocampo.");
  EXPECT_TRUE(Has(x, Met("Paul Hart", "Andres Villa"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Paul Hart", "Lourdes Ocampo"))) << Dump(x);
}

TEST(SummitMeetingsTest, GreetingsAskedToBeReturnedGoBackWithTheVisitor) {
  const Extraction x = ExtractText(
      "BISHKEK - President Almaz Bekov received Hungarian Minister of Foreign Affairs Peter "
      "Kovacs. The Hungarian minister relayed warm greetings from Prime Minister of Hungary "
      "Viktor Orban. Bekov thanked him and asked that his own greetings be returned to the "
      "Hungarian Prime Minister.");
  EXPECT_TRUE(Has(x, Greets("Peter Kovacs", "Viktor Orban", "Almaz Bekov"))) << Dump(x);
}

TEST(SummitMeetingsTest, TheOneWhoCalledOnTheHostCarriesWhatHeWasChargedWith) {
  const Extraction x = ExtractText(
      "ADEN (Saba) - The UN envoy Hans Lindqvist met on Tuesday with Dr. Rashid al-Hakimi, "
      "Chairman of the Presidential Council. Later, the Ambassador of Oman to Yemen Salim "
      "Al Harthy called on the Chairman of the Council, who charged him with carrying "
      "greetings from the Chairman to Sultan Haitham bin Tarik.");
  EXPECT_TRUE(GreetsAtAll(x, "Salim Al Harthy", "Haitham bin Tarik")) << Dump(x);
  EXPECT_FALSE(GreetsAtAll(x, "Hans Lindqvist", "Haitham bin Tarik")) << Dump(x);
}

TEST(SummitMeetingsTest, AFatherAndSonWithGenerationalSuffixesAreTwoPeople) {
  const Extraction x = ExtractText(
      "MANILA - President Ferdinand R. Marcos Jr. received the visiting minister. Marcos "
      "recalled that his father, the late President Ferdinand E. Marcos Sr., had addressed a "
      "joint session of the US Congress in 1966. Deputy Majority Leader Ferdinand Alexander "
      "\"Sandro\" Marcos III joined the meeting.");
  for (const char* name : {"Ferdinand R. Marcos Jr.", "Ferdinand E. Marcos Sr.",
                           "Ferdinand Alexander \"Sandro\" Marcos III"})
    EXPECT_NE(PersonNamed(x, name), nullptr) << name << Dump(x);
  EXPECT_FALSE(Has(x, Met("Ferdinand R. Marcos Jr.", "Ferdinand E. Marcos Sr."))) << Dump(x);
}

TEST(SummitMeetingsTest, CambodianAndMalaysianHonorificsOpenNoName) {
  const Extraction x = ExtractText(
      "PHNOM PENH - The guest paid a courtesy call on Samdech Moha Borvor Thipadei Hun Manet, "
      "Prime Minister of the Kingdom of Cambodia, with Dato' Seri Utama Haji Mohamad Haji "
      "Hasan, Minister of Foreign Affairs of Malaysia, in attendance.");
  EXPECT_NE(PersonNamed(x, "Hun Manet"), nullptr) << Dump(x);
  EXPECT_NE(PersonNamed(x, "Mohamad Haji Hasan"), nullptr) << Dump(x);
}

TEST(SummitMeetingsTest, TheToragaOfTheJogorkuKeneshServesIt) {
  const Extraction x = ExtractText(
      "BISHKEK - The minister was also received by Toraga of the Jogorku Kenesh Marat "
      "Turgunov.");
  EXPECT_TRUE(Has(x, Represents("Marat Turgunov", "Jogorku Kenesh"))) << Dump(x);
}

TEST(SummitMeetingsTest, ThosePresentFromTheGuestsSideMeetTheHostsSide) {
  const Extraction x = ExtractText(
      "BANGKOK - Prime Minister Ram Bahadur Thapa held talks with his Indian counterpart "
      "Narendra Modi. External Affairs Minister Dr S Jaishankar and Foreign Secretary Vikram "
      "Misri were present from the Indian side.");
  EXPECT_TRUE(Has(x, Met("Ram Bahadur Thapa", "S Jaishankar"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Ram Bahadur Thapa", "Vikram Misri"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Narendra Modi", "Vikram Misri"))) << Dump(x);
}

TEST(SummitMeetingsTest, ABodyNamedByItsHeadsTitleBeforeANameIsHis) {
  const Extraction x = ExtractText(
      "DHAKA (BSS) - UN High Commissioner for Refugees Filippo Grandi met Chief Adviser "
      "Professor Muhammad Yunus this morning.");
  const int grandi = Person(x, "Filippo Grandi");
  const int unhcr = Institution(x, "United Nations High Commissioner for Refugees");
  EXPECT_TRUE(RepresentsPath(x, grandi, unhcr)) << Dump(x);
  EXPECT_FALSE(RepresentsPath(x, Person(x, "Muhammad Yunus"), unhcr)) << Dump(x);
}

TEST(SummitMeetingsTest, AHeadlineMeetingToldAgainInTheBodyIsTheOneThoseAttendingJoin) {
  const Extraction x = BundledExtractor().Extract(MakeReport(
      "Foreign Minister meets Dutch envoy Jan Bakker",
      "THE HAGUE - Foreign Minister Ali Rahman first held talks with Italian envoy Marco "
      "Rossi. Rahman then met Dutch envoy Jan Bakker. The meeting was attended by Deputy "
      "Minister Sara Lind. Later, President Omar Haddad received Rahman."));
  EXPECT_TRUE(Has(x, Met("Sara Lind", "Jan Bakker"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Sara Lind", "Marco Rossi"))) << Dump(x);
}

TEST(SummitMeetingsTest, AHeadlineOverASeriesOfMeetingsPairsNoGuests) {
  const Extraction x = BundledExtractor().Extract(MakeReport(
      "President Aliyev meets UN Secretary-General Antonio Guterres, Senegalese President "
      "Ousmane Ndiaye and Portuguese Prime Minister Rui Matos",
      "Baku, November 12, AZERTAC.\n\nPresident Ilham Aliyev held a series of meetings on "
      "Tuesday at the conference venue."));
  EXPECT_TRUE(Has(x, Met("Ilham Aliyev", "Rui Matos"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Ousmane Ndiaye", "Rui Matos"))) << Dump(x);
}

TEST(SummitMeetingsTest, ThoseJoiningThisMeetingJoinTheOneToldLast) {
  const Extraction x = ExtractText(
      "BAKU - President Ilham Aliyev first met with United Nations Secretary-General Antonio "
      "Guterres. The head of state then met with President of Guinea-Bissau Umaro Sissoco "
      "Embalo. First Vice-President Mehriban Aliyeva joined this meeting.");
  EXPECT_TRUE(Has(x, Met("Mehriban Aliyeva", "Umaro Sissoco Embalo"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Mehriban Aliyeva", "Antonio Guterres"))) << Dump(x);
}

TEST(SummitMeetingsTest, SittingDownWithOrForTalksAndAMeetingParticipleAreMeetings) {
  const Extraction x = ExtractText(
      "ASTANA - President Li Wei sat down in turn with Kazakh President Nurlan Abenov and "
      "Uzbek President Rustam Karimov. Meeting Abenov at the Akorda, Li praised the "
      "partnership. In Hanoi, Malaysian Prime Minister Hamid Osman and his host, Prime "
      "Minister Tran Van Long, sat down for talks.");
  EXPECT_TRUE(Has(x, Met("Li Wei", "Nurlan Abenov"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Li Wei", "Rustam Karimov"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Nurlan Abenov", "Rustam Karimov"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Hamid Osman", "Tran Van Long"))) << Dump(x);
}

TEST(SummitMeetingsTest, OneOfABodyOfTheGuestsOrganisationSitsWithTheGuest) {
  const Extraction x = ExtractText(
      "BAKU - President Ilham Aliyev met with United Nations Secretary-General Antonio "
      "Guterres. UNFCCC Executive Secretary Simon Stiell attended the meeting.");
  EXPECT_TRUE(Has(x, Met("Ilham Aliyev", "Simon Stiell"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Antonio Guterres", "Simon Stiell"))) << Dump(x);
}

TEST(SummitMeetingsTest, ThoseSittingOnASideOfTheTableAreOfIt) {
  const Extraction x = ExtractText(
      "HANOI - Prime Minister Tran Van Long held talks with Malaysian Prime Minister Hamid "
      "Osman. Sitting on the Vietnamese side of the table were Minister of Foreign Affairs "
      "Le Thi Hoa and Minister of Industry Pham Quoc Bao.");
  EXPECT_TRUE(Has(x, Met("Hamid Osman", "Le Thi Hoa"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Pham Quoc Bao", "Vietnam"))) << Dump(x);
}

TEST(SummitMeetingsTest, CallingOnTheHostSomewhereToPresentAReportIsAVisit) {
  const Extraction x = ExtractText(
      "KHANKENDI - Prime Minister Shehbaz Sharif held separate meetings with President Ilham "
      "Aliyev and President Masoud Pezeshkian. Ishaq Dar sat in on both meetings. Separately, "
      "ECO Secretary General Asad Majeed Khan called on the prime minister at the summit venue "
      "to present a progress report.");
  EXPECT_TRUE(Has(x, Met("Shehbaz Sharif", "Asad Majeed Khan"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Ilham Aliyev", "Asad Majeed Khan"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Ishaq Dar", "Asad Majeed Khan"))) << Dump(x);
}

TEST(SummitMeetingsTest, AGluedInitialIsPartOfTheNameAndABodysStateOfTheRole) {
  const Extraction x = BundledExtractor().Extract(MakeReport(
      "Speaker D.Amarbayasgalan receives Turkish Speaker",
      "Ulaanbaatar /MONTSAME/. Chairman of the State Great Khural (Parliament) of Mongolia "
      "D.Amarbayasgalan received Speaker Numan Kurtulmus. The Mongolian side was represented "
      "at the meeting by Kh.Bulgantuya and Ts.Tsolmon."));
  EXPECT_TRUE(Has(x, Represents("D.Amarbayasgalan", "State Great Khural"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Numan Kurtulmus", "Kh.Bulgantuya"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Numan Kurtulmus", "Ts.Tsolmon"))) << Dump(x);
}

TEST(SummitMeetingsTest, ThosePresentWhenAVisitorHandedAMessageSitWithTheHost) {
  const Extraction x = BundledExtractor().Extract(MakeReport(
      "Chinese envoy hands President Abbas a written message from President Xi",
      "RAMALLAH (WAFA) - A written message from Chinese President Xi Jinping reached President "
      "Mahmoud Abbas on Tuesday, handed over at the presidential headquarters by the Special "
      "Envoy of the Chinese Government, Zhai Jun. Present at the meeting were Secretary-General "
      "Hussein al-Sheikh and Diplomatic Adviser Majdi al-Khalidi. Earlier in the day, Abbas "
      "received Fatah member Abbas Zaki."));
  EXPECT_TRUE(Has(x, Met("Zhai Jun", "Hussein al-Sheikh"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Mahmoud Abbas", "Hussein al-Sheikh"))) << Dump(x);
}

TEST(SummitMeetingsTest, ThoseWhoWereInTheMeetingWerePresent) {
  const Extraction x = ExtractText(
      "NAIROBI - President William Ruto today hosted Haitian Prime Minister Garry Conille for "
      "talks. Cabinet Secretary Musalia Mudavadi and Inspector-General Gilbert Masengeli were "
      "in the meeting.");
  EXPECT_TRUE(Has(x, Met("Garry Conille", "Musalia Mudavadi"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Garry Conille", "Gilbert Masengeli"))) << Dump(x);
}

TEST(SummitMeetingsTest, TheTwoMinistersWhoExchangedGreetingsAreTheCallsTwo) {
  const Extraction x = ExtractText(
      "AMMAN (Petra) -- Foreign Minister Ayman Safadi received the ambassador of Azerbaijan, "
      "Rashad Mammadli. Later, Safadi held a telephone call with the Iraqi Minister of Foreign "
      "Affairs, Fuad Hussein, in which the two ministers exchanged greetings on the occasion "
      "of the New Year.");
  EXPECT_TRUE(GreetsAtAll(x, "Ayman Safadi", "Fuad Hussein")) << Dump(x);
  EXPECT_TRUE(GreetsAtAll(x, "Fuad Hussein", "Ayman Safadi")) << Dump(x);
}

TEST(SummitMeetingsTest, ThoseWithTheGuestOrWhoTravelledWithHimAreOfHisSide) {
  const Extraction x = ExtractText(
      "NOUAKCHOTT (AMI) - President Mohamed Ould Ghazouani received the Malian Minister of "
      "Foreign Affairs, Abdoulaye Diop. Colonel Ismael Wague, Minister of Reconciliation, "
      "travelled with Mr. Diop. With the Malian minister were Ambassador Fanta Keita and "
      "Adviser Moussa Toure.");
  for (const char* name : {"Ismael Wague", "Fanta Keita", "Moussa Toure"})
    EXPECT_TRUE(Has(x, Met("Mohamed Ould Ghazouani", name))) << name << Dump(x);
  EXPECT_FALSE(Has(x, Met("Abdoulaye Diop", "Fanta Keita"))) << Dump(x);
}

TEST(SummitMeetingsTest, GreetingsAndThanksToALeaderAreGreetings) {
  const Extraction x = ExtractText(
      "N'DJAMENA - President Mahamat Deby received in audience the Special Envoy of the UAE, "
      "Sheikh Shakhbout bin Nahyan. The President asked his guest to carry his greetings and "
      "thanks to Sheikh Mohamed bin Zayed.");
  EXPECT_TRUE(Has(x, Greets("Shakhbout bin Nahyan", "Mohamed bin Zayed", "Mahamat Deby")))
      << Dump(x);
}

TEST(SummitMeetingsTest, AClauseOfItsOwnAfterAndEndsTheOnesMet) {
  const Extraction x = ExtractText(
      "DHAKA (BSS) - UN envoy Filippo Grandi met Chief Adviser Professor Muhammad Yunus this "
      "morning at the state guest house, and Secretary General of the Organisation of Islamic "
      "Cooperation (OIC) Hissein Brahim Taha followed a few hours later.");
  EXPECT_TRUE(Has(x, Met("Filippo Grandi", "Muhammad Yunus"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Filippo Grandi", "Hissein Brahim Taha"))) << Dump(x);
}

TEST(SummitMeetingsTest, TheCouncilsCommitteeIsABodyOfTheCouncilTheReportNames) {
  const Extraction x = ExtractText(
      "DOHA - The Speaker of the Shura Council, Hassan Al Ghanim, received Naveed Qamar. "
      "Present was Sheikh Hamad bin Abdullah Al Thani, who chairs the Council's Foreign "
      "Affairs Committee.");
  EXPECT_TRUE(Has(x, Represents("Foreign Affairs Committee", "Shura Council"))) << Dump(x);
}

TEST(SummitMeetingsTest, GreetingsEndWhereAClauseOfItsOwnBegins) {
  const Extraction x = ExtractText(
      "ULAANBAATAR - President of Mongolia U.Khurelsukh received the Turkish Speaker Numan "
      "Kurtulmus at the State Palace. Kurtulmus delivered the greetings of President of "
      "Turkiye Recep Tayyip Erdogan, and U.Khurelsukh, for his part, requested that his best "
      "regards be taken back to President Erdogan.");
  EXPECT_TRUE(Has(x, Greets("Numan Kurtulmus", "U.Khurelsukh", "Recep Tayyip Erdogan"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Numan Kurtulmus", "Recep Tayyip Erdogan"))) << Dump(x);
}

TEST(SummitMeetingsTest, TheTwoMinistersWhoJoinedAVideoConferenceAfterTheirTalksBothMetItsGuest) {
  const Extraction x = ExtractText(
      "Muscat (ONA) - Sayyid Badr Al Said hosted Antonio Ferri for talks at his ministry, after "
      "which the two ministers joined a video conference with the European Union's Special "
      "Representative for the Gulf, Luigi Rossi.");
  EXPECT_TRUE(Has(x, Met("Badr Al Said", "Antonio Ferri"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Antonio Ferri", "Luigi Rossi"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Badr Al Said", "Luigi Rossi"))) << Dump(x);
}

TEST(SummitMeetingsTest, AMeetingSetApartBeforeItsSubjectIsWithTheGuestTheSentenceNames) {
  const Extraction x = ExtractText(
      "Benghazi (LANA) - Field Marshal Omar Haddad hosted Anna Berg, the UN envoy, at Al-Rajma. "
      "In a separate meeting in the city, Karim Haddad, Director-General of the Development "
      "Fund, walked the envoy through the fund's housing schemes. In a separate statement, Ali "
      "Salem, the spokesman, praised the visit.");
  EXPECT_TRUE(Has(x, Met("Karim Haddad", "Anna Berg"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Karim Haddad", "Omar Haddad"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Ali Salem", "Anna Berg"))) << Dump(x);
}

// A lead that says the meetings were bilateral ("held a series of bilateral meetings") keeps
// apart those one later sentence says the minister met.
TEST(SummitMeetingsTest, ALeadOfBilateralMeetingsKeepsTheOnesMetApart) {
  const Extraction x = ExtractText(
      "NEW YORK (ONA) -- Oman's Minister of Foreign Affairs, Sayyid Badr Al Said, held a series "
      "of bilateral meetings on Wednesday on the margins of the UN General Assembly. Sayyid Badr "
      "met Espen Lie, Norway's Minister of Foreign Affairs, with whom he reviewed the situation "
      "in Yemen, and Abbas Karimi, Iran's Minister of Foreign Affairs, with whom he discussed "
      "shipping in the Red Sea.");
  EXPECT_TRUE(Has(x, Met("Badr Al Said", "Espen Lie"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Badr Al Said", "Abbas Karimi"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Espen Lie", "Abbas Karimi"))) << Dump(x);
}

// "The meeting brought together A, the chair of the African Union's High-Level Panel on
// Sudan, B, and C, with Ambassador D": A, B and C met D, not each other; "High-Level Panel
// on Sudan" is a body, "the United Nations Resident Coordinator" a title of the UN.
TEST(SummitMeetingsTest, AMeetingThatBroughtTogetherOnesWithAnother) {
  const Extraction x = ExtractText(
      "NEW YORK, 12 May -- The meeting brought together the Personal Envoy for Sudan, Ramtane "
      "Lamamra, the chair of the African Union's High-Level Panel on Sudan, Mohamed Chambas, "
      "and the Arab League's envoy for Sudan, Tarek Fahmy, with Ambassador Harith Mohamed. The "
      "United Nations Resident Coordinator in Sudan, Clementine Salami, also attended.");
  EXPECT_TRUE(Has(x, Met("Ramtane Lamamra", "Harith Mohamed"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Mohamed Chambas", "Harith Mohamed"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Tarek Fahmy", "Harith Mohamed"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Ramtane Lamamra", "Tarek Fahmy"))) << Dump(x);
  EXPECT_NE(Institution(x, "High-Level Panel on Sudan"), -1) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Clementine Salami", "United Nations"))) << Dump(x);
  const Extraction all = ExtractText(
      "The forum brought together Foreign Minister Ahmed Attaf of Algeria and Foreign Minister "
      "Nasser Bourita of Morocco.");
  EXPECT_TRUE(Has(all, Met("Ahmed Attaf", "Nasser Bourita"))) << Dump(all);
}

}  // namespace

// A headline's guests of several states ("Berri receives Hungarian foreign minister and
// outgoing Japanese ambassador") whose audiences the body tells one by one did not meet
// each other; each met the host.
TEST(SummitMeetingsTest, AHeadlinesGuestsReceivedOneByOneDidNotMeet) {
  const Extraction x = BundledExtractor().Extract(MakeReport(
      "Berri receives Hungarian foreign minister and outgoing Japanese ambassador",
      "Beirut (NNA) - House Speaker Nabih Berri received Hungary's Minister of Foreign "
      "Affairs, Peter Szijjarto. The Speaker later received Japan's Ambassador to Lebanon, "
      "Hiroshi Tanabe, on a farewell visit."));
  EXPECT_TRUE(Has(x, Met("Nabih Berri", "Peter Szijjarto"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Hiroshi Tanabe", "Nabih Berri"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Hiroshi Tanabe", "Peter Szijjarto"))) << Dump(x);
}

}  // namespace dkg
