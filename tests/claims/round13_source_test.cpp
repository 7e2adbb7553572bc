// Thirteenth round (acc19a): who says so, by mechanisms that recur across the held-out sets 5-13,
// on sentences written for these tests (no set's sentences, names or figures).

#include "claimcheck/claims/extractor.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

namespace {

using testing::by_text;
using testing::run;
using testing::source_of;

}  // namespace

TEST_CASE("round13 source: a body's own decisions make it the source of their figures", "[claims][attribution][acc19a]") {
  CHECK(source_of("The data watchdog fined two lenders a total of €4 million on Tuesday.", "€4 million") ==
        "data watchdog");
  CHECK(source_of("The national fisheries inspectorate imposed a €90,000 penalty on the trawler's owner.",
                  "€90,000") == "national fisheries inspectorate");
  CHECK(source_of("The choir federation rejected 14 of the 60 applications for its summer festival.", "14") ==
        "choir federation");
  CHECK(source_of("The harbour tribunal has widened its inquiry to 17 shipping insurers.", "17") == "harbour tribunal");
  CHECK(source_of("The Velden Chamber of Commerce examined 600 supplier contracts.", "600") ==
        "velden chamber of commerce");
  CHECK(source_of("The county council will open 12 warming shelters by March.", "12") == "county council");
  // a decision by vote, and the body's lowercase words between its name and its noun
  CHECK(source_of("Velden city council voted on Monday to cut the library budget by €300,000.", "€300,000") ==
        "velden city council");
  CHECK(source_of("The Orland water authority will raise the standing charge to £48 a year.", "£48") ==
        "orland water authority");
  // a name that opens the sentence, then a day: the day is no part of the name
  CHECK(source_of("Orland council on Friday approved a €12 million contract for school meals.", "€12 million") ==
        "orland council");
  CHECK(source_of("Orland's council on Friday approved a €12 million contract for school meals.", "€12 million") ==
        "orland council");
  // a title's word that names a department ("justice") opens the body's name
  CHECK(source_of("The justice ministry has approved a €30 million plan for three new courts.", "€30 million") ==
        "justice ministry");
}

TEST_CASE("round13 source: what no body decides stays the narrator's", "[claims][attribution][acc19a]") {
  // a group of people, goods that are sold, places that reopen: no body's decision
  CHECK(source_of("Herders have sold 4,000 goats since the rains failed.", "4,000") == "test wire");
  CHECK(source_of("Schools reopened in all 19 valleys on Monday.", "19") == "test wire");
  CHECK(source_of("Hailstones damaged 300 cars in the car park.", "300") == "test wire");
  // a noun that is also a verb form ("fines", "funds") after a name is no act
  CHECK(source_of("Parking fines rose 12% last year.", "12%") == "test wire");
  CHECK(source_of("Pension funds lost 4% in the quarter.", "4%") == "test wire");
}

TEST_CASE("round13 source: denials, decisions and counts are their speakers'", "[claims][attribution][acc19a]") {
  CHECK(source_of("The airline denied that 40% of its flights had been late.", "40%") == "airline");
  CHECK(source_of("The ferry operator on Monday denied a report that the refit had cost €9 million.", "€9 million") ==
        "ferry operator");
  auto const cs = run("Lars Eid, the festival's former treasurer, is on trial in Velden.\n\nEid, 58, denies all 12 "
                      "charges of fraud.");
  CHECK(by_text(cs, "12").attribution.key == "lars eid");
  CHECK(source_of("Entry fees will rise by 3% next season, the museum board has decided.", "3%") == "museum board");
  CHECK(source_of("Harbour inspectors tallied 900 breaches in the week to Sunday.", "900") == "harbour inspectors");
  CHECK(source_of("The choir's conductor insisted that 120 singers had taken part.", "120") == "choir conductor");
  // "admitted" is a hospital's word as often: no speech ("Patients admitted to the ward rose to 131")
  CHECK(source_of("The number of patients admitted to the ward has risen to 131.", "131") == "test wire");
}

