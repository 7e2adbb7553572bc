// parse_expression: the most common figures settled without entering X3, everything else
// through the grammar (parse_expression_x3, grammar.cpp, the only translation unit that
// instantiates it). This file uses the grammar's pieces (its table parsers, byte sets and digit
// reader), never its rules.

#include "grammar_def.hpp"

namespace claimcheck::parser {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// What the fast path made of an attempt: settled (`out` and `first` written), a sure failure
// (the grammar fails there too), or unknown (left to the grammar).
enum class verdict { ok, fail, unknown };

// The steps below are the steps `expression` takes (grammar_def.hpp), with the grammar's own
// table parsers (the same symbol tables and word-boundary test), its byte sets and digit reader,
// and the same arithmetic in the same order, so a settled result is the grammar's to the bit:
//
//   expression := -(qualifier >> ws) >> core
//
// A qualifier followed by spaces is kept and the core read after them; the grammar does not go
// back into that optional part when the core fails there (PEG), so neither does this. A
// qualifier with no space after it is kept too (its action has run) and the core read at the
// start. At a digit (no qualifier begins with one, else all is left to the grammar) the core is
// digit_dispatch's: the amount, then what follows it decides the branch (money_amount,
// range_amount, percent_amount, duration_amount, ratio, count, in that order). Elsewhere the
// core is core_full, whose branches can only begin with: a currency prefix (money), a number
// word, "a", "half" (word_number), "between", "from" (range), "a"/"one" and spaces or a dash, a
// number word or a fraction word (percent's second branch, fraction), "a"/"an" and spaces
// (duration's "a year"), a vague or a fraction word. Where none of these can begin, every branch
// fails: a sure failure. Checked against parse_expression_x3 (tests/parser/fast_path_test.cpp).
template <typename Ctx>
struct fast_reader {
  tables const& t;
  Ctx const& ctx;
  char const* last;

  char const* skip_ws(char const* p) const {
    while (int const k = grammar::space_len(p, last)) p += k;
    return p;
  }

  // Some entry of `table` begins at p (without the word-boundary test: a superset of where its
  // table_parser matches).
  template <typename T>
  bool maybe(word_table<T> const& table, tables::byte_set const& first_bytes, char const* p) const {
    if (p == last || !first_bytes[static_cast<unsigned char>(*p)]) return false;
    return table.prefix_find(p, last) != nullptr;
  }
  bool maybe_number_word(char const* p) const {
    return p != last && t.number_word_first[static_cast<unsigned char>(*p)] &&
           (maybe(t.ten_words, t.ten_words_first, p) || maybe(t.teen_words, t.teen_words_first, p) ||
            maybe(t.unit_words, t.unit_words_first, p));
  }

  template <typename Parser, typename Attr>
  bool parse(Parser const& parser, char const*& p, Attr& attr) const {
    return parser.parse(p, last, ctx, x3::unused, attr);
  }
  bool word(char const* w, char const*& p) const {
    x3::unused_type u;
    return grammar::w(w).parse(p, last, ctx, x3::unused, u);
  }

  // `amount` at the digit at p: the digit run, then a scale suffix, or spaces and a scale,
  // hundred or dozen word and more spaced scale words, or nothing. False (unknown) with more
  // than four scales.
  bool amount_digits(char const* p, ast::numeral& a, char const*& end) const {
    char const* const run_end = grammar::digit_run_end(p, last);
    double scales[4];
    int n_scales = 0;
    char const* e = run_end;
    if (parse(grammar::suffix_w, e, scales[0])) {
      n_scales = 1;
    } else {
      char const* s = skip_ws(e);
      if (s != e && (parse(grammar::scale_w, s, scales[0]) || parse(grammar::hundred_w, s, scales[0]) ||
                     parse(grammar::dozen_w, s, scales[0]))) {
        n_scales = 1;
        e = s;
        for (;;) {  // *(ws >> scale_w)
          s = skip_ws(e);
          double v = 0;
          if (s == e || !parse(grammar::scale_w, s, v)) break;
          if (n_scales == 4) return false;
          scales[n_scales++] = v;
          e = s;
        }
      }
    }
    a = grammar::digits_numeral(p, run_end);
    for (int k = 0; k < n_scales; ++k) {  // amount_scale
      a.value *= scales[k];
      a.unit *= scales[k];
    }
    end = e;
    return true;
  }

