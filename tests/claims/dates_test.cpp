// Claim dates, phenomenon by phenomenon (docs/claims.md "Date"), on sentences written for these
// tests.

#include "claimcheck/claims/extractor.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

namespace {

using testing::run;
using testing::by_text;

}  // namespace

// Dates (docs/claims.md "Date"). Publication 2024-04-09 is a Tuesday.
TEST_CASE("dates: a running count with 'since' or 'still' is as of the day it was told", "[claims][dates]") {
  auto cs = run("The ministry said on Monday that 400 people had been killed and 900 wounded since the storm began.");
  CHECK(by_text(cs, "400").date == "2024-04-08");
  CHECK(by_text(cs, "900").date == "2024-04-08");
  CHECK(by_text(run("Officials said on Sunday that 12 climbers are still missing."), "12").date == "2024-04-07");
  CHECK(by_text(run("Nearly 4,000 people have fled the valley since the army ordered them out on April 1, the "
                    "agency said on Monday."),
                "Nearly 4,000")
            .date == "2024-04-08");
  // a perfect counts up to the day it is told, not to the event's day
  CHECK(by_text(run("The storm that hit the coast on Friday night has killed close to 300 people."), "close to 300")
            .date == "2024-04-09");
  CHECK(by_text(run("Floods that began on Friday have displaced 5,000 families, the agency said on Monday."), "5,000")
            .date == "2024-04-08");
  auto told = by_text(run("Officials say 12 climbers are still missing."), "12");
  CHECK(told.date == "2024-04-09");
  CHECK(told.basis == date_basis::published);
}

TEST_CASE("dates: an undated sentence continues its paragraph's time frame", "[claims][dates]") {
  auto vote = run("The assembly passed the budget on Monday. 61 of its 90 members voted in favour.");
  CHECK(by_text(vote, "61").date == "2024-04-08");
  CHECK(by_text(vote, "61").basis == date_basis::relative);
  CHECK(by_text(run("The agency said on Sunday that 40 people had died. It said 75 people were hurt."), "75").date ==
        "2024-04-07");
  CHECK(by_text(run("The ministry said on Sunday that 40 people had died. The province accounted for 25 of the "
                    "deaths, the ministry said."),
                "25")
            .date == "2024-04-07");
  // not across a paragraph, not for a new speaker, not for a count up to now
  CHECK(by_text(run("The assembly passed the budget on Monday.\n\n61 of its 90 members voted in favour."), "61").date ==
        "2024-04-09");
  CHECK(by_text(run("The agency said on Sunday that 40 people had died. Some 900 homes were destroyed, local "
                    "officials said."),
                "Some 900")
            .date == "2024-04-09");
  CHECK(by_text(run("Residents returned to the town on Monday. The town is home to 80,000 people."), "80,000").date ==
        "2024-04-09");
  CHECK(by_text(run("The agency said on Sunday that 40 people had died. More than 300 people have died in the "
                    "region this year."),
                "More than 300")
            .date == "2024-04-09");
}

TEST_CASE("dates: a year alone, and an earlier level keeps its own date", "[claims][dates]") {
  auto c = by_text(run("The party won 303 seats in 2019."), "303");
  CHECK(c.date == "2019");
  CHECK(c.basis == date_basis::explicit_date);
  auto cmp = run("The party's share, just above 40%, compares with 57.5% in 2019.");
  CHECK(by_text(cmp, "57.5%").date == "2019");
  CHECK(by_text(cmp, "just above 40%").date == "2024-04-09");
  auto up = run("The bloc took 234 seats, up from 52 in 2019.");
  CHECK(by_text(up, "52").date == "2019");
  CHECK(by_text(up, "234").date == "2024-04-09");
  auto but = run("That is nearly half of the chamber, but far below the 303 seats the party won in 2019.");
  CHECK(by_text(but, "nearly half").date == "2024-04-09");
  CHECK(by_text(run("The deadliest was the 1960 Agadir earthquake, which killed about 12,000 people."), "about 12,000")
            .date == "1960");
  // a span of years is no single date
  CHECK(by_text(run("Excess deaths in 2020 and 2021 were nearly 15 million."), "nearly 15 million").date == "2024-04-09");
}

TEST_CASE("dates: the date that names an event is not the count's", "[claims][dates]") {
  CHECK(by_text(run("The number killed in the Oct. 7 attack was revised to about 1,200, a spokesman said on Friday."),
                "about 1,200")
            .date == "2024-04-05");
  CHECK(by_text(run("The toll from the Feb. 6 earthquakes is now greater than 50,000."), "greater than 50,000").date ==
        "2024-04-09");
  // the nearer edge counts: the date after the figure is nearer than the one before the verb
  CHECK(by_text(run("The toll from the quake that struck on Sunday climbed to more than 5,000 on Monday."),
                "more than 5,000")
            .date == "2024-04-08");
}

