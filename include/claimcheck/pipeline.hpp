#pragma once
// The whole path, wired once: feed -> sentences -> quantities -> claims, in parallel when
// asked, with output in input order (so --jobs N gives the same bytes as --jobs 1).

#include "claimcheck/feed/reader.hpp"
#include "claimcheck/model.hpp"

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
  /// Optional, for writers: renders one claim of the article (appends to `out`). It runs on the
  /// worker thread that extracted the claim, so it must only touch its arguments. The claim
  /// comes from claims::extractor::extract_lean: what it shares with the article (id, source,
  /// published, url, file, line, the sentence a.text[sentence_start, sentence_end)) is in `a`,
  /// its topics are `topics` (claims::append_json(out, c, a, topics) writes it). An article's
  /// claims come in a row on one thread, `first` set for the first one (so a writer can escape
  /// what they share once: claims::append_json(out, c, a, topics, first)). When set,
  /// on_article is not called; on_rendered receives the renderings instead, in input order, on
  /// the calling thread (in chunks of about a megabyte, so a huge article's output is never
  /// one string).
  std::function<void(article const& a, std::span<std::string const> topics, claim const&, bool first, std::string& out)>
      render;
  std::function<void(std::string_view)> on_rendered;
};

/// Reads every input and extracts claims; returns the reader's statistics.
feed::read_stats run_extraction(extract_options const& opt, claims::extractor const& ex, extract_sinks const& sinks);

/// Parses "K/N" (1-based K) into index and count; false when malformed.
bool parse_shard(std::string const& s, unsigned& index, unsigned& count);

}  // namespace claimcheck
