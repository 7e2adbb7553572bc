#pragma once
// The quantity grammar: every way the news writes a number.
//
//   expression := [qualifier ws] core
//   core       := money | range | percent | duration | ratio | vague | fraction | count
//   amount     := digits (suffix-scale | ws scale-word+)? | number-words
//
// The grammar runs on an ASCII-lowercased copy of the sentence (same byte offsets), at word
// starts the scanner picked. Vocabulary comes from the lexicon tables through the context;
// semantic actions are named and only write the enclosing rule's own attribute, so a branch
// that fails leaves nothing behind (each attempt works on a fresh attribute).

#include "ast.hpp"
#include "ast_adapted.hpp"
#include "config.hpp"
#include "grammar.hpp"

#include <boost/fusion/include/at_c.hpp>
#include <boost/spirit/home/x3.hpp>

#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <system_error>

namespace claimcheck::parser::grammar {

using x3::_attr;
using x3::_val;
using x3::eps;
using x3::lit;
using x3::omit;

inline bool is_word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/// Delegates to one of the lexicon's symbol tables, found in the context, and insists on a
/// word boundary after a match that ends in a letter ("ten" must not match "tenants").
template <typename T, word_table<T> tables::*Member, tables::byte_set tables::*First>
struct table_parser : x3::parser<table_parser<T, Member, First>> {
  using attribute_type = T;
  static bool const has_attribute = true;

  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RCtx&, Attr& attr) const {
    tables const& t = x3::get<tables_tag>(ctx).get();
    if (first == last || !(t.*First)[static_cast<unsigned char>(*first)]) return false;  // no entry starts so
    It it = first;
    T const* v = (t.*Member).prefix_find(it, last);
    if (!v) return false;
    // (the attribute is the action's own, or a rule's: written only on success, as before,
    // where a failed boundary left it written, nothing read it)
    if (it != last && is_word_char(*(it - 1)) && is_word_char(*it)) return false;
    attr = *v;
    first = it;
    return true;
  }
};

/// A literal word that must end at a word boundary ("in" must not match "into").
struct word_parser : x3::parser<word_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  explicit constexpr word_parser(char const* w) : word(w) {}
  char const* word;

  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr&) const {
    It it = first;
    for (char const* p = word; *p; ++p, ++it) {
      if (it == last || *it != *p) return false;
    }
    if (it != last && is_word_char(*it)) return false;
    first = it;
    return true;
  }
};
inline word_parser w(char const* s) { return word_parser(s); }

/// What a rule read at each start position during one parse_expression call. Lives on
/// parse_expression's stack and is reached through the context (x3::with<Tag>): the amounts
/// (amount_memo_tag) and the small number words (small_memo_tag).
template <typename Value>
struct parse_memo {
  struct entry {
    char const* first;
    char const* end;
    bool ok;
    Value value;
  };
  union slot {  // left uninitialized: only the first `size` slots are read
    slot() {}
    entry e;
  };
  static constexpr std::size_t capacity = 8;
  slot entries[capacity];
  std::size_t size = 0;
  std::size_t next = 0;
};
struct amount_memo_tag;
struct small_memo_tag;
using amount_memo = parse_memo<ast::numeral>;
using small_memo = parse_memo<double>;

template <typename Tag, typename Value, typename Subject>
struct memo_parser : x3::unary_parser<Subject, memo_parser<Tag, Value, Subject>> {
  using base_type = x3::unary_parser<Subject, memo_parser<Tag, Value, Subject>>;
  using attribute_type = Value;
  static bool const has_attribute = true;
  constexpr explicit memo_parser(Subject const& subject) : base_type(subject) {}

  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RCtx& rctx, Attr& attr) const {
    parse_memo<Value>& memo = x3::get<Tag>(ctx).get();
    for (std::size_t k = 0; k < memo.size; ++k) {
      auto const& e = memo.entries[k].e;
      if (e.first != first) continue;
      if (!e.ok) return false;
      first = e.end;
      attr = e.value;
      return true;
    }
    It it = first;
    Value value{};
    bool const ok = this->subject.parse(it, last, ctx, rctx, value);
    auto& slot = memo.entries[memo.size < memo.capacity ? memo.size++ : memo.next++ % memo.capacity].e;
    slot = {first, it, ok, value};
    if (!ok) return false;
    first = it;
    attr = value;
    return true;
  }
};

