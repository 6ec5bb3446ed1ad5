#include "dkg/eval/scorer.h"

#include <algorithm>
#include <iterator>
#include <set>
#include <string_view>
#include <tuple>
#include <utility>

#include "dkg/text/fold.h"

namespace dkg {
namespace {

using Pair = std::pair<int, int>;  // entity indices within one report
constexpr int kNone = -1;

double Ratio(std::size_t numerator, std::size_t denominator) {
  return denominator == 0 ? 0.0 : static_cast<double>(numerator) / denominator;
}

double HarmonicMean(double precision, double recall) {
  return precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
}

// One report's entities, addressable by id, with their normalised name forms.
class IndexedDoc {
 public:
  explicit IndexedDoc(const GoldDoc& doc) : doc_(doc) {
    for (std::size_t i = 0; i < doc.entities.size(); ++i) {
      const GoldEntity& entity = doc.entities[i];
      index_of_id_.emplace(entity.id, static_cast<int>(i));  // first one wins
      std::set<std::string> keys;
      auto add_form = [&keys](const std::string& form) {
        if (std::string key = NormalizeKey(form); !key.empty()) keys.insert(std::move(key));
      };
      add_form(entity.name);
      for (const auto& alias : entity.aliases) add_form(alias);
      keys_.push_back(std::move(keys));
    }
  }

  const GoldDoc& doc() const { return doc_; }
  std::size_t size() const { return doc_.entities.size(); }
  const GoldEntity& entity(int index) const { return doc_.entities[index]; }
  const std::set<std::string>& keys(int index) const { return keys_[index]; }

  // The index of the entity with this id, or kNone.
  int Index(const std::string& id) const {
    auto it = index_of_id_.find(id);
    return it == index_of_id_.end() ? kNone : it->second;
  }

