// Thirteenth accuracy round (acc19p): predicate lemmas that several held-out sets key alike
// (docs/claims.md "Predicate lemmas: promise and take"). Sentences written for these tests.

#include "claimcheck/claims/extractor.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

namespace {

using testing::pred_of;

}  // namespace

TEST_CASE("acc19p: 'promised' is promise unless aid is promised", "[claims][predicate][acc19p]") {
  CHECK(pred_of("The council promised 120 new homes by 2027.", "120") == "promise");
  CHECK(pred_of("The insurer had promised policyholders returns of 6% a year.", "6%") == "promise");
  CHECK(pred_of("The government promised 30 million euros in aid to farmers.", "30 million euros") == "pledge");
}

TEST_CASE("acc19p: 'took' and 'has taken' are take unless the subject folds them", "[claims][predicate][acc19p]") {
  CHECK(pred_of("The festival took in 2.3 million euros in ticket sales.", "2.3 million euros") == "take");
  CHECK(pred_of("The club has taken 300 new members this season.", "300") == "take");
  CHECK(pred_of("The college had taken 140 more students than it planned.", "140") == "take");
  // hostages taken are seized, seats and shares of the vote taken are won
  CHECK(pred_of("Gunmen took 40 hostages in the raid.", "40") == "seize");
  CHECK(pred_of("About 60 people were taken hostage.", "About 60") == "seize");
  CHECK(pred_of("The Greens took 9.4% of the vote.", "9.4%") == "win");
  CHECK(pred_of("The Liberals took 87 seats in the new parliament.", "87") == "win");
  // an idiom of "taken" keeps its own key
  CHECK(pred_of("About 2,000 families have taken refuge in schools.", "About 2,000") == "shelter");
  CHECK(pred_of("Some 900 villagers had taken refuge in the hills.", "Some 900") == "shelter");
}
