#include "claimcheck/model.hpp"

#include <array>
#include <utility>

namespace claimcheck {
namespace {

template <typename E, std::size_t N>
std::optional<E> lookup(std::array<std::pair<E, std::string_view>, N> const& names, std::string_view s) {
  for (auto const& [e, name] : names) {
    if (name == s) return e;
  }
  return std::nullopt;
}

template <typename E, std::size_t N>
std::string_view name_of(std::array<std::pair<E, std::string_view>, N> const& names, E e) {
  for (auto const& [k, name] : names) {
    if (k == e) return name;
  }
  return "unknown";
}

constexpr std::array<std::pair<quantity_kind, std::string_view>, 6> kind_names{{
    {quantity_kind::count, "count"},
    {quantity_kind::percent, "percent"},
    {quantity_kind::fraction, "fraction"},
    {quantity_kind::money, "money"},
    {quantity_kind::duration, "duration"},
    {quantity_kind::ratio, "ratio"},
}};
constexpr std::array<std::pair<modality, std::string_view>, 4> modality_names{{
    {modality::asserted, "asserted"},
    {modality::planned, "planned"},
    {modality::hypothetical, "hypothetical"},
    {modality::negated, "negated"},
}};
constexpr std::array<std::pair<date_basis, std::string_view>, 4> basis_names{{
    {date_basis::explicit_date, "explicit"},
    {date_basis::relative, "relative"},
    {date_basis::published, "published"},
    {date_basis::none, "none"},
}};
constexpr std::array<std::pair<relation_kind, std::string_view>, 4> relation_names{{
    {relation_kind::part_of, "part_of"},
    {relation_kind::fraction_of, "fraction_of"},
    {relation_kind::sum_of, "sum_of"},
    {relation_kind::change_of, "change_of"},
}};
constexpr std::array<std::pair<severity, std::string_view>, 3> severity_names{{
    {severity::info, "info"},
    {severity::warning, "warning"},
    {severity::error, "error"},
}};
constexpr std::array<std::pair<discrepancy_kind, std::string_view>, 6> discrepancy_names{{
    {discrepancy_kind::contradiction, "contradiction"},
    {discrepancy_kind::temporal, "temporal"},
    {discrepancy_kind::part_whole, "part_whole"},
    {discrepancy_kind::sum, "sum"},
    {discrepancy_kind::fraction, "fraction"},
    {discrepancy_kind::duration, "duration"},
}};

}  // namespace

std::string_view to_string(quantity_kind k) { return name_of(kind_names, k); }
std::optional<quantity_kind> quantity_kind_from(std::string_view s) { return lookup(kind_names, s); }
std::string_view to_string(modality m) { return name_of(modality_names, m); }
std::optional<modality> modality_from(std::string_view s) { return lookup(modality_names, s); }
std::string_view to_string(date_basis b) { return name_of(basis_names, b); }
std::optional<date_basis> date_basis_from(std::string_view s) { return lookup(basis_names, s); }
std::string_view to_string(relation_kind r) { return name_of(relation_names, r); }
std::optional<relation_kind> relation_kind_from(std::string_view s) { return lookup(relation_names, s); }
std::string_view to_string(severity s) { return name_of(severity_names, s); }
std::optional<severity> severity_from(std::string_view s) { return lookup(severity_names, s); }
std::string_view to_string(discrepancy_kind k) { return name_of(discrepancy_names, k); }

}  // namespace claimcheck
