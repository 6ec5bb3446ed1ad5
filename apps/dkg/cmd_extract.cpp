#include <cstdio>
#include <future>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "build_support.h"
#include "dkg/eval/gold.h"
#include "dkg/extract/extractor.h"
#include "dkg/pipeline/parallel.h"

namespace dkg::app {

// Streams: reports are extracted in batches and written as they are done, so memory
// stays bounded however long the input (a Hadoop Streaming / Spark pipe() mapper).
// With more than one job, a batch is extracted and serialised while the next one is
// read, and written in input order.
int RunExtract(const ExtractCommand& command) {
  auto lexicon = LoadLexicon(command.common);
  const Extractor extractor(lexicon);
  const unsigned jobs = command.common.jobs;
  ReaderOptions reader;
  reader.max_report_bytes = command.common.max_report_bytes;
  auto extract_lines = [&extractor, jobs](const std::vector<Report>& reports) {
    std::vector<std::string> lines(reports.size());
    ParallelFor(reports.size(), jobs, [&](std::size_t i) {
      lines[i] = ToGoldJsonLine(extractor.Extract(reports[i]));
      lines[i] += '\n';
    });
    std::string out;
    for (const auto& line : lines) out += line;
    return out;
  };
  auto write = [](const std::string& lines) {
    std::fwrite(lines.data(), 1, lines.size(), stdout);
    std::fflush(stdout);
  };
  std::vector<Report> batch;
  std::future<std::string> pending;
  auto flush = [&] {
    if (pending.valid()) write(pending.get());
    if (batch.empty()) return;
    if (jobs <= 1) {
      write(extract_lines(batch));
    } else {
      pending = std::async(std::launch::async, extract_lines, std::move(batch));
    }
    batch.clear();
  };
  std::vector<std::string> inputs = command.inputs;
  if (inputs.empty()) inputs.push_back("-");
  ReadSummary summary = ReadReports(inputs, reader, [&](Report&& report) {
    batch.push_back(std::move(report));
    if (batch.size() >= 512) flush();
  }, PrintProblems(command.common.quiet));
  flush();
  flush();  // the batch in flight
  return PrintReadSummary(summary, command.common.quiet) ? 0 : 1;
}

}  // namespace dkg::app
