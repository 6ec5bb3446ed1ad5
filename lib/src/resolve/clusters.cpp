#include "resolve/clusters.h"

#include <algorithm>
#include <tuple>
#include <type_traits>
#include <unordered_map>

#include "dkg/text/tokenizer.h"
#include "resolve/name_keys.h"
#include "text/name_words.h"

namespace dkg::internal {

int Clusters::Id(const std::string& key) {
  auto [it, added] = id_of_.try_emplace(key, static_cast<int>(info_.size()));
  if (added) {
    info_.push_back(Info{.key = key});
    parent_.push_back(it->second);
    votes_.emplace_back();
  }
  return it->second;
}

int Clusters::FindId(const std::string& key) const {
  auto it = id_of_.find(key);
  return it == id_of_.end() ? -1 : it->second;
}

int Clusters::Root(int id) {
  while (parent_[id] != id) id = parent_[id] = parent_[parent_[id]];
  return id;
}

int Clusters::FindRoot(int id) const {
  while (parent_[id] != id) id = parent_[id];
  return id;
}

void Clusters::Observe(const std::string& key, const std::vector<std::string>& parts,
                       const std::string& country, bool ordered) {
  const int id = Id(key);
  info_[id].parts = parts;
  info_[id].ordered = info_[id].ordered || ordered;
  ++info_[id].count;
  if (!country.empty()) ++votes_[Root(id)][country];
}

bool IsShorterForm(const std::vector<std::string>& small, const std::vector<std::string>& big) {
  if (small.size() < 2 || big.size() <= small.size() || small.front() != big.front()) return false;
  std::size_t j = 0;
  for (const auto& part : big)
    if (j < small.size() && part == small[j]) ++j;
  return j == small.size();
}

void Clusters::Block(const std::string& a, const std::string& b) {
  const int x = Id(a), y = Id(b);
  blocked_.emplace(std::min(x, y), std::max(x, y));
}

std::string Clusters::RootCountry(int root) const {
  std::string best;
  int most = 0;
  for (const auto& [country, n] : votes_[root])
    if (n > most) most = n, best = country;
  return best;
}

// The root's country when the votes name one ahead of every other, else "" (a tie is
// no evidence against joining another cluster).
std::string Clusters::SettledCountry(int root) const {
  const std::string best = RootCountry(root);
  if (best.empty()) return best;
  const int most = votes_[root].at(best);
  for (const auto& [country, n] : votes_[root])
    if (n == most && country != best) return "";
  return best;
}

bool Clusters::Union(const std::string& a, const std::string& b, const std::string& reason) {
  return Union(Id(a), Id(b), reason);
}

bool Clusters::Union(int a, int b, const std::string& reason) {
  const int ra = Root(a), rb = Root(b);
  if (ra == rb) return true;
  for (const auto& [x, y] : blocked_) {
    const int rx = Root(x), ry = Root(y);
    if ((rx == ra && ry == rb) || (rx == rb && ry == ra)) return false;
  }
  const std::string ca = SettledCountry(ra), cb = SettledCountry(rb);
  if (!ca.empty() && !cb.empty() && ca != cb) return false;
  parent_[rb] = ra;
  for (const auto& [country, n] : votes_[rb]) votes_[ra][country] += n;
  votes_[rb].clear();
  if (info_[b].reason == "exact name") info_[b].reason = reason;
  return true;
}

void Clusters::MergePersonVariants(const Lexicon& lexicon) {
  const int n = static_cast<int>(info_.size());
  // 0. each part in its usual form, the same: Joe / Joseph Biden, Ahmad Nasser
  // Al-Mohammad / Ahmed Nasser Al-Mohammed Al-Sabah
  std::map<std::vector<std::string>, int> by_usual_forms;
  for (int id = 0; id < n; ++id) {
    std::vector<std::string> usual;
    bool differs = false;
    for (const std::string& part : info_[id].parts) {
      const std::string_view form = lexicon.GivenNameForm(part);
      differs = differs || form != part;
      usual.emplace_back(form);
    }
    if (usual.size() < 2) continue;
    auto [it, added] = by_usual_forms.try_emplace(std::move(usual), id);
    if (!added && (differs || info_[it->second].parts != info_[id].parts))
      Union(it->second, id, "other forms of the given names of " + info_[it->second].key);
  }
  // 1. spelling variants of one part, the other parts equal: of the last part
  // (Zelensky / Zelenskyy), then of the first (Sergei / Sergey Lavrov)
  for (const bool last : {true, false}) {
    std::map<std::vector<std::string>, std::vector<int>> by_others;
    for (int id = 0; id < n; ++id) {
      const auto& parts = info_[id].parts;
      if (parts.size() < 2) continue;
      by_others[last ? std::vector<std::string>(parts.begin(), parts.end() - 1)
                     : std::vector<std::string>(parts.begin() + 1, parts.end())]
          .push_back(id);
    }
    auto part = [&](int id) -> const std::string& {
      return last ? info_[id].parts.back() : info_[id].parts.front();
    };
    for (const auto& [others, ids] : by_others)
      for (std::size_t i = 0; i < ids.size(); ++i)
        for (std::size_t j = i + 1; j < ids.size(); ++j)
          if (IsSpellingVariant(part(ids[i]), part(ids[j])))
            Union(ids[j], ids[i], "spelling variant of " + info_[ids[j]].key);
  }
  // 1c. the same parts in another order: Kishida Fumio / Fumio Kishida (not Abdullah II ibn
  // Al Hussein / Al Hussein bin Abdullah II: father and son)
  std::map<std::vector<std::string>, int> by_parts;
  for (int id = 0; id < n; ++id) {
    auto parts = info_[id].parts;
    if (parts.size() < 2 || info_[id].ordered) continue;
    std::sort(parts.begin(), parts.end());
    auto [it, added] = by_parts.try_emplace(parts, id);
    if (!added) Union(it->second, id, "same name in another order as " + info_[it->second].key);
  }
  // 2. a name with parts left out joins its one fuller form with the same given name
  std::map<std::string, std::vector<int>> by_first;
  for (int id = 0; id < n; ++id)
    if (!info_[id].parts.empty()) by_first[info_[id].parts.front()].push_back(id);
  for (const auto& [first, ids] : by_first) {
    for (int id : ids) {
      const auto& small = info_[id].parts;
      if (small.size() < 2) continue;
      std::set<int> roots;
      int example = -1;
      for (int other : ids)
        if (other != id && IsShorterForm(small, info_[other].parts))
          roots.insert(Root(other)), example = other;
      if (roots.size() == 1) Union(*roots.begin(), id, "shorter form of " + info_[example].key);
    }
  }
  // 2b. a Mongolian name with the initial of its patronym joins its one fuller form whose
  // patronym starts so: B.Battsetseg / Batmunkh Battsetseg (not Ts.Battsetseg)
  std::map<std::string, std::vector<int>> by_name;  // the last part of two-part keys
  for (int id = 0; id < n; ++id)
    if (info_[id].parts.size() == 2) by_name[info_[id].parts.back()].push_back(id);
  for (const auto& [name, ids] : by_name)
    for (int id : ids) {
      const std::string& initial = info_[id].parts.front();
      if (initial.size() != 1 && !text_internal::IsDigraphInitial(initial + ".")) continue;
      std::set<int> roots;
      int example_of = -1;
      for (int other : ids) {
        const std::string& patronym = info_[other].parts.front();
        if (other != id && patronym.size() > initial.size() && patronym.starts_with(initial))
          roots.insert(Root(other)), example_of = other;
      }
      if (roots.size() == 1)
        Union(*roots.begin(), id, "patronym's initial of " + info_[example_of].key);
    }
  // 3. a single name joins the one full name that ends (or starts) with it
  // (surnames may be spelt differently; given names must be the same)
  std::map<std::string, std::set<int>> surnames, given;  // part -> roots of full names
  std::map<std::string, int> example;
  for (int id = 0; id < n; ++id) {
    const auto& parts = info_[id].parts;
    if (parts.size() < 2) continue;
    surnames[parts.back()].insert(Root(id));
    given[parts.front()].insert(Root(id));
    example[parts.back()] = example[parts.front()] = id;
  }
  std::vector<int> seen_count(n, 0);  // per root: entities seen under its keys
  for (int id = 0; id < n; ++id) seen_count[Root(id)] += info_[id].count;
  for (int id = 0; id < n; ++id) {
    const auto& parts = info_[id].parts;
    if (parts.size() != 1) continue;
    std::set<int> roots;
    int seen = -1;
    // spelling variants share their first four letters (IsSpellingVariant)
    const std::string prefix = parts[0].substr(0, 4);
    std::set<int> exact;  // the roots whose name has this very part
    for (auto it = surnames.lower_bound(prefix);
         it != surnames.end() && it->first.compare(0, prefix.size(), prefix) == 0; ++it) {
      if (!IsSpellingVariant(it->first, parts[0])) continue;
      for (int r : it->second) roots.insert(Root(r));
      if (it->first == parts[0])
        for (int r : it->second) exact.insert(Root(r));
      seen = example[it->first];
    }
    if (auto it = given.find(parts[0]); it != given.end()) {
      for (int r : it->second) roots.insert(Root(r)), exact.insert(Root(r));
      seen = example[parts[0]];
    }
    if (roots.size() == 1) {
      Union(*roots.begin(), id, "single name of " + info_[seen].key);
    } else if (const int dominant = roots.empty() ? -1 : DominantRoot(roots, seen_count);
               dominant >= 0 && exact.contains(dominant)) {
      Union(dominant, id, "single name of the far most seen " + info_[dominant].key);
    }
  }
}

// Of several full names a single name may stand for, the one seen at least
// kDominance times as often as all the others together (and kDominance times at
// least), as a reader takes "Biden" for the president and not his son; else -1.
int Clusters::DominantRoot(const std::set<int>& roots, const std::vector<int>& seen_count) {
  constexpr int kDominance = 5;
  int best = -1, total = 0;
  for (int root : roots) {
    total += seen_count[root];
    if (best < 0 || seen_count[root] > seen_count[best]) best = root;
  }
  const int best_count = seen_count[best];
  return best_count >= kDominance && best_count >= kDominance * (total - best_count) ? best : -1;
}

void Clusters::Freeze() {
  for (int id = 0; id < static_cast<int>(parent_.size()); ++id) parent_[id] = Root(id);
  representative_.assign(info_.size(), -1);
  for (int id = 0; id < static_cast<int>(info_.size()); ++id) {
    int& best = representative_[parent_[id]];
    if (best < 0) { best = id; continue; }
    const Info& mine = info_[id];
    const Info& theirs = info_[best];
    // (of as many parts, one written out rather than as an initial: "Subrahmanyam
    // Jaishankar", not "S. Jaishankar", however often that is seen)
    auto written_out = [](const Info& info) {
      return -std::count_if(info.parts.begin(), info.parts.end(),
                            [](const std::string& part) { return part.size() <= 2; });
    };
    const auto rank = [&](const Info& info) {
      return std::make_tuple(info.parts.size(), written_out(info), info.count);
    };
    const auto my_rank = rank(mine), their_rank = rank(theirs);
    if (my_rank > their_rank || (my_rank == their_rank && mine.key < theirs.key)) best = id;
  }
}

std::vector<std::string> Clusters::Keys() const {
  std::vector<std::string> keys;
  keys.reserve(info_.size());
  for (const Info& info : info_) keys.push_back(info.key);
  return keys;
}

std::string Clusters::Representative(const std::string& key) const {
  const int id = FindId(key);
  if (id < 0) return "";
  const int root = FindRoot(id);
  const int rep = root < static_cast<int>(representative_.size()) ? representative_[root] : -1;
  return info_[rep >= 0 ? rep : root].key;
}

std::string Clusters::DominantCountry(const std::string& key) const {
  const int id = FindId(key);
  return id < 0 ? "" : RootCountry(FindRoot(id));
}

int Clusters::SeenCount(const std::string& key) const {
  const int id = FindId(key);
  return id < 0 ? 0 : info_[id].count;
}

bool Clusters::NamesCountry(const std::string& key, const Lexicon& lexicon) const {
  const auto tokens = Tokenize(key, Span{0, static_cast<std::uint32_t>(key.size())});
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    PhraseMatch m = lexicon.LongestMatch(tokens, i, tokens.size());
    if (m.Has(PhraseKind::kCountryName) || m.Has(PhraseKind::kCountryAdjective)) return true;
  }
  return false;
}

