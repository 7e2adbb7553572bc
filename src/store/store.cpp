#include "claimcheck/store/store.hpp"

#include "claimcheck/claims/json.hpp"
#include "claimcheck/text/utf8.hpp"

#include <fmt/format.h>
#include <sqlite3.h>

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <memory>
#include <stdexcept>
#include <string_view>
#include <unordered_map>

namespace claimcheck::store {
namespace {

// "CCLM": marks a SQLite file as a claimcheck store (PRAGMA application_id).
constexpr int application_id = 0x43434c4d;

/// One schema step. Applied in order, all pending steps in one transaction, then
/// `PRAGMA user_version` is set to the last one applied. Never edit a released step: add one.
struct migration {
  int version;
  char const* sql;
};

constexpr migration migrations[] = {
    {1, R"sql(
CREATE TABLE articles (
  id           TEXT PRIMARY KEY,
  content_hash TEXT NOT NULL,
  published    TEXT,
  source       TEXT,
  url          TEXT,
  title        TEXT,
  file         TEXT,
  ingested_at  TEXT NOT NULL
);
CREATE INDEX articles_by_content_hash ON articles (content_hash);
CREATE TABLE claims (
  id            TEXT PRIMARY KEY,
  article_id    TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  ordinal       INTEGER NOT NULL,
  json          TEXT NOT NULL,
  subject_key   TEXT,
  predicate_key TEXT,
  date          TEXT
);
CREATE UNIQUE INDEX claims_by_article ON claims (article_id, ordinal);
CREATE INDEX claims_by_subject ON claims (subject_key, predicate_key, date);
)sql"},
    // The JSON does not carry a claim's sentence offset; the claims hash lets a re-ingest of an
    // unchanged article refresh claims that a newer extractor finds differently.
    {2, R"sql(
ALTER TABLE claims ADD COLUMN sentence_start INTEGER NOT NULL DEFAULT 0;
ALTER TABLE articles ADD COLUMN claims_hash TEXT NOT NULL DEFAULT '';
)sql"},
};

constexpr int latest_version = migrations[std::size(migrations) - 1].version;

struct db_closer {
  void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
struct stmt_finalizer {
  void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
};

/// A prepared statement; parameters are 1-based as in SQLite. Resetting after use releases the
/// read snapshot, so every caller resets (the `cursor` below does it on scope exit).
class statement {
 public:
  statement() = default;
  statement(sqlite3* db, std::string const& path, std::string_view sql) : db_(db), path_(&path) {
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &s, nullptr) !=
        SQLITE_OK)
      fail("cannot prepare a statement");
    s_.reset(s);
  }

  statement& bind(int i, std::string_view v) {
    check(sqlite3_bind_text(s_.get(), i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT));
    return *this;
  }
  statement& bind(int i, std::int64_t v) {
    check(sqlite3_bind_int64(s_.get(), i, v));
    return *this;
  }
  statement& bind_text_or_null(int i, std::string_view v) {
    if (v.empty()) {
      check(sqlite3_bind_null(s_.get(), i));
    } else {
      bind(i, v);
    }
    return *this;
  }

  explicit operator bool() const { return s_ != nullptr; }

  /// True when a row is ready; false when done. Throws on error.
  bool step() {
    int rc = step_rc();
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    fail("query failed");
  }
  /// The raw result code, for callers that handle some errors themselves.
  int step_rc() { return sqlite3_step(s_.get()); }
  void run() {
    step();
    reset();
  }
  void reset() {
    sqlite3_reset(s_.get());
    sqlite3_clear_bindings(s_.get());
  }

  std::string_view text(int col) const {
    auto const* p = reinterpret_cast<char const*>(sqlite3_column_text(s_.get(), col));
    return p ? std::string_view(p, static_cast<std::size_t>(sqlite3_column_bytes(s_.get(), col))) : std::string_view{};
  }
  std::int64_t int64(int col) const { return sqlite3_column_int64(s_.get(), col); }

  [[noreturn]] void fail(std::string_view what) const {
    throw std::runtime_error(fmt::format("{}: {}: {}", *path_, what, sqlite3_errmsg(db_)));
  }

