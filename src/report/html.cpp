// The HTML report: one self-contained page (inline CSS and SVG, no script, no external
// resource) with a summary table, a section per subject, and a timeline plot per subject.
//
// Safety rules:
//   1. Every string that came from input (article text, metadata, ids, messages) passes through
//      html_escape, in text and in attributes alike.
//   2. Only http:// and https:// URLs become links; anything else is shown as text.
//   3. A Content-Security-Policy meta tag forbids scripts and remote loads as a second wall.

#include "common.hpp"
#include "formats.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <set>
#include <stdexcept>

namespace claimcheck::report_io::detail {

std::string html_escape(std::string_view s) {
  std::string out;
  auto clean = strip_controls(s);
  out.reserve(clean.size() + clean.size() / 8);
  for (char c : clean) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out.push_back(c);
    }
  }
  return out;
}

namespace {

std::string_view const css = R"css(
:root{--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--bg:#ffffff;--soft:#f6f8fa;--err:#b42318;--errbg:#fee4e2;
--warn:#8a4b00;--warnbg:#fff1d6;--info:#175cd3;--infobg:#dbeafe;--mark:#fff3a3}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,
"Helvetica Neue","Noto Sans","Liberation Sans",Arial,sans-serif}
main{max-width:1040px;margin:0 auto;padding:28px 32px 64px}
h1{font-size:26px;margin:0 0 4px}
h2{font-size:20px;margin:40px 0 12px;padding-bottom:6px;border-bottom:1px solid var(--line)}
p.meta{color:var(--muted);margin:0 0 16px}
p.summary{font-size:17px;font-weight:600;margin:12px 0}
p.baseline{background:var(--soft);border-left:4px solid var(--line);padding:8px 12px;color:var(--muted)}
table{border-collapse:collapse;width:100%;font-size:14px;margin:8px 0 16px}
th,td{text-align:left;vertical-align:top;padding:6px 10px;border-bottom:1px solid var(--line)}
th{background:var(--soft);font-weight:600}
td.subj{white-space:nowrap}
td.id,span.id,code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace;font-size:13px}
a{color:#0969da}
.badge{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;font-weight:600;
text-transform:uppercase;letter-spacing:.03em}
.sev-error{background:var(--errbg);color:var(--err)}
.sev-warning{background:var(--warnbg);color:var(--warn)}
.sev-info{background:var(--infobg);color:var(--info)}
.kind{background:var(--soft);color:var(--fg);border:1px solid var(--line)}
.outlier-badge{background:#fce7f6;color:#9e1f63}
article.disc{border:1px solid var(--line);border-radius:8px;padding:14px 18px;margin:16px 0}
article.disc header{display:flex;gap:8px;align-items:center;flex-wrap:wrap}
article.disc header .id{color:var(--muted);margin-left:auto}
p.why{font-size:16px;margin:8px 0 12px}
div.claim{margin:10px 0;padding:0 0 0 14px;border-left:3px solid var(--line)}
div.claim.outlier{border-left-color:#c11574}
blockquote{margin:0;font-style:italic}
mark{background:var(--mark);font-style:normal;font-weight:700;padding:0 2px;border-radius:2px}
div.claim .m{color:var(--muted);font-size:13px;margin-top:2px;overflow-wrap:anywhere}
p.tail{color:var(--muted);font-size:14px;margin:10px 0 0}
figure{margin:8px 0 8px}
figure svg{width:100%;height:auto;display:block}
figcaption{font-size:13px;color:var(--muted);display:flex;flex-wrap:wrap;gap:4px 16px;margin-top:4px}
.sw{display:inline-block;width:11px;height:11px;border-radius:50%;margin-right:5px;vertical-align:-1px}
.ring{display:inline-block;width:13px;height:13px;border-radius:50%;border:2px solid #d92d20;margin-right:5px;
vertical-align:-2px}
.ring.thick{border-width:3px;outline:1px solid #d92d20;outline-offset:1px}
.none{color:var(--muted)}
)css";

std::string_view const palette[] = {"#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b",
                                    "#e377c2", "#17becf", "#bcbd22", "#393b79"};
std::string_view const other_colour = "#9ca3af";
std::string_view const flag_colour = "#d92d20";

std::string sev_badge(severity s) {
  return fmt::format(R"(<span class="badge sev-{0}">{0}</span>)", to_string(s));
}

std::string quote_html(claim const& c) {
  auto loc = locate_quantity(c);
  if (!loc) return html_escape(sentence_of(c));
  auto [b, e] = *loc;
  std::string_view s = sentence_of(c);
  return fmt::format("{}<mark>{}</mark>{}", html_escape(s.substr(0, b)), html_escape(s.substr(b, e - b)),
                     html_escape(s.substr(e)));
}

std::string url_html(std::string_view url) {
  if (is_web_url(url)) {
    return fmt::format(R"(<a href="{0}" rel="noopener noreferrer nofollow">{0}</a>)", html_escape(url));
  }
  return fmt::format(R"(<span class="none">{} (not a web link)</span>)", html_escape(url));
}

// ----- dates --------------------------------------------------------------------------------

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
long days_from_civil(long y, unsigned m, unsigned d) {
  y -= m <= 2;
  long const era = (y >= 0 ? y : y - 399) / 400;
  auto const yoe = static_cast<unsigned>(y - era * 400);
  unsigned const doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  unsigned const doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

std::string civil_from_days(long z, bool with_day) {
  z += 719468;
  long const era = (z >= 0 ? z : z - 146096) / 146097;
  auto const doe = static_cast<unsigned>(z - era * 146097);
  unsigned const yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = static_cast<long>(yoe) + era * 400;
  unsigned const doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  unsigned const mp = (5 * doy + 2) / 153;
  unsigned const d = doy - (153 * mp + 2) / 5 + 1;
  unsigned const m = mp < 10 ? mp + 3 : mp - 9;
  y += m <= 2;
  return with_day ? fmt::format("{:04d}-{:02d}-{:02d}", y, m, d) : fmt::format("{:04d}-{:02d}", y, m);
}

/// "YYYY-MM-DD" or "YYYY-MM" (the first of the month) as a day number.
std::optional<long> day_of(std::string_view s) {
  auto digits = [&](std::size_t from, std::size_t n) -> std::optional<unsigned> {
    if (from + n > s.size()) return std::nullopt;
    unsigned v = 0;
    for (std::size_t i = from; i < from + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return std::nullopt;
      v = v * 10 + static_cast<unsigned>(s[i] - '0');
    }
    return v;
  };
  if (s.size() != 7 && s.size() != 10) return std::nullopt;
  auto y = digits(0, 4), m = digits(5, 2);
  if (!y || !m || s[4] != '-' || *m < 1 || *m > 12) return std::nullopt;
  unsigned d = 1;
  if (s.size() == 10) {
    auto dd = digits(8, 2);
    if (s[7] != '-' || !dd || *dd < 1 || *dd > 31) return std::nullopt;
    d = *dd;
  }
  return days_from_civil(static_cast<long>(*y), *m, d);
}

// ----- the timeline plot --------------------------------------------------------------------

struct point {
  plot_point const* c;
  long day;
  bool flagged = false, outlier = false;
};

/// Round steps (1, 2, 5 × 10^k) covering [lo, hi] with about `n` intervals.
std::vector<double> nice_ticks(double& lo, double& hi, int n) {
  double range = hi - lo;
  if (range <= 0) {
    double pad = std::max(std::fabs(lo) * 0.1, 1.0);
    lo -= pad;
    hi += pad;
    range = hi - lo;
  }
  double raw = range / n;
  double mag = std::pow(10.0, std::floor(std::log10(raw)));
  double step = mag;
  for (double f : {1.0, 2.0, 2.5, 5.0, 10.0}) {
    if (f * mag >= raw) {
      step = f * mag;
      break;
    }
  }
  bool non_negative = lo >= 0;
  lo = std::floor(lo / step) * step;
  hi = std::ceil(hi / step) * step;
  if (non_negative && lo < 0) lo = 0;
  std::vector<double> ticks;
  for (double t = lo; t <= hi + step * 1e-9; t += step) ticks.push_back(std::fabs(t) < step * 1e-9 ? 0 : t);
  return ticks;
}

/// What one subject's timeline is drawn from: its discrepancies' claims (flagged), their
/// outliers, and how often each unit occurs among the flagged claims.
struct timeline_input {
  std::map<std::string, plot_point, std::less<>> by_id;  // flagged copies first, then context
  std::set<std::string, std::less<>> flagged, outliers;
  std::map<std::pair<quantity_kind, std::string>, int> kind_votes;
  void clear() {
    by_id.clear();
    flagged.clear();
    outliers.clear();
    kind_votes.clear();
  }
};

/// The timeline of one subject, written to `out` in pieces (`flush` is called now and then: a
/// subject can have hundreds of thousands of points). Nothing when there is nothing to plot.
void timeline_svg(html_context const* context, std::string_view subject, timeline_input& in, std::string& out,
                  std::function<void()> const& flush) {
  auto& by_id = in.by_id;
  auto const& flagged = in.flagged;
  auto const& outliers = in.outliers;
  auto const& kind_votes = in.kind_votes;
  if (kind_votes.empty()) return;
  // Plot one unit only: the one most flagged claims use.
  auto unit = std::max_element(kind_votes.begin(), kind_votes.end(),
                               [](auto const& a, auto const& b) { return a.second < b.second; })
                  ->first;
  if (context) {
    context->points(subject, [&](plot_point const& p) {
      if (p.kind != unit.first || p.unit != unit.second) return;  // never plotted
      by_id.try_emplace(p.id, p);  // flagged copies win: inserted first
    });
  }

  std::vector<point> pts;
  for (auto const& [id, c] : by_id) {
    if (c.kind != unit.first || c.unit != unit.second) continue;
    auto day = day_of(c.date);
    if (!day) day = day_of(c.published);
    if (!day) continue;
    pts.push_back({&c, *day, flagged.count(id) > 0, outliers.count(id) > 0});
  }
  std::set<long> days;
  for (auto const& p : pts) days.insert(p.day);
  if (days.size() < 2) return;

  // Domains.
  double ylo = INFINITY, yhi = -INFINITY;
  for (auto const& p : pts) {
    for (auto v : {std::optional<double>(p.c->value), p.c->lo, p.c->hi}) {
      if (v && std::isfinite(*v)) {
        ylo = std::min(ylo, *v);
        yhi = std::max(yhi, *v);
      }
    }
  }
  if (!std::isfinite(ylo) || !std::isfinite(yhi)) return;
  // A log scale when the values span more than two orders of magnitude (a toll of 77 next to
  // one of 6 million): on a linear axis every small value would sit on the floor.
  bool const log_scale = ylo > 0 && yhi / ylo > 100;
  std::vector<double> yticks;
  if (log_scale) {
    ylo = std::pow(10.0, std::floor(std::log10(ylo)));
    yhi = std::pow(10.0, std::ceil(std::log10(yhi)));
    int const decades = static_cast<int>(std::lround(std::log10(yhi / ylo)));
    for (double t = ylo; t <= yhi * 1.0001; t *= 10) {
      yticks.push_back(t);
      if (decades <= 3 && t * 10 <= yhi * 1.0001) {
        yticks.push_back(t * 2);
        yticks.push_back(t * 5);
      }
    }
  } else {
    double const pad = (yhi - ylo) * 0.04;
    bool const non_negative = ylo >= 0;
    ylo -= pad;
    yhi += pad;
    if (non_negative) ylo = std::max(ylo, 0.0);
    yticks = nice_ticks(ylo, yhi, 5);
  }
  long const d0 = *days.begin(), d1 = *days.rbegin();
  double const xpad = std::max(1.0, (d1 - d0) * 0.05);
  double const xlo = d0 - xpad, xhi = d1 + xpad;

  auto fmt_y = [&](double v) { return format_value(v, unit.first, unit.second); };
  std::size_t widest = 0;  // the left margin fits the longest tick label (12px digits are ~7.2px wide)
  for (double t : yticks) widest = std::max(widest, fmt_y(t).size());
  constexpr double W = 760, H = 300, mr = 24, mt = 18, mb = 46;
  double const ml = std::max(56.0, 7.2 * static_cast<double>(widest) + 18);
  double const pw = W - ml - mr, ph = H - mt - mb;
  auto X = [&](double day) { return ml + (day - xlo) / (xhi - xlo) * pw; };
  auto T = [&](double v) { return log_scale ? std::log10(std::max(v, ylo)) : v; };
  auto Y = [&](double v) { return mt + (1 - (T(v) - T(ylo)) / (T(yhi) - T(ylo))) * ph; };

  // Series colours, by name so the same input always gets the same colours.
  std::set<std::string> names;
  for (auto const& p : pts) names.insert(p.c->series);
  std::map<std::string, std::string_view> colour;
  std::size_t i = 0;
  for (auto const& n : names) colour[n] = i < std::size(palette) ? palette[i++] : other_colour;

  std::string& svg = out;
  svg += "<figure>";
  svg += fmt::format(
      R"(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {} {}" role="img" aria-label="timeline of {}">)", W, H,
      html_escape(display_subject(subject)));
  svg += fmt::format(R"(<rect x="{}" y="{}" width="{}" height="{}" fill="#fbfbfc" stroke="#d1d9e0"/>)", ml, mt, pw, ph);
  for (double t : yticks) {
    double y = Y(t);
    svg += fmt::format(R"(<line x1="{:.1f}" y1="{:.1f}" x2="{:.1f}" y2="{:.1f}" stroke="#e4e7ec"/>)", ml, y, ml + pw, y);
    svg += fmt::format(R"(<text x="{:.1f}" y="{:.1f}" text-anchor="end" font-size="12" fill="#59636e">{}</text>)",
                       ml - 8, y + 4, html_escape(fmt_y(t)));
  }
  // Date ticks: every N days for short spans, else on the first of every N months.
  std::vector<std::pair<long, std::string>> xticks;
  double const days_shown = xhi - xlo;
  if (days_shown <= 120) {
    long step = 1;
    for (long st : {1L, 2L, 7L, 14L, 28L}) {
      step = st;
      if (days_shown / static_cast<double>(st) <= 7) break;
    }
    for (long t = step >= 7 ? d0 : static_cast<long>(std::ceil(xlo)); t <= xhi; t += step)
      xticks.emplace_back(t, civil_from_days(t, true));
  } else {
    long months = 1;
    for (long m : {1L, 2L, 3L, 6L, 12L, 24L, 60L, 120L, 240L, 600L, 1200L, 6000L}) {
      months = m;
      if (days_shown / (30.44 * static_cast<double>(m)) <= 7) break;
    }
    auto ym = civil_from_days(static_cast<long>(std::floor(xlo)), false);
    long y = std::stol(ym.substr(0, 4)), m = std::stol(ym.substr(5, 2)) - 1;  // months since year 0
    long idx = y * 12 + m + 1;
    idx = (idx + months - 1) / months * months;  // align: January for yearly steps, quarters...
    for (;; idx += months) {
      long day = days_from_civil(idx / 12, static_cast<unsigned>(idx % 12 + 1), 1);
      if (day > xhi) break;
      if (day >= xlo)
        xticks.emplace_back(day, months >= 12 ? std::to_string(idx / 12) : civil_from_days(day, false));
    }
  }
  for (auto const& [t, label] : xticks) {
    double x = X(static_cast<double>(t));
    svg += fmt::format(R"(<line x1="{:.1f}" y1="{:.1f}" x2="{:.1f}" y2="{:.1f}" stroke="#e4e7ec"/>)", x, mt, x, mt + ph);
    svg += fmt::format(R"(<text x="{:.1f}" y="{:.1f}" text-anchor="middle" font-size="12" fill="#59636e">{}</text>)",
                       x, mt + ph + 18, label);
  }

  // Same-day points side by side so none hides another.
  std::sort(pts.begin(), pts.end(), [](point const& a, point const& b) {
    if (a.day != b.day) return a.day < b.day;
    if (a.c->series != b.c->series) return a.c->series < b.c->series;
    return a.c->id < b.c->id;
  });
  std::map<long, int> per_day, seen_day;
  for (auto const& p : pts) ++per_day[p.day];
  // Unflagged points first, so the rings of flagged ones are drawn on top.
  std::vector<std::pair<point const*, double>> placed;
  for (auto const& p : pts) {
    int k = per_day[p.day], j = seen_day[p.day]++;
    double x = X(static_cast<double>(p.day)) + (j - (k - 1) / 2.0) * std::min(9.0, 40.0 / k);
    placed.emplace_back(&p, x);
  }
  std::stable_sort(placed.begin(), placed.end(), [](auto const& a, auto const& b) { return !a.first->flagged && b.first->flagged; });
  for (auto const& [pp, x] : placed) {
    auto const& p = *pp;
    quantity q;
    q.value = p.c->value;
    q.lo = p.c->lo;
    q.hi = p.c->hi;
    q.kind = p.c->kind;
    q.unit = p.c->unit;
    auto col = colour[p.c->series];
    svg += "<g>";
    svg += fmt::format("<title>{}</title>",
                       html_escape(fmt::format("{} · {} · {} · {}{}", p.c->id, p.c->series, format_interval(q),
                                               civil_from_days(p.day, true), p.outlier ? " · likely outlier" : "")));
    bool const range = !(q.lo && q.hi && *q.lo == *q.hi);
    if (range) {
      double top = q.hi ? Y(*q.hi) : mt + 1;
      double bot = q.lo ? Y(*q.lo) : mt + ph - 1;
      svg += fmt::format(R"(<line x1="{0:.1f}" y1="{1:.1f}" x2="{0:.1f}" y2="{2:.1f}" stroke="{3}" stroke-width="2.5" stroke-opacity=".55"/>)",
                         x, top, bot, col);
      if (q.hi) {
        svg += fmt::format(R"(<line x1="{:.1f}" y1="{:.1f}" x2="{:.1f}" y2="{:.1f}" stroke="{}" stroke-width="2"/>)", x - 4,
                           top, x + 4, top, col);
      } else {
        svg += fmt::format(R"(<path d="M{:.1f} {:.1f}L{:.1f} {:.1f}L{:.1f} {:.1f}Z" fill="{}"/>)", x - 4.5, top + 8, x,
                           top, x + 4.5, top + 8, col);
      }
      if (q.lo) {
        svg += fmt::format(R"(<line x1="{:.1f}" y1="{:.1f}" x2="{:.1f}" y2="{:.1f}" stroke="{}" stroke-width="2"/>)", x - 4,
                           bot, x + 4, bot, col);
      } else {
        svg += fmt::format(R"(<path d="M{:.1f} {:.1f}L{:.1f} {:.1f}L{:.1f} {:.1f}Z" fill="{}"/>)", x - 4.5, bot - 8, x,
                           bot, x + 4.5, bot - 8, col);
      }
    }
    double y = Y(q.value);
    svg += fmt::format(R"(<circle cx="{:.1f}" cy="{:.1f}" r="4.5" fill="{}" stroke="#fff" stroke-width="1"/>)", x, y, col);
    if (p.flagged) {
      svg += fmt::format(R"(<circle cx="{:.1f}" cy="{:.1f}" r="8.5" fill="none" stroke="{}" stroke-width="{}"/>)", x, y,
                         flag_colour, p.outlier ? 3 : 1.8);
    }
    if (p.outlier) {
      svg += fmt::format(R"(<circle cx="{:.1f}" cy="{:.1f}" r="13" fill="none" stroke="{}" stroke-width="1.2"/>)", x, y,
                         flag_colour);
    }
    svg += "</g>";
    flush();
  }
  svg += "</svg>";

  std::string legend = fmt::format(R"(<span class="none">{} reported values by date, per source:</span>)", pts.size());
  std::size_t shown = 0;
  for (auto const& n : names) {
    if (colour[n] == other_colour) continue;
    legend += fmt::format(R"(<span><span class="sw" style="background:{}"></span>{}</span>)", colour[n], html_escape(n));
    ++shown;
  }
  if (shown < names.size()) {
    legend += fmt::format(R"(<span><span class="sw" style="background:{}"></span>{} other sources</span>)", other_colour,
                          names.size() - shown);
  }
  legend += R"(<span><span class="ring"></span>flagged claim</span>)";
  if (!outliers.empty()) legend += R"(<span><span class="ring thick"></span>likely outlier</span>)";
  legend += fmt::format(R"(<span class="none">bars: the interval a qualifier allows; arrows: open end{}</span>)",
                        log_scale ? "; logarithmic scale" : "");
  svg += fmt::format("<figcaption>{}</figcaption></figure>\n", legend);
  flush();
}

}  // namespace

namespace {

/// Temporary storage for the timelines: written in the plots pass, read back in order.
class spool {
 public:
  spool() : f_(temporary_file()) {}
  ~spool() { std::fclose(f_); }
  spool(spool const&) = delete;
  spool& operator=(spool const&) = delete;
  void write(std::string_view s) {
    if (!s.empty() && std::fwrite(s.data(), 1, s.size(), f_) != s.size())
      throw std::runtime_error("html report: cannot write a temporary file");
  }
  void rewind() {
    if (std::fflush(f_) != 0 || std::fseek(f_, 0, SEEK_SET) != 0)
      throw std::runtime_error("html report: cannot read a temporary file");
  }
  /// The next `n` bytes, in pieces of at most 1 MB.
  template <class F>
  void read(std::uint64_t n, F&& each) {
    std::string piece;
    while (n > 0) {
      piece.resize(static_cast<std::size_t>(std::min<std::uint64_t>(n, 1u << 20)));
      if (std::fread(piece.data(), 1, piece.size(), f_) != piece.size())
        throw std::runtime_error("html report: cannot read a temporary file");
      each(std::string_view(piece));
      n -= piece.size();
    }
  }

 private:
  std::FILE* f_;
};

class html_writer final : public stream_writer {
 public:
  html_writer(sink out, html_context const* context) : stream_writer(std::move(out)), context_(context) {}
  listing order() const override { return listing::by_subject; }
  bool wants_index() const override { return true; }
  bool wants_plots() const override { return true; }

  void begin(report_frame const& r) override {
    frame_ = &r;
    buf_ += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
    buf_ += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
            "img-src data:\">\n";
    buf_ += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    buf_ += fmt::format("<title>claimcheck report: {}</title>\n", html_escape(summary_line(r)));
    buf_ += fmt::format("<style>{}</style>\n</head>\n<body>\n<main>\n", css);
    buf_ += "<h1>claimcheck report</h1>\n";
    auto n = [](std::size_t k, std::string_view one, std::string_view many) {
      return fmt::format("{} {}", k, k == 1 ? one : many);
    };
    buf_ += fmt::format("<p class=\"meta\">{} {} · {} · {} · {} · {} skipped</p>\n", html_escape(r.tool),
                        html_escape(r.version), n(r.input.files, "file", "files"),
                        n(r.input.articles, "article", "articles"), n(r.input.claims, "claim", "claims"),
                        r.input.skipped);
    buf_ += fmt::format("<p class=\"summary\">{}</p>\n", html_escape(summary_line(r)));
    if (auto b = baseline_line(r); !b.empty()) buf_ += fmt::format("<p class=\"baseline\">{}</p>\n", html_escape(b));
    flush();
  }

  void index(discrepancy const& d, std::size_t claims) override {
    if (!table_) {
      table_ = true;
      buf_ += "<table>\n<thead><tr><th>severity</th><th>kind</th><th>subject</th><th>why</th><th>claims</th>"
              "<th>id</th></tr></thead>\n<tbody>\n";
    }
    if (!index_subject_ || *index_subject_ != d.subject) {
      index_subject_ = d.subject;
      ++index_group_;
    }
    buf_ += fmt::format(
        "<tr><td>{}</td><td>{}</td><td class=\"subj\"><a href=\"#subject-{}\">{}</a></td><td>{}</td><td>{}</td>"
        "<td class=\"id\">{}</td></tr>\n",
        sev_badge(d.sev), to_string(d.kind), index_group_, html_escape(display_subject(d.subject)),
        html_escape(d.message), claims, html_escape(d.id));
    flush();
  }

  void plot(discrepancy const& d) override {
    close_table();
    if (!plot_subject_ || *plot_subject_ != d.subject) {
      finish_plot();
      plot_subject_ = d.subject;
    }
    if (d.outlier) plot_.outliers.insert(*d.outlier);
  }

  void plot_claim(claim const& c) override {
    plot_.flagged.insert(c.id);
    if (plot_.by_id.find(c.id) == plot_.by_id.end()) plot_.by_id.emplace(c.id, plot_point::of(c));
    ++plot_.kind_votes[{c.q.kind, c.q.unit}];
  }

  void open(discrepancy const& d, std::size_t) override {
    close_table();
    finish_plot();
    if (!subject_ || *subject_ != d.subject) {
      if (subject_) buf_ += "</section>\n";
      subject_ = d.subject;
      ++group_;
      buf_ += fmt::format("<section id=\"subject-{}\">\n<h2>{}</h2>\n", group_, html_escape(display_subject(d.subject)));
      if (!spool_read_) {
        spool_.rewind();
        spool_read_ = true;
      }
      std::uint64_t const n = group_ - 1 < plot_sizes_.size() ? plot_sizes_[group_ - 1] : 0;
      if (n) {
        flush(true);
        spool_.read(n, [&](std::string_view piece) {
          buf_ += piece;
          flush(true);
        });
      }
    }
    buf_ += "<article class=\"disc\">\n";
    buf_ += fmt::format("<header>{}<span class=\"badge kind\">{}</span><span class=\"id\">{}</span></header>\n",
                        sev_badge(d.sev), to_string(d.kind), html_escape(d.id));
    buf_ += fmt::format("<p class=\"why\">{}</p>\n", html_escape(d.message));
    expected_.reset();
    d_ = &d;
  }

  void add(claim const& c) override {
    discrepancy const& d = *d_;
    expected_.note(c);
    bool outlier = d.outlier && *d.outlier == c.id;
    buf_ += fmt::format("<div class=\"claim{}\">\n<blockquote>{}</blockquote>\n", outlier ? " outlier" : "",
                        quote_html(c));
    std::vector<std::string> meta{fmt::format("<span class=\"id\">{}</span>", html_escape(c.id)),
                                  fmt::format("article {}", html_escape(c.article)),
                                  c.source.empty() ? std::string("unknown source")
                                                   : fmt::format("<b>{}</b>", html_escape(c.source))};
    if (auto dt = date_of(c); !dt.empty()) meta.push_back(html_escape(dt));
    meta.push_back(html_escape(format_interval(c.q)));
    if (auto at = attribution_of(c); !at.empty()) meta.push_back(html_escape(at));
    if (!c.url.empty()) meta.push_back(url_html(c.url));
    if (outlier) meta.push_back(R"(<span class="badge outlier-badge">likely outlier</span>)");
    buf_ += fmt::format("<div class=\"m\">{}</div>\n</div>\n", fmt::join(meta, " · "));
    flush();
  }

  void close(discrepancy const& d) override {
    auto tail = expected_.tail(d, [](std::string const& s) { return html_escape(s); });
    tail.push_back(d.outlier ? fmt::format("likely outlier: <span class=\"id\">{}</span>", html_escape(*d.outlier))
                             : std::string("likely outlier: cannot tell"));
    buf_ += fmt::format("<p class=\"tail\">{}</p>\n</article>\n", fmt::join(tail, " · "));
    flush();
  }

  void end() override {
    close_table();
    finish_plot();
    if (subject_) buf_ += "</section>\n";
    if (!frame_->discrepancies) buf_ += "<p class=\"none\">No discrepancies found.</p>\n";
    buf_ += "</main>\n</body>\n</html>\n";
    flush(true);
  }

 private:
  void close_table() {
    if (table_ && !table_closed_) {
      table_closed_ = true;
      buf_ += "</tbody>\n</table>\n";
    }
  }
  // The timeline of the subject whose discrepancies plot() saw, to the spool.
  void finish_plot() {
    if (!plot_subject_) return;
    std::uint64_t size = 0;
    std::string svg;
    timeline_svg(context_, *plot_subject_, plot_, svg, [&] {
      if (svg.size() < (1u << 20)) return;
      spool_.write(svg);
      size += svg.size();
      svg.clear();
    });
    spool_.write(svg);
    size += svg.size();
    plot_sizes_.push_back(size);
    plot_.clear();
    plot_subject_.reset();
  }

  html_context const* context_;
  report_frame const* frame_ = nullptr;
  discrepancy const* d_ = nullptr;
  bool table_ = false, table_closed_ = false, spool_read_ = false;
  std::optional<std::string> index_subject_, plot_subject_, subject_;
  std::size_t index_group_ = 0, group_ = 0;
  timeline_input plot_;
  spool spool_;
  std::vector<std::uint64_t> plot_sizes_;  // one per subject, in order
  expected_unit expected_;
};

}  // namespace

std::unique_ptr<stream_writer> make_html_writer(stream_writer::sink out, html_context const* context) {
  return std::make_unique<html_writer>(std::move(out), context);
}

std::string render_html(report const& r) {
  std::string out;
  auto context = make_report_context(r);
  html_writer w([&](std::string_view s) { out += s; }, context.get());
  write_report(r, w);
  return out;
}

}  // namespace claimcheck::report_io::detail
