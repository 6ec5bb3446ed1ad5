// How reports write names: family names in capitals before the given name, as Japan's
// foreign ministry writes them; bodies named in German or French, defined by their acronym.
// Every report here is written for the test.
#include <gtest/gtest.h>

#include "extract_test_support.h"

namespace dkg {
namespace {

using namespace extract_test;
using Names = std::set<std::string>;

// "Mr. SATO Kenji, Minister for Foreign Affairs of Japan": the capitals are his family name,
// not an acronym, here and wherever the report writes them ("Minister SATO", "Minister Sato").
TEST(NameFormsTest, AFamilyNameInCapitalsBeforeTheGivenNameIsAName) {
  const Extraction x = ExtractText(
      "On May 2, in Tokyo, Mr. SATO Kenji, Minister for Foreign Affairs of Japan, held a "
      "meeting with H.E. Mr. Amadou Keita, Minister of Foreign Affairs of Mali. Ms. OGAWA "
      "Yumi, Parliamentary Vice-Minister for Foreign Affairs, also attended. Minister Keita "
      "conveyed to Minister Sato the greetings of President Assimi Goita. A letter addressed "
      "to Prime Minister MORI Hiroshi was handed over to Minister SATO.");
  EXPECT_EQ(NamesOf(x, EntityType::kPerson),
            (std::set<std::string>{"SATO Kenji", "Amadou Keita", "OGAWA Yumi", "Assimi Goita",
                                   "MORI Hiroshi"}))
      << Dump(x);
  EXPECT_TRUE(NamesOf(x, EntityType::kInstitution).empty()) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("SATO Kenji", "Japan"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("SATO Kenji", "Amadou Keita"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("OGAWA Yumi", "Amadou Keita"))) << Dump(x);
  EXPECT_TRUE(GreetsAtAll(x, "Amadou Keita", "SATO Kenji")) << Dump(x);
  // (an acronym before a name is still a title: "NSA Lovegrove")
  const Extraction title = ExtractText(
      "The talks were attended by NSA Lovegrove and by Mr. Ahmed Salem, Ambassador of Egypt.");
  EXPECT_EQ(Person(title, "NSA Lovegrove"), -1) << Dump(title);
}

// "Member of the House of Councillors KIMURA Haruka": a title's body or state may come
// between the title and the family name in capitals; a word of letters there ("the DPR",
// "the AFU") is no name.
TEST(NameFormsTest, AFamilyNameInCapitalsAfterATitleOfABodyOrState) {
  const Extraction x = ExtractText(
      "Tokyo - The delegation included Member of the House of Councillors KIMURA Haruka and "
      "Ambassador of Japan to Kenya TANAKA Ryo. Head of the AFU Pavlo Danylenko also spoke.");
  EXPECT_EQ(NamesOf(x, EntityType::kPerson),
            (Names{"KIMURA Haruka", "TANAKA Ryo", "Pavlo Danylenko"}))
      << Dump(x);
  EXPECT_TRUE(Has(x, Represents("TANAKA Ryo", "Japan"))) << Dump(x);
}

// "MPs B. Saranchimeg and D. Enkhtuvshin", "MP Ts. Ganbat": Mongolian names with the
// father's initial, of one letter or of two for one sound; a plural title is each name's.
TEST(NameFormsTest, MongolianNamesWithTheirFathersInitialAfterAPluralTitle) {
  const Extraction x = ExtractText(
      "Ulaanbaatar - MP Ts. Batbold received the delegation. MPs B. Oyunchimeg and D. "
      "Enkhbayar attended the meeting. Kh. Temuulen, Minister of Energy, also attended.");
  EXPECT_EQ(NamesOf(x, EntityType::kPerson),
            (Names{"Ts. Batbold", "B. Oyunchimeg", "D. Enkhbayar", "Kh. Temuulen"}))
      << Dump(x);
}

// "Director-General WU Hongbo ... WU said": a family name of two capitals is a name too when
// the report also writes it alone; before another name word only, two capitals are initials.
TEST(NameFormsTest, ATwoLetterFamilyNameInCapitalsThatAlsoStandsAlone) {
  const Extraction x = ExtractText(
      "Geneva - Director-General WU Hongbo today met with Kenya's Minister of Health, Amina "
      "Wanjiru Otieno. WU recalled his visit to Nairobi. Prime Minister KP Sharma Oli sent "
      "his greetings.");
  EXPECT_EQ(NamesOf(x, EntityType::kPerson),
            (Names{"WU Hongbo", "Amina Wanjiru Otieno", "KP Sharma Oli"}))
      << Dump(x);
  EXPECT_TRUE(NamesOf(x, EntityType::kInstitution).empty()) << Dump(x);
  EXPECT_TRUE(Has(x, Met("WU Hongbo", "Amina Wanjiru Otieno"))) << Dump(x);
}

// "Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ)", "Société Béninoise
// d'Energie Electrique (SBEE)": words whose initials make the acronym after them name a body,
// though no head word the lexicon knows does; not "Mohammed bin Salman (MBS)".
TEST(NameFormsTest, WordsTheAcronymAfterThemSpellsNameABody) {
  const Extraction x = ExtractText(
      "Abuja - The head of the Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) "
      "office, Ulrike Brandt, and the Director General of the Société Béninoise d'Energie "
      "Electrique (SBEE), Rodrigue Houngbo, met Crown Prince Mohammed bin Salman (MBS).");
  const std::set<std::string> bodies = NamesOf(x, EntityType::kInstitution);
  EXPECT_TRUE(bodies.contains("Deutsche Gesellschaft für Internationale Zusammenarbeit"))
      << Dump(x);
  EXPECT_TRUE(bodies.contains("Société Béninoise d'Energie Electrique")) << Dump(x);
  EXPECT_FALSE(bodies.contains("Mohammed bin Salman")) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Rodrigue Houngbo", "Société Béninoise d'Energie Electrique")))
      << Dump(x);
  EXPECT_NE(Person(x, "Mohammed bin Salman"), -1) << Dump(x);
}

// "Korea" alone is the Republic of Korea, as Seoul's own releases write it, and "Korean" its
// adjective; "North Korea" stays the other state, and "Korean Peninsula" names a place, a
// word of the portfolio in "Special Representative for Korean Peninsula Peace and Security
// Affairs X".
TEST(NameFormsTest, KoreaAloneIsTheRepublicOfKorea) {
  const Extraction x = ExtractText(
      "Seoul - Minister of Foreign Affairs of Korea Cho Tae-yul met the Foreign Minister of "
      "Iraq, Fuad Husain, and discussed North Korea.");
  EXPECT_TRUE(Has(x, Represents("Cho Tae-yul", "South Korea"))) << Dump(x);
  EXPECT_NE(Country(x, "North Korea"), -1) << Dump(x);
  const Extraction adjective = ExtractText(
      "Abu Dhabi - The Korean delegation included Suk Jong-gun, Minister of the Defense "
      "Acquisition Program Administration. South Korea's Special Representative for Korean "
      "Peninsula Peace and Security Affairs Kim Gunn also attended.");
  EXPECT_TRUE(Has(adjective, Represents("Suk Jong-gun", "South Korea"))) << Dump(adjective);
  EXPECT_TRUE(Has(adjective, Represents("Kim Gunn", "South Korea"))) << Dump(adjective);
}

// Development banks and agencies the lexicon knows by name, with the state of a national
// one: "the Vice-President of the West African Development Bank (BOAD), X".
TEST(NameFormsTest, DevelopmentBanksAndAgenciesAreKnownBodies) {
  const Extraction x = ExtractText(
      "COTONOU (ABP) - The minister received the Vice-President of the West African Development "
      "Bank (BOAD), Koffi Adanlete, and the Chief Representative of the Japan International "
      "Cooperation Agency (JICA), Kenji Sato, on projects Japan funds.");
  EXPECT_TRUE(Has(x, Represents("Koffi Adanlete", "West African Development Bank"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Japan International Cooperation Agency", "Japan"))) << Dump(x);
}

// "the Country Manager of the African Development Bank (AfDB) for Benin, X": a title of the
// banks' country offices, and a mixed-case acronym between the body and the brief.
TEST(NameFormsTest, ACountryManagerOfABankServesTheBank) {
  const Extraction x = ExtractText(
      "COTONOU (ABP) - The minister held talks with the Country Manager of the African "
      "Development Bank (AfDB) for Benin, Ousmane Ahmed, and with the Country Director of the "
      "World Food Programme, Marta Lind.");
  EXPECT_TRUE(Has(x, Represents("Ousmane Ahmed", "African Development Bank"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Marta Lind", "World Food Programme"))) << Dump(x);
}

// "the Greater Tortue Ahmeyim gas field", "the long-delayed Batoka Gorge hydro-electric
// scheme", "the West Bank and Gaza Strip": names of places and facilities, no one's.
TEST(NameFormsTest, ANameBeforeAFacilitysNounNamesAPlace) {
  const Extraction x = ExtractText(
      "Dakar (APS) - The minister received the Ambassador of Mauritania, Mariem Salem. The "
      "talks focused on the Greater Tortue Ahmeyim gas field, the long-delayed Batoka Gorge "
      "hydro-electric scheme and aid to the West Bank and Gaza Strip.");
  EXPECT_EQ(NamesOf(x, EntityType::kPerson), std::set<std::string>{"Mariem Salem"}) << Dump(x);
}

// "President Paul Kagame received ...": a head of state the lexicon knows (leaders.json)
// represents his state when the report names it; not when titled with another office only,
// nor a former one.
TEST(NameFormsTest, AKnownLeaderRepresentsHisState) {
  const Extraction x = ExtractText(
      "Doha - President Paul Kagame received the Minister of State of Qatar, Ahmed Khulaifi, "
      "and discussed investment in Rwanda.");
  EXPECT_TRUE(Has(x, Represents("Paul Kagame", "Rwanda"))) << Dump(x);
  const Extraction former = ExtractText(
      "Doha - The minister met former President Paul Kagame and discussed investment in "
      "Rwanda.");
  EXPECT_FALSE(Has(former, Represents("Paul Kagame", "Rwanda"))) << Dump(former);
  // (a leader's title joined to another: "Crown Prince and Prime Minister", in a report
  // that also names Saudi Arabia, which has a crown prince too)
  const Extraction joined = ExtractText(
      "The minister asked the guest to convey his regards to King Hamad and to Crown Prince "
      "and Prime Minister Salman bin Hamad Al Khalifa, and said Bahrain was a partner. The "
      "Ambassador to Saudi Arabia, Tran Van Minh, attended.");
  EXPECT_TRUE(Has(joined, Represents("Salman bin Hamad Al Khalifa", "Bahrain"))) << Dump(joined);
}

// "Sergey Lavrov met ...": a foreign minister the lexicon knows
// (foreign_ministers.json) represents his state when the report names it; not a former one.
TEST(NameFormsTest, AKnownForeignMinisterRepresentsHisState) {
  const Extraction x = ExtractText(
      "Sergey Lavrov met Foreign Minister Ana Quispe of Peru in Lima on Monday. They "
      "discussed trade between Russia and Peru and the war in Ukraine.");
  EXPECT_TRUE(Has(x, Represents("Sergey Lavrov", "Russia"))) << Dump(x);
  const Extraction former = ExtractText(
      "The minister met former Foreign Minister Sergey Lavrov and discussed trade with Russia.");
  EXPECT_FALSE(Has(former, Represents("Sergey Lavrov", "Russia"))) << Dump(former);
  // (the known office outweighs a state guessed from the company he kept)
  const Extraction company = BundledExtractor().Extract(MakeReport(
      "Anwar, Vietnamese counterpart meet on sidelines of ASEAN Summit",
      "JAKARTA - Prime Minister Anwar Ibrahim met his Vietnamese counterpart Pham Minh Chinh on "
      "the sidelines of the ASEAN Summit. They discussed trade between Malaysia and Vietnam. "
      "Anwar was accompanied by Foreign Minister Datuk Seri Diraja Dr Zambry Abdul Kadir, while "
      "Chinh was joined by Foreign Minister Bui Thanh Son."));
  EXPECT_TRUE(Has(company, Represents("Zambry Abdul Kadir", "Malaysia"))) << Dump(company);
  EXPECT_FALSE(Has(company, Represents("Zambry Abdul Kadir", "Vietnam"))) << Dump(company);
}

// "PM", "FM", "DPM": the titles they abbreviate ("PM Office" is still a body's name, and
// "the PM House" no one's).
TEST(NameFormsTest, AnAbbreviatedTitleIsTheTitle) {
  const Extraction x = ExtractText(
      "Kathmandu: PM Ram Bahadur Thapa met FM Ahmed Karim at the PM House on Monday. The PM "
      "Office said the Prime Minister thanked the visitor.");
  EXPECT_EQ(NamesOf(x, EntityType::kPerson), (Names{"Ram Bahadur Thapa", "Ahmed Karim"}))
      << Dump(x);
  EXPECT_EQ(NamesOf(x, EntityType::kInstitution), (Names{"PM Office"})) << Dump(x);
  const Entity* thapa = PersonNamed(x, "Ram Bahadur Thapa");
  ASSERT_NE(thapa, nullptr) << Dump(x);
  EXPECT_TRUE(Contains(thapa->aliases, "Prime Minister")) << Dump(x);  // "the Prime Minister"
  EXPECT_TRUE(Has(x, Met("Ram Bahadur Thapa", "Ahmed Karim"))) << Dump(x);
}

// "Ambassador to Vietnam Tan Yang Thai.": a state's adjective ending a name of two words
// or more is the name's last word; "the Thai side" is still a state's.
TEST(NameFormsTest, AStatesAdjectiveEndingALongNameIsItsWord) {
  const Extraction x = ExtractText(
      "The Malaysian delegation comprised Ambassador to Vietnam Lim Wei Thai. The Thai side "
      "was led by Minister Somchai Wongsiri.");
  EXPECT_TRUE(PersonNamed(x, "Lim Wei Thai") != nullptr) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Somchai Wongsiri", "Thailand"))) << Dump(x);
}

// "incentives for investors in Bac Ninh and Hai Phong": a bare name coordinated with a
// place after "in" is a place too, not a person.
TEST(NameFormsTest, ABareNameCoordinatedWithAPlaceIsAPlace) {
  const Extraction x = ExtractText(
      "Minister Tran Van Dung briefed the guests on incentives for investors in Bac Ninh and "
      "Hai Phong.");
  EXPECT_EQ(NamesOf(x, EntityType::kPerson), (Names{"Tran Van Dung"})) << Dump(x);
}

// "President Hassan Sheikh Mohamud" then "President Hassan Sheikh met Sheikh Mohamed": the name
// short as the report wrote it before ends with the honorific word, which is no title of the
// next person's.
TEST(NameFormsTest, AShortNameEndingInAnHonorificWordTheReportUsedBefore) {
  const Extraction x = ExtractText(
      "Mogadishu - President Abdi Sheikh Warsame received a call from Sheikh Mohamed bin Zayed "
      "Al Nahyan. Sheikh Mohammed bin Rashid Al Maktoum was also greeted. The two leaders "
      "recalled the talks in Abu Dhabi on 13 May, when President Abdi Sheikh met Sheikh Mohamed "
      "at Qasr Al Shati.");
  EXPECT_TRUE(Has(x, Met("Abdi Sheikh Warsame", "Mohamed bin Zayed Al Nahyan"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Mohamed bin Zayed Al Nahyan", "Mohammed bin Rashid Al Maktoum")))
      << Dump(x);
}

// "A, the Minister of Defence, General B, and C": a role, then a rank and a name, is a
// list: the role is B's, not A's.
TEST(NameFormsTest, ARoleBeforeARankAndANameIsTheNextNames) {
  const Extraction x = ExtractText(
      "Present were the Prime Minister, General Abdoulaye Keita, the Minister of State and "
      "Minister of Defence, General Sadio Traore, and the Minister of Foreign Affairs, Moussa "
      "Diarra.");
  const int keita = FindByName(x, EntityType::kPerson, "Abdoulaye Keita");
  const int traore = FindByName(x, EntityType::kPerson, "Sadio Traore");
  ASSERT_GE(keita, 0) << Dump(x);
  ASSERT_GE(traore, 0) << Dump(x);
  auto has_role = [&](int e, const std::string& role) {
    const auto& roles = x.entities[e].roles;
    return std::find(roles.begin(), roles.end(), role) != roles.end();
  };
  EXPECT_FALSE(has_role(keita, "Minister of State and Minister of Defence")) << Dump(x);
  EXPECT_TRUE(has_role(traore, "Minister of State and Minister of Defence")) << Dump(x);
}

// "Lee Ju-ho ... Lee asked": a Korean name puts the family name first, and the report
// calls him by it at the start of a sentence.
TEST(NameFormsTest, AKoreanFamilyNameAloneOpensASentence) {
  const Extraction x = ExtractText(
      "SEOUL -- Prince Faisal bin Farhan paid a courtesy call on Prime Minister Lee Hae-chan "
      "and conveyed the greetings of Crown Prince Mohammed bin Salman. Lee asked him to "
      "convey his greetings to the Crown Prince.");
  EXPECT_EQ(NamesOf(x, EntityType::kPerson),
            (Names{"Faisal bin Farhan", "Lee Hae-chan", "Mohammed bin Salman"}))
      << Dump(x);
  EXPECT_TRUE(Has(x, Greets("Faisal bin Farhan", "Mohammed bin Salman", "Lee Hae-chan")))
      << Dump(x);
}

// "Deputy Head of the EU Delegation to Saudi Arabia": "Delegation" after the title's body
// is no one's name.
TEST(NameFormsTest, ADelegationAfterATitleIsNoName) {
  const Extraction x = ExtractText(
      "The meeting was attended by Annelies Martens, Deputy Head of the EU Delegation to the "
      "Kingdom of Saudi Arabia, and by the First Deputy Head of the Ukrainian Delegation to "
      "the Contact Group, Andriy Kovalenko.");
  EXPECT_EQ(NamesOf(x, EntityType::kPerson), (Names{"Annelies Martens", "Andriy Kovalenko"}))
      << Dump(x);
}

// "PASOK leader Nikos Androulakis": letters the lexicon does not know, once, before a title
// and a name, name the body the title is of.
TEST(NameFormsTest, LettersBeforeATitleAndANameNameABody) {
  const Extraction x = ExtractText(
      "The visit drew criticism from KDP leader Petros Kalamaras, who was not present.");
  EXPECT_EQ(NamesOf(x, EntityType::kInstitution), (Names{"KDP"})) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Petros Kalamaras", "KDP"))) << Dump(x);
}

// "his father, B. Tsogt, who served as ...": a father's initial and a name, untitled, is a
// whole name (not a surname left to an earlier namesake), and the one who met X.
TEST(NameFormsTest, AnInitialAndANameUntitledIsAWholeName) {
  const Extraction x = ExtractText(
      "Ulaanbaatar - MP Ts. Batbold received the delegation. MP Batbold recalled that his "
      "father, D. Oyun, who served as Ambassador to Japan, had met then Speaker Yoshio "
      "Sakurauchi in Tokyo in 1992. The talks continued in June. V. Currently the sides "
      "meet yearly.");
  EXPECT_EQ(NamesOf(x, EntityType::kPerson), (Names{"Ts. Batbold", "D. Oyun", "Yoshio Sakurauchi"}))
      << Dump(x);
  EXPECT_TRUE(Has(x, Met("D. Oyun", "Yoshio Sakurauchi"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Ts. Batbold", "Yoshio Sakurauchi"))) << Dump(x);
}

// "Colonel-General", "Advisor-designate", "Chairman-in-Office": titles joined by hyphens
// are titles, not words of the name after them.
TEST(NameFormsTest, HyphenatedTitlesAreNoNameWords) {
  const Extraction x = ExtractText(
      "Commander of the Airborne Forces Colonel-General Pavel Orlov met National Security "
      "Advisor-designate Dr. Avi Levin and OSCE Chairman-in-Office Jan Kowalski.");
  EXPECT_EQ(NamesOf(x, EntityType::kPerson), (Names{"Pavel Orlov", "Avi Levin", "Jan Kowalski"}))
      << Dump(x);
}

// "French-speaking African countries": a language, not France; "Russian-Greek relations"
// still names both states.
TEST(NameFormsTest, ALanguagesSpeakersAreNoState) {
  const Extraction x = ExtractText(
      "The programmes serve French-speaking African countries and strengthen Russian-Greek "
      "relations.");
  EXPECT_EQ(NamesOf(x, EntityType::kCountry), (Names{"Russia", "Greece"})) << Dump(x);
}

// "the Permanent Representative to the Autonomous Republic of Crimea Tamila Tasheva": the
// place's word after its "of" is no word of the name after it.
TEST(NameFormsTest, APlacesWordAfterItsOfIsNoNameWord) {
  const Extraction x = ExtractText(
      "Zelenskyy met the Permanent Representative to the Autonomous Republic of Crimea Olena "
      "Kovalenko.");
  EXPECT_EQ(NamesOf(x, EntityType::kPerson), (Names{"Olena Kovalenko"})) << Dump(x);
  // ("President of South Ossetia Anatoly Bibilov": a compass word and the place's name)
  const Extraction y = ExtractText("Putin spoke with President of South Ossetia Alan Gagloev.");
  EXPECT_TRUE(NamesOf(y, EntityType::kPerson).contains("Alan Gagloev")) << Dump(y);
  EXPECT_FALSE(NamesOf(y, EntityType::kPerson).contains("Ossetia Alan Gagloev")) << Dump(y);
}

// A headline's "Non-Vaccine Interventions", "People-to-People Ties": ordinary words joined by
// hyphens name no one; a Korean given name ("Park Sung-ho") still does.
TEST(NameFormsTest, OrdinaryWordsJoinedByHyphensAreNoName) {
  const Extraction x = ExtractText(
      "Deputy Secretary Maria Lopez met Vice Minister Park Sung-ho in Seoul.\n\nPeople-to-People "
      "Ties\n\nThe two sides agreed to (5) Ensure Acute Non-Vaccine Interventions; and (6) "
      "expand exchanges.");
  EXPECT_EQ(NamesOf(x, EntityType::kPerson), (Names{"Maria Lopez", "Park Sung-ho"})) << Dump(x);
}

// A line of the body written as a headline, with no final stop ("... Lee Satterfield Travels
// to Croatia and Cyprus"): its capitalised ordinary words name no one, as in a headline.
TEST(NameFormsTest, ABodyLineInTitleCaseIsReadAsAHeadline) {
  const Extraction x = ExtractText(
      "Assistant Secretary of State for Educational and Cultural Affairs Dana Whitfield "
      "Travels to Croatia and Cyprus\n\nAssistant Secretary Dana Whitfield will meet "
      "Croatian officials.");
  EXPECT_EQ(NamesOf(x, EntityType::kPerson), (Names{"Dana Whitfield"})) << Dump(x);
}

// A transcript's "Daniil Yegorov: Yes, Mr President": an ordinary word after a colon is no
// name ("Question: Maria Glebova, RIA Novosti" still is one).
TEST(NameFormsTest, AnOrdinaryWordAfterAColonIsNoName) {
  const Extraction x = ExtractText(
      "Vladimir Putin: Have wages grown? Daniil Yegorov: Yes, Mr President, they have. "
      "Question: Maria Glebova, RIA Novosti. Vladimir Putin: Understood.");
  EXPECT_EQ(NamesOf(x, EntityType::kPerson),
            (Names{"Vladimir Putin", "Daniil Yegorov", "Maria Glebova"}))
      << Dump(x);
}

// "the ecosystems of Lake Baikal": a geographic feature's word opens a place's name.
TEST(NameFormsTest, ALakeIsAPlace) {
  const Extraction x = ExtractText(
      "President Ukhnaagiin Khurelsukh discussed the ecosystems of Lake Baikal and Lake "
      "Vostok.");
  EXPECT_EQ(NamesOf(x, EntityType::kPerson), (Names{"Ukhnaagiin Khurelsukh"})) << Dump(x);
}

// "Special Representative for Afghanistan Reconciliation Ambassador Zalmay Khalilzad": one
// ordinary word between a portfolio's state and another title is the portfolio's, no one.
TEST(NameFormsTest, AnOrdinaryWordBeforeAnotherTitleIsThePortfolios) {
  const Extraction x = ExtractText(
      "U.S. Special Representative for Afghanistan Reconciliation Ambassador Zalmay Khalilzad "
      "met Qatari officials.");
  EXPECT_EQ(NamesOf(x, EntityType::kPerson), (Names{"Zalmay Khalilzad"})) << Dump(x);
}

// "María", "Grace", "Mark": given names the dictionary also lists as ordinary words open a
// name before a name word it does not list, at a sentence's start, after a portfolio and
// in a name of three words.
TEST(NameFormsTest, AGivenNameThatIsAlsoAWordOpensTheName) {
  const Extraction x = ExtractText(
      "Mark Nkosi met Undersecretary for Foreign Affairs María Luisa Quiroga Paredes. He also "
      "met Grace Wanjiru Otieno.");
  EXPECT_EQ(NamesOf(x, EntityType::kPerson),
            (Names{"Mark Nkosi", "María Luisa Quiroga Paredes", "Grace Wanjiru Otieno"}))
      << Dump(x);
}

// "Alejandro de los Santos Ibarra": "de los" and "de las" join a Spanish name as "de la" does.
TEST(NameFormsTest, DeLosJoinsASpanishName) {
  const Extraction x = ExtractText(
      "The Director General for Asia-Pacific, Alejandro de los Reyes Ibarra, met Minister "
      "Lucía de las Heras.");
  EXPECT_EQ(NamesOf(x, EntityType::kPerson),
            (Names{"Alejandro de los Reyes Ibarra", "Lucía de las Heras"}))
      << Dump(x);
}

// "the Vice President of the Republic, Salvador Valdés Mesa, and ...": a name set off by
// commas after a title's "of the Republic" is the holder's, though its last word is also
// an ordinary one ("mesa").
TEST(NameFormsTest, ANameSetOffByCommasAfterATitlesPlaceIsNoPortfolio) {
  const Extraction x = ExtractText(
      "Minister Jeje Odongo was received by the Vice President of the Republic, Rolando "
      "Álvarez Mesa, and laid a wreath.");
  EXPECT_EQ(NamesOf(x, EntityType::kPerson), (Names{"Jeje Odongo", "Rolando Álvarez Mesa"}))
      << Dump(x);
  EXPECT_TRUE(Has(x, Met("Jeje Odongo", "Rolando Álvarez Mesa"))) << Dump(x);
}

// "Amy Pope ... Pope later met": a title of one word that is the surname of a person named
// before is that person ("the Pope" stays a title).
TEST(NameFormsTest, ATitleThatIsAnEarlierSurnameIsThePerson) {
  const Extraction x = ExtractText(
      "President Bola Tinubu hosted the Director General of the World Food Programme, Sarah "
      "Pope, in Abuja. Pope later met Minister of Agriculture Abubakar Kyari.");
  EXPECT_EQ(NamesOf(x, EntityType::kPerson), (Names{"Bola Tinubu", "Sarah Pope", "Abubakar Kyari"}))
      << Dump(x);
  EXPECT_TRUE(Has(x, Met("Sarah Pope", "Abubakar Kyari"))) << Dump(x);
}

// "the Minister of State for Foreign Affairs, Ahmed Hassan" and "Jubaland's Minister of
// Finance, Ahmed Hassan Abdi": a name that holds another, of ministers of two portfolios, is
// another person; one portfolio named two ways ("Foreign Minister") is one.
TEST(NameFormsTest, MinistersOfTwoPortfoliosAreTwoPersons) {
  const Extraction x = ExtractText(
      "The meeting was attended by the Minister of State for Foreign Affairs, Ahmed Hassan. "
      "Later, the Minister of Finance, Ahmed Hassan Abdi, joined. Foreign Minister Omar Ali "
      "Roble met the Minister of Foreign Affairs, Omar Ali.");
  EXPECT_EQ(NamesOf(x, EntityType::kPerson),
            (Names{"Ahmed Hassan", "Ahmed Hassan Abdi", "Omar Ali Roble"}))
      << Dump(x);
}

// "Port Klang", "Cape Khrustalny", "Storm Daniel": a port, a cape or a storm is no person.
TEST(NameFormsTest, APortACapeOrAStormIsNoPerson) {
  const Extraction x = ExtractText(
      "Minister Aigerim Tolegenova discussed shipping through Port Klang, the lighthouse at "
      "Cape Kaliakra and the damage done by Storm Daniel.");
  EXPECT_EQ(NamesOf(x, EntityType::kPerson), (Names{"Aigerim Tolegenova"})) << Dump(x);
}

// "Hanwha Engineering", "Daewoo Electronics": a company named after its trade, no person.
TEST(NameFormsTest, ACompanyNamedAfterItsTradeIsABody) {
  const Extraction x = ExtractText(
      "Minister Aigerim Tolegenova received executives of Hanwha Engineering and Daewoo "
      "Electronics.");
  EXPECT_EQ(NamesOf(x, EntityType::kPerson), (Names{"Aigerim Tolegenova"})) << Dump(x);
  EXPECT_EQ(NamesOf(x, EntityType::kInstitution),
            (Names{"Hanwha Engineering", "Daewoo Electronics"}))
      << Dump(x);
}

// "January Makamba, Minister for Foreign Affairs, ...": a month word opening a sentence
// before one name word and a comma is a given name ("January 5, ..." is a date).
TEST(NameFormsTest, AMonthOpeningASentenceBeforeANameAndAComma) {
  const Extraction x = ExtractText(
      "January Makamba, Minister for Foreign Affairs, met President Salva Kiir. January 5, "
      "the day of the talks, was a Friday.");
  EXPECT_EQ(NamesOf(x, EntityType::kPerson), (Names{"January Makamba", "Salva Kiir"})) << Dump(x);
}

}  // namespace

// A word the dictionary lacks that ends as only nouns end ("Decarbonisation") closes a
// portfolio; it opens no name.
TEST(NameFormsTest, ANounSuffixEndsAPortfolioNotANameStart) {
  const Extraction x = ExtractText(
      "Chisinau - President Maia Sandu received Odile Renaud-Basso. Attending were Minister "
      "of Energy and Decarbonisation Victor Parlicov and Minister of Economic Development "
      "and Digitalisation Dumitru Alaiba.");
  EXPECT_NE(Person(x, "Victor Parlicov"), -1) << Dump(x);
  EXPECT_NE(Person(x, "Dumitru Alaiba"), -1) << Dump(x);
}

// "Wewak Town Mayor X", "the Wewak town market": a town is a place, no person.
TEST(NameFormsTest, ATownIsNoPerson) {
  const Extraction x = ExtractText(
      "Governor Michael Kambu hosted Ambassador Yuki Sato at the provincial headquarters, "
      "where they discussed the Madang town market. Madang Town Mayor Peter Wanma also "
      "attended.");
  EXPECT_EQ(Person(x, "Madang Town"), -1) << Dump(x);
  EXPECT_NE(Person(x, "Peter Wanma"), -1) << Dump(x);
}

// Given names the dictionary lists as words ("tony", "grant") open a name before a name
// word it does not list.
TEST(NameFormsTest, MoreGivenNamesThatAreAlsoWords) {
  const Extraction x = ExtractText(
      "Rabat - Foreign Minister Nasser Bourita received Vice-Minister Justin Tkatchenko. The "
      "delegation comprised Tony Kaupa Wambi, Acting Secretary, and Grant Moiya, an adviser.");
  EXPECT_NE(Person(x, "Tony Kaupa Wambi"), -1) << Dump(x);
  EXPECT_NE(Person(x, "Grant Moiya"), -1) << Dump(x);
}

// Honours after a name ("Rt Hon Nelly Mutti, SC, MP", "Femi Falana, SAN") are no names.
TEST(NameFormsTest, PostNominalHonoursAreNoNames) {
  const Extraction x = ExtractText(
      "LUSAKA - The Speaker of the National Assembly of Zambia, Rt Hon Nelly Mutti, SC, MP, "
      "today held talks with the Speaker of the Grand National Assembly of Turkiye, Numan "
      "Kurtulmus, in the presence of Femi Falana, SAN.");
  EXPECT_EQ(Person(x, "SC"), -1) << Dump(x);
  EXPECT_EQ(Person(x, "SAN"), -1) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Nelly Mutti", "Numan Kurtulmus"))) << Dump(x);
}

TEST(NameFormsTest, AnHonorificSomeWriteAsPartOfTheNameIsInAForm) {
  const Extraction x = ExtractText(
      "President Ilham Aliyev received the head of Malaysia's national oil company, Tan Sri "
      "Tengku Hafiz Ismail. Later, Tengku Hafiz met the Minister of Energy.");
  const Entity* hafiz = PersonNamed(x, "Hafiz Ismail");
  ASSERT_NE(hafiz, nullptr) << Dump(x);
  EXPECT_TRUE(Contains(hafiz->aliases, "Tengku Hafiz Ismail")) << Dump(x);
  EXPECT_FALSE(Contains(hafiz->aliases, "Sri Tengku Hafiz Ismail")) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Ilham Aliyev", "Hafiz Ismail"))) << Dump(x);
}

TEST(NameFormsTest, OneNameWordSetOffAfterASecondRoleIsThatRolesHolder) {
  const Extraction x = ExtractText(
      "At the invitation of the Minister of Foreign Affairs of the Republic of Chile, Alberto "
      "van Klaveren, the Minister of Foreign Affairs of the Republic of Indonesia, Sukarman, "
      "paid an official visit to Chile. The two Ministers held talks.");
  EXPECT_TRUE(Has(x, Represents("Sukarman", "Indonesia"))) << Dump(x);
  EXPECT_FALSE(Has(x, Represents("Alberto van Klaveren", "Indonesia"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Alberto van Klaveren", "Sukarman"))) << Dump(x);
}

TEST(NameFormsTest, AMeetingAfterATitleIsNoName) {
  const Extraction x = ExtractText(
      "Prime Minister Sitiveni Rabuka met the Secretary General of the Pacific Islands Forum, "
      "Henry Puna. Mr Puna briefed the Prime Minister on preparations for the Forum Leaders "
      "Meeting and the Foreign Ministers Retreat.");
  EXPECT_EQ(NamesOf(x, EntityType::kPerson),
            (std::set<std::string>{"Sitiveni Rabuka", "Henry Puna"}))
      << Dump(x);
}

TEST(NameFormsTest, MongolianNamesWithOtherInitialsAreTwoPersons) {
  const Extraction x = ExtractText(
      "Deputy Minister of Finance D. Bat-Erdene received Rajiv Menon of the Asian Development "
      "Bank. Later, Governor Ts. Oyunchimeg received Menon. Ts. Bat-Erdene, Head of the "
      "aimag's Development Agency, was also present.");
  EXPECT_GE(FindByName(x, EntityType::kPerson, "D. Bat-Erdene"), 0) << Dump(x);
  EXPECT_GE(FindByName(x, EntityType::kPerson, "Ts. Bat-Erdene"), 0) << Dump(x);
}

TEST(NameFormsTest, AGivenNameADictionaryKnowsBeforeAMiddleInitial) {
  const Extraction x = ExtractText(
      "Under Secretary for Arms Control and International Security Bonnie D. Jenkins met "
      "Russian Deputy Foreign Minister Sergei Ryabkov.");
  EXPECT_GE(FindByName(x, EntityType::kPerson, "Bonnie D. Jenkins"), 0) << Dump(x);
}

TEST(NameFormsTest, AnHonorificsWordAfterAlIsTheFamilyName) {
  const Extraction x = ExtractText(
      "Sofia, Tuesday: Qatar's Minister of State, Dr. Khalid bin Hamad Al Sayed, and Bulgarian "
      "Deputy Minister Petar Ivanov held talks here today. Al Sayed conveyed to Ivanov the "
      "greetings of the Prime Minister of Qatar.");
  EXPECT_GE(FindByName(x, EntityType::kPerson, "Khalid bin Hamad Al Sayed"), 0) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Khalid bin Hamad Al Sayed", "Petar Ivanov"))) << Dump(x);
}

TEST(NameFormsTest, AGivenNameAloneIsTheOneItOpens) {
  // "Sheikh Salem" after Salem Fahad Al-Sabah, with his father Fahad Salem Al-Sabah named
  // later: the son, whose given name it is.
  const Extraction x = ExtractText(
      "KUWAIT -- Fund Director General Sheikh Salem Fahad Al-Sabah received Liberia's Finance "
      "Minister Augustine Ngafuan. The two sides signed a loan agreement, Sheikh Salem told "
      "KUNA. Ngafuan also paid a courtesy call on Sheikh Fahad Salem Al-Sabah, father of the "
      "Fund's director general. Sheikh Fahad recalled his visit to Monrovia in 1979.");
  const int son = FindByName(x, EntityType::kPerson, "Salem Fahad Al-Sabah");
  const int father = FindByName(x, EntityType::kPerson, "Fahad Salem Al-Sabah");
  ASSERT_GE(son, 0) << Dump(x);
  ASSERT_GE(father, 0) << Dump(x);
  EXPECT_TRUE(Contains(x.entities[son].aliases, "Salem")) << Dump(x);
  EXPECT_FALSE(Contains(x.entities[father].aliases, "Salem")) << Dump(x);
}

// "Prime Minister K P Sharma Oli": initials written as words of one letter after a title.
TEST(NameFormsTest, InitialsOfOneLetterEachAfterATitle) {
  const Extraction x = ExtractText(
      "KATHMANDU - Prime Minister K P Sharma Oli received the Indian Foreign Secretary Vikram "
      "Misri. Oli recalled his visit to Delhi.");
  EXPECT_GE(FindByName(x, EntityType::kPerson, "K P Sharma Oli"), 0) << Dump(x);
  EXPECT_TRUE(Has(x, Met("K P Sharma Oli", "Vikram Misri"))) << Dump(x);
}

// "Prime Minister Luís Montenegro": a state's name that ends the name of a leader the lexicon
// knows is his surname, not the state.
TEST(NameFormsTest, AStatesNameEndingAKnownLeadersNameIsHisSurname) {
  const Extraction x = ExtractText(
      "Brasilia - The Minister of Education, Carla Dias, conveyed the greetings of Prime "
      "Minister Luís Montenegro to the Brazilian President.");
  EXPECT_GE(FindByName(x, EntityType::kPerson, "Luís Montenegro"), 0) << Dump(x);
  EXPECT_LT(FindByName(x, EntityType::kCountry, "Montenegro"), 0) << Dump(x);
}

// "al-Shabaab": an organisation the lexicon knows, written with the Arabic article in lower
// case before its capital.
TEST(NameFormsTest, AnOrganisationAfterTheArabicArticleInLowerCase) {
  const Extraction x = ExtractText(
      "Mogadishu - President Ali Warsame received Kenya's Defence Minister, John Mutua. The two "
      "discussed the fight against al-Shabaab.");
  EXPECT_NE(extract_test::Institution(x, "Al-Shabaab"), -1) << Dump(x);
}

TEST(NameFormsTest, APlaceAfterAtEndsAtAnHonorificBeforeAFullName) {
  // "at the Palais Rose Sheikh X bin Y Al Z, Minister of State ...": the palace is no part
  // of the name, which the honorific opens, role after it or not
  const Extraction x = ExtractText(
      "N'DJAMENA, Monday - The President of the Republic, Mahamat Idriss Deby Itno, received "
      "this Monday at the Palais Rose Sheikh Saif bin Hamad Al Nahyan, Minister of State of the "
      "United Arab Emirates. Later he received at Palais Rose Mr. Paul Biya Junior.");
  EXPECT_EQ(NamesOf(x, EntityType::kPerson),
            (std::set<std::string>{"Mahamat Idriss Deby Itno", "Saif bin Hamad Al Nahyan",
                                   "Paul Biya Junior"}))
      << Dump(x);
  EXPECT_TRUE(Has(x, Met("Mahamat Idriss Deby Itno", "Saif bin Hamad Al Nahyan"))) << Dump(x);
  EXPECT_TRUE(Has(x, Represents("Saif bin Hamad Al Nahyan", "United Arab Emirates"))) << Dump(x);
}

TEST(NameFormsTest, AnHonorificsWordOpeningNoNameEndsOne) {
  // "Sayed" is an honorific before a name ("Sayed Ali Hassan") and a surname after one
  const Extraction x = ExtractText(
      "Minister of Social Affairs Rana Sayed and Minister of Interior Ahmad Hajjar attended. "
      "Also present were Omar Sayed, and Sayed Ali Hassan.");
  EXPECT_EQ(NamesOf(x, EntityType::kPerson),
            (std::set<std::string>{"Rana Sayed", "Ahmad Hajjar", "Omar Sayed", "Ali Hassan"}))
      << Dump(x);
}

TEST(NameFormsTest, ABodysHeadWordAfterATitleOpensTheHoldersName) {
  // "Duma" heads a body ("the State Duma") but after "President" it opens a given name;
  // not after a rank that goes on a body's name ("General Council")
  const Extraction x = ExtractText(
      "President Duma Boko of Botswana met President Netumbo Nandi-Ndaitwah. Also present was "
      "the Secretary of the United Russia Party's General Council Andrei Turchak.");
  EXPECT_EQ(NamesOf(x, EntityType::kPerson),
            (std::set<std::string>{"Duma Boko", "Netumbo Nandi-Ndaitwah", "Andrei Turchak"}))
      << Dump(x);
  EXPECT_TRUE(Has(x, Met("Duma Boko", "Netumbo Nandi-Ndaitwah"))) << Dump(x);
}

TEST(NameFormsTest, AFilipinoNameWithMaAndAParticle) {
  const Extraction x = ExtractText(
      "MANILA - Also present were Foreign Affairs Secretary Enrique Santos and Philippine "
      "Ambassador to Kuwait Jose Ma. Angelito dela Cruz-Ramos.");
  EXPECT_EQ(NamesOf(x, EntityType::kPerson),
            (std::set<std::string>{"Enrique Santos", "Jose Ma. Angelito dela Cruz-Ramos"}))
      << Dump(x);
}

TEST(NameFormsTest, AnAcronymAfterAndIsAnotherBodysName) {
  // "the Ministry of Finance and SOMO": no "Ministry of Finance and"
  const Extraction x = ExtractText(
      "Baghdad (INA) - The two sides agreed to form a joint team, with the participation of "
      "the Ministry of Finance and SOMO, to follow up.");
  EXPECT_TRUE(NamesOf(x, EntityType::kInstitution).contains("Ministry of Finance")) << Dump(x);
  EXPECT_FALSE(NamesOf(x, EntityType::kInstitution).contains("Ministry of Finance and")) << Dump(x);
}

}  // namespace dkg
