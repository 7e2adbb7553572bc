#include "claimcheck/store/store.hpp"

#include <stdexcept>

namespace claimcheck::store {

struct claim_store::impl {};

claim_store::claim_store(std::string const&) { throw std::runtime_error("the claim store is not built yet"); }
claim_store::~claim_store() = default;
claim_store::claim_store(claim_store&&) noexcept = default;
claim_store& claim_store::operator=(claim_store&&) noexcept = default;
ingest_result claim_store::ingest(article const&, std::vector<claim> const&) { return {}; }
std::vector<claim> claim_store::all_claims() const { return {}; }
int claim_store::schema_version() const { return 0; }

}  // namespace claimcheck::store
