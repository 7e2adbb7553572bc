#pragma once
// The fuzz targets' bodies, header-only so that the libFuzzer mains in fuzz/ and the replay
// test in tests/fuzz/ run exactly the same code on an input.
//
// Each target feeds the bytes to one entry point and checks the guarantees its header makes;
// a broken guarantee throws invariant_error (the libFuzzer mains turn any exception into an
// abort, so it is reported as a crash; the replay test reports it as a failure).
//   quantity    parser::quantity_parser::parse, whole buffer and a sub-span as the sentence, each
//               also through a prepared_text of the buffer (the same result)
//   fast_path   parser::parse_expression (the scanner's fast path in front of X3) against
//               parser::parse_expression_x3 (the grammar alone) at every start position:
//               a differential target, every field and the end position must agree
//   extract     claims::extractor::extract on an article with the bytes (repaired to UTF-8)
//   feed_jsonl  feed::read_buffer as "fuzz.jsonl"   (likewise feed_html, feed_text)
//   gzip        feed::read_buffer as .jsonl.gz/.html.gz/.txt.gz, chosen by the first byte

#include "claimcheck/claims/extractor.hpp"
#include "claimcheck/claims/json.hpp"
#include "claimcheck/feed/reader.hpp"
#include "claimcheck/lexicon/lexicon.hpp"
#include "claimcheck/model.hpp"
#include "claimcheck/parser/quantity_parser.hpp"
#include "claimcheck/text/utf8.hpp"
#include "parser/grammar.hpp"
#include "parser/tables.hpp"

#include <fmt/format.h>

#include <array>
#include <cstring>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>

