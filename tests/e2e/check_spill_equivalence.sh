#!/usr/bin/env bash
# `check` gives the same bytes whether its claims stay in memory or are spilled to buckets on
# disk (docs/reconcile.md, "Scale: bucketed runs"): every claim spilled into one bucket, into
# buckets of 7 claims and of 1 claim, against the in-memory run. Checked for every format (each
# streamed claim by claim from the buckets' merge, in its own order), for a baseline written and
# applied, on the
# bundled corpus/feed when present and on a generated feed whose cumulative counts rise and
# fall, so that discrepancies cite many claims at once. The temporary directory is removed.
#
# usage: check_spill_equivalence.sh CLAIMCHECK SOURCE_ROOT
set -euo pipefail
bin=$1
root=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() { echo "check_spill_equivalence: $*" >&2; exit 1; }

# Articles from five outlets over two months giving running tolls of a few subjects, some of
# them lower than earlier ones (falls), and same-day figures that disagree.
generate_feed() {
  local file=$1 n=$2
  awk -v n="$n" 'BEGIN {
    srand(23);
    split("people,children,soldiers,civilians", subj, ",");
    split("Gaza,Khan Younis,Rafah", place, ",");
    for (i = 1; i <= n; i++) {
      day = 1 + int(i * 58 / n);
      month = day > 29 ? 3 : 2;
      d = day > 29 ? day - 29 : day;
      text = "";
      for (s = 1; s <= 3; s++) {
        toll = 1000 + day * 40 + int(rand() * 60);
        if (rand() < 0.08) toll = toll - 600;
        text = text sprintf("Officials in %s said %d,%03d %s have been killed since the war began. ",
                            place[1 + int(rand() * 3)], int(toll / 1000), toll % 1000, subj[1 + int(rand() * 4)]);
      }
      printf "{\"id\":\"s%05d\",\"published\":\"2024-%02d-%02d\",\"source\":\"Outlet %d\",\"text\":\"%s\"}\n",
             i, month, d, i % 5, text;
    }
  }' > "$file"
}

compare_spill() {
  local label=$1; shift
  local tmp="$work/tmp"
  mkdir -p "$tmp"
  local f
  for f in json text markdown html sarif; do
    CLAIMCHECK_CHECK_MEMORY_CLAIMS=100000000 "$bin" check "$@" --format $f --fail-on none -q > "$work/mem.$f" 2>/dev/null
  done
  CLAIMCHECK_CHECK_MEMORY_CLAIMS=100000000 "$bin" check "$@" --fail-on none -q --write-baseline "$work/mem.baseline" \
    > /dev/null 2>/dev/null
  # Every other entry of the baseline, and one that matches nothing.
  { sed -n '1,2p;3~2p' "$work/mem.baseline"; printf 'deadbeef0000\tsum\twarning\tgone\n'; } > "$work/half.baseline"
  CLAIMCHECK_CHECK_MEMORY_CLAIMS=100000000 "$bin" check "$@" --fail-on none -q --baseline "$work/half.baseline" \
    > "$work/mem.baselined" 2>/dev/null
  local found most
  found=$(grep -c '"kind":' "$work/mem.json" || true)
  [ "$found" -gt 0 ] || fail "$label: no discrepancy in memory, nothing to compare"
  # One discrepancy per line: the most claims one of them cites.
  most=$(awk '{ n = gsub(/"sentence":/, ""); if (n > m) m = n } END { print m + 0 }' "$work/mem.json")
  for bucket in 1000000 7 1; do
    for f in json text markdown html sarif; do
      TMPDIR="$tmp" CLAIMCHECK_CHECK_MEMORY_CLAIMS=0 CLAIMCHECK_CHECK_BUCKET_CLAIMS=$bucket \
        "$bin" check "$@" --format $f --fail-on none -q > "$work/spill.$f" 2>/dev/null
      cmp -s "$work/mem.$f" "$work/spill.$f" || fail "$label: $f report spilled into buckets of $bucket differs"
    done
    TMPDIR="$tmp" CLAIMCHECK_CHECK_MEMORY_CLAIMS=0 CLAIMCHECK_CHECK_BUCKET_CLAIMS=$bucket \
      "$bin" check "$@" --fail-on none -q --write-baseline "$work/spill.baseline" > /dev/null 2>/dev/null
    cmp -s "$work/mem.baseline" "$work/spill.baseline" || fail "$label: baseline written from buckets of $bucket differs"
    TMPDIR="$tmp" CLAIMCHECK_CHECK_MEMORY_CLAIMS=0 CLAIMCHECK_CHECK_BUCKET_CLAIMS=$bucket \
      "$bin" check "$@" --fail-on none -q --baseline "$work/half.baseline" > "$work/spill.baselined" 2>/dev/null
    cmp -s "$work/mem.baselined" "$work/spill.baselined" || fail "$label: baselined report from buckets of $bucket differs"
  done
  [ -z "$(ls -A "$tmp")" ] || fail "$label: temporary files left in TMPDIR: $(ls "$tmp")"
  echo "ok: $label: $found discrepancies (up to $most claims each), identical in memory and spilled"
}

if [ -d "$root/corpus/feed" ]; then
  compare_spill "corpus/feed" "$root/corpus/feed"
fi
generate_feed "$work/feed.jsonl" 400
compare_spill "generated feed" "$work/feed.jsonl"
most=$(CLAIMCHECK_CHECK_MEMORY_CLAIMS=0 CLAIMCHECK_CHECK_BUCKET_CLAIMS=7 "$bin" check "$work/feed.jsonl" --format json \
  --fail-on none -q 2>/dev/null | awk '{ n = gsub(/"sentence":/, ""); if (n > m) m = n } END { print m + 0 }')
[ "$most" -ge 10 ] || fail "generated feed: the largest discrepancy cites $most claims; expected a timeline of at least 10"
