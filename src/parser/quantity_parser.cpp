// The scanner around the X3 grammar: finds candidate word starts quickly, runs the grammar
// there, turns the AST into a quantity with its interval, and drops what is not a claim
// (dates, years, times, ordinals, identifiers, addresses, measurements).
//
// Cost is linear in the sentence: every attempt either consumes its match or the scanner
// moves past the whole numeral run it started at.

#include "claimcheck/parser/quantity_parser.hpp"

#include "claimcheck/lexicon/lexicon.hpp"
#include "grammar.hpp"
#include "tables.hpp"
#include "byte_scan.hpp"
#include "word_set.hpp"
#include "text/literal.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <map>
#include <string>
#include <vector>

namespace claimcheck::parser {
namespace {

// Byte classes by table: the word scans below (word_before, word_after) test every byte.
enum : unsigned char { c_alpha = 1, c_digit = 2, c_high = 4, c_upper = 8, c_word_before = 16, c_word_after = 32 };
constexpr auto byte_classes = [] {
  std::array<unsigned char, 256> t{};
  for (int c = 0; c < 256; ++c) {
    unsigned char k = 0;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) k |= c_alpha;
    if (c >= 'A' && c <= 'Z') k |= c_upper;
    if (c >= '0' && c <= '9') k |= c_digit;
    if (c >= 0x80) k |= c_high;
    if (k & (c_alpha | c_digit | c_high) || c == '.' || c == '-') k |= c_word_before;  // see word_before
    if (k & c_word_before || c == '\'') k |= c_word_after;                              // see word_after
    t[static_cast<std::size_t>(c)] = k;
  }
  return t;
}();
unsigned char byte_class(char c) { return byte_classes[static_cast<unsigned char>(c)]; }
bool is_alpha(char c) { return byte_class(c) & c_alpha; }
bool is_digit(char c) { return byte_class(c) & c_digit; }
bool is_word(char c) { return byte_class(c) & (c_alpha | c_digit | c_high); }
bool is_upper(char c) { return byte_class(c) & c_upper; }

// std::string_view::substr without its out-of-range throw (which keeps GCC from inlining it):
// the same view for every pos <= s.size(), which is all the scanner ever asks for.
inline std::string_view sub(std::string_view s, std::size_t pos, std::size_t count = std::string_view::npos) {
  pos = pos < s.size() ? pos : s.size();
  return {s.data() + pos, count < s.size() - pos ? count : s.size() - pos};
}

// s.substr(i, N - 1) == lit for a literal, inline and without a memcmp call (i <= s.size()).
template <std::size_t N>
inline bool at(std::string_view s, std::size_t i, char const (&lit)[N]) {
  if (i > s.size() || s.size() - i < N - 1) return false;
  for (std::size_t k = 0; k + 1 < N; ++k) {
    if (s[i + k] != lit[k]) return false;
  }
  return true;
}

// s.compare(i, w.size(), w) == 0 (i <= s.size()), inline: string_view's compare is a call
// (a trigger word's phrases are tried at every candidate it starts)
inline bool starts_at(std::string_view s, std::size_t i, std::string_view w) {
  if (s.size() - i < w.size()) return false;
  for (std::size_t k = 0; k < w.size(); ++k)
    if (s[i + k] != w[k]) return false;
  return true;
}

// s == lit, inline (text/literal.hpp: std::string's == with a char const* is a call, with a
// strlen; the scanner asks it of every figure's unit)
using text::is_lit;

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return out;
}

// v == std::floor(v) for a finite v, without floor's sequence (no SSE4.1 round here): a double of
// magnitude 2^52 or more is whole; a smaller one is whole when truncation keeps it.
inline bool is_whole(double v) {
  return !(std::fabs(v) < 0x1p52) || v == static_cast<double>(static_cast<std::int64_t>(v));
}

bool looks_like_year(ast::numeral const& n) {
  return !n.words && !n.grouped && n.digits == 4 && n.unit >= 1 && n.value >= 1800 && n.value <= 2100;
}

}  // namespace

struct quantity_parser::impl {
  explicit impl(lexicon const& lex) : t(lex) {
    auto first_word = [](std::string const& phrase) {
      auto l = lower(phrase);
      auto sp = l.find(' ');
      return sp == std::string::npos ? l : l.substr(0, sp);
    };
    // The words a parse can start at: the first words of the table entries that can begin an
    // expression, and the grammar's own first words. A word that is not itself a whole entry
    // (or one of those literals) can only start a parse through an entry that begins with it,
    // so the scan starts X3 there only when one of those phrases follows ("in" only as
    // "in excess of"): the symbol tables match the same bytes, so nothing is lost.
    std::map<std::string, std::vector<std::string>, std::less<>> starts;  // first word -> phrases; empty = any
    auto add_start = [&](std::string const& phrase, bool whole) {
      auto w = first_word(phrase);
      if (w.empty() || !is_alpha(w[0])) return;
      auto [it, fresh] = starts.try_emplace(w);
      if (!fresh && it->second.empty()) return;  // already a start whatever follows
      if (whole || w.size() == phrase.size()) {
        it->second.clear();
      } else {
        it->second.push_back(lower(phrase));
      }
    };
    for (auto const* name : {"numbers", "fractions", "qualifiers", "vague", "currencies"}) {
      for (auto const& row : lex.table(name).rows) {
        // a currency written as a word ("dollars") only ever follows an amount: never a start
        if (std::string_view(name) == "currencies" && std::string_view(row.at(2)) != "prefix") continue;
        add_start(row.at(0), false);
      }
    }
    for (auto w : {"a", "an", "half", "between", "one"}) add_start(w, true);
    trigger_phrases.emplace_back();  // index 0: any continuation
    for (auto& [w, phrases] : starts) {
      start3_set(static_cast<unsigned char>(w[0]), w.size() > 1 ? static_cast<unsigned char>(w[1]) : 0,
                 w.size() > 2 ? static_cast<unsigned char>(w[2]) : 0);
      if (phrases.empty()) {
        triggers.insert(w, 0);
      } else {
        triggers.insert(w, static_cast<std::uint32_t>(trigger_phrases.size()));
        trigger_phrases.push_back(std::move(phrases));
      }
    }
    for (unsigned a = 0; a < 256; ++a) {
      std::uint64_t* const row = &start2[a << 2];  // the 256 bits of the pairs that begin with a
      if (!is_alpha(static_cast<char>(a))) {
        row[0] = row[1] = row[2] = row[3] = ~std::uint64_t{0};
        continue;
      }
      bool const alone = triggers.may_begin(static_cast<unsigned char>(a), 0);  // b no letter
      for (unsigned b = 0; b < 256; ++b) {
        if (is_alpha(static_cast<char>(b)) ? triggers.may_begin(static_cast<unsigned char>(a), static_cast<unsigned char>(b))
                                           : alone)
          row[b >> 6] |= std::uint64_t{1} << (b & 63);
      }
    }
    // The first bytes after a figure where a postfix qualifier may begin: a space (before a
    // word) or the phrase's own first byte ("-plus", "+").
    for (auto const& [phrase, rule] : t.postfix_qualifiers) {
      postfix_first[static_cast<unsigned char>(is_alpha(phrase[0]) ? ' ' : phrase[0])] = true;
      if (is_alpha(phrase[0])) postfix_firsts.insert(phrase.substr(0, phrase.find(' ')));
    }
    for (auto const& row : lex.table("not_quantities").rows) {
      std::string_view const side = row.at(1);
      if (side == "after") not_after.insert(lower(row.at(0)));
      else if (side == "name") name_after.insert(lower(row.at(0)));
      else if (side == "before") not_before.insert(lower(row.at(0)));
      else lex.fail(lex.table("not_quantities"), row, "side must be before, after or name");
    }
    for (auto const& row : lex.table("quantity_context").rows) {
      std::string_view const role = row.at(1);
      auto w = lower(row.at(0));
      if (role == "negative") sign_words.insert(w);
      else if (role == "pp_points") pp_points.insert(w);
      else if (role == "multiplier") multiplier_words.insert(w);
      else if (role == "multiplier_follower") multiplier_followers.insert(w);
      else if (role == "length_suffix") length_suffixes.insert(w);
      else if (role == "age_suffix") age_suffixes.insert(w);
      else if (role == "offset") offset_words.insert(w);
      else if (role == "spread") spread_words.insert(w);
      else if (role == "age_before") age_before.insert(w);
      else if (role == "age_noun") age_nouns.insert(w);
      else if (role == "age_bound") age_bounds.insert(w);
      else if (role == "set_event") set_events.insert(w);
      else if (role == "fraction_follower") not_count_followers.insert(w);
      else if (role == "rank_possessive") rank_possessives.insert(w);
      else lex.fail(lex.table("quantity_context"), row, "unknown role");
    }
    for (auto const& row : lex.table("currencies").rows)
      if (std::string_view(row.at(2)) == "hundredth") hundredths.insert(lower(row.at(0)));
    for (auto const& row : lex.table("units").rows) {
      auto w = lower(row.at(0));
      if (w == row.at(1) || (!w.empty() && w.back() != 's')) unit_singular.insert(w, row.at(1));
    }
    for (auto const& row : lex.table("determiners").rows) determiners.insert(lower(row.at(0)));
    for (auto const& row : lex.table("function_words").rows) function_words.insert(lower(row.at(0)));
    for (auto const& row : lex.table("predicates").rows) {
      if (std::string_view(row.at(1)) == "rise" || std::string_view(row.at(1)) == "fall") change_verbs.insert(lower(row.at(0)));
    }
    for (auto const& row : lex.table("dates").rows) {
      int n = std::atoi(row.at(2).c_str());
      if (std::string_view(row.at(1)) == "month") months.insert(lower(row.at(0)), n);
      else if (std::string_view(row.at(1)) == "weekday") weekdays.insert(lower(row.at(0)), n);
      else lex.fail(lex.table("dates"), row, "kind must be month or weekday");
    }
  }

