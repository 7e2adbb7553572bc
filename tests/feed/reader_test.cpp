// The feed readers: each format, each alias, and each kind of bad input. Every bad input
// must give exactly one "FILE:LINE: reason" diagnostic, count as skipped, and leave the
// other articles delivered.

#include "claimcheck/claims/json.hpp"
#include "claimcheck/feed/reader.hpp"
#include "claimcheck/text/utf8.hpp"
#include "feed/feed_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace claimcheck;
using claimcheck::testing::collected;
using claimcheck::testing::gzip;
using claimcheck::testing::read_buffer;
using claimcheck::testing::read_inputs;
using claimcheck::testing::temp_dir;
namespace fs = std::filesystem;

namespace {

std::string const good_a = R"({"id":"a","text":"First article, 12 people."})";
std::string const good_b = R"({"id":"b","text":"Second article, 34 people."})";

// One bad line between two good ones: exactly one diagnostic at line 2, both good articles kept.
collected between_good(std::string const& bad_line, std::string const& name = "feed.jsonl") {
  auto c = read_buffer(name, good_a + "\n" + bad_line + "\n" + good_b + "\n");
  REQUIRE(c.ids() == std::vector<std::string>{"a", "b"});
  REQUIRE(c.diags.size() == 1);
  REQUIRE(c.diags[0].file == name);
  REQUIRE(c.diags[0].line == 2);
  REQUIRE(c.stats.skipped == 1);
  REQUIRE(c.stats.articles == 2);
  return c;
}

std::string const& only_reason(collected const& c) {
  REQUIRE(c.diags.size() == 1);
  return c.diags[0].reason;
}

}  // namespace

// ---------------------------------------------------------------------------------------
// JSON Lines

TEST_CASE("a JSONL line becomes an article with every contract field", "[feed]") {
  auto c = read_buffer("feed.jsonl", R"({"id":"a01","text":"Some 40 people.","published":"2024-04-09",)"
                                     R"("source":"Harbor Daily","url":"https://example.org/a01","title":"Toll"})"
                                     "\n");
  REQUIRE(c.diags.empty());
  REQUIRE(c.articles.size() == 1);
  auto const& a = c.articles[0];
  CHECK(a.id == "a01");
  CHECK(a.text == "Some 40 people.");
  CHECK(a.published == "2024-04-09");
  CHECK(a.source == "Harbor Daily");
  CHECK(a.url == "https://example.org/a01");
  CHECK(a.title == "Toll");
  CHECK(a.file == "feed.jsonl");
  CHECK(a.line == 1);
  CHECK(c.stats.files == 1);
  CHECK(c.stats.articles == 1);
  CHECK(c.stats.skipped == 0);
}

TEST_CASE("every alias of text is read", "[feed]") {
  auto key = GENERATE(as<std::string>{}, "text", "content", "body", "maintext");
  auto c = read_buffer("f.jsonl", R"({"id":"x",")" + key + R"(":"Body with 7 words in it."})");
  REQUIRE(c.diags.empty());
  REQUIRE(c.articles.size() == 1);
  CHECK(c.articles[0].text == "Body with 7 words in it.");
}

TEST_CASE("every alias of published is read", "[feed]") {
  auto key = GENERATE(as<std::string>{}, "published", "date", "date_publish");
  auto c = read_buffer("f.jsonl", R"({"text":"t 1",")" + key + R"(":"2023-10-07"})");
  REQUIRE(c.articles.size() == 1);
  CHECK(c.articles[0].published == "2023-10-07");
}

TEST_CASE("every alias of source is read", "[feed]") {
  auto key = GENERATE(as<std::string>{}, "source", "outlet", "site", "sitename", "source_domain", "hostname");
  auto c = read_buffer("f.jsonl", R"({"text":"t 1",")" + key + R"(":"example.org"})");
  REQUIRE(c.articles.size() == 1);
  CHECK(c.articles[0].source == "example.org");
}

TEST_CASE("the first alias present wins and null counts as absent", "[feed]") {
  auto c = read_buffer("f.jsonl", R"({"text":null,"content":"from content","body":"from body",)"
                                  R"("source":null,"hostname":"host.example","date":"2024-01-02","published":null})");
  REQUIRE(c.articles.size() == 1);
  CHECK(c.articles[0].text == "from content");
  CHECK(c.articles[0].source == "host.example");
  CHECK(c.articles[0].published == "2024-01-02");
}

TEST_CASE("news-please and trafilatura records are read through the aliases", "[feed]") {
  // Shapes of what those tools write: unknown fields are ignored.
  auto c = read_buffer("crawl.jsonl",
                       R"({"authors":["A. Writer"],"date_download":"2024-04-10 08:00:00",)"
                       R"("date_publish":"2024-04-09 17:45:12","description":"d","language":"en",)"
                       R"("maintext":"More than 600 soldiers.","source_domain":"news.example","title":"T",)"
                       R"("url":"https://news.example/x","image_url":null})"
                       "\n"
                       R"({"title":"U","author":null,"hostname":"paper.example","date":"2024-04-08",)"
                       R"("categories":"","tags":"","fingerprint":"abc","id":null,"license":null,)"
                       R"("raw_text":"ignored","text":"Nearly half of them.","language":"en"})");
  REQUIRE(c.diags.empty());
  REQUIRE(c.articles.size() == 2);
  CHECK(c.articles[0].text == "More than 600 soldiers.");
  CHECK(c.articles[0].published == "2024-04-09");
  CHECK(c.articles[0].source == "news.example");
  CHECK(c.articles[1].text == "Nearly half of them.");
  CHECK(c.articles[1].source == "paper.example");
  CHECK(c.articles[1].id == "crawl.jsonl:2");
}

