#include "claimcheck/reconcile/spill.hpp"
#include "reconcile/claim_table.hpp"
#include "reconcile/groups.hpp"
#include "reconcile/joint.hpp"
#include "reconcile/union_find.hpp"
#include "core/records.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <unistd.h>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <functional>
#include <optional>
#include <queue>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace claimcheck::reconcile {

namespace {

// ---- binary claim records (every field, so a claim read back equals the claim written) -------

[[noreturn]] void truncated_record() { throw std::runtime_error("reconcile spill: truncated record"); }
using records::put_f64;
using records::put_opt;
using records::put_str;
using records::put_u64;
using reader = records::reader<truncated_record>;

void put_claim(std::string& b, claim const& c) {
  put_str(b, c.id);
  put_str(b, c.article);
  put_str(b, c.source);
  put_str(b, c.published);
  put_str(b, c.url);
  put_str(b, c.file);
  put_u64(b, c.line);
  put_str(b, c.sentence);
  put_u64(b, c.sentence_start);
  put_str(b, c.q.text);
  put_u64(b, c.q.span.start);
  put_u64(b, c.q.span.end);
  put_f64(b, c.q.value);
  put_opt(b, c.q.lo);
  put_opt(b, c.q.hi);
  put_str(b, c.q.qualifier);
  b.push_back(static_cast<char>(c.q.kind));
  put_str(b, c.q.unit);
  put_str(b, c.subject.text);
  put_str(b, c.subject.key);
  put_str(b, c.scope);
  put_u64(b, c.topics.size());
  for (auto const& t : c.topics) put_str(b, t);
  put_str(b, c.predicate.text);
  put_str(b, c.predicate.key);
  b.push_back(static_cast<char>(c.mod));
  put_str(b, c.date);
  b.push_back(static_cast<char>(c.basis));
  put_str(b, c.date_end);
  put_str(b, c.attribution.text);
  put_str(b, c.attribution.key);
  put_u64(b, c.relations.size());
  for (auto const& r : c.relations) {
    b.push_back(static_cast<char>(r.kind));
    put_str(b, r.claim);
  }
  put_u64(b, static_cast<std::uint64_t>(static_cast<std::int64_t>(c.line_in_file)));
  put_u64(b, static_cast<std::uint64_t>(static_cast<std::int64_t>(c.column)));
  put_u64(b, c.subject_text_span.start);
  put_u64(b, c.subject_text_span.end);
  put_u64(b, c.predicate_span.start);
  put_u64(b, c.predicate_span.end);
  put_str(b, c.forced_predicate);
}

// A lean record (for reconciling, not for reporting) holds only what the engine reads (the
// fields of detail::compact_claim) and is read straight into a claim table. It leaves out
// the url, publication date, file and the phrases as written; the sentence becomes its 64-bit
// hash (the reconciler only asks whether two sentences are equal; in a bucketed run ids are
// unique, so the canonical order never falls through to the file or the sentence). `roles`: what
// the copy takes part in (detail::claim_role).
void put_lean(std::string& b, claim const& c, std::uint8_t roles) {
  put_str(b, c.id);
  put_str(b, c.article);
  put_str(b, c.source);
  if (!c.sentence.empty()) {
    std::uint64_t h = 14695981039346656037ULL;
    for (unsigned char ch : c.sentence) {
      h ^= ch;
      h *= 1099511628211ULL;
    }
    put_str(b, std::string_view(reinterpret_cast<char const*>(&h), sizeof h));
  } else {
    put_str(b, {});
  }
  put_str(b, c.q.text);
  put_str(b, c.q.qualifier);
  put_str(b, c.q.unit);
  put_str(b, c.subject.key);
  put_str(b, c.scope);
  put_str(b, c.predicate.key);
  put_str(b, c.attribution.key);
  put_str(b, c.date);
  put_str(b, c.date_end);
  put_u64(b, c.line);
  put_u64(b, c.sentence_start);
  put_u64(b, c.q.span.start);
  put_f64(b, c.q.value);
  put_opt(b, c.q.lo);
  put_opt(b, c.q.hi);
  b.push_back(static_cast<char>(c.q.kind));
  b.push_back(static_cast<char>(c.mod));
  put_u64(b, c.topics.size());
  for (auto const& t : c.topics) put_str(b, t);
  put_u64(b, c.relations.size());
  for (auto const& r : c.relations) {
    b.push_back(static_cast<char>(r.kind));
    put_str(b, r.claim);
  }
  b.push_back(static_cast<char>(roles));
}

void get_lean(detail::claim_table& t, reader& r) {
  auto& pool = t.strings;
  detail::compact_claim c;
  c.id = pool.add(r.sv());
  auto& last = t.last;
  c.article = pool.intern(r.sv(), last.article);
  c.source = pool.intern(r.sv(), last.source);
  c.sentence = pool.add(r.sv());
  c.text = pool.add(r.sv());
  c.qualifier = pool.intern(r.sv(), last.qualifier);
  c.unit = pool.intern(r.sv(), last.unit);
  c.subject = pool.intern(r.sv(), last.subject);
  c.scope = pool.intern(r.sv(), last.scope);
  c.predicate = pool.intern(r.sv(), last.predicate);
  c.attribution = pool.intern(r.sv(), last.attribution);
  c.date = pool.intern(r.sv(), last.date);
  c.date_end = pool.intern(r.sv(), last.date_end);
  c.line = r.u64();
  c.sentence_start = r.u64();
  c.span_start = r.u64();
  c.value = r.f64();
  c.has_lo = r.u8() != 0;
  c.lo = r.f64();
  c.has_hi = r.u8() != 0;
  c.hi = r.f64();
  c.kind = static_cast<quantity_kind>(r.u8());
  c.mod = static_cast<modality>(r.u8());
  c.topics_begin = static_cast<std::uint32_t>(t.topics.size());
  for (std::uint64_t n = r.u64(); n > 0; --n) t.topics.push_back(pool.intern(r.sv(), last.topic));
  c.topics_end = static_cast<std::uint32_t>(t.topics.size());
  c.relations_begin = static_cast<std::uint32_t>(t.relations.size());
  for (std::uint64_t n = r.u64(); n > 0; --n) {
    auto const kind = static_cast<relation_kind>(r.u8());
    t.relations.push_back({kind, pool.add(r.sv())});
  }
  c.relations_end = static_cast<std::uint32_t>(t.relations.size());
  c.roles = r.u8();
  t.claims.push_back(c);
}

claim get_claim(reader& r) {
  claim c;
  c.id = r.str();
  c.article = r.str();
  c.source = r.str();
  c.published = r.str();
  c.url = r.str();
  c.file = r.str();
  c.line = r.u64();
  c.sentence = r.str();
  c.sentence_start = r.u64();
  c.q.text = r.str();
  c.q.span.start = r.u64();
  c.q.span.end = r.u64();
  c.q.value = r.f64();
  c.q.lo = r.opt();
  c.q.hi = r.opt();
  c.q.qualifier = r.str();
  c.q.kind = static_cast<quantity_kind>(r.u8());
  c.q.unit = r.str();
  c.subject.text = r.str();
  c.subject.key = r.str();
  c.scope = r.str();
  c.topics.resize(r.u64());
  for (auto& t : c.topics) t = r.str();
  c.predicate.text = r.str();
  c.predicate.key = r.str();
  c.mod = static_cast<modality>(r.u8());
  c.date = r.str();
  c.basis = static_cast<date_basis>(r.u8());
  c.date_end = r.str();
  c.attribution.text = r.str();
  c.attribution.key = r.str();
  c.relations.resize(r.u64());
  for (auto& rel : c.relations) {
    rel.kind = static_cast<relation_kind>(r.u8());
    rel.claim = r.str();
  }
  c.line_in_file = static_cast<int>(static_cast<std::int64_t>(r.u64()));
  c.column = static_cast<int>(static_cast<std::int64_t>(r.u64()));
  c.subject_text_span.start = r.u64();
  c.subject_text_span.end = r.u64();
  c.predicate_span.start = r.u64();
  c.predicate_span.end = r.u64();
  c.forced_predicate = r.str();
  return c;
}

// A discrepancy's head: every field but its claims, then their number and ids (the merge
// compares ids when severity, id and message tie). The claims follow elsewhere, in full.
void put_head(std::string& b, discrepancy const& d, std::vector<std::string_view> const& ids) {
  put_str(b, d.id);
  b.push_back(static_cast<char>(d.kind));
  b.push_back(static_cast<char>(d.sev));
  put_str(b, d.subject);
  put_str(b, d.message);
  put_opt(b, d.expected_lo);
  put_opt(b, d.expected_hi);
  put_opt(b, d.residual);
  b.push_back(d.outlier ? 1 : 0);
  put_str(b, d.outlier ? std::string_view(*d.outlier) : std::string_view());
  put_u64(b, ids.size());
  for (auto id : ids) put_str(b, id);
}

using head = discrepancy_head;

head get_head(reader& r) {
  head h;
  discrepancy& d = h.d;
  d.id = r.str();
  d.kind = static_cast<discrepancy_kind>(r.u8());
  d.sev = static_cast<severity>(r.u8());
  d.subject = r.str();
  d.message = r.str();
  d.expected_lo = r.opt();
  d.expected_hi = r.opt();
  d.residual = r.opt();
  bool const has = r.u8() != 0;
  std::string o = r.str();
  if (has) d.outlier = std::move(o);
  h.ids.resize(r.u64());
  for (auto& id : h.ids) id = r.str();
  return h;
}

// A least-squares component handed on to be joined with other buckets' (joint.hpp).
void put_part(std::string& b, detail::joint_part const& p) {
  b.push_back(p.too_large ? 1 : 0);
  put_u64(b, p.shared.size());
  for (std::uint64_t n : p.shared) put_u64(b, n);
  put_u64(b, p.members.size());
  for (auto const& m : p.members) {
    put_u64(b, m.key);
    put_str(b, m.order);
    put_f64(b, m.x);
    put_f64(b, m.sigma);
  }
  put_u64(b, p.rows.size());
  for (auto const& r : p.rows) {
    put_u64(b, r.coefs.size());
    for (auto const& [k, c] : r.coefs) {
      put_u64(b, k);
      put_f64(b, c);
    }
    put_f64(b, r.misclosure);
    b.push_back(static_cast<char>(r.phase));
    put_str(b, r.origin);
    put_u64(b, r.seq);
  }
}

detail::joint_part get_part(reader& r) {
  detail::joint_part p;
  p.too_large = r.u8() != 0;
  p.shared.resize(r.u64());
  for (auto& n : p.shared) n = r.u64();
  p.members.resize(r.u64());
  for (auto& m : p.members) {
    m.key = r.u64();
    m.order = r.str();
    m.x = r.f64();
    m.sigma = r.f64();
  }
  p.rows.resize(r.u64());
  for (auto& row : p.rows) {
    row.coefs.resize(r.u64());
    for (auto& [k, c] : row.coefs) {
      k = r.u64();
      c = r.f64();
    }
    row.misclosure = r.f64();
    row.phase = r.u8();
    row.origin = r.str();
    row.seq = r.u64();
  }
  return p;
}

// A finding of such a component (its `part` numbered across buckets), and where its head is.
void put_joint_finding(std::string& b, detail::joint_finding const& f, std::uint64_t bucket, std::uint64_t place) {
  put_u64(b, f.part);
  put_u64(b, bucket);
  put_u64(b, place);
  put_u64(b, f.claims.size());
  for (std::size_t i = 0; i < f.claims.size(); ++i) {
    put_u64(b, f.claims[i]);
    put_f64(b, f.values[i]);
    put_f64(b, f.expect[i].first);
    put_f64(b, f.expect[i].second);
  }
  put_u64(b, f.cover);
  put_f64(b, f.gap);
  b.push_back(f.has_expect ? 1 : 0);
}

detail::joint_finding get_joint_finding(reader& r, std::uint64_t& bucket, std::uint64_t& place) {
  detail::joint_finding f;
  f.part = r.u64();
  bucket = r.u64();
  place = r.u64();
  std::size_t const n = r.u64();
  f.claims.resize(n);
  f.values.resize(n);
  f.expect.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    f.claims[i] = r.u64();
    f.values[i] = r.f64();
    f.expect[i].first = r.f64();
    f.expect[i].second = r.f64();
  }
  f.cover = r.u64();
  f.gap = r.f64();
  f.has_expect = r.u8() != 0;
  return f;
}

