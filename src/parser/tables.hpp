#pragma once
// The lexicon as X3 symbol tables, built once at start-up from grammars/*.tsv and reached
// from inside the grammar through the parse context (x3::with<tables_tag>).

#include "claimcheck/lexicon/lexicon.hpp"

#include <boost/spirit/home/x3.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <string>
#include <vector>

namespace claimcheck::parser {
namespace x3 = boost::spirit::x3;

struct qualifier_rule {
  std::string name;
  enum class kind { exact, approx, below, above, min, max } rule = kind::exact;
  double param = 0;
};

struct vague_entry {
  double value = 0, lo = 0, hi = 0;
};

/// A set of words by their first bytes: `maybe(p, last)` is false only when no word of the set
/// can begin at p (a word of one or two bytes by its whole bytes, a longer one by a hash of its
/// first three), so a parser that would try each word there fails without walking a table.
class word_prefixes {
 public:
  void insert(std::string_view w);
  bool maybe(char const* p, char const* last) const {
    auto const u = [&](int k) { return static_cast<std::size_t>(static_cast<unsigned char>(p[k])); };
    auto const r = last - p;
    if (any_) return true;
    if (r >= 1 && one_[u(0)]) return true;
    if (r >= 2 && test(two_, u(0) | u(1) << 8)) return true;
    return r >= 3 && test(three_, hash3(u(0), u(1), u(2)));
  }

 private:
  static std::size_t hash3(std::size_t a, std::size_t b, std::size_t c) {
    return ((a * 0x9E3779B1u) ^ (b * 0x85EBCA77u) ^ (c * 0xC2B2AE3Du)) >> 7 & 0xFFFF;
  }
  static bool test(std::array<std::uint64_t, 1024> const& bits, std::size_t k) { return bits[k >> 6] >> (k & 63) & 1; }
  static void set(std::array<std::uint64_t, 1024>& bits, std::size_t k) { bits[k >> 6] |= std::uint64_t{1} << (k & 63); }
  bool any_ = false;  // the set holds an empty word: anything may follow
  std::array<bool, 256> one_{};
  std::array<std::uint64_t, 1024> two_{}, three_{};
};

/// A symbol table of the grammar: the longest entry that is a prefix of the input, the one X3's
/// symbols (a ternary search tree) finds, and what they give for the same additions (an empty
/// entry is not stored; a repeated entry keeps its first value). Found by the input's first
/// byte: the entries that begin with it, longest first, compared byte by byte (a table holds a
/// few per byte); the tree walked one node per byte and sibling.
template <typename T>
class word_table {
 public:
  void add(std::string const& key, T const& value) {
    if (key.empty()) return;
    for (auto const& e : entries_) {
      if (e.key == key) return;
    }
    // longest first within each first byte: the new entry after every entry it does not sort
    // before (where a stable sort of the entries with it appended puts it), and its head at the
    // same index (no sort and no rebuilt heads per entry added)
    auto const at = std::upper_bound(entries_.begin(), entries_.end(), key, [](std::string const& k, entry const& b) {
      auto const fa = static_cast<unsigned char>(k[0]), fb = static_cast<unsigned char>(b.key[0]);
      return fa != fb ? fa < fb : k.size() > b.key.size();
    });
    auto const i = at - entries_.begin();
    entries_.insert(at, entry{key, value});
    heads_.insert(heads_.begin() + i, head_of(key));
    begin_.fill(0);
    end_.fill(0);
    for (std::size_t k = entries_.size(); k-- > 0;) {
      auto const f = static_cast<unsigned char>(entries_[k].key[0]);
      begin_[f] = static_cast<std::uint16_t>(k);
      if (end_[f] == 0) end_[f] = static_cast<std::uint16_t>(k + 1);
    }
  }

  /// Calls f(key, value) for every entry.
  template <typename F>
  void for_each(F f) const {
    for (auto const& e : entries_) f(e.key, e.value);
  }

  /// The value of the longest entry that [first, last) begins with, first moved past it; nullptr
  /// (first unchanged) when none.
  T const* prefix_find(char const*& first, char const* last) const {
    if (first == last) return nullptr;
    auto const f = static_cast<unsigned char>(*first);
    std::size_t const avail = static_cast<std::size_t>(last - first);
    if (avail > 8) {
      // the input's bytes 1..8 against each entry's (masked to its length) in one compare
      std::uint64_t w;
      std::memcpy(&w, first + 1, 8);
      for (std::size_t k = begin_[f], end = end_[f]; k < end; ++k) {
        head const& h = heads_[k];
        if ((w & h.mask) != h.bytes || h.size > avail) continue;
        if (h.size > 9) {  // bytes 9 and on
          auto const& key = entries_[k].key;
          std::size_t i = 9;
          while (i < h.size && key[i] == first[i]) ++i;
          if (i != h.size) continue;
        }
        first += h.size;
        return &entries_[k].value;
      }
      return nullptr;
    }
    for (std::size_t k = begin_[f]; k < end_[f]; ++k) {
      auto const& key = entries_[k].key;
      std::size_t const n = key.size();
      if (n > avail) continue;
      std::size_t i = 1;  // the first bytes are equal
      while (i < n && key[i] == first[i]) ++i;
      if (i == n) {
        first += n;
        return &entries_[k].value;
      }
    }
    return nullptr;
  }

