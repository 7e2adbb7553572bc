// The eval report: an aligned text table, or one stable JSON object.

#include "claimcheck/claims/json.hpp"
#include "claimcheck/eval/eval.hpp"

#include <fmt/format.h>

namespace claimcheck::eval {

namespace {

std::string ratio(double v) { return fmt::format("{:.3f}", v); }

std::string json_ratio(double v) { return fmt::format("{:.4f}", v); }

}  // namespace

std::string render_text(evaluation const& ev, std::vector<threshold_result> const& checks, bool passed,
                        std::string const& corpus, std::size_t details) {
  std::string out;
  out += fmt::format("claimcheck eval {}: {} articles, {} annotated\n\n", corpus, ev.articles, ev.annotated);
  std::size_t w = 6;
  for (auto const& n : ev.order) w = std::max(w, n.size());
  // gold_ok: gold items matched (recall); pred_ok: predictions matched (precision). They differ
  // only for discrepancies, where several reported pairs may match one gold cluster.
  auto row = [&](std::string const& name, auto gold, auto pred, auto gold_ok, auto pred_ok, std::string const& p,
                 std::string const& r, std::string const& f) {
    out += fmt::format("{:<{}}  {:>6}  {:>6}  {:>7}  {:>7}  {:>9}  {:>6}  {:>6}\n", name, w, gold, pred, gold_ok, pred_ok,
                       p, r, f);
  };
  row("metric", "gold", "pred", "gold_ok", "pred_ok", "precision", "recall", "f1");
  for (auto const& n : ev.order) {
    auto const& s = ev.scores.at(n);
    if (s.gold == 0 && s.predicted == 0) row(n, 0, 0, 0, 0, "-", "-", "-");
    else
      row(n, s.gold, s.predicted, s.correct, s.correct_predictions.value_or(s.correct), ratio(s.precision()),
          ratio(s.recall()), ratio(s.f1()));
  }
  auto figures = ev.figures();
  out += "\n";
  if (ev.outliers_named)
    out += fmt::format("outliers: {} of {} matched discrepancies name the gold outlier ({})\n", ev.outliers_right,
                       ev.outliers_named, ratio(figures.at("discrepancy.outlier_accuracy")));
  else
    out += "outliers: no matched discrepancy has a gold outlier\n";
  out += fmt::format("clean articles: {} of {} raise nothing ({}); {} false alarm{}\n", ev.clean_silent,
                     ev.clean_articles, ratio(figures.at("clean.silent")), ev.false_alarms,
                     ev.false_alarms == 1 ? "" : "s");
  if (ev.annotated < ev.articles)
    out += fmt::format("note: {} articles have no gold quantities; their predictions are not counted\n",
                       ev.articles - ev.annotated);
  if (!ev.errors.empty()) {
    out += fmt::format("gold errors: {}\n", ev.errors.size());
    for (auto const& e : ev.errors) out += fmt::format("  {}\n", e.to_string());
  }

  std::size_t failed = 0;
  for (auto const& c : checks) failed += !c.passed;
  if (checks.empty()) {
    out += "thresholds: none\n";
  } else if (failed == 0) {
    out += fmt::format("thresholds: {} checked, all met\n", checks.size());
  } else {
    out += fmt::format("thresholds: {} checked, {} not met\n", checks.size(), failed);
    for (auto const& c : checks) {
      if (c.passed) continue;
      if (!c.value) out += fmt::format("  {}: unknown metric (line {})\n", c.t.metric, c.t.line);
      else out += fmt::format("  {} = {} < {}\n", c.t.metric, ratio(*c.value), c.t.min);
    }
  }

  if (details > 0) {
    out += fmt::format("\nfirst {} misses and false positives per metric:\n", details);
    auto list = [&](std::string const& name, char const* what, std::vector<std::string> const& items) {
      if (items.empty()) return;
      out += fmt::format("{} {} ({}):\n", name, what, items.size());
      for (std::size_t i = 0; i < items.size() && i < details; ++i) out += fmt::format("  {}\n", items[i]);
    };
    for (auto const& n : ev.order) {
      auto const& s = ev.scores.at(n);
      list(n, "misses", s.misses);
      list(n, "false positives", s.false_positives);
    }
    list("clean", "false alarms", ev.false_alarm_details);
  }
  out += passed ? "passed\n" : "FAILED\n";
  return out;
}

std::string render_json(evaluation const& ev, std::vector<threshold_result> const& checks, bool passed,
                        std::string const& corpus) {
  std::string out = "{\"corpus\":";
  claims::append_json_string(out, corpus);
  out += fmt::format(",\"articles\":{},\"annotated\":{},\"metrics\":{{", ev.articles, ev.annotated);
  bool first = true;
  for (auto const& n : ev.order) {
    auto const& s = ev.scores.at(n);
    if (!first) out += ',';
    first = false;
    claims::append_json_string(out, n);
    out += fmt::format(
        ":{{\"gold\":{},\"predicted\":{},\"gold_matched\":{},\"predicted_matched\":{},\"precision\":{},"
        "\"recall\":{},\"f1\":{}}}",
        s.gold, s.predicted, s.correct, s.correct_predictions.value_or(s.correct), json_ratio(s.precision()),
        json_ratio(s.recall()), json_ratio(s.f1()));
  }
  auto figures = ev.figures();
  out += fmt::format("}},\"outliers\":{{\"named\":{},\"right\":{},\"accuracy\":{}}}", ev.outliers_named,
                     ev.outliers_right, json_ratio(figures.at("discrepancy.outlier_accuracy")));
  out += fmt::format(",\"clean\":{{\"articles\":{},\"silent\":{},\"false_alarms\":{},\"silent_share\":{}}}",
                     ev.clean_articles, ev.clean_silent, ev.false_alarms, json_ratio(figures.at("clean.silent")));
  out += ",\"errors\":[";
  for (std::size_t i = 0; i < ev.errors.size(); ++i) {
    if (i) out += ',';
    claims::append_json_string(out, ev.errors[i].to_string());
  }
  out += "],\"thresholds\":[";
  for (std::size_t i = 0; i < checks.size(); ++i) {
    auto const& c = checks[i];
    if (i) out += ',';
    out += "{\"metric\":";
    claims::append_json_string(out, c.t.metric);
    out += ",\"min\":";
    claims::append_json_number(out, c.t.min);
    out += ",\"value\":";
    out += c.value ? json_ratio(*c.value) : std::string("null");
    out += fmt::format(",\"passed\":{}}}", c.passed ? "true" : "false");
  }
  out += fmt::format("],\"passed\":{}}}\n", passed ? "true" : "false");
  return out;
}

}  // namespace claimcheck::eval
