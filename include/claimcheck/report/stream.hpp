#pragma once
// Report writers that take a report one discrepancy at a time, and a discrepancy one claim at a
// time, so that `check` never holds every discrepancy with its claims (docs/performance.md,
// "Check memory, third round"). render() drives the same writers over an in-memory report, so
// both give the same bytes.
//
// A writer is called in this order:
//   begin(frame)                         the report's header and the counts of what follows
//   index(d, n)...                       only when wants_index(): every discrepancy, no claims,
//                                        in the writer's order (the summary tables)
//   (plot(d) plot_claim(c)...)...        only when wants_plots(): every discrepancy with its
//                                        claims, in the writer's order
//   [preview(d, c)...] open(d, n) add(c)... close(d)    for every discrepancy in the writer's
//                                        order; preview only when wants_preview()
//   end()
// In the writer's order (listing::by_subject) the discrepancies of one subject come together.

#include "claimcheck/model.hpp"
#include "claimcheck/report/writers.hpp"

#include <array>
#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::report_io {

/// Everything of a report but its discrepancies, and the counts of the discrepancies listed.
struct report_frame {
  std::string tool = "claimcheck";
  std::string version;
  input_stats input;
  std::vector<std::string> stale_baseline;
  std::size_t suppressed = 0;

  std::size_t discrepancies = 0;
  std::array<std::size_t, 3> by_severity{};  ///< by severity::info, warning, error
  std::map<discrepancy_kind, std::size_t> by_kind;
  std::map<std::string, severity, std::less<>> worst_of_subject;

  /// Counts `d` (its claims are not read).
  void count(discrepancy const& d);
  std::optional<severity> worst() const;
  /// The frame of an in-memory report, with its discrepancies counted.
  static report_frame of(report const& r);
};

/// The order a writer lists discrepancies in.
enum class listing {
  found,       ///< reconciler::run's: severity, id, message, claim ids (JSON)
  by_subject,  ///< subjects by their most severe discrepancy, then name; inside one, severity,
               ///< kind, id, then message and claim ids (text, Markdown, HTML, SARIF)
};

/// listing::by_subject: true when `a` comes before `b`. `a_ids`/`b_ids` are their claim ids;
/// A subject missing from `frame.worst_of_subject` (the baseline suppressed all of its
/// discrepancies, so none is written) sorts after the others.
bool listed_before(report_frame const& frame, discrepancy const& a, std::vector<std::string> const& a_ids,
                   discrepancy const& b, std::vector<std::string> const& b_ids);

/// What a timeline plots of one claim.
struct plot_point {
  std::string id;
  quantity_kind kind = quantity_kind::count;
  std::string unit;
  double value = 0;
  std::optional<double> lo, hi;
  std::string date, published;
  std::string series;  ///< attribution key, else source, else "unknown source"
  static plot_point of(claim const& c);
};

/// The claims the HTML report's timelines plot besides the flagged ones: for a subject, every
/// asserted claim whose subject_label() it is. Asked once per subject, in the report's order.
class html_context {
 public:
  virtual ~html_context() = default;
  virtual void points(std::string_view subject, std::function<void(plot_point const&)> const& each) const = 0;
};

/// The html_context of a `check` run too large to keep its claims: every asserted claim's plot
/// point goes to a temporary file as it is read (add); finish() keeps the points of the subjects
/// a report lists and sorts them by subject on disk (runs of `run_points` sorted in memory, then
/// merged), so points() reads one subject's points back. In memory: one run, and an index of
/// (offset, count) per listed subject. The file is removed by the destructor.
class claim_plots final : public html_context {
 public:
  explicit claim_plots(std::size_t run_points = 200000);
  ~claim_plots() override;
  claim_plots(claim_plots const&) = delete;
  claim_plots& operator=(claim_plots const&) = delete;
  /// A claim of the input (claims that are not asserted are never plotted: skipped).
  void add(claim const& c);
  /// Keeps the points of the subjects in `frame.worst_of_subject`, sorted by subject.
  void finish(report_frame const& frame);
  void points(std::string_view subject, std::function<void(plot_point const&)> const& each) const override;

  struct impl;

 private:
  std::unique_ptr<impl> impl_;
};

class stream_writer {
 public:
  /// Receives the output in pieces (at most about 1 MB each, and at end()).
  using sink = std::function<void(std::string_view)>;
  /// The writer of format `f`. HTML plots need the claims of each subject: see html_context
  /// (none: only the flagged claims are plotted).
  static std::unique_ptr<stream_writer> make(format f, write_options const& opt, sink out,
                                             html_context const* context = nullptr);
  virtual ~stream_writer() = default;

  virtual listing order() const = 0;
  virtual bool wants_index() const { return false; }
  virtual bool wants_preview() const { return false; }
  /// True: before the discrepancies are written, they are all given once more with their claims
  /// to plot(), plot_claim(), in the writer's order (HTML: each subject's timeline precedes it).
  virtual bool wants_plots() const { return false; }

  virtual void begin(report_frame const& frame) = 0;
  virtual void index(discrepancy const&, std::size_t /*claims*/) {}
  virtual void preview(discrepancy const& /*its head*/, claim const&) {}
  virtual void plot(discrepancy const&) {}
  virtual void plot_claim(claim const&) {}
  virtual void open(discrepancy const& d, std::size_t claims) = 0;
  virtual void add(claim const& c) = 0;
  virtual void close(discrepancy const& d) = 0;
  virtual void end() = 0;

 protected:
  explicit stream_writer(sink out) : out_(std::move(out)) {}
  /// Hands the buffer to the sink once it holds more than 1 MB (always with `all`).
  void flush(bool all = false);
  std::string buf_;

 private:
  sink out_;
};

/// Renders an in-memory report through `w` (in the writer's order).
void write_report(report const& r, stream_writer& w);

}  // namespace claimcheck::report_io
