// Fifteenth round (acc21s): who says a figure, by mechanisms of the source misses of sets 2-17, on
// sentences written for these tests (no set's sentences, names or figures).

#include "claimcheck/claims/extractor.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

namespace {

using testing::run;
using testing::source_of;

}  // namespace

TEST_CASE("round15 source: a document's key ends at its noun, before a participle or a day", "[claims][attribution][acc21s]") {
  CHECK(source_of("Bus ridership reached 412,000 a week, according to transport figures released on Tuesday.",
                  "412,000") == "transport figures");
  CHECK(source_of("The charity had 2,140 members when it closed, according to the receiver's figures read out in court.",
                  "2,140") == "receiver figures");
  CHECK(source_of("Some 640 ponds have dried up, according to a survey published on Thursday.", "Some 640") == "survey");
  CHECK(source_of("Waiting lists grew by 7%, according to a report issued last week.", "7%") == "report");
  // the body behind the figures, named later by itself, is not the figures
  auto const cs = run("Some 900 savers lost money, according to the receiver's figures released on Monday. The receiver "
                      "said €2 million had been recovered.");
  CHECK(testing::by_text(cs, "€2 million").attribution.key == "receiver");
  // an author after the participle is still the source
  CHECK(source_of("Some 640 ponds have dried up, according to a survey published by the Tarn Wetland Trust.", "Some 640") ==
        "tarn wetland trust");
}

TEST_CASE("round15 source: a short mention takes the fuller name the article used before it", "[claims][attribution][acc21s]") {
  // the body acts in the sentence, then "the council said"
  CHECK(source_of("Brindle Valley Council housed 820 families in hostels last winter, the council said.", "820") ==
        "brindle valley council");
  // a place's body, possessive, named as an actor in the same sentence
  CHECK(source_of("Tarnow's transport ministry and the city agreed on Monday to spend €40 million on trams, the ministry "
                  "said.",
                  "€40 million") == "tarnow transport ministry");
  // a surname after a titled full name that only acted
  auto const cs = run("The budget that Treasurer Ilse Varnholt presented on Monday cuts transport.\n\nVarnholt also "
                      "announced a freeze on hiring and said grants would fall by about 9%.");
  CHECK(testing::by_text(cs, "about 9%").attribution.key == "ilse varnholt");
  // a firm first named with a possessive, later by its first word
  auto const fs = run("Regulators are studying complaints about Quillon Foods's frozen pies.\n\nQuillon said it had "
                      "refunded about 3,200 customers.");
  CHECK(testing::by_text(fs, "about 3,200").attribution.key == "quillon foods");
  // "the institute" after "the Institute for ..."
  auto const is = run("Rents rose 6% in the year, the Institute for Housing Research said.\n\nThe institute said 1,900 "
                      "flats stood empty.");
  CHECK(testing::by_text(is, "1,900").attribution.key == "institute for housing research");
}

TEST_CASE("round15 source: a short mention of another body keeps its own name", "[claims][attribution][acc21s]") {
  auto const cs = run("Brindle Valley Council housed 820 families in hostels, the council said.\n\nThe school board said "
                      "40 pupils had moved.");
  CHECK(testing::by_text(cs, "40").attribution.key == "school board");
  // two names spell the letters: neither is sure
  auto const ps = run("Grants fell 4%, the Vale Water Board said. Fees rose 2%, the Vale Wildlife Bureau said.\n\nThe "
                      "VWB said 300 ponds had dried up.");
  CHECK(testing::by_text(ps, "300").attribution.key == "vwb");
}

TEST_CASE("round15 source: a body named with its acronym is one speaker", "[claims][attribution][acc21s]") {
  auto const cs = run("Fourteen barriers need repair, the Coastal Flood Defence Board said on Monday.\n\nSome 3,100 "
                      "homes are at risk, the CFDB said.");
  CHECK(testing::by_text(cs, "Some 3,100").attribution.key == "coastal flood defence board");
  // defined in brackets where the body speaks first
  auto const bs = run("Three barriers failed, the Coastal Flood Defence Board (CFDB) said on Monday.\n\nSome 3,100 homes "
                      "are at risk, the CFDB said.");
  CHECK(testing::by_text(bs, "Some 3,100").attribution.key == "coastal flood defence board");
  
}

TEST_CASE("round15 source: an outlet named with 'The' keys without it", "[claims][attribution][acc21s]") {
  auto const cs = run("The museum has 1,240 paintings in storage.", "2024-04-09", "The Valley Courier");
  CHECK(testing::by_text(cs, "1,240").attribution.key == "valley courier");
}
