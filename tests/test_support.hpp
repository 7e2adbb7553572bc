#pragma once
// Shared helpers for the unit tests: the project's lexicon, loaded once, and the claim
// extractor run on a one-article text.

#include "claimcheck/claims/extractor.hpp"
#include "claimcheck/lexicon/lexicon.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

namespace claimcheck::testing {

inline lexicon const& lex() {
  static lexicon const l = lexicon::load(CLAIMCHECK_TEST_GRAMMARS);
  return l;
}

/// The claims of one article (id "t") made of `text`.
inline std::vector<claim> run(std::string const& text, std::string const& published = "2024-04-09",
                              std::string const& source = "Test Wire") {
  static claims::extractor const ex(lex());
  article a;
  a.id = "t";
  a.text = text;
  a.published = published;
  a.source = source;
  return ex.extract(a);
}

/// The claim whose quantity reads `t`; fails the test when there is none.
inline claim by_text(std::vector<claim> const& cs, std::string const& t) {
  for (auto const& c : cs)
    if (c.q.text == t) return c;
  FAIL("no claim \"" << t << "\"");
  return {};
}

/// One field of the claim whose quantity reads `figure` in the claims of `text`.
inline std::string pred_of(std::string const& text, std::string const& figure) {
  return by_text(run(text), figure).predicate.key;
}
inline std::string subj_of(std::string const& text, std::string const& figure) {
  return by_text(run(text), figure).subject.key;
}
inline modality mod_of(std::string const& text, std::string const& figure) { return by_text(run(text), figure).mod; }
inline std::string source_of(std::string const& text, std::string const& figure) {
  return by_text(run(text), figure).attribution.key;
}
inline std::string date_of(std::string const& text, std::string const& figure) { return by_text(run(text), figure).date; }

/// Whether the claim of figure `from` has a relation of `kind` to the quantity reading `to`.
inline bool related(std::vector<claim> const& cs, std::string const& from, relation_kind kind, std::string const& to) {
  auto const c = by_text(cs, from);
  auto const target = by_text(cs, to);
  return std::any_of(c.relations.begin(), c.relations.end(),
                     [&](auto const& r) { return r.kind == kind && r.claim == target.id; });
}
/// Whether the claim of figure `from` has any relation of `kind`.
inline bool has_relation(std::vector<claim> const& cs, std::string const& from, relation_kind kind) {
  auto const c = by_text(cs, from);
  return std::any_of(c.relations.begin(), c.relations.end(), [&](auto const& r) { return r.kind == kind; });
}

}  // namespace claimcheck::testing
