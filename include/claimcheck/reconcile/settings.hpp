#pragma once
// The reconciler's tunables, read from grammars/reconcile.tsv (table "reconcile").
//
// Rules of the table:
//  1. Each row is `name <TAB> value [<TAB> value2]`; every scalar setting must appear once.
//  2. `cumulative <TAB> predicate-key` rows list the predicates whose counts only grow over
//     time (kill, die, wound, ...); they are checked for `temporal` discrepancies.
//  3. `duration_unit <TAB> unit <TAB> days` rows give the length of each duration unit.
//  4. An unknown name, a missing setting or a value that is not a number is a lexicon_error.

#include <map>
#include <set>
#include <string>

namespace claimcheck {
class lexicon;
}

namespace claimcheck::reconcile {

struct settings {
  double relative_tolerance = 0;  ///< gaps below this share of the larger value are ignored
  double relative_floor = 0;      ///< sigma is at least this share of the value
  double rounding_share = 0;      ///< sigma is at least this share of the rounding unit as written
  double percent_rounding = 0;    ///< a bare percentage's interval: value +/- this share of its last digit
  double open_sigma = 0;          ///< sigma of an open interval, as a share of its finite end
  double z_warning = 0;           ///< normalized gap at which a discrepancy becomes a warning
  double z_error = 0;             ///< ... and an error
  double chi2_alpha = 0;          ///< significance of the chi-square global test
  double outlier_min = 0;         ///< a named outlier's normalized residual is at least this
  double outlier_ratio = 0;       ///< ... and this many times the next largest one
  double max_component = 0;       ///< larger groups of linked claims are not reconciled
  double temporal_links = 0;      ///< earlier claims a falling count is linked to (top by bound)
  double duration_rounding = 0;   ///< units a stated duration may be off by rounding ("six months")
  double article_ratio = 0;       ///< one article's two figures this many times apart are two counts
  std::string duration_start_scope;  ///< "article" or "corpus": where a period start is looked up
  std::set<std::string, std::less<>> cumulative;           ///< predicate keys
  std::map<std::string, double, std::less<>> duration_units;  ///< unit -> days

  /// Reads table "reconcile" of `lex`; throws lexicon_error on a bad or missing row.
  static settings from(lexicon const& lex);
};

}  // namespace claimcheck::reconcile
