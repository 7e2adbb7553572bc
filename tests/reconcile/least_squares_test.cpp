#include "claimcheck/reconcile/calendar.hpp"
#include "claimcheck/reconcile/least_squares.hpp"
#include "claimcheck/reconcile/settings.hpp"

#include "claimcheck/lexicon/lexicon.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace claimcheck;
using namespace claimcheck::reconcile;

TEST_CASE("two readings of one figure reconcile to their weighted mean", "[reconcile]") {
  auto r = adjust({10, 12}, {1, 1}, {lsq_row{{{0, 1.0}, {1, -1.0}}, 10.0 - 12.0}}, 0.05);
  CHECK(r.adjusted[0] == Approx(11));
  CHECK(r.adjusted[1] == Approx(11));
  CHECK(r.chi2 == Approx(2));
  CHECK(r.dof == 1);
  CHECK(r.critical == Approx(3.841).epsilon(1e-3));
  CHECK(r.consistent);
  CHECK(r.normalized[0] == Approx(-std::sqrt(2.0)));
  CHECK(r.normalized[1] == Approx(std::sqrt(2.0)));
}

TEST_CASE("a total and its parts are adjusted in proportion to their variances", "[reconcile]") {
  // total - part1 - part2 = 0 with 100, 60, 50: A V A^T = 25 + 9 + 16 = 50, lambda = -10 / 50.
  auto r = adjust({100, 60, 50}, {5, 3, 4}, {lsq_row{{{0, 1.0}, {1, -1.0}, {2, -1.0}}, -10.0}}, 0.05);
  CHECK(r.adjusted[0] == Approx(105));
  CHECK(r.adjusted[1] == Approx(58.2));
  CHECK(r.adjusted[2] == Approx(46.8));
  CHECK(r.chi2 == Approx(2));
  CHECK(r.residual[0] == Approx(-5));
}

TEST_CASE("redundant constraints do not break the reconciliation", "[reconcile]") {
  // a = b, b = c, c = a: rank 2.
  auto r = adjust({100, 100, 130}, {2, 2, 2},
                  {lsq_row{{{0, 1.0}, {1, -1.0}}, 0.0}, lsq_row{{{1, 1.0}, {2, -1.0}}, -30.0},
                   lsq_row{{{2, 1.0}, {0, -1.0}}, 30.0}},
                  0.05);
  CHECK(r.dof == 2);
  CHECK(r.adjusted[0] == Approx(110));
  CHECK(r.adjusted[2] == Approx(110));
  CHECK_FALSE(r.consistent);
  CHECK(std::fabs(r.normalized[2]) == Approx(2 * std::fabs(r.normalized[0])));
}

TEST_CASE("dates parse to day ranges and months cover their days", "[reconcile]") {
  CHECK(parse_date("1970-01-01") == day_range{0, 0});
  CHECK(parse_date("2024-04-08") == day_range{19821, 19821});
  CHECK(parse_date("2024-02") == day_range{days_from_civil(2024, 2, 1), days_from_civil(2024, 2, 29)});
  CHECK_FALSE(parse_date("2023-02-29"));
  CHECK_FALSE(parse_date("2024"));
  CHECK_FALSE(parse_date(""));
  CHECK_FALSE(parse_date("2024-13-01"));
  CHECK(parse_date("2024-04-08")->first - parse_date("2023-10-07")->first == 184);
}

TEST_CASE("numbers are written with thousands separators", "[reconcile]") {
  CHECK(format_number(33207) == "33,207");
  CHECK(format_number(2.3e6) == "2,300,000");
  CHECK(format_number(-1200) == "-1,200");
  CHECK(format_number(0.4625) == "0.463");  // below 1: three significant digits
  CHECK(format_number(0.125) == "0.125");
  CHECK(format_number(0.00461) == "0.00461");
  CHECK(format_number(6.0451) == "6.05");     // from 1 up: two decimals
  CHECK(format_number(8.509) == "8.51");
  CHECK(format_number(999) == "999");
  // Sums of money as the news writes them, only where the scale is exact.
  CHECK(format_amount(3.3e9) == "3.3 billion");
  CHECK(format_amount(2.25e6) == "2.25 million");
  CHECK(format_amount(1.2e12) == "1.2 trillion");
  CHECK(format_amount(-4e9) == "-4 billion");
  CHECK(format_amount(118552353) == "118,552,353");
  CHECK(format_amount(2.925e9) == "2.925 billion");
  CHECK(format_amount(2253e6 + 450000) == "2,253,450,000");
  CHECK(format_amount(950000) == "950,000");
  CHECK(format_amounts(46218750, 55625000) == std::pair<std::string, std::string>{"46,218,750", "55,625,000"});
  CHECK(format_amounts(2.3e6, 2.5e6) == std::pair<std::string, std::string>{"2.3 million", "2.5 million"});
  CHECK(rounding_unit(1200) == 100);
  CHECK(rounding_unit(33207) == 1);
  CHECK(rounding_unit(2.3e6) == 100000);
  CHECK(rounding_unit(2.5) == Approx(0.1));
  CHECK(rounding_unit(0) == 1);
}

