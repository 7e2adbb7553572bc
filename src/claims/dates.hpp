#pragma once
// Calendar arithmetic on ISO dates (proleptic Gregorian; Howard Hinnant's civil algorithms).

#include <string>
#include <string_view>

namespace claimcheck::claims {

struct ymd {
  int y = 0, m = 0, d = 0;
};

long days_from_civil(int y, int m, int d);
ymd civil_from_days(long z);
/// 0 = Monday ... 6 = Sunday.
int weekday_of(long days);
/// Parses "YYYY-MM-DD"; false when it is not one.
bool parse_iso(std::string_view s, ymd& out);
std::string format_iso(ymd const& d);
std::string format_month(int y, int m);
/// "YYYY-MM" of the month `back` months before y-m (`back` <= 0: "the previous month" is -1).
std::string month_back(int y, int m, int back);

}  // namespace claimcheck::claims
