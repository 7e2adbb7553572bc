#pragma once
// The reconciler: finds sets of claims that cannot all be true.
//
// Claims are grouped by hashing (subject key, predicate key), never compared all-pairs.
// Within a group: same as-of date -> contradiction; cumulative predicates over time ->
// temporal. Across relations: part_of -> part_whole, sum_of -> sum, fraction_of -> fraction.
// Durations are checked against the dates of the events they span. Every connected group
// of linear relations is reconciled by weighted least squares (Eigen) to name the outlier.
// Tolerances and the list of cumulative predicates are data (grammars/reconcile.tsv,
// grammars/predicates.tsv).

#include "claimcheck/model.hpp"

#include <memory>
#include <vector>

namespace claimcheck {
class lexicon;
}

namespace claimcheck::reconcile {

class reconciler {
 public:
  explicit reconciler(lexicon const& lex);
  ~reconciler();
  reconciler(reconciler&&) noexcept;
  reconciler& operator=(reconciler&&) noexcept;

  /// Every discrepancy among `claims`, sorted by severity (most severe first), then id.
  /// The result does not depend on the order of `claims`.
  std::vector<discrepancy> run(std::vector<claim> const& claims) const;

  struct impl;

 private:
  std::unique_ptr<impl> impl_;
};

/// The stable 12-hex-digit fingerprint of a discrepancy: built from its kind, subject and
/// predicate keys, date bucket and values, never from files, lines or input order.
std::string fingerprint(discrepancy const& d);

}  // namespace claimcheck::reconcile
