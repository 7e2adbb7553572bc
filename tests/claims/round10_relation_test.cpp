// Tenth accuracy round (acc16r): relations between quantities, from the categories of the seventh
// held-out set's failure summary (docs/heldout.md "Set 7"), on sentences written for these tests
// (docs/claims.md "Tenth round: relations").

#include "claimcheck/claims/extractor.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace claimcheck;

namespace {

using testing::by_text;
using testing::related;
using testing::has_relation;
using testing::run;

}  // namespace

TEST_CASE("acc16r: a change by a fraction reaches its level", "[claims][relations][acc16r]") {
  auto cs = run("The county's road budget has risen by a fifth to £240 million since the spring.");
  CHECK(related(cs, "a fifth", relation_kind::change_of, "£240 million"));
  cs = run("Insurance costs for the league climbed by more than a third, to A$4.1 billion.");
  CHECK(related(cs, "more than a third", relation_kind::change_of, "A$4.1 billion"));
  cs = run("Applications to the scheme fell by almost half to 9,800 last year.");
  CHECK(related(cs, "almost half", relation_kind::change_of, "9,800"));
  // a percent still does, as before
  cs = run("Quarterly revenue at the smelter rose 12% to C$88 million.");
  CHECK(related(cs, "12%", relation_kind::change_of, "C$88 million"));
  // a share that is no change reaches nothing ("half of ... to")
  cs = run("Half of the 80 trucks were sent to 12 depots.");
  CHECK_FALSE(has_relation(cs, "12", relation_kind::change_of));
}

TEST_CASE("acc16r: 'N of them' opening a sentence is part of the count before it", "[claims][relations][acc16r]") {
  auto cs = run("Lifeboat crews pulled 61 people from the water on Tuesday. Nine of them later died in hospital.");
  CHECK(related(cs, "Nine", relation_kind::part_of, "61"));
  cs = run("The outbreak has now reached 84 households in the county. At least 31 of them have children under "
           "five.");
  CHECK(related(cs, "At least 31", relation_kind::part_of, "84"));
  // within a sentence, "of those" after a semicolon
  cs = run("Police detained 212 fans after the match; 40 of those were later charged.");
  CHECK(related(cs, "40", relation_kind::part_of, "212"));
  // "of them" after a sum is no part of the sum: the count of its kind before it
  cs = run("Officers arrested 40 people and seized £2 million in cash, 30 of them teenagers.");
  CHECK(related(cs, "30", relation_kind::part_of, "40"));
  CHECK_FALSE(related(cs, "30", relation_kind::part_of, "£2 million"));
  // nothing of its kind before it: no part
  cs = run("The club paid £3 million for the ground, 200 of them season tickets.");
  CHECK_FALSE(has_relation(cs, "200", relation_kind::part_of));
}

TEST_CASE("acc16r: a fronted whole after 'out', 'that' or 'but'", "[claims][relations][acc16r]") {
  auto cs = run("Out of the 2,000 staff at the plant, 350 have been laid off.");
  CHECK(related(cs, "350", relation_kind::part_of, "2,000"));
  cs = run("Ward managers said that of the 300 beds on the unit, 40 were closed.");
  CHECK(related(cs, "40", relation_kind::part_of, "300"));
  cs = run("But of the 1,400 runners who started, 1,150 reached the finish.");
  CHECK(related(cs, "1,150", relation_kind::part_of, "1,400"));
  // a chain: "and of those" after a part is a part of that part
  cs = run("Of the 800 passengers, 300 were rescued by fishing boats, and of those, 40 needed hospital care.");
  CHECK(related(cs, "300", relation_kind::part_of, "800"));
  CHECK(related(cs, "40", relation_kind::part_of, "300"));
}

TEST_CASE("acc16r: a chain of partitives is no sum", "[claims][relations][acc16r]") {
  auto cs = run("The hospital has 900 beds, 120 of them in intensive care, 30 of which are kept for children.");
  CHECK(related(cs, "120", relation_kind::part_of, "900"));
  CHECK(related(cs, "30", relation_kind::part_of, "120"));
  CHECK_FALSE(has_relation(cs, "900", relation_kind::sum_of));
  cs = run("The cooperative has 5,000 members, 1,200 of them growers, 300 of whom farm organically.");
  CHECK(related(cs, "300", relation_kind::part_of, "1,200"));
  CHECK_FALSE(has_relation(cs, "5,000", relation_kind::sum_of));
  // the same pronoun again names a second part of the same whole
  cs = run("The storm injured 40 people, 12 of them children and eight of them pensioners.");
  CHECK(related(cs, "12", relation_kind::part_of, "40"));
  CHECK(related(cs, "eight", relation_kind::part_of, "40"));
  // a list after one pronoun is still the total's breakdown
  cs = run("The quake killed more than 4,100 people, 3,500 of them in the north and 600 in the south.");
  CHECK(related(cs, "more than 4,100", relation_kind::sum_of, "3,500"));
  CHECK(related(cs, "more than 4,100", relation_kind::sum_of, "600"));
}

