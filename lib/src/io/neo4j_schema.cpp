#include "io/neo4j_schema.h"

#include <array>

#include "dkg/types.h"

namespace dkg::io_detail {
namespace {

constexpr std::array<std::string_view, 9> kNodeColumns = {"id:ID",
                                                          ":LABEL",
                                                          "name",
                                                          "aliases:string[]",
                                                          "roles:string[]",
                                                          "country",
                                                          "report_count:int",
                                                          "first_date:date",
                                                          "last_date:date"};
constexpr std::array<std::string_view, 9> kRelationshipColumns = {
    ":START_ID",           ":END_ID",           ":TYPE",
    "report_count:int",    "first_date:date",   "last_date:date",
    "report_ids:string[]", "evidence:string[]", "on_behalf_of:string[]"};

constexpr std::array<EntityType, 3> kEntityTypes = {EntityType::kPerson, EntityType::kInstitution,
                                                    EntityType::kCountry};
constexpr std::array<RelationType, 3> kRelationTypes = {
    RelationType::kMetWith, RelationType::kRepresents, RelationType::kConveyedGreetingsTo};

constexpr std::string_view kPreamble =
    "// Written by dkg. Builds the graph of nodes.csv and relationships.csv with LOAD CSV:\n"
    "// copy the files into Neo4j's import directory, then run this file with\n"
    "//   cypher-shell -f load.cypher   (or paste the statements into Neo4j Browser).\n"
    "// Bulk alternative for an empty database (faster), from the import directory:\n"
    "//   neo4j-admin database import full --nodes=nodes.csv "
    "--relationships=relationships.csv --array-delimiter=';' --multiline-fields=true "
    "neo4j\n"
    "// Arrays are joined by ';'. MET_WITH is symmetric: its direction means nothing.\n";

// Cypher for one column's value: empty cells become null (property not set).
std::string ValueExpression(std::string_view column) {
  const std::string cell = "row.`" + std::string(column) + "`";
  const std::string guard = "CASE coalesce(" + cell + ", '') WHEN '' THEN null ELSE ";
  if (column.ends_with(":int")) return guard + "toInteger(" + cell + ") END";
  if (column.ends_with(":date")) return guard + "date(" + cell + ") END";
  if (column.ends_with(":string[]")) return guard + "split(" + cell + ", ';') END";
  return guard + cell + " END";
}

std::string PropertyName(std::string_view column) {
  return std::string(column.substr(0, column.find(':')));
}

// SET clauses for the ordinary property columns (not ids, labels or types).
std::string SetProperties(std::string_view variable, std::span<const std::string_view> columns) {
  std::string out;
  for (std::string_view column : columns) {
    if (column.starts_with(':') || column.ends_with(":ID")) continue;
    out += out.empty() ? "SET " : ",\n    ";
    out += std::string(variable) + "." + PropertyName(column) + " = " + ValueExpression(column);
  }
  return out;
}

}  // namespace

std::span<const std::string_view> NodeColumns() { return kNodeColumns; }
std::span<const std::string_view> RelationshipColumns() { return kRelationshipColumns; }

std::string CsvHeader(std::span<const std::string_view> columns) {
  std::string out;
  for (std::string_view column : columns) {
    if (!out.empty()) out += ',';
    out += column;
  }
  return out;
}

void WriteLoadCypher(std::ostream& out) {
  out << kPreamble << "\nCREATE CONSTRAINT dkg_entity_id IF NOT EXISTS FOR (n:" << kNeo4jEntityLabel
      << ") REQUIRE n.id IS UNIQUE;\n";
  for (EntityType type : kEntityTypes) {
    out << "\nLOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row\n"
        << "WITH row WHERE row.`:LABEL` = '" << kNeo4jEntityLabel << ';' << ToString(type)
        << "'\nCREATE (n:" << kNeo4jEntityLabel << ':' << ToString(type) << " {id: row.`id:ID`})\n"
        << SetProperties("n", kNodeColumns) << ";\n";
  }
  for (RelationType type : kRelationTypes) {
    out << "\nLOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row\n"
        << "WITH row WHERE row.`:TYPE` = '" << ToString(type) << "'\n"
        << "MATCH (a:" << kNeo4jEntityLabel << " {id: row.`:START_ID`}), (b:" << kNeo4jEntityLabel
        << " {id: row.`:END_ID`})\n"
        << "CREATE (a)-[r:" << ToString(type) << "]->(b)\n"
        << SetProperties("r", kRelationshipColumns) << ";\n";
  }
}

}  // namespace dkg::io_detail
