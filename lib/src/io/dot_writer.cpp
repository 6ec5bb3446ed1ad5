#include "dkg/io/dot_writer.h"

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <string>

#include "dkg/error.h"
#include "dkg/io/atomic_file.h"
#include "io/writer_text.h"

extern char** environ;

namespace dkg {
namespace {

// A DOT double-quoted string: valid UTF-8, quotes and backslashes escaped, line breaks
// become centred line breaks.
std::string Quote(std::string_view text) {
  const std::string repaired = io_detail::RepairText(text, nullptr, nullptr);
  std::string out = "\"";
  for (char c : repaired) {
    if (c == '"' || c == '\\') out += '\\', out += c;
    else if (c == '\n') out += "\\n";
    else if (c == '\r' || c == '\t') out += ' ';
    else out += c;
  }
  return out + "\"";
}

const char* NodeStyle(EntityType type) {
  switch (type) {
    case EntityType::kPerson:
      return "shape=ellipse, style=filled, fillcolor=\"#a0c4e8\", color=\"#4e79a7\"";
    case EntityType::kInstitution:
      return "shape=box, style=\"filled,rounded\", fillcolor=\"#f9c98f\", color=\"#f28e2b\"";
    case EntityType::kCountry:
      return "shape=hexagon, style=filled, fillcolor=\"#a8d5a0\", color=\"#59a14f\"";
  }
  return "";
}

const char* EdgeStyle(RelationType type) {
  switch (type) {
    case RelationType::kMetWith: return "dir=none, color=\"#333333\"";
    case RelationType::kRepresents: return "style=dashed, color=\"#8c8c8c\"";
    case RelationType::kConveyedGreetingsTo:
      return "style=dotted, color=\"#9467bd\", penwidth=1.6";
  }
  return "";
}

void Legend(std::ostream& out) {
  out << "  subgraph cluster_legend {\n    label=\"Legend\"; fontsize=11; color=\"#cccccc\";\n"
      << "    legend_person [label=\"Person\", " << NodeStyle(EntityType::kPerson) << "];\n"
      << "    legend_institution [label=\"Institution\", " << NodeStyle(EntityType::kInstitution)
      << "];\n"
      << "    legend_country [label=\"Country\", " << NodeStyle(EntityType::kCountry) << "];\n"
      << "    legend_person -> legend_institution [label=\"REPRESENTS\", "
      << EdgeStyle(RelationType::kRepresents) << "];\n"
      << "    legend_institution -> legend_country [label=\"CONVEYED_GREETINGS_TO\", "
      << EdgeStyle(RelationType::kConveyedGreetingsTo) << "];\n"
      << "    legend_person -> legend_country [label=\"MET_WITH\", "
      << EdgeStyle(RelationType::kMetWith) << "];\n  }\n";
}

}  // namespace

void WriteDot(const KnowledgeGraph& graph, std::ostream& out, const DotOptions& options) {
  std::vector<bool> drawn(graph.node_count(), options.only.empty());
  for (Vertex v : options.only) drawn[v] = true;
  out << "digraph dkg {\n"
         "  graph [overlap=false, splines=true, outputorder=edgesfirst, fontname=\"Helvetica\", "
         "pad=0.3, sep=\"+8\"];\n"
         "  node [fontname=\"Helvetica\", fontsize=11, penwidth=1.2];\n"
         "  edge [fontname=\"Helvetica\", fontsize=8, fontcolor=\"#555555\", arrowsize=0.7];\n";
  if (options.legend) Legend(out);
  for (Vertex v : graph.NodesById()) {
    if (!drawn[v]) continue;
    const NodeData& node = graph.node(v);
    out << "  " << Quote(node.id) << " [label=" << Quote(node.label) << ", "
        << NodeStyle(node.type);
    if (options.highlight == v) out << ", penwidth=3, fontsize=14";
    out << "];\n";
  }
  const Graph& g = graph.graph();
  for (Edge e : graph.EdgesSorted()) {
    const Vertex s = boost::source(e, g), t = boost::target(e, g);
    if (!drawn[s] || !drawn[t]) continue;
    const EdgeData& edge = g[e];
    out << "  " << Quote(g[s].id) << " -> " << Quote(g[t].id) << " [" << EdgeStyle(edge.type);
    if (edge.type == RelationType::kMetWith) {
      out << ", penwidth=" << 1 + edge.report_count;
      if (!edge.first_date.empty()) out << ", label=" << Quote(edge.first_date);
    }
    out << ", tooltip=" << Quote(std::string(ToString(edge.type))) << "];\n";
  }
  out << "}\n";
}

void WriteDotFile(const KnowledgeGraph& graph, const std::filesystem::path& path,
                  const DotOptions& options) {
  AtomicFile file(path);
  WriteDot(graph, file.stream(), options);
  file.Commit();
}

void RenderDot(std::string_view dot, const std::filesystem::path& output,
               std::string_view layout) {
  std::string format = output.extension().string();
  if (!format.empty()) format.erase(0, 1);
  if (format != "svg" && format != "png" && format != "pdf")
    throw Error(output.string() + ": unsupported picture format (use .svg, .png or .pdf)");
  // Graphviz writes its own file: the DOT goes through a temporary file (no pipe, so no
  // SIGPIPE), the picture to a temporary name renamed into place on success.
  const std::string suffix = ".tmp-" + std::to_string(::getpid());
  const std::filesystem::path dot_path = output.string() + suffix + ".dot";
  const std::filesystem::path picture = output.string() + suffix + "." + format;
  {
    std::ofstream file(dot_path, std::ios::binary);
    file << dot;
    if (!file.flush()) throw Error("cannot write " + dot_path.string());
  }
  std::string program(layout), type = "-T" + format, out_flag = "-o" + picture.string(),
                               input = dot_path.string();
  char* argv[] = {program.data(), type.data(), out_flag.data(), input.data(), nullptr};
  pid_t pid = 0;
  const int spawn_error = ::posix_spawnp(&pid, program.c_str(), nullptr, nullptr, argv, environ);
  int status = 0;
  if (spawn_error == 0) ::waitpid(pid, &status, 0);
  std::error_code ignored;
  std::filesystem::remove(dot_path, ignored);
  if (spawn_error != 0) {
    throw Error("cannot run Graphviz's '" + program + "' (" + std::strerror(spawn_error) +
                "): install Graphviz, e.g. apt-get install graphviz");
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    std::filesystem::remove(picture, ignored);
    throw Error("Graphviz's '" + program + "' failed to render " + output.string());
  }
  std::filesystem::rename(picture, output, ignored);
  if (ignored) throw Error("cannot write " + output.string() + ": " + ignored.message());
}

}  // namespace dkg