std::string Clusters::Reason(const std::string& key) const {
  const int id = FindId(key);
  return id < 0 ? "new name" : info_[id].reason;
}

namespace {

// The index of the first key added that equals a given one, or -1: a scan over the few
// entities and relations of a report, with a hash index once a report has many.
template <typename Key>
class FirstIndex {
 public:
  int Find(const Key& key) const {
    if (!index_.empty()) {
      auto found = index_.find(key);
      return found == index_.end() ? -1 : found->second;
    }
    for (std::size_t i = 0; i < keys_.size(); ++i)
      if (keys_[i] == key) return static_cast<int>(i);
    return -1;
  }
  void Add(const Key& key) {
    keys_.push_back(key);
    if (keys_.size() == kScanLimit)
      for (std::size_t i = 0; i < keys_.size(); ++i) index_.emplace(keys_[i], static_cast<int>(i));
    else if (keys_.size() > kScanLimit)
      index_.emplace(key, static_cast<int>(keys_.size() - 1));
  }

 private:
  static constexpr std::size_t kScanLimit = 48;
  struct Hash {
    std::size_t operator()(const Key& key) const {
      if constexpr (std::is_same_v<Key, std::string_view>) {
        return std::hash<std::string_view>{}(key);
      } else {
        const auto [type, source, target] = key;
        return (static_cast<std::size_t>(type) * 0x9E3779B97F4A7C15ull) ^
               (static_cast<std::size_t>(source) << 32) ^ static_cast<std::size_t>(target);
      }
    }
  };
  std::vector<Key> keys_;
  std::unordered_map<Key, int, Hash> index_;
};

}  // namespace

