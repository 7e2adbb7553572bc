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

// A list in the sentence after its total breaks that total down (docs/claims.md, thirteenth
// round): the checker can then test the sum.
TEST_CASE("breakdown: a list after the sentence of its total", "[claims][relation][breakdown]") {
  auto const cs = run("The carmaker said it would shed 2,300 jobs next year. The cuts fall on three plants: "
                      "1,200 at Linden, 700 at Marsh Lane and 500 at its parts depot.");
  CHECK(related(cs, "2,300", relation_kind::sum_of, "1,200"));
  CHECK(related(cs, "2,300", relation_kind::sum_of, "500"));
  // a remainder is one of the parts
  auto const rs = run("The city will spend €5.2 billion next year. Schools will receive €1.9 billion, roads "
                      "€1.1 billion and housing €0.8 billion, with the remaining €1.4 billion spread across other services.");
  CHECK(related(rs, "€5.2 billion", relation_kind::sum_of, "€1.4 billion"));
  // a part the sentence before named joins the list; an earlier level inside it does not
  auto const ps = run("The Liberals won 61 of the 150 seats in the vote on Sunday. The Conservatives won 48, down "
                      "from 55 in 2021, the Greens 25 and independents 16.");
  CHECK(related(ps, "150", relation_kind::sum_of, "61"));
  CHECK(related(ps, "150", relation_kind::sum_of, "16"));
  CHECK_FALSE(related(ps, "150", relation_kind::sum_of, "55"));
  // a list far off the figure before it is no breakdown of it
  auto const fs = run("The museum drew 410,000 visitors last year. Tickets cost €12, €9 and €5.");
  CHECK_FALSE(has_relation(fs, "410,000", relation_kind::sum_of));
  auto const gs = run("The agency hired 900 nurses in 2025. It also hired 120 doctors, 80 midwives and 40 paramedics.");
  CHECK_FALSE(has_relation(gs, "900", relation_kind::sum_of));
}

TEST_CASE("partitive: 'Of those' counts the level, not its change", "[claims][relation][partitive]") {
  auto const cs = run("The number of people waiting for a kidney rose to 5,400 in June, up 300 from a year earlier. "
                      "Of those, 1,100 had been waiting for more than three years.");
  CHECK_FALSE(related(cs, "1,100", relation_kind::part_of, "300"));
  CHECK(related(cs, "1,100", relation_kind::part_of, "5,400"));
}
