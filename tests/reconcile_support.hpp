#pragma once
// The reconciler on a hand-built or extracted set of claims, built once from the project's
// lexicon: shared by the tests that check discrepancies.

#include "claimcheck/reconcile/reconciler.hpp"
#include "test_support.hpp"

#include <vector>

namespace claimcheck::testing {

inline std::vector<discrepancy> check(std::vector<claim> const& cs) {
  static reconcile::reconciler const rec(lex());
  return rec.run(cs);
}

}  // namespace claimcheck::testing