TEST_CASE("acc16r: a group named by its noun is the whole, not a part named since", "[claims][relations][acc16r]") {
  auto cs = run("The county has recorded 84 cases of measles, 31 of them in children. Twelve of the cases were "
                "linked to one school.");
  CHECK(related(cs, "31", relation_kind::part_of, "84"));
  CHECK(related(cs, "Twelve", relation_kind::part_of, "84"));
  CHECK_FALSE(related(cs, "Twelve", relation_kind::part_of, "31"));
}

TEST_CASE("acc16r: no part of one of two coordinated counts it does not count", "[claims][relations][acc16r]") {
  auto cs = run("The ferry carried 212 passengers and 18 crew, including 40 children.");
  CHECK_FALSE(related(cs, "40", relation_kind::part_of, "18"));
  cs = run("The airline flew 300 pilots and 45 engineers to the base, among them 20 trainees.");
  CHECK_FALSE(related(cs, "20", relation_kind::part_of, "45"));
  // a part that counts what the second counts is its part
  cs = run("The academy has 300 players and 45 coaches, including 12 coaches from abroad.");
  CHECK(related(cs, "12", relation_kind::part_of, "45"));
  // one count, or a verb of its own between: the nearest count, as before
  cs = run("The storm killed 30 people and injured 80, including 12 children.");
  CHECK(related(cs, "12", relation_kind::part_of, "80"));
  // a sum in another currency is no whole of the part
  cs = run("The miner lost C$40 million in output, including US$12 million at its Kelby pit.");
  CHECK_FALSE(has_relation(cs, "US$12 million", relation_kind::part_of));
}

TEST_CASE("acc16r: a total told over a stated number of groups is their sum", "[claims][relations][acc16r]") {
  // four sites, four figures: a sum even when they do not add up (the reconciler's to report)
  auto cs = run("The company employs about 6,300 people across its four sites, with 2,400 at Kelby, 1,900 at "
                "Morrow, 1,300 at Ashfield and 880 at Pine Creek.");
  for (auto const* p : {"2,400", "1,900", "1,300", "880"}) CHECK(related(cs, "about 6,300", relation_kind::sum_of, p));
  CHECK_FALSE(has_relation(cs, "four", relation_kind::part_of));
  cs = run("The district has 3,200 registered voters in three wards, 1,400 in North, 1,100 in Central and 650 in "
           "South.");
  for (auto const* p : {"1,400", "1,100", "650"}) CHECK(related(cs, "3,200", relation_kind::sum_of, p));
  cs = run("The appeal raised £90,000 from two events, £50,000 at the gala and £35,000 at the fun run.");
  CHECK(related(cs, "£90,000", relation_kind::sum_of, "£50,000"));
  CHECK(related(cs, "£90,000", relation_kind::sum_of, "£35,000"));
  // a number that does not match the list links nothing that does not add up
  cs = run("The firm has 6,300 staff at five sites, with 2,400 at Kelby, 1,900 at Morrow and 1,300 at Ashfield.");
  CHECK_FALSE(has_relation(cs, "6,300", relation_kind::sum_of));
}

TEST_CASE("acc16r: a partitive's list that goes on past its whole and adds up is its sum", "[claims][relations][acc16r]") {
  auto cs = run("The council passed the plan with 31 of its 55 members voting in favour, 20 against and four "
                "abstaining.");
  for (auto const* p : {"31", "20", "four"}) CHECK(related(cs, "55", relation_kind::sum_of, p));
  CHECK_FALSE(has_relation(cs, "31", relation_kind::part_of));
  // a list that does not add up stays a part and nothing more
  cs = run("The council passed the plan with 31 of its 55 members voting in favour, 12 against and four "
           "abstaining.");
  CHECK(related(cs, "31", relation_kind::part_of, "55"));
  CHECK_FALSE(has_relation(cs, "55", relation_kind::sum_of));
}

