#include "dkg/eval/evaluate.h"

#include <set>
#include <string>
#include <vector>

#include "dkg/eval/gold.h"

namespace dkg {

EvalResult Evaluate(const std::filesystem::path& gold_path, const BuildOptions& corpus_build,
                    const ProblemSink& on_problem) {
  const std::vector<GoldDoc> gold = ReadGoldFile(gold_path);
  // Only the reports the gold names are kept (the first of each id, as Score pairs them).
  std::set<std::string> wanted;
  for (const GoldDoc& doc : gold) wanted.insert(doc.text_ref.empty() ? doc.id : doc.text_ref);
  std::vector<GoldDoc> predicted;
  BuildOptions options = corpus_build;
  options.on_resolved = [&](const Extraction& x) {
    if (corpus_build.on_resolved) corpus_build.on_resolved(x);
    if (wanted.erase(x.report_id) > 0) predicted.push_back(ToGoldDoc(x));
  };
  EvalResult result;
  result.build = Build(options, on_problem);
  result.scores = Score(gold, predicted);
  return result;
}

}  // namespace dkg
