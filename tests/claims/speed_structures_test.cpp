// The extractor's fast paths must say exactly what the plain code says: the claim writer's
// block escaping against append_json_string at every offset of strings of every length up to
// 18 (two overlapping words) and around its 16-byte steps,
// word_list and flat_word_map against a std::set and a std::map; the lean extraction
// (extract_lean, no copies of the article's fields in the claims) against the full one.

#include "claimcheck/claims/extractor.hpp"
#include "claimcheck/claims/json.hpp"
#include "claims/near_search.hpp"
#include "claims/words.hpp"
#include "test_support.hpp"

#include <boost/json.hpp>
#include <catch2/catch.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <random>
#include <set>
#include <span>
#include <string>

using namespace claimcheck;

TEST_CASE("claim writer: escaping at every offset equals append_json_string", "[claims][json]") {
  std::string const specials[] = {"\"", "\\", "\n", "\t", std::string(1, '\x01'), std::string(1, '\x1f'), "\xC3\xA9",
                                  "\xE2\x80\x99", std::string(1, '\x7f'), " "};
  std::vector<std::size_t> lengths;
  for (std::size_t len = 0; len <= 18; ++len) lengths.push_back(len);
  for (std::size_t len : {31u, 32u, 33u, 47u, 70u}) lengths.push_back(len);
  for (std::size_t len : lengths) {
    for (std::size_t at = 0; at < len; ++at) {
      for (auto const& sp : specials) {
        std::string s(len, 'a');
        s.replace(at, 1, sp);
        claim c;
        c.id = "a:1";
        c.article = "a";
        c.subject.key = s;
        std::string expected_key;
        claims::append_json_string(expected_key, s);
        std::string out;
        claims::append_json(out, c, s);  // the sentence too
        auto v = boost::json::parse(out).as_object();
        CHECK(v.at("sentence").as_string() == s);
        CHECK(v.at("subject").as_object().at("key").as_string() == s);
        CHECK(out.find("\"sentence\":" + expected_key + ",") != std::string::npos);
      }
    }
  }
}

TEST_CASE("lean extraction: the writers give the same bytes as for full claims", "[claims][json]") {
  claims::extractor ex(testing::lex());
  article a;
  a.id = "lean-1";
  a.source = "The Daily Example";
  a.published = "2024-03-05";
  a.url = "https://news.example.org/a/very/long/path/to/the/story.html";
  a.file = "/tmp/some/directory/feed-with-a-long-name.txt";
  a.line = 7;
  a.title = "Floods in Valdoria";
  a.text =
      "Floods in Valdoria killed at least 42 people on Monday, the Valdorian interior ministry said.\n\n"
      "Officials in Valdoria said about 1,200 homes were damaged, and 15% of the \"crops\" were lost.\n"
      "The Valdoria government pledged $3.5 million in aid; 20 of the 42 victims were children.";
  std::vector<std::string> topics;
  std::vector<claim> kept;
  auto lean = ex.extract_lean(a, topics, kept);
  auto full = ex.extract(a);
  REQUIRE(lean.size() == full.size());
  REQUIRE(full.size() >= 4);
  CHECK(topics == full.front().topics);
  for (std::size_t i = 0; i < full.size(); ++i) {
    CHECK(lean[i].article.empty());
    CHECK(lean[i].url.empty());
    CHECK(lean[i].topics.empty());
    // (the subject's and predicate's texts are read at their spans)
    CHECK(claims::subject_text(lean[i], a.text) == full[i].subject.text);
    CHECK(claims::predicate_text(lean[i], a.text) == full[i].predicate.text);
    CHECK(claims::subject_text(full[i], {}) == full[i].subject.text);
    // (and the figure's text at its span: a lean claim holds none)
    CHECK(lean[i].q.text.empty());
    CHECK(!full[i].q.text.empty());
    CHECK(claims::figure_text(lean[i], a.text) == full[i].q.text);
    CHECK(claims::figure_text(full[i], {}) == full[i].q.text);
    std::string want, got;
    claims::append_json(want, full[i]);
    claims::append_json(got, lean[i], a, topics);
    CHECK(got == want);
    want.clear();
    got.clear();
    claims::append_tsv(want, full[i]);
    claims::append_tsv(got, lean[i], a);
    CHECK(got == want);
  }
  // the article's claims at once, as lines
  std::string want_lines, want_tsv;
  out_buffer got_lines, got_tsv;
  for (auto const& c : full) {
    claims::append_json(want_lines, c);
    want_lines.push_back('\n');
    claims::append_tsv(want_tsv, c);
    want_tsv.push_back('\n');
  }
  claims::append_json_lines(got_lines, lean, a, topics);
  claims::append_tsv_lines(got_tsv, lean, a);
  CHECK(got_lines.view() == want_lines);
  CHECK(got_tsv.view() == want_tsv);
}

