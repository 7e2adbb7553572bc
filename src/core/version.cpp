#include "claimcheck/version.hpp"

namespace claimcheck {
std::string_view version() { return CLAIMCHECK_VERSION; }
}  // namespace claimcheck
