// Eighth accuracy round (acc14p): predicates and modality by linguistic category, from the
// phenomena of the held-out sets (docs/claims.md "Eighth round: predicates"), on sentences written
// for these tests.

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

TEST_CASE("acc14p: a silent e after one vowel and d, k, b, g, m, n, l, p, ut and -plet", "[claims][predicate][acc14p]") {
  CHECK(pred_of("Volunteers completed 2,300 forms on Friday.", "2,300") == "complete");
  CHECK(pred_of("About 30 firms decided the matter.", "About 30") == "decide");
  CHECK(pred_of("About 30 agencies distributed the leaflets.", "About 30") == "distribute");
  CHECK(pred_of("About 30 officers examined the site.", "About 30") == "examine");
  CHECK(pred_of("About 30 councils scheduled hearings.", "About 30") == "schedule");
  CHECK(pred_of("About 30 unions managed the funds.", "About 30") == "manage");
  CHECK(pred_of("About 30 clerks deleted the files.", "About 30") == "delete");
  CHECK(pred_of("About 30 inmates escaped from the camp.", "About 30") == "escape");
  CHECK(pred_of("About 30 pilots described the fault.", "About 30") == "describe");
  CHECK(pred_of("About 30 schools resumed classes.", "About 30") == "resume");
  CHECK(pred_of("About 30 towns revoked the permits.", "About 30") == "revoke");
  // no silent e: a vowel pair, a doubled or other consonant, or an ending the rule leaves alone
  CHECK(pred_of("About 30 firms targeted the region.", "About 30") == "target");
  CHECK(pred_of("About 30 teams developed the plan.", "About 30") == "develop");
  CHECK(pred_of("About 30 nurses questioned the move.", "About 30") == "question");
  CHECK(pred_of("About 30 walkers headed north.", "About 30") == "head");
  CHECK(pred_of("About 30 hauliers picketed the port.", "About 30") == "picket");
  // listed exceptions (verb_lemmas.tsv)
  CHECK(pred_of("About 30 runners competed in the final.", "About 30") == "compete");
  CHECK(pred_of("About 30 shops welcomed the plan.", "About 30") == "welcome");
}

TEST_CASE("acc14p: pulled, taken and lost by what the figure counts", "[claims][predicate][acc14p]") {
  CHECK(pred_of("Divers pulled 40 people from the river on Sunday.", "40") == "pull");
  CHECK(pred_of("Lifeboats were pulling 25 fishermen from the sea.", "25") == "pull");
  CHECK(pred_of("Crews pulled 12 bodies from the wreck overnight.", "12") == "recover");
  // taken somewhere or out of use is taken; hostages taken are seized
  CHECK(pred_of("Forty people were taken to hospital after the blast.", "Forty") == "take");
  CHECK(pred_of("Police said 18 children had been taken into care.", "18") == "take");
  CHECK(pred_of("The rebels said nine hostages were taken to the hills.", "nine") == "seize");
  // a share or seats lost fell; a count or sum of what is lost is lost
  CHECK(pred_of("The peso lost 8% against the euro in March.", "8%") == "fall");
  CHECK(pred_of("The Green party lost 22 seats in the vote.", "22") == "fall");
  CHECK(pred_of("Growers lost €1,500 each in subsidies last year.", "€1,500") == "lose");
  CHECK(pred_of("The airline lost 3,000 passengers a week to its rivals.", "3,000") == "lose");
  CHECK(pred_of("Nine of the 12 valleys lost people in the decade.", "Nine") == "lose");
}

TEST_CASE("acc14p: a participle in -ing before its object, a progressive with no noun", "[claims][predicate][acc14p]") {
  CHECK(pred_of("The coach left the depot at 6 a.m. carrying 52 pupils and four teachers.", "52") == "carry");
  CHECK(pred_of("The plane landed late, hours after it left, ferrying 180 pilgrims.", "180") == "ferry");
  CHECK(pred_of("The bus was carrying 48 when it overturned.", "48") == "carry");
  // the verb governs the list after it, and the list's total with no verb of its own
  auto cs = run("The lorry left the farm at noon, hauling 30 sheep and 12 goats, 42 animals in all.");
  CHECK(by_text(cs, "30").predicate.key == "haul");
  CHECK(by_text(cs, "12").predicate.key == "haul");
  CHECK(by_text(cs, "42").predicate.key == "haul");
  CHECK(pred_of("The ward is treating 60 this week.", "60") == "treat");
  // not a reduced relative after a noun, nor an adjective after a determiner
  CHECK(pred_of("Officials said 40 blocks containing 900 flats collapsed in the quake.", "900") == "collapse");
  CHECK(pred_of("The remaining 30 seats went to independents.", "30") != "remain");
}

