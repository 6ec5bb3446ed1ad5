// Those present at a meeting, in reports that tell of more than one: whom "The meeting
// was attended by ..." puts at which meeting, and names a list of attendees spells out.
// Every report here is written for the test.
#include <gtest/gtest.h>

#include "extract_test_support.h"

namespace dkg {
namespace {

using namespace extract_test;

TEST(MeetingPresenceTest, ThoseAttendingWereAtTheMeetingToldBeforeNotTheLaterAudience) {
  const Extraction x = ExtractText(
      "Riyadh, February 19, 2024 (SPA) -- Prince Faisal bin Farhan, Minister of Foreign "
      "Affairs, held a meeting via video conference today with the Minister for Foreign "
      "Affairs of Tanzania, January Yusuf Makamba. They reviewed relations between Saudi "
      "Arabia and Tanzania. The meeting was attended by the Vice "
      "Minister of Foreign Affairs, Eng. Waleed Elkhereiji. Later, Prince Faisal received at "
      "the Ministry the Supervisor General of the relief centre, Abdullah Al Rabeeah.");
  EXPECT_TRUE(Has(x, Met("Faisal bin Farhan", "January Yusuf Makamba"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("January Yusuf Makamba", "Waleed Elkhereiji"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Abdullah Al Rabeeah", "Waleed Elkhereiji"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Abdullah Al Rabeeah", "Faisal bin Farhan"))) << Dump(x);
  // with the host: of the dateline's state
  EXPECT_TRUE(Has(x, Represents("Waleed Elkhereiji", "Saudi Arabia"))) << Dump(x);
}

TEST(MeetingPresenceTest, AMonthWordOpensANameOnlyBeforeTwoNameWords) {
  const Extraction x = ExtractText(
      "The President received the Minister for Foreign Affairs of Tanzania, January Yusuf "
      "Makamba, on Tuesday, January 16. They met again in January Hall.");
  EXPECT_EQ(NamesOf(x, EntityType::kPerson), std::set<std::string>{"January Yusuf Makamba"})
      << Dump(x);
}

TEST(MeetingPresenceTest, AMonthWordAfterATitleOrHonorificOpensAName) {
  const Extraction x = ExtractText(
      "The Minister of Energy, Hon. July Chidembo, and Minister June Achieng attended the "
      "talks with Cllr. Harrison Sumo Kpoto. The Minister arrived in July 2024.");
  EXPECT_EQ(NamesOf(x, EntityType::kPerson),
            (std::set<std::string>{"July Chidembo", "June Achieng", "Harrison Sumo Kpoto"}))
      << Dump(x);
}

TEST(MeetingPresenceTest, WhoSatInOnTheDiscussionWithTheHostSatOnHisSide) {
  const Extraction x = ExtractText(
      "Addis Ababa, February 6/2024 (ENA) - The Speaker of the National Assembly of Kenya, "
      "Peter Wafula, who is in Addis Ababa leading a Kenyan delegation, held talks today with "
      "Speaker of the House of Peoples' Representatives Abebe Tadesse. Deputy Speaker Lemma "
      "Bekele sat in on the discussion with Abebe. They discussed Ethiopia's reforms.");
  EXPECT_TRUE(Has(x, Met("Peter Wafula", "Lemma Bekele"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Abebe Tadesse", "Lemma Bekele"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Abebe Tadesse", "House of Peoples' Representatives")))
      << Dump(x);
}

TEST(MeetingPresenceTest, CompanionsMetThoseTheReportNamesPresentLater) {
  const Extraction x = ExtractText(
      "Dakar, April 23 (APS) - The President of the National Assembly, Amadou Sarr, held talks "
      "on Wednesday with his Mauritanian counterpart, Sidi Ould Ahmed. Mr. Ould Ahmed was "
      "accompanied by Mauritania's Ambassador to Senegal, Cheikh Ould Brahim. On the "
      "Senegalese side, the talks were attended by the First Vice-President of the National "
      "Assembly, Awa Diop.");
  EXPECT_TRUE(Has(x, Met("Cheikh Ould Brahim", "Amadou Sarr"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Cheikh Ould Brahim", "Awa Diop"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Cheikh Ould Brahim", "Sidi Ould Ahmed"))) << Dump(x);
}

TEST(MeetingPresenceTest, ThoseWhoSatAroundTheHostMetHisGuest) {
  const Extraction x = ExtractText(
      "Abidjan, June 10, 2024 (AIP) - Liberian President Joseph Kollie was received on Monday "
      "by President Alain Kouassi of Cote d'Ivoire. Around President Kouassi sat the Prime "
      "Minister, Robert Yao, and the Minister of Defence, Paul Konan.");
  EXPECT_TRUE(Has(x, Met("Joseph Kollie", "Robert Yao"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Joseph Kollie", "Paul Konan"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Alain Kouassi", "Paul Konan"))) << Dump(x);
}

TEST(MeetingPresenceTest, WhoSaysThatOthersAttendedWasNotThere) {
  const Extraction x = ExtractText(
      "Foreign Minister Omar Karam met on Wednesday with Kenya's Foreign Minister Peter "
      "Kamau. Foreign Ministry spokesman Hani Selim said in a statement that the meeting was "
      "also attended by Assistant Foreign Minister Laila Fawzi.");
  EXPECT_TRUE(Has(x, Met("Peter Kamau", "Laila Fawzi"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Peter Kamau", "Hani Selim"))) << Dump(x);
}

TEST(MeetingPresenceTest, AnAudienceGrantedByAHostAndThoseWhoSatInOnIt) {
  const Extraction x = ExtractText(
      "Minister Koffi Mensah of Togo was speaking to journalists at the end of an audience "
      "granted to him by General Ali Moussa at the Presidential Palace. The Prime Minister, "
      "Omar Sani, sat in on the audience.");
  EXPECT_TRUE(Has(x, Met("Ali Moussa", "Koffi Mensah"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Omar Sani", "Koffi Mensah"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Omar Sani", "Ali Moussa"))) << Dump(x);
}

TEST(MeetingPresenceTest, ThosePresentAtTheirOwnSentencesMeetingAfterAHeadline) {
  Report report = MakeReport(
      "Al-Hakim meets UN envoy Larsen, receives Saudi ambassador",
      "Chairman of the Council Rashad al-Hakim met on Wednesday with the UN envoy, Jonas "
      "Larsen, in the presence of Council members Aidarous al-Qadi and Nasser al-Amri. The "
      "Chairman later received the Ambassador of Saudi Arabia, Fahd Al Otaibi.");
  const Extraction x = BundledExtractor().Extract(report);
  // the headline's second verb shares its first verb's subject
  EXPECT_TRUE(Has(x, Met("Rashad al-Hakim", "Fahd Al Otaibi"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Jonas Larsen", "Fahd Al Otaibi"))) << Dump(x);
  // those present were at the meeting of their own sentence, not the later audience
  EXPECT_TRUE(Has(x, Met("Aidarous al-Qadi", "Jonas Larsen"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Aidarous al-Qadi", "Fahd Al Otaibi"))) << Dump(x);
}

TEST(MeetingPresenceTest, ThosePresentEndWhereAClauseOfItsOwnBegins) {
  const Extraction x = ExtractText(
      "Foreign Minister Prince Khalid bin Saad received Syrian Foreign Minister Omar Haddad. "
      "During his meeting with Haddad, which was attended by Deputy Minister Waleed Nasser, the "
      "Syrian minister conveyed the greetings of President Ali Karim to King Fahd bin Saad.");
  EXPECT_TRUE(Has(x, Met("Waleed Nasser", "Omar Haddad"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Omar Haddad", "Ali Karim"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Omar Haddad", "Fahd bin Saad"))) << Dump(x);
}

TEST(MeetingPresenceTest, TimeSpentWithSomeoneIsAMeetingAndACallIsNot) {
  const Extraction x = ExtractText(
      "Accra - The Secretary-General of the Commonwealth, Patricia Lindo, spent nearly three "
      "hours on Monday with Kwame Asante, President of the Republic of Ghana. On Friday she "
      "spent an hour on the telephone with President Samia Hassan of Tanzania.");
  EXPECT_TRUE(Has(x, Met("Patricia Lindo", "Kwame Asante"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Patricia Lindo", "Commonwealth of Nations"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Patricia Lindo", "Samia Hassan"))) << Dump(x);
}

TEST(MeetingPresenceTest, TheVisitorsColleagueOfOneInternationalBodySitsOnTheVisitorsSide) {
  const Extraction x = ExtractText(
      "Accra - The Secretary-General of the Commonwealth, Patricia Lindo, spent nearly three "
      "hours on Monday with Kwame Asante, President of the Republic of Ghana. Ambassador "
      "Arif Rahman, the Commonwealth Director of Political Affairs, joined her for the "
      "meeting. Also seated at the table were the Vice-President, Ama Boateng, and the "
      "Minister of Foreign Affairs, Kofi Mensah.");
  // the visitor of an international body met the home official, who hosted
  EXPECT_TRUE(Has(x, Met("Arif Rahman", "Kwame Asante"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Arif Rahman", "Patricia Lindo"))) << Dump(x);
  for (const char* host_side : {"Ama Boateng", "Kofi Mensah"}) {
    EXPECT_TRUE(Has(x, Met(host_side, "Patricia Lindo"))) << host_side << Dump(x);
    EXPECT_TRUE(Has(x, Met(host_side, "Arif Rahman"))) << host_side << Dump(x);
    EXPECT_FALSE(Has(x, Met(host_side, "Kwame Asante"))) << host_side << Dump(x);
  }
}

TEST(MeetingPresenceTest, CompanionsTheVisitorTravelledOrWasWith) {
  const Extraction x = ExtractText(
      "Monrovia - President Joseph Kollie today received Hon. Deng Malual, special envoy of the "
      "President of South Sudan. Hon. Malual travelled with the South Sudan Ambassador to "
      "Liberia, Peter Lado, and with the Executive Secretary of the Intergovernmental "
      "Authority on Development, Dr. Ali Warsame. The envoy had with him his aide, Cllr. "
      "John Garang Akol. Present on the Liberian side was the Minister of Foreign Affairs, "
      "Sara Tarpeh.");
  for (const char* companion : {"Peter Lado", "Ali Warsame", "John Garang Akol"}) {
    EXPECT_TRUE(Has(x, Met(companion, "Joseph Kollie"))) << companion << Dump(x);
    EXPECT_TRUE(Has(x, Met(companion, "Sara Tarpeh"))) << companion << Dump(x);
    EXPECT_FALSE(Has(x, Met(companion, "Deng Malual"))) << companion << Dump(x);
  }
}

TEST(MeetingPresenceTest, TheDelegationAVisitorHeadsIsHisCompanions) {
  const Extraction x = ExtractText(
      "Damascus, SANA - Speaker of the People's Assembly Khaled Haddad held talks on Tuesday "
      "with President of the Algerian People's National Assembly Ibrahim Mansouri, who is "
      "visiting Syria at the head of a parliamentary delegation including MPs Karim Zerrouki "
      "and Nadia Belkacem. Taking part on the Syrian side was Deputy Speaker Ahmad Kuzbari.");
  for (const char* member : {"Karim Zerrouki", "Nadia Belkacem"}) {
    EXPECT_TRUE(Has(x, Met(member, "Khaled Haddad"))) << member << Dump(x);
    EXPECT_TRUE(Has(x, Met(member, "Ahmad Kuzbari"))) << member << Dump(x);
    EXPECT_FALSE(Has(x, Met(member, "Ibrahim Mansouri"))) << member << Dump(x);
  }
}

TEST(MeetingPresenceTest, CompanionsJoinWhomTheDelegationMetLater) {
  const Extraction x = ExtractText(
      "Addis Ababa (ENA) - The Speaker of the National Assembly of Kenya, Moses Kiprop, who is "
      "leading a Kenyan parliamentary delegation, held talks today with the Speaker of the "
      "House of Peoples' Representatives of Ethiopia, Tadesse Bekele. The Kenyan Speaker "
      "came with Member of Parliament Naisula Sankok. After the "
      "meeting, the Kenyan delegation paid a courtesy call on Speaker of the House of "
      "Federation Agegnehu Tesfaye.");
  EXPECT_TRUE(Has(x, Met("Naisula Sankok", "Tadesse Bekele"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Moses Kiprop", "Agegnehu Tesfaye"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Naisula Sankok", "Agegnehu Tesfaye"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Tadesse Bekele", "Agegnehu Tesfaye"))) << Dump(x);
}

TEST(MeetingPresenceTest, AMinisterialDelegationsMembersMeetTheHostAndThosePresent) {
  const Extraction x = ExtractText(
      "Nouakchott - The President of the Republic, Mr. Ahmed Ould Salem, received on Thursday a "
      "Malian ministerial delegation led by the Minister of Foreign Affairs, Mr. Moussa Diarra. "
      "The delegation also included the Minister of Malians Abroad, Mr. Alou Keita. The "
      "audience took place in the presence of the Prime Minister, Mr. Sidi Ould Bilal.");
  for (const char* host_side : {"Ahmed Ould Salem", "Sidi Ould Bilal"})
    EXPECT_TRUE(Has(x, Met("Alou Keita", host_side))) << host_side << Dump(x);
  EXPECT_FALSE(Has(x, Met("Alou Keita", "Moussa Diarra"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Alou Keita", "Mali"))) << Dump(x);
}

TEST(MeetingPresenceTest, OneWhoWasPartOfTheVisitingDelegationIsACompanion) {
  const Extraction x = ExtractText(
      "Bamako - Colonel Amadou Traore received a Russian delegation led by the Deputy Minister "
      "of Defence of the Russian Federation, Colonel General Yuri Belov. The Malian side "
      "included the Prime Minister, Dr. Oumar Maiga. The Ambassador of Russia to Mali, Igor "
      "Sokolov, was part of the visiting delegation.");
  EXPECT_TRUE(Has(x, Met("Igor Sokolov", "Amadou Traore"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Igor Sokolov", "Oumar Maiga"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Igor Sokolov", "Yuri Belov"))) << Dump(x);
}

TEST(MeetingPresenceTest, TheDelegationLedByTheGuestIncludedHisCompanions) {
  const Extraction x = ExtractText(
      "NAIROBI - The Deputy Speaker of the National Assembly, Hon. Ruth Njeri, on Wednesday "
      "hosted a delegation of the Parliament of Ghana led by the First Deputy Speaker, Hon. "
      "Kwabena Mensah. The seven-member delegation, which is in Kenya on a benchmarking "
      "visit, included the Chairperson of Ghana's Public Accounts Committee, Hon. Abena "
      "Darko. Hon. Njeri was accompanied by Hon. Peter Langat.");
  EXPECT_TRUE(Has(x, Met("Abena Darko", "Ruth Njeri"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Abena Darko", "Peter Langat"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Abena Darko", "Kwabena Mensah"))) << Dump(x);
}

TEST(MeetingPresenceTest, ACapitalisedSaidInANameIsNoReportingVerb) {
  const Extraction x = ExtractText(
      "Muscat - His Majesty Sultan Haitham bin Tarik received Field Marshal Syed Asim Munir of "
      "Pakistan. The audience was attended by His Highness Sayyid Shihab bin Tarik Al Said, "
      "Deputy Prime Minister for Defence Affairs, and Lieutenant General Omar Khaled.");
  EXPECT_TRUE(Has(x, Met("Syed Asim Munir", "Shihab bin Tarik Al Said"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Syed Asim Munir", "Omar Khaled"))) << Dump(x);
}

TEST(MeetingPresenceTest, WithTheGuestWereHisCompanions) {
  const Extraction x = ExtractText(
      "Speaker Brahim Saidi on Thursday met at the Bardo Palace a delegation of the Libyan House "
      "of Representatives headed by its First Deputy Speaker, Fawzi Nuwairi. With Nuwairi were "
      "Libyan MPs Salem Nassiya and Mabrouka Zawi, and Libya's Consul General in Tunis, Taher "
      "Abouzeid.");
  for (const char* companion : {"Salem Nassiya", "Mabrouka Zawi", "Taher Abouzeid"})
    EXPECT_TRUE(Has(x, Met(companion, "Brahim Saidi"))) << companion << "\n" << Dump(x);
  EXPECT_FALSE(Has(x, Met("Salem Nassiya", "Fawzi Nuwairi"))) << Dump(x);
  const Extraction accompanying = ExtractText(
      "Speaker Brahim Saidi received Chairman Yerlan Koshanov. Accompanying Koshanov were deputies "
      "Dana Zhaksybekova and Murat Zhumabekov.");
  EXPECT_TRUE(Has(accompanying, Met("Dana Zhaksybekova", "Brahim Saidi"))) << Dump(accompanying);
  const Extraction sitting = ExtractText(
      "Speaker Brahim Saidi received Vice-President Marta Figueiredo. Sitting with Saidi were MPs "
      "Mounir Nacer and Souad Haddad.");
  EXPECT_TRUE(Has(sitting, Met("Mounir Nacer", "Marta Figueiredo"))) << Dump(sitting);
  EXPECT_FALSE(Has(sitting, Met("Mounir Nacer", "Brahim Saidi"))) << Dump(sitting);
  const Extraction joining = ExtractText(
      "Speaker Brahim Saidi received Vice-President Marta Figueiredo. Joining Saidi were MPs "
      "Mounir Nacer and Souad Haddad.");
  EXPECT_TRUE(Has(joining, Met("Souad Haddad", "Marta Figueiredo"))) << Dump(joining);
}

TEST(MeetingPresenceTest, ThoseAtThePrincipalsSideAreHisCompanions) {
  const Extraction beside = ExtractText(
      "President Brahim Saidi received Minister Marta Figueiredo. Sitting beside the President "
      "were Mounir Nacer, the Minister of Finance, and Souad Haddad.");
  EXPECT_TRUE(Has(beside, Met("Mounir Nacer", "Marta Figueiredo"))) << Dump(beside);
  EXPECT_FALSE(Has(beside, Met("Mounir Nacer", "Brahim Saidi"))) << Dump(beside);
  const Extraction at_side = ExtractText(
      "President Brahim Saidi received Minister Marta Figueiredo. The President had at his side "
      "Prime Minister Mounir Nacer and Minister Souad Haddad.");
  EXPECT_TRUE(Has(at_side, Met("Souad Haddad", "Marta Figueiredo"))) << Dump(at_side);
}

TEST(MeetingPresenceTest, ThosePresentWhereTheCallWasPaidAreNamedAfterWhere) {
  const Extraction x = ExtractText(
      "Speaker Paul Hounsou, accompanied by Deputy Marc Adjovi, paid a courtesy call on "
      "President Idris Musa at the State House, where the Chief of Staff, Ladi Okafor, was in "
      "attendance.");
  EXPECT_TRUE(Has(x, Met("Paul Hounsou", "Ladi Okafor"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Marc Adjovi", "Idris Musa"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Paul Hounsou", "Marc Adjovi"))) << Dump(x);
}

TEST(MeetingPresenceTest, WithTheHonorificAndNameWereCompanions) {
  const Extraction x = ExtractText(
      "Kano, May 2 - Speaker Idris Musa hosted the Speaker of the Assembly of Benin, Paul Hounsou. "
      "With Dr. Musa were the Deputy Speaker, Ladi Okafor, and the Majority Leader, Emeka Danjuma. "
      "With Mr Hounsou was the Ambassador of Benin, Marc Adjovi.");
  for (const char* companion : {"Ladi Okafor", "Emeka Danjuma"})
    EXPECT_TRUE(Has(x, Met(companion, "Paul Hounsou"))) << companion << "\n" << Dump(x);
  EXPECT_TRUE(Has(x, Met("Marc Adjovi", "Idris Musa"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Ladi Okafor", "Idris Musa"))) << Dump(x);
}

TEST(MeetingPresenceTest, ThoseSittingInOnTheMeetingOrInAttendanceWerePresent) {
  const Extraction x = ExtractText(
      "Speaker Ali Hassan received Minister Hiro Tanaka of Japan. Sitting in on the meeting were "
      "Senator Omar Salem and Senator Adel Karim.");
  EXPECT_TRUE(Has(x, Met("Omar Salem", "Hiro Tanaka"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Adel Karim", "Hiro Tanaka"))) << Dump(x);
  const Extraction attendance = ExtractText(
      "Speaker Ali Hassan received Minister Hiro Tanaka of Japan. Also in attendance were "
      "Senator Omar Salem and Senator Adel Karim.");
  EXPECT_TRUE(Has(attendance, Met("Omar Salem", "Hiro Tanaka"))) << Dump(attendance);
  // (thanks for someone's attendance tell no presence at the meeting)
  const Extraction thanks = ExtractText(
      "Speaker Ali Hassan received Minister Hiro Tanaka of Japan and thanked Omar Salem for his "
      "attendance.");
  EXPECT_FALSE(Has(thanks, Met("Omar Salem", "Hiro Tanaka"))) << Dump(thanks);
  // (sitting with someone is no presence at a meeting: "Sitting with X were" are companions)
  const Extraction sitting =
      ExtractText("Minister Laila Hassan was sitting with Ana Ribeiro in the garden.");
  EXPECT_FALSE(Has(sitting, Met("Laila Hassan", "Ana Ribeiro"))) << Dump(sitting);
}

TEST(MeetingPresenceTest, AnAudienceGrantedToTheEnvoyIsTheOneThoseSittingInAttended) {
  const Extraction x = ExtractText(
      "Nouakchott (AMI) - Mr. Abdoulaye Diop, Minister of Foreign Affairs of Mali, was granted "
      "an audience on Thursday by Mr. Mohamed Ould Cheikh El Ghazouani, President of the "
      "Republic. Mr. Diop travelled to Nouakchott as the envoy of the Malian President of the "
      "Transition, Colonel Assimi Goita.\n\nSitting in on the audience was Mauritania's Minister "
      "of Defence, Mr. Hanena Ould Sidi.\n\nLater in the day, the envoy was received by Mr. "
      "Mohamed Ould Bilal Messoud.");
  EXPECT_TRUE(Has(x, Met("Abdoulaye Diop", "Mohamed Ould Cheikh El Ghazouani"))) << Dump(x);
  // (the envoy is the one who travelled as envoy, the name after his role his principal's)
  EXPECT_TRUE(Has(x, Represents("Abdoulaye Diop", "Assimi Goita"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Abdoulaye Diop", "Mohamed Ould Bilal Messoud"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Assimi Goita", "Mohamed Ould Bilal Messoud"))) << Dump(x);
  // (the audience granted, not the later one, is the one those sitting in attended)
  EXPECT_TRUE(Has(x, Met("Abdoulaye Diop", "Hanena Ould Sidi"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Mohamed Ould Cheikh El Ghazouani", "Hanena Ould Sidi"))) << Dump(x);
}

TEST(MeetingPresenceTest, SidesNamedAfterTheTalksBeforeALaterAudienceSatAtTheTalks) {
  const Extraction x = ExtractText(
      "Tunis (TAP) - Head of Government Kamel Madouri held talks on Tuesday at the Government "
      "Palace in the Kasbah with Abdulhamid Dbeibah, Prime Minister of Libya.\n\nTaking part on "
      "the Tunisian side were Minister of Trade Sonia Ben Rejeb and Minister of Transport Mounir "
      "Gharbi. The Libyan delegation comprised acting Foreign Minister Taher al-Baour.\n\nIn the "
      "afternoon, President Kais Saied received Dbeibah at Carthage Palace.");
  EXPECT_TRUE(Has(x, Met("Kamel Madouri", "Abdulhamid Dbeibah"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Kamel Madouri", "Taher al-Baour"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Sonia Ben Rejeb", "Abdulhamid Dbeibah"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Kais Saied", "Abdulhamid Dbeibah"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Kais Saied", "Taher al-Baour"))) << Dump(x);
}

TEST(MeetingPresenceTest, ThoseWhoSatInOnASideAreOfItAndASideEndsAtWhile) {
  const Extraction x = ExtractText(
      "Port Sudan (SUNA) - Lieutenant General Ahmed Khalifa, Chief of Staff of the Egyptian "
      "Armed Forces, was received on Tuesday by General Abdel Fattah al-Burhan. Attending on the "
      "Sudanese side was General Yasir al-Atta. Major General Tarek Shawky sat in on the "
      "Egyptian side.");
  EXPECT_TRUE(Has(x, Met("Tarek Shawky", "Abdel Fattah al-Burhan"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Tarek Shawky", "Yasir al-Atta"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Tarek Shawky", "Ahmed Khalifa"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Tarek Shawky", "Sudan"))) << Dump(x);
  const Extraction chad = ExtractText(
      "Niamey (ANP) - General Salifou Mody held talks with General Abakar Daoud, Chief of the "
      "Defence Staff of Chad. The Nigerien side included General Moussa Barmou, while the "
      "Chadian Chief of Staff was accompanied by Brigadier General Brahim Mahamat.");
  EXPECT_FALSE(Has(chad, Represents("Brahim Mahamat", "Niger"))) << Dump(chad);
  EXPECT_TRUE(Has(chad, Met("Brahim Mahamat", "Salifou Mody"))) << Dump(chad);
}

TEST(MeetingPresenceTest, ATripMadeToSeeAPersonIsAMeeting) {
  const Extraction x = ExtractText(
      "TRIPOLI - Mohamed al-Menfi received Ahmed Attaf on Tuesday. In the afternoon, Attaf went "
      "on to see Abdulhamid Dbeibah, Prime Minister of Libya. He had hoped to see progress.");
  EXPECT_TRUE(Has(x, Met("Ahmed Attaf", "Abdulhamid Dbeibah"))) << Dump(x);
  // (a person seen without a trip is no meeting: "was pleased to see Dbeibah's statement")
  const Extraction statement =
      ExtractText("TRIPOLI - Ahmed Attaf said he was pleased to see Abdulhamid Dbeibah take part.");
  EXPECT_FALSE(Has(statement, Met("Ahmed Attaf", "Abdulhamid Dbeibah"))) << Dump(statement);
}

TEST(MeetingPresenceTest, TheDelegationsAMeetingWasWidenedToIncludedThosePresent) {
  const Extraction x = ExtractText(
      "Niamey - Foreign Minister Bakary Yaou Sangare received Foreign Minister Abdoulaye Diop of "
      "Mali. The ministerial meeting was widened to the two delegations, which included the "
      "Secretary-General of the Nigerien ministry, Abdou Issoufou Garba, and the Ambassador of "
      "Mali in Niamey, Boubacar Sidiki Kane.");
  EXPECT_TRUE(Has(x, Met("Abdou Issoufou Garba", "Abdoulaye Diop"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Boubacar Sidiki Kane", "Bakary Yaou Sangare"))) << Dump(x);
}

TEST(MeetingPresenceTest, AlsoAtTheMeetingWereTheHostsSide) {
  const Extraction x = ExtractText(
      "ABU DHABI, 21st May, 2024 (WAM) -- Dawit Alemu, Minister of Defence of Ethiopia, was "
      "welcomed today by the UAE President, Sheikh Mohamed bin Zayed Al Nahyan. Also at the "
      "meeting were Sheikh Hamed bin Zayed Al Nahyan; and Mohammed Al Bowardi, Minister of "
      "State for Defence Affairs.");
  EXPECT_TRUE(Has(x, Met("Dawit Alemu", "Hamed bin Zayed Al Nahyan"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Dawit Alemu", "Mohammed Al Bowardi"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Mohamed bin Zayed Al Nahyan", "Mohammed Al Bowardi"))) << Dump(x);
}

TEST(MeetingPresenceTest, TheOneWhoGrantsAnAudienceHostsIt) {
  const Extraction x = ExtractText(
      "Niamey, 14 May 2024 (ANP) - The Special Representative of the UN Secretary-General, "
      "Paulo Mendes, had an audience on Tuesday with General Issa Maiga, Head of State. The "
      "Minister of State, Minister of National Defence, General Ali Garba, attended the "
      "audience.");
  EXPECT_TRUE(Has(x, Met("Paulo Mendes", "Issa Maiga"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Paulo Mendes", "Ali Garba"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Issa Maiga", "Ali Garba"))) << Dump(x);
}

TEST(MeetingPresenceTest, TheMeetingWasJoinedByThoseNamedAfter) {
  const Extraction x = ExtractText(
      "PORT SUDAN (SUNA) - Egypt's Minister of Foreign Affairs, Omar Nabil, was received by "
      "General Khalid Idris, Chairman of the Sovereignty Council. The meeting was joined by "
      "Lieutenant General Yasin Taha and Acting Minister of Foreign Affairs Salah Osman.");
  EXPECT_TRUE(Has(x, Met("Omar Nabil", "Yasin Taha"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Omar Nabil", "Salah Osman"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Khalid Idris", "Salah Osman"))) << Dump(x);
}

TEST(MeetingPresenceTest, CompanionsJoinTheMeetingTheirOwnSentenceTells) {
  const Extraction x = ExtractText(
      "Manama - Crown Prince Salim Haddad held talks today with Marco Bellini, the EU's "
      "Special Representative. Foreign Minister Omar Nasser then received Mr Bellini for a "
      "follow-up session, joined by the Undersecretary, Faisal Aziz, and by Pierre Laurent, "
      "the EU Ambassador.");
  EXPECT_TRUE(Has(x, Met("Salim Haddad", "Marco Bellini"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Omar Nasser", "Pierre Laurent"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Salim Haddad", "Pierre Laurent"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Salim Haddad", "Faisal Aziz"))) << Dump(x);
}

TEST(MeetingPresenceTest, ATeamComprisingMembersNamedWithRelativeClausesMeetsTheHost) {
  const Extraction x = ExtractText(
      "Accra - Speaker Kofi Mensah on Tuesday hosted a delegation of Nigeria's House of "
      "Representatives led by its Speaker, Musa Bello. The Nigerian team comprised the Deputy "
      "Speaker, Emeka Obi, Hon. Ada Nwosu, who heads the Committee on Diaspora, and the "
      "Nigerian High Commissioner to Ghana, Ambassador Tunde Ade.");
  for (const char* member : {"Emeka Obi", "Ada Nwosu", "Tunde Ade"})
    EXPECT_TRUE(Has(x, Met("Kofi Mensah", member))) << member << Dump(x);
  EXPECT_FALSE(Has(x, Met("Musa Bello", "Emeka Obi"))) << Dump(x);
}

TEST(MeetingPresenceTest, TalksAtAPlaceBetweenTwoPersonsAreTheirMeeting) {
  const Extraction x = ExtractText(
      "Manama - Trade was the focus of talks today at Gudaibiya Palace between Crown Prince "
      "Salim Haddad and Marco Bellini, the EU's Special Representative.");
  EXPECT_TRUE(Has(x, Met("Salim Haddad", "Marco Bellini"))) << Dump(x);
}

TEST(MeetingPresenceTest, ThosePresentAtAThirdOfficialsSessionWithTheGuestJoinIt) {
  const Extraction x = ExtractText(
      "Doha - Prime Minister Sheikh Khalid Al-Mannai met on Tuesday with Russian Deputy "
      "Foreign Minister Oleg Petrov. In a separate session, Minister of State Dr. Ali "
      "Al-Hajri sat down with Petrov, in the presence of Russian Ambassador Ivan Sokolov.");
  EXPECT_TRUE(Has(x, Met("Ali Al-Hajri", "Ivan Sokolov"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Khalid Al-Mannai", "Ivan Sokolov"))) << Dump(x);
}

TEST(MeetingPresenceTest, ThoseListedAtAChairedMeetingMeetTheChairNotOneMetLater) {
  const Extraction x = ExtractText(
      "The President chaired a meeting with Government members via videoconference. Taking "
      "part in the meeting were Prime Minister Mikhail Orlov and Minister of Finance Anton "
      "Sidorov. President of Russia Vladimir Petrov: Good afternoon, colleagues. Mikhail "
      "Orlov: Mr President, we all watched your meeting with Deputy Director of the Gamaleya "
      "Centre Denis Lobov on television.");
  EXPECT_TRUE(Has(x, Met("Vladimir Petrov", "Mikhail Orlov"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Vladimir Petrov", "Anton Sidorov"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Denis Lobov", "Anton Sidorov"))) << Dump(x);
}

TEST(MeetingPresenceTest, ThoseAtTheTableOrInTheRoomWereAtTheMeeting) {
  const Extraction table = ExtractText(
      "HARARE - Vice President Constantine Moyo yesterday received India's Minister of State "
      "for External Affairs, Mr Pabitra Das. The Minister of Foreign Affairs, Professor Amon "
      "Chari, was also at the table.");
  EXPECT_TRUE(Has(table, Met("Amon Chari", "Pabitra Das"))) << Dump(table);
  const Extraction room = ExtractText(
      "Brazzaville - Head of State Denis Mobutu on Tuesday received the Russian envoy, Mikhail "
      "Bogdanov. Also in the room were the Minister of Foreign Affairs, Jean Gakou, and the "
      "Russian Ambassador to Congo, Alexei Trofimov.");
  EXPECT_TRUE(Has(room, Met("Jean Gakou", "Mikhail Bogdanov"))) << Dump(room);
  EXPECT_TRUE(Has(room, Met("Denis Mobutu", "Alexei Trofimov"))) << Dump(room);
  EXPECT_FALSE(Has(room, Met("Mikhail Bogdanov", "Alexei Trofimov"))) << Dump(room);
}

TEST(MeetingPresenceTest, ThoseAtAPrincipalsSideMeetTheOtherSide) {
  const Extraction side = ExtractText(
      "Abuja - Vice President Kashim Bello on Tuesday hosted a Chinese delegation led by Zheng "
      "Jian, Vice Chairman of the Standing Committee. Bello had by his side the Minister of "
      "Foreign Affairs, Ambassador Yusuf Tanko. The envoy came in with China's Ambassador to "
      "Nigeria, Cui Chun.");
  EXPECT_TRUE(Has(side, Met("Yusuf Tanko", "Zheng Jian"))) << Dump(side);
  EXPECT_TRUE(Has(side, Met("Kashim Bello", "Cui Chun"))) << Dump(side);
  EXPECT_TRUE(Has(side, Met("Yusuf Tanko", "Cui Chun"))) << Dump(side);
  const Extraction sat = ExtractText(
      "Maputo - President Daniel Cossa on Wednesday received the European Commissioner, Jozef "
      "Sikora. The Minister of Foreign Affairs, Maria Lucas, sat with the President.");
  EXPECT_TRUE(Has(sat, Met("Maria Lucas", "Jozef Sikora"))) << Dump(sat);
  const Extraction sitting = ExtractText(
      "Malabo - The Vice President, Teodoro Mangue, on Wednesday received the Chinese envoy, "
      "Liu Yuxi. Sitting with the Vice President were Simeon Oyono, Minister of Foreign "
      "Affairs, and Antonio Ondo, Minister of Mines.");
  EXPECT_TRUE(Has(sitting, Met("Liu Yuxi", "Simeon Oyono"))) << Dump(sitting);
  EXPECT_TRUE(Has(sitting, Met("Liu Yuxi", "Antonio Ondo"))) << Dump(sitting);
}

TEST(MeetingPresenceTest, APlaceBetweenTheOnesMetDoesNotEndTheList) {
  const Extraction audiences = ExtractText(
      "Lome - President Faure Gnassi held talks with the Chairperson of the AU Commission, "
      "Moussa Faki. Mr Faki then went on to separate audiences with the Prime Minister, "
      "Victoire Dogbe, at the Primature, and with the President of the National Assembly, "
      "Yawa Tsegan, at the seat of the legislature.");
  EXPECT_TRUE(Has(audiences, Met("Moussa Faki", "Victoire Dogbe"))) << Dump(audiences);
  EXPECT_TRUE(Has(audiences, Met("Moussa Faki", "Yawa Tsegan"))) << Dump(audiences);
  const Extraction received = ExtractText(
      "Yaounde - The Prime Minister, Joseph Ngute, received Philemon Yang. Later the same "
      "morning, Yang was received separately at the glass palace by the Speaker of the "
      "National Assembly, Hon. Cavaye Djibril, and then, at the Senate, by its President, "
      "Marcel Niat.");
  EXPECT_TRUE(Has(received, Met("Philemon Yang", "Cavaye Djibril"))) << Dump(received);
  EXPECT_TRUE(Has(received, Met("Philemon Yang", "Marcel Niat"))) << Dump(received);
}

TEST(MeetingPresenceTest, AnOfficialWhoHeldTalksWithHimMetTheGuest) {
  const Extraction x = ExtractText(
      "KUWAIT (KUNA) -- India's Minister of External Affairs Rajesh Nair was granted an "
      "audience on Tuesday by the Amir Sheikh Meshal Al-Sabah. His third call of the day took "
      "him to Seif Palace, where Prime Minister Ahmad Al-Sabah held talks with him. Later, "
      "the Speaker, Ahmad Al-Saadoun, hosted him at the National Assembly.");
  EXPECT_TRUE(Has(x, Met("Rajesh Nair", "Ahmad Al-Sabah"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Rajesh Nair", "Ahmad Al-Saadoun"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Meshal Al-Sabah", "Ahmad Al-Sabah"))) << Dump(x);
}

TEST(MeetingPresenceTest, CoChairsPresidingJointlyMetAndTheOnesTheyBroughtAlong) {
  const Extraction x = ExtractText(
      "Jakarta (ANTARA) - Indonesia and Nigeria convened the second session of the Joint "
      "Commission on Wednesday, with Deputy Foreign Minister Anis Mata and Nigeria's Minister "
      "of State for Foreign Affairs, Bianca Ojuku, presiding jointly. Ojuku brought along "
      "Jumoke Oduwa, Nigeria's Minister of Industry.");
  EXPECT_TRUE(Has(x, Met("Anis Mata", "Bianca Ojuku"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Anis Mata", "Jumoke Oduwa"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Bianca Ojuku", "Jumoke Oduwa"))) << Dump(x);
}

TEST(MeetingPresenceTest, GuestsOfSeparateMeetingsDidNotMeetEachOther) {
  const Extraction x = ExtractText(
      "CAIRO - Ahmed Gheit, Secretary-General of the League of Arab States, held three "
      "separate meetings on Tuesday, with Iraq's Minister of Foreign Affairs, Fuad Hassan, "
      "Oman's Minister of Foreign Affairs, Badr Busaidi, and Somalia's Minister of Foreign "
      "Affairs, Ahmed Fiqi.");
  for (const char* guest : {"Fuad Hassan", "Badr Busaidi", "Ahmed Fiqi"})
    EXPECT_TRUE(Has(x, Met("Ahmed Gheit", guest))) << guest << Dump(x);
  EXPECT_FALSE(Has(x, Met("Fuad Hassan", "Badr Busaidi"))) << Dump(x);
}

TEST(MeetingPresenceTest, ThoseNamedAfterOnTheOtherSideSitWithTheGuests) {
  const Extraction x = ExtractText(
      "AMMAN (Petra) -- Senate President Faisal Fayez on Monday received a delegation from the "
      "House of Councillors of Japan headed by its Vice-President, Hiroyuki Nagano. Sitting in "
      "on the meeting were Senator Ahmad Kharab, and, on the Japanese side, Councillors Yuko "
      "Morita and Kenji Ishii.");
  EXPECT_TRUE(Has(x, Met("Ahmad Kharab", "Hiroyuki Nagano"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Faisal Fayez", "Yuko Morita"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Hiroyuki Nagano", "Kenji Ishii"))) << Dump(x);
}

TEST(MeetingPresenceTest, ADelegationThatIncludedOthersMetTheOtherSide) {
  const Extraction x = ExtractText(
      "Algiers - The joint commission was co-chaired by Minister of Trade Karim Benali and "
      "the Turkish Minister of Trade, Ahmet Yilmaz. Seated alongside Mr. Benali were Omar "
      "Haddad and Amina Saidi. Facing them, Mr. Yilmaz led a delegation that included Deputy "
      "Minister Mehmet Demir and Mr. Selim Kaya.");
  EXPECT_TRUE(Has(x, Met("Mehmet Demir", "Karim Benali"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Selim Kaya", "Karim Benali"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Mehmet Demir", "Ahmet Yilmaz"))) << Dump(x);
}

TEST(MeetingPresenceTest, TheDelegationOfTheOneGuestIncludedOthers) {
  // no head named: "the delegation" is the one guest's, who came with it
  const Extraction x = ExtractText(
      "Kuwait City (KUNA) - The Amir Sheikh Fahad Al-Salem received at Bayan Palace on Monday "
      "the Secretary-General of the Organisation of Islamic Cooperation, Adel Hamid Taha, and "
      "his accompanying delegation.\n\nThe delegation included Assistant Secretary-General "
      "Moussa Diallo Kane and Ambassador Yasser Al-Nouri.");
  EXPECT_TRUE(Has(x, Met("Fahad Al-Salem", "Moussa Diallo Kane"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Fahad Al-Salem", "Yasser Al-Nouri"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Adel Hamid Taha", "Yasser Al-Nouri"))) << Dump(x);
  // a delegation named by its state may be either side's
  const Extraction y = ExtractText(
      "Kuwait City (KUNA) - The Amir Sheikh Fahad Al-Salem received at Bayan Palace on Monday "
      "the Secretary-General of the Organisation of Islamic Cooperation, Adel Hamid Taha.\n\n"
      "The Kuwaiti delegation included Minister Salem Al-Mutairi.");
  EXPECT_FALSE(Has(y, Met("Fahad Al-Salem", "Salem Al-Mutairi"))) << Dump(y);
}

TEST(MeetingPresenceTest, ThoseWhoWitnessedTheCeremoniesMetTheEnvoys) {
  // "The ceremonies were witnessed by A": A was there; the envoy's greetings "to her" are
  // the President's, not the witness's
  const Extraction x = ExtractText(
      "DODOMA - President Amina Juma today received letters of credence from two new "
      "Ambassadors.\n\nThe envoys who presented their credentials are: Mr. Tran Van Minh, "
      "Ambassador of Viet Nam; and Mrs. Lucia Ferraz, Ambassador of Brazil.\n\nThe ceremonies "
      "were witnessed by the Minister for Foreign Affairs, Hon. Hamisi Salim Kombo.\n\n"
      "Ambassador Tran Van Minh conveyed to her the greetings of President Le Van Thanh.");
  EXPECT_TRUE(Has(x, Met("Tran Van Minh", "Hamisi Salim Kombo"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Lucia Ferraz", "Hamisi Salim Kombo"))) << Dump(x);
  EXPECT_TRUE(Has(x, Greets("Tran Van Minh", "Amina Juma", "Le Van Thanh"))) << Dump(x);
  EXPECT_FALSE(GreetsAtAll(x, "Tran Van Minh", "Hamisi Salim Kombo")) << Dump(x);
}

TEST(MeetingPresenceTest, TheGuestsDelegationAtALaterAudienceMetItsHost) {
  // "Later, the Crown Prince received the Secretary-General and his delegation": those who
  // came with him met the Crown Prince too
  const Extraction x = ExtractText(
      "Manama, Jan. 5 (BNA) -- King Salman Al Khalifa today granted an audience to the "
      "Secretary-General of the League of Arab States, Ahmed Fathi.\n\nFathi was accompanied "
      "by Ambassador Khaled Mansour.\n\nLater in the day, Crown Prince Hamad Al Khalifa "
      "received the Arab League Secretary-General and his accompanying delegation at Gudaibiya "
      "Palace.");
  EXPECT_TRUE(Has(x, Met("Khaled Mansour", "Salman Al Khalifa"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Khaled Mansour", "Hamad Al Khalifa"))) << Dump(x);
}

TEST(MeetingPresenceTest, AGuestsCompatriotAtATrilateralMeetsTheOtherGuests) {
  // the guests met each other: a guest's ambassador meets the other guest too; at
  // separate meetings the guests' own meet only the host's side
  const Extraction x = ExtractText(
      "ANKARA (AA) - Turkish Foreign Minister Kemal Aydin hosted Syrian Foreign Minister Omar "
      "Haddad and Jordanian Foreign Minister Ziad Khalil for a trilateral meeting on Monday.\n\n"
      "Jordan's Ambassador to Turkiye, Rami Nasser, also attended the talks.");
  EXPECT_TRUE(Has(x, Met("Rami Nasser", "Kemal Aydin"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Rami Nasser", "Omar Haddad"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Rami Nasser", "Ziad Khalil"))) << Dump(x);
  const Extraction y = ExtractText(
      "ANKARA (AA) - Turkish Foreign Minister Kemal Aydin received, in separate meetings, Syrian "
      "Foreign Minister Omar Haddad and Jordanian Foreign Minister Ziad Khalil on Monday.\n\n"
      "Jordan's Ambassador to Turkiye, Rami Nasser, also attended.");
  EXPECT_TRUE(Has(y, Met("Rami Nasser", "Kemal Aydin"))) << Dump(y);
  EXPECT_FALSE(Has(y, Met("Rami Nasser", "Omar Haddad"))) << Dump(y);
}

TEST(MeetingPresenceTest, ASidesListGoesOnPastAClauseDescribingAMember) {
  const Extraction x = ExtractText(
      "Doha - Speaker Hassan Al-Ghanim held talks with Chairman Ivan Petrov of the State Duma. "
      "Taking part on the Qatari side was Dr. Ahmed Al-Fadala. The Russian side included "
      "Oleg Sokolov, who chairs the Duma's Committee on International Affairs, and the "
      "Ambassador of Russia to Qatar, Dmitry Orlov.");
  EXPECT_TRUE(Has(x, Met("Oleg Sokolov", "Ahmed Al-Fadala"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Dmitry Orlov", "Ahmed Al-Fadala"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Dmitry Orlov", "Hassan Al-Ghanim"))) << Dump(x);
  // a clause that names someone else ends the side's list
  const Extraction other = ExtractText(
      "Doha - Speaker Hassan Al-Ghanim held talks with Chairman Ivan Petrov of the State Duma. "
      "The Russian side was led by Oleg Sokolov, who was carrying a message from President "
      "Boris Volkov, and the talks lasted an hour.");
  EXPECT_FALSE(Has(other, Met("Boris Volkov", "Hassan Al-Ghanim"))) << Dump(other);
}

TEST(MeetingPresenceTest, ThoseAtTheHostsSideMeetTheGuestThePronounNames) {
  const Extraction x = ExtractText(
      "Tripoli - Hanna Serwaa Tetteh, the UN envoy, met Mohamed Al-Menfi on Sunday. On Monday "
      "Tetteh flew east to Benghazi. There the Commander-General of the Libyan Arab Armed "
      "Forces, Field Marshal Khalifa Haftar, hosted her at Al-Rajma with two of his sons at "
      "his side: Lieutenant General Saddam Khalifa Haftar and Major General Khaled Khalifa "
      "Haftar.");
  EXPECT_TRUE(Has(x, Met("Hanna Serwaa Tetteh", "Khalifa Haftar"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Hanna Serwaa Tetteh", "Saddam Khalifa Haftar"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Hanna Serwaa Tetteh", "Khaled Khalifa Haftar"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Khalifa Haftar", "Saddam Khalifa Haftar"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Khalifa Haftar", "Libyan Arab Armed Forces"))) << Dump(x);
}

TEST(MeetingPresenceTest, CoChairsOfAJointChairmanshipMetAndSoDidThoseGrantedAnAudience) {
  const Extraction x = ExtractText(
      "Bamako (AMAP) - The joint commission opened on Wednesday under the joint chairmanship "
      "of the head of Malian diplomacy, Abdoulaye Diop, and Turkey's Deputy Minister of "
      "Foreign Affairs, Nilufer Aksoy. In the evening, the President of the Transition, "
      "General Assimi Goita, granted Ms. Aksoy and Ambassador Ahmet Tuzun an audience at "
      "Koulouba Palace.");
  EXPECT_TRUE(Has(x, Met("Abdoulaye Diop", "Nilufer Aksoy"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Abdoulaye Diop", "Mali"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Abdoulaye Diop", "Assimi Goita"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Assimi Goita", "Nilufer Aksoy"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Assimi Goita", "Ahmet Tuzun"))) << Dump(x);
  // one chairman's chairmanship is no meeting of two
  const Extraction one = ExtractText(
      "The summit opened under the chairmanship of President Assimi Goita and Prime Minister "
      "Abdoulaye Maiga spoke.");
  EXPECT_FALSE(Has(one, Met("Assimi Goita", "Abdoulaye Maiga"))) << Dump(one);
}

TEST(MeetingPresenceTest, ThoseSittingWithACoChairAndASideMadeUpOfOthersMet) {
  const Extraction x = ExtractText(
      "Niamey (ANP) - General Ali Tchiani, Head of State, granted an audience on Monday to "
      "Colonel General Yunus-Bek Yevkurov, Deputy Minister of Defence of the Russian "
      "Federation. Also in the room was General Salifou Mody, Minister of State for National "
      "Defence. Earlier in the day, Generals Mody and Yevkurov had co-chaired the first "
      "meeting of the joint committee on military cooperation. Sitting with General Mody "
      "were the Chief of General Staff, General Moussa Barmou, and Colonel-Major Amadou "
      "Harouna. The Russian side was made up of General Viktor Lapin and Mr. Dmitry Sokolov.");
  EXPECT_TRUE(Has(x, Met("Salifou Mody", "Yunus-Bek Yevkurov"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Moussa Barmou", "Yunus-Bek Yevkurov"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Amadou Harouna", "Viktor Lapin"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Dmitry Sokolov", "Salifou Mody"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Moussa Barmou", "Salifou Mody"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Dmitry Sokolov", "Viktor Lapin"))) << Dump(x);
}

TEST(MeetingPresenceTest, OneJoinedOnASideByOthersIsOfThatSideWithThem) {
  const Extraction x = ExtractText(
      "Addis Ababa (ENA) - The joint commission was co-chaired by Minister of Finance Ahmed "
      "Tesfaye and Chinese Vice Minister of Commerce Guo Wei. Minister Ahmed was joined on the "
      "Ethiopian side by State Minister of Foreign Affairs Mesfin Arga and Ambassador Tadesse "
      "Yilma.");
  EXPECT_TRUE(Has(x, Represents("Mesfin Arga", "Ethiopia"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Ahmed Tesfaye", "Ethiopia"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Mesfin Arga", "Guo Wei"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Mesfin Arga", "Ahmed Tesfaye"))) << Dump(x);
}

TEST(MeetingPresenceTest, AnAmbassadorToTheSultanateWhoAccompaniedTheGuestMetTheHost) {
  const Extraction x = ExtractText(
      "Muscat (ONA) - Sultan Khalid bin Said received Antonio Ferri, Minister of Foreign "
      "Affairs of Italy. Italy's Ambassador to the Sultanate, Marco Rossi, accompanied the "
      "guest.");
  EXPECT_TRUE(Has(x, Represents("Marco Rossi", "Italy"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Marco Rossi", "Khalid bin Said"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Marco Rossi", "Antonio Ferri"))) << Dump(x);
}

TEST(MeetingPresenceTest, TalksOnAProgrammeStillToComeAreNoMeeting) {
  const Extraction x = ExtractText(
      "N'Djamena (ATP) - Marshal Idriss Mahamat received Mr. Omar Youssouf. Mr. Youssouf is to "
      "visit the camps on Thursday and then fly on to Port Sudan for talks with General Ali "
      "Burhan. Ms. Anna Kask heads on Wednesday to Dubai, where a meeting with Sheikh Rashid "
      "bin Saeed, Ruler of Dubai, is on her programme.");
  EXPECT_TRUE(Has(x, Met("Idriss Mahamat", "Omar Youssouf"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Omar Youssouf", "Ali Burhan"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Anna Kask", "Rashid bin Saeed"))) << Dump(x);
}

TEST(MeetingPresenceTest, OneWhoJoinedHerIsTheCompanionOfTheOneTheReportIsAbout) {
  const Extraction x = ExtractText(
      "Tripoli (LANA) - Hanna Tetteh, the UN envoy, held talks with Mohamed Al-Menfi, President "
      "of the Presidential Council, on Sunday. Her Deputy for Political Affairs, Stephanie "
      "Koury, joined her.");
  EXPECT_TRUE(Has(x, Met("Stephanie Koury", "Mohamed Al-Menfi"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Stephanie Koury", "Hanna Tetteh"))) << Dump(x);
}

TEST(MeetingPresenceTest, OneWhoSpokeOfASubjectHadNoCall) {
  const Extraction x = ExtractText(
      "Port Sudan (SUNA) - General Ali Burhan received Mikhail Petrov. Petrov went on to meet "
      "the Deputy Chairman of the Sovereignty Council, Malik Osman, who spoke of the "
      "humanitarian situation in Darfur, and held a separate session with Finance Minister "
      "Gibril Adam.");
  EXPECT_TRUE(Has(x, Met("Mikhail Petrov", "Malik Osman"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Mikhail Petrov", "Gibril Adam"))) << Dump(x);
}

TEST(MeetingPresenceTest, ACompanionsPortfoliosListedWithCommasComeBeforeHisName) {
  const Extraction x = ExtractText(
      "Nouakchott (AMI) - President Mohamed Ghazouani received Dr. Omar Touray, President of "
      "the ECOWAS Commission. Dr. Touray was accompanied by the Commission's head of political "
      "affairs, peace and security, Abdel-Fatau Musah.");
  EXPECT_TRUE(Has(x, Met("Abdel-Fatau Musah", "Mohamed Ghazouani"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Abdel-Fatau Musah", "Omar Touray"))) << Dump(x);
}

TEST(MeetingPresenceTest, ThoseSittingInOnTheTalksMetTheOnesPresentOnTheOtherSide) {
  const Extraction x = BundledExtractor().Extract(MakeReport(
      "President Karim Mansour receives Chinese Foreign Minister Li Wei",
      "The Chinese Minister of Foreign Affairs, Mr. Li Wei, who landed in Cairo on Sunday "
      "evening, and who held a round of strategic dialogue with his Egyptian counterpart a few "
      "hours earlier, sat down on Monday with President Karim Mansour in the presidential "
      "palace at Heliopolis. Sitting in on the talks were Dr. Omar Haddad, Minister of Foreign "
      "Affairs, Emigration and Egyptian Expatriates, Major General Samir Fawzi, Head of the "
      "General Intelligence Service, and Mr. Zhang Hua, Ambassador of the People's Republic of "
      "China in Cairo. After the talks, the Chinese minister crossed to the headquarters of "
      "the League of Arab States, where he was received by Secretary-General Ahmed Salem."));
  EXPECT_TRUE(Has(x, Met("Omar Haddad", "Li Wei"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Zhang Hua", "Karim Mansour"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Zhang Hua", "Omar Haddad"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Zhang Hua", "Li Wei"))) << Dump(x);
}

TEST(MeetingPresenceTest, TheVisitorWhoSignedWithOneAndWasBriefedByAnotherMetBoth) {
  const Extraction x = ExtractText(
      "KUWAIT (KUNA) - The Crown Prince Sheikh Sabah Nasser received UN official Paolo Bianchi "
      "on Wednesday. In the afternoon, Bianchi signed with Waleed Al-Bahar, Acting "
      "Director-General of the Kuwait Fund, a grant for refugee children. He also visited the "
      "headquarters of the Kuwait Red Crescent Society, whose chairman, Khaled Al-Mughames, "
      "briefed him on the society's convoys.");
  EXPECT_TRUE(Has(x, Met("Paolo Bianchi", "Waleed Al-Bahar"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Paolo Bianchi", "Khaled Al-Mughames"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Sabah Nasser", "Khaled Al-Mughames"))) << Dump(x);
}

TEST(MeetingPresenceTest, ThePresentHeadOfStatesFatherWasNotPresent) {
  const Extraction x = ExtractText(
      "N'Djamena (ATP) - Marshal Mahamat Idriss received Mr. Omar Youssouf on Tuesday. The "
      "former Djiboutian foreign minister recalled that he had worked closely with the late "
      "Marshal Idriss Hassan, the present Head of State's father.");
  EXPECT_TRUE(Has(x, Met("Mahamat Idriss", "Omar Youssouf"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Idriss Hassan", "Omar Youssouf"))) << Dump(x);
}

TEST(MeetingPresenceTest, TheAccompanyingDelegationMetTheOneWhoReceivedItsHead) {
  const Extraction x = ExtractText(
      "Doha (QNA) - Speaker Hassan Al-Ghanim held talks with Chairman Ivan Petrov of the State "
      "Duma. Taking part on the Qatari side was Dr. Ahmed Al-Fadala. The Russian side included "
      "Oleg Sokolov and Dmitry Orlov. On Wednesday, Petrov and the accompanying delegation were "
      "received at Lusail Palace by the Amir Sheikh Khalid bin Hamad.");
  EXPECT_TRUE(Has(x, Met("Ivan Petrov", "Khalid bin Hamad"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Oleg Sokolov", "Khalid bin Hamad"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Dmitry Orlov", "Khalid bin Hamad"))) << Dump(x);
  // the host's side at the earlier talks was not at the audience
  EXPECT_FALSE(Has(x, Met("Ahmed Al-Fadala", "Khalid bin Hamad"))) << Dump(x);
}

TEST(MeetingPresenceTest, OneWhoTravelledWithTheGuestNamedByADescriptionIsHisCompanion) {
  const Extraction x = ExtractText(
      "N'Djamena (ATP) - Marshal Mahamat Idriss received Mr. Omar Youssouf, Chairperson of the "
      "African Union Commission. Ambassador Bola Adeyemi, the Commission's Commissioner for "
      "Political Affairs, travelled with the AU official.");
  EXPECT_TRUE(Has(x, Met("Bola Adeyemi", "Mahamat Idriss"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Bola Adeyemi", "Omar Youssouf"))) << Dump(x);
}

TEST(MeetingPresenceTest, OneWhoWelcomedTheGuestTogetherWithAMinisterHadHimAtHisSide) {
  const Extraction x = ExtractText(
      "TUNIS (TAP) - Speaker Karim Ben Salah held talks with Luca Conti, President of the "
      "Italian Chamber of Deputies. Later in the day the Italian guest drove to Carthage Palace, "
      "where Hedi Saidi, President of the Republic, welcomed him together with Nabil Trabelsi, "
      "Minister of Foreign Affairs.");
  EXPECT_TRUE(Has(x, Met("Hedi Saidi", "Luca Conti"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Nabil Trabelsi", "Luca Conti"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Hedi Saidi", "Nabil Trabelsi"))) << Dump(x);
}

// "held a meeting ..., which continued with the participation of A and B": the meeting is
// the subjects', and those taking part met whoever of the other side was there.
TEST(MeetingPresenceTest, ThoseNamedWithTheParticipationOfWereThere) {
  const Extraction x = ExtractText(
      "Baku - Defence Minister of Azerbaijan Rauf Mammadov and Defence Minister of Türkiye "
      "Ahmet Kaya held a one-on-one meeting at the Ministry, which continued in an expanded "
      "format with the participation of Chief of the General Staff of the Azerbaijani Army "
      "Colonel General Elchin Aliyev and Ambassador of Türkiye to Azerbaijan Cem Aydin.");
  EXPECT_TRUE(Has(x, Met("Rauf Mammadov", "Ahmet Kaya"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Ahmet Kaya", "Elchin Aliyev"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Rauf Mammadov", "Cem Aydin"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Rauf Mammadov", "Elchin Aliyev"))) << Dump(x);
  // a participation in something else is no presence
  const Extraction elsewhere = ExtractText(
      "Kyiv - Deputy Head Ivan Petrenko met Minister Jan Nowak. Petrenko noted the personal "
      "participation of Prime Minister Karol Wiśniewski in the summit of the Platform.");
  EXPECT_FALSE(Has(elsewhere, Met("Ivan Petrenko", "Karol Wiśniewski"))) << Dump(elsewhere);
}

// "the guest was received by X": the audience's one guest met X.
TEST(MeetingPresenceTest, TheGuestReceivedLaterIsTheAudiencesGuest) {
  const Extraction x = ExtractText(
      "Today, President Serdar Berdimuhamedov received Director General of the Fund Ali Al "
      "Hammadi. On the same day, the guest was received by the National Leader of the Turkmen "
      "people, Chairman of the Halk Maslahaty of Turkmenistan Gurbanguly Berdimuhamedov.");
  EXPECT_TRUE(Has(x, Met("Ali Al Hammadi", "Gurbanguly Berdimuhamedov"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Serdar Berdimuhamedov", "Gurbanguly Berdimuhamedov"))) << Dump(x);
}

// A side named right after a meeting apart from the audience sat at that meeting: its
// members met the one their principal met there, not the host of the audience.
TEST(MeetingPresenceTest, ASideNamedAfterASeparateMeetingSatAtIt) {
  const Extraction x = ExtractText(
      "ISLAMABAD (APP): Chairman of the Mazhilis of the Parliament of Kazakhstan Yerlan Nurlanov "
      "called on Prime Minister of Pakistan Imran Qadir. Earlier, Nurlanov held talks with "
      "Speaker of the National Assembly Ayaz Malik at the Parliament House. The Kazakh side "
      "included Mazhilis deputies Aidana Seitova and Yerbol Kassenov.");
  EXPECT_TRUE(Has(x, Met("Ayaz Malik", "Aidana Seitova"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Ayaz Malik", "Yerbol Kassenov"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Imran Qadir", "Aidana Seitova"))) << Dump(x);
}

// "The meetings were attended by A and B": those present sat in on every meeting told.
TEST(MeetingPresenceTest, ThoseAttendingTheMeetingsMetEveryGuest) {
  const Extraction x = ExtractText(
      "ABU DHABI (WAM) -- Sheikh Hamdan bin Zayed received General Ahmed Saqr, Egypt's "
      "Minister of Defence. Sheikh Hamdan also held separate meetings with Lieutenant General "
      "Bakhodir Karimov, Minister of Defence of Uzbekistan, and General Jacob Mwanga, Chief of "
      "Defence Forces of Tanzania. The meetings were attended by Mohammed Al Mansouri, Minister "
      "of State for Defence Affairs.");
  EXPECT_TRUE(Has(x, Met("Bakhodir Karimov", "Mohammed Al Mansouri"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Jacob Mwanga", "Mohammed Al Mansouri"))) << Dump(x);
}

// "paid a courtesy call on A, before being received by B": the caller was received by B.
TEST(MeetingPresenceTest, BeforeBeingReceivedIsTheMainSubjects) {
  const Extraction x = ExtractText(
      "Rabat - Mr. Mohamed Ould Ahmed later paid a courtesy call on the Head of Government, "
      "Aziz Benali, before being received by the Speaker of the House of Representatives, "
      "Rachid Alami.");
  EXPECT_TRUE(Has(x, Met("Mohamed Ould Ahmed", "Rachid Alami"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Aziz Benali", "Rachid Alami"))) << Dump(x);
}

// A person a relative clause about one present names was not there himself.
TEST(MeetingPresenceTest, OneNamedInAClauseAboutSomeonePresentWasNotThere) {
  const Extraction x = ExtractText(
      "NAIROBI (KNA) - Cabinet Secretary Kamau Njoroge hosted Uganda's Inspector General of "
      "Police Abas Mugisha. Acting Inspector General Gilbert Otieno, who has been in charge of "
      "the service since the resignation of his predecessor Japhet Mwangi in July, joined the "
      "talks alongside Principal Secretary Raymond Ouma.");
  EXPECT_TRUE(Has(x, Met("Abas Mugisha", "Gilbert Otieno"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Abas Mugisha", "Japhet Mwangi"))) << Dump(x);
  const Extraction attended = ExtractText(
      "NAIROBI (KNA) - Cabinet Secretary Kamau Njoroge hosted Uganda's Inspector General of "
      "Police Abas Mugisha. The meeting was attended by Gilbert Otieno, who succeeded Japhet "
      "Mwangi in July, and Raymond Ouma.");
  EXPECT_TRUE(Has(attended, Met("Abas Mugisha", "Raymond Ouma"))) << Dump(attended);
  EXPECT_FALSE(Has(attended, Met("Abas Mugisha", "Japhet Mwangi"))) << Dump(attended);
}

// A call named by a noun phrase of its own after a meeting told ("..., when he held talks
// with Y, and the telephone conversation of March 3, in which ...") leaves the meeting one.
TEST(MeetingPresenceTest, ACallNamedAfterAMeetingLeavesItAMeeting) {
  const Extraction x = ExtractText(
      "The visit follows the trip of President Carlos Mendes to Luanda in August 2023, when he "
      "held talks with President Joao Baptista, and the telephone conversation of March 3, in "
      "which Minister Paulo Vieira congratulated Minister Tete Antonio.");
  EXPECT_TRUE(Has(x, Met("Carlos Mendes", "Joao Baptista"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Paulo Vieira", "Tete Antonio"))) << Dump(x);
}

// "A also attended that meeting": the meeting told last, not the first one.
TEST(MeetingPresenceTest, OneWhoAttendedThatMeetingWasAtTheLastOneTold) {
  const Extraction x = ExtractText(
      "HARARE - President Tendai Moyo received the Executive Secretary of the Community, Mr "
      "Elias Banda. Foreign Minister Amon Chikwanha attended the meeting. The President also "
      "received a special envoy, Mr Utoni Shilongo. Minister Chikwanha also attended that "
      "meeting.");
  EXPECT_TRUE(Has(x, Met("Amon Chikwanha", "Utoni Shilongo"))) << Dump(x);
}

// "when he attended the extraordinary summit": one who attended an event of its own was not
// present at the meeting told.
TEST(MeetingPresenceTest, OneWhoAttendedAnotherEventWasNotPresent) {
  const Extraction x = BundledExtractor().Extract(MakeReport(
      "Sami receives Saudi Foreign Minister bearing message from King Salman",
      "Cairo — Prince Faisal bin Saad, Minister of Foreign Affairs of the Kingdom of Saudi "
      "Arabia, handed President Ahmed Sami a letter that King Salman had addressed to him, when "
      "the President received him on Tuesday. Seated with the President was Prime Minister "
      "Mostafa Kamel. The President recalled meeting the Crown Prince, Mohammed bin Salman, in "
      "Riyadh earlier this month, when he attended the extraordinary Arab-Islamic summit."));
  EXPECT_TRUE(Has(x, Met("Faisal bin Saad", "Mostafa Kamel"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Faisal bin Saad", "Mohammed bin Salman"))) << Dump(x);
}

// "joined for a working lunch by A and B, and on the Senegalese side by C and D": those
// after the side's words are of that side, across from A and B.
TEST(MeetingPresenceTest, ThoseAfterOnTheSideByAreOfThatSide) {
  const Extraction x = ExtractText(
      "MADRID, April 16 -- Spanish Prime Minister Pablo Serrano hosted Senegalese President "
      "Ousmane Diop at the Moncloa Palace on Wednesday. The two leaders were joined for a "
      "working lunch by Spanish Foreign Minister Luis Albar and Minister of Migration Elena "
      "Sanz, and on the Senegalese side by Foreign Minister Awa Fall and Minister of Labour "
      "Ibrahima Gaye.");
  EXPECT_TRUE(Has(x, Represents("Awa Fall", "Senegal"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Ibrahima Gaye", "Senegal"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Awa Fall", "Spain"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Luis Albar", "Awa Fall"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Pablo Serrano", "Ibrahima Gaye"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Ousmane Diop", "Awa Fall"))) << Dump(x);
}

// "Subsequently, X held a meeting with B. A and C were also present.": those present were
// at the meeting the sentence right before told, not at the first audience; "Both meetings
// were attended by A" is still every meeting.
TEST(MeetingPresenceTest, ThosePresentRightAfterALaterMeetingWereAtIt) {
  const Extraction x = ExtractText(
      "Tokyo - Minister Kenji Sato held a meeting with Mr. Amadou Keita, Minister of Foreign "
      "Affairs of Mali. Mr. Taro Aso, President of JICA, also attended. Subsequently, Minister "
      "Sato held a meeting with Dr. Badr Salem, Minister of Foreign Affairs of Egypt. Ms. Yumi "
      "Ogawa, Parliamentary Vice-Minister, and Mr. Mohamed Bakr, Ambassador of Egypt to Japan, "
      "were also present.");
  EXPECT_TRUE(Has(x, Met("Badr Salem", "Yumi Ogawa"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Kenji Sato", "Mohamed Bakr"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Amadou Keita", "Yumi Ogawa"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Amadou Keita", "Mohamed Bakr"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Amadou Keita", "Taro Aso"))) << Dump(x);
  const Extraction both = ExtractText(
      "NEW YORK - Hamad Al Said, Oman's Minister of Foreign Affairs, met on Thursday with Salem "
      "Merzoug, Minister of Foreign Affairs of Mauritania. On the same day, Al Said met Ahmed "
      "Gheit, Secretary-General of the League of Arab States. Both meetings were attended by "
      "Ambassador Awadh Al Hassan, Permanent Representative of Oman to the United Nations.");
  EXPECT_TRUE(Has(both, Met("Salem Merzoug", "Awadh Al Hassan"))) << Dump(both);
  EXPECT_TRUE(Has(both, Met("Ahmed Gheit", "Awadh Al Hassan"))) << Dump(both);
}

// "Dr Diallo was assisted by A and B" is "accompanied by": A and B met whom Diallo met; "the
// Fund assisted the ministry" is no companion.
TEST(MeetingPresenceTest, ThoseWhoAssistedAPrincipalAreHisCompanions) {
  const Extraction x = ExtractText(
      "Conakry, Thursday (AGP) - The Representative of UNICEF in Guinea, Fatoumata Barry, paid "
      "a courtesy call on Thursday on the Minister of Health, Dr Mamadou Aliou Diallo. Ms Barry "
      "was accompanied by Dr Jean Le Gall. Dr Diallo was assisted by the Secretary General of "
      "the ministry, Dr Mamadou Lamine Diallo, and by Hawa Conde. UNICEF assisted the ministry "
      "with vaccines.");
  EXPECT_TRUE(Has(x, Met("Fatoumata Barry", "Mamadou Lamine Diallo"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Jean Le Gall", "Hawa Conde"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Mamadou Aliou Diallo", "Hawa Conde"))) << Dump(x);
}

// "hosted a delegation from Nigeria's Adamawa State led by B, at the governor's residence":
// the governor who owns the residence is no member of the Nigerian side.
TEST(MeetingPresenceTest, ATitleThatOwnsAPlaceIsNoSideMember) {
  const Extraction x = ExtractText(
      "Garoua - The Governor of the North Region, Bello Hamadou, on Tuesday hosted a delegation "
      "from Nigeria's Adamawa State led by the state Commissioner for Local Government, Musa "
      "Bello, at the governor's residence in Garoua. They discussed border security.");
  EXPECT_FALSE(Has(x, Represents("Bello Hamadou", "Nigeria"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Bello Hamadou", "Musa Bello"))) << Dump(x);
}

// "Dr. Touray was accompanied by the Ag. Commissioner ..., B": "Ag." (acting) ends no
// sentence, and the companions of a host who serves an international body are its staff,
// not the dateline state's.
TEST(MeetingPresenceTest, TheCompanionsOfAnInternationalHostAreItsStaff) {
  const Extraction x = ExtractText(
      "Abuja, 18th November 2024. The President of the ECOWAS Commission, Dr. Omar Touray, on "
      "Monday received a delegation of the German Federal Foreign Office led by Ambassador "
      "Friederike von Hessberg. Dr. Touray was accompanied by the Ag. Commissioner for "
      "Political Affairs, Ambassador Ibrahima Diallo, and the Director of Early Warning, Dr. "
      "Kouakou Aristide. Nigeria and Germany were discussed.");
  EXPECT_TRUE(Has(x, Met("Friederike von Hessberg", "Ibrahima Diallo"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Friederike von Hessberg", "Kouakou Aristide"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Kouakou Aristide", "Nigeria"))) << Dump(x);
}

// "hosted a luncheon for the Iraqi delegation, which was attended by A, B and the
// Ambassador of Iraq to Korea, C": the delegation is the Iraqi he met, and those present sit
// on their own state's side ("to Korea": a host the lexicon does not know ends the title).
TEST(MeetingPresenceTest, ALuncheonForTheDelegationOfAStateIsWithItsPrincipal) {
  const Extraction x = ExtractText(
      "Minister of Foreign Affairs Cho Tae-yul held a meeting with the Minister of Foreign "
      "Affairs of the Republic of Iraq, Fuad Husain, on Tuesday in Seoul. After the meeting, "
      "Minister Cho hosted a luncheon for the Iraqi delegation, which was attended by First Vice "
      "Minister Kim Hong-kyun and the Ambassador of Iraq to Korea, Sanaa Jubouri.");
  EXPECT_TRUE(Has(x, Met("Fuad Husain", "Kim Hong-kyun"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Cho Tae-yul", "Sanaa Jubouri"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Fuad Husain", "Sanaa Jubouri"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Sanaa Jubouri", "Iraq"))) << Dump(x);
  // (no state met anyone: "Iraq" is no participant)
  EXPECT_TRUE(std::none_of(x.relations.begin(), x.relations.end(), [&](const Relation& r) {
    return r.type == RelationType::kMetWith && (x.entities[r.source].type == EntityType::kCountry ||
                                                x.entities[r.target].type == EntityType::kCountry);
  })) << Dump(x);
}

// "Egyptian FM calls on PM A, holds talks with B": the talks share the visit's subject;
// and the side "the Egyptian side included C" met B, whose talks the body tells again
// right before it.
TEST(MeetingPresenceTest, AHeadlinesTalksShareTheVisitsSubjectAndTheSideMeetsTheirHost) {
  Report report = MakeReport(
      "Egyptian FM calls on PM Karim Nawaz, holds talks with Omar Baig",
      "Islamabad: Foreign Minister of Egypt Hany Selim called on Prime Minister Karim Nawaz "
      "on Wednesday. Earlier, Deputy Prime Minister Omar Baig held talks with Selim at the "
      "Foreign Office. Foreign Secretary Sana Malik assisted the Deputy Prime Minister, while "
      "the Egyptian side included Ambassador Adel Fawzy.");
  const Extraction x = BundledExtractor().Extract(report);
  EXPECT_TRUE(Has(x, Met("Hany Selim", "Omar Baig"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Karim Nawaz", "Omar Baig"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Adel Fawzy", "Omar Baig"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Adel Fawzy", "Karim Nawaz"))) << Dump(x);
  // (the meeting verb after "calls on X," likewise)
  Report visit = MakeReport(
      "Saudi Investment Minister calls on PM Karim Nawaz, meets Javed Nawaz in Lahore",
      "Islamabad: Saudi Minister of Investment Fahd Al-Rashid called on Prime Minister Karim "
      "Nawaz on Tuesday.");
  const Extraction y = BundledExtractor().Extract(visit);
  EXPECT_TRUE(Has(y, Met("Fahd Al-Rashid", "Javed Nawaz"))) << Dump(y);
  EXPECT_FALSE(Has(y, Met("Karim Nawaz", "Javed Nawaz"))) << Dump(y);
}

// "received the Ambassador, X, with whom she reviewed the visit that Y plans": Y was not
// met; "met A, with whom he reviewed ..., and B, with whom ...": B was.
TEST(MeetingPresenceTest, AVisitPlannedWithWhomTheGuestReviewedItIsNoMeeting) {
  const Extraction x = ExtractText(
      "Separately, the Undersecretary for Africa, Lucia Gomez, received the Ambassador of "
      "Kenya, Peter Otieno, with whom she reviewed preparations for the visit that Kenyan "
      "Foreign Minister Grace Wanjiru plans to make in April.");
  EXPECT_TRUE(Has(x, Met("Lucia Gomez", "Peter Otieno"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Lucia Gomez", "Grace Wanjiru"))) << Dump(x);
  const Extraction list = ExtractText(
      "Minister Salim Harthy met Jonas Lie, Norway's Minister of Foreign Affairs, with whom he "
      "reviewed the Yemen track, and Reza Karimi, Iran's Minister of Foreign Affairs, with "
      "whom he discussed shipping.");
  EXPECT_TRUE(Has(list, Met("Salim Harthy", "Jonas Lie"))) << Dump(list);
  EXPECT_TRUE(Has(list, Met("Salim Harthy", "Reza Karimi"))) << Dump(list);
}

// "A took part in the meeting on the Cuban side, while the guest was accompanied by B":
// the side ends its clause before ", while"; and the meeting of years ago told right
// before is not the one A took part in.
TEST(MeetingPresenceTest, ASideBeforeWhileAndNoCompanionAtAMeetingOfLongAgo) {
  const Extraction x = ExtractText(
      "HAVANA, Wednesday. The Minister of Foreign Affairs of Cuba, Bruno Parrilla, received "
      "today the Minister of Foreign Affairs of Mali, Ali Sidi. Sidi recalled that, years "
      "ago, President Amadou Keita had been received in Havana by the historic leader Jose "
      "Marti Ruz. Vice Minister of Foreign Affairs Ana Camejo took part in the meeting on the "
      "Cuban side, while the Malian minister was accompanied by the Ambassador of Mali in "
      "Havana, Fatou Salem.");
  EXPECT_TRUE(Has(x, Represents("Ana Camejo", "Cuba"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Ana Camejo", "Ali Sidi"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Ana Camejo", "Jose Marti Ruz"))) << Dump(x);
}

// Sides named by international bodies: "The AfDB delegation included A. On the CARICOM
// side, B and C joined the Secretary-General": each side's members serve its body and met
// the other side.
TEST(MeetingPresenceTest, SidesNamedByInternationalBodies) {
  const Extraction x = ExtractText(
      "Georgetown - A delegation of the African Development Bank (AfDB), led by the Bank's "
      "Vice-President, Dr Amina Sow, paid a courtesy call on the Secretary-General of the "
      "Caribbean Community (CARICOM), Dr Grace Baptiste, on Thursday. The AfDB delegation "
      "included the Bank's Director for Regional Integration, Mr Kofi Boateng. On the CARICOM "
      "side, Deputy Secretary-General Dr Errol Alexis and Assistant Secretary-General Mr "
      "Joseph Cooper joined the Secretary-General for the discussions.");
  EXPECT_TRUE(Has(x, Represents("Errol Alexis", "Caribbean Community"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Joseph Cooper", "Caribbean Community"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Kofi Boateng", "Grace Baptiste"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Kofi Boateng", "Errol Alexis"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Amina Sow", "Joseph Cooper"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Amina Sow", "Kofi Boateng"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Errol Alexis", "Grace Baptiste"))) << Dump(x);
}

// "Earlier, A called on the King ... A also met Minister B. Also present was Minister C. The
// Qatari delegation included its ambassador D": the side meets the meeting told before the
// sentence of who else was present, not the King.
TEST(MeetingPresenceTest, ASideAfterASentenceOfThosePresentMeetsTheMeetingBeforeIt) {
  const Extraction x = ExtractText(
      "KUALA LUMPUR, July 8 (Bernama) -- His Majesty Sultan Ibrahim, King of Malaysia, today "
      "granted an audience to Qatar's Minister of State Dr Khalid Rashid Al-Marri. Al-Marri also "
      "held a bilateral meeting with Foreign Minister Datuk Seri Ahmad Zaki Yusof at Wisma "
      "Putra. Also present was Trade Minister Datuk Lim Wei Jian, who briefed the visitor. The "
      "Qatari delegation included its Ambassador to Malaysia, Nasser Saad Al-Kuwari.");
  EXPECT_TRUE(Has(x, Met("Nasser Saad Al-Kuwari", "Ahmad Zaki Yusof"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Nasser Saad Al-Kuwari", "Sultan Ibrahim"))) << Dump(x);
}

// "received today, in separate meetings, A, B and C. During his meeting with A, which was
// attended by D, ...": D was at the meeting with A only.
TEST(MeetingPresenceTest, OneAttendingTheMeetingWithOneOfSeveralGuestsMetOnlyHim) {
  const Extraction x = ExtractText(
      "RIYADH, March 5 (SPA) -- Minister of Foreign Affairs Prince Khalid bin Saad received "
      "today, in separate meetings, Syria's Minister of Foreign Affairs Omar Hassan Khatib, "
      "Secretary-General of the Organization of Islamic Cooperation Yusuf Ibrahim Dabo, and "
      "Pakistan's Ambassador to the Kingdom Imran Qureshi. During his meeting with Khatib, "
      "which was attended by Deputy Minister of Foreign Affairs Fahd bin Nasser Al-Dosari, the "
      "Syrian minister conveyed the greetings of his president.");
  EXPECT_TRUE(Has(x, Met("Fahd bin Nasser Al-Dosari", "Omar Hassan Khatib"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Fahd bin Nasser Al-Dosari", "Yusuf Ibrahim Dabo"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Fahd bin Nasser Al-Dosari", "Imran Qureshi"))) << Dump(x);
}

// "talks were held between Foreign Minister A and Mr. B, who was accompanied by C": C came
// with B, whom "who" stands for, and met A.
TEST(MeetingPresenceTest, TheCompanionOfTheOneWhoStandsFor) {
  const Extraction x = ExtractText(
      "Asmara - President Isaias Afwerki received Mr. Piotr Nowak, Deputy Minister of Foreign "
      "Affairs of Poland. Earlier in the day, talks were held at the Ministry of Foreign Affairs "
      "between Foreign Minister Osman Saleh and Mr. Nowak, who was accompanied by Ms. Joanna "
      "Wrona, Director for Africa at the Polish foreign ministry.");
  EXPECT_TRUE(Has(x, Met("Osman Saleh", "Joanna Wrona"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Piotr Nowak", "Joanna Wrona"))) << Dump(x);
}

// "His programme also includes a meeting on Wednesday with X": a meeting still to come; "the
// Prime Minister's schedule also included a meeting with Y" happened.
TEST(MeetingPresenceTest, AMeetingAProgrammeIncludesIsStillToCome) {
  const Extraction x = ExtractText(
      "RABAT - Speaker Rachid Talbi met the President of the Senate of Paraguay, Basilio "
      "Nunez, who is in Morocco for a working visit. His programme also includes a meeting on "
      "Wednesday with the Minister of Foreign Affairs, Nasser Alaoui. "
      "The Speaker's schedule also included a meeting with Interior Minister Karim Benali.");
  EXPECT_FALSE(Has(x, Met("Basilio Nunez", "Nasser Alaoui"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Rachid Talbi", "Nasser Alaoui"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Rachid Talbi", "Karim Benali"))) << Dump(x);
}

TEST(MeetingPresenceTest, TheDelegationLedAfterACommaIncludedThoseNamedButNotABodysClause) {
  const Extraction x = ExtractText(
      "Prime Minister Tahmina Perera received a delegation of the Kuwait Fund for Arab "
      "Economic Development, led by its Director General, Waleed Al-Bahar, on Monday. The "
      "delegation included Noura Al-Sabah, Director at the OPEC Fund, which co-finances "
      "projects in Bangladesh, and Fahad Al-Mutairi, Ambassador of Kuwait to Sri Lanka.");
  EXPECT_TRUE(Has(x, Met("Tahmina Perera", "Waleed Al-Bahar"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Tahmina Perera", "Noura Al-Sabah"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Tahmina Perera", "Fahad Al-Mutairi"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Tahmina Perera", "Bangladesh"))) << Dump(x);
}

TEST(MeetingPresenceTest, CounterpartsWhoJoinedTheTwoLeadersSatEachWithHisOwn) {
  const Extraction x = ExtractText(
      "VALLETTA - Prime Minister Robert Abela hosted his Tunisian counterpart, Kamel Maddouri, "
      "on Monday for talks on migration. Foreign Minister Ian Borg and his Tunisian "
      "counterpart, Mohamed Ali Nafti, joined the two prime ministers for an expanded "
      "session.");
  EXPECT_TRUE(Has(x, Met("Robert Abela", "Kamel Maddouri"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Kamel Maddouri", "Ian Borg"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Robert Abela", "Mohamed Ali Nafti"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Ian Borg", "Mohamed Ali Nafti"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Robert Abela", "Ian Borg"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Kamel Maddouri", "Mohamed Ali Nafti"))) << Dump(x);
}

TEST(MeetingPresenceTest, OneNotPresentAndAFathersTalksAreNoMeeting) {
  const Extraction x = BundledExtractor().Extract(MakeReport(
      "Abela hosts Maddouri, recalls father's talks with Bourguiba",
      "VALLETTA - Prime Minister Robert Abela hosted his Tunisian counterpart, Kamel Maddouri, "
      "on Monday. The visit drew criticism from opposition leader Bernard Grech, who was not "
      "present and who accused the government of neglect. Abela recalled that his late father "
      "had been received by Tunisian President Habib Bourguiba."));
  EXPECT_TRUE(Has(x, Met("Robert Abela", "Kamel Maddouri"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Kamel Maddouri", "Bernard Grech"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Robert Abela", "Bernard Grech"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Robert Abela", "Habib Bourguiba"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Kamel Maddouri", "Habib Bourguiba"))) << Dump(x);
}

// Companions named after a sentence that tells a later-told meeting of their principal were
// at that meeting, not at the audience told first.
TEST(MeetingPresenceTest, CompanionsWereAtTheMeetingToldLastBeforeThem) {
  const Extraction x = ExtractText(
      "Kathmandu - Md Rafiqul Islam called on Prime Minister Ram Prasad Koirala on Tuesday. "
      "Earlier in the day, Islam and Minister for Foreign Affairs Sita Thapa held "
      "delegation-level talks. Islam was accompanied by Foreign Secretary Md Jashim Ahmed.");
  EXPECT_TRUE(Has(x, Met("Md Rafiqul Islam", "Ram Prasad Koirala"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Md Rafiqul Islam", "Sita Thapa"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Sita Thapa", "Md Jashim Ahmed"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Ram Prasad Koirala", "Md Jashim Ahmed"))) << Dump(x);
}

// "attended the three meetings": the host's side at every meeting the report tells; "presented
// a copy of her letter of credence to X": the ambassador met X.
TEST(MeetingPresenceTest, AttendedTheThreeMeetingsAndACopyOfHerLetterOfCredence) {
  const Extraction x = ExtractText(
      "Amman - Minister Zeina Haddad hosted Dr. Anna Weber. Haddad later met the Country "
      "Director of the agency, Markus Braun. In a third meeting, the minister received Kenji "
      "Sato. The ministry's Secretary-General, Rami Khalil, attended the three meetings. The "
      "new Ambassador of Egypt, Mona Fahmy, presented a copy of her letter of credence to "
      "Minister Haddad.");
  for (const char* guest : {"Anna Weber", "Markus Braun", "Kenji Sato"})
    EXPECT_TRUE(Has(x, Met("Rami Khalil", guest))) << guest << Dump(x);
  EXPECT_TRUE(Has(x, Met("Mona Fahmy", "Zeina Haddad"))) << Dump(x);
}

// "A and B were on the Bangladesh side, while the Egyptian delegation included C": being on
// a side of the talks is being present at them, across from the other side.
TEST(MeetingPresenceTest, WereOnTheStatesSideIsPresence) {
  const Extraction x = ExtractText(
      "DHAKA, May 2 (BSS) - Visiting Jordanian Foreign Minister Ayman Safadi held talks with "
      "Foreign Affairs Adviser Md Karim Chowdhury today. Foreign Secretary Md Nurul Alam and "
      "Ambassador Md Habib Rahman were on the Bangladesh side, while the Jordanian delegation "
      "included Assistant Foreign Minister Omar Nsour.");
  for (const char* present : {"Md Nurul Alam", "Md Habib Rahman"}) {
    EXPECT_TRUE(Has(x, Met("Ayman Safadi", present))) << present << Dump(x);
    EXPECT_TRUE(Has(x, Met("Omar Nsour", present))) << present << Dump(x);
    EXPECT_FALSE(Has(x, Met("Md Karim Chowdhury", present))) << present << Dump(x);
  }
}

// "President A was supported by the Minister of X, Mr B; the Minister of Y, Mr C; and ...":
// "supported by" names companions as "accompanied by" does, and a list whose items are
// set off by ";" goes on past them (a clause with a verb after a ";" is its own).
TEST(MeetingPresenceTest, SupportedByAListSetOffBySemicolons) {
  const Extraction x = ExtractText(
      "President Hakainde Hichilema and President Luis Abinader of the Dominican Republic held "
      "official talks in Lusaka today. President Hichilema was supported by the Minister of "
      "Foreign Affairs, Mr Mulambo Haimbe; the Minister of Commerce, Trade and Industry, Mr "
      "Chipoka Mulenga; and the Minister of Mines, Mr Paul Kabuswe. The plan was supported by "
      "Mr Situmbeko Musokotwane; he said so in parliament.");
  for (const char* companion : {"Mulambo Haimbe", "Chipoka Mulenga", "Paul Kabuswe"})
    EXPECT_TRUE(Has(x, Met(companion, "Luis Abinader"))) << companion << Dump(x);
  EXPECT_FALSE(Has(x, Met("Situmbeko Musokotwane", "Luis Abinader"))) << Dump(x);
}

// "Participating in the meeting were A and B" opens a list of those present; "arrested after
// participating in the summit" does not.
TEST(MeetingPresenceTest, ParticipatingInTheMeetingWere) {
  const Extraction x = ExtractText(
      "Tbilisi: Prime Minister of Georgia Irakli Kobakhidze met with the President of the Asian "
      "Development Bank, Masato Kanda. Participating in the meeting were Minister of Economy "
      "Levan Davitashvili and Minister of Finance Lasha Khutsishvili. Kanda mentioned Nodar "
      "Beridze, who was arrested after participating in a rally.");
  EXPECT_TRUE(Has(x, Met("Masato Kanda", "Levan Davitashvili"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Masato Kanda", "Lasha Khutsishvili"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Masato Kanda", "Nodar Beridze"))) << Dump(x);
}

// "A later met B at the ministry, where she was joined by C": the pronoun right before the
// cue is the sentence's subject, A, whose companion C met B.
TEST(MeetingPresenceTest, SheWasJoinedByIsTheSubjectsCompanion) {
  const Extraction x = ExtractText(
      "Director General Rania Haddad later met Secretary of Labor Hans Leo Villanueva at the "
      "Department of Labor, where she was joined by Chief of Mission Rosalind Okoro.");
  EXPECT_TRUE(Has(x, Met("Hans Leo Villanueva", "Rosalind Okoro"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Rania Haddad", "Rosalind Okoro"))) << Dump(x);
}

// Officials named present on the host's side, with no affiliation of their own, serve the
// host's state, as companions do.
TEST(MeetingPresenceTest, TheHostsOfficialsPresentShareHisState) {
  const Extraction x = ExtractText(
      "Tbilisi: Prime Minister of Georgia Irakli Kobakhidze met with the President of the Asian "
      "Development Bank, Masato Kanda. Participating in the meeting were Minister of Economy "
      "Levan Davitashvili and Minister of Finance Lasha Khutsishvili.");
  EXPECT_TRUE(Has(x, Represents("Levan Davitashvili", "Georgia"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Lasha Khutsishvili", "Georgia"))) << Dump(x);
}

// Officials present at the side of a host whom only a later stage places (a known leader,
// "President Bola Tinubu"), titled and tied to nothing, serve his state too; an
// ambassador there may be the guest's, and is left alone.
TEST(MeetingPresenceTest, TheHostsOfficialsShareTheStateHeIsPlacedInLater) {
  const Extraction x = ExtractText(
      "President Bola Tinubu received Guinean Prime Minister Amadou Oury Bah in Nigeria. "
      "National Security Adviser Aliyu Danladi and Ambassador Kemi Ojo also took part in the "
      "audience.");
  EXPECT_TRUE(Has(x, Represents("Aliyu Danladi", "Nigeria"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Kemi Ojo", "Nigeria"))) << Dump(x);
}

// "X went on to the ministry for talks with Y, joined by Z": Z, of X's body, sits with X and
// meets Y, the nearer name.
TEST(MeetingPresenceTest, JoinedByAfterTalksSitsWithHisOwnSide) {
  const Extraction x = ExtractText(
      "DAR ES SALAAM: The Secretary General of the East African Community, Veronica Nduva, "
      "was received by President Samia Suluhu Hassan. Later, Ms Nduva went on to the ministry "
      "for talks with Foreign Minister Mahmoud Kombo, joined by the EAC Deputy Secretary "
      "General, Andrea Malueth.");
  EXPECT_TRUE(Has(x, Met("Andrea Malueth", "Mahmoud Kombo"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Andrea Malueth", "Veronica Nduva"))) << Dump(x);
}

// "The presentations took place in the presence of the Director of Protocol, X": the
// credentials presented, each a meeting of its own, were all attended by X.
TEST(MeetingPresenceTest, ThePresentationsTookPlaceInThePresenceOf) {
  const Extraction x = ExtractText(
      "Abidjan - Minister of Foreign Affairs Kouadio Yao on Tuesday received copies of the "
      "letters of credence of three new ambassadors. Mr Yao first received the Ambassador of "
      "Italy, Marco Bianchi. Mr Yao then received the Ambassador of the Kingdom of Spain, Lucia "
      "Ortega Ruiz, and the Ambassador of the Hashemite Kingdom of Jordan, Omar Haddad. The "
      "presentations took place in the presence of the Director of Protocol, Ambassador Awa "
      "Kone.");
  for (const char* envoy : {"Marco Bianchi", "Lucia Ortega Ruiz", "Omar Haddad"})
    EXPECT_TRUE(Has(x, Met("Awa Kone", envoy))) << envoy << Dump(x);
}

}  // namespace

// "a delegation of KHNP, the South Korean operator, led by its Executive Vice President Y":
// "its" is the body named last before; the guest, so placed, sits on his state's side.
TEST(MeetingPresenceTest, ADelegationLedByItsOfficerServesTheBodyNamedBefore) {
  const Extraction x = ExtractText(
      "Sofia, Thursday: Minister of Energy Dimitar Stoyanov received a delegation of Korea "
      "Hydro & Nuclear Power (KHNP), the South Korean state-owned nuclear operator, led by "
      "its Executive Vice President Han Min-jun. The Bulgarian side included Deputy Minister "
      "of Energy Elena Petrova. The Korean delegation included Lim Ha-eun, head of KHNP's "
      "Europe division.");
  EXPECT_TRUE(Has(x, Represents("Han Min-jun", "KHNP"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Elena Petrova", "Han Min-jun"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Dimitar Stoyanov", "Lim Ha-eun"))) << Dump(x);
}

// "the Forum's Director of Policy, X": the body named before whose name ends in "Forum";
// its officer sits on its side, across from the host's.
TEST(MeetingPresenceTest, TheBodysLastWordWithAPossessiveIsThatBody) {
  const Extraction x = ExtractText(
      "Reykjavik - Minister Anna Jonsdottir met the Secretary General of the Pacific Islands "
      "Forum, Henry Puna. Also taking part were Iceland's Ambassador for Ocean Affairs, Helga "
      "Sigurdardottir, and the Forum's Director of Policy, Sione Tupou.");
  EXPECT_TRUE(Has(x, Represents("Sione Tupou", "Pacific Islands Forum"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Anna Jonsdottir", "Sione Tupou"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Henry Puna", "Sione Tupou"))) << Dump(x);
}

// "received a delegation of the Malaysian oil company PETRONAS led by X, APS learned from
// the ministry": the news agency the report cites is of no side.
TEST(MeetingPresenceTest, ANewsAgencyCitedInASidesSentenceIsOfNoSide) {
  const Extraction x = ExtractText(
      "DAKAR, March 3 (APS) -- The Minister of Energy, Cheikh Tidiane Ndour, received a "
      "delegation of the Malaysian oil company PETRONAS led by its Executive Vice-President, "
      "Datuk Faisal bin Osman, APS learned from the ministry.");
  for (const Relation& r : x.relations)
    if (r.type == RelationType::kRepresents && x.entities[r.target].name == "Malaysia")
      EXPECT_NE(x.entities[r.source].name, "Algérie Presse Service") << Dump(x);
  EXPECT_TRUE(Has(x, Represents("PETRONAS", "Malaysia"))) << Dump(x);
}

// "attended on the Moldovan side by A, and on the EBRD side by B": the host, placed nowhere
// yet, sits across from his guest, who serves the body that is the other side.
TEST(MeetingPresenceTest, AHostSitsAcrossFromAGuestOfABodysSide) {
  const Extraction x = ExtractText(
      "President Maia Sandu had a meeting today with the President of the European Bank for "
      "Reconstruction and Development (EBRD), Odile Renaud-Basso. The talks continued in an "
      "expanded format, attended on the Moldovan side by Minister of Energy Victor Parlicov, "
      "and on the EBRD side by the bank's Regional Director, Henrik Lindqvist.");
  EXPECT_TRUE(Has(x, Met("Henrik Lindqvist", "Maia Sandu"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Henrik Lindqvist", "Victor Parlicov"))) << Dump(x);
}

// "X then received Y at the Ministry, joined by the Undersecretary for Political Affairs, A,
// and by B, the EU Ambassador accredited to the Kingdom": A, tied to nothing, joins the host
// at home; B, the EU's, sits with Y, the EU's envoy.
TEST(MeetingPresenceTest, OneTiedToNothingJoiningAHostAndHisGuestJoinsTheHost) {
  const Extraction x = ExtractText(
      "MANAMA - Dr Khalid Al Mansoori, Minister of Foreign Affairs of Bahrain, received Mr "
      "Marco Bellini, EU Special Representative for the Gulf. Dr Al Mansoori then received Mr "
      "Bellini for a follow-up session at the Ministry of Foreign Affairs, joined by the "
      "Undersecretary for Political Affairs, Dr Shaikh Hamad bin Isa Al Khalifa, and by Pierre "
      "Duval, the EU Ambassador accredited to the Kingdom.");
  EXPECT_TRUE(Has(x, Met("Hamad bin Isa Al Khalifa", "Marco Bellini"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Hamad bin Isa Al Khalifa", "Khalid Al Mansoori"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Pierre Duval", "European Union"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Khalid Al Mansoori", "Pierre Duval"))) << Dump(x);
}

// "Joining the European side were MEPs A and B": a clause opening with "Joining" names
// those present; a side no state's adjective names is the guests'.
TEST(MeetingPresenceTest, JoiningTheGuestsSideWereNamesThosePresent) {
  const Extraction x = ExtractText(
      "Manama (BNA) - The Speaker of the Council of Representatives of Bahrain, Ahmed Al "
      "Musallam, received a delegation of the European Parliament led by its chair, Greta "
      "Lindholm. Joining the European side were MEPs Lukas Brenner and Ana Salgado.");
  EXPECT_TRUE(Has(x, Met("Ahmed Al Musallam", "Lukas Brenner"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Ahmed Al Musallam", "Ana Salgado"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Greta Lindholm", "Lukas Brenner"))) << Dump(x);
}

TEST(MeetingPresenceTest, OnePresentAtAFarewellCallSatWithTheOneCalledOn) {
  const Extraction x = ExtractText(
      "Kathmandu, March 3 (RSS): Foreign Minister Dr Meena Thapa held talks by telephone with "
      "her Omani counterpart, Salim Al Harthy. Recalling his visit to Pokhara, Al Harthy said "
      "Oman valued Nepal's friendship. Separately, the outgoing Ambassador of Chile to Nepal, "
      "Rodrigo Fuentes Araya, paid a farewell call on Foreign Minister Dr Thapa at Singha "
      "Durbar. Joint Secretary at the Ministry, Kamala Gurung, was also present.");
  EXPECT_TRUE(Has(x, Met("Meena Thapa", "Rodrigo Fuentes Araya"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Kamala Gurung", "Rodrigo Fuentes Araya"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Kamala Gurung", "Meena Thapa"))) << Dump(x);
}

TEST(MeetingPresenceTest, ARoleWithItsPortfolioInParenthesesNamesTheOneAfterIt) {
  const Extraction x = ExtractText(
      "New Delhi, May 4 (PTI) External Affairs Minister Arvind Mehta and his Chilean "
      "counterpart Paula Rojas held talks on Monday. The Indian side included Joint Secretary "
      "(Latin America and Caribbean) Smt. Lakshmi Iyer Raman, while the Chilean delegation "
      "comprised Ambassador Tomas Vergara.");
  EXPECT_TRUE(Has(x, Met("Lakshmi Iyer Raman", "Tomas Vergara"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Lakshmi Iyer Raman", "Paula Rojas"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Lakshmi Iyer Raman", "India"))) << Dump(x);
  EXPECT_FALSE(NamesOf(x, EntityType::kPerson).contains("Caribbean")) << Dump(x);
}

TEST(MeetingPresenceTest, ThoseAttendingAVisitorsMeetingAtHomeSatWithTheHost) {
  const Extraction x = ExtractText(
      "VIENTIANE, May 6 (Reuters) - Spanish Foreign Minister Jose Manuel Albares met Lao Prime "
      "Minister Sonexay Siphandone in Vientiane on Tuesday. Deputy Prime Minister Saleumxay "
      "Kommasith and Planning Minister Phet Phomphiphak also attended. Albares was later "
      "received in audience by President Thongloun Sisoulith.");
  EXPECT_TRUE(Has(x, Met("Jose Manuel Albares", "Saleumxay Kommasith"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Jose Manuel Albares", "Phet Phomphiphak"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Saleumxay Kommasith", "Sonexay Siphandone"))) << Dump(x);
}

TEST(MeetingPresenceTest, OneSidesDelegationMetTheOtherOfTheTwoWhoHeldTalks) {
  const Extraction x = ExtractText(
      "HAVANA, Nov 14 (Prensa Latina) Cuban Foreign Minister Ramon Cabrera Diaz and his Mongolian "
      "counterpart, Minister of Foreign Affairs Batmunkh Battsetseg, held official talks on "
      "Thursday. The Cuban delegation included Deputy Foreign Minister Elena Vidal Soto and "
      "the director for Asia, Marta Ruiz Pena.");
  EXPECT_TRUE(Has(x, Met("Batmunkh Battsetseg", "Elena Vidal Soto"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Batmunkh Battsetseg", "Marta Ruiz Pena"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Ramon Cabrera Diaz", "Elena Vidal Soto"))) << Dump(x);
}

TEST(MeetingPresenceTest, EachSideNamedAfterThoseOfIt) {
  const Extraction x = ExtractText(
      "Sofia, Tuesday: President Rumen Radev held talks with Latvian President Edgars "
      "Rinkevics, who is on an official visit to Bulgaria. Taking part in the expanded talks "
      "were Deputy Prime Minister Petar Stoyanov and Foreign Minister Georgi Dimov on the "
      "Bulgarian side, and Foreign Minister Baiba Braze on the Latvian side.");
  EXPECT_TRUE(Has(x, Met("Baiba Braze", "Rumen Radev"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Baiba Braze", "Petar Stoyanov"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Edgars Rinkevics", "Georgi Dimov"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Baiba Braze", "Edgars Rinkevics"))) << Dump(x);
}

TEST(MeetingPresenceTest, SignatoriesOfASigningThePrincipalsWitnessedMetThePrincipalAcross) {
  const Extraction x = ExtractText(
      "PORT MORESBY - Prime Minister James Marape yesterday hosted Malaysian Prime Minister "
      "Anwar Ibrahim at Parliament House, where the two leaders witnessed the signing of three "
      "agreements. Foreign Minister Justin Tkatchenko and his Malaysian counterpart Mohamad "
      "Hasan signed the agreements.");
  EXPECT_TRUE(Has(x, Met("Justin Tkatchenko", "Mohamad Hasan"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Anwar Ibrahim", "Justin Tkatchenko"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("James Marape", "Mohamad Hasan"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("James Marape", "Justin Tkatchenko"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Anwar Ibrahim", "Mohamad Hasan"))) << Dump(x);
}

TEST(MeetingPresenceTest, ANonResidentAmbassadorSitsWithHisOwnState) {
  const Extraction x = ExtractText(
      "MUSCAT -- Sayyid Hamad Al Busaidi, Minister of Foreign Affairs, received Hon. Kwesi "
      "Ampofo, Deputy Minister of Trade of the Republic of Ghana. The meeting was attended by "
      "Alhaji Issah Baba, Ghana's non-resident Ambassador to the Sultanate, and by Muna Al "
      "Lawati, Head of the Africa Department at the Ministry of Foreign Affairs.");
  EXPECT_TRUE(Has(x, Represents("Issah Baba", "Ghana"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Hamad Al Busaidi", "Issah Baba"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Issah Baba", "Muna Al Lawati"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Kwesi Ampofo", "Issah Baba"))) << Dump(x);
}

TEST(MeetingPresenceTest, AnAmbassadorsRankAfterABodysTitleIsHisOwn) {
  // "Secretary-General of the Ministry of Foreign Affairs Ambassador X": X holds the
  // title; no "Ministry of Foreign Affairs Ambassador" is someone else's office.
  const Extraction x = ExtractText(
      "Amman -- Foreign Minister Omar Haddad conferred with Polish Foreign Minister Jan Nowak. "
      "The Jordanian side included Secretary-General of the Ministry of Foreign Affairs "
      "Ambassador Sami Qudah, while the Polish side included Ambassador of Poland to Jordan Ewa "
      "Kowalska.");
  EXPECT_TRUE(Has(x, Represents("Sami Qudah", "Ministry of Foreign Affairs"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Jan Nowak", "Sami Qudah"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Ewa Kowalska", "Sami Qudah"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Omar Haddad", "Sami Qudah"))) << Dump(x);
}

TEST(MeetingPresenceTest, CompanionsAtAllOfTheMeetingsMeetThoseToldLater) {
  const Extraction x = ExtractText(
      "Malabo -- The Chairperson of the African Union Commission, Amina Diop, held a series of "
      "bilateral meetings on Friday. She was accompanied at all of them by the Deputy "
      "Chairperson, Grace Mensah. The Chairperson first met Ambassador Layla Haddad, Assistant "
      "Secretary-General of the League of Arab States. She then received Mr. LIU Wei, "
      "Director-General at China's Ministry of Foreign Affairs.");
  EXPECT_TRUE(Has(x, Met("Amina Diop", "Layla Haddad"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Grace Mensah", "Layla Haddad"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Grace Mensah", "LIU Wei"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Amina Diop", "Grace Mensah"))) << Dump(x);
}

TEST(MeetingPresenceTest, SidesNamedAfterTakingPartInTheTalks) {
  const Extraction x = ExtractText(
      "Ulaanbaatar /MONTSAME/. Deputy Minister of Finance D. Ganbold received a delegation of "
      "the Asian Development Bank (ADB) led by Mr. Ravi Kumar. Taking part in the talks were, "
      "on the Mongolian side, S. Oyun, Director of the Budget Department, and, on the ADB "
      "side, Country Director Ms. Anne Moore.");
  EXPECT_TRUE(Has(x, Met("Anne Moore", "D. Ganbold"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Anne Moore", "S. Oyun"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Ravi Kumar", "S. Oyun"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Anne Moore", "Ravi Kumar"))) << Dump(x);
}

TEST(MeetingPresenceTest, EachSideNamedAfterItsAttendeesInParallel) {
  const Extraction x = ExtractText(
      "On March 18, Mr. SATO Kenji, Minister for Foreign Affairs of Japan, held a meeting with "
      "H.E. Mr. Paul Koffi, Minister of Foreign Affairs of the Republic of Cote d'Ivoire. The "
      "meeting was attended by Mr. ONO Hiroshi, Director-General of the African Affairs "
      "Bureau, on the Japanese side, and by H.E. Mr. Yao Kouame, Ambassador of the Republic of "
      "Cote d'Ivoire to Japan, on the Ivorian side.");
  EXPECT_TRUE(Has(x, Met("ONO Hiroshi", "Paul Koffi"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("SATO Kenji", "Yao Kouame"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("ONO Hiroshi", "Yao Kouame"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Paul Koffi", "Yao Kouame"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Yao Kouame", "Japan"))) << Dump(x);
}

TEST(MeetingPresenceTest, TheyTookPartInTheMeetingsTheReportTold) {
  const Extraction x = ExtractText(
      "NEW YORK (ONA) -- Oman's Minister of Foreign Affairs, Sayyid Hamad Al Rawas, held a "
      "series of bilateral meetings on Wednesday. Sayyid Hamad met Jonas Berg, Norway's "
      "Minister of Foreign Affairs, with whom he reviewed the humanitarian track. He also held "
      "talks with Carla Mendes, the EU's High Representative, on the negotiations for a free "
      "trade agreement between the EU and the Gulf, and with Dewi Sari, Indonesia's Minister of "
      "Foreign Affairs, on cooperation in energy. Salim Al Harthy, Undersecretary of the "
      "Ministry of Foreign Affairs, and Omar Al Kathiri, Oman's Permanent Representative to the "
      "United Nations, took part in the meetings.");
  EXPECT_TRUE(Has(x, Met("Dewi Sari", "Hamad Al Rawas"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Carla Mendes", "Salim Al Harthy"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Dewi Sari", "Omar Al Kathiri"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Jonas Berg", "Salim Al Harthy"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Hamad Al Rawas", "Salim Al Harthy"))) << Dump(x);
}

// "On the same day, the Government leader received X. Governor Y attended the meeting.": the
// Government leader is the head of government the report named, and Y attends his second
// meeting, not the first.
TEST(MeetingPresenceTest, TheGovernmentLeadersSecondAudienceHasItsOwnAttendees) {
  const Extraction x = ExtractText(
      "HANOI (VNA) - Prime Minister Tran Van Minh received Director-General of the Kuwait Fund "
      "Khalid Al-Rashed in Ha Noi on September 23.\n\nOn the same day, the Government leader "
      "received Vice-President of the Asian Development Bank (ADB) Ingrid Dahl. Governor of the "
      "State Bank Le Thi Thu attended the meeting.");
  EXPECT_TRUE(Has(x, Met("Tran Van Minh", "Ingrid Dahl"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Ingrid Dahl", "Le Thi Thu"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Khalid Al-Rashed", "Le Thi Thu"))) << Dump(x);
}

// "The Secretary-General met with B. They exchanged views on Sudan. C also took part.": past a
// sentence of its paragraph that names no one, the meeting told last; a paragraph before
// names another.
TEST(MeetingPresenceTest, AnAttendeeJoinsTheMeetingToldLastInItsParagraph) {
  const Extraction x = ExtractText(
      "Secretary-General Tomas Lind met today with the President of Maldives, Dr. Ibrahim "
      "Rasheed. They discussed debt.\n\nThe Secretary-General met with the Chairperson of the "
      "African Union Commission, Amara Kone. They exchanged views on Sudan. The Personal Envoy "
      "of the Secretary-General for Sudan, Jonas Berg, also took part.");
  EXPECT_TRUE(Has(x, Met("Amara Kone", "Jonas Berg"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Ibrahim Rasheed", "Jonas Berg"))) << Dump(x);
}

// "X was accompanied by the Namibian Ambassador, A, and the Cuban side included B and C": the
// list of those who came with X ends where the other side's opens.
TEST(MeetingPresenceTest, TheCompanionsListEndsWhereTheOtherSideOpens) {
  const Extraction x = ExtractText(
      "Havana, Jun 5 (Prensa Latina) Cuban Minister of Public Health Luis Ortega met on "
      "Thursday with the Namibian Minister of Health, Dr. Anna Shikongo.\n\nShikongo was "
      "accompanied by the Namibian Ambassador to Cuba, Maria Haufiku, and the Cuban side "
      "included Vice Minister of Public Health Rosa Ferrer and Elena Campos, president of the "
      "Comercializadora de Servicios Médicos Cubanos.");
  EXPECT_TRUE(Has(x, Met("Anna Shikongo", "Rosa Ferrer"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Luis Ortega", "Rosa Ferrer"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Elena Campos", "Rosa Ferrer"))) << Dump(x);
}

// "Also present were Fuad Hussein and ...": a visitor's foreign minister the lexicon knows,
// untitled, is seated on his state's side, across from the host, not across from his own
// prime minister.
TEST(MeetingPresenceTest, AKnownVisitingMinisterIsSeatedWithHisSide) {
  const Extraction x = ExtractText(
      "MUSCAT - His Majesty Sultan Haitham bin Tarik received Prime Minister Mohammed Shia "
      "Al-Sudani at Al Alam Palace and discussed relations between Oman and Iraq. Also present "
      "were Fuad Hussein and Sayyid Badr Albusaidi, Minister of Foreign Affairs.");
  EXPECT_TRUE(Has(x, Met("Haitham bin Tarik", "Fuad Hussein"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Mohammed Shia Al-Sudani", "Fuad Hussein"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Fuad Hussein", "Iraq"))) << Dump(x);
}

TEST(MeetingPresenceTest, AtTheHeadOfADelegationLeadsItAndHoldsNoOffice) {
  // "at the head of a delegation that included ...": the guest leads those named after
  // it, who meet the host and those present; "head" there is no office of the host's
  const Extraction x = ExtractText(
      "LUSAKA, (ZANIS)- The Vice-President, Esther Banda, received on Monday the President "
      "of the Trade Development Bank, Dr. Samuel Kamau, at the head of a delegation that "
      "included the bank's Chief Operating Officer, Ruth Otieno. The meeting took place in "
      "the presence of the Minister of Finance, Peter Mwale.");
  EXPECT_TRUE(Has(x, Met("Esther Banda", "Samuel Kamau"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Esther Banda", "Ruth Otieno"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Peter Mwale", "Ruth Otieno"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Samuel Kamau", "Ruth Otieno"))) << Dump(x);
  // ("Chief Operating Officer" is one title, no name)
  EXPECT_TRUE(Has(x, Represents("Ruth Otieno", "Trade Development Bank"))) << Dump(x);
}

TEST(MeetingPresenceTest, ThoseAlongsideTheHostWhoReceivedTheDelegationMetItsHead) {
  const Extraction x = ExtractText(
      "Abuja, March 3, 2025 (NAN) A delegation of the Ghana Armed Forces, led by Maj.-Gen. "
      "Kofi Mensah, on Monday paid a courtesy call on the Chief of Defence Staff, Gen. Ibrahim "
      "Yusuf. Yusuf, who received the delegation alongside the Chief of Army Staff, Lt.-Gen. "
      "Tunde Bello, and the Chief of Air Staff, Air Marshal Sani Garba, said Nigeria valued "
      "the partnership.");
  EXPECT_TRUE(Has(x, Met("Kofi Mensah", "Ibrahim Yusuf"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Kofi Mensah", "Tunde Bello"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Kofi Mensah", "Sani Garba"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Ibrahim Yusuf", "Tunde Bello"))) << Dump(x);
}

TEST(MeetingPresenceTest, PresentAtAThirdOfficialsMeetingWithTheGuestMetTheGuestAlone) {
  // "Later, the Father Amir received President X, in the presence of Y, the Amir's
  // Personal Representative": Y was at that meeting, with the guest only (the sentence
  // names the Amir too, whose talks came earlier and who is not the meeting told here)
  const Extraction x = ExtractText(
      "Doha, April 15 (QNA) - His Highness the Amir Sheikh Khalid bin Saud Al-Thani and "
      "President of Gambia Adama Sowe held official talks at Lusail Palace. At the beginning "
      "of the talks, His Highness the Amir welcomed the President of Gambia. The talks were "
      "attended, on the Qatari side, by Minister of Finance Ali Al-Kuwari. On the Gambian "
      "side, they were attended by Minister of Finance Lamin Ceesay. Later in the day, His "
      "Highness the Father Amir Sheikh Saud bin Fahad Al-Thani received President Sowe at his "
      "palace, in the presence of His Highness Sheikh Nasser bin Saud Al-Thani, the Amir's "
      "Personal Representative.");
  EXPECT_TRUE(Has(x, Met("Adama Sowe", "Nasser bin Saud Al-Thani"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Lamin Ceesay", "Nasser bin Saud Al-Thani"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Lamin Ceesay", "Ali Al-Kuwari"))) << Dump(x);
}

TEST(MeetingPresenceTest, AnAmbassadorWithResidenceElsewhereIsNamedAfterIt) {
  // "the Ambassador of the Czech Republic accredited to Mauritania with residence in Rabat,
  // Mrs. X": X holds the role, past where she resides, and sits with her minister
  const Extraction x = ExtractText(
      "Nouakchott (AMI) - The Minister of the Interior of the Czech Republic, Mr. Pavel Novak, "
      "was received on Thursday by the President of the Republic, Mr. Mohamed Ould Ahmed. The "
      "audience took place in the presence of the Minister of the Interior, Mr. Sidi Ould "
      "Ahmed, and the Ambassador of the Czech Republic accredited to Mauritania with residence "
      "in Rabat, Mrs. Jana Hruba.");
  EXPECT_TRUE(Has(x, Represents("Jana Hruba", "Czech Republic"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Mohamed Ould Ahmed", "Jana Hruba"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Pavel Novak", "Jana Hruba"))) << Dump(x);
}

TEST(MeetingPresenceTest, OneWhoWasAlsoAtTheMeetingWasPresent) {
  // "B, who facilitated the visit, was also at the meeting": as "were in the meeting"
  const Extraction x = ExtractText(
      "Abuja (NAN) A delegation of the Ghana Army, led by Maj.-Gen. Kofi Mensah, on Tuesday "
      "paid a courtesy call on the Chief of Defence Staff, Gen. Ibrahim Yusuf. Nigeria's "
      "Defence Attache in Accra, Brig.-Gen. Musa Abdullahi, who facilitated the visit, was "
      "also at the meeting.");
  EXPECT_TRUE(Has(x, Met("Kofi Mensah", "Musa Abdullahi"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Ibrahim Yusuf", "Musa Abdullahi"))) << Dump(x);
}

TEST(MeetingPresenceTest, ThoseOfThirdBodiesPresentMeetEachOtherAndThoseWhoJoinLater) {
  // two envoys of other bodies joining by video link met both sides and each other, and the
  // host's State Secretary who also took part met them too
  const Extraction x = ExtractText(
      "Oslo - On the sidelines of the Oslo Forum, Minister of Foreign Affairs Ole Berg met on "
      "Wednesday with the Executive Secretary of the Intergovernmental Authority on "
      "Development (IGAD), Daniel Tesfaye. The Chair of the African Union High-Level Panel on "
      "Sudan, Kwame Boateng, and the Personal Envoy of the UN Secretary-General for Sudan, "
      "Ahmed Kamel, joined the meeting by video link. State Secretary Lars Dahl also took part "
      "in the meeting.");
  EXPECT_TRUE(Has(x, Met("Kwame Boateng", "Ahmed Kamel"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Kwame Boateng", "Lars Dahl"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Ahmed Kamel", "Lars Dahl"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Ole Berg", "Lars Dahl"))) << Dump(x);
}

}  // namespace dkg
