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

TEST_CASE("acc19p: past forms of verbs that state figures in any domain keep their lemma",
          "[claims][predicate][acc19p]") {
  // money and trade
  CHECK(pred_of("The marine insurer earned $48 million in premiums last year.", "$48 million") == "earn");
  CHECK(pred_of("Police froze 2.4 million euros in bank accounts.", "2.4 million euros") == "freeze");
  CHECK(pred_of("The regulator fined two shipping insurers last week.", "two") == "fine");
  CHECK(pred_of("The bank refunded 8,700 customers after the outage.", "8,700") == "refund");
  // audiences, services and transport
  CHECK(pred_of("The choir festival attracted 12,000 visitors over three days.", "12,000") == "attract");
  CHECK(pred_of("The harvest fair drew 45,000 people to the valley.", "45,000") == "draw");
  CHECK(pred_of("The ferry operator carried 1.2 million passengers in 2024.", "1.2 million") == "carry");
  CHECK(pred_of("The airline diverted 23 flights to Oslo.", "23") == "divert");
  // courts, schools, sport and boards
  CHECK(pred_of("The court convicted 14 of the 20 defendants.", "14") == "convict");
  CHECK(pred_of("The college enrolled 1,450 first-year students.", "1,450") == "enrol");
  CHECK(pred_of("The league suspended 11 players after the brawl.", "11") == "suspend");
  CHECK(pred_of("The planning board rejected 48 applications last year.", "48") == "reject");
  CHECK(pred_of("Inspectors examined 640 fishing boats in the harbour.", "640") == "examine");
  // a change of a level told by a transitive verb is a rise
  CHECK(pred_of("The new levy lifted revenue by 6% in its first year.", "6%") == "rise");
}

TEST_CASE("acc19p: a figure that opens a clause is not the object of a verb before it", "[claims][predicate][acc19p]") {
  CHECK(pred_of("The hostel housed 640 walkers on Saturday; fewer than 90 were still there on Monday.",
                "fewer than 90") != "house");
  CHECK(pred_of("The union has suspended its talks since 12 of its members were dismissed.", "12") == "dismiss");
  CHECK(pred_of("Organisers moved the race indoors because 40 runners were hurt in the heat.", "40") == "wound");
  CHECK(pred_of("The operator denied that 30% of its trains were cancelled.", "30%") == "cancel");
  // the verb right before a figure still takes it
  CHECK(pred_of("The storm destroyed 300 homes when it struck the coast.", "300") == "destroy");
}

TEST_CASE("acc19p: a subgroup named before the subject's noun scopes the figure", "[claims][scope][acc19p]") {
  auto cs = testing::run("In the survey, 58% of female applicants were accepted against 49% of male applicants.");
  CHECK(testing::by_text(cs, "58%").scope == "female");
  CHECK(testing::by_text(cs, "49%").scope == "male");
  CHECK(testing::by_text(testing::run("About 64% of rural households were reconnected by Friday."), "About 64%").scope ==
        "rural");
}