TEST_CASE("dates: relative years, months named by ambiguous words, 'this week', 'the same day'", "[claims][dates]") {
  auto ly = by_text(run("The economy shrank by 7.8% last year."), "7.8%");
  CHECK(ly.date == "2023");
  CHECK(ly.basis == date_basis::relative);
  CHECK(by_text(run("Policymakers see rates peaking at 5.1% next year."), "5.1%").date == "2025");
  auto tw = by_text(run("Donors deposited $2 billion with the central bank this week."), "$2 billion");
  CHECK(tw.date == "2024-04-09");
  CHECK(tw.basis == date_basis::published);
  CHECK(by_text(run("Inflation was 8.6% in March."), "8.6%").date == "2024-03");
  CHECK(by_text(run("Inflation was 8.6% in May."), "8.6%").date == "2023-05");
  auto same = run("On March 3, 2024, the agency put the toll at 90. The governor put it at 70 on the same day.");
  CHECK(by_text(same, "70").date == "2024-03-03");
  CHECK(by_text(same, "70").basis == date_basis::relative);
}

TEST_CASE("dates: a plan is dated by publication unless it names its own time", "[claims][dates]") {
  // (told on the publication day, a Tuesday; told on an earlier day it is that day's plan since
  // the twelfth round: round12_whole_test.cpp)
  auto c = by_text(run("The minister said on Tuesday that the rebels would free 40 prisoners."), "40");
  CHECK(c.mod == modality::planned);
  CHECK(c.date == "2024-04-09");
  CHECK(c.basis == date_basis::published);
}

TEST_CASE("dates: the lede's election day dates the results across the article", "[claims][dates]") {
  // 2024-04-09 is a Tuesday; Sunday is 2024-04-07.
  auto cs = run("The Green Party won 52 of the 120 seats in Sunday's election.\n\n"
                "Turnout was 61.5%, the party said.\n\n"
                "The Liberals took 18.2% of the vote.\n\n"
                "Officials say 30 seats are still contested.");
  CHECK(by_text(cs, "61.5%").date == "2024-04-07");
  CHECK(by_text(cs, "61.5%").basis == date_basis::relative);
  CHECK(by_text(cs, "18.2%").date == "2024-04-07");
  CHECK(by_text(cs, "30").date == "2024-04-09");  // a present state is as of publication
  auto vote = run("Voters backed the measure by 58% in the referendum on Sunday.\n\nSome 2.1 million ballots were cast.");
  CHECK(by_text(vote, "Some 2.1 million").date == "2024-04-07");
  // without an event next to the lede's date, later paragraphs are dated by publication
  auto quake = run("A quake struck the region on Sunday, killing 40 people.\n\nSome 900 homes were destroyed.");
  CHECK(by_text(quake, "Some 900").date == "2024-04-09");
}

TEST_CASE("dates: a gapped list shares the date of its first clause's verb", "[claims][dates]") {
  // 2024-04-09 is a Tuesday; Sunday is 2024-04-07.
  auto cs = run("The Green Party won 52 of the 120 seats in Sunday's election.\n\n"
                "The Liberals took 18.2% and 21 seats, the former mayor Anna Berg's Civic Alliance party 9.4% and 11 "
                "seats, and the Farmers' Union 4.1% and 6 seats.\n\n"
                "The Farmers' Union won 14 seats, the Pirates 3 and the Independents 2.\n\n"
                "Final count: Greens 52, Liberals 21, Socialists 11.");
  CHECK(by_text(cs, "9.4%").date == "2024-04-07");
  CHECK(by_text(cs, "9.4%").basis == date_basis::relative);
  CHECK(by_text(cs, "11").date == "2024-04-07");
  CHECK(by_text(cs, "4.1%").date == "2024-04-07");
  CHECK(by_text(cs, "6").date == "2024-04-07");
  CHECK(by_text(cs, "3").date == "2024-04-07");
  CHECK(by_text(cs, "2").date == "2024-04-07");
  // a results box without a verb: each figure named by its party states that party's result of
  // the event (scoped by the name, so two outlets' boxes meet party by party)
  int boxed = 0;
  for (auto const& c : cs)
    if (c.q.text == "21" && c.date == "2024-04-07" && !c.scope.empty()) ++boxed;
  CHECK(boxed == 2);
}

// Publication 2024-04-09 is a Tuesday; 2024-04-03 was a Wednesday.
TEST_CASE("dates: 'last Wednesday' is strictly before publication", "[claims][dates]") {
  auto cs = run("The council approved 300 new homes last Tuesday.");
  CHECK(by_text(cs, "300").date == "2024-04-02");
  CHECK(by_text(cs, "300").basis == date_basis::relative);
  CHECK(by_text(run("The council approved 300 new homes on Tuesday."), "300").date == "2024-04-09");
  CHECK(by_text(run("Rescuers found 14 survivors last Wednesday."), "14").date == "2024-04-03");
}

TEST_CASE("dates: a quarter is dated by its last month", "[claims][dates]") {
  auto cs = run("Output grew 1.2% in the fourth quarter, after falling 0.4% in the third quarter.", "2024-02-20");
  CHECK(by_text(cs, "1.2%").date == "2023-12");
  CHECK(by_text(cs, "1.2%").basis == date_basis::explicit_date);
  CHECK(by_text(cs, "0.4%").date == "2023-09");
  CHECK(by_text(run("Exports fell 3% in the first quarter.", "2024-05-02"), "3%").date == "2024-03");
  CHECK(by_text(run("Sales rose 5% in the second quarter of 2021."), "5%").date == "2021-06");
}

