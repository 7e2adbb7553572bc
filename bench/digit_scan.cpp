// digit_scan: the floor any extractor has to beat - read the input and count digit runs,
// nothing else. Prints "BYTES bytes, RUNS digit runs, SECONDS s, MB/s".
//
//   digit_scan FILE...

#include <chrono>
#include <cstdio>
#include <cstring>
#include <vector>

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fputs("usage: digit_scan FILE...\n", stderr);
    return 2;
  }
  auto start = std::chrono::steady_clock::now();
  std::vector<char> buf(1 << 20);
  unsigned long long bytes = 0, runs = 0;
  for (int i = 1; i < argc; ++i) {
    std::FILE* f = std::fopen(argv[i], "rb");
    if (!f) {
      std::fprintf(stderr, "digit_scan: cannot read %s: %s\n", argv[i], std::strerror(errno));
      return 1;
    }
    bool in_run = false;
    for (std::size_t n; (n = std::fread(buf.data(), 1, buf.size(), f)) > 0;) {
      bytes += n;
      for (std::size_t k = 0; k < n; ++k) {
        bool d = static_cast<unsigned char>(buf[k] - '0') < 10;
        runs += d && !in_run;
        in_run = d;
      }
    }
    std::fclose(f);
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("%llu bytes, %llu digit runs, %.3f s, %.1f MB/s\n", bytes, runs, secs,
              secs > 0 ? static_cast<double>(bytes) / 1e6 / secs : 0.0);
  return 0;
}