 private:
  void check(int rc) const {
    if (rc != SQLITE_OK) fail("cannot bind a parameter");
  }
  sqlite3* db_ = nullptr;
  std::string const* path_ = nullptr;
  std::unique_ptr<sqlite3_stmt, stmt_finalizer> s_;
};

/// Resets a statement when the scope ends, whatever happens in between.
class cursor {
 public:
  explicit cursor(statement& s) : s_(s) {}
  cursor(cursor const&) = delete;
  cursor& operator=(cursor const&) = delete;
  ~cursor() { s_.reset(); }
  statement* operator->() { return &s_; }

 private:
  statement& s_;
};

// Claims hashed without where they were read from, so re-reading the same article from another
// file is not a change. This hash only detects a change under one article id (it never matches
// different articles), so 64-bit FNV-1a is enough: hashing the claims JSON, about 13 times the
// size of the article text, with SHA-256 took longer than storing it.
std::string claims_hash(std::vector<claim> const& claims) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  std::string buf;
  for (auto c : claims) {
    c.file.clear();
    c.line = 0;
    c.line_in_file = 0;
    c.column = 0;
    buf.clear();
    claims::append_json(buf, c);
    fmt::format_to(std::back_inserter(buf), "\t{}\n", c.sentence_start);
    for (unsigned char ch : buf) h = (h ^ ch) * 0x100000001b3ULL;
  }
  return fmt::format("{:016x}", h);
}

article article_of_claims(std::vector<claim> const& cs) {
  article a;
  a.id = cs.front().article;
  a.published = cs.front().published;
  a.source = cs.front().source;
  a.url = cs.front().url;
  a.file = cs.front().file;
  a.line = cs.front().line;
  return a;
}

}  // namespace

struct claim_store::impl {
  std::string path;
  std::unique_ptr<sqlite3, db_closer> db;  // declared before the statements: closed after them
  int schema = 0;
  bool batch_open = false;
  statement find_article, find_content, insert_article, update_article, delete_claims, insert_claim;
  statement select_all, select_of_article, count_articles, count_claims;
  statement insert_mark, find_mark, select_unmarked;  // prepared by ensure_marks()

  void ensure_marks() {
    if (insert_mark) return;
    exec("CREATE TEMP TABLE IF NOT EXISTS marked (id TEXT PRIMARY KEY) WITHOUT ROWID", "cannot create a temporary table");
    insert_mark = statement(db.get(), path, "INSERT OR IGNORE INTO temp.marked (id) VALUES (?1)");
    find_mark = statement(db.get(), path, "SELECT 1 FROM temp.marked WHERE id = ?1");
    select_unmarked = statement(
        db.get(), path,
        fmt::format("SELECT json, {} FROM claims WHERE id NOT IN (SELECT id FROM temp.marked) ORDER BY article_id, ordinal",
                    schema >= 2 ? "sentence_start" : "0"));
  }

  [[noreturn]] void fail(std::string_view what) const {
    throw std::runtime_error(fmt::format("{}: {}: {}", path, what, sqlite3_errmsg(db.get())));
  }

  void exec(std::string const& sql, std::string_view what) {
    char* err = nullptr;
    if (sqlite3_exec(db.get(), sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
      std::string msg = err ? err : sqlite3_errmsg(db.get());
      sqlite3_free(err);
      throw std::runtime_error(fmt::format("{}: {}: {}", path, what, msg));
    }
  }

  std::int64_t query_int(char const* sql) {
    statement s(db.get(), path, sql);
    cursor c(s);
    return c->step() ? c->int64(0) : 0;
  }

  void open(open_options const& opt) {
    sqlite3* raw = nullptr;
    int rc = sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                             nullptr);
    db.reset(raw);
    if (!raw) throw std::runtime_error(fmt::format("{}: cannot open the store: out of memory", path));
    if (rc != SQLITE_OK) fail("cannot open the store");
    sqlite3_extended_result_codes(db.get(), 1);
    sqlite3_busy_timeout(db.get(), opt.busy_timeout_ms);
    // The first read of the file: a file that is not SQLite fails here, with SQLite's message.
    std::int64_t app = 0;
    try {
      app = query_int("PRAGMA application_id");
    } catch (std::runtime_error const&) {
      throw std::runtime_error(
          fmt::format("{}: not a claimcheck store (SQLite says: {})", path, sqlite3_errmsg(db.get())));
    }
    if (app != 0 && app != application_id)
      throw std::runtime_error(fmt::format("{}: not a claimcheck store (a SQLite file of another application)", path));
    exec("PRAGMA foreign_keys = ON", "cannot enable foreign keys");
    exec("PRAGMA journal_mode = WAL", "cannot switch to WAL journaling");
    exec("PRAGMA synchronous = NORMAL", "cannot set the synchronous mode");
    migrate(opt.schema_version ? opt.schema_version : latest_version);
    schema = static_cast<int>(query_int("PRAGMA user_version"));
    prepare();
  }

