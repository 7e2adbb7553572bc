// Tenth accuracy round (acc16d): dates, sources and modality by mechanism (docs/claims.md "Tenth
// round: datelines, nouns that look like speech verbs, pronouns that act, modality"), on
// sentences written for these tests.

#include "claimcheck/claims/extractor.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

namespace {

using testing::by_text;
using testing::source_of;
using testing::run;

}  // namespace

// Publication 2024-04-09 is a Tuesday.

TEST_CASE("acc16d: a dateline names no one: the sentence's name opens after it", "[claims][attribution][acc16d]") {
  // a city in capitals and a day: "the company" is not "london"
  CHECK(source_of("LONDON, April 8 — The ferry operator has cancelled 40 sailings, the company said.", "40") ==
        "company");
  // the name after the dateline is the one "the airline" stands for, and the one that acts
  CHECK(source_of("HALDEN, April 8 — Kemp Air has cancelled 300 flights, the airline said.", "300") == "kemp air");
  CHECK(source_of("OSLO, Norway, April 7 -- Harbor Rail will spend £30 million on new trains.", "£30 million") ==
        "harbor rail");
  CHECK(source_of("OSLO (Test Wire) — Harbor Rail will spend £30 million on new trains.", "£30 million") ==
        "harbor rail");
  CHECK(source_of("Lisbon, April 7 — Harbor Rail will spend £30 million on new trains.", "£30 million") ==
        "harbor rail");
  // not a dateline: a name in capitals before a verb, a dash inside a paragraph
  CHECK(source_of("UK Steel said output fell 3.2% on April 8 — the lowest in a year.", "3.2%") == "uk steel");
  CHECK(source_of("Sales rose. LONDON, April 8 — Harbor Rail will spend £30 million.", "£30 million") != "harbor rail");
}

TEST_CASE("acc16d: 'last September' is resolved against publication", "[claims][date][acc16d]") {
  auto c = by_text(run("Sales fell 12% last September, the retailer said."), "12%");
  CHECK(c.date == "2023-09");
  CHECK(c.basis == date_basis::relative);
  // a month that is also a word, and the publication's own month a year back
  auto march = by_text(run("Turnout last March was 61%."), "61%");
  CHECK(march.date == "2024-03");
  CHECK(march.basis == date_basis::relative);
  CHECK(by_text(run("Turnout last April was 61%."), "61%").date == "2023-04");
  CHECK(by_text(run("Turnout last May was 61%.", "2024-05-20"), "61%").date == "2023-05");
  // "in September" stays explicit
  CHECK(by_text(run("Sales fell 12% in September."), "12%").basis == date_basis::explicit_date);
}

TEST_CASE("acc16d: nouns that look like speech verbs name no speaker", "[claims][attribution][acc16d]") {
  // after an article, before "of": no speaker "above a"
  CHECK(source_of("Profit rose to €7.2 million, above a forecast of €6 million.", "€7.2 million") == "test wire");
  CHECK(source_of("The claims follow reports of 40 new cases in the district.", "40") == "test wire");
  // a possessive before the noun is whose forecast it is
  CHECK(source_of("Sales reached 4,100 units, short of the company's forecast of 5,000.", "5,000") == "company");
  // before another speech verb: the estimates themselves tell it, as "official figures showed"
  CHECK(source_of("Early estimates put the damage at $40 million.", "$40 million") == "early estimates");
  CHECK(source_of("Their latest estimates show 12,000 homes damaged.", "12,000") == "latest estimates");
  // before an auxiliary: a subject, no speech
  CHECK(source_of("Since May, the official estimate had stood at about 1,400.", "about 1,400") == "test wire");
  // the verbs themselves still speak
  CHECK(source_of("Officials estimate that 4,000 homes were lost.", "4,000") == "officials");
  CHECK(source_of("The ministry estimates that 4,000 homes were lost.", "4,000") == "ministry");
  CHECK(source_of("Official figures show 12,000 homes damaged.", "12,000") == "official figures");
}

TEST_CASE("acc16d: a pronoun that acts stands for the body before it", "[claims][attribution][acc16d]") {
  // across a paragraph: the last name the article gave
  auto cs = run("Hackers encrypted files at the Norwood Hospital Trust on Monday.\n\nIt has sent letters to 4,000 patients.");
  CHECK(by_text(cs, "4,000").attribution.key == "norwood hospital trust");
  CHECK(source_of("Brenna Mining reported a quarterly loss. It has laid off 300 workers since March.", "300") ==
        "brenna mining");
  // no one named before: the narrator's, never "it"
  CHECK(source_of("It has sent 4,000 letters.", "4,000") == "test wire");
}

TEST_CASE("acc16d: a body that cancels, recalls or spends is the source of its figures", "[claims][attribution][acc16d]") {
  CHECK(source_of("The trust has cancelled 1,200 operations since the attack.", "1,200") == "trust");
  CHECK(source_of("Harbor Rail will spend £30 million on new trains.", "£30 million") == "harbor rail");
  auto cs = run("Kestrel Foods recalled 40,000 tins on Friday. About 12,000 tins were sold, a spokesman for the company said.");
  CHECK(by_text(cs, "40,000").attribution.key == "kestrel foods");
  // "a spokesman for the company": the company the article named, not "company"
  CHECK(by_text(cs, "About 12,000").attribution.key == "kestrel foods");
}

