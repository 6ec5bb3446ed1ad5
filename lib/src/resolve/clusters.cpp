#include "resolve/clusters.h"

#include <algorithm>
#include <tuple>

#include "dkg/text/tokenizer.h"
#include "resolve/name_keys.h"

namespace dkg::internal {

void Clusters::Observe(const std::string& key, const std::vector<std::string>& parts,
                       const std::string& surface, const std::string& country) {
  Info& info = info_[key];
  if (info.parent.empty()) info.parent = key;
  info.parts = parts;
  ++info.count;
  ++info.surfaces[surface];
  if (!country.empty()) ++info.countries[country];
}

void Clusters::Block(const std::string& a, const std::string& b) {
  blocked_.emplace(std::min(a, b), std::max(a, b));
}

std::string Clusters::Find(const std::string& key) const {
  auto it = info_.find(key);
  if (it == info_.end()) return "";
  std::string current = key;
  while (info_.at(current).parent != current) current = info_.at(current).parent;
  return current;
}

std::string Clusters::ClusterCountry(const std::string& root) const {
  std::map<std::string, int> votes;
  for (const auto& [key, info] : info_)
    if (Find(key) == root)
      for (const auto& [country, n] : info.countries) votes[country] += n;
  std::string best;
  int most = 0;
  for (const auto& [country, n] : votes)
    if (n > most) most = n, best = country;
  return best;
}

bool Clusters::Union(const std::string& a, const std::string& b, const std::string& reason) {
  for (const auto& key : {a, b})
    if (!info_.contains(key)) info_[key] = Info{.parent = key};
  const std::string ra = Find(a), rb = Find(b);
  if (ra == rb) return true;
  for (const auto& [x, y] : blocked_) {
    const std::string rx = Find(x), ry = Find(y);
    if ((rx == ra && ry == rb) || (rx == rb && ry == ra)) return false;
  }
  const std::string ca = ClusterCountry(ra), cb = ClusterCountry(rb);
  if (!ca.empty() && !cb.empty() && ca != cb) return false;
  info_[rb].parent = ra;
  if (info_[b].reason == "exact name") info_[b].reason = reason;
  return true;
}

std::vector<std::string> Clusters::SupersetsOf(const std::string& key) const {
  const auto& small = info_.at(key).parts;
  std::vector<std::string> out;
  for (const auto& [other, info] : info_) {
    if (other == key || info.parts.size() <= small.size() || info.parts.front() != small.front())
      continue;
    std::size_t j = 0;
    for (const auto& part : info.parts)
      if (j < small.size() && part == small[j]) ++j;
    if (j == small.size()) out.push_back(other);
  }
  return out;
}

void Clusters::MergePersonVariants() {
  std::vector<std::string> keys;
  for (const auto& [key, info] : info_)
    if (!info.parts.empty()) keys.push_back(key);
  // 1. spelling variants of the last part, same other parts: Zelensky / Zelenskyy
  for (std::size_t i = 0; i < keys.size(); ++i)
    for (std::size_t j = i + 1; j < keys.size(); ++j) {
      const auto& x = info_[keys[i]].parts;
      const auto& y = info_[keys[j]].parts;
      if (x.size() != y.size() || x.size() < 2) continue;
      if (!std::equal(x.begin(), x.end() - 1, y.begin())) continue;
      if (IsSpellingVariant(x.back(), y.back()))
        Union(keys[j], keys[i], "spelling variant of " + keys[j]);
    }
  // 2. a name with parts left out joins its one fuller form
  for (const auto& key : keys) {
    if (info_[key].parts.size() < 2) continue;
    auto supersets = SupersetsOf(key);
    std::set<std::string> roots;
    for (const auto& s : supersets) roots.insert(Find(s));
    if (roots.size() == 1) Union(*roots.begin(), key, "shorter form of " + supersets.front());
  }
  // 3. a surname (or given name) alone joins the one full name that has it
  for (const auto& key : keys) {
    const auto& parts = info_[key].parts;
    if (parts.size() != 1) continue;
    std::set<std::string> roots;
    std::string example;
    for (const auto& other : keys) {
      const auto& full = info_[other].parts;
      if (full.size() < 2) continue;
      if (IsSpellingVariant(full.back(), parts[0]) || full.front() == parts[0]) {
        roots.insert(Find(other));
        example = other;
      }
    }
    if (roots.size() == 1) Union(*roots.begin(), key, "single name of " + example);
  }
}

void Clusters::Freeze() {
  representative_.clear();
  for (const auto& [key, info] : info_) {
    const std::string root = Find(key);
    auto [it, added] = representative_.try_emplace(root, key);
    if (added) continue;
    const Info& best = info_.at(it->second);
    auto rank = [](const Info& i, const std::string& k) {
      return std::make_tuple(i.parts.size(), i.count, std::string_view(k));
    };
    auto mine = rank(info, key), theirs = rank(best, it->second);
    if (std::get<0>(mine) > std::get<0>(theirs) ||
        (std::get<0>(mine) == std::get<0>(theirs) &&
         (std::get<1>(mine) > std::get<1>(theirs) ||
          (std::get<1>(mine) == std::get<1>(theirs) && std::get<2>(mine) < std::get<2>(theirs)))))
      it->second = key;
  }
}

std::string Clusters::Representative(const std::string& key) const {
  const std::string root = Find(key);
  if (root.empty()) return "";
  auto it = representative_.find(root);
  return it == representative_.end() ? root : it->second;
}

std::string Clusters::DominantCountry(const std::string& key) const {
  const std::string root = Find(key);
  return root.empty() ? "" : ClusterCountry(root);
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
  auto it = info_.find(key);
  return it == info_.end() ? "new name" : it->second.reason;
}

void MergeSameNodes(Extraction& x, const std::vector<std::string>& ids) {
  std::vector<int> target(x.entities.size());
  std::vector<Entity> merged;
  std::map<std::string, int> position;
  for (std::size_t i = 0; i < x.entities.size(); ++i) {
    auto [it, added] = position.try_emplace(ids[i], static_cast<int>(merged.size()));
    target[i] = it->second;
    if (added) {
      merged.push_back(std::move(x.entities[i]));
      merged.back().id = ids[i];
      continue;
    }
    Entity& into = merged[it->second];
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
  std::set<std::tuple<RelationType, int, int>> seen;
  for (auto& r : x.relations) {
    r.source = target[r.source];
    r.target = target[r.target];
    if (r.on_behalf_of >= 0) r.on_behalf_of = target[r.on_behalf_of];
    if (r.source == r.target) continue;
    if (IsSymmetric(r.type) && r.target < r.source) std::swap(r.source, r.target);
    if (!seen.emplace(r.type, r.source, r.target).second) continue;
    relations.push_back(std::move(r));
  }
  x.entities = std::move(merged);
  x.relations = std::move(relations);
}

}  // namespace dkg::internal