TEST_CASE("claim writer: an article's claims as lines equal the claims one by one", "[claims][json]") {
  // Sentences shared by neighbours, repeated after others, long ones (past the writer's buffer),
  // strings to escape; without topics and with them.
  article a;
  a.id = "art\"1";
  a.source = "The \"Example\"";
  a.url = "https://news.example.org/x";
  a.file = "feed.jsonl";
  a.line = 3;
  std::string text;
  std::vector<std::pair<std::size_t, std::size_t>> sentences;
  for (std::size_t len : {40u, 1000u, 90000u, 5u, 300u, 70000u, 17u}) {
    std::size_t const start = text.size();
    for (std::size_t k = 0; k < len; ++k) text.push_back(k % 97 == 3 ? '"' : k % 89 == 5 ? '\n' : 'a' + k % 26);
    sentences.emplace_back(start, text.size());
    text.push_back(' ');
  }
  a.text = text;
  std::vector<claim> cs;
  for (std::size_t i = 0; i < 400; ++i) {
    claim c;
    c.id = "art\"1:" + std::to_string(i + 1);
    auto const [start, end] = sentences[(i / 3 + (i % 7 == 0 ? 2 : 0)) % sentences.size()];
    c.sentence_start = start;
    c.sentence_end = end;
    c.q.text = std::string(i % 20, 'x') + (i % 5 == 0 ? "\t" : "");
    c.q.span = {start, start + 1};
    c.q.value = static_cast<double>(i) / 4;
    c.q.lo = c.q.value;
    c.subject.key = i % 3 ? "key" : "";
    c.date = "2024-01-02";
    c.basis = date_basis::relative;
    if (i % 11 == 0) c.relations.push_back({relation_kind::part_of, "art\"1:1"});
    cs.push_back(c);
  }
  for (std::vector<std::string> topics : {std::vector<std::string>{}, std::vector<std::string>{"one", "t\"wo"}}) {
    std::string want = "before";
    out_buffer got;
    got.append(want);
    for (auto const& c : cs) {
      claims::append_json(want, c, a, topics);
      want.push_back('\n');
    }
    claims::append_json_lines(got, cs, a, topics);  // grows the buffer several times
    CHECK(got.view() == want);
    got.clear();
    claims::append_json_lines(got, std::span<claim const>(cs.data() + 7, 1), a, topics);
    want.clear();
    claims::append_json(want, cs[7], a, topics);
    CHECK(got.view() == want + "\n");
  }
}

TEST_CASE("claim writer: numbers are what fmt's {:.10g} writes", "[claims][json]") {
  std::mt19937_64 rng(42);
  std::vector<double> values = {0.5,     -0.5,   14.58, 0.0001, 0.00015, 9999999999.5, 999999999.95, 1.0 / 3,
                                2.0 / 3, 1e-5,   0.1 + 0.2, 123456.789, 1.5e10, 0.30000000000000004, 1e15 + 0.5,
                                -2.25,   99.99,  9.999999999, 9.9999999999, 0.00099999999999, 1e10 - 0.5};
  for (int i = 0; i < 20000; ++i) {
    // short decimals of every length and scale
    auto m = static_cast<double>(rng() % 100000000000ull);
    int k = static_cast<int>(rng() % 15);
    double v = m / std::pow(10.0, k);
    values.push_back(rng() % 2 ? v : -v);
    // and arbitrary doubles of the same range
    values.push_back(std::ldexp(static_cast<double>(rng() >> 11), static_cast<int>(rng() % 90) - 70));
  }
  for (double v : values) {
    if (v == std::floor(v) && std::fabs(v) < 1e15) continue;  // integers take their own path
    std::string got;
    claims::append_json_number(got, v);
    INFO(fmt::format("{:.17g}", v));
    CHECK(got == fmt::format("{:.10g}", v));
    claim c;
    c.q.value = v;
    c.q.lo = v;  // the value's text repeated
    c.q.hi = v + 1;
    std::string line;
    claims::append_json(line, c);  // the claim writer's own number path
    CHECK(line.find("\"value\":" + fmt::format("{:.10g}", v) + ",") != std::string::npos);
    CHECK(line.find("\"lo\":" + fmt::format("{:.10g}", v) + ",") != std::string::npos);
    CHECK(line.find("\"hi\":" + fmt::format("{:.10g}", v + 1) + ",") != std::string::npos);
  }
}

