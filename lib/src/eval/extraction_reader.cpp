#include "dkg/eval/extraction_reader.h"

#include <algorithm>
#include <fstream>
#include <iostream>
#include <string>
#include <unordered_map>

#include <rapidjson/document.h>

#include "dkg/error.h"
#include "eval/json_fields.h"

namespace dkg {
namespace {

using internal::FindMember;
using internal::JsonValue;
constexpr std::string_view kFormat = "extraction line";

[[noreturn]] void Fail(const std::string& message) { internal::FailJson(kFormat, message); }

// A string member; absent or null gives "" unless `required`.
std::string GetString(const JsonValue& object, const char* key, bool required,
                      const std::string& where) {
  const JsonValue* value = FindMember(object, key);
  if (value == nullptr || value->IsNull()) {
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

std::uint32_t GetOffset(const JsonValue& value, const std::string& where) {
  if (!value.IsUint()) Fail(where + ": an offset is not an unsigned integer");
  return value.GetUint();
}

// An optional offset member (absent: 0).
std::uint32_t GetOffsetField(const JsonValue& object, const char* key, const std::string& where) {
  const JsonValue* value = FindMember(object, key);
  return value == nullptr ? 0 : GetOffset(*value, where + ", \"" + key + "\"");
}

std::vector<Span> GetMentions(const JsonValue& object, const std::string& where) {
  std::vector<Span> mentions;
  const JsonValue* value = FindMember(object, "mentions");
  if (value == nullptr || value->IsNull()) return mentions;
  if (!value->IsArray()) Fail(where + ": field \"mentions\" is not an array");
  mentions.reserve(value->Size());
  for (const auto& pair : value->GetArray()) {
    if (!pair.IsArray() || pair.Size() != 2) Fail(where + ": a mention is not [begin, end]");
    mentions.push_back(Span{GetOffset(pair[0], where), GetOffset(pair[1], where)});
  }
  return mentions;
}

// "mentions" are written sorted; the graph cites mentions.front() (the first mention in
// extraction order, written as "first_mention"), so that one goes back in front.
void MoveFirstMentionToFront(const JsonValue& object, const std::string& where,
                             std::vector<Span>& mentions) {
  const JsonValue* value = FindMember(object, "first_mention");
  if (value == nullptr || value->IsNull()) return;
  if (!value->IsArray() || value->Size() != 2) Fail(where + ": \"first_mention\" is not [begin, end]");
  const Span first{GetOffset((*value)[0], where), GetOffset((*value)[1], where)};
  auto found = std::find(mentions.begin(), mentions.end(), first);
  if (found == mentions.end()) {
    mentions.insert(mentions.begin(), first);
  } else {
    std::rotate(mentions.begin(), found, found + 1);
  }
}

Entity ParseEntity(const JsonValue& value, const std::string& where) {
  if (!value.IsObject()) Fail(where + " is not an object");
  Entity entity;
  entity.id = GetString(value, "id", true, where);
  if (entity.id.empty()) Fail(where + ": empty \"id\"");
  const std::string named = where + " (\"" + entity.id + "\")";
  const std::string type = GetString(value, "type", true, named);
  const auto parsed = ParseEntityType(type);
  if (!parsed) Fail(named + ": unknown type \"" + type + "\"");
  entity.type = *parsed;
  entity.name = GetString(value, "name", true, named);
  entity.aliases = GetStringArray(value, "aliases", named);
  entity.roles = GetStringArray(value, "roles", named);
  entity.country = GetString(value, "country", false, named);
  entity.mentions = GetMentions(value, named);
  MoveFirstMentionToFront(value, named, entity.mentions);
  return entity;
}

using IndexOfId = std::unordered_map<std::string, int>;

// The entity index a relation end names; `optional` ends may be absent, null or "".
int EndIndex(const JsonValue& object, const char* key, bool optional, const IndexOfId& index_of,
             const std::string& where) {
  const std::string id = GetString(object, key, !optional, where);
  if (optional && id.empty()) return -1;
  auto found = index_of.find(id);
  if (found == index_of.end()) Fail(where + ": \"" + id + "\" is not an entity id");
  return found->second;
}

Relation ParseRelation(const JsonValue& value, const std::string& where,
                       const IndexOfId& index_of) {
  if (!value.IsObject()) Fail(where + " is not an object");
  Relation relation;
  const std::string type = GetString(value, "type", true, where);
  const auto parsed = ParseRelationType(type);
  if (!parsed) Fail(where + ": unknown type \"" + type + "\"");
  relation.type = *parsed;
  relation.source = EndIndex(value, "source", false, index_of, where);
  relation.target = EndIndex(value, "target", false, index_of, where);
  relation.on_behalf_of = EndIndex(value, "on_behalf_of", true, index_of, where);
  relation.evidence.text = GetString(value, "evidence", false, where);
  relation.evidence.sentence = Span{GetOffsetField(value, "evidence_begin", where),
                                    GetOffsetField(value, "evidence_end", where)};
  relation.evidence.rule = GetString(value, "rule", false, where);
  return relation;
}

}  // namespace

Extraction ExtractionFromJsonLine(std::string_view json_line) {
  const rapidjson::Document document = internal::ParseObjectLine(kFormat, json_line, "a line");
  Extraction x;
  x.report_id = GetString(document, "id", true, "report");
  const std::string where = "report \"" + x.report_id + "\"";
  x.date = GetString(document, "date", false, where);
  const JsonValue& entities = GetArray(document, "entities", where);
  IndexOfId index_of;
  x.entities.reserve(entities.Size());
  for (rapidjson::SizeType i = 0; i < entities.Size(); ++i) {
    x.entities.push_back(ParseEntity(entities[i], where + ", entity " + std::to_string(i)));
    if (!index_of.emplace(x.entities.back().id, static_cast<int>(i)).second)
      Fail(where + ": duplicate entity id \"" + x.entities.back().id + "\"");
  }
  const JsonValue& relations = GetArray(document, "relations", where);
  x.relations.reserve(relations.Size());
  for (rapidjson::SizeType i = 0; i < relations.Size(); ++i) {
    x.relations.push_back(
        ParseRelation(relations[i], where + ", relation " + std::to_string(i), index_of));
  }
  return x;
}

void ReadExtractionLines(const std::filesystem::path& path,
                         const std::function<void(Extraction&&)>& sink) {
  const bool is_stdin = path == "-";
  std::ifstream file;
  if (!is_stdin) {
    file.open(path, std::ios::binary);
    if (!file) throw Error("cannot open extraction file " + path.string());
  }
  std::istream& in = is_stdin ? std::cin : file;
  const std::string name = is_stdin ? "<stdin>" : path.string();
  std::string line;
  for (std::size_t line_number = 1; std::getline(in, line); ++line_number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    try {
      sink(ExtractionFromJsonLine(line));
    } catch (const Error& error) {
      throw Error(name + ":" + std::to_string(line_number) + ": " + error.what());
    }
  }
  if (in.bad()) throw Error("error reading extraction file " + name);
}

}  // namespace dkg
