#pragma once
// The records that flow through the pipeline:
//   feed -> article -> text (sentences) -> parser (quantity) -> claims (claim)
//        -> reconcile (discrepancy) -> report
// Every stage reads and writes these plain structs; no stage sees another's internals.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck {

/// One article as read from a feed. `text` is valid UTF-8 (invalid bytes were replaced by
/// U+FFFD when read); every byte offset in later records refers to this string.
struct article {
  std::string id;         ///< feed id, else "FILE:LINE"
  std::string text;
  std::string published;  ///< ISO date "YYYY-MM-DD" or empty when unknown
  std::string source;     ///< outlet
  std::string url;
  std::string title;
  std::string file;       ///< input file it came from ("-" for stdin)
  std::size_t line = 0;   ///< 1-based line in `file` (1 for single-article files)
};

/// Half-open byte range [start, end) into article::text.
struct byte_span {
  std::size_t start = 0;
  std::size_t end = 0;
  friend bool operator==(byte_span const&, byte_span const&) = default;
};

enum class quantity_kind : std::uint8_t { count, percent, fraction, money, duration, ratio };
std::string_view to_string(quantity_kind k);
std::optional<quantity_kind> quantity_kind_from(std::string_view s);

/// A number as the text states it, with the interval its qualifier and rounding allow.
struct quantity {
  std::string text;                ///< exact bytes of article::text[span]
  byte_span span;
  double value = 0;                ///< the number as written, scaled ("2.3 million" -> 2.3e6)
  std::optional<double> lo, hi;    ///< closed interval; nullopt = open end
  std::string qualifier;           ///< normalized qualifier name, empty when none
  quantity_kind kind = quantity_kind::count;
  std::string unit;                ///< currency code, duration unit, "pp"; empty for plain counts
  bool age = false;                ///< a duration that is someone's age ("a 48-year-old", "aged 65 or over")
};

enum class modality : std::uint8_t { asserted, planned, hypothetical, negated };
std::string_view to_string(modality m);
std::optional<modality> modality_from(std::string_view s);

enum class date_basis : std::uint8_t { explicit_date, relative, published, none };
std::string_view to_string(date_basis b);
std::optional<date_basis> date_basis_from(std::string_view s);

enum class relation_kind : std::uint8_t { part_of, fraction_of, sum_of, change_of };
std::string_view to_string(relation_kind r);
std::optional<relation_kind> relation_kind_from(std::string_view s);

struct relation {
  relation_kind kind = relation_kind::part_of;
  std::string claim;  ///< id of the other claim
  friend bool operator==(relation const&, relation const&) = default;
};

struct text_key {
  std::string text;  ///< as written
  std::string key;   ///< normalized, synonym-mapped; empty when unknown
};

/// One quantitative claim: the contract's claim record.
struct claim {
  std::string id;       ///< "ARTICLE:N", N counting claims in the article from 1
  std::string article;  ///< article id
  std::string source, published, url, file;
  std::size_t line = 0;
  std::string sentence;
  std::size_t sentence_start = 0;  ///< byte offset of `sentence` in the article (for columns)
  quantity q;
  text_key subject;
  /// What narrows the subject within its story: a place or party named with it ("in Turkey",
  /// "Labour won"); empty for the story's headline figure. Claims compare only within a scope.
  std::string scope;
  /// The article's topic words (its most frequent proper nouns): claims of two articles compare
  /// only when their topics share a word, so a Morocco toll never meets a Gaza toll.
  std::vector<std::string> topics;
  text_key predicate;
  modality mod = modality::asserted;
  std::string date;                ///< "YYYY-MM-DD" or "YYYY-MM"; empty = unknown (null)
  date_basis basis = date_basis::none;
  std::string date_end;            ///< end of the period the figure covers, when the text gives one
  text_key attribution;
  std::vector<relation> relations;
  int line_in_file = 0;            ///< 1-based line of the quantity inside `file`, 0 if unknown
  int column = 0;                  ///< 1-based byte column of the quantity inside that line
  // Extraction scratch (not serialized): where the subject and predicate phrases sit.
  byte_span subject_text_span;
  byte_span predicate_span;
  std::string forced_predicate;    ///< a subject phrase that fixes the predicate ("death toll")
  /// End of the sentence in the article (set by the extractor). Rules read the sentence as
  /// article::text[sentence_start, sentence_end): `sentence` is empty while a writer's claims
  /// are extracted (extractor::extract without copy_sentences).
  std::size_t sentence_end = 0;
};

enum class severity : std::uint8_t { info, warning, error };
std::string_view to_string(severity s);
std::optional<severity> severity_from(std::string_view s);

enum class discrepancy_kind : std::uint8_t { contradiction, temporal, part_whole, sum, fraction, duration };
std::string_view to_string(discrepancy_kind k);

/// A set of claims that cannot all be true.
struct discrepancy {
  std::string id;  ///< stable fingerprint (12 hex digits)
  discrepancy_kind kind = discrepancy_kind::contradiction;
  severity sev = severity::warning;
  std::string subject;  ///< "subject key / predicate key"
  std::string message;  ///< one plain sentence
  std::vector<claim> claims;
  std::optional<double> expected_lo, expected_hi;
  std::optional<double> residual;
  std::optional<std::string> outlier;  ///< claim id
};

struct input_stats {
  std::size_t files = 0, articles = 0, claims = 0, skipped = 0;
};

/// What every writer renders: one model, several formats.
struct report {
  std::string tool = "claimcheck";
  std::string version;
  input_stats input;
  std::vector<discrepancy> discrepancies;
  std::vector<claim> claims;  ///< every claim reconciled (for plots); not part of the JSON report
  std::vector<std::string> stale_baseline;  ///< baseline ids that matched nothing this run
  std::size_t suppressed = 0;               ///< discrepancies hidden by the baseline
};

}  // namespace claimcheck
