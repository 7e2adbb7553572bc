#pragma once
// The whole path, wired once: feed -> sentences -> quantities -> claims, in parallel when
// asked, with output in input order (so --jobs N gives the same bytes as --jobs 1).

#include "claimcheck/feed/reader.hpp"
#include "claimcheck/model.hpp"
#include "claimcheck/out_buffer.hpp"

#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck {
class lexicon;
namespace claims {
class extractor;
}

struct extract_options {
  std::vector<std::string> inputs;
  unsigned jobs = 1;
  unsigned shard_index = 0;  ///< with shard_count > 1: keep articles whose ordinal % count == index
  unsigned shard_count = 1;
  bool quiet = true;         ///< no progress on stderr
};

struct extract_sinks {
  /// Called in input order with each article and its claims.
  std::function<void(article const&, std::vector<claim>&&)> on_article;
  /// Called for claims read from claims JSONL input (already extracted).
  std::function<void(claim&&)> on_claim;
  std::function<void(feed::diagnostic const&)> on_diagnostic;
  /// Optional, for writers: renders claims of the article (appends to `out`). It runs on the
  /// worker thread that extracted them, so it must only touch its arguments. The claims come
  /// from claims::extractor::extract_lean: what they share with the article (id, source,
  /// published, url, file, line, the sentence a.text[sentence_start, sentence_end), the subject
  /// and predicate texts at their spans: claims::subject_text) is in `a`, their topics are
  /// `topics` (claims::append_json_lines(out, claims, a, topics) writes them).
  /// An ordinary article's claims come in one call, so a writer escapes what they share once;
  /// a huge article's (or one with long sentences) in several calls, in order. When set,
  /// on_article is not called; on_rendered receives the renderings instead, in input order, on
  /// the calling thread (in chunks of about a megabyte, so a huge article's output is never
  /// one string).
  std::function<void(article const& a, std::span<std::string const> topics, std::span<claim const> claims,
                     out_buffer& out)>
      render;
  std::function<void(std::string_view)> on_rendered;
};

/// Reads every input and extracts claims; returns the reader's statistics.
feed::read_stats run_extraction(extract_options const& opt, claims::extractor const& ex, extract_sinks const& sinks);

/// Parses "K/N" (1-based K) into index and count; false when malformed.
bool parse_shard(std::string const& s, unsigned& index, unsigned& count);

}  // namespace claimcheck
