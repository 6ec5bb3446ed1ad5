// Helpers shared by the writer tests: a small graph full of hostile text, temporary
// directories, and running external consumers (xmllint, python, node) on output files.
#pragma once

#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "dkg/graph/knowledge_graph.h"

namespace dkg::testing {

inline const std::string kHostileLabel = "<&\">' ]]> \x01 \x1b end";
// What consumers must read back: XML forbids \x01 and \x1b, so they become U+FFFD.
inline const std::string kHostileLabelInXml = "<&\">' ]]> \xEF\xBF\xBD \xEF\xBF\xBD end";
inline const std::string kFormulaName = "=cmd|' /C calc'!A0";
inline const std::string kTrickyEvidence = "Macron met him; \"quoted\",\r\n\tthen | left";

inline NodeData MakeNode(std::string id, EntityType type, std::string label,
                         std::vector<std::string> aliases = {},
                         std::vector<std::string> roles = {}) {
  NodeData node;
  node.id = std::move(id);
  node.type = type;
  node.label = std::move(label);
  node.aliases = std::move(aliases);
  node.roles = std::move(roles);
  return node;
}

inline std::vector<NodeData> HostileNodes() {
  std::vector<NodeData> nodes = {
      MakeNode("person:emmanuel-macron", EntityType::kPerson, "Emmanuel Macron",
               {"Macron",
                "President; Macron | Elys\xC3\xA9"
                "e"},
               {"President"}),
      MakeNode("person:hostile", EntityType::kPerson, kHostileLabel, {"a;b|c", " padded "}),
      MakeNode("person:formula", EntityType::kPerson, kFormulaName, {}, {"-minus", "@at"}),
      MakeNode("person:mevlut-cavusoglu", EntityType::kPerson,
               "Mevl\xC3\xBCt \xC3\x87"
               "avu\xC5\x9Fo\xC4\x9Flu"),
      MakeNode("person:arabic", EntityType::kPerson,
               "\xD9\x85\xD8\xAD\xD9\x85\xD8\xAF \xD8\xA8\xD9\x86 "
               "\xD8\xB3\xD9\x84\xD9\x85\xD8\xA7\xD9\x86"),
      MakeNode("person:o'brien x", EntityType::kPerson,
               "bad\xFF\xFE"
               "bytes"),
      MakeNode("institution:un", EntityType::kInstitution, "United Nations"),
      MakeNode("country:FRA", EntityType::kCountry, "France"),
  };
  nodes[0].country = "FRA";
  nodes[0].report_ids = {"r1", "r2"};
  nodes[0].first_date = "2024-01-05";
  nodes[0].last_date = "2024-02-01";
  return nodes;
}

struct SupportSpec {
  std::string source, target;
  RelationType type;
  EdgeSupport support;
};

inline EdgeSupport MakeSupport(std::string report_id, std::string date, std::uint32_t begin,
                               std::uint32_t end, std::string evidence, std::string rule,
                               std::string on_behalf_of = "") {
  EdgeSupport s;
  s.report_id = std::move(report_id);
  s.date = std::move(date);
  s.sentence = Span{begin, end};
  s.evidence = std::move(evidence);
  s.rule = std::move(rule);
  s.on_behalf_of = std::move(on_behalf_of);
  return s;
}

inline std::vector<SupportSpec> HostileSupports() {
  return {
      {"person:hostile", "person:emmanuel-macron", RelationType::kMetWith,
       MakeSupport("r1", "2024-01-05", 0, 40, kTrickyEvidence, "met_with.verb")},
      {"person:emmanuel-macron", "person:hostile", RelationType::kMetWith,
       MakeSupport("r2", "2024-02-01", 10, 50, "They met again.", "met_with.noun")},
      {"person:hostile", "country:FRA", RelationType::kRepresents,
       MakeSupport("r1", "2024-01-05", 0, 40, kHostileLabel, "represents.title")},
      {"person:hostile", "institution:un", RelationType::kRepresents,
       MakeSupport("r3", "", 5, 9, "UN envoy", "represents.title")},
      // Parallel to the MET_WITH edge between the same two nodes.
      {"person:emmanuel-macron", "person:hostile", RelationType::kConveyedGreetingsTo,
       MakeSupport("r3", "", 5, 9, "Macron sent greetings", "greetings.v1")},
      {"person:formula", "person:emmanuel-macron", RelationType::kConveyedGreetingsTo,
       MakeSupport("r4", "2024-03-01", 1, 2, "=HYPERLINK(\"x\")", "greetings.v1", "person:arabic")},
      {"person:mevlut-cavusoglu", "person:arabic", RelationType::kMetWith,
       MakeSupport("r5", "2024-03-02", 0, 3,
                   "\xC3\x87"
                   "avu\xC5\x9Fo\xC4\x9Flu met",
                   "met_with.verb")},
      {"person:o'brien x", "person:arabic", RelationType::kMetWith,
       MakeSupport("r6", "2024-03-03", 0, 3, "x", "met_with.verb")},
  };
}

// Builds the hostile graph; `reversed` inserts everything in the opposite order, which
// must not change any writer's output.
inline KnowledgeGraph BuildHostileGraph(bool reversed = false) {
  std::vector<NodeData> nodes = HostileNodes();
  std::vector<SupportSpec> supports = HostileSupports();
  if (reversed) {
    std::reverse(nodes.begin(), nodes.end());
    std::reverse(supports.begin(), supports.end());
  }
  KnowledgeGraph graph;
  for (const NodeData& node : nodes) graph.UpsertNode(node);
  for (SupportSpec& s : supports) graph.AddSupport(s.source, s.target, s.type, s.support);
  return graph;
}

// A fresh directory under the system temp dir, removed at destruction.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "dkg-test-XXXXXX").string();
    path_ = ::mkdtemp(pattern.data());
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

inline std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

inline void WriteFile(const std::filesystem::path& path, const std::string& content) {
  std::ofstream(path, std::ios::binary) << content;
}

// Single-quotes a word for /bin/sh.
inline std::string ShellQuote(const std::string& text) {
  std::string out = "'";
  for (char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

struct CommandResult {
  int exit_code = -1;
  std::string output;  // stdout and stderr
};

// Runs `command` with std::system, capturing its output in `scratch`/command.out.
inline CommandResult RunCommand(const std::string& command, const std::filesystem::path& scratch) {
  const std::filesystem::path out = scratch / "command.out";
  const int status = std::system((command + " >" + ShellQuote(out.string()) + " 2>&1").c_str());
  CommandResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.output = ReadFile(out);
  return result;
}

inline bool CommandSucceeds(const std::string& command) {
  return std::system((command + " >/dev/null 2>&1").c_str()) == 0;
}

}  // namespace dkg::testing
