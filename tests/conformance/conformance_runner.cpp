// Recognizers-Text conformance: runs claimcheck's quantity parser over Microsoft
// Recognizers-Text's English number, range, percent and currency specs and prints the pass
// rate per file (docs/conformance.md). A report, not a gate: the exit code only says whether
// the adapter itself worked (every file read, at least one case evaluated in each).
//
// Rules of the comparison:
//  1. Expected results are located by their Start/End (code-point offsets, End inclusive) and
//     checked against their Text; a prediction matches when its span equals or contains the
//     expected span (claimcheck's spans include the qualifier, currency and unit).
//  2. Values: NumberModel, PercentModel and CurrencyModel compare Resolution.value with the
//     quantity's value (relative 1e-6; "20%" is 20); percent results must be kind percent and
//     currency results kind money. NumberRangeModel compares both ends of the interval
//     ("(20,35]" -> lo 20, hi 35; an empty end must be open); open versus closed brackets are not
//     compared, since claimcheck's intervals are closed.
//  3. A case passes when every expected result is matched with the right value and no other
//     prediction of the model's type is left over (NumberModel: any quantity; range: a quantity
//     whose interval is not a single point; percent: kind percent; currency: kind money).
//  4. Declined cases (tests/conformance/declined.tsv, plus "upstream" for cases the reference
//     .NET implementation fails and "no_value" for results without a number) are counted by
//     class and left out of the rate.

#include "claimcheck/lexicon/lexicon.hpp"
#include "claimcheck/parser/quantity_parser.hpp"

#include <boost/json.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;
namespace json = boost::json;
using namespace claimcheck;

namespace {

struct spec_file {
  std::string model;  ///< "NumberModel", ...
  std::string path;   ///< relative to the specs directory
};

spec_file const spec_files[] = {
    {"NumberModel", "Number/English/NumberModel.json"},
    {"NumberRangeModel", "Number/English/NumberRangeModel.json"},
    {"PercentModel", "Number/English/PercentModel.json"},
    {"CurrencyModel", "NumberWithUnit/English/CurrencyModel.json"},
};

std::string lower(std::string s) {
  for (auto& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

struct decline_rule {
  std::string cls, models, target, why;
  std::regex re;
  bool applies(std::string const& model) const {
    if (models == "*") return true;
    std::istringstream ss(models);
    for (std::string m; std::getline(ss, m, ',');)
      if (m == model) return true;
    return false;
  }
};

std::vector<decline_rule> load_rules(fs::path const& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw std::runtime_error(fmt::format("{}: cannot read", file.string()));
  std::vector<decline_rule> rules;
  std::string line;
  for (std::size_t n = 1; std::getline(in, line); ++n) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cols;
    std::istringstream ss(line);
    for (std::string c; std::getline(ss, c, '\t');) cols.push_back(c);
    if (cols.size() < 5) throw std::runtime_error(fmt::format("{}:{}: expected 5 columns", file.string(), n));
    if (cols[2] != "text" && cols[2] != "before" && cols[2] != "input")
      throw std::runtime_error(fmt::format("{}:{}: unknown target '{}'", file.string(), n, cols[2]));
    try {
      rules.push_back({cols[0], cols[1], cols[2], cols[4],
                       std::regex(cols[3], std::regex::ECMAScript | std::regex::icase)});
    } catch (std::regex_error const& e) {
      throw std::runtime_error(fmt::format("{}:{}: bad pattern: {}", file.string(), n, e.what()));
    }
  }
  return rules;
}

std::optional<double> number(std::string s) {
  s.erase(std::remove(s.begin(), s.end(), ' '), s.end());
  if (!s.empty() && s.back() == '%') s.pop_back();
  if (!s.empty() && s.front() == '+') s.erase(s.begin());
  if (s.empty()) return std::nullopt;
  double v = 0;
  auto r = std::from_chars(s.data(), s.data() + s.size(), v);
  if (r.ec != std::errc{} || r.ptr != s.data() + s.size()) return std::nullopt;
  return v;
}

bool same(double a, double b) {
  double scale = std::max(std::fabs(a), std::fabs(b));
  return std::fabs(a - b) <= (scale > 0 ? 1e-6 * scale : 0.0);
}

bool same_end(std::optional<double> a, std::optional<double> b) { return (!a && !b) || (a && b && same(*a, *b)); }

// Byte offset of each code point of `s`, plus one past the end.
std::vector<std::size_t> code_point_offsets(std::string const& s) {
  std::vector<std::size_t> off;
  for (std::size_t i = 0; i < s.size(); ++i)
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) off.push_back(i);
  off.push_back(s.size());
  return off;
}

struct expected_result {
  std::string text;  ///< as the spec writes it (often lowercased)
  byte_span span;
  std::optional<double> value, lo, hi;
  bool has_value = false;
};

struct file_stats {
  std::size_t cases = 0, declined = 0, evaluated = 0, passed = 0;
  std::size_t results = 0, found = 0, correct = 0, extras = 0;
  std::size_t spec_results = 0, located_by_search = 0;  ///< every expected result read, declined included
  std::map<std::string, std::size_t> declined_by_class;
  std::vector<std::string> failures;
  std::vector<std::string> declined_cases;  ///< "class: input"
  /// Result counts over every case but "upstream" ones, declined included (for comparison with
  /// figures published for other extractors, which decline nothing).
  struct {
    std::size_t results = 0, found = 0, correct = 0, extras = 0;
  } every;
};

std::string describe(quantity const& q) {
  auto end = [](std::optional<double> v) { return v ? fmt::format("{:g}", *v) : std::string(); };
  return fmt::format("\"{}\" {} {:g} [{},{}]", q.text, to_string(q.kind), q.value, end(q.lo), end(q.hi));
}

class runner {
 public:
  runner(lexicon const& lex, std::vector<decline_rule> rules) : parser_(lex), rules_(std::move(rules)) {}

