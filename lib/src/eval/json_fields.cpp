#include "eval/json_fields.h"

#include <rapidjson/error/en.h>

#include "dkg/error.h"

namespace dkg::internal {

void FailJson(std::string_view format, const std::string& message) {
  throw Error(std::string(format) + ": " + message);
}

const JsonValue* FindMember(const JsonValue& object, const char* key) {
  auto it = object.FindMember(key);
  return it == object.MemberEnd() ? nullptr : &it->value;
}

std::vector<std::string> GetStringArray(std::string_view format, const JsonValue& object,
                                        const char* key, const std::string& where) {
  std::vector<std::string> strings;
  const JsonValue* value = FindMember(object, key);
  if (value == nullptr || value->IsNull()) return strings;
  if (!value->IsArray()) FailJson(format, where + ": field \"" + key + "\" is not an array");
  strings.reserve(value->Size());
  for (const auto& item : value->GetArray()) {
    if (!item.IsString()) FailJson(format, where + ": field \"" + key + "\" holds a non-string");
    strings.emplace_back(item.GetString(), item.GetStringLength());
  }
  return strings;
}

const JsonValue& GetArray(std::string_view format, const JsonValue& object, const char* key,
                          const std::string& where) {
  const JsonValue* value = FindMember(object, key);
  if (value == nullptr) FailJson(format, where + ": missing field \"" + key + "\"");
  if (!value->IsArray()) FailJson(format, where + ": field \"" + key + "\" is not an array");
  return *value;
}

rapidjson::Document ParseObjectLine(std::string_view format, std::string_view line,
                                    const char* what) {
  rapidjson::Document document;
  document.Parse<rapidjson::kParseValidateEncodingFlag>(line.data(), line.size());
  if (document.HasParseError()) {
    FailJson(format, "malformed JSON at offset " + std::to_string(document.GetErrorOffset()) +
                         ": " + rapidjson::GetParseError_En(document.GetParseError()));
  }
  if (!document.IsObject()) FailJson(format, std::string(what) + " must be a JSON object");
  return document;
}

}  // namespace dkg::internal
