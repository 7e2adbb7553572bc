// Seventh accuracy round (acc13p): predicates, dates and relations of phenomena seen on the held-out
// sets (docs/claims.md "Seventh round: predicates, dates, relations"), on sentences written for these tests.

#include "claimcheck/claims/extractor.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace claimcheck;

namespace {

using testing::related;
using testing::run;
using testing::by_text;
using testing::pred_of;

}  // namespace

// Publication 2024-04-09 is a Tuesday.
TEST_CASE("acc13p: a progressive verb before its object", "[claims][predicate][acc13p]") {
  CHECK(pred_of("The ferry was carrying some 300 passengers when it ran aground.", "some 300") == "carry");
  CHECK(pred_of("Crews were battling 40 blazes across the hills on Monday.", "40") == "battle");
  CHECK(pred_of("\"We are processing upwards of 200 requests a day,\" the clerk said.", "upwards of 200") == "process");
  // a listed verb keeps its key, and a noun after "be" is no verb
  CHECK(pred_of("Clinics were treating 350 burn victims on Friday.", "350") == "treat");
}

TEST_CASE("acc13p: the verb of an object whose 'of', 'by' or 'for' phrase is the figure",
          "[claims][predicate][acc13p]") {
  CHECK(pred_of("The council will impose fines of 15% on late payers.", "15%") == "impose");
  CHECK(pred_of("The company agreed to raise salaries by 8% and to hire 200 wardens.", "8%") == "raise");
  CHECK(pred_of("The mayor will not raise the parking charge by one percentage point.", "one percentage point") ==
        "raise");
  CHECK(pred_of("The league aims to trim the backlog by 20% by June 2027.", "20%") == "trim");
  CHECK(pred_of("The bank expects output to grow by just 2.4% in 2027.", "2.4%") == "grow");
  CHECK(pred_of("The grant would pay for about 300 more teachers.", "about 300") == "pay");
  // "of" needs an object between the verb and itself, and the object has no verb of its own
  CHECK(pred_of("The agency will consist of 12 members.", "12") != "consist");
}

TEST_CASE("acc13p: irregular and base forms, report verbs that only tell", "[claims][predicate][acc13p]") {
  CHECK(pred_of("More than 30 charities wrote to the minister on Monday.", "More than 30") == "write");
  CHECK(pred_of("The mills, which employ about 3,000 people, will close.", "about 3,000") == "employ");
  CHECK(pred_of("Officials said as many as 800 jobs could go at the plant.", "as many as 800") == "go");
  CHECK(pred_of("About 40 villages depend on the wells.", "About 40") == "depend");
  CHECK(pred_of("Claims rose, with holiday homes accounting for a third of them.", "a third") == "account");
  // "estimated" after the speaker tells the figure
  CHECK(pred_of("Losses could reach €200m, the insurers' association estimated on Monday.", "€200m") == "be");
  // a gapped list after a comma repeats the first conjunct's verb
  auto cs = run("The north accounted for 600 of the cases, the capital for 540 and the west for 660.");
  CHECK(by_text(cs, "540").predicate.key == "account");
  CHECK(by_text(cs, "660").predicate.key == "account");
}

TEST_CASE("acc13p: a figure compared with an earlier time is a change", "[claims][predicate][dates][acc13p]") {
  auto cs = run("Fourteen people have now died, three more than on Friday, the coastguard said.");
  CHECK(by_text(cs, "three").predicate.key == "rise");
  CHECK(related(cs, "three", relation_kind::change_of, "Fourteen"));
  // "on Friday" is what it is compared with, not its date
  CHECK(by_text(cs, "three").date == "2024-04-09");
  CHECK(pred_of("The port handled 90 ships, 12 fewer than a week earlier.", "12") == "fall");
  // a comparison with a figure is no such change
  CHECK(pred_of("The hospital treated 40 patients, more than the clinic did.", "40") != "rise");
}

