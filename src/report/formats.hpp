#pragma once
// One function per output format; render() dispatches. Private to src/report/.

#include "claimcheck/model.hpp"
#include "claimcheck/report/writers.hpp"

#include <string>
#include <string_view>

namespace claimcheck::report_io::detail {

std::string render_text(report const& r, write_options const& opt);
std::string render_markdown(report const& r);
std::string render_html(report const& r);
std::string render_json(report const& r);
std::string render_sarif(report const& r);

/// Markdown-escapes article text so it renders literally; `line_start` when the text opens a
/// line (then a leading "-", "+", "=" or "1." is escaped too).
std::string md_escape(std::string_view s, bool line_start = false);
/// HTML-escapes & < > " ' and replaces control characters.
std::string html_escape(std::string_view s);

}  // namespace claimcheck::report_io::detail
