#pragma once
// Which claims meet in a (subject, predicate) group (internal to src/reconcile). One rule, two
// callers: the reconciler, on the compact claims of one table, and the bucketed run's stager
// (spill.cpp), on an article's full claims, where the whole may end up in another bucket.

#include "claimcheck/model.hpp"

#include <optional>
#include <string_view>

namespace claimcheck::reconcile::detail {

/// A part that counts what its whole counts, with no scope ("Of the 486 cases, 301 were in
/// adults"), is a subgroup nothing names, not the total: it is checked against its whole
/// (part_whole, sum, fraction), never in the total's contradictions and timeline. A part that
/// names its subgroup by a scope ("Labour won 263 of the 650 seats") or by a subject of its own
/// ("263 women" of 650 MPs) meets that subgroup's other figures.
///
/// `relations` holds the claim's relations (each with `kind` and `claim`, the id it points at);
/// `whole_subject(id)` gives the subject key of the claim with that id, or nothing when the
/// caller does not hold it.
///
/// A change ("47 deaths, up 16 from a week ago": the 16, a `change_of` the 47) is no level of
/// what it counts: it never meets that count's levels either (docs/corpus.md: change quantities
/// are not levels), whatever predicate it was given.
///
/// The same holds for a member of a breakdown: `in_sum` is true when a total with the claim's
/// subject lists it in its `sum_of` ("4.1 million trips: 2.6 million on Swiftly, 1.2 million on
/// Carro and 450,000 on smaller apps": the 450,000 is no count of all trips, and another
/// outlet's 4.1 million is not a figure it contradicts).
template <class Relations, class WholeSubject>
bool outside_groups(std::string_view scope, std::string_view subject, Relations const& relations,
                    WholeSubject&& whole_subject, bool in_sum = false) {
  for (auto const& r : relations)
    if (r.kind == relation_kind::change_of) return true;
  if (!scope.empty()) return false;
  if (in_sum) return true;
  for (auto const& r : relations) {
    if (r.kind != relation_kind::part_of) continue;
    std::optional<std::string_view> const w = whole_subject(r.claim);
    if (w && *w == subject) return true;
  }
  return false;
}

}  // namespace claimcheck::reconcile::detail