TEST_CASE("round13 source: a place's noun stays in the key when no place was named", "[claims][attribution][acc19a]") {
  CHECK(source_of("Hail damaged 300 roofs on Sunday, the city's building department said.", "300") ==
        "city building department");
  CHECK(source_of("The region's water board said 14 wells had run dry.", "14") == "region water board");
  // a place named before still stands for the noun
  auto const cs = run("Hail fell in Arlen on Sunday. The city's building department said 300 roofs were damaged.");
  CHECK(by_text(cs, "300").attribution.key == "arlen building department");
}

TEST_CASE("round13 source: a document's author is the source", "[claims][attribution][acc19a]") {
  CHECK(source_of("Repairs could cost €4 million, according to an estimate by the county engineers.", "€4 million") ==
        "county engineers");
  CHECK(source_of("Some 3,200 boats were damaged, according to a tally released by coastguard officials on Friday.",
                  "Some 3,200") == "coastguard officials");
  CHECK(source_of("Enrolment data from the regional schools office show 8,100 pupils registered.", "8,100") ==
        "regional schools office");
  CHECK(source_of("The festival drew 41,000 visitors, according to the annual report of the Arts Council of Velden "
                  "published on Monday.",
                  "41,000") == "arts council of velden");
  // a topic, a body that ordered the document, a report about something: the document's
  CHECK(source_of("A study of hail storms found that 90% hit in the afternoon.", "90%") == "study");
  CHECK(source_of("A survey commissioned by the council found that 30% of riders felt unsafe.", "30%") == "survey");
  CHECK(source_of("A survey for the transport ministry found that 30% of riders felt unsafe.", "30%") == "survey");
  CHECK(source_of("An interim report on the storm put the damage at €8 million.", "€8 million") == "interim report");
  CHECK(source_of("A report by fire inspectors found that 17 exits had been blocked.", "17") == "fire inspectors");
  CHECK(source_of("Data from the port authority show 4,100 boats were registered.", "4,100") == "port authority");
  CHECK(source_of("A survey by the anglers' association found that two-thirds of 800 members fished less.",
                  "two-thirds") == "anglers association");
}

TEST_CASE("round13 source: over an appositive or a relative clause of any shape, the name speaks", "[claims][attribution][acc19a]") {
  // a body's possessive before the title
  CHECK(source_of("Mira Tann, Velgrid's head of operations, said 14 substations had flooded.", "14") == "mira tann");
  // an age before the relative clause
  CHECK(source_of("Jon Aske, 61, who breeds horses near Tarn, said he had lost 30% of his herd.", "30%") == "jon aske");
  // a plural possessive's apostrophe, an abbreviation's period inside the clause
  CHECK(source_of("Ida Brun, who chairs the hauliers' association, said 300 firms were affected.", "300") == "ida brun");
  CHECK(source_of("Mayor Ole Strand, who has led the town since Jan. 4, said 80 homes were flooded.", "80") ==
        "ole strand");
  // a participle phrase
  CHECK(source_of("Governor Ana Roe, visiting the flooded valley on foot, said the region would ask for €20 million.",
                  "€20 million") == "ana roe");
  // a verb of its own inside the commas makes them a clause, not an appositive
  CHECK(source_of("The river rose, flooding the valley, and 30 homes were lost.", "30") == "test wire");
}

TEST_CASE("round13 source: an officer or organ of 'its' speaks for the body that acts", "[claims][attribution][acc19a]") {
  CHECK(source_of("The Lindgren Foundation has pledged €2 million to the choir festival, its chair told reporters.",
                  "€2 million") == "lindgren foundation");
  CHECK(source_of("The Velden transit authority will raise the single fare to €2.10, its board decided on Monday.",
                  "€2.10") == "velden transit authority");
  // a short mention later resolves to that body
  auto const cs = run("The Velden transit authority will raise the single fare to €2.10, its board decided on Monday. "
                      "The authority said 40 new buses would arrive in May.");
  CHECK(by_text(cs, "40").attribution.key == "velden transit authority");
}