TEST_CASE("word_list: membership equals a set's, including long and empty words", "[claims][words]") {
  claims::word_list l = {"a", "an", "the", "were", "was", "remained", "", "internationalisation-of-everything"};
  std::set<std::string> s = {"a", "an", "the", "were", "was", "remained", "", "internationalisation-of-everything"};
  for (std::string w : {"a", "an", "the", "thE", "were", "wera", "was", "remained", "remaine", "", "x",
                        "internationalisation-of-everything", "internationalisation-of-everythinG",
                        "a-very-long-word-that-is-not-there-at-all"})
    CHECK(l.contains(w) == (s.count(w) > 0));
}

TEST_CASE("flat_word_map: finds what a map finds after growing", "[claims][words]") {
  claims::flat_word_map<int> f;
  std::map<std::string, int> m;
  for (int i = 0; i < 500; ++i) {
    auto w = "w" + std::to_string(i * 7919 % 1000);
    f[w] = i;
    m[w] = i;
  }
  for (int i = 0; i < 1000; ++i) {
    auto w = "w" + std::to_string(i);
    auto const* v = f.find(w);
    auto it = m.find(w);
    REQUIRE((v != nullptr) == (it != m.end()));
    if (v) CHECK(*v == it->second);
  }
  CHECK(f.find("") == nullptr);
}

TEST_CASE("flat_word_map: a reserve before, between or beyond the entries finds the same", "[claims][words]") {
  // (reserve(n) makes the room n entries would have grown to: here before any entry, after some,
  // and for more entries than are entered; each table finds what the map finds)
  for (std::size_t const n : {std::size_t{0}, std::size_t{1}, std::size_t{100}, std::size_t{300}, std::size_t{2000}}) {
    for (int const before : {0, 150}) {
      claims::flat_word_map<int> f;
      std::map<std::string, int> m;
      for (int i = 0; i < 300; ++i) {
        if (i == before) f.reserve(n);
        auto w = "speaker " + std::to_string(i * 7919 % 600);
        f[w] = i;
        m[w] = i;
      }
      for (int i = 0; i < 600; ++i) {
        auto w = "speaker " + std::to_string(i);
        auto const* v = f.find(w);
        auto it = m.find(w);
        REQUIRE((v != nullptr) == (it != m.end()));
        if (v) CHECK(*v == it->second);
      }
    }
  }
}

TEST_CASE("flat_word_set: membership equals a set's after growing, including the empty word", "[claims][words]") {
  claims::flat_word_set f;
  std::set<std::string> s;
  for (int i = 0; i < 300; ++i) {
    auto w = "province" + std::to_string(i * 7919 % 600);
    f.insert(w);
    s.insert(w);
  }
  f.insert("jan");
  s.insert("jan");
  for (int i = 0; i < 600; ++i) {
    auto w = "province" + std::to_string(i);
    CHECK((f.count(w) == 1) == (s.count(w) == 1));
  }
  CHECK(f.count("jan") == 1);
  CHECK(f.count("ja") == 0);
  CHECK(f.count("jan.") == 0);
  CHECK(f.count("") == 0);
  claims::flat_word_set empty;
  CHECK(empty.count("jan") == 0);
}

