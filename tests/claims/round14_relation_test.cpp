// Fourteenth accuracy round (acc20r): relations and discrepancies by mechanism (docs/claims.md
// "Fourteenth round: relations and discrepancies"), on sentences written for these tests.

#include "claimcheck/claims/extractor.hpp"
#include "claimcheck/reconcile/reconciler.hpp"
#include "reconcile_support.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace claimcheck;

namespace {

using testing::by_text;
using testing::has_relation;
using testing::related;
using testing::run;

using claimcheck::testing::check;

}  // namespace

TEST_CASE("acc20r: a figure with a verb of its own ends an 'of them' list", "[claims][relations][acc20r]") {
  // the verb after the figure: a clause of its own, no part of the injured
  auto cs = run("Officials said 640 people had been hurt, 85 of them seriously, and that some 7,200 residents spent "
                "the night in shelters.");
  CHECK(related(cs, "85", relation_kind::part_of, "640"));
  CHECK_FALSE(related(cs, "640", relation_kind::sum_of, "some 7,200"));
  CHECK_FALSE(related(cs, "some 7,200", relation_kind::part_of, "640"));
  CHECK(check(cs).empty());
  // the verb right before the figure
  cs = run("About 3,100 people are still in emergency housing, according to the relief agency, which runs 22 of "
           "them and has handed out more than 41,000 blankets.");
  CHECK_FALSE(related(cs, "About 3,100", relation_kind::sum_of, "more than 41,000"));
  CHECK(check(cs).empty());
  // a gapped list keeps the whole's verb, and an adjective before a part's noun is no verb
  cs = run("The quake killed more than 9,000 people, 7,410 of them in the north and 1,350 in the south.");
  CHECK(related(cs, "more than 9,000", relation_kind::sum_of, "7,410"));
  CHECK(related(cs, "more than 9,000", relation_kind::sum_of, "1,350"));
  cs = run("There were 91 deaths, 60 of them confirmed patients and 31 suspected ones.");
  CHECK(related(cs, "91", relation_kind::sum_of, "60"));
  CHECK(related(cs, "91", relation_kind::sum_of, "31"));
}

TEST_CASE("acc20r: a relative partitive after a verb's object names that object", "[claims][relations][acc20r]") {
  auto cs = run("On Friday the town board voted 9 to 2 to order an audit of the reservoirs, of which the district "
                "has 14.");
  CHECK_FALSE(has_relation(cs, "14", relation_kind::part_of));
  CHECK(check(cs).empty());
  cs = run("The assembly voted 40 to 12 to close the branch clinics, of which the county runs 18.");
  CHECK_FALSE(has_relation(cs, "18", relation_kind::part_of));
  // the figure's own noun phrase before the cue still links
  cs = run("Rebels held 310 villagers, of whom 120 were children.");
  CHECK(related(cs, "120", relation_kind::part_of, "310"));
  cs = run("More than 600 soldiers have been wounded in the offensive, of whom 85 remain in hospital.");
  CHECK(related(cs, "85", relation_kind::part_of, "More than 600"));
}

TEST_CASE("acc20r: a figure restating a part of a breakdown contradicts neither the total nor the other parts",
          "[reconcile][relations][acc20r]") {
  auto cs = run("Of the 1,800 people employed at the smelter, 1,210 signed the petition, the union said.\n\n"
                "Brandt Metals employs 5,600 people: 1,800 at Osterholm, 1,500 at Vell, 1,400 at Carrow and 900 at "
                "its coastal yards.");
  CHECK(related(cs, "5,600", relation_kind::sum_of, "1,500"));
  CHECK(check(cs).empty());
  // a figure that restates no part still disagrees with the total
  cs = run("Of the 1,700 people employed by Brandt Metals, 1,210 signed the petition, the union said.\n\n"
           "Brandt Metals employs 5,600 people, the company said.");
  auto const ds = check(cs);
  CHECK(std::any_of(ds.begin(), ds.end(), [](discrepancy const& d) { return d.kind == discrepancy_kind::contradiction; }));
}

TEST_CASE("acc20r: levels of one count at different dates are no breakdown of a later level",
          "[claims][relations][acc20r]") {
  auto cs = run("The death toll from the landslide rose to 30 on Saturday. The toll had climbed to 12 by Tuesday and 21 "
                "by Friday.",
                "2026-03-14");
  CHECK_FALSE(has_relation(cs, "30", relation_kind::sum_of));
  auto const ds = check(cs);
  CHECK(std::none_of(ds.begin(), ds.end(), [](discrepancy const& d) { return d.kind == discrepancy_kind::sum; }));
  // parts of one date still break it down
  cs = run("The plant will cut 1,240 jobs. The cuts fall on three sites: 710 at Kelby, 380 at Dorn and 150 at "
           "the depot.");
  CHECK(related(cs, "1,240", relation_kind::sum_of, "710"));
}

TEST_CASE("acc20r: a colon after the total's speaker opens its breakdown", "[claims][relations][acc20r]") {
  auto cs = run("The region had 2,310 licensed taxis at the end of June, the transport office said: 1,450 in the city, "
                "610 in the suburbs and 250 at the airport.");
  CHECK(related(cs, "2,310", relation_kind::sum_of, "1,450"));
  CHECK(related(cs, "2,310", relation_kind::sum_of, "610"));
  CHECK(related(cs, "2,310", relation_kind::sum_of, "250"));
  // a list that fails to add up is a sum to check
  cs = run("The region had 2,210 licensed taxis at the end of June, the transport office said: 1,450 in the city, "
           "610 in the suburbs and 250 at the airport.");
  auto const ds = check(cs);
  CHECK(std::any_of(ds.begin(), ds.end(), [](discrepancy const& d) { return d.kind == discrepancy_kind::sum; }));
  // no list (no closing "and"): nothing
  cs = run("The region had 2,310 licensed taxis at the end of June, the transport office said: 1,450 in the city.");
  CHECK_FALSE(has_relation(cs, "2,310", relation_kind::sum_of));
}