TEST_CASE("dates: a date right after another figure is that figure's", "[claims][dates]") {
  auto cs = run("Rents rose 0.3% in January, 0.5% in February and 0.2% in March.");
  CHECK(by_text(cs, "0.3%").date == "2024-01");
  CHECK(by_text(cs, "0.5%").date == "2024-02");
  CHECK(by_text(cs, "0.2%").date == "2024-03");
  auto up = run("The agency said on Monday that 812 people had died, up from 790 on Sunday, and that more than 2,000 "
                "had been hurt.");
  CHECK(by_text(up, "790").date == "2024-04-07");
  CHECK(by_text(up, "more than 2,000").date == "2024-04-08");
  // a breakdown with no date of its own still takes the total's
  auto parts = run("The toll rose to 1,500 on Monday: 1,200 in the north and 300 in the south.");
  CHECK(by_text(parts, "1,200").date == "2024-04-08");
}

TEST_CASE("dates: the whole of a partitive keeps its own participle's date", "[claims][dates]") {
  auto cs = run("The 60 rescued make up about a third of the 180 miners trapped on March 2, officials say.");
  CHECK(by_text(cs, "180").date == "2024-03-02");
  CHECK(by_text(cs, "60").date == "2024-04-09");
  CHECK(by_text(cs, "about a third").basis == date_basis::published);
}

TEST_CASE("dates: a relative clause keeps its day to itself", "[claims][dates]") {
  auto cs = run("The senator, who was first elected on November 3, 2015, won 61% of the vote on Sunday.");
  CHECK(by_text(cs, "61%").date == "2024-04-07");
  auto truce = run("Of the 40 prisoners released during the truce that ended on Friday, 12 were women.");
  CHECK(by_text(truce, "40").basis == date_basis::published);
  CHECK(by_text(truce, "12").basis == date_basis::published);
  // a restrictive clause keeps its day only when it bounds a period (grammars/period_verbs.tsv)
  CHECK(by_text(run("Rebels killed 300 villagers in raids that sparked fighting on May 3, 2023."), "300").date ==
        "2023-05-03");
  // a figure inside the clause takes the clause's date
  auto inner = run("The mayor, who won the first round on March 10 with 44% of the vote, will face a runoff on Sunday.");
  CHECK(by_text(inner, "44%").date == "2024-03-10");
  auto which = run("Cases were reported in 9 provinces, according to the health agency, which declared an alert on "
                   "Monday.");
  CHECK(by_text(which, "9").basis == date_basis::published);
}

TEST_CASE("dates: a 'when' clause takes its own date or the time it refers to", "[claims][dates]") {
  auto cs = run("Villagers on Sunday marked the anniversary of the flood, when some 3,000 people drowned in the valley "
                "in 1953.");
  CHECK(by_text(cs, "some 3,000").date == "1953");
  auto truce = run("Talks are closer to a deal than at any time since the February ceasefire, when the army freed 90 "
                   "detainees.");
  CHECK(by_text(truce, "90").date == "2024-02");
  CHECK(by_text(truce, "90").basis == date_basis::explicit_date);
}

TEST_CASE("dates: 'until' ends a period; a future clause names the next such month", "[claims][dates]") {
  auto cs = run("Fares will stay frozen at £3 until June, when they will rise to £3.50.", "2023-11-18");
  CHECK(by_text(cs, "£3").basis == date_basis::published);
  CHECK(by_text(cs, "£3.50").date == "2024-06");
  // a past event named by "the" is not future
  auto past = run("The party will lead the assembly with 41 of the 90 seats won in the March 3 vote.");
  CHECK(by_text(past, "41").date == "2024-03-03");
}

TEST_CASE("dates: a figure inside a 'since' clause takes the clause's date", "[claims][dates]") {
  auto cs = run("The charity has paused its work since three of its drivers were killed in an air strike on April 2.");
  CHECK(by_text(cs, "three").date == "2024-04-02");
  CHECK(by_text(cs, "three").basis == date_basis::explicit_date);
}

TEST_CASE("dates: a toll after the event's day is as of the telling", "[claims][dates]") {
  auto cs = run("A landslide buried the village late on Saturday, killing 230 people, the governor said on Monday.");
  CHECK(by_text(cs, "230").date == "2024-04-08");
  // and the paragraph's next sentence continues that day
  auto next = run("A landslide buried the village late on Saturday, killing 230 people, the governor said on Monday. "
                  "He said 94 people were injured.");
  CHECK(by_text(next, "94").date == "2024-04-08");
}

TEST_CASE("dates: the frame passes over a period's start, not to a body that acts", "[claims][dates]") {
  auto cs = run("Voters went to the polls on Sunday. Turnout was 48%, the lowest since 1999.");
  CHECK(by_text(cs, "48%").date == "2024-04-07");
  auto act = run("Officials said 60 bridges had collapsed by Monday. The World Bank pledged $200 million in aid.");
  CHECK(by_text(act, "$200 million").basis == date_basis::published);
  // a forecast continues a month, not a day
  auto fc = run("Annual inflation reached 4.1% in March, the statistics office said. Analysts had expected 3.9%.");
  CHECK(by_text(fc, "3.9%").date == "2024-03");
}

