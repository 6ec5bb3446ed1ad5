#include "dkg/resolve/resolver.h"

#include <algorithm>
#include <numeric>
#include <unordered_map>

#include "dkg/text/fold.h"
#include "resolve/clusters.h"
#include "resolve/name_keys.h"
#include "text/name_words.h"

namespace dkg {

using internal::Clusters;
using internal::HasPatronymic;
using internal::IsShorterForm;
using internal::PersonKey;
using internal::Slug;

namespace {

// "joseph tambua" of "joseph kalem tambua": a shorter form with the same last part.
bool MiddleNameLeftOut(const std::vector<std::string>& small, const std::vector<std::string>& big) {
  return IsShorterForm(small, big) && small.back() == big.back();
}

// "mohamed ali ahmed" and "ali ahmed mohamed": three parts or more, the same in another
// order (two, "Kishida Fumio" and "Fumio Kishida", are one name written both ways).
bool SamePartsReordered(const std::vector<std::string>& x, const std::vector<std::string>& y) {
  if (x.size() < 3 || x.size() != y.size() || x == y) return false;
  return std::is_permutation(x.begin(), x.end(), y.begin());
}

// A body's name that many states give their own ("Ministry of Foreign Affairs", "National
// Assembly", "Africa Department"): ordinary words and regions' words only, and no
// organisation the lexicon knows ("World Bank", "United Nations").
bool IsGenericBodyName(const std::string& key, const Lexicon& lexicon) {
  if (key.empty() || lexicon.OrganizationByName(key) >= 0) return false;
  std::size_t begin = 0;
  while (begin < key.size()) {
    std::size_t end = key.find(' ', begin);
    if (end == std::string::npos) end = key.size();
    const std::string_view word(key.data() + begin, end - begin);
    if (!lexicon.IsCommonWord(word) && !lexicon.InList("not_name_words", word) &&
        !lexicon.InList("region_adjectives", word))
      return false;
    begin = end + 1;
  }
  return true;
}

// The part of an institution's cluster key before its state ("ministry of foreign
// affairs@OMN"); NormalizeKey never writes '@', so no name holds one.
std::string_view NameOfKey(std::string_view key) { return key.substr(0, key.find('@')); }

}  // namespace

struct Resolver::Impl {
  std::shared_ptr<const Lexicon> lexicon;
  AliasRules rules;
  Clusters persons;
  Clusters institutions;
  std::map<std::string, std::set<std::string>> acronym_definitions;  // "LNA" -> {norm keys}
  bool finished = false;
  // Node ids of every key the clusters know, worked out once by Finish (a node id
  // needs the cluster's representative, its country and a look at its name).
  std::unordered_map<std::string, std::string> person_ids, institution_ids;
  // The keys of every name observed, worked out on first sight (a corpus repeats its
  // names), so that Assign looks a name's key up instead of working it out again.
  struct PersonName {
    std::vector<std::string> parts;
    std::string slug;
    bool patronymic = false;  // "bin", "bint" or "ibn" orders its parts: son, then father
  };
  std::unordered_map<std::string, PersonName> person_names;
  struct InstitutionName {
    std::string key;       // NormalizeKey
    bool generic = false;  // IsGenericBodyName: one body per state
  };
  std::unordered_map<std::string, InstitutionName> institution_names;
  // Each generic name's keys with a state ("ministry of foreign affairs" ->
  // "ministry of foreign affairs@OMN", ...@QAT).
  std::map<std::string, std::set<std::string>> keys_by_state;