// One length-prefixed record; false at the end of the file.
bool read_record(std::FILE* f, std::string& rec) {
  std::uint64_t len;
  std::size_t const got = std::fread(&len, 1, 8, f);
  if (got == 0) return false;
  if (got != 8) throw std::runtime_error("reconcile spill: corrupt file");
  rec.resize(len);
  if (std::fread(rec.data(), 1, len, f) != len) throw std::runtime_error("reconcile spill: truncated file");
  return true;
}

void write_all(std::FILE* f, std::string_view data);

void write_record(std::FILE* f, std::string& buf, std::size_t from) {
  std::uint64_t const len = buf.size() - from - 8;
  std::memcpy(buf.data() + from, &len, 8);
  write_all(f, std::string_view(buf).substr(from));
}

std::uint64_t fnv(std::string_view s) {
  std::uint64_t h = 14695981039346656037ULL;
  for (unsigned char ch : s) {
    h ^= ch;
    h *= 1099511628211ULL;
  }
  return h;
}

struct file_closer {
  void operator()(std::FILE* f) const {
    if (f) std::fclose(f);
  }
};
using file_ptr = std::unique_ptr<std::FILE, file_closer>;

file_ptr open_file(std::filesystem::path const& p, char const* mode) {
  file_ptr f(std::fopen(p.c_str(), mode));
  if (!f) throw std::runtime_error(fmt::format("reconcile spill: cannot open {}: {}", p.string(), std::strerror(errno)));
  return f;
}

void write_all(std::FILE* f, std::string_view data) {
  if (!data.empty() && std::fwrite(data.data(), 1, data.size(), f) != data.size())
    throw std::runtime_error(fmt::format("reconcile spill: write failed: {}", std::strerror(errno)));
}

