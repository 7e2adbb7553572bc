// The machine-readable writers: the contract's JSON report and SARIF 2.1.0 for code scanning.

#include "common.hpp"
#include "formats.hpp"

#include "claimcheck/claims/json.hpp"

#include <boost/json.hpp>
#include <fmt/format.h>

#include <cmath>
#include <cstdint>

namespace claimcheck::report_io::detail {
namespace json = boost::json;
}  // namespace claimcheck::report_io::detail

namespace claimcheck::report_io {

// ---------------------------------------------------------------------------------------------
// JSON: the contract's report. Claim objects come from claims::append_json, so a claim reads the
// same in `extract` and in `check` output. One discrepancy per line keeps diffs readable.
// In pieces (head, one discrepancy at a time, tail) so `check` can stream a large report.

std::string detail::json_head(report_frame const& r) {
  std::string out;
  out.append(R"({"tool":)");
  claims::append_json_string(out, r.tool);
  out.append(R"(,"version":)");
  claims::append_json_string(out, r.version);
  fmt::format_to(std::back_inserter(out), ",\n \"input\":{{\"files\":{},\"articles\":{},\"claims\":{},\"skipped\":{}}}",
                 r.input.files, r.input.articles, r.input.claims, r.input.skipped);
  // Only a baseline produces these (an empty baseline changes nothing and adds nothing).
  if (r.suppressed || !r.stale_baseline.empty()) {
    fmt::format_to(std::back_inserter(out), ",\n \"suppressed\":{},\"stale_baseline\":[", r.suppressed);
    for (std::size_t i = 0; i < r.stale_baseline.size(); ++i) {
      if (i) out.push_back(',');
      claims::append_json_string(out, r.stale_baseline[i]);
    }
    out.push_back(']');
  }
  out.append(",\n \"discrepancies\":[");
  return out;
}

void append_json_discrepancy_open(std::string& out, discrepancy const& d, bool first) {
  out.append(first ? "\n  " : ",\n  ");
  out.append(R"({"id":)");
  claims::append_json_string(out, d.id);
  out.append(R"(,"kind":)");
  claims::append_json_string(out, to_string(d.kind));
  out.append(R"(,"severity":)");
  claims::append_json_string(out, to_string(d.sev));
  out.append(R"(,"subject":)");
  claims::append_json_string(out, d.subject);
  out.append(R"(,"message":)");
  claims::append_json_string(out, d.message);
  out.append(R"(,"claims":[)");
}

void append_json_discrepancy_claim(std::string& out, claim const& c, bool first) {
  if (!first) out.push_back(',');
  claims::append_json(out, c);
}

void append_json_discrepancy_close(std::string& out, discrepancy const& d) {
  out.append(R"(],"expected":{"lo":)");
  claims::append_json_number(out, d.expected_lo);
  out.append(R"(,"hi":)");
  claims::append_json_number(out, d.expected_hi);
  out.append(R"(},"residual":)");
  claims::append_json_number(out, d.residual);
  out.append(R"(,"outlier":)");
  if (d.outlier) {
    claims::append_json_string(out, *d.outlier);
  } else {
    out.append("null");
  }
  out.push_back('}');
}

std::string_view json_tail() { return "]}\n"; }

}  // namespace claimcheck::report_io

namespace claimcheck::report_io::detail {

namespace {

class json_writer final : public stream_writer {
 public:
  explicit json_writer(sink out) : stream_writer(std::move(out)) {}
  listing order() const override { return listing::found; }
  void begin(report_frame const& f) override { buf_ = json_head(f); }
  void open(discrepancy const& d, std::size_t) override {
    append_json_discrepancy_open(buf_, d, first_);
    first_ = false;
    first_claim_ = true;
  }
  void add(claim const& c) override {
    append_json_discrepancy_claim(buf_, c, first_claim_);
    first_claim_ = false;
    flush();
  }
  void close(discrepancy const& d) override {
    append_json_discrepancy_close(buf_, d);
    flush();
  }
  void end() override {
    buf_.append(json_tail());
    flush(true);
  }

