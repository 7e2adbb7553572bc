// gen_news: writes a deterministic news feed (JSON Lines, or plain text) of a given size.
//
//   gen_news --size-mb 10 [--seed 1] [--format jsonl|txt] [-o FILE]
//
// Prints "bytes articles quantities quantities/MB" to standard error when done.

#include "news_gen.hpp"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace {

int usage() {
  std::fputs("usage: gen_news --size-mb MB [--seed N] [--format jsonl|txt] [-o FILE]\n", stderr);
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  double size_mb = -1;
  unsigned long long seed = 1;
  std::string format = "jsonl", output;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&]() -> char const* { return i + 1 < argc ? argv[++i] : nullptr; };
    char const* v = nullptr;
    if (a == "--size-mb" && (v = value())) {
      size_mb = std::strtod(v, nullptr);
    } else if (a == "--seed" && (v = value())) {
      seed = std::strtoull(v, nullptr, 10);
    } else if (a == "--format" && (v = value())) {
      format = v;
    } else if (a == "-o" && (v = value())) {
      output = v;
    } else {
      return usage();
    }
  }
  if (size_mb <= 0 || (format != "jsonl" && format != "txt")) return usage();

  std::FILE* out = output.empty() ? stdout : std::fopen(output.c_str(), "wb");
  if (!out) {
    std::fprintf(stderr, "gen_news: cannot write %s: %s\n", output.c_str(), std::strerror(errno));
    return 1;
  }
  auto const target = static_cast<std::size_t>(size_mb * 1e6);
  claimcheck::bench::news_generator gen(seed);
  std::string buf;
  std::size_t written = 0;
  while (written < target) {
    buf.clear();
    for (int k = 0; k < 256 && written + buf.size() < target; ++k) {
      auto a = gen.next();
      if (format == "jsonl") {
        claimcheck::bench::news_generator::append_jsonl(buf, a);
      } else {
        if (written + buf.size()) buf += "\n\n";
        buf += a.text;
      }
    }
    if (std::fwrite(buf.data(), 1, buf.size(), out) != buf.size()) {
      std::fprintf(stderr, "gen_news: write failed: %s\n", std::strerror(errno));
      return 1;
    }
    written += buf.size();
  }
  if (format == "txt") std::fputc('\n', out);
  if (out != stdout && std::fclose(out) != 0) {
    std::fprintf(stderr, "gen_news: write failed: %s\n", std::strerror(errno));
    return 1;
  }
  std::fprintf(stderr, "%zu bytes, %zu articles, %zu quantities, %.0f quantities/MB\n", written, gen.articles(),
               gen.quantities(), static_cast<double>(gen.quantities()) / (static_cast<double>(written) / 1e6));
  return 0;
}
