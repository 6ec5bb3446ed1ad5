#include "dkg/error.h"
#include "dkg/resolve/resolver.h"
#include "lexicon/json_file.h"

namespace dkg {

AliasRules AliasRules::Load(const std::filesystem::path& path) {
  auto doc = internal::ReadJsonFile(path);
  AliasRules rules;
  auto read = [&](const char* key, std::vector<std::vector<std::string>>& out) {
    if (!doc.HasMember(key)) return;
    if (!doc[key].IsArray()) throw Error(path.string() + ": '" + key + "' must be an array");
    for (const auto& group : doc[key].GetArray()) {
      std::vector<std::string> names;
      if (!group.IsArray()) throw Error(path.string() + ": each group must be an array");
      for (const auto& name : group.GetArray()) {
        if (!name.IsString()) throw Error(path.string() + ": names must be strings");
        names.emplace_back(name.GetString(), name.GetStringLength());
      }
      if (names.size() >= 2) out.push_back(std::move(names));
    }
  };
  read("same", rules.same);
  read("different", rules.different);
  return rules;
}

}  // namespace dkg
