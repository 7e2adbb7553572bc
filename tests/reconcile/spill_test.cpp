#include "claimcheck/reconcile/spill.hpp"

#include "claimcheck/reconcile/reconciler.hpp"
#include "reconcile/claim_builder.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <unistd.h>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

using namespace claimcheck;
using claimcheck::testing::claim_builder;

namespace {

reconcile::reconciler const& rec() {
  static reconcile::reconciler const r(claimcheck::testing::lex());
  return r;
}

// Articles of a made-up story: tolls over days from several outlets (some falling, some
// contradicting), parts of wholes, fractions, sums and durations, with sentences and topics.
std::vector<std::vector<claim>> story(unsigned seed, std::size_t articles) {
  std::mt19937 rng(seed);
  auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
  char const* subjects[] = {"people", "hostage", "home", "school"};
  char const* predicates[] = {"kill", "seize", "damage", "hold"};
  char const* topics[] = {"gaza", "morocco", "sudan"};
  std::vector<std::vector<claim>> out;
  for (std::size_t a = 0; a < articles; ++a) {
    std::string const art = fmt::format("n{}", a);
    std::string const day = fmt::format("2024-04-{:02}", 1 + pick(9));
    std::string const topic = topics[pick(3)];
    std::string const sentence = fmt::format("Sentence {} of {}.", pick(3), art);
    std::vector<claim> cs;
    int n = 0;
    auto id = [&] { return fmt::format("{}:{}", art, ++n); };
    for (int k = 0; k < 3; ++k) {
      int const s = pick(4);
      claim c = claim_builder(id(), subjects[s], predicates[pick(4)], 1000 + 10 * pick(30))
                    .on(pick(5) ? day : day.substr(0, 7))
                    .by(pick(2) ? "ministry" : "agency", fmt::format("outlet{}", pick(3)))
                    .in_sentence(static_cast<std::size_t>(10 * pick(3)), sentence, static_cast<std::size_t>(k))
                    .topics({topic});
      cs.push_back(c);
    }
    // A whole with a part (sometimes larger), a fraction of the whole, a count in its sentence.
    std::string const whole = id();
    cs.push_back(claim_builder(whole, "hostage", "seize", 253).on(day).topics({topic}).in_sentence(100, "w " + art, 1));
    cs.push_back(claim_builder(id(), "hostage", "hold", pick(4) ? 133 : 260)
                     .on(day)
                     .rel(relation_kind::part_of, whole)
                     .in_sentence(100, "w " + art, 5)
                     .topics({topic}));
    cs.push_back(claim_builder(id(), "hostage", "release", pick(3) ? 0.5 : 0.2)
                     .range("nearly", pick(3) ? 0.425 : 0.15, pick(3) ? 0.5 : 0.2)
                     .kind(quantity_kind::fraction)
                     .text("nearly half")
                     .on(day)
                     .rel(relation_kind::fraction_of, whole)
                     .in_sentence(200, "f " + art, 1)
                     .topics({topic}));
    cs.push_back(claim_builder(id(), "hostage", "release", 105 + pick(40))
                     .on(day)
                     .rel(relation_kind::part_of, whole)
                     .in_sentence(200, "f " + art, 9)
                     .topics({topic}));
    // A total and two parts with no subject key (they meet only through the relation).
    std::string const total = id();
    std::string const p1 = fmt::format("{}:{}", art, n + 1), p2 = fmt::format("{}:{}", art, n + 2);
    cs.push_back(claim_builder(total, "", "", 100).on(day).rel(relation_kind::sum_of, p1).rel(relation_kind::sum_of, p2));
    cs.push_back(claim_builder(id(), "", "", 60).on(day));
    cs.push_back(claim_builder(id(), "", "", pick(3) ? 40 : 55).on(day));
    // A war with a start and a stated length measured from it.
    cs.push_back(claim_builder(id(), "war", "begin", 1).on("2023-10-07").until(day).kind(quantity_kind::duration, "day"));
    cs.push_back(claim_builder(id(), "war", "last", pick(3) ? 6 : 10).on(day).kind(quantity_kind::duration, "month"));
    out.push_back(std::move(cs));
  }
  return out;
}

void same(std::vector<discrepancy> const& got, std::vector<discrepancy> const& want) {
  REQUIRE(got.size() == want.size());
  for (std::size_t i = 0; i < got.size(); ++i) {
    CHECK(got[i].id == want[i].id);
    CHECK(got[i].kind == want[i].kind);
    CHECK(got[i].sev == want[i].sev);
    CHECK(got[i].subject == want[i].subject);
    CHECK(got[i].message == want[i].message);
    CHECK(got[i].outlier == want[i].outlier);
    CHECK(got[i].expected_lo == want[i].expected_lo);
    CHECK(got[i].expected_hi == want[i].expected_hi);
    CHECK(got[i].residual == want[i].residual);
    REQUIRE(got[i].claims.size() == want[i].claims.size());
    for (std::size_t k = 0; k < got[i].claims.size(); ++k) {
      claim const& a = got[i].claims[k];
      claim const& b = want[i].claims[k];
      // Every field a report prints: the bucketed run reconciles lean records and must read
      // the cited claims back in full.
      CHECK(a.id == b.id);
      CHECK(a.article == b.article);
      CHECK(a.source == b.source);
      CHECK(a.published == b.published);
      CHECK(a.url == b.url);
      CHECK(a.file == b.file);
      CHECK(a.line == b.line);
      CHECK(a.sentence == b.sentence);
      CHECK(a.sentence_start == b.sentence_start);
      CHECK(a.q.text == b.q.text);
      CHECK(a.q.span == b.q.span);
      CHECK(a.q.value == b.q.value);
      CHECK(a.q.lo == b.q.lo);
      CHECK(a.q.hi == b.q.hi);
      CHECK(a.q.qualifier == b.q.qualifier);
      CHECK(a.q.kind == b.q.kind);
      CHECK(a.q.unit == b.q.unit);
      CHECK(a.subject.text == b.subject.text);
      CHECK(a.subject.key == b.subject.key);
      CHECK(a.scope == b.scope);
      CHECK(a.topics == b.topics);
      CHECK(a.predicate.text == b.predicate.text);
      CHECK(a.predicate.key == b.predicate.key);
      CHECK(a.mod == b.mod);
      CHECK(a.date == b.date);
      CHECK(a.basis == b.basis);
      CHECK(a.date_end == b.date_end);
      CHECK(a.attribution.text == b.attribution.text);
      CHECK(a.attribution.key == b.attribution.key);
      CHECK(a.relations == b.relations);
      CHECK(a.line_in_file == b.line_in_file);
      CHECK(a.column == b.column);
    }
  }
}

std::vector<discrepancy> bucketed(std::vector<std::vector<claim>> arts, reconcile::spill_options opt) {
  reconcile::bucketed_run run(rec(), opt);
  for (auto& a : arts) run.add_article(std::move(a));
  return run.finish();
}

}  // namespace