  tables t;
  word_map<std::uint32_t> triggers;                      // start word -> index into trigger_phrases
  // By a word start's first two bytes, whatever they are (bit a << 8 | b): clear where `a` is an
  // ASCII letter and no start word begins with it and `b` (0 in place of a `b` that is no
  // letter: triggers' two-byte table), so a word start is turned away with one load, before its
  // bytes are classed.
  std::array<std::uint64_t, 1024> start2{};
  bool start2_maybe(unsigned a, unsigned b) const {
    std::size_t const k = a << 8 | b;
    return start2[k >> 6] >> (k & 63) & 1;
  }
  // True when no start word begins at the word start p + i: by its first two bytes (start2), or
  // for a letter by its first three letters (start3). p holds a zero after the sentence, so the
  // byte after the last is no letter.
  [[gnu::always_inline]] bool opens_nothing(char const* p, std::size_t i) const {
    unsigned const c0 = static_cast<unsigned char>(p[i]), b1 = static_cast<unsigned char>(p[i + 1]);
    if (!start2_maybe(c0, b1)) return true;
    if (!is_alpha(p[i])) return false;
    unsigned const c1 = is_alpha(p[i + 1]) ? b1 : 0;
    unsigned const c2 = c1 != 0 && is_alpha(p[i + 2]) ? static_cast<unsigned char>(p[i + 2]) : 0;
    return !start3_maybe(c0, c1, c2);
  }
  // The first three bytes of every start word (a shorter word: its bytes, then 0s), hashed into
  // 65,536 bits: a word whose own first three (letters, 0 past its end) are not set is no start
  // word (tested after triggers' two-byte table: "the", "thing" pass that one, not this).
  std::array<std::uint64_t, 1024> start3{};
  static std::size_t start3_bit(unsigned a, unsigned b, unsigned c) {
    return ((a * 0x9E3779B1u) ^ (b * 0x85EBCA77u) ^ (c * 0xC2B2AE3Du)) >> 7 & 0xFFFF;
  }
  void start3_set(unsigned a, unsigned b, unsigned c) {
    std::size_t const k = start3_bit(a, b, c);
    start3[k >> 6] |= std::uint64_t{1} << (k & 63);
  }
  bool start3_maybe(unsigned a, unsigned b, unsigned c) const {
    std::size_t const k = start3_bit(a, b, c);
    return start3[k >> 6] >> (k & 63) & 1;
  }
  std::vector<std::vector<std::string>> trigger_phrases;  // [0] empty: any continuation
  word_set not_before, not_after, change_verbs;
  word_set name_after;  // a street name's words: after a space only (not_quantities.tsv "name")
  word_set hundredths;  // a currency's hundredth ("cents", "pence"; currencies.tsv "hundredth")
  std::array<bool, 256> postfix_first{};  // see postfix_qualifier
  word_set postfix_firsts;                // the first words of the postfix phrases ("or", "and")
  word_set age_before, age_nouns, age_bounds;  // see age_figure
  static constexpr double max_age = 130;
  static constexpr char age_unit[] = "year";
  // quantity_context.tsv: sign words, "points" after a percentage-point change, "-long" and
  // "-old" suffixes, time offsets, words that make "over" a preposition; units.tsv singular time
  // units; determiners; function words
  word_set multiplier_words, multiplier_followers;  // "three times the usual level" (quantity_context.tsv)
  word_set sign_words, pp_points, length_suffixes, age_suffixes, offset_words, spread_words, determiners,
      function_words, set_events;
  word_map<std::string> unit_singular;
  // quantity_context.tsv: words that may follow a fraction without making it an ordinal ("half
  // are homeless", "half our members", "up a fifth since May": fraction_follower); possessives
  // that make a small spelled number before a superlative a rank ("its three largest": rank_possessive)
  word_set not_count_followers, rank_possessives;
  word_set const ordinals = {"first", "second", "third", "fourth", "last",
                             "preceding", "previous", "next", "same", "final"};
  word_map<int> months, weekdays;

  // The word (letters, digits, '.', '-') that ends right before position i, lowercased.
  [[gnu::always_inline]] static std::string_view word_before(std::string_view lc, std::size_t lo, std::size_t i) {
    std::size_t e = i;
    while (e > lo && (lc[e - 1] == ' ' || lc[e - 1] == '\t')) --e;
    std::size_t b = e;
    while (b > lo && (byte_class(lc[b - 1]) & c_word_before)) --b;  // a word byte, '.' or '-'
    return sub(lc, b, e - b);
  }

  // The word that starts after position i (skipping spaces and dashes).
  static std::size_t word_after(std::string_view lc, std::size_t i, std::size_t hi, std::string_view& out) {
    std::size_t b = i;
    while (b < hi && (lc[b] == ' ' || lc[b] == '-' || lc[b] == '\t')) ++b;
    std::size_t e = b;
    while (e < hi && (byte_class(lc[e]) & c_word_after)) ++e;  // a word byte, '.', '-' or '\''
    while (e > b && (lc[e - 1] == '.' && !(e - b >= 3 && lc[e - 3] == '.'))) --e;  // keep "a.m."
    out = sub(lc, b, e - b);
    return e;
  }

