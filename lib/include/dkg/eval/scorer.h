// Scoring of predicted reports against gold reports, both in dkg-gold/1 form, exactly as
// the "Scoring" section of /work/shared/eval/ANNOTATION.md describes. Pure functions of
// their inputs; thread-safe.
//
// Entity matching, per report: a predicted entity matches a gold entity of the same type
// when the NormalizeKey (dkg/text/fold.h) of its name or of any alias equals that of the
// gold name or of any gold alias (forms normalising to "" never match). Matching is
// one-to-one: candidate pairs are taken greedily by descending overlap (the number of
// distinct normalised forms the two entities share); ties go to the earlier gold entity,
// then to the earlier predicted entity.
//
// Relations are compared through that matching, per report, as sets: duplicates count
// once and self-pairs (an entity with itself) are ignored on both sides. A predicted
// relation with an unmatched end is a false positive.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "dkg/eval/gold.h"

namespace dkg {

// Micro-averaged counts of one score. Precision = tp / (tp + fp) and recall =
// RecallTp() / (RecallTp() + fn); either is 0 when its denominator is 0, and F1 =
// 2PR / (P + R), or 0 when P + R == 0. So an empty prediction against empty gold scores
// 0, not 1: read the counts alongside.
struct Prf {
  std::size_t tp = 0;  // predicted items that are correct
  std::size_t fp = 0;  // predicted items that are not
  std::size_t fn = 0;  // gold items that were not found
  // Gold items that were found, when that differs from tp: REPRESENTS is closed under
  // paths, so one predicted pair can confirm or miss a gold pair other than itself. Unset
  // means "same as tp", which holds for every other score.
  std::optional<std::size_t> tp_recall;

  std::size_t RecallTp() const { return tp_recall.value_or(tp); }
  double Precision() const;
  double Recall() const;
  double F1() const;
  Prf& operator+=(const Prf& other);
};

// B-cubed over items; precision, recall and f1 are 0 when there are no items.
struct BCubed {
  double precision = 0;
  double recall = 0;
  double f1 = 0;
  std::size_t items = 0;
};

struct Scores {
  std::map<std::string, Prf> entities_by_type;  // "Person", "Institution", "Country"
  Prf entities;                                  // all types
  Prf met_with;                                  // unordered pairs
  Prf represents;                                // ordered pairs, closed under paths
  Prf greetings;                                 // CONVEYED_GREETINGS_TO, ordered pairs
  // Over the greeting pairs found in both: per pair, on_behalf_of entities (a set, as
  // duplicates may state several) compared through the matching. A predicted one that
  // maps to a gold one is tp; any other predicted one is fp; a gold one not predicted is
  // fn (so a wrong one is both fp and fn).
  Prf on_behalf_of;
  // Items: every matched gold entity of every report; gold cluster = its xid (or, when
  // empty, itself alone), predicted cluster = the matched predicted entity's id.
  BCubed identity;
  std::size_t reports = 0;              // gold reports scored
  std::size_t missing_predictions = 0;  // gold reports with no predicted report
};

// Scores `predicted` against `gold`. A gold report is paired with the first predicted
// report whose id equals its text_ref (or its id when text_ref is empty); a gold report
// with none is scored as an empty prediction and counted in missing_predictions.
// Predicted reports paired with no gold report are ignored. Relation ends naming no
// entity of their report are ignored.
Scores Score(const std::vector<GoldDoc>& gold, const std::vector<GoldDoc>& predicted);

// A fixed-width text table: rows Person, Institution, Country, entities (all), MET_WITH,
// REPRESENTS, CONVEYED_GREETINGS_TO, on_behalf_of, identity (B-cubed); columns P R F1 tp
// fp fn. Where recall counts a different tp, the cell reads "tp/tp_recall".
std::string FormatScoresTable(const Scores& scores);

// One JSON object with a fixed key order (no trailing newline):
// {"reports","missing_predictions","entities":{"Person","Institution","Country","all"},
//  "relations":{"MET_WITH","REPRESENTS","CONVEYED_GREETINGS_TO","on_behalf_of"},
//  "identity":{"precision","recall","f1","items"}}, each Prf as
// {"precision","recall","f1","tp","tp_recall","fp","fn"}.
std::string ScoresToJson(const Scores& scores);

}  // namespace dkg
