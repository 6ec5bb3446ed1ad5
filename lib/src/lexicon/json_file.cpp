#include "lexicon/json_file.h"

#include <fstream>
#include <sstream>

#include <rapidjson/error/en.h>

#include "dkg/error.h"

namespace dkg::internal {

rapidjson::Document ReadJsonFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path.string() + ": cannot open lexicon file");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();
  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseIterativeFlag>(text.data(), text.size());
  if (doc.HasParseError())
    throw Error(path.string() + ": " + rapidjson::GetParseError_En(doc.GetParseError()) +
                " at offset " + std::to_string(doc.GetErrorOffset()));
  if (!doc.IsObject()) throw Error(path.string() + ": expected a JSON object");
  return doc;
}

std::vector<std::string> StringArray(const rapidjson::Value& object, const char* key,
                                     const std::filesystem::path& path) {
  auto member = object.FindMember(key);
  if (member == object.MemberEnd() || !member->value.IsArray())
    throw Error(path.string() + ": '" + key + "' must be an array of strings");
  std::vector<std::string> values;
  for (const auto& item : member->value.GetArray()) {
    if (!item.IsString()) throw Error(path.string() + ": '" + key + "' holds a non-string");
    values.emplace_back(item.GetString(), item.GetStringLength());
  }
  return values;
}

std::string OptionalString(const rapidjson::Value& object, const char* key) {
  auto member = object.FindMember(key);
  if (member == object.MemberEnd() || !member->value.IsString()) return "";
  return {member->value.GetString(), member->value.GetStringLength()};
}

}  // namespace dkg::internal