// --- tables -------------------------------------------------------------------------------
auto const unit_w = table_parser<double, &tables::unit_words, &tables::unit_words_first>{};
auto const teen_w = table_parser<double, &tables::teen_words, &tables::teen_words_first>{};
auto const ten_w = table_parser<double, &tables::ten_words, &tables::ten_words_first>{};
auto const scale_w = table_parser<double, &tables::scale_words, &tables::scale_words_first>{};
auto const hundred_w = table_parser<double, &tables::hundred_word, &tables::hundred_word_first>{};
auto const dozen_w = table_parser<double, &tables::dozen_word, &tables::dozen_word_first>{};
auto const suffix_w = table_parser<double, &tables::scale_suffix, &tables::scale_suffix_first>{};
auto const fraction_w = table_parser<double, &tables::fraction_words, &tables::fraction_words_first>{};
auto const qualifier_w = table_parser<int, &tables::qualifiers, &tables::qualifiers_first>{};
auto const currency_prefix_w = table_parser<std::string, &tables::currency_prefix, &tables::currency_prefix_first>{};
auto const currency_word_w = table_parser<std::string, &tables::currency_words, &tables::currency_words_first>{};
auto const duration_w = table_parser<std::string, &tables::duration_units, &tables::duration_units_first>{};
auto const duration_adj_w = table_parser<std::string, &tables::duration_units_singular, &tables::duration_units_singular_first>{};
auto const percent_w = table_parser<std::string, &tables::percent_words, &tables::percent_words_first>{};
auto const vague_w = table_parser<int, &tables::vague, &tables::vague_first>{};

// --- spacing and punctuation (typographic variants read as a person reads them) -------------
// Each is a set of byte sequences none of which is a prefix of another, so the first that
// matches is the only one: a hand-written test of the first byte(s) gives exactly what the
// ordered choice of literals gave (a space: ' ' '\t' '\n' '\r', U+00A0, U+2009, U+202F, U+200A,
// U+2008, U+2007; a dash: '-', U+2013, U+2014, U+2010, U+2011, U+2212; a group separator: ',',
// U+00A0, U+2009, U+202F, U+2007). Returns the length of the match at p, 0 if none.
inline int space_len(char const* p, char const* last) {
  auto const n = last - p;
  if (n < 1) return 0;
  unsigned char const c = static_cast<unsigned char>(p[0]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r') return 1;
  if (c == 0xC2) return n >= 2 && static_cast<unsigned char>(p[1]) == 0xA0 ? 2 : 0;
  if (c == 0xE2 && n >= 3 && static_cast<unsigned char>(p[1]) == 0x80) {
    unsigned char const d = static_cast<unsigned char>(p[2]);
    return d == 0x89 || d == 0xAF || d == 0x8A || d == 0x88 || d == 0x87 ? 3 : 0;
  }
  return 0;
}
inline int dash_len(char const* p, char const* last) {
  auto const n = last - p;
  if (n < 1) return 0;
  unsigned char const c = static_cast<unsigned char>(p[0]);
  if (c == '-') return 1;
  if (c == 0xE2 && n >= 3) {
    unsigned char const b = static_cast<unsigned char>(p[1]), d = static_cast<unsigned char>(p[2]);
    if (b == 0x80) return d == 0x93 || d == 0x94 || d == 0x90 || d == 0x91 ? 3 : 0;
    if (b == 0x88) return d == 0x92 ? 3 : 0;
  }
  return 0;
}
inline int group_sep_len(char const* p, char const* last) {
  auto const n = last - p;
  if (n < 1) return 0;
  unsigned char const c = static_cast<unsigned char>(p[0]);
  if (c == ',') return 1;
  if (c == 0xC2) return n >= 2 && static_cast<unsigned char>(p[1]) == 0xA0 ? 2 : 0;
  if (c == 0xE2 && n >= 3 && static_cast<unsigned char>(p[1]) == 0x80) {
    unsigned char const d = static_cast<unsigned char>(p[2]);
    return d == 0x89 || d == 0xAF || d == 0x87 ? 3 : 0;
  }
  return 0;
}

/// One match of a byte-sequence set (no attribute); with Many, one or more in a row.
template <int (*Len)(char const*, char const*), bool Many>
struct byte_set_parser : x3::parser<byte_set_parser<Len, Many>> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr&) const {
    int k = Len(first, last);
    if (k == 0) return false;
    It it = first + k;
    if constexpr (Many) {
      while ((k = Len(it, last)) != 0) it += k;
    }
    first = it;
    return true;
  }
};