TEST_CASE("acc16r: a fronted whole's parts joined by 'and' with verbs of their own", "[claims][relations][acc16r]") {
  auto cs = run("Of the 31 miners underground when the roof fell, six were killed and two are still missing.");
  CHECK(related(cs, "six", relation_kind::part_of, "31"));
  CHECK(related(cs, "two", relation_kind::part_of, "31"));
  cs = run("Of the 140 flights scheduled, 96 left on time and 30 were delayed, the airport said.");
  CHECK(related(cs, "30", relation_kind::part_of, "140"));
  // a figure with a noun of its own is another group
  cs = run("Of the 31 miners underground, six were killed and 14 rescuers were hurt.");
  CHECK_FALSE(has_relation(cs, "14", relation_kind::part_of));
}

TEST_CASE("acc16r: a participle group opening its sentence is the count before it", "[claims][relations][acc16r]") {
  auto cs = run("Seven people were killed when the roof of a market hall collapsed on Friday. The dead, four of "
                "whom were stallholders, included a child.");
  CHECK(related(cs, "four", relation_kind::part_of, "Seven"));
}

TEST_CASE("acc16r: a change 'up N% at' its level", "[claims][relations][acc16r]") {
  auto cs = run("Third-quarter revenue at the chain was up 12% at C$88 million, the company said.");
  CHECK(related(cs, "12%", relation_kind::change_of, "C$88 million"));
  cs = run("Passenger numbers were down 4% at 41,200 in October.");
  CHECK(related(cs, "4%", relation_kind::change_of, "41,200"));
  // "at" with no "up" or "down" before the figure: no change
  cs = run("The firm sold 12% of its shares at $88 a share.");
  CHECK_FALSE(has_relation(cs, "12%", relation_kind::change_of));
}

TEST_CASE("acc16r: a part is not joined to a smaller count of another thing before it", "[claims][relations][acc16r]") {
  auto cs = run("The hospital treated 3,000 patients in 14 wards last winter, 120 of them children.");
  CHECK(related(cs, "120", relation_kind::part_of, "3,000"));
  CHECK_FALSE(related(cs, "120", relation_kind::part_of, "14"));
  cs = run("Inspectors checked 2,600 vehicles at nine crossings, including 410 lorries.");
  CHECK(related(cs, "410", relation_kind::part_of, "2,600"));
  // with no larger count before it, the part stays with the nearest (the reconciler's to judge)
  cs = run("The trust cancelled 2,300 appointments, including 2,900 at Kingsmere.");
  CHECK(related(cs, "2,900", relation_kind::part_of, "2,300"));
}

TEST_CASE("acc16r: 'Of that,' breaks down the figure of the sentence before", "[claims][relations][acc16r]") {
  auto cs = run("The foundation gave away £12 million last year. Of that, £7 million went to schools, £3 million to "
                "clinics and £2.5 million to libraries.");
  for (auto const* p : {"£7 million", "£3 million", "£2.5 million"})
    CHECK(related(cs, "£12 million", relation_kind::sum_of, p));
  cs = run("The province set aside C$40 million for flood defences in March. Of this, C$15 million will be spent "
           "in the delta.");
  CHECK(related(cs, "C$15 million", relation_kind::part_of, "C$40 million"));
  // no larger figure of its kind before: nothing
  cs = run("The province set aside C$10 million in March. Of this, C$15 million will be spent in the delta.");
  CHECK_FALSE(has_relation(cs, "C$15 million", relation_kind::part_of));
}

TEST_CASE("acc16r: precision of the changes and partitives of this round", "[claims][relations][acc16r]") {
  // a verb's particle "up" is no change
  auto cs = run("The army, which has called up 40,000 reservists, cut fuel to the city's 900,000 residents.");
  CHECK_FALSE(has_relation(cs, "40,000", relation_kind::change_of));
  // "of those" after a plain partitive: a part of its part
  cs = run("Rationing applies in 87 of the region's 132 towns, the agency said, and 22 of those get water by "
           "tanker.");
  CHECK(related(cs, "87", relation_kind::part_of, "132"));
  CHECK(related(cs, "22", relation_kind::part_of, "87"));
  // a fronted whole's parts with verbs of their own that add up to it are its breakdown
  cs = run("Of the panel's 11 judges, nine backed the ruling and two dissented.");
  CHECK(related(cs, "11", relation_kind::sum_of, "nine"));
  CHECK(related(cs, "11", relation_kind::sum_of, "two"));
  CHECK_FALSE(has_relation(cs, "nine", relation_kind::part_of));
}

