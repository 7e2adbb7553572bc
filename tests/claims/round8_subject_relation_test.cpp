// Eighth accuracy round (acc14j): subjects and relations of phenomena seen on the fourth held-out
// set (docs/claims.md "Eighth round: subjects and relations"), on sentences written for these tests.

#include "claimcheck/claims/extractor.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace claimcheck;

namespace {

using testing::by_text;
using testing::pred_of;
using testing::related;
using testing::has_relation;
using testing::run;
using testing::subj_of;

}  // namespace

TEST_CASE("acc14j: a change after a comma behind its level counts what the level counts",
          "[claims][subject][relations][acc14j]") {
  auto cs = run("The town's population rose to 52,400 in 2025, up 4.2% from 50,300 in 2020.");
  CHECK(related(cs, "4.2%", relation_kind::change_of, "52,400"));
  CHECK(by_text(cs, "4.2%").subject.key == "person");
  CHECK(by_text(cs, "50,300").subject.key == "person");
  cs = run("The club had 8,900 members at the end of June, down 3% on a year earlier.");
  CHECK(related(cs, "3%", relation_kind::change_of, "8,900"));
  CHECK(by_text(cs, "3%").subject.key == "member");
  // a change in points changes a share, not a count; its earlier level is a share of the same
  cs = run("Some 38% of households now rent, up 6 percentage points from 32% in 2015.");
  CHECK(related(cs, "6 percentage points", relation_kind::change_of, "Some 38%"));
  CHECK(by_text(cs, "6 percentage points").subject.key == "household");
  CHECK(by_text(cs, "32%").subject.key == "household");
  // no base and no points: nothing to link ("closed at ..., up 0.4%")
  cs = run("The index closed at 3,120.5, up 0.4%.");
  CHECK_FALSE(has_relation(cs, "0.4%", relation_kind::change_of));
}

TEST_CASE("acc14j: a percent change reaches a level named by a level word", "[claims][relations][acc14j]") {
  auto cs = run("Rents in the north climbed 7.5% to an average of €910.");
  CHECK(related(cs, "7.5%", relation_kind::change_of, "€910"));
  cs = run("Ticket prices rose 12% to a record $48.");
  CHECK(related(cs, "12%", relation_kind::change_of, "$48"));
  cs = run("Exports fell 4% last year to €2.2 billion.");
  CHECK(related(cs, "4%", relation_kind::change_of, "€2.2 billion"));
}

TEST_CASE("acc14j: a fronted 'Of the' plural noun names the part and refers to a whole before it",
          "[claims][subject][relations][acc14j]") {
  auto cs = run("Divers brought 90 people out of the cave. Of the survivors, 12 needed surgery.");
  CHECK(by_text(cs, "12").subject.key == "survivor");
  CHECK(related(cs, "12", relation_kind::part_of, "90"));
  // the whole is the count that is no part itself, not the part listed with it
  cs = run("Police detained 75 protesters, including 20 students. Of the detainees, 40 were released on bail.");
  CHECK(by_text(cs, "40").subject.key == "detainee");
  CHECK(related(cs, "40", relation_kind::part_of, "75"));
  CHECK_FALSE(related(cs, "40", relation_kind::part_of, "20"));
  // a larger figure is no part of a smaller one
  cs = run("The airline cancelled 400 flights on Friday. Of the passengers, 9,000 were rebooked.");
  CHECK(by_text(cs, "9,000").subject.key == "passenger");
  CHECK_FALSE(has_relation(cs, "9,000", relation_kind::part_of));
  // "the dead" still refers back by its event
  cs = run("The storm killed 40 people. Of the dead, 12 were children.");
  CHECK(by_text(cs, "12").subject.key != "dead");
}

TEST_CASE("acc14j: an increment and the level a 'bringing'/'taking' clause reaches",
          "[claims][subject][relations][acc14j]") {
  auto cs = run("Two more patients died overnight, taking to 17 the number of people killed by the outbreak.");
  CHECK(by_text(cs, "17").subject.key == "person");
  CHECK(by_text(cs, "17").predicate.key == "kill");
  CHECK(related(cs, "Two", relation_kind::change_of, "17"));
  cs = run("Rescuers found five more survivors on Monday, bringing the total to 61.");
  CHECK(related(cs, "five", relation_kind::change_of, "61"));
  cs = run("Another 300 homes were flooded overnight, pushing the count of damaged homes to 2,100.");
  CHECK(related(cs, "300", relation_kind::change_of, "2,100"));
  // no increment: no change
  cs = run("Crews rescued 300 people, bringing relief to 2,100 families.");
  CHECK_FALSE(has_relation(cs, "300", relation_kind::change_of));
}

