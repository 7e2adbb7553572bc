// Ninth accuracy round (acc15s): sources and dates of the phenomena set 6 showed by category
// (docs/claims.md "Ninth round: sources and dates"), on sentences written for these tests.

#include "claimcheck/claims/extractor.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

namespace {

using testing::by_text;
using testing::source_of;
using testing::date_of;
using testing::run;

date_basis basis_of(std::string const& text, std::string const& figure) { return by_text(run(text), figure).basis; }

}  // namespace

// Publication 2024-04-09 is a Tuesday.

TEST_CASE("acc15s: 'the airline', 'the company' stand for the organisation the article named", "[claims][attribution][acc15s]") {
  // the name opening the same sentence, then the same kind later in the article
  auto cs = run("Kemp Air has cancelled 300 flights this week, the airline said.\n\n"
                "The airline expects to fly 70% of its timetable by Friday.");
  CHECK(by_text(cs, "300").attribution.key == "kemp air");
  CHECK(by_text(cs, "70%").attribution.key == "kemp air");
  // a descriptor before the name opening the sentence
  CHECK(source_of("The kitchen appliance maker Dorvik will shut its plant and cut 640 jobs, the company said.", "640") ==
        "dorvik");
  // a word for any business: the last organisation that spoke, not a place or a firm only mentioned
  auto spill = run("Gas supply stopped for 5,000 homes near the Lantor Metals smelter, Vantel Energy said.\n\n"
                   "Supply to the last 420 homes resumed on Monday, the company said.");
  CHECK(by_text(spill, "420").attribution.key == "vantel energy");
  // a sentence that opens with a common noun names no organisation
  CHECK(source_of("Net income rose to €40 million, the company said.", "€40 million") == "company");
  // a person is not the company
  auto person = run("Ola Brandt, the chief executive, said sales were flat.\n\nProfit fell 8%, the company said.");
  CHECK(by_text(person, "8%").attribution.key == "company");
}

TEST_CASE("acc15s: a firm's first word alone is its full name", "[claims][attribution][acc15s]") {
  auto cs = run("Lorries of the Tarno Haulage Group stood idle on Friday.\n\nTarno has offered 3% to its 900 drivers.");
  CHECK(by_text(cs, "3%").attribution.key == "tarno haulage group");
  auto two = run("Crews at the Fendle Paints plant and at Fendle Marine walked out.\n\nFendle said 200 staff were idle.");
  CHECK(by_text(two, "200").attribution.key == "fendle");  // two names begin so: neither is sure
}

TEST_CASE("acc15s: descriptors, names with '&', a person of a body, a commissioned report", "[claims][attribution][acc15s]") {
  CHECK(source_of("Broadcaster Vistel said the match drew 1.2 million viewers.", "1.2 million") == "vistel");
  CHECK(source_of("Insurer Holm Re put the damage at $95 million.", "$95 million") == "holm re");
  auto cs = run("The liquidator, Marsh & Cole, said creditors were owed £40 million. It has auctioned two trawlers.");
  CHECK(by_text(cs, "£40 million").attribution.key == "marsh & cole");
  CHECK(by_text(cs, "two").attribution.key == "marsh & cole");
  CHECK(source_of("Tomas Frey of the Marren Growers' Union said 40 farms had closed.", "40") == "tomas frey");
  // a body's own name with "of the" stays whole
  CHECK(source_of("The Bank of the Lakes said 40 branches had closed.", "40") != "the");
  CHECK(source_of("A review commissioned by the council found that the depot cost £1.3 billion.", "£1.3 billion") ==
        "review");
  CHECK(source_of("A survey by the Marlow Traders Guild found that 30% of shops had closed.", "30%") ==
        "marlow traders guild");
}

TEST_CASE("acc15s: a plan after 'to' is the body's act, not a speaker 'X plans to'", "[claims][attribution][acc15s]") {
  auto cs = run("Costs came to €3 million, the relay committee said.\n\n"
                "The committee plans to put €1 million toward new tracks and to give about €200,000 to clubs.");
  CHECK(by_text(cs, "€1 million").attribution.key == "relay committee");
  CHECK(by_text(cs, "about €200,000").attribution.key == "relay committee");
}

TEST_CASE("acc15s: a body that pays or hires, done or planned, is the source", "[claims][attribution][acc15s]") {
  CHECK(source_of("Under the deal, Orlen Ground Services will hire 120 extra staff.", "120") == "orlen ground services");
  CHECK(source_of("The Carters' Guild had originally demanded 11%.", "11%") == "carters guild");
  auto cs = run("Grants will change, the Marine Directorate said.\n\nThe directorate will pay €2.6 million to boat owners.");
  CHECK(by_text(cs, "€2.6 million").attribution.key == "marine directorate");
}

