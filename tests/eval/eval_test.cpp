#include "claimcheck/eval/eval.hpp"

#include "test_support.hpp"

#include <boost/json.hpp>
#include <catch2/catch.hpp>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

using namespace claimcheck;
using namespace claimcheck::eval;
namespace fs = std::filesystem;

namespace {

// A tiny corpus written by each test into its own temporary directory.
struct tiny_corpus {
  fs::path dir;
  std::vector<article> articles;

  tiny_corpus() {
    static std::atomic<int> counter{0};
    dir = fs::temp_directory_path() / ("claimcheck_eval_" + std::to_string(getpid()) + "_" + std::to_string(counter++));
    fs::remove_all(dir);
    fs::create_directories(dir / "feed");
    fs::create_directories(dir / "gold");
    add("a1", "Officials said some 1,200 people were displaced on Monday. More than 300 of them were children.");
    add("a2", "The agency counted 1,150 displaced people by Tuesday, up from 900 a week earlier.");
    add("a3", "Turnout reached 64% in the vote, against 58% four years ago.");
    std::string feed;
    for (auto const& a : articles)
      feed += "{\"id\":\"" + a.id + "\",\"text\":\"" + a.text + "\",\"published\":\"2024-03-05\",\"source\":\"Test Wire\"}\n";
    write("feed/tiny.jsonl", feed);
    write("gold/quantities.tsv",
          "# article\ttext\tocc\tvalue\tlo\thi\tkind\tunit\n"
          "a1\tsome 1,200\t1\t1200\t1150\t1250\tcount\t\n"
          "a1\tMore than 300\t1\t300\t300\t\tcount\t\n"
          "a2\t1,150\t1\t1150\t1150\t1150\tcount\t\n"
          "a3\t64%\t1\t64\t64\t64\tpercent\t\n");
    write("gold/claims.tsv",
          "# article\ttext\tocc\tsubject_key\tpredicate_key\tmodality\tdate\tdate_basis\tsource_key\n"
          "a1\tsome 1,200\t1\tperson\tdisplace\tasserted\t2024-03-04\trelative\tofficials\n"
          "a2\t1,150\t1\tperson\tdisplace\tasserted\t2024-03-05\trelative\tagency\n");
    write("gold/relations.tsv",
          "# article\ttext\tocc\tkind\ttarget_text\ttarget_occ\n"
          "a1\tMore than 300\t1\tpart_of\tsome 1,200\t1\n");
    write("gold/discrepancies.tsv",
          "# kind\tclaims\toutlier\tnote\n"
          "temporal\ta1:some 1,200#1,a2:1,150#1\ta2:1,150#1\tcount fell a day later\n");
    write("gold/clean.txt", "# must raise nothing\na3\n");
  }
  ~tiny_corpus() {
    std::error_code ec;
    fs::remove_all(dir, ec);
  }

  void add(std::string id, std::string text) {
    article a;
    a.id = std::move(id);
    a.text = std::move(text);
    a.published = "2024-03-05";
    articles.push_back(std::move(a));
  }
  void write(std::string const& rel, std::string const& content) const {
    std::ofstream(dir / rel, std::ios::binary) << content;
  }
  gold_set gold() const { return load_gold(dir / "gold", articles); }
  article const& get(std::string const& id) const {
    for (auto const& a : articles)
      if (a.id == id) return a;
    throw std::logic_error("no article " + id);
  }

  /// A predicted claim on the first occurrence of `text` in article `id`.
  claim make(std::string const& id, std::string const& text, double v, std::optional<double> lo,
             std::optional<double> hi, quantity_kind k = quantity_kind::count) const {
    auto pos = get(id).text.find(text);
    REQUIRE(pos != std::string::npos);
    claim c;
    c.article = id;
    c.q.text = text;
    c.q.span = {pos, pos + text.size()};
    c.q.value = v;
    c.q.lo = lo;
    c.q.hi = hi;
    c.q.kind = k;
    return c;
  }

