// Inputs the fuzz targets (tests/fuzz) found to crash, each pinned to its expected
// outcome. The raw crashing inputs are also replayed by scripts/fuzz.sh from
// tests/fuzz/regressions/<target>/.
#include <string>

#include <gtest/gtest.h>

#include "dkg/io/report_reader.h"

namespace dkg {
namespace {

// fuzz_report_reader: IsIsoDate counted every '-' as a new part, so a date of the right
// length with a '-' in a digit position wrote past its int[3] (stack overflow).
TEST(FuzzRegressionTest, DateWithMisplacedDashIsDroppedWithAWarning) {
  for (const std::string date : {"2023--2-29", "2024-02--9", "2---------", "----------",
                                 "1-2-3-4-5-"}) {
    SCOPED_TRACE(date);
    InputProblem problem;
    auto report = ParseReportJson(R"({"text": "t", "date": ")" + date + R"("})", "id",
                                  ReaderOptions{}, &problem);
    ASSERT_TRUE(report.has_value());
    EXPECT_EQ(report->date, "");
    EXPECT_EQ(problem.kind, ProblemKind::kWarning);
    EXPECT_EQ(problem.message, "date '" + date + "' is not YYYY-MM-DD; dropped");
  }
}

TEST(FuzzRegressionTest, ValidDatesAreStillKept) {
  for (const std::string date : {"2024-02-29", "2000-02-29", "1999-12-31"}) {
    InputProblem problem;
    auto report = ParseReportJson(R"({"text": "t", "date": ")" + date + R"("})", "id",
                                  ReaderOptions{}, &problem);
    ASSERT_TRUE(report.has_value());
    EXPECT_EQ(report->date, date);
    EXPECT_EQ(problem.message, "");
  }
}

}  // namespace
}  // namespace dkg