TEST_CASE("a bucketed run finds exactly what one run over all claims finds", "[reconcile][spill]") {
  auto const arts = story(7, 120);
  std::vector<claim> all;
  for (auto const& a : arts) all.insert(all.end(), a.begin(), a.end());
  auto const want = rec().run(all);
  REQUIRE(want.size() > 20);
  for (std::size_t bucket : {1u, 7u, 100000u}) {
    INFO("bucket_claims " << bucket);
    same(bucketed(arts, {0, bucket}), want);  // spilled from the first claim
  }
  same(bucketed(arts, {500, 40}), want);      // spilled part way through
  same(bucketed(arts, {1000000, 40}), want);  // never spilled
}

TEST_CASE("a bucketed run reconciles lean records and reports the cited claims in full", "[reconcile][spill]") {
  // What the reconciler never reads (url, dates of publication, files, phrases as written,
  // positions) is left out of the bucket files; a report still shows it. Phrases differ from
  // their keys, sentences are long, and reading back happens in chunks of 1, 3 and 4,096
  // claims.
  auto arts = story(19, 150);
  std::size_t line = 0;
  for (auto& a : arts) {
    for (auto& c : a) {
      c.url = "https://example.org/" + c.article;
      c.published = "2024-04-10";
      c.file = "feed" + std::to_string(line % 3) + ".jsonl";
      c.line = ++line;
      c.sentence += " It went on with a long clause about what the agency said in its statement.";
      c.subject.text = "the " + c.subject.key + "s";
      c.predicate.text = c.predicate.key + "ed";
      c.attribution.text = "according to the " + c.attribution.key;
      c.basis = date_basis::explicit_date;
      c.line_in_file = static_cast<int>(line);
      c.column = 7;
      c.q.text = c.q.text.empty() ? fmt::format("{}", c.q.value) : c.q.text;
    }
  }
  std::vector<claim> all;
  for (auto const& a : arts) all.insert(all.end(), a.begin(), a.end());
  auto const want = rec().run(all);
  REQUIRE(want.size() > 30);
  for (std::size_t chunk : {1u, 3u, 4096u}) {
    INFO("chunk_claims " << chunk);
    same(bucketed(arts, {0, 13, chunk}), want);
  }
  // And what one run gives is the claims exactly as added (the engine's compact copy is only
  // its working set).
  std::size_t cited = 0;
  for (auto const& d : want) {
    for (auto const& c : d.claims) {
      auto it = std::find_if(all.begin(), all.end(), [&](claim const& x) { return x.id == c.id; });
      REQUIRE(it != all.end());
      CHECK(c.url == it->url);
      CHECK(c.sentence == it->sentence);
      CHECK(c.subject.text == it->subject.text);
      ++cited;
    }
  }
  CHECK(cited >= 2 * want.size());
}

