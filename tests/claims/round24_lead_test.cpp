// Twenty-fourth round (lead): a share of "the total" is of the total of its own time
// (docs/claims.md "Eighteenth round ... (lead)"), on sentences written for these tests.

#include "claimcheck/claims/extractor.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

namespace {

using testing::related;
using testing::run;

}  // namespace

TEST_CASE("lead-r24: a share of the total set off after a figure is of its own year's total", "[claims][relations][lead-r24]") {
  // the total of 2023 and the one of the year before, then a part "last year" (published 2024-04-09:
  // last year is 2023)
  auto cs = run("Wine exports reached €610 million in 2023, up 5% from €581 million in 2022. Exports to "
                "Norway were €230 million last year, more than a third of the total.");
  CHECK(related(cs, "more than a third", relation_kind::fraction_of, "€610 million"));
  CHECK(related(cs, "€230 million", relation_kind::part_of, "€610 million"));
  // the other way round: the part's year is the earlier total's, though a later year's total is nearer
  cs = run("Wine exports were €581 million in 2022. They reached €610 million in 2023. Exports to Norway "
           "were €200 million in 2022, more than a third of the total.");
  CHECK(related(cs, "more than a third", relation_kind::fraction_of, "€581 million"));
}
