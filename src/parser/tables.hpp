#pragma once
// The lexicon as X3 symbol tables, built once at start-up from grammars/*.tsv and reached
// from inside the grammar through the parse context (x3::with<tables_tag>).

#include "claimcheck/lexicon/lexicon.hpp"

#include <boost/spirit/home/x3.hpp>

#include <array>
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

struct tables {
  explicit tables(lexicon const& lex);

  x3::symbols<double> unit_words;     // zero..nine
  x3::symbols<double> teen_words;     // ten..nineteen
  x3::symbols<double> ten_words;      // twenty..ninety
  x3::symbols<double> scale_words;    // thousand, million, ... (not hundred, dozen)
  x3::symbols<double> hundred_word;   // hundred
  x3::symbols<double> dozen_word;     // dozen
  x3::symbols<double> scale_suffix;   // k, m, bn (attached to digits)
  x3::symbols<double> fraction_words; // half, third(s), quarter(s)
  x3::symbols<int> qualifiers;        // index into qualifier_rules
  x3::symbols<std::string> currency_prefix;
  x3::symbols<std::string> currency_words;
  x3::symbols<std::string> duration_units;
  x3::symbols<std::string> duration_units_singular;  // for "17-year"
  x3::symbols<std::string> percent_words;            // unit: "" or "pp"
  x3::symbols<int> vague;             // index into vague_entries
  // The first bytes of each table's entries, filled when the tables are built (an X3 symbol
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
  // True when no entry of the tables a quantity can begin with a word from (numbers,
  // fractions, currency prefixes, vague) is empty or begins with a digit: then at a digit only
  // the branches of `expression` that begin with an amount can match (see grammar_def.hpp).
  bool digit_starts_only_amounts = true;
  // The first bytes of the number words (unit, teen, ten); all true if an entry is empty.
  // `word_small` fails at once at any other byte (see grammar_def.hpp).
  std::array<bool, 256> number_word_first{};
  std::vector<vague_entry> vague_entries;
};

struct tables_tag;

}  // namespace claimcheck::parser
