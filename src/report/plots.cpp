// claim_plots: the HTML timelines' claims of each subject, kept on disk (see stream.hpp).

#include "claimcheck/report/stream.hpp"

#include "common.hpp"
#include "core/records.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <queue>
#include <stdexcept>

namespace claimcheck::report_io {
namespace {

struct file_closer {
  void operator()(std::FILE* f) const {
    if (f) std::fclose(f);
  }
};
using file_ptr = std::unique_ptr<std::FILE, file_closer>;

file_ptr temporary() {
  return file_ptr(detail::temporary_file());
}

[[noreturn]] void io_failed() { throw std::runtime_error("html report: a temporary file failed"); }

using records::put_f64;
using records::put_opt;
using records::put_str;
using records::put_u64;
using reader = records::reader<io_failed>;

// A record: its length, the subject label, then the point.
void put_point(std::string& b, std::string_view label, plot_point const& p) {
  std::size_t const from = b.size();
  put_u64(b, 0);
  put_str(b, label);
  put_str(b, p.id);
  b.push_back(static_cast<char>(p.kind));
  put_str(b, p.unit);
  put_f64(b, p.value);
  put_opt(b, p.lo);
  put_opt(b, p.hi);
  put_str(b, p.date);
  put_str(b, p.published);
  put_str(b, p.series);
  std::uint64_t const len = b.size() - from - 8;
  std::memcpy(b.data() + from, &len, 8);
}

plot_point get_point(reader& r) {
  plot_point p;
  p.id = std::string(r.sv());
  r.need(1);
  p.kind = static_cast<quantity_kind>(*r.p++);
  p.unit = std::string(r.sv());
  p.value = r.f64();
  p.lo = r.opt();
  p.hi = r.opt();
  p.date = std::string(r.sv());
  p.published = std::string(r.sv());
  p.series = std::string(r.sv());
  return p;
}

bool read_record(std::FILE* f, std::string& rec) {
  std::uint64_t len;
  std::size_t const got = std::fread(&len, 1, 8, f);
  if (got == 0) return false;
  if (got != 8) io_failed();
  rec.resize(len);
  if (std::fread(rec.data(), 1, len, f) != len) io_failed();
  return true;
}

std::string_view label_of(std::string_view rec) {
  reader r{rec.data(), rec.data() + rec.size()};
  return r.sv();
}

void write_all(std::FILE* f, std::string_view s) {
  if (!s.empty() && std::fwrite(s.data(), 1, s.size(), f) != s.size()) io_failed();
}

}  // namespace

struct claim_plots::impl {
  std::size_t run_points;
  file_ptr all = temporary();
  file_ptr sorted;
  std::string buf;
  std::map<std::string, std::pair<std::uint64_t, std::uint64_t>, std::less<>> index;  // offset, points
};

claim_plots::claim_plots(std::size_t run_points) : impl_(std::make_unique<impl>()) {
  impl_->run_points = std::max<std::size_t>(1, run_points);
}
claim_plots::~claim_plots() = default;

void claim_plots::add(claim const& c) {
  if (c.mod != modality::asserted) return;
  auto& b = impl_->buf;
  put_point(b, detail::subject_label(c), plot_point::of(c));
  if (b.size() > (1u << 16)) {
    write_all(impl_->all.get(), b);
    b.clear();
  }
}

void claim_plots::finish(report_frame const& frame) {
  auto& m = *impl_;
  write_all(m.all.get(), m.buf);
  m.buf.clear();
  if (std::fflush(m.all.get()) != 0 || std::fseek(m.all.get(), 0, SEEK_SET) != 0) io_failed();
  // Runs of the points of listed subjects, each sorted by subject in memory.
  std::vector<file_ptr> runs;
  std::vector<std::string> run;
  auto write_run = [&] {
    if (run.empty()) return;
    std::stable_sort(run.begin(), run.end(),
                     [](std::string const& a, std::string const& b) { return label_of(a) < label_of(b); });
    runs.push_back(temporary());
    std::string out;
    for (auto const& rec : run) {
      put_u64(out, rec.size());
      out += rec;
      if (out.size() > (1u << 16)) {
        write_all(runs.back().get(), out);
        out.clear();
      }
    }
    write_all(runs.back().get(), out);
    if (std::fflush(runs.back().get()) != 0 || std::fseek(runs.back().get(), 0, SEEK_SET) != 0) io_failed();
    run.clear();
  };
  std::string rec;
  while (read_record(m.all.get(), rec)) {
    if (!frame.worst_of_subject.count(label_of(rec))) continue;
    run.push_back(rec);
    if (run.size() >= m.run_points) write_run();
  }
  write_run();
  std::vector<std::string>().swap(run);
  m.all.reset();
  // Merged into one file sorted by subject, with the index.
  m.sorted = temporary();
  std::vector<std::string> head(runs.size());
  auto later = [&](std::size_t a, std::size_t b) {
    auto la = label_of(head[a]), lb = label_of(head[b]);
    return la != lb ? la > lb : a > b;
  };
  std::priority_queue<std::size_t, std::vector<std::size_t>, decltype(later)> queue(later);
  for (std::size_t i = 0; i < runs.size(); ++i) {
    if (read_record(runs[i].get(), head[i])) queue.push(i);
  }
  std::uint64_t at = 0;
  std::string out;
  while (!queue.empty()) {
    std::size_t const i = queue.top();
    queue.pop();
    auto label = label_of(head[i]);
    auto it = m.index.find(label);
    if (it == m.index.end()) it = m.index.emplace(std::string(label), std::pair<std::uint64_t, std::uint64_t>{at, 0}).first;
    ++it->second.second;
    put_u64(out, head[i].size());
    out += head[i];
    at += 8 + head[i].size();
    if (out.size() > (1u << 16)) {
      write_all(m.sorted.get(), out);
      out.clear();
    }
    if (read_record(runs[i].get(), head[i])) queue.push(i);
  }
  write_all(m.sorted.get(), out);
  if (std::fflush(m.sorted.get()) != 0) io_failed();
}

void claim_plots::points(std::string_view subject, std::function<void(plot_point const&)> const& each) const {
  auto& m = *impl_;
  if (!m.sorted) return;
  auto it = m.index.find(subject);
  if (it == m.index.end()) return;
  if (std::fseek(m.sorted.get(), static_cast<long>(it->second.first), SEEK_SET) != 0) io_failed();
  std::string rec;
  for (std::uint64_t k = 0; k < it->second.second; ++k) {
    if (!read_record(m.sorted.get(), rec)) io_failed();
    reader r{rec.data(), rec.data() + rec.size()};
    r.sv();  // the label
    each(get_point(r));
  }
}

}  // namespace claimcheck::report_io
