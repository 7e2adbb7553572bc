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
  // the whole of a count part that opens the clause is a total, even with the verb after its noun
  CHECK(pred_of("Nine of the 12 valleys lost people in the decade.", "12") == "be");
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
  // a rate offered in a pay talk is asserted too (docs/corpus.md, acc15p: a demand or offer is a fact)
  CHECK(mod_of("The drivers want 9%; the company has offered 4.5%.", "4.5%") == modality::asserted);
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
  CHECK(pred_of("The survey found that about one in six residents was born abroad.", "about one in six") == "bear");
}

TEST_CASE("acc14p: a part in a clause of its own after 'and', a group named by a participle",
          "[claims][predicate][acc14p]") {
  CHECK(pred_of("The clinic admitted 60 patients on Friday, and 9 of them are in intensive care.", "9") == "admit");
  auto cs = run("A bus crash killed 11 people on Sunday. The dead, four of whom were students, include two sisters.");
  CHECK(by_text(cs, "four").predicate.key == "kill");
  CHECK(by_text(cs, "two").predicate.key == "kill");
  // a part with a verb of its own keeps it, and a figure that is no part keeps its verb
  auto ds = run("The blast wounded 30 people. The injured, 12 of whom were released, were taken to 4 hospitals.");
  CHECK(by_text(ds, "12").predicate.key == "release");
  CHECK(by_text(ds, "4").predicate.key != "wound");
}

TEST_CASE("acc14p: clause breaks, fronted objects, vote splits", "[claims][predicate][acc14p]") {
  CHECK(pred_of("Turnout was 58 percent, and 80 percent of those who voted backed the deal.", "58 percent") == "be");
  CHECK(pred_of("Two more bodies were found on Friday, bringing to 17 the number of people known to have died.", "17") ==
        "die");
  CHECK(pred_of("The assembly voted by 61% to 39% to adopt the plan.", "39%") == "vote");
  // a change and its level stay so
  CHECK(pred_of("The bank raised its rate by 0.5 points to 4.75%.", "4.75%") == "be");
  CHECK(pred_of("The government's offer of 3% was rejected.", "3%") == "offer");
}

TEST_CASE("acc14p: a population stated as a level is that level", "[claims][predicate][acc14p]") {
  CHECK(pred_of("The island's population reached 1.2 million in the census.", "1.2 million") == "be");
  CHECK(pred_of("The valley shrank for a fourth decade running, to 40,000 residents.", "40,000") == "be");
  // with no level verb the figure says where people live
  CHECK(pred_of("Shelling cut water to half of the town's 80,000 residents.", "80,000") == "live");
  CHECK(pred_of("The district was home to about 90,000 people before the quake.", "about 90,000") == "live");
}

TEST_CASE("acc14p: a period an act stops something for is planned", "[claims][modality][acc14p]") {
  CHECK(mod_of("The town closed its two bridges on Monday for 9 days.", "9 days") == modality::planned);
  CHECK(mod_of("The operator has suspended flights to the island for at least three weeks.",
               "at least three weeks") == modality::planned);
  CHECK(mod_of("Inspectors ordered 6 quarries to halt work for a month.", "a month") == modality::planned);
  // the act's count stays asserted, and a period that only times something is no plan
  CHECK(mod_of("Inspectors ordered 6 quarries to halt work for a month.", "6") == modality::asserted);
  CHECK(mod_of("The strike lasted 9 days in all.", "9 days") == modality::asserted);
}

TEST_CASE("acc14p: a share of a noun with no verb states its level", "[claims][predicate][acc14p]") {
  CHECK(pred_of("The agency upgraded the country, citing public debt of about 64% of output.", "about 64%") == "be");
  CHECK(pred_of("The number of patients admitted has climbed to 80, from 55 a week ago, and 12 of them are in intensive care.",
                "12") == "admit");
}
