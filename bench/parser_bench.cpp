// Google Benchmark: the stages of extraction in isolation, over generated news text.
//   quantity_parse    parser::quantity_parser::parse on every sentence (the scanner; target
//                     >= 100 MB/s)
//   sentence_split    text::sentence_splitter::split on whole articles
//   extract           claims::extractor::extract on whole articles (split + parse + claims)
//   claim_json        claims::append_json on the extracted claims (bytes = article bytes)
// Bytes/s is counted over article text, so the figures compare with the end-to-end MB/s.

#include "news_gen.hpp"

#include "claimcheck/claims/extractor.hpp"
#include "claimcheck/claims/json.hpp"
#include "claimcheck/lexicon/lexicon.hpp"
#include "claimcheck/model.hpp"
#include "claimcheck/parser/quantity_parser.hpp"
#include "claimcheck/text/sentences.hpp"

#include <benchmark/benchmark.h>

#include <cstdint>
#include <vector>

namespace {

using namespace claimcheck;

constexpr std::size_t corpus_bytes = 4'000'000;

lexicon const& lex() {
  static lexicon const l = lexicon::load(CLAIMCHECK_BENCH_GRAMMARS);
  return l;
}

struct corpus {
  std::vector<article> articles;
  std::vector<std::vector<byte_span>> sentences;  // per article
  std::size_t bytes = 0;
  std::size_t sentence_count = 0;
};

corpus const& news() {
  static corpus const c = [] {
    corpus c;
    bench::news_generator gen(7);
    text::sentence_splitter split(lex());
    while (c.bytes < corpus_bytes) {
      auto g = gen.next();
      article a;
      a.id = g.id;
      a.published = g.published.substr(0, 10);
      a.source = g.source;
      a.url = g.url;
      a.title = g.title;
      a.text = std::move(g.text);
      c.bytes += a.text.size();
      c.sentences.push_back(split.split(a.text));
      c.sentence_count += c.sentences.back().size();
      c.articles.push_back(std::move(a));
    }
    return c;
  }();
  return c;
}

void quantity_parse(benchmark::State& state) {
  auto const& c = news();
  parser::quantity_parser p(lex());
  std::size_t found = 0;
  parser::parse_result r;  // reused sentence after sentence, as a streaming caller does
  for (auto _ : state) {
    for (std::size_t i = 0; i < c.articles.size(); ++i) {
      for (auto const& s : c.sentences[i]) {
        p.parse(c.articles[i].text, s, r);
        found += r.quantities.size() + r.dates.size();
        benchmark::DoNotOptimize(r);
      }
    }
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * c.bytes));
  state.counters["quantities/MB"] =
      static_cast<double>(found) / static_cast<double>(state.iterations()) / (static_cast<double>(c.bytes) / 1e6);
}
BENCHMARK(quantity_parse)->Unit(benchmark::kMillisecond);

void sentence_split(benchmark::State& state) {
  auto const& c = news();
  text::sentence_splitter split(lex());
  for (auto _ : state) {
    for (auto const& a : c.articles) benchmark::DoNotOptimize(split.split(a.text));
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * c.bytes));
}
BENCHMARK(sentence_split)->Unit(benchmark::kMillisecond);

void extract(benchmark::State& state) {
  auto const& c = news();
  claims::extractor ex(lex());
  std::size_t claims = 0;
  for (auto _ : state) {
    for (auto const& a : c.articles) {
      auto cs = ex.extract(a);
      claims += cs.size();
      benchmark::DoNotOptimize(cs);
    }
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * c.bytes));
  state.counters["claims/MB"] =
      static_cast<double>(claims) / static_cast<double>(state.iterations()) / (static_cast<double>(c.bytes) / 1e6);
}
BENCHMARK(extract)->Unit(benchmark::kMillisecond);

void claim_json(benchmark::State& state) {
  auto const& c = news();
  claims::extractor ex(lex());
  std::vector<claim> all;
  for (auto const& a : c.articles) {
    auto cs = ex.extract(a);
    all.insert(all.end(), std::make_move_iterator(cs.begin()), std::make_move_iterator(cs.end()));
  }
  std::string out;
  for (auto _ : state) {
    out.clear();
    for (auto const& cl : all) {
      claims::append_json(out, cl);
      out.push_back('\n');
    }
    benchmark::DoNotOptimize(out.data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * c.bytes));
}
BENCHMARK(claim_json)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