TEST_CASE("ISO date-times are normalized to their date", "[feed]") {
  auto in = GENERATE(as<std::string>{}, "2024-04-09T10:30:00Z", "2024-04-09T23:30:00-05:00",
                     "2024-04-09 10:30:00", "2024-04-09T10:30:00.123+02:00", "2024-04-09t10:30", " 2024-04-09 ");
  auto c = read_buffer("f.jsonl", R"({"text":"t 1","published":")" + in + R"("})");
  REQUIRE(c.articles.size() == 1);
  CHECK(c.articles[0].published == "2024-04-09");
}

TEST_CASE("normalize_date reads ISO and written English dates and rejects impossible ones", "[feed]") {
  CHECK(feed::normalize_date("2024-04-09") == "2024-04-09");
  CHECK(feed::normalize_date("April 9, 2024") == "2024-04-09");
  CHECK(feed::normalize_date("Apr. 9 2024") == "2024-04-09");
  CHECK(feed::normalize_date("Sept. 30, 2023") == "2023-09-30");
  CHECK(feed::normalize_date("9 April 2024") == "2024-04-09");
  CHECK(feed::normalize_date("9th April 2024") == "2024-04-09");
  CHECK(feed::normalize_date("Tuesday, April 9, 2024") == "2024-04-09");
  CHECK(feed::normalize_date("Tue, 09 Apr 2024 10:00:00 GMT") == "2024-04-09");
  CHECK(feed::normalize_date("2024-02-29") == "2024-02-29");
  CHECK(feed::normalize_date("2000-02-29") == "2000-02-29");
  CHECK(feed::normalize_date("1900-02-29").empty());
  CHECK(feed::normalize_date("2023-02-29").empty());
  CHECK(feed::normalize_date("2024-04-31").empty());
  CHECK(feed::normalize_date("2024-13-01").empty());
  CHECK(feed::normalize_date("2024-04-09x").empty());
  CHECK(feed::normalize_date("2024-04-09T").empty());
  CHECK(feed::normalize_date("April 31, 2024").empty());
  CHECK(feed::normalize_date("April 9, 20245").empty());
  CHECK(feed::normalize_date("yesterday").empty());
  CHECK(feed::normalize_date("").empty());
  CHECK(feed::normalize_date("Mayday 5, 2024").empty());
}

TEST_CASE("a missing id becomes FILE:LINE and a numeric id a string", "[feed]") {
  auto c = read_buffer("dir/feed.jsonl", "\n" R"({"text":"one 1"})" "\n" R"({"id":17,"text":"two 2"})" "\n"
                                         R"({"id":"","text":"three 3"})");
  REQUIRE(c.diags.empty());
  REQUIRE(c.ids() == std::vector<std::string>{"dir/feed.jsonl:2", "17", "dir/feed.jsonl:4"});
  CHECK(c.articles[0].line == 2);
  CHECK(c.articles[2].line == 4);
}

TEST_CASE("blank lines, CRLF line ends, a last line without newline and a BOM are read", "[feed]") {
  auto c = read_buffer("f.jsonl", "\xEF\xBB\xBF" R"({"id":"a","text":"x 1"})" "\r\n\r\n   \n"
                                  R"({"id":"b","text":"y 2"})");
  REQUIRE(c.diags.empty());
  REQUIRE(c.ids() == std::vector<std::string>{"a", "b"});
  CHECK(c.articles[1].line == 4);
}

TEST_CASE("claims JSONL lines are handed over as claims", "[feed]") {
  claim k;
  k.id = "a01:1";
  k.article = "a01";
  k.source = "Harbor Daily";
  k.published = "2024-04-09";
  k.file = "feed.jsonl";
  k.line = 1;
  k.sentence = "Some 33,207 people.";
  k.q.text = "Some 33,207";
  k.q.span = {0, 11};
  k.q.value = 33207;
  k.q.lo = 33207;
  k.q.hi = 33207;
  k.subject = {"people", "people"};
  k.predicate = {"", ""};
  std::string line;
  claims::append_json(line, k);
  auto c = read_buffer("claims.jsonl", line + "\n" + good_a + "\n" + R"({"type":"claim","id":7})" + "\n");
  REQUIRE(c.claims.size() == 1);
  CHECK(c.claims[0].id == "a01:1");
  CHECK(c.claims[0].q.value == 33207);
  CHECK(c.stats.claims == 1);
  REQUIRE(c.ids() == std::vector<std::string>{"a"});
  REQUIRE(c.diags.size() == 1);
  CHECK(c.diags[0].line == 3);
  CHECK(c.diags[0].reason.rfind("bad claim record: ", 0) == 0);
}

// ---------------------------------------------------------------------------------------
// Bad JSON Lines input: one diagnostic each, the rest delivered.

TEST_CASE("malformed JSON is one diagnostic and the other lines are read", "[feed]") {
  auto bad = GENERATE(as<std::string>{}, R"({"id":"x","text":"unterminated)", R"({"id":"x" "text":"y"})",
                      R"({"id":"x","text":"y"} trailing)", "not json at all", R"({"text":"a"}{"text":"b"})");
  auto c = between_good(bad);
  CHECK(c.diags[0].reason.rfind("malformed JSON: ", 0) == 0);
  CHECK(c.diags[0].to_string().rfind("feed.jsonl:2: malformed JSON: ", 0) == 0);
}

