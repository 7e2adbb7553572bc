// Partitives that are no part of the figure before them (docs/claims.md, thirteenth round):
// a distributive "each of which", and a bare "them" across a sentence with no figure. Sentences
// written for these tests.

#include "claimcheck/claims/extractor.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

namespace {

using testing::has_relation;
using testing::related;
using testing::run;

}  // namespace

TEST_CASE("partitive: each of which tells what every one holds", "[claims][relation][partitive]") {
  auto const cs = run("The council will build three new depots, each of which will house 40 buses.");
  CHECK_FALSE(has_relation(cs, "40", relation_kind::part_of));
  // a plain "of which" is still a part
  auto const ps = run("The council runs 120 buses, of which 40 are electric.");
  CHECK(related(ps, "40", relation_kind::part_of, "120"));
}

TEST_CASE("partitive: a bare 'them' does not reach over a sentence with no figure", "[claims][relation][partitive]") {
  auto const cs = run("Two inspectors were suspended. The faulty valves were fitted at the plant in May. "
                      "Three of them failed within a week.");
  CHECK_FALSE(related(cs, "Three", relation_kind::part_of, "Two"));
  // the sentence right before: still its part
  auto const ps = run("Engineers found 14 faulty valves at the plant. Three of them failed within a week.");
  CHECK(related(ps, "Three", relation_kind::part_of, "14"));
}
