#include "claimcheck/pipeline.hpp"

#include "claimcheck/claims/extractor.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <optional>
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

// A batch of consecutive articles: extracted (and rendered, when the sinks render) by one
// worker, then emitted by the calling thread in input order. A rendering is cut into chunks
// of about chunk_bytes that the caller may write while the worker goes on, so even one huge
// article (hostile input: every byte pair a claim) never holds its whole output in memory.
struct batch_job {
  std::vector<article> articles;
  std::size_t text_bytes = 0;
  std::vector<std::vector<claim>> claims;  // without sinks.render
  // With sinks.render: chunks [0, ready) are complete; the worker fills back(). A deque, so
  // appending a chunk never moves the ones the caller is writing.
  std::deque<out_buffer> rendered = std::deque<out_buffer>(1);
  std::size_t ready = 0;    // guarded by the pool's mutex
  std::size_t emitted = 0;  // chunks passed on (caller only)
  std::size_t claim_count = 0;
  bool done = false;        // guarded by the pool's mutex
  std::exception_ptr error;

  void reset() {
    articles.clear();
    text_bytes = 0;
    claims.clear();
    rendered.resize(std::min<std::size_t>(rendered.size(), 2));  // a huge article's chunks go
    for (auto& r : rendered) r.clear();
    ready = emitted = claim_count = 0;
    done = false;
    error = nullptr;
  }
};

constexpr std::size_t chunk_bytes = std::size_t{1} << 20;
// What a chunk is given at once: chunk_bytes and the run that crosses it (see process). Grown
// from 64 KB by doubling, a chunk's bytes were copied five times or more while it filled, and
// once more into 2 MB when the last run crossed 1 MB; memory not yet written is not resident.
constexpr std::size_t chunk_room = chunk_bytes + chunk_bytes / 4;

// Extracts (and renders) a batch. `chunk_full` is called when rendered.back() reaches
// chunk_bytes; it must leave an empty chunk at the back.
template <class ChunkFull>
void process(batch_job& b, claims::extractor const& ex, extract_sinks const& sinks, ChunkFull const& chunk_full) {
  if (!sinks.render) b.claims.resize(b.articles.size());
  std::vector<std::string> topics;
  // the articles' claims, each built again in the claims of the articles before it (extract_lean)
  thread_local std::vector<claim> kept;
  for (std::size_t i = 0; i < b.articles.size(); ++i) {
    if (!sinks.render) {
      auto cs = ex.extract(b.articles[i]);
      b.claim_count += cs.size();
      b.claims[i] = std::move(cs);
      continue;
    }
    auto const cs = ex.extract_lean(b.articles[i], topics, kept);
    b.claim_count += cs.size();
    // The claims go to the writer in runs whose sentences (which each claim repeats) add up
    // to well under a chunk: an ordinary article's in one run, while a huge article's output
    // is still cut into chunks as it grows. A huge article's claims are freed as they are
    // rendered, so it never holds its claims and its output at once, and they do not stay
    // with the thread (an ordinary article's are kept for the next article's).
    bool const free_each = cs.size() >= 1024;
    std::size_t from = 0;
    while (from < cs.size()) {
      std::size_t to = from, weight = 0;
      while (to < cs.size() && weight < chunk_bytes / 8 && to - from < 256) {
        weight += 1024 + (cs[to].sentence_end - cs[to].sentence_start);
        ++to;
      }
      if (b.rendered.back().empty()) b.rendered.back().reserve(chunk_room);
      sinks.render(b.articles[i], topics, std::span<claim const>(cs.data() + from, to - from), b.rendered.back());
      if (free_each)
        for (std::size_t k = from; k < to; ++k) {
          std::destroy_at(&cs[k]);  // (assigning claim{} would keep a long string's memory)
          std::construct_at(&cs[k]);
        }
      from = to;
      if (b.rendered.back().size() >= chunk_bytes) chunk_full();
    }
    if (free_each) std::vector<claim>().swap(kept);
  }
}

// `n` threads that each take whole batches from a queue. The caller keeps ownership of the
// batches and takes their results in input order, so the output order never depends on timing.
class worker_pool {
 public:
  worker_pool(unsigned n, claims::extractor const& ex, extract_sinks const& sinks) : ex_(ex), sinks_(sinks) {
    for (unsigned t = 0; t < n; ++t) threads_.emplace_back([this] { run(); });
  }
  ~worker_pool() {
    {
      std::lock_guard lock(m_);
      stop_ = true;
    }
    work_cv_.notify_all();
    for (auto& t : threads_) t.join();
  }
  worker_pool(worker_pool const&) = delete;
  worker_pool& operator=(worker_pool const&) = delete;

