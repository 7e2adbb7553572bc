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

/// A baseline: the ids of known discrepancies, each with a short description.
struct baseline_entry {
  std::string id;
  std::string description;
};
/// Reads a baseline file written by write_baseline; throws std::runtime_error when unreadable.
std::vector<baseline_entry> read_baseline(std::string const& path);
std::string render_baseline(report const& r);
/// Moves discrepancies whose id is in `baseline` out of `r` (counted in r.suppressed) and
/// lists baseline ids that matched nothing in r.stale_baseline.
void apply_baseline(report& r, std::vector<baseline_entry> const& baseline);

}  // namespace claimcheck::report_io
