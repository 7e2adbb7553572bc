#include "common.hpp"

#include "claimcheck/reconcile/calendar.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <map>
#include <stdexcept>
#include <unistd.h>

namespace claimcheck::report_io::detail {

std::string format_number(double v) {
  if (!std::isfinite(v)) return std::isnan(v) ? "NaN" : (v > 0 ? "∞" : "-∞");
  return reconcile::format_number(v);
}

namespace {

// The number alone: counts and sums of money in millions and billions where exact ("3.3 billion",
// "2.3 million").
std::string bare_number(double v, quantity_kind k) {
  return std::isfinite(v) ? reconcile::format_figure(v, k) : format_number(v);
}

// A range: "32,000–34,000 people", "USD 3.1 billion–3.3 billion" (a currency is written once, first).
std::string format_range(double lo, double hi, quantity_kind k, std::string_view unit) {
  auto [a, b] = std::isfinite(lo) && std::isfinite(hi) ? reconcile::format_figures(lo, hi, k)
                                                      : std::pair{format_number(lo), format_number(hi)};
  if (k == quantity_kind::money && !unit.empty()) return fmt::format("{} {}–{}", unit, a, b);
  if (k == quantity_kind::money || k == quantity_kind::count) return unit.empty() ? fmt::format("{}–{}", a, b) : fmt::format("{}–{} {}", a, b, unit);
  return fmt::format("{}–{}", a, format_value(hi, k, unit));
}

}  // namespace

std::string format_value(double v, quantity_kind k, std::string_view unit) {
  auto n = bare_number(v, k);
  if (k == quantity_kind::percent) return unit.empty() || unit == "%" ? n + "%" : fmt::format("{} {}", n, unit);
  if (unit.empty()) return n;
  // A currency goes first, as the reconciler's messages write it: "USD 3.3 billion".
  if (k == quantity_kind::money) return fmt::format("{} {}", unit, n);
  // Duration units are singular nouns ("day"): "3 days", "1 day".
  bool const noun = k == quantity_kind::duration && std::all_of(unit.begin(), unit.end(), [](char c) {
    return c >= 'a' && c <= 'z';
  });
  if (noun && v != 1 && unit.back() != 's') return fmt::format("{} {}s", n, unit);
  return fmt::format("{} {}", n, unit);
}

std::string format_interval(quantity const& q) {
  auto val = [&](double v) { return format_value(v, q.kind, q.unit); };
  if (q.lo && q.hi) {
    if (*q.lo == *q.hi) return val(*q.lo);
    return format_range(*q.lo, *q.hi, q.kind, q.unit);
  }
  if (q.lo) return fmt::format("at least {}", val(*q.lo));
  if (q.hi) return fmt::format("at most {}", val(*q.hi));
  return val(q.value);
}

std::string format_expected(discrepancy const& d) {
  // The expected interval is in the unit of the claims it constrains.
  if (d.claims.empty()) return format_expected(d, quantity_kind::count, {});
  return format_expected(d, d.claims.front().q.kind, d.claims.front().q.unit);
}

std::string format_expected(discrepancy const& d, quantity_kind k, std::string_view unit) {
  auto val = [&](double v) { return format_value(v, k, unit); };
  if (d.expected_lo && d.expected_hi) {
    if (*d.expected_lo == *d.expected_hi) return val(*d.expected_lo);
    return format_range(*d.expected_lo, *d.expected_hi, k, unit);
  }
  if (d.expected_lo) return fmt::format("{} or more", val(*d.expected_lo));
  if (d.expected_hi) return fmt::format("at most {}", val(*d.expected_hi));
  return {};
}

std::string format_residual(double residual, quantity_kind kind, std::string_view unit) {
  if (!(residual != 0)) return {};
  // Money and durations with their unit ("USD 375 million too high", "3.29 months too high"); a
  // percent's residual is in points, so it stays a bare number.
  double const a = std::fabs(residual);
  auto n = kind == quantity_kind::money || kind == quantity_kind::duration ? format_value(a, kind, unit) : format_number(a);
  return fmt::format("{} too {}", n, residual > 0 ? "low" : "high");
}

std::string_view sentence_of(claim const& c) { return c.sentence.empty() ? std::string_view(c.q.text) : c.sentence; }

std::optional<std::pair<std::size_t, std::size_t>> locate_quantity(claim const& c) {
  auto const s = sentence_of(c);
  std::string_view const t = c.q.text;
  if (t.empty() || s.empty()) return std::nullopt;
  if (!c.sentence.empty() && c.q.span.start >= c.sentence_start) {
    auto off = c.q.span.start - c.sentence_start;
    if (off + t.size() <= s.size() && s.substr(off, t.size()) == t) return std::pair{off, off + t.size()};
  }
  auto pos = s.find(t);
  if (pos == std::string::npos) return std::nullopt;
  return std::pair{pos, pos + t.size()};
}

std::string strip_controls(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x20 || c == 0x7f) {
      out.push_back(' ');
    } else if (c == 0xc2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(s[i + 1]) <= 0x9f) {
      out.push_back(' ');  // C1 control (U+0080..U+009F), e.g. the single-byte CSI
      ++i;
    } else if (c == 0xe2 && i + 2 < s.size() &&
               ((s[i + 1] == '\x80' && static_cast<unsigned char>(s[i + 2]) >= 0xaa &&
                 static_cast<unsigned char>(s[i + 2]) <= 0xae) ||
                (s[i + 1] == '\x81' && static_cast<unsigned char>(s[i + 2]) >= 0xa6 &&
                 static_cast<unsigned char>(s[i + 2]) <= 0xa9))) {
      // Bidirectional embeddings, overrides and isolates (U+202A..U+202E, U+2066..U+2069): they
      // would reorder the text around a quoted number, so "300" could display as "003".
      i += 2;
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

namespace {

std::string plural(std::size_t n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

}  // namespace

std::string summary_line(report const& r) { return summary_line(report_frame::of(r)); }

std::string summary_line(report_frame const& f) {
  if (!f.discrepancies) return "no discrepancies";
  auto const& by_sev = f.by_severity;
  auto const& by_kind = f.by_kind;
  std::vector<std::string> sev_parts;
  if (by_sev[2]) sev_parts.push_back(plural(by_sev[2], "error", "errors"));
  if (by_sev[1]) sev_parts.push_back(plural(by_sev[1], "warning", "warnings"));
  if (by_sev[0]) sev_parts.push_back(plural(by_sev[0], "info", "info"));
  std::vector<std::string> kind_parts;
  for (auto const& [k, n] : by_kind) kind_parts.push_back(fmt::format("{} {}", to_string(k), n));
  return fmt::format("{}: {} ({})", plural(f.discrepancies, "discrepancy", "discrepancies"),
                     fmt::join(sev_parts, ", "), fmt::join(kind_parts, ", "));
}

std::string baseline_line(report const& r) {
  report_frame f;
  f.suppressed = r.suppressed;
  f.stale_baseline = r.stale_baseline;
  return baseline_line(f);
}

std::string baseline_line(report_frame const& r) {
  std::vector<std::string> parts;
  if (r.suppressed) parts.push_back(fmt::format("{} suppressed by the baseline", r.suppressed));
  if (!r.stale_baseline.empty()) {
    parts.push_back(fmt::format("{}: {}", plural(r.stale_baseline.size(), "stale baseline entry", "stale baseline entries"),
                                fmt::join(r.stale_baseline, ", ")));
  }
  return fmt::format("{}", fmt::join(parts, "; "));
}

std::string subject_label(claim const& c) {
  auto const& s = c.subject.key.empty() ? c.subject.text : c.subject.key;
  auto const& p = c.predicate.key.empty() ? c.predicate.text : c.predicate.key;
  return fmt::format("{} / {}", s, p);
}

std::string display_subject(std::string_view key) {
  auto trim = [](std::string_view v) {
    while (!v.empty() && v.front() == ' ') v.remove_prefix(1);
    while (!v.empty() && v.back() == ' ') v.remove_suffix(1);
    return v;
  };
  auto slash = key.find(" / ");  // the reconciler's "{subject} / {predicate}"
  if (slash == std::string_view::npos) return std::string(key);
  auto s = trim(key.substr(0, slash)), p = trim(key.substr(slash + 3));
  return fmt::format("{} / {}", s.empty() ? std::string_view("(no subject)") : s,
                     p.empty() ? std::string_view("(no predicate)") : p);
}

std::string attribution_of(claim const& c) {
  return c.attribution.text.empty() ? c.attribution.key : c.attribution.text;
}

std::string date_of(claim const& c) {
  if (c.date.empty()) return {};
  std::string out = c.date;
  if (!c.date_end.empty() && c.date_end != c.date) out += "–" + c.date_end;
  if (c.basis != date_basis::none) out += fmt::format(" ({})", to_string(c.basis));
  return out;
}

bool is_web_url(std::string_view url) {
  auto starts = [&](std::string_view p) {
    if (url.size() <= p.size()) return false;
    for (std::size_t i = 0; i < p.size(); ++i) {
      char c = url[i];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (c != p[i]) return false;
    }
    return true;
  };
  return starts("http://") || starts("https://");
}

std::FILE* temporary_file() {
  char const* tmp = std::getenv("TMPDIR");
  std::string path = std::string(tmp && *tmp ? tmp : "/tmp") + "/claimcheck-report-XXXXXX";
  int fd = ::mkstemp(path.data());
  if (fd < 0) throw std::runtime_error(fmt::format("cannot create a temporary file in {}: {}", path, std::strerror(errno)));
  ::unlink(path.c_str());
  std::FILE* f = ::fdopen(fd, "w+b");
  if (!f) {
    ::close(fd);
    throw std::runtime_error("cannot open a temporary file");
  }
  return f;
}

std::vector<kind_info> const& kinds() {
  static std::vector<kind_info> const k{
      {discrepancy_kind::contradiction, "Contradiction",
       "Claims about the same figure on the same date disagree",
       "Two or more claims give the same subject, predicate and as-of date values whose intervals cannot "
       "both hold, after allowing for each claim's qualifier and rounding.",
       "Compare the sources and their dates; one of the figures is likely outdated, misquoted or about a "
       "different scope. Correct the outlier or attribute the disagreement explicitly.",
       severity::error},
      {discrepancy_kind::temporal, "Temporal",
       "A cumulative count falls over time",
       "A cumulative figure (a running total that can only grow) is reported lower at a later date than at "
       "an earlier one.",
       "Check whether the later figure is a revision, a different scope, or a stale number repeated in a "
       "newer article; say so in the text when totals were revised downwards.",
       severity::error},
      {discrepancy_kind::part_whole, "PartWhole",
       "A part is larger than its whole",
       "A figure stated as part of another figure exceeds it.",
       "Check that both figures refer to the same population and date.",
       severity::error},
      {discrepancy_kind::sum, "Sum",
       "Parts do not add up to the stated total",
       "The figures stated as parts of a total add up to a value outside the total's interval.",
       "Check for missing or double-counted parts, or figures from different dates.",
       severity::warning},
      {discrepancy_kind::fraction, "Fraction",
       "A fraction or percentage does not match its parts",
       "A stated fraction or percentage of a total does not match the counts it is computed from.",
       "Recompute the share from the stated counts and check which figure is off.",
       severity::warning},
      {discrepancy_kind::duration, "Duration",
       "A stated duration does not match the dates",
       "A duration (\"for 200 days\") does not match the time between the dates of the events it spans.",
       "Check the start date the duration counts from and the date of the article.",
       severity::warning},
  };
  return k;
}

}  // namespace claimcheck::report_io::detail