TEST_CASE("records of string fields read as boost::json reads them", "[feed]") {
  // The reader takes records whose values are all strings or null without boost::json; a
  // number among the fields sends a record to boost::json. Each line is read as it is and with
  // a number added: the articles and the diagnostics must be the same.
  std::string const lines[] = {
      R"({"id":"e1","text":"He said \"12 people\" \\ died\n\tthere \/ \b\f\r.","title":"\"Q\""})",
      " { \"id\" : \"e2\" ,\t\"text\" :\"a 5 b\" , \"source\" : null }  ",
      R"({"id":"e3","text":null,"content":"c 7","source":"S\"","url":"u"})",
      "{\"id\":\"e4\",\"text\":\"bad \xff\xfe byte 9 and \xe2\x80\x99 quote\"}",
      R"({"id":"e5","text":"caf\u00e9 12 \ud83d\ude00"})",
      R"({"id":"e6","text":"one 1","text":"two 2"})",
      "{\"id\":\"e7\",\"text\":\"tab\x01 3\"}",
      R"({"id":"e8","t\u0065xt":"9 x"})",
      R"({"i\"d":"q","text":"4 y","id":"e9"})",
      R"({"id":"e10","text":"z 1","type":"article","published":"2024-01-02T10:00:00Z"})",
      R"({"id":"e11","text":"zz 3","type":"claim"})",
      R"({"id":"e12","text":"x 1",})",
      R"({"id":"e13","text":"x 1"} )",
      R"({"id":"e14","text":"a long text of more than sixteen bytes, with \"quotes\" and 17 people"})",
      R"({"id":"e15","text":"bad escape \q 4"})",
      R"({"id":"e16","text":"unterminated 5})",
      R"({"id":"e17","text":"x 2","published":"not a date"})",
      R"({"id":"e18","text":"   "})",
      R"({})",
  };
  auto fields = [](collected const& c) {
    std::vector<std::string> out;
    for (auto const& a : c.articles)
      for (auto const* f : {&a.id, &a.text, &a.published, &a.source, &a.url, &a.title}) out.push_back(*f);
    for (auto const& d : c.diags)
      out.push_back(d.reason.rfind("malformed JSON", 0) == 0 ? "malformed JSON" : d.reason);
    out.push_back(std::to_string(c.claims.size()));
    return out;
  };
  for (auto const& line : lines) {
    auto with_number = line;
    auto close = with_number.rfind('}');
    REQUIRE(close != std::string::npos);
    with_number.insert(close, with_number.find(':') < close ? ",\"n\":1" : "\"n\":1");
    INFO(line);
    CHECK(fields(read_buffer("f.jsonl", line + "\n")) == fields(read_buffer("f.jsonl", with_number + "\n")));
  }
}

TEST_CASE("a JSON value that is not an object is skipped", "[feed]") {
  auto bad = GENERATE(as<std::string>{}, "[1,2,3]", "\"text\"", "42", "null");
  CHECK(only_reason(between_good(bad)) == "expected a JSON object");
}

TEST_CASE("fields of the wrong type are named in the diagnostic", "[feed]") {
  auto [bad, reason] = GENERATE(table<std::string, std::string>({
      {R"({"id":"x","text":42})", R"(field "text" must be a string)"},
      {R"({"id":"x","content":["a","b"]})", R"(field "content" must be a string)"},
      {R"({"id":["x"],"text":"t 1"})", R"(field "id" must be a string)"},
      {R"({"id":1.5,"text":"t 1"})", R"(field "id" must be a string)"},
      {R"({"id":"x","text":"t 1","published":20240409})", R"(field "published" must be a string)"},
      {R"({"id":"x","text":"t 1","source":{"name":"S"}})", R"(field "source" must be a string)"},
      {R"({"id":"x","text":"t 1","url":true})", R"(field "url" must be a string)"},
      {R"({"id":"x","text":"t 1","title":7})", R"(field "title" must be a string)"},
  }));
  CHECK(only_reason(between_good(bad)) == reason);
}

TEST_CASE("missing or empty text is skipped", "[feed]") {
  CHECK(only_reason(between_good(R"({"id":"x","title":"no body"})")) == R"(missing field "text")");
  CHECK(only_reason(between_good(R"({"id":"x","text":" \n\t "})")) == R"(empty "text")");
}

TEST_CASE("a published value that is not a date is skipped", "[feed]") {
  CHECK(only_reason(between_good(R"({"id":"x","text":"t 1","published":"last week"})")) ==
        R"("published" is not an ISO 8601 date: "last week")");
  CHECK(only_reason(between_good(R"({"id":"x","text":"t 1","date":"2023-02-29"})")) ==
        R"("published" is not an ISO 8601 date: "2023-02-29")");
}

TEST_CASE("an empty file is one diagnostic for the whole file", "[feed]") {
  auto name = GENERATE(as<std::string>{}, "empty.jsonl", "empty.txt", "empty.html", "empty.jsonl.gz", "empty");
  auto c = read_buffer(name, "");
  REQUIRE(c.articles.empty());
  REQUIRE(c.messages() == std::vector<std::string>{name + ": empty file"});
  CHECK(c.stats.skipped == 1);
  CHECK(c.stats.files == 1);
}

TEST_CASE("a gzip file of nothing is an empty file", "[feed]") {
  auto c = read_buffer("e.jsonl.gz", gzip(""));
  CHECK(c.messages() == std::vector<std::string>{"e.jsonl.gz: empty file"});
}

TEST_CASE("binary garbage is one diagnostic, not one per line", "[feed]") {
  std::string junk;
  std::uint32_t x = 12345;
  for (int i = 0; i < 100000; ++i) {  // deterministic pseudo-random bytes, newlines included
    x = x * 1664525u + 1013904223u;
    junk.push_back(static_cast<char>(x >> 24));
  }
  auto c = read_buffer("junk.jsonl", junk);
  CHECK(c.messages() == std::vector<std::string>{"junk.jsonl: binary data, not JSON Lines"});
  auto d = read_buffer("junk.bin", junk);
  CHECK(d.messages() == std::vector<std::string>{"junk.bin: binary data, not an article format"});
  auto e = read_buffer("junk.txt.gz", gzip(junk));
  CHECK(e.messages() == std::vector<std::string>{"junk.txt.gz: binary data, not an article format"});
  CHECK(c.stats.skipped + d.stats.skipped + e.stats.skipped == 3);
}

