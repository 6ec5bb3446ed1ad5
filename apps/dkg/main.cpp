// dkg: knowledge graphs of diplomatic meetings from news reports.
// main only parses the command line and calls one function per subcommand.
#include <cstddef>
#include <cstdio>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.h"
#include "dkg/error.h"

namespace {

using namespace dkg::app;

void AddEvidenceLimit(CLI::App* app, std::size_t& limit) {
  app->add_option("--evidence-per-edge", limit,
                  "Supports (report, sentence) kept per edge and report ids per node; "
                  "counts and dates stay exact; 0 keeps all")
      ->capture_default_str();
}

void AddCommon(CLI::App* app, CommonOptions& common) {
  app->add_option("--lexicon", common.lexicon_dir, "Lexicon directory (default: bundled data)");
  app->add_option("--aliases", common.alias_file,
                  "JSON file of resolver corrections: {\"same\": [[...]], \"different\": [[...]]}");
  app->add_option("-j,--jobs", common.jobs, "Extraction threads")->check(CLI::Range(1u, 256u));
  app->add_flag("-q,--quiet", common.quiet, "No progress or summary on stderr");
  app->add_option("--max-report-bytes", common.max_report_bytes,
                  "Skip (with a warning) reports larger than this");
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"dkg: turn news reports of diplomatic meetings into a knowledge graph"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "dkg 0.1.0");

  BuildCommand build;
  auto* build_cmd = app.add_subcommand("build", "Build the graph from report files");
  build_cmd->add_option("inputs", build.inputs, "Report files, directories, or - for stdin")
      ->required();
  build_cmd->add_option("-o,--output", build.outputs.graphml, "GraphML file to write");
  build_cmd->add_option("--neo4j", build.outputs.neo4j_dir, "Directory for neo4j-admin import CSVs");
  build_cmd->add_option("--json", build.outputs.json, "JSON graph file to write");
  build_cmd->add_option("--dot", build.outputs.dot, "Graphviz DOT file to write");
  build_cmd->add_option("--gexf", build.outputs.gexf, "GEXF 1.3 file (dated edges, for Gephi's timeline)");
  build_cmd->add_option("--extractions", build.extractions,
                        "Per-report extractions (JSON Lines, dkg-gold/1 with node ids)");
  build_cmd->add_flag("--spreadsheet-csv", build.outputs.spreadsheet_csv,
                      "Neutralise formula-like CSV fields (for spreadsheets, not neo4j)");
  AddEvidenceLimit(build_cmd, build.evidence_per_edge);
  AddCommon(build_cmd, build.common);

  EvalCommand eval;
  auto* eval_cmd = app.add_subcommand("eval", "Score extraction against a gold file");
  eval_cmd->add_option("--gold", eval.gold, "Gold file (dkg-gold/1 JSON Lines)")->required();
  eval_cmd->add_option("--corpus", eval.corpus, "Corpus the gold refers to (JSON Lines)")
      ->required();
  eval_cmd->add_flag("--json", eval.json, "Print the scores as JSON");
  eval_cmd->add_option("--extractions", eval.extractions, "Also write the extractions here");
  AddCommon(eval_cmd, eval.common);

  ExplainCommand explain;
  auto* explain_cmd =
      app.add_subcommand("explain", "Show sentences, mentions, chains and rules for reports");
  explain_cmd->add_option("inputs", explain.inputs, "Report files")->required();
  explain_cmd->add_option("--id", explain.report_id, "Only the report with this id");
  AddCommon(explain_cmd, explain.common);

  ExplainEntityCommand explain_entity;
  auto* entity_cmd = app.add_subcommand(
      "explain-entity", "Show which mentions in which reports formed a node, and why");
  entity_cmd->add_option("inputs", explain_entity.inputs, "Report files")->required();
  entity_cmd->add_option("--entity", explain_entity.entity, "Node id or name")->required();
  AddCommon(entity_cmd, explain_entity.common);

  ExtractCommand extract;
  auto* extract_cmd = app.add_subcommand(
      "extract", "Extract reports (JSON Lines on stdin by default) to extraction lines on stdout");
  extract_cmd->add_option("inputs", extract.inputs, "Report files (default: stdin)");
  AddCommon(extract_cmd, extract.common);

