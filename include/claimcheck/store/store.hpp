#pragma once
// The claim store: a SQLite file that keeps articles and claims across days.
//
// Guarantees (docs/store.md has the schema and the reasons):
//  1. Opening creates the file when missing and migrates an older schema to the current one in
//     one transaction; a file that is not a claimcheck store, or one written by a newer
//     claimcheck, is refused with a std::runtime_error naming the file (never a crash).
//  2. Idempotent ingest, decided per article in one transaction:
//       - same id, same content hash, same claims       -> unchanged (nothing written)
//       - same id, different content or claims           -> replaced (old claims deleted first)
//       - new id, content hash of an article already kept -> unchanged (a duplicate copy)
//       - otherwise                                      -> inserted
//     The content hash is the SHA-256 of the article text. "Same claims" compares a hash of
//     the claims without their provenance (file, line), so a better extractor refreshes old
//     articles on re-ingest. An article known only through pre-extracted claims (no text) has
//     that claims hash as its content hash.
//  3. Every write is inside a transaction: a process killed at any instant leaves a store that
//     opens, passes `PRAGMA integrity_check`, and holds whole articles only.
//  4. WAL journal: readers (another process, or another claim_store on the same file) see the
//     last committed state while a writer works; a writer waits up to the busy timeout.
//  5. all_claims() is ordered by article id (bytewise), then claim ordinal: the same store gives
//     the same sequence on every run and machine.

#include "claimcheck/model.hpp"

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::store {

struct ingest_result {
  std::size_t inserted = 0;   ///< new articles
  std::size_t replaced = 0;   ///< articles whose text changed (old claims replaced)
  std::size_t unchanged = 0;  ///< articles already stored as they are
  ingest_result& operator+=(ingest_result const& o) {
    inserted += o.inserted;
    replaced += o.replaced;
    unchanged += o.unchanged;
    return *this;
  }
};

/// Articles per transaction when a caller ingests a long feed (see begin()/commit()): a commit
/// per article rewrites the same index pages thousands of times; a kill loses at most one batch,
/// which the re-run stores again.
inline constexpr std::size_t ingest_batch_articles = 1000;

struct open_options {
  int schema_version = 0;    ///< migrate up to this version; 0 = the latest (tests use older ones)
  int busy_timeout_ms = 10000;  ///< how long a write waits for another writer before failing
};

struct store_stats {
  std::size_t articles = 0;
  std::size_t claims = 0;
};

class claim_store {
 public:
  /// Opens (creating and migrating when needed) the store at `path`. Throws std::runtime_error.
  explicit claim_store(std::string const& path, open_options const& opt = {});
  ~claim_store();
  claim_store(claim_store&&) noexcept;
  claim_store& operator=(claim_store&&) noexcept;

  /// Stores the article and its claims in one transaction; idempotent by id, else content hash.
  /// Inside begin()/commit() the article is one savepoint of the enclosing transaction.
  ingest_result ingest(article const& a, std::vector<claim> const& claims);

  /// Stores pre-extracted claims (claims JSONL input), grouped by their `article` field in
  /// first-seen order; each group is ingested as an article without text (guarantee 2).
  ingest_result ingest_claims(std::vector<claim> const& claims);

  /// Groups many ingest() calls into one transaction (much faster: one commit per batch).
  /// begin() while a batch is open is an error; the destructor rolls an open batch back.
  void begin();
  void commit();
  void rollback();
  bool in_batch() const;

  /// Every stored claim, ordered by article id then claim ordinal.
  std::vector<claim> all_claims() const;
  /// Every stored claim in the same order, one at a time (the store may hold more than fits in
  /// memory); with `skip_marked`, those whose id was passed to mark() are left out.
  void for_each_claim(std::function<void(claim&&)> const& each, bool skip_marked = false) const;
  /// Marks claim ids for this connection only (a temporary table, on disk beyond SQLite's page
  /// cache): `check --db` marks the claims of its own input, which take precedence over their
  /// stored copies and decide which discrepancies are new.
  void mark(std::string_view claim_id);
  bool marked(std::string_view claim_id) const;
  /// The stored claims of one article, in ordinal order (empty when unknown).
  std::vector<claim> claims_of(std::string const& article_id) const;

  store_stats stats() const;
  int schema_version() const;
  /// The schema version this build creates and migrates to.
  static int latest_schema_version();
  /// The result of `PRAGMA integrity_check` ("ok" when sound).
  std::string integrity_check() const;

  struct impl;

 private:
  std::unique_ptr<impl> impl_;
};

/// Stores pre-extracted claims as they stream in (claims JSONL order), holding one article's
/// claims at a time: a run of consecutive claims of one article is ingested when a claim of
/// another article arrives, or at finish(). Claims of an article that come back later in the
/// same stream are added to the ones already stored for it in this run.
class claims_writer {
 public:
  explicit claims_writer(claim_store& db) : db_(db) {}
  /// Returns the number of articles stored by this call (0 or 1), for callers that commit
  /// every so many articles.
  std::size_t add(claim c);
  /// Stores the last article; returns the totals (an article counted once however split).
  ingest_result finish();

 private:
  void flush();
  claim_store& db_;
  std::vector<claim> pending_;
  std::vector<std::string> done_;  // sorted ids of articles stored by this writer
  ingest_result total_;
};

/// Lower-case hex SHA-256 of `data` (the store's content hash).
std::string sha256_hex(std::string_view data);

}  // namespace claimcheck::store
