#pragma once
// Report writers: one in-memory report, several formats.

#include "claimcheck/model.hpp"

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::report_io {

enum class format { text, json, markdown, html, sarif };
std::optional<format> format_from(std::string_view s);

struct write_options {
  bool color = false;  ///< ANSI colour (text only; only when stdout is a terminal)
};

/// Renders `r` in format `f`.
std::string render(report const& r, format f, write_options const& opt = {});

/// The JSON report's discrepancy in three parts, for a discrepancy whose claims come one at a
/// time (one can cite hundreds of thousands): open (the fields before the claims; d.claims is
/// not read), each claim (first: the discrepancy's first), close (the fields after the claims).
/// stream_writer (stream.hpp) writes whole reports this way.
void append_json_discrepancy_open(std::string& out, discrepancy const& d, bool first);
void append_json_discrepancy_claim(std::string& out, claim const& c, bool first);
void append_json_discrepancy_close(std::string& out, discrepancy const& d);
std::string_view json_tail();

/// A baseline: the ids of known discrepancies, each with a short description.
struct baseline_entry {
  std::string id;
  std::string description;
  std::string kind;      ///< discrepancy kind name when the line gives one
  std::string severity;  ///< severity name when the line gives one
};
/// Reads a baseline file written by render_baseline: one `ID<TAB>KIND<TAB>SEVERITY<TAB>DESCRIPTION`
/// per line (only ID required), `#` comments and blank lines ignored. Throws std::runtime_error
/// "FILE: reason" when unreadable and "FILE:LINE: reason" on a malformed line.
std::vector<baseline_entry> read_baseline(std::string const& path);
/// The baseline of `r`: a `#` header, then one line per discrepancy, sorted by id (of
/// discrepancies sharing an id, the first in reconciler::run's order gives the line).
std::string render_baseline(report const& r);
/// render_baseline in pieces, for discrepancies that come one at a time sorted by id:
/// baseline_head, then append_baseline_entry for each whose id differs from the one before.
std::string baseline_head(std::string_view tool, std::string_view version);
void append_baseline_entry(std::string& out, discrepancy const& d);
/// Moves discrepancies whose id is in `baseline` out of `r` (counted in r.suppressed) and
/// lists baseline ids that matched nothing in r.stale_baseline.
void apply_baseline(report& r, std::vector<baseline_entry> const& baseline);

}  // namespace claimcheck::report_io