TEST_CASE("acc14j: a change named by what it changes, and an offer of the same", "[claims][subject][acc14j]") {
  CHECK(subj_of("Nurses are seeking a 12% wage increase.", "12%") == "wage");
  CHECK(subj_of("Landlords imposed a 4% rent rise in March.", "4%") == "rent");
  // an adjective between is no noun of the change
  CHECK(subj_of("Salaries will get a 5% annual rise.", "5%") != "annual");
  auto cs = run("Teachers want a 10% pay rise. The council's offer of 3% was rejected on Monday.");
  CHECK(by_text(cs, "10%").subject.key == "pay");
  CHECK(by_text(cs, "3%").subject.key == "pay");
  CHECK(by_text(cs, "3%").predicate.key == "offer");
}

TEST_CASE("acc14j: money with no noun of its own is what its verb spends it on or what costs it",
          "[claims][subject][acc14j]") {
  CHECK(subj_of("Of the budget, €50m would go on new ambulances.", "€50m") == "ambulance");
  auto cs = run("The plan will cost £2bn, of which £400m will go towards school repairs.");
  CHECK(by_text(cs, "£400m").subject.key == "repair");
  CHECK(related(cs, "£400m", relation_kind::part_of, "£2bn"));
  CHECK(subj_of("The union's claim of 8% would cost $900 million a year.", "$900 million") == "claim");
  // a noun of its own stays what the money is
  CHECK(subj_of("About €3m of the aid will go to schools.", "About €3m") == "aid");
}

TEST_CASE("acc14j: a partitive's whole is not a length or an earlier level between them",
          "[claims][relations][acc14j]") {
  auto cs = run("The fund raised $9 million over two years, of which $2 million came from abroad.");
  CHECK(related(cs, "$2 million", relation_kind::part_of, "$9 million"));
  CHECK_FALSE(related(cs, "$2 million", relation_kind::part_of, "two years"));
  cs = run("Admissions rose to 310, from 250 a week ago, and 45 of them are in intensive care.");
  CHECK(related(cs, "45", relation_kind::part_of, "310"));
  CHECK_FALSE(related(cs, "45", relation_kind::part_of, "a week"));
  cs = run("The mine employs 800 people, 120 of them women.");
  CHECK(related(cs, "120", relation_kind::part_of, "800"));
}

TEST_CASE("acc14j: a time offset opening a level's clause is no subject", "[claims][subject][acc14j]") {
  auto cs = run("Rents averaged €1,030 in May. A year earlier the average stood at €980.");
  CHECK(by_text(cs, "€980").subject.key == "rent");
  cs = run("Two weeks ago the tally of cases stood at 45.");
  CHECK(by_text(cs, "45").subject.key == "case");
  CHECK(subj_of("Three days later the count of missing people reached 17.", "17") == "person");
}

TEST_CASE("acc14j: a progressive before a count is no noun of it", "[claims][subject][acc14j]") {
  CHECK(subj_of("The boat's permit allowed 120 passengers. Yet it was carrying 160 when it sank.", "160") ==
        "passenger");
  CHECK(subj_of("The clinic can treat 30 patients. On Monday it was treating 55.", "55") == "person");
  CHECK(subj_of("Shelters had room for 500 people. By Friday they were housing 700.", "700") == "person");
}

TEST_CASE("acc14j: a plural noun after 'N of whom were' names the part; a share's names no whole",
          "[claims][subject][relations][acc14j]") {
  CHECK(subj_of("The victims, four of whom were tourists, died at the scene.", "four") == "tourist");
  CHECK(subj_of("Of the 300 guests, 40 of them were ministers.", "40") == "minister");
  // a share with a predicate nominal is a share of the count before it
  auto cs = run("The town has 9,000 residents, and about 25% are students.");
  CHECK(by_text(cs, "about 25%").subject.key == "person");
  CHECK(related(cs, "about 25%", relation_kind::fraction_of, "9,000"));
  // (a ratio that took the count's noun is left unlinked, as the corpus's gold has it)
  cs = run("The survey reached 2,000 adults, and one in three was unemployed.");
  CHECK(by_text(cs, "one in three").subject.key == "adult");
  CHECK_FALSE(has_relation(cs, "one in three", relation_kind::fraction_of));
  // beside a part of an earlier sentence's whole: a share of that whole
  cs = run("The valley has 50,000 residents. Of those, 30,000 live in towns, and about 20% are farmers.");
  CHECK(related(cs, "about 20%", relation_kind::fraction_of, "50,000"));
  CHECK(by_text(cs, "about 20%").subject.key == "person");
  // not across ";"
  cs = run("There are 4,000 voters; about 20% are students.");
  CHECK_FALSE(has_relation(cs, "about 20%", relation_kind::fraction_of));
}

