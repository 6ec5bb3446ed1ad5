// Fuzzes ReadReports on a real file: the first byte picks the type (.txt, .json,
// .jsonl) and the limits, the rest is the file's content.
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <string>

#include "dkg/io/report_reader.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace dkg;
  if (size == 0) return 0;
  static const char* const kExtensions[] = {".txt", ".json", ".jsonl"};
  const std::string path =
      (fuzz::ScratchDir() / (std::string("input") + kExtensions[data[0] % 3])).string();
  {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data) + 1, static_cast<std::streamsize>(size - 1));
    fuzz::Check(static_cast<bool>(out), "cannot write the scratch file");
  }
  ReaderOptions options;
  if (data[0] & 8) {
    options.max_json_depth = 1 + data[0] % 5;
    options.max_report_bytes = 4u * (data[0] >> 4);
    options.max_line_bytes = 64u * (data[0] >> 4);
  }
  std::size_t reports = 0, warnings = 0, skipped = 0, failed = 0;
  ReadSummary summary = ReadReports(
      {path}, options,
      [&](Report&& report) {
        ++reports;
        fuzz::CheckReport(report);
        fuzz::Check(report.title.size() + report.text.size() <= options.max_report_bytes,
                    "report over max_report_bytes accepted");
      },
      [&](const InputProblem& problem) {
        fuzz::Check(!problem.message.empty(), "problem without a message");
        fuzz::Check(IsValidUtf8(problem.message), "problem message is not valid UTF-8");
        ++(problem.kind == ProblemKind::kWarning   ? warnings
           : problem.kind == ProblemKind::kSkipped ? skipped
                                                   : failed);
      });
  fuzz::Check(summary.reports == reports && summary.warnings == warnings &&
                  summary.skipped == skipped && summary.failed == failed,
              "summary does not count what reached the sinks");
  fuzz::Check(failed == 0, "a readable file counted as failed");
  fuzz::Check(reports + skipped > 0,
              "input neither read nor reported");
  return 0;
}