TEST_CASE("acc15s: the speaker after a quotation tells all of it", "[claims][attribution][acc15s]") {
  auto cs = run("\"Twelve of our 20 ferries ran full, and we left people on the pier,\" said harbour master Ola Brandt.");
  CHECK(by_text(cs, "Twelve").attribution.key == "ola brandt");
  CHECK(by_text(cs, "20").attribution.key == "ola brandt");
}

TEST_CASE("acc15s: sums before their paragraph's speaker are the speaker's accounts", "[claims][attribution][acc15s]") {
  auto cs = run("Fees brought in €8.1 million and sponsors another €6 million. "
                "Spending came to about €7 million, the festival board said in its accounts.");
  CHECK(by_text(cs, "€8.1 million").attribution.key == "festival board");
  CHECK(by_text(cs, "€6 million").attribution.key == "festival board");
  // a sum of another year is background
  auto bg = run("The closure is the biggest since 2009, when a mill shut with debts of £60 million. "
                "The region's rescue pot holds £2 billion, according to its yearly report.");
  CHECK(by_text(bg, "£60 million").attribution.key == "test wire");
}

TEST_CASE("acc15s: the year a thing is for, the first months of a year, the subject's year", "[claims][date][acc15s]") {
  CHECK(date_of("Farmers will get a 15% larger water allowance for 2025, the basin agency said on Monday.", "15%") ==
        "2025");
  // the day of an act wins over the year the thing is for
  CHECK(date_of("The council adopted a €40 million plan for 2025 on Monday.", "€40 million") == "2024-04-08");
  CHECK(date_of("Sales fell 4.1% in the first nine months of 2023, the company said.", "4.1%") == "2023-09");
  CHECK(basis_of("Sales fell 4.1% in the first nine months of 2023, the company said.", "4.1%") == date_basis::explicit_date);
  CHECK(date_of("Exports rose 2% in the first half of 2023.", "2%") == "2023-06");
  CHECK(date_of("The 2025 tour will visit 18 cities.", "18") == "2025");
  // a year after "the" in a phrase elsewhere dates nothing
  CHECK(date_of("Under the 2018 waste law, the firm could be fined up to £3m.", "up to £3m") != "2018");
}

TEST_CASE("acc15s: date phrases keep to their clause", "[claims][date][acc15s]") {
  // a second reported clause with "and that" dates its own verb
  auto cs = run("The league said 90,000 season passes had been bought, above its goal of 80,000, and that the derby had "
                "sold out in January.");
  CHECK(date_of("The league said 90,000 season passes had been bought, and that the derby had sold out in January.",
                "90,000") == "2024-04-09");
  CHECK(by_text(cs, "80,000").date == "2024-04-09");
  // a fronted whole's day is the whole's
  auto of = run("Of the 5,000 flats flooded on April 2, 4,100 were dry again within a week.");
  CHECK(by_text(of, "5,000").date == "2024-04-02");
  CHECK(by_text(of, "4,100").date == "2024-04-09");
  CHECK(by_text(of, "4,100").basis == date_basis::published);
}

TEST_CASE("acc15s: a duration's start in a clause on its noun or on the sentence's subject", "[claims][date][acc15s]") {
  CHECK(date_of("Divers searched the lake during the three-week operation, which began on March 12.", "three-week") ==
        "2024-03-12");
  CHECK(date_of("The cold snap that began on March 2 ended on Sunday after more than five weeks.",
                "more than five weeks") == "2024-03-02");
}

TEST_CASE("acc15s: a lede body that is acted on names no later act", "[claims][date][acc15s]") {
  auto cs = run("The Arlo Credit Union, which serves 9,000 farmers, was closed by the watchdog on Monday.\n\n"
                "The union's loans of £1.3 billion were backed by only about 70% of deposits.");
  CHECK(by_text(cs, "£1.3 billion").date == "2024-04-09");
  CHECK(by_text(cs, "£1.3 billion").basis == date_basis::published);
  // a lede body that acts still dates its later mention
  auto acts = run("The Harbour Court on Monday ordered the port to pay damages.\n\n"
                  "Of the court's nine judges, seven backed the order.");
  CHECK(by_text(acts, "seven").date == "2024-04-08");
}

TEST_CASE("acc15s: another speaker's undated report ends the paragraph's day", "[claims][date][acc15s]") {
  auto cs = run("The inspectorate said tests run on Monday found lead in the water. Dalmar, which runs the works for "
                "about 300 villages, said it had closed the wells. It said 14 staff had been sent home.");
  CHECK(by_text(cs, "14").date == "2024-04-09");
  CHECK(by_text(cs, "14").basis == date_basis::published);
  // the same speaker goes on with the day
  auto same = run("The ministry said on Monday that 40 people had died. It said 12 more were missing.");
  CHECK(by_text(same, "12").date == "2024-04-08");
}