  // `before` is word_before(lc, lo, start), which the caller has at hand.
  [[gnu::always_inline]] bool excluded_by_context(std::string_view orig, std::string_view lc, std::size_t lo, std::size_t hi,
                           std::size_t start, std::size_t end, bool ends_in_digit, std::string_view before) const {
    // Directly attached characters: "COVID-19", "F-16", "#3", "10:30", "10/7", "7th", "3D".
    if (start > lo) {
      char p = lc[start - 1];
      if (p == '#' || p == ':' || p == '/' || p == '+' || p == '.' || p == '@') return true;
      if (p == '-' && start - 1 > lo && is_word(lc[start - 2])) return true;
    }
    // A leading zero ("0958") or a digit group right after ("20 7946"): phone numbers, codes.
    if (is_digit(lc[start]) && lc[start] == '0' && start + 1 < hi && is_digit(lc[start + 1])) return true;
    if (ends_in_digit) {
      std::size_t k = end;
      // ... also after a closing bracket: an area code ("(555) 014-2231", "(613) 555 0100")
      if (k < hi && lc[k] == ')' && start > lo && lc[start - 1] == '(') ++k;
      while (k < hi && lc[k] == ' ') ++k;
      if (k > end && k < hi && is_digit(lc[k])) return true;
      // ... and the last group of one ("0800 414 222"): three or more digits right after a bare
      // group of three or more
      std::size_t b = start;
      while (b > lo && lc[b - 1] == ' ') --b;
      std::size_t g = b;
      while (g > lo && is_digit(lc[g - 1])) --g;
      if (b < start && b - g >= 3 && end - start >= 3 && (g == lo || lc[g - 1] == ' ') &&
          std::all_of(lc.begin() + static_cast<std::ptrdiff_t>(start), lc.begin() + static_cast<std::ptrdiff_t>(end),
                      [](char ch) { return is_digit(ch); }))
        return true;
    }
    // A compound modifier ("a three-phase truce", "a 12-member panel"): declined, the number
    // describes the thing rather than counting it (durations were already read as such).
    if (end + 1 < hi && lc[end] == '-' && is_alpha(lc[end + 1])) return true;
    if (end < hi) {
      char n = lc[end];
      if (ends_in_digit && (is_alpha(n) || n == '/' || n == '@' || n == '_')) return true;
      if ((n == ':' || n == '/' || n == '.' || n == '-') && end + 1 < hi && is_digit(lc[end + 1])) return true;
    }
    if (not_before.contains_padded(before)) return true;
    // ... also over a short code in capitals between the listed word and the number ("flight SK
    // 2214", "platform B 4")
    if (!before.empty() && before.size() <= 3) {
      auto const bs = static_cast<std::size_t>(before.data() - lc.data());
      bool code = bs + before.size() <= orig.size();
      for (std::size_t k = bs; code && k < bs + before.size(); ++k) code = is_upper(orig[k]);
      if (code && not_before.contains_padded(word_before(lc, lo, bs))) return true;
    }
    // Up to three words after: the first may be any listed word; later ones only through a
    // run of capitalized words ("10 Downing Street").
    std::string_view word;
    std::size_t pos = end;
    for (int k = 0; k < 3 && pos < hi; ++k) {
      std::size_t b = pos;
      while (b < hi && (lc[b] == ' ' || lc[b] == '-')) ++b;
      // A word that is not capitalized ends the walk: when no listed word begins with its first
      // two bytes (either as they are or as a one-byte word: the end of a word is found by
      // reading it), it is not read at all (most figures).
      if (b < orig.size() && !is_upper(orig[b])) {
        std::size_t w = b;
        while (w < hi && (lc[w] == ' ' || lc[w] == '-' || lc[w] == '\t')) ++w;  // where word_after starts
        if (w >= hi) break;
        unsigned char const w0 = static_cast<unsigned char>(lc[w]);
        unsigned char const w1 = w + 1 < hi ? static_cast<unsigned char>(lc[w + 1]) : 0;
        if (!not_after.may_begin(w0, w1) && !not_after.may_begin(w0, 0) &&
            !(ends_in_digit && (name_after.may_begin(w0, w1) || name_after.may_begin(w0, 0))))
          break;
      }
      pos = word_after(lc, pos, hi, word);
      if (word.empty()) break;
      if (not_after.contains_padded(word)) return true;
      // ("10 Downing Street", but "a six-lane highway", "a two-lane road": a dash joins a compound
      // modifier's noun, and the noun it modifies may be a street's word)
      if (ends_in_digit && name_after.contains_padded(word) && lc[static_cast<std::size_t>(word.data() - lc.data()) - 1] != '-')
        return true;
      if (b >= orig.size() || !is_upper(orig[b])) break;
    }
    return false;
  }

  void find_dates(std::string_view orig, std::string_view lc, std::size_t lo, std::size_t hi,
                  scan::sentence_bits const& bits, std::vector<date_mention>& out) const {
    auto read_int = [&](std::size_t& i, int max_digits) {
      int v = 0, n = 0;
      while (i < hi && is_digit(lc[i]) && n < max_digits + 1) {
        v = v * 10 + (lc[i] - '0');
        ++i;
        ++n;
      }
      return n >= 1 && n <= max_digits && !(i < hi && is_digit(lc[i])) ? v : -1;
    };
    auto skip_sp = [&](std::size_t i) {
      while (i < hi && (lc[i] == ' ' || lc[i] == '\t')) ++i;
      if (i + 1 < hi && at(lc, i, "\xC2\xA0")) i += 2;
      return i;
    };
    auto ordinal_suffix = [&](std::size_t i) {  // "st", "nd", "rd", "th" and no letter after
      if (i + 1 < hi) {
        char const a = lc[i], b = lc[i + 1];
        if (((a == 's' && b == 't') || (b == 'd' && (a == 'n' || a == 'r')) || (a == 't' && b == 'h')) &&
            !(i + 2 < hi && is_alpha(lc[i + 2])))
          return i + 2;
      }
      return i;
    };
    auto since_before = [&](std::size_t i) {
      auto w = word_before(lc, lo, i);
      if (is_lit(w, "on") || is_lit(w, "of")) w = word_before(lc, lo, i - std::min(i - lo, w.size() + 1));
      return is_lit(w, "since") || is_lit(w, "from");
    };
    std::size_t i = lo;
    while (i < hi) {
      // Only a capitalized word (a month or weekday name) or a number (a day) can start a
      // date: skip to the next such word start (bit sets of the sentence).
      // A set bit is an uppercase letter or digit whose previous byte is not a word byte, so
      // no further word-start test is needed; the letters run to the next non-letter bit.
      i = std::min(hi, bits.next(bits.date_starts, i));
      if (i >= hi) break;
      std::size_t const e = is_digit(lc[i]) ? i : std::min(hi, bits.alpha_end(i));
      std::string_view word = sub(lc, i, e - i);
      // month and weekday names count only when capitalized: test that before looking up
      bool const name = is_upper(orig[i]);
      int const* m = name ? months.find_padded(word) : nullptr;
      if (m) {
        std::size_t j = e;
        if (j < hi && lc[j] == '.') ++j;
        j = skip_sp(j);
        date_mention d;
        d.month = *m;
        std::size_t k = j;
        int day = read_int(k, 2);
        if (day >= 1 && day <= 31) {
          d.day = day;
          k = ordinal_suffix(k);
          std::size_t y = k;
          if (y < hi && lc[y] == ',') ++y;
          y = skip_sp(y);
          std::size_t y2 = y;
          int year = read_int(y2, 4);
          if (year >= 1800 && year <= 2100) {
            d.year = year;
            k = y2;
          }
          d.span = {i, k};
        } else {
          std::size_t y2 = j;
          int year = read_int(y2, 4);
          if (year >= 1800 && year <= 2100) {
            d.year = year;
            d.span = {i, y2};
          } else if (word.size() >= 4 && word != "march" && word != "may") {
            d.span = {i, e};  // a bare month name ("in November")
          } else {
            i = e;
            continue;
          }
        }
        d.since = since_before(i);
        out.push_back(d);
        i = d.span.end;
        continue;
      }
      if (int const* wd = name ? weekdays.find_padded(word) : nullptr) {
        date_mention d;
        d.weekday = *wd;
        d.span = {i, e};
        d.since = since_before(i);
        out.push_back(d);
        i = e;
        continue;
      }
      if (is_digit(lc[i])) {
        std::size_t k = i;
        int day = read_int(k, 2);
        // A month can follow a day only past an ordinal suffix, a space or "of": most figures
        // ("1,200", "4.5", "30%") stop here.
        auto const may_go_on = [&] {
          if (k >= hi) return false;
          char const c = lc[k];
          return c == ' ' || c == 's' || c == 't' || c == 'n' || c == 'r' || c == 'o' || c == '\t' || c == '\xC2';
        };
        if (day >= 1 && day <= 31 && may_go_on()) {
          std::size_t k2 = skip_sp(ordinal_suffix(k));
          if (k2 < hi && at(lc, k2, "of")) k2 = skip_sp(k2 + 2);
          // a month name must follow, capitalized: test that before reading its letters
          bool const cap = k2 > k && k2 < hi && is_upper(orig[k2]);
          std::size_t const me = cap ? std::min(hi, bits.alpha_end(k2)) : k2;
          int const* m = cap ? months.find_padded(sub(lc, k2, me - k2)) : nullptr;
          if (m) {
            date_mention d;
            d.day = day;
            d.month = *m;
            std::size_t end = me;
            if (end < hi && lc[end] == '.') ++end;
            std::size_t y = skip_sp(end);
            int year = read_int(y, 4);
            if (year >= 1800 && year <= 2100) {
              d.year = year;
              end = y;
            }
            d.span = {i, end};
            d.since = since_before(i);
            out.push_back(d);
            i = end;
            continue;
          }
        }
      }
      i = std::max(e, i + 1);
    }
  }