TEST_CASE("invalid UTF-8 is replaced with U+FFFD and the article kept", "[feed]") {
  auto c = read_buffer("f.jsonl", good_a + "\n" + "{\"id\":\"u\",\"text\":\"caf\xE9 40 \xF0\x9F\x98\x80 ok\"}\n");
  REQUIRE(c.diags.empty());
  REQUIRE(c.articles.size() == 2);
  CHECK(c.articles[1].text == "caf\xEF\xBF\xBD 40 \xF0\x9F\x98\x80 ok");
  auto t = read_buffer("f.txt", "Toll \xC0\xAF rose to 40.\n");
  REQUIRE(t.articles.size() == 1);
  CHECK(t.articles[0].text == "Toll \xEF\xBF\xBD\xEF\xBF\xBD rose to 40.\n");
  CHECK(text::is_valid_utf8(t.articles[0].text));
}

TEST_CASE("repair_utf8 replaces each maximal invalid subpart once", "[feed]") {
  std::size_t n = 0;
  CHECK(text::repair_utf8("a\xE2\x82", &n) == "a\xEF\xBF\xBD");  // truncated sequence: one
  CHECK(n == 1);
  CHECK(text::repair_utf8("\xE0\x80\x80", &n) == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // overlong: three
  CHECK(n == 3);
  CHECK(text::repair_utf8("\xED\xA0\x80x", &n) == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBDx");  // surrogate
  CHECK(text::repair_utf8("\xF4\x90\x80\x80", &n).size() == 12);  // above U+10FFFF: four
  CHECK(text::repair_utf8("\xF0\x9F\x98", &n) == "\xEF\xBF\xBD");
  CHECK(text::repair_utf8(std::string("a\0b", 3), &n) == "a\xEF\xBF\xBD" "b");
  CHECK(text::repair_utf8("plain ASCII and \xC2\xA0 NBSP", &n) == "plain ASCII and \xC2\xA0 NBSP");
  CHECK(n == 0);
  CHECK(text::is_valid_utf8("0123456789abcdef0123456789abcdef"));
  CHECK_FALSE(text::is_valid_utf8(std::string("0123456789abcdef\0", 17)));
  CHECK_FALSE(text::is_valid_utf8("0123456789abcdef\x80"));
}

TEST_CASE("NUL bytes never end up in article text", "[feed]") {
  // A raw NUL inside a JSON string is malformed JSON (control characters must be escaped).
  auto raw = between_good(std::string("{\"id\":\"n\",\"text\":\"a\0b\"}", 24));
  CHECK(raw.diags[0].reason.rfind("malformed JSON", 0) == 0);
  // An escaped one is valid JSON and is replaced.
  auto esc = read_buffer("f.jsonl", R"({"id":"n","text":"a\u0000b 5"})");
  REQUIRE(esc.articles.size() == 1);
  CHECK(esc.articles[0].text == "a\xEF\xBF\xBD" "b 5");
  // A stray NUL in a text file is replaced; the file is still text.
  auto txt = read_buffer("f.txt", std::string("Some 40\0 people.", 16));
  REQUIRE(txt.articles.size() == 1);
  CHECK(txt.articles[0].text == "Some 40\xEF\xBF\xBD people.");
}

TEST_CASE("numbers with 10,000 digits neither crash nor lose other lines", "[feed]") {
  std::string digits(10000, '7');
  // In the text they are kept as written.
  auto c = read_buffer("f.jsonl", good_a + "\n" + R"({"id":"big","text":"Count: )" + digits + R"(."})" + "\n" + good_b);
  REQUIRE(c.diags.empty());
  REQUIRE(c.ids() == std::vector<std::string>{"a", "big", "b"});
  CHECK(c.articles[1].text.size() == 8 + 10000);
  // As a JSON number they are not an id: one diagnostic.
  auto d = between_good(R"({"id":)" + digits + R"(,"text":"t 1"})");
  CHECK(d.diags[0].reason == R"(field "id" must be a string)");
  // In fields we do not read they are ignored, like any unknown field.
  auto e = read_buffer("f.jsonl", R"({"id":"x","text":"t 1","n":1e308,"m":)" + digits + "e400}");
  CHECK(e.diags.empty());
  CHECK(e.ids() == std::vector<std::string>{"x"});
}

TEST_CASE("deeply nested JSON is one diagnostic", "[feed]") {
  std::string deep = R"({"id":"x","text":"t 1","n":)" + std::string(100000, '[') + std::string(100000, ']') + "}";
  CHECK(only_reason(between_good(deep)).rfind("malformed JSON: ", 0) == 0);
}

TEST_CASE("duplicate ids keep the first article and name it", "[feed]") {
  auto c = read_buffer("f.jsonl", R"({"id":"a","text":"first 1"})" "\n" R"({"id":"b","text":"other 2"})" "\n"
                                  R"({"id":"a","text":"second 3"})");
  REQUIRE(c.ids() == std::vector<std::string>{"a", "b"});
  CHECK(c.articles[0].text == "first 1");
  CHECK(c.messages() == std::vector<std::string>{R"(f.jsonl:3: duplicate id "a" (first at f.jsonl:1))"});
  CHECK(c.stats.skipped == 1);
}

TEST_CASE("a 20 MB single line is read whole", "[feed]") {
  std::string body(20u << 20, 'x');
  for (std::size_t i = 0; i < body.size(); i += 100) body[i] = ' ';
  body.replace(1000, 12, "Some 40 dead");
  auto c = read_buffer("big.jsonl", good_a + "\n" + R"({"id":"big","text":")" + body + R"("})" + "\n" + good_b);
  REQUIRE(c.diags.empty());
  REQUIRE(c.ids() == std::vector<std::string>{"a", "big", "b"});
  CHECK(c.articles[1].text == body);
  CHECK(c.articles[2].line == 3);
}

TEST_CASE("a 50 MB single line is read, and a line over the limit is one diagnostic", "[feed]") {
  std::string body(50'000'000, 'y');
  std::string data = good_a + "\n" + R"({"id":"huge","text":")" + body + R"("})" + "\n" + good_b + "\n";
  auto c = read_buffer("huge.jsonl", data);
  REQUIRE(c.diags.empty());
  REQUIRE(c.ids() == std::vector<std::string>{"a", "huge", "b"});
  CHECK(c.articles[1].text.size() == 50'000'000);

  feed::read_options small;
  small.max_record_bytes = 1u << 20;
  auto d = read_buffer("huge.jsonl", data, small);
  REQUIRE(d.ids() == std::vector<std::string>{"a", "b"});
  CHECK(d.messages() == std::vector<std::string>{"huge.jsonl:2: line is longer than the limit of 1048576 bytes"});
  CHECK(d.articles[1].line == 3);
  // The same when the long line is the last one and has no newline.
  auto e = read_buffer("huge.jsonl", good_a + "\n" + R"({"text":")" + body + "\"}", small);
  CHECK(e.ids() == std::vector<std::string>{"a"});
  CHECK(e.messages() == std::vector<std::string>{"huge.jsonl:2: line is longer than the limit of 1048576 bytes"});
}

TEST_CASE("lines that cross read chunks are split correctly", "[feed]") {
  // ~5 MB of lines of varying length, so line boundaries fall everywhere in the 1 MiB chunks.
  std::string data;
  std::vector<std::string> want;
  for (int i = 0; data.size() < (5u << 20); ++i) {
    auto id = "n" + std::to_string(i);
    data += R"({"id":")" + id + R"(","text":")" + std::string(static_cast<std::size_t>(i * 7919 % 3000 + 1), 'a') +
            R"("})" + (i % 3 ? "\n" : "\r\n");
    want.push_back(id);
  }
  auto c = read_buffer("f.jsonl", data);
  REQUIRE(c.diags.empty());
  REQUIRE(c.ids() == want);
  CHECK(c.articles.back().line == want.size());
  CHECK(c.stats.bytes == data.size());
  auto g = read_buffer("f.jsonl.gz", gzip(data));
  REQUIRE(g.diags.empty());
  REQUIRE(g.ids() == want);
  CHECK(g.stats.bytes == data.size());
}

