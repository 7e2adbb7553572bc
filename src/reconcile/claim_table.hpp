#pragma once
// The reconciler's working copy of its claims (internal to src/reconcile): one fixed-size
// record per claim with only the fields the engine reads, its strings in a shared pool
// (repeated values such as keys, dates, sources and topics stored once), topics and relations
// in flat arrays. About 130 bytes per claim plus its unique strings, against ~1 KB for a
// `claim`. reconciler::run builds a table from whole claims; a bucketed run (spill.cpp) fills
// one straight from its spill file, so a bucket never holds `claim` objects.
//
// Strings keep their bytes: every comparison the engine makes is on the string_views, so the
// order and equality of strings are those of the `claim` fields they came from.

#include "claimcheck/model.hpp"
#include "claimcheck/reconcile/settings.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace claimcheck::reconcile::detail {

using str = std::uint32_t;  ///< index into a string_pool; 0 is ""

class string_pool {
 public:
  string_pool() { views_.emplace_back(); }
  string_pool(string_pool const&) = delete;
  string_pool& operator=(string_pool const&) = delete;

  /// A value that repeats (keys, dates, sources, units, topics): stored once. `last` remembers
  /// the previous value of one field (claims of an article come together and share many).
  str intern(std::string_view s, str& last) {
    if (s.empty()) return 0;
    if (last != 0 && views_[last] == s) return last;
    return last = intern(s);
  }
  str intern(std::string_view s) {
    if (s.empty()) return 0;
    auto it = index_.find(s);
    if (it != index_.end()) return it->second;
    str const id = add(s);
    index_.emplace(views_[id], id);
    return id;
  }
  /// A value that rarely repeats (claim ids, sentences, the figure as written): no index.
  str add(std::string_view s) {
    if (s.empty()) return 0;
    if (s.size() > left_) {
      std::size_t const n = std::max(chunk, s.size());
      chunks_.push_back(std::make_unique<char[]>(n));
      next_ = chunks_.back().get();
      left_ = n;
    }
    std::copy(s.begin(), s.end(), next_);
    views_.emplace_back(next_, s.size());
    next_ += s.size();
    left_ -= s.size();
    return static_cast<str>(views_.size() - 1);
  }
  std::string_view operator[](str i) const { return views_[i]; }
  /// Room for `n` more strings.
  void reserve(std::size_t n) { views_.reserve(views_.size() + n); }

 private:
  static constexpr std::size_t chunk = std::size_t{1} << 20;
  std::vector<std::unique_ptr<char[]>> chunks_;
  char* next_ = nullptr;
  std::size_t left_ = 0;
  std::vector<std::string_view> views_;
  std::unordered_map<std::string_view, str> index_;
};

struct compact_relation {
  relation_kind kind = relation_kind::part_of;
  str claim = 0;  ///< the other claim's id
};

/// What a claim of a table takes part in. A table built from claims gives each both roles; a
/// bucketed run reconciles an article's claims tied by relations across entities as copies of
/// their own (relation role), apart from their entities (group role): see joint.hpp.
enum claim_role : std::uint8_t {
  role_group = 1,     ///< contradictions and timelines of its group
  role_relation = 2,  ///< its relations and durations
  role_shared = 4,    ///< its other role is held by another copy
};

/// One claim as the engine reads it (`claim` field names in comments).
struct compact_claim {
  str id = 0, article = 0, source = 0, file = 0;
  str sentence = 0;                    ///< `sentence` (a spilled claim: its 64-bit hash)
  str text = 0, qualifier = 0, unit = 0;  ///< `q.text`, `q.qualifier`, `q.unit`
  str subject = 0, scope = 0, predicate = 0, attribution = 0;  ///< `subject.key`, ..., `attribution.key`
  str date = 0, date_end = 0;
  std::uint32_t topics_begin = 0, topics_end = 0;        ///< into claim_table::topics
  std::uint32_t relations_begin = 0, relations_end = 0;  ///< into claim_table::relations
  double value = 0, lo = 0, hi = 0;                      ///< `q.value`, `*q.lo`, `*q.hi`
  std::uint64_t line = 0, sentence_start = 0, span_start = 0;  ///< `line`, `sentence_start`, `q.span.start`
  quantity_kind kind = quantity_kind::count;
  modality mod = modality::asserted;
  bool has_lo = false, has_hi = false;
  std::uint8_t roles = role_group | role_relation;
};

