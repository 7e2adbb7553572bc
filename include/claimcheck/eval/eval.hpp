#pragma once
// Evaluation against the curated corpus's gold annotations (docs/corpus.md).

#include <string>

namespace claimcheck {
class lexicon;
}

namespace claimcheck::eval {

struct eval_options {
  std::string corpus_dir;
  bool json = false;
};

/// Runs the pipeline on CORPUS_DIR/feed, compares with CORPUS_DIR/gold, renders the figures.
/// `passed` is false when a figure is below its threshold in CORPUS_DIR/thresholds.tsv.
std::string run_eval(eval_options const& opt, lexicon const& lex, bool& passed);

}  // namespace claimcheck::eval