auto const ws = byte_set_parser<space_len, true>{};
auto const dash = byte_set_parser<dash_len, false>{};
auto const group_sep = byte_set_parser<group_sep_len, false>{};

/// First-byte dispatch in front of the core of `expression`: at a digit it runs `Digit`, the
/// branches of the core that begin with an amount, in their original order; elsewhere `Full`.
/// Same result as `Full` at a digit when no table a branch can begin with has a digit-initial
/// (or empty) entry (tables::digit_starts_only_amounts): every other branch then fails at a
/// digit before it reads anything, and each branch starts with its own `reset`, so the branches
/// left out change neither the outcome nor the attribute. Otherwise it always runs `Full`.
///
/// At a digit it first reads the amount (through the memo, so the branches do not read it
/// again). If none can be read, every branch of `Digit` fails. If what follows the amount and
/// any spaces cannot begin what one of the other branches needs next (a dash, or a currency,
/// percent or duration word, "to", "in", "out": tables::amount_follow), all of them fail there
/// and `Count`, the last branch, is the answer: it runs alone.
template <typename Amount, typename Count, typename Digit, typename Full>
struct digit_dispatch : x3::parser<digit_dispatch<Amount, Count, Digit, Full>> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  constexpr digit_dispatch(Amount const& a, Count const& c, Digit const& d, Full const& f)
      : amount(a), count(c), digit(d), full(f) {}
  Amount amount;
  Count count;
  Digit digit;
  Full full;

  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RCtx& rctx, Attr&) const {
    tables const& t = x3::get<tables_tag>(ctx).get();
    if (first == last || *first < '0' || *first > '9' || !t.digit_starts_only_amounts)
      return full.parse(first, last, ctx, rctx, x3::unused);
    It it = first;
    ast::numeral n;
    if (!amount.parse(it, last, ctx, rctx, n)) return false;
    while (int const k = space_len(it, last)) it += k;
    if (it == last || (dash_len(it, last) == 0 && !t.amount_follow.maybe(it, last)))
      return count.parse(first, last, ctx, rctx, x3::unused);
    return digit.parse(first, last, ctx, rctx, x3::unused);
  }
};

