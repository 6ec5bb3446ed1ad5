#include "dkg/types.h"

namespace dkg {

std::string_view ToString(EntityType type) {
  switch (type) {
    case EntityType::kPerson: return "Person";
    case EntityType::kInstitution: return "Institution";
    case EntityType::kCountry: return "Country";
  }
  return "Unknown";
}

std::string_view ToString(RelationType type) {
  switch (type) {
    case RelationType::kMetWith: return "MET_WITH";
    case RelationType::kRepresents: return "REPRESENTS";
    case RelationType::kConveyedGreetingsTo: return "CONVEYED_GREETINGS_TO";
  }
  return "UNKNOWN";
}

std::optional<EntityType> ParseEntityType(std::string_view text) {
  for (auto type : {EntityType::kPerson, EntityType::kInstitution, EntityType::kCountry})
    if (ToString(type) == text) return type;
  return std::nullopt;
}

std::optional<RelationType> ParseRelationType(std::string_view text) {
  for (auto type : {RelationType::kMetWith, RelationType::kRepresents,
                    RelationType::kConveyedGreetingsTo})
    if (ToString(type) == text) return type;
  return std::nullopt;
}

}  // namespace dkg
