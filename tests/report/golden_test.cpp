// Golden files: every format rendered from the same hand-built report, compared byte for byte
// with tests/golden/report/<name>.expect. Regenerate with CLAIMCHECK_UPDATE_GOLDEN=1.

#include "claimcheck/report/writers.hpp"

#include "report/fixture.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace {

namespace fs = std::filesystem;
using namespace claimcheck;
using claimcheck::report_io::format;

fs::path golden_dir() { return fs::path(CLAIMCHECK_TEST_DATA).parent_path() / "golden" / "report"; }

std::string slurp(fs::path const& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void check_golden(std::string const& name, std::string const& actual) {
  auto path = golden_dir() / (name + ".expect");
  char const* update = std::getenv("CLAIMCHECK_UPDATE_GOLDEN");
  if (update && std::string(update) == "1") {
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << actual;
    WARN("updated " << path.string());
    return;
  }
  INFO("golden file " << path.string() << " (regenerate with CLAIMCHECK_UPDATE_GOLDEN=1)");
  REQUIRE(fs::exists(path));
  auto expected = slurp(path);
  if (expected != actual) {
    // Point at the first differing line, which is what a reviewer needs.
    std::istringstream e(expected), a(actual);
    std::string le, la;
    int n = 0;
    while (true) {
      ++n;
      bool ge = static_cast<bool>(std::getline(e, le)), ga = static_cast<bool>(std::getline(a, la));
      if (!ge && !ga) break;
      if (le != la || ge != ga) {
        INFO("first difference at line " << n << "\nexpected: " << le << "\nactual:   " << la);
        CHECK(expected == actual);
        return;
      }
    }
    CHECK(expected == actual);
  }
}

}  // namespace

TEST_CASE("every format matches its golden file", "[report]") {
  auto r = testing::fixture_report();
  check_golden("fixture.text", report_io::render(r, format::text));
  check_golden("fixture.color.text", report_io::render(r, format::text, {.color = true}));
  check_golden("fixture.markdown", report_io::render(r, format::markdown));
  check_golden("fixture.html", report_io::render(r, format::html));
  check_golden("fixture.json", report_io::render(r, format::json));
  check_golden("fixture.sarif", report_io::render(r, format::sarif));
  check_golden("fixture.baseline", report_io::render_baseline(r));
}

TEST_CASE("a report after a baseline matches its golden files", "[report]") {
  auto r = testing::fixture_report();
  report_io::apply_baseline(r, {{"9f2c4e1a7b3d", "known", "", ""}, {"deadbeef0000", "fixed long ago", "", ""}});
  check_golden("baselined.text", report_io::render(r, format::text));
  check_golden("baselined.markdown", report_io::render(r, format::markdown));
  check_golden("baselined.json", report_io::render(r, format::json));
}

TEST_CASE("an empty report matches its golden files", "[report]") {
  report r;
  r.version = "0.1.0";
  r.input = {1, 3, 0, 0};
  check_golden("empty.text", report_io::render(r, format::text));
  check_golden("empty.json", report_io::render(r, format::json));
  check_golden("empty.sarif", report_io::render(r, format::sarif));
  check_golden("empty.html", report_io::render(r, format::html));
}
