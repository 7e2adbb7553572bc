// Ninth accuracy round (acc15r): relations found by syntax, from the categories of the sixth
// held-out set (docs/claims.md "Ninth round: relations"), on sentences written for these tests.

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

TEST_CASE("acc15r: 'N of the <noun>' is part of the earlier count of that noun", "[claims][relations][acc15r]") {
  auto cs = run("Power was cut to 4,200 homes in the valley on Friday, the utility said. It said 900 of the homes "
                "affected were in Tarlow.");
  CHECK(related(cs, "900", relation_kind::part_of, "4,200"));
  // a possessive before the noun; the part may be larger than its whole (the reconciler's to report)
  cs = run("The cooperative has 3,100 members. Its chair said 3,600 of the cooperative's members had signed the "
           "petition.");
  CHECK(related(cs, "3,600", relation_kind::part_of, "3,100"));
  // a group named by what happened to it is no part of a count of the noun it shares
  cs = run("The toll rose to 61 on Sunday when three of the injured died in hospital.");
  CHECK_FALSE(has_relation(cs, "three", relation_kind::part_of));
  // no earlier count of the noun: nothing
  cs = run("Officials counted 800 tents. Some 300 of the families had left by Monday.");
  CHECK_FALSE(has_relation(cs, "Some 300", relation_kind::part_of));
}

TEST_CASE("acc15r: 'Among those <participle>' lists parts of the count of that act", "[claims][relations][acc15r]") {
  auto cs = run("Clinics in the province have recorded 860 admissions since the heat began, officials said. Among "
                "those admitted were 95 infants under one and 210 people aged 80 or over.");
  CHECK(related(cs, "95", relation_kind::part_of, "860"));
  CHECK(related(cs, "210", relation_kind::part_of, "860"));
  CHECK(by_text(cs, "95").subject.key == "infant");
}

TEST_CASE("acc15r: a share after a partitive's whole is the part's share of it", "[claims][relations][acc15r]") {
  auto cs = run("Organisers said 1,200 of the festival's 5,000 volunteers, nearly a quarter, had quit.");
  CHECK(related(cs, "1,200", relation_kind::part_of, "5,000"));
  CHECK(related(cs, "nearly a quarter", relation_kind::fraction_of, "5,000"));
}

TEST_CASE("acc15r: a share of a noun stated by a figure of its own", "[claims][relations][acc15r]") {
  auto cs = run("The trust's reserves covered about 64% of its debts of $2.5 billion.");
  CHECK(related(cs, "about 64%", relation_kind::fraction_of, "$2.5 billion"));
  // a share "of it" after a sum
  cs = run("Exports from the valley were worth €40 million last year, 30% of it timber.");
  CHECK(related(cs, "30%", relation_kind::fraction_of, "€40 million"));
}

TEST_CASE("acc15r: changes reach their level past a period and through an added sum", "[claims][relations][acc15r]") {
  auto cs = run("Sales at the port fell 4% in the first six months of the year to €88 million.");
  CHECK(related(cs, "4%", relation_kind::change_of, "€88 million"));
  cs = run("The council will add £1.5 million to the repair fund, raising it to £9 million.");
  CHECK(related(cs, "£1.5 million", relation_kind::change_of, "£9 million"));
  cs = run("The league will have 18 clubs next season, four more than this season.");
  CHECK(related(cs, "four", relation_kind::change_of, "18"));
  // "add" with no level reached: nothing
  cs = run("The council will add £1.5 million to the repair fund and hire 40 staff.");
  CHECK_FALSE(has_relation(cs, "£1.5 million", relation_kind::change_of));
}

TEST_CASE("acc15r: parts after 'of which' that add up to the whole are its breakdown", "[claims][relations][acc15r]") {
  auto cs = run("The company runs 140 buses, of which 90 are electric and 50 run on diesel.");
  CHECK(related(cs, "140", relation_kind::sum_of, "90"));
  CHECK(related(cs, "140", relation_kind::sum_of, "50"));
  CHECK_FALSE(has_relation(cs, "90", relation_kind::part_of));
  // parts that do not add up may be some of the parts only: the first stays a part
  cs = run("The company runs 140 buses, of which 90 are electric and 20 run on gas.");
  CHECK(related(cs, "90", relation_kind::part_of, "140"));
  CHECK_FALSE(has_relation(cs, "140", relation_kind::sum_of));
}

TEST_CASE("acc15r: 'the remaining N' completes a fronted partitive's breakdown", "[claims][relations][acc15r]") {
  auto cs = run("Of the 500 flats damaged by the flood, 320 were repaired by June. The remaining 180, in the "
                "old quarter, were handed back in July.",
                "2024-08-01");
  CHECK(related(cs, "500", relation_kind::sum_of, "320"));
  CHECK(related(cs, "500", relation_kind::sum_of, "180"));
  CHECK_FALSE(has_relation(cs, "320", relation_kind::part_of));
}