TEST_CASE("dates: a results box states each named party's result of the lede's event", "[claims][dates]") {
  // publication 2024-04-09 (Tuesday); Sunday's election is 2024-04-07
  auto cs = run("The Greens won 48 of the 120 seats in Sunday's election.\n\nFull results: Greens 48, Liberals 37, "
                "Farmers 21, others 14.");
  CHECK(by_text(cs, "37").date == "2024-04-07");
  CHECK(by_text(cs, "37").basis == date_basis::relative);
  CHECK(by_text(cs, "21").date == "2024-04-07");
  // an unnamed rest is not scoped and keeps publication
  CHECK(by_text(cs, "14").basis == date_basis::published);
  // a later conjunct of a gapped list is scoped by its own name, not by the verb's agent
  auto gap = run("The Greens secured 48 seats in Sunday's election, the Liberals 37.");
  CHECK(by_text(gap, "37").scope != by_text(gap, "48").scope);
}

TEST_CASE("dates: 'a year earlier' is the same period one year back", "[claims][dates]") {
  auto cs = run("Food prices rose 4% in March from a peak of 11.2% a year earlier.");
  CHECK(by_text(cs, "4%").date == "2024-03");
  CHECK(by_text(cs, "11.2%").date == "2023-03");
  CHECK(by_text(cs, "11.2%").basis == date_basis::relative);
  auto day = run("The index closed at 5,120 points on March 4, against 4,870 a year earlier.");
  CHECK(by_text(day, "4,870").date == "2023-03-04");
}

TEST_CASE("dates: an earlier level's own date is never another figure's", "[claims][dates]") {
  auto cs = run("Inflation eased to 3.2% in February from a peak of 6.4% in October, and unemployment stood at 4.1%.");
  CHECK(by_text(cs, "6.4%").date == "2023-10");
  CHECK(by_text(cs, "4.1%").date == "2024-02");
}

TEST_CASE("dates: a span of months is no single date", "[claims][dates]") {
  auto cs = run("Rainfall in June and July was 140% above the average.");
  CHECK(by_text(cs, "140%").basis == date_basis::published);
  CHECK(by_text(run("Rainfall in July was 140% above the average."), "140%").date == "2023-07");
}

TEST_CASE("dates: a figure in an 'after' clause is not dated by the main clause's telling", "[claims][dates]") {
  auto cs = run("The agency said on Monday that 300 people had died after three bridges collapsed in the storm, "
                "and that 90 were missing.");
  CHECK(by_text(cs, "300").date == "2024-04-08");
  CHECK(by_text(cs, "three").basis == date_basis::published);
  CHECK(by_text(cs, "90").date == "2024-04-08");
}

TEST_CASE("dates: the time named before a 'when' clause wins over the main clause's telling", "[claims][dates]") {
  // publication 2024-04-09 (Tuesday): "over the weekend" is 2024-04-06
  auto cs = run("The envoy said over the weekend that talks were further along than at any time since the "
                "January truce, when the militia released 35 prisoners.");
  CHECK(by_text(cs, "35").date == "2024-01");
  CHECK(by_text(cs, "35").basis == date_basis::explicit_date);
  auto day = run("The minister said on Monday that the talks had stalled since the February accord, when both sides "
                 "freed 12 detainees.");
  CHECK(by_text(day, "12").date == "2024-02");
}

TEST_CASE("dates: a norm is a standing fact, dated by publication", "[claims][dates]") {
  // a threshold after the figure, a target, a verb of need before it
  auto seats = run("The Greens won 48 of the 120 seats, 13 short of the 61 needed for a majority, results "
                   "released on Monday showed.");
  CHECK(by_text(seats, "48").date == "2024-04-08");
  CHECK(by_text(seats, "61").date == "2024-04-09");
  CHECK(by_text(seats, "61").basis == date_basis::published);
  auto target = run("Annual inflation slowed to 2.4% in March, close to the central bank's 2% target.");
  CHECK(by_text(target, "2.4%").date == "2024-03");
  CHECK(by_text(target, "2%").basis == date_basis::published);
  auto need = run("The coalition won 70 seats on Sunday. A government needs at least 76 seats to pass a budget.");
  CHECK(by_text(need, "70").date == "2024-04-07");
  CHECK(by_text(need, "at least 76").basis == date_basis::published);
  // a counted noun is no norm: "struck 300 targets on Friday"
  auto struck = run("The army said it had struck 300 targets on Friday.");
  CHECK(by_text(struck, "300").date == "2024-04-05");
}

TEST_CASE("dates: the population a share is taken of is dated by publication", "[claims][dates]") {
  auto vote = run("Voters chose a new parliament on Sunday.\n\nThe Greens won 31% of the vote in Sunday's election. "
                  "Turnout was 71% of the 6.2 million registered voters.");
  CHECK(by_text(vote, "71%").date == "2024-04-07");
  CHECK(by_text(vote, "6.2 million").date == "2024-04-09");
  CHECK(by_text(vote, "6.2 million").basis == date_basis::published);
  auto flood = run("Floods on Friday affected 2 million people, 9% of the region's 22 million inhabitants.");
  CHECK(by_text(flood, "22 million").basis == date_basis::published);
  auto pop = run("By March 1, some 40 million people, about half of a population of 80 million, had received a "
                 "first dose.");
  CHECK(by_text(pop, "80 million").basis == date_basis::published);
  // the whole of a partitive with its own participle keeps its date
  auto abducted = run("Nearly half of the 90 people abducted on March 2 have been freed.");
  CHECK(by_text(abducted, "90").date == "2024-03-02");
}