 private:
  bool first_ = true, first_claim_ = true;
};

}  // namespace

std::unique_ptr<stream_writer> make_json_writer(stream_writer::sink out) {
  return std::make_unique<json_writer>(std::move(out));
}

std::string render_json(report const& r) {
  std::string out;
  json_writer w([&](std::string_view s) { out += s; });
  write_report(r, w);
  return out;
}

// ---------------------------------------------------------------------------------------------
// SARIF 2.1.0

namespace {

// The project's home page, set at configure time (-DCLAIMCHECK_HOMEPAGE=https://...). There is no
// canonical public home yet, so by default SARIF carries no informationUri/helpUri rather than
// a made-up address; both are optional in SARIF 2.1.0.
#ifndef CLAIMCHECK_HOMEPAGE
#define CLAIMCHECK_HOMEPAGE ""
#endif
constexpr std::string_view information_uri = CLAIMCHECK_HOMEPAGE;

std::string_view sarif_level(severity s) {
  switch (s) {
    case severity::error: return "error";
    case severity::warning: return "warning";
    case severity::info: return "note";
  }
  return "warning";
}

/// A relative path as a URI reference: unreserved bytes and '/' stay, the rest is %-encoded.
std::string uri_of(std::string_view path) {
  std::string out;
  for (char ch : path) {
    auto c = static_cast<unsigned char>(ch);
    bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
                c == '_' || c == '~' || c == '/';
    if (keep) {
      out.push_back(ch);
    } else {
      out += fmt::format("%{:02X}", c);
    }
  }
  return out;
}

/// Integral values as JSON integers ("33207", not "3.3207E4").
json::value number(double v) {
  if (v == std::floor(v) && std::fabs(v) < 1e15) return json::value(static_cast<std::int64_t>(v));
  return json::value(v);
}

bool has_location(claim const& c) { return !c.file.empty() && c.file != "-"; }

json::object physical_location(claim const& c) {
  json::object region;
  if (c.line_in_file > 0) {
    region["startLine"] = c.line_in_file;
    region["startColumn"] = c.column > 0 ? c.column : 1;
  } else {
    region["startLine"] = c.line > 0 ? static_cast<std::int64_t>(c.line) : 1;
    region["startColumn"] = 1;
  }
  json::object phys;
  phys["artifactLocation"] = json::object{{"uri", uri_of(c.file)}};
  phys["region"] = std::move(region);
  return phys;
}

std::string claim_summary(claim const& c) {
  return fmt::format("{}: {} ({}{})", c.id, format_interval(c.q), c.source.empty() ? "unknown source" : c.source,
                     c.date.empty() ? "" : ", " + c.date);
}

void pretty(std::string& out, json::value const& v, int indent) {
  auto pad = [&](int n) { out.append(static_cast<std::size_t>(n) * 2, ' '); };
  if (v.is_object()) {
    auto const& o = v.get_object();
    if (o.empty()) {
      out += "{}";
      return;
    }
    out += "{\n";
    bool first = true;
    for (auto const& kv : o) {
      if (!first) out += ",\n";
      first = false;
      pad(indent + 1);
      claims::append_json_string(out, kv.key());
      out += ": ";
      pretty(out, kv.value(), indent + 1);
    }
    out += "\n";
    pad(indent);
    out += "}";
  } else if (v.is_array()) {
    auto const& a = v.get_array();
    if (a.empty()) {
      out += "[]";
      return;
    }
    out += "[\n";
    bool first = true;
    for (auto const& e : a) {
      if (!first) out += ",\n";
      first = false;
      pad(indent + 1);
      pretty(out, e, indent + 1);
    }
    out += "\n";
    pad(indent);
    out += "]";
  } else if (v.is_string()) {
    claims::append_json_string(out, v.get_string());
  } else {
    out += json::serialize(v);
  }
}

}  // namespace

namespace {

/// SARIF, one result at a time. The log around the results is pretty-printed once with a
/// placeholder where they go; each result is printed as pretty() would print it in place.
class sarif_writer final : public stream_writer {
 public:
  explicit sarif_writer(sink out) : stream_writer(std::move(out)) {}
  listing order() const override { return listing::by_subject; }
  bool wants_preview() const override { return true; }