constexpr std::uint64_t island = ~std::uint64_t{0};

// Length-prefixed records of one region [pos, end) of a file, read with pread through a small
// buffer of its own, so that many regions of one file can be read in turns.
class region_reader {
 public:
  region_reader(int fd, std::uint64_t begin, std::uint64_t end) : fd_(fd), pos_(begin), end_(end) {}
  void record(std::string& rec) {
    std::uint64_t len;
    read(&len, sizeof len);
    rec.resize(len);
    read(rec.data(), len);
  }

 private:
  void read(void* dst, std::size_t n) {
    auto* out = static_cast<char*>(dst);
    while (n > 0) {
      if (at_ == buf_.size()) fill();
      std::size_t const k = std::min(n, buf_.size() - at_);
      std::memcpy(out, buf_.data() + at_, k);
      at_ += k;
      out += k;
      n -= k;
    }
  }
  void fill() {
    std::size_t const want = static_cast<std::size_t>(std::min<std::uint64_t>(buffer, end_ - pos_));
    if (want == 0) throw std::runtime_error("reconcile spill: truncated file");
    buf_.resize(want);
    std::size_t got = 0;
    while (got < want) {
      ssize_t const r = ::pread(fd_, buf_.data() + got, want - got, static_cast<off_t>(pos_ + got));
      if (r < 0 && errno == EINTR) continue;
      if (r <= 0) throw std::runtime_error("reconcile spill: cannot read a temporary file");
      got += static_cast<std::size_t>(r);
    }
    pos_ += want;
    at_ = 0;
  }
  static constexpr std::size_t buffer = 8192;
  int fd_;
  std::uint64_t pos_, end_;
  std::string buf_;
  std::size_t at_ = 0;
};

// With CLAIMCHECK_CHECK_DEBUG: the resident set now and at its peak, in MB (Linux only).
void print_memory(char const* when) {
  std::FILE* f = std::fopen("/proc/self/status", "r");
  if (!f) return;
  char line[256];
  long rss = -1, hwm = -1;
  while (std::fgets(line, sizeof line, f)) {
    if (std::strncmp(line, "VmRSS:", 6) == 0) rss = std::atol(line + 6);
    if (std::strncmp(line, "VmHWM:", 6) == 0) hwm = std::atol(line + 6);
  }
  std::fclose(f);
  std::fprintf(stderr, "reconcile spill: %s: RSS %ld MB, peak %ld MB\n", when, rss / 1024, hwm / 1024);
}

}  // namespace

struct bucketed_run::impl {
  reconciler const& rec;
  spill_options opt;
  bool corpus_durations = false;

  std::vector<claim> memory;  // before the first spill (and the whole input when it stays small)
  std::size_t count = 0;
  bool spilled = false;
  bool exact_only = false;  // an input the buckets cannot split exactly: reconcile all at once

  // Pending pre-extracted claims of one article.
  std::vector<claim> run;

  // Entities: interned group keys (and, for corpus-wide durations, subject keys), union-find.
  std::unordered_map<std::string, std::uint64_t> entity_ids;
  detail::union_find sets;  // entities (group keys) that must be reconciled together
  std::vector<std::uint64_t> members;  // claims per entity (counted at its own id)
  std::uint64_t islands = 0;
  std::uint64_t copies = 0;  // claims of sets across entities (reconciled apart, as copies)
  std::uint64_t shared_claims = 0;  // of those, claims with an entity (two copies; numbered)
  std::unordered_set<std::uint64_t> articles_seen;  // article id hashes

  std::filesystem::path dir;
  file_ptr stage;
  file_ptr spool;  // every claim in full, read back only for the claims a discrepancy cites
  std::uint64_t spool_size = 0;
  std::string buf, full;

  impl(reconciler const& r, spill_options o) : rec(r), opt(o) {
    corpus_durations = rec.config().duration_start_scope == "corpus";
  }

  ~impl() {
    stage.reset();
    spool.reset();
    if (!dir.empty()) {
      std::error_code ec;
      std::filesystem::remove_all(dir, ec);
    }
  }

  std::uint64_t entity(std::string const& key) {
    auto [it, fresh] = entity_ids.try_emplace(key, sets.size());
    if (fresh) {
      sets.add();
      members.push_back(0);
    }
    return it->second;
  }
  std::uint64_t find(std::uint64_t e) { return sets.find(e); }
  void join(std::uint64_t a, std::uint64_t b) { sets.join(a, b); }

  void open_stage() {
    char const* tmp = std::getenv("TMPDIR");
    std::filesystem::path base = tmp && *tmp ? tmp : "/tmp";
    std::string tmpl = (base / "claimcheck-check-XXXXXX").string();
    if (!mkdtemp(tmpl.data()))
      throw std::runtime_error(fmt::format("reconcile spill: cannot create a directory in {}: {}", base.string(),
                                           std::strerror(errno)));
    dir = tmpl;
    stage = open_file(dir / "stage", "wb");
    spool = open_file(dir / "claims", "wb");
    spilled = true;
  }

  // Is `id` "ARTICLE:N"? Then ids of different article ids never collide.
  static bool owned_id(claim const& c) {
    if (c.id.size() <= c.article.size() + 1 || c.id.compare(0, c.article.size(), c.article) != 0 ||
        c.id[c.article.size()] != ':')
      return false;
    return std::all_of(c.id.begin() + static_cast<std::ptrdiff_t>(c.article.size()) + 1, c.id.end(),
                       [](char ch) { return ch >= '0' && ch <= '9'; });
  }