TEST_CASE("the reconciler settings come from grammars/reconcile.tsv", "[reconcile]") {
  auto s = settings::from(claimcheck::testing::lex());
  CHECK(s.cumulative.count("kill") == 1);
  CHECK(s.cumulative.count("hold") == 0);
  CHECK(s.duration_units.at("week") == 7);
  CHECK(s.z_error >= s.z_warning);

  auto dir = std::filesystem::temp_directory_path() / "claimcheck-reconcile-settings-test";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "reconcile.tsv") << "relative_tolerance\t0.01\nbogus\t1\n";
  CHECK_THROWS_AS(settings::from(lexicon::load(dir)), lexicon_error);
  std::ofstream(dir / "reconcile.tsv") << "relative_tolerance\t0.01\n";
  CHECK_THROWS_WITH(settings::from(lexicon::load(dir)), Catch::Contains("missing setting"));
  std::filesystem::remove_all(dir);
}

TEST_CASE("a consistent system is left as it is", "[reconcile]") {
  // total = part1 + part2 holds exactly: nothing to adjust.
  auto r = adjust({100, 60, 40}, {5, 3, 4}, {lsq_row{{{0, 1.0}, {1, -1.0}, {2, -1.0}}, 0.0}}, 0.05);
  CHECK(r.dof == 1);
  CHECK(r.chi2 == Approx(0).margin(1e-20));
  CHECK(r.consistent);
  for (std::size_t i = 0; i < 3; ++i) {
    CHECK(r.adjusted[i] == Approx(std::vector<double>{100, 60, 40}[i]));
    CHECK(r.residual[i] == Approx(0).margin(1e-12));
    CHECK(r.normalized[i] == Approx(0).margin(1e-12));
  }
}

TEST_CASE("three readings chained equal adjust to their weighted mean", "[reconcile]") {
  // x0 = x1 = x2 with 10, 12, 15 and sigma 1, 2, 2: weights 1, 1/4, 1/4, mean 16.75 / 1.5.
  // Residuals r = x - mean = (-7/6, 5/6, 23/6); chi2 = sum (r/sigma)^2 = 750/144; dof 2.
  // In sigma units the free direction is (1, .5, .5) / sqrt(1.5), so var = 1 - its squares =
  // (1/3, 5/6, 5/6) and normalized = (r/sigma) / sqrt(var).
  auto r = adjust({10, 12, 15}, {1, 2, 2},
                  {lsq_row{{{0, 1.0}, {1, -1.0}}, 10.0 - 12.0}, lsq_row{{{1, 1.0}, {2, -1.0}}, 12.0 - 15.0}}, 0.05);
  double const mean = 16.75 / 1.5;
  for (std::size_t i = 0; i < 3; ++i) CHECK(r.adjusted[i] == Approx(mean));
  CHECK(r.residual[0] == Approx(-7.0 / 6));
  CHECK(r.residual[1] == Approx(5.0 / 6));
  CHECK(r.residual[2] == Approx(23.0 / 6));
  CHECK(r.chi2 == Approx(750.0 / 144));
  CHECK(r.dof == 2);
  CHECK(r.critical == Approx(5.991).epsilon(1e-3));
  CHECK(r.consistent);  // 5.21 < 5.99
  CHECK(r.normalized[0] == Approx(-7.0 / 6 / std::sqrt(1.0 / 3)));
  CHECK(r.normalized[1] == Approx(5.0 / 12 / std::sqrt(5.0 / 6)));
  CHECK(r.normalized[2] == Approx(23.0 / 12 / std::sqrt(5.0 / 6)));

  // The same readings with sigma 1 each: mean 37/3, chi2 = (49 + 1 + 64) / 9, var = 2/3 each.
  auto u = adjust({10, 12, 15}, {1, 1, 1},
                  {lsq_row{{{0, 1.0}, {1, -1.0}}, -2.0}, lsq_row{{{1, 1.0}, {2, -1.0}}, -3.0}}, 0.05);
  CHECK(u.chi2 == Approx(114.0 / 9));
  CHECK_FALSE(u.consistent);
  CHECK(u.normalized[2] == Approx(8.0 / 3 / std::sqrt(2.0 / 3)));
  CHECK(u.normalized[1] == Approx(-1.0 / 3 / std::sqrt(2.0 / 3)));
}

