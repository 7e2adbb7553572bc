// parse_expression settles the commonest figures without entering the X3 grammar
// (src/parser/fast_path.cpp): it must return exactly what the grammar alone returns
// (parse_expression_x3), field for field and bit for bit, on every input. Here: on inputs
// written to sit on the edges of what the fast path settles, and on many generated ones.

#include "../../fuzz/targets.hpp"
#include "parser/grammar.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

using namespace claimcheck;
using namespace claimcheck::parser;

namespace {

tables const& tabs() {
  static tables const t(testing::lex());
  return t;
}

// Both entry points at the start of `s` (lowercased, as the scanner gives it) and at every
// later position; true when they agree everywhere. `settled` counts the successful parses.
// (The comparison is the fast_path fuzz target's: fuzz/targets.hpp.)
bool agree(std::string s, long& settled) {
  return fuzzing::fast_path_disagreement(tabs(), std::move(s), settled) == std::string::npos;
}

}  // namespace

TEST_CASE("the fast path reads what the grammar reads at its edges", "[parser][fast_path]") {
  std::vector<std::string> const inputs = {
      "4,200 homes were lost",
      "4,200",
      "12.5",
      "12.",
      "1,23 and 1,234,5 and 1,2345",
      "3.5 million people",
      "3.5 million billion",
      "3.5 million million million million million",
      "3 hundred thousand",
      "2 dozen eggs",
      "40k marchers, 2bn dollars, 7m",
      "7 mangoes and 7 m and 7m.",
      "12% of voters",
      "12 % of voters",
      "12 percent to 14 percent",
      "12 percent-14 percent",
      "12% to 14%",
      "12%-14%",
      "12 per cent, 12 pct, 12 percentage points, 1 percentage point",
      "12 percent today",
      "12 percent tomorrow",
      "40% to 90 people",
      "5 dollars",
      "5 us dollars were paid",
      "5 to 7 people",
      "5-7 people",
      "5 \xE2\x80\x93 7 people",
      "5 years old",
      "5-year-old girl",
      "17-year truce",
      "3 in 4 voters",
      "133 out of 253",
      "26,000 in 87 countries",
      "the 2019 election",
      "about 400 people",
      "400\xC2\xA0people",
      "33\xC2\xA0" "207 dead",
      "33\xE2\x80\x89" "207 dead",
      "1,200.5 each",
      "0958 and 20 7946",
      "9,007,199.254740993 and 12,345,678,901,234,567",
      "12\tpercent",
      "12 \xC2\xA0 million",
      "12 to",
      "12 t",
      "1 in",
      "7 -",
      "7-",
      // after a qualifier, at words, "a"/"an", "from", currency prefixes, ratios
      "more than 600 people", "more than it needs", "about 40%", "about 40% to 45%", "over 17 weeks",
      "up to 53,844 new cases", "an estimated 4,000", "estimated.", "estimated 40", "about.", "about",
      "as much as 53.8% on friday", "nearly half of them", "about a third of staff", "over two weeks",
      "a further 102 people", "a spokesman", "a day, will", "a year-long siege", "a year - long", "a  week",
      "a-day", "a million people", "a dozen eggs", "a third of the", "a quarter-point cut", "a half",
      "an increase of 77.3%", "an hour", "an hour-long", "an", "a", "a ", "a\xC2\xA0year",
      "from 64.5% in 2003", "from 546 on wednesday", "from 7 billion dollars in 2017", "from 40 to 30",
      "from thirty to forty", "from a million to two", "from half", "from $5 to $10", "from", "from ",
      "between 17,262 and 72,915", "\xC2\xA3" "630m.", "$46.4bn last year", "$ 5", "$5 dollars", "us$ 3.5 million",
      "usd5", "rs. 400 crore", "\xE2\x82\xAC" "20.8 million over 64 months", "$five", "$",
      "eighty-eight people lost", "ten.", "thirty-six months.", "seventy-three years", "forty two people",
      "forty-two", "forty-", "forty - two", "twenty hundred", "two thousand", "two and a half million",
      "two and three", "seven dozen", "three-quarters of a percentage point", "two-thirds", "two thirds",
      "three quarters", "five percent", "five percent to six percent", "six-month", "six - month",
      "five dollars", "five to six", "five in ten", "five out of ten", "five out", "one in three", "one",
      "seventeen in twenty weeks", "fifteen-year-old", "nine.", "nine",
      "298 in the year", "59,132 in 92 hours", "17,757 in two weeks", "13,485 in thirty hours", "3 in a",
      "3 in half", "12 out of 50", "12 out of", "12 out 50", "12 in", "12 in ", "12 inches", "5 years old",
      "7 billion dollars", "9,042 euros last year", "61 years.", "27 hours,\" he", "40 days-long",
      "14-25 people", "5 - 7 people", "5 -7", "5-year-old", "5-seven", "5 to seven", "5 to a", "5 to the",
      "between 8 and thirty-three fighters", "between sixty and 79,662", "between 8 and", "between 8 or 9",
      "from seven to 17,757 in two weeks", "from 51 to thirty-five", "from eighty-three on wednesday",
      "from 5 to 7%", "from 5 to 7 million", "from 5bn to 7 billion", "one in three of the", "one in 75",
      "thirty-five in twenty weeks", "one-off payment", "one - off", "one third", "one-third", "one quarter",
      "fourth quarter, while", "sixth increase since", "more than half of the", "half a million", "half of",
      "half", "halfway", "a half", "1,969 in a year", "42.3% to 95,022 euros", "42.3% to 45.1%",
      "two-thirds of a percentage point", "a quarter of a point", "a third of a percentage point",
      "quarter of a percentage point", "a quarter-point", "three quarters of", "two thirds a",
      "thirds", "a third-", "a thirds",
      // money ranges (the currency on both ends), duration ranges
      "$40 million to $60 million", "$40 million to 60 million", "$40m-$60m", "$40m - $60m", "$40m -",
      "$40m to", "$40m to $", "$40 to \xE2\x82\xAC" "60", "$40 dollars to $60 dollars", "$4 to $3",
      "between $2bn and $3bn", "between $2bn and 3bn", "between $", "between \xC2\xA3" "5m and \xC2\xA3" "7m.",
      "us$ 3 to us$ 4", "$5 tomorrow", "$5 today", "$5 t", "three to five years", "3 to 5 years",
      "between two and four weeks", "10-12 days", "10 - 12 days", "10-12days", "10-12 day", "5 to 7 years old",
      "2 to 3 million years", "5 to 7 percent years", "over a year", "over a decade", "for over a decade",
  };
  long settled = 0;
  for (auto const& s : inputs) {
    INFO("input: " << s);
    CHECK(agree(s, settled));
  }
  CHECK(settled > 0);
}