  /// The value of the entry `s`, nullptr when absent.
  T const* find(std::string_view s) const {
    char const* first = s.data();
    char const* const last = s.data() + s.size();
    T const* v = prefix_find(first, last);
    return v && first == last ? v : nullptr;
  }

 private:
  struct entry {
    std::string key;
    T value;
  };
  // An entry's bytes 1..8 (fewer for a shorter entry, the rest zero) and the mask of those bytes.
  struct head {
    std::uint64_t bytes = 0, mask = 0;
    std::size_t size = 0;
  };
  static head head_of(std::string const& key) {
    head h;
    std::size_t const n = std::min<std::size_t>(key.size() - 1, 8);
    unsigned char ones[8] = {0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF};
    std::memcpy(&h.bytes, key.data() + 1, n);
    std::memcpy(&h.mask, ones, n);
    h.size = key.size();
    return h;
  }
  std::vector<entry> entries_;
  std::vector<head> heads_;  // by index of entries_
  std::array<std::uint16_t, 256> begin_{}, end_{};  // entries_[begin_[b], end_[b]) begin with byte b
};

struct tables {
  explicit tables(lexicon const& lex);

  word_table<double> unit_words;     // zero..nine
  word_table<double> teen_words;     // ten..nineteen
  word_table<double> ten_words;      // twenty..ninety
  word_table<double> scale_words;    // thousand, million, ... (not hundred, dozen)
  word_table<double> hundred_word;   // hundred
  word_table<double> dozen_word;     // dozen
  word_table<double> scale_suffix;   // k, m, bn (attached to digits)
  word_table<double> fraction_words; // half, third(s), quarter(s)
  word_table<int> qualifiers;        // index into qualifier_rules
  word_table<std::string> currency_prefix;
  word_table<std::string> currency_words;
  word_table<std::string> duration_units;
  word_table<std::string> duration_units_singular;  // for "17-year"
  word_table<std::string> percent_words;            // unit: "" or "pp"
  word_table<int> vague;             // index into vague_entries
  // The first bytes of each table's entries, filled when the tables are built (a symbol
  // table stores no empty entry, and a match starts with an entry's first byte): a
  // table_parser fails at once at any other byte instead of walking the table.
  using byte_set = std::array<bool, 256>;
  byte_set unit_words_first{};
  byte_set teen_words_first{};
  byte_set ten_words_first{};
  byte_set scale_words_first{};
  byte_set hundred_word_first{};
  byte_set dozen_word_first{};
  byte_set scale_suffix_first{};
  byte_set fraction_words_first{};
  byte_set qualifiers_first{};
  byte_set currency_prefix_first{};
  byte_set currency_words_first{};
  byte_set duration_units_first{};
  byte_set duration_units_singular_first{};
  byte_set percent_words_first{};
  byte_set vague_first{};
  std::vector<qualifier_rule> qualifier_rules;
  // Qualifiers written after the figure ("or more", "or so", "-plus"; postfix_qualifiers.tsv),
  // each with its index into qualifier_rules. Read by quantity_parser after the grammar's match
  // (a phrase that begins with a letter follows one space; "-plus" and "+" follow at once).
  std::vector<std::pair<std::string, int>> postfix_qualifiers;
  // True when no entry of the tables a quantity can begin with a word from (numbers,
  // fractions, currency prefixes, vague) is empty or begins with a digit: then at a digit only
  // the branches of `expression` that begin with an amount can match (see grammar_def.hpp).
  bool digit_starts_only_amounts = true;
  // The first bytes of the number words (unit, teen, ten); all true if an entry is empty.
  // `word_small` fails at once at any other byte (see grammar_def.hpp).
  std::array<bool, 256> number_word_first{};
  // The words that may follow an amount (after any spaces) where a branch of `expression`
  // other than a plain count can go on: currency words, percent words, duration units, "to",
  // "in", "out" (a dash is tested apart; see digit_dispatch in grammar_def.hpp).
  word_prefixes amount_follow;
  std::vector<vague_entry> vague_entries;
};

struct tables_tag;

}  // namespace claimcheck::parser