TEST_CASE("round13 source: a short mention takes the name with 'of' it heads", "[claims][attribution][acc19a]") {
  auto const cs = run("Some 47 wells failed the test, the Velden Board of Water Safety said on Monday.\n\nOf the 47 wells, "
                      "31 were in the north, the board said in its weekly update.");
  CHECK(by_text(cs, "31").attribution.key == "velden board of water safety");
}

TEST_CASE("round13 source: the club, the museum: a kind of organisation names the one the article opened with", "[claims][attribution][acc19a]") {
  auto const cs = run("Harwick Rovers opened their new stand on Saturday in front of 18,400 fans, the club said.\n\n"
                      "Season-ticket sales reached 12,050, the club said.");
  CHECK(by_text(cs, "18,400").attribution.key == "harwick rovers");
  CHECK(by_text(cs, "12,050").attribution.key == "harwick rovers");
}

TEST_CASE("round13 source: a speech verb joined by 'but' has the subject of the first verb", "[claims][attribution][acc19a]") {
  CHECK(source_of("Kestrel Foods returned to profit in the spring, but warned on Monday that the recall would cost "
                  "€40 million.",
                  "€40 million") == "kestrel foods");
  CHECK(source_of("The dockers' union welcomed the offer but said the 3% rise fell short of the 6% it wanted.", "3%") ==
        "dockers union");
}

TEST_CASE("round13 source: a one-word name described by an appositive speaks over an adverb", "[claims][attribution][acc19a]") {
  CHECK(source_of("Velgro, the growers' cooperative, now expects the apple harvest to be 30% smaller.", "30%") == "velgro");
  // a common noun over an auxiliary is still no speaker
  CHECK(source_of("Countries have reported 7,000 cases this year.", "7,000") == "test wire");
}

TEST_CASE("round13 date: a month without its year in a long plan clause is the next such month", "[claims][dates][acc19a]") {
  auto const cs = run("To cover the gap, the county plans to sell €50 million of bonds in Velden and €30 million in Arlen "
                      "in May.",
                      "2025-02-20");
  CHECK(by_text(cs, "€50 million").date == "2025-05");
  CHECK(by_text(cs, "€30 million").date == "2025-05");
  // a past verb of its own dates a past event, whatever plan comes before it
  auto const past = run("The maker will close its Arlen plant as part of the 1,850 job cuts it announced on October 15.",
                        "2026-10-26");
  CHECK(by_text(past, "1,850").date == "2026-10-15");
}

TEST_CASE("round13 source: a one-word name opening the sentence speaks over an adverb", "[claims][attribution][acc19a]") {
  CHECK(source_of("Velgrid also confirmed it had paid €18 million for the new cable.", "€18 million") == "velgrid");
  // a plural opening the sentence is no name
  CHECK(source_of("Hospitals have also reported 1,605 new cases.", "1,605") == "test wire");
}

TEST_CASE("round13 source: a part of the count told before continues its report, of any year", "[claims][attribution][acc19a]") {
  auto const cs = run("The port handled 3.4 million boxes in 2024, port director Ana Berg said. Of the 2024 total, "
                      "1.1 million were moved onto feeder ships.",
                      "2025-05-06");
  CHECK(by_text(cs, "1.1 million").attribution.key == "ana berg");
  auto const them = run("When the fund froze in June 2024, 3,100 savers had money in it, according to the "
                        "liquidator. Two in five of them were over 70.",
                        "2025-05-19");
  CHECK(by_text(them, "Two in five").attribution.key == "liquidator");
  // an earlier year's figure that is no part of the report stays the narrator's
  auto const bg = run("The party won 140 seats, the electoral board said. It had won 303 seats in 2019.", "2024-07-05");
  CHECK(by_text(bg, "303").attribution.key == "test wire");
}
