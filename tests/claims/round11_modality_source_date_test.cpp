// Eleventh accuracy round (acc17m): modality and sources by mechanism (docs/claims.md "Eleventh
// round"), each a pattern seen in two or more held-out sets, on sentences written for these tests.

#include "claimcheck/claims/extractor.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

namespace {

using testing::by_text;
using testing::mod_of;
using testing::run;
using testing::date_of;
using testing::source_of;

}  // namespace

TEST_CASE("acc17m: a negated belief denies its clause's figure without 'that'", "[claims][modality][acc17m]") {
  CHECK(mod_of("The minister did not believe the deficit would exceed 4% this year.", "4%") == modality::negated);
  CHECK(mod_of("The utility does not expect the number of outages to reach 200 before spring.", "200") ==
        modality::negated);
  CHECK(mod_of("Engineers did not think the repairs would cost more than $8 million.", "more than $8 million") ==
        modality::negated);
  CHECK(mod_of("The insurer had never anticipated claims of up to €30 million.", "up to €30 million") == modality::negated);
  // with "that", as before
  CHECK(mod_of("The club did not believe that 3,000 fans would travel.", "3,000") == modality::negated);
  // a belief that is not denied plans or asserts as before
  CHECK(mod_of("The utility expects the number of outages to reach 200.", "200") == modality::planned);
  CHECK(mod_of("Analysts believe the deficit reached 4% last year.", "4%") == modality::asserted);
  // a negation of another verb before a belief verb's clause does not reach it
  CHECK(mod_of("Officials had not met, but they believe 40 homes were lost.", "40") == modality::asserted);
}

TEST_CASE("acc17m: a denial before 'that' denies the figure of its clause", "[claims][modality][acc17m]") {
  CHECK(mod_of("The airline denied a report in a local paper that 600 pilots would be laid off.", "600") ==
        modality::negated);
  CHECK(mod_of("The ministry rejected claims that 1,200 patients had waited a year.", "1,200") == modality::negated);
  CHECK(mod_of("The mayor dismissed suggestions that the bridge would cost €90 million.", "€90 million") ==
        modality::negated);
  // a report that is not denied stays as it is told
  CHECK(mod_of("The airline confirmed a report that 600 pilots would be laid off.", "600") == modality::planned);
  CHECK(mod_of("The union denied the claim on Monday. Members said 300 staff had left.", "300") == modality::asserted);
}

TEST_CASE("acc17m: a bare verb joined by 'and' shares the modal of the verb before it", "[claims][modality][acc17m]") {
  CHECK(mod_of("The brewer will shut its bottling hall in the north by the end of next year and cut 420 jobs.", "420") ==
        modality::planned);
  CHECK(mod_of("The drought could ruin the spring planting across the valley and cost growers €12 million.",
               "€12 million") == modality::hypothetical);
  // a joined verb in the past or with an auxiliary of its own is a clause of its own
  CHECK(mod_of("The council would build a new depot on the edge of the town and hired 40 drivers.", "40") ==
        modality::asserted);
}

TEST_CASE("acc17m: the parts of a planned act named by its nominal are planned", "[claims][modality][acc17m]") {
  auto cs = run(
      "The carmaker said on Tuesday it would cut 2,400 jobs in Europe. The cuts fall on two plants: 1,500 at Velm "
      "and 900 at Arno.");
  CHECK(by_text(cs, "2,400").mod == modality::planned);
  CHECK(by_text(cs, "1,500").mod == modality::planned);
  CHECK(by_text(cs, "900").mod == modality::planned);
  auto closures = run(
      "The bank will close 60 branches next year. The closures break down as 35 in the north and 25 in the south.");
  CHECK(by_text(closures, "35").mod == modality::planned);
  // an act that is done: its parts are facts
  auto done = run("The carmaker cut 2,400 jobs in Europe last year. The cuts fell on two plants: 1,500 at Velm and "
                  "900 at Arno.");
  CHECK(by_text(done, "1,500").mod == modality::asserted);
  // a noun that names no act of the sentence before
  auto other = run("The carmaker will cut 2,400 jobs. The sales fell 12% to 1,500 cars.");
  CHECK(by_text(other, "1,500").mod == modality::asserted);
}