TEST_CASE("acc14p: a level after a change, past 'an average of'", "[claims][predicate][acc14p]") {
  CHECK(pred_of("Fares rose 6% to an average of €120, the operator said.", "€120") == "be");
  CHECK(pred_of("Wages climbed 4.2% to an average of €2,310 a month.", "€2,310") == "be");
  CHECK(pred_of("Fares rose 6% to an average of €120, the operator said.", "6%") == "rise");
}

TEST_CASE("acc14p: a partitive part or share stated by a copula did what its whole did", "[claims][predicate][acc14p]") {
  CHECK(pred_of("Police arrested 140 people, 45 of whom were minors.", "45") == "arrest");
  auto cs = run("Of the 300 cases, 120, or about 40%, were in the capital.");
  CHECK(by_text(cs, "120").predicate.key == "infect");
  CHECK(by_text(cs, "about 40%").predicate.key == "infect");
  CHECK(pred_of("Hospitals admitted 85 patients on Sunday, and 14 of them are in intensive care.", "14") == "admit");
  // a part with a verb of its own keeps it
  CHECK(pred_of("Police arrested 140 people, 45 of whom were released.", "45") == "release");
}

TEST_CASE("acc14p: a finite verb no vocabulary lists, as the last resort", "[claims][predicate][acc14p]") {
  CHECK(pred_of("The ministry aims for 12,000 new school places by 2029.", "12,000") == "aim");
  CHECK(mod_of("The ministry aims for 12,000 new school places by 2029.", "12,000") == modality::planned);
  CHECK(pred_of("Households numbered roughly 2.1 million.", "roughly 2.1 million") == "number");
  CHECK(pred_of("The co-operative supplies 400 villages.", "400") == "supply");
  // "has" or "had" right before the figure possesses it; not after a modal
  CHECK(pred_of("The club now has 31,500 members, its secretary said.", "31,500") == "have");
  CHECK(pred_of("His clinic had 30 beds and was turning people away.", "30") == "have");
  CHECK(pred_of("The Greens will have 44 of the 120 seats.", "44") == "win");
}

TEST_CASE("acc14p: an object after an article, a progressive or 'to' and a bare verb", "[claims][predicate][acc14p]") {
  CHECK(pred_of("The union is demanding a 7% rise in basic pay.", "7%") == "demand");
  CHECK(pred_of("The drivers are seeking a 12% increase.", "12%") == "seek");
  CHECK(pred_of("Members voted on Friday to accept a 4% rise.", "4%") == "accept");
}

TEST_CASE("acc14p: the copula of a figure before a relative clause", "[claims][predicate][modality][acc14p]") {
  auto cs = run("Of the 200 cases, 80 were in adults who had not been vaccinated.");
  CHECK(by_text(cs, "80").predicate.key == "infect");
  CHECK(by_text(cs, "80").mod == modality::asserted);
  CHECK(pred_of("About 90 of the homes were in streets that flooded twice.", "About 90") != "flood");
}

TEST_CASE("acc14p: sums offered or promised are pledges, promises to act are plans", "[claims][modality][acc14p]") {
  CHECK(mod_of("The ferry firm offered each family €5,000 in compensation.", "€5,000") == modality::asserted);
  CHECK(mod_of("The city has promised €2 million for repairs.", "€2 million") == modality::asserted);
  CHECK(mod_of("The mayor promised to build 300 homes by 2028.", "300") == modality::planned);
  // a rate offered in a pay talk is still a plan
  CHECK(mod_of("The drivers want 9%; the company has offered 4.5%.", "4.5%") == modality::planned);
}

TEST_CASE("acc14p: 'Among the dead are N' did what the dead did", "[claims][predicate][acc14p]") {
  auto cs = run("The flood killed 40 people on Monday. Among the dead are nine children.");
  CHECK(by_text(cs, "nine").predicate.key == "kill");
  CHECK(by_text(cs, "nine").subject.key == "child");
  CHECK(pred_of("At least 25 people died in the fire. Among the dead were three firefighters.", "three") == "die");
}

TEST_CASE("acc14p: 'take up' a share, 'shut'", "[claims][predicate][acc14p]") {
  CHECK(pred_of("Rent takes up 40% of a nurse's pay.", "40%") == "take");
  CHECK(pred_of("Clinics were shut in 30 of the 45 districts.", "30") == "shut");
}
