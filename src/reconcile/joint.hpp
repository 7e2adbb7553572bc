#pragma once
// Least-squares components that continue in other tables (internal to src/reconcile).
//
// A bucketed run reconciles the claims an article ties by relations across several entities
// apart from those entities: the relation and duration checks get copies of the claims (role
// `relation`) and the entities keep them for their groups (role `group`); such a claim with an
// entity is `shared`. Every check then has what it needs (a relation or duration looks only
// inside its article, a group only at its own claims), but one run over all the claims solves a
// least-squares component across both kinds of rows: the equal figures of a group (other
// articles' claims) and the relations of an article. So a table does not solve a component
// that holds a shared claim: it hands it on as a part (its claims, their points and weights, its
// rows) with its findings, the parts of all tables that hold the same shared claims are joined
// into the component one run would have, and solve_joint solves it with the same claims in the
// same order (canonical: date, article, id, as ids are unique there) and the same rows in the
// same order (the order one run adds them), so it names the same outliers. A component that is
// one table's alone is solved there, as before.

#include "claimcheck/model.hpp"
#include "claimcheck/reconcile/least_squares.hpp"
#include "claimcheck/reconcile/settings.hpp"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace claimcheck::reconcile::detail {

constexpr std::uint64_t no_claim = ~std::uint64_t{0};

/// The claims of a table as a bucketed run knows them, by table position: a key the same in
/// every table that holds the claim, and for a shared claim the number its copies share.
struct table_keys {
  std::vector<std::uint64_t> key;
  std::vector<std::uint64_t> shared;
};

/// A claim of a part: its key (the same in every table that holds it), its canonical order
/// (date, article, id: ids are unique in a bucketed run), its point and weight.
struct joint_member {
  std::uint64_t key = 0;
  std::string order;
  double x = 0, sigma = 1;
};

/// A least-squares row; rows are solved in the order one run adds them: (phase, the canonical
/// order of the claim or group that added it, its place among that one's rows).
struct joint_row {
  std::vector<std::pair<std::uint64_t, double>> coefs;  ///< (claim key, coefficient)
  double misclosure = 0;
  std::uint8_t phase = 0;
  std::string origin;
  std::size_t seq = 0;
};

struct joint_part {
  bool too_large = false;             ///< more than max_component claims: never solved
  std::vector<std::uint64_t> shared;  ///< the numbers of its shared claims (table_keys::shared)
  std::vector<joint_member> members;  ///< canonical order (empty when too large)
  std::vector<joint_row> rows;
};

/// A finding whose component is a part: what naming its outlier needs, and what its
/// discrepancy then says (its table wrote it as if none were named).
struct joint_finding {
  std::size_t part = 0;                  ///< the component of its first claim
  std::vector<std::uint64_t> claims;     ///< keys in canonical order (as the discrepancy lists them)
  std::uint64_t cover = no_claim;        ///< the one claim whose removal makes the rest consistent
  double gap = 0;
  bool has_expect = false;
  std::vector<std::pair<double, double>> expect;  ///< per claim: what it should have been
  std::vector<double> values;                     ///< per claim
};

struct joint_set {
  std::vector<joint_part> parts;
  std::vector<joint_finding> findings;
};

/// The outlier of each finding of `set` (an index into its `claims`, or npos): parts that share
/// a claim are joined and each whole is solved as one component.
std::vector<std::size_t> solve_joint(settings const& cfg, joint_set const& set);

/// The outlier a solved component names for a finding (the member index, or npos): the largest
/// normalized residual that stands out, else `cover` (npos: none), else the largest correction
/// in units of a member's own sigma that stands out; only a member for which `in_finding` holds.
std::size_t name_outlier(settings const& cfg, lsq_result const& r, std::vector<double> const& sigma,
                         std::function<bool(std::size_t)> const& in_finding, std::size_t cover);

/// The expected interval and residual of a discrepancy: `iv` is what its described claim (of
/// value `value`) should have been, if anything; else the residual is the gap.
void set_expectation(discrepancy& d, std::pair<double, double> const* iv, double value, double gap);

}  // namespace claimcheck::reconcile::detail