  MergeCommand merge;
  auto* merge_cmd = app.add_subcommand(
      "merge", "Resolve extraction files of `dkg extract` into one graph, as `dkg build` would");
  merge_cmd->add_option("inputs", merge.inputs, "Extraction files (JSON Lines), or - for stdin")
      ->required();
  merge_cmd->add_option("-o,--output", merge.outputs.graphml, "GraphML file to write");
  merge_cmd->add_option("--neo4j", merge.outputs.neo4j_dir, "Directory for neo4j-admin import CSVs");
  merge_cmd->add_option("--json", merge.outputs.json, "JSON graph file to write");
  merge_cmd->add_flag("--spreadsheet-csv", merge.outputs.spreadsheet_csv,
                      "Neutralise formula-like CSV fields (for spreadsheets, not neo4j)");
  AddEvidenceLimit(merge_cmd, merge.evidence_per_edge);
  AddCommon(merge_cmd, merge.common);

  QueryCommand query;
  auto* query_cmd = app.add_subcommand(
      "query", "Ask a graph: met NAME | represents NAME | between A B | greetings NAME | "
               "ego NAME | path A B | top");
  query_cmd->add_option("graph", query.graph, "Graph written by dkg (.graphml or .json)")
      ->required();
  query_cmd->add_option("question", query.question, "met, represents, between, greetings, ego, path, top")
      ->required()
      ->check(CLI::IsMember({"met", "represents", "between", "greetings", "ego", "path", "top"}));
  query_cmd->add_option("names", query.arguments, "Entity names, ids or aliases");
  query_cmd->add_option("--since", query.since, "Only supports dated on or after YYYY-MM-DD");
  query_cmd->add_option("--until", query.until, "Only supports dated on or before YYYY-MM-DD");
  query_cmd->add_option("--type", query.types, "Entity types: Person, Institution, Country");
  query_cmd->add_option("--relation", query.relations,
                        "Relation types: MET_WITH, REPRESENTS, CONVEYED_GREETINGS_TO");
  query_cmd->add_option("--country", query.country, "Only entities tied to this country");
  query_cmd->add_option("--depth", query.depth, "ego: steps from the centre")->check(CLI::Range(0, 100));
  query_cmd->add_option("--by", query.by, "top: degree or betweenness")
      ->check(CLI::IsMember({"degree", "betweenness"}));
  query_cmd->add_option("--limit", query.limit, "top: how many (0 = all)");
  query_cmd->add_option("-o,--output", query.output, "ego: write the network (.graphml/.json/.gexf/.dot)");
  query_cmd->add_flag("--json", query.json, "Print JSON instead of tables");

  RenderCommand render;
  auto* render_cmd = app.add_subcommand("render", "Draw a graph with Graphviz (SVG, PNG or PDF)");
  render_cmd->add_option("graph", render.graph, "Graph written by dkg (.graphml or .json)")->required();
  render_cmd->add_option("-o,--output", render.output, "Picture: .svg, .png or .pdf")->required();
  render_cmd->add_option("--ego", render.ego, "Draw only this entity's ego network");
  render_cmd->add_option("--depth", render.depth, "Ego network depth")->check(CLI::Range(0, 100));
  render_cmd->add_option("--layout", render.layout, "Graphviz layout program (sfdp, dot, neato, ...)");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  try {
    if (*build_cmd) return RunBuild(build);
    if (*eval_cmd) return RunEval(eval);
    if (*explain_cmd) return RunExplain(explain);
    if (*entity_cmd) return RunExplainEntity(explain_entity);
    if (*extract_cmd) return RunExtract(extract);
    if (*query_cmd) return RunQuery(query);
    if (*render_cmd) return RunRender(render);
    if (*merge_cmd) return RunMerge(merge);
  } catch (const dkg::Error& e) {
    fmt::print(stderr, "dkg: error: {}\n", e.what());
    return 1;
  } catch (const std::exception& e) {
    fmt::print(stderr, "dkg: internal error: {}\n", e.what());
    return 1;
  }
  return 2;
}
