#include "dkg/eval/evaluate.h"

#include "dkg/eval/gold.h"

namespace dkg {

EvalResult Evaluate(const std::filesystem::path& gold_path, const BuildOptions& corpus_build,
                    const ProblemSink& on_problem) {
  const std::vector<GoldDoc> gold = ReadGoldFile(gold_path);
  EvalResult result;
  result.build = Build(corpus_build, on_problem);
  std::vector<GoldDoc> predicted;
  predicted.reserve(result.build.extractions.size());
  for (const auto& x : result.build.extractions) predicted.push_back(ToGoldDoc(x));
  result.scores = Score(gold, predicted);
  return result;
}

}  // namespace dkg