// --- named actions ------------------------------------------------------------------------
// Rounding unit of an integer value: the place of its last nonzero digit ("40" -> 10).
inline double trailing_unit(double v) {
  double u = 1;
  if (!(v >= 1) || !std::isfinite(v)) return 1;
  if (v < 1e18 && v == std::floor(v)) {
    // the same loop in integers (exact: v and the powers of ten up to 1e16 are exact doubles)
    auto const iv = static_cast<std::uint64_t>(v);
    std::uint64_t p = 1;
    while (p < 1'000'000'000'000'000ull && iv % (p * 10) == 0) p *= 10;
    return static_cast<double>(p);
  }
  while (u < 1e15 && std::fmod(v, u * 10) == 0) u *= 10;
  return u;
}

// The value of the digits and '.' in `clean` (length len, NUL-terminated), as strtod reads it.
// Both paths round correctly to nearest, so they agree with strtod to the bit.
inline double digits_value(char const* clean, std::size_t len, bool has_point) {
  if (!has_point && len <= 19) {
    std::uint64_t v = 0;
    for (std::size_t k = 0; k < len; ++k) v = v * 10 + static_cast<std::uint64_t>(clean[k] - '0');
    return static_cast<double>(v);
  }
  double v = 0;
  auto const res = std::from_chars(clean, clean + len, v);
  if (res.ec == std::errc{} && res.ptr == clean + len) return v;
  return std::strtod(clean, nullptr);
}

// std::pow(10.0, -d), the first 32 from a table computed with std::pow itself (same bits).
inline double pow10_neg(int d) {
  static auto const table = [] {
    std::array<double, 32> t{};
    for (int k = 0; k < 32; ++k) t[static_cast<std::size_t>(k)] = std::pow(10.0, -k);
    return t;
  }();
  return d >= 0 && d < 32 ? table[static_cast<std::size_t>(d)] : std::pow(10.0, -d);
}

/// The numeral a run of digits, group separators and one decimal point spells.
inline ast::numeral digits_numeral(char const* run_first, char const* run_last) {
  ast::numeral n;
  {
    // Most runs: at most 15 digits. Their value is read in one pass without a copy: an integer
    // exactly, a decimal as (its digits as an integer) / 10^decimals, both operands exact
    // doubles (< 2^53, 10^d for d <= 22), so the one rounding of the division gives the
    // correctly rounded value, which is what digits_value (strtod, from_chars) gives.
    std::uint64_t v = 0;
    int decimals = -1, digits = 0, total = 0;
    bool grouped = false;
    for (char const* p = run_first; p != run_last; ++p) {
      char const c = *p;
      if (c >= '0' && c <= '9') {
        v = v * 10 + static_cast<std::uint64_t>(c - '0');
        ++total;
        if (decimals >= 0) {
          ++decimals;
        } else {
          ++digits;
        }
      } else if (c == '.') {
        decimals = 0;
      } else if (c == ',' || static_cast<unsigned char>(c) >= 0x80) {
        grouped = true;
      }
      if (total > 15) break;
    }
    if (total <= 15) {
      static constexpr double p10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                       1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
      n.grouped = grouped;
      n.value = decimals > 0 ? static_cast<double>(v) / p10[decimals] : static_cast<double>(v);
      n.digits = digits;
      n.unit = decimals > 0 ? pow10_neg(decimals) : trailing_unit(n.value);
      return n;
    }
  }
  // digits and '.' only, on the stack; a longer run than the buffer goes to a string
  char small[64];
  std::string big;
  std::size_t len = 0;
  auto push = [&](char c) {
    if (len + 1 < sizeof small) {
      small[len++] = c;
      return;
    }
    if (big.empty()) big.assign(small, len);
    big.push_back(c);
    ++len;
  };
  int decimals = -1, digits = 0;
  for (char const* p = run_first; p != run_last; ++p) {
    char const c = *p;
    if (c >= '0' && c <= '9') {
      push(c);
      if (decimals >= 0) {
        ++decimals;
      } else {
        ++digits;
      }
    } else if (c == '.') {
      push('.');
      decimals = 0;
    } else if (c == ',' || static_cast<unsigned char>(c) >= 0x80) {
      n.grouped = true;
    }
  }
  char const* clean = small;
  if (big.empty()) {
    small[len] = '\0';
  } else {
    clean = big.c_str();
  }
  n.value = digits_value(clean, len, decimals >= 0);
  n.digits = digits;
  n.unit = decimals > 0 ? pow10_neg(decimals) : trailing_unit(n.value);
  return n;
}

/// The end of the run of digits, group separators and decimals that begins at the digit at
/// `first` (see digit_run_parser).
[[gnu::always_inline]] inline char const* digit_run_end(char const* first, char const* last) {
  auto const digit = [](char c) { return c >= '0' && c <= '9'; };
  char const* it = first;
  while (it != last && digit(*it)) ++it;
  for (;;) {
    int const k = group_sep_len(it, last);
    if (k == 0) break;
    char const* g = it + k;
    if (last - g < 3 || !digit(g[0]) || !digit(g[1]) || !digit(g[2])) break;
    g += 3;
    if (g != last && digit(*g)) break;
    it = g;
  }
  if (it != last && *it == '.' && last - it >= 2 && digit(it[1])) {
    ++it;
    while (it != last && digit(*it)) ++it;
  }
  return it;
}

/// Digits with thousands groups and decimals, as the rule
///   +digit >> *(group_sep >> repeat(3)[digit] >> !digit) >> -('.' >> +digit)
/// reads them (the same bytes, the same backtracking: a group needs exactly three digits, a
/// point needs a digit after it), with the numeral they spell as its attribute. Written by hand
/// because every figure in the text starts here.
struct digit_run_parser : x3::parser<digit_run_parser> {
  using attribute_type = ast::numeral;
  static bool const has_attribute = true;

  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr& attr) const {
    if (first == last || *first < '0' || *first > '9') return false;
    It const it = digit_run_end(first, last);
    attr = digits_numeral(first, it);
    first = it;
    return true;
  }
};
auto const digit_run = digit_run_parser{};

