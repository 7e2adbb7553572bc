#include "claimcheck/claims/json.hpp"
#include "claimcheck/store/store.hpp"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>
#include <vector>

using namespace claimcheck;
using store::claim_store;
namespace fs = std::filesystem;

namespace {

// A fresh directory per test case, removed at the end.
struct temp_dir {
  fs::path path;
  temp_dir() {
    static int counter = 0;
    path = fs::temp_directory_path() / ("claimcheck-store-test-" + std::to_string(::getpid()) + "-" +
                                        std::to_string(++counter));
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~temp_dir() { fs::remove_all(path); }
  std::string file(char const* name) const { return (path / name).string(); }
};

article make_article(std::string id, std::string text, std::string published = "2024-04-09") {
  article a;
  a.id = std::move(id);
  a.text = std::move(text);
  a.published = std::move(published);
  a.source = "Harbor Daily";
  a.url = "https://example.org/" + a.id;
  a.title = "Title of " + a.id;
  a.file = "feed.jsonl";
  a.line = 1;
  return a;
}

// Claims at each number-like token of the text, the way an extractor would number them.
std::vector<claim> make_claims(article const& a, int n, double base = 100) {
  std::vector<claim> out;
  for (int i = 1; i <= n; ++i) {
    claim c;
    c.id = a.id + ":" + std::to_string(i);
    c.article = a.id;
    c.source = a.source;
    c.published = a.published;
    c.url = a.url;
    c.file = a.file;
    c.line = a.line;
    c.sentence = "sentence " + std::to_string(i);
    c.sentence_start = static_cast<std::size_t>(10 * i);
    c.q.text = std::to_string(static_cast<int>(base) + i);
    c.q.span = {static_cast<std::size_t>(10 * i), static_cast<std::size_t>(10 * i + 3)};
    c.q.value = base + i;
    c.q.lo = c.q.hi = c.q.value;
    c.subject = {"people", "person"};
    c.predicate = {"were killed", "kill"};
    c.date = a.published;
    c.basis = date_basis::published;
    out.push_back(std::move(c));
  }
  return out;
}

std::string json_of(claim const& c) {
  std::string s;
  claims::append_json(s, c);
  return s;
}

}  // namespace

TEST_CASE("sha256 matches the FIPS 180-4 test vectors", "[store]") {
  CHECK(store::sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(store::sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(store::sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  CHECK(store::sha256_hex(std::string(1000000, 'a')) ==
        "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("a new store is created empty at the latest schema version", "[store]") {
  temp_dir d;
  auto path = d.file("history.db");
  claim_store db(path);
  REQUIRE(fs::exists(path));
  REQUIRE(db.schema_version() == claim_store::latest_schema_version());
  REQUIRE(claim_store::latest_schema_version() == 2);
  REQUIRE(db.stats().articles == 0);
  REQUIRE(db.stats().claims == 0);
  REQUIRE(db.all_claims().empty());
  REQUIRE(db.integrity_check() == "ok");
}

TEST_CASE("a reopened store keeps its articles and claims", "[store]") {
  temp_dir d;
  auto path = d.file("history.db");
  auto a = make_article("a01", "Some 120 people were killed.");
  {
    claim_store db(path);
    auto r = db.ingest(a, make_claims(a, 3));
    REQUIRE(r.inserted == 1);
  }
  claim_store db(path);
  REQUIRE(db.stats().articles == 1);
  REQUIRE(db.stats().claims == 3);
  auto cs = db.all_claims();
  REQUIRE(cs.size() == 3);
  REQUIRE(cs[2].id == "a01:3");
  REQUIRE(cs[2].q.value == 103);
}

TEST_CASE("a version 1 store is migrated when opened and refreshes its claims on re-ingest", "[store]") {
  temp_dir d;
  auto path = d.file("history.db");
  auto a = make_article("a01", "Some 120 people were killed.");
  auto cs = make_claims(a, 2);
  {
    store::open_options old;
    old.schema_version = 1;
    claim_store db(path, old);
    REQUIRE(db.schema_version() == 1);
    REQUIRE(db.ingest(a, cs).inserted == 1);
    // Version 1 has no column for the sentence offset.
    REQUIRE(db.all_claims().at(1).sentence_start == 0);
  }
  claim_store db(path);
  REQUIRE(db.schema_version() == 2);
  REQUIRE(db.stats().claims == 2);
  REQUIRE(db.all_claims().at(1).sentence_start == 0);
  // Rows from version 1 have no claims hash: the first re-ingest rewrites them, the next is a no-op.
  REQUIRE(db.ingest(a, cs).replaced == 1);
  REQUIRE(db.all_claims().at(1).sentence_start == 20);
  REQUIRE(db.ingest(a, cs).unchanged == 1);
  REQUIRE(db.integrity_check() == "ok");
}

TEST_CASE("ingesting the same article twice stores it once", "[store]") {
  temp_dir d;
  claim_store db(d.file("history.db"));
  auto a = make_article("a01", "Some 120 people were killed.");
  auto cs = make_claims(a, 4);
  auto first = db.ingest(a, cs);
  auto second = db.ingest(a, cs);
  REQUIRE((first.inserted == 1 && first.replaced == 0 && first.unchanged == 0));
  REQUIRE((second.inserted == 0 && second.replaced == 0 && second.unchanged == 1));
  REQUIRE(db.stats().articles == 1);
  REQUIRE(db.stats().claims == 4);
}

TEST_CASE("the same article read from another file is unchanged", "[store]") {
  temp_dir d;
  claim_store db(d.file("history.db"));
  auto a = make_article("a01", "Some 120 people were killed.");
  db.ingest(a, make_claims(a, 2));
  a.file = "day2/feed.jsonl";
  a.line = 17;
  REQUIRE(db.ingest(a, make_claims(a, 2)).unchanged == 1);
  REQUIRE(db.all_claims().at(0).file == "feed.jsonl");
}

TEST_CASE("a changed article replaces its claims", "[store]") {
  temp_dir d;
  claim_store db(d.file("history.db"));
  auto a = make_article("a01", "Some 120 people were killed.");
  db.ingest(a, make_claims(a, 3));
  auto b = make_article("a01", "Some 125 people were killed, officials said on Tuesday.", "2024-04-10");
  auto r = db.ingest(b, make_claims(b, 1, 500));
  REQUIRE((r.replaced == 1 && r.inserted == 0 && r.unchanged == 0));
  REQUIRE(db.stats().articles == 1);
  REQUIRE(db.stats().claims == 1);
  auto cs = db.claims_of("a01");
  REQUIRE(cs.size() == 1);
  REQUIRE(cs[0].q.value == 501);
  REQUIRE(cs[0].published == "2024-04-10");
}

TEST_CASE("an unchanged article whose claims are extracted differently gets the new claims", "[store]") {
  temp_dir d;
  claim_store db(d.file("history.db"));
  auto a = make_article("a01", "Some 120 people were killed.");
  db.ingest(a, make_claims(a, 1));
  auto better = make_claims(a, 2);
  better[0].subject.key = "civilian";
  REQUIRE(db.ingest(a, better).replaced == 1);
  auto cs = db.claims_of("a01");
  REQUIRE(cs.size() == 2);
  REQUIRE(cs[0].subject.key == "civilian");
}

TEST_CASE("an article with the same text under another id is a duplicate", "[store]") {
  temp_dir d;
  claim_store db(d.file("history.db"));
  auto a = make_article("wire-1", "Some 120 people were killed.");
  db.ingest(a, make_claims(a, 2));
  auto copy = make_article("outlet-7", "Some 120 people were killed.");
  copy.source = "Other Outlet";
  auto r = db.ingest(copy, make_claims(copy, 2));
  REQUIRE((r.unchanged == 1 && r.inserted == 0));
  REQUIRE(db.stats().articles == 1);
  REQUIRE(db.stats().claims == 2);
  REQUIRE(db.claims_of("outlet-7").empty());
}

TEST_CASE("an article without claims is remembered", "[store]") {
  temp_dir d;
  claim_store db(d.file("history.db"));
  auto a = make_article("a01", "Nothing was counted today.");
  REQUIRE(db.ingest(a, {}).inserted == 1);
  REQUIRE(db.ingest(a, {}).unchanged == 1);
  REQUIRE(db.stats().articles == 1);
  REQUIRE(db.stats().claims == 0);
}

TEST_CASE("all_claims round-trips every field of a claim", "[store]") {
  temp_dir d;
  claim_store db(d.file("history.db"));
  auto a = make_article("a\"07", "x");
  claim c;
  c.id = "a\"07:1";
  c.article = "a\"07";
  c.source = "Harbor \"Daily\"";
  c.published = "2024-04-09";
  c.url = "https://example.org/a07?x=1&y=2";
  c.file = "dir/feed.jsonl";
  c.line = 42;
  c.sentence = "Nearly half of its 250 hostages\twere \xE2\x80\x9Creleased\xE2\x80\x9D.\n";
  c.sentence_start = 1234;
  c.q.text = "Nearly half";
  c.q.span = {1234, 1245};
  c.q.value = 0.5;
  c.q.lo = 0.45;
  c.q.hi = std::nullopt;
  c.q.qualifier = "nearly";
  c.q.kind = quantity_kind::fraction;
  c.q.unit = "USD";
  c.subject = {"its hostages", "hostage"};
  c.predicate = {"were released", "release"};
  c.mod = modality::planned;
  c.date = "2024-04";
  c.basis = date_basis::relative;
  c.date_end = "2024-05";
  c.attribution = {"the army said", "army"};
  c.relations = {{relation_kind::fraction_of, "a\"07:2"}, {relation_kind::change_of, "b:1"}};
  c.line_in_file = 42;
  c.column = 77;
  db.ingest(a, {c});

  auto back = db.all_claims();
  REQUIRE(back.size() == 1);
  auto const& r = back[0];
  REQUIRE(json_of(r) == json_of(c));
  CHECK(r.id == c.id);
  CHECK(r.article == c.article);
  CHECK(r.source == c.source);
  CHECK(r.published == c.published);
  CHECK(r.url == c.url);
  CHECK(r.file == c.file);
  CHECK(r.line == c.line);
  CHECK(r.sentence == c.sentence);
  CHECK(r.sentence_start == c.sentence_start);
  CHECK(r.q.text == c.q.text);
  CHECK(r.q.span == c.q.span);
  CHECK(r.q.value == c.q.value);
  CHECK(r.q.lo == c.q.lo);
  CHECK(!r.q.hi.has_value());
  CHECK(r.q.qualifier == c.q.qualifier);
  CHECK(r.q.kind == c.q.kind);
  CHECK(r.q.unit == c.q.unit);
  CHECK(r.subject.text == c.subject.text);
  CHECK(r.subject.key == c.subject.key);
  CHECK(r.predicate.text == c.predicate.text);
  CHECK(r.predicate.key == c.predicate.key);
  CHECK(r.mod == c.mod);
  CHECK(r.date == c.date);
  CHECK(r.basis == c.basis);
  CHECK(r.date_end == c.date_end);
  CHECK(r.attribution.text == c.attribution.text);
  CHECK(r.attribution.key == c.attribution.key);
  CHECK(r.relations == c.relations);
  CHECK(r.line_in_file == c.line_in_file);
  CHECK(r.column == c.column);
}

TEST_CASE("all_claims is ordered by article id, then claim ordinal", "[store]") {
  temp_dir d;
  claim_store db(d.file("history.db"));
  auto b = make_article("b", "text of b");
  auto a = make_article("a", "text of a");
  db.ingest(b, make_claims(b, 2));
  db.ingest(a, make_claims(a, 11));
  auto cs = db.all_claims();
  REQUIRE(cs.size() == 13);
  std::vector<std::string> ids;
  for (auto const& c : cs) ids.push_back(c.id);
  REQUIRE(ids == std::vector<std::string>{"a:1", "a:2", "a:3", "a:4", "a:5", "a:6", "a:7", "a:8", "a:9", "a:10",
                                          "a:11", "b:1", "b:2"});
}

TEST_CASE("pre-extracted claims are stored per article and stay idempotent", "[store]") {
  temp_dir d;
  claim_store db(d.file("history.db"));
  auto a = make_article("a", "text of a");
  auto b = make_article("b", "text of b");
  auto ca = make_claims(a, 2), cb = make_claims(b, 3);
  std::vector<claim> input = {cb[0], cb[1], ca[0], cb[2], ca[1]};  // interleaved on purpose
  auto r = db.ingest_claims(input);
  REQUIRE(r.inserted == 2);
  REQUIRE(db.stats().articles == 2);
  REQUIRE(db.stats().claims == 5);
  REQUIRE(db.claims_of("b").at(2).id == "b:3");
  REQUIRE(db.ingest_claims(input).unchanged == 2);
  // One claim corrected: its article is replaced, the other stays.
  input[2].q.value = 999;
  auto again = db.ingest_claims(input);
  REQUIRE((again.replaced == 1 && again.unchanged == 1));
  REQUIRE(db.claims_of("a").at(0).q.value == 999);
  REQUIRE(db.stats().claims == 5);
}

TEST_CASE("a claim id stored for another article is a clear error and stores nothing", "[store]") {
  temp_dir d;
  claim_store db(d.file("history.db"));
  auto a = make_article("a", "text of a");
  db.ingest(a, make_claims(a, 1));
  auto b = make_article("b", "text of b");
  auto cs = make_claims(b, 2);
  cs[1].id = "a:1";
  REQUIRE_THROWS_WITH(db.ingest(b, cs), Catch::Contains("claim id 'a:1' of article 'b' is already stored"));
  REQUIRE(db.stats().articles == 1);
  REQUIRE(db.stats().claims == 1);
  // The store is still usable after the failed write.
  REQUIRE(db.ingest(b, make_claims(b, 2)).inserted == 1);
}

TEST_CASE("a file that is not a SQLite database gives a clear error", "[store]") {
  temp_dir d;
  auto path = d.file("notes.db");
  {
    std::ofstream f(path, std::ios::binary);
    for (int i = 0; i < 200; ++i) f << "this is a plain text file, not a database\n";
  }
  auto const size = fs::file_size(path);
  REQUIRE_THROWS_WITH(claim_store(path), Catch::StartsWith(path + ": not a claimcheck store") &&
                                             Catch::Contains("file is not a database"));
  // The file is left as it was, and no journal is left beside it.
  REQUIRE(fs::file_size(path) == size);
  REQUIRE(!fs::exists(path + "-wal"));
}

TEST_CASE("a store in a missing directory gives a clear error", "[store]") {
  temp_dir d;
  auto path = d.file("no/such/dir/history.db");
  REQUIRE_THROWS_WITH(claim_store(path), Catch::StartsWith(path + ": cannot open the store"));
}

TEST_CASE("a batch commits many articles at once and rolls back when abandoned", "[store]") {
  temp_dir d;
  auto path = d.file("history.db");
  claim_store db(path);
  db.begin();
  REQUIRE(db.in_batch());
  for (int i = 0; i < 50; ++i) {
    auto a = make_article("k" + std::to_string(i), "article number " + std::to_string(i));
    REQUIRE(db.ingest(a, make_claims(a, 2)).inserted == 1);
  }
  db.commit();
  REQUIRE(!db.in_batch());
  REQUIRE(db.stats().articles == 50);
  db.begin();
  auto z = make_article("z", "abandoned");
  db.ingest(z, make_claims(z, 1));
  db.rollback();
  REQUIRE(db.stats().articles == 50);
  REQUIRE(db.stats().claims == 100);
  REQUIRE_THROWS_AS(db.commit(), std::logic_error);
}

TEST_CASE("a reader sees the last committed state while another connection writes", "[store]") {
  temp_dir d;
  auto path = d.file("history.db");
  claim_store writer(path);
  auto a = make_article("a", "committed before");
  writer.ingest(a, make_claims(a, 2));

  writer.begin();
  // Enough rows that the writer's pages spill out of its cache: in a rollback journal this
  // would lock readers out; in WAL they keep reading the last commit.
  for (int i = 0; i < 3000; ++i) {
    auto x = make_article("w" + std::to_string(i), "written during the batch " + std::to_string(i));
    writer.ingest(x, make_claims(x, 3));
  }
  REQUIRE(fs::exists(path + "-wal"));

  store::open_options quick;
  quick.busy_timeout_ms = 50;
  claim_store reader(path, quick);
  REQUIRE(reader.stats().articles == 1);
  REQUIRE(reader.all_claims().size() == 2);
  // A second writer waits for the busy timeout, then fails cleanly.
  auto b = make_article("b", "second writer");
  REQUIRE_THROWS_WITH(reader.ingest(b, make_claims(b, 1)), Catch::Contains("locked"));

  writer.commit();
  REQUIRE(reader.stats().articles == 3001);
  REQUIRE(reader.all_claims().size() == 9002);
  REQUIRE(reader.ingest(b, make_claims(b, 1)).inserted == 1);
  REQUIRE(writer.stats().articles == 3002);
}

namespace {
// Raw SQL on a file, for stores that claimcheck itself would never write.
void raw_sql(std::string const& path, char const* sql) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
  char* err = nullptr;
  int rc = sqlite3_exec(db, sql, nullptr, nullptr, &err);
  std::string msg = err ? err : "";
  sqlite3_free(err);
  sqlite3_close(db);
  INFO(msg);
  REQUIRE(rc == SQLITE_OK);
}
}  // namespace

TEST_CASE("a store written by a newer claimcheck is refused", "[store]") {
  temp_dir d;
  auto path = d.file("history.db");
  { claim_store db(path); }
  raw_sql(path, "PRAGMA user_version = 99");
  REQUIRE_THROWS_WITH(claim_store(path), Catch::Contains("store schema version 99 is newer than this claimcheck"));
  store::open_options bad;
  bad.schema_version = 7;
  REQUIRE_THROWS_WITH(claim_store(d.file("other.db"), bad), Catch::Contains("no schema version 7"));
}

TEST_CASE("a SQLite file of another application is refused and left alone", "[store]") {
  temp_dir d;
  auto path = d.file("app.db");
  raw_sql(path, "CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('keep me')");
  REQUIRE_THROWS_WITH(claim_store(path), Catch::Contains("not a claimcheck store (it already holds other tables)"));
  auto marked = d.file("marked.db");
  raw_sql(marked, "PRAGMA application_id = 1234");
  REQUIRE_THROWS_WITH(claim_store(marked), Catch::Contains("not a claimcheck store (a SQLite file of another"));
}

TEST_CASE("streamed claims are stored article by article, split articles merged", "[store]") {
  temp_dir d;
  claim_store db(d.file("history.db"));
  auto a = make_article("a", "text of a");
  auto b = make_article("b", "text of b");
  auto ca = make_claims(a, 3), cb = make_claims(b, 2);
  store::claims_writer w(db);
  REQUIRE(w.add(ca[0]) == 0);
  REQUIRE(w.add(ca[1]) == 0);
  REQUIRE(w.add(cb[0]) == 1);  // a is stored when b starts
  REQUIRE(db.claims_of("a").size() == 2);
  REQUIRE(w.add(cb[1]) == 0);
  REQUIRE(w.add(ca[2]) == 1);  // a comes back: its third claim joins the first two
  auto r = w.finish();
  REQUIRE((r.inserted == 2 && r.replaced == 0 && r.unchanged == 0));
  auto stored = db.claims_of("a");
  REQUIRE(stored.size() == 3);
  REQUIRE(stored[2].id == "a:3");
  REQUIRE(db.stats().claims == 5);
  // The same stream again changes nothing.
  store::claims_writer again(db);
  for (auto const& c : {ca[0], ca[1], ca[2], cb[0], cb[1]}) again.add(c);
  REQUIRE(again.finish().unchanged == 2);
}

TEST_CASE("a claim with broken UTF-8 is stored repaired and reads back", "[store]") {
  temp_dir d;
  claim_store db(d.file("history.db"));
  auto a = make_article("a", "The fund raised 37,414 euros of the \xE2\x82\xAC" "52 million.");
  auto cs = make_claims(a, 2);
  cs[0].subject = {"\xE2\x82", "\xE2\x82"};  // a euro sign cut after two of its three bytes
  REQUIRE(db.ingest(a, cs).inserted == 1);
  auto back = db.all_claims();
  REQUIRE(back.size() == 2);
  REQUIRE(back[0].subject.text.find("\xEF\xBF\xBD") != std::string::npos);  // U+FFFD
  REQUIRE(back[1].subject.key == "person");
  REQUIRE(db.ingest(a, cs).unchanged == 1);
}
