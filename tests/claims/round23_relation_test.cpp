// Twenty-third round (acc23d): relations that paired figures which are not parts of one another,
// from the false discrepancies of sets 22-25 (docs/claims.md "Seventeenth round: ... (acc23d)"),
// on sentences written for these tests.

#include "claimcheck/claims/extractor.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

namespace {

using testing::by_text;
using testing::has_relation;
using testing::related;
using testing::run;

}  // namespace

TEST_CASE("acc23d: a gapped breakdown's member opens with its figure", "[claims][relations][acc23d]") {
  // a clause of its own, with its noun and verb before the figure, is no gapped member
  auto cs = run("Of the 40 ferries in the fleet, 22 are sailing and engineers are working on nine more.");
  CHECK_FALSE(has_relation(cs, "40", relation_kind::sum_of));
  // the gapped list still is one
  cs = run("Of the €2.4 billion, the agency said, €1.2 billion is roads, €800 million rail and €400 million ports.");
  CHECK(related(cs, "€2.4 billion", relation_kind::sum_of, "€1.2 billion"));
  CHECK(related(cs, "€2.4 billion", relation_kind::sum_of, "€800 million"));
  CHECK(related(cs, "€2.4 billion", relation_kind::sum_of, "€400 million"));
}

TEST_CASE("acc23d: a pronoun cue right after a figure is that figure's partitive", "[claims][relations][acc23d]") {
  // "three of whom were over 80": the three are of the five, the 80 is nobody's part
  auto cs = run("Five climbers were rescued on Sunday, two of whom were over 60.");
  CHECK(related(cs, "two", relation_kind::part_of, "Five"));
  CHECK_FALSE(has_relation(cs, "over 60", relation_kind::part_of));
  // a cue after the whole's noun still names the part after it
  cs = run("The court heard 140 appeals, of which 35 succeeded.");
  CHECK(related(cs, "35", relation_kind::part_of, "140"));
}

TEST_CASE("acc23d: a list's whole is no earlier level", "[claims][relations][acc23d]") {
  // "up from 16" names the earlier level: the list breaks down the 23
  auto cs = run("Twenty-three shops have joined the scheme, up from 16 in March, the council said, with 14 of "
                "them on the high street and nine in the villages.");
  CHECK(related(cs, "Twenty-three", relation_kind::sum_of, "14"));
  CHECK(related(cs, "Twenty-three", relation_kind::sum_of, "nine"));
  CHECK_FALSE(has_relation(cs, "16", relation_kind::sum_of));
}

TEST_CASE("acc23d: a share apposed to a partitive is the part's share of the whole", "[claims][relations][acc23d]") {
  // "nearly 60% of them" after "22 of the 37 towns": of the 37, and the 37 is part of nothing
  auto cs = run("The utility restored power in 18 of the 30 villages that had been cut off since the storm, "
                "about 60% of them, the company said.");
  CHECK(related(cs, "18", relation_kind::part_of, "30"));
  CHECK(related(cs, "about 60%", relation_kind::fraction_of, "30"));
  CHECK_FALSE(has_relation(cs, "30", relation_kind::part_of));
}

TEST_CASE("acc23d: a total cue that goes on with 'of' sums nothing", "[claims][relations][acc23d]") {
  // "in all of 2025" is a year's figure set against this year's, not the sum of the others
  auto cs = run("The charity supports an estimated 4,200 carers, who have lost 860 respite days so far this "
                "year, against 1,130 in all of 2025.");
  CHECK_FALSE(has_relation(cs, "1,130", relation_kind::sum_of));
  // the plain cue still sums its list
  cs = run("The fund paid 40 grants in March and 25 in April, 65 in all.");
  CHECK(related(cs, "65", relation_kind::sum_of, "40"));
}

TEST_CASE("acc23d: a length before a plural noun bounds no period", "[claims][date][acc23d]") {
  // "on two-year contracts since March": the term of each contract, not a period since March
  auto c = by_text(run("The clinic has recruited 46 nurses from abroad on two-year contracts since March.", "2026-11-12"),
                   "two-year");
  CHECK(c.date_end.empty());
  // one thing's length still runs from its start
  c = by_text(run("The four-year project began in May 2025.", "2026-11-12"), "four-year");
  CHECK(c.date == "2025-05");
  CHECK(c.date_end == "2026-11-12");
}

TEST_CASE("acc23d: an addition is scoped apart from the total it adds to", "[claims][scope][acc23d]") {
  auto cs = run("The ministry said the 4 million test kits bought in June had cost €9 million and that a further "
                "1.5 million had been bought since.");
  CHECK(by_text(cs, "1.5 million").scope == "further");
  CHECK(by_text(cs, "4 million").scope.empty());
  cs = run("Rescuers found 12 survivors on Tuesday. Another 30 people are still missing.");
  CHECK(by_text(cs, "30").scope == "further");
}