TEST_CASE("acc14j: shares compared with a share, and a vote tally", "[claims][subject][relations][acc14j]") {
  CHECK(subj_of("Coverage fell to 81 percent last year, well below the 95 percent needed.", "95 percent") ==
        "coverage");
  CHECK(subj_of("Support fell to 38% in June, below the 45% recorded in March.", "45%") == "support");
  auto cs = run("Delegates voted by 61% to 39% to back the plan.");
  CHECK(by_text(cs, "61%").subject.key == "delegate");
  CHECK(by_text(cs, "39%").subject.key == "delegate");
  CHECK_FALSE(has_relation(cs, "61%", relation_kind::change_of));
  cs = run("Shareholders voted by 70% to 30% against the merger.");
  CHECK(by_text(cs, "30%").subject.key == "shareholder");
  // a fall "by N% to M%" is still a change
  cs = run("The index fell by 1.5% to 3.5%.");
  CHECK(related(cs, "1.5%", relation_kind::change_of, "3.5%"));
}

TEST_CASE("acc14j: money each in a noun, and a count beside a share of a whole", "[claims][subject][relations][acc14j]") {
  CHECK(subj_of("Nurses lost about £900 each in pay.", "about £900") == "pay");
  CHECK(subj_of("Farmers received €2,000 each in compensation.", "€2,000") == "compensation");
  auto cs = run("The survey covered 2.4 million adults. Just over a quarter of the adults, 640,000 people, live alone.");
  CHECK(related(cs, "640,000", relation_kind::part_of, "2.4 million"));
  cs = run("The region has 900,000 residents, and nearly a third of them, 290,000 people, are over 60.");
  CHECK(related(cs, "290,000", relation_kind::part_of, "900,000"));
}

TEST_CASE("acc14j: a difference right after its level's comma is its change", "[claims][relations][acc14j]") {
  auto cs = run("The bridge will cost $90 million, about $12 million more than the first estimate.");
  CHECK(related(cs, "about $12 million", relation_kind::change_of, "$90 million"));
  cs = run("Turnout was 61%, 4% more than expected.");
  CHECK(related(cs, "4%", relation_kind::change_of, "61%"));
  // and still with an earlier time
  cs = run("Police counted 5,000 marchers, 1,000 more than on Friday.");
  CHECK(related(cs, "1,000", relation_kind::change_of, "5,000"));
  // another kind is no change of it
  cs = run("The fund holds $2 billion, 40% more than it did in 2020.");
  CHECK_FALSE(has_relation(cs, "40%", relation_kind::change_of));
}

TEST_CASE("acc14j: a share that took the noun of a count of its sentence is no share of another sentence's",
          "[claims][relations][acc14j]") {
  auto cs = run("The census counted 3.1 million people, and nearly one in six was born abroad. The capital has "
                "900,000 residents.");
  CHECK(by_text(cs, "nearly one in six").subject.key == "person");
  CHECK_FALSE(related(cs, "nearly one in six", relation_kind::fraction_of, "900,000"));
}

TEST_CASE("acc14j: a figure whose own verb raises an object to a level is that level's change",
          "[claims][subject][relations][acc14j]") {
  auto cs = run("The extra €400 million raises the budget to €85 billion.");
  CHECK(related(cs, "€400 million", relation_kind::change_of, "€85 billion"));
  CHECK(by_text(cs, "€400 million").subject.key == "budget");
  cs = run("A further 300 jobs would take the workforce to 2,100.");
  CHECK(related(cs, "300", relation_kind::change_of, "2,100"));
  CHECK(by_text(cs, "300").subject.key == "job");  // (a noun of its own stays)
  cs = run("The 12 new buses take the fleet to 140.");
  CHECK(related(cs, "12", relation_kind::change_of, "140"));
  // a level with a noun of its own is somewhere to go, not a level
  cs = run("Some 300 people took the bus to 12 towns.");
  CHECK_FALSE(has_relation(cs, "Some 300", relation_kind::change_of));
}

TEST_CASE("acc14j: a count 'of the total' and its gapped conjuncts are parts of the total before them",
          "[claims][subject][relations][acc14j]") {
  auto cs = run("The waiting list reached 182,000 patients at the end of May. The north accounted for 61,000 of the "
                "total, the capital region for 54,500 and the south for 66,500.");
  CHECK(by_text(cs, "61,000").subject.key == "person");
  CHECK(by_text(cs, "66,500").subject.key == "person");
  // (they add up: the total's breakdown)
  CHECK(related(cs, "182,000", relation_kind::sum_of, "54,500"));
  cs = run("Officials counted 900 arrivals on Monday. Women made up 340 of the total.");
  CHECK(related(cs, "340", relation_kind::part_of, "900"));
  CHECK(by_text(cs, "340").subject.key == "arrival");
  // a larger figure is no part
  cs = run("Officials counted 900 arrivals on Monday. Buses carried 1,200 of the total.");
  CHECK_FALSE(has_relation(cs, "1,200", relation_kind::part_of));
}