TEST_CASE("dates: a later sentence that names the lede's act again takes its day", "[claims][dates]") {
  // publication 2024-04-09 (Tuesday): "on Monday" is 2024-04-08
  auto bank = run("The central bank raised its main rate on Monday for the first time since 2019.\n\n"
                  "The currency gained 2% against the euro after the decision.");
  CHECK(by_text(bank, "2%").date == "2024-04-08");
  CHECK(by_text(bank, "2%").basis == date_basis::relative);
  // present tense too: what the approved act is worth
  auto loan = run("The fund's board on Monday approved a loan of $1.2 billion for the country.\n\n"
                  "The arrangement is worth about 1.1 billion euros.");
  CHECK(by_text(loan, "about 1.1 billion euros").date == "2024-04-08");
  auto sworn = run("The new president was sworn in on Sunday.\n\nSome 4,000 guests attended the ceremony.");
  CHECK(by_text(sworn, "Some 4,000").date == "2024-04-07");
  // no anaphor, a date of its own, or a plan: the rule does not apply
  auto other = run("The central bank raised its main rate on Monday.\n\nUnemployment stood at 6.1%.");
  CHECK(by_text(other, "6.1%").basis == date_basis::published);
  auto own = run("The central bank raised its main rate on Monday.\n\nThe decision followed a 3% rise in "
                 "prices in March.");
  CHECK(by_text(own, "3%").date == "2024-03");
  auto plan = run("The fund's board on Monday approved a loan for the country.\n\nThe deal could unlock up to "
                  "$5 billion from other lenders.");
  CHECK(by_text(plan, "up to $5 billion").basis == date_basis::published);
}

TEST_CASE("dates: 'later this month' is no date of its own", "[claims][dates]") {
  auto cs = run("Traders bet the bank could cut rates by a full 1 percentage point at its meeting later this month.");
  CHECK(by_text(cs, "1 percentage point").date == "2024-04-09");
  CHECK(by_text(cs, "1 percentage point").basis == date_basis::published);
  auto year = run("Analysts expect growth of 2.5% later this year.");
  CHECK(by_text(year, "2.5%").basis == date_basis::published);
  // "this month" alone still names the month
  auto month = run("The union said this month that wages rose 4.1%.");
  CHECK(by_text(month, "4.1%").date == "2024-04");
}

TEST_CASE("dates: 'That is ...' restates the previous figure and shares its time", "[claims][dates]") {
  auto cs = run("The Greens won 48 of the 120 seats, results released on Monday showed. That is two-fifths of the "
                "chamber.");
  CHECK(by_text(cs, "two-fifths").date == "2024-04-08");
  CHECK(by_text(cs, "two-fifths").basis == date_basis::relative);
  auto was = run("Exports fell 7% in March. This was the steepest fall in a decade, and 2% more than forecast.");
  CHECK(by_text(was, "7%").date == "2024-03");
  // a present sentence that restates nothing keeps publication
  auto plain = run("The Greens won 48 seats on Monday. The party is backed by 30% of young voters.");
  CHECK(by_text(plain, "30%").basis == date_basis::published);
}

TEST_CASE("dates: results released on a day date the story's results", "[claims][dates]") {
  auto cs = run("The Greens won 48 of the 120 seats, results released on Monday showed.\n\nThe Liberals won 37 "
                "seats.");
  CHECK(by_text(cs, "37").date == "2024-04-08");
  CHECK(by_text(cs, "37").basis == date_basis::relative);
}

TEST_CASE("dates: a figure that covers a span the sentence names is as of publication", "[claims][dates]") {
  auto cs = run("The Greens won 48 of the 120 seats in Sunday's election.\n\nSome 3.1 million people voted over "
                "three weeks of polling.");
  CHECK(by_text(cs, "Some 3.1 million").basis == date_basis::published);
  CHECK(by_text(cs, "three weeks").basis == date_basis::published);
  auto past = run("The ministry said on Sunday that 40 people had died. Rescuers pulled 300 people from the rubble "
                  "over the past four days.");
  CHECK(by_text(past, "300").basis == date_basis::published);
  // a span with a date of its own keeps the phrase
  auto own = run("Rescuers pulled 300 people from the rubble on Monday, over four days of searching.");
  CHECK(by_text(own, "300").date == "2024-04-08");
}

