// Reconciler benchmark: generates claims deterministically and times reconciler::run.
//
//   reconcile_bench [--claims N] [--subjects S] [--grammars DIR]
//
// Defaults: 1,000,000 claims over 10,000 subjects. Each subject gets a rising cumulative
// timeline reported by two outlets a day (with a few injected falls and same-day
// contradictions), a total with two parts (sum_of), a whole with a fraction and its count,
// and two duration claims. Prints the run time (one thread) and the peak resident set size.

#include "claimcheck/lexicon/lexicon.hpp"
#include "claimcheck/reconcile/calendar.hpp"
#include "claimcheck/reconcile/reconciler.hpp"

#include <fmt/format.h>

#include <sys/resource.h>
#include <time.h>

#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <map>
#include <string>
#include <string_view>
#include <vector>

using namespace claimcheck;

namespace {

struct splitmix64 {
  std::uint64_t state;
  std::uint64_t next() {
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
};

std::string day_string(int day) {
  // day 0 = 2024-01-01
  std::int64_t const base = reconcile::days_from_civil(2024, 1, 1) + day;
  // Invert days_from_civil (Howard Hinnant's civil_from_days).
  std::int64_t z = base + 719468;
  std::int64_t const era = (z >= 0 ? z : z - 146096) / 146097;
  auto const doe = static_cast<unsigned>(z - era * 146097);
  unsigned const yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400;
  unsigned const doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  unsigned const mp = (5 * doy + 2) / 153;
  unsigned const d = doy - (153 * mp + 2) / 5 + 1;
  unsigned const m = mp < 10 ? mp + 3 : mp - 9;
  return fmt::format("{:04}-{:02}-{:02}", y + (m <= 2), m, d);
}

claim make(std::string id, std::string const& subject, std::string const& predicate, double value,
           std::string date) {
  claim c;
  c.article = id.substr(0, id.find(':'));
  c.id = std::move(id);
  c.subject.key = subject;
  c.predicate.key = predicate;
  c.q.value = value;
  c.q.lo = value;
  c.q.hi = value;
  c.date = std::move(date);
  return c;
}

std::vector<claim> generate(std::size_t total, std::size_t subjects) {
  std::vector<claim> out;
  out.reserve(total);
  splitmix64 rng{20240408};
  char const* const predicates[] = {"kill", "wound", "displace", "arrest", "hold"};
  std::size_t const per = total / subjects;
  std::size_t const fixed = 10;  // relations and durations per subject
  std::size_t const timeline = per > fixed ? per - fixed : per;
  for (std::size_t s = 0; s < subjects; ++s) {
    std::string const subject = fmt::format("subj{}", s);
    std::string const predicate = predicates[s % 5];
    double level = 1000 + 10000 * rng.uniform();
    double const rate = 5 + 50 * rng.uniform();
    std::size_t made = 0;
    for (std::size_t k = 0; made < timeline; ++k) {
      int const day = static_cast<int>(k / 2);
      std::string const date = day_string(day);
      if (k % 2 == 0) level += rate * (0.5 + rng.uniform());
      double value = std::round(level);
      double const u = rng.uniform();
      claim c = make(fmt::format("s{}d{}k{}:1", s, day, k % 2), subject, predicate, value, date);
      c.source = fmt::format("outlet{}", k % 2);
      c.attribution.key = fmt::format("ministry{}", s % 7);
      if (u < 0.003) {
        c.q.value = std::round(value * 0.8);  // a typo or a fall
        c.q.lo = c.q.hi = c.q.value;
      } else if (u < 0.006) {
        c.q.value = std::round(value * 1.15);  // a same-day contradiction
        c.q.lo = c.q.hi = c.q.value;
      } else if (u < 0.2) {
        double const floor = std::floor(value / 100) * 100;
        c.q.value = floor;  // "more than 1,200"
        c.q.lo = floor;
        c.q.hi.reset();
        c.q.qualifier = "more than";
      }
      out.push_back(std::move(c));
      ++made;
    }
    if (per <= fixed) continue;
    // A total and two parts, exhaustive; one subject in fifty gets parts that do not add up.
    std::string const art = fmt::format("s{}r", s);
    std::string const date = day_string(30);
    double const total_value = std::round(level);
    double const part = std::round(total_value * (0.3 + 0.4 * rng.uniform()));
    double const rest = total_value - part + (s % 50 == 0 ? std::round(total_value * 0.2) : 0);
    claim t = make(art + ":1", subject + "all", predicate, total_value, date);
    t.relations = {{relation_kind::sum_of, art + ":2"}, {relation_kind::sum_of, art + ":3"}};
    out.push_back(std::move(t));
    out.push_back(make(art + ":2", subject + "a", predicate, part, date));
    out.push_back(make(art + ":3", subject + "b", predicate, rest, date));
    // A whole, "nearly half" of it and the count; one in forty does not match.
    std::string const frac_art = fmt::format("s{}f", s);
    double const whole = std::round(200 + 300 * rng.uniform());
    double const count = s % 40 == 0 ? std::round(whole * 0.2) : std::round(whole * 0.45);
    claim w = make(frac_art + ":1", subject + "w", "seize", whole, date);
    claim f = make(frac_art + ":2", subject + "w", "release", 0.5, date);
    f.q.kind = quantity_kind::fraction;
    f.q.lo = 0.425;
    f.q.qualifier = "nearly";
    f.q.text = "nearly half";
    f.relations = {{relation_kind::fraction_of, frac_art + ":1"}};
    claim p = make(frac_art + ":3", subject + "w", "release", count, date);
    p.relations = {{relation_kind::part_of, frac_art + ":1"}};
    for (claim* x : {&w, &f, &p}) {
      x->sentence = "s";
      x->sentence_start = 100;
    }
    out.push_back(std::move(w));
    out.push_back(std::move(f));
    out.push_back(std::move(p));
    // Durations: a period with its own dates, and one whose start comes from the first.
    std::string const dur_art = fmt::format("s{}t", s);
    claim d1 = make(dur_art + ":1", subject + "war", "last", 3, day_string(0));
    d1.q.kind = quantity_kind::duration;
    d1.q.unit = "month";
    d1.date_end = day_string(91);
    claim d2 = make(dur_art + ":2", subject + "war", "rage", s % 30 == 0 ? 9 : 4, day_string(120));
    d2.q.kind = quantity_kind::duration;
    d2.q.unit = "month";
    out.push_back(std::move(d1));
    out.push_back(std::move(d2));
    // Plans that would contradict the facts if they were checked.
    claim plan1 = make(fmt::format("s{}p:1", s), subject, predicate, 1, day_string(3));
    plan1.mod = modality::planned;
    out.push_back(std::move(plan1));
    claim plan2 = make(fmt::format("s{}p:2", s), subject, predicate, 9e6, day_string(3));
    plan2.mod = modality::hypothetical;
    out.push_back(std::move(plan2));
  }
  return out;
}

double cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

long peak_rss_kb() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss;
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t total = 1000000, subjects = 10000;
  std::string grammars = CLAIMCHECK_BENCH_GRAMMARS;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string_view const a = argv[i];
    if (a == "--claims") total = std::strtoull(argv[i + 1], nullptr, 10);
    else if (a == "--subjects") subjects = std::strtoull(argv[i + 1], nullptr, 10);
    else if (a == "--grammars") grammars = argv[i + 1];
    else {
      fmt::print(stderr, "usage: reconcile_bench [--claims N] [--subjects S] [--grammars DIR]\n");
      return 2;
    }
  }
  if (subjects == 0 || total < subjects) subjects = 1;
  auto const lex = lexicon::load(grammars);
  reconcile::reconciler const rec(lex);