  /// Predictions identical to the gold above.
  std::vector<claim> perfect() const {
    std::vector<claim> cs;
    cs.push_back(make("a1", "some 1,200", 1200, 1150, 1250));
    cs.back().subject.key = "person";
    cs.back().predicate.key = "displace";
    cs.back().date = "2024-03-04";
    cs.back().basis = date_basis::relative;
    cs.back().attribution.key = "officials";
    cs.push_back(make("a1", "More than 300", 300, 300, std::nullopt));
    cs.push_back(make("a2", "1,150", 1150, 1150, 1150));
    cs.back().subject.key = "person";
    cs.back().predicate.key = "displace";
    cs.back().date = "2024-03-05";
    cs.back().basis = date_basis::relative;
    cs.back().attribution.key = "agency";
    cs.push_back(make("a3", "64%", 64, 64, 64, quantity_kind::percent));
    cs[0].id = "a1:1";
    cs[1].id = "a1:2";
    cs[2].id = "a2:1";
    cs[3].id = "a3:1";
    cs[1].relations.push_back({relation_kind::part_of, "a1:1"});
    return cs;
  }

  discrepancy temporal(std::vector<claim> const& cs) const {
    discrepancy d;
    d.kind = discrepancy_kind::temporal;
    d.claims = {cs[0], cs[2]};
    d.outlier = "a2:1";
    d.message = "count fell";
    return d;
  }
};

}  // namespace

TEST_CASE("perfect predictions score 1.0 on every figure", "[eval]") {
  tiny_corpus t;
  auto g = t.gold();
  REQUIRE(g.errors.empty());
  REQUIRE(g.quantities.size() == 4);
  REQUIRE(g.claims.size() == 2);
  REQUIRE(g.relations.size() == 1);
  REQUIRE(g.discrepancies.size() == 1);
  REQUIRE(g.clean == std::vector<std::string>{"a3"});
  auto cs = t.perfect();
  auto ev = evaluate(g, t.articles, cs, {t.temporal(cs)});
  for (auto const& [name, v] : ev.figures()) {
    INFO(name);
    CHECK(v == 1.0);
  }
  CHECK(ev.scores.at("quantity.span").correct == 4);
  CHECK(ev.scores.at("claim.whole").correct == 2);
  CHECK(ev.scores.at("relation").correct == 1);
  CHECK(ev.scores.at("discrepancy.temporal").correct == 1);
  CHECK(ev.outliers_named == 1);
  CHECK(ev.outliers_right == 1);
  CHECK(ev.clean_silent == 1);
}

TEST_CASE("gold spans resolve to the occurrence they name", "[eval]") {
  tiny_corpus t;
  auto g = t.gold();
  auto const& a1 = t.get("a1").text;
  REQUIRE(g.quantities[0].at.article == "a1");
  CHECK(a1.substr(g.quantities[0].at.start, g.quantities[0].at.end - g.quantities[0].at.start) == "some 1,200");
  CHECK(g.quantities[0].at.start == a1.find("some 1,200"));
  CHECK_FALSE(g.quantities[1].hi.has_value());
  CHECK(g.quantities[1].lo == 300.0);
  // The discrepancy's claim list contains commas inside the quantity texts.
  REQUIRE(g.discrepancies[0].claims.size() == 2);
  CHECK(g.discrepancies[0].claims[1] == g.quantities[2].at);
  CHECK(g.discrepancies[0].outlier == g.quantities[2].at);
}

TEST_CASE("a missed quantity lowers recall, not precision", "[eval]") {
  tiny_corpus t;
  auto cs = t.perfect();
  cs.erase(cs.begin() + 1);  // "More than 300" not found
  auto ev = evaluate(t.gold(), t.articles, cs, {});
  auto const& s = ev.scores.at("quantity.span");
  CHECK(s.gold == 4);
  CHECK(s.predicted == 3);
  CHECK(s.correct == 3);
  CHECK(s.precision() == 1.0);
  CHECK(s.recall() == Approx(0.75));
  CHECK(s.f1() == Approx(2 * 0.75 / 1.75));
  REQUIRE(s.misses.size() == 1);
  CHECK(s.misses[0].find("More than 300") != std::string::npos);
  // The relation hangs on the missed quantity: recall 0 for relations too.
  CHECK(ev.scores.at("relation").recall() == 0.0);
}