auto const assign = [](auto& ctx) { _val(ctx) = _attr(ctx); };
auto const times = [](auto& ctx) { _val(ctx) *= _attr(ctx); };
auto const plus = [](auto& ctx) { _val(ctx) += _attr(ctx); };

// word numbers accumulate like "thirty-three thousand four hundred": value = total, unit
// holds the pending group until the end.
auto const words_begin = [](auto& ctx) {
  _val(ctx) = ast::numeral{};
  _val(ctx).words = true;
  _val(ctx).unit = 0;  // pending group
};
auto const words_group = [](auto& ctx) { _val(ctx).unit = _attr(ctx); };
auto const words_scale = [](auto& ctx) {
  auto& n = _val(ctx);
  n.value += (n.unit == 0 ? 1 : n.unit) * _attr(ctx);
  n.unit = 0;
};
auto const words_a_scale = [](auto& ctx) {  // "a million", "a dozen"
  _val(ctx).value = _attr(ctx);
  _val(ctx).unit = 0;
};
auto const words_half_scale = [](auto& ctx) {  // "half a million"
  _val(ctx).value = 0.5 * _attr(ctx);
  _val(ctx).unit = 0;
};
auto const words_and_half = [](auto& ctx) {  // "one and a half million"
  _val(ctx).value = (_val(ctx).unit + 0.5) * _attr(ctx);
  _val(ctx).unit = 0;
};
auto const words_end = [](auto& ctx) {
  auto& n = _val(ctx);
  bool alone = n.value == 0;
  n.value += n.unit;
  n.weak = alone && n.value <= 1;  // a lone "one"/"zero"
  double u = trailing_unit(n.value);
  // "one and a half million": the half is significant
  if (std::fmod(n.value, u) != 0) u = 1;
  n.unit = std::max(1.0, std::min(u, n.value >= 1 ? u : 1));
};

auto const amount_set = [](auto& ctx) { _val(ctx) = _attr(ctx); };
auto const amount_scale = [](auto& ctx) {
  _val(ctx).value *= _attr(ctx);
  _val(ctx).unit *= _attr(ctx);
};

