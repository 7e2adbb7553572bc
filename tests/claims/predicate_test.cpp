// Predicate keys, phenomenon by phenomenon (docs/claims.md "Predicate and modality"), on
// sentences written for these tests.

#include "claimcheck/claims/extractor.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

namespace {

using testing::run;
using testing::by_text;

std::string pred_of(std::string const& text, std::string const& figure) {
  return by_text(run(text), figure).predicate.key;
}

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