  auto const g0 = std::chrono::steady_clock::now();
  auto const claims = generate(total, subjects);
  auto const g1 = std::chrono::steady_clock::now();
  long const rss_claims = peak_rss_kb();
  double const c1 = cpu_seconds();
  auto const ds = rec.run(claims);
  double const c2 = cpu_seconds();
  auto const g2 = std::chrono::steady_clock::now();

  std::map<std::string, std::size_t> by_kind;
  std::size_t named = 0;
  for (auto const& d : ds) {
    ++by_kind[fmt::format("{}/{}", to_string(d.kind), to_string(d.sev))];
    if (d.outlier) ++named;
  }
  fmt::print("claims: {} over {} subjects (generated in {:.2f} s)\n", claims.size(), subjects,
             std::chrono::duration<double>(g1 - g0).count());
  fmt::print("reconcile: {:.2f} s wall, {:.2f} s CPU (one thread)\n", std::chrono::duration<double>(g2 - g1).count(),
             c2 - c1);
  fmt::print("discrepancies: {} ({} with a named outlier)\n", ds.size(), named);
  for (auto const& [k, n] : by_kind) fmt::print("  {}: {}\n", k, n);
  fmt::print("peak RSS: {:.0f} MB ({:.0f} MB after generating the claims)\n",
             static_cast<double>(peak_rss_kb()) / 1024.0, static_cast<double>(rss_claims) / 1024.0);
  return 0;
}
