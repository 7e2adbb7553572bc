// libFuzzer entry point shared by every target: CLAIMCHECK_FUZZ_TARGET names the target
// (see targets.hpp). Any exception - a broken invariant or a library error escaping - aborts,
// so libFuzzer records the input as a crash.

#include "targets.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
  using namespace claimcheck;
  static lexicon const lex = lexicon::load(CLAIMCHECK_FUZZ_GRAMMARS);
  try {
    fuzzing::run_target(CLAIMCHECK_FUZZ_TARGET, lex, std::string_view(reinterpret_cast<char const*>(data), size));
  } catch (std::exception const& e) {
    std::fprintf(stderr, "%s: %s\n", CLAIMCHECK_FUZZ_TARGET, e.what());
    std::abort();
  }
  return 0;
}
