#!/usr/bin/env bash
# The CI gate: `claimcheck eval` on the bundled corpus/ must meet every minimum in
# corpus/thresholds.tsv (docs/eval.md). Prints the table either way.
#
# usage: eval_gate.sh CLAIMCHECK SOURCE_ROOT
set -uo pipefail
bin=$1
root=$2

out=$("$bin" eval "$root/corpus")
rc=$?
printf '%s\n' "$out"
if [ "$rc" -ne 0 ]; then
  echo "eval_gate: claimcheck eval $root/corpus exited $rc (a figure below its threshold, or gold errors; see above)" >&2
  exit 1
fi
# The gate only means something when it checked thresholds on real figures.
grep -q '^thresholds: [0-9]* checked, all met$' <<<"$out" || { echo "eval_gate: no thresholds were checked" >&2; exit 1; }
grep -q '^quantity\.span ' <<<"$out" || { echo "eval_gate: the table has no quantity.span row" >&2; exit 1; }