TEST_CASE("acc17m: a speaker is no clause: pronouns, possessives and verbs end it", "[claims][attribution][acc17m]") {
  // "it" is the subject of the belief; the body before is the earlier clause's speaker
  auto cs = run("The port authority said on Monday that 900 containers were stranded. The authority said it did "
                "not believe that more than 50 of them were damaged.");
  CHECK(by_text(cs, "more than 50").attribution.key == "port authority");
  // a cue after a possessive pronoun inside the words is a noun ("its profit forecast")
  auto f = run("Norvik Foods said on Monday it would close a bakery. The company cut its annual profit forecast to "
               "€40 million.");
  CHECK(by_text(f, "€40 million").attribution.key != "company cut its annual profit");
  // "it expects" after a noun: the pronoun speaks, not "search it"
  CHECK(source_of("The coast guard said the trawler sank on Monday. It has sent six boats for a search it expects to "
                  "last up to four days.",
                  "six") != "search it");
  // after "said": words that go on with a verb are the clause, not the speaker
  CHECK(source_of("Director Ana Kell said she did not believe the budget would rise, and said the mill supported "
                  "about 700 jobs.",
                  "about 700") == "ana kell");
  CHECK(source_of("The Growers Council, which represents 80 farms, said its members lost up to €3 million in sales.",
                  "up to €3 million") == "growers council");
  // a speaker after "said" as before
  CHECK(source_of("Exports rose 4%, said the trade ministry.", "4%") == "trade ministry");
  CHECK(source_of("Exports rose 4%, said the armed forces ministry.", "4%") == "armed forces ministry");
}

TEST_CASE("acc17m: a councillor's title is dropped before the name", "[claims][attribution][acc17m]") {
  CHECK(source_of("Councillor Ines Marr said the town would spend £400,000 on new lights.", "£400,000") == "ines marr");
  CHECK(source_of("City councilor Tom Reyes said 12 parks would close.", "12") == "tom reyes");
}

TEST_CASE("acc17m: a base after 'against' keeps its date to itself", "[claims][date][acc17m]") {
  // publication 2024-11-20
  auto cs = run("The depot shipped 2,300 crates in October, against 1,900 a year earlier, a rise of 21%.", "2024-11-20");
  CHECK(by_text(cs, "2,300").date == "2024-10");
  CHECK(by_text(cs, "1,900").date == "2023-10");
  CHECK(by_text(cs, "21%").date == "2024-10");
  // a change before its base: the base's date is not the change's
  auto q = run("Exports rose 9% in the third quarter, against 4% a year earlier.", "2024-11-20");
  CHECK(by_text(q, "9%").date == "2024-09");
  CHECK(by_text(q, "4%").date == "2023-09");
}

TEST_CASE("acc17m: measurements and numbered labels are no quantities", "[claims][quantity][acc17m]") {
  auto cs = run("Gauges recorded 140 millimetres of rain, and demand peaked at 7,200 megawatts. The band played on "
                "Stage 3, and Local 212 of the drivers' union joined 40 protesters.");
  for (auto const& c : cs) {
    CHECK(c.q.text != "140");
    CHECK(c.q.text != "7,200");
    CHECK(c.q.text != "3");
    CHECK(c.q.text != "212");
  }
  CHECK(by_text(cs, "40").subject.key == "protester");
}

TEST_CASE("acc17m: a fronted partitive's spelled whole is a count", "[claims][quantity][acc17m]") {
  auto cs = run("Of the eight climbers rescued, three were taken to hospital.");
  CHECK(by_text(cs, "eight").q.value == 8);
  CHECK(by_text(cs, "three").q.value == 3);
  auto later = run("A bus overturned on Monday. Of the nine passengers hurt, two remain in hospital.");
  CHECK(by_text(later, "nine").q.value == 9);
  // a known set after "one of the" still is none
  for (auto const& c : run("She is one of the three judges who dissented on 40 counts."))
    CHECK(c.q.text != "three");
}

TEST_CASE("acc17m: a body that hands out or takes in is the source of its figures", "[claims][attribution][acc17m]") {
  CHECK(source_of("The Harlow Food Bank distributed 2,900 parcels in May.", "2,900") == "harlow food bank");
  CHECK(source_of("Dunmore council has given the shelter a £20,000 grant.", "£20,000") == "dunmore council");
  // a group that receives is no body
  CHECK(source_of("Pensioners received payments 10% lower than in March.", "10%") == "test wire");
  CHECK(source_of("Kestrel Appliances is recalling 12,000 kettles.", "12,000") == "kestrel appliances");
  // a speaker in the sentence still tells it
  CHECK(source_of("The food bank distributed 480 parcels, the consumer council said.", "480") == "consumer council");
}

