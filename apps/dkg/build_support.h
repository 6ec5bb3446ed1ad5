// Shared by the subcommands that run a build: options, problem reporting, summary.
#pragma once

#include <string>
#include <vector>

#include "commands.h"
#include "dkg/io/report_reader.h"
#include "dkg/pipeline/build.h"
#include "progress.h"

namespace dkg::app {

BuildOptions MakeBuildOptions(const CommonOptions& common, std::vector<std::string> inputs,
                              Progress* progress);

// Throws dkg::Error when an output asked for could not be written because its directory
// is missing, so that a long build does not fail only at its end.
void CheckGraphOutputs(const GraphOutputs& outputs);

// Writes every graph output asked for (atomically, each file; with more than one job, the
// files at the same time) and, unless quiet, says what was written; throws dkg::Error
// when a file cannot be written.
void WriteGraphOutputs(const KnowledgeGraph& graph, const GraphOutputs& outputs, bool quiet,
                       unsigned jobs);

// The lexicon named by --lexicon, or the bundled one.
std::shared_ptr<const Lexicon> LoadLexicon(const CommonOptions& common);

// Prints each input problem as "dkg: warning|skipped|error: WHERE: MESSAGE".
ProblemSink PrintProblems(bool quiet);

// "read N reports (W warnings), skipped S, failed F"; true when nothing was skipped or failed.
bool PrintReadSummary(const ReadSummary& summary, bool quiet);

}  // namespace dkg::app
