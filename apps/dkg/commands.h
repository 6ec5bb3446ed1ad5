// The subcommands of the dkg app. main.cc parses the command line into these option
// structs and calls one function; each returns the process exit code
// (0 ok, 1 some input or output failed, 2 usage error).
#pragma once

#include <string>
#include <vector>

namespace dkg::app {

struct CommonOptions {
  std::string lexicon_dir;
  std::string alias_file;
  unsigned jobs = 1;
  bool quiet = false;
  std::size_t max_report_bytes = 8u << 20;
};

struct BuildCommand {
  CommonOptions common;
  std::vector<std::string> inputs;
  std::string graphml;
  std::string neo4j_dir;
  std::string json;
  std::string extractions;
  bool spreadsheet_csv = false;
};
int RunBuild(const BuildCommand& command);

struct EvalCommand {
  CommonOptions common;
  std::string gold;
  std::string corpus;
  bool json = false;
  std::string extractions;
};
int RunEval(const EvalCommand& command);

struct ExplainCommand {
  CommonOptions common;
  std::vector<std::string> inputs;
  std::string report_id;  // empty: every report
};
int RunExplain(const ExplainCommand& command);

struct ExplainEntityCommand {
  CommonOptions common;
  std::vector<std::string> inputs;
  std::string entity;  // node id or a name
};
int RunExplainEntity(const ExplainEntityCommand& command);

struct ExtractCommand {
  CommonOptions common;
  std::vector<std::string> inputs;  // "-" (standard input) when empty
};
int RunExtract(const ExtractCommand& command);

}  // namespace dkg::app
