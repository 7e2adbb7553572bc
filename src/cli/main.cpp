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
#include "claimcheck/report/writers.hpp"
#include "claimcheck/store/store.hpp"
#include "claimcheck/version.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <exception>
#include <iostream>
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
  // Claims of an article come without the copies of its fields (see extract_sinks::render).
  sinks.render = [tsv](article const& a, std::span<std::string const> topics, claim const& c, std::string& to) {
    if (tsv) {
      claims::append_tsv(to, c, a);
    } else {
      claims::append_json(to, c, a, topics);
    }
    to.push_back('\n');
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

int run_check(options const& o, lexicon const& lex) {
  claims::extractor ex(lex);
  reconcile::reconciler rec(lex);
  auto const fmt_kind = *report_io::format_from(o.format);
  report r;
  r.version = std::string(version());
  feed::read_stats stats;
  std::set<std::string> new_ids;

  if (o.db.empty() && fmt_kind != report_io::format::html) {
    // Streaming: claims go to the bucketed reconciler as they are extracted (spilled to disk
    // beyond a few hundred thousand); only the discrepancies stay in memory.
    reconcile::bucketed_run run(rec, spill_settings());
    extract_sinks sinks;
    sinks.on_article = [&](article const&, std::vector<claim>&& cs) { run.add_article(std::move(cs)); };
    sinks.on_claim = [&](claim&& c) { run.add(std::move(c)); };
    sinks.on_diagnostic = print_diagnostic;
    stats = run_extraction(extraction_options(o), ex, sinks);
    r.input = {stats.files, stats.articles, run.size(), stats.skipped};
    if (fmt_kind == report_io::format::json && o.baseline.empty() && o.write_baseline.empty()) {
      // The JSON report is written as the discrepancies come out of the buckets' merge.
      output_sink out(o.output);
      std::string buf = report_io::json_head(r);
      bool first = true;
      std::optional<severity> worst;
      // Claim by claim: one discrepancy may cite hundreds of thousands of claims.
      auto spill = [&] {
        if (buf.size() > (1u << 20)) {
          out.write(buf);
          buf.clear();
        }
      };
      bool first_claim = true;
      reconcile::discrepancy_stream stream;
      stream.begin = [&](discrepancy const& d, std::size_t) {
        report_io::append_json_discrepancy_open(buf, d, first);
        first = false;
        first_claim = true;
        if (!worst || d.sev > *worst) worst = d.sev;
      };
      stream.each_claim = [&](claim const& c) {
        report_io::append_json_discrepancy_claim(buf, c, first_claim);
        first_claim = false;
        spill();
      };
      stream.end = [&](discrepancy const& d) {
        report_io::append_json_discrepancy_close(buf, d);
        spill();
      };
      run.finish(stream);
      buf.append(report_io::json_tail());
      print_summary(stats);  // before the commit, so it appears even when writing fails
      out.write(buf);
      out.commit();
      if (!o.output.empty() && !o.quiet) std::cerr << fmt::format("report written to {}\n", o.output);
      if (o.strict && stats.skipped) return static_cast<int>(exit_code::usage);
      if (o.fail_on == "none" || !worst) return 0;
      return *worst >= *severity_from(o.fail_on) ? static_cast<int>(exit_code::discrepancies) : 0;
    }
    r.discrepancies = run.finish();
    release_free_memory();
  } else {
    // The store's history and the HTML report's plots need every claim at hand.
    std::vector<claim> all;
    std::vector<std::pair<article, std::vector<claim>>> fresh;  // for --db
    std::vector<claim> fresh_claims;                             // for --db: claims JSONL input
    extract_sinks sinks;
    sinks.on_article = [&](article const& a, std::vector<claim>&& cs) {
      if (!o.db.empty()) {
        fresh.emplace_back(a, cs);
      }
      for (auto& c : cs) all.push_back(std::move(c));
    };
    sinks.on_claim = [&](claim&& c) {
      if (!o.db.empty()) fresh_claims.push_back(c);
      all.push_back(std::move(c));
    };
    sinks.on_diagnostic = print_diagnostic;
    stats = run_extraction(extraction_options(o), ex, sinks);

    if (!o.db.empty()) {
      store::claim_store db(o.db);
      for (auto const& c : all) new_ids.insert(c.id);
      db.begin();  // one transaction for the whole input: all of it is history, or none
      for (auto const& [a, cs] : fresh) db.ingest(a, cs);
      db.ingest_claims(fresh_claims);
      db.commit();
      // History: everything stored, with this run's claims taking precedence.
      std::set<std::string> have(new_ids);
      for (auto& c : db.all_claims()) {
        if (!have.count(c.id)) {
          have.insert(c.id);
          all.push_back(std::move(c));
        }
      }
    }

    r.input = {stats.files, stats.articles, all.size(), stats.skipped};
    r.discrepancies = rec.run(all);
    if (!o.db.empty() && !o.all) {
      std::erase_if(r.discrepancies, [&](discrepancy const& d) {
        return std::none_of(d.claims.begin(), d.claims.end(),
                            [&](claim const& c) { return new_ids.count(c.id) > 0; });
      });
    }
    // Only the HTML report plots every claim; the other formats need just the discrepancies.
    if (fmt_kind == report_io::format::html) {
      r.claims = std::move(all);
    } else {
      std::vector<claim>().swap(all);
      release_free_memory();
    }
  }

  if (!o.write_baseline.empty()) {
    output_sink b(o.write_baseline);
    b.write(report_io::render_baseline(r));
    b.commit();
  }
  if (!o.baseline.empty()) report_io::apply_baseline(r, report_io::read_baseline(o.baseline));

  output_sink out(o.output);
  report_io::write_options wo;
  wo.color = o.format == "text" && out.is_terminal() && !std::getenv("NO_COLOR");
  print_summary(stats);  // before the commit, so it appears even when writing fails
  out.write(report_io::render(r, fmt_kind, wo));
  out.commit();
  if (!o.output.empty() && !o.quiet) std::cerr << fmt::format("report written to {}\n", o.output);

  if (o.strict && stats.skipped) return static_cast<int>(exit_code::usage);
  if (o.fail_on == "none") return 0;
  auto threshold = *severity_from(o.fail_on);
  bool fail = std::any_of(r.discrepancies.begin(), r.discrepancies.end(),
                          [&](discrepancy const& d) { return d.sev >= threshold; });
  return fail ? static_cast<int>(exit_code::discrepancies) : 0;
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
