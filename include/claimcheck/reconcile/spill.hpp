#pragma once
// Reconciling more claims than fit in memory: claims are spilled to temporary files, split into
// buckets that never separate claims the reconciler could compare or link, and reconciled one
// bucket at a time. The result is the one reconciler::run gives on all the claims at once.
//
// How the buckets stay exact (docs/reconcile.md, "Scale: bucketed runs"):
//  1. Every claim with a subject and a predicate key belongs to the entity of its group key
//     (subject, predicate, scope, kind, unit, period end): everything check_groups compares.
//  2. Claims of one article joined by a relation (part_of, fraction_of, sum_of), or a duration
//     claim and the period starts of its subject in its article, form a linked set. A set within
//     one entity goes there whole; a set across entities is reconciled apart, as copies of its
//     claims (its relations and durations), while its claims stay in their entities (their
//     groups): entities are not merged by relations. With `duration_start_scope corpus`
//     durations and starts join an entity per subject.
//  3. A bucket holds whole entities (and sets that touch no entity), so every group, relation
//     and duration lies inside one bucket. A least-squares component that holds a claim of a set
//     across entities may continue in another bucket: such components are handed on, joined
//     across buckets and solved whole (src/reconcile/joint.hpp).
//  4. Relations resolve by claim id. The bucketed run is used only when ids are unique per
//     article id ("ARTICLE:N"), article ids do not repeat and every relation points inside its
//     article; otherwise finish() reloads every claim and runs the reconciler once (exact, not
//     bounded).
// Small inputs (at most `memory_claims`) never touch the disk.
// Temporary files live in a private directory under $TMPDIR (else /tmp) and are removed when
// the object is destroyed, also when an exception unwinds it.

#include "claimcheck/model.hpp"
#include "claimcheck/reconcile/reconciler.hpp"

#include <cstddef>
#include <functional>
#include <memory>
#include <vector>

namespace claimcheck::reconcile {

struct spill_options {
  std::size_t memory_claims = 20000;   ///< up to this many claims stay in memory (0: always spill)
  std::size_t bucket_claims = 20000;   ///< target claims per bucket (a merged entity is never split)
  std::size_t chunk_claims = 4096;     ///< full claims read back at a time for a bucket's discrepancies
};

/// Discrepancies handed out in pieces: one may cite hundreds of thousands of claims (a timeline
/// whose falls all connect), more than should be in memory at once.
struct discrepancy_stream {
  /// Every field of a discrepancy but its claims (empty), and how many claims follow.
  std::function<void(discrepancy const&, std::size_t claims)> begin;
  /// Its claims, in order.
  std::function<void(claim const&)> each_claim;
  /// The same discrepancy again, after its last claim.
  std::function<void(discrepancy const&)> end;
  /// Optional: every claim of a discrepancy once before `begin` (a writer that must know something
  /// about the claims before it writes the first, such as SARIF's primary location).
  std::function<void(discrepancy const&, claim const&)> preview;
};

/// A discrepancy without its claims (`d.claims` is empty), and the ids of its claims in order.
struct discrepancy_head {
  discrepancy d;
  std::vector<std::string> ids;
};
/// How reconcile() split the claims (all zero when they stayed in memory).
struct spill_stats {
  std::size_t buckets = 0;
  std::size_t largest_bucket = 0;  ///< claim records of the fullest bucket's entities (copies count)
  std::size_t largest_entity = 0;  ///< claim records of the largest merged entity
  std::size_t apart = 0;           ///< claims of linked sets across entities, reconciled apart as copies
};

/// An order of discrepancies for bucketed_run::order: true when `a` comes before `b`.
using head_order = std::function<bool(discrepancy_head const& a, discrepancy_head const& b)>;

class bucketed_run {
 public:
  bucketed_run(reconciler const& rec, spill_options opt = {});
  ~bucketed_run();
  bucketed_run(bucketed_run const&) = delete;
  bucketed_run& operator=(bucketed_run const&) = delete;

  /// The claims of one article (as the extractor gives them).
  void add_article(std::vector<claim>&& claims);
  /// One pre-extracted claim; consecutive claims of one article are taken together.
  void add(claim&& c);
  /// Claims added so far.
  std::size_t size() const;
  /// Every discrepancy, exactly as reconciler::run over all the claims added.
  std::vector<discrepancy> finish();
  /// The same discrepancies in the same order, handed to `each` one at a time: each bucket's
  /// sorted result goes to a temporary file and the files are merged, so beyond
  /// `memory_claims` only one discrepancy per bucket is in memory. Returns how many.
  std::size_t finish(std::function<void(discrepancy const&)> const& each);
  /// The same discrepancies in the same order, claim by claim: beyond `memory_claims`, at most
  /// `chunk_claims` full claims and one discrepancy's claim ids per bucket are in memory.
  std::size_t finish(discrepancy_stream const& out);

  /// finish() in steps, for writers that read the discrepancies more than once or in another
  /// order. reconcile() reconciles every bucket; the discrepancies stay on disk beyond
  /// `memory_claims` (heads and cited claims, as finish() keeps them), and those `keep` returns
  /// false for are dropped (`keep` may see a head whose outlier, expected interval and residual
  /// are not final yet: those of a component solved across buckets come last). `seen` is called
  /// once for each kept one, final, in reconciler::run's order per bucket. Returns how many were
  /// kept. Call once.
  std::size_t reconcile(std::function<bool(discrepancy_head const&)> const& keep = {},
                        std::function<void(discrepancy_head const&)> const& seen = {});
  /// The order of the following replays (default: reconciler::run's). Beyond `memory_claims`
  /// each bucket's heads are sorted on their own (one bucket's heads in memory) and merged.
  void order(head_order before);
  /// Hands out the kept discrepancies in the order set; without `with_claims` only begin and end
  /// are called (no claim is read back). May be called again.
  std::size_t replay(discrepancy_stream const& out, bool with_claims = true);
  /// After reconcile(): how the claims were split.
  spill_stats stats() const;

  struct impl;

 private:
  std::unique_ptr<impl> impl_;
};

/// discrepancy_before on heads (the default order of bucketed_run's replays).
bool head_before(discrepancy_head const& a, discrepancy_head const& b);

/// The order reconciler::run returns: severity (error first), id, message, claim ids.
bool discrepancy_before(discrepancy const& a, discrepancy const& b);
void sort_discrepancies(std::vector<discrepancy>& ds);

}  // namespace claimcheck::reconcile
