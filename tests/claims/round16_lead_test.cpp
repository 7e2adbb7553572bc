// Sixteenth accuracy round (lead): the date of a hypothetical figure (docs/claims.md "Sixteenth
// round"), on sentences written for these tests. Published 2024-04-09, a Tuesday.

#include "claimcheck/claims/extractor.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

namespace {

using testing::date_of;
using testing::mod_of;

}  // namespace

TEST_CASE("lead-r16: a hypothetical is dated by its telling, not by the time it names", "[claims][date][lead-r16]") {
  // a deadline in the condition's clause: neither last August nor next August, the telling
  std::string const by = "The union warned that up to 40 clinics could close by August if no money is found.";
  REQUIRE(mod_of(by, "up to 40") == modality::hypothetical);
  CHECK(date_of(by, "up to 40") == "2024-04-09");
  // a month in the condition itself
  std::string const cond = "Officials said the relief bill could reach 12 million euros if the frost lasts into May.";
  REQUIRE(mod_of(cond, "12 million euros") == modality::hypothetical);
  CHECK(date_of(cond, "12 million euros") == "2024-04-09");
  // a year it aims at
  std::string const year = "Ecologists said there could be as many as 900 cranes on the marsh by 2030.";
  REQUIRE(mod_of(year, "as many as 900") == modality::hypothetical);
  CHECK(date_of(year, "as many as 900") == "2024-04-09");
  // told on a named day before publication: that day
  std::string const told = "The insurers' association said on Monday that claims could reach 80 million dollars by June.";
  REQUIRE(mod_of(told, "80 million dollars") == modality::hypothetical);
  CHECK(date_of(told, "80 million dollars") == "2024-04-08");
  // a sentence with no date phrase does not take the time frame of the sentence before
  std::string const frame = "Shares in the firm fell 9% on Friday. Lawyers said claims could reach 5 million pounds.";
  REQUIRE(mod_of(frame, "5 million pounds") == modality::hypothetical);
  CHECK(date_of(frame, "5 million pounds") == "2024-04-09");
}

TEST_CASE("lead-r16: plans and facts keep the time they name", "[claims][date][lead-r16]") {
  // a plan is dated by the time it names (docs/corpus.md, the corpus's practice)
  std::string const plan = "The council will open 12 new reading rooms in September.";
  REQUIRE(mod_of(plan, "12") == modality::planned);
  CHECK(date_of(plan, "12") == "2024-09");
  // a fact in the past keeps its month
  std::string const fact = "Bakery sales fell 4% in August, the trade body said.";
  CHECK(date_of(fact, "4%") == "2023-08");
}

TEST_CASE("lead-r16: 'Of those,' continues the report of the count before it, whatever its tense",
          "[claims][date][lead-r16]") {
  std::string const s = "Forty-one bakeries have closed or cut their hours, the guild said on Monday. Of those, 17 have "
                        "shut for good and 24 open only at weekends.";
  CHECK(date_of(s, "Forty-one") == "2024-04-08");
  CHECK(date_of(s, "17") == "2024-04-08");
  CHECK(date_of(s, "24") == "2024-04-08");
  std::string const among = "The ministry said on Monday that 120 wells have been tested. Among them, 14 have failed.";
  CHECK(date_of(among, "14") == "2024-04-08");
  // a fronted whole of its own opens no continuation: its perfect is as of publication
  std::string const whole = "The aid package was approved on April 2. Of the 300 owners who have applied, 120 have been "
                            "paid.";
  CHECK(date_of(whole, "120") == "2024-04-09");
}

TEST_CASE("lead-r16: a hypothetical keeps its own time and an earlier level's past", "[claims][date][lead-r16]") {
  // the time written right after the sum is when it would come: its own
  std::string const own = "The charity said its grant could be followed by a further 20,000 pounds in March if demand "
                          "stays high.";
  REQUIRE(mod_of(own, "20,000 pounds") == modality::hypothetical);
  CHECK(date_of(own, "20,000 pounds") == "2024-03");
  // an earlier level in a hypothetical sentence is a fact of its own past
  std::string const level = "Claims could reach 900, up from 640 a year earlier, the insurers said.";
  REQUIRE(mod_of(level, "900") == modality::hypothetical);
  CHECK(date_of(level, "900") == "2024-04-09");
  CHECK(mod_of(level, "640") == modality::asserted);
  CHECK(date_of(level, "640") == "2023-04-09");
}

TEST_CASE("lead-r16: sources: a relative pronoun names nobody, a two-word title, bodies named by a kind",
          "[claims][source][lead-r16]") {
  using testing::source_of;
  // "of whom said": the respondents' pronoun is no speaker
  CHECK(source_of("The guild surveyed 300 bakers, 120 of whom said they had cut staff.", "120") != "whom");
  // "Chief Officer" is a title: the name after it is the key
  CHECK(source_of("The cuts left 61 of its 214 stations without crews, Chief Officer Mara Quint told reporters.", "61") ==
        "mara quint");
  // a body whose kind is also a place's or a structure's word, named again by its kind
  CHECK(source_of("The Ashby County school district has cut 38 of its 212 routes, the district said.", "38") ==
        "ashby county school district");
  CHECK(source_of("The Orla Municipal Corporation vaccinated 9,800 dogs, the corporation said.", "9,800") ==
        "orla municipal corporation");
  // a place's word after "in" stays a place
  CHECK(source_of("In the district, 40 homes were flooded.", "40") != "district");
}

TEST_CASE("lead-r16: a denied belief or statement denies the length its clause tells", "[claims][modality][lead-r16]") {
  CHECK(mod_of("The minister did not expect the ban to last more than six months.", "more than six months") ==
        modality::negated);
  CHECK(mod_of("The director denied that the theatre would close for 18 months.", "18 months") == modality::negated);
  // an expectation that is not denied plans the length
  CHECK(mod_of("The ministry expects the closure to last six weeks.", "six weeks") == modality::planned);
}

TEST_CASE("lead-r16: a plan cue right after the figure's copula plans it", "[claims][modality][lead-r16]") {
  CHECK(mod_of("The first 400,000 doses are due to arrive within two weeks.", "400,000") == modality::planned);
  CHECK(mod_of("The 40 ferries were due to leave at noon.", "40") == modality::planned);
  // "due to" giving a cause is no timetable
  CHECK(mod_of("The 300 cancellations were due to heavy snow.", "300") == modality::asserted);
}
