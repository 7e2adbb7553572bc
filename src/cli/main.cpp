// claimcheck: a thin command line over the core library. Parses options, runs one command,
// maps the outcome to the contract's exit codes.

#include "options.hpp"
#include "output.hpp"

#include "claimcheck/claims/extractor.hpp"
#include "claimcheck/claims/json.hpp"
#include "claimcheck/eval/eval.hpp"
#include "claimcheck/lexicon/lexicon.hpp"
#include "claimcheck/pipeline.hpp"
#include "claimcheck/reconcile/reconciler.hpp"
#include "claimcheck/reconcile/spill.hpp"
#include "claimcheck/report/stream.hpp"
#include "claimcheck/report/writers.hpp"
#include "claimcheck/store/store.hpp"
#include "claimcheck/version.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <exception>
#include <functional>
#include <iostream>
#include <memory>
#include <optional>
#include <set>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace claimcheck::cli {
namespace {

// Hands freed heap pages back to the system (glibc keeps them otherwise), so the next peak of
// the run (rendering) can reuse them instead of adding to the high-water mark.
void release_free_memory() {
#if defined(__GLIBC__)
  malloc_trim(0);
#endif
}

void print_diagnostic(feed::diagnostic const& d) { std::cerr << d.to_string() << '\n'; }

void print_summary(feed::read_stats const& s) {
  std::cerr << fmt::format("read {} articles from {} files ({} skipped)\n", s.articles, s.files, s.skipped);
}

extract_options extraction_options(options const& o) {
  extract_options e;
  e.inputs = o.inputs;
  e.jobs = o.jobs;
  e.quiet = o.quiet;
  if (!o.shard.empty() && !parse_shard(o.shard, e.shard_index, e.shard_count))
    throw std::invalid_argument(fmt::format("--shard expects K/N with 1 <= K <= N, got '{}'", o.shard));
  return e;
}

int run_extract(options const& o, lexicon const& lex) {
  claims::extractor ex(lex);
  output_sink out(o.output);
  bool const tsv = o.format == "tsv";
  std::string buf;
  if (tsv) buf = claims::tsv_header() + "\n";
  auto render_in = [tsv](claim const& c, std::string& to) {
    if (tsv) {
      claims::append_tsv(to, c);
    } else {
      claims::append_json(to, c);
    }
    to.push_back('\n');
  };
  auto spill = [&] {
    if (buf.size() > (1u << 16)) {
      out.write(buf);
      buf.clear();
    }
  };
  extract_sinks sinks;
  // Claims are rendered on the worker that extracted them; this thread only writes.
  // An article's claims come without the copies of its fields, together (see extract_sinks::render).
  sinks.render = [tsv](article const& a, std::span<std::string const> topics, std::span<claim const> cs,
                       out_buffer& to) {
    if (tsv) {
      claims::append_tsv_lines(to, cs, a);
    } else {
      claims::append_json_lines(to, cs, a, topics);
    }
  };
  sinks.on_rendered = [&](std::string_view s) {
    if (buf.empty() && s.size() > (1u << 16)) {
      out.write(s);
    } else {
      buf += s;
      spill();
    }
  };
  sinks.on_claim = [&](claim&& c) {
    render_in(c, buf);
    spill();
  };
  sinks.on_diagnostic = print_diagnostic;
  auto stats = run_extraction(extraction_options(o), ex, sinks);
  print_summary(stats);  // before the commit, so it appears even when writing fails
  out.write(buf);
  out.commit();
  if (o.strict && stats.skipped) return static_cast<int>(exit_code::usage);
  return 0;
}

// How many claims `check` keeps in memory before spilling to temporary files, and the claims
// per bucket after that (docs/reconcile.md, "Scale: bucketed runs"); the environment variables
// exist for tests and benchmarks.
reconcile::spill_options spill_settings() {
  reconcile::spill_options s;
  auto number = [](char const* name, std::size_t& out) {
    if (char const* v = std::getenv(name); v && *v) out = static_cast<std::size_t>(std::strtoull(v, nullptr, 10));
  };
  number("CLAIMCHECK_CHECK_MEMORY_CLAIMS", s.memory_claims);
  number("CLAIMCHECK_CHECK_BUCKET_CLAIMS", s.bucket_claims);
  if (s.bucket_claims == 0) s.bucket_claims = 1;
  return s;
}

// `check` in bounded memory (docs/performance.md, "Check memory, third round"): claims go to
// the bucketed reconciler as they are extracted (spilled to disk beyond a few hundred thousand);
// the discrepancies stay on disk, and every format's writer takes them one at a time, in its own
// order, each one's claims one at a time. With --db the input is stored as it is read and the
// history is streamed from the store; the HTML timelines' claims are spooled to disk.
int run_check(options const& o, lexicon const& lex) {
  claims::extractor ex(lex);
  reconcile::reconciler rec(lex);
  auto const fmt_kind = *report_io::format_from(o.format);
  report_io::report_frame frame;
  frame.version = std::string(version());

  reconcile::bucketed_run run(rec, spill_settings());
  std::unique_ptr<report_io::claim_plots> plots;  // the timelines' claims (HTML only)
  if (fmt_kind == report_io::format::html) plots = std::make_unique<report_io::claim_plots>();
  std::optional<store::claim_store> db;
  std::optional<store::claims_writer> db_claims;  // claims JSONL input, stored article by article
  if (!o.db.empty()) {
    db.emplace(o.db);
    db->begin();  // one transaction for the whole input: all of it is history, or none
    db_claims.emplace(*db);
  }

  extract_sinks sinks;
  sinks.on_article = [&](article const& a, std::vector<claim>&& cs) {
    if (db) {
      db->ingest(a, cs);
      for (auto const& c : cs) db->mark(c.id);
    }
    if (plots) {
      for (auto const& c : cs) plots->add(c);
    }
    run.add_article(std::move(cs));
  };
  sinks.on_claim = [&](claim&& c) {
    if (db) {
      db_claims->add(claim(c));
      db->mark(c.id);
    }
    if (plots) plots->add(c);
    run.add(std::move(c));
  };
  sinks.on_diagnostic = print_diagnostic;
  auto const stats = run_extraction(extraction_options(o), ex, sinks);
  if (db) {
    db_claims->finish();
    db->commit();
    // History: everything stored, with this run's claims taking precedence.
    db->for_each_claim(
        [&](claim&& c) {
          if (plots) plots->add(c);
          run.add(std::move(c));
        },
        true);
  }
  frame.input = {stats.files, stats.articles, run.size(), stats.skipped};

  // With --db (and without --all), only discrepancies that cite a claim of this input.
  std::function<bool(reconcile::discrepancy_head const&)> keep;
  if (db && !o.all) {
    keep = [&](reconcile::discrepancy_head const& h) {
      return std::any_of(h.ids.begin(), h.ids.end(), [&](std::string const& id) { return db->marked(id); });
    };
  }
  run.reconcile(keep);
  release_free_memory();

  bool by_id = false;  // the order of the last replay
  if (!o.write_baseline.empty()) {
    run.order([](reconcile::discrepancy_head const& a, reconcile::discrepancy_head const& b) {
      if (a.d.id != b.d.id) return a.d.id < b.d.id;
      return reconcile::head_before(a, b);  // of one id, the first in reconciler::run's order
    });
    by_id = true;
    output_sink b(o.write_baseline);
    std::string buf = report_io::baseline_head(frame.tool, frame.version);
    std::optional<std::string> last;
    reconcile::discrepancy_stream s;
    s.begin = [&](discrepancy const& d, std::size_t) {
      if (last && *last == d.id) return;
      last = d.id;
      report_io::append_baseline_entry(buf, d);
      if (buf.size() > (1u << 20)) {
        b.write(buf);
        buf.clear();
      }
    };
    s.end = [](discrepancy const&) {};
    run.replay(s, false);
    b.write(buf);
    b.commit();
  }

  // The baseline's effect and the counts every writer starts with.
  std::set<std::string, std::less<>> baseline_ids, matched;
  std::vector<report_io::baseline_entry> baseline;
  if (!o.baseline.empty()) {
    baseline = report_io::read_baseline(o.baseline);
    for (auto const& e : baseline) baseline_ids.insert(e.id);
  }
  auto suppressed = [&](discrepancy const& d) { return !baseline_ids.empty() && baseline_ids.count(d.id) > 0; };
  {
    reconcile::discrepancy_stream s;
    s.begin = [&](discrepancy const& d, std::size_t) {
      if (suppressed(d)) {
        matched.insert(d.id);
        ++frame.suppressed;
      } else {
        frame.count(d);
      }
    };
    s.end = [](discrepancy const&) {};
    run.replay(s, false);
  }
  {
    std::set<std::string, std::less<>> listed;
    for (auto const& e : baseline) {
      if (!matched.count(e.id) && listed.insert(e.id).second) frame.stale_baseline.push_back(e.id);
    }
  }
  if (plots) plots->finish(frame);
  print_summary(stats);  // before the report, so it appears even when writing fails

  output_sink out(o.output);
  report_io::write_options wo;
  wo.color = o.format == "text" && out.is_terminal() && !std::getenv("NO_COLOR");
  auto w = report_io::stream_writer::make(fmt_kind, wo, [&](std::string_view s) { out.write(s); }, plots.get());
  if (w->order() == report_io::listing::by_subject) {
    run.order([&](reconcile::discrepancy_head const& a, reconcile::discrepancy_head const& b) {
      return report_io::listed_before(frame, a.d, a.ids, b.d, b.ids);
    });
  } else if (by_id) {
    run.order({});
  }
  w->begin(frame);
  bool skip = false;  // the discrepancy being replayed is suppressed by the baseline
  if (w->wants_index()) {
    reconcile::discrepancy_stream s;
    s.begin = [&](discrepancy const& d, std::size_t n) {
      if (!suppressed(d)) w->index(d, n);
    };
    s.end = [](discrepancy const&) {};
    run.replay(s, false);
  }
  if (w->wants_plots()) {
    reconcile::discrepancy_stream s;
    s.begin = [&](discrepancy const& d, std::size_t) {
      skip = suppressed(d);
      if (!skip) w->plot(d);
    };
    s.each_claim = [&](claim const& c) {
      if (!skip) w->plot_claim(c);
    };
    s.end = [](discrepancy const&) {};
    run.replay(s, true);
  }
  {
    reconcile::discrepancy_stream s;
    if (w->wants_preview()) {
      s.preview = [&](discrepancy const& d, claim const& c) {
        if (!suppressed(d)) w->preview(d, c);
      };
    }
    s.begin = [&](discrepancy const& d, std::size_t n) {
      skip = suppressed(d);
      if (!skip) w->open(d, n);
    };
    s.each_claim = [&](claim const& c) {
      if (!skip) w->add(c);
    };
    s.end = [&](discrepancy const& d) {
      if (!skip) w->close(d);
    };
    run.replay(s, true);
  }
  w->end();
  out.commit();
  if (!o.output.empty() && !o.quiet) std::cerr << fmt::format("report written to {}\n", o.output);

  if (o.strict && stats.skipped) return static_cast<int>(exit_code::usage);
  if (o.fail_on == "none") return 0;
  auto const worst = frame.worst();
  return worst && *worst >= *severity_from(o.fail_on) ? static_cast<int>(exit_code::discrepancies) : 0;
}

int run_ingest(options const& o, lexicon const& lex) {
  claims::extractor ex(lex);
  store::claim_store db(o.db);
  store::ingest_result total;
  store::claims_writer extracted(db);  // claims JSONL input, stored article by article
  std::size_t pending = 0;
  db.begin();  // a commit per batch of articles, not per article: far fewer page writes
  auto stored = [&](std::size_t articles) {
    pending += articles;
    if (pending < store::ingest_batch_articles) return;
    db.commit();
    db.begin();
    pending = 0;
  };
  extract_sinks sinks;
  sinks.on_article = [&](article const& a, std::vector<claim>&& cs) {
    total += db.ingest(a, cs);
    stored(1);
  };
  sinks.on_claim = [&](claim&& c) { stored(extracted.add(std::move(c))); };
  sinks.on_diagnostic = print_diagnostic;
  auto stats = run_extraction(extraction_options(o), ex, sinks);
  total += extracted.finish();
  db.commit();
  print_summary(stats);
  std::cerr << fmt::format("stored {} new, {} changed, {} unchanged articles in {}\n", total.inserted, total.replaced,
                           total.unchanged, o.db);
  if (o.strict && stats.skipped) return static_cast<int>(exit_code::usage);
  return 0;
}

int run_eval_command(options const& o, lexicon const& lex) {
  eval::eval_options eo;
  eo.corpus_dir = o.inputs.front();
  eo.json = o.format == "json";
  eo.details = o.details;
  eo.jobs = o.jobs;
  bool passed = true;
  std::cout << eval::run_eval(eo, lex, passed);
  return passed ? 0 : static_cast<int>(exit_code::discrepancies);
}

}  // namespace
}  // namespace claimcheck::cli

int main(int argc, char** argv) {
  using namespace claimcheck;
  using namespace claimcheck::cli;
  std::ios::sync_with_stdio(false);
  exit_code code{};
  auto opt = parse_options(argc, argv, code);
  if (!opt) return static_cast<int>(code);
  try {
    auto lex = lexicon::load(opt->grammars.empty() ? lexicon::default_dir() : std::filesystem::path(opt->grammars));
    if (opt->command == "extract") return run_extract(*opt, lex);
    if (opt->command == "check") return run_check(*opt, lex);
    if (opt->command == "ingest") return run_ingest(*opt, lex);
    if (opt->command == "eval") return run_eval_command(*opt, lex);
  } catch (std::invalid_argument const& e) {
    std::cerr << fmt::format("claimcheck {}: {}\n", opt->command, e.what());
    return static_cast<int>(exit_code::usage);
  } catch (std::exception const& e) {
    std::cerr << fmt::format("claimcheck: error: {}\n", e.what());
    return static_cast<int>(exit_code::usage);
  }
  return static_cast<int>(exit_code::usage);
}
