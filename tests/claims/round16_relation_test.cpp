// Sixteenth accuracy round (acc22r): relations and discrepancies, the wholes and parts behind
// the false alarms of sets 18-21 (docs/claims.md "Sixteenth round: ..."), on sentences written
// for these tests.

#include "claimcheck/claims/extractor.hpp"
#include "claimcheck/reconcile/reconciler.hpp"
#include "reconcile_support.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

namespace {

using testing::by_text;
using testing::has_relation;
using testing::related;
using testing::run;

using claimcheck::testing::check;

// The claims of an article given its own id (run() names every article "t").
std::vector<claim> article_as(std::string const& id, std::string const& text, std::string const& published) {
  auto cs = run(text, published);
  auto rename = [&](std::string& s) {
    if (s.rfind("t:", 0) == 0) s = id + s.substr(1);
  };
  for (auto& c : cs) {
    c.article = id;
    rename(c.id);
    for (auto& r : c.relations) rename(r.claim);
  }
  return cs;
}

}  // namespace

TEST_CASE("acc22r: a fronted \"Of the total,\" names a part of an earlier total, not a total",
          "[claims][relations][acc22r]") {
  // the figure after "Of the total," is no sum of the figures after it (a price per tonne among
  // them), and the total it is part of is the one told, not the one once expected
  auto cs = run("The port's fees brought in €96 million last year, the harbour board said on Monday. When the fees "
                "were set in 2022, the board had expected them to raise €80 million.\n\n"
                "Of the total, €61 million came from cargo ships, which pay €1.20 a tonne of freight, and €35 million "
                "from cruise lines at €4 a passenger, the board said.",
                "2026-03-10");
  CHECK_FALSE(has_relation(cs, "€61 million", relation_kind::sum_of));
  CHECK(related(cs, "€61 million", relation_kind::part_of, "€96 million"));
  CHECK_FALSE(related(cs, "€61 million", relation_kind::part_of, "€80 million"));
  CHECK(by_text(cs, "€61 million").predicate.key == "come");
  CHECK(check(cs).empty());
  // a count after "Of the total," is still a part of the count before it
  cs = run("The clinic saw 1,240 patients in May. Of the total, 700 were children.");
  CHECK(related(cs, "700", relation_kind::part_of, "1,240"));
  // a total cue after its figure still makes a total
  cs = run("In all, 640 staff were moved, 400 to Leeds, 140 to York and 100 to Hull.");
  CHECK(related(cs, "640", relation_kind::sum_of, "400"));
}

TEST_CASE("acc22r: a bare \"those\" is a group that can hold its part", "[claims][relations][acc22r]") {
  // the smaller figure named beside the group (the districts) is no whole of the households
  auto cs = run("Some 58,000 households now qualify for the grant across the 14 districts that run it, up from 41,000 "
                "when it began in 2023. Of those, about 37,000, or 64%, have claimed it, the housing office said.",
                "2026-03-10");
  CHECK(related(cs, "about 37,000", relation_kind::part_of, "Some 58,000"));
  CHECK_FALSE(related(cs, "about 37,000", relation_kind::part_of, "14"));
  CHECK(related(cs, "64%", relation_kind::fraction_of, "Some 58,000"));
  CHECK(by_text(cs, "about 37,000").subject.key == "household");
  CHECK(check(cs).empty());
  // ... and the speaker of the part tells the group's sentence too
  CHECK(by_text(cs, "Some 58,000").attribution.key == "housing office");
  // with no figure that can hold it, the nearest stays the whole (a planted part larger than
  // its whole is still found)
  cs = run("The shelter housed 120 families last winter. Of those, 150 were from the city.");
  CHECK(related(cs, "150", relation_kind::part_of, "120"));
  CHECK_FALSE(check(cs).empty());
}

TEST_CASE("acc22r: a partitive part's modifier stops at the list's next conjunct", "[claims][scopes][acc22r]") {
  auto cs = run("Shoppers made about 3.2 million visits to the market in June, some 2.1 million of them on weekends and "
                "roughly 600,000 on public holidays, the council said.");
  CHECK(by_text(cs, "some 2.1 million").scope == "on weekends");
}

