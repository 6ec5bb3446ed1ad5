// JSON Lines reader: streams a file or stdin line by line, so memory is bounded by the
// longest accepted line, never by the file.
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

// Splits a stream into '\n'-terminated lines. A line over the limit is read past in
// chunks and not kept. Not thread-safe.
class LineReader {
 public:
  LineReader(std::FILE* file, std::size_t max_line_bytes)
      : file_(file), max_line_bytes_(max_line_bytes) {}

  // The first `size` bytes of the stream (fewer at its end), without consuming them.
  std::string_view Peek(std::size_t size) {
    while (buffer_.size() - start_ < size && Fill()) {
    }
    return std::string_view(buffer_).substr(start_, size);
  }

  // Reads the next line without its '\n' into *line; false at the end of the stream.
  // After a line over the limit, *line is empty and last_too_long() is true.
  bool Next(std::string* line) {
    line->clear();
    last_size_ = 0;
    last_too_long_ = false;
    bool any = false;
    while (true) {
      if (start_ == buffer_.size() && !Fill()) return any;
      any = true;
      std::string_view rest = std::string_view(buffer_).substr(start_);
      std::size_t end = rest.find('\n');
      std::string_view piece = rest.substr(0, end);
      last_size_ += piece.size();
      if (last_size_ > max_line_bytes_) {
        last_too_long_ = true;
        line->clear();
      } else {
        line->append(piece);
      }
      start_ += piece.size();
      if (end != std::string_view::npos) {
        ++start_;
        return true;
      }
    }
  }

  bool last_too_long() const { return last_too_long_; }
  std::size_t last_size() const { return last_size_; }
  int error() const { return error_; }

 private:
  // Appends a chunk to the buffer, dropping what was consumed; false at end or error.
  bool Fill() {
    buffer_.erase(0, start_);
    start_ = 0;
    char chunk[1 << 16];
    std::size_t got = std::fread(chunk, 1, sizeof chunk, file_);
    buffer_.append(chunk, got);
    if (got == 0 && std::ferror(file_)) error_ = errno != 0 ? errno : EIO;
    return got > 0;
  }

  std::FILE* file_;
  std::size_t max_line_bytes_;
  std::string buffer_;
  std::size_t start_ = 0;
  std::size_t last_size_ = 0;
  bool last_too_long_ = false;
  int error_ = 0;
};

// Whole-stream checks on the first bytes; returns the message of a problem or "".
std::string CheckStreamStart(std::string_view head) {
  if (head.empty()) return "empty file";
  if (LooksLikeUtf16(head)) {
    return "UTF-16 text: convert it to UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)";
  }
  if (head.find('\0') != std::string_view::npos) return "binary file (NUL bytes)";
  return {};
}

void ReadLine(const std::string& line, const std::string& where, const std::string& fallback_id,
              ReadContext& context) {
  InputProblem problem;
  std::optional<Report> report = ParseReportJson(line, fallback_id, context.options(), &problem);
  if (!problem.message.empty()) {
    problem.where = where;
    context.AddProblem(problem);
  }
  if (report) context.AddReport(std::move(*report));
}

}  // namespace

void ReadJsonLines(std::FILE* file, const std::string& name, ReadContext& context) {
  const std::string id_name = name == "<stdin>" ? name : context.IdFor(name);
  const ReaderOptions& options = context.options();
  LineReader reader(file, options.max_line_bytes);
  errno = 0;
  if (std::string message = CheckStreamStart(reader.Peek(4096)); !message.empty()) {
    ProblemKind kind = reader.error() != 0 ? ProblemKind::kFailed : ProblemKind::kSkipped;
    if (kind == ProblemKind::kFailed) message = "read error: " + ErrnoMessage(reader.error());
    return context.AddProblem(kind, name, std::move(message));
  }
  std::size_t line_number = 0;
  std::size_t non_blank = 0;
  std::string line;
  while (reader.Next(&line)) {
    ++line_number;
    std::string where = fmt::format("{}:{}", name, line_number);
    if (reader.last_too_long()) {
      ++non_blank;
      context.AddProblem(ProblemKind::kSkipped, where,
                         fmt::format("line too long: {} bytes (limit {})", reader.last_size(),
                                     options.max_line_bytes));
      continue;
    }
    std::string_view content = line;
    if (line_number == 1 && content.starts_with("\xEF\xBB\xBF")) content.remove_prefix(3);
    if (IsBlank(content)) continue;
    ++non_blank;
    ReadLine(line, where, fmt::format("{}:{}", id_name, line_number), context);
  }
  if (reader.error() != 0) {
    context.AddProblem(
        ProblemKind::kFailed, name,
        fmt::format("read error after line {}: {}", line_number, ErrnoMessage(reader.error())));
  } else if (non_blank == 0) {
    context.AddProblem(ProblemKind::kSkipped, name, "empty file (only whitespace)");
  }
}

void ReadJsonLinesFile(const std::string& path, ReadContext& context) {
  errno = 0;
  std::unique_ptr<std::FILE, FileCloser> file(std::fopen(path.c_str(), "rb"));
  if (!file) {
    return context.AddProblem(ProblemKind::kFailed, path, "cannot open: " + ErrnoMessage(errno));
  }
  ReadJsonLines(file.get(), path, context);
}

}  // namespace dkg::io_internal
