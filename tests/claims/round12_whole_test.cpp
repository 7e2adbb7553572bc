// Twelfth accuracy round (acc18w): the claim's fields together (claim.whole), by mechanisms seen in
// two or more held-out sets (docs/claims.md "Twelfth round"), on sentences written for these tests.

#include "claimcheck/claims/extractor.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

namespace {

using testing::by_text;
using testing::run;

}  // namespace

// Web copies of articles open with the page's furniture (the outlet and desk, the byline, "4 min
// read", "Skip to content"): a paragraph that ends no sentence. The lede is the first paragraph
// that does, and the rules of the lede (its event day, its act's day, its organisation) read it.
TEST_CASE("acc18w: page furniture above the story is not the lede", "[claims][dates][source][acc18w]") {
  // publication 2024-04-09 (Tuesday): Sunday is 2024-04-07
  std::string const story =
      "The Green Party won 52 of the 120 seats in Sunday's election.\n\n"
      "Turnout was 61.5%, the party said.";
  for (std::string const furniture :
       {"Test Wire | Politics desk | 3 min read\n\n", "Skip to content\n\n",
        "Jana Holt for Test Wire - updated 08:15 GMT\n\n",
        "Home / News / Politics\n\nPublished Tuesday 9 April 2024\n\n"}) {
    auto cs = run(furniture + story);
    INFO(furniture);
    CHECK(by_text(cs, "61.5%").date == "2024-04-07");
    CHECK(by_text(cs, "61.5%").basis == date_basis::relative);
  }
  // the lede's organisation: "the company" later stands for it
  for (std::string const furniture : {"", "Business news (Photo: the Dalby site from the air)\n\n"}) {
    auto cs = run(furniture +
                  "Brenmark Foods slipped to a loss in the first quarter after a listeria scare at its Dalby plant.\n\n"
                  "About 300 staff were sent home on full pay, the company said.");
    INFO(furniture);
    CHECK(by_text(cs, "About 300").attribution.key == "brenmark foods");
  }
  // a lede that ends with a quotation, or with a colon before a list, is still the lede
  auto quoted = run("The Green Party won 52 of the 120 seats in Sunday's election. \"We are back,\" its leader said, "
                    "\"and we are here to stay.\"\n\nTurnout was 61.5%, the party said.");
  CHECK(by_text(quoted, "61.5%").date == "2024-04-07");
  // without furniture nothing changes: a later paragraph without an event frame is as of publication
  auto quake = run("Test Wire | World\n\nA quake struck the region on Sunday, killing 40 people.\n\nSome 900 homes were "
                   "destroyed.");
  CHECK(by_text(quake, "Some 900").date == "2024-04-09");
  CHECK(by_text(quake, "40").date == "2024-04-07");
}

// A plan told on a day before publication is that day's plan (sets 3, 5, 8, 9 and 10 date it so);
// told on the publication day, or with no day, it is dated by publication as before, and a plan
// that names its own time keeps it.
TEST_CASE("acc18w: a plan told on an earlier day is dated by its telling", "[claims][dates][acc18w]") {
  // publication 2024-04-09 (Tuesday): Monday is 2024-04-08, Friday 2024-04-05
  auto said = run("The carmaker said on Monday it would cut 2,300 jobs at its two plants.");
  CHECK(by_text(said, "2,300").mod == modality::planned);
  CHECK(by_text(said, "2,300").date == "2024-04-08");
  CHECK(by_text(said, "2,300").basis == date_basis::relative);
  auto after = run("The city will open three cold-weather shelters with 150 beds, the housing office said on Friday.");
  CHECK(by_text(after, "150").date == "2024-04-05");
  CHECK(by_text(after, "150").basis == date_basis::relative);
  auto told = run("The airline will pay €400 to each stranded passenger, its chief executive told reporters on Monday.");
  CHECK(by_text(told, "€400").date == "2024-04-08");
  auto that = run("The agency said on Friday that the repairs would take at least six weeks and cost up to $9 million.");
  CHECK(by_text(that, "up to $9 million").date == "2024-04-05");
  // told on the publication day: as before
  auto today = run("The carmaker said on Tuesday it would cut 2,300 jobs.");
  CHECK(by_text(today, "2,300").basis == date_basis::published);
  // no day of telling: publication
  auto none = run("The carmaker said it would cut 2,300 jobs.");
  CHECK(by_text(none, "2,300").basis == date_basis::published);
  // a plan's own time wins over its telling
  auto own = run("The carmaker said on Monday it would cut 2,300 jobs next year.");
  CHECK(by_text(own, "2,300").date == "2025");
  // an asserted figure told on an earlier day is that day's, as before
  auto fact = run("The carmaker said on Monday it had cut 2,300 jobs.");
  CHECK(by_text(fact, "2,300").date == "2024-04-08");
}