TEST_CASE("the fast path reads what the grammar reads on generated inputs", "[parser][fast_path]") {
  // Figures, separators and the words that may follow a figure (scales, suffixes, percent,
  // currency and duration words, "to", "in", "out of", nouns), in a random walk: a figure, then
  // mostly a separator, then a word or another figure, and so on.
  std::vector<std::string> const figures = {"0",     "7",       "12",   "400", "2019", "1,234",
                                            "12,34", "1,2345",  "3.5",  "0.25", "1.", ".5",
                                            "99999999999999999", "1,000,000.07", "$", "\xE2\x82\xAC"};
  std::vector<std::string> const seps = {" ", " ", " ", "  ", "\t", "\xC2\xA0", "\xE2\x80\x89", ",", ", ",
                                         "-", " - ", "\xE2\x80\x93", "."};
  std::vector<std::string> const words = {
      "%", "percent", "per cent", "pct", "percentage points", "percentage point", "million", "billion",
      "thousand", "hundred", "dozen", "k", "m", "bn", "mn", "tn", "to", "t", "tomorrow", "in", "into", "out of",
      "out", "dollars", "us dollars", "euros", "rupees", "year", "years", "day", "days", "old", "olds", "people",
      "homes", "more than", "about", "a", "an", "half", "of", "and", "between", "from", "one", "two", "forty-two"};
  std::mt19937 rng(20261126);
  auto pick = [&rng](std::vector<std::string> const& v) {
    return v[std::uniform_int_distribution<std::size_t>(0, v.size() - 1)(rng)];
  };
  std::uniform_int_distribution<int> percent(0, 99);
  std::uniform_int_distribution<int> length(1, 8);
  long settled = 0;
  int failures = 0;
  for (int n = 0; n < 40000 && failures < 5; ++n) {
    std::string s = percent(rng) < 80 ? pick(figures) : pick(words);
    enum { figure, sep, word } last = figure;
    for (int k = length(rng); k > 0; --k) {
      int const r = percent(rng);
      if (last != sep && r < 70) {
        s += pick(seps);
        last = sep;
      } else if (r < 85) {
        s += pick(words);
        last = word;
      } else {
        s += pick(figures);
        last = figure;
      }
    }
    if (!agree(s, settled)) {
      ++failures;
      FAIL_CHECK("fast path and grammar differ on: " << s);
    }
  }
  CHECK(failures == 0);
  CHECK(settled > 30000);
}

