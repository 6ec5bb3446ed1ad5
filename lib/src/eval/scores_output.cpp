// FormatScoresTable and ScoresToJson of dkg/eval/scorer.h.
#include <cmath>
#include <string>
#include <utility>
#include <vector>

#include <fmt/format.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "dkg/eval/scorer.h"

namespace dkg {
namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

const char* const kEntityTypes[] = {"Person", "Institution", "Country"};

Prf EntityScore(const Scores& scores, const char* type) {
  auto it = scores.entities_by_type.find(type);
  return it == scores.entities_by_type.end() ? Prf{} : it->second;
}

// The Prf rows of the table and of the JSON "relations" object, in order.
std::vector<std::pair<const char*, const Prf*>> RelationRows(const Scores& scores) {
  return {{"MET_WITH", &scores.met_with},
          {"REPRESENTS", &scores.represents},
          {"CONVEYED_GREETINGS_TO", &scores.greetings},
          {"on_behalf_of", &scores.on_behalf_of}};
}

std::string TableRow(std::string_view label, const Prf& prf) {
  std::string tp = std::to_string(prf.tp);
  if (prf.RecallTp() != prf.tp) tp += "/" + std::to_string(prf.RecallTp());
  return fmt::format("{:<22}{:>8.4f}{:>8.4f}{:>8.4f}{:>10}{:>7}{:>7}\n", label, prf.Precision(),
                     prf.Recall(), prf.F1(), tp, prf.fp, prf.fn);
}

// Six decimals, rounded, so the output does not show floating-point noise.
void WriteRatio(JsonWriter& writer, double value) {
  writer.Double(std::round(value * 1e6) / 1e6);
}

void WritePrf(JsonWriter& writer, const Prf& prf) {
  writer.StartObject();
  writer.Key("precision");
  WriteRatio(writer, prf.Precision());
  writer.Key("recall");
  WriteRatio(writer, prf.Recall());
  writer.Key("f1");
  WriteRatio(writer, prf.F1());
  writer.Key("tp");
  writer.Uint64(prf.tp);
  writer.Key("tp_recall");
  writer.Uint64(prf.RecallTp());
  writer.Key("fp");
  writer.Uint64(prf.fp);
  writer.Key("fn");
  writer.Uint64(prf.fn);
  writer.EndObject();
}

}  // namespace

std::string FormatScoresTable(const Scores& scores) {
  std::string table = fmt::format("reports: {} (missing predictions: {})\n", scores.reports,
                                  scores.missing_predictions);
  table += fmt::format("{:<22}{:>8}{:>8}{:>8}{:>10}{:>7}{:>7}\n", "", "P", "R", "F1", "tp", "fp",
                       "fn");
  for (const char* type : kEntityTypes) table += TableRow(type, EntityScore(scores, type));
  table += TableRow("entities (all)", scores.entities);
  for (const auto& [label, prf] : RelationRows(scores)) table += TableRow(label, *prf);
  const BCubed& identity = scores.identity;
  table += fmt::format("{:<22}{:>8.4f}{:>8.4f}{:>8.4f}  items {}\n", "identity (B-cubed)",
                       identity.precision, identity.recall, identity.f1, identity.items);
  if (scores.represents.RecallTp() != scores.represents.tp) {
    table += "tp a/b: a predicted items confirmed (precision), b gold items found (recall)\n";
  }
  return table;
}

std::string ScoresToJson(const Scores& scores) {
  rapidjson::StringBuffer buffer;
  JsonWriter writer(buffer);
  writer.StartObject();
  writer.Key("reports");
  writer.Uint64(scores.reports);
  writer.Key("missing_predictions");
  writer.Uint64(scores.missing_predictions);
  writer.Key("entities");
  writer.StartObject();
  for (const char* type : kEntityTypes) {
    writer.Key(type);
    WritePrf(writer, EntityScore(scores, type));
  }
  writer.Key("all");
  WritePrf(writer, scores.entities);
  writer.EndObject();
  writer.Key("relations");
  writer.StartObject();
  for (const auto& [label, prf] : RelationRows(scores)) {
    writer.Key(label);
    WritePrf(writer, *prf);
  }
  writer.EndObject();
  writer.Key("identity");
  writer.StartObject();
  writer.Key("precision");
  WriteRatio(writer, scores.identity.precision);
  writer.Key("recall");
  WriteRatio(writer, scores.identity.recall);
  writer.Key("f1");
  WriteRatio(writer, scores.identity.f1);
  writer.Key("items");
  writer.Uint64(scores.identity.items);
  writer.EndObject();
  writer.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize());
}

}  // namespace dkg
