// Fuzzes the whole per-report pipeline with the bundled lexicon: the bytes become a report
// the way the .txt reader makes one (UTF-8 repaired, first line the title), then
// Extractor::Extract (with a trace, as `dkg explain` does, on every other input), then
// resolution and graph building over that one extraction.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dkg/extract/extractor.h"
#include "dkg/lexicon/lexicon.h"
#include "dkg/pipeline/build.h"
#include "fuzz_support.h"

namespace {

using namespace dkg;

std::shared_ptr<const Lexicon> BundledLexicon() {
  static const std::shared_ptr<const Lexicon> lexicon =
      Lexicon::Load(std::string(DKG_SOURCE_DIR) + "/data/lexicon");
  return lexicon;
}

Report MakeReport(std::string_view bytes) {
  Report report;
  report.id = "fuzz";
  report.date = "2024-02-29";
  std::string text = RepairUtf8(bytes).text;
  std::size_t line_end = text.find('\n');
  if (line_end == std::string::npos) {
    report.text = std::move(text);
  } else {
    report.title = text.substr(0, line_end);
    report.text = text.substr(line_end + 1);
  }
  return report;
}

bool InContent(Span span, const std::string& content) {
  return span.begin <= span.end && span.end <= content.size();
}

void CheckExtraction(const Extraction& x, const std::string& content) {
  const int entities = static_cast<int>(x.entities.size());
  for (const Entity& entity : x.entities) {
    fuzz::Check(!entity.id.empty(), "entity without an id");
    fuzz::Check(IsValidUtf8(entity.name), "entity name is not valid UTF-8");
    fuzz::Check(!entity.mentions.empty(), "entity without mentions");
    for (Span mention : entity.mentions)
      fuzz::Check(InContent(mention, content), "mention outside the content");
    for (const std::string& alias : entity.aliases)
      fuzz::Check(IsValidUtf8(alias), "alias is not valid UTF-8");
  }
  for (const Relation& r : x.relations) {
    fuzz::Check(r.source >= 0 && r.source < entities, "relation source out of range");
    fuzz::Check(r.target >= 0 && r.target < entities, "relation target out of range");
    fuzz::Check(r.source != r.target, "relation from an entity to itself");
    fuzz::Check(r.on_behalf_of >= -1 && r.on_behalf_of < entities, "on_behalf_of out of range");
    fuzz::Check(InContent(r.evidence.sentence, content), "evidence outside the content");
    fuzz::Check(r.evidence.text == std::string_view(content).substr(
                                       r.evidence.sentence.begin, r.evidence.sentence.size()),
                "evidence text is not the sentence at its span");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  static const Extractor extractor(BundledLexicon());
  Report report = MakeReport(std::string_view(reinterpret_cast<const char*>(data) + 1, size - 1));
  std::string trace;
  Extraction x = extractor.Extract(report, (data[0] & 1) ? &trace : nullptr);
  CheckExtraction(x, report.Content());
  fuzz::Check(IsValidUtf8(trace), "trace is not valid UTF-8");

  std::vector<Extraction> extractions{std::move(x)};
  BuildResult result;
  ResolveAndBuild(extractions, BundledLexicon(), AliasRules{}, result);
  fuzz::Check(result.graph.node_count() <= extractions[0].entities.size(),
              "more nodes than entities");
  return 0;
}