TEST_CASE("dates: the month of the lede's statistic dates the story's later undated figures", "[claims][dates]") {
  auto cs = run("Annual inflation rose to 6.2% in March, the statistics office said on Monday.\n\n"
                "Food prices rose 1.1% from February alone.\n\nFuel prices were 14% higher than a year earlier.");
  CHECK(by_text(cs, "1.1%").date == "2024-03");
  CHECK(by_text(cs, "1.1%").basis == date_basis::explicit_date);
  CHECK(by_text(cs, "14%").date == "2024-03");
  // not a sentence about the future, a present state, or a lede whose first figure is dated by a day
  auto future = run("Annual inflation rose to 6.2% in March.\n\nThe energy bill will stay capped at £1,900 a year.");
  CHECK(by_text(future, "£1,900").basis == date_basis::published);
  auto present = run("Annual inflation rose to 6.2% in March.\n\nThe country is home to 9 million people.");
  CHECK(by_text(present, "9 million").basis == date_basis::published);
  auto day = run("The ministry said on Monday that 40 people had died.\n\nRescuers found 12 survivors.");
  CHECK(by_text(day, "12").basis == date_basis::published);
}

TEST_CASE("dates: a later paragraph that names the lede's institution again takes the lede's day", "[claims][dates]") {
  // publication 2024-04-09 (Tuesday): "on Friday" is 2024-04-05
  auto court = run("The Supreme Court on Friday struck down the new electoral map.\n\n"
                   "Of the court's nine justices, six backed the ruling and three dissented.");
  CHECK(by_text(court, "six").date == "2024-04-05");
  CHECK(by_text(court, "six").basis == date_basis::relative);
  auto bloc = run("The Northern Alliance's 88 seats and the Union's 61 make up the 149 seats decided on April 2.\n\n"
                  "Within the alliance, the Farmers' 40 seats are backed by the Greens' 18.");
  CHECK(by_text(bloc, "40").date == "2024-04-02");
  // a person's name, or a sentence with its own date, is not taken
  auto person = run("Maria Lopez on Friday won the mayoral runoff.\n\nThe Lopez campaign spent $2 million.");
  CHECK(by_text(person, "$2 million").basis == date_basis::published);
  auto own = run("The Supreme Court on Friday struck down the map.\n\nThe court heard 60 cases in March.");
  CHECK(by_text(own, "60").date == "2024-03");
}

TEST_CASE("dates: an adjective of a place opening the lede is no institution", "[claims][dates]") {
  auto cs = run("The Israeli military said on Friday it had struck 150 targets.\n\n"
                "The Israeli army has lost 40 soldiers in the offensive.");
  CHECK(by_text(cs, "40").basis == date_basis::published);
}

TEST_CASE("dates: a yearless month in a plan is the next one, the end of the year is its year", "[claims][dates]") {
  // Publication 2024-04-09: September is 2024-09 in a plan, 2023-09 in a report of the past.
  CHECK(by_text(run("The city plans to open 12 new clinics in September."), "12").date == "2024-09");
  CHECK(by_text(run("The council expects to hire 40 nurses in February."), "40").date == "2025-02");
  // "May" and "March", month names that are also words, follow the same rule
  CHECK(by_text(run("The city plans to open 9 more clinics in May."), "9").date == "2024-05");
  CHECK(by_text(run("The agency said 30 homes were destroyed in May."), "30").date == "2023-05");
  CHECK(by_text(run("The agency said 300 homes were destroyed in September."), "300").date == "2023-09");
  // "found to be" is no plan
  CHECK(by_text(run("Inspectors found 25 bridges to be unsafe in September."), "25").date == "2023-09");
  auto end = by_text(run("The bank expects inflation to fall to 3% by the end of the year."), "3%");
  CHECK(end.date == "2024");
  CHECK(end.basis == date_basis::relative);
  CHECK(by_text(run("Output should reach 2 million barrels by the end of next year."), "2 million").date == "2025");
}

TEST_CASE("dates: a figure in the clause of a period's bound happened then", "[claims][dates]") {
  // publication 2024-04-09
  auto cs = run("The strike that began in February with a 24-hour walkout has cost 3 million hours of work.");
  CHECK(by_text(cs, "24-hour").date == "2024-04-09");  // a duration: as of publication
  auto move = run("The easing cycle that started in January with a 0.25 percentage point cut has run for months.");
  CHECK(by_text(move, "0.25 percentage point").date == "2024-01");
  CHECK(by_text(move, "0.25 percentage point").basis == date_basis::explicit_date);
  // a figure of another clause keeps its own time
  auto other = run("The truce that ended on Friday, after 40 hostages were freed, had held for a week.");
  CHECK(by_text(other, "40").date != "2024-04-05");
}

TEST_CASE("dates: a level with a clause saying since when it held is dated by that start", "[claims][dates]") {
  auto cs = run("The central bank cut its deposit rate from 2.5%, where it had stood since May 2022, to 2.25% on "
                "Thursday.");
  CHECK(by_text(cs, "2.5%").date == "2022-05");
  CHECK(by_text(cs, "2.5%").basis == date_basis::explicit_date);
  CHECK(by_text(cs, "2.25%").date == "2024-04-04");
  auto neg = run("Policymakers lifted the rate from minus 0.2%, which had applied since June 2019, to zero.");
  CHECK(by_text(neg, "minus 0.2%").date == "2019-06");
}

TEST_CASE("dates: a count written as a compound modifier is a standing fact", "[claims][dates]") {
  auto cs = run("The board approved the merger on Monday. 9 of the 11-member board's directors backed it.");
  auto const& size = by_text(cs, "11-member");
  CHECK(size.date == "2024-04-09");
  CHECK(size.basis == date_basis::published);
  CHECK(size.predicate.key == "be");
  CHECK(by_text(cs, "9").date == "2024-04-08");
}

