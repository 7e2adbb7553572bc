#!/usr/bin/env bash
# `claimcheck eval` as a command: exit codes, JSON output, and a threshold that fails is named.
# Runs on a copy of the bundled corpus so thresholds can be changed freely.
#
# usage: eval_cli.sh CLAIMCHECK SOURCE_ROOT
set -euo pipefail
bin=$1
root=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() { echo "eval_cli: $*" >&2; exit 1; }

mkdir -p "$work/corpus"
cp -r "$root/corpus/feed" "$root/corpus/gold" "$work/corpus/"

# No thresholds: every figure is reported and the run passes.
out=$("$bin" eval "$work/corpus") || fail "eval without thresholds exited $?"
for row in quantity.span quantity.value quantity.interval quantity.kind claim.subject claim.predicate \
           claim.modality claim.date claim.date_basis claim.source claim.whole relation discrepancy \
           discrepancy.temporal discrepancy.duration; do
  grep -q "^$row " <<<"$out" || fail "text table has no $row row"
done
grep -q '^thresholds: none$' <<<"$out" || fail "expected 'thresholds: none'"
grep -q '^clean articles: ' <<<"$out" || fail "no clean-articles line"

# JSON: one object with the same figures, and the same answer twice (stable).
json1=$("$bin" eval "$work/corpus" --format json) || fail "json eval exited $?"
json2=$("$bin" eval "$work/corpus" --format json)
[ "$json1" = "$json2" ] || fail "json output differs between two runs"
for key in '"metrics":{"quantity.span":{"gold":' '"clean":{"articles":' '"outliers":{"named":' '"passed":true}'; do
  grep -qF "$key" <<<"$json1" || fail "json lacks $key"
done

# A minimum of 1.0 fails the gate (exit 1) and is named, unless the figure really is 1.
printf '# test\nquantity.span.f1\t1.0\nclaim.whole.recall\t0\n' > "$work/corpus/thresholds.tsv"
set +e
out=$("$bin" eval "$work/corpus")
rc=$?
set -e
if grep -q '^quantity\.span .* 1\.000$' <<<"$out"; then
  [ "$rc" -eq 0 ] || fail "perfect spans but exit $rc"
else
  [ "$rc" -eq 1 ] || fail "unmet threshold: expected exit 1, got $rc"
  grep -q '^  quantity\.span\.f1 = 0\.[0-9]* < 1$' <<<"$out" || fail "unmet threshold not named: $out"
  grep -q '^FAILED$' <<<"$out" || fail "no FAILED line"
fi

# An unknown metric fails too (a typo must not pass silently).
printf 'quantity.spam.f1\t0.1\n' > "$work/corpus/thresholds.tsv"
set +e
out=$("$bin" eval "$work/corpus" --format json)
rc=$?
set -e
[ "$rc" -eq 1 ] || fail "unknown metric: expected exit 1, got $rc"
grep -qF '{"metric":"quantity.spam.f1","min":0.1,"value":null,"passed":false}' <<<"$out" || fail "unknown metric not reported"

# A corpus without feed/ is a usage error (exit 2).
set +e
"$bin" eval "$work/corpus/gold" >/dev/null 2>&1
rc=$?
set -e
[ "$rc" -eq 2 ] || fail "missing feed/: expected exit 2, got $rc"
echo "eval_cli: ok"
