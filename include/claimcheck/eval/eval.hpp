#pragma once
// Evaluation against the curated corpus's gold annotations (docs/corpus.md, docs/eval.md).
//
// Rules:
//  1. A gold item names a quantity by article id, the exact text of the quantity and its
//     occurrence (1 = first) in the article; it resolves to a byte span of article::text.
//     Rows that do not resolve (unknown article, text not found, malformed row) are gold errors:
//     reported, left out of the figures, and they fail the gate.
//  2. Predictions match gold by span only (article + byte range); every other field is compared
//     on span-matched pairs. Recall counts every gold item, including those never predicted.
//  3. Quantity and claim precision count predictions in annotated articles only (articles with
//     at least one row in gold/quantities.tsv); the report names how many were left out. Claim
//     precision also leaves out predictions on gold quantities that have no gold claim row.
//  4. A predicted discrepancy matches a gold one of the same kind when their claim sets share at
//     least min(2, gold set size) claims. Several predictions may match one gold row (a checker
//     may report a cluster of revisions as pairs): precision counts the predictions that match
//     some gold row, recall the gold rows matched by some prediction. The outlier is scored on
//     the matching prediction with the largest overlap (first in report order on ties).
//  5. Thresholds (CORPUS_DIR/thresholds.tsv, rows `metric<TAB>min`) are minimums: the gate fails
//     when a figure is below its minimum or names an unknown metric.

#include "claimcheck/model.hpp"

#include <cstddef>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace claimcheck {
class lexicon;
}

namespace claimcheck::eval {

struct eval_options {
  std::string corpus_dir;
  bool json = false;
  std::size_t details = 0;  ///< text mode: list up to this many misses and false positives per metric
  unsigned jobs = 1;        ///< extraction threads (0 = all cores)
};

/// Runs the pipeline on CORPUS_DIR/feed, compares with CORPUS_DIR/gold, renders the figures.
/// `passed` is false when a figure is below its threshold in CORPUS_DIR/thresholds.tsv, or when
/// gold rows or thresholds are malformed. Throws std::invalid_argument when CORPUS_DIR has no
/// feed/ or gold/ directory.
std::string run_eval(eval_options const& opt, lexicon const& lex, bool& passed);

// ---- the parts of run_eval, public for tests --------------------------------------------------

/// A problem with a gold or thresholds row: "FILE:LINE: reason".
struct gold_error {
  std::string file;
  std::size_t line = 0;
  std::string reason;
  std::string to_string() const;
};

/// A quantity's place: article id and byte range.
struct span_key {
  std::string article;
  std::size_t start = 0, end = 0;
  auto operator<=>(span_key const&) const = default;
};

struct gold_quantity {
  span_key at;
  std::string text;
  double value = 0;
  std::optional<double> lo, hi;
  std::string kind, unit;
};

struct gold_claim {
  span_key at;
  std::string text;
  std::string subject, predicate, modality, date, date_basis, source;
};

struct gold_relation {
  span_key from;
  std::string kind;
  span_key to;
  std::string text, target_text;
};

struct gold_discrepancy {
  std::string kind;
  std::vector<span_key> claims;
  std::optional<span_key> outlier;
  std::string note;
  std::size_t line = 0;
};

struct gold_set {
  std::vector<gold_quantity> quantities;
  std::vector<gold_claim> claims;
  std::vector<gold_relation> relations;
  std::vector<gold_discrepancy> discrepancies;
  std::vector<std::string> clean;  ///< article ids that must raise nothing
  std::vector<gold_error> errors;
};

/// Reads GOLD_DIR/{quantities,claims,relations,discrepancies}.tsv and clean.txt (each optional),
/// resolving text + occurrence against `articles`.
gold_set load_gold(std::filesystem::path const& gold_dir, std::vector<article> const& articles);

/// Counts behind precision, recall and F1, plus the first items that went wrong.
struct score {
  std::size_t gold = 0, predicted = 0;
  std::size_t correct = 0;  ///< gold items matched
  std::optional<std::size_t> correct_predictions;  ///< predictions matched, when not `correct`
  /// Gold items not matched; for field figures (value, kind, claim.date ...) span-matched items
  /// with a wrong field ("got X, gold Y"); unmatched spans are listed under quantity.span.
  std::vector<std::string> misses;
  std::vector<std::string> false_positives;  ///< predictions that match no gold item
  double precision() const;  ///< correct / predicted; 1 when nothing predicted and nothing gold
  double recall() const;     ///< correct / gold; 1 when nothing gold and nothing predicted
  double f1() const;
};

struct evaluation {
  std::map<std::string, score> scores;  ///< "quantity.span", "claim.subject", "discrepancy.sum", ...
  std::vector<std::string> order;       ///< score names in display order
  std::size_t articles = 0, annotated = 0;
  std::size_t outliers_named = 0, outliers_right = 0;  ///< matched gold discrepancies naming an outlier
  std::size_t clean_articles = 0, clean_silent = 0, false_alarms = 0;
  std::vector<std::string> false_alarm_details;
  std::vector<gold_error> errors;  ///< gold errors and feed diagnostics

  /// Every scalar figure a threshold can name: "<score>.precision|recall|f1",
  /// "discrepancy.outlier_accuracy", "clean.silent" (share of clean articles raising nothing).
  std::map<std::string, double> figures() const;
};

/// Compares predictions with gold. `articles` are all articles of the feed.
evaluation evaluate(gold_set const& gold, std::vector<article> const& articles, std::vector<claim> const& claims,
                    std::vector<discrepancy> const& discrepancies);

struct threshold {
  std::string metric;
  double min = 0;
  std::size_t line = 0;
};

struct thresholds {
  std::vector<threshold> rows;
  std::vector<gold_error> errors;
};

/// Reads `metric<TAB>min` rows ('#' comments, blank lines ignored). A missing file gives no rows.
thresholds load_thresholds(std::filesystem::path const& file);

struct threshold_result {
  threshold t;
  std::optional<double> value;  ///< nullopt: unknown metric
  bool passed = false;
};

/// Checks every threshold against the figures; `passed` is false when any fails.
std::vector<threshold_result> check_thresholds(thresholds const& th, evaluation const& ev, bool& passed);

/// The aligned table (and, with details > 0, the first misses per metric).
std::string render_text(evaluation const& ev, std::vector<threshold_result> const& checks, bool passed,
                        std::string const& corpus, std::size_t details);
/// A stable JSON object (keys in a fixed order), one line.
std::string render_json(evaluation const& ev, std::vector<threshold_result> const& checks, bool passed,
                        std::string const& corpus);

}  // namespace claimcheck::eval
