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
  auto c = by_text(run("The minister said on Monday that the rebels would free 40 prisoners."), "40");
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
  // a results box without a verb keeps the publication date
  int boxed = 0;
  for (auto const& c : cs)
    if (c.q.text == "21" && c.date == "2024-04-09") ++boxed;
  CHECK(boxed == 1);
}