// What a body seeks or wants is its claim, as what it demands is (sets 9, 10 and 11).
TEST_CASE("acc18w: a body that seeks or wants a figure is its source", "[claims][source][acc18w]") {
  CHECK(by_text(run("The Tram Drivers' Guild is seeking a 6% pay rise."), "6%").attribution.key == "tram drivers guild");
  CHECK(by_text(run("The nurses' union wants a 12% rise before the winter."), "12%").attribution.key ==
        "nurses union");
  CHECK(by_text(run("Harrow Aid wants the hardship grant raised to €80 million."), "€80 million")
            .attribution.key == "harrow aid");
  CHECK(by_text(run("The Fenmoor Growers Association seeks compensation of up to £40,000 per farm."), "up to £40,000")
            .attribution.key == "fenmoor growers association");
  // a speaker named for the sentence still wins; no body at the head of the sentence, no source
  CHECK(by_text(run("The union is seeking a 6% rise, its treasurer Ola Brandt said."), "6%").attribution.key ==
        "ola brandt");
  CHECK(by_text(run("Most households want bills capped at £1,500."), "£1,500").attribution.key == "test wire");
}

// "The Tram Guild, which represents some 2,100 drivers, is seeking ...": a "which" clause between a
// body's name and its act describes the body, and its figures are the body's (sets 2, 5, 6, 8, 9
// and 10); a figure's own comma ("2,100") does not close the clause.
TEST_CASE("acc18w: a which-clause describing the body that acts gives it its figures", "[claims][source][acc18w]") {
  auto guild = run("The Tram Drivers' Guild, which represents some 2,100 drivers and conductors, is seeking a 6% pay rise.");
  CHECK(by_text(guild, "6%").attribution.key == "tram drivers guild");
  CHECK(by_text(guild, "some 2,100").attribution.key == "tram drivers guild");
  auto bank = run("Corran Savings, which serves about 1.2 million customers, raised its mortgage rate to 5.4%.");
  CHECK(by_text(bank, "about 1.2 million").attribution.key == "corran savings");
  CHECK(by_text(bank, "5.4%").attribution.key == "corran savings");
  // a speaker named for the sentence tells both, as before
  auto said = run("Corran Savings, which serves about 1.2 million customers, raised its rate to 5.4%, the regulator said.");
  CHECK(by_text(said, "about 1.2 million").attribution.key == "regulator");
  // a "who" clause tells a person's past, not figures she reports
  auto person = run("Mayor Ana Ruiz, who has led the city for nine years, pledged €3 million for the shelters.");
  CHECK(by_text(person, "€3 million").attribution.key == "ana ruiz");
  CHECK(by_text(person, "nine years").attribution.key == "test wire");
  // no act after the clause: no body acts, and the clause's figure is the outlet's
  auto none = run("Corran Savings, which serves about 1.2 million customers, is based in the north.");
  CHECK(by_text(none, "about 1.2 million").attribution.key == "test wire");
}

// "X, which ..., said": the relative clause between the speaker's name and the verb may be long
// or hold a list's commas (sets 8 and 13); an appositive keeps its old bounds.
TEST_CASE("acc18w: a long or listing relative clause before 'said' keeps its speaker", "[claims][source][acc18w]") {
  auto long_clause = run("Brenmark Foods, which employs about 900 people at the plant and runs 12 ovens there, said it "
                         "would pay €500 to every worker.");
  CHECK(by_text(long_clause, "about 900").attribution.key == "brenmark foods");
  CHECK(by_text(long_clause, "€500").attribution.key == "brenmark foods");
  auto list = run("The Fenmoor Growers Council, which represents 80-odd apple, pear and plum farms, said its members "
                  "lost up to £2 million in the frost.");
  CHECK(by_text(list, "80-odd").attribution.key == "fenmoor growers council");
  CHECK(by_text(list, "up to £2 million").attribution.key == "fenmoor growers council");
  // as before: an appositive, and a short relative clause
  CHECK(by_text(run("Rudi Falk, chairman of the football association, said 40 clubs had applied."), "40")
            .attribution.key == "rudi falk");
  CHECK(by_text(run("The agency, which published its own estimate last week, said 300 homes were lost."), "300")
            .attribution.key == "agency");
}

