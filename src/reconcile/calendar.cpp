#include "claimcheck/reconcile/calendar.hpp"

#include <fmt/format.h>

#include <charconv>
#include <cmath>

namespace claimcheck::reconcile {
namespace {

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

unsigned month_length(int y, unsigned m) {
  static constexpr unsigned lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : lengths[m - 1];
}

std::optional<int> digits(std::string_view s) {
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
  }
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc{} || end != s.data() + s.size()) return std::nullopt;
  return v;
}

bool near_integer(double v) { return std::fabs(v - std::round(v)) <= 1e-9 * std::max(1.0, std::fabs(v)); }

}  // namespace

// Howard Hinnant's days_from_civil.
std::int64_t days_from_civil(int y, unsigned m, unsigned d) {
  y -= m <= 2;
  std::int64_t const era = (y >= 0 ? y : y - 399) / 400;
  auto const yoe = static_cast<unsigned>(y - era * 400);
  unsigned const doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  unsigned const doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

std::optional<day_range> parse_date(std::string_view s) {
  if (s.size() != 7 && s.size() != 10) return std::nullopt;
  if (s[4] != '-' || (s.size() == 10 && s[7] != '-')) return std::nullopt;
  auto y = digits(s.substr(0, 4));
  auto m = digits(s.substr(5, 2));
  if (!y || !m || *m < 1 || *m > 12) return std::nullopt;
  auto const month = static_cast<unsigned>(*m);
  if (s.size() == 7) {
    return day_range{days_from_civil(*y, month, 1), days_from_civil(*y, month, month_length(*y, month))};
  }
  auto d = digits(s.substr(8, 2));
  if (!d || *d < 1 || static_cast<unsigned>(*d) > month_length(*y, month)) return std::nullopt;
  auto day = days_from_civil(*y, month, static_cast<unsigned>(*d));
  return day_range{day, day};
}

std::string format_number(double v) {
  if (!std::isfinite(v)) return "unbounded";
  // Two decimals from 1 up ("8.51 months"); below 1, three significant digits ("0.125 points",
  // "0.0046"), so that a small share is not written as 0.
  double const a = std::fabs(v);
  std::string digits_text;
  if (near_integer(v) || a >= 1e15) {
    digits_text = fmt::format("{:.0f}", std::fabs(std::round(v)));
  } else {
    int const decimals = a >= 1 ? 2 : std::min(12, 2 - static_cast<int>(std::floor(std::log10(a))));
    digits_text = fmt::format("{:.{}f}", a, decimals);
    if (digits_text.find('.') != std::string::npos) {
      while (digits_text.back() == '0') digits_text.pop_back();
      if (digits_text.back() == '.') digits_text.pop_back();
    }
  }
  auto dot = digits_text.find('.');
  std::string integral = digits_text.substr(0, dot);
  std::string out;
  for (std::size_t i = 0; i < integral.size(); ++i) {
    if (i > 0 && (integral.size() - i) % 3 == 0) out += ',';
    out += integral[i];
  }
  if (dot != std::string::npos) out += digits_text.substr(dot);
  bool const negative = v < 0 && out.find_first_not_of("0.,") != std::string::npos;
  return negative ? "-" + out : out;
}

std::string format_amount(double v) {
  static constexpr struct {
    double scale;
    char const* word;
  } scales[] = {{1e12, "trillion"}, {1e9, "billion"}, {1e6, "million"}};
  double const a = std::fabs(v);
  if (std::isfinite(v) && a < 1e15) {
    for (auto const& s : scales) {
      if (a < s.scale) continue;
      double const thousandths = a / s.scale * 1000;
      // Only a figure the scale writes exactly ("3.3 billion", "2.925 billion"): 118,552,353
      // stays in digits.
      if (std::fabs(thousandths - std::round(thousandths)) <= 1e-6 * std::max(1.0, thousandths)) {
        auto n = fmt::format("{:.3f}", std::round(thousandths) / 1000);
        while (n.back() == '0') n.pop_back();
        if (n.back() == '.') n.pop_back();
        return fmt::format("{}{} {}", v < 0 ? "-" : "", n, s.word);
      }
      break;
    }
  }
  return format_number(v);
}

std::pair<std::string, std::string> format_amounts(double lo, double hi) {
  auto a = format_amount(lo), b = format_amount(hi);
  auto scaled = [](std::string const& s) { return s.find(' ') != std::string::npos; };
  if (scaled(a) != scaled(b)) return {format_number(lo), format_number(hi)};
  return {a, b};
}

namespace {
bool in_words(quantity_kind k) { return k == quantity_kind::count || k == quantity_kind::money; }
}  // namespace

std::string format_figure(double v, quantity_kind k) { return in_words(k) ? format_amount(v) : format_number(v); }

std::pair<std::string, std::string> format_figures(double lo, double hi, quantity_kind k) {
  return in_words(k) ? format_amounts(lo, hi) : std::pair{format_number(lo), format_number(hi)};
}

double rounding_unit(double v) {
  double a = std::fabs(v);
  if (a == 0 || !std::isfinite(a)) return 1;
  if (near_integer(a)) {
    double const n = std::round(a);
    double u = 1;
    while (u * 10 <= n && std::fmod(n, u * 10) == 0) u *= 10;
    return u;
  }
  double u = 1;
  for (int i = 0; i < 9 && !near_integer(a / u); ++i) u /= 10;
  return u;
}

}  // namespace claimcheck::reconcile
