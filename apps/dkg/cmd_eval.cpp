#include <memory>

#include <fmt/format.h>

#include "build_support.h"
#include "dkg/eval/evaluate.h"
#include "dkg/eval/gold.h"
#include "dkg/io/atomic_file.h"

namespace dkg::app {

int RunEval(const EvalCommand& command) {
  BuildOptions options = MakeBuildOptions(command.common, {command.corpus}, nullptr);
  std::unique_ptr<AtomicFile> extractions;
  if (!command.extractions.empty()) {
    extractions = std::make_unique<AtomicFile>(command.extractions);
    options.on_resolved = [&extractions](const Extraction& x) {
      extractions->stream() << ToGoldJsonLine(x) << '\n';
    };
  }
  EvalResult result = Evaluate(command.gold, options, PrintProblems(true));
  if (extractions) extractions->Commit();
  if (command.json) {
    fmt::print("{}\n", ScoresToJson(result.scores));
  } else {
    fmt::print("{} gold reports scored against {} ({} missing)\n", result.scores.reports,
               command.corpus, result.scores.missing_predictions);
    fmt::print("{}", FormatScoresTable(result.scores));
  }
  return result.build.summary.failed == 0 ? 0 : 1;
}

}  // namespace dkg::app