auto const reset = [](auto& ctx) {  // every field back to its default but the qualifier (no temporary)
  auto& x = _val(ctx);
  x.kind = ast::form::count;
  x.a = ast::numeral{};
  x.b = ast::numeral{};
  x.range = false;
  x.scale = 1;
  x.unit.clear();
  x.vague = -1;
  x.adjective = false;
  x.to_range = false;
};
auto const set_qualifier = [](auto& ctx) { _val(ctx).qualifier = _attr(ctx); };
auto const set_a = [](auto& ctx) { _val(ctx).a = _attr(ctx); };
auto const set_b = [](auto& ctx) {
  _val(ctx).b = _attr(ctx);
  _val(ctx).range = true;
};
auto const set_unit = [](auto& ctx) { _val(ctx).unit = _attr(ctx); };
auto const as_money = [](auto& ctx) {
  _val(ctx).kind = ast::form::money;
  _val(ctx).unit = _attr(ctx);
};
auto const as_percent = [](auto& ctx) {
  _val(ctx).kind = ast::form::percent;
  _val(ctx).unit = _attr(ctx);
};
auto const as_duration = [](auto& ctx) {
  _val(ctx).kind = ast::form::duration;
  _val(ctx).unit = _attr(ctx);
};
auto const as_duration_adj = [](auto& ctx) {
  _val(ctx).kind = ast::form::duration;
  _val(ctx).unit = _attr(ctx);
  _val(ctx).adjective = true;
};
auto const as_ratio = [](auto& ctx) { _val(ctx).kind = ast::form::ratio; };
auto const as_to_range = [](auto& ctx) { _val(ctx).to_range = true; };
auto const as_vague = [](auto& ctx) {
  _val(ctx).kind = ast::form::vague;
  _val(ctx).vague = _attr(ctx);
};
auto const fraction_one = [](auto& ctx) {  // "a third", "half"
  _val(ctx).kind = ast::form::fraction;
  _val(ctx).a.value = _attr(ctx);
  _val(ctx).a.words = true;
};
auto const fraction_numerator = [](auto& ctx) { _val(ctx).a.value = _attr(ctx); };
auto const fraction_one_pp = [](auto& ctx) {  // "three-quarters of a percentage point": the numerator, if any, times the part
  _val(ctx).a.value = (_val(ctx).a.value == 0 ? 1 : _val(ctx).a.value) * _attr(ctx);
  _val(ctx).a.unit = 0.01;
};
// "2 percentage points to 30%": a range's two ends are in one unit, else they are a change and
// the level it reached (two figures); "$40 million to EUR50 million" are two sums.
auto const same_unit = [](auto& ctx) { _pass(ctx) = _attr(ctx) == _val(ctx).unit; };
auto const as_pp = [](auto& ctx) {
  _val(ctx).kind = ast::form::percent;
  _val(ctx).unit = "pp";
};
auto const one_unit = [](auto& ctx) {  // "a year", "a week"
  _val(ctx).a.value = 1;
  _val(ctx).a.words = true;
  _val(ctx).kind = ast::form::duration;
  _val(ctx).unit = _attr(ctx);
};
auto const fraction_times = [](auto& ctx) {  // "two-thirds"
  _val(ctx).kind = ast::form::fraction;
  _val(ctx).a.value *= _attr(ctx);
  _val(ctx).a.words = true;
};
auto const range_scale = [](auto& ctx) {  // "2 to 3 million": the scale applies to both ends
  _val(ctx).a.value *= _attr(ctx);
  _val(ctx).a.unit *= _attr(ctx);
  _val(ctx).b.value *= _attr(ctx);
  _val(ctx).b.unit *= _attr(ctx);
};

// --- rules --------------------------------------------------------------------------------
x3::rule<class any_scale_class, double> const any_scale = "any_scale";
x3::rule<class big_scale_class, double> const big_scale = "big_scale";
x3::rule<class digits_class, ast::numeral> const digits = "digits";
x3::rule<class word_small_class, double> const word_small = "word_small";
x3::rule<class word_hundreds_class, double> const word_hundreds = "word_hundreds";
x3::rule<class word_number_class, ast::numeral> const word_number = "word_number";
x3::rule<class amount_class, ast::numeral> const amount = "amount";
x3::rule<class expression_class, ast::expression> const expression = "expression";

// `word_small` through a memo: the number-word branches of `expression` (the amount, "two
// thirds", "three-quarters of a point") try it at the same position one after another.
auto const small_m = memo_parser<small_memo_tag, double, decltype(word_small)>(word_small);

auto const any_scale_def = scale_w | hundred_w | dozen_w;
auto const big_scale_def = scale_w | dozen_w;

auto const digits_def = digit_run;

/// Fails at once unless the next byte can begin a number word (tables::number_word_first).
/// Every branch of `word_small` begins with a unit, teen or ten word, so where this fails all of
/// them would have failed too; it only spares their table lookups.
struct number_word_start_parser : x3::parser<number_word_start_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RCtx&, Attr&) const {
    return first != last && x3::get<tables_tag>(ctx).get().number_word_first[static_cast<unsigned char>(*first)];
  }
};
auto const number_word_start = number_word_start_parser{};

