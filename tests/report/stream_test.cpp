// The streaming writers, driven the way `check` drives them (counts from the heads first, the
// order from listed_before on heads, each discrepancy's claims one at a time, output in pieces,
// the HTML timelines' claims from claim_plots on disk), give the bytes of the golden files, which
// the writers that rendered a whole in-memory report wrote before them.

#include "claimcheck/report/stream.hpp"
#include "claimcheck/report/writers.hpp"

#include "report/fixture.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

namespace {

namespace fs = std::filesystem;
using namespace claimcheck;
using claimcheck::report_io::format;

std::string golden(std::string const& name) {
  std::ifstream in(fs::path(CLAIMCHECK_TEST_DATA).parent_path() / "golden" / "report" / (name + ".expect"),
                   std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

struct head {
  std::size_t at = 0;  // in r.discrepancies
  discrepancy d;
  std::vector<std::string> ids;
  std::vector<claim> claims;
};

/// `r`'s discrepancies as `check` has them: heads (in a scrambled order), claims apart.
std::vector<head> heads_of(report const& r, unsigned seed) {
  std::vector<head> hs;
  for (auto const& d : r.discrepancies) {
    head h;
    h.at = hs.size();
    h.d = d;
    h.d.claims.clear();
    for (auto const& c : d.claims) h.ids.push_back(c.id);
    h.claims = d.claims;
    hs.push_back(std::move(h));
  }
  std::mt19937 rng(seed);
  std::shuffle(hs.begin(), hs.end(), rng);
  return hs;
}

std::string stream(report const& r, format f, report_io::write_options opt, std::size_t plot_run, unsigned seed,
                   std::size_t* pieces = nullptr) {
  auto hs = heads_of(r, seed);
  // As found (the fixture's order stands for reconciler::run's).
  std::sort(hs.begin(), hs.end(), [](head const& a, head const& b) { return a.at < b.at; });
  report_io::report_frame frame;
  frame.version = r.version;
  frame.input = r.input;
  frame.stale_baseline = r.stale_baseline;
  frame.suppressed = r.suppressed;
  for (auto const& h : hs) frame.count(h.d);
  report_io::claim_plots plots(plot_run);
  for (auto const& c : r.claims) plots.add(c);
  plots.finish(frame);

  std::string out;
  std::size_t n = 0;
  auto w = report_io::stream_writer::make(f, opt, [&](std::string_view s) {
    out += s;
    ++n;
  }, &plots);
  if (w->order() == report_io::listing::by_subject) {
    std::stable_sort(hs.begin(), hs.end(), [&](head const& a, head const& b) {
      return report_io::listed_before(frame, a.d, a.ids, b.d, b.ids);
    });
  }
  w->begin(frame);
  if (w->wants_index()) {
    for (auto const& h : hs) w->index(h.d, h.claims.size());
  }
  if (w->wants_plots()) {
    for (auto const& h : hs) {
      w->plot(h.d);
      for (auto const& c : h.claims) w->plot_claim(c);
    }
  }
  for (auto const& h : hs) {
    if (w->wants_preview()) {
      for (auto const& c : h.claims) w->preview(h.d, c);
    }
    w->open(h.d, h.claims.size());
    for (auto const& c : h.claims) w->add(c);
    w->close(h.d);
  }
  w->end();
  if (pieces) *pieces = n;
  return out;
}

}  // namespace

TEST_CASE("streamed writers give the golden bytes of every format", "[report][stream]") {
  auto const r = testing::fixture_report();
  for (unsigned seed : {1u, 2u, 3u}) {
    for (std::size_t plot_run : {std::size_t{1}, std::size_t{3}, std::size_t{200000}}) {
      INFO("seed " << seed << ", plot points per run " << plot_run);
      CHECK(stream(r, format::text, {}, plot_run, seed) == golden("fixture.text"));
      CHECK(stream(r, format::text, {.color = true}, plot_run, seed) == golden("fixture.color.text"));
      CHECK(stream(r, format::markdown, {}, plot_run, seed) == golden("fixture.markdown"));
      CHECK(stream(r, format::html, {}, plot_run, seed) == golden("fixture.html"));
      CHECK(stream(r, format::json, {}, plot_run, seed) == golden("fixture.json"));
      CHECK(stream(r, format::sarif, {}, plot_run, seed) == golden("fixture.sarif"));
    }
  }
}

TEST_CASE("streamed writers give the golden bytes after a baseline and with nothing found", "[report][stream]") {
  auto r = testing::fixture_report();
  report_io::apply_baseline(r, {{"9f2c4e1a7b3d", "known", "", ""}, {"deadbeef0000", "fixed long ago", "", ""}});
  CHECK(stream(r, format::text, {}, 2, 5) == golden("baselined.text"));
  CHECK(stream(r, format::markdown, {}, 2, 5) == golden("baselined.markdown"));
  CHECK(stream(r, format::json, {}, 2, 5) == golden("baselined.json"));

  report empty;
  empty.version = "0.1.0";
  empty.input = {1, 3, 0, 0};
  CHECK(stream(empty, format::text, {}, 2, 5) == golden("empty.text"));
  CHECK(stream(empty, format::json, {}, 2, 5) == golden("empty.json"));
  CHECK(stream(empty, format::sarif, {}, 2, 5) == golden("empty.sarif"));
  CHECK(stream(empty, format::html, {}, 2, 5) == golden("empty.html"));
}

TEST_CASE("a discrepancy citing many claims is written in pieces, the same as in memory", "[report][stream]") {
  // One timeline whose every claim is cited: the writers hand the output on as it grows.
  auto r = testing::fixture_report();
  auto& d = r.discrepancies.back();
  REQUIRE(!d.claims.empty());
  auto const model = d.claims.front();
  for (int i = 0; i < 6000; ++i) {
    claim c = model;
    c.id = fmt::format("z{:05}:1", i);
    c.article = fmt::format("z{:05}", i);
    c.q.value = 30000 + i;
    c.q.lo = c.q.hi = c.q.value;
    c.date = fmt::format("2024-{:02}-{:02}", 1 + i % 12, 1 + i % 28);
    d.claims.push_back(c);
    r.claims.push_back(c);
  }
  for (format f : {format::text, format::markdown, format::html, format::json, format::sarif}) {
    INFO("format " << static_cast<int>(f));
    std::size_t pieces = 0;
    CHECK(stream(r, f, {}, 1000, 9, &pieces) == report_io::render(r, f));
    CHECK(pieces > 1);
  }
}

TEST_CASE("a subject the baseline suppressed entirely sorts last, without a frame entry", "[report][stream]") {
  report_io::report_frame frame;
  discrepancy seen, gone;
  seen.subject = "person / kill";
  seen.sev = severity::warning;
  seen.id = "aaaaaaaaaaaa";
  gone.subject = "hostage / seize";
  gone.sev = severity::error;
  gone.id = "bbbbbbbbbbbb";
  frame.count(seen);  // only the written discrepancy is counted
  std::vector<std::string> const none;
  CHECK(report_io::listed_before(frame, seen, none, gone, none));
  CHECK_FALSE(report_io::listed_before(frame, gone, none, seen, none));
}