  const PersonName& PersonNameOf(const std::string& name) {
    auto [it, added] = person_names.try_emplace(name);
    if (added) {
      it->second.parts = PersonKey(name);
      it->second.slug = Slug(it->second.parts);
      it->second.patronymic = HasPatronymic(name);
    }
    return it->second;
  }
  InstitutionName WorkOutInstitutionName(const std::string& name) const {
    std::string key = NormalizeKey(name);
    const bool generic = IsGenericBodyName(key, *lexicon);
    return {std::move(key), generic};
  }
  // What Observe keeps of a name, worked out on first sight.
  const InstitutionName& InstitutionNameOf(const std::string& name) {
    auto [it, added] = institution_names.try_emplace(name);
    if (added) it->second = WorkOutInstitutionName(name);
    return it->second;
  }
  // The same, only read, so that Assign may run on many threads (a name never observed is
  // worked out afresh).
  InstitutionName InstitutionNameFor(const std::string& name) const {
    const auto known = institution_names.find(name);
    return known != institution_names.end() ? known->second : WorkOutInstitutionName(name);
  }
  // The cluster key of a body so named in the state `country` ("" when unknown): a generic
  // name is one body per state, so its key holds the state.
  static std::string InstitutionKey(const InstitutionName& named, const std::string& country) {
    return named.generic && !country.empty() ? named.key + "@" + country : named.key;
  }

  static std::string PersonSlug(const std::string& name) { return Slug(PersonKey(name)); }