  // Every field as `reset` leaves it, then the qualifier, the kind and the low end.
  static void settle(ast::expression& out, int qualifier, ast::form kind, ast::numeral const& a) {
    out.qualifier = qualifier;
    out.kind = kind;
    out.a = a;
    out.b = ast::numeral{};
    out.range = false;
    out.scale = 1;
    out.vague = -1;
    out.adjective = false;
    out.to_range = false;
  }

  // core at the digit at p (digit_dispatch's branches).
  verdict core_digit(char const* p, int qualifier, char const*& first, ast::expression& out) const {
    ast::numeral a;
    char const* e;
    if (!amount_digits(p, a, e)) return verdict::unknown;
    char const* const it = skip_ws(e);
    bool const spaced = it != e;
    if (it != last && (grammar::dash_len(it, last) != 0 || t.amount_follow.maybe(it, last))) {
      if (grammar::dash_len(it, last) != 0) return verdict::unknown;  // range_amount, duration_amount
      char const* w = it;
      std::string code;
      if (spaced && parse(grammar::currency_word_w, w, code)) {  // money_amount
        settle(out, qualifier, ast::form::money, a);
        out.unit = std::move(code);
        first = w;
        return verdict::ok;
      }
      w = it;
      if (spaced && word("to", w)) return verdict::unknown;  // range_amount
      w = it;
      if (parse(grammar::percent_w, w, out.unit)) return percent_end(w, qualifier, a, first, out);  // percent_amount
      w = it;
      if (spaced && parse(grammar::duration_w, w, code)) {  // duration_amount (spaces, a unit)
        settle(out, qualifier, ast::form::duration, a);
        out.unit = std::move(code);
        first = w;
        return verdict::ok;
      }
      // ratio: spaces, "in" or "out" spaces "of", spaces, an amount
      char const* after = nullptr;  // past "in" or "out of"
      if (spaced) {
        w = it;
        if (word("in", w)) {
          after = w;
        } else if (w = it; word("out", w)) {
          char const* o = skip_ws(w);
          if (o != w && word("of", o)) after = o;
        }
      }
      if (after) {
        char const* const r = skip_ws(after);
        if (r != after && r != last) {
          if (is_digit(*r)) {
            ast::numeral b;
            char const* be;
            if (!amount_digits(r, b, be)) return verdict::unknown;
            settle(out, qualifier, ast::form::ratio, a);
            out.b = b;
            out.range = true;
            out.unit.clear();
            first = be;
            return verdict::ok;
          }
          // a number word may begin there ("one in five"): left to the grammar
          if (*r == 'a' || *r == 'h' || maybe_number_word(r)) return verdict::unknown;
        }
      }
      // no branch but count goes on: the count
    }
    settle(out, qualifier, ast::form::count, a);
    out.unit.clear();
    first = e;
    return verdict::ok;
  }

  // After an amount, any spaces and a percent word (its unit already in out.unit), ending at w:
  // the percentage, unless a high end may follow (" to" or a dash after any spaces: left to the
  // grammar).
  verdict percent_end(char const* w, int qualifier, ast::numeral const& a, char const*& first,
                      ast::expression& out) const {
    char const* const n = skip_ws(w);
    if (n != last && (grammar::dash_len(n, last) != 0 || (n != w && *n == 't'))) return verdict::unknown;
    settle(out, qualifier, ast::form::percent, a);
    first = w;
    return verdict::ok;
  }

