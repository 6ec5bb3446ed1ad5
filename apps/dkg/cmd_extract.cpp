#include <cstdio>

#include <fmt/format.h>

#include "build_support.h"
#include "dkg/eval/gold.h"
#include "dkg/extract/extractor.h"

namespace dkg::app {

// Streams: reports are extracted in batches and written as they are done, so memory
// stays bounded however long the input (a Hadoop Streaming / Spark pipe() mapper).
int RunExtract(const ExtractCommand& command) {
  auto lexicon = LoadLexicon(command.common);
  const Extractor extractor(lexicon);
  ReaderOptions reader;
  reader.max_report_bytes = command.common.max_report_bytes;
  std::vector<Report> batch;
  auto flush = [&] {
    for (const auto& x : ExtractAll(extractor, batch, command.common.jobs))
      fmt::print("{}\n", ToGoldJsonLine(x));
    std::fflush(stdout);
    batch.clear();
  };
  std::vector<std::string> inputs = command.inputs;
  if (inputs.empty()) inputs.push_back("-");
  ReadSummary summary = ReadReports(inputs, reader, [&](Report&& report) {
    batch.push_back(std::move(report));
    if (batch.size() >= 256) flush();
  }, PrintProblems(command.common.quiet));
  flush();
  return PrintReadSummary(summary, command.common.quiet) ? 0 : 1;
}

}  // namespace dkg::app
