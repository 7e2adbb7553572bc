// Replays every input the fuzzers ever broke (tests/fuzz_regressions/TARGET/*) through the
// same entry point and checks as the libFuzzer target (fuzz/targets.hpp), so a fixed crash,
// hang or broken invariant stays fixed in every build, sanitized or not.

#include "../../fuzz/targets.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace claimcheck;

namespace {

fs::path regressions_dir() { return fs::path(CLAIMCHECK_TEST_DATA).parent_path() / "fuzz_regressions"; }

std::string slurp(fs::path const& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("every recorded fuzz input replays without a crash or broken invariant", "[fuzz]") {
  auto root = regressions_dir();
  if (!fs::exists(root)) return;
  std::vector<fs::path> files;
  for (auto const& dir : fs::directory_iterator(root)) {
    if (!dir.is_directory()) continue;
    auto target = dir.path().filename().string();
    INFO("directory " << dir.path());
    // A directory must name a real target, or its inputs would silently never run.
    REQUIRE(std::find(fuzzing::target_names.begin(), fuzzing::target_names.end(), target) !=
            fuzzing::target_names.end());
    for (auto const& f : fs::directory_iterator(dir.path()))
      if (f.is_regular_file()) files.push_back(f.path());
  }
  std::sort(files.begin(), files.end());
  for (auto const& f : files) {
    auto target = f.parent_path().filename().string();
    auto data = slurp(f);
    INFO("replaying " << f << " (" << data.size() << " bytes) through " << target);
    auto start = std::chrono::steady_clock::now();
    CHECK_NOTHROW(fuzzing::run_target(target, testing::lex(), data));
    // libFuzzer's hang limit was 10 s on an instrumented build; a fixed input is far below.
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(10));
  }
}

TEST_CASE("the fuzz checks reject a quantity whose span does not match its text", "[fuzz]") {
  std::string_view text = "about 300 people";
  quantity q;
  q.text = "about 300";
  q.span = {0, 9};
  q.lo = 300;
  q.hi = 300;
  CHECK_NOTHROW(fuzzing::check_quantity(text, {0, text.size()}, q));
  q.span = {1, 10};
  CHECK_THROWS_AS(fuzzing::check_quantity(text, {0, text.size()}, q), fuzzing::invariant_error);
  q.span = {0, 9};
  q.lo = 301;
  CHECK_THROWS_AS(fuzzing::check_quantity(text, {0, text.size()}, q), fuzzing::invariant_error);
  q.lo = 300;
  CHECK_THROWS_AS(fuzzing::check_quantity(text, {2, text.size()}, q), fuzzing::invariant_error);
}

TEST_CASE("the fuzz entry points accept well-formed input and reject an unknown target", "[fuzz]") {
  std::string two = "{\"id\":\"a\",\"text\":\"At least 12 people died.\"}\n{\"id\":\"b\",\"text\":\"Some 40 fled.\"}\n";
  CHECK_NOTHROW(fuzzing::run_target("feed_jsonl", testing::lex(), two));
  CHECK_NOTHROW(fuzzing::run_target("quantity", testing::lex(), "More than 600 soldiers"));
  CHECK_THROWS_AS(fuzzing::run_target("no_such_target", testing::lex(), ""), std::invalid_argument);
}
