#pragma once
// Output that never leaves a half-written file behind: with a path, bytes go to a temporary
// file in the same directory, renamed over the target only when everything was written.
//
// Rules:
//  1. "-" or no path: standard output.
//  2. A target that exists and is not a regular file (/dev/null, /dev/full, a FIFO, a
//     terminal) is written directly: renaming over it would replace the device node.
//  3. A target that is a symlink is resolved: the file it points to is replaced, the link kept.
//  4. Any failed write, flush, sync, close or rename throws; the temporary file is removed
//     (also when the sink is destroyed without commit()), and the target is left untouched.

#include <fmt/format.h>

#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <sys/stat.h>
#include <unistd.h>

namespace claimcheck::cli {

class output_sink {
 public:
  explicit output_sink(std::string path) : path_(std::move(path)) {
    if (path_.empty() || path_ == "-") {
      f_ = stdout;
      return;
    }
    struct stat st {};
    if (::stat(path_.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
      f_ = std::fopen(path_.c_str(), "wb");  // rule 2
      if (!f_) throw std::runtime_error(fmt::format("{}: cannot write: {}", path_, error_text(errno)));
      direct_ = true;
      return;
    }
    std::error_code ec;
    target_ = path_;
    if (std::filesystem::is_symlink(path_, ec)) {  // rule 3
      auto resolved = std::filesystem::weakly_canonical(path_, ec);
      if (!ec) target_ = resolved.string();
    }
    // A unique temporary name (mkstemp), with the permissions a plain create would give.
    tmp_ = target_ + ".tmp.XXXXXX";
    int fd = ::mkstemp(tmp_.data());
    if (fd < 0) throw std::runtime_error(fmt::format("{}: cannot write: {}", path_, error_text(errno)));
    mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(fd, 0666 & ~mask);
    f_ = ::fdopen(fd, "wb");
    if (!f_) {
      int e = errno;
      ::close(fd);
      std::remove(tmp_.c_str());
      throw std::runtime_error(fmt::format("{}: cannot write: {}", path_, error_text(e)));
    }
  }
  output_sink(output_sink const&) = delete;
  output_sink& operator=(output_sink const&) = delete;
  ~output_sink() {
    if (f_ && f_ != stdout) {
      std::fclose(f_);
      if (!direct_) std::remove(tmp_.c_str());
    }
  }

  void write(std::string_view s) {
    if (!s.empty() && std::fwrite(s.data(), 1, s.size(), f_) != s.size()) fail();
  }

  /// Flushes and, for a file, renames it into place. Throws when any write failed.
  void commit() {
    if (std::fflush(f_) != 0 || std::ferror(f_)) fail();
    if (f_ == stdout) return;
    if (!direct_ && ::fsync(::fileno(f_)) != 0 && errno != EINVAL) fail();
    if (std::fclose(f_) != 0) {
      int e = errno;
      f_ = nullptr;
      if (!direct_) std::remove(tmp_.c_str());
      throw std::runtime_error(fmt::format("{}: write failed: {}", path_, error_text(e)));
    }
    f_ = nullptr;
    if (direct_) return;
    if (std::rename(tmp_.c_str(), target_.c_str()) != 0) {
      int e = errno;
      std::remove(tmp_.c_str());
      throw std::runtime_error(fmt::format("{}: cannot rename into place: {}", path_, error_text(e)));
    }
  }

  bool is_terminal() const { return f_ == stdout ? ::isatty(STDOUT_FILENO) : false; }

 private:
  static std::string error_text(int e) {
    std::string s = std::strerror(e);
    if (!s.empty()) s[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[0])));
    return s;
  }
  [[noreturn]] void fail() {
    int e = errno;
    throw std::runtime_error(
        fmt::format("{}: write failed: {}", path_.empty() || path_ == "-" ? "standard output" : path_, error_text(e)));
  }
  std::string path_, target_, tmp_;
  std::FILE* f_ = nullptr;
  bool direct_ = false;  ///< writing to a device or FIFO in place
};

}  // namespace claimcheck::cli