TEST_CASE("a bucketed run over pre-extracted claims takes each article's claims together", "[reconcile][spill]") {
  auto const arts = story(11, 60);
  std::vector<claim> all;
  for (auto const& a : arts) all.insert(all.end(), a.begin(), a.end());
  reconcile::bucketed_run run(rec(), {0, 5});
  for (auto c : all) run.add(std::move(c));
  CHECK(run.size() == all.size());
  same(run.finish(), rec().run(all));
}

TEST_CASE("inputs the buckets cannot split still give the result of one run", "[reconcile][spill]") {
  auto arts = story(3, 40);
  SECTION("an article id that repeats") { arts.push_back(story(4, 1).front()); }
  SECTION("a relation to another article") {
    arts[5].push_back(claim_builder("n5:99", "hostage", "hold", 999).on("2024-04-02").rel(relation_kind::part_of, "n6:4"));
  }
  SECTION("ids that do not name their article") {
    arts[2].push_back(claim_builder("x:1", "people", "kill", 5000).on("2024-04-03"));
    arts[2].back().article = "n2";
  }
  std::vector<claim> all;
  for (auto const& a : arts) all.insert(all.end(), a.begin(), a.end());
  same(bucketed(arts, {0, 3}), rec().run(all));
}

TEST_CASE("a bucketed run removes its temporary files", "[reconcile][spill]") {
  namespace fs = std::filesystem;
  fs::path const dir = fs::temp_directory_path() / fmt::format("claimcheck-spill-test-{}", ::getpid());
  fs::create_directories(dir);
  char const* old = std::getenv("TMPDIR");
  std::string const saved = old ? old : "";
  ::setenv("TMPDIR", dir.c_str(), 1);
  {
    reconcile::bucketed_run run(rec(), {0, 10});
    for (auto& a : story(5, 10)) run.add_article(std::move(a));
    CHECK(!fs::is_empty(dir));
    run.finish();
  }
  CHECK(fs::is_empty(dir));
  if (old) ::setenv("TMPDIR", saved.c_str(), 1);
  else ::unsetenv("TMPDIR");
  fs::remove_all(dir);
}

namespace {

// A replay in a set order, collected whole (preview counted), for comparing.
struct replayed {
  std::vector<discrepancy> ds;
  std::size_t previewed = 0;
};

replayed replay_all(reconcile::bucketed_run& run, bool with_claims) {
  replayed out;
  reconcile::discrepancy_stream s;
  s.preview = [&](discrepancy const& d, claim const&) {
    CHECK(d.claims.empty());
    ++out.previewed;
  };
  s.begin = [&](discrepancy const& d, std::size_t) { out.ds.push_back(d); };
  s.each_claim = [&](claim const& c) { out.ds.back().claims.push_back(c); };
  s.end = [&](discrepancy const& d) { CHECK(d.id == out.ds.back().id); };
  run.replay(s, with_claims);
  return out;
}

// Subject first, then kind, then reconciler::run's order: an order the buckets must merge in.
bool by_subject(reconcile::discrepancy_head const& a, reconcile::discrepancy_head const& b) {
  if (a.d.subject != b.d.subject) return a.d.subject < b.d.subject;
  if (a.d.kind != b.d.kind) return a.d.kind < b.d.kind;
  return reconcile::head_before(a, b);
}

}  // namespace