  void submit(batch_job* b) {
    {
      std::lock_guard lock(m_);
      queue_.push_back(b);
    }
    work_cv_.notify_one();
  }
  /// Waits until the batch has chunks not yet taken, or is done; appends those chunks to
  /// `chunks` and returns whether the batch is done (then every chunk has been taken).
  bool take(batch_job& b, std::vector<out_buffer*>& chunks) {
    std::unique_lock lock(m_);
    done_cv_.wait(lock, [&] { return b.done || b.ready > b.emitted; });
    std::size_t upto = b.done ? b.rendered.size() : b.ready;
    for (; b.emitted < upto; ++b.emitted) chunks.push_back(&b.rendered[b.emitted]);
    return b.done;
  }

 private:
  void run() {
    while (true) {
      batch_job* b = nullptr;
      {
        std::unique_lock lock(m_);
        work_cv_.wait(lock, [&] { return stop_ || !queue_.empty(); });
        if (stop_) return;
        b = queue_.front();
        queue_.pop_front();
      }
      auto chunk_full = [&] {
        {
          std::lock_guard lock(m_);
          b->rendered.emplace_back();
          b->ready = b->rendered.size() - 1;
        }
        done_cv_.notify_all();
      };
      try {
        process(*b, ex_, sinks_, chunk_full);
      } catch (...) {
        b->error = std::current_exception();
      }
      {
        std::lock_guard lock(m_);
        b->done = true;
      }
      done_cv_.notify_all();
    }
  }

  claims::extractor const& ex_;
  extract_sinks const& sinks_;
  std::mutex m_;
  std::condition_variable work_cv_, done_cv_;
  std::deque<batch_job*> queue_;
  bool stop_ = false;
  std::vector<std::thread> threads_;
};

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
  // Batches are small enough to balance the workers and large enough to keep locking rare;
  // with more than one job, up to 4 per worker are in flight while the caller reads ahead.
  constexpr std::size_t batch_articles = 32, batch_bytes = std::size_t{256} << 10;
  std::size_t const max_in_flight = 4 * static_cast<std::size_t>(jobs);
  std::size_t ordinal = 0, claims_seen = 0, bytes_seen = 0, articles_seen = 0;
  progress prog(!opt.quiet);

  std::deque<std::unique_ptr<batch_job>> in_flight;  // submitted, in input order
  std::vector<std::unique_ptr<batch_job>> spare;     // emitted, kept for their buffers
  std::unique_ptr<batch_job> open = std::make_unique<batch_job>();
  std::optional<worker_pool> pool;  // declared after the batches: joined before they go
  if (jobs > 1) pool.emplace(jobs, ex, sinks);

  auto recycle = [&](std::unique_ptr<batch_job> b) {
    b->reset();
    spare.push_back(std::move(b));
  };
  auto fresh = [&] {
    if (spare.empty()) return std::make_unique<batch_job>();
    auto b = std::move(spare.back());
    spare.pop_back();
    return b;
  };
  auto write_chunk = [&](out_buffer& chunk, bool keep) {
    if (sinks.on_rendered && !chunk.empty()) sinks.on_rendered(chunk.view());
    if (keep) {
      chunk.clear();
    } else {
      chunk.release();
    }
  };
  // A finished batch: claims to on_article, or what is left of its rendering to on_rendered.
  auto emit_done = [&](batch_job& b) {
    if (b.error) std::rethrow_exception(b.error);
    claims_seen += b.claim_count;
    if (sinks.render) {
      for (; b.emitted < b.rendered.size(); ++b.emitted) write_chunk(b.rendered[b.emitted], b.emitted < 2);
    } else {
      for (std::size_t i = 0; i < b.articles.size(); ++i)
        if (sinks.on_article) sinks.on_article(b.articles[i], std::move(b.claims[i]));
    }
    prog.tick(articles_seen, bytes_seen, claims_seen);
  };
  // The oldest batch in flight, emitted as its chunks come (all of it once the worker is done).
  std::vector<out_buffer*> chunks;
  auto emit_front = [&] {
    auto& b = *in_flight.front();
    while (true) {
      chunks.clear();
      std::size_t first = b.emitted;
      bool done = pool->take(b, chunks);
      if (done && b.error) std::rethrow_exception(b.error);
      for (std::size_t k = 0; k < chunks.size(); ++k) write_chunk(*chunks[k], first + k < 2);
      if (done) break;
    }
    emit_done(b);
    auto owned = std::move(in_flight.front());
    in_flight.pop_front();
    recycle(std::move(owned));
  };
  // Hands the open batch to the workers (or runs it here with one job).
  auto submit = [&] {
    if (open->articles.empty()) return;
    if (!pool) {
      process(*open, ex, sinks, [&] { write_chunk(open->rendered.back(), true); });
      emit_done(*open);
      recycle(std::move(open));
      open = fresh();
      return;
    }
    while (in_flight.size() >= max_in_flight) emit_front();
    pool->submit(open.get());
    in_flight.push_back(std::move(open));
    open = fresh();
  };
  // Everything read so far, emitted.
  auto flush = [&] {
    submit();
    while (!in_flight.empty()) emit_front();
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
    open->text_bytes += a.text.size();
    open->articles.push_back(std::move(a));
    if (open->articles.size() >= batch_articles || open->text_bytes >= batch_bytes) submit();
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
