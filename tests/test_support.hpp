#pragma once
// Shared helpers for the unit tests: the project's lexicon, loaded once.

#include "claimcheck/lexicon/lexicon.hpp"

namespace claimcheck::testing {

inline lexicon const& lex() {
  static lexicon const l = lexicon::load(CLAIMCHECK_TEST_GRAMMARS);
  return l;
}

}  // namespace claimcheck::testing
