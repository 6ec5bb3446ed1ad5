// Fuzzes ParseReportJson (one .json file or JSONL line). The first byte picks the
// limits, so small depth and size limits are exercised too.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dkg/io/report_reader.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace dkg;
  if (size == 0) return 0;
  ReaderOptions options;
  if (data[0] & 1) {
    options.max_json_depth = 1 + data[0] % 8;
    options.max_report_bytes = 16u * (data[0] >> 1);
  }
  std::string_view json(reinterpret_cast<const char*>(data) + 1, size - 1);
  InputProblem problem;
  std::optional<Report> report = ParseReportJson(json, "fallback-id", options, &problem);
  fuzz::Check(IsValidUtf8(problem.message), "problem message is not valid UTF-8");
  fuzz::Check(problem.message.find('\0') == std::string::npos, "problem message contains NUL");
  if (report) {
    fuzz::Check(problem.kind == ProblemKind::kWarning, "kept report with a non-warning problem");
    fuzz::CheckReport(*report);
    fuzz::Check(report->title.size() + report->text.size() <= options.max_report_bytes,
                "report over max_report_bytes accepted");
  } else {
    fuzz::Check(problem.kind == ProblemKind::kSkipped, "refused report is not kSkipped");
    fuzz::Check(!problem.message.empty(), "refused report without a message");
  }
  return 0;
}
