// `dkg query`: loads a graph, resolves names, asks one question, prints the answer.
// The questions and the formatting live in the library (dkg/query/).
#include <cstdio>
#include <filesystem>

#include <fmt/format.h>

#include "commands.h"
#include "dkg/error.h"
#include "dkg/io/dot_writer.h"
#include "dkg/io/gexf_writer.h"
#include "dkg/io/graph_reader.h"
#include "dkg/io/graphml_writer.h"
#include "dkg/io/json_writer.h"
#include "dkg/query/format.h"

namespace dkg::app {
namespace {

struct UsageError {
  std::string message;
};

template <typename T>
T ParseNamed(const std::string& text, std::optional<T> (*parse)(std::string_view), const char* what) {
  if (auto value = parse(text)) return *value;
  std::string capitalized = text;
  for (char& c : capitalized) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (auto value = parse(capitalized)) return *value;  // met_with -> MET_WITH
  for (std::size_t i = 1; i < capitalized.size(); ++i)
    capitalized[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(capitalized[i])));
  if (auto value = parse(capitalized)) return *value;  // person -> Person
  throw UsageError{fmt::format("unknown {} '{}'", what, text)};
}

class Session {
 public:
  Session(const QueryCommand& command, const KnowledgeGraph& graph)
      : command_(command), graph_(graph), names_(graph),
        format_(command.json ? OutputFormat::kJson : OutputFormat::kTable) {}

  // Returns the exit code; prints the answer or the name problem.
  int Run();

 private:
  std::optional<Vertex> Resolve(const std::string& name, const EntityType* type = nullptr);
  QueryFilter Filter();
  void Expect(std::size_t count) const {
    if (command_.arguments.size() != count)
      throw UsageError{fmt::format("'{}' takes {} name(s), got {}", command_.question, count,
                                   command_.arguments.size())};
  }
  void WriteEgo(const EgoNetwork& ego, const QueryFilter& filter) const;

  const QueryCommand& command_;
  const KnowledgeGraph& graph_;
  NameIndex names_;
  OutputFormat format_;
};

std::optional<Vertex> Session::Resolve(const std::string& name, const EntityType* type) {
  const NameMatch match = type ? names_.Find(name, *type) : names_.Find(name);
  if (match.found()) return match.vertex;
  const std::string problem = FormatNameProblem(graph_, name, match, format_);
  fmt::print(format_ == OutputFormat::kJson ? stdout : stderr, "{}", problem);
  return std::nullopt;
}

QueryFilter Session::Filter() {
  QueryFilter filter{.since = command_.since, .until = command_.until, .relations = {},
                     .entity_types = {}, .country = {}};
  for (const auto& t : command_.types)
    filter.entity_types.push_back(ParseNamed<EntityType>(t, ParseEntityType, "entity type"));
  for (const auto& r : command_.relations)
    filter.relations.push_back(ParseNamed<RelationType>(r, ParseRelationType, "relation type"));
  if (!command_.country.empty()) {
    const EntityType country = EntityType::kCountry;
    auto v = Resolve(command_.country, &country);
    if (!v) throw UsageError{"--country names no single country"};
    filter.country = graph_.node(*v).country;
  }
  return filter;
}

void Session::WriteEgo(const EgoNetwork& ego, const QueryFilter& filter) const {
  const std::filesystem::path path = command_.output;
  const std::string ext = path.extension().string();
  if (ext == ".dot") {
    return WriteDotFile(graph_, path, DotOptions{.only = ego.members, .highlight = ego.center, .legend = true});
  }
  const KnowledgeGraph small = Materialize(graph_, ego.members, filter);
  if (ext == ".json") return WriteGraphJsonFile(small, path);
  if (ext == ".gexf") return WriteGexfFile(small, path);
  if (ext == ".graphml" || ext == ".xml") return WriteGraphMlFile(small, path);
  throw UsageError{"-o: use a .graphml, .json, .gexf or .dot file"};
}

int Session::Run() {
  const QueryFilter filter = Filter();
  const std::string& q = command_.question;
  std::string answer;
  if (q == "top") {
    Expect(0);
    const Centrality by = command_.by == "betweenness" ? Centrality::kBetweenness : Centrality::kDegree;
    answer = FormatRanking(graph_, by, Rank(graph_, by, filter, command_.limit), format_);
  } else if (q == "between" || q == "path") {
    Expect(2);
    const EntityType country = EntityType::kCountry;
    const EntityType* type = q == "between" ? &country : nullptr;
    auto a = Resolve(command_.arguments[0], type);
    auto b = Resolve(command_.arguments[1], type);
    if (!a || !b) return 1;
    answer = q == "between"
                 ? FormatCountryMeetings(graph_, *a, *b, MeetingsBetween(graph_, *a, *b, filter), format_)
                 : FormatConnection(graph_, *a, *b, ShortestConnection(graph_, *a, *b, filter), format_);
  } else {
    Expect(1);
    auto v = Resolve(command_.arguments[0]);
    if (!v) return 1;
    if (q == "met") {
      answer = FormatMeetings(graph_, *v, WhoMet(graph_, *v, filter), format_);
    } else if (q == "represents") {
      answer = FormatRepresentation(graph_, *v, WhoRepresents(graph_, *v, filter),
                                    RepresentedBy(graph_, *v, filter), format_);
    } else if (q == "greetings") {
      answer = FormatGreetings(graph_, *v, GreetingsOf(graph_, *v, filter), format_);
    } else {
      const EgoNetwork ego = Ego(graph_, *v, command_.depth, filter);
      if (!command_.output.empty()) WriteEgo(ego, filter);
      answer = FormatEgo(graph_, ego, format_);
    }
  }
  fmt::print("{}", answer);
  return 0;
}

}  // namespace

int RunQuery(const QueryCommand& command) {
  const KnowledgeGraph graph = ReadGraphFile(command.graph);
  try {
    return Session(command, graph).Run();
  } catch (const UsageError& e) {
    fmt::print(stderr, "dkg query: {}\n", e.message);
    return 2;
  }
}

}  // namespace dkg::app
