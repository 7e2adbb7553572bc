// Tenth accuracy round (acc16q): subjects and predicates by general mechanism, from the
// categories of set 7's misses (docs/heldout.md, "Failure phenomena"), on sentences written for
// these tests across domains (docs/claims.md "Tenth round").

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

TEST_CASE("acc16q: 'N others' counts what the figure before it counts", "[claims][subject][acc16q]") {
  CHECK(subj_of("Two people died of smoke inhalation and 37 others were treated in hospital.", "37") == "person");
  CHECK(subj_of("The storm injured nine workers on the rig and 14 others on the shore.", "14") == "worker");
  CHECK(subj_of("Four climbers were rescued on Sunday; 11 others are still missing.", "11") == "climber");
  // with no figure before it, others are people
  CHECK(subj_of("Police said 30 others were arrested after the match.", "30") == "person");
}

TEST_CASE("acc16q: money's form noun yields to the noun that says what the money is", "[claims][subject][acc16q]") {
  CHECK(subj_of("The winner will take home $50,000 in prize money.", "$50,000") == "prize");
  CHECK(subj_of("The kidnappers demanded \xC2\xA3" "2 million in ransom money.", "\xC2\xA3" "2 million") == "ransom");
  CHECK(subj_of("Farmers received \xE2\x82\xAC" "4 million in compensation money last year.", "\xE2\x82\xAC" "4 million") ==
        "compensation");
  // an adjective says nothing of what the money is
  CHECK(subj_of("The council found \xC2\xA3" "3 million in extra cash for roads.", "\xC2\xA3" "3 million") != "extra");
  CHECK(subj_of("The scheme cost \xC2\xA3" "12 million of public money.", "\xC2\xA3" "12 million") != "public");
}

TEST_CASE("acc16q: a duration that 'for' sets after a verb is the length of the state it starts", "[claims][subject][acc16q]") {
  CHECK(subj_of("The lane was shut for six weeks.", "six weeks") == "closure");
  CHECK(subj_of("The regulator suspended services on the line for two weeks.", "two weeks") == "suspension");
  CHECK(subj_of("The country closed its border crossings on Thursday for 10 days.", "10 days") == "closure");
  CHECK(subj_of("All flights were grounded for 36 hours after the ash cloud.", "36 hours") == "grounding");
  CHECK(subj_of("The miners' union halted work for a week.", "a week") == "halt");
  CHECK(pred_of("The lane was shut for six weeks.", "six weeks") == "last");
  // what stays as it is lasts itself
  CHECK(subj_of("Schools in the district will stay shut for 11 days.", "11 days") == "school");
  // a verb that starts no state: the clause's subject, as before
  CHECK(subj_of("The heatwave is forecast to continue for at least five days.", "at least five days") == "heatwave");
}

TEST_CASE("acc16q: the dead of a toll keep the article's verb for it", "[claims][predicate][acc16q]") {
  auto cs = run("The ferry capsized on Monday and 23 people were killed. Of the 26 dead, 19 were passengers.");
  CHECK(by_text(cs, "23").predicate.key == "kill");
  CHECK(by_text(cs, "26").predicate.key == "kill");
  // where the article's people died, the dead died
  auto ds = run("Eleven people died in the fire. Of the 14 dead, nine were children.");
  CHECK(by_text(ds, "14").predicate.key == "die");
  // a toll without an earlier count is the corpus's kill
  CHECK(pred_of("The toll from the sinking climbed to 31 on Friday.", "31") == "kill");
}

TEST_CASE("acc16q: an event's hyphenated age is how long it has lasted", "[claims][subject][acc16q]") {
  auto cs = run("Talks to end a three-week-old strike resumed on Monday.");
  CHECK(by_text(cs, "three-week-old").subject.key == "strike");
  CHECK(by_text(cs, "three-week-old").predicate.key == "last");
  CHECK(subj_of("The two-month-old ceasefire is holding.", "two-month-old") == "ceasefire");
  // how long it has lasted so far: no plan, whatever the clause's verb
  CHECK(by_text(run("The three-week-old strike has closed four mines."), "three-week-old").mod == modality::asserted);
  // a person's or a thing's age is no claim about what lasts
  CHECK(by_text(run("A 52-year-old pilot was injured."), "52-year-old").subject.key.empty());
  CHECK(by_text(run("The 100-year-old bridge will be replaced."), "100-year-old").subject.key.empty());
}

TEST_CASE("acc16q: staying or being sent home is no living there", "[claims][predicate][acc16q]") {
  CHECK(pred_of("The strike closed four mines, and 2,100 of the 6,300 workers stayed home.", "2,100") == "stay");
  CHECK(pred_of("The trust said 1,750 staff had been sent home.", "1,750") == "send");
  // a place that is home to people: they live there
  CHECK(pred_of("The valley is home to 40,000 people.", "40,000") == "live");
}

TEST_CASE("acc16q: what a span verb's subject names is what lasts", "[claims][subject][acc16q]") {
  CHECK(subj_of("The company said that the closure of the line would last at least ten days.", "at least ten days") ==
        "closure");
  CHECK(subj_of("The regulator told reporters that the inquiry would take about three months.", "about three months") ==
        "inquiry");
  CHECK(subj_of("The outage, which began on Monday evening and ended on Wednesday, lasted 40 hours.", "40 hours") ==
        "outage");
  CHECK(subj_of("The operation has run for almost eight weeks.", "almost eight weeks") == "operation");
  CHECK(subj_of("Renewing a passport now takes about six weeks.", "about six weeks") == "renewing");
  CHECK(pred_of("The closure of the line would last at least ten days.", "at least ten days") == "last");
}

