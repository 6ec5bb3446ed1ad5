// The subcommands of the dkg app. main.cc parses the command line into these option
// structs and calls one function; each returns the process exit code
// (0 ok, 1 some input or output failed, 2 usage error).
#pragma once

#include <cstddef>
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

// The graph files `dkg build` and `dkg merge` can write; empty paths are not written.
struct GraphOutputs {
  std::string graphml;
  std::string neo4j_dir;
  std::string json;
  std::string dot;   // Graphviz DOT picture source
  std::string gexf;  // GEXF 1.3 with timestamps, for Gephi's timeline
  bool spreadsheet_csv = false;
};

struct BuildCommand {
  CommonOptions common;
  std::vector<std::string> inputs;
  GraphOutputs outputs;
  std::string extractions;
  std::size_t evidence_per_edge = 10;  // supports kept per edge; 0 = all
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

struct MergeCommand {
  CommonOptions common;
  std::vector<std::string> inputs;  // extraction files of `dkg extract`; "-" for stdin
  GraphOutputs outputs;
  std::size_t evidence_per_edge = 10;
};
int RunMerge(const MergeCommand& command);

// `dkg query GRAPH QUESTION ARGS...` (cmd_query.cpp). Exit 1 on an unknown or
// ambiguous name (the candidates are printed), 2 on a malformed question.
struct QueryCommand {
  std::string graph;                   // .graphml or .json written by dkg
  std::string question;                // met, represents, between, greetings, ego, path, top
  std::vector<std::string> arguments;  // names
  std::string since, until, country;
  std::vector<std::string> types;      // entity types
  std::vector<std::string> relations;  // relation types
  int depth = 1;
  std::string by = "degree";           // top: degree | betweenness
  std::size_t limit = 20;
  std::string output;                  // ego: write the network (.graphml, .json, .gexf, .dot)
  bool json = false;
};
int RunQuery(const QueryCommand& command);

// `dkg render GRAPH -o picture.svg|png [--ego NAME --depth N]` (cmd_render.cpp).
struct RenderCommand {
  std::string graph;
  std::string output;
  std::string ego;
  int depth = 1;
  std::string layout = "sfdp";
};
int RunRender(const RenderCommand& command);

}  // namespace dkg::app
