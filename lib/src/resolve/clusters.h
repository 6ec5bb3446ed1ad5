// Internal: union-find over name keys with the statistics the resolver decides on.
#pragma once

#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "dkg/extract/extraction.h"
#include "dkg/lexicon/lexicon.h"

namespace dkg::internal {

// Whether the name parts `small` (two or more) are a shorter form of `big`: the same given
// name, and the rest of `big` with parts left out ("joseph tambua" of "joseph kalem tambua").
bool IsShorterForm(const std::vector<std::string>& small, const std::vector<std::string>& big);

class Clusters {
 public:
  // Records one entity seen under `key` (its name parts and country, if any). The parts
  // of an `ordered` name ("Al Hussein bin Abdullah") say who is whose son: in another
  // order they name someone else.
  void Observe(const std::string& key, const std::vector<std::string>& parts,
               const std::string& country, bool ordered = false);
  // Forbids `a` and `b` from ever sharing a cluster.
  void Block(const std::string& a, const std::string& b);
  // Joins the clusters of a and b unless blocked or their countries disagree; the
  // reason is kept for explain-entity. Unknown keys are added.
  bool Union(const std::string& a, const std::string& b, const std::string& reason);
  // Person rules: spelling variants of the surname or of the given name join, and so
  // do names whose parts are forms of one given name (`lexicon`: "Joe" / "Joseph"), and
  // the same parts in another order; a name with parts left out joins its unique fuller
  // form (same given name); a single name joins the one full name that ends or starts
  // with it, or the one seen far more often than the others.
  void MergePersonVariants(const Lexicon& lexicon);
  // Fixes representatives: the key with most parts, then most seen, then smallest; and
  // points every key straight at its root, so that the const look-ups below never write
  // and may run on many threads at once.
  void Freeze();

  std::string Representative(const std::string& key) const;  // "" when unknown
  std::string DominantCountry(const std::string& key) const;  // of the key's cluster
  int SeenCount(const std::string& key) const;  // times Observe saw the key itself; 0 when unknown
  // True when the name `key` contains a country name or adjective.
  bool NamesCountry(const std::string& key, const Lexicon& lexicon) const;
  std::string Reason(const std::string& key) const;
  // Every key seen or joined, in the order first met.
  std::vector<std::string> Keys() const;

 private:
  struct Info {
    std::string key;
    std::vector<std::string> parts;
    int count = 0;
    bool ordered = false;
    std::string reason = "exact name";
  };
  int Id(const std::string& key);             // adds unknown keys
  int FindId(const std::string& key) const;   // -1 when unknown
  int Root(int id);            // compresses the path on the way
  int FindRoot(int id) const;  // no writes: one step after Freeze
  std::string RootCountry(int root) const;
  std::string SettledCountry(int root) const;
  bool Union(int a, int b, const std::string& reason);
  static int DominantRoot(const std::set<int>& roots, const std::vector<int>& seen_count);

  std::vector<Info> info_;
  std::unordered_map<std::string, int> id_of_;
  std::vector<int> parent_;
  std::vector<std::map<std::string, int>> votes_;  // per root: country -> votes
  std::set<std::pair<int, int>> blocked_;  // (smaller id, larger): a corpus repeats its pairs
  std::vector<int> representative_;  // per root, after Freeze
};

// Merges the entities of one extraction that resolved to the same node id, remapping
// relations (self-relations are dropped) and setting each entity's id to its node id.
void MergeSameNodes(Extraction& extraction, const std::vector<std::string>& node_ids);

}  // namespace dkg::internal
