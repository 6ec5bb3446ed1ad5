// Tests of the streaming build (dkg/pipeline/build.h): the same graph whatever the number
// of threads and whichever entry point, callbacks in input order, and bounded evidence
// that leaves counts and dates exact.
#include "dkg/pipeline/build.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "dkg/io/graphml_writer.h"

namespace dkg {
namespace {

const std::string kSampleReports = DKG_SOURCE_DIR "/data/reports";
const std::string kCorpus = DKG_SHARED_DIR "/corpus/news.jsonl";

BuildOptions Options(std::string input, unsigned jobs = 1) {
  BuildOptions options;
  options.inputs = {std::move(input)};
  options.lexicon_dir = DKG_SOURCE_DIR "/data/lexicon";
  options.jobs = jobs;
  return options;
}

BuildResult RunBuild(const BuildOptions& options) {
  return Build(options, [](const InputProblem& p) {
    if (p.kind != ProblemKind::kWarning) ADD_FAILURE() << p.where << ": " << p.message;
  });
}

std::string GraphMl(const KnowledgeGraph& graph) {
  std::ostringstream out;
  WriteGraphMl(graph, out);
  return out.str();
}

TEST(BuildTest, SameGraphAndCallbacksWhateverTheThreads) {
  std::vector<std::string> graphs, resolved, merges;
  for (unsigned jobs : {1u, 3u}) {
    BuildOptions options = Options(kSampleReports, jobs);
    std::string order, decisions;
    options.on_resolved = [&](const Extraction& x) {
      order += x.report_id + "\n";
      for (const Entity& e : x.entities) EXPECT_NE(e.id.find(':'), std::string::npos) << e.id;
    };
    options.on_merge = [&](const MergeDecision& d) {
      decisions += d.node_id + " " + d.report_id + "\n";
    };
    const BuildResult result = RunBuild(options);
    EXPECT_EQ(result.extractions, 15u);
    graphs.push_back(GraphMl(result.graph));
    resolved.push_back(order);
    merges.push_back(decisions);
  }
  EXPECT_EQ(graphs[0], graphs[1]);
  EXPECT_EQ(resolved[0], resolved[1]);
  EXPECT_EQ(merges[0], merges[1]);
  EXPECT_FALSE(merges[0].empty());
}

TEST(BuildTest, BuildFromExtractionsGivesTheBuildsGraph) {
  const BuildOptions options = Options(kSampleReports);
  std::vector<Extraction> extracted;
  const Extractor extractor(Lexicon::Load(options.lexicon_dir));
  ReadReports(
      options.inputs, options.reader,
      [&](Report&& report) { extracted.push_back(extractor.Extract(report)); },
      [](const InputProblem&) {});
  const BuildResult merged = BuildFromExtractions(
      [&](const ExtractionSink& sink) {
        for (const Extraction& x : extracted) sink(Extraction(x));
      },
      options);
  EXPECT_EQ(merged.extractions, extracted.size());
  EXPECT_EQ(GraphMl(merged.graph), GraphMl(RunBuild(options).graph));
}

TEST(BuildTest, ResolveAndBuildIsTheSameOnManyThreads) {
  const BuildOptions options = Options(kSampleReports);
  std::vector<Extraction> extracted;
  const auto lexicon = Lexicon::Load(options.lexicon_dir);
  const Extractor extractor(lexicon);
  ReadReports(
      options.inputs, options.reader,
      [&](Report&& report) { extracted.push_back(extractor.Extract(report)); },
      [](const InputProblem&) {});
  std::vector<Extraction> one = extracted, four = extracted;
  BuildResult on_one, on_four;
  ResolveAndBuild(one, lexicon, {}, on_one, 1);
  ResolveAndBuild(four, lexicon, {}, on_four, 4);
  EXPECT_EQ(GraphMl(on_one.graph), GraphMl(on_four.graph));
  ASSERT_EQ(one.size(), four.size());
  for (std::size_t i = 0; i < one.size(); ++i)
    for (std::size_t e = 0; e < one[i].entities.size(); ++e)
      EXPECT_EQ(one[i].entities[e].id, four[i].entities[e].id);
}

// Sampling keeps counts, dates and on_behalf_of exact; samples are the earliest supports.
TEST(BuildTest, EvidenceLimitKeepsCountsExact) {
  if (!std::filesystem::exists(kCorpus)) GTEST_SKIP() << "no corpus at " << kCorpus;
  BuildOptions all = Options(kCorpus, 2);
  all.evidence_per_edge = 0;
  BuildOptions two = all;
  two.evidence_per_edge = 2;
  const BuildResult full = RunBuild(all);
  const BuildResult sampled = RunBuild(two);
  ASSERT_EQ(full.graph.node_count(), sampled.graph.node_count());
  ASSERT_EQ(full.graph.edge_count(), sampled.graph.edge_count());
  std::size_t beyond = 0;
  for (Vertex v : full.graph.NodesById()) {
    const NodeData& f = full.graph.node(v);
    const NodeData& s = sampled.graph.node(*sampled.graph.FindNode(f.id));
    EXPECT_EQ(f.report_count, s.report_count) << f.id;
    EXPECT_EQ(f.report_count, f.report_ids.size()) << f.id;
    EXPECT_EQ(s.report_ids.size(), std::min<std::size_t>(2, f.report_count)) << f.id;
    EXPECT_EQ(*s.report_ids.begin(), *f.report_ids.begin()) << f.id;
  }
  const auto sampled_edges = sampled.graph.EdgesSorted();
  const auto full_edges = full.graph.EdgesSorted();
  for (std::size_t i = 0; i < full_edges.size(); ++i) {
    const EdgeData& f = full.graph.edge(full_edges[i]);
    const EdgeData& s = sampled.graph.edge(sampled_edges[i]);
    EXPECT_EQ(f.report_count, s.report_count);
    EXPECT_EQ(std::tie(f.first_date, f.last_date, f.on_behalf_of),
              std::tie(s.first_date, s.last_date, s.on_behalf_of));
    EXPECT_LE(s.support.size(), 2u);
    const EdgeSupport& earliest =
        *std::min_element(f.support.begin(), f.support.end(), SampleOrder{});
    EXPECT_TRUE(s.support.count(earliest));
    beyond += f.report_count > 2;
  }
  EXPECT_GT(beyond, 100u);
  EXPECT_EQ(full.inferred_affiliations, sampled.inferred_affiliations);
}

// A plain build takes its second look at each report from what it kept aside; one that
// hands the resolved extractions out reads them whole again. Both infer the same
// affiliations into the same graph.
TEST(BuildTest, TheSecondLookIsTheSameWithOrWithoutResolvedExtractions) {
  if (!std::filesystem::exists(kCorpus)) GTEST_SKIP() << "no corpus at " << kCorpus;
  BuildOptions plain = Options(kCorpus, 2);
  BuildOptions handed = plain;
  std::size_t known = 0;
  handed.on_resolved = [&](const Extraction& x) {
    for (const Relation& r : x.relations) known += r.evidence.rule == "known-affiliation";
  };
  const BuildResult a = RunBuild(plain);
  const BuildResult b = RunBuild(handed);
  EXPECT_GT(a.inferred_affiliations, 50u);
  EXPECT_EQ(a.inferred_affiliations, b.inferred_affiliations);
  EXPECT_EQ(known, b.inferred_affiliations);
  EXPECT_EQ(GraphMl(a.graph), GraphMl(b.graph));
}

}  // namespace
}  // namespace dkg
