#include <fmt/format.h>

#include "build_support.h"
#include "dkg/eval/evaluate.h"
#include "dkg/eval/gold.h"
#include "dkg/io/atomic_file.h"

namespace dkg::app {

int RunEval(const EvalCommand& command) {
  BuildOptions options = MakeBuildOptions(command.common, {command.corpus}, nullptr);
  EvalResult result = Evaluate(command.gold, options, PrintProblems(true));
  if (!command.extractions.empty()) {
    AtomicFile file(command.extractions);
    for (const auto& x : result.build.extractions) file.stream() << ToGoldJsonLine(x) << '\n';
    file.Commit();
  }
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
