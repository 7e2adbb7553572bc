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
// word, "a", "half" (word_number), "between" (money, range), "a"/"one" and spaces or a dash, a
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
  // The digit run at p (digit_run_end) and the numeral it spells (digits_numeral) in one pass:
  // the same bytes, and for a run of at most 15 digits the same value, read the same way (an
  // integer exactly, a decimal as its digits' integer over 10^decimals); a longer run through
  // digits_numeral itself.
  ast::numeral digit_run(char const* p, char const*& run_end) const {
    auto const digit = [](char c) { return c >= '0' && c <= '9'; };
    std::uint64_t v = 0;
    int digits = 0, decimals = 0;
    bool grouped = false;
    char const* it = p;
    while (it != last && digit(*it)) {
      v = v * 10 + static_cast<std::uint64_t>(*it - '0');
      ++digits;
      ++it;
    }
    for (;;) {
      int const k = grammar::group_sep_len(it, last);
      if (k == 0) break;
      char const* g = it + k;
      if (last - g < 3 || !digit(g[0]) || !digit(g[1]) || !digit(g[2])) break;
      if (g + 3 != last && digit(g[3])) break;
      v = v * 1000 + static_cast<std::uint64_t>((g[0] - '0') * 100 + (g[1] - '0') * 10 + (g[2] - '0'));
      digits += 3;
      grouped = true;
      it = g + 3;
    }
    if (it != last && *it == '.' && last - it >= 2 && digit(it[1])) {
      ++it;
      while (it != last && digit(*it)) {
        v = v * 10 + static_cast<std::uint64_t>(*it - '0');
        ++decimals;
        ++it;
      }
    }
    run_end = it;
    if (digits + decimals > 15) return grammar::digits_numeral(p, it);
    static constexpr double p10[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
                                     1e12, 1e13, 1e14, 1e15};
    ast::numeral n;
    n.grouped = grouped;
    n.value = decimals > 0 ? static_cast<double>(v) / p10[decimals] : static_cast<double>(v);
    n.digits = digits;
    n.unit = decimals > 0 ? grammar::pow10_neg(decimals) : grammar::trailing_unit(n.value);
    return n;
  }

  // (always inline, as core_digit: their calls cost ~30 instructions a figure, -0.5 M per MB)
  [[gnu::always_inline]] bool amount_digits(char const* p, ast::numeral& a, char const*& end) const {
    char const* run_end;
    ast::numeral const run = digit_run(p, run_end);
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
    a = run;
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

  // word_small at p: "forty-two", "forty two", "forty", "fourteen", "four" (the ten word, then
  // optionally a dash or spaces and a unit word; else a teen word; else a unit word).
  bool small_at(char const* p, double& v, char const*& end) const {
    if (p == last || !t.number_word_first[static_cast<unsigned char>(*p)]) return false;
    char const* s = p;
    if (parse(grammar::ten_w, s, v)) {
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
      return false;
    }
    end = s;
    return true;
  }

  // The amount word_number reads when word_small at p (ending at e, value v) is all of it: unless
  // spaces and "and" (its third branch: "two and a half million"), a hundred or a scale word
  // follow (left to the grammar: false). words_begin, words_group, words_end.
  bool words_amount(char const* e, double v, ast::numeral& a) const {
    char const* const it = skip_ws(e);
    if (it != e) {
      char const* w = it;
      if (word("and", w) || maybe(t.hundred_word, t.hundred_word_first, it) ||
          maybe(t.scale_words, t.scale_words_first, it) || maybe(t.dozen_word, t.dozen_word_first, it))
        return false;
    }
    a = ast::numeral{};
    a.value = 0;
    a.words = true;
    a.unit = v;
    bool const alone = a.value == 0;
    a.value += a.unit;
    a.weak = alone && a.value <= 1;
    double u = grammar::trailing_unit(a.value);
    // (a whole value below 2^53 is a multiple of its trailing unit, 1 below 1: fmod is 0 then)
    if (!(std::fabs(a.value) < 0x1p53 && a.value == static_cast<double>(static_cast<std::int64_t>(a.value))) &&
        std::fmod(a.value, u) != 0)
      u = 1;
    a.unit = std::max(1.0, std::min(u, a.value >= 1 ? u : 1));
    return true;
  }

  // `amount` at r: a figure, or a number word alone; fail where no amount begins ("a" and "half"
  // begin one only before a scale word: "a million", "half a million").
  verdict amount_at(char const* r, ast::numeral& a, char const*& end) const {
    if (r == last) return verdict::fail;
    if (is_digit(*r)) return amount_digits(r, a, end) ? verdict::ok : verdict::unknown;
    char const* w = r;
    if (*r == 'a' && word("a", w)) {
      char const* const s = skip_ws(w);
      if (s != w && (maybe(t.scale_words, t.scale_words_first, s) || maybe(t.hundred_word, t.hundred_word_first, s) ||
                     maybe(t.dozen_word, t.dozen_word_first, s)))
        return verdict::unknown;
    }
    w = r;
    if (*r == 'h' && word("half", w)) return verdict::unknown;
    double v = 0;
    char const* e;
    if (!small_at(r, v, e)) return verdict::fail;
    if (!words_amount(e, v, a)) return verdict::unknown;
    end = e;
    return verdict::ok;
  }

  // A range's high end at r (after "to"/"and" and spaces, or a dash and any spaces): an amount,
  // then range_tail (optional spaces and a percent word; spaces and a time unit; spaces and a
  // scale word: left to the grammar). fail: no amount there, the range fails.
  verdict range_high(char const* r, int qualifier, ast::numeral const& a, bool to_range, char const*& first,
                     ast::expression& out) const {
    ast::numeral b;
    char const* be;
    verdict const v = amount_at(r, b, be);
    if (v != verdict::ok) return v;
    char const* x = skip_ws(be);
    char const* end = be;
    std::string unit;
    ast::form kind = ast::form::count;
    if (parse(grammar::percent_w, x, unit)) {
      kind = ast::form::percent;
      end = x;
    } else if (x != be && maybe(t.scale_words, t.scale_words_first, x)) {
      return verdict::unknown;
    } else if (x != be && parse(grammar::duration_w, x, unit)) {
      kind = ast::form::duration;
      end = x;
    }
    settle(out, qualifier, kind, a);
    out.b = b;
    out.range = true;
    out.to_range = to_range;
    out.unit = std::move(unit);
    first = end;
    return verdict::ok;
  }
  // The same after a joining word ending at w, which spaces must follow.
  verdict range_after_word(char const* w, int qualifier, ast::numeral const& a, bool to_range, char const*& first,
                           ast::expression& out) const {
    char const* const r = skip_ws(w);
    if (r == w) return verdict::fail;
    return range_high(r, qualifier, a, to_range, first, out);
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

  // After a fraction word ending at f: true when percent's second branch may go on there ((ws |
  // dash), optional "of" and spaces, optional "a" and spaces, a percent word or "point").
  bool point_tail(char const* f) const {
    char const* x = skip_ws(f);
    if (x == f) {
      int const k = grammar::dash_len(f, last);
      if (k == 0) return false;
      x = f + k;
    }
    char const* y = x;
    if (word("of", y)) {
      char const* const z = skip_ws(y);
      if (z != y) x = z;
    }
    y = x;
    if (word("a", y)) {
      char const* const z = skip_ws(y);
      if (z != y) x = z;
    }
    y = x;
    return maybe(t.percent_words, t.percent_words_first, x) || word("point", y);
  }

  // The branches after an amount `a` ending at e. At a digit these are digit_dispatch's
  // (money_amount, range_amount, percent_amount, duration_amount, ratio, count); after a
  // number word alone (value `small`, words) core_full's, which add percent's second and
  // fraction's second branch (the number word, spaces or a dash, a fraction word: "two-thirds",
  // "three quarters"). Where digit_dispatch runs count alone (nothing after the amount and any
  // spaces that another branch can go on with), so does this.
  verdict after_amount(ast::numeral const& a, char const* e, bool words, double small, int qualifier,
                       char const*& first, ast::expression& out) const {
    char const* const it = skip_ws(e);
    bool const spaced = it != e;
    if (it != last) {
      int const dash = grammar::dash_len(it, last);
      if (dash != 0 || t.amount_follow.maybe(it, last) ||
          (words && spaced && maybe(t.fraction_words, t.fraction_words_first, it))) {
        char const* w = it;
        std::string code;
        if (spaced && parse(grammar::currency_word_w, w, code)) {  // money
          settle(out, qualifier, ast::form::money, a);
          out.unit = std::move(code);
          first = w;
          return verdict::ok;
        }
        if (words) {  // a fraction word after spaces or a dash
          char const* x = nullptr;
          if (int const k = grammar::dash_len(e, last)) {
            x = e + k;
          } else if (spaced) {
            x = it;
          }
          if (x && maybe(t.fraction_words, t.fraction_words_first, x)) {
            // range (a dash and an amount), percent (a percent word; the second branch's
            // tail), duration (a unit), ratio fail there: fraction's second branch reads it
            char const* y = x;
            if (*x == 'a' || *x == 'h' || maybe_number_word(x) || maybe(t.percent_words, t.percent_words_first, it) ||
                maybe(t.duration_units, t.duration_units_first, it) ||
                maybe(t.duration_units_singular, t.duration_units_singular_first, x) || word("to", y) ||
                (y = x, word("in", y)) || (y = x, word("out", y)))
              return verdict::unknown;
            char const* f = x;
            double fv = 0;
            if (!parse(grammar::fraction_w, f, fv) || point_tail(f)) return verdict::unknown;
            ast::numeral fa;  // fraction_numerator, fraction_times
            fa.value = small;
            fa.value *= fv;
            fa.words = true;
            settle(out, qualifier, ast::form::fraction, fa);
            out.unit.clear();
            first = f;
            return verdict::ok;
          }
        }
        if (dash != 0) {  // range: optional spaces, a dash, optional spaces, an amount
          verdict const v = range_high(skip_ws(it + dash), qualifier, a, false, first, out);
          if (v != verdict::fail) return v;
          // duration's third branch: a dash right after the amount, a singular unit
          if (!spaced && maybe(t.duration_units_singular, t.duration_units_singular_first, it + dash))
            return verdict::unknown;
        }
        w = it;
        if (spaced && word("to", w)) {  // range: spaces, "to", spaces, an amount
          verdict const v = range_after_word(w, qualifier, a, true, first, out);
          if (v != verdict::fail) return v;
        }
        w = it;
        if (parse(grammar::percent_w, w, out.unit)) return percent_end(w, qualifier, a, first, out);
        w = it;
        if (spaced && parse(grammar::duration_w, w, code)) {  // duration: spaces, a unit
          settle(out, qualifier, ast::form::duration, a);
          out.unit = std::move(code);
          first = w;
          return verdict::ok;
        }
        // ratio: spaces, "in" or "out" spaces "of", spaces, an amount
        char const* after = nullptr;
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
          if (r != after) {
            ast::numeral b;
            char const* be;
            verdict const v = amount_at(r, b, be);
            if (v == verdict::unknown) return v;
            if (v == verdict::ok) {
              settle(out, qualifier, ast::form::ratio, a);
              out.b = b;
              out.range = true;
              out.unit.clear();
              first = be;
              return verdict::ok;
            }
          }
        }
        // no branch but count goes on
      }
    }
    settle(out, qualifier, ast::form::count, a);
    out.unit.clear();
    first = e;
    return verdict::ok;
  }

  // core at the digit at p (digit_dispatch).
  [[gnu::always_inline]] verdict core_digit(char const* p, int qualifier, char const*& first, ast::expression& out) const {
    ast::numeral a;
    char const* e;
    if (!amount_digits(p, a, e)) return verdict::unknown;
    return after_amount(a, e, false, 0, qualifier, first, out);
  }

  // core at p, a fraction word and no number word (nor "a", "one", "between"), where no
  // currency prefix or vague word begins: every branch before fraction fails but percent's
  // second ("quarter of a percentage point", tested), and fraction's third reads it unless
  // spaces, "a", spaces and a scale word follow ("half a million": left to the grammar; so is
  // word_number's "half a million" for an amount).
  verdict fraction_alone(char const* p, int qualifier, char const*& first, ast::expression& out) const {
    char const* f = p;
    double v = 0;
    if (!parse(grammar::fraction_w, f, v) || point_tail(f)) return verdict::unknown;
    char const* const s = skip_ws(f);
    if (s != f) {
      char const* w = s;
      if (word("a", w)) {
        char const* const s2 = skip_ws(w);
        if (s2 != w && maybe(t.scale_words, t.scale_words_first, s2)) return verdict::unknown;
      }
    }
    ast::numeral a;
    a.value = v;
    a.words = true;
    settle(out, qualifier, ast::form::fraction, a);
    out.unit.clear();
    first = f;
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
        // a high end may follow (" to" or a dash after any spaces: a money range, left to the grammar)
        s = skip_ws(end);
        if (s != last && (grammar::dash_len(s, last) != 0 || (s != end && *s == 't'))) return verdict::unknown;
        settle(out, qualifier, ast::form::money, a);
        out.unit = std::move(code);
        first = end;
        return verdict::ok;
      }
    }
    if (maybe(t.vague, t.vague_first, p)) return verdict::unknown;
    bool const fraction_here = maybe(t.fraction_words, t.fraction_words_first, p);
    bool const number_here = maybe_number_word(p);
    char const* w = p;
    if (c == 'a' && word("a", w)) {
      if (fraction_here || number_here) return verdict::unknown;
      // "a" then spaces or a dash: a scale word ("a million"), a number or fraction word ("a
      // quarter-point", "a third"), or after spaces a singular time unit ("a year")
      char const* s = skip_ws(w);
      bool const spaced = s != w;
      if (!spaced) {
        int const k = grammar::dash_len(w, last);
        if (k == 0) return verdict::fail;
        s = w + k;
      }
      if (maybe_number_word(s) ||
          (spaced && (maybe(t.scale_words, t.scale_words_first, s) || maybe(t.hundred_word, t.hundred_word_first, s) ||
                      maybe(t.dozen_word, t.dozen_word_first, s))))
        return verdict::unknown;
      if (maybe(t.fraction_words, t.fraction_words_first, s)) {
        // "a third": percent's second branch first ("a quarter of a point"), then duration's "a
        // year", then fraction's first branch
        if (spaced && maybe(t.duration_units_singular, t.duration_units_singular_first, s)) return verdict::unknown;
        char const* f = s;
        double v = 0;
        if (!parse(grammar::fraction_w, f, v) || point_tail(f)) return verdict::unknown;
        ast::numeral a;
        a.value = v;
        a.words = true;
        settle(out, qualifier, ast::form::fraction, a);
        out.unit.clear();
        first = f;
        return verdict::ok;
      }
      if (!spaced) return verdict::fail;
      return one_unit(s, qualifier, first, out);
    }
    w = p;
    if (c == 'a' && word("an", w)) {
      if (fraction_here || number_here) return verdict::unknown;
      char const* const s = skip_ws(w);
      if (s == w) return verdict::fail;
      return one_unit(s, qualifier, first, out);
    }
    // A range opened by "between": an amount, spaces, "and", spaces, an amount. A currency prefix
    // after it is money's ("between $2bn and $3bn"): left to the grammar.
    w = p;
    if (c == 'b' && word("between", w)) {
      if (fraction_here || number_here) return verdict::unknown;
      char const* const r = skip_ws(w);
      if (r == w) return verdict::fail;
      if (r != last && t.currency_prefix_first[static_cast<unsigned char>(*r)]) return verdict::unknown;
      ast::numeral a;
      char const* e;
      verdict const v = amount_at(r, a, e);
      if (v != verdict::ok) return v;
      char const* s = skip_ws(e);
      if (s != e && word("and", s)) return range_after_word(s, qualifier, a, false, first, out);
      return verdict::fail;
    }
    w = p;
    if (c == 'h' && word("half", w)) return fraction_here && !number_here ? fraction_alone(p, qualifier, first, out)
                                                                         : verdict::unknown;
    w = p;
    if (c == 'o' && word("one", w)) {
      // percent's second and fraction's first branch: "one" and spaces or a dash, then a number
      // or fraction word; otherwise "one" is a number word like the others
      char const* s = skip_ws(w);
      if (s == w) {
        int const k = grammar::dash_len(w, last);
        s = w + k;
      }
      if (s != w && (maybe_number_word(s) || maybe(t.fraction_words, t.fraction_words_first, s)))
        return verdict::unknown;
    }
    double v = 0;
    char const* e;
    if (number_here && small_at(p, v, e)) {
      if (fraction_here) return verdict::unknown;
      ast::numeral a;
      if (!words_amount(e, v, a)) return verdict::unknown;
      return after_amount(a, e, true, v, qualifier, first, out);
    }
    if (fraction_here) return fraction_alone(p, qualifier, first, out);
    if (number_here) return verdict::unknown;
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
