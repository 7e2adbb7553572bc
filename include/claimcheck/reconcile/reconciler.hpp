#pragma once
// The reconciler: finds sets of claims that cannot all be true.
//
// Claims are grouped by hashing (subject key, predicate key), never compared all-pairs.
// Within a group: same as-of date -> contradiction; cumulative predicates over time ->
// temporal. Across relations: part_of -> part_whole, sum_of -> sum, fraction_of -> fraction.
// Durations are checked against the dates of the events they span. Every connected group
// of linear relations is reconciled by weighted least squares (Eigen) to name the outlier.
// Tolerances and the list of cumulative predicates are data (grammars/reconcile.tsv).
// The model, its matrices and tolerances are documented in docs/reconcile.md.
//
// Rules:
//  1. Only `asserted` claims are checked; plans, hypotheticals and negations never
//     contradict facts.
//  2. Claims with an empty subject or predicate key are never grouped by key; they are still
//     checked through their explicit relations.
//  3. A claim with `date_end` covers the period [date, date_end]; for a duration claim this is
//     the period whose length it states.
//  4. Claims inside a discrepancy are sorted by date, then article, then id; `id` is
//     fingerprint(d).

#include "claimcheck/model.hpp"
#include "claimcheck/reconcile/settings.hpp"

#include <memory>
#include <vector>

namespace claimcheck {
class lexicon;
}

namespace claimcheck::reconcile {

class reconciler {
 public:
  /// Reads its settings from table "reconcile" of `lex` (throws lexicon_error when bad).
  explicit reconciler(lexicon const& lex);
  explicit reconciler(settings s);
  ~reconciler();
  reconciler(reconciler&&) noexcept;
  reconciler& operator=(reconciler&&) noexcept;

  /// Every discrepancy among `claims`, sorted by severity (most severe first), then id.
  /// The result does not depend on the order of `claims`.
  std::vector<discrepancy> run(std::vector<claim> const& claims) const;

  settings const& config() const;

  struct impl;

 private:
  std::unique_ptr<impl> impl_;
};

/// The stable 12-hex-digit fingerprint of a discrepancy: built from its kind, subject and
/// predicate keys, date bucket and values, never from files, lines or input order.
std::string fingerprint(discrepancy const& d);

}  // namespace claimcheck::reconcile