  // A fraction word used as an ordinal ("the fifth week", "a third term", "the second quarter"),
  // or a small spelled number naming a known set ("the two sides").
  // `before` is word_before(lc, 0, start), which the caller has at hand.
  bool ordinal_use(std::string_view lc, std::size_t start, std::size_t end, ast::expression const& x,
                   std::string_view before) const {
    if (x.kind == ast::form::fraction) {
      if (ordinals.contains_padded(before)) return true;
      // the size of a change is a share ("rose by a fifth", "up a third", "down a quarter")
      if (before == "by" || before == "up" || before == "down") return false;
      // a bare fraction word after a determiner or possessive is an ordinal ("his third", "its
      // fifth"): a share is written "a third", "one in three", "a third of"
      if (x.qualifier < 0 && determiners.contains_padded(before) &&
          sub(lc, start, end - start).find_first_of(" -") == std::string_view::npos)
        return true;
      std::string_view next;
      word_after(lc, end, lc.size(), next);
      if (!next.empty() && next != "of" && is_alpha(next[0]) && !not_count_followers.contains_padded(next)) return true;
    }
    // "its three largest towns", "their two biggest ports": a possessive before a small spelled
    // number and a superlative ranks, it does not count
    if (x.kind == ast::form::count && x.a.words && !x.range && x.a.value < 10 &&
        rank_possessives.contains_padded(before)) {
      std::string_view next;
      word_after(lc, end, lc.size(), next);
      if (next.size() > 4 && next.ends_with("est")) return true;
    }
    // ("the three-week-old strike", "the five-member panel": a compound modifier, no known set)
    if (x.kind == ast::form::count && x.a.words && !x.range && x.a.value < 10 && before == "the" &&
        !(end + 1 < lc.size() && lc[end] == '-' && is_alpha(lc[end + 1]))) {
      // "the nine members" names a known set, unless it is the whole of a partitive: "seven of
      // the nine members", "3 of the five judges"
      auto const the_at = static_cast<std::size_t>(before.data() - lc.data());
      auto const of = word_before(lc, 0, the_at);
      // ... unless what happened to them follows its noun: "the nine people killed in the crush"
      // is a count (quantity_context.tsv set_event), "the two sides agreed" a known set
      if (of != "of") {
        std::string_view noun, event;
        std::size_t const e = word_after(lc, end, lc.size(), noun);
        if (!noun.empty() && is_alpha(noun[0])) word_after(lc, e, lc.size(), event);
        return !set_events.contains_padded(event);
      }
      auto const part = word_before(lc, 0, static_cast<std::size_t>(of.data() - lc.data()));
      // "Of the nine babies sickened, five were newborns": "of" opening its sentence or line
      // fronts a partitive's whole, which counts (no word before, or one that ends a sentence)
      bool const fronted = part.empty() || part.back() == '.';
      bool const count = fronted || (part != "one" && (is_digit(part[0]) || t.unit_words.find(part) ||
                                                       t.teen_words.find(part)));
      return !count;
    }
    return false;
  }

  // A "to" range right after "by" or a change verb ("rose by 5 to 40", "fell from 40 to 30").
  bool is_change_context(std::string_view lc, std::size_t i) const {
    auto w = word_before(lc, 0, i);
    if (!w.empty() && sign_words.contains_padded(w)) {  // "from minus 0.25% to 0.5%"
      i = static_cast<std::size_t>(w.data() - lc.data());
      w = word_before(lc, 0, i);
    }
    if (w == "by") return true;
    if (w == "from" && i >= 5) return change_verbs.contains(word_before(lc, 0, i - 5));
    if (at(lc, i, "from ")) return change_verbs.contains(w);
    return false;
  }

  static bool overlaps(byte_span a, byte_span b) { return a.start < b.end && b.start < a.end; }

  // The end of a qualifier written after a figure that ends at `end` (postfix_qualifiers.tsv),
  // which becomes the figure's qualifier (x.qualifier) unless one stands before the figure
  // ("some 500-plus": the first word qualifies); `end` when none follows.
  std::size_t postfix_qualifier(std::string_view lc, std::size_t end, ast::expression& x) const {
    bool const space = lc[end] == ' ';
    // (after a space, only a phrase's first word can begin one: "or", "and", "at"; most figures
    // are followed by none of them)
    if (space) {
      // (the first two bytes of the word word_after would read, as they are or as a one-byte
      // word: when no first word begins so, it is not read at all, as for most figures; an
      // empty word begins no entry either)
      std::size_t b = end;
      while (b < lc.size() && (lc[b] == ' ' || lc[b] == '-' || lc[b] == '\t')) ++b;
      if (b >= lc.size()) return end;
      unsigned char const b0 = static_cast<unsigned char>(lc[b]);
      unsigned char const b1 = b + 1 < lc.size() ? static_cast<unsigned char>(lc[b + 1]) : 0;
      if (!postfix_firsts.may_begin(b0, b1) && !postfix_firsts.may_begin(b0, 0)) return end;
      std::string_view first;
      word_after(lc, end, lc.size(), first);
      if (!postfix_firsts.contains(first)) return end;
    }
    for (auto const& [phrase, rule] : t.postfix_qualifiers) {
      bool const word = is_alpha(phrase[0]);
      if (word != space) continue;
      std::size_t const from = end + (word ? 1 : 0);
      if (from > lc.size() || !starts_at(lc, from, phrase)) continue;
      std::size_t const e = from + phrase.size();
      if (e < lc.size() && is_word(lc[e])) continue;  // "or moreover", "-plusses"
      if (x.qualifier < 0) x.qualifier = rule;
      return e;
    }
    return end;
  }

