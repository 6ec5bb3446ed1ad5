// ParseReportJson: one JSON object -> Report, through RapidJSON's iterative SAX parser so
// that depth is bounded by a counter rather than the call stack, and no DOM is built.
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>
#include <rapidjson/stream.h>

#include "dkg/io/report_reader.h"
#include "dkg/text/utf8.h"
#include "io/report_reader_internal.h"

namespace dkg {
namespace {

using io_internal::QuoteForMessage;

enum Field : std::size_t { kId, kTitle, kText, kBody, kDate, kSource, kFieldCount, kOther };
constexpr std::array<std::string_view, kFieldCount> kFieldNames = {"id",   "title", "text",
                                                                   "body", "date",  "source"};

struct FieldValue {
  bool seen = false;
  bool has_value = false;  // false for JSON null
  std::string value;
};

// Collects the top-level fields of one object. Returning false stops the parser; then
// error() says why.
class ReportHandler : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, ReportHandler> {
 public:
  explicit ReportHandler(std::size_t max_depth) : max_depth_(max_depth) {}

  bool Null() { return Scalar("null", nullptr); }
  bool Bool(bool) { return Scalar("boolean", nullptr); }
  bool RawNumber(const char* str, rapidjson::SizeType length, bool) {
    std::string_view number(str, length);
    return Scalar("number", &number);
  }
  bool String(const char* str, rapidjson::SizeType length, bool) {
    std::string_view text(str, length);
    return Scalar("string", &text);
  }
  bool Key(const char* str, rapidjson::SizeType length, bool) {
    if (depth_ == 1) current_ = Lookup(std::string_view(str, length));
    return true;
  }
  bool StartObject() { return Open("object"); }
  bool StartArray() { return Open("array"); }
  bool EndObject(rapidjson::SizeType) { return Close(); }
  bool EndArray(rapidjson::SizeType) { return Close(); }

  const std::string& error() const { return error_; }
  std::vector<std::string>& warnings() { return warnings_; }
  FieldValue& field(Field field) { return fields_[field]; }

 private:
  static Field Lookup(std::string_view key) {
    for (std::size_t i = 0; i < kFieldCount; ++i) {
      if (kFieldNames[i] == key) return static_cast<Field>(i);
    }
    return kOther;
  }

  bool Fail(std::string message) {
    error_ = std::move(message);
    return false;
  }

  bool Open(const char* type) {
    if (depth_ == 0 && std::string_view(type) != "object") {
      return Fail(fmt::format("expected a JSON object, got {}", type));
    }
    if (depth_ == 1 && !Accept(type, nullptr)) return false;
    if (++depth_ > max_depth_) {
      return Fail(fmt::format("JSON nested deeper than {} levels", max_depth_));
    }
    return true;
  }

  bool Close() {
    --depth_;
    return true;
  }

  bool Scalar(const char* type, const std::string_view* text) {
    if (depth_ == 0) return Fail(fmt::format("expected a JSON object, got {}", type));
    return depth_ == 1 ? Accept(type, text) : true;
  }

  // The value of the current top-level member; `text` is null unless string or number.
  bool Accept(std::string_view type, const std::string_view* text) {
    if (current_ == kOther) return true;
    std::string_view name = kFieldNames[current_];
    FieldValue& field = fields_[current_];
    if (field.seen) return Fail(fmt::format("duplicate field '{}'", name));
    field.seen = true;
    if (type == "null") return true;
    bool accepted = type == "string" || (type == "number" && current_ == kId);
    if (accepted) {
      field.value.assign(*text);
      field.has_value = true;
      return true;
    }
    const char* expected = current_ == kId ? "a string or number" : "a string";
    if (current_ == kDate || current_ == kSource) {
      warnings_.push_back(
          fmt::format("field '{}' is not {} (got {}); dropped", name, expected, type));
      return true;
    }
    return Fail(fmt::format("field '{}' must be {}, got {}", name, expected, type));
  }

