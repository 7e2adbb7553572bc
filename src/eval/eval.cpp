#include "claimcheck/eval/eval.hpp"

#include "claimcheck/claims/extractor.hpp"
#include "claimcheck/lexicon/lexicon.hpp"
#include "claimcheck/pipeline.hpp"
#include "claimcheck/reconcile/reconciler.hpp"

#include <fmt/format.h>

#include <stdexcept>

namespace claimcheck::eval {

std::string run_eval(eval_options const& opt, lexicon const& lex, bool& passed) {
  namespace fs = std::filesystem;
  fs::path const dir = opt.corpus_dir;
  fs::path const feed_dir = dir / "feed", gold_dir = dir / "gold";
  if (!fs::is_directory(feed_dir)) throw std::invalid_argument(fmt::format("{}: no feed/ directory", dir.string()));
  if (!fs::is_directory(gold_dir)) throw std::invalid_argument(fmt::format("{}: no gold/ directory", dir.string()));

  // The same path as `claimcheck check`: extract every article, then reconcile all claims together
  // (gold discrepancies may join claims from different articles).
  claims::extractor ex(lex);
  std::vector<article> articles;
  std::vector<claim> all;
  std::vector<gold_error> feed_errors;
  extract_options eo;
  eo.inputs = {feed_dir.string()};
  eo.jobs = opt.jobs;
  extract_sinks sinks;
  sinks.on_article = [&](article const& a, std::vector<claim>&& cs) {
    articles.push_back(a);
    for (auto& c : cs) all.push_back(std::move(c));
  };
  sinks.on_claim = [&](claim&& c) { all.push_back(std::move(c)); };
  sinks.on_diagnostic = [&](feed::diagnostic const& d) { feed_errors.push_back({d.file, d.line, d.reason}); };
  run_extraction(eo, ex, sinks);
  auto discrepancies = reconcile::reconciler(lex).run(all);

  auto gold = load_gold(gold_dir, articles);
  auto ev = evaluate(gold, articles, all, discrepancies);
  ev.errors.insert(ev.errors.end(), feed_errors.begin(), feed_errors.end());
  auto th = load_thresholds(dir / "thresholds.tsv");
  for (auto const& e : th.errors) ev.errors.push_back(e);
  auto checks = check_thresholds(th, ev, passed);
  passed = passed && ev.errors.empty();
  return opt.json ? render_json(ev, checks, passed, opt.corpus_dir)
                  : render_text(ev, checks, passed, opt.corpus_dir, opt.details);
}

}  // namespace claimcheck::eval