namespace claimcheck::fuzzing {

struct invariant_error : std::logic_error {
  using std::logic_error::logic_error;
};

#define CLAIMCHECK_FUZZ_CHECK(cond)                                                                          \
  ((cond) ? (void)0                                                                                          \
          : throw ::claimcheck::fuzzing::invariant_error(fmt::format("{}:{}: invariant broken: {}", __FILE__, \
                                                                     __LINE__, #cond)))

inline constexpr std::array<std::string_view, 7> target_names = {"quantity",  "fast_path", "extract", "feed_jsonl",
                                                                 "feed_html", "feed_text", "gzip"};

/// The contract's span rule: text[span] is exactly quantity.text, inside `limit`; lo <= hi.
inline void check_quantity(std::string_view text, byte_span limit, quantity const& q) {
  CLAIMCHECK_FUZZ_CHECK(q.span.start <= q.span.end);
  CLAIMCHECK_FUZZ_CHECK(limit.start <= q.span.start && q.span.end <= limit.end);
  CLAIMCHECK_FUZZ_CHECK(text.substr(q.span.start, q.span.end - q.span.start) == q.text);
  CLAIMCHECK_FUZZ_CHECK(!(q.lo && q.hi) || *q.lo <= *q.hi);
}

inline void check_parse(std::string_view text, byte_span sentence, parser::parse_result const& r) {
  for (auto const& q : r.quantities) check_quantity(text, sentence, q);
  for (auto const& d : r.dates)
    CLAIMCHECK_FUZZ_CHECK(sentence.start <= d.span.start && d.span.start <= d.span.end && d.span.end <= sentence.end);
}

/// Bit-for-bit equality of two doubles (so NaN == NaN, and 0.0 != -0.0).
inline bool same_bits(double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0; }

inline bool same_bounds(std::optional<double> a, std::optional<double> b) {
  return a.has_value() == b.has_value() && (!a || same_bits(*a, *b));
}

/// Two parse results alike in every field (doubles bit for bit).
inline bool same_parse(parser::parse_result const& a, parser::parse_result const& b) {
  if (a.quantities.size() != b.quantities.size() || a.dates.size() != b.dates.size()) return false;
  for (std::size_t k = 0; k < a.quantities.size(); ++k) {
    auto const& x = a.quantities[k];
    auto const& y = b.quantities[k];
    if (x.text != y.text || x.span.start != y.span.start || x.span.end != y.span.end || !same_bits(x.value, y.value) ||
        !same_bounds(x.lo, y.lo) || !same_bounds(x.hi, y.hi) || x.qualifier != y.qualifier || x.kind != y.kind ||
        x.unit != y.unit)
      return false;
  }
  for (std::size_t k = 0; k < a.dates.size(); ++k) {
    auto const& x = a.dates[k];
    auto const& y = b.dates[k];
    if (x.span.start != y.span.start || x.span.end != y.span.end || x.year != y.year || x.month != y.month ||
        x.day != y.day || x.weekday != y.weekday || x.since != y.since)
      return false;
  }
  return true;
}

/// Takes out of `prepared` (built from `text`) every word start that a caller may take out
/// (parser::prepared_text::quieter): each run of ASCII letters at a word start that is none of
/// `starts` (quantity_parser::start_words) once lowercased and that no '$' follows, as the
/// extractor does for the words of its vocabulary. Returns how many it took out.
inline std::size_t quiet_every_run(parser::prepared_text& prepared, std::string_view text,
                                   std::set<std::string, std::less<>> const& starts) {
  auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  auto word_byte = [&](char c) { return letter(c) || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80; };
  auto const q = prepared.quiet();
  std::size_t taken = 0;
  std::string run;
  for (std::size_t p = 0; p < text.size(); ++p) {
    if (!letter(text[p]) || (p > 0 && word_byte(text[p - 1]))) continue;
    run.clear();
    std::size_t e = p;
    for (; e < text.size() && letter(text[e]); ++e) run += static_cast<char>(text[e] >= 'A' && text[e] <= 'Z' ? text[e] - 'A' + 'a' : text[e]);
    if (starts.count(run) || (e < text.size() && text[e] == '$')) continue;
    q.quiet(p);
    ++taken;
  }
  return taken;
}

inline void fuzz_quantity(parser::quantity_parser const& p, std::string_view text) {
  auto const whole = p.parse(text);
  check_parse(text, {0, text.size()}, whole);
  // The same sentences read through the text's prepared copy and classes (as the extractor
  // parses): the same results.
  parser::prepared_text prepared;
  prepared.build(text);
  parser::parse_result r;
  p.parse(text, {0, text.size()}, prepared, r);
  CLAIMCHECK_FUZZ_CHECK(same_parse(whole, r));
  // A sentence in the middle of a buffer: nothing may leak outside it.
  if (text.size() >= 2) {
    byte_span inner{text.size() / 4, text.size() - text.size() / 4};
    auto const alone = p.parse(text, inner);
    check_parse(text, inner, alone);
    p.parse(text, inner, prepared, r);
    CLAIMCHECK_FUZZ_CHECK(same_parse(alone, r));
  }
  // ... and with every word start a caller may take out taken out (prepared_text::quieter)
  auto const words = p.start_words();
  quiet_every_run(prepared, text, {words.begin(), words.end()});
  p.parse(text, {0, text.size()}, prepared, r);
  CLAIMCHECK_FUZZ_CHECK(same_parse(whole, r));
  if (text.size() >= 2) {
    byte_span inner{text.size() / 4, text.size() - text.size() / 4};
    p.parse(text, inner, prepared, r);
    CLAIMCHECK_FUZZ_CHECK(same_parse(p.parse(text, inner), r));
  }
}

inline bool same_numeral(parser::ast::numeral const& a, parser::ast::numeral const& b) {
  return same_bits(a.value, b.value) && same_bits(a.unit, b.unit) && a.words == b.words && a.weak == b.weak &&
         a.grouped == b.grouped && a.digits == b.digits;
}

/// The fast path's promise (src/parser/grammar.hpp): parse_expression returns exactly what
/// parse_expression_x3 returns, on every input. Tries both at every start position of `s`,
/// lowercased as the scanner hands it over; returns the first position where they disagree
/// (success, end position or any field, bit for bit), or npos. `settled` counts the parses
/// both made. (Also run by tests/parser/fast_path_test.cpp.)
inline std::size_t fast_path_disagreement(parser::tables const& tabs, std::string s, long& settled) {
  for (auto& c : s) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  char const* const end = s.data() + s.size();
  for (std::size_t i = 0; i < s.size(); ++i) {
    parser::ast::expression fast, slow;
    fast.unit = "left over";  // what an earlier attempt leaves behind: a success must set every field
    fast.qualifier = 3;
    slow.unit = "from before";
    char const* f1 = s.data() + i;
    char const* f2 = s.data() + i;
    bool const r1 = parser::parse_expression(tabs, f1, end, fast);
    bool const r2 = parser::parse_expression_x3(tabs, f2, end, slow);
    if (r1 != r2) return i;
    if (!r1) continue;
    ++settled;
    if (f1 != f2 || fast.qualifier != slow.qualifier || fast.kind != slow.kind || !same_numeral(fast.a, slow.a) ||
        !same_numeral(fast.b, slow.b) || fast.range != slow.range || !same_bits(fast.scale, slow.scale) ||
        fast.unit != slow.unit || fast.vague != slow.vague || fast.adjective != slow.adjective ||
        fast.to_range != slow.to_range)
      return i;
  }
  return std::string::npos;
}

/// fast_path_disagreement on the input's first 4 KiB (each position is a full parse).
inline void fuzz_fast_path(parser::tables const& tabs, std::string_view data) {
  long settled = 0;
  if (auto const at = fast_path_disagreement(tabs, std::string(data.substr(0, 4096)), settled); at != std::string::npos)
    throw invariant_error(fmt::format("the fast path and the grammar disagree at byte {}", at));
}

inline void fuzz_extract(claims::extractor const& ex, std::string_view bytes) {
  article a;
  a.id = "f";
  a.published = "2024-04-09";
  a.source = "Fuzz Gazette";
  a.file = "fuzz.jsonl";
  a.line = 1;
  a.text = text::repair_utf8(bytes);  // every reader guarantees valid UTF-8
  auto claims = ex.extract(a);
  std::string json;
  for (std::size_t i = 0; i < claims.size(); ++i) {
    auto const& c = claims[i];
    CLAIMCHECK_FUZZ_CHECK(c.id == fmt::format("f:{}", i + 1));
    CLAIMCHECK_FUZZ_CHECK(c.sentence_start + c.sentence.size() <= a.text.size());
    CLAIMCHECK_FUZZ_CHECK(a.text.compare(c.sentence_start, c.sentence.size(), c.sentence) == 0);
    check_quantity(a.text, {c.sentence_start, c.sentence_start + c.sentence.size()}, c.q);
    // What extract writes, check must read back.
    json.clear();
    claims::append_json(json, c);
    std::string error;
    auto back = claims::claim_from_json(json, error);
    if (!back) throw invariant_error(fmt::format("claim {} does not read back ({}): {}", c.id, error, json));
    CLAIMCHECK_FUZZ_CHECK(back->id == c.id && back->q.span == c.q.span && back->q.text == c.q.text);
  }
}

inline void fuzz_read(std::string const& name, std::string_view data) {
  feed::callbacks cb;
  std::size_t articles = 0, claims = 0;
  cb.on_article = [&](article&& a) {
    ++articles;
    CLAIMCHECK_FUZZ_CHECK(text::is_valid_utf8(a.text));  // reader guarantee 4
  };
  cb.on_claim = [&](claim&&) { ++claims; };
  cb.on_diagnostic = [&](feed::diagnostic const& d) { CLAIMCHECK_FUZZ_CHECK(!d.reason.empty()); };
  feed::read_stats stats;
  feed::read_buffer(name, data, cb, stats);
  CLAIMCHECK_FUZZ_CHECK(stats.articles == articles);
  CLAIMCHECK_FUZZ_CHECK(stats.claims == claims);
}

/// Runs target `name` (one of target_names) on `data`.
inline void run_target(std::string_view name, lexicon const& lex, std::string_view data) {
  if (name == "quantity") {
    static parser::quantity_parser const p(lex);
    fuzz_quantity(p, data);
  } else if (name == "fast_path") {
    static parser::tables const tabs(lex);
    fuzz_fast_path(tabs, data);
  } else if (name == "extract") {
    static claims::extractor const ex(lex);
    fuzz_extract(ex, data);
  } else if (name == "feed_jsonl") {
    fuzz_read("fuzz.jsonl", data);
  } else if (name == "feed_html") {
    fuzz_read("fuzz.html", data);
  } else if (name == "feed_text") {
    fuzz_read("fuzz.txt", data);
  } else if (name == "gzip") {
    if (data.empty()) return;
    static constexpr std::array<char const*, 3> names = {"fuzz.jsonl.gz", "fuzz.html.gz", "fuzz.txt.gz"};
    fuzz_read(names[static_cast<unsigned char>(data[0]) % 3], data.substr(1));
  } else {
    throw std::invalid_argument(fmt::format("unknown fuzz target '{}'", name));
  }
}

}  // namespace claimcheck::fuzzing
