// Reading the gold annotations and the thresholds file (formats in docs/corpus.md, docs/eval.md).

#include "claimcheck/eval/eval.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <fstream>
#include <set>
#include <sstream>
#include <string_view>
#include <unordered_map>

namespace claimcheck::eval {

std::string gold_error::to_string() const {
  return line ? fmt::format("{}:{}: {}", file, line, reason) : fmt::format("{}: {}", file, reason);
}

namespace {

namespace fs = std::filesystem;

struct tsv_line {
  std::size_t number = 0;
  std::vector<std::string> cols;
  std::string const& at(std::size_t i) const {
    static std::string const empty;
    return i < cols.size() ? cols[i] : empty;
  }
};

// Data lines of a TAB-separated file: CR dropped, blank and '#' lines skipped, empty cells kept.
std::optional<std::vector<tsv_line>> read_tsv(fs::path const& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return std::nullopt;
  std::vector<tsv_line> out;
  std::string s;
  std::size_t n = 0;
  while (std::getline(in, s)) {
    ++n;
    if (!s.empty() && s.back() == '\r') s.pop_back();
    auto first = s.find_first_not_of(" \t");
    if (first == std::string::npos || s[first] == '#') continue;
    tsv_line l;
    l.number = n;
    std::size_t pos = 0;
    for (;;) {
      auto tab = s.find('\t', pos);
      l.cols.push_back(s.substr(pos, tab == std::string::npos ? std::string::npos : tab - pos));
      if (tab == std::string::npos) break;
      pos = tab + 1;
    }
    out.push_back(std::move(l));
  }
  return out;
}

std::optional<double> parse_double(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  if (s.empty()) return std::nullopt;
  if (s.front() == '+') s.remove_prefix(1);
  double v = 0;
  auto r = std::from_chars(s.data(), s.data() + s.size(), v);
  if (r.ec != std::errc{} || r.ptr != s.data() + s.size()) return std::nullopt;
  return v;
}

std::optional<std::size_t> parse_occ(std::string_view s) {
  if (s.empty()) return 1;
  std::size_t v = 0;
  auto r = std::from_chars(s.data(), s.data() + s.size(), v);
  if (r.ec != std::errc{} || r.ptr != s.data() + s.size() || v == 0) return std::nullopt;
  return v;
}

bool blank(std::string const& s) { return s.empty() || s == "-"; }

class resolver {
 public:
  explicit resolver(std::vector<article> const& articles) {
    for (auto const& a : articles) by_id_.emplace(a.id, &a);
  }
  bool known(std::string const& id) const { return by_id_.count(id) > 0; }

  /// The byte span of the occ-th occurrence (1-based) of `text` in article `id`, or a reason.
  std::optional<span_key> resolve(std::string const& id, std::string const& text, std::size_t occ,
                                  std::string& reason) const {
    auto it = by_id_.find(id);
    if (it == by_id_.end()) {
      reason = fmt::format("unknown article '{}'", id);
      return std::nullopt;
    }
    if (text.empty()) {
      reason = "empty quantity text";
      return std::nullopt;
    }
    std::string const& t = it->second->text;
    std::size_t pos = std::string::npos, found = 0;
    for (std::size_t from = 0; found < occ; from = pos + 1) {
      pos = t.find(text, from);
      if (pos == std::string::npos) break;
      ++found;
    }
    if (found < occ) {
      reason = found == 0 ? fmt::format("'{}' not found in article '{}'", text, id)
                          : fmt::format("'{}' occurs {} times in article '{}', not {}", text, found, id, occ);
      return std::nullopt;
    }
    return span_key{id, pos, pos + text.size()};
  }

  /// "ARTICLE:TEXT#OCC" (OCC optional, default 1); the article is the first known id before a ':'.
  std::optional<span_key> resolve_ref(std::string_view ref, std::string& reason) const {
    std::size_t occ = 1;
    auto hash = ref.rfind('#');
    if (hash != std::string_view::npos) {
      auto o = parse_occ(ref.substr(hash + 1));
      if (o && hash + 1 < ref.size()) {
        occ = *o;
        ref = ref.substr(0, hash);
      }
    }
    for (auto colon = ref.find(':'); colon != std::string_view::npos; colon = ref.find(':', colon + 1)) {
      std::string id(ref.substr(0, colon));
      if (known(id)) return resolve(id, std::string(ref.substr(colon + 1)), occ, reason);
    }
    reason = fmt::format("claim reference '{}' names no known article (expected ARTICLE:TEXT#OCC)", ref);
    return std::nullopt;
  }

