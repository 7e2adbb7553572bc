#include "claimcheck/reconcile/settings.hpp"

#include "claimcheck/lexicon/lexicon.hpp"

#include <fmt/format.h>

#include <charconv>
#include <cmath>
#include <string_view>
#include <utility>
#include <vector>

namespace claimcheck::reconcile {
namespace {

double number(lexicon const& lex, lexicon_table const& t, lexicon_row const& row, std::size_t col) {
  std::string const& s = row.at(col);
  double v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (s.empty() || ec != std::errc{} || end != s.data() + s.size() || !std::isfinite(v)) {
    lex.fail(t, row, fmt::format("expected a number in column {}, got '{}'", col + 1, s));
  }
  return v;
}

}  // namespace

settings settings::from(lexicon const& lex) {
  settings s;
  std::vector<std::pair<std::string_view, double settings::*>> const scalars{
      {"relative_tolerance", &settings::relative_tolerance},
      {"relative_floor", &settings::relative_floor},
      {"rounding_share", &settings::rounding_share},
      {"percent_rounding", &settings::percent_rounding},
      {"open_sigma", &settings::open_sigma},
      {"z_warning", &settings::z_warning},
      {"z_error", &settings::z_error},
      {"chi2_alpha", &settings::chi2_alpha},
      {"outlier_min", &settings::outlier_min},
      {"outlier_ratio", &settings::outlier_ratio},
      {"max_component", &settings::max_component},
      {"temporal_links", &settings::temporal_links},
      {"duration_rounding", &settings::duration_rounding},
      {"article_ratio", &settings::article_ratio},
  };
  if (!lex.has("reconcile")) {
    throw lexicon_error((lex.dir() / "reconcile.tsv").string(), 0, "missing reconciler settings");
  }
  auto const& t = lex.table("reconcile");
  std::set<std::string_view> seen;
  for (auto const& row : t.rows) {
    std::string const& name = row.at(0);
    if (name == "cumulative") {
      if (row.at(1).empty()) lex.fail(t, row, "cumulative needs a predicate key");
      s.cumulative.insert(row.at(1));
      continue;
    }
    if (name == "duration_unit") {
      double days = number(lex, t, row, 2);
      if (row.at(1).empty() || days <= 0) lex.fail(t, row, "duration_unit needs a unit and a positive length");
      s.duration_units[row.at(1)] = days;
      continue;
    }
    if (name == "duration_start_scope") {
      if (row.at(1) != "article" && row.at(1) != "corpus") {
        lex.fail(t, row, "duration_start_scope is 'article' or 'corpus'");
      }
      s.duration_start_scope = row.at(1);
      seen.insert("duration_start_scope");
      continue;
    }
    bool known = false;
    for (auto const& [key, member] : scalars) {
      if (key != name) continue;
      known = true;
      if (!seen.insert(key).second) lex.fail(t, row, fmt::format("setting '{}' given twice", name));
      s.*member = number(lex, t, row, 1);
      if (s.*member < 0) lex.fail(t, row, fmt::format("setting '{}' must not be negative", name));
    }
    if (!known) lex.fail(t, row, fmt::format("unknown setting '{}'", name));
  }
  for (auto const& [key, member] : scalars) {
    if (!seen.count(key)) throw lexicon_error(t.file, 0, fmt::format("missing setting '{}'", key));
  }
  if (!seen.count("duration_start_scope")) throw lexicon_error(t.file, 0, "missing setting 'duration_start_scope'");
  if (s.z_error < s.z_warning) throw lexicon_error(t.file, 0, "z_error must not be below z_warning");
  if (s.chi2_alpha <= 0 || s.chi2_alpha >= 1) throw lexicon_error(t.file, 0, "chi2_alpha must lie in (0, 1)");
  return s;
}

}  // namespace claimcheck::reconcile
