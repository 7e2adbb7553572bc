#!/usr/bin/env bash
# The held-out gate: `claimcheck eval` on corpus-heldout/ (10 articles nobody tuned on, gold
# annotated blind; docs/heldout.md) must meet every minimum in corpus-heldout/thresholds.tsv.
# The minimums are the figures measured when the set was made, floored: a guard against
# regressions on unseen text, not a target to tune for. Prints the table either way.
#
# usage: eval_heldout.sh CLAIMCHECK SOURCE_ROOT
set -uo pipefail
bin=$1
root=$2

out=$("$bin" eval "$root/corpus-heldout")
rc=$?
printf '%s\n' "$out"
if [ "$rc" -ne 0 ]; then
  echo "eval_heldout: claimcheck eval $root/corpus-heldout exited $rc (a figure below its threshold, or gold errors; see above)" >&2
  exit 1
fi
# The gate only means something when it checked thresholds on real figures.
grep -q '^thresholds: [0-9]* checked, all met$' <<<"$out" || { echo "eval_heldout: no thresholds were checked" >&2; exit 1; }
grep -q '^quantity\.span ' <<<"$out" || { echo "eval_heldout: the table has no quantity.span row" >&2; exit 1; }