  // core at p, a number word that is not "one" (nor "a", "half", "between", "from"), where no
  // currency prefix, vague or fraction word begins. word_number's first two branches fail ("a",
  // "half"); word_small is read; where spaces and "and" (the third branch: "two and a half
  // million"), a hundred or a scale word follow, it is left to the grammar, else the amount is
  // the word alone (words_begin, words_group, words_end). After it, core_full's branches in
  // order: money (spaces, a currency word), range (a dash, "to"), percent (a percent word; a
  // fraction word after spaces or a dash: "two-thirds of a point"), duration (spaces, a unit;
  // a dash: "six-month"), ratio ("in", "out"), fraction (as percent's), count.
  verdict number_words(char const* p, int qualifier, char const*& first, ast::expression& out) const {
    char const* s = p;
    double v = 0;
    if (parse(grammar::ten_w, s, v)) {  // -((dash | ws) >> unit_w)
      char const* u = s;
      if (int const k = grammar::dash_len(u, last)) {
        u += k;
      } else {
        u = skip_ws(u);
      }
      double uv = 0;
      if (u != s && parse(grammar::unit_w, u, uv)) {
        v += uv;
        s = u;
      }
    } else if (!parse(grammar::teen_w, s, v) && !parse(grammar::unit_w, s, v)) {
      return verdict::unknown;
    }
    char const* const e = s;
    char const* const it = skip_ws(e);
    bool const spaced = it != e;
    if (spaced) {
      char const* w = it;
      if (word("and", w) || maybe(t.hundred_word, t.hundred_word_first, it) ||
          maybe(t.scale_words, t.scale_words_first, it) || maybe(t.dozen_word, t.dozen_word_first, it))
        return verdict::unknown;
    }
    ast::numeral a;  // words_begin, words_group, words_end
    a.value = 0;
    a.words = true;
    a.unit = v;
    bool const alone = a.value == 0;
    a.value += a.unit;
    a.weak = alone && a.value <= 1;
    double u = grammar::trailing_unit(a.value);
    if (std::fmod(a.value, u) != 0) u = 1;
    a.unit = std::max(1.0, std::min(u, a.value >= 1 ? u : 1));
    if (it != last) {
      if (grammar::dash_len(it, last) != 0) return verdict::unknown;  // range, "two-thirds", "six-month"
      char const* w = it;
      std::string code;
      if (spaced && parse(grammar::currency_word_w, w, code)) {  // money
        settle(out, qualifier, ast::form::money, a);
        out.unit = std::move(code);
        first = w;
        return verdict::ok;
      }
      w = it;
      if (spaced && word("to", w)) return verdict::unknown;  // range
      w = it;
      if (parse(grammar::percent_w, w, out.unit)) return percent_end(w, qualifier, a, first, out);
      if (spaced) {
        if (maybe(t.fraction_words, t.fraction_words_first, it)) return verdict::unknown;  // "three quarters"
        w = it;
        if (parse(grammar::duration_w, w, code)) {  // duration
          settle(out, qualifier, ast::form::duration, a);
          out.unit = std::move(code);
          first = w;
          return verdict::ok;
        }
        w = it;
        if (word("in", w)) return verdict::unknown;  // ratio
        w = it;
        if (word("out", w)) return verdict::unknown;
      }
    }
    settle(out, qualifier, ast::form::count, a);
    out.unit.clear();
    first = e;
    return verdict::ok;
  }

