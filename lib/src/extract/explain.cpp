#include "extract/explain.h"

#include <fmt/format.h>

namespace dkg::internal {
namespace {

const char* MentionTypeName(MentionType type) {
  switch (type) {
    case MentionType::kPerson: return "PERSON";
    case MentionType::kCountry: return "COUNTRY";
    case MentionType::kInstitution: return "INSTITUTION";
    case MentionType::kRoleOnly: return "ROLE";
  }
  return "?";
}

}  // namespace

void WriteTrace(const Analysis& a, const Extraction& out, std::string& trace) {
  std::vector<std::vector<int>> by_sentence(a.sentences.size());
  for (int m = 0; m < static_cast<int>(a.mentions.size()); ++m)
    by_sentence[a.mentions[m].sentence].push_back(m);
  trace += fmt::format("report {}\n\n== sentences and mentions\n", out.report_id);
  for (std::size_t si = 0; si < a.sentences.size(); ++si) {
    const auto& s = a.sentences[si];
    trace += fmt::format("[{}] {}-{}{} {}\n", si, s.span.begin, s.span.end,
                         s.is_title ? " (title)" : "", a.Text(s.span));
    for (int m : by_sentence[si]) {
      const Mention& mention = a.mentions[m];
      std::string entity = mention.entity >= 0 ? a.entities[mention.entity].name : "(unlinked)";
      trace += fmt::format("    {:<11} {:?} -> {}", MentionTypeName(mention.type),
                           mention.surface, entity);
      for (const auto& role : mention.roles) trace += fmt::format(" [role: {}]", role);
      if (mention.embedded) trace += " [embedded]";
      trace += '\n';
    }
  }
  trace += "\n== entities (coreference chains)\n";
  for (const auto& e : out.entities) {
    trace += fmt::format("{:<4} {:<11} {}  aliases: {}", e.id, ToString(e.type), e.name,
                         fmt::join(e.aliases, " | "));
    if (!e.roles.empty()) trace += fmt::format("  roles: {}", fmt::join(e.roles, " | "));
    trace += '\n';
  }
  trace += "\n== relations\n";
  for (const auto& r : out.relations) {
    trace += fmt::format("{} {} -> {}", ToString(r.type), out.entities[r.source].name,
                         out.entities[r.target].name);
    if (r.on_behalf_of >= 0)
      trace += fmt::format(" (on behalf of {})", out.entities[r.on_behalf_of].name);
    trace += fmt::format("  rule={} bytes {}-{}\n    \"{}\"\n", r.evidence.rule,
                         r.evidence.sentence.begin, r.evidence.sentence.end, r.evidence.text);
  }
}

}  // namespace dkg::internal
