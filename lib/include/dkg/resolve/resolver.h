// Resolver: one node per real-world entity across reports. It sees every report's
// entities first (Observe), clusters the name variants (Finish), then rewrites each
// extraction's local ids into graph node ids (Assign). Clusters never depend on the
// order in which reports were observed, so outputs are the same for any thread count.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "dkg/extract/extraction.h"
#include "dkg/lexicon/lexicon.h"

namespace dkg {

// User corrections, from a JSON file:
// {"same": [["Zelensky", "Volodymyr Zelenskyy"]], "different": [["Saddam Haftar", "Khalifa Haftar"]]}
struct AliasRules {
  std::vector<std::vector<std::string>> same;
  std::vector<std::vector<std::string>> different;
  // Throws dkg::Error naming the file on a malformed document.
  static AliasRules Load(const std::filesystem::path& path);
};

// Why one entity of one report became part of a node (for `dkg explain-entity`).
struct MergeDecision {
  std::string node_id;
  std::string report_id;
  std::string surface;  // the entity's name in that report
  std::string reason;
};

class Resolver {
 public:
  explicit Resolver(std::shared_ptr<const Lexicon> lexicon, AliasRules rules = {});
  ~Resolver();

  // Records the names (and their countries) of one report. Keeps data per distinct
  // name, never per report, so a corpus of any size can be observed.
  void Observe(const Extraction& extraction);
  void Finish();
  // Replaces entity ids with node ids; appends one decision per entity to `log`.
  // After Finish, Assign and NodeIdFor only read: they may run on many threads at once.
  void Assign(Extraction& extraction, std::vector<MergeDecision>* log = nullptr) const;

  // The node id a name would get (for queries: "Macron" -> "person:emmanuel-macron").
  std::string NodeIdFor(EntityType type, const std::string& name) const;

 private:
  std::string PersonNodeId(const std::string& key) const;       // key: a person slug
  std::string InstitutionNodeId(const std::string& key) const;  // key: NormalizeKey
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace dkg