// "forty-two", "forty two", "forty", "fourteen", "four". The ten word is read once: a unit
// after it is optional (the same as trying "ten sep unit" and then "ten" alone).
auto const word_small_def = number_word_start >> ((omit[ten_w[assign]] >> -omit[(dash | ws) >> unit_w[plus]]) |
                                                  omit[teen_w[assign]] | omit[unit_w[assign]]);

auto const word_hundreds_def =
    omit[small_m[assign]] >>
    -(ws >> omit[hundred_w[times]] >> -(ws >> -(w("and") >> ws) >> omit[small_m[plus]]));

auto const word_number_def =
    eps[words_begin] >>
    ((w("a") >> ws >> omit[any_scale[words_a_scale]]) |
     (w("half") >> ws >> w("a") >> ws >> omit[scale_w[words_half_scale]]) |
     (omit[small_m[words_group]] >> ws >> w("and") >> ws >> w("a") >> ws >> w("half") >> ws >>
      omit[scale_w[words_and_half]]) |
     (omit[word_hundreds[words_group]] >>
      *(ws >> omit[big_scale[words_scale]] >>
        -(ws >> -(w("and") >> ws) >> omit[word_hundreds[words_group]])))) >>
    eps[words_end];

auto const amount_def = (omit[digits[amount_set]] >>
                         (omit[suffix_w[amount_scale]] |
                          (ws >> omit[any_scale[amount_scale]] >>
                           *(ws >> omit[scale_w[amount_scale]])) |
                          eps)) |
                        omit[word_number[amount_set]];

auto const amount_m = memo_parser<amount_memo_tag, ast::numeral, decltype(amount)>(amount);

// A range's unit after its high end: a percent word, a scale for both ends ("2 to 3 million"),
// or a time unit ("three to five years", "10-12 days": a duration).
auto const range_tail = -((-ws >> omit[percent_w[as_percent]]) | (ws >> omit[scale_w[range_scale]]) |
                          (ws >> omit[duration_w[as_duration]]));

// A sum after its currency prefix: optional spaces, an amount, optional spaces and a currency word.
auto const prefixed_sum = -ws >> omit[amount_m[set_a]] >> -(ws >> omit[currency_word_w]);
// The high end of a money range, written with the low end's currency ("$40 million to $60
// million", "$5m-$7m"): tested by a look-ahead first, as percent_end.
auto const money_end = &(omit[currency_prefix_w[same_unit]] >> -ws >> omit[amount_m]) >> omit[currency_prefix_w] >>
                       -ws >> omit[amount_m[set_b]] >> -(ws >> omit[currency_word_w]);

auto const money =
    (eps[reset] >> omit[currency_prefix_w[as_money]] >> prefixed_sum >>
     -((ws >> w("to") >> ws >> money_end >> eps[as_to_range]) | (-ws >> dash >> -ws >> money_end))) |
    (eps[reset] >> w("between") >> ws >> omit[currency_prefix_w[as_money]] >> prefixed_sum >> ws >> w("and") >> ws >>
     money_end) |
    (eps[reset] >> omit[amount_m[set_a]] >> ws >> omit[currency_word_w[as_money]]);

auto const range = eps[reset] >>
                   ((w("between") >> ws >> omit[amount_m[set_a]] >> ws >> w("and") >> ws >> omit[amount_m[set_b]]) |
                    (omit[amount_m[set_a]] >> -ws >> dash >> -ws >> omit[amount_m[set_b]]) |
                    (omit[amount_m[set_a]] >> ws >> w("to") >> ws >> omit[amount_m[set_b]] >> eps[as_to_range])) >>
                   range_tail;

// The high end of a percent range, in the unit of the low end ("40% to 45%", not "2 percentage
// points to 30%" nor "40% to 50 people"): tested by a look-ahead first, so that a failed range
// leaves no high end behind (actions are not undone when a later part fails).
auto const percent_end = &(omit[amount_m] >> -ws >> omit[percent_w[same_unit]]) >> omit[amount_m[set_b]] >>
                         -ws >> omit[percent_w];