  // True when the quantity q over [start, end) is an age (quantity_context.tsv: age_before,
  // age_noun, age_bound): a count of whole years no one lives past, or already a duration in
  // the age's unit ("aged 65 years or over"), after "aged", or a figure bounded by "under" or
  // "over" right after a noun of people, or after such a noun and "of" ("a boy of four"), and
  // before no noun of its own ("children under five were", not "people over 50 miles", "women
  // of 40 countries"). `before` is the word before `start`.
  bool age_figure(std::string_view lc, std::size_t start, std::size_t end, std::string_view before,
                  quantity const& q) const {
    if (!(q.kind == quantity_kind::count && q.unit.empty()) && !(q.kind == quantity_kind::duration && is_lit(q.unit, age_unit)))
      return false;
    if (!is_whole(q.value) || q.value <= 0 || q.value > max_age || (q.hi && *q.hi > max_age)) return false;
    if (age_before.contains_padded(before)) return true;
    if (q.kind != quantity_kind::count) return false;
    std::string_view word;
    if (before == "of") {
      // "a boy of four", "a woman of 90 was rescued": "of" after a noun of people
      auto const bs = static_cast<std::size_t>(before.data() - lc.data());
      if (!age_nouns.contains_padded(word_before(lc, 0, bs))) return false;
    } else {
      if (!age_nouns.contains_padded(before)) return false;
      word_after(lc, start, lc.size(), word);
      if (!age_bounds.contains_padded(word)) return false;
    }
    if (end < lc.size() && lc[end] != ' ') return !is_word(lc[end]);
    word_after(lc, end, lc.size(), word);
    return word.empty() || !is_alpha(word[0]) || function_words.contains_padded(word);
  }

  // An age in apposition ("Maria Ruiz, 45, said", "the driver, 52, was"): one or two bare
  // digits set off by commas right after a word (a list of figures has a figure before). Like any
  // age it is a quantity, in years, and no claim (docs/corpus.md).
  static bool apposition_age(std::string_view lc, std::size_t lo, std::size_t start, std::size_t end,
                             std::string_view before) {
    if (!before.empty() || end - start > 2 || end >= lc.size() || lc[end] != ',') return false;
    for (std::size_t k = start; k < end; ++k)
      if (!is_digit(lc[k])) return false;
    std::size_t p = start;
    while (p > lo && lc[p - 1] == ' ') --p;
    return p > lo + 1 && p < start && lc[p - 1] == ',' && is_alpha(lc[p - 2]);
  }

  // The interval the qualifier and rounding allow around [a, b].
  void apply_qualifier(quantity& q, ast::expression const& x, double a, double b, double unit_a,
                       double unit_b) const {
    q.lo = a;
    q.hi = b;
    if (x.qualifier < 0) return;
    auto const& rule = t.qualifier_rules[static_cast<std::size_t>(x.qualifier)];
    q.qualifier = rule.name;
    using k = qualifier_rule::kind;
    switch (rule.rule) {
      case k::exact: break;
      case k::approx:
        q.lo = a - rule.param * unit_a;
        q.hi = b + rule.param * unit_b;
        break;
      case k::below: q.lo = a * (1 - rule.param); break;
      case k::above: q.hi = b * (1 + rule.param); break;
      case k::min: q.hi.reset(); break;
      case k::max: q.lo.reset(); break;
    }
  }

  // Moves x.unit into q (the caller no longer needs it), which is a new quantity (no unit yet).
  [[gnu::always_inline]] bool to_quantity(ast::expression& x, quantity& q) const {
    double a = x.a.value, b = x.range ? x.b.value : x.a.value;
    double ua = x.a.unit, ub = x.range ? x.b.unit : x.a.unit;
    if (!std::isfinite(a) || !std::isfinite(b)) return false;
    switch (x.kind) {
      case ast::form::count: q.kind = quantity_kind::count; break;
      case ast::form::percent: q.kind = quantity_kind::percent; break;
      case ast::form::money: q.kind = quantity_kind::money; break;
      case ast::form::duration: q.kind = quantity_kind::duration; break;
      case ast::form::fraction:
        q.kind = quantity_kind::fraction;
        ua = ub = 0.1;  // a spelled fraction is precise to about a tenth ("about half": 0.45-0.55)
        break;
      case ast::form::ratio:
        if (!x.range || b <= 0 || a >= b || b > 100) return false;
        q.kind = quantity_kind::ratio;
        a = b = x.a.value / x.b.value;
        ua = ub = 0.1 * a;
        break;
      case ast::form::vague: {
        auto const& v = t.vague_entries[static_cast<std::size_t>(x.vague)];
        q.kind = quantity_kind::count;
        q.value = v.value;
        q.lo = v.lo;
        q.hi = v.hi;
        if (x.qualifier >= 0) q.qualifier = t.qualifier_rules[static_cast<std::size_t>(x.qualifier)].name;
        return true;
      }
    }
    if (x.kind != ast::form::ratio && x.kind != ast::form::fraction) {
      if (x.range) {
        if (looks_like_year(x.a) || looks_like_year(x.b) || b <= a) return false;
        // "555-1234": a phone number, not a range
        if (!x.a.words && !x.b.words && !x.b.grouped && x.b.digits >= 4 && x.a.digits != x.b.digits) return false;
      } else if (x.a.weak && x.kind == ast::form::count) {
        return false;
      } else if (x.kind == ast::form::count && x.qualifier < 0 && looks_like_year(x.a)) {
        return false;  // a year is a date, not a quantity
      }
    }
    q.value = a;
    if (!x.unit.empty()) q.unit = std::move(x.unit);  // (most figures have none: no string move)
    apply_qualifier(q, x, a, b, ua, ub);
    // Whole things: round inward. Without a qualifier the ends are a and b themselves, which
    // that keeps when whole and nonzero (ceil(-1e-9) is -0: a zero end goes through it).
    if (q.kind == quantity_kind::count && (x.qualifier >= 0 || a == 0 || b == 0) && is_whole(a) && is_whole(b)) {
      if (q.lo) q.lo = std::ceil(*q.lo - 1e-9);
      if (q.hi) q.hi = std::floor(*q.hi + 1e-9);
    }
    return true;
  }