TEST_CASE("acc16d: modality of plans, powers and infinitives after a comma", "[claims][modality][acc16d]") {
  using testing::mod_of;
  // a plural plan
  CHECK(mod_of("Ministers plan to cap rents at 3% next year.", "3%") == modality::planned);
  // a power up to a maximum is a possibility; a capacity is a fact
  CHECK(mod_of("The regulator can fine firms up to 4% of turnover.", "up to 4%") == modality::hypothetical);
  CHECK(mod_of("Inspectors can impose penalties of up to €50,000.", "up to €50,000") == modality::hypothetical);
  CHECK(mod_of("The stadium can hold 60,000 fans.", "60,000") == modality::asserted);
  // the figure a verb before it governs is no plan of the infinitive after a comma
  CHECK(mod_of("The hackers demanded a ransom of $2 million, to be paid in bitcoin.", "$2 million") ==
        modality::asserted);
  CHECK(mod_of("The gang wants a ransom of £500,000, to be paid within a week.", "£500,000") == modality::asserted);
  // an apposed figure with no verb of its own is what is to be paid
  CHECK(mod_of("The government has approved €85 million in payments, worth €3,000 to €6,000 per farm, to be paid "
               "from May.",
               "€3,000 to €6,000") == modality::planned);
}

TEST_CASE("acc16d: a period told as a state so far is no plan", "[claims][modality][acc16d]") {
  using testing::mod_of;
  // an act that starts a period plans its length; the state it left, in the perfect, is a fact
  CHECK(mod_of("The ministry closed its border for 10 days.", "10 days") == modality::planned);
  CHECK(mod_of("The bridge has been closed for 20 months.", "20 months") == modality::asserted);
  CHECK(mod_of("The bridge has been closed for 20 months, and officials said it would reopen in June.", "20 months") ==
        modality::asserted);
  CHECK(mod_of("The line remained suspended for two weeks.", "two weeks") == modality::asserted);
}

TEST_CASE("acc16d: shares of a firm are no source; the firm is whom 'the company' stands for", "[claims][attribution][acc16d]") {
  // an act after "Shares in X" is no act of "shares in x"
  auto cs = run("Shares in Brenna Mining closed 8% lower on Tuesday, giving the miner a market value of C$2.1 billion.");
  CHECK(by_text(cs, "8%").attribution.key == "test wire");
  // a relative clause's speaker tells no figure of the main clause after its closing comma
  CHECK(source_of("Shares in Brenna Mining, which reported a loss on Monday, fell 8%.", "8%") == "test wire");
  CHECK(source_of("The toll rose to 480, far below the figure given by the health ministry, which on Tuesday again "
                  "said 471 had died.",
                  "471") == "health ministry");
  // "the company" after "Shares in X", "Sales at X" is X
  CHECK(source_of("Shares in Kestrel Foods fell 8%, the company said.", "8%") == "kestrel foods");
  CHECK(source_of("Sales at Dorvik rose 4% in March, the company said.", "4%") == "dorvik");
  // a descriptor before a name that acts is still dropped
  CHECK(source_of("Rating agency Fenwick Ratings raised its forecast to 2.1%.", "2.1%") == "fenwick ratings");
}

TEST_CASE("acc16d: a length whose start the previous sentence gives is dated by that start", "[claims][date][acc16d]") {
  auto cs = run("The Harlow bridge closed to traffic on March 3, 2025. The 26-month closure has cost shops £4 million.",
                "2026-11-16");
  auto const& d = by_text(cs, "26-month");
  CHECK(d.date == "2025-03-03");
  CHECK(d.basis == date_basis::explicit_date);
  CHECK(d.date_end == "2026-11-16");
  CHECK(by_text(cs, "£4 million").basis == date_basis::published);
  // a start without its written year, or across a paragraph, dates nothing
  CHECK(by_text(run("The siege began on March 2. The city has endured nine months of shelling.", "2024-12-10"),
                "nine months")
            .basis == date_basis::published);
  CHECK(by_text(run("The siege began on March 2, 2024.\n\nThe city has endured nine months of shelling.", "2024-12-10"),
                "nine months")
            .basis == date_basis::published);
}

TEST_CASE("lead: a negation in the part's verb phrase does not deny a fronted whole", "[claims][modality][lead16]") {
  // the whole before its comma has no verb of its own: the part's "not" is the part's
  auto c = run("Of the 14,600 pupils in the county, 1,750 have not been vaccinated.");
  CHECK(by_text(c, "14,600").mod == modality::asserted);
  CHECK(by_text(c, "1,750").mod == modality::negated);
  auto d = run("Of its 320 stores, 45 will not reopen after the floods.");
  CHECK(by_text(d, "320").mod == modality::asserted);
  CHECK(by_text(d, "45").mod != modality::asserted);
  // after a reporting "that" too
  auto e = run("Officials said that of the 900 claims, 120 were never paid.");
  CHECK(by_text(e, "900").mod == modality::asserted);
  CHECK(by_text(e, "120").mod == modality::negated);
  // a figure whose own clause is denied stays negated
  CHECK(by_text(run("The council did not approve 45 new homes."), "45").mod == modality::negated);
}