  std::size_t max_depth_;
  std::size_t depth_ = 0;
  Field current_ = kOther;
  std::array<FieldValue, kFieldCount> fields_;
  std::string error_;
  std::vector<std::string> warnings_;
};

// The RapidJSON message, made specific where RapidJSON's own is misleading.
std::string ParseErrorMessage(rapidjson::ParseErrorCode code, std::string_view json,
                              std::size_t offset) {
  if (code == rapidjson::kParseErrorStringEscapeInvalid && offset < json.size() &&
      static_cast<unsigned char>(json[offset]) < 0x20) {
    if (json[offset] == '\n' || json[offset] == '\r') {
      return "unclosed string (a line break inside a string must be written as \\n)";
    }
    return fmt::format("control character U+{:04X} inside a string (write it as \\u{:04x})",
                       static_cast<unsigned>(json[offset]), static_cast<unsigned>(json[offset]));
  }
  if (code == rapidjson::kParseErrorNumberTooBig) {
    return "number too large (beyond the range of a double)";
  }
  std::string message = rapidjson::GetParseError_En(code);
  if (!message.empty() && message.back() == '.') message.pop_back();
  return message;
}

bool IsLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

// YYYY-MM-DD naming a real calendar day.
bool IsIsoDate(std::string_view date) {
  if (date.size() != 10) return false;
  int parts[3] = {0, 0, 0};
  std::size_t part = 0;
  // Exactly DDDD-DD-DD: a '-' anywhere else ("2023--2-29") would overrun `parts`.
  for (std::size_t i = 0; i < date.size(); ++i) {
    const char c = date[i];
    if (i == 4 || i == 7) {
      if (c != '-') return false;
      ++part;
    } else if (c >= '0' && c <= '9') {
      parts[part] = parts[part] * 10 + (c - '0');
    } else {
      return false;
    }
  }
  static constexpr int kDaysInMonth[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  auto [year, month, day] = parts;
  if (month < 1 || month > 12 || day < 1) return false;
  int days = kDaysInMonth[month - 1] + (month == 2 && IsLeapYear(year) ? 1 : 0);
  return day <= days;
}

// Replaces invalid UTF-8 and NUL in one field, counting what was replaced.
std::string RepairField(FieldValue& field, std::size_t* replaced, std::size_t* nul_bytes) {
  if (!field.has_value) return {};
  Utf8Repair repair = RepairOwnedUtf8(std::move(field.value));
  *replaced += repair.replaced;
  *nul_bytes += repair.nul_bytes;
  return std::move(repair.text);
}

// Builds the report from parsed fields; returns an error message or "" on success.
std::string BuildReport(ReportHandler& handler, const std::string& fallback_id,
                        const ReaderOptions& options, Report* report) {
  FieldValue& text = handler.field(kText);
  FieldValue& body = handler.field(kBody);
  if (text.seen && body.seen) return "fields 'text' and 'body' both given";
  FieldValue& content = text.seen ? text : body;
  if (!content.has_value) return "missing field 'text'";
  std::size_t replaced = 0;
  std::size_t nul_bytes = 0;
  report->id = RepairField(handler.field(kId), &replaced, &nul_bytes);
  if (report->id.empty()) report->id = fallback_id;
  report->title = RepairField(handler.field(kTitle), &replaced, &nul_bytes);
  report->text = RepairField(content, &replaced, &nul_bytes);
  report->date = RepairField(handler.field(kDate), &replaced, &nul_bytes);
  report->source = RepairField(handler.field(kSource), &replaced, &nul_bytes);
  if (io_internal::IsBlank(report->title) && io_internal::IsBlank(report->text)) {
    return "empty report";
  }
  std::size_t size = report->title.size() + report->text.size();
  if (size > options.max_report_bytes) {
    return fmt::format("report too large: {} bytes (limit {})", size, options.max_report_bytes);
  }
  std::vector<std::string>& warnings = handler.warnings();
  if (!report->date.empty() && !IsIsoDate(report->date)) {
    warnings.push_back(
        fmt::format("date '{}' is not YYYY-MM-DD; dropped", QuoteForMessage(report->date)));
    report->date.clear();
  }
  if (replaced > 0) {
    warnings.push_back(fmt::format("invalid UTF-8 replaced with U+FFFD ({} sequence{})", replaced,
                                   replaced == 1 ? "" : "s"));
  }
  if (nul_bytes > 0) {
    warnings.push_back(fmt::format("NUL characters replaced with spaces ({})", nul_bytes));
  }
  return {};
}

}  // namespace

std::optional<Report> ParseReportJson(std::string_view json, const std::string& fallback_id,
                                      const ReaderOptions& options, InputProblem* problem) {
  InputProblem ignored;
  if (problem == nullptr) problem = &ignored;
  *problem = InputProblem{ProblemKind::kSkipped, fallback_id, {}};
  std::size_t bom = json.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  json.remove_prefix(bom);
  if (std::size_t nul = json.find('\0'); nul != std::string_view::npos) {
    problem->message = fmt::format("invalid JSON at offset {}: NUL byte (binary data?)", nul + bom);
    return std::nullopt;
  }
  ReportHandler handler(options.max_json_depth);
  // Parsed in situ, in a copy ended by the NUL that the check above keeps out of the
  // JSON: strings are unescaped where they stand instead of through a second buffer.
  // RapidJSON scans strings 16 aligned bytes at a time (RAPIDJSON_SSE2): the padding
  // keeps every such load inside the buffer.
  thread_local std::string buffer;
  buffer.assign(json);
  buffer.append(16, '\0');
  rapidjson::InsituStringStream stream(buffer.data());
  rapidjson::Reader reader;
  constexpr unsigned kFlags = rapidjson::kParseIterativeFlag |
                              rapidjson::kParseNumbersAsStringsFlag |
                              rapidjson::kParseInsituFlag;
  rapidjson::ParseResult result = reader.Parse<kFlags>(stream, handler);
  if (buffer.capacity() > (std::size_t{4} << 20)) std::string().swap(buffer);  // a huge report
  if (result.IsError()) {
    std::size_t offset = result.Offset();
    problem->message = result.Code() == rapidjson::kParseErrorTermination
                           ? fmt::format("{} (offset {})", handler.error(), offset + bom)
                           : fmt::format("invalid JSON at offset {}: {}", offset + bom,
                                         ParseErrorMessage(result.Code(), json, offset));
    return std::nullopt;
  }
  Report report;
  problem->message = BuildReport(handler, fallback_id, options, &report);
  if (!problem->message.empty()) return std::nullopt;
  problem->kind = ProblemKind::kWarning;
  problem->message = fmt::format("{}", fmt::join(handler.warnings(), "; "));
  return report;
}

}  // namespace dkg
