#pragma once
// Weighted least-squares data reconciliation (Eigen inside, plain vectors outside).
//
// Measurements x with standard deviations sigma must satisfy constraints f(x) = 0. Each
// constraint is given linearized at x: its coefficients a (df/dx) and its misclosure g = f(x)
// (for a linear constraint a.x = b, g = a.x - b). With V = diag(sigma^2):
//
//   x_hat = x - V A^T (A V A^T)^+ g           (adjusted values)
//   chi2  = g^T (A V A^T)^+ g,  dof = rank(A V A^T)
//   r = x - x_hat,  cov(r) = V A^T (A V A^T)^+ A V,  normalized_i = r_i / sqrt(cov(r)_ii)
//
// Guarantees:
//  1. Rows are scaled to unit norm in sigma units first (the result does not depend on how a
//     constraint is written) and solved with a rank-revealing decomposition of A itself (never
//     A V A^T, which squares its condition), so redundant constraints (a cycle of equalities)
//     are harmless: directions below 7.07e-6 of the largest are rank deficiency.
//  2. `consistent` is chi2 <= the chi-square quantile at 1 - alpha with dof degrees of freedom.
//  3. A measurement no constraint touches has residual 0 and normalized residual 0.

#include <cstddef>
#include <utility>
#include <vector>

namespace claimcheck::reconcile {

struct lsq_row {
  std::vector<std::pair<std::size_t, double>> coefficients;  ///< (measurement index, df/dx)
  double misclosure = 0;                                     ///< f(x) at the measurements
};

struct lsq_result {
  std::vector<double> adjusted;    ///< x_hat
  std::vector<double> residual;    ///< x - x_hat
  std::vector<double> normalized;  ///< residual / its standard deviation (0 when undetermined)
  double chi2 = 0;
  std::size_t dof = 0;
  double critical = 0;  ///< chi-square quantile at 1 - alpha (0 when dof = 0)
  bool consistent = true;
};

/// Reconciles `x` (standard deviations `sigma`, all > 0) under `rows`.
lsq_result adjust(std::vector<double> const& x, std::vector<double> const& sigma, std::vector<lsq_row> const& rows,
                  double alpha);

/// The chi-square quantile: the value a chi-square variable with `dof` degrees of freedom
/// stays below with probability `p`.
double chi_square_quantile(std::size_t dof, double p);

}  // namespace claimcheck::reconcile
