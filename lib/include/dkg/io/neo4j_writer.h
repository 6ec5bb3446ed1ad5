// Neo4j export: nodes.csv and relationships.csv in neo4j-admin's import format, plus
// load.cypher, which builds the same graph with LOAD CSV (Neo4j Browser, cypher-shell).
// Bulk import into an empty database, from the directory holding the files:
//   neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv
//       --array-delimiter=';' --multiline-fields=true neo4j
//
// nodes.csv:  id:ID,:LABEL,name,aliases:string[],roles:string[],country,report_count:int,
//             first_date:date,last_date:date          (:LABEL is e.g. "Entity;Person")
// relationships.csv: :START_ID,:END_ID,:TYPE,report_count:int,first_date:date,
//             last_date:date,report_ids:string[],evidence:string[],on_behalf_of:string[]
// - Arrays are joined by ';'. A ';' inside an element is replaced by ','; evidence
//   holds one "report_id: sentence" per support the graph keeps (its sample, see
//   KnowledgeGraph), report_ids their distinct report ids; report_count counts every
//   supporting report.
// - RFC 4180 quoting: a field is quoted when it contains , " ; CR or LF or starts or
//   ends with a space or tab; quotes are doubled. Lines end in LF (neo4j-admin and kuzu
//   accept it). Empty fields are left unquoted, which both importers read as null.
// - MET_WITH is symmetric; its direction means nothing (start id < end id).
// - Text is valid UTF-8: invalid bytes and NUL become U+FFFD.
#pragma once

#include <filesystem>

#include "dkg/graph/knowledge_graph.h"

namespace dkg {

struct CsvOptions {
  // Prefixes "'" to every field that starts with = + - @ tab or CR, as OWASP advises
  // against CSV injection. Meant for files opened in spreadsheets; leave it off for
  // neo4j-admin and load.cypher, which would keep the apostrophe (and miss labels).
  bool neutralize_formulas = false;
};

// Writes nodes.csv, relationships.csv and load.cypher into `dir` (created if missing),
// rows in id order. Each file is replaced atomically and only after all three were
// written. Throws dkg::Error when the directory or a file cannot be written.
void WriteNeo4jCsv(const KnowledgeGraph& graph, const std::filesystem::path& dir,
                   const CsvOptions& options = {});

}  // namespace dkg