TEST_CASE("a bucketed run replays its discrepancies in any set order, merging the buckets", "[reconcile][spill]") {
  auto const arts = story(11, 90);
  std::vector<claim> all;
  for (auto const& a : arts) all.insert(all.end(), a.begin(), a.end());
  auto const found = rec().run(all);
  REQUIRE(found.size() > 20);
  // What the order asks for: a stable sort of reconciler::run's result.
  auto heads_of = [](discrepancy const& d) {
    reconcile::discrepancy_head h;
    h.d = d;
    h.d.claims.clear();
    for (auto const& c : d.claims) h.ids.push_back(c.id);
    return h;
  };
  auto want = found;
  std::stable_sort(want.begin(), want.end(),
                   [&](discrepancy const& a, discrepancy const& b) { return by_subject(heads_of(a), heads_of(b)); });
  REQUIRE(want.front().subject != found.front().subject);  // the order does differ
  // Those that cite claim ids of even-numbered articles only are dropped by `keep`.
  auto keep = [](reconcile::discrepancy_head const& h) {
    return std::any_of(h.ids.begin(), h.ids.end(), [](std::string const& id) {
      return (std::stoi(id.substr(1, id.find(':') - 1)) % 2) == 1;
    });
  };
  std::vector<discrepancy> kept;
  std::copy_if(want.begin(), want.end(), std::back_inserter(kept), [&](discrepancy const& d) { return keep(heads_of(d)); });
  REQUIRE(kept.size() < want.size());

  for (reconcile::spill_options opt : {reconcile::spill_options{0, 1}, reconcile::spill_options{0, 7},
                                       reconcile::spill_options{0, 100000}, reconcile::spill_options{1000000, 40}}) {
    INFO("memory_claims " << opt.memory_claims << ", bucket_claims " << opt.bucket_claims);
    opt.chunk_claims = 3;
    {
      reconcile::bucketed_run run(rec(), opt);
      for (auto a : arts) run.add_article(std::move(a));
      std::size_t seen = 0;
      REQUIRE(run.reconcile({}, [&](reconcile::discrepancy_head const&) { ++seen; }) == found.size());
      CHECK(seen == found.size());
      same(replay_all(run, true).ds, found);  // the default order: reconciler::run's
      run.order(by_subject);
      auto const got = replay_all(run, true);
      same(got.ds, want);
      std::size_t cites = 0;
      for (auto const& d : want) cites += d.claims.size();
      CHECK(got.previewed == cites);
      // Heads only, in the same order, and again after another order and back.
      auto heads = replay_all(run, false);
      REQUIRE(heads.ds.size() == want.size());
      for (std::size_t i = 0; i < want.size(); ++i) {
        CHECK(heads.ds[i].id == want[i].id);
        CHECK(heads.ds[i].claims.empty());
      }
      CHECK(heads.previewed == 0);
      run.order({});
      same(replay_all(run, true).ds, found);
      run.order(by_subject);
      same(replay_all(run, true).ds, want);
    }
    {
      reconcile::bucketed_run run(rec(), opt);
      for (auto a : arts) run.add_article(std::move(a));
      CHECK(run.reconcile(keep) == kept.size());
      run.order(by_subject);
      same(replay_all(run, true).ds, kept);
    }
  }
}

namespace {

std::vector<claim> flat(std::vector<std::vector<claim>> const& arts) {
  std::vector<claim> all;
  for (auto const& a : arts) all.insert(all.end(), a.begin(), a.end());
  return all;
}

// Reconciles `arts` spilled into buckets of `bucket_claims`; the run's split goes to `st`.
std::vector<discrepancy> bucketed(std::vector<std::vector<claim>> arts, std::size_t bucket_claims, reconcile::spill_stats& st) {
  reconcile::bucketed_run run(rec(), {0, bucket_claims});
  for (auto& a : arts) run.add_article(std::move(a));
  auto out = run.finish();
  st = run.stats();
  return out;
}

}  // namespace