// The tokenizer lowercases a sentence's ASCII letters 8 bytes at a time into a copy beside the
// text and folds only words with other bytes one by one: the keys must not depend on where a
// word falls against those 8-byte steps, on its case, or on the apostrophe's form.
TEST_CASE("token folding: keys do not depend on offsets, case or the apostrophe's form", "[claims][tokens]") {
  claims::extractor ex(testing::lex());
  for (std::string const apostrophe : {"'", "\xE2\x80\x99"}) {
    for (std::size_t pad = 0; pad < 9; ++pad) {
      for (std::string const noun : {"REFUGEES", "Refugees", "refugees"}) {
        article a;
        a.id = "fold";
        a.text = std::string(pad, ' ') + "The Interior Ministry" + apostrophe + "s tally shows 1,250 " + noun +
                 " arrived in Valdoria" + apostrophe + "s north on Monday. More than 300 \xC3\x89vacu\xC3\xA9s crossed "
                 "the border at Saint-\xC3\x89tienne, officials said.";
        auto const cs = ex.extract(a);
        INFO("apostrophe " << apostrophe << ", pad " << pad << ", noun " << noun);
        REQUIRE(cs.size() == 2);
        CHECK(cs[0].subject.key == "refugee");
        CHECK(cs[0].attribution.key == "interior ministry tally");
        // (a capital with a diacritic is folded too: text::fold)
        CHECK(cs[1].subject.key == "\xC3\xA9vacu\xC3\xA9");
        CHECK(cs[1].predicate.key == "enter");
        CHECK(cs[1].attribution.key == "officials");
      }
    }
  }
}

TEST_CASE("tokens: a word of any length, mid-sentence or last, is one token", "[claims][tokens]") {
  // (the tokenizer reads a word's letters 16 bytes at a time: words shorter and longer than a
  // step, at every alignment, ending before the sentence's end or at it)
  claims::extractor ex(testing::lex());
  std::string const letters = "wzxqvjwzxqvjwzxqvjwzxqvjwzxqvjwzxqvjwzxq";
  for (std::size_t len = 2; len <= 40; ++len) {
    for (bool upper : {false, true}) {
      std::string const key = letters.substr(0, len);
      std::string word = key;
      if (upper)
        for (auto& ch : word) ch = static_cast<char>(ch - 'a' + 'A');
      for (std::size_t pad = 0; pad < 17; ++pad) {
        article a;
        a.id = "words";
        a.text = std::string(pad, ' ') + "Officials said 1,250 " + word + " arrived on Monday. The agency put the toll at 3,000 " +
                 word + ".";
        auto const cs = ex.extract(a);
        INFO("length " << len << ", upper " << upper << ", pad " << pad);
        REQUIRE(cs.size() == 2);
        CHECK(cs[0].subject.key == key);
        CHECK(cs[1].subject.key == key);
      }
    }
  }
}

TEST_CASE("extraction: an article's claims do not depend on the articles extracted before it", "[claims][tokens]") {
  // (the thread keeps its sentences, their vectors and a clause scratch from article to article)
  claims::extractor ex(testing::lex());
  article a;
  a.id = "again";
  a.source = "The Daily Example";
  a.published = "2024-03-05";
  a.text =
      "Floods in Valdoria killed at least 42 people on Monday, the Valdorian interior ministry said.\n\n"
      "Officials said about 1,200 homes were damaged, and the army said 15 soldiers were hurt.\n"
      "The government pledged $3.5 million in aid; the agency said 20 of the 42 victims were children.";
  article big;
  big.id = "big";
  big.source = "Another Outlet";
  for (int k = 0; k < 40; ++k)
    big.text += fmt::format("Rescuers said {} families in the northern district of Arle were moved, while the "
                            "Red Cross said {} tents and {} blankets had arrived; officials expect more help. ",
                            100 + k, 20 + k, 300 + k);
  article small;
  small.id = "small";
  small.text = "He said 7 people left.";
  auto json = [](std::vector<claim> const& cs) {
    std::string out;
    for (auto const& c : cs) claims::append_json(out, c);
    return out;
  };
  auto const first = json(ex.extract(a));
  REQUIRE(!first.empty());
  CHECK(ex.extract(big).size() >= 120);
  CHECK(json(ex.extract(a)) == first);
  CHECK(ex.extract(small).size() == 1);
  CHECK(json(ex.extract(a)) == first);
}

