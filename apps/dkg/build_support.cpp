#include "build_support.h"

#include <fmt/format.h>

namespace dkg::app {

BuildOptions MakeBuildOptions(const CommonOptions& common, std::vector<std::string> inputs,
                              Progress* progress) {
  BuildOptions options;
  options.inputs = std::move(inputs);
  options.jobs = common.jobs;
  options.lexicon_dir = common.lexicon_dir;
  options.alias_file = common.alias_file;
  options.reader.max_report_bytes = common.max_report_bytes;
  if (progress)
    options.on_progress = [progress](std::size_t reports, std::size_t bytes) {
      progress->Update(reports, bytes);
    };
  return options;
}

std::shared_ptr<const Lexicon> LoadLexicon(const CommonOptions& common) {
  return Lexicon::Load(common.lexicon_dir.empty() ? Lexicon::DefaultDirectory()
                                                  : std::filesystem::path(common.lexicon_dir));
}

ProblemSink PrintProblems(bool quiet) {
  return [quiet](const InputProblem& problem) {
    const char* kind = problem.kind == ProblemKind::kWarning   ? "warning"
                       : problem.kind == ProblemKind::kSkipped ? "skipped"
                                                               : "error";
    if (quiet && problem.kind == ProblemKind::kWarning) return;
    fmt::print(stderr, "dkg: {}: {}: {}\n", kind, problem.where, problem.message);
  };
}

bool PrintReadSummary(const ReadSummary& summary, bool quiet) {
  const bool clean = summary.skipped == 0 && summary.failed == 0;
  if (!quiet || !clean)
    fmt::print(stderr, "dkg: read {} reports ({} with warnings), skipped {}, failed {}\n",
               summary.reports, summary.warnings, summary.skipped, summary.failed);
  return clean;
}

}  // namespace dkg::app
