// Eighteenth round of subjects (acc24s): parts of a partitive or a total's list count what
// their whole counts unless their noun is their own (docs/claims.md "Eighteenth round: subjects
// of parts"), on sentences written for these tests.

#include "claimcheck/claims/extractor.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

namespace {

using testing::subj_of;

}  // namespace

TEST_CASE("acc24s: a list's part with only a modifier counts its total's noun", "[claims][subject][acc24s]") {
  char const* s = "The squad won 11 trophies: five gold, four silver and two bronze.";
  CHECK(subj_of(s, "five") == "trophy");
  CHECK(subj_of(s, "four") == "trophy");
  CHECK(subj_of(s, "two") == "trophy");
  char const* v = "The clinic carried out 52 scans in June: 30 knee, 12 shoulder and ten hip scans, it said.";
  CHECK(subj_of(v, "30") == "scan");
  CHECK(subj_of(v, "12") == "scan");
}

TEST_CASE("acc24s: a partitive part's object or phrase names no part of its own", "[claims][subject][acc24s]") {
  char const* s = "Of the 318 complaints, 140 involved drivers and 95 involved fares, the regulator said.";
  CHECK(subj_of(s, "140") == "complaint");
  CHECK(subj_of("The 16 orchards in the valley made a loss last year, with 11 of them in the red.", "11") ==
        "orchard");
}

TEST_CASE("acc24s: a part's own plural, zero plural or irregular plural stays", "[claims][subject][acc24s]") {
  char const* s = "The ferry carried 212 people: 190 passengers and 22 crew.";
  CHECK(subj_of(s, "190") == "passenger");
  CHECK(subj_of(s, "22") == "crew");
  char const* m = "The club has 75 members: 41 women and 34 men.";
  CHECK(subj_of(m, "41") == "woman");
  CHECK(subj_of(m, "34") == "man");
}

TEST_CASE("acc24s: a fronted \"of those\" noun is the count's, also for a part joined by and",
          "[claims][subject][acc24s]") {
  char const* s = "Of those lifeguards, 64 work weekends and only 19 are employed all year, the council said.";
  CHECK(subj_of(s, "64") == "lifeguard");
  CHECK(subj_of(s, "19") == "lifeguard");
  CHECK(subj_of("Of the flooded cellars, 212 are in the old town.", "212") == "cellar");
}

TEST_CASE("acc24s: present and absent after the head end its chunk", "[claims][subject][acc24s]") {
  char const* s = "Of the 42 trustees present, 30 backed the merger and 12 opposed it.";
  CHECK(subj_of(s, "42") == "trustee");
  CHECK(subj_of(s, "30") == "trustee");
  CHECK(subj_of("The board voted 8 to 3 for the plan, with two absent.", "two") != "absent");
}

TEST_CASE("acc24s: a part that restates an earlier figure keeps that figure's noun", "[claims][subject][acc24s]") {
  auto const cs = testing::run(
      "A recruitment drive by the trust has drawn 312 new wardens, the trust said on Monday.\n\nMore than 700 people "
      "registered interest online, of whom 312 have completed induction.");
  REQUIRE(cs.size() >= 3);
  CHECK(cs.back().q.text == "312");
  CHECK(cs.back().subject.key == "warden");
}
