// ReadReports: dispatch of inputs (files by extension, directories, stdin) and the
// bookkeeping shared by the readers.
#include "dkg/io/report_reader.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>
#include <system_error>
#include <vector>

#include <fmt/format.h>

#include "dkg/text/utf8.h"
#include "io/report_reader_internal.h"

namespace dkg {
namespace io_internal {

std::string QuoteForMessage(std::string_view bytes, std::size_t max_bytes) {
  bool cut = bytes.size() > max_bytes;
  std::string text = RepairUtf8(bytes.substr(0, max_bytes)).text;
  // A cut may split the last character into a U+FFFD: drop it.
  if (cut && text.ends_with("\xEF\xBF\xBD")) text.resize(text.size() - 3);
  std::string quoted;
  for (std::size_t i = 0; i < text.size(); ++i) {
    unsigned char c = text[i];
    bool bidi = c == 0xE2 && i + 2 < text.size() &&
                ((text[i + 1] == '\x80' && text[i + 2] >= '\xAA' && text[i + 2] <= '\xAE') ||
                 (text[i + 1] == '\x81' && text[i + 2] >= '\xA6' && text[i + 2] <= '\xA9'));
    if (bidi) {
      quoted += '?';
      i += 2;
    } else {
      quoted += c < 0x20 || c == 0x7F ? '?' : static_cast<char>(c);
    }
  }
  if (cut) quoted += "...";
  return quoted;
}

bool IsBlank(std::string_view bytes) {
  return std::all_of(bytes.begin(), bytes.end(),
                     [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); });
}

std::string ErrnoMessage(int error) { return std::generic_category().message(error); }

ReadContext::ReadContext(const ReaderOptions& options, const ReportSink& sink,
                         const ProblemSink& on_problem)
    : options_(options), sink_(sink), on_problem_(on_problem) {}

void ReadContext::AddReport(Report&& report) {
  ++summary_.reports;
  if (sink_) sink_(std::move(report));
}

void ReadContext::AddProblem(const InputProblem& problem) {
  switch (problem.kind) {
    case ProblemKind::kWarning:
      ++summary_.warnings;
      break;
    case ProblemKind::kSkipped:
      ++summary_.skipped;
      break;
    case ProblemKind::kFailed:
      ++summary_.failed;
      break;
  }
  if (on_problem_) on_problem_(problem);
}

std::string ReadContext::IdFor(const std::string& path) const {
  if (id_root_.empty()) return path;
  std::filesystem::path relative = std::filesystem::path(path).lexically_relative(id_root_);
  return relative.empty() || relative.native().starts_with("..") ? path : relative.string();
}

void ReadContext::AddProblem(ProblemKind kind, std::string where, std::string message) {
  AddProblem(InputProblem{kind, std::move(where), std::move(message)});
}

}  // namespace io_internal

namespace {

namespace fs = std::filesystem;
using io_internal::ReadContext;

enum class FileType { kText, kJson, kJsonLines, kCompressed, kOther };

std::string Lowercase(std::string text) {
  for (char& c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return text;
}

FileType TypeOf(const fs::path& path) {
  std::string name = Lowercase(path.filename().string());
  auto has_suffix = [&name](std::string_view suffix) { return name.ends_with(suffix); };
  if (has_suffix(".txt")) return FileType::kText;
  if (has_suffix(".json")) return FileType::kJson;
  if (has_suffix(".jsonl") || has_suffix(".ndjson")) return FileType::kJsonLines;
  for (std::string_view packed : {".gz", ".bz2", ".xz", ".zst", ".zip"}) {
    for (std::string_view type : {".txt", ".json", ".jsonl", ".ndjson"}) {
      if (has_suffix(std::string(type) + std::string(packed))) return FileType::kCompressed;
    }
  }
  return FileType::kOther;
}

bool IsHidden(const fs::path& path) { return path.filename().string().starts_with('.'); }

// Reads one file that is not a directory; `path` is spelled as the user will see it.
void ReadFile(const std::string& path, FileType type, ReadContext& context) {
  std::error_code error;
  fs::file_status status = fs::status(path, error);
  if (error) {
    context.AddProblem(ProblemKind::kFailed, path, "cannot open: " + error.message());
    return;
  }
  if (!fs::is_regular_file(status)) {
    context.AddProblem(ProblemKind::kSkipped, path, "not a regular file");
    return;
  }
  switch (type) {
    case FileType::kText:
      return io_internal::ReadTextFile(path, context);
    case FileType::kJson:
      return io_internal::ReadJsonFile(path, context);
    case FileType::kJsonLines:
      return io_internal::ReadJsonLinesFile(path, context);
    case FileType::kCompressed:
      return context.AddProblem(ProblemKind::kSkipped, path,
                                "compressed file: decompress it first (e.g. gunzip)");
    case FileType::kOther:
      return context.AddProblem(ProblemKind::kSkipped, path,
                                "unknown file type: expected .txt, .json, .jsonl or .ndjson");
  }
}

// Adds the report files under `dir` to `files`; unreadable directories are problems.
// Symbolic links to directories are not followed (no cycles).
void CollectReportFiles(const fs::path& dir, ReadContext& context, std::vector<fs::path>* files) {
  std::error_code error;
  fs::directory_iterator it(dir, error);
  for (; !error && it != fs::directory_iterator(); it.increment(error)) {
    const fs::path& path = it->path();
    if (IsHidden(path)) continue;
    std::error_code status_error;
    bool real_directory = it->is_directory(status_error) && !it->is_symlink(status_error);
    if (real_directory) {
      CollectReportFiles(path, context, files);
    } else if (TypeOf(path) != FileType::kOther) {
      files->push_back(path);
    }
  }
  if (error) {
    context.AddProblem(ProblemKind::kFailed, dir.string(),
                       "cannot read directory: " + error.message());
  }
}

void ReadDirectory(const std::string& dir, ReadContext& context) {
  context.set_id_root(dir);
  std::vector<fs::path> files;
  CollectReportFiles(dir, context, &files);
  std::sort(files.begin(), files.end());
  for (const fs::path& path : files) {
    std::error_code error;
    if (fs::is_directory(path, error)) {
      context.AddProblem(ProblemKind::kSkipped, path.string(),
                         "symbolic link to a directory: not followed");
      continue;
    }
    ReadFile(path.string(), TypeOf(path), context);
  }
}

void ReadInput(const std::string& input, ReadContext& context) {
  if (input == "-") return io_internal::ReadJsonLines(stdin, "<stdin>", context);
  if (input.empty()) return context.AddProblem(ProblemKind::kFailed, "\"\"", "empty path");
  std::error_code error;
  if (fs::is_directory(input, error)) return ReadDirectory(input, context);
  context.set_id_root(fs::path(input).parent_path());
  ReadFile(input, TypeOf(input), context);
}

}  // namespace

ReadSummary ReadReports(const std::vector<std::string>& inputs, const ReaderOptions& options,
                        const ReportSink& sink, const ProblemSink& on_problem) {
  ReadContext context(options, sink, on_problem);
  for (const std::string& input : inputs) ReadInput(input, context);
  return context.summary();
}

}  // namespace dkg