TEST_CASE("topics: with more names than the first table holds, the most frequent, the first seen on ties", "[claims][speed]") {
  // (topics_of counts names in an open-addressing table that starts at 64 slots and grows when
  // half full: sixty names of one mention each make it grow before the counted ones come)
  claims::extractor ex(testing::lex());
  article a;
  a.id = "names";
  a.text = "Engineers came from Amsel";
  for (int k = 0; k < 60; ++k) a.text += fmt::format(", Vel{}{}", static_cast<char>('a' + k / 26), static_cast<char>('a' + k % 26));
  a.text +=
      " and more towns. Teams in Zarnow cleared 400 roads. Workers in Quellby and Zarnow found 30 homes. Crews in "
      "Vintor, Quellby and Zarnow fixed 12 bridges. Officials in Vintor and Amsel counted 7 more.";
  auto const cs = ex.extract(a);
  REQUIRE(!cs.empty());
  // Zarnow three times; Amsel, Quellby and Vintor twice each, Amsel first; every Vel.. name once
  CHECK(cs.front().topics == std::vector<std::string>{"amsel", "quellby", "zarnow"});
  // the same article again, after one with other names: nothing of the table is left over
  article other;
  other.id = "other";
  other.text = "Crews in Brantis fixed 12 roads while teams from Corvel sent 4 trucks. Officials in Brantis thanked Corvel.";
  auto const oc = ex.extract(other);
  REQUIRE(!oc.empty());
  CHECK(oc.front().topics == std::vector<std::string>{"brantis", "corvel"});
  CHECK(ex.extract(a).front().topics == cs.front().topics);
}

TEST_CASE("speakers: an answer kept from the sentence before is the one its own name and text give", "[claims][speed]") {
  // (own_sentence_speaker keeps its last answer; the same key with a title before the name in one
  // sentence and without it in the next must not share it, within an article or across two)
  claims::extractor ex(testing::lex());
  auto make = [](std::string id, std::string text) {
    article a;
    a.id = std::move(id);
    a.source = "Test Wire";
    a.published = "2024-05-01";
    a.text = std::move(text);
    return a;
  };
  // (a titled name that tells no figure tells its own sentence: the next sentence that names no one
  // is the outlet's; the same name without the title tells the paragraph's report: the next
  // sentence is hers)
  auto const titled = make("titled", "President Ana Roe said the fire was under control. A further 12 were injured.");
  auto const both = make("both",
                         "President Ana Roe said the fire was under control. Ana Roe said the road was closed. "
                         "A further 12 were injured.");
  for (int round = 0; round < 2; ++round) {
    auto const t = ex.extract(titled);
    REQUIRE(t.size() == 1);
    CHECK(t[0].attribution.key == "test wire");
    auto const b = ex.extract(both);
    REQUIRE(b.size() == 1);
    CHECK(b[0].attribution.key == "ana roe");
    CHECK(b[0].attribution.text == "Ana Roe said");
  }
}