  // The claims of one article: joined by relations and durations, written to the stage file.
  void spill_article(std::vector<claim> const& cs) {
    if (cs.empty()) return;
    if (!articles_seen.insert(fnv(cs.front().article)).second) exact_only = true;
    std::size_t const n = cs.size();
    std::vector<std::size_t> up(n);
    for (std::size_t i = 0; i < n; ++i) up[i] = i;
    auto root = [&](std::size_t i) {
      while (up[i] != i) i = up[i] = up[up[i]];
      return i;
    };
    auto link = [&](std::size_t a, std::size_t b) { up[root(a)] = root(b); };
    std::unordered_map<std::string_view, std::size_t> by_id;
    for (std::size_t i = 0; i < n; ++i) {
      claim const& c = cs[i];
      if (c.article != cs.front().article || !owned_id(c)) exact_only = true;
      auto [it, fresh] = by_id.try_emplace(c.id, i);
      if (!fresh) exact_only = true;  // a repeated id: which copy a relation means is global
    }
    for (std::size_t i = 0; i < n; ++i) {
      for (auto const& r : cs[i].relations) {
        auto it = by_id.find(r.claim);
        if (it == by_id.end()) {
          exact_only = true;  // a relation out of its article
          continue;
        }
        // No check reads change_of across groups (`related` compares claims of one group, which
        // meet anyway): its claims need not meet.
        if (r.kind != relation_kind::change_of) link(i, it->second);
      }
    }
    // A duration claim meets the period starts of its subject in its article.
    std::unordered_map<std::string_view, std::size_t> subject_first;
    for (std::size_t i = 0; i < n; ++i) {
      claim const& c = cs[i];
      bool const start = !c.date_end.empty();
      bool const duration = c.q.kind == quantity_kind::duration;
      if ((!start && !duration) || c.subject.key.empty()) continue;
      auto [it, fresh] = subject_first.try_emplace(c.subject.key, i);
      if (!fresh) link(i, it->second);
    }
    // Each claim's entity (its group key), and with corpus-wide durations its subject's.
    std::vector<std::uint64_t> ent(n, island), subj(n, island);
    std::string key;
    for (std::size_t i = 0; i < n; ++i) {
      claim const& c = cs[i];
      if (!c.subject.key.empty() && !c.predicate.key.empty()) {
        key.clear();
        fmt::format_to(std::back_inserter(key), "G\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}", c.subject.key, c.predicate.key,
                       c.scope, to_string(c.q.kind), c.q.unit, c.date_end);
        ent[i] = entity(key);
      }
      if (corpus_durations && !c.subject.key.empty() && (!c.date_end.empty() || c.q.kind == quantity_kind::duration)) {
        subj[i] = entity("S\x1f" + c.subject.key);
      }
    }
    // A linked set within one entity goes there whole. A set across entities is reconciled apart,
    // as copies of its claims (role_relation) that take any entity of a subject, else an island;
    // its claims stay in their entities for their groups (role_group). joint.hpp: why the result
    // is still that of one run.
    std::vector<std::uint64_t> set_entity(n, island);
    std::vector<char> across(n, 0);
    for (std::size_t i = 0; i < n; ++i) {
      if (ent[i] == island) continue;
      std::uint64_t& e = set_entity[root(i)];
      if (e == island) e = ent[i];
      else if (e != ent[i]) across[root(i)] = 1;
    }
    std::vector<std::uint64_t> unit(n, island);  // the entity of a set's relation copies
    for (std::size_t i = 0; i < n; ++i) {
      std::size_t const r = root(i);
      std::uint64_t& e = across[r] ? unit[r] : set_entity[r];
      if (subj[i] == island) continue;
      if (e == island) e = subj[i];
      else join(e, subj[i]);
    }
    // the members of a breakdown whose total counts what they count (groups.hpp)
    std::vector<char> const in_sum = detail::breakdown_members(
        n,
        [&](std::size_t i, auto&& member) {
          for (auto const& r : cs[i].relations)
            if (r.kind == relation_kind::sum_of)
              if (auto it = by_id.find(r.claim); it != by_id.end()) member(it->second);
        },
        [&](std::size_t i) -> std::string_view { return cs[i].subject.key; },
        [&](std::size_t i) -> std::string_view { return cs[i].article; }, [&](std::size_t i) { return cs[i].q.value; });
    auto outside_groups = [&](std::size_t i) {
      claim const& c = cs[i];
      return detail::outside_groups(
          c.scope, c.subject.key, c.relations,
          [&](std::string const& id) -> std::optional<std::string_view> {
            auto it = by_id.find(id);
            if (it == by_id.end()) return std::nullopt;
            return cs[it->second].subject.key;
          },
          in_sum[i] != 0);
    };
    std::vector<std::uint64_t> set_island(n, island);
    auto island_of = [&](std::size_t r) {
      if (set_island[r] == island) set_island[r] = islands++;
      return set_island[r];
    };
    for (std::size_t i = 0; i < n; ++i) {
      full.clear();
      put_u64(full, 0);
      put_claim(full, cs[i]);
      std::uint64_t const at = spool_size;
      write_record(spool.get(), full, 0);
      spool_size += full.size();
      std::size_t const r = root(i);
      auto stage_copy = [&](std::uint64_t e, std::uint8_t roles, std::uint64_t sid) {
        std::uint64_t const isl = e == island ? island_of(r) : 0;
        if (e != island) ++members[e];
        buf.clear();
        put_u64(buf, 0);  // record length, patched below
        put_u64(buf, e);
        put_u64(buf, isl);
        put_u64(buf, at);
        put_u64(buf, sid);
        put_lean(buf, cs[i], roles);
        write_record(stage.get(), buf, 0);
      };
      // (an unnamed part or a change, groups.hpp, is in no group: decided here, where the whole is at hand)
      bool const grouped = !outside_groups(i);
      if (!across[r]) {
        stage_copy(set_entity[r], grouped ? detail::role_group | detail::role_relation : detail::role_relation, 0);
        continue;
      }
      ++copies;
      if (ent[i] == island || !grouped) {
        stage_copy(unit[r], detail::role_relation, 0);
      } else {
        std::uint64_t const sid = shared_claims++;
        stage_copy(ent[i], detail::role_group | detail::role_shared, sid);
        stage_copy(unit[r], detail::role_relation | detail::role_shared, sid);
      }
    }
  }

  void take(std::vector<claim>&& cs) {
    count += cs.size();
    if (!spilled) {
      for (auto& c : cs) memory.push_back(std::move(c));
      if (memory.size() <= opt.memory_claims) return;
      open_stage();
      // Replay what was kept, article by article (it arrived in article runs).
      std::vector<claim> one;
      for (std::size_t i = 0; i < memory.size(); ++i) {
        if (!one.empty() && memory[i].article != one.front().article) {
          spill_article(one);
          one.clear();
        }
        one.push_back(std::move(memory[i]));
      }
      spill_article(one);
      std::vector<claim>().swap(memory);
      return;
    }
    spill_article(cs);
  }

  void flush_run() {
    if (run.empty()) return;
    std::vector<claim> cs;
    cs.swap(run);
    take(std::move(cs));
  }

  // Calls `f(entity, island, record bytes)` for every staged claim.
  template <class F>
  void scan_stage(F&& f) {
    auto in = open_file(dir / "stage", "rb");
    std::string rec;
    for (;;) {
      std::uint64_t len;
      std::size_t const got = std::fread(&len, 1, 8, in.get());
      if (got == 0) break;
      if (got != 8 || len < 16) throw std::runtime_error("reconcile spill: corrupt stage file");
      rec.resize(len);
      if (std::fread(rec.data(), 1, len, in.get()) != len) throw std::runtime_error("reconcile spill: truncated stage file");
      std::uint64_t e, isl;
      std::memcpy(&e, rec.data(), 8);
      std::memcpy(&isl, rec.data() + 8, 8);
      f(e, isl, std::string_view(rec).substr(16));
    }
  }

  // The full claim at `at` in the spool.
  claim full_claim(std::FILE* f, std::uint64_t at, std::string& rec_buf) {
    if (fseeko(f, static_cast<off_t>(at), SEEK_SET) != 0 || !read_record(f, rec_buf))
      throw std::runtime_error("reconcile spill: cannot read the claims spool");
    reader r{rec_buf.data(), rec_buf.data() + rec_buf.size()};
    return get_claim(r);
  }

  // ---- after the input: reconcile, order, replay ------------------------------------------

