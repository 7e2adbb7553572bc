#pragma once
// A growable byte buffer that writers fill through a pointer: they make room first (nothing
// is written or filled), write, then say where they stopped. A std::string cannot grow without
// writing every new byte, so a writer that does not know its output's length before it has
// written it would have to render elsewhere and copy (extract's output is 14 times its input).

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <memory>
#include <string_view>

namespace claimcheck {

class out_buffer {
 public:
  char* data() { return data_.get(); }
  char const* data() const { return data_.get(); }
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  std::string_view view() const { return {data_.get(), size_}; }
  /// Empties the buffer and keeps its memory.
  void clear() { size_ = 0; }
  /// Empties the buffer and frees its memory.
  void release() {
    data_.reset();
    size_ = capacity_ = 0;
  }
  /// Makes room for n more bytes (the contents are kept; data() may move) and returns where
  /// they go: data() + size().
  char* reserve(std::size_t n) {
    if (capacity_ - size_ < n) grow(n);
    return data_.get() + size_;
  }
  /// Takes the bytes up to `end` (written after reserve) as the buffer's contents.
  void commit(char const* end) { size_ = static_cast<std::size_t>(end - data_.get()); }
  void append(std::string_view s) {
    if (s.empty()) return;
    std::memcpy(reserve(s.size()), s.data(), s.size());
    size_ += s.size();
  }

 private:
  void grow(std::size_t n) {
    std::size_t const capacity = std::max({size_ + n, 2 * capacity_, std::size_t{1} << 16});
    std::unique_ptr<char[]> grown(new char[capacity]);
    if (size_) std::memcpy(grown.get(), data_.get(), size_);
    data_ = std::move(grown);
    capacity_ = capacity;
  }

  std::unique_ptr<char[]> data_;
  std::size_t size_ = 0, capacity_ = 0;
};

}  // namespace claimcheck
