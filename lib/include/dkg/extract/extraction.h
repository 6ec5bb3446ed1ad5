// The output of extraction for one report: entities with their mentions and the
// relations between them, each relation with the evidence that produced it.
#pragma once

#include <string>
#include <vector>

#include "dkg/types.h"

namespace dkg {

struct Entity {
  // Local id inside the report ("p1", "i2", "c1") until resolution replaces it with
  // the graph's node id ("person:emmanuel-macron", "country:FRA").
  std::string id;
  EntityType type = EntityType::kPerson;
  std::string name;                  // fullest name, without titles
  std::vector<std::string> aliases;  // every surface form used, including `name`
  std::vector<std::string> roles;    // titles and positions as written
  std::string country;               // ISO 3166 alpha-3 where known ("FRA"), else empty
  std::vector<Span> mentions;        // every place the report refers to it
};

struct Evidence {
  Span sentence;       // the sentence that states the relation
  std::string text;    // that sentence's text
  std::string rule;    // name of the rule that produced the relation (for `dkg explain`)
};

struct Relation {
  RelationType type = RelationType::kMetWith;
  int source = -1;        // index into Extraction::entities
  int target = -1;        // index into Extraction::entities
  int on_behalf_of = -1;  // CONVEYED_GREETINGS_TO only; -1 when not stated
  Evidence evidence;
};

struct Extraction {
  std::string report_id;
  std::string date;
  std::vector<Entity> entities;
  std::vector<Relation> relations;
};

}  // namespace dkg