 private:
  std::unordered_map<std::string, article const*> by_id_;
};

// Splits "a:x#1,b:y, z#2" at the commas that end an item ("#digits" before them), so that a
// quantity text may itself contain commas ("33,207").
std::vector<std::string> split_refs(std::string_view s) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != ',') continue;
    std::size_t j = i;
    while (j > start && s[j - 1] >= '0' && s[j - 1] <= '9') --j;
    if (j < i && j > start && s[j - 1] == '#') {
      out.emplace_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  if (start < s.size()) out.emplace_back(s.substr(start));
  for (auto& r : out) {
    while (!r.empty() && r.front() == ' ') r.erase(r.begin());
    while (!r.empty() && r.back() == ' ') r.pop_back();
  }
  return out;
}

bool valid_discrepancy_kind(std::string const& k) {
  static std::set<std::string, std::less<>> const kinds = {"contradiction", "temporal", "part_whole",
                                                           "sum",           "fraction", "duration"};
  return kinds.count(k) > 0;
}

}  // namespace

gold_set load_gold(fs::path const& gold_dir, std::vector<article> const& articles) {
  gold_set g;
  resolver res(articles);
  auto error = [&](fs::path const& f, std::size_t line, std::string reason) {
    g.errors.push_back({f.string(), line, std::move(reason)});
  };
  auto read = [&](char const* name, std::size_t min_cols, auto&& on_row) {
    auto file = gold_dir / name;
    if (!fs::exists(file)) return;
    auto rows = read_tsv(file);
    if (!rows) {
      error(file, 0, "cannot read file");
      return;
    }
    for (auto const& r : *rows) {
      if (r.cols.size() < min_cols) {
        error(file, r.number, fmt::format("expected at least {} TAB-separated columns, found {}", min_cols, r.cols.size()));
        continue;
      }
      on_row(file, r);
    }
  };
  // Resolves columns (article, text, occ) starting at `col`.
  auto locate = [&](fs::path const& file, tsv_line const& r, std::size_t col) -> std::optional<span_key> {
    auto occ = parse_occ(r.at(col + 2));
    if (!occ) {
      error(file, r.number, fmt::format("bad occurrence '{}' (expected a number >= 1)", r.at(col + 2)));
      return std::nullopt;
    }
    std::string reason;
    auto at = res.resolve(r.at(col), r.at(col + 1), *occ, reason);
    if (!at) error(file, r.number, reason);
    return at;
  };

  read("quantities.tsv", 7, [&](fs::path const& file, tsv_line const& r) {
    auto at = locate(file, r, 0);
    if (!at) return;
    gold_quantity q;
    q.at = *at;
    q.text = r.at(1);
    auto v = parse_double(r.at(3));
    if (!v) return error(file, r.number, fmt::format("bad value '{}'", r.at(3)));
    q.value = *v;
    for (auto [col, slot] : {std::pair{4, &q.lo}, std::pair{5, &q.hi}}) {
      if (blank(r.at(col))) continue;
      auto b = parse_double(r.at(col));
      if (!b) return error(file, r.number, fmt::format("bad bound '{}'", r.at(col)));
      *slot = *b;
    }
    q.kind = r.at(6);
    if (!quantity_kind_from(q.kind)) return error(file, r.number, fmt::format("unknown kind '{}'", q.kind));
    q.unit = blank(r.at(7)) ? "" : r.at(7);
    g.quantities.push_back(std::move(q));
  });

  read("claims.tsv", 5, [&](fs::path const& file, tsv_line const& r) {
    auto at = locate(file, r, 0);
    if (!at) return;
    gold_claim c;
    c.at = *at;
    c.text = r.at(1);
    auto field = [&](std::size_t i) { return blank(r.at(i)) ? std::string() : r.at(i); };
    c.subject = field(3);
    c.predicate = field(4);
    c.modality = field(5).empty() ? std::string("asserted") : field(5);
    c.date = field(6);
    c.date_basis = field(7) == "none" ? std::string() : field(7);
    c.source = field(8);
    if (!modality_from(c.modality)) return error(file, r.number, fmt::format("unknown modality '{}'", c.modality));
    if (!c.date_basis.empty() && !date_basis_from(c.date_basis))
      return error(file, r.number, fmt::format("unknown date basis '{}'", c.date_basis));
    g.claims.push_back(std::move(c));
  });

  read("relations.tsv", 5, [&](fs::path const& file, tsv_line const& r) {
    auto from = locate(file, r, 0);
    if (!from) return;
    if (!relation_kind_from(r.at(3))) return error(file, r.number, fmt::format("unknown relation kind '{}'", r.at(3)));
    auto occ = parse_occ(r.at(5));
    if (!occ) return error(file, r.number, fmt::format("bad target occurrence '{}'", r.at(5)));
    std::string reason;
    auto to = res.resolve(r.at(0), r.at(4), *occ, reason);
    if (!to) return error(file, r.number, "target: " + reason);
    g.relations.push_back({*from, r.at(3), *to, r.at(1), r.at(4)});
  });

  read("discrepancies.tsv", 2, [&](fs::path const& file, tsv_line const& r) {
    gold_discrepancy d;
    d.kind = r.at(0);
    d.line = r.number;
    d.note = r.at(3);
    if (!valid_discrepancy_kind(d.kind)) return error(file, r.number, fmt::format("unknown discrepancy kind '{}'", d.kind));
    bool ok = true;
    for (auto const& ref : split_refs(r.at(1))) {
      std::string reason;
      auto at = res.resolve_ref(ref, reason);
      if (!at) {
        error(file, r.number, reason);
        ok = false;
        continue;
      }
      d.claims.push_back(*at);
    }
    if (!ok) return;
    if (d.claims.empty()) return error(file, r.number, "no claims listed");
    if (!blank(r.at(2))) {
      std::string reason;
      auto at = res.resolve_ref(r.at(2), reason);
      if (!at) return error(file, r.number, "outlier: " + reason);
      if (std::find(d.claims.begin(), d.claims.end(), *at) == d.claims.end())
        return error(file, r.number, fmt::format("outlier '{}' is not one of the listed claims", r.at(2)));
      d.outlier = *at;
    }
    g.discrepancies.push_back(std::move(d));
  });

  auto clean_file = gold_dir / "clean.txt";
  if (fs::exists(clean_file)) {
    std::ifstream in(clean_file, std::ios::binary);
    std::string s;
    std::size_t n = 0;
    std::set<std::string> seen;
    while (std::getline(in, s)) {
      ++n;
      if (!s.empty() && s.back() == '\r') s.pop_back();
      while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.pop_back();
      auto first = s.find_first_not_of(" \t");
      if (first == std::string::npos || s[first] == '#') continue;
      s = s.substr(first);
      if (!res.known(s)) {
        error(clean_file, n, fmt::format("unknown article '{}'", s));
        continue;
      }
      if (seen.insert(s).second) g.clean.push_back(s);
    }
  }
  return g;
}

thresholds load_thresholds(fs::path const& file) {
  thresholds th;
  if (!fs::exists(file)) return th;
  auto rows = read_tsv(file);
  if (!rows) {
    th.errors.push_back({file.string(), 0, "cannot read file"});
    return th;
  }
  for (auto const& r : *rows) {
    // Accept TAB or runs of spaces between the two columns.
    std::vector<std::string> cols;
    for (auto const& c : r.cols) {
      std::istringstream ss(c);
      for (std::string w; ss >> w;) cols.push_back(w);
    }
    if (cols.size() != 2) {
      th.errors.push_back({file.string(), r.number, "expected two columns: metric and minimum"});
      continue;
    }
    auto v = parse_double(cols[1]);
    if (!v || *v < 0 || *v > 1) {
      th.errors.push_back({file.string(), r.number, fmt::format("bad minimum '{}' (expected 0 to 1)", cols[1])});
      continue;
    }
    th.rows.push_back({cols[0], *v, r.number});
  }
  return th;
}

}  // namespace claimcheck::eval