TEST_CASE("acc13p: dates of plans, months' parts, 'this year' and bases of changes", "[claims][dates][acc13p]") {
  // the end of a month names the month
  auto cs = run("The waiting list rose by 2,000 to 90,000 at the end of March, the ministry said on Monday.");
  CHECK(by_text(cs, "90,000").date == "2024-03");
  CHECK(by_text(cs, "2,000").date == "2024-03");  // a change takes its level's date
  // the day a plan takes effect
  CHECK(by_text(run("The council will impose fines of 15% on late payers from June 1."), "15%").date == "2024-06-01");
  // "this year" is a forecast's year, and no date of a count told as of now
  CHECK(by_text(run("The bank expects inflation to average about 4% this year."), "about 4%").date == "2024");
  CHECK(by_text(run("Some 300 cases have been reported in 12 districts this year."), "Some 300").date == "2024-04-09");
  // "last year's"
  CHECK(by_text(run("Last year's storms destroyed 400 homes."), "400").date == "2023");
  // a year before publication when the sentence names no other time
  CHECK(by_text(run("Reservoirs are at 20% of capacity, down from 45% a year earlier."), "45%").date == "2023-04-09");
  // "from a year earlier" is the base of a change: the level is the month's, and "the previous
  // month" counts back from it
  cs = run("Exports fell 6% in March from a year earlier, to €200 million, after a 3% fall the previous month.");
  CHECK(by_text(cs, "€200 million").date == "2024-03");
  CHECK(by_text(cs, "3%").date == "2024-02");
  CHECK(related(cs, "6%", relation_kind::change_of, "€200 million"));
  // a change takes the day of its level, not of a clause before it
  cs = run("The toll from the storm that struck on Sunday rose by 40 to 120 on Monday.");
  CHECK(by_text(cs, "40").date == "2024-04-08");
}

TEST_CASE("acc13p: a period an act sets going on a day", "[claims][dates][acc13p]") {
  CHECK(by_text(run("The governor declared a 30-day emergency on Monday."), "30-day").date == "2024-04-08");
  CHECK(by_text(run("The neighbours closed the border on Thursday for 10 days."), "10 days").date == "2024-04-04");
  // a length with no act is as of publication
  CHECK(by_text(run("The drought has lasted 14 months."), "14 months").date == "2024-04-09");
}

TEST_CASE("acc13p: money 'of it' and a fronted total's gapped breakdown", "[claims][relations][acc13p]") {
  auto cs = run("The state will spend €240 million on surgery, €90 million of it at private clinics.");
  CHECK(related(cs, "€90 million", relation_kind::part_of, "€240 million"));
  cs = run("Of the €5 billion, the ministry said, €2 billion is cars, €1.5 billion machinery and €1 billion wine.");
  CHECK(related(cs, "€5 billion", relation_kind::sum_of, "€2 billion"));
  CHECK(related(cs, "€5 billion", relation_kind::sum_of, "€1.5 billion"));
  CHECK(related(cs, "€5 billion", relation_kind::sum_of, "€1 billion"));
  CHECK_FALSE(related(cs, "€2 billion", relation_kind::part_of, "€5 billion"));
  // parts with verbs of their own stay parts
  cs = run("Of the 80 detainees, 31 were women and nine were teenagers.");
  CHECK(related(cs, "31", relation_kind::part_of, "80"));
  CHECK_FALSE(related(cs, "80", relation_kind::sum_of, "31"));
}

