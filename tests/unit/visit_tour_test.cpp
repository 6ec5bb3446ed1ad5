// A visitor's tour of calls: whom each leg of a visit ("then called on", "before calling on",
// "was later received by") puts the visitor with. Every report here is written for the test.
#include <gtest/gtest.h>

#include "extract_test_support.h"

namespace dkg {
namespace {

using namespace extract_test;

// "before calling on X" is the main clause's subject's visit to X, as "called on X" is;
// "calling on all parties to ..." urges and is no visit.
TEST(VisitTourTest, BeforeCallingOnIsAVisit) {
  const Extraction x = ExtractText(
      "Tunis, TAP - Ambassador Rania Kassab, envoy of the Arab Parliament, was received on "
      "Monday by President Kais Saied. Later, Kassab was received by Speaker Ibrahim Bouderbala, "
      "before calling on former Prime Minister Hichem Mechichi at his residence.");
  EXPECT_TRUE(Has(x, Met("Rania Kassab", "Ibrahim Bouderbala"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Rania Kassab", "Hichem Mechichi"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Ibrahim Bouderbala", "Hichem Mechichi"))) << Dump(x);
  const Extraction urged = ExtractText(
      "Tunis, TAP - Ambassador Rania Kassab was received on Monday by President Kais Saied, "
      "calling on Prime Minister Kamel Madouri to speed up the reforms.");
  EXPECT_FALSE(Has(urged, Met("Rania Kassab", "Kamel Madouri"))) << Dump(urged);
}

// "held a meeting for approximately 30 minutes with X": a length of time between the
// meeting and "with" (not "a meeting for the signing with ...").
TEST(VisitTourTest, AMeetingForALengthOfTimeWithX) {
  const Extraction x = ExtractText(
      "Subsequently, Minister Kenji Sato held a meeting for approximately 30 minutes with H.E. "
      "Dr. Badr Salem, Minister of Foreign Affairs of Egypt.");
  EXPECT_TRUE(Has(x, Met("Kenji Sato", "Badr Salem"))) << Dump(x);
}

// "The Arab diplomat then called on X": the audience's one guest, named by his region (or
// by his own state's adjective); not one of another state ("The Lebanese official").
TEST(VisitTourTest, TheGuestNamedByHisRegionCalledOn) {
  const Extraction x = ExtractText(
      "Beirut, NNA - Ambassador Hossam Zaki, of the League of Arab States, was received on "
      "Tuesday by President Joseph Aoun. The Arab diplomat then called on Prime Minister Nawaf "
      "Salam.");
  EXPECT_TRUE(Has(x, Met("Hossam Zaki", "Nawaf Salam"))) << Dump(x);
  const Extraction other = ExtractText(
      "Beirut, NNA - The Egyptian Minister of Foreign Affairs, Badr Atty, was received on "
      "Tuesday by President Joseph Aoun. The Lebanese official then called on Prime Minister "
      "Nawaf Salam.");
  EXPECT_FALSE(Has(other, Met("Badr Atty", "Nawaf Salam"))) << Dump(other);
}

// "The envoy then moved to the Grand Serail, where he met X": "he" is the envoy the main
// clause names, the audience's guest, not the host named last.
TEST(VisitTourTest, HeWhereTheEnvoyMovedIsTheEnvoy) {
  const Extraction x = ExtractText(
      "NNA - Qatari Minister of State Mohammed Al-Khulaifi was received on Tuesday by House "
      "Speaker Nabih Berri. Berri asked his guest to pass on his greetings to the Emir. The "
      "envoy then moved to the Grand Serail, where he met caretaker Prime Minister Najib "
      "Mikati.");
  EXPECT_TRUE(Has(x, Met("Mohammed Al-Khulaifi", "Najib Mikati"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Nabih Berri", "Najib Mikati"))) << Dump(x);
}

// "Later in the day, A sat down for a tete-a-tete with B": a meeting.
TEST(VisitTourTest, SatDownForATeteATeteWith) {
  const Extraction x = ExtractText(
      "Tunis (TAP) - Ahmed Attaf was received by President Kais Saied. Later in the day, Attaf "
      "sat down for a tete-a-tete with Foreign Minister Nabil Ammar at the Ministry.");
  EXPECT_TRUE(Has(x, Met("Ahmed Attaf", "Nabil Ammar"))) << Dump(x);
}

TEST(VisitTourTest, AHeadlinesVisitIsNoMeetingWithTheStateWhoseOwnPeopleTheVisitorMet) {
  const Extraction x = BundledExtractor().Extract(MakeReport(
      "Joint Press Statement on the Official Visit of the Minister of Foreign Affairs of "
      "Malaysia to the Republic of Peru",
      "Lima, 3 May 2025 - The Minister of Foreign Affairs of Malaysia, Aminah Yusof, paid an "
      "official visit to Peru. She held talks with the Minister of Foreign Affairs of Peru, "
      "Elmer Schialer."));
  EXPECT_TRUE(Has(x, Met("Aminah Yusof", "Elmer Schialer"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Aminah Yusof", "Peru"))) << Dump(x);
}

TEST(VisitTourTest, AVisitToldInTheBodyIsAMeetingWithTheStateVisited) {
  const Extraction x = ExtractText(
      "President Ana Ruiz received the Prime Minister of Malta, Carmel Borg. Ruiz noted that "
      "this was the first visit of the Prime Minister of Malta to Peru.");
  EXPECT_TRUE(Has(x, Met("Carmel Borg", "Peru"))) << Dump(x);
}

TEST(VisitTourTest, TheyWereBriefedWhereTheyCalledOnSomeone) {
  const Extraction x = ExtractText(
      "On Wednesday, Minister Ana Lopez and Ambassador Rosa Vidal called on Premier Thabo "
      "Dlamini in Durban, where they were briefed by the province's MEC for Health, Dr Zanele "
      "Khumalo, on the deployment of doctors.");
  EXPECT_TRUE(Has(x, Met("Ana Lopez", "Thabo Dlamini"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Ana Lopez", "Zanele Khumalo"))) << Dump(x);
  EXPECT_TRUE(Has(x, Met("Rosa Vidal", "Zanele Khumalo"))) << Dump(x);
  EXPECT_FALSE(Has(x, Met("Thabo Dlamini", "Zanele Khumalo"))) << Dump(x);
}

}  // namespace
}  // namespace dkg
