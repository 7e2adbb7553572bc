// Sixteenth accuracy round (acc22p): clause structure for the predicate. A verb inside a relative
// clause belongs to that clause: the figure before it takes its own clause's verb, and a whole
// with a relative clause of its own takes that clause's verb (docs/claims.md "Sixteenth round:
// predicates"). Sentences written for these tests.

#include "claimcheck/claims/extractor.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

namespace {

using testing::pred_of;

}  // namespace

TEST_CASE("acc22p: a part's verb is not the verb of its whole's relative clause", "[claims][predicate][acc22p]") {
  // a clause with no pronoun ("the county maintains"): the outer clause goes on at "had"
  CHECK(pred_of("Inspectors said 62 of the 240 bridges the county maintains had cracked.", "62") == "crack");
  // a light verb between the figure and the clause is the figure's ("came", not "run")
  CHECK(pred_of("Of the 40 trainees, 16 came from towns that already run a scheme.", "16") == "come");
}

TEST_CASE("acc22p: a whole with a relative clause of its own did what the clause says", "[claims][predicate][acc22p]") {
  // a fronted whole: "who have applied" (the part was rehoused)
  CHECK(pred_of("Of the 1,800 tenants who have applied for transfers, 520 have been rehoused.", "1,800") == "apply");
  CHECK(pred_of("Of the 1,800 tenants who have applied for transfers, 520 have been rehoused.", "520") == "rehouse");
  // "that" with a subject of its own
  CHECK(pred_of("About 300 of the 1,100 nursing posts that hospitals advertised in March remain empty.", "1,100") ==
        "advertise");
  // "due to" and a bare verb
  CHECK(pred_of("Of the 600 ferries due to sail this week, 45 were cancelled.", "600") == "sail");
}

TEST_CASE("acc22p: a clause of the figure's own noun keeps its verb", "[claims][predicate][acc22p]") {
  // (not a partitive: the clause says what the figure is)
  CHECK(pred_of("The 75 flats that were flooded could cost €9 million to repair.", "75") == "flood");
  // (and "who" right after the noun with the main verb behind an auxiliary, as before)
  CHECK(pred_of("The 1,200 commuters who missed the last train have complained.", "1,200") == "complain");
}