  bool reconciled = false;
  spill_stats stat;
  // In memory (small input, or one that cannot be split): the kept discrepancies, their claims,
  // and the order of the replays.
  bool in_memory = false;
  std::vector<head> mem_heads;
  std::vector<std::vector<claim>> mem_claims;
  std::vector<std::size_t> mem_order;
  // On disk: per bucket, a file `run{b}` of (head, offset of its first cited claim) records in
  // the order set, and the region [cited_at[b], cited_at[b + 1]) of the file `cited`.
  std::size_t nb = 0;
  std::vector<std::uint64_t> cited_at;
  head_order before;  // empty: reconciler::run's order (head_before)

  bool keep_it(head const& h, std::function<bool(head const&)> const& keep,
               std::function<void(head const&)> const& seen) {
    if (keep && !keep(h)) return false;
    if (seen) seen(h);
    return true;
  }

  std::size_t keep_in_memory(std::vector<discrepancy>&& ds, std::function<bool(head const&)> const& keep,
                             std::function<void(head const&)> const& seen) {
    in_memory = true;
    for (auto& d : ds) {
      head h;
      h.ids.reserve(d.claims.size());
      for (auto const& c : d.claims) h.ids.push_back(c.id);
      std::vector<claim> cs = std::move(d.claims);
      d.claims.clear();
      h.d = std::move(d);
      if (!keep_it(h, keep, seen)) continue;
      mem_heads.push_back(std::move(h));
      mem_claims.push_back(std::move(cs));
    }
    std::vector<discrepancy>().swap(ds);
    mem_order.resize(mem_heads.size());
    for (std::size_t i = 0; i < mem_order.size(); ++i) mem_order[i] = i;
    return mem_heads.size();
  }

