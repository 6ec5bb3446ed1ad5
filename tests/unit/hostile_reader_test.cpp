// Runs the reader over every crafted file in tests/hostile/inputs/ and checks the outcome
// listed in tests/hostile/expected.tsv exactly: counts of reports, warnings, skipped and
// failed, and a substring of the problem messages.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "dkg/io/report_reader.h"
#include "dkg/text/utf8.h"

namespace dkg {
namespace {

namespace fs = std::filesystem;

const fs::path kHostileDir = fs::path(DKG_SOURCE_DIR) / "tests" / "hostile";

struct Expected {
  std::size_t reports = 0, warnings = 0, skipped = 0, failed = 0;
  std::string message;  // substring of the joined problem messages; "-" for no problem
};

std::map<std::string, Expected> LoadExpected() {
  std::map<std::string, Expected> expected;
  std::ifstream in(kHostileDir / "expected.tsv");
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cells;
    std::stringstream stream(line);
    for (std::string cell; std::getline(stream, cell, '\t');) cells.push_back(cell);
    EXPECT_EQ(cells.size(), 6u) << "bad expected.tsv line: " << line;
    if (cells.size() != 6) continue;
    Expected& row = expected[cells[0]];
    row = {std::stoul(cells[1]), std::stoul(cells[2]), std::stoul(cells[3]), std::stoul(cells[4]),
           cells[5]};
  }
  return expected;
}

struct Outcome {
  ReadSummary summary;
  std::string messages;  // "where: message" joined by " | "
  std::vector<Report> reports;
};

Outcome ReadOne(const std::string& path) {
  Outcome outcome;
  outcome.summary = ReadReports(
      {path}, ReaderOptions{},
      [&](Report&& report) { outcome.reports.push_back(std::move(report)); },
      [&](const InputProblem& problem) {
        if (!outcome.messages.empty()) outcome.messages += " | ";
        outcome.messages += problem.message;
      });
  return outcome;
}

TEST(HostileReaderTest, EveryInputHasAnExpectedOutcome) {
  std::map<std::string, Expected> expected = LoadExpected();
  std::vector<std::string> names;
  for (const fs::directory_entry& entry : fs::directory_iterator(kHostileDir / "inputs")) {
    names.push_back(entry.path().filename().string());
  }
  EXPECT_GE(names.size(), 30u);
  for (const std::string& name : names) EXPECT_TRUE(expected.count(name)) << name;
  for (const auto& [name, row] : expected) {
    EXPECT_TRUE(std::find(names.begin(), names.end(), name) != names.end()) << name;
  }
}

TEST(HostileReaderTest, OutcomesMatchExpectedTsv) {
  for (const auto& [name, row] : LoadExpected()) {
    Outcome outcome = ReadOne((kHostileDir / "inputs" / name).string());
    SCOPED_TRACE(name + ": " + outcome.messages);
    EXPECT_EQ(outcome.summary.reports, row.reports);
    EXPECT_EQ(outcome.summary.warnings, row.warnings);
    EXPECT_EQ(outcome.summary.skipped, row.skipped);
    EXPECT_EQ(outcome.summary.failed, row.failed);
    if (row.message == "-") {
      EXPECT_EQ(outcome.messages, "");
    } else {
      EXPECT_NE(outcome.messages.find(row.message), std::string::npos);
    }
    // Whatever was read is valid UTF-8 without NUL, with an id: safe for every later stage.
    for (const Report& report : outcome.reports) {
      EXPECT_FALSE(report.id.empty());
      for (const std::string* field :
           {&report.id, &report.title, &report.text, &report.date, &report.source}) {
        EXPECT_TRUE(IsValidUtf8(*field));
        EXPECT_EQ(field->find('\0'), std::string::npos);
      }
    }
  }
}

TEST(HostileReaderTest, WholeDirectoryGivesTheSumOfTheFiles) {
  ReadSummary sum;
  for (const auto& [name, row] : LoadExpected()) {
    sum.reports += row.reports;
    sum.warnings += row.warnings;
    sum.skipped += row.skipped;
    sum.failed += row.failed;
  }
  ReadSummary all = ReadReports(
      {(kHostileDir / "inputs").string()}, ReaderOptions{}, [](Report&&) {},
      [](const InputProblem&) {});
  EXPECT_EQ(all.reports, sum.reports);
  EXPECT_EQ(all.warnings, sum.warnings);
  EXPECT_EQ(all.skipped, sum.skipped);
  EXPECT_EQ(all.failed, sum.failed);
}

}  // namespace
}  // namespace dkg