  file_stats run(spec_file const& f, fs::path const& specs) {
    file_stats st;
    auto path = specs / f.path;
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error(fmt::format("{}: cannot read", path.string()));
    std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (data.rfind("\xEF\xBB\xBF", 0) == 0) data.erase(0, 3);
    auto doc = json::parse(data);
    for (auto const& v : doc.as_array()) {
      ++st.cases;
      run_case(f.model, v.as_object(), st);
    }
    return st;
  }

 private:
  std::optional<std::string> declined(std::string const& model, json::object const& c, std::string const& input,
                                      std::vector<expected_result> const& expected) const {
    if (auto ns = c.if_contains("NotSupported"); ns && ns->is_string() && lower(std::string(ns->as_string())).find("dotnet") != std::string::npos)
      return "upstream";
    for (auto const& e : expected)
      if (!e.has_value) return "no_value";
    for (auto const& r : rules_) {
      if (!r.applies(model)) continue;
      if (r.target == "input") {
        if (std::regex_search(lower(input), r.re)) return r.cls;
        continue;
      }
      for (auto const& e : expected) {
        std::string target = r.target == "text" ? lower(e.text) : lower(input.substr(0, e.span.start));
        if (std::regex_search(target, r.re)) return r.cls;
      }
    }
    return std::nullopt;
  }

  void run_case(std::string const& model, json::object const& c, file_stats& st) {
    std::string input(c.at("Input").as_string());
    auto offsets = code_point_offsets(input);
    std::vector<expected_result> expected;
    for (auto const& rv : c.at("Results").as_array()) {
      auto const& r = rv.as_object();
      expected_result e;
      ++st.spec_results;
      e.text = std::string(r.at("Text").as_string());
      auto start = static_cast<std::size_t>(r.at("Start").to_number<std::int64_t>());
      auto end = static_cast<std::size_t>(r.at("End").to_number<std::int64_t>()) + 1;
      bool located = start < end && end < offsets.size() &&
                     lower(input.substr(offsets[start], offsets[end] - offsets[start])) == lower(e.text);
      if (located) {
        e.span = {offsets[start], offsets[end]};
      } else {
        auto pos = lower(input).find(lower(e.text));
        if (pos == std::string::npos) throw std::runtime_error(fmt::format("{}: cannot locate \"{}\" in \"{}\"", model, e.text, input));
        e.span = {pos, pos + e.text.size()};
        ++st.located_by_search;
      }
      auto const& res = r.at("Resolution").as_object();
      auto const* val = res.if_contains("value");
      if (val && val->is_string()) {
        std::string s(val->as_string());
        if (model == "NumberRangeModel") {
          auto comma = s.find(',');
          if (s.size() >= 3 && comma != std::string::npos) {
            e.lo = number(s.substr(1, comma - 1));
            e.hi = number(s.substr(comma + 1, s.size() - comma - 2));
            e.has_value = e.lo || e.hi;
          }
        } else {
          e.value = number(s);
          e.has_value = e.value.has_value();
        }
      }
      expected.push_back(std::move(e));
    }
    auto cls = declined(model, c, input, expected);
    auto t = compare(model, input, expected);
    if (!cls || *cls != "upstream") {
      st.every.results += t.results, st.every.found += t.found, st.every.correct += t.correct;
      st.every.extras += t.extras;
    }
    if (cls) {
      ++st.declined;
      ++st.declined_by_class[*cls];
      st.declined_cases.push_back(fmt::format("{}: \"{}\"", *cls, input));
      return;
    }
    ++st.evaluated;
    st.results += t.results, st.found += t.found, st.correct += t.correct, st.extras += t.extras;
    if (t.pass) ++st.passed;
    else st.failures.push_back(fmt::format("\"{}\":{}", input, t.why));
  }

