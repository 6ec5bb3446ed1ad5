// Vocabulary shared by every stage: entity and relation types, byte spans.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace dkg {

enum class EntityType : std::uint8_t { kPerson, kInstitution, kCountry };
enum class RelationType : std::uint8_t { kMetWith, kRepresents, kConveyedGreetingsTo };

// "Person", "Institution", "Country" (the gold format's and the graph's spelling).
std::string_view ToString(EntityType type);
// "MET_WITH", "REPRESENTS", "CONVEYED_GREETINGS_TO".
std::string_view ToString(RelationType type);
std::optional<EntityType> ParseEntityType(std::string_view text);
std::optional<RelationType> ParseRelationType(std::string_view text);

// MET_WITH is symmetric; the others are directed.
constexpr bool IsSymmetric(RelationType type) { return type == RelationType::kMetWith; }

// Half-open byte range [begin, end) into a report's Content().
struct Span {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  friend bool operator==(const Span&, const Span&) = default;
  friend auto operator<=>(const Span&, const Span&) = default;
};

}  // namespace dkg
