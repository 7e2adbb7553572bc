// Matching predictions with gold and counting (rules in eval.hpp and docs/eval.md).

#include "claimcheck/eval/eval.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

namespace claimcheck::eval {

double score::precision() const {
  if (predicted == 0) return gold == 0 ? 1.0 : 0.0;
  return static_cast<double>(correct_predictions.value_or(correct)) / static_cast<double>(predicted);
}

double score::recall() const {
  if (gold == 0) return predicted == 0 ? 1.0 : 0.0;
  return static_cast<double>(correct) / static_cast<double>(gold);
}

double score::f1() const {
  double p = precision(), r = recall();
  return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

std::map<std::string, double> evaluation::figures() const {
  std::map<std::string, double> f;
  for (auto const& [name, s] : scores) {
    f[name + ".precision"] = s.precision();
    f[name + ".recall"] = s.recall();
    f[name + ".f1"] = s.f1();
  }
  f["discrepancy.outlier_accuracy"] =
      outliers_named ? static_cast<double>(outliers_right) / static_cast<double>(outliers_named) : 1.0;
  f["clean.silent"] = clean_articles ? static_cast<double>(clean_silent) / static_cast<double>(clean_articles) : 1.0;
  return f;
}

namespace {

// Within 1e-6 relative, or within half a unit of the sixth decimal: the gold writes fractions and
// ratios to six decimals (docs/corpus.md), so one in six is 0.166667, 2e-6 off in relative terms.
bool same_value(double a, double b) {
  double scale = std::max(std::fabs(a), std::fabs(b));
  return std::fabs(a - b) <= std::max(1e-6 * scale, 5e-7);
}

bool same_bound(std::optional<double> a, std::optional<double> b) {
  if (!a || !b) return !a && !b;
  return same_value(*a, *b);
}

std::string num(double v) {
  if (std::fabs(v) < 1e15 && v == std::floor(v)) return fmt::format("{:.0f}", v);
  return fmt::format("{:.10g}", v);
}

std::string bound(std::optional<double> v) { return v ? num(*v) : std::string("open"); }

std::string interval(double v, std::optional<double> lo, std::optional<double> hi) {
  return fmt::format("{} [{}, {}]", num(v), bound(lo), bound(hi));
}

std::string shown(std::string const& s) { return s.empty() ? std::string("(none)") : s; }

struct span_hash {
  std::size_t operator()(span_key const& k) const {
    return std::hash<std::string>()(k.article) ^ (k.start * 0x9e3779b97f4a7c15ULL) ^ (k.end << 17);
  }
};

class describer {
 public:
  explicit describer(std::vector<article> const& articles) {
    for (auto const& a : articles) text_.emplace(a.id, &a.text);
  }
  /// `a01 "Some 33,207"@120`
  std::string operator()(span_key const& k) const {
    auto it = text_.find(k.article);
    std::string t;
    if (it != text_.end() && k.end <= it->second->size() && k.start <= k.end)
      t = it->second->substr(k.start, k.end - k.start);
    return fmt::format("{} \"{}\"@{}", k.article, t, k.start);
  }

 private:
  std::unordered_map<std::string, std::string const*> text_;
};

span_key key_of(claim const& c) { return {c.article, c.q.span.start, c.q.span.end}; }

std::string basis_name(date_basis b) { return b == date_basis::none ? std::string() : std::string(to_string(b)); }

}  // namespace

evaluation evaluate(gold_set const& gold, std::vector<article> const& articles, std::vector<claim> const& claims,
                    std::vector<discrepancy> const& discrepancies) {
  evaluation ev;
  ev.errors = gold.errors;
  ev.articles = articles.size();
  describer describe(articles);
  auto add = [&](std::string const& name) -> score& {
    ev.order.push_back(name);
    return ev.scores[name];
  };

  std::set<std::string> annotated;
  for (auto const& q : gold.quantities) annotated.insert(q.at.article);
  ev.annotated = annotated.size();

  // Predictions in annotated articles, one per span (a second claim on the same span counts as
  // a false positive everywhere, since no gold item can match it).
  std::vector<claim const*> predicted;
  std::unordered_map<span_key, claim const*, span_hash> by_span;
  std::size_t duplicates = 0;
  std::vector<std::string> duplicate_details;
  for (auto const& c : claims) {
    if (!annotated.count(c.article)) continue;
    if (by_span.emplace(key_of(c), &c).second) {
      predicted.push_back(&c);
    } else {
      ++duplicates;
      duplicate_details.push_back(describe(key_of(c)) + " (claimed twice)");
    }
  }
  std::unordered_map<std::string, claim const*> by_id;
  for (auto const& c : claims) by_id.emplace(c.id, &c);

  // ---- quantities --------------------------------------------------------------------------
  std::unordered_map<span_key, gold_quantity const*, span_hash> gold_q;
  for (auto const& q : gold.quantities) gold_q.emplace(q.at, &q);

  score& span = add("quantity.span");
  score& value = add("quantity.value");
  score& ival = add("quantity.interval");
  score& kind = add("quantity.kind");
  score& unit = add("quantity.unit");
  for (score* s : {&span, &value, &ival, &kind, &unit}) {
    s->gold = gold_q.size();
    s->predicted = predicted.size() + duplicates;
  }
  for (auto const& g : gold.quantities) {
    if (gold_q.at(g.at) != &g) continue;  // a duplicated gold row counts once
    auto it = by_span.find(g.at);
    if (it == by_span.end()) {
      // Name what the extractor found nearby, if anything overlaps.
      std::string near;
      for (auto const* c : predicted)
        if (c->article == g.at.article && c->q.span.start < g.at.end && g.at.start < c->q.span.end)
          near = fmt::format(" (found \"{}\")", c->q.text);
      span.misses.push_back(describe(g.at) + near);
      continue;
    }
    auto const& q = it->second->q;
    ++span.correct;
    bool v = same_value(q.value, g.value);
    if (v) ++value.correct;
    else value.misses.push_back(fmt::format("{}: value {}, gold {}", describe(g.at), num(q.value), num(g.value)));
    if (v && same_bound(q.lo, g.lo) && same_bound(q.hi, g.hi)) ++ival.correct;
    else
      ival.misses.push_back(fmt::format("{}: {}, gold {}", describe(g.at), interval(q.value, q.lo, q.hi),
                                        interval(g.value, g.lo, g.hi)));
    if (to_string(q.kind) == g.kind) ++kind.correct;
    else kind.misses.push_back(fmt::format("{}: {}, gold {}", describe(g.at), to_string(q.kind), g.kind));
    if (q.unit == g.unit) ++unit.correct;
    else unit.misses.push_back(fmt::format("{}: {}, gold {}", describe(g.at), shown(q.unit), shown(g.unit)));
  }
  for (auto const* c : predicted)
    if (!gold_q.count(key_of(*c))) span.false_positives.push_back(describe(key_of(*c)));
  for (auto const& d : duplicate_details) span.false_positives.push_back(d);

  // ---- claim fields ------------------------------------------------------------------------
  std::unordered_map<span_key, gold_claim const*, span_hash> gold_c;
  for (auto const& c : gold.claims) gold_c.emplace(c.at, &c);
  struct field {
    char const* name;
    std::string gold_claim::*gold;
    std::string (*got)(claim const&);
  };
  static field const fields[] = {
      {"claim.subject", &gold_claim::subject, [](claim const& c) { return c.subject.key; }},
      {"claim.predicate", &gold_claim::predicate, [](claim const& c) { return c.predicate.key; }},
      {"claim.modality", &gold_claim::modality, [](claim const& c) { return std::string(to_string(c.mod)); }},
      {"claim.date", &gold_claim::date, [](claim const& c) { return c.date; }},
      {"claim.date_basis", &gold_claim::date_basis, [](claim const& c) { return basis_name(c.basis); }},
      {"claim.source", &gold_claim::source, [](claim const& c) { return c.attribution.key; }},
  };
  std::vector<score*> field_scores;
  for (auto const& f : fields) field_scores.push_back(&add(f.name));
  score& whole = add("claim.whole");
  // Claim predictions: those on a gold claim's span, plus spurious ones (on no gold quantity at all);
  // a prediction on a gold quantity that the annotators did not make a claim is left out here
  // (quantity.span already scores it).
  std::size_t claim_predictions = duplicates;
  for (auto const* c : predicted) {
    auto k = key_of(*c);
    if (gold_c.count(k) || !gold_q.count(k)) ++claim_predictions;
  }
  for (score* s : field_scores) s->gold = gold_c.size(), s->predicted = claim_predictions;
  whole.gold = gold_c.size();
  whole.predicted = claim_predictions;
  for (auto const& g : gold.claims) {
    if (gold_c.at(g.at) != &g) continue;
    auto it = by_span.find(g.at);
    if (it == by_span.end()) {
      whole.misses.push_back(describe(g.at) + " (quantity not found)");
      continue;
    }
    bool all = true;
    for (std::size_t i = 0; i < std::size(fields); ++i) {
      auto got = fields[i].got(*it->second);
      auto const& want = g.*fields[i].gold;
      if (got == want) {
        ++field_scores[i]->correct;
      } else {
        all = false;
        field_scores[i]->misses.push_back(fmt::format("{}: {}, gold {}", describe(g.at), shown(got), shown(want)));
      }
    }
    if (all) ++whole.correct;
    else whole.misses.push_back(describe(g.at) + " (a field differs)");
  }
  for (auto const* c : predicted)
    if (!gold_c.count(key_of(*c)) && !gold_q.count(key_of(*c)))
      whole.false_positives.push_back(describe(key_of(*c)) + " (not a gold quantity)");

  // ---- relations ---------------------------------------------------------------------------
  using rel = std::tuple<span_key, std::string, span_key>;
  std::set<rel> gold_r, pred_r;
  for (auto const& r : gold.relations) gold_r.emplace(r.from, r.kind, r.to);
  for (auto const* c : predicted)
    for (auto const& r : c->relations) {
      auto t = by_id.find(r.claim);
      if (t == by_id.end()) continue;
      pred_r.emplace(key_of(*c), std::string(to_string(r.kind)), key_of(*t->second));
    }
  score& relations = add("relation");
  relations.gold = gold_r.size();
  relations.predicted = pred_r.size();
  auto rel_text = [&](rel const& r) {
    return fmt::format("{} {} {}", describe(std::get<0>(r)), std::get<1>(r), describe(std::get<2>(r)));
  };
  for (auto const& r : gold_r) {
    if (pred_r.count(r)) ++relations.correct;
    else relations.misses.push_back(rel_text(r));
  }
  for (auto const& r : pred_r)
    if (!gold_r.count(r)) relations.false_positives.push_back(rel_text(r));

  // ---- discrepancies -----------------------------------------------------------------------
  struct pred_d {
    std::string kind;
    std::vector<span_key> claims;
    std::optional<span_key> outlier;
    std::string message;
  };
  std::vector<pred_d> pd;
  for (auto const& d : discrepancies) {
    pred_d p{std::string(to_string(d.kind)), {}, std::nullopt, d.message};
    for (auto const& c : d.claims) {
      p.claims.push_back(key_of(c));
      if (d.outlier && c.id == *d.outlier) p.outlier = key_of(c);
    }
    std::sort(p.claims.begin(), p.claims.end());
    p.claims.erase(std::unique(p.claims.begin(), p.claims.end()), p.claims.end());
    pd.push_back(std::move(p));
  }
  auto overlap = [](std::vector<span_key> const& a, std::vector<span_key> const& b) {
    std::size_t n = 0;
    for (auto const& k : a) n += std::find(b.begin(), b.end(), k) != b.end();
    return n;
  };
  // Every (gold, prediction) pair of the same kind with enough shared claims matches; for each
  // gold row the prediction with the largest overlap names the outlier.
  std::vector<std::optional<std::size_t>> gold_best(gold.discrepancies.size());
  std::vector<bool> pred_matched(pd.size(), false);
  for (std::size_t gi = 0; gi < gold.discrepancies.size(); ++gi) {
    auto const& g = gold.discrepancies[gi];
    std::size_t need = std::min<std::size_t>(2, g.claims.size()), best = 0;
    for (std::size_t pi = 0; pi < pd.size(); ++pi) {
      if (pd[pi].kind != g.kind) continue;
      auto n = overlap(g.claims, pd[pi].claims);
      if (n < need) continue;
      pred_matched[pi] = true;
      if (!gold_best[gi] || n > best) gold_best[gi] = pi, best = n;
    }
  }
  auto claims_text = [&](std::vector<span_key> const& ks) {
    std::string s;
    for (auto const& k : ks) s += (s.empty() ? "" : ", ") + describe(k);
    return s;
  };
  // For a missed gold discrepancy, what the extractor made of each of its claims: the keys and
  // date that decide whether the reconciler can compare them.
  auto keyed_text = [&](std::vector<span_key> const& ks) {
    std::string s;
    for (auto const& k : ks) {
      s += (s.empty() ? "" : ", ") + describe(k);
      auto it = by_span.find(k);
      if (it == by_span.end()) {
        s += " [not extracted]";
        continue;
      }
      auto const& c = *it->second;
      s += fmt::format(" [{}/{} {} {}{}]", shown(c.subject.key), shown(c.predicate.key), shown(c.date),
                       to_string(c.mod), c.scope.empty() ? "" : " scope " + c.scope);
    }
    return s;
  };
  score& all_d = add("discrepancy");
  all_d.correct_predictions = 0;
  static char const* const kinds[] = {"contradiction", "temporal", "part_whole", "sum", "fraction", "duration"};
  for (char const* k : kinds) {
    score& s = add(fmt::format("discrepancy.{}", k));
    s.correct_predictions = 0;
    for (std::size_t gi = 0; gi < gold.discrepancies.size(); ++gi) {
      auto const& g = gold.discrepancies[gi];
      if (g.kind != k) continue;
      ++s.gold;
      if (gold_best[gi]) {
        ++s.correct;
        if (g.outlier) {
          ++ev.outliers_named;
          auto const& got = pd[*gold_best[gi]].outlier;
          if (got && *got == *g.outlier) ++ev.outliers_right;
        }
      } else {
        s.misses.push_back(fmt::format("{}{}", keyed_text(g.claims), g.note.empty() ? "" : " (" + g.note + ")"));
      }
    }
    for (std::size_t pi = 0; pi < pd.size(); ++pi) {
      if (pd[pi].kind != k) continue;
      ++s.predicted;
      if (pred_matched[pi]) ++*s.correct_predictions;
      else s.false_positives.push_back(fmt::format("{}: {}", claims_text(pd[pi].claims), pd[pi].message));
    }
    all_d.gold += s.gold;
    all_d.predicted += s.predicted;
    all_d.correct += s.correct;
    *all_d.correct_predictions += *s.correct_predictions;
    for (auto const& m : s.misses) all_d.misses.push_back(fmt::format("{}: {}", k, m));
    for (auto const& m : s.false_positives) all_d.false_positives.push_back(fmt::format("{}: {}", k, m));
  }

  // ---- clean articles ----------------------------------------------------------------------
  std::set<std::string> clean(gold.clean.begin(), gold.clean.end()), flagged;
  ev.clean_articles = clean.size();
  for (auto const& p : pd) {
    bool hit = false;
    for (auto const& k : p.claims)
      if (clean.count(k.article)) {
        hit = true;
        flagged.insert(k.article);
      }
    if (hit) {
      ++ev.false_alarms;
      ev.false_alarm_details.push_back(fmt::format("{}: {}: {}", p.kind, claims_text(p.claims), p.message));
    }
  }
  ev.clean_silent = clean.size() - flagged.size();
  return ev;
}

std::vector<threshold_result> check_thresholds(thresholds const& th, evaluation const& ev, bool& passed) {
  auto figures = ev.figures();
  std::vector<threshold_result> out;
  passed = th.errors.empty();
  for (auto const& t : th.rows) {
    threshold_result r{t, std::nullopt, false};
    auto it = figures.find(t.metric);
    if (it != figures.end()) {
      r.value = it->second;
      // Figures are compared as displayed (3 decimals), so a table showing 0.950 never fails a 0.95 minimum.
      r.passed = std::round(it->second * 1000) / 1000 + 1e-12 >= t.min;
    }
    passed = passed && r.passed;
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace claimcheck::eval
