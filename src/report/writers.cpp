// The human-readable writers (text, markdown) and the format dispatch. html.cpp and
// machine.cpp hold the others; all read the same report, none changes it.

#include "claimcheck/report/writers.hpp"

#include "common.hpp"
#include "formats.hpp"

#include <fmt/format.h>

namespace claimcheck::report_io {

std::optional<format> format_from(std::string_view s) {
  if (s == "text") return format::text;
  if (s == "json") return format::json;
  if (s == "markdown") return format::markdown;
  if (s == "html") return format::html;
  if (s == "sarif") return format::sarif;
  return std::nullopt;
}

std::string render(report const& r, format f, write_options const& opt) {
  switch (f) {
    case format::text: return detail::render_text(r, opt);
    case format::markdown: return detail::render_markdown(r);
    case format::html: return detail::render_html(r);
    case format::json: return detail::render_json(r);
    case format::sarif: return detail::render_sarif(r);
  }
  return detail::render_text(r, opt);
}

std::unique_ptr<stream_writer> stream_writer::make(format f, write_options const& opt, sink out,
                                                   html_context const* context) {
  switch (f) {
    case format::text: return detail::make_text_writer(opt, std::move(out));
    case format::markdown: return detail::make_markdown_writer(std::move(out));
    case format::html: return detail::make_html_writer(std::move(out), context);
    case format::json: return detail::make_json_writer(std::move(out));
    case format::sarif: return detail::make_sarif_writer(std::move(out));
  }
  return detail::make_text_writer(opt, std::move(out));
}

namespace detail {
namespace {

// ---------------------------------------------------------------------------------------------
// text

struct ansi {
  bool on;
  std::string wrap(std::string_view code, std::string_view s) const {
    if (!on) return std::string(s);
    return fmt::format("\x1b[{}m{}\x1b[0m", code, s);
  }
};

std::string_view severity_colour(severity s) {
  switch (s) {
    case severity::error: return "1;31";
    case severity::warning: return "1;33";
    case severity::info: return "1;36";
  }
  return "1";
}

/// The sentence in quotes with the quantity marked: »33,207« or bold.
std::string quote_text(claim const& c, ansi const& a) {
  auto loc = locate_quantity(c);
  if (!loc) return fmt::format("\"{}\"", strip_controls(sentence_of(c)));
  auto [b, e] = *loc;
  std::string_view s = sentence_of(c);
  auto number = strip_controls(s.substr(b, e - b));
  return fmt::format("\"{}{}{}\"", strip_controls(s.substr(0, b)),
                     a.on ? a.wrap("1;4", number) : fmt::format("»{}«", number), strip_controls(s.substr(e)));
}

std::string input_line(report_frame const& r) {
  return fmt::format("{} {}: {} {}, {} {}, {} {} ({} skipped)", r.tool, r.version, r.input.files,
                     r.input.files == 1 ? "file" : "files", r.input.articles,
                     r.input.articles == 1 ? "article" : "articles", r.input.claims,
                     r.input.claims == 1 ? "claim" : "claims", r.input.skipped);
}

}  // namespace

namespace {

/// The text report, one discrepancy at a time.
class text_writer final : public stream_writer {
 public:
  text_writer(write_options const& opt, sink out) : stream_writer(std::move(out)), a_{opt.color} {}
  listing order() const override { return listing::by_subject; }

  void begin(report_frame const& f) override {
    frame_ = &f;
    line(a_.wrap("2", strip_controls(input_line(f))));
  }

  void open(discrepancy const& d, std::size_t) override {
    if (!subject_ || *subject_ != d.subject) {
      subject_ = d.subject;
      auto subject = strip_controls(display_subject(d.subject));
      line("");
      line(a_.wrap("1", subject));
      line(std::string(std::min<std::size_t>(subject.size(), 72), '='));
    }
    line("");
    line(fmt::format("{} {} {}", a_.wrap(severity_colour(d.sev), fmt::format("[{}]", to_string(d.sev))),
                     to_string(d.kind), a_.wrap("2", strip_controls(d.id))));
    line(fmt::format("  {}", strip_controls(d.message)));
    expected_.reset();
    outlier_seen_ = false;
    outlier_who_.clear();
    d_ = &d;
  }