TEST_CASE("claims a relation links across entities do not merge those entities", "[reconcile][spill]") {
  // Every article ties a part of its own subject to a whole of one shared entity (hostage /
  // seize): merging the entities of linked claims would make one entity of them all. The sets
  // are reconciled apart instead: the largest entity is the shared one, and the part_whole
  // discrepancies (every third part is larger than its whole) are still found.
  std::vector<std::vector<claim>> arts;
  for (int a = 0; a < 30; ++a) {
    std::string const art = fmt::format("m{}", a);
    std::string const day = fmt::format("2024-05-{:02}", 1 + a % 5);
    arts.push_back({claim_builder(art + ":1", "hostage", "seize", 253).on(day).in_sentence(0, "w " + art, 3),
                    claim_builder(art + ":2", fmt::format("group{}", a), "hold", a % 3 == 0 ? 300 : 100)
                        .on(day)
                        .rel(relation_kind::part_of, art + ":1")
                        .in_sentence(50, "p " + art, 4)});
  }
  auto const want = rec().run(flat(arts));
  REQUIRE(std::count_if(want.begin(), want.end(), [](discrepancy const& d) { return d.kind == discrepancy_kind::part_whole; }) == 10);
  for (std::size_t bucket : {1u, 7u, 1000u}) {
    INFO("bucket_claims " << bucket);
    reconcile::spill_stats st;
    same(bucketed(arts, bucket, st), want);
    CHECK(st.apart == 60);
    CHECK(st.largest_entity == 30);  // hostage / seize alone (merged: 60)
  }
}

TEST_CASE("a contradiction across articles is found when one of its claims is also in a relation", "[reconcile][spill]") {
  // a1 states a toll and a part of it (two entities: the set is reconciled apart), a2 another
  // toll of the same day: the tolls contradict each other in their entity, and the part stays
  // checked against a1's toll.
  std::vector<std::vector<claim>> arts = {
      {claim_builder("a1:1", "person", "die", 1234).on("2024-04-02").in_sentence(0, "One.", 0),
       claim_builder("a1:2", "child", "die", 1517).on("2024-04-02").rel(relation_kind::part_of, "a1:1").in_sentence(20, "Two.", 0)},
      {claim_builder("a2:1", "person", "die", 1456).on("2024-04-02").in_sentence(0, "Three.", 0)},
  };
  auto const want = rec().run(flat(arts));
  auto has = [&](discrepancy_kind k, std::vector<std::string> ids) {
    return std::any_of(want.begin(), want.end(), [&](discrepancy const& d) {
      std::vector<std::string> got;
      for (auto const& c : d.claims) got.push_back(c.id);
      return d.kind == k && got == ids;
    });
  };
  CHECK(has(discrepancy_kind::contradiction, {"a1:1", "a2:1"}));
  CHECK(has(discrepancy_kind::part_whole, {"a1:1", "a1:2"}));
  for (std::size_t bucket : {1u, 2u, 1000u}) {
    INFO("bucket_claims " << bucket);
    reconcile::spill_stats st;
    same(bucketed(arts, bucket, st), want);
    CHECK(st.apart == 2);
  }
}

TEST_CASE("an outlier is named from the figures of other articles tied to a set reconciled apart", "[reconcile][spill]") {
  // s1's parts add up to 660 and its total says 650 ("650 in all"). Alone, the least squares
  // moves the vaguest figure furthest: the round total. Two other outlets state the same total
  // that day, so one run reconciles the sum with them (one component across the group and the
  // relation): the total is held and it is no longer named. A bucketed run, which checks the sum
  // apart from the group, joins the two parts of that component across buckets and names what
  // one run names.
  std::vector<claim> s1 = {claim_builder("s1:1", "seat", "be", 650).on("2024-07-04").in_sentence(0, "All.", 40)};
  int const parts[] = {411, 121, 72, 9, 47};
  for (int i = 0; i < 5; ++i) {
    std::string const id = fmt::format("s1:{}", i + 2);
    s1.front().relations.push_back({relation_kind::sum_of, id});
    s1.push_back(claim_builder(id, fmt::format("party{}", i), "win", parts[i]).on("2024-07-04").in_sentence(0, "All.", i * 5));
  }
  std::vector<std::vector<claim>> arts = {
      s1,
      {claim_builder("s2:1", "seat", "be", 650).on("2024-07-04").in_sentence(0, "Seats.", 0)},
      {claim_builder("s3:1", "seat", "be", 650).on("2024-07-04").in_sentence(0, "Seats.", 0)},
  };
  auto const alone = rec().run(s1);
  REQUIRE(alone.size() == 1);
  CHECK(alone.front().outlier == std::optional<std::string>("s1:1"));
  auto const want = rec().run(flat(arts));
  REQUIRE(want.size() == 1);
  CHECK(want.front().kind == discrepancy_kind::sum);
  CHECK(want.front().outlier != alone.front().outlier);
  for (std::size_t bucket : {1u, 3u, 1000u}) {
    INFO("bucket_claims " << bucket);
    reconcile::spill_stats st;
    same(bucketed(arts, bucket, st), want);
    CHECK(st.apart == 6);
  }
}
