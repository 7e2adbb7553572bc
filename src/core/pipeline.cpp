#include "claimcheck/pipeline.hpp"

#include "claimcheck/claims/extractor.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <thread>
#include <unistd.h>

namespace claimcheck {

bool parse_shard(std::string const& s, unsigned& index, unsigned& count) {
  auto slash = s.find('/');
  if (slash == std::string::npos) return false;
  unsigned k = 0, n = 0;
  auto r1 = std::from_chars(s.data(), s.data() + slash, k);
  auto r2 = std::from_chars(s.data() + slash + 1, s.data() + s.size(), n);
  if (r1.ec != std::errc{} || r1.ptr != s.data() + slash || r2.ec != std::errc{} || r2.ptr != s.data() + s.size())
    return false;
  if (n == 0 || k == 0 || k > n) return false;
  index = k - 1;
  count = n;
  return true;
}

namespace {

// Runs the extractor over a batch of articles with `jobs` threads; results keep batch order.
void extract_batch(std::vector<article> const& batch, std::vector<std::vector<claim>>& out,
                   claims::extractor const& ex, unsigned jobs) {
  out.assign(batch.size(), {});
  if (jobs <= 1 || batch.size() < 2) {
    for (std::size_t i = 0; i < batch.size(); ++i) out[i] = ex.extract(batch[i]);
    return;
  }
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i; (i = next.fetch_add(1)) < batch.size();) out[i] = ex.extract(batch[i]);
  };
  std::vector<std::thread> pool;
  unsigned n = std::min<unsigned>(jobs, static_cast<unsigned>(batch.size()));
  for (unsigned t = 1; t < n; ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
}

class progress {
 public:
  explicit progress(bool on) : on_(on && isatty(STDERR_FILENO)), start_(clock::now()), last_(start_) {}
  void tick(std::size_t articles, std::size_t bytes, std::size_t claims, bool force = false) {
    if (!on_) return;
    auto now = clock::now();
    if (!force && now - last_ < std::chrono::milliseconds(250)) return;
    last_ = now;
    double secs = std::chrono::duration<double>(now - start_).count();
    double mb = static_cast<double>(bytes) / 1e6;
    std::fprintf(stderr, "\r%zu articles, %.1f MB, %.1f MB/s, %zu claims", articles, mb,
                 secs > 0 ? mb / secs : 0.0, claims);
    if (force) std::fputc('\n', stderr);
    shown_ = true;
  }
  void done(std::size_t articles, std::size_t bytes, std::size_t claims) {
    if (shown_) tick(articles, bytes, claims, true);
  }

 private:
  using clock = std::chrono::steady_clock;
  bool on_;
  bool shown_ = false;
  clock::time_point start_, last_;
};

}  // namespace

feed::read_stats run_extraction(extract_options const& opt, claims::extractor const& ex, extract_sinks const& sinks) {
  unsigned jobs = opt.jobs ? opt.jobs : std::max(1u, std::thread::hardware_concurrency());
  std::size_t const batch_size = jobs > 1 ? 64 * jobs : 1;
  std::vector<article> batch;
  std::vector<std::vector<claim>> results;
  std::size_t ordinal = 0, claims_seen = 0, bytes_seen = 0, articles_seen = 0;
  progress prog(!opt.quiet);

  auto flush = [&] {
    if (batch.empty()) return;
    extract_batch(batch, results, ex, jobs);
    for (std::size_t i = 0; i < batch.size(); ++i) {
      claims_seen += results[i].size();
      if (sinks.on_article) sinks.on_article(batch[i], std::move(results[i]));
    }
    batch.clear();
    prog.tick(articles_seen, bytes_seen, claims_seen);
  };

  // Pre-extracted claims are sharded with the articles: each run of consecutive claims of one
  // article takes one ordinal, so every claim lands in exactly one shard, beside its siblings.
  bool in_claim_run = false, claim_run_kept = true;
  std::string claim_run_article;

  feed::callbacks cb;
  cb.on_article = [&](article&& a) {
    in_claim_run = false;
    std::size_t k = ordinal++;
    if (opt.shard_count > 1 && k % opt.shard_count != opt.shard_index) return;
    ++articles_seen;
    bytes_seen += a.text.size();
    batch.push_back(std::move(a));
    if (batch.size() >= batch_size) flush();
  };
  cb.on_claim = [&](claim&& c) {
    if (!in_claim_run || c.article != claim_run_article) {
      in_claim_run = true;
      claim_run_article = c.article;
      claim_run_kept = opt.shard_count <= 1 || ordinal % opt.shard_count == opt.shard_index;
      ++ordinal;
    }
    if (!claim_run_kept) return;
    flush();  // keep input order between articles and pre-extracted claims
    ++claims_seen;
    if (sinks.on_claim) sinks.on_claim(std::move(c));
  };
  cb.on_diagnostic = [&](feed::diagnostic const& d) {
    if (sinks.on_diagnostic) sinks.on_diagnostic(d);
  };
  auto stats = feed::read_inputs(opt.inputs, cb);
  flush();
  prog.done(articles_seen, bytes_seen, claims_seen);
  return stats;
}

}  // namespace claimcheck
