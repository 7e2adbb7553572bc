// Eighth accuracy round (acc14s): sources and dates of phenomena seen on held-out set 4
// (docs/claims.md "Eighth round: sources and dates"), on sentences written for these tests.

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

TEST_CASE("acc14s: a name in apposition with a title or an age before the speech verb", "[claims][attribution][acc14s]") {
  CHECK(source_of("Mira Holt, chairwoman of the Dunmore Rowing Club, said 1,200 members had renewed.", "1,200") ==
        "mira holt");
  CHECK(source_of("Fares will rise by 4%, Ivo Brandt, head of the Lakeside Transit Board, told the council.", "4%") ==
        "ivo brandt");
  CHECK(source_of("Kessler, 61, said the guild now counts 8,400 weavers.", "8,400") == "kessler");
  // "she said" after a quote continues the person named in apposition before
  auto cs = run("Wages fell 3%, Lotte Weir, chair of the Harbour Pilots Guild, told reporters.\n\n"
                "\"Half of our pilots are thinking of leaving,\" she said.");
  CHECK(by_text(cs, "Half").attribution.key == "lotte weir");
}

TEST_CASE("acc14s: a body's name kept whole: titles and place words", "[claims][attribution][acc14s]") {
  // a title-like word inside an institution's name is no title
  CHECK(source_of("Thirty patients were discharged on Monday, according to Brannock General Hospital.", "Thirty") ==
        "brannock general hospital");
  // a title before a person's name is dropped
  CHECK(source_of("Divers searched 40 cabins, said Captain Tove Randall.", "40") == "tove randall");
  // a word that stands before a place's name is no part of the body's
  CHECK(source_of("Neighbouring Lusk county said 75 homes had been evacuated.", "75") == "lusk county");
}

TEST_CASE("acc14s: data that a body put out, and 'according to' after every figure", "[claims][attribution][acc14s]") {
  CHECK(source_of("Exports rose 7% in March, according to data the customs bureau published on Friday.", "7%") ==
        "customs bureau");
  // a verb that counts its figure tells what was counted; the trailing "according to" names who says so
  CHECK(source_of("Marvale counted 2.1 million visitors last year, according to figures the tourism office released.",
                  "2.1 million") == "tourism office");
  // a short mention then resolves to the body named so
  auto cs = run("Harlan recorded 310 new firms in May, according to figures the national business registry released.\n\n"
                "Closures fell to 90, the registry said.");
  CHECK(by_text(cs, "90").attribution.key == "national business registry");
  // no "according to": the counting speaker stays
  CHECK(source_of("The clinic recorded 45 cases of flu.", "45") == "clinic");
}

TEST_CASE("acc14s: bodies that plan, aim, or take something out of use are the source", "[claims][attribution][acc14s]") {
  CHECK(source_of("The water board now plans to replace 900 lead pipes this summer.", "900") == "water board");
  CHECK(source_of("The government aims for 12,000 new teachers by 2030.", "12,000") == "government");
  CHECK(source_of("The Dock Workers Federation, the largest of the port unions, is demanding a 7% rise.", "7%") ==
        "dock workers federation");
  CHECK(source_of("The airline, Skyreach, has taken three jets out of service for a two-week inspection.", "three") ==
        "skyreach");
}

TEST_CASE("acc14s: a year of a participle or relative clause dates that clause", "[claims][date][acc14s]") {
  CHECK(date_of("The bridge, built in 1968, carries 40,000 vehicles a day.", "40,000") == "2024-04-09");
  CHECK(basis_of("The bridge, built in 1968, carries 40,000 vehicles a day.", "40,000") == date_basis::published);
  CHECK(date_of("The museum, which opened in 2001, draws 300,000 visitors.", "300,000") == "2024-04-09");
  // "since records began in 1950": the start of a comparison, not the figure's date
  CHECK(date_of("Births fell to 8,100 last year, the lowest since records began in 1931.", "8,100") == "2023");
  // a participle phrase with a day dates its report: the figures are as of that day
  CHECK(date_of("The survey, released on Monday, found 40% of tenants behind on rent.", "40%") == "2024-04-08");
  // a figure inside the clause keeps the clause's year
  CHECK(date_of("The league, which won 14 titles in 1990, folded.", "14") == "1990");
}

TEST_CASE("acc14s: a month of an 'of which' clause is that clause's", "[claims][date][acc14s]") {
  auto cs = run("The plan would cost €3bn over two years, of which €500m would be paid in October.");
  CHECK(by_text(cs, "€3bn").date == "2024-04-09");
  CHECK(by_text(cs, "€500m").date == "2024-10");
}

TEST_CASE("acc14s: an event's day in a possessive is not the telling's", "[claims][date][acc14s]") {
  CHECK(date_of("Six fans were hurt before Saturday's derby, police said on Sunday.", "Six") == "2024-04-07");
  CHECK(date_of("Twelve boats were missing after Friday's storm, the harbour master said on Monday.", "Twelve") ==
        "2024-04-08");
  // the possessive alone still dates the figure, and an event's own results keep its day
  CHECK(date_of("Eight people were injured before Sunday's race.", "Eight") == "2024-04-07");
  CHECK(date_of("The Greens won 31 seats in Sunday's election, the commission said on Monday.", "31") == "2024-04-07");
}

