// Helpers for tests that run the extractor on small reports and inspect its Extraction:
// the bundled lexicon loaded once, lookups of entities by name, and relation checks
// phrased by entity names so that failures read like the facts they assert.
#pragma once

#include <algorithm>
#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "dkg/extract/extractor.h"
#include "dkg/lexicon/lexicon.h"
#include "dkg/report.h"
#include "dkg/types.h"

namespace dkg::extract_test {

// The bundled lexicon, loaded on first use and shared by every test of the binary.
inline std::shared_ptr<const Lexicon> BundledLexicon() {
  static const std::shared_ptr<const Lexicon> lexicon =
      Lexicon::Load(DKG_SOURCE_DIR "/data/lexicon");
  return lexicon;
}

inline const Extractor& BundledExtractor() {
  static const Extractor extractor(BundledLexicon());
  return extractor;
}

inline Report MakeReport(std::string title, std::string text, std::string id = "test") {
  Report report;
  report.id = std::move(id);
  report.title = std::move(title);
  report.text = std::move(text);
  report.date = "2023-01-01";
  return report;
}

// Extracts a report that has no title: the text is the whole content.
inline Extraction ExtractText(const std::string& text) {
  return BundledExtractor().Extract(MakeReport("", text));
}

// Index of the entity of `type` whose name is `name`, or -1.
inline int FindByName(const Extraction& x, EntityType type, const std::string& name) {
  for (std::size_t i = 0; i < x.entities.size(); ++i)
    if (x.entities[i].type == type && x.entities[i].name == name) return static_cast<int>(i);
  return -1;
}

// Index of the entity of `type` whose name or one of whose aliases is `surface`, or -1.
inline int FindBySurface(const Extraction& x, EntityType type, const std::string& surface) {
  for (std::size_t i = 0; i < x.entities.size(); ++i) {
    const Entity& e = x.entities[i];
    if (e.type != type) continue;
    if (e.name == surface ||
        std::find(e.aliases.begin(), e.aliases.end(), surface) != e.aliases.end())
      return static_cast<int>(i);
  }
  return -1;
}

// The entity of `type` named `name`, or nullptr.
inline const Entity* EntityNamed(const Extraction& x, EntityType type, const std::string& name) {
  const int i = FindByName(x, type, name);
  return i < 0 ? nullptr : &x.entities[i];
}
inline const Entity* PersonNamed(const Extraction& x, const std::string& name) {
  return EntityNamed(x, EntityType::kPerson, name);
}

inline int Person(const Extraction& x, const std::string& name) {
  return FindByName(x, EntityType::kPerson, name);
}
inline int Institution(const Extraction& x, const std::string& name) {
  return FindByName(x, EntityType::kInstitution, name);
}
inline int Country(const Extraction& x, const std::string& name) {
  return FindByName(x, EntityType::kCountry, name);
}

// Names of every entity of `type`.
inline std::set<std::string> NamesOf(const Extraction& x, EntityType type) {
  std::set<std::string> names;
  for (const Entity& e : x.entities)
    if (e.type == type) names.insert(e.name);
  return names;
}

inline bool Contains(const std::vector<std::string>& values, const std::string& value) {
  return std::find(values.begin(), values.end(), value) != values.end();
}

// "MET_WITH Saddam Haftar -- Vincent Girod" style strings, one per relation, so a whole
// set of relations can be compared and printed. MET_WITH ends are ordered by name;
// greetings carry "(for X)" when on_behalf_of is set.
inline std::string Describe(const Extraction& x, const Relation& r) {
  auto name = [&](int i) {
    return i >= 0 && i < static_cast<int>(x.entities.size()) ? x.entities[i].name
                                                             : std::string("?");
  };
  std::string a = name(r.source), b = name(r.target);
  if (r.type == RelationType::kMetWith) {
    if (b < a) std::swap(a, b);
    return "MET_WITH " + a + " -- " + b;
  }
  std::string text = std::string(ToString(r.type)) + " " + a + " -> " + b;
  if (r.on_behalf_of >= 0) text += " (for " + name(r.on_behalf_of) + ")";
  return text;
}

inline std::set<std::string> Relations(const Extraction& x, RelationType type) {
  std::set<std::string> out;
  for (const Relation& r : x.relations)
    if (r.type == type) out.insert(Describe(x, r));
  return out;
}

inline std::string Met(std::string a, std::string b) {
  if (b < a) std::swap(a, b);
  return "MET_WITH " + a + " -- " + b;
}
inline std::string Represents(const std::string& a, const std::string& b) {
  return "REPRESENTS " + a + " -> " + b;
}
inline std::string Greets(const std::string& a, const std::string& b,
                          const std::string& on_behalf_of = "") {
  std::string text = "CONVEYED_GREETINGS_TO " + a + " -> " + b;
  if (!on_behalf_of.empty()) text += " (for " + on_behalf_of + ")";
  return text;
}

// Whether the extraction holds the relation, comparing by names (see Describe).
inline bool Has(const Extraction& x, const std::string& described) {
  for (const Relation& r : x.relations)
    if (Describe(x, r) == described) return true;
  return false;
}

// Whether a greeting goes from a to b, on anyone's behalf or nobody's.
inline bool GreetsAtAll(const Extraction& x, const std::string& a, const std::string& b) {
  const std::string pair = Greets(a, b);
  for (const Relation& r : x.relations) {
    const std::string described = Describe(x, r);
    if (described == pair || described.starts_with(pair + " (for ")) return true;
  }
  return false;
}

// Every relation, described, for failure messages.
inline std::string Dump(const Extraction& x) {
  std::string out;
  for (const Entity& e : x.entities) {
    out += "  " + e.id + " " + std::string(ToString(e.type)) + " " + e.name + " [";
    for (const auto& alias : e.aliases) out += alias + "|";
    out += "] roles [";
    for (const auto& role : e.roles) out += role + "|";
    out += "] " + e.country + "\n";
  }
  for (const Relation& r : x.relations) out += "  " + Describe(x, r) + "\n";
  return out;
}

// Whether two entities are tied by a chain of REPRESENTS edges from `from` to `to`
// (ANNOTATION.md scores REPRESENTS closed under paths).
inline bool RepresentsPath(const Extraction& x, int from, int to) {
  if (from < 0 || to < 0) return false;
  std::vector<int> frontier{from};
  std::set<int> seen{from};
  while (!frontier.empty()) {
    const int at = frontier.back();
    frontier.pop_back();
    for (const Relation& r : x.relations) {
      if (r.type != RelationType::kRepresents || r.source != at) continue;
      if (r.target == to) return true;
      if (seen.insert(r.target).second) frontier.push_back(r.target);
    }
  }
  return false;
}

}  // namespace dkg::extract_test
