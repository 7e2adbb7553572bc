// Predicate keys, phenomenon by phenomenon (docs/claims.md "Predicate and modality"), on
// sentences written for these tests.

#include "claimcheck/claims/extractor.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

namespace {

using testing::run;
using testing::by_text;
using testing::pred_of;

}  // namespace

TEST_CASE("predicate: an event stated as a noun before 'of' and the figure", "[claims][predicate]") {
  CHECK(pred_of("Officials ordered the evacuation of 40,000 residents on Sunday.", "40,000") == "evacuate");
  CHECK(pred_of("The flight of tens of thousands of villagers left the valley empty.", "tens of thousands") == "flee");
  CHECK(pred_of("Doctors published a survey of 1,200 nurses last week.", "1,200") == "survey");
  CHECK(pred_of("The release of 300 detainees was delayed again.", "300") == "release");
  CHECK(pred_of("Police confirmed the deaths of 17 miners after the blast.", "17") == "die");
  // the places of a figure so named share its event
  CHECK(pred_of("A study of 640 patients in 14 hospitals was published.", "14") == "study");
}

TEST_CASE("predicate: a change named by a noun after the figure", "[claims][predicate]") {
  // a policy rate changed by a noun is raised (grammars/subject_predicates.tsv: rate rise -> raise)
  auto cs = run("The central bank raised its rate to 5%. Markets now expect a further 0.5 percentage point increase.");
  CHECK(by_text(cs, "0.5 percentage point").predicate.key == "raise");
  auto ds = run("The bank lifted rates to 4%. Its nine hikes have added 3.5 percentage points to borrowing costs.");
  CHECK(by_text(ds, "3.5 percentage points").predicate.key == "raise");
}

TEST_CASE("predicate: verb frames decide the key", "[claims][predicate]") {
  // transitive "dropped" with its own object is no fall
  CHECK(pred_of("The navy said it dropped 1,500 leaflets over the port.", "1,500") == "drop");
  CHECK(pred_of("Exports dropped 4% in May.", "4%") == "fall");
  // a directive: told N people to do something
  CHECK(pred_of("The army told 250,000 residents of the district to leave by noon.", "250,000") == "order");
  // "told" with no infinitive after is no order
  CHECK(pred_of("The minister told 300 delegates about the plan.", "300") != "order");
}

TEST_CASE("predicate: a gapped conjunct repeats the verb before it", "[claims][predicate]") {
  auto cs = run("The ministry said 900 people were killed. The coast accounted for 610 of the deaths and the hills for 290.");
  CHECK(by_text(cs, "610").predicate.key == "kill");
  CHECK(by_text(cs, "290").predicate.key == "kill");
}

TEST_CASE("predicate: a conversion in brackets is the same money and event", "[claims][predicate]") {
  auto cs = run("Families would receive emergency aid of 50,000 rupees (about $600) each, the government said.");
  CHECK(by_text(cs, "about $600").predicate.key == by_text(cs, "50,000 rupees").predicate.key);
  CHECK(by_text(cs, "about $600").mod == by_text(cs, "50,000 rupees").mod);
}

TEST_CASE("predicate: a toll takes the article's death event", "[claims][predicate]") {
  auto cs = run("Officials said 640 people had died in the floods. The mayor warned the toll could rise to 2,000.");
  CHECK(by_text(cs, "2,000").predicate.key == "die");
  auto ks = run("Shelling killed 80 people on Monday. The toll rose to 95 on Tuesday.");
  CHECK(by_text(ks, "95").predicate.key == "kill");
}

TEST_CASE("predicate: the noun of a clause that states a level names the event", "[claims][predicate]") {
  CHECK(pred_of("Shipments, which reached 80 containers a day in May, have slowed.", "80") == "ship");
  CHECK(pred_of("Deliveries averaged 40 lorries a day last month.", "40") == "deliver");
  // (a plain level keeps "be")
  CHECK(pred_of("The backlog reached 80 containers on Monday.", "80") == "be");
}

TEST_CASE("predicate: a rate or share named as an event in apposition or before it", "[claims][predicate]") {
  CHECK(pred_of("Pay settlements averaged 4.1%, the largest increase in a decade.", "4.1%") == "rise");
  auto cs = run("The bank raised its rate to 6%. It was the ninth increase since May, for a cumulative 3.5 percentage points.");
  CHECK(by_text(cs, "3.5 percentage points").predicate.key == "raise");
}

TEST_CASE("predicate: money with no verb of its own states an amount", "[claims][predicate]") {
  CHECK(pred_of("The plan aims to refinance loans in excess of $40 billion.", "in excess of $40 billion") == "be");
  CHECK(pred_of("Rebuilding the port will need at least $2 billion.", "at least $2 billion") == "be");
}

TEST_CASE("predicate: a forecast states the expected level", "[claims][predicate]") {
  CHECK(pred_of("Analysts had expected 3.1%.", "3.1%") == "be");
  CHECK(pred_of("Output is expected to shrink 2% next year.", "2%") == "fall");
}

TEST_CASE("predicate: a measure that names its event keeps it at a new level", "[claims][predicate]") {
  auto cs = run("Rents will stay capped at £900 a month until June, when the cap will rise to £1,000.");
  CHECK(by_text(cs, "£900").predicate.key == "cap");
  CHECK(by_text(cs, "£1,000").predicate.key == "cap");
  CHECK(pred_of("Inflation was 4.2% in May, above the central bank's 3% target.", "3%") == "target");
}