  std::size_t reconcile(std::function<bool(head const&)> const& keep, std::function<void(head const&)> const& seen) {
    if (reconciled) throw std::logic_error("bucketed_run: reconciled twice");
    reconciled = true;
    flush_run();
    if (!spilled) {
      auto ds = rec.run(memory);
      std::vector<claim>().swap(memory);
      return keep_in_memory(std::move(ds), keep, seen);
    }
    for (auto* f : {stage.get(), spool.get()}) {
      std::fflush(f);
      if (std::ferror(f)) throw std::runtime_error("reconcile spill: write failed");
    }
    stage.reset();
    spool.reset();

    bool const debug = std::getenv("CLAIMCHECK_CHECK_DEBUG") != nullptr;
    if (debug) print_memory("input read");
    if (exact_only) {
      if (debug) std::fprintf(stderr, "reconcile spill: %zu claims, reconciled at once (ids not per article)\n", count);
      std::vector<claim> all;
      all.reserve(count);
      auto in = open_file(dir / "claims", "rb");
      std::string rec_buf;
      while (read_record(in.get(), rec_buf)) {
        reader r{rec_buf.data(), rec_buf.data() + rec_buf.size()};
        all.push_back(get_claim(r));
      }
      auto ds = rec.run(all);
      std::vector<claim>().swap(all);
      return keep_in_memory(std::move(ds), keep, seen);
    }

    // Whole merged entities to buckets, largest first, each to the lightest bucket.
    nb = std::clamp<std::size_t>((count + opt.bucket_claims - 1) / std::max<std::size_t>(1, opt.bucket_claims), 1, 512);
    std::vector<std::uint64_t> size_of(sets.size(), 0);
    for (std::uint64_t e = 0; e < sets.size(); ++e) size_of[find(e)] += members[e];
    std::vector<std::uint64_t> roots;
    for (std::uint64_t e = 0; e < sets.size(); ++e) {
      if (find(e) == e) roots.push_back(e);
    }
    std::sort(roots.begin(), roots.end(), [&](std::uint64_t a, std::uint64_t b) {
      return size_of[a] != size_of[b] ? size_of[a] > size_of[b] : a < b;
    });
    std::vector<std::uint64_t> load(nb, 0);
    std::vector<std::uint32_t> bucket_of(sets.size(), 0);
    for (std::uint64_t r : roots) {
      auto const b = static_cast<std::size_t>(std::min_element(load.begin(), load.end()) - load.begin());
      bucket_of[r] = static_cast<std::uint32_t>(b);
      load[b] += size_of[r];
    }
    std::vector<std::size_t> in_bucket(nb, 0);
    {
      std::vector<file_ptr> out;
      for (std::size_t b = 0; b < nb; ++b) out.push_back(open_file(dir / fmt::format("bucket{}", b), "wb"));
      std::string rec_buf;
      scan_stage([&](std::uint64_t e, std::uint64_t isl, std::string_view body) {
        std::size_t const b = e == island ? static_cast<std::size_t>(isl % nb) : bucket_of[find(e)];
        ++in_bucket[b];
        rec_buf.clear();
        put_u64(rec_buf, 0);
        rec_buf.append(body);
        write_record(out[b].get(), rec_buf, 0);
      });
      for (auto& f : out) {
        if (std::fflush(f.get()) != 0) throw std::runtime_error("reconcile spill: write failed");
      }
    }
    std::filesystem::remove(dir / "stage");
    stat.buckets = nb;
    stat.largest_bucket = static_cast<std::size_t>(*std::max_element(load.begin(), load.end()));
    stat.largest_entity = roots.empty() ? 0 : static_cast<std::size_t>(size_of[roots.front()]);
    stat.apart = static_cast<std::size_t>(copies);
    if (debug) {
      std::fprintf(stderr,
                   "reconcile spill: %zu claims, %zu entities, %zu merged, %llu island sets, %zu buckets, largest %zu "
                   "(largest entity %zu; %zu claims of sets across entities reconciled apart)\n",
                   count, sets.size(), roots.size(), static_cast<unsigned long long>(islands), nb, stat.largest_bucket,
                   stat.largest_entity, stat.apart);
    }

    // Each bucket reconciled alone. Its sorted discrepancies go to a file of their own as heads
    // (every field but the claims: their ids), and the claims they cite, in the same order, to
    // one region of the file `cited`. The bucket's lean records go straight into a claim table
    // (no `claim` objects); the cited claims are read back in full from the spool. Then each
    // head gets the offset of its first cited claim (file `run{b}`).
    auto claims_in = open_file(dir / "claims", "rb");
    auto cited = open_file(dir / "cited", "wb");
    cited_at.assign(nb + 1, 0);
    std::uint64_t cited_size = 0;
    std::size_t const chunk_claims = std::max<std::size_t>(1, opt.chunk_claims);
    std::string rec_buf;
    std::size_t largest_table = 0, kept = 0;
    // Components with a shared claim, handed on by each bucket to the files `parts` and
    // `joint_found`, and the place of each of their findings' heads in the bucket's run file
    // (npos: not kept).
    detail::joint_set joint;
    constexpr std::size_t npos = static_cast<std::size_t>(-1);
    std::vector<std::size_t> joint_head;
    auto parts_out = open_file(dir / "parts", "wb");
    auto joint_found_out = open_file(dir / "joint_found", "wb");
    sharing = detail::union_find(shared_claims);
    for (std::size_t b = 0; b < nb; ++b) {
      auto const path = dir / fmt::format("bucket{}", b);
      std::vector<std::uint64_t> offsets;  // of the cited claims' full records, in output order
      std::vector<std::uint64_t> sizes;    // claims of each kept head
      {
        detail::claim_table table;
        detail::table_keys keys;  // by table position: offset of the full record in the spool, shared number
        auto& at = keys.key;
        table.reserve(in_bucket[b]);
        at.reserve(in_bucket[b]);
        keys.shared.reserve(in_bucket[b]);
        {
          auto in = open_file(path, "rb");
          while (read_record(in.get(), rec_buf)) {
            reader r{rec_buf.data(), rec_buf.data() + rec_buf.size()};
            at.push_back(r.u64());
            keys.shared.push_back(r.u64());
            get_lean(table, r);
          }
        }
        std::filesystem::remove(path);
        largest_table = std::max(largest_table, table.claims.size());
        if (debug && b == 0) print_memory("largest bucket loaded");
        auto found = detail::run_table(rec.config(), table, &joint, &keys);
        joint_head.assign(joint.findings.size(), npos);
        std::size_t cites = 0, most = 0;
        for (auto const& d : found) {
          cites += d.claims.size();
          most = std::max(most, d.claims.size());
        }
        if (debug && b == 0) {
          print_memory(fmt::format("largest bucket reconciled, {} found citing {} claims (at most {})", found.size(),
                                   cites, most)
                           .c_str());
        }
        auto f = open_file(dir / fmt::format("found{}", b), "wb");
        offsets.reserve(cites);
        head h;
        for (auto& fd : found) {
          h.ids.clear();
          for (std::uint32_t p : fd.claims) h.ids.emplace_back(table.s(table.claims[p].id));
          h.d = std::move(fd.d);
          if (!keep || keep(h)) {  // (`seen` comes once every head is final, below)
            if (fd.joint != npos) joint_head[fd.joint] = sizes.size();
            for (std::uint32_t p : fd.claims) offsets.push_back(at[p]);
            sizes.push_back(h.ids.size());
            rec_buf.clear();
            put_u64(rec_buf, 0);
            put_head(rec_buf, h.d, std::vector<std::string_view>(h.ids.begin(), h.ids.end()));
            write_record(f.get(), rec_buf, 0);
          }
          fd = detail::found{};
        }
        kept += sizes.size();
        if (std::fflush(f.get()) != 0) throw std::runtime_error("reconcile spill: write failed");
        hand_on(joint, joint_head, b, parts_out.get(), joint_found_out.get());
      }  // the table and the heads are freed here
      // The cited claims, `chunk_claims` at a time: read back in file order (the spool is in input
      // order and far larger than a bucket: sorted reads spare the disk's seeks), written in order.
      cited_at[b] = cited_size;
      std::vector<std::uint64_t> starts;  // offset in `cited` of each head's first claim
      starts.reserve(sizes.size());
      std::size_t next_head = 0, ordinal = 0, head_end = 0;
      auto mark_heads = [&] {  // heads whose claims start at `ordinal` (or have none)
        while (next_head < sizes.size() && head_end == ordinal) {
          starts.push_back(cited_size);
          head_end = ordinal + sizes[next_head++];
          if (head_end != ordinal) break;
        }
      };
      mark_heads();
      std::vector<std::pair<std::uint64_t, std::size_t>> refs;  // (offset, slot)
      std::vector<claim> window;
      for (std::size_t w0 = 0; w0 < offsets.size(); w0 += chunk_claims) {
        std::size_t const w1 = std::min(offsets.size(), w0 + chunk_claims);
        refs.clear();
        for (std::size_t k = w0; k < w1; ++k) refs.emplace_back(offsets[k], k - w0);
        std::sort(refs.begin(), refs.end());
        window.resize(w1 - w0);
        std::uint64_t last = ~std::uint64_t{0};
        std::size_t last_slot = 0;
        for (auto const& [offset, slot] : refs) {
          if (offset == last) {
            window[slot] = window[last_slot];
          } else {
            window[slot] = full_claim(claims_in.get(), offset, rec_buf);
            last = offset;
            last_slot = slot;
          }
        }
        for (auto const& c : window) {
          rec_buf.clear();
          put_u64(rec_buf, 0);
          put_claim(rec_buf, c);
          write_record(cited.get(), rec_buf, 0);
          cited_size += rec_buf.size();
          ++ordinal;
          mark_heads();
        }
      }
      while (starts.size() < sizes.size()) starts.push_back(cited_size);  // trailing heads without claims
      cited_at[b + 1] = cited_size;
      // found{b} -> run{b}: each head with the offset of its claims.
      {
        auto in = open_file(dir / fmt::format("found{}", b), "rb");
        auto out = open_file(dir / fmt::format("run{}", b), "wb");
        std::string rec2;
        for (std::size_t k = 0; read_record(in.get(), rec_buf); ++k) {
          rec2.clear();
          put_u64(rec2, 0);
          rec2.append(rec_buf);
          put_u64(rec2, starts.at(k));
          write_record(out.get(), rec2, 0);
        }
        if (std::fflush(out.get()) != 0) throw std::runtime_error("reconcile spill: write failed");
      }
      std::filesystem::remove(dir / fmt::format("found{}", b));
      if (debug && b == 0) print_memory("largest bucket written");
    }
    if (debug) std::fprintf(stderr, "reconcile spill: largest table %zu claims\n", largest_table);
    if (debug) print_memory("every bucket written");
    for (auto* f : {parts_out.get(), joint_found_out.get()}) {
      if (std::fflush(f) != 0) throw std::runtime_error("reconcile spill: write failed");
    }
    parts_out.reset();
    joint_found_out.reset();
    name_joint_outliers(seen);
    if (debug) {
      std::fprintf(stderr, "reconcile spill: %zu least-squares parts handed on across buckets, %llu of their findings\n",
                   part_sid.size(), static_cast<unsigned long long>(joint_findings));
      print_memory("joint components solved");
    }
    claims_in.reset();
    std::filesystem::remove(dir / "claims");
    if (std::fflush(cited.get()) != 0) throw std::runtime_error("reconcile spill: write failed");
    cited.reset();
    return kept;
  }

  // ---- components across buckets (joint.hpp) ----------------------------------------------

  detail::union_find sharing;        // shared numbers, joined by the parts that hold them
  std::vector<std::uint64_t> part_sid;  // a shared number of each part handed on (its whole: its root)
  std::vector<char> part_too_large;     // of each part handed on: never solved, nor its whole
  std::uint64_t joint_findings = 0;
  std::uint64_t parts_bytes = 0;

  // A bucket's parts and the findings of theirs that were kept, to the files; `joint` is emptied.
  void hand_on(detail::joint_set& joint, std::vector<std::size_t> const& place, std::size_t b, std::FILE* parts,
               std::FILE* found) {
    std::string rec_buf;
    std::uint64_t const base = part_sid.size();
    for (auto const& p : joint.parts) {
      part_sid.push_back(p.shared.front());
      part_too_large.push_back(p.too_large ? 1 : 0);
      for (std::uint64_t n : p.shared) sharing.join(p.shared.front(), n);
      rec_buf.clear();
      put_u64(rec_buf, 0);
      put_part(rec_buf, p);
      write_record(parts, rec_buf, 0);
      parts_bytes += rec_buf.size();
    }
    for (std::size_t i = 0; i < joint.findings.size(); ++i) {
      if (place[i] == static_cast<std::size_t>(-1)) continue;
      auto& f = joint.findings[i];
      f.part += base;
      rec_buf.clear();
      put_u64(rec_buf, 0);
      put_joint_finding(rec_buf, f, b, place[i]);
      write_record(found, rec_buf, 0);
      ++joint_findings;
    }
    joint = detail::joint_set{};
  }