TEST_CASE("a shorter span is both a miss and a false positive", "[eval]") {
  tiny_corpus t;
  auto cs = t.perfect();
  cs[0] = t.make("a1", "1,200", 1200, 1200, 1200);  // qualifier left out of the span
  cs[0].id = "a1:1";
  auto ev = evaluate(t.gold(), t.articles, cs, {});
  auto const& s = ev.scores.at("quantity.span");
  CHECK(s.correct == 3);
  CHECK(s.precision() == Approx(0.75));
  CHECK(s.recall() == Approx(0.75));
  REQUIRE(s.misses.size() == 1);
  CHECK(s.misses[0].find("(found \"1,200\")") != std::string::npos);
  REQUIRE(s.false_positives.size() == 1);
  // The gold claim on "some 1,200" is now unmatched.
  CHECK(ev.scores.at("claim.subject").correct == 1);
  CHECK(ev.scores.at("claim.subject").recall() == Approx(0.5));
}

TEST_CASE("a wrong value lowers value F1 but not span F1", "[eval]") {
  tiny_corpus t;
  auto cs = t.perfect();
  cs[2].q.value = 1500;  // "1,150" read as 1500
  auto ev = evaluate(t.gold(), t.articles, cs, {});
  CHECK(ev.scores.at("quantity.span").f1() == 1.0);
  auto const& v = ev.scores.at("quantity.value");
  CHECK(v.correct == 3);
  CHECK(v.precision() == Approx(0.75));
  CHECK(v.recall() == Approx(0.75));
  CHECK(v.f1() == Approx(0.75));
  REQUIRE(v.misses.size() == 1);
  CHECK(v.misses[0].find("value 1500, gold 1150") != std::string::npos);
  // A wrong value makes the interval wrong as well.
  CHECK(ev.scores.at("quantity.interval").correct == 3);
}

TEST_CASE("values match within a relative tolerance of 1e-6", "[eval]") {
  tiny_corpus t;
  auto cs = t.perfect();
  cs[0].q.value = 1200 * (1 + 5e-7);
  cs[2].q.value = 1150 * (1 + 5e-6);
  auto ev = evaluate(t.gold(), t.articles, cs, {});
  CHECK(ev.scores.at("quantity.value").correct == 3);
}

TEST_CASE("a fraction written to six decimals in the gold matches its exact value", "[eval]") {
  tiny_corpus t;
  t.add("a4", "One in six voters stayed home, and two-thirds of them were young.");
  t.write("gold/quantities.tsv",
          "# article\ttext\tocc\tvalue\tlo\thi\tkind\tunit\n"
          "a4\tOne in six\t1\t0.166667\t0.166667\t0.166667\tratio\t\n"
          "a4\ttwo-thirds\t1\t0.666667\t0.666667\t0.666667\tfraction\t\n");
  std::vector<claim> cs;
  cs.push_back(t.make("a4", "One in six", 1.0 / 6, 1.0 / 6, 1.0 / 6, quantity_kind::ratio));
  cs.push_back(t.make("a4", "two-thirds", 2.0 / 3, 2.0 / 3, 2.0 / 3, quantity_kind::fraction));
  auto ev = evaluate(t.gold(), t.articles, cs, {});
  CHECK(ev.scores.at("quantity.value").correct == 2);
  CHECK(ev.scores.at("quantity.interval").correct == 2);
  // a value off in the sixth decimal is still wrong
  cs[0].q.value = 0.166669;
  CHECK(evaluate(t.gold(), t.articles, cs, {}).scores.at("quantity.value").correct == 1);
}

TEST_CASE("an interval counts only when both ends match, open ends included", "[eval]") {
  tiny_corpus t;
  auto cs = t.perfect();
  cs[1].q.hi = 400;  // gold "More than 300" is open above
  cs[0].q.lo = 1100;
  auto ev = evaluate(t.gold(), t.articles, cs, {});
  CHECK(ev.scores.at("quantity.value").correct == 4);
  CHECK(ev.scores.at("quantity.interval").correct == 2);
  CHECK(ev.scores.at("quantity.interval").f1() == Approx(0.5));
}

