// Micro-benchmarks of the per-report stages on real reports: the corpus of
// ../shared/corpus (read at run time, never copied), else the sample reports in
// data/reports. Bytes processed are the reports' content bytes, so the MB/s columns
// compare directly with bench/run.sh.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "dkg/eval/extraction_reader.h"
#include "dkg/eval/gold.h"
#include "dkg/extract/extractor.h"
#include "dkg/io/report_reader.h"
#include "dkg/lexicon/lexicon.h"
#include "dkg/pipeline/build.h"
#include "dkg/text/fold.h"
#include "dkg/text/sentence_splitter.h"
#include "dkg/text/tokenizer.h"

namespace {

// The reports and their contents, loaded once.
struct Corpus {
  std::vector<dkg::Report> reports;
  std::vector<std::string> contents;
  std::size_t bytes = 0;
};

const Corpus& LoadCorpus() {
  static const Corpus corpus = [] {
    Corpus c;
    const std::string input = std::filesystem::exists(DKG_BENCH_CORPUS) ? DKG_BENCH_CORPUS
                                                                          : DKG_BENCH_REPORTS;
    dkg::ReadReports({input}, {}, [&](dkg::Report&& r) { c.reports.push_back(std::move(r)); },
                     [](const dkg::InputProblem&) {});
    for (const auto& r : c.reports) {
      c.contents.push_back(r.Content());
      c.bytes += c.contents.back().size();
    }
    std::fprintf(stderr, "corpus: %s, %zu reports, %zu bytes\n", input.c_str(),
                 c.reports.size(), c.bytes);
    return c;
  }();
  return corpus;
}

const std::shared_ptr<const dkg::Lexicon>& SharedLexicon() {
  static const auto lexicon = dkg::Lexicon::Load(dkg::Lexicon::DefaultDirectory());
  return lexicon;
}

// Runs `per_report` over every report once per iteration; counts content bytes.
template <typename F>
void OverCorpus(benchmark::State& state, F per_report) {
  const Corpus& corpus = LoadCorpus();
  for (auto _ : state)
    for (std::size_t i = 0; i < corpus.reports.size(); ++i) per_report(i);
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * corpus.bytes));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * corpus.reports.size()));
}

void BM_SplitSentences(benchmark::State& state) {
  const Corpus& corpus = LoadCorpus();
  OverCorpus(state, [&](std::size_t i) {
    benchmark::DoNotOptimize(dkg::SplitSentences(corpus.contents[i]));
  });
}
BENCHMARK(BM_SplitSentences);

void BM_Tokenize(benchmark::State& state) {
  const Corpus& corpus = LoadCorpus();
  OverCorpus(state, [&](std::size_t i) {
    const std::string& content = corpus.contents[i];
    benchmark::DoNotOptimize(
        dkg::Tokenize(content, dkg::Span{0, static_cast<std::uint32_t>(content.size())}));
  });
}
BENCHMARK(BM_Tokenize);

void BM_Fold(benchmark::State& state) {
  const Corpus& corpus = LoadCorpus();
  OverCorpus(state, [&](std::size_t i) { benchmark::DoNotOptimize(dkg::Fold(corpus.contents[i])); });
}
BENCHMARK(BM_Fold);

// LongestMatch at every token, as the tagger does.
void BM_LexiconLongestMatch(benchmark::State& state) {
  const Corpus& corpus = LoadCorpus();
  const auto& lexicon = *SharedLexicon();
  std::vector<dkg::Tokens> tokens;
  for (const auto& content : corpus.contents)
    tokens.push_back(dkg::Tokenize(content, dkg::Span{0, static_cast<std::uint32_t>(content.size())}));
  OverCorpus(state, [&](std::size_t i) {
    for (std::size_t t = 0; t < tokens[i].size(); ++t)
      benchmark::DoNotOptimize(lexicon.LongestMatch(tokens[i], t, tokens[i].size()));
  });
}
BENCHMARK(BM_LexiconLongestMatch);

void BM_LexiconIsCommonWord(benchmark::State& state) {
  const Corpus& corpus = LoadCorpus();
  const auto& lexicon = *SharedLexicon();
  std::vector<dkg::Tokens> tokens;
  for (const auto& content : corpus.contents)
    tokens.push_back(dkg::Tokenize(content, dkg::Span{0, static_cast<std::uint32_t>(content.size())}));
  OverCorpus(state, [&](std::size_t i) {
    for (const auto& token : tokens[i]) {
      benchmark::DoNotOptimize(lexicon.IsCommonWord(token.folded));
      benchmark::DoNotOptimize(lexicon.InList("meeting_verbs", token.folded));
    }
  });
}
BENCHMARK(BM_LexiconIsCommonWord);

void BM_Extract(benchmark::State& state) {
  const Corpus& corpus = LoadCorpus();
  const dkg::Extractor extractor(SharedLexicon());
  OverCorpus(state, [&](std::size_t i) {
    benchmark::DoNotOptimize(extractor.Extract(corpus.reports[i]));
  });
}
BENCHMARK(BM_Extract)->Unit(benchmark::kMillisecond);

// Writing and reading back the extraction lines of `dkg extract` / `dkg merge`.
void BM_ExtractionLines(benchmark::State& state) {
  const Corpus& corpus = LoadCorpus();
  const dkg::Extractor extractor(SharedLexicon());
  std::vector<dkg::Extraction> extractions;
  for (const auto& report : corpus.reports) extractions.push_back(extractor.Extract(report));
  OverCorpus(state, [&](std::size_t i) {
    benchmark::DoNotOptimize(dkg::ExtractionFromJsonLine(dkg::ToGoldJsonLine(extractions[i])));
  });
}
BENCHMARK(BM_ExtractionLines)->Unit(benchmark::kMillisecond);

// Resolution and graph building over the corpus's extractions (no extraction).
void BM_ResolveAndBuild(benchmark::State& state) {
  const Corpus& corpus = LoadCorpus();
  const dkg::Extractor extractor(SharedLexicon());
  std::vector<dkg::Extraction> extractions;
  for (const auto& report : corpus.reports) extractions.push_back(extractor.Extract(report));
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<dkg::Extraction> copy = extractions;
    dkg::BuildResult result;
    state.ResumeTiming();
    dkg::ResolveAndBuild(copy, SharedLexicon(), {}, result);
    benchmark::DoNotOptimize(result.graph.node_count());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * corpus.bytes));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * corpus.reports.size()));
}
BENCHMARK(BM_ResolveAndBuild)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