// ---------------------------------------------------------------------------------------
// gzip

TEST_CASE("gzip is read for each format", "[feed]") {
  auto j = read_buffer("f.jsonl.gz", gzip(good_a + "\n" + good_b + "\n"));
  CHECK(j.ids() == std::vector<std::string>{"a", "b"});
  auto t = read_buffer("dir/story.txt.gz", gzip("---\nid: s1\n---\nSome 40 people.\n"));
  REQUIRE(t.articles.size() == 1);
  CHECK(t.articles[0].id == "s1");
  CHECK(t.articles[0].text == "Some 40 people.\n");
  auto h = read_buffer("page.html.gz", gzip("<html><body><p>Nearly 300 homes.</p></body></html>"));
  REQUIRE(h.articles.size() == 1);
  CHECK(h.articles[0].text == "Nearly 300 homes.");
  CHECK(h.articles[0].id == "page.html.gz");
  // Without a telling extension the decompressed content decides.
  auto s = read_buffer("dump", gzip(good_a + "\n"));
  CHECK(s.ids() == std::vector<std::string>{"a"});
  CHECK(j.diags.empty());
  CHECK(t.diags.empty());
  CHECK(h.diags.empty());
  CHECK(s.diags.empty());
}

TEST_CASE("concatenated gzip members read as one stream", "[feed]") {
  auto c = read_buffer("f.jsonl.gz", gzip(good_a + "\n") + gzip(good_b + "\n"));
  CHECK(c.diags.empty());
  CHECK(c.ids() == std::vector<std::string>{"a", "b"});
}

TEST_CASE("truncated gzip keeps the complete lines and reports where it broke", "[feed]") {
  std::string data;
  for (int i = 1; i <= 2000; ++i)
    data += R"({"id":"n)" + std::to_string(i) + R"(","text":"line )" + std::to_string(i * 37) + R"( text"})" + "\n";
  auto z = gzip(data, 1);
  auto c = read_buffer("t.jsonl.gz", std::string_view(z).substr(0, z.size() / 2));
  REQUIRE(c.diags.size() == 1);
  CHECK(c.diags[0].reason == "truncated gzip data");
  REQUIRE(!c.articles.empty());
  CHECK(c.articles.size() < 2000);
  CHECK(c.diags[0].line == c.articles.size() + 1);  // the incomplete line
  CHECK(c.articles.back().id == "n" + std::to_string(c.articles.size()));
  CHECK(c.stats.skipped == 1);
  // A whole-document file that is cut short is skipped entirely.
  auto zt = gzip(data, 1);
  auto t = read_buffer("t.txt.gz", std::string_view(zt).substr(0, zt.size() - 10));
  CHECK(t.articles.empty());
  CHECK(t.messages() == std::vector<std::string>{"t.txt.gz: truncated gzip data"});
}

TEST_CASE("corrupt gzip and a .gz that is not gzip are one diagnostic each", "[feed]") {
  auto z = gzip(std::string(5000, 'a') + "\n");
  for (std::size_t i = 20; i < 40; ++i) z[i] = static_cast<char>(z[i] ^ 0x5a);
  auto c = read_buffer("c.jsonl.gz", z);
  REQUIRE(c.diags.size() == 1);
  CHECK(c.diags[0].reason.rfind("corrupt gzip data: ", 0) == 0);
  auto n = read_buffer("n.jsonl.gz", good_a + "\n");
  CHECK(n.messages() == std::vector<std::string>{"n.jsonl.gz: not gzip data"});
  CHECK(n.articles.empty());
}