struct claim_table {
  string_pool strings;
  std::vector<compact_claim> claims;
  std::vector<str> topics;
  std::vector<compact_relation> relations;

  std::string_view s(str i) const { return strings[i]; }
  std::span<str const> topics_of(compact_claim const& c) const {
    return {topics.data() + c.topics_begin, c.topics_end - c.topics_begin};
  }
  std::span<compact_relation const> relations_of(compact_claim const& c) const {
    return {relations.data() + c.relations_begin, c.relations_end - c.relations_begin};
  }

  /// Room for `n` claims (their strings that rarely repeat: id, sentence, text, one relation).
  void reserve(std::size_t n) {
    claims.reserve(n);
    strings.reserve(4 * n);
  }

  /// The previous value of each interned field (see string_pool::intern).
  struct recent {
    str article = 0, source = 0, file = 0, qualifier = 0, unit = 0, subject = 0, scope = 0, predicate = 0,
        attribution = 0, date = 0, date_end = 0, topic = 0;
  } last;

  /// Appends `c` (every field the engine reads).
  void add(claim const& c) {
    compact_claim r;
    r.id = strings.add(c.id);
    r.article = strings.intern(c.article, last.article);
    r.source = strings.intern(c.source, last.source);
    r.file = strings.intern(c.file, last.file);
    r.sentence = strings.add(c.sentence);
    r.text = strings.add(c.q.text);
    r.qualifier = strings.intern(c.q.qualifier, last.qualifier);
    r.unit = strings.intern(c.q.unit, last.unit);
    r.subject = strings.intern(c.subject.key, last.subject);
    r.scope = strings.intern(c.scope, last.scope);
    r.predicate = strings.intern(c.predicate.key, last.predicate);
    r.attribution = strings.intern(c.attribution.key, last.attribution);
    r.date = strings.intern(c.date, last.date);
    r.date_end = strings.intern(c.date_end, last.date_end);
    r.topics_begin = static_cast<std::uint32_t>(topics.size());
    for (auto const& t : c.topics) topics.push_back(strings.intern(t, last.topic));
    r.topics_end = static_cast<std::uint32_t>(topics.size());
    r.relations_begin = static_cast<std::uint32_t>(relations.size());
    for (auto const& rel : c.relations) relations.push_back({rel.kind, strings.add(rel.claim)});
    r.relations_end = static_cast<std::uint32_t>(relations.size());
    r.value = c.q.value;
    r.has_lo = c.q.lo.has_value();
    r.lo = c.q.lo.value_or(0.0);
    r.has_hi = c.q.hi.has_value();
    r.hi = c.q.hi.value_or(0.0);
    r.line = c.line;
    r.sentence_start = c.sentence_start;
    r.span_start = c.q.span.start;
    r.kind = c.q.kind;
    r.mod = c.mod;
    claims.push_back(r);
  }
};

/// A discrepancy as the engine finds it: every field but the claims, which are positions in
/// the table in the discrepancy's order (date, article, id).
struct found {
  discrepancy d;
  std::vector<std::uint32_t> claims;
  std::size_t joint = static_cast<std::size_t>(-1);  ///< its finding in the joint_set, if its outlier is named there
};

struct joint_set;
struct table_keys;

/// What reconciler::run finds, on a table: same discrepancies, same order. With `joint`, the
/// components that hold a shared claim are handed on there instead of being solved (their
/// findings' outliers are named by solve_joint); `keys` names the table's claims.
std::vector<found> run_table(settings const& cfg, claim_table const& t, joint_set* joint = nullptr,
                             table_keys const* keys = nullptr);

/// The fingerprint of a discrepancy from its kind, subject, and its claims' dates and values.
std::string fingerprint_of(discrepancy_kind kind, std::string_view subject, std::vector<std::string_view> const& dates,
                           std::vector<double> const& values);

}  // namespace claimcheck::reconcile::detail
