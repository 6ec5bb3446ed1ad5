// `dkg eval`: build the graph over a corpus and score the gold reports' extractions.
#pragma once

#include <filesystem>

#include "dkg/eval/scorer.h"
#include "dkg/pipeline/build.h"

namespace dkg {

struct EvalResult {
  Scores scores;
  BuildResult build;  // the whole build, for diagnostics
};

// Builds over every report of `corpus` (cross-report resolution needs them all) and
// scores the extractions of the reports that `gold` names. Throws dkg::Error when the
// gold file cannot be read.
EvalResult Evaluate(const std::filesystem::path& gold, const BuildOptions& corpus_build,
                    const ProblemSink& on_problem);

}  // namespace dkg