  // core (core_full) at p, which is no digit.
  verdict core_word(char const* p, int qualifier, char const*& first, ast::expression& out) const {
    unsigned char const c = static_cast<unsigned char>(*p);
    // money's first branch: a currency prefix, optional spaces, an amount, optional spaces and a
    // currency word
    if (t.currency_prefix_first[c]) {
      char const* w = p;
      std::string code;
      if (parse(grammar::currency_prefix_w, w, code)) {
        char const* const r = skip_ws(w);
        if (r == last || !is_digit(*r)) return verdict::unknown;
        ast::numeral a;
        char const* e;
        if (!amount_digits(r, a, e)) return verdict::unknown;
        char const* end = e;
        char const* s = skip_ws(e);
        std::string word_code;
        if (s != e && parse(grammar::currency_word_w, s, word_code)) end = s;
        settle(out, qualifier, ast::form::money, a);
        out.unit = std::move(code);
        first = end;
        return verdict::ok;
      }
    }
    if (maybe(t.vague, t.vague_first, p) || maybe(t.fraction_words, t.fraction_words_first, p)) return verdict::unknown;
    char const* w = p;
    if (maybe_number_word(p)) {
      if ((c == 'o' && word("one", w)) || (c == 'a' && word("a", w)) || (c == 'h' && word("half", w)) ||
          (c == 'b' && word("between", w)) || (c == 'f' && word("from", w)))
        return verdict::unknown;
      return number_words(p, qualifier, first, out);
    }
    if (c == 'a' && word("a", w)) {
      // "a" then spaces or a dash: a scale word ("a million"), a number or fraction word ("a
      // quarter-point", "a third"), or after spaces a singular time unit ("a year")
      char const* s = skip_ws(w);
      bool const spaced = s != w;
      if (!spaced) {
        int const k = grammar::dash_len(w, last);
        if (k == 0) return verdict::fail;
        s = w + k;
      }
      if (maybe_number_word(s) || maybe(t.fraction_words, t.fraction_words_first, s) ||
          (spaced && (maybe(t.scale_words, t.scale_words_first, s) || maybe(t.hundred_word, t.hundred_word_first, s) ||
                      maybe(t.dozen_word, t.dozen_word_first, s))))
        return verdict::unknown;
      if (!spaced) return verdict::fail;
      return one_unit(s, qualifier, first, out);
    }
    w = p;
    if (c == 'a' && word("an", w)) {
      char const* const s = skip_ws(w);
      if (s == w) return verdict::fail;
      return one_unit(s, qualifier, first, out);
    }
    w = p;
    if (c == 'f' && word("from", w)) {
      // from amount spaces "to" ...: where no "to" follows a figure, the range fails
      char const* const r = skip_ws(w);
      if (r == w) return verdict::fail;
      if (r == last) return verdict::fail;
      if (!is_digit(*r)) return *r == 'a' || *r == 'h' || maybe_number_word(r) ? verdict::unknown : verdict::fail;
      ast::numeral a;
      char const* e;
      if (!amount_digits(r, a, e)) return verdict::unknown;
      char const* s = skip_ws(e);
      if (s != e && word("to", s)) return verdict::unknown;
      return verdict::fail;
    }
    w = p;
    if ((c == 'b' && word("between", w)) || (c == 'o' && word("one", w)) || (c == 'h' && word("half", w)))
      return verdict::unknown;
    return verdict::fail;
  }

  // After "a"/"an" and spaces, at s: a singular time unit not followed by a dash is a duration
  // of one ("a year"); nothing else can follow there (tested by the caller).
  verdict one_unit(char const* s, int qualifier, char const*& first, ast::expression& out) const {
    std::string code;
    char const* e = s;
    if (!parse(grammar::duration_adj_w, e, code)) return verdict::fail;
    if (grammar::dash_len(e, last) != 0) return verdict::unknown;
    ast::numeral one;
    one.value = 1;
    one.words = true;
    settle(out, qualifier, ast::form::duration, one);
    out.unit = std::move(code);
    first = e;
    return verdict::ok;
  }

  verdict expression(char const*& first, ast::expression& out) const {
    char const* const p = first;
    if (p == last || !t.digit_starts_only_amounts) return verdict::unknown;
    unsigned char const c = static_cast<unsigned char>(*p);
    if (is_digit(*p)) {
      if (t.qualifiers_first[c]) return verdict::unknown;
      return core_digit(p, -1, first, out);
    }
    int qualifier = -1;
    if (t.qualifiers_first[c]) {
      char const* w = p;
      int v = -1;
      if (parse(grammar::qualifier_w, w, v)) {
        qualifier = v;  // kept even when no space follows (the action has run)
        char const* const q = skip_ws(w);
        if (q != w) {
          if (q == last) return verdict::fail;
          return is_digit(*q) ? core_digit(q, qualifier, first, out) : core_word(q, qualifier, first, out);
        }
      }
    }
    return core_word(p, qualifier, first, out);
  }
};

}  // namespace

bool parse_expression(tables const& t, char const*& first, char const* last, ast::expression& out) {
  tables_ref tref = std::cref(t);
  auto const ctx = x3::make_context<tables_tag>(tref);
  fast_reader<std::decay_t<decltype(ctx)>> const r{t, ctx, last};
  switch (r.expression(first, out)) {
    case verdict::ok: return true;
    case verdict::fail: return false;
    case verdict::unknown: break;
  }
  return parse_expression_x3(t, first, last, out);
}

}  // namespace claimcheck::parser
