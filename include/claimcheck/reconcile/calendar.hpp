#pragma once
// Dates and numbers as the reconciler reads and writes them.
//
// Guarantees:
//  1. A "YYYY-MM-DD" date is one day; a "YYYY-MM" date is every day of that month, so it
//     overlaps each of them (and is neither before nor after any of them).
//  2. Anything else (empty, "2024", malformed, impossible days) is no date: nullopt.
//  3. Numbers are written for people: thousands separators, at most two decimals from 1 up,
//     three significant digits below 1; sums of money in millions, billions and trillions
//     where that is exact. The reports write numbers with the same functions.

#include "claimcheck/model.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace claimcheck::reconcile {

/// The days a date may stand for, as days since 1970-01-01, both ends inclusive.
struct day_range {
  std::int64_t first = 0;
  std::int64_t last = 0;
  bool is_day() const { return first == last; }
  friend bool operator==(day_range const&, day_range const&) = default;
};

std::optional<day_range> parse_date(std::string_view s);

/// Days since 1970-01-01 of a proleptic Gregorian date.
std::int64_t days_from_civil(int y, unsigned m, unsigned d);

/// "33,207", "2,300,000", "8.51", "0.46", "0.125", "-1,200"; non-finite values as "unbounded".
std::string format_number(double v);

/// A count or a sum of money as the news writes it: "2.3 million", "3.3 billion", "2.925 billion"
/// when exact to three
/// decimals of the scale, else format_number ("118,552,353", "950,000"). The reconciler's messages
/// and the reports write counts and money with it, other kinds with format_number.
std::string format_amount(double v);

/// Both ends of a range by format_amount, or both in digits when only one end has a scale word
/// ("46,218,750 to 55,625,000", never "46,218,750 to 55.625 million").
std::pair<std::string, std::string> format_amounts(double lo, double hi);

/// A figure's number as the reconciler's messages and the reports write it: counts and money by
/// format_amount, other kinds by format_number; and both ends of a range the same way.
std::string format_figure(double v, quantity_kind k);
std::pair<std::string, std::string> format_figures(double lo, double hi, quantity_kind k);

/// The rounding unit of a number as written: 100 for 1,200, 1 for 33,207, 100,000 for
/// 2,300,000, 0.1 for 2.5, 1 for 0.
double rounding_unit(double v);

}  // namespace claimcheck::reconcile