TEST_CASE("lean extraction: claims built again in an earlier article's claims are new claims", "[claims][json]") {
  // (extract_lean builds an article's claims in the claims the vector kept from the articles
  // before it: every field must be as in a claim built afresh)
  claims::extractor ex(testing::lex());
  article a;
  a.id = "a-story-with-an-id-longer-than-sixteen-bytes";
  a.source = "The Daily Example";
  a.published = "2024-03-05";
  a.file = "notes.txt";  // (a plain-text file: claims get line and column)
  a.text =
      "Floods in Valdoria killed at least 42 people on Monday, the Valdorian interior ministry said.\n\n"
      "Officials said about 1,200 homes were damaged, and the army said 15 soldiers were hurt.\n"
      "The government pledged $3.5 million in aid; the agency said 20 of the 42 victims were children.";
  article other;
  other.id = "other";
  other.source = "Another Outlet";
  other.published = "2023-01-02";
  other.file = "feed.jsonl";
  for (int k = 0; k < 30; ++k)
    other.text += fmt::format("The Red Cross in Arle said on Friday that {} of the {} families counted in 2022 had "
                              "left, up from nearly {}% a year earlier, and the death toll rose to {}. ",
                              100 + k, 900 + k, 20 + k, 3000 + k);
  auto same = [](claim const& x, claim const& y) {
    std::string jx, jy;
    claims::append_json(jx, x);
    claims::append_json(jy, y);
    CHECK(jx == jy);
    CHECK(x.line_in_file == y.line_in_file);
    CHECK(x.column == y.column);
    CHECK(x.subject_text_span == y.subject_text_span);
    CHECK(x.predicate_span == y.predicate_span);
    CHECK(x.forced_predicate == y.forced_predicate);
    CHECK(x.sentence_start == y.sentence_start);
    CHECK(x.sentence_end == y.sentence_end);
    CHECK(x.relations == y.relations);
  };
  std::vector<std::string> topics, fresh_topics;
  std::vector<claim> fresh_kept;
  auto const fresh_claims = ex.extract_lean(a, fresh_topics, fresh_kept);
  std::vector<claim> const fresh(fresh_claims.begin(), fresh_claims.end());
  REQUIRE(fresh.size() >= 5);
  std::vector<claim> kept;
  std::size_t const others = ex.extract_lean(other, topics, kept).size();
  REQUIRE(others > fresh.size());
  auto const again = ex.extract_lean(a, topics, kept);
  CHECK(kept.size() == others);  // (built in the other article's claims)
  CHECK(topics == fresh_topics);
  REQUIRE(again.size() == fresh.size());
  for (std::size_t i = 0; i < fresh.size(); ++i) same(again[i], fresh[i]);
  // and the other article's after a's, past the claims a left
  std::vector<claim> other_fresh_kept;
  auto const other_fresh = ex.extract_lean(other, fresh_topics, other_fresh_kept);
  auto const other_again = ex.extract_lean(other, topics, kept);
  REQUIRE(other_again.size() == other_fresh.size());
  for (std::size_t i = 0; i < other_fresh.size(); ++i) same(other_again[i], other_fresh[i]);
}

TEST_CASE("clause boundaries: the sentence's ',' and ';' tokens are where clauses split", "[claims][tokens]") {
  // (extract visits only the "," and ";" tokens the tokenizer listed: a second clause with its own
  // speaker after ", and", one after ";", and a narrator's ", as" scene after a speech verb)
  claims::extractor ex(testing::lex());
  article a;
  a.id = "clauses";
  a.source = "Daily";
  a.text = "Rescuers said 1,200 homes were flooded, and the army said 40 soldiers were hurt.\n\nMedics said 30 "
           "people were hurt; the army said 300 soldiers died.\n\nOn Monday, 50 homes burned, residents said, as crews "
           "said 20 trucks arrived.";
  auto const cs = ex.extract(a);
  REQUIRE(cs.size() == 6);
  CHECK(cs[0].attribution.key == "rescuers");
  CHECK(cs[1].attribution.key == "army");
  CHECK(cs[2].attribution.key == "medics");
  CHECK(cs[3].attribution.key == "army");
  CHECK(cs[4].attribution.key == "residents");
  CHECK(cs[5].attribution.key == "daily");
}

TEST_CASE("partition_near equals std::partition_point from every hint", "[claims][speed]") {
  // ascending offsets with repeats (a token's start or end), every split value, every hint
  // (also past the end), lengths up to 24: the near walk (4 steps) and the binary search after it
  for (std::size_t n = 0; n <= 24; ++n) {
    std::vector<int> v;
    for (std::size_t k = 0; k < n; ++k) v.push_back(static_cast<int>(k * 3 / 2));
    std::span<int const> const s(v);
    for (int split = -1; split <= static_cast<int>(n * 3 / 2) + 1; ++split) {
      auto const pred = [split](int x) { return x < split; };
      auto const expected = static_cast<std::size_t>(std::partition_point(v.begin(), v.end(), pred) - v.begin());
      for (std::size_t hint = 0; hint <= n + 2; ++hint) {
        INFO("n " << n << " split " << split << " hint " << hint);
        CHECK(claims::partition_near(s, hint, pred) == expected);
      }
    }
  }
}

