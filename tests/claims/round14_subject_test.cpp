// Fourteenth accuracy round (acc20s): subjects by mechanisms that the misses of sets 10-15 share,
// on sentences written for these tests across domains (docs/claims.md "Fourteenth round:
// subjects").

#include "claimcheck/claims/extractor.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

namespace {

using testing::subj_of;

#define EUR "\xE2\x82\xAC"
#define GBP "\xC2\xA3"

}  // namespace

TEST_CASE("acc20s: an adverb in -ly is no head", "[claims][subject][acc20s]") {
  CHECK(subj_of("A residents' parking permit currently costs " EUR "90 a month.", EUR "90") == "permit");
  CHECK(subj_of("The merger of the two ferry lines is expected to save " EUR "30 million annually.",
                EUR "30 million") == "saving");
  CHECK(subj_of("The number of climbers seriously hurt on the ridge fell to 42 last winter.", "42") == "climber");
  CHECK(subj_of("The board refused to free up to 300 inmates early, as lawyers had asked.", "up to 300") == "inmate");
  // a noun in -ly stays a head (grammars/ly_nouns.tsv)
  CHECK(subj_of("Egg supply fell 12% in March, the poultry board said.", "12%") == "supply");
}

TEST_CASE("acc20s: a conversion between a sum and its noun is stepped over", "[claims][subject][acc20s]") {
  CHECK(subj_of("The charity appealed for 2.5 million euros ($2.7 million) in emergency funding.",
                "2.5 million euros") == "aid");
  CHECK(subj_of("The charity appealed for 2.5 million euros ($2.7 million) in emergency funding.", "$2.7 million") ==
        "aid");
  CHECK(subj_of("The yard has won a " EUR "600 million (about $650 million) contract to build six ferries.",
                EUR "600 million") == "contract");
  CHECK(subj_of("The ministry has promised " EUR "80 million, equivalent to about $86 million, in emergency loans.",
                EUR "80 million") == "loan");
  CHECK(subj_of("The ministry has promised " EUR "80 million, equivalent to about $86 million, in emergency loans.",
                "about $86 million") == "loan");
  // a comma before anything but "in" names no noun of the sum's
  CHECK(subj_of("Ticket sales reached " EUR "4 million, about $4.3 million, the organisers said.", EUR "4 million") ==
        "sale");
}

TEST_CASE("acc20s: a count a verb of composition states as a part is the clause subject's",
          "[claims][subject][acc20s]") {
  CHECK(subj_of("Cyclists accounted for 84 of the injured and drivers for 61.", "84") == "cyclist");
  CHECK(subj_of("Agency nurses made up 1,240 of the total, the audit found.", "1,240") == "nurse");
  CHECK(subj_of("Tenants, most of them on short leases, make up 3,100 of them.", "3,100") == "tenant");
  CHECK(subj_of("Lorries from abroad have accounted for 2,900 of the crossings this year.", "2,900") == "lorry");
  // a share keeps the whole's noun
  CHECK(subj_of("Of the 800 trainees, women made up 45% of the intake.", "45%") != "woman");
}

TEST_CASE("acc20s: reported speech opens a level's clause", "[claims][subject][acc20s]") {
  CHECK(subj_of("Campaign group Safe Lanes said crashes on country roads rose to 340 last year.", "340") == "crash");
  // a "that" before a noun phrase of its own is a complement, no relative clause
  CHECK(subj_of("The ministry denied a report that the price of the frigates had risen to " EUR "2 billion.",
                EUR "2 billion") == "price");
  CHECK(subj_of("The toll from the storm that hit the coast on Friday rose to 31.", "31") != "coast");
}

TEST_CASE("acc20s: a part's noun after 'of them' and a copula's noun", "[claims][subject][acc20s]") {
  CHECK(subj_of("Twenty-two were rescued from the cave, five of them divers.", "five") == "diver");
  // an adjective or a participle after the copula names no noun
  CHECK(subj_of("The depot runs 900 buses, of which 240 are electric.", "240") == "bus");
  CHECK(subj_of("The survey found 500 people without a home, of whom 80 were jobless.", "80") == "person");
  CHECK(subj_of("The survey found 500 people homeless, of whom 210 were children.", "210") == "child");
}

TEST_CASE("acc20s: a state after a preposition before a duration is no head", "[claims][subject][acc20s]") {
  CHECK(subj_of("The curfew would stay in place for at least ten days, the mayor said.", "at least ten days") ==
        "curfew");
  CHECK(subj_of("The hosepipe ban has now been in force for 40 days.", "40 days") == "ban");
}

TEST_CASE("acc20s: a noun before 'of' heads its phrase", "[claims][subject][acc20s]") {
  CHECK(subj_of("The cost of the city's new 9,000-seat arena has reached " GBP "210 million.", GBP "210 million") ==
        "cost");
  CHECK(subj_of("Donations of warm blankets fell 22% this winter, the shelter said.", "22%") == "donation");
  // a measure keeps its own rules
  CHECK(subj_of("The rate of inflation rose to 4.2% in May.", "4.2%") == "inflation");
}