TEST_CASE("acc15r: a figure per unit is scoped by its unit", "[claims][subject][acc15r]") {
  auto cs = run("The ministry will offer grants of up to €5,000 each to farmers who switch crops.");
  CHECK(by_text(cs, "up to €5,000").scope == "each");
  cs = run("Owners who scrap their trawlers will be paid up to €90,000 per vessel.");
  CHECK(by_text(cs, "up to €90,000").scope == "per vessel");
}

TEST_CASE("acc15r: a participle that opens a noun phrase before another modifies the noun",
          "[claims][subject][acc15r]") {
  auto cs = run("The county has 64 licensed driving schools.");
  CHECK(by_text(cs, "64").subject.key == "school");
  cs = run("The ferry rebooked 900 travellers onto later crossings.");
  CHECK(by_text(cs, "900").subject.key == "traveller");
}

TEST_CASE("acc15r: a count before a share that names its own whole is part of that whole",
          "[claims][relations][acc15r]") {
  auto cs = run("The airline has cancelled 240 flights from the city's airport since the walkout began on "
                "Monday, one in six of the 1,440 it had planned, the company said.");
  CHECK(related(cs, "one in six", relation_kind::fraction_of, "1,440"));
  CHECK(related(cs, "240", relation_kind::part_of, "1,440"));
  // a figure between them is no part of it, and leaves the first alone
  cs = run("The airline has cancelled 240 flights from the city's two airports since the walkout began on "
           "Monday, one in six of the 1,440 it had planned, the company said.");
  CHECK_FALSE(has_relation(cs, "two", relation_kind::part_of));
  // a share of a noun stated by a figure, set beside a count
  cs = run("Nearly 5 million adults, just under half of a population of about 10.4 million, have had a booster.");
  CHECK(related(cs, "just under half", relation_kind::fraction_of, "about 10.4 million"));
  CHECK(related(cs, "Nearly 5 million", relation_kind::part_of, "about 10.4 million"));
  // no whole of its own: a far count is left alone
  cs = run("The airline has cancelled 240 flights from the city's two airports since the walkout began on "
           "Monday, about 15% of its schedule.");
  CHECK_FALSE(has_relation(cs, "240", relation_kind::part_of));
}

TEST_CASE("acc15r: words of other classes are no subject", "[claims][subject][acc15r]") {
  // a change right after its figure is a change of the noun after "in"
  auto cs = run("Farmers face a 12% cut in their water allowance next year.");
  CHECK(by_text(cs, "12%").subject.key == "allowance");
  // a verb after a plural noun, a comparative after a copula
  cs = run("About 2,400 people work in the port's warehouses.");
  CHECK(by_text(cs, "About 2,400").subject.key == "person");
  cs = run("The shortfall has grown to £90 million.");
  CHECK(by_text(cs, "£90 million").subject.key == "shortfall");
}

TEST_CASE("acc15r: a percent compared with an earlier time after a count is its change", "[claims][relations][acc15r]") {
  auto cs = run("The agency recorded 52,300 thefts in 2025, 4.1% fewer than a year earlier.");
  CHECK(related(cs, "4.1%", relation_kind::change_of, "52,300"));
}

TEST_CASE("acc15r: the rest after 'through' completes a breakdown", "[claims][relations][acc15r]") {
  auto cs = run("Of the 900 jobs to go, 600 will go through early retirement and the remaining 300 through dismissals.");
  CHECK(by_text(cs, "300").subject.key != "dismissal");
  CHECK(related(cs, "900", relation_kind::sum_of, "600"));
  CHECK(related(cs, "900", relation_kind::sum_of, "300"));
}

TEST_CASE("acc15r: a figure 'from' a larger figure's noun phrase is its part", "[claims][relations][acc15r]") {
  auto cs = run("The winners will take €300,000 from prize money totalling €1.2 million, with the runners-up "
                "taking €200,000 and each losing semi-finalist €100,000.");
  CHECK(related(cs, "€300,000", relation_kind::part_of, "€1.2 million"));
  CHECK(related(cs, "€200,000", relation_kind::part_of, "€1.2 million"));
  CHECK(related(cs, "€100,000", relation_kind::part_of, "€1.2 million"));
  // a level reached "from" an earlier one is no part
  cs = run("The fund grew to €1.4 million from €1.2 million.");
  CHECK_FALSE(has_relation(cs, "€1.4 million", relation_kind::part_of));
}