TEST_CASE("dates: 'up from N a week earlier' counts back from the day the sentence named", "[claims][dates]") {
  // Publication 2024-04-09 (a Tuesday): Monday is 2024-04-08.
  auto cs = run("The ministry reported 640 cases on Monday, up from 515 a week earlier.");
  CHECK(by_text(cs, "640").date == "2024-04-08");
  CHECK(by_text(cs, "515").date == "2024-04-01");
  auto toll = run("The toll rose to 61 on Monday from 58 a day earlier, officials said.");
  CHECK(by_text(toll, "58").date == "2024-04-07");
  // without a day of its own the sentence counts from the previous sentence's
  auto prev = run("On April 3, 2024, officials said 90 people had died. A day earlier, 70 had died.");
  CHECK(by_text(prev, "70").date == "2024-04-02");
}

TEST_CASE("dates: a party's share beside another figure's date phrase keeps the event's day", "[claims][dates]") {
  // publication 2024-04-09 (Tuesday); "last Sunday's election" is 2024-04-07
  auto cs = run("The Centre Party won 31.2% of the vote in last Sunday's election, results showed.\n\n"
                "The Centre Party's share, just under 32%, compares with 28.4% in 2019.");
  CHECK(by_text(cs, "just under 32%").date == "2024-04-07");
  CHECK(by_text(cs, "28.4%").date == "2019");
}

TEST_CASE("dates: an age times no period", "[claims][dates]") {
  // a full date near it is no start of the age (that would check 64 years against four)
  auto cs = run("Since taking office on March 3, 2020, the 64-year-old minister has closed 40 mines.");
  auto const& age = by_text(cs, "64-year-old");
  CHECK(age.date == "2024-04-09");
  CHECK(age.basis == date_basis::published);
  CHECK(age.date_end.empty());
  CHECK(age.predicate.key == "be");
}

TEST_CASE("dates: an earlier level counted back a number of days or weeks", "[claims][dates]") {
  // publication 2024-04-12 is a Friday; "on Wednesday" is 2024-04-10
  auto cs = run("Malaria cases in the valley rose to 3,100, up from 2,650 a week earlier, the clinic said on Wednesday. "
                "Deaths rose to 14, from nine three days earlier.",
                "2024-04-12");
  CHECK(by_text(cs, "3,100").date == "2024-04-10");  // the telling, not left to the earlier level
  CHECK(by_text(cs, "2,650").date == "2024-04-03");
  CHECK(by_text(cs, "14").date == "2024-04-10");
  CHECK(by_text(cs, "nine").date == "2024-04-07");
  CHECK(by_text(cs, "nine").basis == date_basis::relative);
  // a count in digits, weeks, and an undated sentence counted back from publication
  CHECK(by_text(run("Arrests climbed to 410 on Thursday, from 260 two weeks before.", "2024-04-12"), "260").date ==
        "2024-03-28");
  CHECK(by_text(run("Enrolment reached 5,600, up from 5,100 a week earlier.", "2024-04-12"), "5,100").date ==
        "2024-04-05");
}

TEST_CASE("dates: a day inside ', where' dates the place's clause, not the figure before it", "[claims][dates]") {
  auto cs = run("Floods killed 31 people in the valley, officials said on Monday.\n\nOf the dead, 12 came from the town "
                "of Arle alone, where the river burst its banks on Saturday and swept away 40 houses.");
  CHECK(by_text(cs, "12").date == "2024-04-09");
  CHECK(by_text(cs, "12").basis == date_basis::published);
  CHECK(by_text(cs, "40").date == "2024-04-06");
  auto in = run("Police counted 300 arrests, most in the capital, where protests peaked on Sunday.");
  CHECK(by_text(in, "300").date == "2024-04-09");
}

TEST_CASE("dates: a figure over the previous hours covers the span; a plan's year after 'by'", "[claims][dates]") {
  auto cs = run("The coast guard put the toll at 52 on Monday. It said crews had pulled out six bodies over the "
                "previous 48 hours.");
  CHECK(by_text(cs, "52").date == "2024-04-08");
  CHECK(by_text(cs, "six").date == "2024-04-09");
  auto plan = run("The plan commits the city to cut emissions to 40% of their 1990 level by 2030.");
  CHECK(by_text(plan, "40%").date == "2030");
  CHECK(by_text(plan, "40%").basis == date_basis::explicit_date);
}

TEST_CASE("dates: an undated running count takes the day its speaker tells it in the next sentence",
          "[claims][dates]") {
  auto cs = run("The cyclone that struck the delta on Thursday has killed nearly 800 people. The disaster agency said on "
                "Sunday that 764 people had been killed.");
  CHECK(by_text(cs, "nearly 800").date == "2024-04-07");
  CHECK(by_text(cs, "nearly 800").basis == date_basis::relative);
  // a state told as of now keeps the telling's day
  auto now = run("The number of people killed by the cyclone is now above 800. On Sunday, officials put the toll at "
                 "764 people killed.");
  CHECK(by_text(now, "above 800").date == "2024-04-09");
}