TEST_CASE("the fast path reads what the grammar reads after words", "[parser][fast_path]") {
  // Qualified figures, number words, "a"/"an" before a word, "from" before a figure, currency
  // prefixes, ratios and what may follow each: a random walk over words (most of them words the
  // grammar's branches begin or go on with), figures and separators, starting with a word.
  std::vector<std::string> const words = {
      "about", "more than", "over", "up to", "an estimated", "estimated", "in excess of", "nearly", "some",
      "a", "an", "a further", "a few", "a dozen", "a million", "a third", "a quarter-point", "a year", "a day",
      "a week-long", "half", "half a", "one", "two", "seven", "ten", "eleven", "fifteen", "twenty", "thirty-six",
      "forty two", "forty-", "ninety-nine", "hundred", "thousand", "million", "dozen", "and", "and a half",
      "third", "thirds", "quarter", "quarters", "of", "of a", "percentage point", "point", "percent", "%",
      "per cent", "to", "in", "out of", "out", "from", "between", "months", "month", "years", "year-old",
      "weeks", "hours", "days", "old", "olds", "dollars", "us dollars", "euros", "pounds", "rupees", "$",
      "us$", "usd", "\xC2\xA3", "rs.", "rs", "people", "homes", "increase", "further", "tens of thousands",
      "hundreds", "dozens of", "few", "times", "the", "it", "at least", "as many as", "fewer than", "fourth",
      "sixth", "one-off", "off", "percentage points", "year"};
  std::vector<std::string> const figures = {"0", "7", "12", "400", "2019", "1,234", "3.5", "40k", "2bn", "12,34"};
  std::vector<std::string> const seps = {" ", " ", " ", " ", "  ", "\t", "\xC2\xA0", ",", ", ", "-", " - ",
                                         "\xE2\x80\x93", ".", ""};
  std::mt19937 rng(20261127);
  auto pick = [&rng](std::vector<std::string> const& v) {
    return v[std::uniform_int_distribution<std::size_t>(0, v.size() - 1)(rng)];
  };
  std::uniform_int_distribution<int> percent(0, 99);
  std::uniform_int_distribution<int> length(1, 7);
  long settled = 0;
  int failures = 0;
  for (int n = 0; n < 40000 && failures < 5; ++n) {
    std::string s = pick(words);
    for (int k = length(rng); k > 0; --k) {
      s += pick(seps);
      s += percent(rng) < 70 ? pick(words) : pick(figures);
    }
    if (!agree(s, settled)) {
      ++failures;
      FAIL_CHECK("fast path and grammar differ on: " << s);
    }
  }
  CHECK(failures == 0);
  CHECK(settled > 30000);
}

TEST_CASE("the grammar's symbol tables find what X3's symbols find", "[parser][fast_path]") {
  // Every entry of the project's tables, plus entries that are prefixes of one another, a
  // repeated entry (its first value stays), an empty one (not stored) and bytes above 0x7F.
  std::vector<std::string> keys;
  auto collect = [&keys](auto const& table) {
    table.for_each([&keys](std::string const& k, auto const&) { keys.push_back(k); });
  };
  collect(tabs().unit_words);
  collect(tabs().teen_words);
  collect(tabs().ten_words);
  collect(tabs().scale_words);
  collect(tabs().scale_suffix);
  collect(tabs().fraction_words);
  collect(tabs().qualifiers);
  collect(tabs().currency_prefix);
  collect(tabs().currency_words);
  collect(tabs().duration_units);
  collect(tabs().percent_words);
  collect(tabs().vague);
  for (char const* k : {"m", "mn", "mnop", "more", "more than", "more than", "", "\xE2\x82\xAC", "\xE2\x82", "a b"})
    keys.emplace_back(k);
  x3::symbols<int> reference;
  word_table<int> table;
  for (std::size_t k = 0; k < keys.size(); ++k) {
    reference.add(keys[k], static_cast<int>(k));
    table.add(keys[k], static_cast<int>(k));
  }
  std::vector<std::string> inputs = {"", " ", "x", "mno", "more tha", "more than 5", "\xE2\x82\xAC" "5"};
  for (auto const& k : keys) {
    inputs.push_back(k);
    inputs.push_back(k + "s");
    inputs.push_back(k + " more");
    if (!k.empty()) inputs.push_back(k.substr(0, k.size() - 1));
  }
  std::mt19937 rng(7);
  std::uniform_int_distribution<std::size_t> pick(0, inputs.size() - 1);
  for (int n = 0; n < 2000; ++n) inputs.push_back(inputs[pick(rng)] + inputs[pick(rng)]);
  int differ = 0;
  for (auto const& s : inputs) {
    char const* f1 = s.data();
    char const* f2 = s.data();
    int const* a = reference.prefix_find(f1, s.data() + s.size());
    int const* b = table.prefix_find(f2, s.data() + s.size());
    int const* c = reference.find(s);
    int const* d = table.find(s);
    bool const same = (a == nullptr) == (b == nullptr) && (!a || *a == *b) && f1 == f2 &&
                      (c == nullptr) == (d == nullptr) && (!c || *c == *d);
    if (!same && ++differ <= 5) FAIL_CHECK("symbol tables differ on: \"" << s << "\"");
  }
  CHECK(differ == 0);
  std::size_t stored = 0, reference_stored = 0;
  table.for_each([&stored](std::string const&, int) { ++stored; });
  reference.for_each([&reference_stored](std::string const&, int) { ++reference_stored; });
  CHECK(stored == reference_stored);
}
