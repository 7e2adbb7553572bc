// Claim modality, phenomenon by phenomenon (docs/claims.md "Predicate and modality"), on
// sentences written for these tests.

#include "claimcheck/claims/extractor.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

namespace {

using testing::run;
using testing::mod_of;

}  // namespace

TEST_CASE("modality: a negated clause denies the figure it governs", "[claims][modality]") {
  CHECK(mod_of("Officials said they did not believe that 300 people had died.", "300") == modality::negated);
  CHECK(mod_of("The bank did not opt for the full 2 percentage point increase.", "2 percentage point") ==
        modality::negated);
  CHECK(mod_of("The agency has never confirmed that 45 staff were detained.", "45") == modality::negated);
  // a negation in another clause does not reach the figure
  CHECK(mod_of("The army did not comment, but 30 soldiers were killed.", "30") == modality::asserted);
}

TEST_CASE("modality: a plan or possibility earlier in the clause", "[claims][modality]") {
  CHECK(mod_of("Rebuilding will need at least $5 billion, the report said.", "at least $5 billion") ==
        modality::planned);
  CHECK(mod_of("Analysts polled before the release had expected 4.2%.", "4.2%") == modality::planned);
  CHECK(mod_of("The budget office expects the economy to shrink by 1.2 per cent.", "1.2 per cent") ==
        modality::planned);
  CHECK(mod_of("Traders bet the bank could opt for a full 1 percentage point rise.", "1 percentage point") ==
        modality::hypothetical);
  // not into a subordinate clause, not the month May
  CHECK(mod_of("The minister said the army would respond after 30 people were killed.", "30") == modality::asserted);
  CHECK(mod_of("Inflation hit a record 38% in May.", "38%") == modality::asserted);
}

TEST_CASE("modality: 'thought to be', 'believed to be' state a fact", "[claims][modality]") {
  CHECK(mod_of("About 100 captives are held, at least 20 of whom are thought to be dead.", "at least 20") ==
        modality::asserted);
  CHECK(mod_of("Five climbers are believed to be alive.", "Five") == modality::asserted);
  CHECK(mod_of("Forty prisoners are to be freed.", "Forty") == modality::planned);
}

TEST_CASE("modality: a cue after a comma is another clause's", "[claims][modality]") {
  auto cs = run("The package includes €5 billion in loans and €600 million in grants, to be spread over four years.");
  for (auto const& c : cs) {
    if (c.q.text == "€600 million") CHECK(c.mod == modality::asserted);
    if (c.q.text == "four years") CHECK(c.mod == modality::planned);
  }
}

TEST_CASE("modality: a duration in a planned clause is planned", "[claims][modality]") {
  CHECK(mod_of("Negotiators said a deal would bring a truce of about six weeks.", "about six weeks") ==
        modality::planned);
  CHECK(mod_of("The president has promised to rebuild the homes within a year.", "a year") == modality::planned);
  CHECK(mod_of("The war has lasted six months.", "six months") == modality::asserted);
}

TEST_CASE("modality: a period an act starts lies ahead of the act", "[claims][modality]") {
  CHECK(mod_of("The governor declared a 30-day curfew in the capital.", "30-day") == modality::planned);
  CHECK(mod_of("The governor declared a 30-day curfew in the capital and three days of mourning.", "three days") ==
        modality::planned);
  // the act's other figures are facts
  auto cs = testing::run("The board approved a two-year loan worth $500 million for the utility.");
  CHECK(testing::by_text(cs, "two-year").mod == modality::planned);
  CHECK(testing::by_text(cs, "$500 million").mod == modality::asserted);
  CHECK(mod_of("The permit lasts 60 days and can be renewed.", "60 days") == modality::planned);
  CHECK(mod_of("The strike lasted 60 days.", "60 days") == modality::asserted);
  CHECK(mod_of("The 36-month scheme is meant to support farmers.", "36-month") == modality::planned);
  // future in the past is no plan of the period
  CHECK(mod_of("When the rebels attacked, few predicted that the nine-month siege that followed would spread.", "nine-month") ==
        modality::asserted);
  // a clause cue across an abbreviation's period
  CHECK(mod_of("She will take office on Jan. 1 for a five-year term.", "five-year") == modality::planned);
}

TEST_CASE("modality: figures with no verb of their own go with the plan they are part of", "[claims][modality]") {
  auto const text = std::string(
      "Envoys are studying a plan under which the rebels would free 12 captives, in exchange for about 300 "
      "detainees, during a ten-day pause.");
  CHECK(mod_of(text, "12") == modality::planned);
  CHECK(mod_of(text, "about 300") == modality::planned);
  CHECK(mod_of(text, "ten-day") == modality::planned);
  CHECK(mod_of("The city would build 4,000 homes over three years.", "three years") == modality::planned);
  // a verb of its own is its own clause
  CHECK(mod_of("The rebels would free 12 captives, but 300 detainees were released on Monday.", "300") ==
        modality::asserted);
}

TEST_CASE("modality: entitlements are plans, settled results are facts", "[claims][modality]") {
  CHECK(mod_of("Farmers who lost crops could receive up to $500 each.", "up to $500") == modality::planned);
  CHECK(mod_of("Officials warned the toll could reach 900.", "900") == modality::hypothetical);
  CHECK(mod_of("The alliance will have 120 of the 300 seats.", "120") == modality::asserted);
}
