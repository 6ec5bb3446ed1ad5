// Tests of the report reader on files written to a fresh temporary directory.
#include "dkg/io/report_reader.h"

#include <unistd.h>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace dkg {
namespace {

namespace fs = std::filesystem;

struct ReadResult {
  std::vector<Report> reports;
  std::vector<InputProblem> problems;
  std::vector<std::string> events;  // "report <id>" / "problem <where>", in delivery order
  ReadSummary summary;
};

ReadResult Read(const std::vector<std::string>& inputs, const ReaderOptions& options = {}) {
  ReadResult result;
  result.summary = ReadReports(
      inputs, options,
      [&result](Report&& report) {
        result.events.push_back("report " + report.id);
        result.reports.push_back(std::move(report));
      },
      [&result](const InputProblem& problem) {
        result.events.push_back("problem " + problem.where);
        result.problems.push_back(problem);
      });
  return result;
}

class ReportReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    static std::atomic<int> counter{0};
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = fs::temp_directory_path() / ("dkg_reader_" + std::to_string(::getpid()) + "_" +
                                        std::to_string(counter++) + "_" + info->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override {
    std::error_code ignored;
    fs::permissions(dir_, fs::perms::owner_all, fs::perm_options::add, ignored);
    fs::remove_all(dir_, ignored);
  }

  // Writes `bytes` to dir_/name (creating parents); returns the full path.
  std::string Write(const std::string& name, const std::string& bytes) {
    fs::path path = dir_ / name;
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << bytes;
    return path.string();
  }

  fs::path dir_;
};

TEST_F(ReportReaderTest, TextFileFirstNonEmptyLineIsTitle) {
  std::string path = Write("a.txt", "\n  \n  Leaders meet  \nBody one.\n\nBody two.\n\n");
  ReadResult result = Read({path});
  ASSERT_EQ(result.reports.size(), 1u);
  EXPECT_TRUE(result.problems.empty());
  EXPECT_EQ(result.reports[0].id, "a.txt");  // relative to the input that named it
  EXPECT_EQ(result.reports[0].title, "Leaders meet");
  EXPECT_EQ(result.reports[0].text, "Body one.\n\nBody two.");
  EXPECT_EQ(result.summary.reports, 1u);
}

TEST_F(ReportReaderTest, TextFileCrlfAndBomAreNormalised) {
  std::string path = Write("crlf.txt", "\xEF\xBB\xBFTitle\r\nLine one\r\nLine two\rend\r\n");
  ReadResult result = Read({path});
  ASSERT_EQ(result.reports.size(), 1u);
  EXPECT_EQ(result.reports[0].title, "Title");
  EXPECT_EQ(result.reports[0].text, "Line one\nLine two\nend");
}

TEST_F(ReportReaderTest, TextFileTitleOnly) {
  ReadResult result = Read({Write("t.txt", "Only a title")});
  ASSERT_EQ(result.reports.size(), 1u);
  EXPECT_EQ(result.reports[0].title, "Only a title");
  EXPECT_EQ(result.reports[0].text, "");
}

TEST_F(ReportReaderTest, IdIsThePathRelativeToTheInputArgument) {
  Write("sub/r.txt", "T\nB\n");
  fs::path old = fs::current_path();
  fs::current_path(dir_);
  ReadResult file = Read({"sub/r.txt"});
  ReadResult directory = Read({"sub"});
  fs::current_path(old);
  ASSERT_EQ(file.reports.size(), 1u);
  EXPECT_EQ(file.reports[0].id, "r.txt");
  ASSERT_EQ(directory.reports.size(), 1u);
  EXPECT_EQ(directory.reports[0].id, "r.txt");
}

TEST_F(ReportReaderTest, JsonFileWithAllFields) {
  std::string path = Write("r.json", R"({"id": "kr-1", "title": "T", "text": "B", )"
                                     R"("date": "2024-02-29", "source": "feed", "license": "x"})");
  ReadResult result = Read({path});
  ASSERT_EQ(result.reports.size(), 1u);
  EXPECT_TRUE(result.problems.empty());
  const Report& report = result.reports[0];
  EXPECT_EQ(report.id, "kr-1");
  EXPECT_EQ(report.title, "T");
  EXPECT_EQ(report.text, "B");
  EXPECT_EQ(report.date, "2024-02-29");
  EXPECT_EQ(report.source, "feed");
}

TEST_F(ReportReaderTest, JsonFileWithoutIdUsesPathAndBodySynonym) {
  std::string path = Write("r.json", R"({"title": "T", "body": "B"})");
  ReadResult result = Read({path});
  ASSERT_EQ(result.reports.size(), 1u);
  EXPECT_EQ(result.reports[0].id, "r.json");
  EXPECT_EQ(result.reports[0].text, "B");
}

TEST_F(ReportReaderTest, NumericIdKeepsItsSpelling) {
  ReadResult result = Read({Write("n.jsonl",
                                  "{\"id\": 42, \"text\": \"a\"}\n"
                                  "{\"id\": -1.50e3, \"text\": \"b\"}\n")});
  ASSERT_EQ(result.reports.size(), 2u);
  EXPECT_EQ(result.reports[0].id, "42");
  EXPECT_EQ(result.reports[1].id, "-1.50e3");
}

TEST_F(ReportReaderTest, JsonLinesBlankLinesSkippedAndFallbackIds) {
  std::string path = Write("r.jsonl",
                           "{\"id\": \"a\", \"text\": \"1\"}\n\n   \r\n"
                           "{\"text\": \"2\"}\r\n{\"text\": \"3\"}");
  ReadResult result = Read({path});
  ASSERT_EQ(result.reports.size(), 3u);
  EXPECT_TRUE(result.problems.empty());
  EXPECT_EQ(result.reports[0].id, "a");
  EXPECT_EQ(result.reports[1].id, "r.jsonl:4");
  EXPECT_EQ(result.reports[2].id, "r.jsonl:5");
}

TEST_F(ReportReaderTest, JsonLinesWithBomOnFirstLine) {
  ReadResult result = Read({Write("b.ndjson", "\xEF\xBB\xBF{\"text\": \"x\"}\n")});
  ASSERT_EQ(result.reports.size(), 1u);
  EXPECT_TRUE(result.problems.empty());
}

TEST_F(ReportReaderTest, MalformedLineInTheMiddleNamesPathAndLine) {
  std::string path = Write("m.jsonl",
                           "{\"text\": \"a\"}\n{\"text\": \"b\" \"title\": \"c\"}\n"
                           "{\"text\": \"d\"}\n");
  ReadResult result = Read({path});
  ASSERT_EQ(result.reports.size(), 2u);
  EXPECT_EQ(result.reports[1].text, "d");
  ASSERT_EQ(result.problems.size(), 1u);
  EXPECT_EQ(result.problems[0].kind, ProblemKind::kSkipped);
  EXPECT_EQ(result.problems[0].where, path + ":2");
  EXPECT_EQ(result.problems[0].message,
            "invalid JSON at offset 13: Missing a comma or '}' after an object member");
  EXPECT_EQ(result.summary.skipped, 1u);
}

TEST_F(ReportReaderTest, DirectoryIsRecursiveSortedAndIgnoresOtherFiles) {
  Write("tree/b.txt", "B\nb\n");
  Write("tree/a/z.json", R"({"text": "z"})");
  Write("tree/a/c.jsonl", "{\"text\": \"c1\"}\n{\"text\": \"c2\"}\n");
  Write("tree/README.md", "# not a report\n");
  Write("tree/notes.csv", "x,y\n");
  Write("tree/.hidden.txt", "H\nh\n");
  Write("tree/.git/objects.txt", "G\ng\n");
  Write("tree/C.TXT", "Upper\ncase\n");
  std::string root = (dir_ / "tree").string();
  ReadResult result = Read({root});
  EXPECT_TRUE(result.problems.empty());
  std::vector<std::string> ids;
  for (const Report& report : result.reports) ids.push_back(report.id);
  std::vector<std::string> expected = {"C.TXT", "a/c.jsonl:1", "a/c.jsonl:2", "a/z.json",
                                       "b.txt"};
  EXPECT_EQ(ids, expected);
}

TEST_F(ReportReaderTest, DirectoryReportsUnreadableReportFiles) {
  Write("d/good.txt", "G\ng\n");
  Write("d/archive.jsonl.gz", "not really gzip");
  fs::create_directory_symlink(dir_ / "nowhere", dir_ / "d" / "dangling.txt");
  ReadResult result = Read({(dir_ / "d").string()});
  EXPECT_EQ(result.reports.size(), 1u);
  ASSERT_EQ(result.problems.size(), 2u);
  EXPECT_EQ(result.problems[0].kind, ProblemKind::kSkipped);
  EXPECT_NE(result.problems[0].message.find("compressed"), std::string::npos);
  EXPECT_EQ(result.problems[1].kind, ProblemKind::kFailed);
  EXPECT_NE(result.problems[1].message.find("No such file"), std::string::npos);
  EXPECT_EQ(result.summary.failed, 1u);
}

TEST_F(ReportReaderTest, InvalidUtf8IsRepairedWithWarningBeforeReport) {
  std::string path = Write("bad.txt", "Title \xC3\x28\nBody \xFF and \xED\xA0\x80.\n");
  ReadResult result = Read({path});
  ASSERT_EQ(result.reports.size(), 1u);
  EXPECT_EQ(result.reports[0].title, "Title \xEF\xBF\xBD(");
  ASSERT_EQ(result.problems.size(), 1u);
  EXPECT_EQ(result.problems[0].kind, ProblemKind::kWarning);
  EXPECT_EQ(result.problems[0].where, path);
  EXPECT_NE(result.problems[0].message.find("invalid UTF-8 replaced with U+FFFD ("),
            std::string::npos);
  EXPECT_EQ(result.events, (std::vector<std::string>{"problem " + path, "report bad.txt"}));
  EXPECT_EQ(result.summary.warnings, 1u);
}

TEST_F(ReportReaderTest, InvalidUtf8InJsonCountsSequences) {
  ReadResult result =
      Read({Write("bad.json", "{\"title\": \"\xC0\xAF\", \"text\": \"a\xFF\xFE\"}")});
  ASSERT_EQ(result.reports.size(), 1u);
  ASSERT_EQ(result.problems.size(), 1u);
  EXPECT_EQ(result.problems[0].message, "invalid UTF-8 replaced with U+FFFD (4 sequences)");
}

TEST_F(ReportReaderTest, NulBytesMakeATextFileBinary) {
  ReadResult result = Read({Write("nul.txt", std::string("Title\nBo\0dy\n", 12))});
  EXPECT_TRUE(result.reports.empty());
  ASSERT_EQ(result.problems.size(), 1u);
  EXPECT_EQ(result.problems[0].kind, ProblemKind::kSkipped);
  EXPECT_EQ(result.problems[0].message, "binary file (NUL bytes)");
}

TEST_F(ReportReaderTest, Utf16WithBomIsRefusedWithHint) {
  std::string bytes = "\xFF\xFE";
  for (char c : std::string("Title\nBody\n")) bytes += std::string{c, '\0'};
  for (const char* name : {"u.txt", "u.json", "u.jsonl"}) {
    ReadResult result = Read({Write(name, bytes)});
    EXPECT_TRUE(result.reports.empty()) << name;
    ASSERT_EQ(result.problems.size(), 1u) << name;
    EXPECT_EQ(result.problems[0].message,
              "UTF-16 text: convert it to UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)");
  }
}

TEST_F(ReportReaderTest, MissingTextField) {
  ReadResult result = Read({Write("m.json", R"({"id": "x", "title": "T"})")});
  ASSERT_EQ(result.problems.size(), 1u);
  EXPECT_EQ(result.problems[0].message, "missing field 'text'");
}

TEST_F(ReportReaderTest, BadDateKeepsReportAndWarns) {
  std::string path = Write("d.jsonl",
                           "{\"text\": \"a\", \"date\": \"May 5, 2022\"}\n"
                           "{\"text\": \"b\", \"date\": \"2023-02-29\"}\n"
                           "{\"text\": \"c\", \"date\": 20220505}\n");
  ReadResult result = Read({path});
  ASSERT_EQ(result.reports.size(), 3u);
  for (const Report& report : result.reports) EXPECT_EQ(report.date, "");
  ASSERT_EQ(result.problems.size(), 3u);
  EXPECT_EQ(result.problems[0].kind, ProblemKind::kWarning);
  EXPECT_EQ(result.problems[0].message, "date 'May 5, 2022' is not YYYY-MM-DD; dropped");
  EXPECT_EQ(result.problems[1].where, path + ":2");
  EXPECT_EQ(result.problems[2].message, "field 'date' is not a string (got number); dropped");
}

TEST_F(ReportReaderTest, EmptyAndWhitespaceOnlyFiles) {
  for (const char* name : {"e.txt", "e.json", "e.jsonl"}) {
    ReadResult empty = Read({Write(name, "")});
    ASSERT_EQ(empty.problems.size(), 1u) << name;
    EXPECT_EQ(empty.problems[0].message, "empty file") << name;
    ReadResult blank = Read({Write(name, " \n\t\r\n")});
    ASSERT_EQ(blank.problems.size(), 1u) << name;
    EXPECT_EQ(blank.problems[0].message, "empty file (only whitespace)") << name;
    EXPECT_EQ(blank.summary.skipped, 1u);
  }
}

TEST_F(ReportReaderTest, EmptyJsonRecord) {
  ReadResult result = Read({Write("e.jsonl", "{\"title\": \"\", \"text\": \" \\n \"}\n")});
  ASSERT_EQ(result.problems.size(), 1u);
  EXPECT_EQ(result.problems[0].message, "empty report");
}

TEST_F(ReportReaderTest, DeepNestingIsRefusedCleanly) {
  const std::size_t depth = 100000;
  std::string deep =
      "{\"text\": \"a\", \"x\": " + std::string(depth, '[') + std::string(depth, ']') + "}";
  ReadResult result = Read({Write("deep.json", deep)});
  EXPECT_TRUE(result.reports.empty());
  ASSERT_EQ(result.problems.size(), 1u);
  EXPECT_EQ(result.problems[0].message.rfind("JSON nested deeper than 64 levels", 0), 0u)
      << result.problems[0].message;
  ReaderOptions shallow;
  shallow.max_json_depth = 2;
  EXPECT_EQ(Read({Write("ok.json", R"({"text": "a", "x": [1]})")}, shallow).reports.size(), 1u);
}

TEST_F(ReportReaderTest, LongLineIsSkippedAndReadingContinues) {
  ReaderOptions options;
  options.max_line_bytes = 100;
  std::string path = Write("long.jsonl", "{\"text\": \"a\"}\n{\"text\": \"" +
                                             std::string(200000, 'x') + "\"}\n{\"text\": \"c\"}\n");
  ReadResult result = Read({path}, options);
  ASSERT_EQ(result.reports.size(), 2u);
  EXPECT_EQ(result.reports[1].text, "c");
  ASSERT_EQ(result.problems.size(), 1u);
  EXPECT_EQ(result.problems[0].where, path + ":2");
  EXPECT_EQ(result.problems[0].message, "line too long: 200012 bytes (limit 100)");
}

TEST_F(ReportReaderTest, ReportOverMaxReportBytesIsSkipped) {
  ReaderOptions options;
  options.max_report_bytes = 50;
  std::string big(60, 'y');
  ReadResult text = Read({Write("big.txt", "Title\n" + big)}, options);
  ASSERT_EQ(text.problems.size(), 1u);
  EXPECT_EQ(text.problems[0].message, "report too large: 65 bytes (limit 50)");
  ReadResult json = Read({Write("big.json", "{\"text\": \"" + big + "\"}")}, options);
  ASSERT_EQ(json.problems.size(), 1u);
  EXPECT_EQ(json.problems[0].message, "report too large: 60 bytes (limit 50)");
  ReadResult huge = Read({Write("huge.txt", std::string(10000, 'z'))}, options);
  ASSERT_EQ(huge.problems.size(), 1u);
  EXPECT_EQ(huge.problems[0].message.rfind("report too large", 0), 0u);
}

TEST_F(ReportReaderTest, NonexistentPathFails) {
  std::string path = (dir_ / "missing.txt").string();
  ReadResult result = Read({path, (dir_ / "missing_dir").string()});
  ASSERT_EQ(result.problems.size(), 2u);
  EXPECT_EQ(result.problems[0].kind, ProblemKind::kFailed);
  EXPECT_EQ(result.problems[0].where, path);
  EXPECT_EQ(result.problems[0].message, "cannot open: No such file or directory");
  EXPECT_EQ(result.summary.failed, 2u);
}

TEST_F(ReportReaderTest, UnreadableFileFails) {
  if (::geteuid() == 0) GTEST_SKIP() << "root reads every file";
  std::string path = Write("secret.txt", "T\nB\n");
  fs::permissions(path, fs::perms::none);
  ReadResult result = Read({path});
  ASSERT_EQ(result.problems.size(), 1u);
  EXPECT_EQ(result.problems[0].kind, ProblemKind::kFailed);
  EXPECT_EQ(result.problems[0].message, "cannot open: Permission denied");
}

TEST_F(ReportReaderTest, UnknownExtensionGivenExplicitlyIsSkipped) {
  ReadResult result = Read({Write("notes.md", "# x\n")});
  ASSERT_EQ(result.problems.size(), 1u);
  EXPECT_EQ(result.problems[0].kind, ProblemKind::kSkipped);
}

TEST(ReportReaderParseJsonTest, WrongTypesDuplicatesAndRoots) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {R"([1, 2])", "expected a JSON object, got array (offset 0)"},
      {R"("text")", "expected a JSON object, got string (offset 6)"},
      {R"({"id": {"a": 1}, "text": "x"})", "field 'id' must be a string or number, got object"},
      {R"({"text": ["a"]})", "field 'text' must be a string, got array"},
      {R"({"text": "a", "text": "b"})", "duplicate field 'text'"},
      {R"({"text": "a", "body": "b"})", "fields 'text' and 'body' both given"},
      {R"({"text": null})", "missing field 'text'"},
      {"{\"text\": \"a\tb\"}", "control character U+0009 inside a string"},
      {R"({"text": "a"} x)", "The document root must not be followed by other values"},
      {R"({"text": "a)", "Missing a closing quotation mark in string"},
      {R"({"id": 1e999, "text": "a"})", "number too large"},
      {std::string("{\"text\": \"a\0\"}", 14), "invalid JSON at offset 11: NUL byte"},
  };
  for (const auto& [json, expected] : cases) {
    InputProblem problem;
    EXPECT_FALSE(ParseReportJson(json, "f:1", {}, &problem).has_value()) << json;
    EXPECT_EQ(problem.kind, ProblemKind::kSkipped) << json;
    EXPECT_EQ(problem.where, "f:1");
    EXPECT_NE(problem.message.find(expected), std::string::npos) << problem.message;
  }
}

TEST(ReportReaderParseJsonTest, EscapesAreDecodedAndNulRepaired) {
  InputProblem problem;
  std::optional<Report> report =
      ParseReportJson(R"({"text": "a\u0000b \ud83d\ude00 \r\n"})", "f", {}, &problem);
  ASSERT_TRUE(report.has_value());
  EXPECT_EQ(report->text, "a b \xF0\x9F\x98\x80 \n");
  EXPECT_EQ(problem.kind, ProblemKind::kWarning);
  EXPECT_EQ(problem.message, "NUL characters replaced with spaces (1)");
  EXPECT_TRUE(ParseReportJson(R"({"text": "ok"})", "f", {}, nullptr).has_value());
}

}  // namespace
}  // namespace dkg
