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

std::string input_line(report const& r) {
  return fmt::format("{} {}: {} {}, {} {}, {} {} ({} skipped)", r.tool, r.version, r.input.files,
                     r.input.files == 1 ? "file" : "files", r.input.articles,
                     r.input.articles == 1 ? "article" : "articles", r.input.claims,
                     r.input.claims == 1 ? "claim" : "claims", r.input.skipped);
}

}  // namespace

std::string render_text(report const& r, write_options const& opt) {
  ansi const a{opt.color};
  std::string out;
  auto line = [&](std::string const& s) {
    out += s;
    out += '\n';
  };
  line(a.wrap("2", strip_controls(input_line(r))));
  for (auto const& g : group_by_subject(r)) {
    auto subject = strip_controls(display_subject(g.subject));
    line("");
    line(a.wrap("1", subject));
    line(std::string(std::min<std::size_t>(subject.size(), 72), '='));
    for (auto const* d : g.items) {
      line("");
      line(fmt::format("{} {} {}", a.wrap(severity_colour(d->sev), fmt::format("[{}]", to_string(d->sev))),
                       to_string(d->kind), a.wrap("2", strip_controls(d->id))));
      line(fmt::format("  {}", strip_controls(d->message)));
      for (auto const& c : d->claims) {
        bool outlier = d->outlier && *d->outlier == c.id;
        std::vector<std::string> meta{strip_controls(c.id), fmt::format("article {}", strip_controls(c.article)),
                                      c.source.empty() ? "unknown source" : strip_controls(c.source)};
        if (auto dt = date_of(c); !dt.empty()) meta.push_back(strip_controls(dt));
        meta.push_back(format_interval(c.q));
        line(fmt::format("  - {}{}", fmt::join(meta, " · "), outlier ? a.wrap("1;35", "  <- likely outlier") : ""));
        line(fmt::format("    {}", quote_text(c, a)));
        if (auto at = attribution_of(c); !at.empty()) line(fmt::format("    attribution: {}", strip_controls(at)));
        if (!c.url.empty()) line(fmt::format("    {}", a.wrap("4", strip_controls(c.url))));
      }
      std::vector<std::string> tail;
      if (auto e = format_expected(*d); !e.empty()) tail.push_back(fmt::format("expected {}", e));
      if (d->residual) tail.push_back(fmt::format("off by {}", format_number(*d->residual)));
      if (!tail.empty()) line(fmt::format("  {}", fmt::join(tail, "; ")));
      if (d->outlier) {
        auto const* o = find_claim(*d, *d->outlier);
        std::string who = o ? fmt::format(" ({}, {})", o->source.empty() ? "unknown source" : strip_controls(o->source),
                                          format_interval(o->q))
                            : "";
        line(fmt::format("  likely outlier: {}{}", a.wrap("1;35", strip_controls(*d->outlier)), who));
      } else {
        line("  likely outlier: cannot tell");
      }
    }
  }
  line("");
  if (auto b = baseline_line(r); !b.empty()) line(strip_controls(b));
  auto summary = summary_line(r);
  if (a.on && !r.discrepancies.empty()) {
    auto worst = severity::info;
    for (auto const& d : r.discrepancies) worst = std::max(worst, d.sev);
    summary = a.wrap(severity_colour(worst), summary);
  }
  line(summary);
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

std::string render_markdown(report const& r) {
  std::string out;
  auto line = [&](std::string const& s) {
    out += s;
    out += '\n';
  };
  line("## claimcheck report");
  line("");
  line(fmt::format("**{}** · {}", md_escape(summary_line(r)), md_escape(input_line(r))));
  if (auto b = baseline_line(r); !b.empty()) {
    line("");
    line(fmt::format("_{}_", md_escape(b)));
  }
  auto groups = group_by_subject(r);
  if (!groups.empty()) {
    line("");
    line("| severity | kind | subject | why | id |");
    line("|---|---|---|---|---|");
    for (auto const& g : groups) {
      for (auto const* d : g.items) {
        line(fmt::format("| {} | {} | {} | {} | {} |", to_string(d->sev), to_string(d->kind), md_escape(display_subject(d->subject)),
                         md_escape(d->message), md_code(d->id)));
      }
    }
  }
  for (auto const& g : groups) {
    line("");
    line(fmt::format("### {}", anchor_free(display_subject(g.subject))));
    for (auto const* d : g.items) {
      line("");
      line(fmt::format("**{}** · {} · {}", to_string(d->sev), to_string(d->kind), md_code(d->id)));
      line("");
      line(md_escape(d->message, true));
      line("");
      for (auto const& c : d->claims) {
        bool outlier = d->outlier && *d->outlier == c.id;
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
      }
      std::vector<std::string> tail;
      if (auto e = format_expected(*d); !e.empty()) tail.push_back(fmt::format("expected {}", md_escape(e)));
      if (d->residual) tail.push_back(fmt::format("off by {}", md_escape(format_number(*d->residual))));
      tail.push_back(d->outlier ? fmt::format("likely outlier: {}", md_code(*d->outlier))
                                : std::string("likely outlier: cannot tell"));
      line(fmt::format("{}", fmt::join(tail, " · ")));
    }
  }
  return out;
}

}  // namespace detail
}  // namespace claimcheck::report_io
