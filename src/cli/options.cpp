#include "options.hpp"

#include "claimcheck/version.hpp"

#include <boost/program_options.hpp>
#include <fmt/format.h>

#include <iostream>
#include <sstream>

namespace claimcheck::cli {
namespace po = boost::program_options;

namespace {

constexpr char const* overview =
    "claimcheck - find numbers in the news that cannot all be true\n"
    "\n"
    "usage:\n"
    "  claimcheck extract [INPUT...] [--format jsonl|tsv] [-o FILE] [--jobs N] [--shard K/N]\n"
    "  claimcheck check   [INPUT...] [--format text|json|markdown|html|sarif] [-o FILE]\n"
    "                     [--fail-on none|info|warning|error] [--baseline FILE]\n"
    "                     [--write-baseline FILE] [--db FILE [--all]] [--jobs N] [--strict]\n"
    "  claimcheck ingest  [INPUT...] --db FILE\n"
    "  claimcheck eval    CORPUS_DIR [--format text|json] [--details N]\n"
    "  claimcheck --help | --version | COMMAND --help\n"
    "\n"
    "INPUT is a file (.jsonl .ndjson .txt .md .html .htm, optionally .gz, or claims JSONL from\n"
    "'extract'), a directory (read recursively in sorted order) or '-' (standard input, JSON Lines).\n"
    "With no INPUT, standard input is read.\n"
    "\n"
    "exit codes: 0 nothing at or above --fail-on; 1 discrepancies at or above it;\n"
    "            2 usage error, skipped input under --strict, or internal error\n";

po::options_description common_options() {
  po::options_description d("common options");
  d.add_options()("help,h", "show help for this command")(
      "jobs,j", po::value<unsigned>()->default_value(1), "worker threads for extraction (0 = all cores)")(
      "strict", "exit 2 when any input line or file was skipped")(
      "quiet,q", "no progress display on standard error")(
      "grammars", po::value<std::string>(), "lexicon directory (default: installed or source grammars/)");
  return d;
}

po::options_description command_options(std::string const& cmd) {
  po::options_description d(fmt::format("{} options", cmd));
  if (cmd == "extract") {
    d.add_options()("format,f", po::value<std::string>()->default_value("jsonl"), "jsonl or tsv")(
        "output,o", po::value<std::string>(), "write to FILE instead of standard output")(
        "shard", po::value<std::string>(), "K/N: extract only the K-th of N interleaved article shards");
  } else if (cmd == "check") {
    d.add_options()("format,f", po::value<std::string>()->default_value("text"),
                    "text, json, markdown, html or sarif")(
        "output,o", po::value<std::string>(), "write the report to FILE instead of standard output")(
        "fail-on", po::value<std::string>()->default_value("warning"), "none, info, warning or error")(
        "baseline", po::value<std::string>(), "hide the discrepancies whose ids FILE lists")(
        "write-baseline", po::value<std::string>(), "record the current discrepancy ids in FILE")(
        "db", po::value<std::string>(), "also reconcile against the claim history in this SQLite store")(
        "all", "with --db: report every discrepancy, not only those involving new input");
  } else if (cmd == "ingest") {
    d.add_options()("db", po::value<std::string>(), "SQLite store to add the input's articles and claims to");
  } else if (cmd == "eval") {
    d.add_options()("format,f", po::value<std::string>()->default_value("text"), "text or json")(
        "details", po::value<std::size_t>()->default_value(0), "list up to N misses and false positives per metric");
  }
  return d;
}

constexpr char const* command_help(std::string const& cmd) {
  if (cmd == "extract") return "claimcheck extract [INPUT...]: print every quantitative claim as JSON Lines (or TSV)\n";
  if (cmd == "check") return "claimcheck check [INPUT...]: extract claims, reconcile them and report discrepancies\n";
  if (cmd == "ingest") return "claimcheck ingest [INPUT...] --db FILE: add articles and their claims to a store\n";
  if (cmd == "eval") return "claimcheck eval CORPUS_DIR: precision, recall and F1 against the corpus's gold\n";
  return "";
}

}  // namespace

std::optional<options> parse_options(int argc, char** argv, exit_code& code) {
  code = exit_code::ok;
  if (argc < 2) {
    std::cerr << overview;
    code = exit_code::usage;
    return std::nullopt;
  }
  std::string first = argv[1];
  if (first == "--help" || first == "-h" || first == "help") {
    std::cout << overview;
    return std::nullopt;
  }
  if (first == "--version" || first == "-V") {
    std::cout << "claimcheck " << version() << "\n";
    return std::nullopt;
  }
  if (first != "extract" && first != "check" && first != "ingest" && first != "eval") {
    std::cerr << fmt::format("claimcheck: unknown command '{}'\n\n", first) << overview;
    code = exit_code::usage;
    return std::nullopt;
  }
  options o;
  o.command = first;
  auto visible = command_options(first);
  visible.add(common_options());
  po::options_description all;
  all.add(visible);
  all.add_options()("input", po::value<std::vector<std::string>>(), "inputs");
  po::positional_options_description pos;
  pos.add("input", -1);
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(argc - 1, argv + 1).options(all).positional(pos).run(), vm);
    po::notify(vm);
  } catch (po::error const& e) {
    std::cerr << fmt::format("claimcheck {}: {}\n(see 'claimcheck {} --help')\n", first, e.what(), first);
    code = exit_code::usage;
    return std::nullopt;
  }
  if (vm.count("help")) {
    std::ostringstream ss;
    ss << command_help(first) << "\n" << visible;
    std::cout << ss.str();
    return std::nullopt;
  }
  auto str = [&](char const* k) { return vm.count(k) ? vm[k].as<std::string>() : std::string(); };
  if (vm.count("input")) o.inputs = vm["input"].as<std::vector<std::string>>();
  o.format = str("format");
  o.output = str("output");
  if (vm.count("fail-on")) o.fail_on = str("fail-on");
  o.baseline = str("baseline");
  o.write_baseline = str("write-baseline");
  o.db = str("db");
  o.shard = str("shard");
  o.grammars = str("grammars");
  o.jobs = vm["jobs"].as<unsigned>();
  if (vm.count("details")) o.details = vm["details"].as<std::size_t>();
  o.strict = vm.count("strict") > 0;
  o.all = vm.count("all") > 0;
  o.quiet = vm.count("quiet") > 0;

  auto usage = [&](std::string const& msg) {
    std::cerr << fmt::format("claimcheck {}: {}\n(see 'claimcheck {} --help')\n", first, msg, first);
    code = exit_code::usage;
  };
  if (first == "extract" && o.format != "jsonl" && o.format != "tsv") {
    usage(fmt::format("unknown format '{}' (expected jsonl or tsv)", o.format));
    return std::nullopt;
  }
  if (first == "check" && o.format != "text" && o.format != "json" && o.format != "markdown" && o.format != "html" &&
      o.format != "sarif") {
    usage(fmt::format("unknown format '{}' (expected text, json, markdown, html or sarif)", o.format));
    return std::nullopt;
  }
  if (first == "check" && o.fail_on != "none" && o.fail_on != "info" && o.fail_on != "warning" && o.fail_on != "error") {
    usage(fmt::format("unknown --fail-on level '{}' (expected none, info, warning or error)", o.fail_on));
    return std::nullopt;
  }
  if (first == "ingest" && o.db.empty()) {
    usage("--db FILE is required");
    return std::nullopt;
  }
  if (first == "eval") {
    if (o.inputs.size() != 1) {
      usage("expects exactly one CORPUS_DIR");
      return std::nullopt;
    }
    if (o.format != "text" && o.format != "json") {
      usage(fmt::format("unknown format '{}' (expected text or json)", o.format));
      return std::nullopt;
    }
  }
  if (o.all && o.db.empty()) {
    usage("--all needs --db");
    return std::nullopt;
  }
  return o;
}

}  // namespace claimcheck::cli