// "claims", "reports", "estimates" are plural nouns too: before a verb of figures or a noun's
// preposition they name no speaker (sets 8 and 13: "Insurance claims rose ...", "could climb
// once claims from farms arrive" made "insurance" and "climb once" speakers).
TEST_CASE("acc18w: a speech cue that is a plural noun names no speaker", "[claims][source][acc18w]") {
  CHECK(by_text(run("Insurers put the damage at €9 million, and warned it could rise once claims from farms arrive."),
                "€9 million")
            .attribution.key == "insurers");
  CHECK(by_text(run("Storm claims rose to 4,300 in the first week."), "4,300").attribution.key == "test wire");
  // the verbs, as before
  CHECK(by_text(run("The rebel group claims 300 soldiers were killed."), "300").attribution.key == "rebel group");
  CHECK(by_text(run("The agency reports 300 new cases."), "300").attribution.key == "agency");
  auto day = by_text(run("The agency reports on Monday showed 300 new cases."), "300");
  CHECK(day.attribution.key == "agency");
  CHECK(day.date == "2024-04-08");
}

// A figure whose own verb is a perfect counts up to the telling: a date phrase in a clause after
// it (after ", and", ":", a relative pronoun, or a comma before the main clause's verb) dates that
// clause, not the figure (sets 5 and 11).
TEST_CASE("acc18w: a perfect's figure is not dated by a later clause's phrase", "[claims][dates][acc18w]") {
  // publication 2024-04-09
  auto joined = by_text(run("Three crew members have been hurt, and a pilot was killed on March 2 when his plane crashed."),
                        "Three");
  CHECK(joined.date == "2024-04-09");
  CHECK(joined.basis == date_basis::published);
  CHECK(by_text(run("Two people have died this season: a pilot whose plane crashed in February and a hiker."), "Two")
            .basis == date_basis::published);
  CHECK(by_text(run("Results for the spring session, which about 4,500 pupils have registered for, are due on June 3."),
                "about 4,500")
            .basis == date_basis::published);
  // a phrase of the figure's own clause, or its telling, still dates it
  CHECK(by_text(run("33,207 people have been killed, the ministry said on Monday."), "33,207").date == "2024-04-08");
  CHECK(by_text(run("Three crew members were hurt on March 2, and a pilot was killed."), "Three").date == "2024-03-02");
}

// "Ecologist Dr Lena Ward of Eastbay University said", "said Lena Ward of the Eastbay Otter
// Trust": a person named with the body she speaks for is the person, wherever the name stands
// and whatever title or descriptor is before it (docs/corpus.md; sets 9 and 10); a body's own
// name with "of" keeps it.
TEST_CASE("acc18w: a person named with her body is the person", "[claims][source][acc18w]") {
  CHECK(by_text(run("Ecologist Dr Lena Ward of Eastbay University said 40 otters were counted."), "40").attribution.key ==
        "lena ward");
  CHECK(by_text(run("Lena Ward of Eastbay University said 40 otters were counted."), "40").attribution.key ==
        "lena ward");
  auto after = run("Occupancy reached 97% on Tuesday, said Lena Ward of the Eastbay Otter Trust, which runs two shelters.");
  CHECK(by_text(after, "97%").attribution.key == "lena ward");
  // a pronoun later stands for her under the same key
  auto later = run("Ecologist Dr Lena Ward of Eastbay University said 40 otters were counted. Road traffic killed 12 of "
                   "them last year, she said.");
  CHECK(by_text(later, "12").attribution.key == "lena ward");
  // bodies with "of" in their names
  CHECK(by_text(run("The Central Bank of Ireland said 40 lenders had applied."), "40").attribution.key ==
        "central bank of ireland");
  CHECK(by_text(run("The Westland Board of Animal Health said 40 flocks were infected."), "40").attribution.key ==
        "westland board of animal health");
  CHECK(by_text(run("The London Chamber of Commerce said 40 firms had closed."), "40").attribution.key ==
        "london chamber of commerce");
}
