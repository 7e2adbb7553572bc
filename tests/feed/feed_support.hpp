#pragma once
// Helpers for the feed tests: collect what a reader delivers, temporary directories, gzip.

#include "claimcheck/feed/reader.hpp"

#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unistd.h>
#include <vector>

namespace claimcheck::testing {

struct collected {
  std::vector<article> articles;
  std::vector<claim> claims;
  std::vector<feed::diagnostic> diags;
  feed::read_stats stats;

  feed::callbacks callbacks() {
    feed::callbacks cb;
    cb.on_article = [this](article&& a) { articles.push_back(std::move(a)); };
    cb.on_claim = [this](claim&& c) { claims.push_back(std::move(c)); };
    cb.on_diagnostic = [this](feed::diagnostic const& d) { diags.push_back(d); };
    return cb;
  }
  std::vector<std::string> ids() const {
    std::vector<std::string> out;
    for (auto const& a : articles) out.push_back(a.id);
    return out;
  }
  std::vector<std::string> messages() const {
    std::vector<std::string> out;
    for (auto const& d : diags) out.push_back(d.to_string());
    return out;
  }
};

inline collected read_buffer(std::string const& name, std::string_view data, feed::read_options const& opt = {}) {
  collected c;
  feed::read_buffer(name, data, c.callbacks(), c.stats, opt);
  return c;
}

inline collected read_inputs(std::vector<std::string> const& inputs, feed::read_options const& opt = {}) {
  collected c;
  c.stats = feed::read_inputs(inputs, c.callbacks(), opt);
  return c;
}

/// A fresh directory under the system temporary directory, removed with its contents.
class temp_dir {
 public:
  temp_dir() {
    std::random_device rd;
    path_ = std::filesystem::temp_directory_path() /
            ("claimcheck-feed-" + std::to_string(::getpid()) + "-" + std::to_string(rd()));
    std::filesystem::create_directories(path_);
  }
  temp_dir(temp_dir const&) = delete;
  temp_dir& operator=(temp_dir const&) = delete;
  ~temp_dir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  std::filesystem::path const& path() const { return path_; }
  /// Writes `data` to the relative path `rel` (creating directories) and returns its path.
  std::string write(std::string const& rel, std::string_view data) const {
    auto p = path_ / rel;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream f(p, std::ios::binary);
    f.write(data.data(), static_cast<std::streamsize>(data.size()));
    if (!f) throw std::runtime_error("cannot write " + p.string());
    return p.string();
  }

 private:
  std::filesystem::path path_;
};

/// `data` as one gzip member.
inline std::string gzip(std::string_view data, int level = 6) {
  z_stream zs{};
  if (deflateInit2(&zs, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
    throw std::runtime_error("deflateInit2");
  std::string out(deflateBound(&zs, static_cast<uLong>(data.size())) + 64, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  int ret = deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  if (ret != Z_STREAM_END) throw std::runtime_error("deflate");
  return out;
}

}  // namespace claimcheck::testing
