// A Report is one news text as read from disk or a stream. Immutable after reading.
#pragma once

#include <string>

namespace dkg {

struct Report {
  std::string id;      // the `id` field, or the file path for .txt/.json without one
  std::string title;   // headline (first line of a .txt file)
  std::string text;    // body
  std::string date;    // YYYY-MM-DD, or empty when unknown
  std::string source;  // free text: URL, feed name; may be empty

  // What is annotated and extracted: the title, a blank line, then the text
  // (ANNOTATION.md). All byte offsets in extractions index into this string.
  std::string Content() const {
    std::string out;
    ContentInto(out);
    return out;
  }
  // Content() written over `out`, reusing its memory.
  void ContentInto(std::string& out) const {
    out.assign(title);
    if (!title.empty() && !text.empty()) out += "\n\n";
    out += text;
  }
};

}  // namespace dkg