TEST_CASE("each claim field is scored on its own and whole claims need all of them", "[eval]") {
  tiny_corpus t;
  auto cs = t.perfect();
  cs[0].attribution.key = "ministry";
  cs[2].basis = date_basis::published;
  cs.push_back(t.make("a2", "900", 900, 900, 900));  // on no gold quantity
  auto ev = evaluate(t.gold(), t.articles, cs, {});
  // Claim predictions: the two on gold claims and the spurious one; the two predictions on gold
  // quantities that are not gold claims are left out.
  CHECK(ev.scores.at("claim.subject").predicted == 3);
  CHECK(ev.scores.at("claim.subject").correct == 2);
  CHECK(ev.scores.at("claim.subject").precision() == Approx(2.0 / 3));
  CHECK(ev.scores.at("claim.subject").recall() == 1.0);
  CHECK(ev.scores.at("claim.source").correct == 1);
  CHECK(ev.scores.at("claim.date_basis").correct == 1);
  CHECK(ev.scores.at("claim.date").correct == 2);
  CHECK(ev.scores.at("claim.whole").correct == 0);
  CHECK(ev.scores.at("claim.whole").recall() == 0.0);
}

TEST_CASE("discrepancies match by kind and shared claims, and the outlier is scored", "[eval]") {
  tiny_corpus t;
  auto cs = t.perfect();
  SECTION("right kind, wrong outlier") {
    auto d = t.temporal(cs);
    d.outlier = "a1:1";
    auto ev = evaluate(t.gold(), t.articles, cs, {d});
    CHECK(ev.scores.at("discrepancy.temporal").f1() == 1.0);
    CHECK(ev.outliers_named == 1);
    CHECK(ev.outliers_right == 0);
    CHECK(ev.figures().at("discrepancy.outlier_accuracy") == 0.0);
  }
  SECTION("wrong kind is a miss and a false positive") {
    auto d = t.temporal(cs);
    d.kind = discrepancy_kind::contradiction;
    auto ev = evaluate(t.gold(), t.articles, cs, {d});
    CHECK(ev.scores.at("discrepancy.temporal").recall() == 0.0);
    CHECK(ev.scores.at("discrepancy.contradiction").precision() == 0.0);
    CHECK(ev.scores.at("discrepancy").correct == 0);
    CHECK(ev.scores.at("discrepancy").gold == 1);
    CHECK(ev.scores.at("discrepancy").predicted == 1);
    // The miss shows what the extractor made of each gold claim.
    auto const& m = ev.scores.at("discrepancy.temporal").misses;
    REQUIRE(m.size() == 1);
    CHECK(m[0].find("a1 \"some 1,200\"@15 [person/displace 2024-03-04 asserted]") != std::string::npos);
    CHECK(m[0].find("(count fell a day later)") != std::string::npos);
  }
  SECTION("one shared claim is not enough for a two-claim discrepancy") {
    auto d = t.temporal(cs);
    d.claims = {cs[0], cs[1]};
    auto ev = evaluate(t.gold(), t.articles, cs, {d});
    CHECK(ev.scores.at("discrepancy.temporal").correct == 0);
  }
  SECTION("pairwise reports of one gold cluster all count against it") {
    auto ev = evaluate(t.gold(), t.articles, cs, {t.temporal(cs), t.temporal(cs)});
    auto const& s = ev.scores.at("discrepancy.temporal");
    CHECK(s.correct == 1);
    CHECK(s.correct_predictions == 2u);
    CHECK(s.precision() == 1.0);
    CHECK(s.recall() == 1.0);
  }
  SECTION("the prediction sharing most claims names the outlier") {
    t.write("gold/discrepancies.tsv", "temporal\ta1:some 1,200#1,a2:1,150#1,a1:More than 300#1\ta2:1,150#1\t\n");
    auto narrow = t.temporal(cs);
    narrow.outlier = "a1:1";
    auto wide = t.temporal(cs);
    wide.claims.push_back(cs[1]);
    auto ev = evaluate(t.gold(), t.articles, cs, {narrow, wide});
    CHECK(ev.scores.at("discrepancy.temporal").correct_predictions == 2u);
    CHECK(ev.outliers_named == 1);
    CHECK(ev.outliers_right == 1);
  }
}

TEST_CASE("a discrepancy touching a clean article is a false alarm", "[eval]") {
  tiny_corpus t;
  auto cs = t.perfect();
  discrepancy d;
  d.kind = discrepancy_kind::contradiction;
  d.claims = {cs[3], cs[2]};
  d.message = "turnout clash";
  auto ev = evaluate(t.gold(), t.articles, cs, {t.temporal(cs), d});
  CHECK(ev.clean_articles == 1);
  CHECK(ev.clean_silent == 0);
  CHECK(ev.false_alarms == 1);
  CHECK(ev.figures().at("clean.silent") == 0.0);
  REQUIRE(ev.false_alarm_details.size() == 1);
  CHECK(ev.false_alarm_details[0].find("turnout clash") != std::string::npos);
}