  // The outliers of the findings whose components continue in other buckets: the parts of each
  // whole that holds a finding go to one of a few group files (whole by whole), each group file is
  // solved in memory, and the heads in the run files are rewritten where an outlier is named.
  // Then `seen` sees every final head, in each bucket's order.
  void name_joint_outliers(std::function<void(head const&)> const& seen) {
    constexpr std::size_t npos = static_cast<std::size_t>(-1);
    std::string rec_buf;
    auto whole = [&](std::uint64_t part) { return sharing.find(part_sid[part]); };
    // Only wholes with a finding and no part too large are solved.
    std::vector<char> solve(sharing.size(), 0);
    {
      auto in = open_file(dir / "joint_found", "rb");
      while (read_record(in.get(), rec_buf)) {
        reader r{rec_buf.data(), rec_buf.data() + rec_buf.size()};
        solve[whole(r.u64())] = 1;
      }
    }
    for (std::uint64_t i = 0; i < part_sid.size(); ++i) {
      if (part_too_large[i]) solve[whole(i)] = 0;
    }
    std::size_t const groups = std::clamp<std::size_t>(static_cast<std::size_t>(parts_bytes >> 22) + 1, 1, 512);
    {
      std::vector<file_ptr> gp, gf;
      for (std::size_t g = 0; g < groups; ++g) {
        gp.push_back(open_file(dir / fmt::format("parts{}", g), "wb"));
        gf.push_back(open_file(dir / fmt::format("joint_found{}", g), "wb"));
      }
      auto in = open_file(dir / "parts", "rb");
      std::string rec2;
      for (std::uint64_t i = 0; read_record(in.get(), rec_buf); ++i) {
        std::uint64_t const w = whole(i);
        if (!solve[w]) continue;
        rec2.clear();
        put_u64(rec2, 0);
        put_u64(rec2, i);
        rec2.append(rec_buf);
        write_record(gp[w % groups].get(), rec2, 0);
      }
      in = open_file(dir / "joint_found", "rb");
      while (read_record(in.get(), rec_buf)) {
        reader r{rec_buf.data(), rec_buf.data() + rec_buf.size()};
        std::uint64_t const w = whole(r.u64());
        if (!solve[w]) continue;
        rec2.clear();
        put_u64(rec2, 0);
        rec2.append(rec_buf);
        write_record(gf[w % groups].get(), rec2, 0);
      }
      for (auto const& f : gp) {
        if (std::fflush(f.get()) != 0) throw std::runtime_error("reconcile spill: write failed");
      }
      for (auto const& f : gf) {
        if (std::fflush(f.get()) != 0) throw std::runtime_error("reconcile spill: write failed");
      }
    }
    std::filesystem::remove(dir / "parts");
    std::filesystem::remove(dir / "joint_found");
    std::vector<std::vector<std::pair<std::size_t, discrepancy>>> patches(nb);  // (place, fields)
    for (std::size_t g = 0; g < groups; ++g) {
      detail::joint_set joint;
      std::unordered_map<std::uint64_t, std::size_t> local;  // part number -> index in joint.parts
      std::vector<std::pair<std::uint64_t, std::uint64_t>> where;  // of each finding: bucket, place
      {
        auto in = open_file(dir / fmt::format("parts{}", g), "rb");
        while (read_record(in.get(), rec_buf)) {
          reader r{rec_buf.data(), rec_buf.data() + rec_buf.size()};
          local.emplace(r.u64(), joint.parts.size());
          joint.parts.push_back(get_part(r));
        }
        in = open_file(dir / fmt::format("joint_found{}", g), "rb");
        while (read_record(in.get(), rec_buf)) {
          reader r{rec_buf.data(), rec_buf.data() + rec_buf.size()};
          std::uint64_t bucket = 0, place = 0;
          joint.findings.push_back(get_joint_finding(r, bucket, place));
          joint.findings.back().part = local.at(joint.findings.back().part);
          where.emplace_back(bucket, place);
        }
      }
      std::filesystem::remove(dir / fmt::format("parts{}", g));
      std::filesystem::remove(dir / fmt::format("joint_found{}", g));
      auto const named = detail::solve_joint(rec.config(), joint);
      for (std::size_t i = 0; i < named.size(); ++i) {
        if (named[i] == npos) continue;
        auto const& f = joint.findings[i];
        std::size_t const m = named[i];
        discrepancy d;
        d.outlier = std::to_string(m);  // its place among the head's claims (the id is read there)
        detail::set_expectation(d, f.has_expect ? &f.expect[m] : nullptr, f.values[m], f.gap);
        patches[where[i].first].emplace_back(where[i].second, std::move(d));
      }
    }
    for (std::size_t b = 0; b < nb; ++b) {
      if (patches[b].empty() && !seen) continue;
      std::sort(patches[b].begin(), patches[b].end(), [](auto const& x, auto const& y) { return x.first < y.first; });
      auto const path = dir / fmt::format("run{}", b);
      auto in = open_file(path, "rb");
      file_ptr out = patches[b].empty() ? nullptr : open_file(dir / fmt::format("run{}.new", b), "wb");
      auto patch = patches[b].begin();
      for (std::size_t k = 0; read_record(in.get(), rec_buf); ++k) {
        reader r{rec_buf.data(), rec_buf.data() + rec_buf.size()};
        head h = get_head(r);
        std::uint64_t const first = r.u64();
        if (patch != patches[b].end() && patch->first == k) {
          h.d.outlier = h.ids.at(std::stoul(*patch->second.outlier));
          h.d.expected_lo = patch->second.expected_lo;
          h.d.expected_hi = patch->second.expected_hi;
          h.d.residual = patch->second.residual;
          ++patch;
        }
        if (seen) seen(h);
        if (!out) continue;
        rec_buf.clear();
        put_u64(rec_buf, 0);
        put_head(rec_buf, h.d, std::vector<std::string_view>(h.ids.begin(), h.ids.end()));
        put_u64(rec_buf, first);
        write_record(out.get(), rec_buf, 0);
      }
      if (!out) continue;
      if (std::fflush(out.get()) != 0) throw std::runtime_error("reconcile spill: write failed");
      out.reset();
      in.reset();
      std::filesystem::rename(dir / fmt::format("run{}.new", b), path);
    }
  }

  bool ordered_before(head const& a, head const& b) const { return before ? before(a, b) : head_before(a, b); }

