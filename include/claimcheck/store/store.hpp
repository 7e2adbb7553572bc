#pragma once
// The claim store: a SQLite file that keeps articles and claims across days.

#include "claimcheck/model.hpp"

#include <memory>
#include <string>
#include <vector>

namespace claimcheck::store {

struct ingest_result {
  std::size_t inserted = 0;   ///< new articles
  std::size_t replaced = 0;   ///< articles whose text changed (old claims replaced)
  std::size_t unchanged = 0;  ///< articles already stored as they are
};

class claim_store {
 public:
  /// Opens (creating and migrating when needed) the store at `path`. Throws std::runtime_error.
  explicit claim_store(std::string const& path);
  ~claim_store();
  claim_store(claim_store&&) noexcept;
  claim_store& operator=(claim_store&&) noexcept;

  /// Stores the article and its claims in one transaction; idempotent by id, else content hash.
  ingest_result ingest(article const& a, std::vector<claim> const& claims);
  /// Every stored claim.
  std::vector<claim> all_claims() const;
  int schema_version() const;

  struct impl;

 private:
  std::unique_ptr<impl> impl_;
};

}  // namespace claimcheck::store
