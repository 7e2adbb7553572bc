#pragma once
// The quantity grammar (Boost.Spirit X3 lives behind this header, in src/parser/ only).
// It reads every way the news writes a number - digits, magnitudes, number words, fractions,
// percentages, money, ranges, durations - with the qualifier that bounds it, and also the
// date expressions of a sentence, which are not quantities but become a claim's date.

#include "claimcheck/model.hpp"
#include "claimcheck/parser/prepared_text.hpp"

#include <memory>
#include <string_view>
#include <vector>

namespace claimcheck {
class lexicon;
}

namespace claimcheck::parser {

/// A date expression ("October 7, 2023", "Oct. 7", "in November 2023", "on Monday", "2023").
struct date_mention {
  byte_span span;
  int year = 0;      ///< 0 when not written
  int month = 0;     ///< 1-12, 0 when not written
  int day = 0;       ///< 1-31, 0 when not written
  int weekday = -1;  ///< 0 = Monday ... 6 = Sunday, -1 when not a weekday name
  bool since = false;  ///< introduced by "since"/"from" (the start of a period)
};

struct parse_result {
  std::vector<quantity> quantities;
  std::vector<date_mention> dates;
};

class quantity_parser {
 public:
  explicit quantity_parser(lexicon const& lex);
  ~quantity_parser();
  quantity_parser(quantity_parser&&) noexcept;
  quantity_parser& operator=(quantity_parser&&) noexcept;

  /// Parses the sentence text[sentence.start, sentence.end). Spans in the result are byte
  /// offsets into `text`. Linear in the sentence length; never throws on any input.
  parse_result parse(std::string_view text, byte_span sentence) const;

  /// The same, into `out`, which is cleared first and whose buffers are reused: a caller that
  /// parses sentence after sentence into one result allocates nothing once they have grown.
  void parse(std::string_view text, byte_span sentence, parse_result& out) const;

  /// The same, reading the sentence's lowercased bytes and byte classes from `prepared`, which
  /// must be prepared_text::build(text): for a caller that parses a text sentence after
  /// sentence and has built them anyway (the result is the same as without them).
  /// Without `with_text`, each quantity's `text` is left empty: it is text[span], for a caller
  /// that reads it there (claims::extractor; saves a copy of every figure's bytes).
  void parse(std::string_view text, byte_span sentence, prepared_text const& prepared, parse_result& out,
             bool with_text = true) const;

  /// The lowercase words parse reads at a word start: where a figure may begin (the first
  /// words of the number, fraction, qualifier, vague and currency tables, "a", "half",
  /// "between"...) and the month and weekday names a date begins with. A run of ASCII letters
  /// at a word start that is none of them (and that no '$' follows) opens nothing: a caller that
  /// looks its words up anyway may take such starts out of its prepared_text
  /// (prepared_text::quieter), and parse then passes them without reading them (the result is
  /// the same).
  std::vector<std::string> start_words() const;

  /// Convenience: parse a whole string as one sentence.
  parse_result parse(std::string_view sentence) const { return parse(sentence, {0, sentence.size()}); }

  struct impl;

 private:
  std::unique_ptr<impl> impl_;
};

}  // namespace claimcheck::parser
