#pragma once
// Output that never leaves a half-written file behind: with a path, bytes go to a temporary
// file in the same directory, renamed over the target only when everything was written.

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unistd.h>

namespace claimcheck::cli {

class output_sink {
 public:
  explicit output_sink(std::string path) : path_(std::move(path)) {
    if (path_.empty() || path_ == "-") {
      f_ = stdout;
      return;
    }
    tmp_ = path_ + ".tmp." + std::to_string(::getpid());
    f_ = std::fopen(tmp_.c_str(), "wb");
    if (!f_) throw std::runtime_error(fmt::format("{}: cannot write: {}", path_, std::strerror(errno)));
  }
  output_sink(output_sink const&) = delete;
  output_sink& operator=(output_sink const&) = delete;
  ~output_sink() {
    if (f_ && f_ != stdout) {
      std::fclose(f_);
      std::remove(tmp_.c_str());
    }
  }

  void write(std::string_view s) {
    if (!s.empty() && std::fwrite(s.data(), 1, s.size(), f_) != s.size()) fail();
  }

  /// Flushes and, for a file, renames it into place. Throws when any write failed.
  void commit() {
    if (std::fflush(f_) != 0 || std::ferror(f_)) fail();
    if (f_ == stdout) return;
    if (::fsync(::fileno(f_)) != 0 && errno != EINVAL) fail();
    if (std::fclose(f_) != 0) {
      f_ = nullptr;
      std::remove(tmp_.c_str());
      throw std::runtime_error(fmt::format("{}: write failed: {}", path_, std::strerror(errno)));
    }
    f_ = nullptr;
    if (std::rename(tmp_.c_str(), path_.c_str()) != 0) {
      int e = errno;
      std::remove(tmp_.c_str());
      throw std::runtime_error(fmt::format("{}: cannot rename into place: {}", path_, std::strerror(e)));
    }
  }

  bool is_terminal() const { return f_ == stdout && ::isatty(STDOUT_FILENO); }

 private:
  [[noreturn]] void fail() {
    int e = errno;
    throw std::runtime_error(
        fmt::format("{}: write failed: {}", path_.empty() ? "standard output" : path_, std::strerror(e)));
  }
  std::string path_, tmp_;
  std::FILE* f_ = nullptr;
};

}  // namespace claimcheck::cli
