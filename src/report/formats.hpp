#pragma once
// One function per output format; render() dispatches. Private to src/report/.

#include "claimcheck/model.hpp"
#include "claimcheck/report/stream.hpp"
#include "claimcheck/report/writers.hpp"

#include <memory>

#include <string>
#include <string_view>

namespace claimcheck::report_io::detail {

std::string render_text(report const& r, write_options const& opt);
std::string render_markdown(report const& r);
std::string render_html(report const& r);
std::string render_json(report const& r);
std::string render_sarif(report const& r);

/// The JSON report up to its first discrepancy.
std::string json_head(report_frame const& f);
std::unique_ptr<stream_writer> make_text_writer(write_options const& opt, stream_writer::sink out);
std::unique_ptr<stream_writer> make_markdown_writer(stream_writer::sink out);
std::unique_ptr<stream_writer> make_json_writer(stream_writer::sink out);
std::unique_ptr<stream_writer> make_sarif_writer(stream_writer::sink out);
std::unique_ptr<stream_writer> make_html_writer(stream_writer::sink out, html_context const* context);

/// Markdown-escapes article text so it renders literally; `line_start` when the text opens a
/// line (then a leading "-", "+", "=" or "1." is escaped too).
std::string md_escape(std::string_view s, bool line_start = false);
/// HTML-escapes & < > " ' and replaces control characters.
std::string html_escape(std::string_view s);

}  // namespace claimcheck::report_io::detail

namespace claimcheck::report_io {
/// The HTML context of an in-memory report: its claims (r.claims).
std::unique_ptr<html_context> make_report_context(report const& r);
}  // namespace claimcheck::report_io