TEST_CASE("acc17m: a spokesperson named by title alone speaks for the body", "[claims][attribution][acc17m]") {
  // the body that acts in the sentence
  auto cs = run("Harlow Police arrested 41 people, mostly for theft, and recovered more than 90 bikes, a spokeswoman said.");
  CHECK(by_text(cs, "41").attribution.key == "harlow police");
  CHECK(by_text(cs, "more than 90").attribution.key == "harlow police");
  // the organisation "the company" stands for
  CHECK(source_of("Tarvo Mining cut 300 jobs on Monday. A company spokesman said Tarvo had offered a 4% pay rise.",
                  "4%") == "tarvo mining");
  // a spokesperson with a name is the person
  CHECK(source_of("Harlow Police arrested 41 people, spokeswoman Ana Roe said.", "41") == "ana roe");
}

TEST_CASE("acc17m: the base a planned level rises from is a fact", "[claims][modality][acc17m]") {
  auto cs = run("Finishers will receive medals worth £400 each next year, up from £300, organisers said.");
  CHECK(by_text(cs, "£400").mod == modality::planned);
  CHECK(by_text(cs, "£300").mod == modality::asserted);
  auto port = run("The port expects to handle about 2.1 million containers in 2025, up from 1.9 million last year.");
  CHECK(by_text(port, "about 2.1 million").mod == modality::planned);
  CHECK(by_text(port, "1.9 million").mod == modality::asserted);
  // a planned fall from a planned level keeps its plan: no "up"/"down" before "from"
  CHECK(mod_of("The bank will cut its rate to 3% from 3.5% in June.", "3.5%") != modality::asserted);
}

TEST_CASE("acc17m: 'the company' stands for the organisation the article opens with", "[claims][attribution][acc17m]") {
  auto cs = run("Dorvan Steel restarted its blast furnace on Monday after a six-week halt.\n\nThe restart brought 300 "
                "workers back, the company said.");
  CHECK(by_text(cs, "300").attribution.key == "dorvan steel");
  // a ticker in brackets; not a single word that opens a sentence ("Sales rose")
  CHECK(source_of("Sales rose 4% to €80 million, the company said.", "4%") == "company");
  CHECK(source_of("OSLO, May 3 (Test Wire) - Brask Energy (OSE: BRK) said on Monday it had cut costs. Output fell 6%, "
                  "the company said.",
                  "6%") == "brask energy");
  // a place opening the article is no company; the one that spoke is
  auto p = run("Dunmore Hills recorded its wettest May. Kessel Foods said it had closed a plant. Output fell 6%, the "
               "company said.");
  CHECK(by_text(p, "6%").attribution.key == "kessel foods");
}

TEST_CASE("acc17m: pronouns, prepositions and said verbs are no speakers", "[claims][attribution][acc17m]") {
  auto cs = run("Agency director Ines Vale spoke on Monday. Vale, 52, said she did not expect arrivals to exceed 9,000 "
                "before May.");
  CHECK(by_text(cs, "9,000").attribution.key == "ines vale");
  CHECK(source_of("The city will spend €3 billion in 2026, against expected revenue of €2.8 billion.", "€2.8 billion") !=
        "against");
  CHECK(source_of("Shares fell 9%, and Danish lawyers said claims there could reach €4 million.", "€4 million") ==
        "danish lawyers");
  CHECK(source_of("Treasurer Mara Lenn said the deficit would reach €700 million.", "€700 million") == "mara lenn");
}

TEST_CASE("acc17m: descriptors before a name are dropped after a place or a group", "[claims][attribution][acc17m]") {
  CHECK(source_of("A tram carrying 90 people derailed, the Velm transit operator Cityline said.", "90") == "cityline");
  CHECK(source_of("Growers' federation Agrona put the losses at €40 million.", "€40 million") == "agrona");
  auto cs = run("Organisers Larkhill Events told the council that 30,000 people came. Larkhill said 400 stewards were "
                "on duty.");
  CHECK(by_text(cs, "30,000").attribution.key == "larkhill events");
  CHECK(by_text(cs, "400").attribution.key == "larkhill events");
  // a name of several capitalized words stays whole; a body in lowercase keeps its place
  CHECK(source_of("Exports fell 4%, the Velm Transit Authority said.", "4%") == "velm transit authority");
  CHECK(source_of("Exports fell 4%, Velm's trade ministry said.", "4%") == "velm trade ministry");
}

TEST_CASE("acc17m: a present verb's figure holds now, not at another clause's date", "[claims][date][acc17m]") {
  // publication 2024-04-09
  CHECK(date_of("The mill, which opened in 1961 and employs 800 people, will close.", "800") == "2024-04-09");
  CHECK(date_of("The firm employs 1,300 people and had sales of $41 million last year.", "1,300") == "2024-04-09");
  CHECK(date_of("The firm employs 1,300 people and had sales of $41 million last year.", "$41 million") == "2023");
  // a past verb keeps the clause's date
  CHECK(date_of("The mill employed 800 people in 1990.", "800") == "1990");
}
