#include "dates.hpp"

#include <fmt/format.h>

namespace claimcheck::claims {

long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  long const era = (y >= 0 ? y : y - 399) / 400;
  long const yoe = y - era * 400;
  long const doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  long const doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

ymd civil_from_days(long z) {
  z += 719468;
  long const era = (z >= 0 ? z : z - 146096) / 146097;
  long const doe = z - era * 146097;
  long const yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long const doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long const mp = (5 * doy + 2) / 153;
  int const d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  int const m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {static_cast<int>(yoe + era * 400 + (m <= 2)), m, d};
}

int weekday_of(long days) {
  // 1970-01-01 was a Thursday (3 when Monday = 0).
  long w = (days + 3) % 7;
  return static_cast<int>(w < 0 ? w + 7 : w);
}

bool parse_iso(std::string_view s, ymd& out) {
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') return false;
  auto num = [&](std::size_t a, std::size_t n) {
    int v = 0;
    for (std::size_t i = a; i < a + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return -1;
      v = v * 10 + (s[i] - '0');
    }
    return v;
  };
  out = {num(0, 4), num(5, 2), num(8, 2)};
  return out.y > 0 && out.m >= 1 && out.m <= 12 && out.d >= 1 && out.d <= 31;
}

namespace {

// Writes v (0..10^n - 1) as n digits, zero-padded.
void put_digits(char* p, int v, int n) {
  for (int i = n; i-- > 0; v /= 10) p[i] = static_cast<char>('0' + v % 10);
}

}  // namespace

// What fmt's "{:04}-{:02}-{:02}" writes; in range without parsing a format string (these run
// for every claim's date).
std::string format_iso(ymd const& d) {
  if (d.y < 0 || d.y > 9999 || d.m < 0 || d.m > 99 || d.d < 0 || d.d > 99)
    return fmt::format("{:04}-{:02}-{:02}", d.y, d.m, d.d);
  std::string s(10, '-');
  put_digits(s.data(), d.y, 4);
  put_digits(s.data() + 5, d.m, 2);
  put_digits(s.data() + 8, d.d, 2);
  return s;
}

std::string format_month(int y, int m) {
  if (y < 0 || y > 9999 || m < 0 || m > 99) return fmt::format("{:04}-{:02}", y, m);
  std::string s(7, '-');
  put_digits(s.data(), y, 4);
  put_digits(s.data() + 5, m, 2);
  return s;
}

std::string month_back(int y, int m, int back) {
  m += back;
  while (m < 1) {
    m += 12;
    --y;
  }
  return format_month(y, m);
}

}  // namespace claimcheck::claims