  void begin(report_frame const& r) override {
    json::array rules;
    for (auto const& k : kinds()) {
      json::object rule;
      rule["id"] = to_string(k.kind);
      rule["name"] = k.name;
      rule["shortDescription"] = json::object{{"text", k.short_text}};
      rule["fullDescription"] = json::object{{"text", k.full_text}};
      rule["help"] = json::object{{"text", k.help}};
      if (!information_uri.empty())
        rule["helpUri"] = fmt::format("{}/blob/main/docs/reports.md", information_uri);
      rule["defaultConfiguration"] = json::object{{"level", sarif_level(k.default_level)}};
      rules.push_back(std::move(rule));
    }
    json::object driver;
    driver["name"] = r.tool;
    driver["version"] = r.version;
    driver["semanticVersion"] = r.version;
    if (!information_uri.empty()) driver["informationUri"] = information_uri;
    driver["rules"] = std::move(rules);

    json::object run;
    run["tool"] = json::object{{"driver", std::move(driver)}};
    json::object inv;
    inv["executionSuccessful"] = true;
    json::array invocations;
    invocations.push_back(std::move(inv));
    run["invocations"] = std::move(invocations);
    run["results"] = placeholder;
    json::object props;
    props["files"] = r.input.files;
    props["articles"] = r.input.articles;
    props["claims"] = r.input.claims;
    props["skipped"] = r.input.skipped;
    if (r.suppressed || !r.stale_baseline.empty()) {
      props["suppressed"] = r.suppressed;
      json::array stale;
      for (auto const& s : r.stale_baseline) stale.push_back(json::string(s));
      props["stale_baseline"] = std::move(stale);
    }
    run["properties"] = std::move(props);

    json::object log;
    log["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
    log["version"] = "2.1.0";
    json::array runs;
    runs.push_back(std::move(run));
    log["runs"] = std::move(runs);

    std::string whole;
    pretty(whole, log, 0);
    whole += '\n';
    std::string mark;
    claims::append_json_string(mark, placeholder);
    auto at = whole.find(mark);
    buf_ = whole.substr(0, at);
    tail_ = whole.substr(at + mark.size());
    if (r.discrepancies == 0) {
      buf_ += "[]";
    } else {
      buf_ += "[\n";
    }
    any_ = r.discrepancies > 0;
  }

  void preview(discrepancy const& d, claim const& c) override {
    if (!outlier_at_ && d.outlier && *d.outlier == c.id) outlier_at_ = n_;
    if (has_location(c)) {
      ++located_;
      if (!first_located_) first_located_ = n_;
      if (outlier_at_ == n_) outlier_located_ = true;
    }
    // The primary location's object, in case this claim is it.
    if ((outlier_at_ == n_ && has_location(c)) || (first_located_ == n_)) {
      json::object loc;
      loc["physicalLocation"] = physical_location(c);
      loc["message"] = json::object{{"text", claim_summary(c)}};
      if (outlier_at_ == n_ && has_location(c)) {
        outlier_loc_ = std::move(loc);
      } else {
        first_loc_ = std::move(loc);
      }
    }
    ++n_;
  }

  void open(discrepancy const& d, std::size_t) override {
    primary_.reset();
    if (outlier_at_ && outlier_located_) {
      primary_ = outlier_at_;
    } else if (first_located_) {
      primary_ = first_located_;
    }
    if (!first_) buf_ += ",\n";
    first_ = false;
    pad(4);
    buf_ += "{\n";
    key(5, "ruleId", true);
    claims::append_json_string(buf_, to_string(d.kind));
    key(5, "ruleIndex");
    buf_ += std::to_string(static_cast<int>(d.kind));
    key(5, "level");
    claims::append_json_string(buf_, sarif_level(d.sev));
    std::string text = d.message;
    if (d.outlier) text += fmt::format(" (likely outlier: {})", *d.outlier);
    key(5, "message");
    pretty(buf_, json::object{{"text", text}}, 5);
    if (primary_) {
      json::array locations;
      locations.push_back(primary_ == outlier_at_ && outlier_located_ ? outlier_loc_ : first_loc_);
      key(5, "locations");
      pretty(buf_, locations, 5);
    }
    related_total_ = located_ - (primary_ ? 1 : 0);
    if (related_total_ > 0) {
      key(5, "relatedLocations");
      buf_ += "[\n";
    }
    related_id_ = 0;
    k_ = 0;
    ids_.clear();
  }

  void add(claim const& c) override {
    if (!ids_.empty()) ids_ += ",\n";
    ids_.append(7 * 2, ' ');
    claims::append_json_string(ids_, c.id);
    if (has_location(c) && primary_ != k_) {
      json::object loc;
      loc["physicalLocation"] = physical_location(c);
      loc["id"] = related_id_;
      loc["message"] = json::object{{"text", claim_summary(c)}};
      if (related_id_ > 0) buf_ += ",\n";
      ++related_id_;
      pad(6);
      pretty(buf_, loc, 6);
    }
    ++k_;
    flush();
  }

  void close(discrepancy const& d) override {
    if (related_total_ > 0) {
      buf_ += "\n";
      pad(5);
      buf_ += "]";
    }
    key(5, "partialFingerprints");
    pretty(buf_, json::object{{"claimcheck/v1", d.id}}, 5);
    key(5, "properties");
    buf_ += "{\n";
    key(6, "id", true);
    claims::append_json_string(buf_, d.id);
    key(6, "subject");
    claims::append_json_string(buf_, d.subject);
    key(6, "claims");
    if (ids_.empty()) {
      buf_ += "[]";
    } else {
      buf_ += "[\n";
      buf_ += ids_;
      buf_ += "\n";
      pad(6);
      buf_ += "]";
    }
    if (d.outlier) {
      key(6, "outlier");
      claims::append_json_string(buf_, *d.outlier);
    }
    if (d.expected_lo || d.expected_hi) {
      json::object e;
      e["lo"] = d.expected_lo ? number(*d.expected_lo) : json::value(nullptr);
      e["hi"] = d.expected_hi ? number(*d.expected_hi) : json::value(nullptr);
      key(6, "expected");
      pretty(buf_, e, 6);
    }
    if (d.residual) {
      key(6, "residual");
      pretty(buf_, number(*d.residual), 6);
    }
    buf_ += "\n";
    pad(5);
    buf_ += "}\n";
    pad(4);
    buf_ += "}";
    ids_.clear();
    // Ready for the next discrepancy's preview.
    n_ = 0;
    located_ = 0;
    outlier_at_.reset();
    first_located_.reset();
    outlier_located_ = false;
    flush();
  }

  void end() override {
    if (any_) {
      buf_ += "\n";
      pad(3);
      buf_ += "]";
    }
    buf_ += tail_;
    flush(true);
  }

 private:
  static constexpr std::string_view placeholder = "\x01claimcheck results\x01";
  void pad(int n) { buf_.append(static_cast<std::size_t>(n) * 2, ' '); }
  void key(int indent, std::string_view k, bool first = false) {
    if (!first) buf_ += ",\n";
    pad(indent);
    claims::append_json_string(buf_, k);
    buf_ += ": ";
  }

  std::string tail_, ids_;
  bool any_ = false, first_ = true, outlier_located_ = false;
  std::optional<std::size_t> outlier_at_, first_located_, primary_;
  std::size_t n_ = 0, k_ = 0, located_ = 0, related_total_ = 0;
  std::int64_t related_id_ = 0;
  json::object outlier_loc_, first_loc_;
};

}  // namespace

std::unique_ptr<stream_writer> make_sarif_writer(stream_writer::sink out) {
  return std::make_unique<sarif_writer>(std::move(out));
}

std::string render_sarif(report const& r) {
  std::string out;
  sarif_writer w([&](std::string_view s) { out += s; });
  write_report(r, w);
  return out;
}

}  // namespace claimcheck::report_io::detail