  struct tally {
    std::size_t results = 0, found = 0, correct = 0, extras = 0;
    bool pass = true;
    std::string why;
  };

  tally compare(std::string const& model, std::string const& input, std::vector<expected_result> const& expected) const {
    tally t;
    auto got = parser_.parse(input).quantities;
    std::vector<bool> used(got.size(), false);
    for (auto const& e : expected) {
      ++t.results;
      // Exact span first, then the shortest prediction containing it.
      std::optional<std::size_t> best;
      for (std::size_t i = 0; i < got.size(); ++i) {
        if (used[i] || got[i].span.start > e.span.start || got[i].span.end < e.span.end) continue;
        if (!best || got[i].span.end - got[i].span.start < got[*best].span.end - got[*best].span.start) best = i;
      }
      if (!best) {
        t.pass = false;
        t.why += fmt::format(" missed \"{}\";", e.text);
        continue;
      }
      used[*best] = true;
      ++t.found;
      auto const& q = got[*best];
      bool ok = true;  // a result without a value (declined "no_value") is right when found
      if (e.has_value) {
        if (model == "NumberRangeModel") ok = same_end(q.lo, e.lo) && same_end(q.hi, e.hi);
        else ok = same(q.value, *e.value);
      }
      if (model == "PercentModel") ok = ok && q.kind == quantity_kind::percent;
      if (model == "CurrencyModel") ok = ok && q.kind == quantity_kind::money;
      if (ok) {
        ++t.correct;
      } else {
        t.pass = false;
        auto end = [](std::optional<double> v) { return v ? fmt::format("{:g}", *v) : std::string(); };
        auto want = model == "NumberRangeModel" ? fmt::format("[{},{}]", end(e.lo), end(e.hi)) : end(e.value);
        t.why += fmt::format(" \"{}\": expected {}, got {};", e.text, want, describe(q));
      }
    }
    for (std::size_t i = 0; i < got.size(); ++i) {
      if (used[i]) continue;
      auto const& q = got[i];
      bool relevant = model == "NumberModel" ||
                      (model == "NumberRangeModel" && !(q.lo && q.hi && same(*q.lo, *q.hi))) ||
                      (model == "PercentModel" && q.kind == quantity_kind::percent) ||
                      (model == "CurrencyModel" && q.kind == quantity_kind::money);
      if (!relevant) continue;
      ++t.extras;
      t.pass = false;
      t.why += fmt::format(" extra {};", describe(q));
    }
    return t;
  }

  parser::quantity_parser parser_;
  std::vector<decline_rule> rules_;
};

std::string percent(std::size_t a, std::size_t b) {
  return b ? fmt::format("{:.1f}%", 100.0 * static_cast<double>(a) / static_cast<double>(b)) : std::string("-");
}

}  // namespace

