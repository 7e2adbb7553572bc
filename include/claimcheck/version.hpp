#pragma once
#include <string_view>

namespace claimcheck {
/// The tool version, e.g. "0.1.0".
std::string_view version();
}  // namespace claimcheck