// ---------------------------------------------------------------------------------------
// Text and Markdown

TEST_CASE("a text file is one article and its front matter gives the metadata", "[feed]") {
  auto c = read_buffer("notes/story.md", "---\nid: s-01\ntitle: \"The toll\"\ndate_publish: 2024-04-09T08:00:00Z\n"
                                         "Outlet: 'Harbor Daily'\nurl: https://example.org/s\nunknown: ignored\n"
                                         "---\nSome 33,207 people.\n\nMore text.\n");
  REQUIRE(c.diags.empty());
  REQUIRE(c.articles.size() == 1);
  auto const& a = c.articles[0];
  CHECK(a.id == "s-01");
  CHECK(a.title == "The toll");
  CHECK(a.published == "2024-04-09");
  CHECK(a.source == "Harbor Daily");
  CHECK(a.url == "https://example.org/s");
  CHECK(a.text == "Some 33,207 people.\n\nMore text.\n");
  CHECK(a.line == 9);  // the body starts on line 9
  CHECK(a.file == "notes/story.md");
}

TEST_CASE("front matter aliases and CRLF line ends are read", "[feed]") {
  auto key = GENERATE(as<std::string>{}, "source", "outlet", "site", "sitename", "source_domain", "hostname");
  auto c = read_buffer("s.txt", "---\r\n" + key + ": The Post\r\ndate: 2024-01-05\r\n---\r\nBody 1.\r\n");
  REQUIRE(c.articles.size() == 1);
  CHECK(c.articles[0].source == "The Post");
  CHECK(c.articles[0].published == "2024-01-05");
  CHECK(c.articles[0].text == "Body 1.\r\n");
}

TEST_CASE("a text file without front matter uses its file name as id", "[feed]") {
  auto c = read_buffer("some/dir/report.txt", "Plain text with 5 numbers.\n");
  REQUIRE(c.articles.size() == 1);
  CHECK(c.articles[0].id == "report.txt");
  CHECK(c.articles[0].line == 1);
  CHECK(c.articles[0].text == "Plain text with 5 numbers.\n");
  // An opening "---" without a closing one is not front matter: the text is kept whole.
  auto d = read_buffer("d.txt", "---\nid: nope\nSome 4 words.\n");
  REQUIRE(d.articles.size() == 1);
  CHECK(d.articles[0].id == "d.txt");
  CHECK(d.articles[0].text == "---\nid: nope\nSome 4 words.\n");
}

TEST_CASE("a Published on dateline dates a text article without front matter date", "[feed]") {
  auto c = read_buffer("a.txt", "Headline\nPublished on: April 9, 2024\n\nSome 40 people.\n");
  REQUIRE(c.articles.size() == 1);
  CHECK(c.articles[0].published == "2024-04-09");
  auto d = read_buffer("b.txt", "Headline\nPublished 2024-03-01T10:00Z\nText 1.\n");
  CHECK(d.articles.at(0).published == "2024-03-01");
  auto e = read_buffer("c.txt", "---\ndate: 2024-01-01\n---\nPublished on: April 9, 2024\n");
  CHECK(e.articles.at(0).published == "2024-01-01");  // front matter wins
  auto f = read_buffer("d.txt", "Published widely, 40 copies.\n");
  CHECK(f.articles.at(0).published.empty());
}

TEST_CASE("bad text files are one diagnostic each", "[feed]") {
  CHECK(read_buffer("e.txt", "   \n\n").messages() == std::vector<std::string>{"e.txt: empty article"});
  CHECK(read_buffer("e.md", "---\nid: x\n---\n\n").messages() == std::vector<std::string>{"e.md: empty article"});
  CHECK(read_buffer("d.md", "---\nid: x\npublished: soon\n---\nBody 1.\n").messages() ==
        std::vector<std::string>{R"(d.md:3: "published" is not an ISO 8601 date: "soon")"});
}

// ---------------------------------------------------------------------------------------
// HTML

TEST_CASE("HTML gives the visible text and the named meta fields", "[feed]") {
  auto c = read_buffer("page.html", R"(<!doctype html><html><head><title> The
    toll  </title>
    <meta property="article:published_time" content="2024-04-09T14:00:00+03:00">
    <meta property="og:site_name" content="Harbor Daily">
    <meta property="og:url" content="https://example.org/a">
    <style>p { color: red } .n::after { content: "999" }</style>
    <script>var count = 12345;</script></head>
    <body><h1>Toll rises</h1><p>Some <b>33,207</b>&nbsp;people, officials&nbsp;said.</p>
    <script>document.write("777 hidden")</script><noscript>555 hidden</noscript>
    <p>Second   paragraph
    with 40 words.</p><template><p>888 hidden</p></template></body></html>)");
  REQUIRE(c.diags.empty());
  REQUIRE(c.articles.size() == 1);
  auto const& a = c.articles[0];
  CHECK(a.title == "The toll");
  CHECK(a.published == "2024-04-09");
  CHECK(a.source == "Harbor Daily");
  CHECK(a.url == "https://example.org/a");
  CHECK(a.id == "page.html");
  CHECK(a.text == "Toll rises\n\nSome 33,207\xC2\xA0people, officials\xC2\xA0said.\n\nSecond paragraph with 40 words.");
  CHECK(a.text.find("12345") == std::string::npos);
  CHECK(a.text.find("777") == std::string::npos);
  CHECK(a.text.find("555") == std::string::npos);
  CHECK(a.text.find("888") == std::string::npos);
  CHECK(a.text.find("999") == std::string::npos);
}