TEST_CASE("predictions in articles without gold quantities are left out", "[eval]") {
  tiny_corpus t;
  t.write("gold/quantities.tsv", "a1\tsome 1,200\t1\t1200\t1150\t1250\tcount\t\n");
  auto cs = t.perfect();
  auto ev = evaluate(t.gold(), t.articles, cs, {});
  CHECK(ev.annotated == 1);
  CHECK(ev.scores.at("quantity.span").predicted == 2);  // both a1 predictions
  CHECK(ev.scores.at("quantity.span").precision() == Approx(0.5));
}

TEST_CASE("gold rows that do not resolve are reported with file and line", "[eval]") {
  tiny_corpus t;
  t.write("gold/quantities.tsv",
          "# header\n"
          "a1\tsome 1,200\t1\t1200\t1150\t1250\tcount\t\n"
          "a9\t12\t1\t12\t12\t12\tcount\t\n"
          "a1\tsome 1,200\t2\t1200\t1150\t1250\tcount\t\n"
          "a1\t4,000\t1\t4000\t4000\t4000\tcount\t\n"
          "a1\tMore than 300\t1\tmany\t300\t\tcount\t\n"
          "a1\tMore than 300\t1\t300\t300\t\tcrowd\t\n"
          "a1\tMore than 300\n");
  t.write("gold/discrepancies.tsv", "temporal\ta1:some 1,200#1,a2:1,151#1\t-\t\nrumour\ta1:some 1,200\t-\t\n");
  t.write("gold/clean.txt", "a3\nz1\n");
  auto g = t.gold();
  CHECK(g.quantities.size() == 1);
  REQUIRE(g.errors.size() == 9);
  auto has = [&](std::size_t line, std::string const& what) {
    for (auto const& e : g.errors)
      if (e.line == line && e.to_string().find(what) != std::string::npos) return true;
    return false;
  };
  CHECK(has(3, "unknown article 'a9'"));
  CHECK(has(4, "occurs 1 times in article 'a1', not 2"));
  CHECK(has(5, "'4,000' not found in article 'a1'"));
  CHECK(has(6, "bad value 'many'"));
  CHECK(has(7, "unknown kind 'crowd'"));
  CHECK(has(8, "expected at least 7"));
  CHECK(has(1, "'1,151' not found in article 'a2'"));
  CHECK(has(2, "unknown discrepancy kind 'rumour'"));
  CHECK(has(2, "unknown article 'z1'"));
  CHECK(g.errors[0].to_string().rfind((t.dir / "gold" / "quantities.tsv").string() + ":3: ", 0) == 0);
}

TEST_CASE("thresholds are parsed and enforced", "[eval]") {
  tiny_corpus t;
  t.write("thresholds.tsv",
          "# metric\tmin\n"
          "quantity.span.f1\t0.8\n"
          "quantity.value.f1   0.9\n"
          "\n"
          "clean.silent\t1.0\n");
  auto th = load_thresholds(t.dir / "thresholds.tsv");
  REQUIRE(th.errors.empty());
  REQUIRE(th.rows.size() == 3);
  CHECK(th.rows[1].metric == "quantity.value.f1");
  CHECK(th.rows[1].min == 0.9);
  CHECK(th.rows[1].line == 3);

  auto cs = t.perfect();
  cs[2].q.value = 1500;  // value F1 0.75
  auto ev = evaluate(t.gold(), t.articles, cs, {t.temporal(cs)});
  bool passed = true;
  auto checks = check_thresholds(th, ev, passed);
  CHECK_FALSE(passed);
  REQUIRE(checks.size() == 3);
  CHECK(checks[0].passed);
  CHECK_FALSE(checks[1].passed);
  CHECK(checks[1].value == Approx(0.75));
  CHECK(checks[2].passed);
  auto text = render_text(ev, checks, passed, "tiny", 0);
  CHECK(text.find("quantity.value.f1 = 0.750 < 0.9") != std::string::npos);
  CHECK(text.find("FAILED") != std::string::npos);

  SECTION("an unknown metric fails the gate") {
    thresholds bad;
    bad.rows.push_back({"quantity.vaule.f1", 0.1, 1});
    bool ok = true;
    auto r = check_thresholds(bad, ev, ok);
    CHECK_FALSE(ok);
    CHECK_FALSE(r[0].value.has_value());
  }
  SECTION("a malformed row is an error") {
    t.write("thresholds.tsv", "quantity.span.f1\n" "quantity.value.f1\tmost\n" "clean.silent\t1.5\n");
    auto b = load_thresholds(t.dir / "thresholds.tsv");
    CHECK(b.rows.empty());
    CHECK(b.errors.size() == 3);
    bool ok = true;
    check_thresholds(b, ev, ok);
    CHECK_FALSE(ok);
  }
  SECTION("a figure equal to its minimum as displayed passes") {
    thresholds eq;
    eq.rows.push_back({"quantity.value.f1", 0.75, 1});
    bool ok = false;
    check_thresholds(eq, ev, ok);
    CHECK(ok);
  }
}