  void add(claim const& c) override {
    discrepancy const& d = *d_;
    expected_.note(c);
    bool outlier = d.outlier && *d.outlier == c.id;
    if (outlier && !outlier_seen_) {
      outlier_seen_ = true;
      outlier_who_ = fmt::format(" ({}, {})", c.source.empty() ? "unknown source" : strip_controls(c.source),
                                 format_interval(c.q));
    }
    meta_.clear();
    meta_.push_back(strip_controls(c.id));
    meta_.push_back(fmt::format("article {}", strip_controls(c.article)));
    meta_.push_back(c.source.empty() ? "unknown source" : strip_controls(c.source));
    if (auto dt = date_of(c); !dt.empty()) meta_.push_back(strip_controls(dt));
    meta_.push_back(format_interval(c.q));
    line(fmt::format("  - {}{}", fmt::join(meta_, " · "), outlier ? a_.wrap("1;35", "  <- likely outlier") : ""));
    line(fmt::format("    {}", quote_text(c, a_)));
    if (auto at = attribution_of(c); !at.empty()) line(fmt::format("    attribution: {}", strip_controls(at)));
    if (!c.url.empty()) line(fmt::format("    {}", a_.wrap("4", strip_controls(c.url))));
    flush();
  }

  void close(discrepancy const& d) override {
    auto tail = expected_.tail(d, [](std::string const& s) { return s; });
    if (!tail.empty()) line(fmt::format("  {}", fmt::join(tail, "; ")));
    if (d.outlier) {
      line(fmt::format("  likely outlier: {}{}", a_.wrap("1;35", strip_controls(*d.outlier)), outlier_who_));
    } else {
      line("  likely outlier: cannot tell");
    }
    flush();
  }

  void end() override {
    report_frame const& f = *frame_;
    line("");
    if (auto b = baseline_line(f); !b.empty()) line(strip_controls(b));
    auto summary = summary_line(f);
    if (a_.on && f.discrepancies) summary = a_.wrap(severity_colour(*f.worst()), summary);
    line(summary);
    flush(true);
  }

 private:
  void line(std::string_view s) {
    buf_ += s;
    buf_ += '\n';
  }
  ansi a_;
  report_frame const* frame_ = nullptr;
  discrepancy const* d_ = nullptr;
  std::optional<std::string> subject_;
  bool outlier_seen_ = false;
  expected_unit expected_;
  std::string outlier_who_;
  std::vector<std::string> meta_;
};

}  // namespace

std::unique_ptr<stream_writer> make_text_writer(write_options const& opt, stream_writer::sink out) {
  return std::make_unique<text_writer>(opt, std::move(out));
}

std::string render_text(report const& r, write_options const& opt) {
  std::string out;
  text_writer w(opt, [&](std::string_view s) { out += s; });
  write_report(r, w);
  return out;
}

// ---------------------------------------------------------------------------------------------
// markdown

std::string md_escape(std::string_view s, bool line_start) {
  // Backslash-escape the ASCII punctuation that CommonMark or GitHub's extensions give a meaning
  // anywhere in a line (emphasis, code, links, HTML, entities, tables, strike-through), and the
  // characters that start a heading, list or rule when they open the string.
  static constexpr std::string_view special = "\\`*_{}[]()<>#|~&!$";
  std::string out;
  auto clean = strip_controls(s);
  out.reserve(clean.size() + clean.size() / 4);
  std::size_t lead = line_start ? clean.find_first_not_of(' ') : std::string::npos;
  std::size_t digits_end =
      line_start ? clean.find_first_not_of("0123456789", lead == std::string::npos ? 0 : lead) : std::string::npos;
  for (std::size_t i = 0; i < clean.size(); ++i) {
    char c = clean[i];
    bool opener = (i == lead && (c == '-' || c == '+' || c == '=')) ||
                  (i == digits_end && digits_end != lead && (c == '.' || c == ')'));
    if (opener || special.find(c) != std::string_view::npos) out.push_back('\\');
    out.push_back(c);
  }
  return out;
}

namespace {

std::string md_code(std::string_view s) {
  // A code span cannot hold a backtick, and GitHub tables split cells even inside one at '|'.
  if (s.empty() || s.find_first_of("`|") != std::string_view::npos) return md_escape(s);
  return fmt::format("`{}`", strip_controls(s));
}

std::string md_quote(claim const& c) {
  auto loc = locate_quantity(c);
  if (!loc) return md_escape(sentence_of(c), true);
  auto [b, e] = *loc;
  std::string_view s = sentence_of(c);
  return fmt::format("{}**{}**{}", md_escape(s.substr(0, b), true), md_escape(s.substr(b, e - b)), md_escape(s.substr(e)));
}

std::string md_url(std::string_view url) {
  // An autolink only for a plain http(s) URL; anything else stays inert text.
  bool plain = is_web_url(url) && url.find_first_of("<> \t\r\n\"'`") == std::string_view::npos;
  if (plain) return fmt::format("<{}>", url);
  return md_escape(url);
}

std::string anchor_free(std::string_view s) { return md_escape(s); }

}  // namespace

namespace {

/// The Markdown report: the summary table (from index()), then a section per subject.
class markdown_writer final : public stream_writer {
 public:
  explicit markdown_writer(sink out) : stream_writer(std::move(out)) {}
  listing order() const override { return listing::by_subject; }
  bool wants_index() const override { return true; }

