#include "claimcheck/reconcile/least_squares.hpp"

#include <Eigen/Dense>
#include <Eigen/OrderingMethods>
#include <Eigen/SparseCore>
#include <Eigen/SparseQR>
#include <boost/math/distributions/chi_squared.hpp>

#include <cmath>
#include <stdexcept>

namespace claimcheck::reconcile {

double chi_square_quantile(std::size_t dof, double p) {
  if (dof == 0) return 0;
  boost::math::chi_squared_distribution<double> dist(static_cast<double>(dof));
  return boost::math::quantile(dist, p);
}

namespace {

// Pivots below this fraction of the largest are rank deficiency. It is the 1e-10 the
// decomposition of S = A A^T used before, carried over to A: for two unit rows at cosine c, S's
// pivots are in ratio (1 - c^2) / (1 + c^2) ~ 1 - c and A's singular values in ratio
// sqrt((1 - c) / (1 + c)) ~ sqrt((1 - c) / 2), so 1e-10 on S is sqrt(0.5e-10) on A. (A near
// dependency this weak comes from scaling: a row through a claim with a huge sigma is almost
// that claim's unit vector.)
constexpr double rank_threshold = 7.0710678118654757e-6;

// From this many claims a component with more rows than claims is first reduced by a sparse QR
// (below). Smaller ones are decomposed whole: there the sparse QR's ordering and bookkeeping cost
// as much as they save (callgrind on f1's least-squares problems: 648 M instructions with this
// bound, 653-654 M from 1 or 16 claims, 848 M without the reduction).
constexpr Eigen::Index compress_from = 64;

}  // namespace

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
  // A rank-revealing complete orthogonal decomposition of A itself (A P = Q [T 0] Z), not of
  // S = A A^T: S squares A's condition number, and it is m x m where m (rows, often three or
  // four per claim in a long timeline) is several times n, so forming and factoring it cost
  // ~90% of `check`. With A^+ the pseudo-inverse truncated at the rank:
  //   dz = A^+ g (the minimum-norm correction),  chi2 = g^T S^+ g = |A^+ g|^2,  dof = rank,
  //   var_i = (A^T S^+ A)_ii = (A^+ A)_ii, the projector onto A's row space, which the first
  //   `rank` rows of Z P^T span.
  Eigen::CompleteOrthogonalDecomposition<Eigen::MatrixXd> cod;
  cod.setThreshold(rank_threshold);
  Eigen::VectorXd dz;  // correction in sigma units
  if (m > n && n >= compress_from) {
    // More rows than claims (a timeline's chained readings): first a sparse QR, A Pc = Q R (rows
    // hold two or three claims; COLAMD keeps R sparse), every column kept. With Q's orthonormal
    // columns, R Pc^T (n x n) has A's singular values, column norms and row space, and
    // A^+ g = (R Pc^T)^+ Q^T g: the decomposition below pivots on the same matrix, n rows high.
    Eigen::SparseMatrix<double> sparse = a.topRows(m).sparseView();
    sparse.makeCompressed();
    Eigen::SparseQR<Eigen::SparseMatrix<double>, Eigen::COLAMDOrdering<int>> qr;
    qr.setPivotThreshold(0.0);
    qr.compute(sparse);
    Eigen::VectorXd const qtg = (qr.matrixQ().transpose() * g.head(m)).head(n);
    cod.compute(Eigen::MatrixXd(qr.matrixR().topRows(n)) * qr.colsPermutation().transpose());
    dz = cod.solve(qtg);
  } else {
    cod.compute(a.topRows(m));
    dz = cod.solve(g.head(m));
  }
  Eigen::Index const rank = cod.rank();
  Eigen::VectorXd var = Eigen::VectorXd::Ones(n);  // A of full column rank: the projector is I
  if (rank < n) var = cod.colsPermutation() * cod.matrixZ().topRows(rank).colwise().squaredNorm().transpose();
  out.chi2 = dz.squaredNorm();
  out.dof = static_cast<std::size_t>(rank);
  out.critical = chi_square_quantile(out.dof, 1.0 - alpha);
  out.consistent = out.chi2 <= out.critical;
  for (Eigen::Index i = 0; i < n; ++i) {
    auto const k = static_cast<std::size_t>(i);
    out.residual[k] = dz(i) * sigma[k];
    out.adjusted[k] = x[k] - out.residual[k];
    if (var(i) > 1e-12) out.normalized[k] = dz(i) / std::sqrt(var(i));
  }
  return out;
}

}  // namespace claimcheck::reconcile
