// Building blocks of query/format.cpp (internal): a JSON writer for entities and
// relations, and an aligned text table.
#pragma once

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <string>
#include <string_view>
#include <vector>

#include "dkg/query/relations.h"

namespace dkg::query_detail {

class Json {
 public:
  Json() : writer_(buffer_) {}
  rapidjson::Writer<rapidjson::StringBuffer>& w() { return writer_; }
  void Key(std::string_view key) { String(key); }
  void String(std::string_view text);
  void Member(std::string_view key, std::string_view value) { Key(key), String(value); }
  void Entity(const KnowledgeGraph& graph, Vertex v);
  void EntityMember(std::string_view key, const KnowledgeGraph& graph, Vertex v) {
    Key(key), Entity(graph, v);
  }
  // {role: other entity, "type", "dates", "report_count", "evidence"}; the object is
  // left open when `close` is false so callers can add members.
  void Hit(const KnowledgeGraph& graph, std::string_view role, const RelationHit& hit,
           bool close = true);
  void Chain(std::string_view key, const KnowledgeGraph& graph, const std::vector<Vertex>& chain);
  std::string Finish() { return std::string(buffer_.GetString(), buffer_.GetSize()) + "\n"; }

 private:
  rapidjson::StringBuffer buffer_;
  rapidjson::Writer<rapidjson::StringBuffer> writer_;
};

class Table {
 public:
  explicit Table(std::vector<std::string> header) { rows_.push_back(std::move(header)); }
  void Row(std::vector<std::string> cells) { rows_.push_back(std::move(cells)), notes_.emplace_back(); }
  // Lines printed under the last row (evidence).
  void Note(std::string line) { notes_.back().push_back(std::move(line)); }
  std::string Render() const;

 private:
  std::vector<std::vector<std::string>> rows_;
  std::vector<std::vector<std::string>> notes_{{}};
};

std::string Dates(const std::vector<std::string>& dates);  // "2023-01-23, ..." or "-"
std::string EvidenceLine(const EdgeSupport& support);      // "  [r1 2023-01-23] sentence"
std::string Name(const KnowledgeGraph& graph, Vertex v);   // label
std::string ChainText(const KnowledgeGraph& graph, const std::vector<Vertex>& chain);

}  // namespace dkg::query_detail