TEST_CASE("acc23d: a figure after ', or' in a breakdown restates a part", "[claims][relations][acc23d]") {
  auto cs = run("The ministry's €900 million package has three parts: €500 million for roads, or €50 million for "
                "each region, €250 million for rail and €150 million for ports.");
  CHECK(related(cs, "€900 million", relation_kind::sum_of, "€500 million"));
  CHECK(related(cs, "€900 million", relation_kind::sum_of, "€250 million"));
  CHECK(related(cs, "€900 million", relation_kind::sum_of, "€150 million"));
  CHECK_FALSE(related(cs, "€900 million", relation_kind::sum_of, "€50 million"));
}

TEST_CASE("acc23d: a named reference points at the figure its noun counts", "[claims][relations][acc23d]") {
  // "Of those guides," is of the 120 guides, not of the nearer, larger count of visitors, and the
  // parts stay parts when they exceed it (the reconciler reports that)
  auto cs = run("There were 120 licensed guides in the park at the end of May, the trust said. They lead about "
                "40,000 visitors a year. Of those guides, 132 work part-time and 30 are employed by the trust.");
  CHECK(related(cs, "132", relation_kind::part_of, "120"));
  CHECK(related(cs, "30", relation_kind::part_of, "120"));
  CHECK_FALSE(has_relation(cs, "120", relation_kind::sum_of));
  CHECK_FALSE(related(cs, "132", relation_kind::part_of, "about 40,000"));
}

TEST_CASE("acc23d: a clause that starts the period dates a duration", "[claims][date][acc23d]") {
  // a "since" clause with a verb of its own, a start verb's "when" clause, a start verb's -ing form
  auto c = by_text(run("Costs have risen on the three-year upgrade since ground was broken in April 2025.", "2026-11-12"),
                   "three-year");
  CHECK(c.date == "2025-04");
  CHECK(c.date_end == "2026-11-12");
  c = by_text(run("The five-year trial began when the first tagged otters were released in May 2024.", "2026-11-12"),
              "five-year");
  CHECK(c.date == "2024-05");
  c = by_text(run("Since it began operating in January 2025, the plant has treated 9 billion litres in its 30 months "
                  "of service.",
                  "2026-11-12"),
              "30 months");
  CHECK(c.date == "2025-01");
  // a bare "since" and its month is another clause's time ("where it had been since March 2019")
  c = by_text(run("The bank raised its rate for the first time in 12 years, from 0.5%, where it had been since "
                  "March 2019.",
                  "2026-11-12"),
              "12 years");
  CHECK(c.date_end.empty());
}

TEST_CASE("acc23d: a colon opens a fronted partitive as a sentence does", "[claims][relations][acc23d]") {
  auto cs = run("Most of the patients were women: of the 300 seen in March, 180 were women and 40 were over 80.");
  CHECK(related(cs, "180", relation_kind::part_of, "300"));
}

TEST_CASE("acc23d: a participle clause after a list is no second list", "[claims][relations][acc23d]") {
  // "leaving 510 branches open" tells what follows from the closures; the list still breaks down the 90
  auto cs = run("The bank said on Monday it would shut 90 of its 600 branches. The closures comprise 50 branches in "
                "villages, 25 in towns and 15 in cities, leaving 510 branches open.");
  CHECK(related(cs, "90", relation_kind::sum_of, "50"));
  CHECK(related(cs, "90", relation_kind::sum_of, "25"));
  CHECK(related(cs, "90", relation_kind::sum_of, "15"));
}

TEST_CASE("acc23d: a list member dated by publication dates nothing apart", "[claims][relations][acc23d]") {
  // the first member after "she said:" has no time phrase of its own (publication), the others the
  // speaker's Wednesday: still one list, the £9 million's breakdown
  auto cs = run("The council will spend £9 million on parks next year, leader Ann Vale said on Wednesday. The money "
                "will be split between the districts, she said: £4 million for the north, £3 million for the south "
                "and £2.5 million for the east.",
                "2026-11-13");
  CHECK(related(cs, "£9 million", relation_kind::sum_of, "£4 million"));
  CHECK(related(cs, "£9 million", relation_kind::sum_of, "£2.5 million"));
}

TEST_CASE("acc23d: a share of a noun phrase set off after a count is the count's share of that noun's figure",
          "[claims][relations][acc23d]") {
  // of the 4.2 million crates sold, not of the earlier level (5.1 million)
  auto cs = run("Growers have sold 4.2 million crates to the cooperative since June, down from 5.1 million a year "
                "earlier. Supermarkets have taken 1.3 million crates, roughly 30% of all the crates sold.");
  CHECK(related(cs, "roughly 30%", relation_kind::fraction_of, "4.2 million"));
  CHECK(related(cs, "1.3 million", relation_kind::part_of, "4.2 million"));
}
