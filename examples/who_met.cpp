// who_met GRAPH NAME: loads a graph written by `dkg build` and lists whom NAME met.
#include <iostream>

#include "dkg/error.h"
#include "dkg/io/graph_reader.h"
#include "dkg/query/lookup.h"
#include "dkg/query/relations.h"

int main(int argc, char** argv) {
  if (argc != 3) return std::cerr << "usage: who_met GRAPH NAME\n", 2;
  try {
    const dkg::KnowledgeGraph graph = dkg::ReadGraphFile(argv[1]);
    const dkg::NameMatch who = dkg::NameIndex(graph).Find(argv[2]);
    if (!who.found()) return std::cerr << "no single entity named " << argv[2] << "\n", 1;
    for (const dkg::RelationHit& hit : dkg::WhoMet(graph, *who.vertex))
      std::cout << graph.node(hit.other).label << " (" << hit.report_count << " report(s))\n";
  } catch (const dkg::Error& e) {
    return std::cerr << e.what() << "\n", 1;
  }
}