TEST_CASE("broken HTML is read the way a browser reads it", "[feed]") {
  auto c = read_buffer("b.htm", "<p>Unclosed <b>bold 12<p>Next 34 <div><span>deep");
  REQUIRE(c.articles.size() == 1);
  CHECK(c.articles[0].text == "Unclosed bold 12\n\nNext 34\n\ndeep");
}

TEST_CASE("HTML nested deeper than the limit is one diagnostic, not minutes of parsing", "[feed]") {
  // The HTML5 tree builder scans its stack of open elements per tag: 50,000 nested <div>s
  // took a minute. Depth is checked with a linear scan first.
  std::string nested;
  for (int i = 0; i < 50000; ++i) nested += "<div class=\"x>y\">";
  nested += "Deep 7";
  CHECK(feed::html_depth(nested) == 50000);
  auto d = read_buffer("n.html", nested);
  CHECK(d.articles.empty());
  CHECK(d.messages() == std::vector<std::string>{"n.html: HTML nested 50000 elements deep, more than the limit of 1024"});
  std::string ok;
  for (int i = 0; i < 500; ++i) ok += "<div>";
  ok += "Deep 7";
  auto e = read_buffer("ok.html", ok);
  REQUIRE(e.articles.size() == 1);
  CHECK(e.articles[0].text == "Deep 7");
  // Ordinary pages are shallow even with thousands of unclosed <p>, <li>, <br> and <img>.
  std::string flat = "<html><body><ul>";
  for (int i = 0; i < 5000; ++i) flat += "<li><p>item <img src=x.png><br>" + std::to_string(i) + "<!-- <div> -->";
  flat += "</ul><script>for (i = 0; i < n; ++i) { s += '<div>'; }</script><div/></body></html>";
  CHECK(feed::html_depth(flat) == 1);
  CHECK(read_buffer("flat.html", flat).articles.size() == 1);
}

TEST_CASE("HTML without visible text is skipped", "[feed]") {
  auto c = read_buffer("x.html", "<html><head><title>Only a title</title></head><body><script>1</script></body></html>");
  CHECK(c.messages() == std::vector<std::string>{"x.html: no visible text in HTML"});
}

TEST_CASE("content decides the reader when the extension does not", "[feed]") {
  auto j = read_buffer("feed.data", "  " + good_a + "\n");
  CHECK(j.ids() == std::vector<std::string>{"a"});
  auto h = read_buffer("page", "<html><body><p>Text 9</p></body></html>");
  REQUIRE(h.articles.size() == 1);
  CHECK(h.articles[0].text == "Text 9");
  auto t = read_buffer("README", "Plain words and 3 numbers.\n");
  REQUIRE(t.articles.size() == 1);
  CHECK(t.articles[0].text == "Plain words and 3 numbers.\n");
}

// ---------------------------------------------------------------------------------------
// Files, directories, errors

TEST_CASE("directories are read recursively in sorted path order", "[feed]") {
  temp_dir d;
  d.write("b/2.txt", "two 2\n");
  d.write("b/10.txt", "ten 10\n");
  d.write("a.jsonl", R"({"id":"j1","text":"x 1"})" "\n" R"({"id":"j2","text":"x 2"})" "\n");
  d.write("c/d/deep.md", "---\nid: deep\n---\ndeep 4\n");
  d.write("c/page.html", "<p>page 5</p>");
  d.write("c/zz.jsonl.gz", gzip(R"({"id":"gz","text":"x 6"})" "\n"));
  d.write(".hidden.txt", "hidden 7\n");
  d.write(".git/HEAD.txt", "hidden 8\n");
  auto c = read_inputs({d.path().string()});
  REQUIRE(c.diags.empty());
  CHECK(c.ids() == std::vector<std::string>{"j1", "j2", "10.txt", "2.txt", "deep", "page.html", "gz"});
  CHECK(c.stats.files == 6);
  CHECK(c.stats.articles == 7);
  CHECK(c.articles[2].file == (d.path() / "b" / "10.txt").string());
}

TEST_CASE("several inputs are read in the order given", "[feed]") {
  temp_dir d;
  auto p1 = d.write("z.jsonl", R"({"id":"z","text":"x 1"})");
  auto p2 = d.write("a.jsonl", R"({"id":"a","text":"x 2"})");
  auto c = read_inputs({p1, p2});
  CHECK(c.ids() == std::vector<std::string>{"z", "a"});
  CHECK(c.stats.files == 2);
}

TEST_CASE("the same file name in two directories keeps both articles", "[feed]") {
  temp_dir d;
  auto p1 = d.write("x/story.txt", "one 1\n");
  auto p2 = d.write("y/story.txt", "two 2\n");
  auto c = read_inputs({d.path().string()});
  REQUIRE(c.diags.empty());
  CHECK(c.ids() == std::vector<std::string>{"story.txt", p2});
  (void)p1;
}

TEST_CASE("duplicate ids across files are reported with the first place", "[feed]") {
  temp_dir d;
  auto p1 = d.write("1.jsonl", R"({"id":"same","text":"x 1"})");
  auto p2 = d.write("2.md", "---\nid: same\n---\nbody 2\n");
  auto c = read_inputs({p1, p2});
  CHECK(c.ids() == std::vector<std::string>{"same"});
  CHECK(c.messages() == std::vector<std::string>{p2 + R"(: duplicate id "same" (first at )" + p1 + ":1)"});
}

