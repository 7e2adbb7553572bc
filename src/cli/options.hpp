#pragma once
// Command-line parsing: argv -> options, with --help text for every command.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace claimcheck::cli {

enum class exit_code : int { ok = 0, discrepancies = 1, usage = 2 };

struct options {
  std::string command;  ///< extract, check, ingest, eval; empty for --help/--version
  std::vector<std::string> inputs;
  std::string format;  ///< empty = command default
  std::string output;  ///< -o; empty = stdout
  std::string fail_on = "warning";
  std::string baseline, write_baseline, db, shard, grammars;
  unsigned jobs = 1;
  std::size_t details = 0;  ///< eval: misses listed per metric
  bool strict = false;
  bool all = false;
  bool quiet = false;
  bool help = false;
  bool version = false;
};

/// Parses argv. Returns nullopt after printing help, version or a usage error; `code` says which.
std::optional<options> parse_options(int argc, char** argv, exit_code& code);

}  // namespace claimcheck::cli
