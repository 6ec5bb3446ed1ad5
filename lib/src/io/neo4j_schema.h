// The columns of the Neo4j CSV export (internal), from which both the CSV headers and
// load.cypher are generated, so the two cannot disagree.
#pragma once

#include <ostream>
#include <span>
#include <string>
#include <string_view>

namespace dkg::io_detail {

// Every node also carries this label, so load.cypher can match nodes by id with an index.
inline constexpr std::string_view kNeo4jEntityLabel = "Entity";

// Header cells in neo4j-admin's syntax: "name", "report_count:int", "id:ID", ":LABEL".
std::span<const std::string_view> NodeColumns();
std::span<const std::string_view> RelationshipColumns();

// The header line (without newline) for a column list.
std::string CsvHeader(std::span<const std::string_view> columns);

// Writes load.cypher: LOAD CSV statements that build from nodes.csv and
// relationships.csv the same graph neo4j-admin would import.
void WriteLoadCypher(std::ostream& out);

}  // namespace dkg::io_detail
