#include "dkg/eval/gold.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <string_view>
#include <unordered_map>
#include <utility>

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "dkg/error.h"
#include "dkg/types.h"
#include "eval/json_fields.h"

namespace dkg {
namespace {

using internal::FindMember;
using internal::JsonValue;
using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;
constexpr std::string_view kFormat = "dkg-gold/1";

[[noreturn]] void Fail(const std::string& message) { internal::FailJson(kFormat, message); }

// A string member; absent (or null when `required` is false) gives "".
std::string GetString(const JsonValue& object, const char* key, bool required,
                      const std::string& where) {
  const JsonValue* value = FindMember(object, key);
  if (value == nullptr || (!required && value->IsNull())) {
    if (required) Fail(where + ": missing field \"" + key + "\"");
    return "";
  }
  if (!value->IsString()) Fail(where + ": field \"" + key + "\" is not a string");
  return std::string(value->GetString(), value->GetStringLength());
}

std::vector<std::string> GetStringArray(const JsonValue& object, const char* key,
                                        const std::string& where) {
  return internal::GetStringArray(kFormat, object, key, where);
}

const JsonValue& GetArray(const JsonValue& object, const char* key, const std::string& where) {
  return internal::GetArray(kFormat, object, key, where);
}

GoldEntity ParseEntity(const JsonValue& value, const std::string& where) {
  if (!value.IsObject()) Fail(where + " is not an object");
  GoldEntity entity;
  entity.id = GetString(value, "id", true, where);
  const std::string named = where + " (\"" + entity.id + "\")";
  if (entity.id.empty()) Fail(where + ": empty \"id\"");
  entity.type = GetString(value, "type", true, named);
  if (!ParseEntityType(entity.type)) Fail(named + ": unknown type \"" + entity.type + "\"");
  entity.name = GetString(value, "name", true, named);
  entity.aliases = GetStringArray(value, "aliases", named);
  entity.roles = GetStringArray(value, "roles", named);
  entity.xid = GetString(value, "xid", false, named);
  return entity;
}

GoldRelation ParseRelation(const JsonValue& value, const std::string& where,
                           const std::set<std::string>& entity_ids) {
  if (!value.IsObject()) Fail(where + " is not an object");
  GoldRelation relation;
  relation.type = GetString(value, "type", true, where);
  if (!ParseRelationType(relation.type))
    Fail(where + ": unknown type \"" + relation.type + "\"");
  relation.source = GetString(value, "source", true, where);
  relation.target = GetString(value, "target", true, where);
  relation.on_behalf_of = GetString(value, "on_behalf_of", false, where);
  for (const std::string* end : {&relation.source, &relation.target, &relation.on_behalf_of}) {
    if (end == &relation.on_behalf_of && end->empty()) continue;
    if (!entity_ids.contains(*end)) Fail(where + ": \"" + *end + "\" is not an entity id");
  }
  return relation;
}

// One entity of an extraction merged over its rows that share an id: views into the
// extraction, which must outlive it.
struct MergedEntity {
  const Entity* first = nullptr;             // the first row: id, type and name
  std::vector<std::string_view> aliases;     // in order of first appearance, unique
  std::vector<std::string_view> roles;       // likewise
  std::vector<Span> mentions;                // sorted and unique
  std::string_view country;                  // the first non-empty
  // The first mention in extraction order, which the graph cites as evidence of
  // inferred affiliations; nullopt when it has none.
  std::optional<Span> first_mention;
};

// Extraction entities merged by id, in order of first appearance.
struct MergedEntities {
  std::vector<MergedEntity> entities;
  std::vector<int> merged_index;  // per Extraction::entities index
};

void AppendNew(std::vector<std::string_view>& into, const std::vector<std::string>& from) {
  for (const auto& item : from)
    if (std::find(into.begin(), into.end(), item) == into.end()) into.emplace_back(item);
}

MergedEntities MergeEntities(const Extraction& extraction) {
  MergedEntities merged;
  merged.entities.reserve(extraction.entities.size());
  merged.merged_index.reserve(extraction.entities.size());
  std::unordered_map<std::string_view, int> index_of_id;
  for (const Entity& entity : extraction.entities) {
    auto [it, inserted] = index_of_id.emplace(entity.id, static_cast<int>(merged.entities.size()));
    if (inserted) merged.entities.push_back({&entity, {}, {}, {}, {}, {}});
    MergedEntity& into = merged.entities[it->second];
    AppendNew(into.aliases, entity.aliases);
    AppendNew(into.roles, entity.roles);
    into.mentions.insert(into.mentions.end(), entity.mentions.begin(), entity.mentions.end());
    if (into.country.empty()) into.country = entity.country;
    if (!into.first_mention && !entity.mentions.empty()) into.first_mention = entity.mentions.front();
    merged.merged_index.push_back(it->second);
  }
  for (MergedEntity& entity : merged.entities) {
    std::sort(entity.mentions.begin(), entity.mentions.end());
    entity.mentions.erase(std::unique(entity.mentions.begin(), entity.mentions.end()),
                          entity.mentions.end());
  }
  return merged;
}

// The merged entity id at an Extraction::entities index, or nullptr when out of range.
const std::string* EndId(const MergedEntities& merged, int index) {
  if (index < 0 || static_cast<std::size_t>(index) >= merged.merged_index.size())
    return nullptr;
  return &merged.entities[merged.merged_index[index]].first->id;
}

void WriteString(JsonWriter& writer, std::string_view text) {
  writer.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
}

void WriteField(JsonWriter& writer, const char* key, std::string_view text) {
  writer.Key(key);
  WriteString(writer, text);
}

void WriteStringArray(JsonWriter& writer, const std::vector<std::string_view>& strings) {
  writer.StartArray();
  for (const auto& item : strings) WriteString(writer, item);
  writer.EndArray();
}

void WriteSpan(JsonWriter& writer, Span span) {
  writer.StartArray();
  writer.Uint(span.begin);
  writer.Uint(span.end);
  writer.EndArray();
}

void WriteEntity(JsonWriter& writer, const MergedEntity& entity) {
  writer.StartObject();
  WriteField(writer, "id", entity.first->id);
  WriteField(writer, "type", ToString(entity.first->type));
  WriteField(writer, "name", entity.first->name);
  writer.Key("aliases");
  WriteStringArray(writer, entity.aliases);
  writer.Key("roles");
  WriteStringArray(writer, entity.roles);
  WriteField(writer, "xid", entity.first->id);
  if (!entity.country.empty()) WriteField(writer, "country", entity.country);
  writer.Key("mentions");
  writer.StartArray();
  for (const Span& span : entity.mentions) WriteSpan(writer, span);
  writer.EndArray();
  if (entity.first_mention) {
    writer.Key("first_mention");
    WriteSpan(writer, *entity.first_mention);
  }
  writer.EndObject();
}

void WriteRelation(JsonWriter& writer, const Relation& relation, const std::string& source,
                   const std::string& target, const std::string* on_behalf_of) {
  writer.StartObject();
  WriteField(writer, "type", ToString(relation.type));
  WriteField(writer, "source", source);
  WriteField(writer, "target", target);
  if (on_behalf_of != nullptr) WriteField(writer, "on_behalf_of", *on_behalf_of);
  WriteField(writer, "evidence", relation.evidence.text);
  writer.Key("evidence_begin");
  writer.Uint(relation.evidence.sentence.begin);
  writer.Key("evidence_end");
  writer.Uint(relation.evidence.sentence.end);
  WriteField(writer, "rule", relation.evidence.rule);
  writer.EndObject();
}

}  // namespace

GoldDoc ParseGoldLine(std::string_view json_line) {
  const rapidjson::Document document =
      internal::ParseObjectLine(kFormat, json_line, "a report line");
  GoldDoc doc;
  doc.id = GetString(document, "id", true, "report");
  const std::string where = "report \"" + doc.id + "\"";
  doc.text_ref = GetString(document, "text_ref", false, where);
  std::set<std::string> entity_ids;
  const JsonValue& entities = GetArray(document, "entities", where);
  for (rapidjson::SizeType i = 0; i < entities.Size(); ++i) {
    doc.entities.push_back(ParseEntity(entities[i], where + ", entity " + std::to_string(i)));
    if (!entity_ids.insert(doc.entities.back().id).second)
      Fail(where + ": duplicate entity id \"" + doc.entities.back().id + "\"");
  }
  const JsonValue& relations = GetArray(document, "relations", where);
  for (rapidjson::SizeType i = 0; i < relations.Size(); ++i) {
    doc.relations.push_back(
        ParseRelation(relations[i], where + ", relation " + std::to_string(i), entity_ids));
  }
  return doc;
}

std::vector<GoldDoc> ReadGoldFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error("cannot open gold file " + path.string());
  std::vector<GoldDoc> docs;
  std::string line;
  for (std::size_t line_number = 1; std::getline(in, line); ++line_number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    try {
      docs.push_back(ParseGoldLine(line));
    } catch (const Error& error) {
      throw Error(path.string() + ":" + std::to_string(line_number) + ": " + error.what());
    }
  }
  if (in.bad()) throw Error("error reading gold file " + path.string());
  return docs;
}

