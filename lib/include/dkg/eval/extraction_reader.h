// The inverse of ToGoldJsonLine (dkg/eval/gold.h): a `dkg extract` line back to the
// Extraction it was written from, so that extraction files made on many machines can be
// resolved into one graph (`dkg merge`). Pure functions; thread-safe.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <string_view>

#include "dkg/extract/extraction.h"

namespace dkg {

// Parses one extraction line. Entities keep their order, id, type, name, aliases,
// roles, country and mentions (sorted, but with "first_mention" in front, as the graph
// cites it); relations their type, ends (as indices into the
// entities), on_behalf_of, evidence sentence span and text, and rule. Required: "id",
// "entities" (each "id", "type", "name"), "relations" (each "type", "source", "target").
// Throws dkg::Error naming the problem on malformed JSON, a missing or mistyped field,
// an unknown type, a duplicate entity id or a relation end that names no entity.
Extraction ExtractionFromJsonLine(std::string_view json_line);

// Calls `sink` with each extraction of a JSON Lines file ("-": standard input), in file
// order; blank lines are skipped. Throws dkg::Error naming "path:line" on a bad line,
// or the path when it cannot be read. Memory is bounded by the longest line.
void ReadExtractionLines(const std::filesystem::path& path,
                         const std::function<void(Extraction&&)>& sink);

}  // namespace dkg
