#include "claimcheck/report/writers.hpp"

#include "report/fixture.hpp"

#include <boost/json.hpp>
#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace {

using namespace claimcheck;
namespace fs = std::filesystem;

struct temp_file {
  fs::path path;
  explicit temp_file(std::string const& content) {
    path = fs::temp_directory_path() / fmt::format("claimcheck-baseline-{}-{}.txt", ::getpid(), counter()++);
    std::ofstream(path, std::ios::binary) << content;
  }
  ~temp_file() { fs::remove(path); }
  static int& counter() {
    static int n = 0;
    return n;
  }
};

std::string error_of(std::string const& path) {
  try {
    report_io::read_baseline(path);
  } catch (std::runtime_error const& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST_CASE("a written baseline reads back with every id, kind and severity", "[report]") {
  auto r = testing::fixture_report();
  auto text = report_io::render_baseline(r);
  CHECK(text.starts_with("# claimcheck baseline (claimcheck 0.1.0)"));
  CHECK(text.find("9f2c4e1a7b3d\ttemporal\terror\tpalestinian / kill: cumulative count fell from 33,207") !=
        std::string::npos);
  temp_file f(text);
  auto entries = report_io::read_baseline(f.path.string());
  REQUIRE(entries.size() == 4);
  // Sorted by id, so the file diffs well.
  CHECK(entries[0].id == "0123456789ab");
  CHECK(entries[1].id == "41d0c0ffee12");
  CHECK(entries[2].id == "9f2c4e1a7b3d");
  CHECK(entries[2].kind == "temporal");
  CHECK(entries[2].severity == "error");
  CHECK(entries[3].id == "aa00bb11cc22");
  CHECK(entries[3].description == "hostage / release: nearly half of 253 is at most 127, but 105 were released");
  // Hostile text cannot add a line or a field.
  CHECK(entries[0].description.find('\x1b') == std::string::npos);

  report_io::apply_baseline(r, entries);
  CHECK(r.discrepancies.empty());
  CHECK(r.suppressed == 4);
  CHECK(r.stale_baseline.empty());
}

TEST_CASE("a baseline hides known ids and lists the ones that matched nothing", "[report]") {
  auto r = testing::fixture_report();
  temp_file f("# hand-written\n\n9f2c4e1a7b3d\n  \ndeadbeef0000\tsum\twarning\tfixed upstream\n"
              "41d0c0ffee12\tcontradiction\twarning\t\r\n9f2c4e1a7b3d\ttemporal\terror\tlisted twice\n");
  auto entries = report_io::read_baseline(f.path.string());
  REQUIRE(entries.size() == 4);
  report_io::apply_baseline(r, entries);
  CHECK(r.suppressed == 2);
  REQUIRE(r.discrepancies.size() == 2);
  CHECK(r.discrepancies[0].id == "aa00bb11cc22");
  CHECK(r.discrepancies[1].id == "0123456789ab");
  CHECK(r.stale_baseline == std::vector<std::string>{"deadbeef0000"});

  auto text = report_io::render(r, report_io::format::text);
  CHECK(text.find("2 suppressed by the baseline; 1 stale baseline entry: deadbeef0000\n") != std::string::npos);
  auto md = report_io::render(r, report_io::format::markdown);
  CHECK(md.find("2 suppressed by the baseline; 1 stale baseline entry: deadbeef0000") != std::string::npos);
  auto html = report_io::render(r, report_io::format::html);
  CHECK(html.find("<p class=\"baseline\">2 suppressed by the baseline; 1 stale baseline entry: deadbeef0000</p>") !=
        std::string::npos);
  auto j = boost::json::parse(report_io::render(r, report_io::format::json)).as_object();
  CHECK(j.at("suppressed").as_int64() == 2);
  CHECK(j.at("stale_baseline").as_array().size() == 1);
  CHECK(j.at("stale_baseline").as_array()[0].as_string() == "deadbeef0000");
  CHECK(j.at("discrepancies").as_array().size() == 2);
}

TEST_CASE("json has no baseline members without a baseline", "[report]") {
  auto j = boost::json::parse(report_io::render(testing::fixture_report(), report_io::format::json)).as_object();
  CHECK_FALSE(j.contains("suppressed"));
  CHECK_FALSE(j.contains("stale_baseline"));
}

TEST_CASE("a malformed baseline line is an error naming file and line", "[report]") {
  temp_file spaces("# ok\n9f2c4e1a7b3d temporal error written with spaces\n");
  CHECK(error_of(spaces.path.string()) ==
        fmt::format("{}:2: malformed baseline entry (expected ID<TAB>KIND<TAB>SEVERITY<TAB>DESCRIPTION, got id "
                    "'9f2c4e1a7b3d temporal error written with…')",
                    spaces.path.string()));
  temp_file kind("9f2c4e1a7b3d\ttemporal\terror\tok\n41d0c0ffee12\tcontradicton\twarning\tx\n");
  CHECK(error_of(kind.path.string()) == fmt::format("{}:2: unknown discrepancy kind 'contradicton'", kind.path.string()));
  temp_file sev("\n\n\n9f2c4e1a7b3d\ttemporal\tfatal\tx\n");
  CHECK(error_of(sev.path.string()) == fmt::format("{}:4: unknown severity 'fatal'", sev.path.string()));
  CHECK(error_of("/nonexistent/claimcheck.baseline") ==
        "/nonexistent/claimcheck.baseline: cannot read baseline: No such file or directory");
}