TEST_CASE("acc14s: periods ending in a month, and bases of a change", "[claims][date][acc14s]") {
  CHECK(date_of("House prices rose 3.2% in the year to March, the registry said.", "3.2%") == "2024-03");
  CHECK(basis_of("House prices rose 3.2% in the year to March, the registry said.", "3.2%") == date_basis::explicit_date);
  CHECK(date_of("Farmers sold 5,300 cows between January and March.", "5,300") == "2024-03");
  CHECK(date_of("Ports handled 2,100 ships between February and May, of which 300 were tankers.", "300") == "2023-05");
  // a year counted back from the paragraph's period
  auto cs = run("Sales climbed 5% in the year to March, to 80,000 units. A year earlier sales stood at 76,000 units.");
  CHECK(by_text(cs, "76,000").date == "2023-03");
  // "on last year" is the base of a change, not its date
  CHECK(date_of("The club now has 2,400 members, up 8% on last year.", "8%") == "2024-04-09");
}

TEST_CASE("acc14s: a duration whose start a relative clause before it gives", "[claims][date][acc14s]") {
  auto cs = run("The walkout by bus drivers, which began on February 12, ended on Friday after five weeks.");
  auto const c = by_text(cs, "five weeks");
  CHECK(c.date == "2024-02-12");
  CHECK(c.basis == date_basis::explicit_date);
}

TEST_CASE("acc14s: a body named by its kind is the one body whose people the sentence names", "[claims][attribution][acc14s]") {
  CHECK(source_of("Members of the Northern Rail Guild voted by 61% to strike, the union said.", "61%") ==
        "northern rail guild");
  CHECK(source_of("Staff of the Corvel Savings Trust lost 300 jobs, the bank said.", "300") == "corvel savings trust");
  // a place is no such body
  CHECK(source_of("Residents of the Lower Brook District backed the plan by 70%, the council said.", "70%") ==
        "council");
}

TEST_CASE("acc14s: a speaker in an 'after' clause tells only the figures after its verb", "[claims][attribution][acc14s]") {
  auto cs = run("About 500 farmers blocked the ring road on Monday after new figures showed incomes down 9% last year.");
  CHECK(by_text(cs, "About 500").attribution.key == "test wire");
  CHECK(by_text(cs, "9%").attribution.key == "new figures");
  // the main clause's own speaker is kept
  CHECK(source_of("Police said 60 people were arrested as the ministry announced 400 new officers.", "60") == "police");
}

TEST_CASE("acc14s: a body that acts in a relative clause on the figure's noun", "[claims][attribution][acc14s]") {
  CHECK(source_of("Repairs will cost €9 million, a fraction of the €60 million the Northern Fund pledged in May.",
                  "€60 million") == "northern fund");
  CHECK(source_of("Builders finished 8,000 flats, far below the 20,000 flats a year the government aims for.",
                  "20,000") == "government");
  // a verb that is no act leaves the figure to the sentence's speaker
  CHECK(source_of("The party won 40 seats, far below the 90 seats the Greens won in 2019.", "90") == "test wire");
}

TEST_CASE("acc14s: a period a named body sets by closing something", "[claims][attribution][acc14s]") {
  CHECK(source_of("Neighbouring Varda closed its airspace on Friday for 48 hours.", "48 hours") == "varda");
  CHECK(source_of("The Port of Ellis closed two docks for a week.", "a week") == "port of ellis");
}

TEST_CASE("acc14s: a person with a title who tells figures goes on telling the paragraph", "[claims][attribution][acc14s]") {
  auto cs = run("More than 300 people were hurt, fire chief Lena Marr told reporters. Some 90 homes burned down.");
  CHECK(by_text(cs, "Some 90").attribution.key == "lena marr");
  // one who tells no figure but an age does not
  cs = run("Party leader Ivo Dane, a 52-year-old lawyer, said he would talk to the Greens. Together they would hold 88 "
           "seats.");
  CHECK(by_text(cs, "88").attribution.key == "test wire");
  // nor one whose only figure times something
  cs = run("Deputy mayor Ines Kolb said she would step down within two months. Her party fell to 14 seats.");
  CHECK(by_text(cs, "14").attribution.key == "test wire");
}

TEST_CASE("acc14s: a deadline right after a figure is that figure's alone", "[claims][date][acc14s]") {
  auto cs = run("The nurse said the drive had reached 40,000 children, short of a target of 90,000 by the end of June.");
  CHECK(by_text(cs, "40,000").date == "2024-04-09");
  CHECK(by_text(cs, "40,000").basis == date_basis::published);
  cs = run("Sales reached 700 cars, and the firm wants 1,500 by 2026.");
  CHECK(by_text(cs, "700").date == "2024-04-09");
  // after a rate's unit the deadline is the rate's figure's
  CHECK(date_of("The council aims for 5,000 new homes a year by 2030.", "5,000") == "2030");
}

TEST_CASE("acc14s: a title phrase that stood before a person's name stands for that person", "[claims][attribution][acc14s]") {
  auto cs = run("About 70 people were hurt, rescue chief Anna Berg told reporters.\n\n"
                "\"We need 200 more beds tonight,\" the rescue chief added.");
  CHECK(by_text(cs, "200").attribution.key == "anna berg");
  // with no such person the title phrase stays as named
  CHECK(source_of("The rescue chief said 30 people were missing.", "30") == "rescue chief");
}

TEST_CASE("acc14s: a 'which says' clause after a named speaker", "[claims][attribution][acc14s]") {
  auto cs = run("\"The season is lost,\" said Ida Roos, head of the Upland Growers' League, which says 600 of its members "
                "have sold their herds.");
  CHECK(by_text(cs, "600").attribution.key == "upland growers league");
  // "who" is the person named already
  cs = run("\"It is grim,\" said Dr. Per Lund, a surgeon at Kalle City Hospital, who said his ward had 30 beds.");
  CHECK(by_text(cs, "30").attribution.key == "per lund");
}
