#include "claimcheck/reconcile/least_squares.hpp"

#include <Eigen/Dense>
#include <boost/math/distributions/chi_squared.hpp>

#include <cmath>
#include <stdexcept>

namespace claimcheck::reconcile {

double chi_square_quantile(std::size_t dof, double p) {
  if (dof == 0) return 0;
  boost::math::chi_squared_distribution<double> dist(static_cast<double>(dof));
  return boost::math::quantile(dist, p);
}

lsq_result adjust(std::vector<double> const& x, std::vector<double> const& sigma, std::vector<lsq_row> const& rows,
                  double alpha) {
  if (x.size() != sigma.size()) throw std::invalid_argument("adjust: x and sigma differ in size");
  auto const n = static_cast<Eigen::Index>(x.size());
  lsq_result out;
  out.adjusted = x;
  out.residual.assign(x.size(), 0.0);
  out.normalized.assign(x.size(), 0.0);

  // Work in sigma units (z = x / sigma, V = I) with each row scaled to unit norm.
  std::vector<Eigen::Index> kept;
  Eigen::MatrixXd a = Eigen::MatrixXd::Zero(static_cast<Eigen::Index>(rows.size()), n);
  Eigen::VectorXd g(static_cast<Eigen::Index>(rows.size()));
  Eigen::Index m = 0;
  for (auto const& row : rows) {
    for (auto const& [i, coef] : row.coefficients) {
      if (i >= x.size()) throw std::invalid_argument("adjust: coefficient index out of range");
      a(m, static_cast<Eigen::Index>(i)) += coef * sigma[i];
    }
    double const norm = a.row(m).norm();
    if (norm <= 0 || !std::isfinite(norm)) {
      a.row(m).setZero();
      continue;
    }
    a.row(m) /= norm;
    g(m) = row.misclosure / norm;
    ++m;
  }
  if (m == 0) return out;
  Eigen::MatrixXd const as = a.topRows(m);
  Eigen::VectorXd const gs = g.head(m);

  Eigen::MatrixXd const s = as * as.transpose();
  Eigen::CompleteOrthogonalDecomposition<Eigen::MatrixXd> cod;
  cod.setThreshold(1e-10);
  cod.compute(s);
  Eigen::VectorXd const lambda = cod.solve(gs);
  Eigen::VectorXd const dz = as.transpose() * lambda;  // correction in sigma units
  Eigen::MatrixXd const m_inv_a = cod.solve(as);       // S^+ A
  out.chi2 = gs.dot(lambda);
  out.dof = static_cast<std::size_t>(cod.rank());
  out.critical = chi_square_quantile(out.dof, 1.0 - alpha);
  out.consistent = out.chi2 <= out.critical;
  for (Eigen::Index i = 0; i < n; ++i) {
    auto const k = static_cast<std::size_t>(i);
    out.residual[k] = dz(i) * sigma[k];
    out.adjusted[k] = x[k] - out.residual[k];
    double const var = as.col(i).dot(m_inv_a.col(i));  // (A^T S^+ A)_ii in sigma units
    if (var > 1e-12) out.normalized[k] = dz(i) / std::sqrt(var);
  }
  return out;
}

}  // namespace claimcheck::reconcile