  void migrate(int target) {
    if (target < 1 || target > latest_version)
      throw std::invalid_argument(fmt::format("{}: no schema version {} (latest is {})", path, target, latest_version));
    // Cheap check first, without the write lock, so a reader opens while an ingest writes.
    auto version = static_cast<int>(query_int("PRAGMA user_version"));
    if (version > latest_version)
      throw std::runtime_error(fmt::format("{}: store schema version {} is newer than this claimcheck supports ({})",
                                           path, version, latest_version));
    if (version >= target) return;
    exec("BEGIN IMMEDIATE", "cannot start the migration");
    try {
      version = static_cast<int>(query_int("PRAGMA user_version"));  // another process may have migrated
      if (version == 0 && query_int("SELECT count(*) FROM sqlite_master") > 0)
        throw std::runtime_error(fmt::format("{}: not a claimcheck store (it already holds other tables)", path));
      for (auto const& m : migrations) {
        if (m.version <= version || m.version > target) continue;
        exec(m.sql, fmt::format("cannot migrate to schema version {}", m.version));
        version = m.version;
      }
      exec(fmt::format("PRAGMA user_version = {}", version), "cannot record the schema version");
      exec(fmt::format("PRAGMA application_id = {}", application_id), "cannot mark the store");
      exec("COMMIT", "cannot commit the migration");
    } catch (...) {
      sqlite3_exec(db.get(), "ROLLBACK", nullptr, nullptr, nullptr);
      throw;
    }
  }

  // Statements for the schema the file has (older ones only when a test asked for them).
  void prepare() {
    auto* d = db.get();
    bool const v2 = schema >= 2;
    auto now = std::string("strftime('%Y-%m-%dT%H:%M:%SZ', 'now')");
    find_article = statement(d, path, v2 ? "SELECT content_hash, claims_hash FROM articles WHERE id = ?1"
                                         : "SELECT content_hash, '' FROM articles WHERE id = ?1");
    find_content = statement(d, path, "SELECT id FROM articles WHERE content_hash = ?1 LIMIT 1");
    insert_article = statement(
        d, path,
        fmt::format("INSERT INTO articles (id, content_hash, published, source, url, title, file, ingested_at{}) "
                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, {}{})",
                    v2 ? ", claims_hash" : "", now, v2 ? ", ?8" : ""));
    update_article = statement(
        d, path,
        fmt::format("UPDATE articles SET content_hash = ?2, published = ?3, source = ?4, url = ?5, title = ?6, "
                    "file = ?7, ingested_at = {}{} WHERE id = ?1",
                    now, v2 ? ", claims_hash = ?8" : ""));
    delete_claims = statement(d, path, "DELETE FROM claims WHERE article_id = ?1");
    insert_claim = statement(
        d, path,
        fmt::format("INSERT INTO claims (id, article_id, ordinal, json, subject_key, predicate_key, date{}) "
                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7{})",
                    v2 ? ", sentence_start" : "", v2 ? ", ?8" : ""));
    auto offset = v2 ? "sentence_start" : "0";
    select_all = statement(d, path, fmt::format("SELECT json, {} FROM claims ORDER BY article_id, ordinal", offset));
    select_of_article =
        statement(d, path, fmt::format("SELECT json, {} FROM claims WHERE article_id = ?1 ORDER BY ordinal", offset));
    count_articles = statement(d, path, "SELECT count(*) FROM articles");
    count_claims = statement(d, path, "SELECT count(*) FROM claims");
  }

  std::vector<claim> read_claims(statement& s) const {
    std::vector<claim> out;
    each_claim(s, [&](claim&& c) { out.push_back(std::move(c)); });
    return out;
  }

  void each_claim(statement& s, std::function<void(claim&&)> const& f) const {
    cursor c(s);
    std::string error;
    while (c->step()) {
      auto json = c->text(0);
      auto cl = claims::claim_from_json(json, error);
      if (!cl)
        throw std::runtime_error(
            fmt::format("{}: a stored claim is unreadable ({}): {}", path, error, json.substr(0, 80)));
      cl->sentence_start = static_cast<std::size_t>(c->int64(1));
      f(std::move(*cl));
    }
  }

  void write_article(statement& s, article const& a, std::string const& content, std::string const& chash) {
    cursor c(s);
    c->bind(1, a.id).bind(2, content);
    c->bind_text_or_null(3, a.published).bind_text_or_null(4, a.source).bind_text_or_null(5, a.url);
    c->bind_text_or_null(6, a.title).bind_text_or_null(7, a.file);
    if (schema >= 2) c->bind(8, chash);
    c->step();
  }

  void write_claims(article const& a, std::vector<claim> const& cs) {
    std::string json;
    for (std::size_t i = 0; i < cs.size(); ++i) {
      auto const& cl = cs[i];
      json.clear();
      claims::append_json(json, cl);
      // A claim whose text was cut inside a UTF-8 sequence would be stored as JSON that no
      // reader accepts; store it repaired (U+FFFD), so history always reads back.
      if (!text::is_valid_utf8(json)) json = text::repair_utf8(json);
      cursor c(insert_claim);
      c->bind(1, cl.id).bind(2, a.id).bind(3, static_cast<std::int64_t>(i + 1)).bind(4, json);
      c->bind_text_or_null(5, cl.subject.key).bind_text_or_null(6, cl.predicate.key).bind_text_or_null(7, cl.date);
      if (schema >= 2) c->bind(8, static_cast<std::int64_t>(cl.sentence_start));
      int rc = c->step_rc();
      if (rc == SQLITE_CONSTRAINT_PRIMARYKEY || rc == SQLITE_CONSTRAINT_UNIQUE)
        throw std::runtime_error(fmt::format("{}: claim id '{}' of article '{}' is already stored for another article",
                                             path, cl.id, a.id));
      if (rc != SQLITE_DONE) fail("cannot store a claim");
    }
  }
};