  void begin(report_frame const& f) override {
    line("## claimcheck report");
    line("");
    line(fmt::format("**{}** · {}", md_escape(summary_line(f)), md_escape(input_line(f))));
    if (auto b = baseline_line(f); !b.empty()) {
      line("");
      line(fmt::format("_{}_", md_escape(b)));
    }
    flush();
  }

  void index(discrepancy const& d, std::size_t) override {
    if (!table_) {
      table_ = true;
      line("");
      line("| severity | kind | subject | why | id |");
      line("|---|---|---|---|---|");
    }
    line(fmt::format("| {} | {} | {} | {} | {} |", to_string(d.sev), to_string(d.kind), md_escape(display_subject(d.subject)),
                     md_escape(d.message), md_code(d.id)));
    flush();
  }

  void open(discrepancy const& d, std::size_t) override {
    if (!subject_ || *subject_ != d.subject) {
      subject_ = d.subject;
      line("");
      line(fmt::format("### {}", anchor_free(display_subject(d.subject))));
    }
    line("");
    line(fmt::format("**{}** · {} · {}", to_string(d.sev), to_string(d.kind), md_code(d.id)));
    line("");
    line(md_escape(d.message, true));
    line("");
    expected_.reset();
    d_ = &d;
  }

  void add(claim const& c) override {
    discrepancy const& d = *d_;
    expected_.note(c);
    bool outlier = d.outlier && *d.outlier == c.id;
    std::vector<std::string> meta{md_code(c.id), fmt::format("article {}", md_escape(c.article)),
                                  c.source.empty() ? "unknown source" : md_escape(c.source)};
    if (auto dt = date_of(c); !dt.empty()) meta.push_back(md_escape(dt));
    meta.push_back(md_escape(format_interval(c.q)));
    if (auto at = attribution_of(c); !at.empty()) meta.push_back(fmt::format("attribution: {}", md_escape(at)));
    if (!c.url.empty()) meta.push_back(md_url(c.url));
    line(fmt::format("- {}{}", fmt::join(meta, " · "), outlier ? " · **likely outlier**" : ""));
    line("");
    line(fmt::format("  > {}", md_quote(c)));
    line("");
    flush();
  }

  void close(discrepancy const& d) override {
    auto tail = expected_.tail(d, [](std::string const& s) { return md_escape(s); });
    tail.push_back(d.outlier ? fmt::format("likely outlier: {}", md_code(*d.outlier))
                             : std::string("likely outlier: cannot tell"));
    line(fmt::format("{}", fmt::join(tail, " · ")));
    flush();
  }

  void end() override { flush(true); }

 private:
  void line(std::string_view s) {
    buf_ += s;
    buf_ += '\n';
  }
  discrepancy const* d_ = nullptr;
  bool table_ = false;
  std::optional<std::string> subject_;
  expected_unit expected_;
};

}  // namespace

std::unique_ptr<stream_writer> make_markdown_writer(stream_writer::sink out) {
  return std::make_unique<markdown_writer>(std::move(out));
}

std::string render_markdown(report const& r) {
  std::string out;
  markdown_writer w([&](std::string_view s) { out += s; });
  write_report(r, w);
  return out;
}

}  // namespace detail
}  // namespace claimcheck::report_io
