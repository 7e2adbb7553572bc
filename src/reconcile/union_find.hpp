#pragma once
// Disjoint sets over dense ids (internal to the reconciler): path halving, and the smaller id
// is always the root, so the result does not depend on the order of joins.

#include <cstddef>
#include <numeric>
#include <utility>
#include <vector>

namespace claimcheck::reconcile::detail {

struct union_find {
  std::vector<std::size_t> parent;

  union_find() = default;
  explicit union_find(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), std::size_t{0}); }

  std::size_t size() const { return parent.size(); }
  /// A new singleton set; returns its id.
  std::size_t add() {
    parent.push_back(parent.size());
    return parent.size() - 1;
  }
  std::size_t find(std::size_t i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
  void join(std::size_t a, std::size_t b) {
    a = find(a);
    b = find(b);
    if (a == b) return;
    if (a < b) std::swap(a, b);
    parent[a] = b;  // the smaller id is the root: deterministic
  }
};

}  // namespace claimcheck::reconcile::detail
