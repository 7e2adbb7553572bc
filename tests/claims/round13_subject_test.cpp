// Thirteenth accuracy round (acc19s): subjects by mechanisms that the misses of several held-out
// sets share (sets 5-13, each written by another writer on other stories), on sentences written
// for these tests across domains (docs/claims.md "Thirteenth round").

#include "claimcheck/claims/extractor.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

namespace {

using testing::subj_of;

#define EUR "\xE2\x82\xAC"
#define GBP "\xC2\xA3"

}  // namespace

TEST_CASE("acc19s: an adverb or a preposition after the subject is no head", "[claims][subject][acc19s]") {
  CHECK(subj_of("Seat occupancy across the festival's venues stood at 88% on Sunday.", "88%") == "occupancy");
  CHECK(subj_of("Water pressure inside the main pipe had climbed to 40% above normal, engineers said.", "40%") ==
        "pressure");
  CHECK(subj_of("Insurance payouts have already reached " EUR "96 million, the association said.",
                EUR "96 million") == "payout");
  CHECK(subj_of("Hotel bookings had only recently climbed back to 80% of their 2019 level.", "80%") == "booking");
  CHECK(subj_of("The choir said 35 of the 60 planned concerts already had sponsors.", "35") == "concert");
  CHECK(subj_of("A single ferry crossing will cost " EUR "4.50 instead of " EUR "3.90.", EUR "4.50") == "crossing");
}

TEST_CASE("acc19s: a change named by a noun is a change of the figure before it", "[claims][subject][acc19s]") {
  CHECK(subj_of("Membership of the choir rose to 140 last year, a rise of 12.", "12") == "membership");
  CHECK(subj_of("The festival drew 48,000 visitors, a rise of 9% on 2024.", "9%") == "visitor");
  CHECK(subj_of("The food bank handed out 2,300 parcels in May, an increase of 18% on April.", "18%") == "parcel");
  // a change with its own noun before it keeps that noun
  CHECK(subj_of("Nurses were offered a salary increase of 4%.", "4%") == "salary");
}

TEST_CASE("acc19s: a noun before 'numbers' names what is counted", "[claims][subject][acc19s]") {
  CHECK(subj_of("Visitor numbers at the lighthouse fell to 12,000, down from 15,500.", "12,000") == "visitor");
  CHECK(subj_of("Visitor numbers at the lighthouse fell to 12,000, down from 15,500.", "15,500") == "visitor");
  CHECK(subj_of("Passenger numbers could fall by up to 20%, the ferry firm warned.", "up to 20%") == "passenger");
  // not an adjective
  CHECK(subj_of("Record numbers of swifts arrived, about 4,000 in all.", "about 4,000") != "record");
}

TEST_CASE("acc19s: verbs that name their money, over a recipient and an increment", "[claims][subject][acc19s]") {
  CHECK(subj_of("The regulator fined the insurer " EUR "2.4 million on Monday.", EUR "2.4 million") == "fine");
  CHECK(subj_of("The league fined four clubs a total of " GBP "600,000.", GBP "600,000") == "fine");
  CHECK(subj_of("The shipping line will invest a further " EUR "60 million in new cranes.", EUR "60 million") ==
        "investment");
  CHECK(subj_of("The merger is expected to save " EUR "30 million a year.", EUR "30 million") == "saving");
  // a preposition whose noun names the money
  CHECK(subj_of("The trust has earmarked " GBP "2 million for repairs to the roof.", GBP "2 million") == "repair");
  CHECK(subj_of("The council set aside " EUR "400,000 for flood barriers.", EUR "400,000") == "barrier");
  CHECK(subj_of("The state will add " EUR "5 million to the " EUR "20 million hail relief fund.", EUR "5 million") ==
        "fund");
  // "cost" names its money only over a recipient
  CHECK(subj_of("The hail storm cost insurers " EUR "45 million, the association said.", EUR "45 million") == "cost");
  CHECK(subj_of("Delays are costing the shipyard " GBP "80,000 a week.", GBP "80,000") == "cost");
  CHECK(subj_of("Each new lifeboat will cost " GBP "1.2 million.", GBP "1.2 million") == "lifeboat");
}

TEST_CASE("acc19s: a sum or share taken off a noun; half the noun", "[claims][subject][acc19s]") {
  CHECK(subj_of("The recall wiped " EUR "400 million off the company's market value.", EUR "400 million") == "value");
  CHECK(subj_of("The strike could shave 0.2 percentage points off the region's growth.", "0.2 percentage points") ==
        "growth");
  CHECK(subj_of("If the dry spell goes on, half their orchards could fail, growers said.", "half") == "orchard");
  CHECK(subj_of("\"Half our volunteers are over 70,\" the chairman said.", "Half") == "volunteer");
}

TEST_CASE("acc19s: a verb joined by 'and' to a figure of another kind shares its subject", "[claims][subject][acc19s]") {
  CHECK(subj_of("The salvage took 19 days and cost " EUR "8 million.", EUR "8 million") == "salvage");
  CHECK(subj_of("The pier repairs would take at least four months and cost up to " GBP "3 million.",
                "up to " GBP "3 million") == "repair");
}

TEST_CASE("acc19s: plurals that are the same in both numbers", "[claims][subject][acc19s]") {
  CHECK(subj_of("The reserve is home to 23 breeding species of bats.", "23") == "species");
}

TEST_CASE("acc19s: the subject over a name in apposition and a figure in its phrase", "[claims][subject][acc19s]") {
  // a name between commas restates the noun before it
  CHECK(subj_of("Ticket sales at the city zoo, Parkway Zoo, fell 4% to 310,000 in 2025.", "4%") == "sale");
  CHECK(subj_of("Shares in its Oslo-listed parent, Nordhav Group, fell 6.1% on Tuesday.", "6.1%") == "share");
  // a figure in a phrase after the subject is no subject
  CHECK(subj_of("Net profit for the three months to June fell 40% to " EUR "12 million.", "40%") == "profit");
  CHECK(subj_of("Average attendance across the 30 matches played was 3,900, or 64% of capacity.", "3,900") ==
        "attendance");
  // "that" opens the reported clause: the noun before it is no head of a phrase
  CHECK(subj_of("She told parliament on Friday that the storm costs had reached " EUR "61 million.",
                EUR "61 million") == "cost");
  // the level after a change of a level verb is what the change is of
  CHECK(subj_of("Net profit for the three months to June fell 40% to " EUR "12 million.", EUR "12 million") ==
        "profit");
}

TEST_CASE("acc19s: a change after a comma or 'and'; 'of those' before a verb", "[claims][subject][acc19s]") {
  CHECK(subj_of("Membership of the rowing club stands at 1,310 this season, up 4%, the club said.", "4%") ==
        "membership");
  CHECK(subj_of("The ferry carried 81,000 passengers in July, the busiest month on record and up 6% from a year "
                "earlier.",
                "6%") == "passenger");
  // before "from" and the earlier level the level rules pair them
  CHECK(subj_of("Insurance payouts reached 3,400 in June, up 12% from 3,036 a year earlier.", "3,036") == "payout");
  // "those" before a verb stands for the figure before it
  CHECK(subj_of("Flights were cancelled at 14 of the country's 40 airports, and 9 of those remain shut.", "9") ==
        "airport");
}