TEST_CASE("notable tokens: the sentence-wide passes find their words anywhere in a long sentence", "[claims][speed]") {
  // (intern lists each sentence's date starts, speech cues, tense words, clause openers,
  // relation cues, verbs, negators and agent words; date_candidates, find_attribution, find_date, embedded_clauses, the
  // relation walk and find_predicate's search visit only those: a long fronted phrase puts them
  // far into the sentence, past the indexes a 64-bit set would hold)
  std::string const fronted =
      "After weeks of rain over the hills and valleys of the northern and western provinces, near the old "
      "border with its rivers, lakes, marshes, forests, farms, roads, bridges, villages and market towns "
      "along the coast and in the mountains beyond the plain, ";
  auto const far = [&](std::string const& s) { return testing::run(fronted + s); };
  using testing::by_text;
  auto part = far("gunmen abducted 90 workers, of whom 41 are still missing.");
  bool part_of = false;
  for (auto const& r : by_text(part, "41").relations)
    part_of = part_of || (r.kind == relation_kind::part_of && r.claim == by_text(part, "90").id);
  CHECK(part_of);
  CHECK(by_text(far("the health ministry said 212 people had died."), "212").attribution.key == "health ministry");
  CHECK(by_text(far("the party won 303 seats in 2019."), "303").date == "2019");
  auto told = far("the ministry said on Monday that 400 people had been killed since the storm began.");
  CHECK(by_text(told, "400").date == "2024-04-08");
  auto when = far("villagers marked the anniversary of the flood, when some 3,000 people drowned in 1953.");
  CHECK(by_text(when, "some 3,000").date == "1953");
  // find_predicate's nearest verb, and an idiom whose first word has no key of its own
  CHECK(by_text(far("the storm killed 300 people."), "300").predicate.key == "kill");
  CHECK(by_text(far("more than 3,000 medics were in the field on Sunday."), "more than 3,000").predicate.key == "deploy");
  // a clause read alone (the second clause of a sentence with a speaker of its own) finds its
  // speech cue too
  auto second = far("about 1,200 homes were flooded, and the army said 15 soldiers were hurt.");
  CHECK(by_text(second, "15").attribution.key == "army");
  // negators and agent words are listed too (clause_negated, the agent walk): a figure with none
  // in its window skips the walk, one with them still finds them
  CHECK(by_text(far("the council did not expect 500 people to attend."), "500").mod == modality::negated);
  CHECK(by_text(far("the mayor did not believe that 150 jobs would go."), "150").mod == modality::negated);
  CHECK(by_text(far("the council expected 500 people to attend."), "500").mod != modality::negated);
  CHECK(by_text(far("the cholera outbreak has killed 400 people."), "400").predicate.key == "die");
  // and the modality cues' counts per token (clause_cue, the verb phrase's cues)
  CHECK(by_text(far("the city will need at least 300 buses."), "at least 300").mod == modality::planned);
}

TEST_CASE("sentence lists: a rule skipped where the sentence holds none of its words still applies where it does",
          "[claims][speed]") {
  // (intern ORs its tokens' list bits into the sentence's; may_hold skips standing_figure, the
  // speaker-count test and number_of for sentences without a word of their lists)
  using testing::by_text;
  using testing::date_of;
  // standing_figures.tsv: "needs" before the figure dates it by publication
  CHECK(date_of("The party needs 272 seats for a majority, officials said on Monday.", "272") == "2024-04-09");
  CHECK(date_of("The party won 272 seats, officials said on Monday.", "272") == "2024-04-08");
  // a count of speakers (speaker_nouns.tsv, generic_speakers.tsv) is no claim; a count of boats is
  auto const spoke = testing::run("Three officials said 40 people died in the flood.");
  CHECK(spoke.size() == 1);
  CHECK(by_text(spoke, "40").predicate.key == "die");
  CHECK(testing::run("Three boats said to carry 40 people sank in the flood.").size() == 2);
  // "the number of" (level_nouns.tsv): the relative clause's verb, not the level's
  CHECK(testing::pred_of("The number of people who have died rose to 58 on Monday.", "58") == "die");
  CHECK(testing::pred_of("The crowd of people who have died rose to 58 on Monday.", "58") != "die");
  // a long sentence with the list word far from the figure still holds it
  CHECK(date_of("After weeks of rain over the hills and valleys of the northern provinces, the party, which has "
                "long campaigned in the towns and villages of the coast, needs 272 seats, officials said on Monday.",
                "272") == "2024-04-09");
}