auto const percent =
    (eps[reset] >> omit[amount_m[set_a]] >> -ws >> omit[percent_w[as_percent]] >>
     -((ws >> w("to") >> ws >> percent_end >> eps[as_to_range]) | (-ws >> dash >> -ws >> percent_end))) |
    // "half a percentage point", "three-quarters of a percentage point", "a quarter-point"
    (eps[reset] >> -((w("a") | w("one")) >> (ws | dash)) >> -(omit[small_m[fraction_numerator]] >> (ws | dash)) >>
     omit[fraction_w[fraction_one_pp]] >> (ws | dash) >> -(w("of") >> ws) >> -(w("a") >> ws) >>
     ((omit[percent_w[as_percent]]) | (w("point") >> eps[as_pp])));

auto const duration = (eps[reset] >> omit[amount_m[set_a]] >> ws >> omit[duration_w[as_duration]]) |
                      (eps[reset] >> (w("a") | w("an")) >> ws >> omit[duration_adj_w[one_unit]] >> !dash) |
                      (eps[reset] >> omit[amount_m[set_a]] >> dash >> omit[duration_adj_w[as_duration_adj]] >>
                       !(dash >> (w("old") | w("olds"))));

auto const ratio = eps[reset] >> omit[amount_m[set_a]] >> ws >> (w("in") | (w("out") >> ws >> w("of"))) >> ws >>
                   omit[amount_m[set_b]] >> eps[as_ratio];
// (to_quantity keeps "out of" ratios only for spelled numbers: "133 out of 253" is two counts)

auto const vague = eps[reset] >> omit[vague_w[as_vague]];

auto const fraction = (eps[reset] >> (w("a") | w("one")) >> (ws | dash) >> omit[fraction_w[fraction_one]]) |
                      (eps[reset] >> omit[small_m[fraction_numerator]] >> (ws | dash) >>
                       omit[fraction_w[fraction_times]]) |
                      (eps[reset] >> omit[fraction_w[fraction_one]] >> !(ws >> w("a") >> ws >> scale_w));

auto const count = eps[reset] >> omit[amount_m[set_a]];

// The branches of the core that begin with an amount, in the core's order (for digit_dispatch):
// money's third, range's last two, percent's first, duration's first and third, ratio, count.
auto const money_amount = eps[reset] >> omit[amount_m[set_a]] >> ws >> omit[currency_word_w[as_money]];
auto const range_amount = eps[reset] >>
                          ((omit[amount_m[set_a]] >> -ws >> dash >> -ws >> omit[amount_m[set_b]]) |
                           (omit[amount_m[set_a]] >> ws >> w("to") >> ws >> omit[amount_m[set_b]] >> eps[as_to_range])) >>
                          range_tail;
auto const percent_amount =
    eps[reset] >> omit[amount_m[set_a]] >> -ws >> omit[percent_w[as_percent]] >>
    -((ws >> w("to") >> ws >> percent_end >> eps[as_to_range]) | (-ws >> dash >> -ws >> percent_end));
auto const duration_amount = (eps[reset] >> omit[amount_m[set_a]] >> ws >> omit[duration_w[as_duration]]) |
                             (eps[reset] >> omit[amount_m[set_a]] >> dash >> omit[duration_adj_w[as_duration_adj]] >>
                              !(dash >> (w("old") | w("olds"))));

auto const core_digit = money_amount | range_amount | percent_amount | duration_amount | ratio | count;
auto const core_full = money | range | percent | duration | ratio | vague | fraction | count;

auto const expression_def = -(omit[qualifier_w[set_qualifier]] >> ws) >>
                            digit_dispatch<std::decay_t<decltype(amount_m)>, std::decay_t<decltype(count)>,
                                           std::decay_t<decltype(core_digit)>, std::decay_t<decltype(core_full)>>(
                                amount_m, count, core_digit, core_full);

BOOST_SPIRIT_DEFINE(any_scale, big_scale, digits, word_small, word_hundreds, word_number, amount, expression)

}  // namespace claimcheck::parser::grammar