  // The country an entity of this extraction stands for, through REPRESENTS paths.
  static std::string CountryOf(const Extraction& x, int entity, int depth = 0) {
    const Entity& e = x.entities[entity];
    if (e.type == EntityType::kCountry) return e.country;
    if (depth > 2) return "";
    for (const auto& r : x.relations) {
      if (r.type != RelationType::kRepresents || r.source != entity) continue;
      std::string via = CountryOf(x, r.target, depth + 1);
      if (!via.empty()) return via;
    }
    return e.type == EntityType::kInstitution ? e.country : "";
  }
};

Resolver::Resolver(std::shared_ptr<const Lexicon> lexicon, AliasRules rules)
    : impl_(std::make_unique<Impl>()) {
  impl_->lexicon = std::move(lexicon);
  impl_->rules = std::move(rules);
}

Resolver::~Resolver() = default;

void Resolver::Observe(const Extraction& x) {
  for (int i = 0; i < static_cast<int>(x.entities.size()); ++i) {
    const Entity& e = x.entities[i];
    const std::string country = Impl::CountryOf(x, i);
    if (e.type == EntityType::kPerson) {
      const Impl::PersonName& name = impl_->PersonNameOf(e.name);
      if (!name.parts.empty())
        impl_->persons.Observe(name.slug, name.parts, country, name.patronymic);
      // (two persons a report tells apart, though one's name may be a shorter form of the
      // other's or the same in another order, are never one: "Ferdinand R. Marcos Jr." and
      // his father "Ferdinand E. Marcos"; Governor "Joseph Kalem Tambua" and his late father
      // "Sir Joseph Tambua"; envoy "Mohamed Ali Ahmed" and minister "Ali Ahmed Mohamed")
      for (int j = 0; j < i; ++j) {
        if (x.entities[j].type != EntityType::kPerson) continue;
        const Impl::PersonName& other = impl_->PersonNameOf(x.entities[j].name);
        if (other.slug != name.slug && (text_internal::InitialsDiffer(e.name, x.entities[j].name) ||
                                        MiddleNameLeftOut(name.parts, other.parts) ||
                                        MiddleNameLeftOut(other.parts, name.parts) ||
                                        SamePartsReordered(name.parts, other.parts)))
          impl_->persons.Block(name.slug, other.slug);
      }
    } else if (e.type == EntityType::kInstitution) {
      const Impl::InstitutionName& named = impl_->InstitutionNameOf(e.name);
      if (named.key.empty()) continue;
      const std::string key = Impl::InstitutionKey(named, country);
      impl_->institutions.Observe(key, {key}, country);
      if (key != named.key) impl_->keys_by_state[named.key].insert(key);
      for (const auto& alias : e.aliases)
        if (alias != e.name && LooksLikeAcronym(alias))
          impl_->acronym_definitions[alias].insert(key);
    }
  }
}

void Resolver::Finish() {
  auto& persons = impl_->persons;
  for (const auto& group : impl_->rules.different) {
    for (std::size_t i = 0; i < group.size(); ++i)
      for (std::size_t j = i + 1; j < group.size(); ++j)
        persons.Block(Impl::PersonSlug(group[i]), Impl::PersonSlug(group[j]));
  }
  for (const auto& group : impl_->rules.same)
    for (std::size_t i = 1; i < group.size(); ++i)
      persons.Union(Impl::PersonSlug(group[0]), Impl::PersonSlug(group[i]), "alias file");
  persons.MergePersonVariants(*impl_->lexicon);
  // Acronyms become their one defined full name ("LNA" -> "libyan national army").
  for (const auto& [acronym, keys] : impl_->acronym_definitions) {
    if (keys.size() != 1) continue;
    impl_->institutions.Union(*keys.begin(), NormalizeKey(acronym),
                              "acronym defined as " + *keys.begin());
  }
  // A generic name with no state stated is the one state's body of that name, if one.
  for (const auto& [name, keys] : impl_->keys_by_state)
    if (keys.size() == 1)
      impl_->institutions.Union(*keys.begin(), name, "the one state's body of that name");
  persons.Freeze();
  impl_->institutions.Freeze();
  for (const std::string& key : persons.Keys())
    impl_->person_ids.emplace(key, PersonNodeId(key));
  for (const std::string& key : impl_->institutions.Keys())
    impl_->institution_ids.emplace(key, InstitutionNodeId(key));
  impl_->finished = true;
}

std::string Resolver::PersonNodeId(const std::string& key) const {
  if (auto known = impl_->person_ids.find(key); known != impl_->person_ids.end())
    return known->second;
  auto rep = impl_->persons.Representative(key);
  return rep.empty() ? "person:" + key : "person:" + rep;
}

std::string Resolver::InstitutionNodeId(const std::string& key) const {
  if (auto known = impl_->institution_ids.find(key); known != impl_->institution_ids.end())
    return known->second;
  auto rep = impl_->institutions.Representative(key);
  const std::string chosen = rep.empty() ? key : rep;
  const std::string name(NameOfKey(chosen));
  std::string id = "institution:" + Slug(name);
  const std::string country = impl_->institutions.DominantCountry(chosen);
  if (!country.empty() && !impl_->institutions.NamesCountry(name, *impl_->lexicon))
    id += "@" + country;
  return id;
}

std::string Resolver::NodeIdFor(EntityType type, const std::string& name) const {
  switch (type) {
    case EntityType::kCountry: return "country:" + name;
    case EntityType::kPerson: {
      const auto known = impl_->person_names.find(name);
      return PersonNodeId(known != impl_->person_names.end() ? known->second.slug
                                                             : Impl::PersonSlug(name));
    }
    case EntityType::kInstitution: {
      const std::string key = impl_->InstitutionNameFor(name).key;
      // (a generic name several states' bodies bear: the one seen most)
      std::string most = key;
      if (auto states = impl_->keys_by_state.find(key); states != impl_->keys_by_state.end()) {
        int most_seen = impl_->institutions.SeenCount(key);
        for (const std::string& state_key : states->second)
          if (const int seen = impl_->institutions.SeenCount(state_key); seen > most_seen)
            most_seen = seen, most = state_key;
      }
      return InstitutionNodeId(most);
    }
  }
  return "";
}

void Resolver::Assign(Extraction& x, std::vector<MergeDecision>* log) const {
  std::vector<std::string> ids(x.entities.size());
  for (std::size_t i = 0; i < x.entities.size(); ++i) {
    const Entity& e = x.entities[i];
    std::string institution_key;
    if (e.type == EntityType::kInstitution) {
      institution_key = Impl::InstitutionKey(impl_->InstitutionNameFor(e.name),
                                             Impl::CountryOf(x, static_cast<int>(i)));
      ids[i] = InstitutionNodeId(institution_key);
    } else {
      ids[i] = NodeIdFor(e.type, e.type == EntityType::kCountry ? e.country : e.name);
    }
    if (log) {
      std::string reason = "country code";
      if (e.type == EntityType::kPerson)
        reason = impl_->persons.Reason(Impl::PersonSlug(e.name));
      else if (e.type == EntityType::kInstitution)
        reason = impl_->institutions.Reason(institution_key);
      log->push_back(MergeDecision{ids[i], x.report_id, e.name, reason});
    }
  }
  internal::MergeSameNodes(x, ids);
}

}  // namespace dkg