TEST_CASE("predicate: idioms and verbs of agreement and shares", "[claims][predicate]") {
  CHECK(pred_of("More than 3,000 medics were in the field on Sunday.", "More than 3,000") == "deploy");
  CHECK(pred_of("About 90,000 people were one step away from starvation.", "About 90,000") == "face");
  CHECK(pred_of("The two firms agreed a $4 billion merger.", "$4 billion") == "agree");
  CHECK(pred_of("The fund agreed to raise its loan to $2 billion.", "$2 billion") != "agree");
  CHECK(pred_of("Farming accounts for 12% of output.", "12%") == "account");
}

TEST_CASE("predicate: seats backed or shared are seats won", "[claims][predicate]") {
  auto cs = run("The party's 180 seats are backed by its partner's 22.");
  CHECK(by_text(cs, "180").predicate.key == "win");
  CHECK(pred_of("The last 30 seats were shared among nine smaller parties.", "nine") == "win");
}

TEST_CASE("predicate: a qualified toll is an estimate of its own", "[claims][predicate]") {
  auto cs = run("Officials reported 300 deaths, but doctors said the true toll was at least 900.");
  auto t = by_text(cs, "at least 900");
  CHECK(t.predicate.key == "die");
  CHECK(t.scope == "true toll");
}

TEST_CASE("scope: a sentence that opens before an event", "[claims][predicate]") {
  auto cs = run("Before the strike, 700 buses ran each day.");
  CHECK(by_text(cs, "700").scope == "before strike");
}

TEST_CASE("predicate: a figure restated with a copula keeps what was done with it", "[claims][predicate]") {
  // the same sum, told again with "is worth", was pledged
  auto cs = run("The bank pledged a loan worth $4 billion on Monday. The loan is worth about $4 billion over five years.");
  REQUIRE(cs.size() >= 2);
  CHECK(by_text(cs, "about $4 billion").predicate.key == by_text(cs, "$4 billion").predicate.key);
  CHECK(by_text(cs, "about $4 billion").predicate.key != "be");
  // another value, or another subject, stays a plain statement
  auto other = run("The bank pledged a loan worth $4 billion on Monday. The loan is worth $9 billion in all.");
  CHECK(by_text(other, "$9 billion").predicate.key == "be");
}

TEST_CASE("predicate: a time offset dates something else and lasts nothing", "[claims][predicate]") {
  // "a week later", "a year earlier", "a month ago": an offset from another moment, no span of
  // anything (docs/corpus.md: not a claim), so no "last" predicate
  CHECK(pred_of("Two weeks later, the clinic reopened with 40 beds.", "Two weeks") == "");
  CHECK(pred_of("The port closed three months ago and 900 dockers lost work.", "three months") == "");
  CHECK(pred_of("A year earlier the fund held $3 billion.", "A year") == "");
  // a duration that spans something still lasts it; one before an event after it spans from that
  // event ("ended the alert nearly ten months after it declared it": the alert lasted them)
  CHECK(pred_of("The agency ended the alert on Friday, nearly ten months after it declared it.", "nearly ten months") == "last");
  CHECK(pred_of("The strike lasted two weeks before a deal was struck.", "two weeks") == "last");
  CHECK(pred_of("The mayor spoke after a six-month drought ended.", "six-month") == "last");
  CHECK(pred_of("The plant stood idle for a month before it was sold.", "a month") == "last");
}

TEST_CASE("predicate: where a figure comes from", "[claims][predicate]") {
  // "come" is a low-priority predicate (grammars/predicates.tsv): it names where a share or a
  // count comes from when no other verb is near
  CHECK(pred_of("At least a third of the timber will come from certified forests, the firm said.", "At least a third") ==
        "come");
  CHECK(pred_of("More than 900 of the complaints came from one district.", "More than 900") == "come");
  CHECK(pred_of("About 15% of the city's water comes from the northern reservoir.", "About 15%") == "come");
  // another verb near the figure wins
  CHECK(pred_of("About 200 people were evacuated and came from the flooded streets of the old town.", "About 200") ==
        "evacuate");
  // "came to" a figure is still a copula: the sum is that figure
  CHECK(pred_of("Total repair costs came to about $4 million.", "about $4 million") == "be");
}

TEST_CASE("predicate: a reduced relative after the figure's noun is not its verb", "[claims][predicate]") {
  // an -ing participle right after the noun, a finite verb of the same clause later
  CHECK(testing::by_text(testing::run("Dozens of farmers protesting outside the ministry were arrested on Friday."),
                         "Dozens of")
            .predicate.key == "arrest");
  CHECK(testing::by_text(testing::run("Hundreds of families sheltering in schools came back to their homes."),
                         "Hundreds of")
            .predicate.key == "return");
  // "the" names a group by what it was doing: the participle is the figure's verb
  CHECK(testing::by_text(testing::run("Of the 40 divers working on the wreck when the storm hit, three were hurt."), "40")
            .predicate.key == "work");
  // no finite verb after it: the participle stays
  CHECK(testing::by_text(testing::run("About 300 families sheltering in the school, police said."), "About 300")
            .predicate.key == "shelter");
}