  void parse(std::string_view text, byte_span s, prepared_text const* prepared, parse_result& r,
             bool with_text = true) const {
    r.quantities.clear();
    r.dates.clear();
    if (s.end > text.size() || s.start >= s.end) return;
    // The sentence's ASCII-lowercased copy (offsets relative to the sentence, as in orig_rel)
    // and its bit sets. Eight readable bytes follow the copy's (word lookups load eight bytes
    // at a time: word_map::find_padded), and the byte after the last is no letter
    // (opens_nothing reads up to two bytes past a word start). A prepared text holds both for
    // the whole text: its copy serves when the byte after the sentence is no letter.
    std::size_t const n = s.end - s.start;
    thread_local scan::sentence_bits bits;
    char const* lc = nullptr;
    // (and when the byte before the sentence is no word byte: its own first byte is then a word
    // start in the text's sets as in its own)
    if (prepared && prepared->size == text.size() && !(s.end < text.size() && is_alpha(text[s.end])) &&
        !(s.start > 0 && is_word(text[s.start - 1]))) {
      bits.use(*prepared, s.start, n);
      lc = prepared->lowered_data() + s.start;
    } else {
      // Written by bits.build as it classes the bytes, 64 at a time (every block whole: the bytes
      // past the sentence's hold anything), then eight zero bytes after the sentence's. One buffer
      // per thread, reused: no allocation once it has grown to the longest sentence.
      thread_local std::string lc_buf;
      std::size_t const room = (n + 63) / 64 * 64 + 8;
      if (lc_buf.size() < room) lc_buf.resize(room);
      bits.build(text.data() + s.start, n, text.size() - s.start, lc_buf.data());
      std::memset(lc_buf.data() + n, 0, 8);
      lc = lc_buf.data();
    }
    // Views indexed by absolute offsets: shift by s.start.
    std::string_view lc_rel(lc, n);
    std::size_t const base = s.start;
    std::string_view orig_rel = sub(text, s.start, n);

    find_dates(orig_rel, lc_rel, 0, n, bits, r.dates);

    // Every candidate starts a word (a digit, a letter, a currency sign): the scan visits the
    // word starts only (bit sets of the sentence, built 64 bytes at a time), the next one after a
    // word turned away by a step of the cursor, the first one at or past a position by a seek.
    scan::bit_cursor starts = bits.cursor(bits.scan_starts);
    std::size_t i = starts.seek(0);
    std::size_t date_idx = 0;
    ast::expression x;  // one for the sentence: parse_expression resets it at every attempt
    bool seen_pp = false;  // a percentage-point figure was read in the sentence
    while (i < n) {
      // A scan_starts bit is a word byte or '$' whose previous byte is no word byte (the same
      // classes as is_word): every position the scan stops at starts a word.
      bool candidate = false;
      if (!bits.any_dollar) {
        // Most word starts open nothing: they are passed in a loop of few live values (the
        // cursor, the copy, the two tables), before the candidate's tests below.
        while (i < n && opens_nothing(lc_rel.data(), i)) i = starts.step();
        if (i >= n) break;
      } else if (opens_nothing(lc_rel.data(), i)) {
        // Only a currency prefix word ("us$") could start here, and only in a sentence with a
        // '$'. The next word start lies past this word's letters anyway.
        std::size_t const e = bits.alpha_end(i);
        if (!(e < n && lc_rel[e] == '$')) {
          i = starts.seek(e);
          continue;
        }
        candidate = true;
      }
      char c = lc_rel[i];
      if (!candidate) {
        if (is_digit(c)) {
          candidate = true;
        } else if (is_alpha(c)) {
          std::size_t const e = bits.alpha_end(i);
          std::string_view const word = sub(lc_rel, i, e - i);
          if (auto const* k = triggers.find_padded(word)) {
            candidate = *k == 0;
            for (auto const& phrase : trigger_phrases[*k]) {
              if (starts_at(lc_rel, i, phrase)) {
                candidate = true;
                break;
              }
            }
          }
          if (!candidate) {
            // a currency prefix word such as "us$"
            candidate = e < n && lc_rel[e] == '$';
          }
          if (!candidate) {
            i = starts.seek(e);
            continue;
          }
        } else if (c == '$' || static_cast<unsigned char>(c) >= 0xC2) {
          candidate = c == '$' || at(lc_rel, i, "\xE2\x82\xAC") || at(lc_rel, i, "\xC2\xA3") ||
                      at(lc_rel, i, "\xC2\xA5") || at(lc_rel, i, "\xE2\x82\xB9") ||
                      at(lc_rel, i, "\xE2\x82\xAA");
        }
      }
      if (!candidate) {
        i = starts.step();
        continue;
      }
      // Skip positions inside a date mention.
      while (date_idx < r.dates.size() && r.dates[date_idx].span.end <= i) ++date_idx;
      if (date_idx < r.dates.size() && r.dates[date_idx].span.start <= i) {
        i = starts.seek(r.dates[date_idx].span.end);
        continue;
      }
      char const* first = lc_rel.data() + i;
      char const* last = lc_rel.data() + n;
      bool ok = parse_expression(t, first, last, x);
      // "rose by 153 to 33,360", "fell from 40 to 30": two figures, not a range. Re-read the
      // first one alone (the second is found when the scan reaches it).
      // ("expects rents to rise by 4% to 5%": two percents a point apart, each with its sign,
      // are a range; a rate's change to a level of it is written in points: "by 0.75 percentage
      // points to 3%", and a vote "by 58% to 42%" falls)
      auto narrow_percents = [&] {
        if (x.kind != ast::form::percent || !x.unit.empty() || !(x.b.value > x.a.value) ||
            !(x.b.value - x.a.value < x.a.value))
          return false;
        auto const stop = lc_rel.find(" to ", i);
        return stop != std::string_view::npos && stop > i && lc_rel[stop - 1] == '%';
      };
      if (ok && x.to_range && is_change_context(lc_rel, i) && !narrow_percents()) {
        auto stop = lc_rel.find(" to ", i);
        first = lc_rel.data() + i;
        if (at(lc_rel, i, "from ")) {
          i += 5;
          first = lc_rel.data() + i;
        }
        ok = stop != std::string_view::npos && parse_expression(t, first, lc_rel.data() + stop, x);
      }
      // "26,000 in 87 countries", "52 in 2019": not a ratio; read the first figure alone.
      // (an "out of" ratio is the rule's below: "120 out of 400 workers" read no first figure here)
      if (ok && x.kind == ast::form::ratio && (x.b.value <= x.a.value || x.b.value > 100 || looks_like_year(x.b)))
        if (auto const in = lc_rel.find(" in ", i); in < static_cast<std::size_t>(first - lc_rel.data())) {
          first = lc_rel.data() + i;
          ok = parse_expression(t, first, lc_rel.data() + in, x);
        }
      // "2,300 — one in five — of the pupils", "1,750 – 12% of the staff –": a dash whose high
      // end is not above its low end joins no range but opens an apposition; read the first
      // figure alone (the second is found when the scan reaches it).
      if (ok && x.range && !x.to_range && !(x.b.value > x.a.value) && x.kind != ast::form::ratio &&
          !at(lc_rel, i, "between ")) {
        std::size_t d = i;
        while (d < n && !(lc_rel[d] == '-' && !(d > i && is_alpha(lc_rel[d - 1]) && d + 1 < n && is_alpha(lc_rel[d + 1]))) &&
               !at(lc_rel, d, "\xE2\x80\x93") && !at(lc_rel, d, "\xE2\x80\x94"))
          ++d;
        // (an em dash opens no range; a hyphen or en dash only with a space beside it: "won 3-2"
        // is a score)
        bool const apposition = d < n && (at(lc_rel, d, "\xE2\x80\x94") || lc_rel[d - 1] == ' ' ||
                                          (d + 3 < n && lc_rel[d + (lc_rel[d] == '-' ? 1 : 3)] == ' '));
        first = lc_rel.data() + i;
        ok = apposition && parse_expression(t, first, lc_rel.data() + d, x);
      }
      // True when the last quantity found ends at most one plain word before `pos` ("200 trucks
      // a day", "9% over"): what follows belongs to that figure. With `two`, also two plain words
      // the second of which is no function word ("45,000 new homes a year", not "3 seats in a year").
      auto right_after_figure = [&](std::size_t pos, bool two = false) {
        if (r.quantities.empty()) return false;
        std::size_t const prev = r.quantities.back().span.end - base;
        std::size_t words = 0;
        bool plain = prev <= pos;
        for (std::size_t k = prev; plain && k < pos; ++k) {
          if (lc_rel[k] == ' ') continue;
          if (!is_alpha(lc_rel[k]) && lc_rel[k] != '-') plain = false;
          else if (k == prev || lc_rel[k - 1] == ' ') ++words;
        }
        return plain && (words <= 1 || (two && words == 2 && !function_words.contains(word_before(lc_rel, 0, pos))));
      };
      // "over four years", "a rise of 9% over a year", "spread over a year": "over" is a
      // preposition before a span of time, after a figure (its period) or after a word that
      // spreads a thing across time (quantity_context.tsv); before a single unit elsewhere it is
      // a qualifier ("lasted over a year": more than a year).
      // "3.8% fewer than a year earlier", "2.5 percentage points more than in May": a comparative
      // right after a figure compares that figure with what follows, which is its base, not a
      // figure the comparative qualifies.
      if (ok && x.qualifier >= 0 && right_after_figure(i)) {
        for (std::string_view const cmp : {"more than ", "fewer than ", "less than "}) {
          if (!sub(lc_rel, i).starts_with(cmp)) continue;
          i += cmp.size();
          first = lc_rel.data() + i;
          ok = parse_expression(t, first, last, x);
          break;
        }
      }
      if (ok && x.kind == ast::form::duration && at(lc_rel, i, "over ") &&
          !(x.a.words && x.a.value == 1 && !x.range && !right_after_figure(i) &&
            !spread_words.contains(word_before(lc_rel, 0, i)))) {
        i += 5;
        first = lc_rel.data() + i;
        ok = parse_expression(t, first, last, x);
      }
      // "12 out of 50": a part and its whole (two counts) unless spelled ("three out of four").
      if (ok && x.kind == ast::form::ratio && !(x.a.words && x.b.words) && lc_rel.find(" out of ", i) != std::string_view::npos &&
          lc_rel.find(" out of ", i) < static_cast<std::size_t>(first - lc_rel.data())) {
        auto stop = lc_rel.find(" out of ", i);
        first = lc_rel.data() + i;
        ok = parse_expression(t, first, lc_rel.data() + stop, x);
      }
      // "200 trucks a day", "£2,500 a year": "a day" right after a figure and its noun is the
      // rate's denominator, not a duration of its own.
      // ("prices were 4% higher than a year earlier": a time offset, no denominator)
      auto offset_after = [&] {
        std::string_view next;
        word_after(lc_rel, static_cast<std::size_t>(first - lc_rel.data()), n, next);
        return offset_words.contains(next);
      };
      if (ok && x.kind == ast::form::duration && x.a.words && x.a.value == 1 &&
          (at(lc_rel, i, "a ") || at(lc_rel, i, "an ") || at(lc_rel, i, "per ")) &&
          !offset_after() && right_after_figure(i, true))
        ok = false;
      // A lone "one" that closes a list of counts is a count ("40 Kenyans, 12 Danes and one
      // Chilean"): after "and", "or" or a comma, right after a count, before a noun.
      if (ok && x.kind == ast::form::count && x.a.weak && !x.range && x.qualifier < 0 && x.a.value == 1 &&
          !r.quantities.empty() && r.quantities.back().kind == quantity_kind::count) {
        auto const b = word_before(lc_rel, 0, i);
        std::size_t p = i;
        while (p > 0 && lc_rel[p - 1] == ' ') --p;
        std::size_t const e = static_cast<std::size_t>(first - lc_rel.data());
        std::string_view next;
        word_after(lc_rel, e, n, next);
        if ((b == "and" || b == "or" || (p > 0 && lc_rel[p - 1] == ',')) && e < n && lc_rel[e] == ' ' &&
            !next.empty() && is_alpha(next[0]) && !function_words.contains(next))
          x.a.weak = false;
      }
      if (!ok) {  // (what the end of the loop does for a dropped candidate, without building one)
        std::size_t j = i + 1;
        if (is_digit(c)) {
          while (j < n && (is_digit(lc_rel[j]) || lc_rel[j] == ',' || lc_rel[j] == '.')) ++j;
        }
        i = starts.seek(j);
        continue;
      }
      std::size_t end = ok ? static_cast<std::size_t>(first - lc_rel.data()) : i;
      // Trim trailing spaces the grammar may have consumed.
      while (ok && end > i && (lc_rel[end - 1] == ' ')) --end;
      // A qualifier after the figure ("20 or more", "a hundred or so", "500-plus"); a year
      // takes none ("in 2020 or so" is a date).
      if (end < n && postfix_first[static_cast<unsigned char>(lc_rel[end])] && !x.range &&
          x.kind != ast::form::vague && x.kind != ast::form::ratio && !(x.kind == ast::form::count && looks_like_year(x.a)))
        end = postfix_qualifier(lc_rel, end, x);
      // The candidate is built in place at the end of the result (a kept quantity is not moved
      // with its three strings) and dropped again below unless kept; `nprev` quantities precede it.
      std::size_t const nprev = r.quantities.size();
      if (nprev == 0) r.quantities.reserve(8);  // one allocation instead of growing 1, 2, 4, 8
      quantity& q = r.quantities.emplace_back();
      bool keep = ok && to_quantity(x, q);
      // The word right before the figure: the ordinal, context and sign tests below all read it
      // (`i` does not move until the sign test).
      std::string_view before;
      if (keep) {
        before = word_before(lc_rel, 0, i);
        // (only a fraction or a spelled count can be an ordinal use: most figures skip the call)
        if (x.kind == ast::form::fraction || (x.kind == ast::form::count && x.a.words))
          keep = !ordinal_use(lc_rel, i, static_cast<std::size_t>(first - lc_rel.data()), x, before);
      }
      if (keep) {
        byte_span span{i, end};
        for (auto const& d : r.dates) {
          if (overlaps(d.span, span)) keep = false;
        }
        // A compound modifier ("a 12-member panel", "a two-dose vaccine") is a quantity that
        // describes the thing, its span through the noun; "N-year-old" is an age (a duration);
        // "a 7.8-magnitude quake" is no quantity (not_quantities.tsv).
        if (keep && q.kind == quantity_kind::count && !x.range && end + 1 < n && lc_rel[end] == '-' &&
            is_alpha(lc_rel[end + 1])) {
          std::size_t we = end + 1;
          while (we < n && is_alpha(lc_rel[we])) ++we;
          auto const word = sub(lc_rel, end + 1, we - end - 1);
          if (not_after.contains(word)) {
            keep = false;
          } else if (auto const* u = unit_singular.find(word); u && we + 1 < n && lc_rel[we] == '-') {
            std::size_t ae = we + 1;
            while (ae < n && is_alpha(lc_rel[ae])) ++ae;
            if (age_suffixes.contains(sub(lc_rel, we + 1, ae - we - 1))) {
              q.kind = quantity_kind::duration;
              q.unit = *u;
              q.age = true;
              end = ae;
            } else {
              end = we;
            }
          } else {
            end = we;
          }
        }
        if (keep && excluded_by_context(orig_rel, lc_rel, 0, n, i, end, is_digit(lc_rel[end - 1]), before)) keep = false;
        // An age, in years: the figure after "aged" ("aged 65 or over", "aged between 18 and
        // 25") or a bare "under"/"over" figure after a noun of people ("children under five").
        if (keep && ((!before.empty() && age_figure(lc_rel, i, end, before, q)) ||
                     (q.kind == quantity_kind::count && q.unit.empty() && !x.range && q.value > 0 &&
                      apposition_age(lc_rel, 0, i, end, before)))) {
          q.kind = quantity_kind::duration;
          q.unit = age_unit;
          q.age = true;
        }
      }
      // "points" after a change in percentage points earlier in the sentence are the same unit
      // ("by 2 percentage points this year: 0.5 points in May, ...").
      // (the word after is read only in such a sentence)
      if (keep && seen_pp && q.kind == quantity_kind::count && q.unit.empty() && !x.range && end < n &&
          lc_rel[end] == ' ') {
        std::string_view next;
        std::size_t const ne = word_after(lc_rel, end, n, next);
        if (pp_points.contains(next)) {
          q.kind = quantity_kind::percent;
          q.unit = "pp";
          end = ne;
        }
      }
      // A multiplier ("nearly three times the usual level", "40 times the safe limit", "four
      // times as many"): a ratio, its word in the span; a count of occasions ("was arrested
      // three times", "rose three times last year") stays a count. The interval is the
      // qualifier's around the factor, not rounded inward to whole things.
      if (keep && q.kind == quantity_kind::count && q.unit.empty() && !x.range && end + 2 < n && lc_rel[end] == ' ' &&
          multiplier_words.may_begin(static_cast<unsigned char>(lc_rel[end + 1]), static_cast<unsigned char>(lc_rel[end + 2]))) {
        std::string_view word, follower;
        std::size_t const we = word_after(lc_rel, end, n, word);
        if (multiplier_words.contains(word)) {
          word_after(lc_rel, we, n, follower);
          if (multiplier_followers.contains(follower)) {
            q.kind = quantity_kind::ratio;
            apply_qualifier(q, x, q.value, q.value, x.a.unit, x.a.unit);
            end = we;
          }
        }
      }
      // A sign word before the figure ("from minus 0.1%"): the value is negative.
      if (keep) {
        auto const b = before;
        if (!b.empty() && sign_words.contains_padded(b)) {
          std::size_t const bs = static_cast<std::size_t>(b.data() - lc_rel.data());
          if (nprev == 0 || r.quantities[nprev - 1].span.end <= base + bs) {
            q.value = -q.value;
            auto lo = q.lo, hi = q.hi;
            q.lo = hi ? std::optional<double>(-*hi) : std::nullopt;
            q.hi = lo ? std::optional<double>(-*lo) : std::nullopt;
            i = bs;
          }
        }
      }
      // "a quarter-point move": the article belongs to the noun the compound modifies.
      if (keep && q.kind == quantity_kind::percent && is_lit(q.unit, "pp") &&
          (at(lc_rel, i, "a ") || at(lc_rel, i, "an ")) &&
          sub(lc_rel, i, end - i).find('-') != std::string_view::npos) {
        std::string_view next;
        word_after(lc_rel, end, n, next);
        if (end < n && lc_rel[end] == ' ' && !next.empty() && is_alpha(next[0]) && !function_words.contains(next)) {
          i += lc_rel[i + 1] == ' ' ? 1 : 2;
          while (i < end && lc_rel[i] == ' ') ++i;
        }
      }
      // "9 cents a share", "about 40p": an amount in a currency's hundredths is that money
      // (docs/corpus.md: the value fully scaled, in the currency's unit).
      if (keep && q.kind == quantity_kind::money && end > i && is_alpha(lc_rel[end - 1]) &&
          hundredths.contains(word_before(lc_rel, 0, end))) {
        q.value /= 100;
        if (q.lo) *q.lo /= 100;
        if (q.hi) *q.hi /= 100;
      }
      if (keep) {
        q.span = {base + i, base + end};
        if (with_text) q.text.append(text.data() + q.span.start, end - i);  // (q is new: append, simpler than assign's replace)
        seen_pp = seen_pp || is_lit(q.unit, "pp");
        i = starts.seek(end);
        continue;
      }
      r.quantities.pop_back();
      // Move past the numeral run we started at (keeps the scan linear on "1,1,1,..." input).
      std::size_t j = i + 1;
      if (is_digit(c)) {
        while (j < n && (is_digit(lc_rel[j]) || lc_rel[j] == ',' || lc_rel[j] == '.')) ++j;
      }
      i = starts.seek(j);
    }
    find_unit_lengths(text, lc_rel, base, r, with_text);
    for (auto& d : r.dates) d.span = {base + d.span.start, base + d.span.end};
  }

