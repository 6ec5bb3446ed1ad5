#include "dkg/extract/extractor.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "extract/analysis.h"
#include "extract/explain.h"

namespace dkg {
namespace {

using internal::Analysis;

// Local ids in order of first mention: p1.. for persons, i1.. institutions, c1.. countries.
std::vector<int> AssignIds(Analysis& a) {
  std::vector<int> order(a.entities.size());
  for (std::size_t e = 0; e < order.size(); ++e) order[e] = static_cast<int>(e);
  auto first = [&](int e) {
    return a.entities[e].mentions.empty() ? Span{~0u, ~0u} : a.entities[e].mentions.front();
  };
  std::stable_sort(order.begin(), order.end(), [&](int x, int y) {
    return std::make_tuple(a.entities[x].type, first(x)) <
           std::make_tuple(a.entities[y].type, first(y));
  });
  std::vector<int> new_index(a.entities.size(), -1);
  int counters[3] = {0, 0, 0};
  const char prefixes[3] = {'p', 'i', 'c'};
  for (std::size_t k = 0; k < order.size(); ++k) {
    Entity& entity = a.entities[order[k]];
    if (entity.mentions.empty()) continue;
    const int t = static_cast<int>(entity.type);
    entity.id = std::to_string(++counters[t]);
    entity.id.insert(entity.id.begin(), prefixes[t]);
    new_index[order[k]] = static_cast<int>(k);
  }
  return new_index;
}

Extraction Assemble(Analysis& a, const Report& report) {
  Extraction out;
  out.report_id = report.id;
  out.date = report.date;
  const std::vector<int> new_index = AssignIds(a);
  std::vector<int> position(a.entities.size(), -1);
  std::vector<std::pair<int, int>> kept;
  for (std::size_t e = 0; e < a.entities.size(); ++e)
    if (new_index[e] >= 0) kept.emplace_back(new_index[e], static_cast<int>(e));
  std::sort(kept.begin(), kept.end());
  for (auto [order, e] : kept) {
    position[e] = static_cast<int>(out.entities.size());
    // Taken over from the analysis, which keeps only the name (for the trace).
    Entity entity = std::move(a.entities[e]);
    a.entities[e].name = entity.name;
    if (std::find(entity.aliases.begin(), entity.aliases.end(), entity.name) == entity.aliases.end())
      entity.aliases.insert(entity.aliases.begin(), entity.name);
    out.entities.push_back(std::move(entity));
  }
  std::set<std::tuple<RelationType, int, int>> seen;
  for (const auto& r : a.relations) {
    int source = position[r.source], target = position[r.target];
    if (source < 0 || target < 0) continue;
    if (IsSymmetric(r.type) && target < source) std::swap(source, target);
    if (!seen.emplace(r.type, source, target).second) continue;
    Relation relation;
    relation.type = r.type;
    relation.source = source;
    relation.target = target;
    relation.on_behalf_of = r.on_behalf_of >= 0 ? position[r.on_behalf_of] : -1;
    const auto& sentence = a.sentences[r.sentence];
    relation.evidence = Evidence{sentence.span, std::string(a.Text(sentence.span)), r.rule};
    out.relations.push_back(std::move(relation));
  }
  return out;
}

}  // namespace

Extractor::Extractor(std::shared_ptr<const Lexicon> lexicon)
    : lexicon_(std::move(lexicon)), lists_(std::make_shared<internal::WordLists>(*lexicon_)) {}

Extraction Extractor::Extract(const Report& report) const { return Extract(report, nullptr); }

Extraction Extractor::Extract(const Report& report, std::string* trace) const {
  thread_local std::string content;
  report.ContentInto(content);
  // The analysis of the thread's previous report, emptied: its memory is reused.
  thread_local Analysis a;
  a.Reset();
  a.content = content;
  a.lexicon = lexicon_.get();
  a.lists = lists_.get();
  a.publisher_country = lexicon_->PublisherCountry(report.source);
  a.title_end = report.text.empty() || report.title.empty()
                    ? (report.text.empty() ? static_cast<std::uint32_t>(content.size()) : 0)
                    : static_cast<std::uint32_t>(report.title.size());
  internal::SplitAndTag(a);
  internal::FindCountries(a);
  internal::FindInstitutions(a);
  internal::FindPersons(a);
  internal::ResolveCoreference(a);
  internal::FindRepresents(a);
  internal::FindMeetings(a);
  // (the office holders the lexicon knows of other states than the report's are placed
  // while greetings are sent and those present are seated, "Also at the table: Fuad
  // Hussein", and placed again, as known by then, after the report's other ties)
  internal::FindVisitingLeaderCountries(a);
  internal::FindGreetings(a);
  internal::FindMeetingCompanions(a);
  internal::WithdrawLeaderCountries(a);
  internal::FindDeputiesBodies(a);
  internal::FindSceneCountries(a);
  internal::FindLeaderCountries(a);
  internal::FindHostSideCountries(a);
  internal::FindDatelineAffiliations(a);
  internal::FindOfficeCountries(a);
  internal::FindCounterpartCountries(a);
  internal::FindMinistryCountries(a);
  internal::FindLegislatureMembers(a);
  internal::FindStateBodyCountries(a);
  internal::FindOfficersBodies(a);
  Extraction out = Assemble(a, report);
  if (trace) internal::WriteTrace(a, out, *trace);
  return out;
}

}  // namespace dkg
