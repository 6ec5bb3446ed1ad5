// Internal: reading the fields of a JSON Lines object, shared by the dkg-gold/1 reader
// (gold.cpp) and the extraction reader (extraction_reader.cpp). Every error is a
// dkg::Error "<format>: <where>: <what>", `format` naming the kind of line.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <rapidjson/document.h>

namespace dkg::internal {

using JsonValue = rapidjson::Value;

[[noreturn]] void FailJson(std::string_view format, const std::string& message);

const JsonValue* FindMember(const JsonValue& object, const char* key);

// An optional array of strings; absent or null gives {}.
std::vector<std::string> GetStringArray(std::string_view format, const JsonValue& object,
                                        const char* key, const std::string& where);

// A required array member.
const JsonValue& GetArray(std::string_view format, const JsonValue& object, const char* key,
                          const std::string& where);

// Parses one line that must be a JSON object (`what` names it in the error).
rapidjson::Document ParseObjectLine(std::string_view format, std::string_view line,
                                    const char* what);

}  // namespace dkg::internal
