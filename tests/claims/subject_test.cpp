// What a figure counts when a neighbouring noun phrase could pass for its head (docs/claims.md
// "Subject round"), on sentences written for these tests in the style of wire copy.

#include "claimcheck/claims/extractor.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

namespace {

using testing::by_text;
using testing::pred_of;
using testing::run;
using testing::subj_of;

std::string subj_text(std::string const& text, std::string const& figure) {
  return by_text(run(text), figure).subject.text;
}

}  // namespace

TEST_CASE("subject: an adjective that stands for people after 'of the'", "[claims][subject][subjround]") {
  CHECK(subj_of("About 6,000 of the displaced are staying with relatives.", "About 6,000") == "person");
  CHECK(subj_text("About 6,000 of the displaced are staying with relatives.", "About 6,000") == "displaced");
  // a noun after the adjective is the head
  CHECK(subj_of("Medics treated 40 injured miners at the pit head.", "40") == "miner");
}

TEST_CASE("subject: a count with no noun under a verb that happens to people", "[claims][subject][subjround]") {
  CHECK(subj_of("At least 12 died when the boat capsized.", "At least 12") == "person");
  CHECK(subj_of("The dam burst on Sunday, and 4,500 were evacuated.", "4,500") == "person");
  CHECK(subj_of("In Averin alone, 800 have been evacuated.", "800") == "person");
  // an adjective of such a verb after the figure, with no noun
  auto cs = run("The ministry said 23 dead and 40 missing had been counted.");
  CHECK(by_text(cs, "23").subject.key == "person");
  CHECK(by_text(cs, "23").predicate.key == "die");
  CHECK(by_text(cs, "40").subject.key == "person");
  CHECK(by_text(cs, "40").predicate.key == "miss");
  CHECK(subj_of("The bus crashed near Mora, leaving 40 injured.", "40") == "person");
  CHECK(subj_of("Officials counted 150 dead in the town of Kessel.", "150") == "person");
  // the elided noun of a conjunct still comes from the first ("killed and 6,268 wounded")
  CHECK(subj_of("Some 1,400 villagers had been killed and 6,268 wounded.", "6,268") == "villager");
  // an unlisted verb of people
  CHECK(subj_of("In the capital, some 12,000 marched against the reform.", "some 12,000") == "person");
  // an earlier count of the sentence or article still names the noun
  CHECK(subj_of("The boat carried 85 migrants; 12 died on the way.", "12") == "migrant");
  // a verb that is not only people's names nothing
  CHECK(subj_of("The storm hit Kessel on Monday, and 40 were destroyed.", "40").empty());
}

TEST_CASE("subject: not the speaker nor the agent of the figure's verb", "[claims][subject][subjround]") {
  CHECK(subj_of("Officials said 2,000 in Averin had been displaced by the fighting.", "2,000") == "person");
  CHECK(subj_of("Residents said 1,200 fled on Monday.", "1,200") == "person");
  CHECK(pred_of("Residents said 1,200 fled on Monday.", "1,200") == "flee");
  CHECK(subj_of("The quake killed 25 and injured 130, officials said.", "25") == "person");
  CHECK(subj_of("The quake killed 25 and injured 130, officials said.", "130") == "person");
  // a later conjunct of the object takes the verb, not its noun's event ("residents" live)
  CHECK(pred_of("The fire killed nine firefighters and two residents.", "two") == "kill");
  // with a noun of its own the object is that noun
  CHECK(subj_of("The airline cancelled 230 flights on Friday.", "230") == "flight");
  CHECK(subj_of("The outbreak has sickened 1,200, mostly children.", "1,200") != "outbreak");
  // "left" is no head, before or after the figure; nor is a possessor right before it
  CHECK(subj_of("The clashes left 14 dead and dozens wounded.", "14") == "person");
  CHECK(subj_of("The clashes left 14 dead and dozens wounded.", "dozens") == "person");
  CHECK(subj_of("In Averin, 2,300 were left homeless.", "2,300") == "person");
  CHECK(subj_of("About 40 people left in the camp were moved on Sunday.", "About 40") == "person");
  CHECK(subj_of("Averin's 2,000 displaced are sheltering in schools.", "2,000") == "person");
  // the possessor's noun named before still wins ("the bloc's 234": rule 12)
  CHECK(subj_of("The alliance won 303 seats and the opposition bloc's 234 were not enough.", "234") == "seat");
  // a level's verb keeps the clause's subject
  CHECK(subj_of("The death toll topped 300 on Sunday.", "300") == "person");
  // a modifier after "a" is no verb: the figure of its kind before it names the noun
  CHECK(subj_of("Police counted 40 protesters on Monday and an estimated 500 on Tuesday.", "an estimated 500") ==
        "protester");
}

