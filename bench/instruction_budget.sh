#!/usr/bin/env bash
# A guard on extract's cost: instructions per MB of generated news (bench/gen_news, 1 MB,
# seed 1), counted by valgrind (callgrind), against bench/instruction_budget.tsv for the build
# type. Instruction counts do not depend on the machine's load, so this runs in CI; it fails
# when a change makes `claimcheck extract` dearer than the budget, so a rule that walks every
# token again is seen when it lands. A change that needs more must raise the row in its own
# commit and say why (docs/performance.md, "The instruction budget").
#   bash instruction_budget.sh CLAIMCHECK GEN_NEWS BUILD_TYPE SOURCE_ROOT
# Exit 77 (CTest: skipped) without valgrind or without a row for the build type.
set -euo pipefail
export LC_ALL=C
bin=$1 gen=$2 type=${3:-none} root=$4
budget_file=$root/bench/instruction_budget.tsv
if ! command -v valgrind >/dev/null; then
  echo "SKIP: valgrind not installed (scripts/setup-deps.sh installs it)"
  exit 77
fi
budget=$(awk -F'\t' -v t="$type" '$1 == t { print $2 }' "$budget_file")
if [ -z "$budget" ]; then
  echo "SKIP: no budget for build type '$type' in $budget_file"
  exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$gen" --size-mb 1 --seed 1 -o "$tmp/feed.jsonl" 2>/dev/null
bytes=$(stat -c %s "$tmp/feed.jsonl")
valgrind --tool=callgrind --callgrind-out-file="$tmp/cg.out" "$bin" extract "$tmp/feed.jsonl" -o "$tmp/claims.jsonl" -q \
  2>"$tmp/valgrind.txt"
refs=$(sed -n 's/.*I *refs: *\([0-9,]*\).*/\1/p' "$tmp/valgrind.txt" | tr -d ,)
if [ -z "$refs" ]; then
  cat "$tmp/valgrind.txt" >&2
  echo "FAIL: no instruction count from valgrind"
  exit 1
fi
claims=$(wc -l <"$tmp/claims.jsonl")
# millions of instructions per MB (10^6 bytes), one decimal
per_mb=$(awk -v r="$refs" -v b="$bytes" 'BEGIN { printf "%.1f", r / b }')
echo "extract: $refs instructions for $bytes bytes ($claims claims): $per_mb M per MB; budget ($type) $budget M per MB"
if awk -v m="$per_mb" -v b="$budget" 'BEGIN { exit !(m > b) }'; then
  echo "FAIL: over the budget by $(awk -v m="$per_mb" -v b="$budget" 'BEGIN { printf "%.1f%%", 100 * (m / b - 1) }')." \
       "Find the new per-token or per-figure cost (callgrind_annotate, docs/performance.md) or raise the budget in" \
       "bench/instruction_budget.tsv with a reason in the commit."
  exit 1
fi
if awk -v m="$per_mb" -v b="$budget" 'BEGIN { exit !(m < 0.9 * b) }'; then
  echo "note: more than 10% under the budget; lower it in bench/instruction_budget.tsv to keep the gain"
fi
