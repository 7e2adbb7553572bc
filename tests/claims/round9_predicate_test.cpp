// Ninth accuracy round (acc15p): predicates and modality by general mechanism, from the categories
// of set 6's misses (docs/claims.md "Ninth round"), on sentences written for these tests.

#include "claimcheck/claims/extractor.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

namespace {

using testing::by_text;
using testing::mod_of;
using testing::pred_of;
using testing::run;

}  // namespace

TEST_CASE("acc15p: irregular past forms are verb forms with their lemma", "[claims][predicate][acc15p]") {
  // an irregular form no table lists is a verb where the clause needs one (verb_lemmas.tsv)
  CHECK(pred_of("The festival drew 45,000 visitors on its last weekend.", "45,000") == "draw");
  // a listed verb's key reaches its other past forms: "sank" fall, so "sunk"
  CHECK(pred_of("Share prices had sunk by 12% in a week.", "12%") == "fall");
}

TEST_CASE("acc15p: a relative clause without 'that' takes the figure as its object", "[claims][predicate][acc15p]") {
  auto cs = run("The ferry line cancelled 60 sailings, a quarter of the 240 it had scheduled for the month.");
  CHECK(by_text(cs, "240").predicate.key == "schedule");
  CHECK(by_text(cs, "60").predicate.key == "cancel");
  CHECK(pred_of("Nine of the 14 concerts we staged sold out within a day.", "14") == "stage");
  CHECK(pred_of("Nine of the 14 concerts we staged sold out within a day.", "Nine") == "sell");
  CHECK(pred_of("The port handled 410 ships, short of the 500 the authority had expected.", "500") == "expect");
}

TEST_CASE("acc15p: a participle between a preposition and its noun is a modifier", "[claims][predicate][acc15p]") {
  CHECK(pred_of("The closures are costing the town £40,000 a day in lost parking fees.", "£40,000") == "cost");
  auto cs = run("The agency estimates the ban will cost growers about €9 million in lost sales next year.");
  CHECK(by_text(cs, "about €9 million").predicate.key == "cost");
  CHECK(by_text(cs, "about €9 million").mod == modality::planned);
}

TEST_CASE("acc15p: a figure's noun goes on through a modifier to its verb", "[claims][predicate][acc15p]") {
  CHECK(pred_of("Twelve clinics in the northern district were shut on Monday.", "Twelve") == "shut");
  CHECK(pred_of("Twelve libraries in the old town were closed on Monday.", "Twelve") == "close");
  CHECK(pred_of("The 85 families on the estate remain in temporary housing, the council said.", "85") == "remain");
  auto cs = run("The survey found that up to 30% of the herons in that marsh could have been poisoned.");
  CHECK(by_text(cs, "up to 30%").predicate.key == "poison");
  CHECK(by_text(cs, "up to 30%").mod == modality::hypothetical);
  // an appositive share between the figure and a verb no table lists
  auto ap = run("Organisers said 2,100 of the club's 5,000 members, about 42%, had signed the appeal.");
  CHECK(by_text(ap, "2,100").predicate.key == "sign");
  CHECK(by_text(ap, "about 42%").predicate.key == "sign");
}

TEST_CASE("acc15p: a share set off by a comma did what the figure it restates did", "[claims][predicate][acc15p]") {
  auto cs = run("The party took 61 of the 120 seats in the regional assembly in Sunday's vote, just over half of the total.");
  CHECK(by_text(cs, "61").predicate.key == "win");
  CHECK(by_text(cs, "just over half").predicate.key == "win");
  CHECK(by_text(cs, "120").predicate.key == "be");
  // a measure of its own keeps its noun's reading
  CHECK(pred_of("Of the 900 members who voted, 610 backed the offer, a turnout of 64%, the union said.", "64%") !=
        "back");
}

TEST_CASE("acc15p: 'Among those <participle>' names what happened to the part", "[claims][predicate][acc15p]") {
  CHECK(pred_of("Among those rescued were 18 crew members.", "18") == "rescue");
  CHECK(pred_of("Among those evacuated were 45 patients from the care home.", "45") == "evacuate");
  CHECK(pred_of("Hospitals admitted 940 people this week. Among those admitted were 120 children.", "120") == "admit");
  CHECK(pred_of("The quake killed 300 people. Among the dead are 14 children.", "14") == "kill");
}

TEST_CASE("acc15p: a demand or offer is asserted; a wish to act plans the act", "[claims][modality][acc15p]") {
  // docs/corpus.md: what a demand asks or an offer gives is a fact about the demand
  CHECK(mod_of("The drivers' union is demanding a 7% pay rise.", "7%") == modality::asserted);
  CHECK(mod_of("The operator has offered 3%.", "3%") == modality::asserted);
  CHECK(mod_of("The union, which is seeking a 6% rise, met the board on Monday.", "6%") == modality::asserted);
  // planned by a cue of its own
  CHECK(mod_of("The council would offer grants of up to €5,000 to each family.", "up to €5,000") ==
        modality::planned);
  CHECK(mod_of("The airline wants to cut 600 jobs by next year.", "600") == modality::planned);
  // who offers is counted, asserted
  CHECK(mod_of("Forty countries offered to send aid.", "Forty") == modality::asserted);
  // a demand is dated when it is told, like a plan
  auto cs = run("The party won 23 seats in Sunday's election. Its leader said on Tuesday it wanted at least three posts.",
                "2026-05-06");
  CHECK(by_text(cs, "at least three").mod == modality::asserted);
}

TEST_CASE("acc15p: a denied belief denies its 'that' clause's figures", "[claims][modality][acc15p]") {
  CHECK(mod_of("The minister said she did not believe that 200 branches would close.", "200") == modality::negated);
  CHECK(mod_of("The minister said she believed that 200 branches would close.", "200") == modality::planned);
  CHECK(mod_of("The bank did not say when 200 branches would close.", "200") == modality::planned);
}
