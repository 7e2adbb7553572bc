#!/usr/bin/env bash
# `--jobs N` gives the same bytes as `--jobs 1`: extraction runs batches in parallel but
# delivers them in input order. Checked for `extract` (JSONL and TSV) and `check --format json`
# on the bundled corpus/feed when present, and always on a generated feed large enough for
# several batches per thread, with articles of very different lengths (threads finish out of order).
#
# usage: jobs_equivalence.sh CLAIMCHECK SOURCE_ROOT
set -euo pipefail
bin=$1
root=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() { echo "jobs_equivalence: $*" >&2; exit 1; }

# A feed directory: one JSONL file of N articles (1 to 40 sentences each), a gzip copy of part
# of it under other ids, and a few text files with front matter.
generate_feed() {
  local dir=$1 n=$2
  mkdir -p "$dir/notes"
  awk -v n="$n" 'BEGIN {
    srand(11);
    split("residents,homes,clinics,soldiers,children,families,workers,patients", subj, ",");
    split("have been killed,were displaced,were damaged,have been wounded,were evacuated", pred, ",");
    for (i = 1; i <= n; i++) {
      text = "";
      k = (i % 9 == 0) ? 40 : 1 + int(rand() * 5);
      for (s = 1; s <= k; s++)
        text = text sprintf("Officials said %d,%03d %s %s in district %d by March %d. About %d%% of them were counted twice. ",
                            1 + int(rand() * 40), int(rand() * 1000), subj[1 + int(rand() * 8)],
                            pred[1 + int(rand() * 5)], 1 + int(rand() * 30), 1 + int(rand() * 28), int(rand() * 100));
      printf "{\"id\":\"j%05d\",\"published\":\"2024-04-%02d\",\"source\":\"Outlet %d\",\"text\":\"%s\"}\n",
             i, 1 + i % 28, i % 5, text;
    }
  }' > "$dir/feed.jsonl"
  head -n 50 "$dir/feed.jsonl" | sed 's/"id":"j/"id":"z/' | gzip -c > "$dir/more.jsonl.gz"
  for i in 1 2 3 4 5; do
    printf -- '---\nid: note%d\npublished: 2024-05-0%d\nsource: Notes\n---\nThe council counted %d shelters and %d,500 beds on Friday. Nearly %d people left.\n' \
      "$i" "$i" $((i * 7)) "$i" $((i * 300)) > "$dir/notes/n$i.txt"
  done
}

compare_jobs() {
  local label=$1; shift
  "$bin" extract "$@" --jobs 1 -q > "$work/x1.jsonl" 2> "$work/x1.err"
  local claims
  claims=$(wc -l < "$work/x1.jsonl")
  [ "$claims" -gt 0 ] || fail "$label: extract found no claims, nothing to compare"
  for j in 2 3 0; do
    "$bin" extract "$@" --jobs "$j" -q > "$work/xj.jsonl" 2> "$work/xj.err"
    cmp -s "$work/x1.jsonl" "$work/xj.jsonl" || fail "$label: extract --jobs $j differs from --jobs 1"
    cmp -s "$work/x1.err" "$work/xj.err" || fail "$label: extract --jobs $j diagnostics differ from --jobs 1"
  done
  "$bin" extract "$@" --format tsv --jobs 1 -q > "$work/t1.tsv" 2>/dev/null
  "$bin" extract "$@" --format tsv --jobs 2 -q > "$work/t2.tsv" 2>/dev/null
  cmp -s "$work/t1.tsv" "$work/t2.tsv" || fail "$label: extract --format tsv --jobs 2 differs from --jobs 1"
  "$bin" check "$@" --format json --fail-on none --jobs 1 -q > "$work/r1.json" 2>/dev/null
  "$bin" check "$@" --format json --fail-on none --jobs 2 -q > "$work/r2.json" 2>/dev/null
  [ -s "$work/r1.json" ] || fail "$label: check wrote no report"
  cmp -s "$work/r1.json" "$work/r2.json" || fail "$label: check --jobs 2 report differs from --jobs 1"
  echo "ok: $label: $claims claims, identical for --jobs 1, 2, 3 and 0"
}

if [ -d "$root/corpus/feed" ]; then
  compare_jobs "corpus/feed" "$root/corpus/feed"
fi
generate_feed "$work/feed" 1500
compare_jobs "generated feed" "$work/feed"
# Standard input goes through the same path.
"$bin" extract - --jobs 1 -q < "$work/feed/feed.jsonl" > "$work/s1.jsonl" 2>/dev/null
"$bin" extract - --jobs 2 -q < "$work/feed/feed.jsonl" > "$work/s2.jsonl" 2>/dev/null
cmp -s "$work/s1.jsonl" "$work/s2.jsonl" || fail "standard input: extract --jobs 2 differs from --jobs 1"
[ -s "$work/s1.jsonl" ] || fail "standard input: no claims"
