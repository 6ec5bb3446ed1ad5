// Extractor: one report in, its entities and relations out (the per-report stage of the
// pipeline: sentences -> tokens -> mentions -> coreference chains -> relations).
// Immutable after construction and thread-safe: one instance serves every worker thread.
#pragma once

#include <memory>
#include <string>

#include "dkg/extract/extraction.h"
#include "dkg/lexicon/lexicon.h"
#include "dkg/report.h"

namespace dkg {
namespace internal {
struct WordLists;
}

class Extractor {
 public:
  explicit Extractor(std::shared_ptr<const Lexicon> lexicon);

  // Entities get local ids (p1, i1, c1) in order of first mention. Never throws on
  // messy text; it yields fewer facts instead.
  Extraction Extract(const Report& report) const;

  // The same, and appends to `trace` a human-readable account for `dkg explain`:
  // sentences, tagged mentions, coreference chains and the rule behind each relation.
  Extraction Extract(const Report& report, std::string* trace) const;

  const Lexicon& lexicon() const { return *lexicon_; }

 private:
  std::shared_ptr<const Lexicon> lexicon_;
  std::shared_ptr<const internal::WordLists> lists_;  // the lexicon's lists as token bits
};

}  // namespace dkg