namespace {

/// One article's writes: its own transaction, or a savepoint inside an open batch. Rolled back
/// unless committed, so an exception leaves no half-stored article.
class write_scope {
 public:
  explicit write_scope(claim_store::impl& s) : s_(s) {
    s_.exec(s_.batch_open ? "SAVEPOINT article" : "BEGIN IMMEDIATE", "cannot start a write");
  }
  write_scope(write_scope const&) = delete;
  write_scope& operator=(write_scope const&) = delete;
  ~write_scope() {
    if (done_) return;
    char const* undo = s_.batch_open ? "ROLLBACK TO article; RELEASE article" : "ROLLBACK";
    sqlite3_exec(s_.db.get(), undo, nullptr, nullptr, nullptr);
  }
  void commit() {
    s_.exec(s_.batch_open ? "RELEASE article" : "COMMIT", "cannot commit");
    done_ = true;
  }

 private:
  claim_store::impl& s_;
  bool done_ = false;
};

}  // namespace

claim_store::claim_store(std::string const& path, open_options const& opt) : impl_(std::make_unique<impl>()) {
  impl_->path = path;
  impl_->open(opt);
}

claim_store::~claim_store() {
  if (impl_ && impl_->batch_open) sqlite3_exec(impl_->db.get(), "ROLLBACK", nullptr, nullptr, nullptr);
}
claim_store::claim_store(claim_store&&) noexcept = default;
claim_store& claim_store::operator=(claim_store&&) noexcept = default;

ingest_result claim_store::ingest(article const& a, std::vector<claim> const& claims) {
  auto& s = *impl_;
  auto const chash = claims_hash(claims);
  // Articles known only through their claims have no text: their claims are their content.
  auto const content = a.text.empty() ? "claims:" + chash : sha256_hex(a.text);
  ingest_result r;
  write_scope tx(s);
  bool found = false, same = false;
  {
    cursor c(s.find_article);
    c->bind(1, a.id);
    if (c->step()) {
      found = true;
      same = c->text(0) == content && c->text(1) == chash;
    }
  }
  if (same) {
    r.unchanged = 1;
  } else if (found) {
    {
      cursor c(s.delete_claims);
      c->bind(1, a.id);
      c->step();
    }
    s.write_article(s.update_article, a, content, chash);
    s.write_claims(a, claims);
    r.replaced = 1;
  } else {
    bool duplicate = false;
    {
      cursor c(s.find_content);
      c->bind(1, content);
      duplicate = c->step();
    }
    if (duplicate) {
      r.unchanged = 1;
    } else {
      s.write_article(s.insert_article, a, content, chash);
      s.write_claims(a, claims);
      r.inserted = 1;
    }
  }
  tx.commit();
  return r;
}

