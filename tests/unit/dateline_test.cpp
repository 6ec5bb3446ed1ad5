// REPRESENTS read from a wire story's dateline: state bodies and home office holders the
// report leaves unplaced belong to the state the report was filed from, and no one else.
#include <gtest/gtest.h>

#include <string>

#include "dkg/lexicon/lexicon.h"
#include "dkg/text/tokenizer.h"
#include "extract_test_support.h"

namespace dkg {
namespace {

using namespace extract_test;
using Names = std::set<std::string>;

Extraction ExtractStory(const std::string& title, const std::string& text) {
  return BundledExtractor().Extract(MakeReport(title, text));
}

TEST(LexiconCitiesTest, CapitalsAndDatelineCitiesNameTheirCountry) {
  const auto lexicon = BundledLexicon();
  auto country_of = [&](const std::string& city) -> std::string {
    const Tokens tokens = Tokenize(city, {0, static_cast<std::uint32_t>(city.size())});
    const int index = lexicon->CityCountry(Lexicon::PhraseKey({tokens.begin(), tokens.end()}));
    return index < 0 ? "" : lexicon->countries()[index].alpha3;
  };
  EXPECT_EQ(country_of("CAIRO"), "EGY");
  EXPECT_EQ(country_of("ABU DHABI"), "ARE");
  EXPECT_EQ(country_of("Addis Ababa"), "ETH");
  EXPECT_EQ(country_of("WASHINGTON"), "USA");
  EXPECT_EQ(country_of("Jeddah"), "SAU");
  EXPECT_EQ(country_of("GENEVA"), "");  // hosts the world's meetings, speaks for no state
  EXPECT_EQ(country_of("Springfield"), "");
}

TEST(LexiconPublishersTest, AGovernmentsOwnHostNamesItsCountry) {
  const auto lexicon = BundledLexicon();
  auto country_of = [&](const std::string& source) -> std::string {
    const int index = lexicon->PublisherCountry(source);
    return index < 0 ? "" : lexicon->countries()[index].alpha3;
  };
  EXPECT_EQ(country_of("repo/putin.csv; original: http://en.kremlin.ru/events/president/1"),
            "RUS");
  EXPECT_EQ(country_of("https://www.state.gov/secretary-blinkens-call/"), "USA");
  EXPECT_EQ(country_of("HTTPS://WWW.SPA.GOV.SA:443/viewstory.php?lang=en"), "SAU");
  EXPECT_EQ(country_of("https://president.gov.ua"), "UKR");
  // whole labels only, a URL only, and no newspaper
  EXPECT_EQ(country_of("https://notstate.gov/x"), "");
  EXPECT_EQ(country_of("en.kremlin.ru/events"), "");
  EXPECT_EQ(country_of("https://gulfnews.com/uae/government"), "");
  EXPECT_EQ(country_of(""), "");
}

Extraction ExtractPublished(const std::string& source, const std::string& text) {
  Report report = MakeReport("", text);
  report.source = source;
  return BundledExtractor().Extract(report);
}

TEST(DatelineTest, AGovernmentsReleaseSpeaksForItsStateOnItsOwnBodies) {
  const std::string text =
      "Deputy Secretary Ruth Calder met with Foreign Minister Ivo Maric of Croatia. The "
      "Department of State and the Croatian Ministry of Foreign Affairs will work together. "
      "The United States values the partnership.";
  const Extraction x = ExtractPublished("https://www.state.gov/deputy-secretary-calder/", text);
  EXPECT_TRUE(Has(x, Represents("Department of State", "United States"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Ivo Maric", "United States"))) << Dump(x);
  // Without its source the release is no one's voice.
  const Extraction unsourced = ExtractPublished("", text);
  EXPECT_FALSE(Has(unsourced, Represents("Department of State", "United States")))
      << Dump(unsourced);
}

// "The following is attributable to Spokesperson X": a government's release speaks through
// its own spokesperson, who takes no country from the meeting, and the other side of the
// meeting still takes the one country the release names that no participant is placed in.
TEST(DatelineTest, AGovernmentsSpokespersonIsItsOwn) {
  const Extraction x = ExtractPublished(
      "https://www.state.gov/deputy-secretary-calder-meeting/",
      "The following is attributable to Spokesperson Mark Ellison:\n\nDeputy Secretary Ruth "
      "Calder met today in Washington with Vietnamese Deputy Foreign Minister Tran Van Long. "
      "They discussed relations between the United States and Vietnam, and the United States "
      "welcomed the talks.");
  EXPECT_TRUE(Has(x, Represents("Mark Ellison", "United States"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Ruth Calder", "United States"))) << Dump(x);
}

// "DAR ES SALAAM: The Secretary General ...": a city in capitals and a colon are a dateline;
// "NOTE: ..." is none.
TEST(DatelineTest, ACityInCapitalsAndAColon) {
  const Extraction x = ExtractStory(
      "",
      "DAR ES SALAAM: The Secretary General of the East African Community, Veronica Nduva, "
      "on a visit to Tanzania, was received by President Samia Suluhu Hassan. The Chief "
      "Secretary, Ambassador Moses Kusiluka, sat in on the audience.");
  EXPECT_TRUE(Has(x, Represents("Moses Kusiluka", "Tanzania"))) << Dump(x);
  const Extraction note = ExtractStory(
      "",
      "NOTE: The Secretary General of the East African Community, Veronica Nduva, on a "
      "visit to Tanzania, was received by President Samia Suluhu Hassan. The Chief "
      "Secretary, Ambassador Moses Kusiluka, sat in on the audience.");
  EXPECT_FALSE(Has(note, Represents("Moses Kusiluka", "Tanzania"))) << Dump(note);
  // ("Havana, Tuesday:": a city the gazetteer knows, in title case, and a colon)
  const Extraction havana = ExtractStory(
      "",
      "Havana, Tuesday: The Minister of Foreign Affairs of Uganda, Jeje Odongo, on a visit "
      "to Cuba, held talks "
      "with Foreign Minister Bruno Rodriguez at the headquarters of the Ministry of Foreign "
      "Affairs.");
  EXPECT_TRUE(Has(havana, Represents("Ministry of Foreign Affairs", "Cuba"))) << Dump(havana);
}

TEST(DatelineTest, AGovernmentsReleaseLeavesForeignLeadersAndJointBodiesUnplaced) {
  // A release reports on the world: a president it names with no state is not its own,
  // nor is a council two states share.
  const Extraction x = ExtractPublished(
      "https://www.state.gov/secretary-calls/",
      "Secretary Ruth Calder spoke with President Ana Vidal about the Strategic Dialogue "
      "Council and the NATO-Ukraine Commission. The United States will send aid.");
  EXPECT_FALSE(Has(x, Represents("Ana Vidal", "United States"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Strategic Dialogue Council", "United States"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("NATO-Ukraine Commission", "United States"))) << Dump(x);
}

TEST(DatelineTest, UnplacedHostAndStateBodiesBelongToTheDatelineState) {
  const Extraction x = ExtractStory(
      "President Karam receives Norwegian envoy",
      "CAIRO — President Omar Karam on Sunday received Norway's Special Envoy Lena Dahl, in "
      "the presence of Hani Selim, Director of the General Intelligence Service. Karam "
      "said Egypt valued its ties with Norway.");
  EXPECT_TRUE(Has(x, Represents("Omar Karam", "Egypt"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("General Intelligence Service", "Egypt"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Lena Dahl", "Norway"))) << Dump(x);
  // The visitor keeps her own country only.
  EXPECT_FALSE(Has(x, Represents("Lena Dahl", "Egypt"))) << Dump(x);
}

TEST(DatelineTest, OfficialsPresentWithTheHostBelongToTheDatelineState) {
  const Extraction x = ExtractStory(
      "",
      "CAIRO — President Omar Karam on Sunday received Greek Foreign Minister Nikos Petrou, "
      "in the presence of Foreign Minister Hani Selim. Petrou said Greece and Egypt were "
      "close partners.");
  EXPECT_TRUE(Has(x, Represents("Hani Selim", "Egypt"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Nikos Petrou", "Egypt"))) << Dump(x);
}

TEST(DatelineTest, TheStatesOwnStaffBelongToTheDatelineState) {
  const Extraction x = ExtractStory(
      "",
      "CAIRO — President Omar Karam on Sunday received Greek Foreign Minister Nikos Petrou, "
      "Presidential Spokesman Adel Fahmy said. Petrou said Greece and Egypt were close "
      "partners.");
  EXPECT_TRUE(Has(x, Represents("Adel Fahmy", "Egypt"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Nikos Petrou", "Egypt"))) << Dump(x);
}

TEST(DatelineTest, OneHeadOfStatePerCountry) {
  // The king is the home head of state; the president a cable went to is foreign,
  // and so is the prime minister who got one from the home crown prince.
  const Extraction x = ExtractStory(
      "",
      "RIYADH — King Fahad bin Saud Al Qasimi sent a cable of condolences to President "
      "Tomas Ruiz over the floods in Chile. Crown Prince Nayef bin Fahad Al Qasimi sent "
      "a similar cable to Prime Minister Ana Vidal. Saudi Arabia stands by Chile, the cable "
      "read.");
  EXPECT_TRUE(Has(x, Represents("Fahad bin Saud Al Qasimi", "Saudi Arabia"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Nayef bin Fahad Al Qasimi", "Saudi Arabia"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Tomas Ruiz", "Saudi Arabia"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Ana Vidal", "Saudi Arabia"))) << Dump(x);
}

TEST(DatelineTest, PlacedOnlyWhenTheReportNamesTheCountry) {
  // Nothing in the text names Egypt: the dateline alone creates no Country entity.
  const Extraction x = ExtractStory(
      "", "CAIRO — President Omar Karam on Sunday received Norway's Special Envoy Lena Dahl.");
  EXPECT_EQ(Country(x, "Egypt"), -1) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Omar Karam", "Egypt"))) << Dump(x);
}

TEST(DatelineTest, NoDatelineNoGuess) {
  const Extraction x = ExtractText(
      "President Omar Karam on Sunday received Norway's Special Envoy Lena Dahl. Karam said "
      "Egypt valued its ties with Norway.");
  EXPECT_FALSE(Has(x, Represents("Omar Karam", "Egypt"))) << Dump(x);
}

TEST(DatelineTest, InternationalOrganisationsBelongToNoState) {
  const Extraction x = ExtractStory(
      "",
      "ADDIS ABABA — Ethiopia's Foreign Minister Seyoum Tadesse met officials of the African "
      "Union Commission and of the National Election Board on Monday.");
  EXPECT_FALSE(Has(x, Represents("African Union Commission", "Ethiopia"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("National Election Board", "Ethiopia"))) << Dump(x);
}

TEST(DatelineTest, PrincipalSharesTheEnvoysCountry) {
  const Extraction x = ExtractStory(
      "",
      "NAIROBI — Ethiopian Foreign Minister Seyoum Tadesse, serving as Special Envoy of Prime "
      "Minister Dawit Alemu, delivered a message to Kenyan President Joseph Mwangi.");
  EXPECT_TRUE(Has(x, Represents("Seyoum Tadesse", "Dawit Alemu"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Dawit Alemu", "Ethiopia"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Dawit Alemu", "Kenya"))) << Dump(x);
}

TEST(DatelineTest, WireDatelinesWithDateAndAgency) {
  for (const char* dateline : {"MANAMA, July 5 (BNA) --", "MANAMA, 5th July, 2023 (BNA) --",
                               "MANAMA, July 5 (BNA) \u2014"}) {
    const Extraction x = ExtractStory(
        "", std::string(dateline) +
                " King Hamad received today Jordanian Prime Minister Omar Haddad, in the "
                "presence of Prince Salman, the Crown Prince. Bahrain and Jordan share close ties.");
    EXPECT_TRUE(Has(x, Represents("Prince Salman", "Bahrain"))) << dateline << Dump(x);
    EXPECT_FALSE(Has(x, Represents("Omar Haddad", "Bahrain"))) << dateline << Dump(x);
  }
}

TEST(DatelineTest, TheSenderOfGreetingsSharesTheMessengersCountry) {
  // no dateline state is named: the messenger alone places the sender
  const Extraction x = ExtractStory(
      "", "CAIRO, July 4 (MENA) -- President Omar Karam received on Tuesday Saudi Foreign "
          "Minister Prince Faisal bin Nasser, who conveyed to him the greetings of King Salman "
          "bin Fahd.");
  EXPECT_TRUE(Has(x, Represents("Salman bin Fahd", "Saudi Arabia"))) << Dump(x);
}

TEST(DatelineTest, APlaceInTitleCaseWithADateOpensTheStory) {
  const Extraction x = ExtractStory(
      "Talks in Accra",
      "Accra, Nov. 17 - President Kwame Boateng received the new Ambassador of Peru, Luis "
      "Salazar, at the Jubilee House. Ghana and Peru will open trade offices.");
  EXPECT_TRUE(Has(x, Represents("Kwame Boateng", "Ghana"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Luis Salazar", "Peru"))) << Dump(x);
}

TEST(DatelineTest, ATitleCaseSentenceWithoutADateIsNoDateline) {
  const Extraction x = ExtractStory(
      "Talks",
      "The talks went well. Accra, the capital - a city of millions - welcomed President "
      "Kwame Boateng back. Ghana and Peru will open trade offices.");
  EXPECT_FALSE(Has(x, Represents("Kwame Boateng", "Ghana"))) << Dump(x);
}

TEST(DatelineTest, AKnownCityAndADashOpenTheStoryWithoutADate) {
  const Extraction x = ExtractStory(
      "Talks in Rabat",
      "Rabat - Minister of Foreign Affairs Youssef Alami held talks on Thursday with the "
      "President of the ECOWAS Commission, Lamin Jallow. Morocco and Gambia signed an "
      "agreement.");
  EXPECT_TRUE(Has(x, Represents("Youssef Alami", "Morocco"))) << Dump(x);
}

TEST(DatelineTest, ADatedPlaceAndTheAgencyOpenTheStoryWithoutADash) {
  const Extraction x = ExtractStory(
      "Talks in Addis Ababa",
      "Addis Ababa June 12/2024 (ENA) Minister of Finance Dawit Bekele held talks today with "
      "the Ambassador of Peru, Luis Salazar. Ethiopia and Peru will open trade offices.");
  EXPECT_TRUE(Has(x, Represents("Dawit Bekele", "Ethiopia"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Luis Salazar", "Ethiopia"))) << Dump(x);
}

TEST(DatelineTest, ASentenceOfAPlaceAndADateIsADateline) {
  const Extraction x = ExtractStory(
      "Talks in Santiago",
      "Santiago, 23 April 2024. The Minister of Foreign Affairs, Pablo Rojas, received the "
      "Minister of Foreign Affairs of the Argentine Republic, Ana Ferreyra, who is on her "
      "first visit to Chile.");
  EXPECT_TRUE(Has(x, Represents("Pablo Rojas", "Chile"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Ana Ferreyra", "Chile"))) << Dump(x);
}

TEST(DatelineTest, TheForeignHeadOfStateNamedByHisCountry) {
  const Extraction x = ExtractStory(
      "Presidents talk",
      "DAKAR, 21 August 2024 \u2014 The President of the Republic, Amadou Faye, received his "
      "Mauritanian counterpart, Mohamed Ould Cheikh, at the palace. President Ould Cheikh asked "
      "his Senegalese counterpart to convey his greetings to Prime Minister Ousmane Diop. The "
      "two agreed to meet again during a visit to Senegal by the Mauritanian Head of State.");
  EXPECT_TRUE(Has(x, Represents("Amadou Faye", "Senegal"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Amadou Faye", "Mauritania"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Mohamed Ould Cheikh", "Mauritania"))) << Dump(x);
  // the greetings were carried home: the Prime Minister is the host's
  EXPECT_TRUE(Has(x, Represents("Ousmane Diop", "Senegal"))) << Dump(x);
}

TEST(DatelineTest, ACityAndItsCountryOpenAStoryWithoutADate) {
  const Extraction x = ExtractStory(
      "", "Kigali, Rwanda — President Jean Mugabo on Tuesday received Ethiopia's Minister of "
          "Foreign Affairs, Dawit Bekele.");
  EXPECT_TRUE(Has(x, Represents("Jean Mugabo", "Rwanda"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Dawit Bekele", "Rwanda"))) << Dump(x);
  // a country written with a lower-case particle
  const Extraction ivory = ExtractStory(
      "", "Abidjan, Côte d'Ivoire — Prime Minister Koffi Yao received on Monday the Angolan "
          "Minister of External Relations, Paulo Neto.");
  EXPECT_TRUE(Has(ivory, Represents("Koffi Yao", "Ivory Coast"))) << Dump(ivory);
}

TEST(DatelineTest, AStateAgencySpeaksForItsStateFromAPlaceNoGazetteerKnows) {
  const Extraction x = ExtractStory(
      "", "MUKALLA, July 9 (Saba) - Chairman of the Presidential Leadership Council Rashad "
          "Saleh received on Wednesday the Ambassador of France to Yemen, Marie Dupont.");
  EXPECT_TRUE(Has(x, Represents("Presidential Leadership Council", "Yemen"))) << Dump(x);
  // a place it knows wins over the letters of an agency ("APS" is Algeria's and Senegal's)
  const Extraction dakar = ExtractStory(
      "", "Dakar, Nov 26 (APS) - The President of the Republic, Amadou Ba, received on "
          "Tuesday the Prime Minister of Guinea, Alpha Conde, on a visit to Senegal.");
  EXPECT_TRUE(Has(dakar, Represents("Amadou Ba", "Senegal"))) << Dump(dakar);
  EXPECT_FALSE(Has(dakar, Represents("Amadou Ba", "Algeria"))) << Dump(dakar);
}

TEST(DatelineTest, ACityGluedToItsAgencyIsADateline) {
  const Extraction x = ExtractStory(
      "", "Baghdad-INA\n\nIranian Foreign Minister Reza Karimi was received on Sunday by Prime "
          "Minister Ali Jaber, who praised Iraq's ties with Iran.");
  EXPECT_TRUE(Has(x, Represents("Ali Jaber", "Iraq"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Reza Karimi", "Iraq"))) << Dump(x);
  EXPECT_TRUE(NamesOf(x, EntityType::kPerson).size() == 2) << Dump(x);
}

TEST(DatelineTest, AReleaseNamingNoOtherStatePlacesItsOfficialsAtHome) {
  Report report = MakeReport(
      "Meeting with permanent members of the Security Council",
      "The President held a meeting with permanent members of the Security Council. Taking part "
      "were Prime Minister Pavel Orlov and Interior Minister Ivan Petrov. They discussed the "
      "situation in Russia's regions.");
  report.source = "http://en.kremlin.ru/events/president/news/1";
  const Extraction x = BundledExtractor().Extract(report);
  EXPECT_TRUE(Has(x, Represents("Pavel Orlov", "Russia"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Ivan Petrov", "Russia"))) << Dump(x);
  // another state named: the release may speak of its officials too
  report.text += " Petrov also spoke about cooperation with Kazakhstan.";
  const Extraction two = BundledExtractor().Extract(report);
  EXPECT_FALSE(Has(two, Represents("Ivan Petrov", "Russia"))) << Dump(two);
}

TEST(DatelineTest, AColonAfterTheAgencyEndsADatelineAndItsStateHostsTheVisitor) {
  const Extraction x = ExtractText(
      "ISLAMABAD, Jul 8 (APP): Turkish Minister of National Defence Kemal Aydin, currently in "
      "Pakistan on an official visit, met Prime Minister Tariq Mahmood at the PM House. Deputy "
      "Prime Minister Imran Qadir sat in on the meeting.");
  EXPECT_TRUE(Has(x, Represents("Tariq Mahmood", "Pakistan"))) << Dump(x);
  // the visitor met the home state's officials present, not his host them
  EXPECT_TRUE(Has(x, Met("Kemal Aydin", "Imran Qadir"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Tariq Mahmood", "Imran Qadir"))) << Dump(x);
  // a colon after a city the gazetteer knows ends one too; one after a name that is no place
  // does not
  const Extraction plain = ExtractText(
      "Islamabad: Turkish Minister Kemal Aydin met Prime Minister Tariq Mahmood in Pakistan.");
  EXPECT_TRUE(Has(plain, Represents("Tariq Mahmood", "Pakistan"))) << Dump(plain);
  const Extraction label = ExtractText(
      "Aydin: Turkish Minister Kemal Aydin met Prime Minister Tariq Mahmood in Pakistan.");
  EXPECT_FALSE(Has(label, Represents("Tariq Mahmood", "Pakistan"))) << Dump(label);
}

TEST(DatelineTest, ABuildingAndItsCityAreADateline) {
  const Extraction x = ExtractText(
      "Jubilee House, Accra - President Kofi Mensah on Thursday received Amadou Traore, Minister "
      "of Foreign Affairs of Burkina Faso, who thanked Ghana for its support.");
  EXPECT_TRUE(Has(x, Represents("Kofi Mensah", "Ghana"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Amadou Traore", "Ghana"))) << Dump(x);
  // (a building with no city the gazetteer knows opens no dateline)
  const Extraction unknown = ExtractText(
      "Jubilee House, Mensahville - President Kofi Mensah on Thursday received Amadou Traore, "
      "Minister of Foreign Affairs of Burkina Faso, who thanked Ghana for its support.");
  EXPECT_FALSE(Has(unknown, Represents("Kofi Mensah", "Ghana"))) << Dump(unknown);
}

TEST(DatelineTest, AMonarchOfAnotherStateIsNoVacantHomeOffice) {
  const Extraction x = ExtractText(
      "ISLAMABAD - Prime Minister Shehbaz Sharif received Saudi Minister Khalid Al-Falih, who "
      "praised the vision of King Salman for ties with Pakistan.");
  EXPECT_TRUE(Has(x, Represents("Shehbaz Sharif", "Pakistan"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("King Salman", "Pakistan"))) << Dump(x);
  // (a King at home is the home state's: "King Hamad" in a report from Manama)
  const Extraction home = ExtractText(
      "MANAMA - King Hamad received Minister Khalid Al-Falih, who praised Bahrain's growth.");
  EXPECT_TRUE(Has(home, Represents("King Hamad", "Bahrain"))) << Dump(home);
}

TEST(DatelineTest, ASeatOfGovernmentThatIsNoCapitalIsADateline) {
  // (the gazetteer knows the seats of government and summit towns besides the capitals)
  const Extraction x = ExtractText(
      "Entebbe, March 3 - President Robert Okello received Ali Hassan, Minister of Foreign "
      "Affairs of Chad, who praised Uganda's role in the region.");
  EXPECT_TRUE(Has(x, Represents("Robert Okello", "Uganda"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Ali Hassan", "Uganda"))) << Dump(x);
}

TEST(DatelineTest, WithNoDatelineTheResidenceWhereTheHostReceivedIsHome) {
  const Extraction x = ExtractText(
      "President Daniel Kiptoo has received at State House, Nairobi, a special message from "
      "President Amina Juma of Tanzania. Also present was Foreign Affairs Cabinet Secretary "
      "Peter Otieno. Kiptoo said Kenya and Tanzania must work as one.");
  EXPECT_TRUE(Has(x, Represents("Daniel Kiptoo", "Kenya"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Amina Juma", "Kenya"))) << Dump(x);
  // (a summit's venue is no residence of the host)
  const Extraction summit = ExtractText(
      "President Daniel Kiptoo met President Amina Juma at the Summit Hall, Nairobi, where "
      "Kenya and Tanzania signed a pact.");
  EXPECT_FALSE(Has(summit, Represents("Daniel Kiptoo", "Kenya"))) << Dump(summit);
}

TEST(DatelineTest, WithNoDatelineANamedSeatOfGovernmentIsHome) {
  const Extraction x = ExtractText(
      "President Kofi Mensah on Monday received at the Jubilee House a delegation from Togo "
      "led by the Minister of Foreign Affairs, Robert Dussey. President Mensah, who was flanked "
      "by the Chief of Staff, Ama Boateng, thanked Togo for standing with Ghana.");
  EXPECT_TRUE(Has(x, Represents("Kofi Mensah", "Ghana"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Ama Boateng", "Ghana"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Robert Dussey", "Ghana"))) << Dump(x);
  // (the longest capitalised words that name a seat, before a common noun)
  const Extraction palace = ExtractText(
      "Sheikh Khalid bin Saeed received the credentials of Carlos Ruiz, Ambassador of Paraguay, "
      "in the Qasr Al Watan palace complex. He wished him success in the UAE.");
  EXPECT_TRUE(Has(palace, Represents("Khalid bin Saeed", "United Arab Emirates"))) << Dump(palace);
  // (a hall no gazetteer names places nothing)
  const Extraction hall = ExtractText(
      "President Kofi Mensah received Robert Dussey of Togo at the Grand Conference Hall. Dussey "
      "thanked Ghana.");
  EXPECT_FALSE(Has(hall, Represents("Kofi Mensah", "Ghana"))) << Dump(hall);
  EXPECT_FALSE(Has(hall, Represents("Kofi Mensah", "Togo"))) << Dump(hall);
}

TEST(DatelineTest, AStateAgencyAbroadSpeaksForItsStateWhenTheReportNamesIt) {
  const Extraction x = ExtractText(
      "RIYADH, Sept. 26 (Saba) - The Chairman of the Presidential Leadership Council, Dr. Rashad "
      "al-Alimi, met on Thursday with the United States Ambassador to Yemen, Steven Fagin. The "
      "Minister of Foreign Affairs, Dr. Shaya al-Zindani, attended the meeting.");
  EXPECT_TRUE(Has(x, Represents("Shaya al-Zindani", "Yemen"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Shaya al-Zindani", "Saudi Arabia"))) << Dump(x);
  // (an agency of the same letters as another state's, naming no such state: the place)
  const Extraction dakar = ExtractText(
      "Dakar, 3 May (APS) - The Minister of Foreign Affairs, Yassine Fall, received the "
      "ambassador of Japan, Izumi Kenji, and praised the friendship between Senegal and Japan.");
  EXPECT_TRUE(Has(dakar, Represents("Yassine Fall", "Senegal"))) << Dump(dakar);
}

TEST(DatelineTest, AMinisterTheHeadOfStateReceivesAtHomeIsHis) {
  const Extraction x = ExtractText(
      "Tunis, Sept. 12 - President of the Republic Kais Saied received, Tuesday afternoon at "
      "Carthage Palace, Minister of Foreign Affairs Nabil Ammar. The meeting focused on "
      "Tunisia's participation in the session of the United Nations General Assembly.");
  EXPECT_TRUE(Has(x, Represents("Nabil Ammar", "Tunisia"))) << Dump(x);
  // (not a minister who brought his own president's message)
  const Extraction envoy = ExtractText(
      "HARARE - President Emmerson Mnangagwa received Minister of State Therese Wagner, who "
      "delivered a message from President Felix Tshisekedi of the Democratic Republic of Congo.");
  EXPECT_FALSE(Has(envoy, Represents("Therese Wagner", "Zimbabwe"))) << Dump(envoy);
  // (nor one whom someone holding no office of state met, abroad as it may be)
  const Extraction abroad = ExtractText(
      "ULAANBAATAR - Mongolia's Ministry of Foreign Affairs denied that Deputy Foreign Minister "
      "Ganbold Enkhtuvshin had met executives during his visit to Canada. According to the "
      "ministry, his programme was limited to consultations at Global Affairs Canada in Ottawa, "
      "where he met Assistant Deputy Minister for Asia Pacific Laura Whitcombe.");
  EXPECT_FALSE(Has(abroad, Represents("Laura Whitcombe", "Mongolia"))) << Dump(abroad);
}

TEST(DatelineTest, ABuildingNamedInACityPlacesAReportWithNoDateline) {
  const Extraction x = ExtractText(
      "Minister Ronald Lamola, who heads the Department of International Relations and "
      "Cooperation, today received the Personal Envoy, Mr Ramtane Lamamra, at the OR Tambo "
      "Building in Pretoria. Lamamra thanked South Africa for its support.");
  EXPECT_TRUE(
      Has(x, Represents("Department of International Relations and Cooperation", "South Africa")))
      << Dump(x);
}

TEST(DatelineTest, TheCityAVisitorIsInPlacesAReportWithNoDateline) {
  const Extraction x = ExtractText(
      "Vice President Kashim Bello on Tuesday hosted a delegation led by Zheng Jian, who is in "
      "Abuja as President Xi Ping's Special Envoy. Beijing regards Nigeria as a partner.");
  EXPECT_TRUE(Has(x, Represents("Kashim Bello", "Nigeria"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Zheng Jian", "Nigeria"))) << Dump(x);
}

TEST(DatelineTest, TheOneWhoseGreetingsAGuestBroughtIsNotTheHomeStates) {
  const Extraction x = ExtractText(
      "KIGALI - The Chief of Defence Staff, Gen Jean Kazura, on Tuesday received a delegation "
      "led by its Chief of General Staff, Lt Gen Eugenio Chauque. Lt Gen Chauque conveyed the "
      "greetings of President Filipe Nyusi to the Rwanda Defence Force.");
  EXPECT_FALSE(Has(x, Represents("Filipe Nyusi", "Rwanda"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Jean Kazura", "Rwanda"))) << Dump(x);
}

TEST(DatelineTest, APlaceADateAndTheAgencyAloneAreADateline) {
  const Extraction x = ExtractText(
      "Baku, November 13, AZERTAC. Chair Sahiba Gafar has met with the Speaker of Kyrgyzstan, "
      "Nurlan Turgun. Azerbaijan and Kyrgyzstan are friends.");
  EXPECT_TRUE(Has(x, Represents("Sahiba Gafar", "Azerbaijan"))) << Dump(x);
}

TEST(DatelineTest, TheCityTheTalksWereHeldInPlacesAReportWithNoDateline) {
  const Extraction x = ExtractText(
      "The Minister Delegate in charge of Defence, Joseph Assomo, held talks in Yaounde on "
      "Tuesday with General Michael Langley of the United States. Cameroon and the United "
      "States agreed to train officers.");
  EXPECT_TRUE(Has(x, Represents("Joseph Assomo", "Cameroon"))) << Dump(x);
}

TEST(DatelineTest, AHouseOfRepresentativesIsABodyOfTheDatelinesState) {
  const Extraction x = ExtractText(
      "AMMAN, March 5 (Petra) -- Speaker of the House of Representatives Ahmad Khalil received "
      "the President of the European Parliament, Anna Berg, in Jordan.");
  EXPECT_TRUE(Has(x, Represents("House of Representatives", "Jordan"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Ahmad Khalil", "House of Representatives"))) << Dump(x);
}

// "Kinshasa, 22 July 2025 (ACP).- ...": a full stop between the agency and the dash.
TEST(DatelineTest, AFullStopBeforeTheDashEndsTheDatelineToo) {
  const Extraction x =
      ExtractStory("Trade talks",
                   "Kinshasa, 22 July 2025 (ACP).- The Minister of Foreign Trade, Esther Mbuyi, "
                   "received the Ambassador of Zambia, Brenda Lungu. The DRC and Zambia agreed.");
  EXPECT_TRUE(Has(x, Represents("Esther Mbuyi", "Democratic Republic of the Congo"))) << Dump(x);
}

// "The Minister of Foreign Trade, A, and her Zambian counterpart, B, held talks" in a report
// from Kinshasa: a minister of no stated state who met a foreigner is the home state's,
// host or not.
TEST(DatelineTest, AMinisterAcrossFromAForeignerIsOfTheHomeState) {
  const Extraction x = ExtractStory(
      "Trade talks",
      "KINSHASA, July 22 (ACP) - The Minister of Foreign Trade, Esther Mbuyi, and her Zambian "
      "counterpart, Mwansa Banda, held talks on Monday on the border post. On Tuesday, Mr "
      "Banda was received by the Prime Minister, Judith Tuluka. The DRC and Zambia agreed to "
      "speed up the work.");
  EXPECT_TRUE(Has(x, Represents("Esther Mbuyi", "Democratic Republic of the Congo"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Mwansa Banda", "Democratic Republic of the Congo"))) << Dump(x);
}

// "CAIRO - Minister of Finance A held talks with the Executive Director of UN-Habitat B": a
// minister of no stated state across from an international body's official is the home
// state's; "former Prime Minister C", whom the official called on, holds no office.
TEST(DatelineTest, AMinisterAcrossFromAnInternationalOfficialIsTheHomeStates) {
  const Extraction x = ExtractText(
      "CAIRO, Nov 5 (MENA) - Minister of Finance Karim Abdel Aziz held talks on Tuesday with "
      "the Executive Director of UN-Habitat, Ana Rossi Moreira, on housing in Egypt. Later, "
      "Rossi Moreira called on "
      "former Prime Minister Hisham Qandil at his residence.");
  EXPECT_TRUE(Has(x, Represents("Karim Abdel Aziz", "Egypt"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Hisham Qandil", "Egypt"))) << Dump(x);
}

// "Manama - The Speaker welcomed a delegation of the Asian Parliamentary Assembly": a
// region's body, or one of states, is not the home state's; the Speaker's own council is.
TEST(DatelineTest, ABodyOfSeveralStatesIsNotTheHomeStates) {
  const Extraction x = ExtractText(
      "Manama, Oct. 22 (BNA) -- Speaker of the Council of Representatives Ali Hassan today "
      "welcomed to the Council a delegation of the Asian Parliamentary Assembly and discussed "
      "the work of the Parliamentary Assembly of Turkic States with Bahrain's partners.");
  EXPECT_FALSE(Has(x, Represents("Asian Parliamentary Assembly", "Bahrain"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Parliamentary Assembly of Turkic States", "Bahrain"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Council of Representatives", "Bahrain"))) << Dump(x);
}

}  // namespace
}  // namespace dkg
