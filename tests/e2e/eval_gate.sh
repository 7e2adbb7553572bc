#!/usr/bin/env bash
# The CI gate: `claimcheck eval` on the bundled corpus/ (or SET, another gold set beside it) must
# meet every minimum in SET/thresholds.tsv (docs/eval.md). Prints the table either way.
#
# usage: eval_gate.sh CLAIMCHECK SOURCE_ROOT [SET]     (SET defaults to corpus)
set -uo pipefail
bin=$1
root=$2
set_dir=${3:-corpus}
name="eval_gate ($set_dir)"

out=$("$bin" eval "$root/$set_dir")
rc=$?
printf '%s\n' "$out"
if [ "$rc" -ne 0 ]; then
  echo "$name: claimcheck eval $root/$set_dir exited $rc (a figure below its threshold, or gold errors; see above)" >&2
  exit 1
fi
# The gate only means something when it checked thresholds on real figures.
grep -q '^thresholds: [0-9]* checked, all met$' <<<"$out" || { echo "$name: no thresholds were checked" >&2; exit 1; }
grep -q '^quantity\.span ' <<<"$out" || { echo "$name: the table has no quantity.span row" >&2; exit 1; }
