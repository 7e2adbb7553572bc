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

std::string json_head(report const& r) {
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

void append_json_discrepancy(std::string& out, discrepancy const& d, bool first) {
  append_json_discrepancy_open(out, d, first);
  for (std::size_t i = 0; i < d.claims.size(); ++i) append_json_discrepancy_claim(out, d.claims[i], i == 0);
  append_json_discrepancy_close(out, d);
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

std::string render_json(report const& r) {
  std::string out = json_head(r);
  bool first = true;
  for (auto const& d : r.discrepancies) {
    append_json_discrepancy(out, d, first);
    first = false;
  }
  out.append(json_tail());
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

std::string render_sarif(report const& r) {
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

  json::array results;
  for (auto const& g : group_by_subject(r)) {
    for (auto const* d : g.items) {
      json::object res;
      res["ruleId"] = to_string(d->kind);
      res["ruleIndex"] = static_cast<int>(d->kind);
      res["level"] = sarif_level(d->sev);
      std::string text = d->message;
      if (d->outlier) text += fmt::format(" (likely outlier: {})", *d->outlier);
      res["message"] = json::object{{"text", text}};

      // The primary location is the likely outlier when it has one, else the first claim that does.
      claim const* primary = nullptr;
      if (d->outlier) {
        if (auto const* o = find_claim(*d, *d->outlier); o && has_location(*o)) primary = o;
      }
      for (auto const& c : d->claims) {
        if (!primary && has_location(c)) primary = &c;
      }
      json::array locations, related;
      int related_id = 0;
      for (auto const& c : d->claims) {
        if (!has_location(c)) continue;
        json::object loc;
        loc["physicalLocation"] = physical_location(c);
        if (&c == primary) {
          loc["message"] = json::object{{"text", claim_summary(c)}};
          locations.push_back(std::move(loc));
        } else {
          loc["id"] = related_id++;
          loc["message"] = json::object{{"text", claim_summary(c)}};
          related.push_back(std::move(loc));
        }
      }
      if (!locations.empty()) res["locations"] = std::move(locations);
      if (!related.empty()) res["relatedLocations"] = std::move(related);
      res["partialFingerprints"] = json::object{{"claimcheck/v1", d->id}};

      json::object props;
      props["id"] = d->id;
      props["subject"] = d->subject;
      json::array ids;
      for (auto const& c : d->claims) ids.push_back(json::string(c.id));
      props["claims"] = std::move(ids);
      if (d->outlier) props["outlier"] = *d->outlier;
      if (d->expected_lo || d->expected_hi) {
        json::object e;
        e["lo"] = d->expected_lo ? number(*d->expected_lo) : json::value(nullptr);
        e["hi"] = d->expected_hi ? number(*d->expected_hi) : json::value(nullptr);
        props["expected"] = std::move(e);
      }
      if (d->residual) props["residual"] = number(*d->residual);
      res["properties"] = std::move(props);
      results.push_back(std::move(res));
    }
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
  run["results"] = std::move(results);
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

  std::string out;
  pretty(out, log, 0);
  out += '\n';
  return out;
}

}  // namespace claimcheck::report_io::detail
