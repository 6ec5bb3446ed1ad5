// The dkg-gold/1 format of /work/shared/eval/ANNOTATION.md: one report per JSON line
// with its entities and relations. Gold annotations and system predictions share it, so
// the scorer (dkg/eval/scorer.h) compares two lists of GoldDoc. Plain values; the
// functions are pure and thread-safe.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "dkg/extract/extraction.h"

namespace dkg {

struct GoldEntity {
  std::string id;    // unique within the report ("p1"), referenced by relations
  std::string type;  // "Person", "Institution" or "Country"
  std::string name;
  std::vector<std::string> aliases;
  std::vector<std::string> roles;
  std::string xid;   // cross-report identity ("person:bruno le maire"); may be empty
};

struct GoldRelation {
  std::string type;          // "MET_WITH", "REPRESENTS" or "CONVEYED_GREETINGS_TO"
  std::string source;        // GoldEntity::id
  std::string target;        // GoldEntity::id
  std::string on_behalf_of;  // GoldEntity::id, or empty when not stated
};

struct GoldDoc {
  std::string id;
  std::string text_ref;  // the corpus report id; empty when the line has none
  std::vector<GoldEntity> entities;
  std::vector<GoldRelation> relations;
};

// Parses one dkg-gold/1 line. Required: "id", "entities" (each with "id", "type", "name"),
// "relations" (each with "type", "source", "target"). Optional: "text_ref", entity
// "aliases", "roles", "xid", relation "on_behalf_of" (null or "" means none); other fields
// are ignored. Throws dkg::Error naming the problem for malformed JSON, a missing or
// mistyped field, an unknown entity or relation type, a duplicate entity id, or a relation
// end that names no entity.
GoldDoc ParseGoldLine(std::string_view json_line);

// Reads a JSON Lines file of ParseGoldLine lines; blank lines are skipped. Throws
// dkg::Error naming "path:line" when a line is bad, or the path when it cannot be read.
std::vector<GoldDoc> ReadGoldFile(const std::filesystem::path& path);

// The dkg-gold/1 view of an extraction: id and text_ref are the report id; entity ids are
// Entity::id (graph node ids after resolution) and xid = id. Entities sharing an id are
// one gold entity (first name and type; aliases and roles united). Relations whose ends
// are out of range are dropped.
GoldDoc ToGoldDoc(const Extraction& extraction);

// ToGoldDoc as one JSON line (no trailing newline) that ParseGoldLine reads back, plus
// "date" on the report, "country" (when known), "mentions" ([[begin,end],...], sorted)
// and "first_mention" (the first in extraction order, when any) on entities, and
// "evidence", "evidence_begin", "evidence_end", "rule" on relations.
// Keys are written in a fixed order, so equal extractions give byte-identical lines.
std::string ToGoldJsonLine(const Extraction& extraction);

}  // namespace dkg