  // "a week-long truce", "a year-long siege": a singular time unit, a dash and a length suffix
  // (quantity_context.tsv) is a duration of one unit; the article stays with the noun.
  void find_unit_lengths(std::string_view text, std::string_view lc, std::size_t base, parse_result& r,
                         bool with_text) const {
    std::size_t const found = r.quantities.size();  // sorted by start; the ones added here follow
    std::size_t next_q = 0;
    for (std::size_t d = lc.find('-'); d != std::string_view::npos; d = lc.find('-', d + 1)) {
      std::size_t b = d;
      while (b > 0 && is_alpha(lc[b - 1])) --b;
      if (b == d || (b > 0 && (is_word(lc[b - 1]) || lc[b - 1] == '-'))) continue;
      std::size_t e = d + 1;
      while (e < lc.size() && is_alpha(lc[e])) ++e;
      if (e < lc.size() && (is_word(lc[e]) || lc[e] == '-')) continue;
      if (!length_suffixes.contains(sub(lc, d + 1, e - d - 1))) continue;
      auto const* u = unit_singular.find(sub(lc, b, d - b));
      if (!u) continue;
      byte_span const span{base + b, base + e};
      while (next_q < found && r.quantities[next_q].span.end <= span.start) ++next_q;
      if (next_q < found && overlaps(r.quantities[next_q].span, span)) continue;
      quantity q;
      q.kind = quantity_kind::duration;
      q.unit = *u;
      q.value = 1;
      q.lo = 1;
      q.hi = 1;
      q.span = span;
      if (with_text) q.text.assign(text.data() + span.start, span.end - span.start);
      r.quantities.push_back(std::move(q));
    }
    if (r.quantities.size() > found)
      std::stable_sort(r.quantities.begin(), r.quantities.end(),
                       [](quantity const& a, quantity const& b) { return a.span.start < b.span.start; });
  }
};

quantity_parser::quantity_parser(lexicon const& lex) : impl_(std::make_unique<impl>(lex)) {}
quantity_parser::~quantity_parser() = default;
quantity_parser::quantity_parser(quantity_parser&&) noexcept = default;
quantity_parser& quantity_parser::operator=(quantity_parser&&) noexcept = default;

std::vector<std::string> quantity_parser::start_words() const {
  std::vector<std::string> out = impl_->triggers.keys();
  for (auto const* names : {&impl_->months, &impl_->weekdays})
    out.insert(out.end(), names->keys().begin(), names->keys().end());
  return out;
}

parse_result quantity_parser::parse(std::string_view text, byte_span sentence) const {
  parse_result r;
  impl_->parse(text, sentence, nullptr, r);
  return r;
}

void quantity_parser::parse(std::string_view text, byte_span sentence, parse_result& out) const {
  impl_->parse(text, sentence, nullptr, out);
}

void quantity_parser::parse(std::string_view text, byte_span sentence, prepared_text const& prepared,
                            parse_result& out, bool with_text) const {
  impl_->parse(text, sentence, &prepared, out, with_text);
}

}  // namespace claimcheck::parser