TEST_CASE("the text report is an aligned table with optional details", "[eval]") {
  tiny_corpus t;
  auto cs = t.perfect();
  cs.erase(cs.begin() + 1);
  auto ev = evaluate(t.gold(), t.articles, cs, {});
  bool passed = true;
  auto checks = check_thresholds({}, ev, passed);
  auto compact = render_text(ev, checks, passed, "tiny", 0);
  CHECK(compact.find("quantity.span") != std::string::npos);
  CHECK(compact.find("misses") == std::string::npos);
  auto detailed = render_text(ev, checks, passed, "tiny", 5);
  CHECK(detailed.find("quantity.span misses (1):\n  a1 \"More than 300\"@") != std::string::npos);
  // Every table row has its columns at the same offsets.
  std::istringstream lines(compact);
  std::string line;
  std::size_t width = 0;
  while (std::getline(lines, line)) {
    if (line.rfind("quantity.", 0) != 0 && line.rfind("claim.", 0) != 0 && line.rfind("metric", 0) != 0) continue;
    if (width == 0) width = line.size();
    CHECK(line.size() == width);
  }
  CHECK(width > 0);
}

TEST_CASE("eval runs the pipeline on a corpus directory and gates on thresholds", "[eval]") {
  tiny_corpus t;
  eval_options o;
  o.corpus_dir = t.dir.string();
  o.json = true;
  SECTION("an unknown metric fails and is named") {
    t.write("thresholds.tsv", "no.such.metric\t0.5\n");
    bool passed = true;
    auto out = run_eval(o, claimcheck::testing::lex(), passed);
    CHECK_FALSE(passed);
    auto j = boost::json::parse(out).as_object();
    CHECK(j.at("articles").as_int64() == 3);
    CHECK(j.at("annotated").as_int64() == 3);
    CHECK(j.at("metrics").at("quantity.span").at("gold").as_int64() == 4);
    CHECK(j.at("metrics").at("quantity.span").at("predicted_matched").as_int64() <= 4);
    CHECK(j.at("metrics").at("claim.whole").at("gold").as_int64() == 2);
    CHECK(j.at("clean").at("articles").as_int64() == 1);
    auto const& th = j.at("thresholds").as_array();
    REQUIRE(th.size() == 1);
    CHECK(th[0].at("metric").as_string() == "no.such.metric");
    CHECK(th[0].at("value").is_null());
    CHECK(j.at("passed").as_bool() == false);
  }
  SECTION("zero minimums pass") {
    t.write("thresholds.tsv", "quantity.span.recall\t0\nclaim.whole.f1\t0\n");
    bool passed = false;
    auto out = run_eval(o, claimcheck::testing::lex(), passed);
    CHECK(passed);
    CHECK(boost::json::parse(out).at("passed").as_bool());
  }
  SECTION("a gold error fails the gate") {
    t.write("gold/clean.txt", "a404\n");
    bool passed = true;
    o.json = false;
    auto out = run_eval(o, claimcheck::testing::lex(), passed);
    CHECK_FALSE(passed);
    CHECK(out.find("unknown article 'a404'") != std::string::npos);
  }
  SECTION("a directory without feed/ is a usage error") {
    o.corpus_dir = (t.dir / "gold").string();
    bool passed = true;
    CHECK_THROWS_AS(run_eval(o, claimcheck::testing::lex(), passed), std::invalid_argument);
  }
}