TEST_CASE("acc22r: a sum \"of the <noun>\" is part of a sum told, not of one expected", "[claims][relations][acc22r]") {
  auto cs = run("The toll road earned £64 million in 2025, the operator said on Monday. When it opened in 2021, the "
                "operator had expected it to earn £90 million a year.\n\n"
                "The county said £16 million of the income, about 25% of the total, would go to bus services.",
                "2026-02-10");
  CHECK(related(cs, "£16 million", relation_kind::part_of, "£64 million"));
  CHECK_FALSE(related(cs, "£16 million", relation_kind::part_of, "£90 million"));
  CHECK_FALSE(related(cs, "about 25%", relation_kind::fraction_of, "£90 million"));
  CHECK(check(cs).empty());
}

TEST_CASE("acc22r: a month inside a comparison's period is no date of the figure", "[claims][dates][acc22r]") {
  // the part of a period told on Friday is not the whole month it is compared with
  auto cs = run("Riders took 1.4 million bus trips in the first two weeks of the new timetable, 5% fewer than in the "
                "same period of August, the transit authority said on Friday.\n\n"
                "In August, riders took about 3.1 million trips, the authority said.",
                "2025-09-15");
  CHECK(by_text(cs, "1.4 million").date == "2025-09-12");
  CHECK(by_text(cs, "about 3.1 million").date == "2025-08");
  CHECK(check(cs).empty());
  // a qualifier's "than" is no comparison: the day after the figure dates it
  cs = run("Officials counted more than 200 trucks on Friday.", "2025-09-15");
  CHECK(by_text(cs, "more than 200").date == "2025-09-12");
}

TEST_CASE("acc22r: a list of some parts of a total another article breaks down in full is no failed sum",
          "[reconcile][relations][acc22r]") {
  auto a = article_as("a",
                   "Visitors to Port Arlen made 6.2 million trips on its ferries in July, the harbour authority said: "
                   "3.9 million on the Northline, 1 million on the Southline and 1.3 million on night boats.",
                   "2026-08-04");
  auto b = article_as("b",
                   "Ferry trips in Port Arlen fell in August, the harbour authority said. In July, passengers made about "
                   "6.2 million trips, some 3.9 million of them on the Northline and roughly 1.3 million on night boats.",
                   "2026-09-10");
  CHECK(check(a).empty());
  auto all = a;
  all.insert(all.end(), b.begin(), b.end());
  CHECK(check(all).empty());
  // the same short list with no fuller account elsewhere still fails its sum
  CHECK_FALSE(check(b).empty());
}

TEST_CASE("acc22r: a price per unit is no part of a total", "[claims][relations][acc22r]") {
  auto cs = run("The fund paid out £1.2 million last year: £800,000 to farms, at £4,000 a farm, and £400,000 to shops.");
  CHECK(related(cs, "£1.2 million", relation_kind::sum_of, "£800,000"));
  CHECK(related(cs, "£1.2 million", relation_kind::sum_of, "£400,000"));
  CHECK_FALSE(related(cs, "£1.2 million", relation_kind::sum_of, "£4,000"));
  CHECK(by_text(cs, "£4,000").scope == "per farm");
  // a sum a year is no price per unit
  cs = run("The council said joining could add £1.9 million a year to its costs.");
  CHECK(by_text(cs, "£1.9 million").scope.empty());
}

TEST_CASE("acc22r: a pronoun after a speaker's apposition counts the body the apposition names",
          "[claims][scopes][acc22r]") {
  auto cs = run("The region's lifeboat service now has 2,300 volunteers, down from 2,900 in 2020, the service said. "
                "Tomas Ridley, 54, coxswain of the Harrow Point station, said it now had 14 volunteers.");
  CHECK(by_text(cs, "14").scope == "harrow point station");
  CHECK(by_text(cs, "2,300").scope.empty());
  CHECK(check(cs).empty());
  // a body that speaks of itself names no other body
  cs = run("The lifeboat service said it now had 2,300 volunteers.");
  CHECK(by_text(cs, "2,300").scope.empty());
}
