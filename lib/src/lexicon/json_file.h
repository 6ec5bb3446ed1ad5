// Internal: reading a JSON file into a RapidJSON document with file-named errors.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <rapidjson/document.h>

namespace dkg::internal {

// Parses the whole file; throws dkg::Error "path: message at offset N" on failure.
rapidjson::Document ReadJsonFile(const std::filesystem::path& path);

// The strings of array `doc[key]`; throws dkg::Error when it is missing or not strings.
std::vector<std::string> StringArray(const rapidjson::Value& object, const char* key,
                                     const std::filesystem::path& path);

// `object[key]` as a string, or "" when absent.
std::string OptionalString(const rapidjson::Value& object, const char* key);

}  // namespace dkg::internal
