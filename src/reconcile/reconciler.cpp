#include "claimcheck/reconcile/reconciler.hpp"

#include "claimcheck/lexicon/lexicon.hpp"

namespace claimcheck::reconcile {

struct reconciler::impl {};

reconciler::reconciler(lexicon const&) : impl_(std::make_unique<impl>()) {}
reconciler::~reconciler() = default;
reconciler::reconciler(reconciler&&) noexcept = default;
reconciler& reconciler::operator=(reconciler&&) noexcept = default;

std::vector<discrepancy> reconciler::run(std::vector<claim> const&) const { return {}; }

std::string fingerprint(discrepancy const&) { return "000000000000"; }

}  // namespace claimcheck::reconcile
