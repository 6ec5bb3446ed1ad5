// Whole-file readers: a .txt report (title line + body) and a .json report (one object).
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "dkg/io/report_reader.h"
#include "dkg/text/utf8.h"
#include "io/report_reader_internal.h"

namespace dkg::io_internal {
namespace {

using File = std::unique_ptr<std::FILE, FileCloser>;

// Reads up to `limit` + 1 bytes into *bytes; returns an error message or "".
std::string ReadAtMost(const std::string& path, std::size_t limit, std::string* bytes) {
  errno = 0;
  File file(std::fopen(path.c_str(), "rb"));
  if (!file) return "cannot open: " + ErrnoMessage(errno);
  char buffer[1 << 16];
  while (bytes->size() <= limit) {
    std::size_t wanted = std::min(sizeof buffer, limit + 1 - bytes->size());
    std::size_t got = std::fread(buffer, 1, wanted, file.get());
    bytes->append(buffer, got);
    if (got < wanted) break;
  }
  if (std::ferror(file.get())) return "read error: " + ErrnoMessage(errno);
  return {};
}

// Reads the file unless it is unreadable or over `limit` bytes; reports those problems,
// naming `shown_limit` (the user's setting, which `limit` may exceed by some slack).
std::optional<std::string> ReadBytes(const std::string& path, std::size_t limit,
                                     std::size_t shown_limit, std::string_view what,
                                     ReadContext& context) {
  std::string bytes;
  if (std::string error = ReadAtMost(path, limit, &bytes); !error.empty()) {
    context.AddProblem(ProblemKind::kFailed, path, error);
    return std::nullopt;
  }
  if (bytes.size() > limit) {
    context.AddProblem(ProblemKind::kSkipped, path,
                       fmt::format("{} too large: over {} bytes (limit {})", what, limit,
                                   shown_limit));
    return std::nullopt;
  }
  return bytes;
}

// The content checks common to every file type; reports a problem and returns false if
// the bytes are not text at all.
bool CheckIsText(const std::string& path, std::string_view bytes, ReadContext& context) {
  std::string message;
  if (bytes.empty()) {
    message = "empty file";
  } else if (LooksLikeUtf16(bytes)) {
    message = "UTF-16 text: convert it to UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)";
  } else if (bytes.find('\0') != std::string_view::npos) {
    message = "binary file (NUL bytes)";
  } else if (IsBlank(bytes.starts_with("\xEF\xBB\xBF") ? bytes.substr(3) : bytes)) {
    message = "empty file (only whitespace)";
  }
  if (message.empty()) return true;
  context.AddProblem(ProblemKind::kSkipped, path, std::move(message));
  return false;
}

std::string_view Trim(std::string_view text) {
  std::size_t begin = 0;
  while (begin < text.size() && IsBlank(text.substr(begin, 1))) ++begin;
  std::size_t end = text.size();
  while (end > begin && IsBlank(text.substr(end - 1, 1))) --end;
  return text.substr(begin, end - begin);
}

// Splits repaired text (LF line ends) at its first non-blank line.
void SplitTitle(std::string_view text, Report* report) {
  while (!text.empty()) {
    std::size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    if (!IsBlank(line)) {
      report->title = Trim(line);
      break;
    }
  }
  report->text = Trim(text);
}

}  // namespace

void ReadTextFile(const std::string& path, ReadContext& context) {
  const ReaderOptions& options = context.options();
  // Repair and trimming may change the size a little; the exact check comes later.
  std::size_t limit = options.max_report_bytes * 2 + 4096;
  std::optional<std::string> bytes =
      ReadBytes(path, limit, options.max_report_bytes, "report", context);
  if (!bytes || !CheckIsText(path, *bytes, context)) return;
  Utf8Repair repair = RepairUtf8(*bytes);
  Report report;
  report.id = context.IdFor(path);
  SplitTitle(repair.text, &report);
  std::size_t size = report.title.size() + report.text.size();
  if (size > options.max_report_bytes) {
    context.AddProblem(
        ProblemKind::kSkipped, path,
        fmt::format("report too large: {} bytes (limit {})", size, options.max_report_bytes));
    return;
  }
  if (repair.replaced > 0) {
    context.AddProblem(ProblemKind::kWarning, path,
                       fmt::format("invalid UTF-8 replaced with U+FFFD ({} sequence{})",
                                   repair.replaced, repair.replaced == 1 ? "" : "s"));
  }
  context.AddReport(std::move(report));
}

void ReadJsonFile(const std::string& path, ReadContext& context) {
  const ReaderOptions& options = context.options();
  std::optional<std::string> bytes =
      ReadBytes(path, options.max_line_bytes, options.max_line_bytes, "JSON file", context);
  if (!bytes || !CheckIsText(path, *bytes, context)) return;
  InputProblem problem;
  std::optional<Report> report = ParseReportJson(*bytes, context.IdFor(path), options, &problem);
  if (!problem.message.empty()) {
    problem.where = path;
    context.AddProblem(problem);
  }
  if (report) context.AddReport(std::move(*report));
}

}  // namespace dkg::io_internal