TEST_CASE("dates: an earlier level's year a few words after it", "[claims][dates]") {
  auto cs = run("Turnout in Sunday's referendum was 71.2%, up from 64.5% at the last referendum in 2016, officials said.");
  CHECK(by_text(cs, "64.5%").date == "2016");
  CHECK(by_text(cs, "64.5%").basis == date_basis::explicit_date);
  CHECK(by_text(cs, "71.2%").date == "2024-04-07");
  // not past a comma: the later phrase is another clause's
  auto comma = run("Turnout in Sunday's referendum was 71.2%, up from 64.5%, the highest since 2016, officials said.");
  CHECK(by_text(comma, "64.5%").date != "2016");
}

TEST_CASE("dates: a tenure lasts from the day the article says it started", "[claims][dates]") {
  auto cs = run("The prime minister will step down in June after nine years in power.\n\nInes Varga, who took office "
                "on March 3, 2019, won 52% of the vote in her last election.");
  auto t = by_text(cs, "nine years");
  CHECK(t.date == "2019-03-03");
  CHECK(t.basis == date_basis::explicit_date);
  CHECK(t.date_end == "2024-04-09");
  // two tenure starts: neither is sure
  auto two = run("She leaves after nine years in power. Varga took office on March 3, 2019; her deputy was sworn in on "
                 "May 5, 2020.");
  CHECK(by_text(two, "nine years").basis == date_basis::published);
}

// find_date lists a sentence's tense words once, for all its figures (a figure reads those in its
// own window, 24 tokens before it to 6 after); a sentence with more of them than the list holds
// has each figure walk its window. Either way a figure far from the sentence's "are still"
// continues the paragraph's frame, and the figure beside it is as of publication.
TEST_CASE("dates: a figure reads only the tense words of its own window", "[claims][dates]") {
  auto few = run("Rivers broke their banks on Friday. Rescuers pulled 30 people from the water near the old mill "
                 "by the bridge at the edge of the town, and the roads are shut, the schools are shut, and 12 "
                 "people are still missing.");
  CHECK(by_text(few, "30").date == "2024-04-05");
  CHECK(by_text(few, "30").basis == date_basis::relative);
  CHECK(by_text(few, "12").date == "2024-04-09");
  CHECK(by_text(few, "12").basis == date_basis::published);
  std::string many = "Rivers broke their banks on Friday. Rescuers pulled 30 people from the water near the old mill "
                     "by the bridge at the edge of the town, and";
  for (char const* w : {"roads", "schools", "shops", "clinics", "trains", "buses", "phones", "ferries", "bridges",
                        "ports", "markets", "banks", "parks", "halls", "mines", "docks", "farms", "mills"})
    many += std::string(" the ") + w + " are shut,";
  many += " and 12 people are still missing.";
  auto cs = run(many);
  CHECK(by_text(cs, "30").date == "2024-04-05");
  CHECK(by_text(cs, "12").date == "2024-04-09");
  CHECK(by_text(cs, "12").basis == date_basis::published);
}

// Sixth round (acc12): "the previous month", "a month earlier"
TEST_CASE("dates: a month back from the sentence's month", "[claims][dates]") {
  auto const cs = testing::run("Factory output fell 2.4% in March after rising 1.1% the previous month.", "2026-11-20");
  CHECK(testing::by_text(cs, "1.1%").date == "2026-02");
  // a month before a day as the anchor
  auto const ds = testing::run(
      "Prices rose 3.1% in the year to October, the office said on Tuesday, up from 2.8% the previous month.", "2026-11-20");
  CHECK(testing::by_text(ds, "2.8%").date == "2026-09");
  // no earlier date: the month before publication
  auto const ps = testing::run("Sales fell 3%, after rising 2% a month earlier.", "2026-11-20");
  CHECK(testing::by_text(ps, "2%").date == "2026-10");
}

TEST_CASE("dates: a year named as the figure's period dates it ('the 2023 financial year')", "[claims][dates]") {
  auto c = by_text(run("The nine clubs lost a combined $12.5 million in the 2023 financial year, the league said."),
                   "$12.5 million");
  CHECK(c.date == "2023");
  CHECK(c.basis == date_basis::explicit_date);
  CHECK(by_text(run("The ferry line carried 310,000 passengers in the 2022 season."), "310,000").date == "2022");
  // a year that names an event is no period of the figure
  CHECK(by_text(run("Insurers have paid out $40 million since the 2019 floods."), "$40 million").date == "2024-04-09");
}

TEST_CASE("dates: 'the year before' counts back a year from the sentence's date", "[claims][dates]") {
  auto cs = run("Wine exports reached €610 million in 2023, up 5% from €581 million the year before.");
  CHECK(by_text(cs, "€610 million").date == "2023");
  CHECK(by_text(cs, "€581 million").date == "2022");
  // a year counted from an event the phrase names is no date of the sentence's figures
  cs = run("A loaf now costs €2.40, up €0.30 on the year before the tax, a survey of 180 bakeries found.");
  CHECK(by_text(cs, "€2.40").date == "2024-04-09");
  CHECK(by_text(cs, "180").date == "2024-04-09");
}