  void order(head_order o) {
    if (!reconciled) throw std::logic_error("bucketed_run: order() before reconcile()");
    before = std::move(o);
    if (in_memory) {
      for (std::size_t i = 0; i < mem_order.size(); ++i) mem_order[i] = i;  // reconciler::run's order
      std::stable_sort(mem_order.begin(), mem_order.end(),
                       [&](std::size_t a, std::size_t b) { return ordered_before(mem_heads[a], mem_heads[b]); });
      return;
    }
    // Each bucket's heads sorted alone (one bucket's heads in memory at a time).
    std::string rec_buf;
    for (std::size_t b = 0; b < nb; ++b) {
      std::vector<std::pair<head, std::uint64_t>> hs;
      {
        auto in = open_file(dir / fmt::format("run{}", b), "rb");
        while (read_record(in.get(), rec_buf)) {
          reader r{rec_buf.data(), rec_buf.data() + rec_buf.size()};
          head h = get_head(r);
          hs.emplace_back(std::move(h), r.u64());
        }
      }
      std::stable_sort(hs.begin(), hs.end(), [&](auto const& x, auto const& y) { return ordered_before(x.first, y.first); });
      auto out = open_file(dir / fmt::format("run{}.new", b), "wb");
      for (auto const& [h, at] : hs) {
        rec_buf.clear();
        put_u64(rec_buf, 0);
        put_head(rec_buf, h.d, std::vector<std::string_view>(h.ids.begin(), h.ids.end()));
        put_u64(rec_buf, at);
        write_record(out.get(), rec_buf, 0);
      }
      if (std::fflush(out.get()) != 0) throw std::runtime_error("reconcile spill: write failed");
      out.reset();
      std::filesystem::rename(dir / fmt::format("run{}.new", b), dir / fmt::format("run{}", b));
    }
  }

  std::size_t replay(discrepancy_stream const& out, bool with_claims) {
    if (!reconciled) throw std::logic_error("bucketed_run: replay() before reconcile()");
    bool const preview = with_claims && static_cast<bool>(out.preview);
    if (in_memory) {
      for (std::size_t i : mem_order) {
        discrepancy const& d = mem_heads[i].d;
        if (preview) {
          for (auto const& c : mem_claims[i]) out.preview(d, c);
        }
        out.begin(d, mem_heads[i].ids.size());
        if (with_claims) {
          for (auto const& c : mem_claims[i]) out.each_claim(c);
        }
        out.end(d);
      }
      return mem_order.size();
    }

    // Merge the sorted runs: one head per bucket in memory, its claims streamed from `cited`.
    struct fd_closer {
      int fd;
      ~fd_closer() { ::close(fd); }
    };
    int const cited_fd = ::open((dir / "cited").c_str(), O_RDONLY);
    if (cited_fd < 0) throw std::runtime_error(fmt::format("reconcile spill: cannot open cited claims: {}", std::strerror(errno)));
    fd_closer close_cited{cited_fd};
    std::string rec_buf;
    std::vector<file_ptr> in;
    std::vector<std::optional<head>> heads(nb);
    std::vector<std::uint64_t> first(nb, 0);
    auto advance = [&](std::size_t b) {
      heads[b].reset();
      if (read_record(in[b].get(), rec_buf)) {
        reader r{rec_buf.data(), rec_buf.data() + rec_buf.size()};
        heads[b] = get_head(r);
        first[b] = r.u64();
      }
    };
    for (std::size_t b = 0; b < nb; ++b) {
      in.push_back(open_file(dir / fmt::format("run{}", b), "rb"));
      advance(b);
    }
    auto later = [&](std::size_t a, std::size_t b) {  // priority_queue: true when a comes after b
      if (ordered_before(*heads[b], *heads[a])) return true;
      if (ordered_before(*heads[a], *heads[b])) return false;
      return a > b;
    };
    std::priority_queue<std::size_t, std::vector<std::size_t>, decltype(later)> queue(later);
    for (std::size_t b = 0; b < nb; ++b) {
      if (heads[b]) queue.push(b);
    }
    std::size_t n = 0;
    auto each = [&](std::size_t b, auto const& f) {
      region_reader claims_of(cited_fd, first[b], cited_at[b + 1]);
      for (std::size_t k = 0; k < heads[b]->ids.size(); ++k) {
        claims_of.record(rec_buf);
        reader r{rec_buf.data(), rec_buf.data() + rec_buf.size()};
        f(get_claim(r));
      }
    };
    while (!queue.empty()) {
      std::size_t const b = queue.top();
      queue.pop();
      discrepancy const& d = heads[b]->d;
      if (preview) each(b, [&](claim const& c) { out.preview(d, c); });
      out.begin(d, heads[b]->ids.size());
      if (with_claims) each(b, out.each_claim);
      out.end(d);
      ++n;
      advance(b);
      if (heads[b]) queue.push(b);
    }
    return n;
  }

  std::size_t finish(discrepancy_stream const& out) {
    reconcile({}, {});
    return replay(out, true);
  }
};


bool head_before(discrepancy_head const& a, discrepancy_head const& b) {
  if (a.d.sev != b.d.sev) return a.d.sev > b.d.sev;
  if (a.d.id != b.d.id) return a.d.id < b.d.id;
  if (a.d.message != b.d.message) return a.d.message < b.d.message;
  return std::lexicographical_compare(a.ids.begin(), a.ids.end(), b.ids.begin(), b.ids.end());
}

bucketed_run::bucketed_run(reconciler const& rec, spill_options opt) : impl_(std::make_unique<impl>(rec, opt)) {}
bucketed_run::~bucketed_run() = default;

void bucketed_run::add_article(std::vector<claim>&& claims) {
  impl_->flush_run();
  impl_->take(std::move(claims));
}

void bucketed_run::add(claim&& c) {
  if (!impl_->run.empty() && impl_->run.front().article != c.article) impl_->flush_run();
  impl_->run.push_back(std::move(c));
}

std::size_t bucketed_run::size() const { return impl_->count + impl_->run.size(); }

std::vector<discrepancy> bucketed_run::finish() {
  std::vector<discrepancy> out;
  finish([&](discrepancy const& d) { out.push_back(d); });
  return out;
}

std::size_t bucketed_run::finish(std::function<void(discrepancy const&)> const& each) {
  discrepancy whole;
  discrepancy_stream s;
  s.begin = [&](discrepancy const& d, std::size_t claims) {
    whole = d;
    whole.claims.reserve(claims);
  };
  s.each_claim = [&](claim const& c) { whole.claims.push_back(c); };
  s.end = [&](discrepancy const&) {
    each(whole);
    whole = discrepancy{};
  };
  return impl_->finish(s);
}

std::size_t bucketed_run::finish(discrepancy_stream const& out) { return impl_->finish(out); }

std::size_t bucketed_run::reconcile(std::function<bool(discrepancy_head const&)> const& keep,
                                    std::function<void(discrepancy_head const&)> const& seen) {
  return impl_->reconcile(keep, seen);
}

void bucketed_run::order(head_order before) { impl_->order(std::move(before)); }

spill_stats bucketed_run::stats() const { return impl_->stat; }

std::size_t bucketed_run::replay(discrepancy_stream const& out, bool with_claims) {
  return impl_->replay(out, with_claims);
}

}  // namespace claimcheck::reconcile
