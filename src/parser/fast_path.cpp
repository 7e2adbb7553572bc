// parse_expression: the most common figures settled without entering X3, everything else
// through the grammar (parse_expression_x3, grammar.cpp, the only translation unit that
// instantiates it). This file uses the grammar's pieces (its table parsers, byte sets and digit
// reader), never its rules.

#include "grammar_def.hpp"

namespace claimcheck::parser {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// At a digit: a digit run (with a scale suffix or scale words: "33,207", "4.5", "40k", "1.1
// million") that nothing after it can continue (a count), or followed by a percent word and no
// high end (a percentage: "12%", "46.7 percent"). Each step is the step `expression` takes
// there, with the grammar's own table parsers (the same symbol tables and word-boundary test)
// and the same arithmetic in the same order, so the result is the same to the bit:
//  - `-(qualifier >> ws)` fails at once (no qualifier begins with the digit, else: left to the
//    grammar);
//  - digit_dispatch reads the amount (`amount`: the digit run, then a scale suffix, or spaces
//    and a scale, hundred or dozen word and more spaced scale words, or nothing);
//  - when the end or neither a dash nor an amount_follow word comes after it and any spaces,
//    `count` alone runs: reset, `a` = the amount, the end of the amount;
//  - else core_digit's branches in order: money_amount (spaces and a currency word) and
//    range_amount (a dash, or spaces and "to") are left to the grammar; percent_amount reads
//    any spaces and a percent word, then its optional high end, which needs " to" or a dash
//    (any word beginning with 't' after spaces, or a dash, is left to the grammar); without
//    one it is the percentage (reset, `a`, kind percent, unit of the percent word).
// Anything else returns false, having written nothing but possibly `out.unit` (the grammar
// resets it). Qualified figures ("more than 60,894") are left to the grammar: reading the
// qualifier here and again in the grammar where no figure follows cost what it saved.
// Checked against parse_expression_x3 (tests/parser/fast_path_test.cpp).
bool fast_path(tables const& t, char const*& first, char const* last, ast::expression& out) {
  char const* p = first;
  if (p == last || !t.digit_starts_only_amounts) return false;
  tables_ref tref = std::cref(t);
  auto const ctx = x3::make_context<tables_tag>(tref);
  if (!is_digit(*p) || t.qualifiers_first[static_cast<unsigned char>(*p)]) return false;
  char const* const run_end = grammar::digit_run_end(p, last);
  // the scales of the amount, in order (more than four: left to the grammar)
  double scales[4];
  int n_scales = 0;
  char const* e = run_end;
  char const* it = e;  // past the spaces after the amount
  if (grammar::suffix_w.parse(e, last, ctx, x3::unused, scales[0])) {
    n_scales = 1;
    it = e;
    while (int const k = grammar::space_len(it, last)) it += k;
  } else {
    while (int const k = grammar::space_len(it, last)) it += k;
    char const* s = it;
    if (s != e && (grammar::scale_w.parse(s, last, ctx, x3::unused, scales[0]) ||
                   grammar::hundred_w.parse(s, last, ctx, x3::unused, scales[0]) ||
                   grammar::dozen_w.parse(s, last, ctx, x3::unused, scales[0]))) {
      n_scales = 1;
      e = s;
      for (;;) {  // *(ws >> scale_w)
        it = e;
        while (int const k = grammar::space_len(it, last)) it += k;
        s = it;
        double v = 0;
        if (s == e || !grammar::scale_w.parse(s, last, ctx, x3::unused, v)) break;
        if (n_scales == 4) return false;
        scales[n_scales++] = v;
        e = s;
      }
    }
  }
  char const* end = e;
  bool percent = false;
  if (it != last && (grammar::dash_len(it, last) != 0 || t.amount_follow.maybe(it, last))) {
    if (grammar::dash_len(it, last) != 0) return false;  // range_amount
    char const* w = it;
    if (it != e) {
      std::string code;
      if (grammar::currency_word_w.parse(w, last, ctx, x3::unused, code)) return false;  // money_amount
      w = it;
      if (grammar::w("to").parse(w, last, ctx, x3::unused, x3::unused)) return false;  // range_amount
      w = it;
    }
    if (!grammar::percent_w.parse(w, last, ctx, x3::unused, out.unit)) return false;
    char const* n = w;
    while (int const k = grammar::space_len(n, last)) n += k;
    if (n != last && (grammar::dash_len(n, last) != 0 || (n != w && *n == 't'))) return false;
    percent = true;
    end = w;
  }
  ast::numeral a = grammar::digits_numeral(p, run_end);
  for (int k = 0; k < n_scales; ++k) {  // amount_scale
    a.value *= scales[k];
    a.unit *= scales[k];
  }
  out.qualifier = -1;
  out.kind = percent ? ast::form::percent : ast::form::count;
  out.a = a;
  out.b = ast::numeral{};
  out.range = false;
  out.scale = 1;
  if (!percent) out.unit.clear();
  out.vague = -1;
  out.adjective = false;
  out.to_range = false;
  first = end;
  return true;
}

}  // namespace

bool parse_expression(tables const& t, char const*& first, char const* last, ast::expression& out) {
  return fast_path(t, first, last, out) || parse_expression_x3(t, first, last, out);
}

}  // namespace claimcheck::parser
