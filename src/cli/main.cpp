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
#include "claimcheck/report/writers.hpp"
#include "claimcheck/store/store.hpp"
#include "claimcheck/version.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <exception>
#include <iostream>
#include <set>

namespace claimcheck::cli {
namespace {

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
  auto emit = [&](claim const& c) {
    if (tsv) {
      claims::append_tsv(buf, c);
    } else {
      claims::append_json(buf, c);
    }
    buf.push_back('\n');
    if (buf.size() > (1u << 16)) {
      out.write(buf);
      buf.clear();
    }
  };
  extract_sinks sinks;
  sinks.on_article = [&](article const&, std::vector<claim>&& cs) {
    for (auto const& c : cs) emit(c);
  };
  sinks.on_claim = [&](claim&& c) { emit(c); };
  sinks.on_diagnostic = print_diagnostic;
  auto stats = run_extraction(extraction_options(o), ex, sinks);
  print_summary(stats);  // before the commit, so it appears even when writing fails
  out.write(buf);
  out.commit();
  if (o.strict && stats.skipped) return static_cast<int>(exit_code::usage);
  return 0;
}

int run_check(options const& o, lexicon const& lex) {
  claims::extractor ex(lex);
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
  auto stats = run_extraction(extraction_options(o), ex, sinks);

  std::set<std::string> new_ids;
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

  reconcile::reconciler rec(lex);
  report r;
  r.version = std::string(version());
  r.input = {stats.files, stats.articles, all.size(), stats.skipped};
  r.discrepancies = rec.run(all);
  if (!o.db.empty() && !o.all) {
    std::erase_if(r.discrepancies, [&](discrepancy const& d) {
      return std::none_of(d.claims.begin(), d.claims.end(), [&](claim const& c) { return new_ids.count(c.id) > 0; });
    });
  }
  r.claims = std::move(all);

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
  out.write(report_io::render(r, *report_io::format_from(o.format), wo));
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
