// Seventeenth accuracy round (lead): who speaks, when a title, a clause's opening word or an
// office's words stand around the name (docs/claims.md "Seventeenth round"), on sentences
// written for these tests.

#include "claimcheck/claims/extractor.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

namespace {

using testing::source_of;

}  // namespace

TEST_CASE("lead-r17: a title by its form before a name is dropped", "[claims][attribution][lead-r17]") {
  // a profession by its suffix at the head of the sentence (capitalized by position)
  CHECK(source_of("Pharmacist Tomas Reil said dozens of customers waited outside the shop.", "dozens of") ==
        "tomas reil");
  CHECK(source_of("Geologist Ada Frick said 14 wells had run dry.", "14") == "ada frick");
  CHECK(source_of("Statistician Ode Lamm said 3,200 forms were returned late.", "3,200") == "ode lamm");
  // a hyphenated word whose last part is a title
  CHECK(source_of("Deputy-vice-chancellor Anil Roy said seven of the 20 staff would leave.", "seven") == "anil roy");
  // a member of parliament, with a word before the title
  CHECK(source_of("Local MP Mara Devin said nearly 3,000 people had signed the petition.", "nearly 3,000") ==
        "mara devin");
  // a name that ends like a title is still the name, as is one with a listed title before it
  CHECK(source_of("Director-general Petra Holmqvist said 40 staff would move.", "40") == "petra holmqvist");
  CHECK(source_of("Petra Holmqvist said 40 staff would move.", "40") == "petra holmqvist");
}

TEST_CASE("lead-r17: a clause's opening word is no part of the body after it", "[claims][attribution][lead-r17]") {
  CHECK(source_of("Floods have hit the Deltan province, where the regional relief agency has registered 812 "
                  "claims since June, it said on Friday.",
                  "812") == "regional relief agency");
}

TEST_CASE("lead-r17: a name in apposition after an office of several words speaks", "[claims][attribution][lead-r17]") {
  CHECK(source_of("The club will raise its capacity to 12,000 seats, said its chief executive, Lena Vos.", "12,000") ==
        "lena vos");
  CHECK(source_of("The college will admit 24 students a year, said its dean of music, Hanne Roos.", "24") ==
        "hanne roos");
}

TEST_CASE("lead-r17: an institution's or a league's short mention takes the name its sentence gave",
          "[claims][attribution][lead-r17]") {
  CHECK(source_of("Harwick College will shut its physics course after only 17 students applied this year, the "
                  "college said on Monday.",
                  "17") == "harwick college");
  // a title-like word inside a body's name is no title ("Premier")
  CHECK(source_of("The 14 clubs of the Southern Premier Netball League lost a combined 3 million euros last "
                  "season, the league said.",
                  "3 million euros") == "southern premier netball league");
}

TEST_CASE("lead-r17: a negated verb of telling names no speaker", "[claims][attribution][lead-r17]") {
  // the figure's own source comes later in the sentence
  CHECK(source_of("Up to 35% of drivers cannot reliably tell a hybrid from a diesel, according to a survey by "
                  "Norbay University.",
                  "Up to 35%") == "norbay university");
  CHECK(source_of("Nearly 60% of voters could not tell which party ran the council, the Civic Trust said.",
                  "Nearly 60%") == "civic trust");
}

TEST_CASE("lead-r17: 'it said' after a body's own clause is that body", "[claims][attribution][lead-r17]") {
  // the body at the head with a verb that is no official act, the pronoun after the figures
  CHECK(source_of("Brennwick's water authority has shut 14 of its 60 pumping stations, it said on Monday.", "14") ==
        "brennwick water authority");
  // and not the speaker of the sentence before
  CHECK(source_of("The Ostvale Rail Company cancelled 220 trains last month, the regulator said. The Lakemoor "
                  "harbour authority has laid up 3 of its 9 boats, it said.",
                  "3") == "lakemoor harbour authority");
  // a sentence that opens with no body keeps the pronoun's speaker from before
  CHECK(source_of("The regulator said on Monday it would review the rules. Storms have hit 40 harbours, it said.", "40") ==
        "regulator");
}

TEST_CASE("lead-r17: a body at the head of a sentence that names no speaker tells its own figures",
          "[claims][attribution][lead-r17]") {
  // after the body's full name earlier, its short mention with any verb (no official act)
  CHECK(source_of("The Kelby Schools Department said on Monday that 400 posts were empty. The department has "
                  "filled gaps with 1,200 substitutes.",
                  "1,200") == "kelby schools department");
  // not a body's standing told by its verb "has" with a figure after it
  CHECK(source_of("The Harlow police force has 3,450 officers.", "3,450") == "test wire");
  CHECK(source_of("The Harlow food bank has about 140 volunteers.", "about 140") == "test wire");
  // not someone's body ("His party lost 15 seats"), nor an earlier year's background
  CHECK(source_of("His Farmers' League lost 15 seats in the vote.", "15") == "test wire");
}
