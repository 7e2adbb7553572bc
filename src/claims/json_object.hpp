#pragma once
// Internal: read a claim from an already-parsed Boost.JSON object (the feed reader parses each
// line once and hands claim lines here).

#include "claimcheck/model.hpp"

#include <boost/json/object.hpp>

#include <optional>
#include <string>

namespace claimcheck::claims {
std::optional<claim> claim_from_json_object(boost::json::object const& o, std::string& error);
}  // namespace claimcheck::claims