TEST_CASE("acc16r: every figure listed after 'including' is a part", "[claims][relations][acc16r]") {
  auto cs = run("The floods damaged 4,000 homes, including 1,200 in Arle, 800 in Dorn and 350 in Vey.");
  for (auto const* p : {"1,200", "800", "350"}) CHECK(related(cs, p, relation_kind::part_of, "4,000"));
  CHECK_FALSE(has_relation(cs, "4,000", relation_kind::sum_of));
  // a figure after a verb of its own is no item of the list
  cs = run("The floods damaged 4,000 homes, including 1,200 in Arle, and destroyed 300 more.");
  CHECK_FALSE(related(cs, "300", relation_kind::part_of, "4,000"));
  // nor an earlier level after it
  cs = run("The bloc took 230 seats, including 95 for the Union party, up from 50 in 2021.");
  CHECK(related(cs, "95", relation_kind::part_of, "230"));
  CHECK_FALSE(has_relation(cs, "50", relation_kind::part_of));
}

TEST_CASE("acc16r: 'of the total' is no part named since", "[claims][relations][acc16r]") {
  auto cs = run("The waiting list reached 182,000 patients in June, including 90,000 children. The north accounted "
                "for 61,000 of the total.");
  CHECK(related(cs, "61,000", relation_kind::part_of, "182,000"));
  CHECK_FALSE(related(cs, "61,000", relation_kind::part_of, "90,000"));
}

TEST_CASE("acc16r: 'N out of M' with a whole above 100 is a part and its whole", "[claims][relations][acc16r]") {
  auto cs = run("Police said 120 out of 400 workers were hurt.");
  CHECK(related(cs, "120", relation_kind::part_of, "400"));
  cs = run("About 3.9 million out of 5.5 million registered voters, or 71%, voted on Sunday.");
  CHECK(related(cs, "About 3.9 million", relation_kind::part_of, "5.5 million"));
  // it counts what its whole counts, and its verb is the clause's, not the whole's participle
  CHECK(by_text(cs, "About 3.9 million").subject.key == by_text(cs, "5.5 million").subject.key);
  CHECK(by_text(cs, "About 3.9 million").predicate.key == "vote");
}

TEST_CASE("acc16r: 'Among them were N' and 'They included N' open a sentence of parts", "[claims][relations][acc16r]") {
  auto cs = run("Lifeboats brought 61 people ashore on Tuesday. Among them were 12 children.");
  CHECK(related(cs, "12", relation_kind::part_of, "61"));
  CHECK(by_text(cs, "12").subject.key == "child");
  cs = run("The trust postponed 2,300 operations last week. They included 400 hip replacements and 150 cataract "
           "operations.");
  CHECK(related(cs, "400", relation_kind::part_of, "2,300"));
  CHECK(related(cs, "150", relation_kind::part_of, "2,300"));
  // a pronoun that is no group of the sentence before: nothing ("They" acting)
  cs = run("The trust postponed 2,300 operations last week. They hired 400 agency nurses.");
  CHECK_FALSE(has_relation(cs, "400", relation_kind::part_of));
}

TEST_CASE("acc16r: a share set off by dashes is an apposition as after a comma", "[claims][relations][acc16r]") {
  auto cs = run("Some 1,750 of the county's roughly 14,600 children \u2014 about one in four \u2014 have not had a first "
                "dose.");
  CHECK(related(cs, "Some 1,750", relation_kind::part_of, "roughly 14,600"));
  CHECK(related(cs, "about one in four", relation_kind::fraction_of, "roughly 14,600"));
  cs = run("The trust employs 9,000 staff, 300 of them \u2013 about 3% \u2013 agency nurses.");
  CHECK(related(cs, "about 3%", relation_kind::fraction_of, "9,000"));
  // no whole told: nothing
  cs = run("About 2,300 pupils \u2014 one in five \u2014 missed school during the outbreak.");
  CHECK_FALSE(has_relation(cs, "one in five", relation_kind::fraction_of));
}

TEST_CASE("acc16r: an 'of them' list well short of its total names some of its parts", "[claims][relations][acc16r]") {
  auto cs = run("The attack disrupted 4,000 appointments, 1,200 of them at Kingsmere and 800 at the General.");
  CHECK(related(cs, "1,200", relation_kind::part_of, "4,000"));
  CHECK(related(cs, "800", relation_kind::part_of, "4,000"));
  CHECK_FALSE(has_relation(cs, "4,000", relation_kind::sum_of));
  // one that reaches (or passes) the total is its breakdown
  cs = run("The quake killed more than 4,100 people, 3,500 of them in the north and 450 in the south.");
  CHECK(related(cs, "more than 4,100", relation_kind::sum_of, "3,500"));
  cs = run("The attack disrupted 4,000 appointments, 3,200 of them at Kingsmere and 1,100 at the General.");
  CHECK(related(cs, "4,000", relation_kind::sum_of, "1,100"));
}
