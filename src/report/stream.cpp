// The frame and order every streaming writer shares, and the driver over an in-memory report.

#include "claimcheck/report/stream.hpp"

#include "common.hpp"

#include <algorithm>
#include <numeric>

namespace claimcheck::report_io {

void report_frame::count(discrepancy const& d) {
  ++discrepancies;
  ++by_severity[static_cast<std::size_t>(d.sev)];
  ++by_kind[d.kind];
  auto [it, fresh] = worst_of_subject.try_emplace(d.subject, d.sev);
  if (!fresh && d.sev > it->second) it->second = d.sev;
}

std::optional<severity> report_frame::worst() const {
  for (std::size_t s = by_severity.size(); s-- > 0;) {
    if (by_severity[s]) return static_cast<severity>(s);
  }
  return std::nullopt;
}

report_frame report_frame::of(report const& r) {
  report_frame f;
  f.tool = r.tool;
  f.version = r.version;
  f.input = r.input;
  f.stale_baseline = r.stale_baseline;
  f.suppressed = r.suppressed;
  for (auto const& d : r.discrepancies) f.count(d);
  return f;
}

bool listed_before(report_frame const& frame, discrepancy const& a, std::vector<std::string> const& a_ids,
                   discrepancy const& b, std::vector<std::string> const& b_ids) {
  if (a.subject != b.subject) {
    // (a subject whose discrepancies the baseline all suppresses is not in the frame: it goes
    // last, and none of it is written)
    auto worst = [&](std::string const& subject) {
      auto const it = frame.worst_of_subject.find(subject);
      return it == frame.worst_of_subject.end() ? severity::info : it->second;
    };
    auto const wa = worst(a.subject);
    auto const wb = worst(b.subject);
    if (wa != wb) return wa > wb;
    return a.subject < b.subject;
  }
  if (a.sev != b.sev) return a.sev > b.sev;
  if (a.kind != b.kind) return a.kind < b.kind;
  if (a.id != b.id) return a.id < b.id;
  // reconciler::run's own tie-breaks, so the order never depends on the order of the input.
  if (a.message != b.message) return a.message < b.message;
  return std::lexicographical_compare(a_ids.begin(), a_ids.end(), b_ids.begin(), b_ids.end());
}

plot_point plot_point::of(claim const& c) {
  plot_point p;
  p.id = c.id;
  p.kind = c.q.kind;
  p.unit = c.q.unit;
  p.value = c.q.value;
  p.lo = c.q.lo;
  p.hi = c.q.hi;
  p.date = c.date;
  p.published = c.published;
  if (!c.attribution.key.empty()) {
    p.series = c.attribution.key;
  } else if (!c.source.empty()) {
    p.series = c.source;
  } else {
    p.series = "unknown source";
  }
  return p;
}

void stream_writer::flush(bool all) {
  if (buf_.empty() || (!all && buf_.size() < (1u << 20))) return;
  out_(buf_);
  buf_.clear();
}

namespace {

/// The report's own claims of each subject (render() of an HTML report with r.claims).
class report_context final : public html_context {
 public:
  explicit report_context(report const& r) : r_(r) {}
  void points(std::string_view subject, std::function<void(plot_point const&)> const& each) const override {
    if (!index_) {
      index_.emplace();
      std::string label;
      for (auto const& c : r_.claims) {
        if (c.mod != modality::asserted) continue;
        label = detail::subject_label(c);
        (*index_)[label].push_back(&c);
      }
    }
    auto it = index_->find(subject);
    if (it == index_->end()) return;
    for (auto const* c : it->second) each(plot_point::of(*c));
  }

 private:
  report const& r_;
  mutable std::optional<std::map<std::string, std::vector<claim const*>, std::less<>>> index_;
};

}  // namespace

std::unique_ptr<html_context> make_report_context(report const& r) { return std::make_unique<report_context>(r); }

void write_report(report const& r, stream_writer& w) {
  report_frame const frame = report_frame::of(r);
  std::vector<std::vector<std::string>> ids(r.discrepancies.size());
  for (std::size_t i = 0; i < ids.size(); ++i) {
    for (auto const& c : r.discrepancies[i].claims) ids[i].push_back(c.id);
  }
  std::vector<std::size_t> order(r.discrepancies.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  if (w.order() == listing::by_subject) {
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      return listed_before(frame, r.discrepancies[a], ids[a], r.discrepancies[b], ids[b]);
    });
  }
  // The writers read a discrepancy's fields but never its claims: they come one by one.
  discrepancy head;
  auto head_of = [&](discrepancy const& d) -> discrepancy const& {
    head.id = d.id;
    head.kind = d.kind;
    head.sev = d.sev;
    head.subject = d.subject;
    head.message = d.message;
    head.expected_lo = d.expected_lo;
    head.expected_hi = d.expected_hi;
    head.residual = d.residual;
    head.outlier = d.outlier;
    return head;
  };
  w.begin(frame);
  if (w.wants_index()) {
    for (std::size_t i : order) w.index(head_of(r.discrepancies[i]), r.discrepancies[i].claims.size());
  }
  if (w.wants_plots()) {
    for (std::size_t i : order) {
      w.plot(head_of(r.discrepancies[i]));
      for (auto const& c : r.discrepancies[i].claims) w.plot_claim(c);
    }
  }
  for (std::size_t i : order) {
    auto const& d = r.discrepancies[i];
    if (w.wants_preview()) {
      for (auto const& c : d.claims) w.preview(head_of(d), c);
    }
    w.open(head_of(d), d.claims.size());
    for (auto const& c : d.claims) w.add(c);
    w.close(head_of(d));
  }
  w.end();
}

}  // namespace claimcheck::report_io
