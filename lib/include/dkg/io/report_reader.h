// Reading news reports from files, directories and standard input. Bad content never
// throws: every report read goes to a sink, every problem to another, in input order.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dkg/report.h"

namespace dkg {

struct ReaderOptions {
  // A report whose title + text is larger than this is skipped.
  std::size_t max_report_bytes = 8u << 20;
  // A JSONL line (or .json file) longer than this is skipped, read past without holding it.
  std::size_t max_line_bytes = 64u << 20;
  // JSON nested deeper than this is refused (the parser is iterative: no stack overflow).
  std::size_t max_json_depth = 64;
};

enum class ProblemKind {
  kWarning,  // the report was kept (e.g. invalid UTF-8 repaired, bad date dropped)
  kSkipped,  // a report or file was not read for a content reason
  kFailed,   // an input could not be read at all (missing path, permission, I/O error)
};

struct InputProblem {
  ProblemKind kind = ProblemKind::kWarning;
  std::string where;    // "path:line" for JSONL, "path" otherwise, "<stdin>:line" for stdin
  std::string message;  // specific, e.g. "missing field 'text'"; never contains raw input bytes
};

struct ReadSummary {
  std::size_t reports = 0;
  std::size_t warnings = 0;
  std::size_t skipped = 0;
  std::size_t failed = 0;
};

using ReportSink = std::function<void(Report&&)>;
using ProblemSink = std::function<void(const InputProblem&)>;

// Reads every input in order. An input is a file (.txt: first non-empty line is the
// title, the rest the body; .json: one object; .jsonl / .ndjson: one object per line),
// a directory (recursively; report files only, sorted by path; hidden entries and other
// files ignored; symbolic links to directories not followed) or "-" for JSON Lines on
// standard input. Calls `sink` for each good report and `on_problem` for each problem
// (a warning comes just before its report). Never throws for bad content; thread-compatible.
ReadSummary ReadReports(const std::vector<std::string>& inputs, const ReaderOptions& options,
                        const ReportSink& sink, const ProblemSink& on_problem);

// Parses one JSON object (a .json file or one JSONL line) into a Report. Fields: id
// (string or number), title, text (required; "body" is a synonym), date (YYYY-MM-DD),
// source; others are ignored. `fallback_id` is the id when there is none, and the
// `where` of any problem. Returns std::nullopt and sets *problem (kSkipped) on failure;
// on success sets *problem to a kWarning when something was repaired or dropped, and
// otherwise leaves problem->message empty. `problem` may be null.
std::optional<Report> ParseReportJson(std::string_view json, const std::string& fallback_id,
                                      const ReaderOptions& options, InputProblem* problem);

}  // namespace dkg