TEST_CASE("acc16q: money taken home is taken", "[claims][predicate][acc16q]") {
  CHECK(pred_of("The winner will take home $50,000 in prize money.", "$50,000") == "take");
  CHECK(pred_of("Each finalist took home \xE2\x82\xAC" "8,000.", "\xE2\x82\xAC" "8,000") == "take");
}

TEST_CASE("acc16q: a figure with no noun after a heading's colon is what the heading names", "[claims][subject][acc16q]") {
  auto cs = run("Costs so far: \xC2\xA3" "2.3 million for repairs and \xC2\xA3" "400,000 for overtime.");
  CHECK(by_text(cs, "\xC2\xA3" "2.3 million").subject.key == "cost");
  CHECK(by_text(cs, "\xC2\xA3" "400,000").subject.key == "cost");
  CHECK(subj_of("The final bill: $4.2 million.", "$4.2 million") == "bill");
  CHECK(subj_of("Prize money: $50,000 for the winner and $20,000 for the runner-up.", "$50,000") == "prize");
  // a figure before the colon: a breakdown of it
  auto bd = run("Officials put the toll at 50,132: 44,218 in Turkey and 5,914 in Syria.");
  CHECK(by_text(bd, "44,218").subject.key == "person");
  // a figure with a noun of its own keeps it
  CHECK(subj_of("Injuries so far: 14 riders and three spectators.", "14") == "rider");
}

TEST_CASE("acc16q: a verb inside an infinitive right before its figure", "[claims][predicate][acc16q]") {
  CHECK(pred_of("The insurer agreed to pay $4 million to the families.", "$4 million") == "pay");
  CHECK(pred_of("The council voted to fund 200 new nursery places.", "200") == "fund");
  CHECK(pred_of("The club plans to sell 12,000 season tickets.", "12,000") == "sell");
}

TEST_CASE("acc16q: a clause before a colon is no heading", "[claims][subject][acc16q]") {
  CHECK(subj_of("Women again did better than men: 61% of female applicants were accepted.", "61%") == "applicant");
}

TEST_CASE("acc16q: a figure that is an infinitive's subject did what the infinitive says", "[claims][predicate][acc16q]") {
  CHECK(pred_of("The attack hit 40 surgeries, 12 of them had to close.", "12") == "close");
  CHECK(pred_of("The storm damaged 80 schools, 12 of which had to close.", "12") == "close");
  CHECK(pred_of("Police evacuated 300 residents, 40 of whom were forced to sleep in a school.", "40") == "sleep");
  // the whole keeps its own verb
  CHECK(pred_of("The storm damaged 80 schools, 12 of which had to close.", "80") == "damage");
}

TEST_CASE("acc16q: a present form right after a relative pronoun governs the figure after it", "[claims][predicate][acc16q]") {
  CHECK(pred_of("The operator, which serves about 1.9 million customers, raised prices on Monday.", "about 1.9 million") ==
        "serve");
  CHECK(pred_of("The union, which represents roughly 60% of the workforce, called a strike.", "roughly 60%") ==
        "represent");
  CHECK(pred_of("The airline, which flies about 42% of the airport's passengers, cancelled 300 flights.", "about 42%") ==
        "fly");
}

TEST_CASE("acc16q: a bare verb after a modal governs a figure past its first object", "[claims][predicate][acc16q]") {
  CHECK(pred_of("The region would lend farmers up to \xE2\x82\xAC" "50,000 each.", "up to \xE2\x82\xAC" "50,000") == "lend");
  CHECK(pred_of("The city will ask the government for $120 million in aid.", "$120 million") == "ask");
  CHECK(pred_of("The islands have 212 licensed fishing vessels.", "212") == "have");
}

TEST_CASE("acc16q: a level's copula right before it beats a verb of the next clause", "[claims][predicate][acc16q]") {
  CHECK(pred_of("Ticket revenue reached \xE2\x82\xAC" "11.8 million, and sponsorship brought in a further \xE2\x82\xAC" "5.2 million.",
                "\xE2\x82\xAC" "11.8 million") == "be");
  CHECK(pred_of("Total costs came to about \xE2\x82\xAC" "13.6 million, the committee said.", "about \xE2\x82\xAC" "13.6 million") ==
        "be");
  // a group named by what was done to it did that
  CHECK(pred_of("Hospitals recorded 1,214 admissions this week. Among those admitted were 212 children.", "212") == "admit");
}

TEST_CASE("acc16q: a comparative with no noun after it is no noun", "[claims][subject][acc16q]") {
  CHECK(subj_of("Police recorded 6,904 burglaries last year, 1,120 fewer than in 2024.", "1,120") == "burglary");
  CHECK(subj_of("The force has 3,450 officers, about 400 fewer than in 2015.", "about 400") == "officer");
  CHECK(subj_of("The union expects the harvest to be 30% to 40% smaller than last year's.", "30% to 40%") != "smaller");
  CHECK(subj_of("The islands have 212 fishing vessels, of which 134 are under 12 metres and 78 are larger.", "78") ==
        "vessel");
  // before a noun it modifies the figure
  CHECK(subj_of("The club sold 30% more tickets than last year.", "30%") == "ticket");
}

TEST_CASE("acc16q: a place's size with no noun counts its inhabitants", "[claims][subject][acc16q]") {
  auto cs = run("Mirlow, a town of about 24,000, is losing its largest employer.");
  CHECK(by_text(cs, "about 24,000").subject.key == "person");
  CHECK(by_text(cs, "about 24,000").predicate.key == "live");
  CHECK(subj_of("The region, a province of 1.2 million people, voted on Sunday.", "1.2 million") == "person");
}
