#include "claimcheck/reconcile/reconciler.hpp"

#include "claimcheck/lexicon/lexicon.hpp"
#include "claimcheck/reconcile/calendar.hpp"
#include "claimcheck/reconcile/least_squares.hpp"
#include "claimcheck/reconcile/spill.hpp"
#include "claimcheck/text/utf8.hpp"
#include "reconcile/claim_table.hpp"
#include "reconcile/groups.hpp"
#include "reconcile/joint.hpp"
#include "reconcile/union_find.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <deque>
#include <functional>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

namespace claimcheck::reconcile {

struct reconciler::impl {
  settings cfg;
};

namespace {

constexpr double inf = std::numeric_limits<double>::infinity();
constexpr std::size_t none = static_cast<std::size_t>(-1);

struct interval {
  double lo = -inf;
  double hi = inf;
};

using detail::claim_table;
using detail::compact_claim;
using detail::str;

bool fraction_like(quantity_kind k) {
  return k == quantity_kind::percent || k == quantity_kind::fraction || k == quantity_kind::ratio;
}

// A claim prepared for checking. Items live in canonical order (see engine::engine), so every
// loop below visits claims in an order that does not depend on the input order.
struct item {
  compact_claim const* c = nullptr;
  double lo = -inf, hi = inf;  // the stated interval, open ends infinite
  double x = 0;                // the point the least squares adjusts
  double sigma = 1;            // its standard deviation (weight) in the least squares
  double prec = 1;             // stated imprecision (qualifier half-width, relative floor), for gaps
  std::optional<day_range> day;
  std::int64_t month = 0;  // year * 12 + month - 1 of the as-of date
  bool usable = false;     // asserted, finite
  // Arithmetic (part_whole, sum, fraction) holds whatever the modality (docs/corpus.md): a plan
  // cannot give out more than its whole ("Of the $90 million, $110 million will go to ..."); only
  // a denied figure states nothing.
  bool arith = false;  // finite, not negated
  bool outlet = false;  // no one named says it: no attribution, or the outlet's own name as its key
};

// What a check found, before it becomes a discrepancy.
struct finding {
  discrepancy_kind kind = discrepancy_kind::contradiction;
  std::vector<std::size_t> claims;  // canonical positions, ascending
  double gap = 0;
  double z = 0;
  std::string subject;
  std::string message;
  std::size_t focus = none;    // the claim expected/residual describe when no outlier is named
  std::size_t outlier = none;  // named without least squares (duration)
  std::size_t cover = none;    // the one claim whose removal makes the rest consistent, if unique
  bool reconcile = true;       // name the outlier by least squares
  std::function<interval(std::size_t)> expect;  // what a claim should have been, given the others
};

std::string who(claim_table const& t, compact_claim const& c) {
  if (!t.s(c.attribution).empty()) return std::string(t.s(c.attribution));
  if (!t.s(c.source).empty()) return std::string(t.s(c.source));
  return std::string(t.s(c.article));
}

std::string describe(claim_table const& t, compact_claim const& c) {
  std::string_view const text = t.s(c.text), unit = t.s(c.unit), qualifier = t.s(c.qualifier);
  if ((c.kind == quantity_kind::fraction || c.kind == quantity_kind::ratio) && !text.empty()) return std::string(text);
  std::string num = format_figure(c.value, c.kind);
  switch (c.kind) {
    case quantity_kind::percent: num += "%"; break;
    case quantity_kind::money:
      if (!unit.empty()) num = fmt::format("{} {}", unit, num);
      break;
    case quantity_kind::duration:  // units are singular in the model: "10 months", "1 day"
      if (!unit.empty()) num += fmt::format(" {}{}", unit, c.value != 1 && unit.back() != 's' ? "s" : "");
      break;
    default:
      if (!unit.empty()) num += fmt::format(" {}", unit);
      break;
  }
  return qualifier.empty() ? num : fmt::format("{} {}", qualifier, num);
}

// A range of values in the way `like` states its figure ("USD 3.1 billion to USD 3.3 billion",
// "8.51 to 9.5"): its currency and scale words, without its qualifier or words.
std::string describe_range(double lo, double hi, claim_table const& t, compact_claim const& like) {
  auto unit = like.kind == quantity_kind::money ? t.s(like.unit) : std::string_view{};
  auto with_unit = [&](std::string n) { return unit.empty() ? n : fmt::format("{} {}", unit, n); };
  auto one = [&](double v) { return with_unit(format_figure(v, like.kind)); };
  if (std::isfinite(lo) && std::isfinite(hi)) {
    if (one(lo) == one(hi)) return one(lo);
    auto [a, b] = format_figures(lo, hi, like.kind);
    return fmt::format("{} to {}", with_unit(a), with_unit(b));
  }
  if (std::isfinite(lo)) return fmt::format("at least {}", one(lo));
  if (std::isfinite(hi)) return fmt::format("at most {}", one(hi));
  return "any value";
}

std::string keys_of(claim_table const& t, compact_claim const& c) {
  if (!t.s(c.scope).empty()) return fmt::format("{} ({}) / {}", t.s(c.subject), t.s(c.scope), t.s(c.predicate));
  return fmt::format("{} / {}", t.s(c.subject), t.s(c.predicate));
}

using detail::union_find;

class engine {
 public:
  engine(settings const& cfg, claim_table const& table, detail::joint_set* joint, detail::table_keys const* keys)
      : cfg_(cfg), t_(table), joint_(joint), keys_(keys) {
    auto const& claims = table.claims;
    std::vector<std::uint32_t> order(claims.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = static_cast<std::uint32_t>(i);
    // The order of a tuple of the `claim` fields date, article, id, subject key, scope, predicate
    // key, kind, unit, value, lo, hi, modality, date_end, span start, source, attribution key,
    // sentence start, file, line, text, sentence (an absent bound first), compared field by
    // field and only as far as needed. As with tuples, an unordered field (NaN) ends the
    // comparison: neither claim is before the other.
    auto before = [&](std::uint32_t ia, std::uint32_t ib) {
      compact_claim const& a = claims[ia];
      compact_claim const& b = claims[ib];
      int c = 0;
      auto text = [&](str x, str y) { return x == y ? 0 : cmp3(s(x), s(y)); };
      if ((c = text(a.date, b.date)) || (c = text(a.article, b.article)) || (c = text(a.id, b.id)) ||
          (c = text(a.subject, b.subject)) || (c = text(a.scope, b.scope)) || (c = text(a.predicate, b.predicate)) ||
          (c = cmp3(a.kind, b.kind)) || (c = text(a.unit, b.unit)) || (c = cmp3(a.value, b.value)) ||
          (c = cmp3(opt(a.has_lo, a.lo), opt(b.has_lo, b.lo))) || (c = cmp3(opt(a.has_hi, a.hi), opt(b.has_hi, b.hi))) ||
          (c = cmp3(a.mod, b.mod)) || (c = text(a.date_end, b.date_end)) || (c = cmp3(a.span_start, b.span_start)) ||
          (c = text(a.source, b.source)) || (c = text(a.attribution, b.attribution)) ||
          (c = cmp3(a.sentence_start, b.sentence_start)) || (c = text(a.file, b.file)) || (c = cmp3(a.line, b.line)) ||
          (c = text(a.text, b.text)) || (c = text(a.sentence, b.sentence))) {
        return c < 0;
      }
      return false;
    };
    std::sort(order.begin(), order.end(), before);
    items_.reserve(claims.size());
    index_.reserve(claims.size());
    for (std::uint32_t i : order) {
      items_.push_back(prepare(claims[i]));
      index_.push_back(i);
    }
    local_.assign(items_.size(), unset);
    linked_ = union_find(items_.size());
    linked_size_.assign(items_.size(), 1);
  }

  std::vector<detail::found> run() {
    index_ids();
    check_groups();
    check_relations();
    check_durations();
    return finish();
  }

 private:
  std::string_view s(str i) const { return t_.s(i); }
  static std::optional<double> opt(bool has, double v) { return has ? std::optional<double>(v) : std::nullopt; }
  // -1, 0 or 1 as `a <=> b`; 2 when unordered (NaN), which ends a comparison as in a tuple.
  template <class T>
  static int cmp3(T const& a, T const& b) {
    auto const c = a <=> b;
    if (c < 0) return -1;
    if (c > 0) return 1;
    if (c == 0) return 0;
    return 2;
  }

  item prepare(compact_claim const& c) const {
    item it;
    it.c = &c;
    double const v = c.value;
    it.usable = c.mod == modality::asserted && std::isfinite(v);
    it.lo = c.has_lo ? c.lo : -inf;
    it.hi = c.has_hi ? c.hi : inf;
    if (!c.has_lo && !c.has_hi) it.lo = it.hi = v;  // no interval given: the number as written
    if (std::isnan(it.lo) || std::isnan(it.hi)) it.usable = false;
    it.arith = c.mod != modality::negated && std::isfinite(v) && !std::isnan(it.lo) && !std::isnan(it.hi);
    it.outlet = outlet_voice(c);
    if (it.lo > it.hi) std::swap(it.lo, it.hi);
    // The imprecision the text states (its qualifier's interval), before reading bare numbers
    // as rounded: a bare 260 asserts 260, so a gap from it is not excused by rounding twice.
    double const stated_half = std::isfinite(it.lo) && std::isfinite(it.hi) ? (it.hi - it.lo) / 2 : 0.0;
    // Durations are small counts of units ("ten months"), not rounded to tens.
    double const unit = c.kind == quantity_kind::duration ? std::min(1.0, rounding_unit(v)) : rounding_unit(v);
    // A bare round number ("33,000", "2.3 million") is read as rounded: it allows
    // rounding_share units either side. "exactly 33,000" and qualified numbers keep their interval.
    // A count whose last digit is in the units ("293 seats", "33,207") is exact: there is no
    // rounding below one of a countable thing.
    bool const exact_count = c.kind == quantity_kind::count && unit == 1 && v == std::round(v);
    if (s(c.qualifier).empty() && it.lo == v && it.hi == v && !exact_count) {
      // A percentage is printed rounded to its last digit: "41%" stands for 40.5% to 41.5%
      // (119 of 287 is 41.46%), wider than a round count's reading (percent_rounding).
      double const share =
          c.kind == quantity_kind::percent ? std::max(cfg_.rounding_share, cfg_.percent_rounding) : cfg_.rounding_share;
      it.lo = v - share * unit;
      it.hi = v + share * unit;
    }
    // An unqualified fraction or ratio ("two-thirds", "one in eight") is read to +/- 0.01
    // (docs/corpus.md): its interval, which the checks test, not only its weight below ("one in
    // eight" of 2,870 is 330-387, and 356 agrees)
    if ((c.kind == quantity_kind::fraction || c.kind == quantity_kind::ratio) && s(c.qualifier).empty() &&
        std::isfinite(it.lo) && std::isfinite(it.hi)) {
      it.lo = std::min(it.lo, v - 0.01);
      it.hi = std::max(it.hi, v + 0.01);
    }
    bool const closed = std::isfinite(it.lo) && std::isfinite(it.hi);
    it.x = closed ? (it.lo + it.hi) / 2 : std::clamp(v, it.lo, it.hi);
    double const floor = std::max(cfg_.relative_floor * std::fabs(it.x), 1e-9 * std::max(1.0, std::fabs(v)));
    it.prec = std::max(floor, stated_half);
    double sigma = std::max(floor, cfg_.rounding_share * unit);
    // An unqualified fraction or ratio ("two-thirds", "one in five") is read to +/- 0.01
    // (docs/corpus.md), not as exact: next to two counts it is the vaguest figure.
    if ((c.kind == quantity_kind::fraction || c.kind == quantity_kind::ratio) && s(c.qualifier).empty())
      sigma = std::max(sigma, 0.01);
    if (closed) sigma = std::max(sigma, (it.hi - it.lo) / 2);
    it.sigma = closed ? sigma : std::max(sigma, cfg_.open_sigma * std::max(std::fabs(v), unit));
    std::string_view const date = s(c.date);
    it.day = parse_date(date);
    if (it.day) {
      it.month = std::stoi(std::string(date.substr(0, 4))) * 12 + std::stoi(std::string(date.substr(5, 2))) - 1;
    }
    return it;
  }

  compact_claim const& at(std::size_t p) const { return *items_[p].c; }
  bool in_groups(std::size_t p) const { return (at(p).roles & detail::role_group) != 0; }
  bool in_relations(std::size_t p) const { return (at(p).roles & detail::role_relation) != 0; }
  bool shared(std::size_t p) const { return (at(p).roles & detail::role_shared) != 0; }

  severity grade(double z) const {
    if (z >= cfg_.z_error) return severity::error;
    if (z >= cfg_.z_warning) return severity::warning;
    return severity::info;
  }

  double tol(double a, double b) const { return cfg_.relative_tolerance * std::max(std::fabs(a), std::fabs(b)); }

  double zscore(double gap, double var) const { return var > 0 ? gap / std::sqrt(var) : inf; }

  // ---- constraints for the least squares, stored compactly --------------------------------

  struct row_ref {
    std::size_t begin = 0, end = 0;
    double misclosure = 0;
    std::size_t origin = 0;  // the group's first claim or the relation's claim that added it
    std::uint8_t phase = 0;  // 0 groups, 1 parts, 2 sums, 3 fractions
  };

  // A row links its claims into one component (`linked_`, as rows come). A component of more
  // than `max_component` claims is never solved (reconcile_all skips it), so a row that lands in
  // one is not stored: only the link matters. (Sizes only grow: every row of a component that
  // stays small is stored.)
  template <class Coefs>
  void add_row(Coefs const& coefs, double misclosure) {
    std::size_t const first = coefs.begin()->first;
    std::size_t root = linked_.find(first);
    for (auto const& c : coefs) {
      std::size_t const other = linked_.find(c.first);
      if (other == root) continue;
      linked_.join(root, other);
      std::size_t const joined = std::min(root, other);  // union_find keeps the smaller id as root
      linked_size_[joined] = linked_size_[root] + linked_size_[other];
      root = joined;
    }
    if (linked_size_[root] > static_cast<std::size_t>(cfg_.max_component)) return;
    row_ref r{coefs_.size(), 0, misclosure, origin_.second, origin_.first};
    coefs_.insert(coefs_.end(), coefs.begin(), coefs.end());
    r.end = coefs_.size();
    rows_.push_back(r);
  }
  void add_row(std::initializer_list<std::pair<std::size_t, double>> coefs, double misclosure) {
    add_row<std::initializer_list<std::pair<std::size_t, double>>>(coefs, misclosure);
  }

  // Equalities of the same figure: a chain a1 = a2 = ... over the set.
  // (Two figures of one sentence, or tied by a relation, are different figures: not chained.)
  void add_chain(std::vector<std::size_t> const& set) {
    for (std::size_t i = 1; i < set.size(); ++i) {
      std::size_t const b = set[i];
      for (std::size_t back = 1; back <= std::min<std::size_t>(i, 4); ++back) {
        std::size_t const a = set[i - back];
        if (same_sentence(a, b) || related(a, b)) continue;
        add_row({{b, 1.0}, {a, -1.0}}, items_[b].x - items_[a].x);
        break;
      }
    }
  }

  // ---- ids and relations --------------------------------------------------------------------

  void index_ids() {
    // Only ids that a relation names are ever looked up: those alone are indexed (a node per
    // relation, not per claim). The first in canonical order wins.
    for (auto const& r : t_.relations) ids_.emplace(s(r.claim), none);
    if (ids_.empty()) return;
    for (std::size_t p = 0; p < items_.size(); ++p) {
      if (!in_relations(p)) continue;
      auto it = ids_.find(s(at(p).id));
      if (it != ids_.end() && it->second == none) it->second = p;
    }
  }

  std::size_t lookup(std::string_view id) const {
    auto it = ids_.find(id);
    return it == ids_.end() ? none : it->second;
  }

  // ---- contradiction and temporal: groups by (subject, predicate, kind, unit, period end) ---

  void check_groups() {
    std::unordered_map<std::string, std::size_t> index;
    std::vector<std::vector<std::size_t>> groups;
    std::string key;
    // the members of a breakdown whose total counts what they count (groups.hpp)
    std::vector<char> const in_sum = detail::breakdown_members(
        items_.size(),
        [&](std::size_t p, auto&& member) {
          for (auto const& r : t_.relations_of(at(p)))
            if (r.kind == relation_kind::sum_of)
              if (std::size_t const m = lookup(s(r.claim)); m != none) member(m);
        },
        [&](std::size_t p) { return s(at(p).subject); }, [&](std::size_t p) { return s(at(p).article); },
        [&](std::size_t p) { return at(p).value; });
    for (std::size_t p = 0; p < items_.size(); ++p) {
      item const& it = items_[p];
      compact_claim const& c = *it.c;
      if (!it.usable || !it.day || !in_groups(p) || s(c.subject).empty() || s(c.predicate).empty()) continue;
      if (outside_groups(c, in_sum[p] != 0)) continue;
      key.clear();
      fmt::format_to(std::back_inserter(key), "{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}", s(c.subject), s(c.predicate),
                     s(c.scope), to_string(c.kind), s(c.unit), s(c.date_end));
      auto [pos, fresh] = index.try_emplace(key, groups.size());
      if (fresh) groups.emplace_back();
      groups[pos->second].push_back(p);
    }
    for (auto const& whole : groups) {
      origin_ = {0, whole.front()};
      for (auto const& g : split_by_topic(whole)) {
        compact_claim const& first = at(g.front());
        // (a running tally counts people or things: money "released" or "recorded" twice is two
        // sums, not a total that fell)
        bool const cumulative = s(first.date_end).empty() && first.kind == quantity_kind::count &&
                                cfg_.cumulative.count(s(first.predicate)) > 0;
        check_same_date(g, cumulative);
        if (cumulative) check_timeline(g);
      }
    }
  }

  // Claims of two articles compare only when their topics share a word (a Morocco toll never
  // meets a Gaza toll): a group splits into the connected sets of "same article or a shared
  // topic word"; claims without topics form one set of their own.
  std::vector<std::vector<std::size_t>> split_by_topic(std::vector<std::size_t> const& g) const {
    union_find uf(g.size());
    std::unordered_map<std::string_view, std::size_t> by_article, by_topic;
    std::size_t untopical = none;
    for (std::size_t i = 0; i < g.size(); ++i) {
      compact_claim const& c = at(g[i]);
      if (auto [it, fresh] = by_article.try_emplace(s(c.article), i); !fresh) uf.join(it->second, i);
      if (c.topics_begin == c.topics_end) {
        if (untopical == none) untopical = i;
        uf.join(untopical, i);
      }
      for (str const t : t_.topics_of(c)) {
        if (auto [it, fresh] = by_topic.try_emplace(s(t), i); !fresh) uf.join(it->second, i);
      }
    }
    std::vector<std::vector<std::size_t>> out;
    std::unordered_map<std::size_t, std::size_t> slot;
    for (std::size_t i = 0; i < g.size(); ++i) {
      auto [it, fresh] = slot.try_emplace(uf.find(i), out.size());
      if (fresh) out.emplace_back();
      out[it->second].push_back(g[i]);
    }
    return out;
  }

  // Claims of one group are in canonical order, hence sorted by their date string: equal dates
  // form runs. A day run is checked together with the month run of its month.
  void check_same_date(std::vector<std::size_t> const& g, bool cumulative) {
    struct run {
      std::size_t begin, end;
    };
    std::vector<run> runs;
    for (std::size_t i = 0; i < g.size();) {
      std::size_t j = i + 1;
      while (j < g.size() && s(at(g[j]).date) == s(at(g[i]).date)) ++j;
      runs.push_back({i, j});
      i = j;
    }
    std::unordered_map<std::int64_t, run> months;
    for (auto const& r : runs) {
      if (!items_[g[r.begin]].day->is_day()) months.emplace(items_[g[r.begin]].month, r);
    }
    for (auto const& r : runs) {
      std::vector<std::size_t> core(g.begin() + static_cast<std::ptrdiff_t>(r.begin),
                                    g.begin() + static_cast<std::ptrdiff_t>(r.end));
      if (core.size() >= 2) add_chain(core);
      std::vector<std::size_t> all = core;
      // A cumulative count grows within a month: a month-dated figure is not compared with the
      // days of its month (the timeline check orders it against other months instead).
      if (!cumulative && items_[core.front()].day->is_day()) {
        if (auto m = months.find(items_[core.front()].month); m != months.end()) {
          all.insert(all.end(), g.begin() + static_cast<std::ptrdiff_t>(m->second.begin),
                     g.begin() + static_cast<std::ptrdiff_t>(m->second.end));
          std::sort(all.begin(), all.end());
        }
      }
      if (all.size() >= 2) check_set(all, core);
    }
  }

  // A conflict is reported where it involves a claim of `core` (so a month's claims that
  // disagree among themselves are reported once, with the month, not with every day).
  void check_set(std::vector<std::size_t> const& all, std::vector<std::size_t> const& core) {
    auto extremes = [&](std::vector<std::size_t> const& set) {
      std::size_t a = set.front(), b = set.front();
      for (std::size_t p : set) {
        if (items_[p].lo > items_[a].lo) a = p;
        if (items_[p].hi < items_[b].hi) b = p;
      }
      return std::pair{a, b};
    };
    auto [a, b] = extremes(all);
    auto [ca, cb] = extremes(core);
    double scale = 0;
    for (std::size_t p : all) scale = std::max(scale, std::fabs(items_[p].x));
    double const t = cfg_.relative_tolerance * scale;
    bool const conflict = items_[ca].lo > items_[b].hi + t || items_[cb].hi + t < items_[a].lo;
    if (!conflict) return;
    if (all.size() <= pairwise_limit) {
      // Two figures of one sentence ("19 infected, seven of whom died") or two claims tied by a
      // relation are different figures: the conflict must hold between claims of different
      // sentences. The pair with the largest gap is the one the message quotes.
      double best = 0;
      bool found = false;
      // (whether a claim's article states its figure twice, asked once per claim and only of
      // claims in a conflicting pair: restates_apart scans the set)
      std::vector<signed char> twice(all.size(), -1);
      auto stated_twice = [&](std::size_t i) {
        if (twice[i] < 0) {
          std::size_t const p = all[i];
          twice[i] = std::any_of(all.begin(), all.end(), [&](std::size_t r) {
            return r != p && items_[r].lo == items_[p].lo && items_[r].hi == items_[p].hi &&
                   s(at(r).article) == s(at(p).article);
          });
        }
        return twice[i] > 0;
      };
      for (std::size_t i = 0; i < all.size(); ++i) {
        std::size_t const p = all[i];
        for (std::size_t j = 0; j < all.size(); ++j) {
          std::size_t const q = all[j];
          if (p == q || !(items_[p].lo > items_[q].hi + t)) continue;
          if (!std::binary_search(core.begin(), core.end(), p) && !std::binary_search(core.begin(), core.end(), q)) {
            continue;
          }
          if (same_sentence(p, q) || related(p, q) || (stated_twice(i) && restates_apart(p, q, all)) ||
              (stated_twice(j) && restates_apart(q, p, all)) || magnitudes_apart(p, q))
            continue;
          double const gap = items_[p].lo - items_[q].hi;
          if (!found || gap > best) {
            found = true;
            best = gap;
            a = p;
            b = q;
          }
        }
      }
      if (!found) return;
    }
    finding f;
    f.kind = discrepancy_kind::contradiction;
    f.claims = all;
    f.gap = items_[a].lo - items_[b].hi;
    f.z = zscore(f.gap, items_[a].prec * items_[a].prec + items_[b].prec * items_[b].prec);
    f.subject = keys_of(t_, at(a));
    compact_claim const& ca_claim = at(a);
    compact_claim const& cb_claim = at(b);
    std::string const when = s(at(core.front()).date_end).empty()
                                 ? std::string(s(at(core.front()).date))
                                 : fmt::format("{} to {}", s(at(core.front()).date), s(at(core.front()).date_end));
    f.message = fmt::format("figures for {} cannot all hold: {} ({}) vs {} ({})", when, describe(t_, ca_claim),
                            who(t_, ca_claim), describe(t_, cb_claim), who(t_, cb_claim));
    if (all.size() > 2) f.message += fmt::format(", among {} claims", all.size());
    // The claim whose removal alone leaves the others overlapping.
    // (Linear: the two highest lower bounds and the two lowest upper bounds suffice.)
    std::size_t top_lo = none, top_hi = none;
    double lo1 = -inf, lo2 = -inf, hi1 = inf, hi2 = inf;
    for (std::size_t p : all) {
      if (items_[p].lo > lo1) lo2 = lo1, lo1 = items_[p].lo, top_lo = p;
      else if (items_[p].lo > lo2) lo2 = items_[p].lo;
      if (items_[p].hi < hi1) hi2 = hi1, hi1 = items_[p].hi, top_hi = p;
      else if (items_[p].hi < hi2) hi2 = items_[p].hi;
    }
    std::size_t covers = 0;
    for (std::size_t p : all) {
      double const lo = p == top_lo ? lo2 : lo1;
      double const hi = p == top_hi ? hi2 : hi1;
      if (lo <= hi + t) {
        ++covers;
        f.cover = p;
      }
    }
    if (covers != 1) f.cover = none;
    f.expect = [this, all](std::size_t p) {
      interval iv;
      for (std::size_t q : all) {
        if (q == p) continue;
        iv.lo = std::max(iv.lo, items_[q].lo);
        iv.hi = std::min(iv.hi, items_[q].hi);
      }
      return iv;
    };
    if (all.size() != core.size()) add_chain(all);
    findings_.push_back(std::move(f));
  }

  static constexpr std::size_t pairwise_limit = 64;

  // Two figures of one article an order of magnitude apart (`article_ratio`, p's lower bound over
  // q's upper bound) are two counts its keys did not tell apart: a writer who reports a dispute
  // quotes estimates of one size, and one who states a subgroup ("its biggest team, 84 rowers"
  // beside 1,140 entrants) does not contradict the whole.
  bool magnitudes_apart(std::size_t p, std::size_t q) const {
    return cfg_.article_ratio > 0 && items_[q].hi > 0 && items_[p].lo > cfg_.article_ratio * items_[q].hi &&
           s(at(p).article) == s(at(q).article);
  }

  // One sentence, one voice: two figures there are different figures. (Two voices in one
  // sentence, "between 100 and 300, far below the 471 the ministry reported", can disagree.)
  // The outlet is no second voice: a figure it gives as background in a speaker's sentence
  // ("1.4 million live in the towns, nearly two-thirds of the basin's 2.2 million") describes
  // another group, not the speaker's figure.
  bool same_sentence(std::size_t p, std::size_t q) const {
    compact_claim const& a = at(p);
    compact_claim const& b = at(q);
    return !s(a.sentence).empty() && s(a.article) == s(b.article) && a.sentence_start == b.sentence_start &&
           s(a.sentence) == s(b.sentence) &&
           (s(a.attribution) == s(b.attribution) || items_[p].outlet || items_[q].outlet);
  }

  // No one named says it: the attribution is empty or the outlet's own name (docs/corpus.md), folded
  // as the extractor folds it into a key (text::fold: Latin capitals too, not ASCII alone).
  bool outlet_voice(compact_claim const& c) const {
    std::string_view const who = s(c.attribution), outlet = s(c.source);
    return who.empty() || (who.size() <= outlet.size() && who == text::fold(outlet));
  }

  // detail::outside_groups (groups.hpp); a bucketed run decides it when staging (spill.cpp).
  bool outside_groups(compact_claim const& c, bool in_sum) const {
    return detail::outside_groups(
        s(c.scope), s(c.subject), t_.relations_of(c),
        [&](auto const& id) -> std::optional<std::string_view> {
          std::size_t const w = lookup(s(id));
          if (w == none) return std::nullopt;
          return s(at(w).subject);
        },
        in_sum);
  }

  // A figure its article states again is the same figure: when the restatement is a part of q
  // or q's neighbour in a list, so is p ("Of the 2,450 people employed at the mine, ..." and
  // "employs 6,300 people: 2,450 at Kalbarra, 1,980 at ..." are no two counts of one workforce).
  bool restates_apart(std::size_t p, std::size_t q, std::vector<std::size_t> const& set) const {
    return std::any_of(set.begin(), set.end(), [&](std::size_t r) {
      return r != p && r != q && items_[r].lo == items_[p].lo && items_[r].hi == items_[p].hi &&
             s(at(r).article) == s(at(p).article) && (related(r, q) || same_sentence(r, q));
    });
  }

  bool related(std::size_t p, std::size_t q) const {
    auto points = [&](compact_claim const& from, compact_claim const& to) {
      auto const rels = t_.relations_of(from);
      return std::any_of(rels.begin(), rels.end(),
                         [&](detail::compact_relation const& r) { return s(r.claim) == s(to.id); });
    };
    return points(at(p), at(q)) || points(at(q), at(p));
  }

  // Cumulative counts: sorted by date, each claim is compared with the running top
  // `temporal_links` lower bounds of the claims strictly before it (near-linear).
  void check_timeline(std::vector<std::size_t> const& g) {
    std::vector<std::size_t> by_first = g, by_last = g;
    std::sort(by_first.begin(), by_first.end(), [&](std::size_t a, std::size_t b) {
      return std::pair{items_[a].day->first, a} < std::pair{items_[b].day->first, b};
    });
    std::sort(by_last.begin(), by_last.end(), [&](std::size_t a, std::size_t b) {
      return std::pair{items_[a].day->last, a} < std::pair{items_[b].day->last, b};
    });
    auto const k = static_cast<std::size_t>(std::max(1.0, cfg_.temporal_links));
    std::vector<std::size_t> top;  // earlier claims with the highest lower bounds, descending
    struct edge {
      std::uint32_t a, b;  // positions
      double gap;
    };
    std::vector<edge> edges;
    std::size_t next = 0;
    for (std::size_t b : by_first) {
      while (next < by_last.size() && items_[by_last[next]].day->last < items_[b].day->first) {
        std::size_t const a = by_last[next++];
        if (!std::isfinite(items_[a].lo)) continue;
        auto pos = std::find_if(top.begin(), top.end(), [&](std::size_t t) {
          return std::pair{-items_[a].lo, a} < std::pair{-items_[t].lo, t};
        });
        top.insert(pos, a);
        if (top.size() > k) top.pop_back();
      }
      for (std::size_t a : top) {
        if (!(items_[a].lo > items_[b].hi + tol(items_[a].x, items_[b].x))) break;
        edges.push_back({static_cast<std::uint32_t>(a), static_cast<std::uint32_t>(b), items_[a].lo - items_[b].hi});
      }
    }
    if (edges.empty()) return;

    // What a claim of the timeline should have been: the highest lower bound strictly before it
    // and the lowest upper bound strictly after it, found by binary search in running maxima and
    // minima shared by the group's findings (a copy of the group per finding, scanned per
    // finding, was quadratic in a group of hundreds of thousands of claims).
    struct timeline_bounds {
      std::vector<std::int64_t> lasts, firsts;   // ascending
      std::vector<double> lo_before, hi_after;  // max lo over lasts[0..i], min hi over firsts[i..]
    };
    auto tb = std::make_shared<timeline_bounds>();
    for (std::size_t q : by_last) {
      tb->lasts.push_back(items_[q].day->last);
      tb->lo_before.push_back(tb->lo_before.empty() ? items_[q].lo : std::max(tb->lo_before.back(), items_[q].lo));
    }
    tb->hi_after.assign(by_first.size(), inf);
    for (std::size_t i = by_first.size(); i-- > 0;) {
      tb->firsts.push_back(0);
      double const hi = items_[by_first[i]].hi;
      tb->hi_after[i] = i + 1 < by_first.size() ? std::min(tb->hi_after[i + 1], hi) : hi;
    }
    for (std::size_t i = 0; i < by_first.size(); ++i) tb->firsts[i] = items_[by_first[i]].day->first;

    // One finding per connected set of falls. Nodes get local indices in order of first
    // appearance (`local_`, a scratch array over all positions, is reset before returning);
    // components are numbered in order of their first node.
    std::vector<std::size_t> nodes;
    for (auto const& e : edges) {
      for (std::size_t p : {e.a, e.b}) {
        if (local_[p] == unset) {
          local_[p] = static_cast<std::uint32_t>(nodes.size());
          nodes.push_back(p);
        }
      }
    }
    union_find uf(nodes.size());
    for (auto const& e : edges) {
      uf.join(local_[e.a], local_[e.b]);
      add_row({{e.b, 1.0}, {e.a, -1.0}}, items_[e.b].x - items_[e.a].x);
    }
    std::vector<std::uint32_t> comp_of(nodes.size(), unset);  // by root
    std::vector<std::vector<std::size_t>> comps;
    for (std::size_t i = 0; i < nodes.size(); ++i) {
      std::size_t const r = uf.find(i);
      if (comp_of[r] == unset) {
        comp_of[r] = static_cast<std::uint32_t>(comps.size());
        comps.emplace_back();
      }
      comps[comp_of[r]].push_back(nodes[i]);
    }
    // Edges by component, and each node's number of falls: all linear in the edges.
    std::vector<std::vector<edge const*>> comp_edges(comps.size());
    std::vector<std::size_t> degree(nodes.size(), 0);  // by local index
    for (auto const& e : edges) {
      comp_edges[comp_of[uf.find(local_[e.a])]].push_back(&e);
      ++degree[local_[e.a]];
      ++degree[local_[e.b]];
    }
    for (std::size_t ci = 0; ci < comps.size(); ++ci) {
      auto members = std::move(comps[ci]);
      std::sort(members.begin(), members.end());
      auto const& mine = comp_edges[ci];
      edge const* worst = nullptr;
      for (edge const* e : mine) {
        if (!worst || e->gap > worst->gap) worst = e;
      }
      compact_claim const& ca = at(worst->a);
      compact_claim const& cb = at(worst->b);
      bool const same_source = (!s(ca.attribution).empty() && s(ca.attribution) == s(cb.attribution)) ||
                               (!s(ca.source).empty() && s(ca.source) == s(cb.source));
      finding f;
      f.kind = discrepancy_kind::temporal;
      f.claims = members;
      f.gap = worst->gap;
      f.z = zscore(f.gap, items_[worst->a].prec * items_[worst->a].prec + items_[worst->b].prec * items_[worst->b].prec);
      f.subject = keys_of(t_, ca);
      f.message = fmt::format("cumulative count fell from {} ({}) to {} ({}): ", describe(t_, ca), s(ca.date),
                              describe(t_, cb), s(cb.date));
      if (same_source) {
        f.message += fmt::format("a revision by the same source ({})", who(t_, ca));
      } else {
        f.message += fmt::format("a disagreement between sources ({} vs {})", who(t_, ca), who(t_, cb));
      }
      f.focus = worst->b;
      // A claim in every fall of the set explains them all (when it is the only one).
      // (The edges are distinct pairs, so a node in all of them has degree = their number.)
      std::size_t covers = 0;
      for (std::size_t p : members) {
        if (degree[local_[p]] == mine.size()) {
          ++covers;
          f.cover = p;
        }
      }
      if (covers != 1) f.cover = none;
      f.expect = [this, tb](std::size_t p) {
        interval iv;
        auto const k = static_cast<std::size_t>(
            std::lower_bound(tb->lasts.begin(), tb->lasts.end(), items_[p].day->first) - tb->lasts.begin());
        if (k > 0) iv.lo = tb->lo_before[k - 1];
        auto const j = static_cast<std::size_t>(
            std::upper_bound(tb->firsts.begin(), tb->firsts.end(), items_[p].day->last) - tb->firsts.begin());
        if (j < tb->firsts.size()) iv.hi = tb->hi_after[j];
        return iv;
      };
      findings_.push_back(std::move(f));
    }
    for (std::size_t p : nodes) local_[p] = unset;
  }

  // ---- part_whole, sum, fraction: explicit relations ----------------------------------------

  bool comparable(std::size_t a, std::size_t b) const {
    return at(a).kind == at(b).kind && s(at(a).unit) == s(at(b).unit);
  }

  void check_relations() {
    std::unordered_map<std::size_t, std::vector<std::size_t>> parts;  // whole -> parts
    for (std::size_t p = 0; p < items_.size(); ++p) {
      if (!items_[p].arith || !in_relations(p)) continue;
      origin_ = {1, p};
      std::vector<std::size_t> seen;
      for (auto const& rel : t_.relations_of(at(p))) {
        if (rel.kind != relation_kind::part_of) continue;
        std::size_t const w = lookup(s(rel.claim));
        if (w == none || w == p || !items_[w].arith || !comparable(p, w)) continue;
        if (std::find(seen.begin(), seen.end(), w) != seen.end()) continue;
        seen.push_back(w);
        parts[w].push_back(p);
        check_part(p, w);
      }
    }
    for (std::size_t t = 0; t < items_.size(); ++t) {
      origin_ = {2, t};
      if (items_[t].arith && in_relations(t)) check_sum(t);
    }
    for (std::size_t f = 0; f < items_.size(); ++f) {
      if (!items_[f].arith || !in_relations(f) || !fraction_like(at(f).kind)) continue;
      origin_ = {3, f};
      std::vector<std::size_t> seen;
      for (auto const& rel : t_.relations_of(at(f))) {
        if (rel.kind != relation_kind::fraction_of) continue;
        std::size_t const w = lookup(s(rel.claim));
        if (w == none || w == f || !items_[w].arith || fraction_like(at(w).kind)) continue;
        if (std::find(seen.begin(), seen.end(), w) != seen.end()) continue;
        seen.push_back(w);
        auto it = parts.find(w);
        if (it != parts.end()) check_fraction(f, w, it->second);
      }
    }
  }

  void check_part(std::size_t p, std::size_t w) {
    item const& ip = items_[p];
    item const& iw = items_[w];
    if (!(ip.lo > iw.hi + tol(ip.x, iw.x))) return;
    add_row({{p, 1.0}, {w, -1.0}}, ip.x - iw.x);  // whole >= part is active: x_part = x_whole
    finding f;
    f.kind = discrepancy_kind::part_whole;
    f.claims = {std::min(p, w), std::max(p, w)};
    f.gap = ip.lo - iw.hi;
    f.z = zscore(f.gap, ip.prec * ip.prec + iw.prec * iw.prec);
    f.subject = keys_of(t_, at(p));
    f.message = fmt::format("the part ({}) is larger than the whole it belongs to ({})", describe(t_, at(p)),
                            describe(t_, at(w)));
    f.focus = p;
    // Either figure alone would make the pair consistent; then the part is named (step 2 of
    // detail::name_outlier): a part above its whole is the detail more likely misread (the
    // injured count given as the dead's share, a transposed digit), the whole the figure the
    // story is built on (docs/corpus.md: "a part larger than its corroborated whole").
    f.cover = p;
    f.expect = [this, p, w](std::size_t q) {
      interval iv;
      if (q == p) iv.hi = items_[w].hi;
      if (q == w) iv.lo = items_[p].lo;
      return iv;
    };
    findings_.push_back(std::move(f));
  }

  // A list of parts that another article of the story gives in full: the same total (keys,
  // date, an interval that meets this one's) broken down into more parts, among which each of
  // this list's parts is found (intervals that meet, each once). "In August, drivers completed
  // about 4.1 million trips, some 2.6 million of them on Swiftly and roughly 450,000 on smaller
  // apps" names two of the three parts its sister article lists: the list is some of the parts,
  // not the whole breakdown, and its shortfall is no error. Asked only of a sum that fails.
  bool fuller_breakdown_elsewhere(std::size_t t, std::vector<std::size_t> const& ps) const {
    compact_claim const& ct = at(t);
    auto meet = [&](std::size_t a, std::size_t b) {
      double const ta = tol(items_[a].x, items_[b].x);
      return items_[a].lo <= items_[b].hi + ta && items_[b].lo <= items_[a].hi + ta;
    };
    // (claims without topics are one set, as split_by_topic has them)
    auto share_topic = [&](compact_claim const& o) {
      if (o.topics_begin == o.topics_end && ct.topics_begin == ct.topics_end) return true;
      for (str const x : t_.topics_of(o))
        for (str const y : t_.topics_of(ct))
          if (s(x) == s(y)) return true;
      return false;
    };
    for (std::size_t u = 0; u < items_.size(); ++u) {
      compact_claim const& cu = at(u);
      if (u == t || !items_[u].arith || s(cu.article) == s(ct.article) || cu.kind != ct.kind ||
          s(cu.unit) != s(ct.unit) || s(cu.subject) != s(ct.subject) || s(cu.predicate) != s(ct.predicate) ||
          s(cu.scope) != s(ct.scope) || s(cu.date) != s(ct.date) || !meet(u, t) || !share_topic(cu))
        continue;
      std::vector<std::size_t> qs;
      bool complete = true;
      for (auto const& rel : t_.relations_of(cu)) {
        if (rel.kind != relation_kind::sum_of) continue;
        std::size_t const q = lookup(s(rel.claim));
        if (q == none || !items_[q].arith || !comparable(q, u)) {
          complete = false;
          break;
        }
        qs.push_back(q);
      }
      if (!complete || qs.size() <= ps.size()) continue;
      std::vector<char> used(qs.size(), 0);
      bool all = true;
      for (std::size_t p : ps) {
        bool found = false;
        for (std::size_t k = 0; k < qs.size() && !found; ++k)
          if (!used[k] && meet(p, qs[k])) used[k] = 1, found = true;
        all = all && found;
      }
      if (all) return true;
    }
    return false;
  }

  void check_sum(std::size_t t) {
    std::vector<std::size_t> ps;
    for (auto const& rel : t_.relations_of(at(t))) {
      if (rel.kind != relation_kind::sum_of) continue;
      std::size_t const p = lookup(s(rel.claim));
      // A part that is missing, denied or of another kind: the sum cannot be checked.
      if (p == none || p == t || !items_[p].arith || !comparable(p, t)) return;
      if (std::find(ps.begin(), ps.end(), p) == ps.end()) ps.push_back(p);
    }
    if (ps.empty()) return;
    std::sort(ps.begin(), ps.end());
    item const& it = items_[t];
    double lo = 0, hi = 0, x = 0, var = it.prec * it.prec;
    std::vector<std::pair<std::size_t, double>> coefs{{t, 1.0}};
    for (std::size_t p : ps) {
      lo += items_[p].lo;
      hi += items_[p].hi;
      x += items_[p].x;
      var += items_[p].prec * items_[p].prec;
      coefs.emplace_back(p, -1.0);
    }
    add_row(coefs, it.x - x);
    double const t_tol = tol(it.x, x);
    double gap = 0;
    if (lo > it.hi + t_tol) gap = lo - it.hi;
    if (hi + t_tol < it.lo) gap = it.lo - hi;
    if (!(gap > 0)) return;
    if (fuller_breakdown_elsewhere(t, ps)) return;
    finding f;
    f.kind = discrepancy_kind::sum;
    f.claims = ps;
    f.claims.push_back(t);
    std::sort(f.claims.begin(), f.claims.end());
    f.gap = gap;
    f.z = zscore(gap, var);
    f.subject = keys_of(t_, at(t));
    f.message = fmt::format("the parts add up to {}, not the stated total of {}", describe_range(lo, hi, t_, at(t)),
                            describe(t_, at(t)));
    f.focus = t;
    f.expect = [this, t, ps, lo, hi](std::size_t q) {
      interval iv;
      if (q == t) return interval{lo, hi};
      // The total minus the other parts.
      double others_lo = lo - items_[q].lo, others_hi = hi - items_[q].hi;
      iv.lo = items_[t].lo - others_hi;
      iv.hi = items_[t].hi - others_lo;
      return iv;
    };
    findings_.push_back(std::move(f));
  }

  // part = fraction x whole, with the part a claim `part_of` the whole in the fraction's sentence,
  // else one of the fraction's article that counts what the fraction counts (subject, predicate
  // and scope: "640 of the infected were treated in hospital. That means one in four of them were
  // treated", docs/corpus.md fraction_of).
  void check_fraction(std::size_t f, std::size_t w, std::vector<std::size_t> const& candidates) {
    compact_claim const& cf = at(f);
    std::size_t part = none;
    std::size_t best = none;
    for (int pass = 0; pass < 2 && part == none; ++pass) {
      for (std::size_t p : candidates) {
        compact_claim const& cp = at(p);
        if (p == f || s(cp.article) != s(cf.article)) continue;
        if (pass == 0 && (cp.sentence_start != cf.sentence_start || s(cp.sentence) != s(cf.sentence))) continue;
        // (a share set apart by a scope of its own is no share of a part in another: "621,000 are
        // in its three largest towns, and about 40% are pensioners")
        if (pass == 0 && !s(cf.scope).empty() && s(cp.scope) != s(cf.scope)) continue;
        if (pass == 1 && (s(cf.subject).empty() || s(cf.predicate).empty() || s(cp.subject) != s(cf.subject) ||
                          s(cp.predicate) != s(cf.predicate) || s(cp.scope) != s(cf.scope)))
          continue;
        std::size_t const d = cp.span_start > cf.span_start ? cp.span_start - cf.span_start
                                                            : cf.span_start - cp.span_start;
        if (part == none || d < best) part = p, best = d;
      }
    }
    if (part == none) return;
    item const& i_f = items_[f];
    item const& i_w = items_[w];
    item const& i_p = items_[part];
    double const sc = cf.kind == quantity_kind::percent ? 0.01 : 1.0;
    double const f_lo = std::max(0.0, std::isfinite(i_f.lo) ? i_f.lo * sc : 0.0);
    double const f_hi = std::isfinite(i_f.hi) ? i_f.hi * sc : std::max(1.0, f_lo);
    double const w_lo = std::max(0.0, std::isfinite(i_w.lo) ? i_w.lo : 0.0);
    double const w_hi = i_w.hi;
    double const imp_lo = f_lo * w_lo;
    double const imp_hi = std::isfinite(w_hi) ? f_hi * w_hi : inf;
    double const imp_x = sc * i_f.x * i_w.x;
    add_row({{part, 1.0}, {f, -sc * i_w.x}, {w, -sc * i_f.x}}, i_p.x - imp_x);
    double const t = tol(i_p.x, imp_x);
    double gap = 0;
    if (i_p.lo > imp_hi + t) gap = i_p.lo - imp_hi;
    if (imp_lo > i_p.hi + t) gap = imp_lo - i_p.hi;
    if (!(gap > 0)) return;
    double const sf = i_w.x * sc * i_f.prec, sw = sc * i_f.x * i_w.prec;
    finding fd;
    fd.kind = discrepancy_kind::fraction;
    fd.claims = {f, w, part};
    std::sort(fd.claims.begin(), fd.claims.end());
    fd.gap = gap;
    fd.z = zscore(gap, i_p.prec * i_p.prec + sf * sf + sw * sw);
    fd.subject = keys_of(t_, cf);
    fd.message = fmt::format("{} of {} means {}, but the stated count is {}", describe(t_, cf), describe(t_, at(w)),
                             describe_range(imp_lo, imp_hi, t_, at(part)), describe(t_, at(part)));
    fd.focus = part;
    fd.expect = [=, this](std::size_t q) {
      interval iv;
      double const p_lo = items_[part].lo, p_hi = items_[part].hi;
      if (q == part) return interval{imp_lo, imp_hi};
      if (q == w) {
        iv.lo = f_hi > 0 ? p_lo / f_hi : -inf;
        iv.hi = f_lo > 0 ? p_hi / f_lo : inf;
      }
      if (q == f) {
        iv.lo = std::isfinite(w_hi) && w_hi > 0 ? p_lo / w_hi / sc : -inf;
        iv.hi = w_lo > 0 ? p_hi / w_lo / sc : inf;
      }
      return iv;
    };
    findings_.push_back(std::move(fd));
  }

  // ---- duration ---------------------------------------------------------------------------

  void check_durations() {
    bool const per_article = cfg_.duration_start_scope == "article";
    auto scope_key = [&](compact_claim const& c) {
      return per_article ? fmt::format("{}\x1f{}", s(c.article), s(c.subject)) : std::string(s(c.subject));
    };
    // Period starts stated in the corpus: claims with a period [date, date_end], by subject.
    std::unordered_map<std::string, std::vector<std::size_t>> starts;
    for (std::size_t p = 0; p < items_.size(); ++p) {
      compact_claim const& c = at(p);
      if (!items_[p].usable || !in_relations(p) || s(c.subject).empty() || s(c.date_end).empty() || !items_[p].day) continue;
      starts[scope_key(c)].push_back(p);
    }
    for (std::size_t d = 0; d < items_.size(); ++d) {
      compact_claim const& c = at(d);
      if (!items_[d].usable || !in_relations(d) || c.kind != quantity_kind::duration) continue;
      auto unit = cfg_.duration_units.find(s(c.unit));
      if (unit == cfg_.duration_units.end()) continue;
      std::optional<day_range> start, end;
      std::string start_text, end_text;
      std::size_t witness = none;
      if (!s(c.date_end).empty()) {
        start = parse_date(s(c.date));
        end = parse_date(s(c.date_end));
        start_text = s(c.date);
        end_text = s(c.date_end);
      } else if (!s(c.date).empty() && !s(c.subject).empty()) {
        auto it = starts.find(scope_key(c));
        if (it == starts.end()) continue;
        // The start most claims give; ties go to the earliest date.
        std::unordered_map<std::string_view, std::size_t> votes;
        for (std::size_t p : it->second) ++votes[s(at(p).date)];
        for (std::size_t p : it->second) {
          if (witness == none || votes[s(at(p).date)] > votes[s(at(witness).date)] ||
              (votes[s(at(p).date)] == votes[s(at(witness).date)] && s(at(p).date) < s(at(witness).date))) {
            witness = p;
          }
        }
        start = items_[witness].day;
        end = items_[d].day;
        start_text = s(at(witness).date);
        end_text = s(c.date);
      }
      if (!start || !end || end->last < start->first) continue;
      double const days = unit->second;
      double const len_lo = static_cast<double>(std::max<std::int64_t>(0, end->first - start->last)) / days;
      double const len_hi = static_cast<double>(end->last - start->first) / days;
      item const& it = items_[d];
      double const r = cfg_.duration_rounding;
      double const s_lo = it.lo - r, s_hi = it.hi + r;
      double const t = tol(it.x, (len_lo + len_hi) / 2);
      double gap = 0;
      if (s_lo > len_hi + t) gap = s_lo - len_hi;
      if (len_lo > s_hi + t) gap = len_lo - s_hi;
      if (!(gap > 0)) continue;
      double const sd = std::max(it.prec, r);
      double const sl = std::max((len_hi - len_lo) / 2, 0.5 / days);
      finding f;
      f.kind = discrepancy_kind::duration;
      f.claims = {d};
      if (witness != none && witness != d) f.claims.push_back(witness);
      std::sort(f.claims.begin(), f.claims.end());
      f.gap = gap;
      f.z = zscore(gap, sd * sd + sl * sl);
      f.subject = keys_of(t_, c);
      std::string unit_name(s(c.unit));
      if (!unit_name.empty() && unit_name.back() != 's') unit_name += 's';
      f.message = fmt::format("a stated duration of {} does not match the {} {} from {} to {}", describe(t_, c),
                              describe_range(len_lo, len_hi, t_, c), unit_name, start_text, end_text);
      f.focus = d;
      f.outlier = d;  // the dates are exact; the stated duration is what disagrees with them
      f.reconcile = false;
      f.expect = [len_lo, len_hi](std::size_t) { return interval{len_lo, len_hi}; };
      findings_.push_back(std::move(f));
    }
  }

  // ---- least squares and output -------------------------------------------------------------

  struct component {
    std::vector<std::size_t> members;  // ascending positions
    std::vector<std::size_t> rows;
    lsq_result result;
    bool solved = false;
    bool shared = false;  // holds a shared claim (handed on when there is a joint set)
  };

  void reconcile_all(std::vector<std::size_t>& outliers) {
    union_find& uf = linked_;  // every row's claims joined, stored or not
    std::unordered_map<std::size_t, std::size_t> comp_of_root;
    std::vector<component> comps;
    for (auto const& f : findings_) {
      if (!f.reconcile) continue;
      std::size_t const root = uf.find(f.claims.front());
      if (comp_of_root.emplace(root, comps.size()).second) comps.emplace_back();
    }
    // With a joint set, every component that holds a shared claim is handed on (joint.hpp).
    if (joint_) {
      for (std::size_t p = 0; p < items_.size(); ++p) {
        if (shared(p) && comp_of_root.emplace(uf.find(p), comps.size()).second) comps.emplace_back();
      }
    }
    if (comps.empty()) return;
    for (std::size_t p = 0; p < items_.size(); ++p) {
      auto it = comp_of_root.find(uf.find(p));
      if (it == comp_of_root.end()) continue;
      comps[it->second].members.push_back(p);
      if (joint_ && shared(p)) comps[it->second].shared = true;
    }
    for (std::size_t r = 0; r < rows_.size(); ++r) {
      auto it = comp_of_root.find(uf.find(coefs_[rows_[r].begin].first));
      if (it != comp_of_root.end()) comps[it->second].rows.push_back(r);
    }
    // Each component is solved and its findings get their outliers before the next is solved,
    // so only one solution is held at a time.
    std::vector<std::vector<std::size_t>> comp_findings(comps.size());
    for (std::size_t i = 0; i < findings_.size(); ++i) {
      if (findings_[i].reconcile) comp_findings[comp_of_root.at(uf.find(findings_[i].claims.front()))].push_back(i);
    }
    std::vector<std::size_t> part_of_comp(comps.size(), none);
    for (std::size_t ci = 0; ci < comps.size(); ++ci) {
      auto& comp = comps[ci];
      if (comp.shared) {
        // A lone claim without rows or findings adds nothing to the whole it would join.
        if (comp.members.size() > 1 || !comp.rows.empty() || !comp_findings[ci].empty()) {
          part_of_comp[ci] = joint_->parts.size();
          hand_on(comp);
        }
        comp = component{};  // solved whole by solve_joint, not here
        continue;
      }
      if (comp.members.size() > static_cast<std::size_t>(cfg_.max_component)) {
        comp = component{};
        continue;
      }
      auto local = [&](std::size_t p) {
        return static_cast<std::size_t>(std::lower_bound(comp.members.begin(), comp.members.end(), p) -
                                        comp.members.begin());
      };
      std::vector<double> x, sigma;
      for (std::size_t p : comp.members) {
        x.push_back(items_[p].x);
        sigma.push_back(items_[p].sigma);
      }
      std::vector<lsq_row> rows;
      for (std::size_t r : comp.rows) {
        lsq_row row;
        row.misclosure = rows_[r].misclosure;
        for (std::size_t i = rows_[r].begin; i < rows_[r].end; ++i) {
          row.coefficients.emplace_back(local(coefs_[i].first), coefs_[i].second);
        }
        rows.push_back(std::move(row));
      }
      comp.result = adjust(x, sigma, rows, cfg_.chi2_alpha);
      comp.solved = true;
      name_outliers(comp, comp_findings[ci], uf, outliers);
      comp = component{};
    }
    // Findings of handed-on components: named by solve_joint, from what finish() records.
    if (!joint_) return;
    joint_of_finding_.assign(findings_.size(), none);
    for (std::size_t ci = 0; ci < comps.size(); ++ci) {
      // (a part too large is never solved, nor the whole it joins: its findings name nothing)
      if (part_of_comp[ci] == none || joint_->parts[part_of_comp[ci]].too_large) continue;
      for (std::size_t i : comp_findings[ci]) {
        joint_of_finding_[i] = joint_->findings.size();
        detail::joint_finding jf;
        jf.part = part_of_comp[ci];
        joint_->findings.push_back(std::move(jf));
      }
    }
  }

  std::uint64_t key(std::size_t p) const { return keys_->key[index_[p]]; }
  // Canonical order, for claims of other tables too: ids are unique where parts are handed on.
  std::string order_key(std::size_t p) const {
    compact_claim const& c = at(p);
    return fmt::format("{}{}{}{}{}", s(c.date), '\0', s(c.article), '\0', s(c.id));
  }

  void hand_on(component const& comp) {
    detail::joint_part part;
    for (std::size_t p : comp.members) {
      if (shared(p)) part.shared.push_back(keys_->shared[index_[p]]);
    }
    part.too_large = comp.members.size() > static_cast<std::size_t>(cfg_.max_component);
    if (!part.too_large) {
      for (std::size_t p : comp.members) part.members.push_back({key(p), order_key(p), items_[p].x, items_[p].sigma});
      for (std::size_t r : comp.rows) {
        detail::joint_row row;
        row.misclosure = rows_[r].misclosure;
        for (std::size_t i = rows_[r].begin; i < rows_[r].end; ++i) row.coefs.emplace_back(key(coefs_[i].first), coefs_[i].second);
        row.phase = rows_[r].phase;
        row.origin = order_key(rows_[r].origin);
        row.seq = r;  // (rows of one origin are all in this table)
        part.rows.push_back(std::move(row));
      }
    }
    joint_->parts.push_back(std::move(part));
  }

  void name_outliers(component const& comp, std::vector<std::size_t> const& mine, union_find& uf,
                     std::vector<std::size_t>& outliers) {
    for (std::size_t i : mine) {
      auto const& f = findings_[i];
      if (!comp.solved || comp.result.consistent) continue;
      bool connected = std::all_of(f.claims.begin(), f.claims.end(),
                                   [&](std::size_t p) { return uf.find(p) == uf.find(f.claims.front()); });
      if (!connected) continue;
      std::vector<double> sigma;
      for (std::size_t p : comp.members) sigma.push_back(items_[p].sigma);
      std::size_t const cover = f.cover == none ? none
                                                : static_cast<std::size_t>(std::lower_bound(comp.members.begin(), comp.members.end(), f.cover) -
                                                                           comp.members.begin());
      // (f.claims is in the finding's own order, not sorted: search it linearly)
      std::size_t const k = detail::name_outlier(
          cfg_, comp.result, sigma,
          [&](std::size_t m) { return std::find(f.claims.begin(), f.claims.end(), comp.members[m]) != f.claims.end(); },
          cover);
      if (k != none) outliers[i] = comp.members[k];
    }
  }

  // Discrepancies with their claims as table positions, sorted as reconciler::run sorts.
  std::vector<detail::found> finish() {
    std::vector<std::size_t> outliers(findings_.size(), none);
    for (std::size_t i = 0; i < findings_.size(); ++i) outliers[i] = findings_[i].outlier;
    reconcile_all(outliers);
    std::vector<detail::found> out;
    out.reserve(findings_.size());
    std::vector<std::string_view> dates;
    std::vector<double> values;
    for (std::size_t i = 0; i < findings_.size(); ++i) {
      auto& f = findings_[i];
      detail::found fo;
      discrepancy& d = fo.d;
      d.kind = f.kind;
      d.sev = grade(f.z);
      d.subject = std::move(f.subject);
      d.message = std::move(f.message);
      std::size_t const target = outliers[i] != none ? outliers[i] : f.focus;
      if (outliers[i] != none) d.outlier = std::string(s(at(outliers[i]).id));
      std::optional<std::pair<double, double>> iv;
      if (target != none && f.expect) {
        interval const e = f.expect(target);
        iv.emplace(e.lo, e.hi);
      }
      detail::set_expectation(d, iv ? &*iv : nullptr, target != none ? at(target).value : 0.0, f.gap);
      if (i < joint_of_finding_.size() && joint_of_finding_[i] != none) {
        fo.joint = joint_of_finding_[i];
        auto& jf = joint_->findings[fo.joint];
        jf.cover = f.cover == none ? detail::no_claim : key(f.cover);
        jf.gap = f.gap;
        jf.has_expect = static_cast<bool>(f.expect);
        // In canonical order, as the discrepancy lists them (ids are unique where parts are handed on).
        std::vector<std::size_t> sorted = f.claims;
        std::sort(sorted.begin(), sorted.end());
        for (std::size_t p : sorted) {
          jf.claims.push_back(key(p));
          jf.values.push_back(at(p).value);
          interval const e = f.expect ? f.expect(p) : interval{};
          jf.expect.emplace_back(e.lo, e.hi);
        }
      }
      fo.claims.reserve(f.claims.size());
      for (std::size_t p : f.claims) fo.claims.push_back(index_[p]);
      auto const& cs = t_.claims;
      std::sort(fo.claims.begin(), fo.claims.end(), [&](std::uint32_t a, std::uint32_t b) {
        return std::tuple{s(cs[a].date), s(cs[a].article), s(cs[a].id)} <
               std::tuple{s(cs[b].date), s(cs[b].article), s(cs[b].id)};
      });
      dates.clear();
      values.clear();
      for (std::uint32_t c : fo.claims) {
        dates.push_back(s(cs[c].date));
        values.push_back(cs[c].value);
      }
      d.id = detail::fingerprint_of(d.kind, d.subject, dates, values);
      f = finding{};  // its claims, message and expectation are no longer needed
      out.push_back(std::move(fo));
    }
    std::deque<finding>().swap(findings_);
    // The order of discrepancy_before: severity, id, message, claim ids.
    std::sort(out.begin(), out.end(), [&](detail::found const& a, detail::found const& b) {
      if (a.d.sev != b.d.sev) return a.d.sev > b.d.sev;
      if (a.d.id != b.d.id) return a.d.id < b.d.id;
      if (a.d.message != b.d.message) return a.d.message < b.d.message;
      return std::lexicographical_compare(a.claims.begin(), a.claims.end(), b.claims.begin(), b.claims.end(),
                                          [&](std::uint32_t x, std::uint32_t y) { return s(cs_id(x)) < s(cs_id(y)); });
    });
    return out;
  }

  str cs_id(std::uint32_t i) const { return t_.claims[i].id; }

  settings const& cfg_;
  claim_table const& t_;
  std::vector<item> items_;
  std::vector<std::uint32_t> index_;  // canonical position -> table position
  std::unordered_map<std::string_view, std::size_t> ids_;  // ids named by relations -> position
  std::vector<std::pair<std::size_t, double>> coefs_;
  std::vector<row_ref> rows_;  // rows of components of at most max_component claims
  union_find linked_;          // claims linked by any row
  std::vector<std::uint32_t> linked_size_;  // claims in a component, at its root
  static constexpr std::uint32_t unset = ~std::uint32_t{0};
  std::vector<std::uint32_t> local_;  // scratch for check_timeline: position -> node, else unset
  std::deque<finding> findings_;  // (a deque: no copy of them all when it grows)
  std::pair<std::uint8_t, std::size_t> origin_{0, 0};  // the phase and claim of the rows being added
  detail::joint_set* joint_ = nullptr;                 // where components with a shared claim go
  detail::table_keys const* keys_ = nullptr;           // keys of the table's claims
  std::vector<std::size_t> joint_of_finding_;          // finding -> its joint_finding, if handed on
};

}  // namespace

reconciler::reconciler(lexicon const& lex) : impl_(std::make_unique<impl>(impl{settings::from(lex)})) {}
reconciler::reconciler(settings s) : impl_(std::make_unique<impl>(impl{std::move(s)})) {}
reconciler::~reconciler() = default;
reconciler::reconciler(reconciler&&) noexcept = default;
reconciler& reconciler::operator=(reconciler&&) noexcept = default;

settings const& reconciler::config() const { return impl_->cfg; }

std::vector<detail::found> detail::run_table(settings const& cfg, claim_table const& t, joint_set* joint,
                                            table_keys const* keys) {
  engine e(cfg, t, joint, keys);
  return e.run();
}

std::size_t detail::name_outlier(settings const& cfg, lsq_result const& r, std::vector<double> const& sigma,
                                 std::function<bool(std::size_t)> const& in_finding, std::size_t cover) {
  constexpr std::size_t none = static_cast<std::size_t>(-1);
  // The member whose score stands out: at least `floor` and `outlier_ratio` times the next.
  auto standout = [&](auto score, double floor) -> std::size_t {
    std::size_t top = none;
    double first = 0, second = 0;
    for (std::size_t k = 0; k < sigma.size(); ++k) {
      double const w = score(k);
      if (w > first) {
        second = first;
        first = w;
        top = k;
      } else if (w > second) {
        second = w;
      }
    }
    if (top == none || first < floor || first < cfg.outlier_ratio * second) return none;
    return in_finding(top) ? top : none;
  };
  // 1. The largest normalized residual.
  std::size_t k = standout([&](std::size_t m) { return std::fabs(r.normalized[m]); }, cfg.outlier_min);
  // 2. The one claim whose removal alone makes the rest consistent.
  if (k == none) k = cover;
  // 3. The largest correction in units of the claim's own sigma: under a single relation the
  //    normalized residuals are all equal, and the vaguest claim ("nearly half" next to two
  //    counts) is the one the adjustment moves furthest.
  if (k == none) k = standout([&](std::size_t m) { return std::fabs(r.residual[m]) / sigma[m]; }, 0.0);
  return k;
}

void detail::set_expectation(discrepancy& d, std::pair<double, double> const* iv, double value, double gap) {
  d.expected_lo.reset();
  d.expected_hi.reset();
  d.residual.reset();
  if (iv && iv->first <= iv->second) {
    if (std::isfinite(iv->first)) d.expected_lo = iv->first;
    if (std::isfinite(iv->second)) d.expected_hi = iv->second;
    d.residual = value < iv->first ? iv->first - value : value > iv->second ? iv->second - value : 0.0;
  }
  if (!d.residual) d.residual = gap;
}

std::vector<std::size_t> detail::solve_joint(settings const& cfg, joint_set const& set) {
  constexpr std::size_t none = static_cast<std::size_t>(-1);
  std::vector<std::size_t> out(set.findings.size(), none);
  // Parts that hold the same shared claim are one component; where each claim is.
  union_find uf(set.parts.size());
  std::unordered_map<std::uint64_t, std::size_t> part_of, sharing;
  for (std::size_t i = 0; i < set.parts.size(); ++i) {
    for (std::uint64_t n : set.parts[i].shared) {
      if (auto [it, fresh] = sharing.try_emplace(n, i); !fresh) uf.join(it->second, i);
    }
    for (auto const& m : set.parts[i].members) part_of.emplace(m.key, i);
  }
  std::unordered_map<std::size_t, std::vector<std::size_t>> parts_of, findings_of;  // by root
  for (std::size_t i = 0; i < set.parts.size(); ++i) parts_of[uf.find(i)].push_back(i);
  for (std::size_t i = 0; i < set.findings.size(); ++i) findings_of[uf.find(set.findings[i].part)].push_back(i);
  for (auto const& [root_key, mine] : findings_of) {
    std::size_t const root = root_key;  // (a structured binding cannot be captured before C++23 in clang)
    auto const& parts = parts_of.at(root);
    // The whole: its claims in canonical order, its rows in the order one run adds them.
    std::vector<joint_member const*> members;
    std::vector<joint_row const*> rows;
    bool too_large = false;
    for (std::size_t i : parts) {
      too_large = too_large || set.parts[i].too_large;
      for (auto const& m : set.parts[i].members) members.push_back(&m);
      for (auto const& r : set.parts[i].rows) rows.push_back(&r);
    }
    std::sort(members.begin(), members.end(), [](auto a, auto b) { return a->order < b->order; });
    members.erase(std::unique(members.begin(), members.end(), [](auto a, auto b) { return a->key == b->key; }),
                  members.end());
    if (too_large || members.size() > static_cast<std::size_t>(cfg.max_component)) continue;  // never solved
    std::sort(rows.begin(), rows.end(), [](auto a, auto b) {
      return std::tie(a->phase, a->origin, a->seq) < std::tie(b->phase, b->origin, b->seq);
    });
    std::unordered_map<std::uint64_t, std::size_t> local;
    std::vector<double> x, sigma;
    for (auto const* m : members) {
      local.emplace(m->key, x.size());
      x.push_back(m->x);
      sigma.push_back(m->sigma);
    }
    std::vector<lsq_row> lsq;
    for (auto const* r : rows) {
      lsq_row row;
      row.misclosure = r->misclosure;
      for (auto const& [k, c] : r->coefs) row.coefficients.emplace_back(local.at(k), c);
      lsq.push_back(std::move(row));
    }
    lsq_result const result = adjust(x, sigma, lsq, cfg.chi2_alpha);
    if (result.consistent) continue;
    for (std::size_t fi : mine) {
      auto const& f = set.findings[fi];
      bool const connected = std::all_of(f.claims.begin(), f.claims.end(), [&](std::uint64_t k) {
        auto it = part_of.find(k);
        return it != part_of.end() && uf.find(it->second) == root;
      });
      if (!connected) continue;
      std::size_t const cover = f.cover == no_claim ? none : local.at(f.cover);
      std::size_t const m = name_outlier(
          cfg, result, sigma,
          [&](std::size_t k) { return std::find(f.claims.begin(), f.claims.end(), members[k]->key) != f.claims.end(); },
          cover);
      if (m != none) {
        out[fi] = static_cast<std::size_t>(std::find(f.claims.begin(), f.claims.end(), members[m]->key) - f.claims.begin());
      }
    }
  }
  return out;
}

std::vector<discrepancy> reconciler::run(std::vector<claim> const& claims) const {
  claim_table t;
  t.reserve(claims.size());
  for (auto const& c : claims) t.add(c);
  auto found = detail::run_table(impl_->cfg, t);
  std::vector<discrepancy> out;
  out.reserve(found.size());
  for (auto& f : found) {
    out.push_back(std::move(f.d));
    out.back().claims.reserve(f.claims.size());
    for (std::uint32_t i : f.claims) out.back().claims.push_back(claims[i]);
  }
  return out;
}

bool discrepancy_before(discrepancy const& a, discrepancy const& b) {
  if (a.sev != b.sev) return a.sev > b.sev;
  if (a.id != b.id) return a.id < b.id;
  if (a.message != b.message) return a.message < b.message;
  return std::lexicographical_compare(a.claims.begin(), a.claims.end(), b.claims.begin(), b.claims.end(),
                                      [](claim const& x, claim const& y) { return x.id < y.id; });
}

void sort_discrepancies(std::vector<discrepancy>& ds) { std::sort(ds.begin(), ds.end(), discrepancy_before); }

std::string fingerprint(discrepancy const& d) {
  std::vector<std::string_view> dates;
  std::vector<double> values;
  for (auto const& c : d.claims) {
    dates.push_back(c.date);
    values.push_back(c.q.value);
  }
  return detail::fingerprint_of(d.kind, d.subject, dates, values);
}

std::string detail::fingerprint_of(discrepancy_kind kind, std::string_view subject,
                                   std::vector<std::string_view> const& dates, std::vector<double> const& claim_values) {
  // FNV-1a, 64 bits: fixed on every platform (std::hash is not).
  std::uint64_t h = 14695981039346656037ULL;
  auto feed = [&](std::string_view s) {
    for (unsigned char ch : s) {
      h ^= ch;
      h *= 1099511628211ULL;
    }
    h ^= 0x1f;
    h *= 1099511628211ULL;
  };
  feed(to_string(kind));
  feed(subject);
  std::string_view bucket;
  for (std::string_view date : dates) {
    if (date.size() < 7) continue;
    std::string_view const month = date.substr(0, 7);
    if (bucket.empty() || month < bucket) bucket = month;
  }
  feed(bucket);
  std::vector<double> values;
  for (double v : claim_values) values.push_back(v == 0 ? 0.0 : v);
  std::sort(values.begin(), values.end());
  for (double v : values) feed(fmt::format("{}", v));
  return fmt::format("{:012x}", h & 0xffffffffffffULL);
}

}  // namespace claimcheck::reconcile