TEST_CASE("subject: a verb after a figure is no head", "[claims][subject][subjround]") {
  // a listed verb before a time adverb ("overnight" ends a chunk, it is no noun after the verb)
  CHECK(subj_of("Shelling hit the town. Residents said 1,200 fled overnight.", "1,200") == "person");
  CHECK(subj_text("Shelling hit the town. Residents said 1,200 fled overnight.", "1,200") != "fled");
  // a past form no vocabulary lists
  CHECK(subj_text("In the capital, some 12,000 marched against the reform.", "some 12,000") != "marched");
  // a preposition of place ends the chunk
  CHECK(subj_text("An estimated 500 gathered outside the court.", "An estimated 500").empty());
  CHECK(subj_of("About 6,000 people outside the city still have no water.", "About 6,000") == "person");
  // before a noun it is a modifier
  CHECK(subj_of("Police said 40 armed men stormed the depot.", "40") == "man");
}

TEST_CASE("subject: the head before a prepositional phrase, not a noun inside it", "[claims][subject][subjround]") {
  CHECK(subj_of("Turnout in Kessel province was 61%.", "61%") == "turnout");
  CHECK(subj_of("Rents in the capital rose 6% in a year.", "6%") == "rent");
  CHECK(subj_of("Average wages at the plant were 12% higher.", "12%") == "wage");
  CHECK(subj_of("Output at Kessel's mines fell 9% in the quarter.", "9%") == "output");
  CHECK(subj_of("Support for the plan among voters in Averin was 48%.", "48%") == "support");
  CHECK(subj_text("Rents in the capital rose 6% in a year.", "6%") == "Rents");
  // nor a number word ("One in seventy-one children under 84": the children's; an age, so the
  // noun stays as text without a key)
  CHECK(subj_text("One in seventy-one children under 84 is acutely malnourished.", "under 84") == "children");
  // a name or a verb before the preposition is no head
  CHECK(subj_of("Prices in Kessel jumped 14% last month.", "14%") == "price");
}

// Seventh accuracy round (acc13s): what a figure counts where a phrase after its noun, a purpose or
// a fronted whole could pass for the head.

TEST_CASE("subject: a phrase opened by 'to' before a determiner is no head", "[claims][subject][acc13s]") {
  CHECK(subj_of("Exports to the bloc fell 11% in May.", "11%") == "export");
  CHECK(subj_of("Aid to Averin's farmers rose 8% last year.", "8%") == "aid");
  // "to" before a verb opens no phrase
  CHECK(subj_of("The plan is meant to help the country cut its debts by 20%.", "20%") == "debt");
}

TEST_CASE("subject: money 'for' a purpose is not what the money is", "[claims][subject][acc13s]") {
  // the parts of a breakdown after a colon are the whole's
  auto cs = run("Ostland's budget puts new investment at €6 billion: €3.5 billion for roads and €2.5 billion for schools.");
  CHECK(by_text(cs, "€3.5 billion").subject.key == "investment");
  CHECK(by_text(cs, "€2.5 billion").subject.key == "investment");
  // a noun that names money is ("for relief": aid)
  CHECK(subj_of("The fund released $10 million for relief.", "$10 million") == "aid");
}

TEST_CASE("subject: 'of' after a plural number word names the counted thing", "[claims][subject][acc13s]") {
  CHECK(subj_of("Herders have sold tens of thousands of sheep.", "tens of thousands") == "sheep");
  CHECK(subj_of("Dozens of deer were found dead.", "Dozens of") == "deer");
  // a bare singular after a figure still describes it ("30 of cabinet rank")
  CHECK(subj_of("The cabinet has 71 ministers: 30 of cabinet rank and 41 juniors.", "30") == "minister");
}

TEST_CASE("subject: the number or count of a noun, past a participle or an unlisted verb", "[claims][subject][acc13s]") {
  CHECK(subj_of("The number of people relying on food aid has climbed to nearly 2 million.", "nearly 2 million") ==
        "person");
  CHECK(subj_of("The port authority's count of damaged boats stood at 214.", "214") == "boat");
  // the change "by" counts the same thing, by its own verb
  auto cs = run("The number of patients waiting for surgery rose by 3,000 to 90,000.");
  CHECK(by_text(cs, "3,000").subject.key == "person");
  CHECK(by_text(cs, "3,000").predicate.key == "rise");
  CHECK(by_text(cs, "90,000").subject.key == "person");
}

TEST_CASE("subject: 'of those' with a noun of its own", "[claims][subject][acc13s]") {
  CHECK(subj_of("The waiting list grew to 9,000, and 2,000 of those patients had waited a year.", "2,000") == "person");
  CHECK(subj_of("The camp held 9,000 people, and 4,000 of those refugees were children.", "4,000") == "refugee");
  // a noun that names an event refers back to the figure of that event
  CHECK(subj_of("Some 300 Averinis were killed, and 40 of those deaths were in the north.", "40") == "averini");
}

TEST_CASE("subject: a part after a fronted whole with a phrase of its own", "[claims][subject][acc13s]") {
  auto cs = run("Of the 500 farms registered in the valley, about 300, or roughly 60%, have no water.");
  CHECK(by_text(cs, "500").subject.key == "farm");
  CHECK(by_text(cs, "about 300").subject.key == "farm");
  CHECK(by_text(cs, "roughly 60%").subject.key == "farm");
  // a part with a noun of its own keeps it
  CHECK(subj_of("Of the 500 people rescued in the valley, 120 children were taken to hospital.", "120") == "child");
}