TEST_CASE("a directory with symlink loops is read once with one diagnostic per loop", "[feed]") {
  temp_dir d;
  d.write("feeds/a.jsonl", R"({"id":"a","text":"x 1"})");
  d.write("feeds/sub/b.txt", "b 2\n");
  fs::create_directory_symlink("..", d.path() / "feeds" / "sub" / "up");  // loop back to feeds/
  fs::create_symlink("self", d.path() / "feeds" / "self");                // a link to itself
  auto c = read_inputs({(d.path() / "feeds").string()});
  CHECK(c.ids() == std::vector<std::string>{"a", "b.txt"});
  REQUIRE(c.diags.size() == 2);
  CHECK(c.diags[0].file == (d.path() / "feeds" / "self").string());
  CHECK(c.diags[0].reason == "cannot open: too many levels of symbolic links");
  CHECK(c.diags[1].file == (d.path() / "feeds" / "sub" / "up").string());
  CHECK(c.diags[1].reason.rfind("directory already visited as ", 0) == 0);
  CHECK(c.stats.skipped == 2);
}

TEST_CASE("a missing input is one diagnostic and the others are read", "[feed]") {
  temp_dir d;
  auto ok = d.write("ok.jsonl", good_a);
  auto c = read_inputs({(d.path() / "missing.jsonl").string(), ok});
  CHECK(c.ids() == std::vector<std::string>{"a"});
  CHECK(c.messages() ==
        std::vector<std::string>{(d.path() / "missing.jsonl").string() + ": no such file or directory"});
  CHECK(c.stats.files == 2);
  CHECK(c.stats.skipped == 1);
}

TEST_CASE("an unreadable file is one diagnostic and the others are read", "[feed]") {
  temp_dir d;
  auto locked = d.write("a-locked.jsonl", good_b);
  d.write("b-ok.jsonl", good_a);
  fs::permissions(locked, fs::perms::none);
  auto c = read_inputs({d.path().string()});
  if (::geteuid() == 0) {
    WARN("running as root: chmod 000 does not stop reads, so only the read-error path is checked");
    CHECK(c.ids() == std::vector<std::string>{"b", "a"});
  } else {
    CHECK(c.ids() == std::vector<std::string>{"a"});
    CHECK(c.messages() == std::vector<std::string>{locked + ": cannot open: permission denied"});
  }
  // A file that opens but fails to read (as root too): /proc/self/mem at offset 0 gives EIO.
  if (fs::exists("/proc/self/mem")) {
    auto m = read_inputs({"/proc/self/mem", (d.path() / "b-ok.jsonl").string()});
    CHECK(m.ids() == std::vector<std::string>{"a"});
    CHECK(m.messages() == std::vector<std::string>{"/proc/self/mem: read error: input/output error"});
  }
}

// ---------------------------------------------------------------------------------------
// Streaming: memory must not grow with the size of a JSON Lines input.

namespace {

std::size_t status_kb(char const* key) {
  std::ifstream f("/proc/self/status");
  std::string k;
  std::size_t v = 0;
  while (f >> k) {
    if (k == key) {
      f >> v;
      return v;
    }
    std::getline(f, k);
  }
  return 0;
}

}  // namespace

TEST_CASE("JSON Lines stream: 256 MB plain or gzip read in bounded memory", "[feed]") {
  std::string block;
  for (int i = 0; block.size() < (1u << 20); ++i)
    block += R"({"text":"Some )" + std::to_string(i) + R"( people )" + std::string(900, 'w') + R"(."})" + "\n";
  std::size_t const lines = static_cast<std::size_t>(std::count(block.begin(), block.end(), '\n'));

  // Feeds `b` `times` times through a pipe (no file: nothing in the page cache) and returns how
  // far the peak resident size rose above the size before, in KiB; nothing when /proc cannot
  // reset the peak. Articles are counted, not kept.
  std::size_t seen = 0;
  auto growth = [&](std::string const& b, int times) {
    collected c;
    auto cb = c.callbacks();
    cb.on_article = [&](article&&) { ++seen; };
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    {
      std::ofstream clear("/proc/self/clear_refs");
      clear << "5";
      clear.flush();
      if (!clear) {
        ::close(fds[0]);
        ::close(fds[1]);
        return std::optional<std::size_t>{};
      }
    }
    std::size_t const before = status_kb("VmRSS:");
    std::thread writer([&] {
      for (int i = 0; i < times; ++i)
        for (std::size_t off = 0; off < b.size();) {
          auto n = ::write(fds[1], b.data() + off, b.size() - off);
          if (n <= 0) break;
          off += static_cast<std::size_t>(n);
        }
      ::close(fds[1]);
    });
    c.stats = feed::read_inputs({"/dev/fd/" + std::to_string(fds[0])}, cb);
    writer.join();
    ::close(fds[0]);
    CHECK(c.diags.empty());
    CHECK(c.stats.bytes == block.size() * static_cast<std::size_t>(times));  // decompressed
    std::size_t const peak = status_kb("VmHWM:");
    return std::optional<std::size_t>{peak > before ? peak - before : 0};
  };

#if defined(__SANITIZE_ADDRESS__)
  bool const asan = true;  // its quarantine holds freed memory: RSS grows by design
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
  bool const asan = true;
#else
  bool const asan = false;
#endif
#else
  bool const asan = false;
#endif
  auto g0 = growth(block, 16);  // a first run, to compare with
  auto g1 = growth(block, 256);
  if (!g1) {
    WARN("cannot reset the peak resident size through /proc/self/clear_refs: memory not checked");
    return;
  }
  CHECK(seen == lines * (16 + 256));
  seen = 0;
  auto g2 = growth(gzip(block, 1), 256);  // 256 concatenated gzip members
  CHECK(seen == lines * 256);
  if (asan) {
    WARN("built with AddressSanitizer: memory growth not checked");
    return;
  }
  CHECK(*g1 < 8u * 1024);        // 256 MB of input, under 8 MB of growth
  CHECK(*g1 < *g0 + 4u * 1024);  // and no more than for 16 MB
  CHECK(*g2 < 8u * 1024);
}
