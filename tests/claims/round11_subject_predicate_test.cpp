// Eleventh accuracy round (acc17s): subjects and predicates by mechanisms that the misses of
// several held-out sets share (sets 5-9, each written by another writer on other stories), on
// sentences written for these tests across domains (docs/claims.md "Eleventh round").

#include "claimcheck/claims/extractor.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

namespace {

using testing::by_text;
using testing::pred_of;
using testing::run;
using testing::subj_of;

}  // namespace

TEST_CASE("acc17s: a figure compared with an earlier moment is a rise or a fall", "[claims][predicate][acc17s]") {
  // a size, against a year or an edition
  CHECK(pred_of("The museum's new wing is 25% larger than in 2019.", "25%") == "rise");
  CHECK(pred_of("The barley crop will be 20% smaller than last year's.", "20%") == "fall");
  CHECK(pred_of("The prize pot is 40% bigger than at the previous tournament.", "40%") == "rise");
  // the figure's noun between the figure and "than"
  CHECK(pred_of("Clinics saw 18% more patients than in the same week of 2024.", "18%") == "rise");
  CHECK(pred_of("The airline flew 9% fewer passengers than a year earlier.", "9%") == "fall");
  // an earlier moment told by a clause
  CHECK(pred_of("The deficit is now \xC2\xA3" "12 million more than when the plan was drawn up.", "\xC2\xA3" "12 million") ==
        "rise");
  CHECK(pred_of("The repairs will cost \xE2\x82\xAC" "3 million more than when work began in May.",
                "\xE2\x82\xAC" "3 million") == "rise");
  CHECK(pred_of("Ticket sales were 15% lower than before the strike.", "15%") == "fall");
  // a comparison with another thing is none
  CHECK(pred_of("The new stadium holds 20% more fans than the old ground.", "20%") != "rise");
}

TEST_CASE("acc17s: a verb no table lists governs an object whose 'of' phrase is the figure",
          "[claims][predicate][acc17s]") {
  CHECK(pred_of("The orchestra made a profit of \xE2\x82\xAC" "1.2 million last season.", "\xE2\x82\xAC" "1.2 million") ==
        "make");
  CHECK(pred_of("The final drew a record audience of 4.5 million on Saturday.", "4.5 million") == "draw");
  CHECK(pred_of("The council is offering grants of up to \xC2\xA3" "5,000 to small shops.", "up to \xC2\xA3" "5,000") ==
        "offer");
  CHECK(pred_of("The union is seeking a one-off bonus of $2,000 for each member.", "$2,000") == "seek");
  CHECK(pred_of("The city set up a hardship fund offering loans of up to $8,000 per family.", "up to $8,000") == "offer");
  CHECK(pred_of("Residents joined a scheme that offers tenants a monthly rebate of \xC2\xA3" "40.", "\xC2\xA3" "40") ==
        "offer");
  // a bare verb after a modal is the verb, and the form in -ing after it a modifier
  CHECK(pred_of("The state would offer retraining grants of up to $6,000 per worker.", "up to $6,000") == "offer");
  // after a preposition the phrase is an amount, not an object
  CHECK(pred_of("The council will freeze rents at a cost of about \xC2\xA3" "2 million.", "about \xC2\xA3" "2 million") ==
        "be");
  // a participle after an article modifies the noun: no verb
  CHECK(pred_of("Ministers approved a revised budget of \xE2\x82\xAC" "80 million.", "\xE2\x82\xAC" "80 million") != "revise");
}

TEST_CASE("acc17s: an increment opens its clause, and an adverb stands among the auxiliaries",
          "[claims][predicate][acc17s]") {
  CHECK(pred_of("A further 230 hip operations have been postponed.", "230") == "postpone");
  CHECK(pred_of("An extra 90 nurses will join the ward next month.", "90") == "join");
  CHECK(pred_of("Some 45 shops had already reopened by noon.", "Some 45") == "reopen");
  CHECK(pred_of("Two local firms had already expressed interest in the contract.", "Two") == "express");
  CHECK(pred_of("About 300 pupils have never visited a museum.", "About 300") == "visit");
}

TEST_CASE("acc17s: a clause's subject before 'per', 'since', 'over' or 'during' is the head", "[claims][subject][acc17s]") {
  CHECK(subj_of("Spending per hospital bed in the region was $4,100 last year.", "$4,100") == "spending");
  CHECK(subj_of("Snowfall over the mountains this winter was about 20% below normal.", "about 20%") == "snowfall");
  CHECK(subj_of("Sales during the holiday season rose 4%.", "4%") == "sale");
  CHECK(subj_of("Prices since January have risen 6%.", "6%") == "price");
}