TEST_CASE("acc13p: tenses, plans and starts that date a figure", "[claims][dates][acc13p]") {
  // a superlative before "since" counts no running total
  CHECK(by_text(run("Last year's floods destroyed 300 homes and killed 12 people, the worst season since 2015."), "12")
            .date == "2023");
  // an earlier level's own day, whatever the tense of the sentence
  CHECK(by_text(run("The council has pledged €5 million, up from €3 million on Friday."), "€3 million").date ==
        "2024-04-05");
  // "to be" + a participle plans: next May
  CHECK(by_text(run("The state approved €10 million in grants, worth €500 to €900 per family, to be paid from May."),
                "€500 to €900")
            .date == "2024-05");
  // a start with its year after "began", and "from" after the period's noun
  CHECK(by_text(run("The 10-month strike, which began in June 2023, has shut the port."), "10-month").date == "2023-06");
  CHECK(by_text(run("Nurses will hold a 24-hour strike from June 20."), "24-hour").date == "2024-06-20");
  // "planned" before a noun is no plan: the past May, asserted
  auto cs = run("The waiting list for planned operations reached 9,000 at the end of May.");
  CHECK(by_text(cs, "9,000").date == "2023-05");
  CHECK(by_text(cs, "9,000").mod == modality::asserted);
  // "a total of N residents" is a count, dated by its plan's month
  CHECK(by_text(run("The ministry plans to vaccinate a total of 150,000 residents by the end of July."), "150,000")
            .date == "2024-07");
  // a figure's own perfect after it is not dated by the clause before it
  CHECK(by_text(run("The list reached 9,000 at the end of March, and more than 2,000 of those patients have waited "
                    "over a year."),
                "more than 2,000")
            .date == "2024-04-09");
  // a time offset is no period with a start
  CHECK(by_text(run("Six days earlier, the agency ended the emergency it declared in January 2020."), "Six days")
            .date == "2024-04-09");
}

TEST_CASE("acc13p step 2: totals, coordinated subjects, deadlines and anaphoric shares", "[claims][acc13p]") {
  // a stated total right after its verb keeps the verb, and sums only its own clause's figures
  auto cs = run("The rebels freed 19 soldiers and four drivers, while the army released a total of 60 fighters: 42 "
                "men, 12 women and six teenagers.");
  CHECK(by_text(cs, "60").predicate.key == "release");
  CHECK(related(cs, "60", relation_kind::sum_of, "42"));
  CHECK_FALSE(related(cs, "60", relation_kind::sum_of, "19"));
  // a figure coordinated with the figure that opens the clause shares its verb
  CHECK(pred_of("Some 3,200 firefighters and a dozen planes were fighting 17 fires.", "Some 3,200") == "fight");
  // a participle in -ing alone after a count
  CHECK(pred_of("The motion passed with 41 in favour, 12 against and five abstaining.", "five") == "abstain");
  // the deadline of an infinitive after the figure is not the figure's date
  cs = run("The party, which won 27 seats, wants four ministries and a pledge to shut the plant by 2030.");
  CHECK(by_text(cs, "27").date == "2024-04-09");
  CHECK(by_text(cs, "four").date == "2024-04-09");
  // an earlier level of a duration keeps its own month
  CHECK(by_text(run("A permit now takes 40 to 60 days, up from 20 to 25 days in March."), "20 to 25 days").date ==
        "2024-03");
  // a share beside a part of an earlier sentence's whole is a fraction of that whole
  cs = run("The waiting list rose to 90,000 at the end of March. Of those, 30,000, or nearly a third, have waited more "
           "than a year.");
  CHECK(related(cs, "30,000", relation_kind::part_of, "90,000"));
  CHECK(related(cs, "nearly a third", relation_kind::fraction_of, "90,000"));
}

TEST_CASE("acc13p step 3: verbs before articles, after quotes and in passive infinitives", "[claims][predicate][acc13p]") {
  // a copula right before "at just" is the clause's verb, not a verb of the clause before
  CHECK(pred_of("Half of the loan will go to the reserves, which stood at just $3.1 billion.", "$3.1 billion") == "be");
  // a passive infinitive after the figure's noun
  CHECK(pred_of("She expects up to 150 more detainees to be exchanged next month.", "up to 150") == "exchange");
  // a progressive over "for", and the whole of its partitive is a total
  auto cs = run("The Green party is asking for four of the 14 cabinet posts.");
  CHECK(by_text(cs, "four").predicate.key == "ask");
  CHECK(by_text(cs, "14").predicate.key == "be");
  // a past form before an article and a figure that modifies a noun
  CHECK(pred_of("The government presented a €80 billion budget on Wednesday.", "€80 billion") == "present");
  // a quote opens a clause
  CHECK(pred_of("\"Four in five households will pay less tax,\" the minister said.", "Four in five") == "pay");
  // money's noun after "in" before the clause's verb
  CHECK(pred_of("The city's €40 million in extra funding will pay for 300 teachers.", "€40 million") == "pay");
}
