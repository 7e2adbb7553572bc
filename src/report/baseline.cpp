// Baselines: a text file of known discrepancy ids, so CI fails only on new ones.
//
// Format (one entry per line, TAB-separated; '#' starts a comment line; blank lines ignored):
//   ID <TAB> KIND <TAB> SEVERITY <TAB> DESCRIPTION
// Only ID is required when a line is written by hand; KIND and SEVERITY, when present, must be
// known names. Entries are written sorted by id so the file diffs well under version control.

#include "claimcheck/report/writers.hpp"

#include "common.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <set>
#include <stdexcept>

namespace claimcheck::report_io {
namespace {

constexpr std::size_t max_description_bytes = 160;

/// Cuts `s` to at most `n` bytes on a UTF-8 boundary, marking the cut with an ellipsis.
std::string truncate_utf8(std::string s, std::size_t n) {
  if (s.size() <= n) return s;
  std::size_t cut = n;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xc0) == 0x80) --cut;
  s.resize(cut);
  return s + "…";
}

bool valid_id(std::string_view id) {
  if (id.empty()) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '_' ||
           c == ':' || c == '.';
  });
}

std::vector<std::string_view> split_tabs(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (true) {
    auto tab = s.find('\t', start);
    out.push_back(s.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return out;
}

std::optional<discrepancy_kind> kind_from(std::string_view s) {
  for (auto const& k : detail::kinds()) {
    if (to_string(k.kind) == s) return k.kind;
  }
  return std::nullopt;
}

}  // namespace

std::vector<baseline_entry> read_baseline(std::string const& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(fmt::format("{}: cannot read baseline: {}", path, std::strerror(errno)));
  std::vector<baseline_entry> out;
  std::string line;
  std::size_t n = 0;
  auto fail = [&](std::string const& reason) {
    return std::runtime_error(fmt::format("{}:{}: {}", path, n, reason));
  };
  while (std::getline(in, line)) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    auto first = line.find_first_not_of(" \t");
    if (first == std::string::npos || line[first] == '#') continue;
    auto fields = split_tabs(line);
    baseline_entry e;
    e.id = std::string(fields[0]);
    if (!valid_id(e.id)) {
      throw fail(fmt::format("malformed baseline entry (expected ID<TAB>KIND<TAB>SEVERITY<TAB>DESCRIPTION, "
                             "got id '{}')",
                             detail::strip_controls(truncate_utf8(e.id, 40))));
    }
    if (fields.size() > 1 && !fields[1].empty()) {
      if (!kind_from(fields[1])) throw fail(fmt::format("unknown discrepancy kind '{}'", detail::strip_controls(fields[1])));
      e.kind = std::string(fields[1]);
    }
    if (fields.size() > 2 && !fields[2].empty()) {
      if (!severity_from(fields[2])) throw fail(fmt::format("unknown severity '{}'", detail::strip_controls(fields[2])));
      e.severity = std::string(fields[2]);
    }
    if (fields.size() > 3) {
      std::string rest;
      for (std::size_t i = 3; i < fields.size(); ++i) rest += (i > 3 ? " " : "") + std::string(fields[i]);
      e.description = std::move(rest);
    }
    out.push_back(std::move(e));
  }
  if (in.bad()) throw std::runtime_error(fmt::format("{}: cannot read baseline: {}", path, std::strerror(errno)));
  return out;
}

std::string baseline_head(std::string_view tool, std::string_view version) {
  return fmt::format(
      "# claimcheck baseline ({} {}): known discrepancies, hidden by `claimcheck check --baseline FILE`\n"
      "# id\tkind\tseverity\tdescription\n",
      tool, version);
}

void append_baseline_entry(std::string& out, discrepancy const& d) {
  auto desc = truncate_utf8(detail::strip_controls(fmt::format("{}: {}", d.subject, d.message)), max_description_bytes);
  out += fmt::format("{}\t{}\t{}\t{}\n", d.id, to_string(d.kind), to_string(d.sev), desc);
}

std::string render_baseline(report const& r) {
  std::vector<discrepancy const*> ds;
  for (auto const& d : r.discrepancies) ds.push_back(&d);
  std::stable_sort(ds.begin(), ds.end(), [](auto const* a, auto const* b) { return a->id < b->id; });
  std::string out = baseline_head(r.tool, r.version);
  std::string_view last;
  bool any = false;
  for (auto const* d : ds) {
    if (any && d->id == last) continue;
    any = true;
    last = d->id;
    append_baseline_entry(out, *d);
  }
  return out;
}

void apply_baseline(report& r, std::vector<baseline_entry> const& baseline) {
  std::set<std::string> ids;
  for (auto const& e : baseline) ids.insert(e.id);
  std::set<std::string> matched;
  auto before = r.discrepancies.size();
  std::erase_if(r.discrepancies, [&](discrepancy const& d) {
    if (!ids.count(d.id)) return false;
    matched.insert(d.id);
    return true;
  });
  r.suppressed += before - r.discrepancies.size();
  std::set<std::string> listed;
  for (auto const& e : baseline) {
    if (!matched.count(e.id) && listed.insert(e.id).second) r.stale_baseline.push_back(e.id);
  }
}

}  // namespace claimcheck::report_io