TEST_CASE("acc17s: a firm's shares are what its share price counts", "[claims][subject][predicate][acc17s]") {
  CHECK(subj_of("Harlan Steel's shares closed at $14.20 on Friday.", "$14.20") == "share");
  CHECK(subj_of("Harlan shares have lost 6% since the vote.", "6%") == "share");
  CHECK(pred_of("Shares in Harlan closed 2.5% higher at $14.55.", "$14.55") == "be");
  // a verb "share" keeps its figure's own noun
  CHECK(subj_of("The two parties shared 40 seats between them.", "40") == "seat");
}

TEST_CASE("acc17s: a listed verb form in -s after a noun is the head of its clause's subject", "[claims][subject][acc17s]") {
  CHECK(subj_of("Cleanup costs have reached \xE2\x82\xAC" "38 million so far this year.", "\xE2\x82\xAC" "38 million") == "cost");
  CHECK(subj_of("Construction costs rose to \xE2\x82\xAC" "61 million.", "\xE2\x82\xAC" "61 million") == "cost");
  CHECK(subj_of("Legal costs had climbed to $4 million by May.", "$4 million") == "cost");
  // the verb itself keeps its subject
  CHECK(subj_of("The new ward costs \xC2\xA3" "2 million a year to run.", "\xC2\xA3" "2 million") != "cost");
}

TEST_CASE("acc17s: the parts of a fronted whole take its verb", "[claims][predicate][acc17s]") {
  // "Of the total": the count before it, no smaller than the part
  auto cs = run("The bank will shed 2,400 jobs by 2027. Of the total, 1,300 are in retail branches and 600 in call "
                "centres, it said.");
  CHECK(by_text(cs, "1,300").predicate.key == "shed");
  CHECK(by_text(cs, "1,300").subject.key == "job");
  CHECK(testing::related(cs, "1,300", relation_kind::part_of, "2,400"));
  auto ds = run("The herd numbered fewer than 90 in 2001. Rangers counted 1,800 deer this spring. Of the total, about 900 "
                "were on the northern hills.");
  CHECK(testing::related(ds, "about 900", relation_kind::part_of, "1,800"));
  CHECK(!testing::related(ds, "about 900", relation_kind::part_of, "fewer than 90"));
  // after a copula a noun is no verb of the part's own, though a table lists it as one
  auto es = run("Insurers have received 5,200 claims since the storm. Of those, 3,100 were home insurance claims.");
  CHECK(by_text(es, "3,100").predicate.key == "receive");
  auto fs = run("Rescuers reached 300 villagers on Monday. Of those, 40 were evacuated by boat.");
  CHECK(by_text(fs, "40").predicate.key == "evacuate");
}

TEST_CASE("acc17s: a verb no table lists after a relative clause's auxiliary is the figure's", "[claims][predicate][acc17s]") {
  CHECK(pred_of("About 1,200 commuters who missed the last train have complained to the operator.", "About 1,200") ==
        "complain");
  CHECK(pred_of("Some 300 tenants who received the letter have appealed against the rise.", "Some 300") == "appeal");
}

TEST_CASE("acc17s: money paid out is paid; a loan paid out is released", "[claims][predicate][acc17s]") {
  CHECK(pred_of("The insurer has paid out \xE2\x82\xAC" "600,000 to farmers so far.", "\xE2\x82\xAC" "600,000") == "pay");
  CHECK(pred_of("The fund has paid out $2 million in refunds.", "$2 million") == "pay");
  CHECK(pred_of("A loan of $1.5 billion will be paid out in two tranches, the IMF said.", "$1.5 billion") == "release");
}

TEST_CASE("acc17s: a figure a valuation verb sets on a noun is that noun's", "[claims][subject][acc17s]") {
  CHECK(subj_of("The board put the cost of overtime and extra equipment at \xE2\x82\xAC" "6.2 million.",
                "\xE2\x82\xAC" "6.2 million") == "cost");
  CHECK(subj_of("The port authority put its losses so far at about $4 million.", "about $4 million") == "loss");
  CHECK(subj_of("Insured losses were put at A$512 million on Friday.", "A$512 million") == "loss");
  CHECK(subj_of("The council now estimates the repair bill at \xC2\xA3" "3 million.", "\xC2\xA3" "3 million") == "bill");
  // a toll or a number keeps its own rules
  CHECK(subj_of("Officials put the toll at 212 on Monday.", "212") == "person");
  CHECK(pred_of("Officials put the toll at 212 on Monday.", "212") == "kill");
  CHECK(subj_of("The ministry put the number of dead at about 3,200.", "about 3,200") == "person");
}

TEST_CASE("acc17s: 'ahead' ends a figure's noun", "[claims][subject][acc17s]") {
  CHECK(subj_of("The college has enrolled a record 3,100 students ahead of the new term.", "3,100") == "student");
}
