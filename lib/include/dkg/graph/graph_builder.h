// Turning resolved extractions (entity ids = node ids) into KnowledgeGraph nodes and
// edges, and the one cross-report inference the graph allows.
#pragma once

#include "dkg/extract/extraction.h"
#include "dkg/graph/knowledge_graph.h"
#include "dkg/lexicon/lexicon.h"

namespace dkg {

// Adds the entities as nodes and the relations as edge support. Country nodes take
// their label from the lexicon. Each person/institution votes for the country this
// report ties it to, through REPRESENTS paths.
void AddExtraction(KnowledgeGraph& graph, const Extraction& extraction, const Lexicon& lexicon);

// Adds one relation of the extraction as edge support (report, date, evidence, rule,
// on-behalf-of node). Its ends must already be nodes of the graph.
void AddRelation(KnowledgeGraph& graph, const Extraction& extraction, const Relation& relation);

// For each person this report ties to no country, adds REPRESENTS person -> country
// when the graph knows the person's country from other reports and that country is
// an entity of this report (rule "known-affiliation"). Returns how many were added.
int AddKnownAffiliations(const KnowledgeGraph& graph, Extraction& extraction);

// The country (alpha-3) an entity is tied to in this extraction, or "".
std::string CountryOf(const Extraction& extraction, int entity);

}  // namespace dkg
