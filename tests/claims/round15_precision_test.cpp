// Fifteenth accuracy round (acc21r): discrepancy precision, the relations behind false alarms
// (docs/claims.md "Fifteenth round: the evidence a link needs"), on sentences written for these
// tests.

#include "claimcheck/claims/extractor.hpp"
#include "claimcheck/reconcile/reconciler.hpp"
#include "reconcile_support.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

namespace {

using testing::has_relation;
using testing::related;
using testing::run;

using claimcheck::testing::check;

}  // namespace

TEST_CASE("acc21r: the other level a comparison names is no whole of a partitive pronoun",
          "[claims][relations][acc21r]") {
  // "against N in <year>": the pronoun refers to the clause's own figure
  auto cs = run("Tenants filed 6,480 complaints this year, against 5,210 in 2023, and 2,592 of them, or 40%, were "
                "upheld, the ombudsman said.");
  CHECK(related(cs, "2,592", relation_kind::part_of, "6,480"));
  CHECK(related(cs, "40%", relation_kind::fraction_of, "6,480"));
  CHECK_FALSE(related(cs, "2,592", relation_kind::part_of, "5,210"));
  CHECK(check(cs).empty());
  // a change trailing its level and the earlier level after it: "of whom" is of the level
  cs = run("The choir society has 4,300 members, down 700 from 5,000 in 2018, of whom about one in five is over 70.");
  CHECK(related(cs, "about one in five", relation_kind::fraction_of, "4,300"));
  CHECK_FALSE(has_relation(cs, "5,000", relation_kind::part_of));
  CHECK(check(cs).empty());
  // the plain case still links to the figure before the pronoun
  cs = run("Inspectors visited 380 kitchens, and 95 of them failed.");
  CHECK(related(cs, "95", relation_kind::part_of, "380"));
}

TEST_CASE("acc21r: a total's parts are of its clause, not a change or another clause after it",
          "[claims][relations][acc21r]") {
  // a clause of its own after ", and", with a verb before its figures
  auto cs = run("In all, 530 orchards were damaged, the growers' guild said, and the number still waiting for a loss "
                "adjuster had fallen to 90 from 260 on May 4.",
                "2026-05-20");
  CHECK_FALSE(has_relation(cs, "530", relation_kind::sum_of));
  CHECK(check(cs).empty());
  // a change of the total's level and a count of something else told in its own clause
  cs = run("The trust plans to recruit 30 more midwives by June, taking the total to 184, and said it had received "
           "more than 1,200 applications.");
  CHECK_FALSE(has_relation(cs, "184", relation_kind::sum_of));
  CHECK(check(cs).empty());
  // a list after the total still sums it
  cs = run("In all, 640 staff were moved, 400 to Leeds, 140 to York and 100 to Hull.");
  CHECK(related(cs, "640", relation_kind::sum_of, "400"));
  CHECK(related(cs, "640", relation_kind::sum_of, "100"));
}

TEST_CASE("acc21r: parts with verbs of their own after a fronted whole are no breakdown",
          "[claims][relations][acc21r]") {
  auto cs = run("Of the 2,480 bridges inspected, 310 were closed or must be rebuilt and 600 to 700 will need new "
                "bearings within five years, the roads agency said.");
  CHECK_FALSE(has_relation(cs, "2,480", relation_kind::sum_of));
  CHECK(related(cs, "310", relation_kind::part_of, "2,480"));
  CHECK(related(cs, "600 to 700", relation_kind::part_of, "2,480"));
  CHECK(check(cs).empty());
  // a gapped list, the later parts without a verb, is still a breakdown (and fails when it does
  // not add up)
  cs = run("Of the 9,000 permits granted, 5,000 were for kiosks, 1,500 for market stalls and 1,000 for "
           "food vans.");
  CHECK(related(cs, "9,000", relation_kind::sum_of, "1,500"));
  CHECK_FALSE(check(cs).empty());
}

TEST_CASE("acc21r: a figure with a verb of its own ends a cue's list of parts", "[claims][relations][acc21r]") {
  auto cs = run("The coastguard said 64 fishermen were still unaccounted for, among them 9 boys, and that at least "
                "1,150 boats had been sunk in the harbour.");
  CHECK(related(cs, "9", relation_kind::part_of, "64"));
  CHECK_FALSE(related(cs, "at least 1,150", relation_kind::part_of, "64"));
  CHECK(check(cs).empty());
  // a list with no verb of its own still links each part
  cs = run("The storm damaged 420 homes, including 120 in Arlo, 80 in Demby and 40 in Veyle.");
  CHECK(related(cs, "80", relation_kind::part_of, "420"));
  CHECK(related(cs, "40", relation_kind::part_of, "420"));
}

TEST_CASE("acc21r: an offer after a demand in its sentence keeps its own verb", "[claims][predicate][acc21r]") {
  // the demand's own verb is no verb of the offer: seek and offer are two figures
  auto cs = run("The nurses' union is seeking an 8% pay rise; the health board has offered 2.5%.");
  CHECK(testing::by_text(cs, "8%").predicate.key == "seek");
  CHECK(testing::by_text(cs, "2.5%").predicate.key == "offer");
  CHECK(testing::by_text(cs, "2.5%").subject.key == testing::by_text(cs, "8%").subject.key);
  CHECK(check(cs).empty());
  // the event a noun names is the offer's too
  cs = run("The dockers are demanding a pay rise of 11%; the port company has offered 4%.");
  CHECK(testing::by_text(cs, "4%").predicate.key == testing::by_text(cs, "11%").predicate.key);
}

TEST_CASE("acc21r: a breakdown's parts without a date of their own take the total's time",
          "[claims][relations][dates][acc21r]") {
  auto cs = run("Of the 9,000 permits granted last year, 5,000 were for kiosks, 1,500 for market stalls and 1,000 for "
                "food vans.",
                "2026-06-10");
  CHECK(related(cs, "9,000", relation_kind::sum_of, "1,500"));
  CHECK(testing::by_text(cs, "1,500").date == testing::by_text(cs, "9,000").date);
  CHECK(testing::by_text(cs, "5,000").date == "2025");
  CHECK_FALSE(check(cs).empty());
}

TEST_CASE("acc21r: a count of things awaiting or issued keeps that verb", "[claims][predicate][acc21r]") {
  // "awaiting" after its noun is the count's verb: no second figure of the pending total, whose
  // drop to it would read as a revision
  auto cs = run("Of the 3,300 visa claims awaiting a decision for more than a year, 410 involve children.");
  CHECK(testing::by_text(cs, "3,300").predicate.key == "await");
  cs = run("Of the 52,000 permits issued last year, 9,000 went to students.");
  CHECK(testing::by_text(cs, "52,000").predicate.key == "issue");
}