 private:
  const GoldDoc& doc_;
  std::map<std::string, int> index_of_id_;
  std::vector<std::set<std::string>> keys_;
};

struct Matching {
  std::vector<int> gold_of_predicted;  // kNone when unmatched
  std::vector<int> predicted_of_gold;  // kNone when unmatched
};

std::size_t Overlap(const std::set<std::string>& a, const std::set<std::string>& b) {
  std::size_t shared = 0;
  for (auto it_a = a.begin(), it_b = b.begin(); it_a != a.end() && it_b != b.end();) {
    if (*it_a < *it_b) {
      ++it_a;
    } else if (*it_b < *it_a) {
      ++it_b;
    } else {
      ++shared, ++it_a, ++it_b;
    }
  }
  return shared;
}

// Greedy one-to-one matching by descending overlap, ties to lower gold then predicted index.
Matching MatchEntities(const IndexedDoc& gold, const IndexedDoc& predicted) {
  std::vector<std::tuple<std::size_t, int, int>> candidates;  // (overlap, gold, predicted)
  for (int g = 0; g < static_cast<int>(gold.size()); ++g) {
    for (int p = 0; p < static_cast<int>(predicted.size()); ++p) {
      if (gold.entity(g).type != predicted.entity(p).type) continue;
      const std::size_t overlap = Overlap(gold.keys(g), predicted.keys(p));
      if (overlap > 0) candidates.emplace_back(overlap, g, p);
    }
  }
  std::sort(candidates.begin(), candidates.end(), [](const auto& a, const auto& b) {
    if (std::get<0>(a) != std::get<0>(b)) return std::get<0>(a) > std::get<0>(b);
    return std::tie(std::get<1>(a), std::get<2>(a)) < std::tie(std::get<1>(b), std::get<2>(b));
  });
  Matching matching{std::vector<int>(predicted.size(), kNone),
                    std::vector<int>(gold.size(), kNone)};
  for (const auto& [overlap, g, p] : candidates) {
    if (matching.predicted_of_gold[g] != kNone || matching.gold_of_predicted[p] != kNone)
      continue;
    matching.predicted_of_gold[g] = p;
    matching.gold_of_predicted[p] = g;
  }
  return matching;
}

Pair Canonical(Pair pair, bool ordered) {
  if (!ordered && pair.second < pair.first) std::swap(pair.first, pair.second);
  return pair;
}

// The relations of one type as unique pairs of entity indices, without self-pairs, each
// with the set of its on_behalf_of entities.
std::map<Pair, std::set<int>> RelationPairs(const IndexedDoc& doc, std::string_view type) {
  const bool ordered = type != "MET_WITH";
  std::map<Pair, std::set<int>> pairs;
  for (const GoldRelation& relation : doc.doc().relations) {
    if (relation.type != type) continue;
    const int source = doc.Index(relation.source);
    const int target = doc.Index(relation.target);
    if (source == kNone || target == kNone || source == target) continue;
    auto& senders = pairs[Canonical({source, target}, ordered)];
    if (const int sender = doc.Index(relation.on_behalf_of); sender != kNone)
      senders.insert(sender);
  }
  return pairs;
}

// The gold pair a predicted pair maps to, or nullopt when an end is unmatched.
std::optional<Pair> MapToGold(Pair pair, const Matching& matching, bool ordered) {
  const int source = matching.gold_of_predicted[pair.first];
  const int target = matching.gold_of_predicted[pair.second];
  if (source == kNone || target == kNone) return std::nullopt;
  return Canonical({source, target}, ordered);
}

void ScoreEntities(const IndexedDoc& gold, const IndexedDoc& predicted,
                   const Matching& matching, Scores& scores) {
  for (int g = 0; g < static_cast<int>(gold.size()); ++g) {
    if (matching.predicted_of_gold[g] == kNone) ++scores.entities_by_type[gold.entity(g).type].fn;
  }
  for (int p = 0; p < static_cast<int>(predicted.size()); ++p) {
    Prf& prf = scores.entities_by_type[predicted.entity(p).type];
    ++(matching.gold_of_predicted[p] == kNone ? prf.fp : prf.tp);
  }
}

// MET_WITH (unordered) or CONVEYED_GREETINGS_TO (ordered, with on_behalf_of).
void ScorePairs(const IndexedDoc& gold, const IndexedDoc& predicted, const Matching& matching,
                std::string_view type, Prf& pairs_prf, Prf* senders_prf) {
  const bool ordered = type != "MET_WITH";
  const auto gold_pairs = RelationPairs(gold, type);
  Prf prf;
  for (const auto& [pair, predicted_senders] : RelationPairs(predicted, type)) {
    const std::optional<Pair> mapped = MapToGold(pair, matching, ordered);
    const auto found = mapped ? gold_pairs.find(*mapped) : gold_pairs.end();
    if (found == gold_pairs.end()) {
      ++prf.fp;
      continue;
    }
    ++prf.tp;
    if (senders_prf == nullptr) continue;
    std::size_t right = 0;
    for (int sender : predicted_senders)
      right += found->second.contains(matching.gold_of_predicted[sender]) ? 1 : 0;
    senders_prf->tp += right;
    senders_prf->fp += predicted_senders.size() - right;
    senders_prf->fn += found->second.size() - right;
  }
  prf.fn = gold_pairs.size() - prf.tp;
  pairs_prf += prf;
}

// Pairs (a, b), a != b, joined by a path of one or more edges.
std::set<Pair> Closure(const std::map<Pair, std::set<int>>& edges, std::size_t entity_count) {
  std::vector<std::vector<int>> next(entity_count);
  for (const auto& [edge, unused] : edges) next[edge.first].push_back(edge.second);
  std::set<Pair> reachable;
  for (int start = 0; start < static_cast<int>(entity_count); ++start) {
    std::vector<bool> seen(entity_count, false);
    std::vector<int> stack = next[start];
    while (!stack.empty()) {
      const int node = stack.back();
      stack.pop_back();
      if (seen[node]) continue;
      seen[node] = true;
      if (node != start) reachable.emplace(start, node);
      stack.insert(stack.end(), next[node].begin(), next[node].end());
    }
  }
  return reachable;
}

void ScoreRepresents(const IndexedDoc& gold, const IndexedDoc& predicted,
                     const Matching& matching, Prf& represents) {
  const auto gold_pairs = RelationPairs(gold, "REPRESENTS");
  const auto predicted_pairs = RelationPairs(predicted, "REPRESENTS");
  const std::set<Pair> gold_paths = Closure(gold_pairs, gold.size());
  const std::set<Pair> predicted_paths = Closure(predicted_pairs, predicted.size());
  Prf prf;
  prf.tp_recall = 0;
  for (const auto& [pair, unused] : predicted_pairs) {
    const std::optional<Pair> mapped = MapToGold(pair, matching, true);
    ++(mapped && gold_paths.contains(*mapped) ? prf.tp : prf.fp);
  }
  for (const auto& [pair, unused] : gold_pairs) {
    const Pair ends{matching.predicted_of_gold[pair.first], matching.predicted_of_gold[pair.second]};
    const bool found = ends.first != kNone && ends.second != kNone && predicted_paths.contains(ends);
    ++(found ? *prf.tp_recall : prf.fn);
  }
  represents += prf;
}

// Gold cluster and predicted cluster of each matched gold entity of one report.
void CollectIdentityItems(const IndexedDoc& gold, const IndexedDoc& predicted,
                          const Matching& matching, const std::string& report_key,
                          std::vector<std::pair<std::string, std::string>>& items) {
  for (int g = 0; g < static_cast<int>(gold.size()); ++g) {
    const int p = matching.predicted_of_gold[g];
    if (p == kNone) continue;
    std::string gold_cluster = gold.entity(g).xid;
    // A control character cannot occur in an xid, so this cluster is the entity's own.
    if (gold_cluster.empty()) gold_cluster = "\x01" + report_key + "\x01" + gold.entity(g).id;
    items.emplace_back(std::move(gold_cluster), predicted.entity(p).id);
  }
}

BCubed ComputeBCubed(const std::vector<std::pair<std::string, std::string>>& items) {
  std::map<std::pair<std::string, std::string>, std::size_t> joint;
  std::map<std::string, std::size_t> gold_size, predicted_size;
  for (const auto& item : items) {
    ++joint[item];
    ++gold_size[item.first];
    ++predicted_size[item.second];
  }
  BCubed result;
  result.items = items.size();
  if (items.empty()) return result;
  double precision_sum = 0, recall_sum = 0;
  for (const auto& item : items) {
    precision_sum += Ratio(joint[item], predicted_size[item.second]);
    recall_sum += Ratio(joint[item], gold_size[item.first]);
  }
  result.precision = precision_sum / items.size();
  result.recall = recall_sum / items.size();
  result.f1 = HarmonicMean(result.precision, result.recall);
  return result;
}

}  // namespace

double Prf::Precision() const { return Ratio(tp, tp + fp); }
double Prf::Recall() const { return Ratio(RecallTp(), RecallTp() + fn); }
double Prf::F1() const { return HarmonicMean(Precision(), Recall()); }

Prf& Prf::operator+=(const Prf& other) {
  if (tp_recall || other.tp_recall) tp_recall = RecallTp() + other.RecallTp();
  tp += other.tp;
  fp += other.fp;
  fn += other.fn;
  return *this;
}

Scores Score(const std::vector<GoldDoc>& gold, const std::vector<GoldDoc>& predicted) {
  std::map<std::string, const GoldDoc*> predicted_by_id;
  for (const GoldDoc& doc : predicted) predicted_by_id.emplace(doc.id, &doc);  // first wins
  Scores scores;
  for (const char* type : {"Person", "Institution", "Country"}) scores.entities_by_type[type];
  const GoldDoc empty_prediction;
  std::vector<std::pair<std::string, std::string>> identity_items;
  for (const GoldDoc& gold_doc : gold) {
    const std::string& key = gold_doc.text_ref.empty() ? gold_doc.id : gold_doc.text_ref;
    auto it = predicted_by_id.find(key);
    if (it == predicted_by_id.end()) ++scores.missing_predictions;
    const IndexedDoc gold_index(gold_doc);
    const IndexedDoc predicted_index(it == predicted_by_id.end() ? empty_prediction : *it->second);
    const Matching matching = MatchEntities(gold_index, predicted_index);
    ScoreEntities(gold_index, predicted_index, matching, scores);
    ScorePairs(gold_index, predicted_index, matching, "MET_WITH", scores.met_with, nullptr);
    ScorePairs(gold_index, predicted_index, matching, "CONVEYED_GREETINGS_TO", scores.greetings,
               &scores.on_behalf_of);
    ScoreRepresents(gold_index, predicted_index, matching, scores.represents);
    CollectIdentityItems(gold_index, predicted_index, matching, key, identity_items);
    ++scores.reports;
  }
  for (const auto& [type, prf] : scores.entities_by_type) scores.entities += prf;
  scores.identity = ComputeBCubed(identity_items);
  return scores;
}

}  // namespace dkg
