// Twenty-third round (acc23d): one article's two figures an order of magnitude apart are two
// counts its keys did not tell apart, not one figure told twice (docs/reconcile.md,
// `article_ratio`). Hand-built claims.

#include "claimcheck/reconcile/reconciler.hpp"

#include "reconcile/claim_builder.hpp"
#include "reconcile_support.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;
using claimcheck::testing::check;
using claimcheck::testing::claim_builder;

TEST_CASE("acc23d: one article's figures an order of magnitude apart do not contradict", "[reconcile][acc23d]") {
  // a club's squad of 52 beside 910 entrants, both keyed athlete / enter, in one article
  auto ds = check({claim_builder("a1:1", "athlete", "enter", 910).on("2026-05-02").by("organisers"),
                   claim_builder("a1:2", "athlete", "enter", 52).on("2026-05-02").by("valley post")});
  CHECK(ds.empty());
  // a dispute the article reports is between estimates of one size: still a contradiction
  ds = check({claim_builder("a1:1", "person", "die", 640).on("2026-05-02").by("ministry"),
              claim_builder("a1:2", "person", "die", 210).on("2026-05-02").by("observers")});
  CHECK(ds.size() == 1);
  // two articles an order of magnitude apart still meet (a slipped digit or zero across outlets)
  ds = check({claim_builder("a1:1", "athlete", "enter", 910).on("2026-05-02").by("organisers"),
              claim_builder("a2:1", "athlete", "enter", 52).on("2026-05-02").by("valley post")});
  CHECK(ds.size() == 1);
}