TEST_CASE("subject: a share of capacity measures the noun before it", "[claims][subject][acc13s]") {
  CHECK(subj_of("Reservoirs in the north are at 22% of capacity.", "22%") == "reservoir");
}

TEST_CASE("subject: a part stated by a singular copula", "[claims][subject][acc13s]") {
  auto cs = run("Of the €2 billion, €800 million is roads, €700 million schools and €500 million hospitals.");
  CHECK(by_text(cs, "€800 million").subject.key == "road");
  CHECK(by_text(cs, "€700 million").subject.key == "school");
}

TEST_CASE("subject: a change 'by N to M' counts what the level counts", "[claims][subject][acc13s]") {
  auto cs = run("The death toll from the storm that struck before dawn on Sunday rose by 40 to 150.");
  CHECK(by_text(cs, "40").subject.key == "person");
  CHECK(by_text(cs, "40").predicate.key == "rise");
  CHECK(by_text(cs, "150").subject.key == "person");
}

TEST_CASE("subject: a verb form in -s opening its clause after a comma or 'and' is a noun", "[claims][subject][acc13s]") {
  CHECK(subj_of("On Tuesday, shares in Brenmar fell 6.2%.", "6.2%") == "share");
  CHECK(subj_of("The krona fell 1.4%, and shares in Ostra Mills lost nearly 9%.", "nearly 9%") == "share");
}

TEST_CASE("subject: a noun right after 'of it' is a money part's", "[claims][subject][acc13s]") {
  auto cs = run("Veloria exported wheat worth €4bn, €2.5bn of it durum and €1.5bn soft wheat.");
  CHECK(by_text(cs, "€2.5bn").subject.key == "durum");
  CHECK(by_text(cs, "€1.5bn").subject.key == "wheat");
}

TEST_CASE("subject: a listed verb or a comparison after a plural head ends the chunk", "[claims][subject][acc13s]") {
  CHECK(subj_of("Some 2,000 homes lost power.", "Some 2,000") == "home");
  CHECK(subj_of("Nearly half of Averin's 8,000 residents spent Monday night in shelters.", "8,000") == "person");
  CHECK(subj_of("In the valley, about 600 families own fewer than 40 boats.", "about 600") == "family");
}

TEST_CASE("subject: money a body lends is a loan", "[claims][subject][acc13s]") {
  CHECK(subj_of("The World Bank said it could lend up to $250 million.", "up to $250 million") == "loan");
}

TEST_CASE("subject: an age keeps its noun as text but no key, and does not take over its clause", "[claims][subject][age]") {
  auto cs = run("A 48-year-old pilot was hurt. Of the dead, 30 were aged 65 or older. Doctors said 40 patients aged "
                "70 or over were treated.");
  auto const& pilot = by_text(cs, "48-year-old");
  CHECK(pilot.q.age);
  CHECK(pilot.subject.key.empty());  // one person's age: nothing to set against another's
  CHECK(pilot.subject.text == "pilot");
  CHECK(pilot.predicate.key == "be");
  CHECK(by_text(cs, "65 or older").subject.key.empty());
  CHECK(by_text(cs, "65 or older").q.age);
  // "aged" is no head: the figure before it keeps its own noun, or none
  CHECK(by_text(cs, "30").subject.key != "aged");
  CHECK(by_text(cs, "40").subject.key == "person");
  CHECK(by_text(cs, "70 or over").q.lo == 70);
}

TEST_CASE("subject: a figure with a qualifier after it keeps the noun after the qualifier", "[claims][subject][postfix]") {
  CHECK(subj_of("A hundred or so protesters gathered outside the court.", "A hundred or so") == "protester");
  auto cs = run("The city deployed 500-plus police officers.");
  CHECK(by_text(cs, "500-plus").subject.key == "officer");
  CHECK(by_text(cs, "500-plus").predicate.key == "deploy");  // not a compound modifier ("a 15-member council")
}

TEST_CASE("subject: irregular plurals take their singular from grammars/plurals.tsv", "[claims][subject][plurals]") {
  // "-uses", "-ses" for "-sis", "-ves", "-oes" and plurals without "-s": the suffix rules alone
  // would give "buse", "crise", "knive", "tornadoe" and keep "geese"
  CHECK(subj_of("The operator pulled 35 buses from service after the inspection.", "35") == "bus");
  CHECK(subj_of("Wardens counted 4,100 geese on the estuary last weekend.", "4,100") == "goose");
  CHECK(subj_of("The province has weathered three crises in two years.", "three") == "crisis");
  CHECK(subj_of("Officers seized 12 knives and a replica pistol.", "12") == "knife");
  CHECK(subj_of("Forecasters tracked 14 tornadoes across the plains on Sunday.", "14") == "tornado");
  CHECK(subj_of("The laboratory has sequenced 7 viruses since March.", "7") == "virus");
  // a two-word subject phrase ends in the singular too, and regular plurals keep their rules
  CHECK(subj_of("Flooding damaged 40 houses and 3 churches in the valley.", "40") == "house");
  CHECK(subj_of("Flooding damaged 40 houses and 3 churches in the valley.", "3") == "church");
}