TEST_CASE("rank deficiency: a repeated row and a near dependency count once", "[reconcile]") {
  lsq_row const row{{{0, 1.0}, {1, -1.0}}, 10.0 - 12.0};
  auto once = adjust({10, 12}, {1, 1}, {row}, 0.05);
  auto twice = adjust({10, 12}, {1, 1}, {row, row, lsq_row{{{1, 2.0}, {0, -2.0}}, 4.0}}, 0.05);
  CHECK(twice.dof == 1);
  CHECK(twice.chi2 == Approx(once.chi2));
  CHECK(twice.adjusted[0] == Approx(11));
  CHECK(twice.normalized[1] == Approx(once.normalized[1]));

  // x0 = x1 and x0 = x2 through a claim with a huge sigma: in sigma units both rows are almost
  // x0's unit vector. At sigma 1e7 the two directions differ by ~1e-7 of the largest, below the
  // threshold: one degree of freedom. At 1e3 (~1e-3) both count, and x1 = x2 is then tested
  // (130 against 100 at sigma 1: chi2 ~ 450).
  auto const chain = [](double big) {
    return adjust({100, 100, 130}, {big, 1, 1},
                  {lsq_row{{{0, 1.0}, {1, -1.0}}, 0.0}, lsq_row{{{0, 1.0}, {2, -1.0}}, -30.0}}, 0.05);
  };
  auto weak = chain(1e7);
  CHECK(weak.dof == 1);
  CHECK(weak.consistent);
  auto strong = chain(1e3);
  CHECK(strong.dof == 2);
  CHECK(strong.chi2 == Approx(450).epsilon(1e-3));
  CHECK_FALSE(strong.consistent);
  CHECK(strong.adjusted[1] == Approx(115).epsilon(1e-4));
  CHECK(strong.adjusted[2] == Approx(115).epsilon(1e-4));
}

TEST_CASE("a long chain with more rows than claims adjusts to the mean", "[reconcile]") {
  // 80 readings of one figure, each tied to the one and the two before (157 rows, rank 79: the
  // sparse reduction of components with more rows than claims). Equal sigmas: every reading
  // goes to the mean; chi2 = sum (x_i - mean)^2; var_i = 1 - 1/80 (the free direction is the
  // all-ones vector).
  std::size_t const n = 80;
  std::vector<double> x, sigma(n, 2.0);
  for (std::size_t i = 0; i < n; ++i) x.push_back(1000.0 + static_cast<double>((i * 37) % 11));
  std::vector<lsq_row> rows;
  for (std::size_t i = 1; i < n; ++i) {
    for (std::size_t back = 1; back <= std::min<std::size_t>(i, 2); ++back) {
      rows.push_back(lsq_row{{{i, 1.0}, {i - back, -1.0}}, x[i] - x[i - back]});
    }
  }
  REQUIRE(rows.size() == 157);
  double mean = 0;
  for (double v : x) mean += v / static_cast<double>(n);
  double chi2 = 0;
  for (double v : x) chi2 += (v - mean) * (v - mean) / 4.0;
  auto r = adjust(x, sigma, rows, 0.05);
  CHECK(r.dof == n - 1);
  CHECK(r.chi2 == Approx(chi2));
  for (std::size_t i = 0; i < n; ++i) {
    CHECK(r.adjusted[i] == Approx(mean));
    CHECK(r.normalized[i] == Approx((x[i] - mean) / 2.0 / std::sqrt(1.0 - 1.0 / static_cast<double>(n))));
  }
}