int main(int argc, char** argv) {
  fs::path specs, grammars, declined_file;
  std::size_t details = 0;
  bool list_declined = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto next = [&]() -> std::string {
      if (i + 1 >= argc) throw std::invalid_argument(a + " needs a value");
      return argv[++i];
    };
    try {
      if (a == "--specs") specs = next();
      else if (a == "--grammars") grammars = next();
      else if (a == "--declined") declined_file = next();
      else if (a == "--details") details = std::stoul(next());
      else if (a == "--list-declined") list_declined = true;
      else throw std::invalid_argument("unknown option " + a);
    } catch (std::exception const& e) {
      std::cerr << fmt::format("conformance_runner: {}\n", e.what());
      return 2;
    }
  }
  if (specs.empty() || grammars.empty() || declined_file.empty()) {
    std::cerr << "usage: conformance_runner --specs DIR --grammars DIR --declined FILE [--details N] [--list-declined]\n";
    return 2;
  }
  try {
    auto lex = lexicon::load(grammars);
    runner r(lex, load_rules(declined_file));
    std::vector<std::pair<std::string, file_stats>> all;
    for (auto const& f : spec_files) all.emplace_back(f.model, r.run(f, specs));

    std::cout << "Recognizers-Text English specs through claimcheck's quantity parser\n\n";
    std::cout << fmt::format("{:<18} {:>6} {:>9} {:>10} {:>7} {:>10} {:>7} {:>8} {:>7} {:>8} {:>7}\n", "file", "cases",
                             "declined", "evaluated", "passed", "pass rate", "of all", "results", "found", "correct",
                             "extras");
    file_stats total;
    for (auto const& [model, st] : all) {
      std::cout << fmt::format("{:<18} {:>6} {:>9} {:>10} {:>7} {:>10} {:>7} {:>8} {:>7} {:>8} {:>7}\n", model,
                               st.cases, st.declined, st.evaluated, st.passed, percent(st.passed, st.evaluated),
                               percent(st.passed, st.cases), st.results, st.found, st.correct, st.extras);
      total.cases += st.cases, total.declined += st.declined, total.evaluated += st.evaluated;
      total.passed += st.passed, total.results += st.results, total.found += st.found;
      total.correct += st.correct, total.extras += st.extras;
      for (auto const& [k, n] : st.declined_by_class) total.declined_by_class[k] += n;
    }
    std::cout << fmt::format("{:<18} {:>6} {:>9} {:>10} {:>7} {:>10} {:>7} {:>8} {:>7} {:>8} {:>7}\n", "all",
                             total.cases, total.declined, total.evaluated, total.passed,
                             percent(total.passed, total.evaluated), percent(total.passed, total.cases), total.results,
                             total.found, total.correct, total.extras);

    // Result-level value figures: precision = right values / (matched + extra predictions),
    // recall = right values / expected results.
    auto prf = [](std::size_t correct, std::size_t found, std::size_t extras, std::size_t results) {
      double p = found + extras ? static_cast<double>(correct) / static_cast<double>(found + extras) : 0;
      double r = results ? static_cast<double>(correct) / static_cast<double>(results) : 0;
      double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
      return fmt::format("{:>9.1f} {:>7.1f} {:>6.1f}", 100 * p, 100 * r, 100 * f);
    };
    std::cout << fmt::format("\nvalue precision / recall / F1 per expected result (percent)\n{:<18} {:>9} {:>7} {:>6}   {:>9} {:>7} {:>6}\n",
                             "", "evaluated", "", "", "every", "", "");
    std::cout << fmt::format("{:<18} {:>9} {:>7} {:>6}   {:>9} {:>7} {:>6}\n", "file", "P", "R", "F1", "P", "R", "F1");
    for (auto const& [model, st] : all) {
      std::cout << fmt::format("{:<18} {}   {}\n", model, prf(st.correct, st.found, st.extras, st.results),
                               prf(st.every.correct, st.every.found, st.every.extras, st.every.results));
      total.every.results += st.every.results, total.every.found += st.every.found;
      total.every.correct += st.every.correct, total.every.extras += st.every.extras;
    }
    std::cout << fmt::format("{:<18} {}   {}\n", "all", prf(total.correct, total.found, total.extras, total.results),
                             prf(total.every.correct, total.every.found, total.every.extras, total.every.results));

    std::cout << "\ndeclined cases by class\n";
    std::cout << fmt::format("{:<16}", "class");
    for (auto const& [model, st] : all) std::cout << fmt::format(" {:>17}", model);
    std::cout << fmt::format(" {:>6}\n", "all");
    for (auto const& [cls, n] : total.declined_by_class) {
      std::cout << fmt::format("{:<16}", cls);
      for (auto const& [model, st] : all) {
        auto it = st.declined_by_class.find(cls);
        std::cout << fmt::format(" {:>17}", it == st.declined_by_class.end() ? 0 : it->second);
      }
      std::cout << fmt::format(" {:>6}\n", n);
    }

    if (details > 0) {
      for (auto const& [model, st] : all) {
        if (st.failures.empty()) continue;
        std::cout << fmt::format("\n{}: first {} of {} failing cases\n", model, std::min(details, st.failures.size()),
                                 st.failures.size());
        for (std::size_t i = 0; i < st.failures.size() && i < details; ++i) std::cout << "  " << st.failures[i] << '\n';
      }
    }

    if (list_declined) {
      for (auto const& [model, st] : all) {
        std::cout << fmt::format("\n{}: {} declined cases\n", model, st.declined_cases.size());
        for (auto const& d : st.declined_cases) std::cout << "  " << d << '\n';
      }
    }

    // The adapter works when every file gave cases and at least one was evaluated and located.
    int rc = 0;
    for (auto const& [model, st] : all) {
      if (st.cases == 0 || st.evaluated == 0 || st.results == 0) {
        std::cerr << fmt::format("conformance_runner: {}: nothing evaluated\n", model);
        rc = 1;
      }
      if (st.located_by_search * 10 > st.spec_results) {
        std::cerr << fmt::format("conformance_runner: {}: {} results not at their Start/End offsets\n", model,
                                 st.located_by_search);
        rc = 1;
      }
    }
    return rc;
  } catch (std::exception const& e) {
    std::cerr << fmt::format("conformance_runner: {}\n", e.what());
    return 2;
  }
}
