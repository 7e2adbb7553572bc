#pragma once
// Which claims meet in a (subject, predicate) group (internal to src/reconcile). One rule, two
// callers: the reconciler, on the compact claims of one table, and the bucketed run's stager
// (spill.cpp), on an article's full claims, where the whole may end up in another bucket.

#include "claimcheck/model.hpp"

#include <cstddef>
#include <optional>
#include <set>
#include <string_view>
#include <tuple>
#include <vector>

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

/// Which of `n` claims are members of a breakdown, for outside_groups' `in_sum`: a claim that a
/// total with its subject lists in its `sum_of`, and a figure its article states again with such a
/// member's subject and value ("Of the 2,450 people employed at the mine" after "6,300 people:
/// 2,450 at Kalbarra, ..."). `each_member(i, f)` calls f(j) for every claim j among the n that
/// claim i lists in its `sum_of`; `subject(i)` and `article(i)` are keys, `value(i)` the figure.
template <class EachMember, class Subject, class Article, class Value>
std::vector<char> breakdown_members(std::size_t n, EachMember&& each_member, Subject&& subject, Article&& article,
                                    Value&& value) {
  std::vector<char> in_sum(n, 0);
  for (std::size_t i = 0; i < n; ++i)
    each_member(i, [&](std::size_t m) {
      if (std::string_view(subject(m)) == std::string_view(subject(i))) in_sum[m] = 1;
    });
  std::set<std::tuple<std::string_view, std::string_view, double>> members;
  for (std::size_t i = 0; i < n; ++i)
    if (in_sum[i]) members.emplace(article(i), subject(i), value(i));
  if (!members.empty())
    for (std::size_t i = 0; i < n; ++i)
      if (!in_sum[i] && members.count({article(i), subject(i), value(i)})) in_sum[i] = 1;
  return in_sum;
}

}  // namespace claimcheck::reconcile::detail
