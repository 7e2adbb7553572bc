#include "claimcheck/report/writers.hpp"

#include "claimcheck/claims/json.hpp"

#include <fmt/format.h>

namespace claimcheck::report_io {

std::optional<format> format_from(std::string_view s) {
  if (s == "text") return format::text;
  if (s == "json") return format::json;
  if (s == "markdown") return format::markdown;
  if (s == "html") return format::html;
  if (s == "sarif") return format::sarif;
  return std::nullopt;
}

std::string render(report const& r, format, write_options const&) {
  return fmt::format("{} discrepancies\n", r.discrepancies.size());
}

}  // namespace claimcheck::report_io
