// Answers to queries as text for people (aligned tables, evidence lines under each
// row) or as JSON for programs. Used by `dkg query`; usable by any front end.
// JSON shapes: every entity is {"id","label","type"}; every relation is
// {"with"|"from"|"to": entity, "type", "dates":[], "report_count",
//  "evidence":[{"report_id","date","begin","end","text","rule","on_behalf_of"}]}.
//
// Example:
//   std::cout << dkg::FormatMeetings(graph, who, dkg::WhoMet(graph, who), dkg::OutputFormat::kJson);
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dkg/query/lookup.h"
#include "dkg/query/network.h"
#include "dkg/query/relations.h"

namespace dkg {

enum class OutputFormat { kTable, kJson };

std::string FormatMeetings(const KnowledgeGraph& graph, Vertex who,
                           const std::vector<RelationHit>& hits, OutputFormat format);

// Who represents `entity` (`representatives`) and what it represents (`represents`).
std::string FormatRepresentation(const KnowledgeGraph& graph, Vertex entity,
                                 const std::vector<Representation>& representatives,
                                 const std::vector<RelationHit>& represents, OutputFormat format);

std::string FormatCountryMeetings(const KnowledgeGraph& graph, Vertex a, Vertex b,
                                  const std::vector<CountryMeeting>& meetings, OutputFormat format);

std::string FormatGreetings(const KnowledgeGraph& graph, Vertex entity, const Greetings& greetings,
                            OutputFormat format);

std::string FormatConnection(const KnowledgeGraph& graph, Vertex from, Vertex to,
                             const std::optional<Connection>& connection, OutputFormat format);

std::string FormatRanking(const KnowledgeGraph& graph, Centrality by,
                          const std::vector<RankedEntity>& ranking, OutputFormat format);

std::string FormatEgo(const KnowledgeGraph& graph, const EgoNetwork& ego, OutputFormat format);

// The candidates of an ambiguous name, or "no entity named ..." when there are none.
std::string FormatNameProblem(const KnowledgeGraph& graph, std::string_view name,
                              const NameMatch& match, OutputFormat format);

}  // namespace dkg