GoldDoc ToGoldDoc(const Extraction& extraction) {
  const MergedEntities merged = MergeEntities(extraction);
  GoldDoc doc{extraction.report_id, extraction.report_id, {}, {}};
  for (const Relation& relation : extraction.relations) {
    const std::string* source = EndId(merged, relation.source);
    const std::string* target = EndId(merged, relation.target);
    if (source == nullptr || target == nullptr) continue;
    const std::string* on_behalf_of = EndId(merged, relation.on_behalf_of);
    doc.relations.push_back({std::string(ToString(relation.type)), *source, *target,
                             on_behalf_of == nullptr ? "" : *on_behalf_of});
  }
  for (const MergedEntity& entity : merged.entities) {
    const Entity& first = *entity.first;
    doc.entities.push_back({first.id, std::string(ToString(first.type)), first.name,
                            {entity.aliases.begin(), entity.aliases.end()},
                            {entity.roles.begin(), entity.roles.end()}, first.id});
  }
  return doc;
}

std::string ToGoldJsonLine(const Extraction& extraction) {
  const MergedEntities merged = MergeEntities(extraction);
  rapidjson::StringBuffer buffer;
  JsonWriter writer(buffer);
  writer.StartObject();
  WriteField(writer, "id", extraction.report_id);
  WriteField(writer, "text_ref", extraction.report_id);
  WriteField(writer, "date", extraction.date);
  writer.Key("entities");
  writer.StartArray();
  for (const MergedEntity& entity : merged.entities) WriteEntity(writer, entity);
  writer.EndArray();
  writer.Key("relations");
  writer.StartArray();
  for (const Relation& relation : extraction.relations) {
    const std::string* source = EndId(merged, relation.source);
    const std::string* target = EndId(merged, relation.target);
    if (source == nullptr || target == nullptr) continue;
    WriteRelation(writer, relation, *source, *target, EndId(merged, relation.on_behalf_of));
  }
  writer.EndArray();
  writer.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize());
}

}  // namespace dkg
