// Internal: the pieces of the report reader shared by its source files.
#pragma once

#include <cstddef>
#include <cstdio>
#include <filesystem>
#include <string>
#include <string_view>

#include "dkg/io/report_reader.h"

namespace dkg::io_internal {

// Input bytes made safe to show in a message: at most about `max_bytes`, valid UTF-8,
// control and bidirectional-override characters as '?', "..." when cut.
std::string QuoteForMessage(std::string_view bytes, std::size_t max_bytes = 40);

// True when `bytes` holds only ASCII whitespace (or nothing).
bool IsBlank(std::string_view bytes);

// Counts reports and problems on their way to the caller's sinks.
class ReadContext {
 public:
  ReadContext(const ReaderOptions& options, const ReportSink& sink, const ProblemSink& on_problem);

  const ReaderOptions& options() const { return options_; }
  const ReadSummary& summary() const { return summary_; }

  void AddReport(Report&& report);
  void AddProblem(const InputProblem& problem);
  void AddProblem(ProblemKind kind, std::string where, std::string message);

  // Report ids of files without an id of their own are their paths relative to the
  // input that named them (the directory argument, or the file's own directory), so
  // ids do not depend on where the checkout lives.
  void set_id_root(std::filesystem::path root) { id_root_ = std::move(root); }
  std::string IdFor(const std::string& path) const;

 private:
  std::filesystem::path id_root_;
  const ReaderOptions& options_;
  const ReportSink& sink_;
  const ProblemSink& on_problem_;
  ReadSummary summary_;
};

// Each reads one regular file named `path` (also the `where` of its problems).
void ReadTextFile(const std::string& path, ReadContext& context);
void ReadJsonFile(const std::string& path, ReadContext& context);
void ReadJsonLinesFile(const std::string& path, ReadContext& context);

// Reads JSON Lines from an open stream; `name` prefixes every `where` ("<stdin>").
void ReadJsonLines(std::FILE* file, const std::string& name, ReadContext& context);

// Closes a std::FILE owned by a std::unique_ptr.
struct FileCloser {
  void operator()(std::FILE* file) const { std::fclose(file); }
};

// The text of errno `error`, e.g. "No such file or directory".
std::string ErrnoMessage(int error);

}  // namespace dkg::io_internal