ingest_result claim_store::ingest_claims(std::vector<claim> const& claims) {
  // Group by article in first-seen order; ordinals follow input order within an article.
  std::vector<std::string> order;
  std::unordered_map<std::string, std::vector<claim>> groups;
  for (auto const& c : claims) {
    auto [it, fresh] = groups.try_emplace(c.article);
    if (fresh) order.push_back(c.article);
    it->second.push_back(c);
  }
  ingest_result total;
  for (auto const& id : order) {
    auto const& cs = groups[id];
    total += ingest(article_of_claims(cs), cs);
  }
  return total;
}

std::size_t claims_writer::add(claim c) {
  std::size_t stored = 0;
  if (!pending_.empty() && pending_.front().article != c.article) {
    flush();
    stored = 1;
  }
  pending_.push_back(std::move(c));
  return stored;
}

ingest_result claims_writer::finish() {
  flush();
  return total_;
}

void claims_writer::flush() {
  if (pending_.empty()) return;
  auto const& id = pending_.front().article;
  auto at = std::lower_bound(done_.begin(), done_.end(), id);
  if (at != done_.end() && *at == id) {
    // The article's claims were split in the stream: store them together, count it once.
    auto merged = db_.claims_of(id);
    std::move(pending_.begin(), pending_.end(), std::back_inserter(merged));
    db_.ingest(article_of_claims(merged), merged);
  } else {
    total_ += db_.ingest(article_of_claims(pending_), pending_);
    done_.insert(at, id);
  }
  pending_.clear();
}

void claim_store::begin() {
  if (impl_->batch_open) throw std::logic_error(fmt::format("{}: a batch is already open", impl_->path));
  impl_->exec("BEGIN IMMEDIATE", "cannot start a batch");
  impl_->batch_open = true;
}

void claim_store::commit() {
  if (!impl_->batch_open) throw std::logic_error(fmt::format("{}: no batch to commit", impl_->path));
  impl_->exec("COMMIT", "cannot commit the batch");
  impl_->batch_open = false;
}

void claim_store::rollback() {
  if (!impl_->batch_open) return;
  impl_->batch_open = false;
  impl_->exec("ROLLBACK", "cannot roll the batch back");
}

bool claim_store::in_batch() const { return impl_->batch_open; }

std::vector<claim> claim_store::all_claims() const { return impl_->read_claims(impl_->select_all); }

void claim_store::for_each_claim(std::function<void(claim&&)> const& each, bool skip_marked) const {
  if (skip_marked) {
    impl_->ensure_marks();
    impl_->each_claim(impl_->select_unmarked, each);
  } else {
    impl_->each_claim(impl_->select_all, each);
  }
}

void claim_store::mark(std::string_view claim_id) {
  impl_->ensure_marks();
  cursor c(impl_->insert_mark);
  c->bind(1, claim_id);
  c->step();
}

bool claim_store::marked(std::string_view claim_id) const {
  impl_->ensure_marks();
  cursor c(impl_->find_mark);
  c->bind(1, claim_id);
  return c->step();
}

std::vector<claim> claim_store::claims_of(std::string const& article_id) const {
  impl_->select_of_article.bind(1, article_id);
  return impl_->read_claims(impl_->select_of_article);
}

store_stats claim_store::stats() const {
  store_stats st;
  {
    cursor c(impl_->count_articles);
    if (c->step()) st.articles = static_cast<std::size_t>(c->int64(0));
  }
  cursor c(impl_->count_claims);
  if (c->step()) st.claims = static_cast<std::size_t>(c->int64(0));
  return st;
}

int claim_store::schema_version() const { return impl_->schema; }

int claim_store::latest_schema_version() { return latest_version; }

std::string claim_store::integrity_check() const {
  statement s(impl_->db.get(), impl_->path, "PRAGMA integrity_check");
  cursor c(s);
  std::string out;
  while (c->step()) {
    if (!out.empty()) out += '\n';
    out += c->text(0);
  }
  return out;
}

}  // namespace claimcheck::store
