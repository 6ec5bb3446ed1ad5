#include <cstdio>
#include <optional>
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
// With more than one job, a batch is extracted and serialised on the pool while this
// thread reads the next one and writes the one before, in input order.
int RunExtract(const ExtractCommand& command) {
  auto lexicon = LoadLexicon(command.common);
  const Extractor extractor(lexicon);
  const unsigned jobs = command.common.jobs;
  ReaderOptions reader;
  reader.max_report_bytes = command.common.max_report_bytes;
  std::vector<Report> batch, in_flight;
  std::vector<std::string> lines;
  std::optional<ParallelRun> run;
  // The batch in flight is collected first, the next one started, and only then is the
  // collected one written, so that extraction never waits for the output.
  auto flush = [&] {
    std::vector<std::string> ready;
    if (run) {
      run.reset();  // waits
      ready.swap(lines);
    }
    in_flight.swap(batch);
    batch.clear();
    if (!in_flight.empty()) {
      lines.assign(in_flight.size(), std::string());
      run.emplace(in_flight.size(), jobs, [&](std::size_t i) {
        lines[i] = ToGoldJsonLine(extractor.Extract(in_flight[i]));
      });
    }
    if (ready.empty()) return;
    for (const std::string& line : ready) {
      std::fwrite(line.data(), 1, line.size(), stdout);
      std::fputc('\n', stdout);
    }
    std::fflush(stdout);
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