void MergeSameNodes(Extraction& x, const std::vector<std::string>& ids) {
  std::vector<int> target(x.entities.size());
  std::vector<Entity> merged;
  merged.reserve(x.entities.size());
  FirstIndex<std::string_view> position;  // views of ids, which outlive this call
  for (std::size_t i = 0; i < x.entities.size(); ++i) {
    const int known = position.Find(ids[i]);
    if (known < 0) {
      target[i] = static_cast<int>(merged.size());
      position.Add(ids[i]);
      merged.push_back(std::move(x.entities[i]));
      merged.back().id = ids[i];
      continue;
    }
    target[i] = known;
    Entity& into = merged[known];
    for (auto& alias : x.entities[i].aliases)
      if (std::find(into.aliases.begin(), into.aliases.end(), alias) == into.aliases.end())
        into.aliases.push_back(alias);
    for (auto& role : x.entities[i].roles)
      if (std::find(into.roles.begin(), into.roles.end(), role) == into.roles.end())
        into.roles.push_back(role);
    into.mentions.insert(into.mentions.end(), x.entities[i].mentions.begin(),
                         x.entities[i].mentions.end());
  }
  std::vector<Relation> relations;
  relations.reserve(x.relations.size());
  FirstIndex<std::tuple<RelationType, int, int>> seen;
  for (auto& r : x.relations) {
    r.source = target[r.source];
    r.target = target[r.target];
    if (r.on_behalf_of >= 0) r.on_behalf_of = target[r.on_behalf_of];
    if (r.source == r.target) continue;
    if (IsSymmetric(r.type) && r.target < r.source) std::swap(r.source, r.target);
    const auto key = std::make_tuple(r.type, r.source, r.target);
    if (seen.Find(key) >= 0) continue;
    seen.Add(key);
    relations.push_back(std::move(r));
  }
  x.entities = std::move(merged);
  x.relations = std::move(relations);
}

}  // namespace dkg::internal
