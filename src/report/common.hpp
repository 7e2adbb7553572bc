#pragma once
// Helpers every report writer shares: ordering, number and interval wording, locating the
// quantity inside its sentence, the summary counts. Private to src/report/.

#include "claimcheck/model.hpp"
#include "claimcheck/report/stream.hpp"

#include <cstddef>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::report_io::detail {

/// "33,207", "2.5", "8.51", "0.333": reconcile::format_number, with "∞"/"NaN" for non-finite values.
std::string format_number(double v);
/// The number with its unit: "45%", "3 days", "USD 1,200", "USD 3.3 billion".
std::string format_value(double v, quantity_kind k, std::string_view unit);
/// The interval a quantity allows: "33,207", "32,000–34,000", "at least 600", "at most 50".
std::string format_interval(quantity const& q);
/// The expected interval of a discrepancy, empty when unknown.
std::string format_expected(discrepancy const& d);
/// The same, in the unit of the discrepancy's first claim (`kind`, `unit`; count and none when
/// it has no claims).
std::string format_expected(discrepancy const& d, quantity_kind kind, std::string_view unit);

/// A discrepancy's residual (expected minus stated) in words: "307 too low", "20 too high";
/// empty when it is 0.
std::string format_residual(double residual, quantity_kind kind = quantity_kind::count, std::string_view unit = {});

/// The unit a streamed discrepancy's expected interval is stated in: that of its first claim
/// (count and none when it has none), as format_expected(d) takes it from a whole discrepancy.
class expected_unit {
 public:
  void reset() { seen_ = false; }
  void note(claim const& c) {
    if (seen_) return;
    kind_ = c.q.kind;
    unit_ = c.q.unit;
    seen_ = true;
  }
  std::string format(discrepancy const& d) const {
    return seen_ ? format_expected(d, kind_, unit_) : format_expected(d, quantity_kind::count, {});
  }
  /// The words every format puts after a discrepancy's claims: "expected X" and the residual
  /// ("307 too low"), each passed through the format's `escape`; either may be missing.
  template <class Escape>
  std::vector<std::string> tail(discrepancy const& d, Escape&& escape) const {
    std::vector<std::string> out;
    if (auto e = format(d); !e.empty()) out.push_back("expected " + escape(e));
    if (d.residual && *d.residual != 0) out.push_back(escape(seen_ ? format_residual(*d.residual, kind_, unit_) : format_residual(*d.residual)));
    return out;
  }

 private:
  bool seen_ = false;
  quantity_kind kind_ = quantity_kind::count;
  std::string unit_;
};


/// The sentence to quote: claim::sentence, or the quantity's own text when the sentence is
/// unknown (claims from a store or a hand-written file may lack it).
std::string_view sentence_of(claim const& c);
/// Byte range [first, second) of the claim's quantity text inside sentence_of(c), if found.
std::optional<std::pair<std::size_t, std::size_t>> locate_quantity(claim const& c);

/// Replaces control characters (C0, DEL, C1 in UTF-8) by spaces and drops bidirectional
/// overrides, so article text can neither break a line-oriented format, send escape sequences
/// to a terminal, nor reorder what is displayed around it.
std::string strip_controls(std::string_view s);

/// "3 discrepancies: 2 errors, 1 warning (contradiction 1, temporal 2)" or "no discrepancies".
std::string summary_line(report const& r);
std::string summary_line(report_frame const& f);
/// "2 suppressed by the baseline; 1 stale baseline entry: ID" or empty when no baseline effect.
std::string baseline_line(report const& r);
std::string baseline_line(report_frame const& f);

/// Subject label of a claim as the reconciler writes discrepancy::subject: "subject / predicate".
std::string subject_label(claim const& c);
/// A discrepancy's "subject / predicate" key for people: an empty side reads "(no subject)" or
/// "(no predicate)" instead of a bare slash. The key itself (JSON, ids, baselines) is unchanged.
std::string display_subject(std::string_view key);

/// Who said it: attribution as written, else its key; empty when none.
std::string attribution_of(claim const& c);
/// Date of the figure with its basis: "2024-04-08 (relative)"; empty when unknown.
std::string date_of(claim const& c);
/// True for http:// and https:// URLs (case-insensitive scheme): the only ones made links.
bool is_web_url(std::string_view url);

/// An anonymous temporary file (created in $TMPDIR, else /tmp, and unlinked at once), opened for
/// reading and writing. Throws std::runtime_error.
std::FILE* temporary_file();

/// SARIF and help texts of each discrepancy kind.
struct kind_info {
  discrepancy_kind kind;
  std::string_view name;        ///< PascalCase rule name
  std::string_view short_text;  ///< one line
  std::string_view full_text;   ///< what the check means
  std::string_view help;        ///< what to do about it
  severity default_level;
};
std::vector<kind_info> const& kinds();

}  // namespace claimcheck::report_io::detail
