#!/usr/bin/env bash
# Sharded extraction plus one check gives the same report as one run on the whole feed:
#   claimcheck extract FEED --shard K/3 -o part-K.jsonl     (K = 1, 2, 3: any process or machine)
#   claimcheck check part-1.jsonl part-2.jsonl part-3.jsonl --format json
# equals `claimcheck check FEED --format json` byte for byte, except the report's "input"
# object, which counts what each run read: the sharded check read 3 files of claims and no
# articles, the single run read the feed's files and articles. Its "claims" and "skipped"
# must still agree; every other byte (the whole discrepancy list) must be identical.
#
# usage: shard_equivalence.sh CLAIMCHECK SOURCE_ROOT
set -euo pipefail
bin=$1
root=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() { echo "shard_equivalence: $*" >&2; exit 1; }

# A feed with cumulative tolls reported by several outlets on several days, some of them
# lower than earlier reports, so that reconciliation links claims across shards.
generate_feed() {
  local dir=$1 n=$2
  mkdir -p "$dir"
  awk -v n="$n" 'BEGIN {
    srand(5);
    split("residents,villagers,miners,fishermen,pilgrims,climbers", subj, ",");
    for (i = 1; i <= n; i++) {
      g = 1 + i % 6;
      day = 1 + int(i / 6) % 28;
      toll = 100 * g + 10 * day + ((i % 7 == 0) ? -25 : 0);
      text = sprintf("At least %d %s have been killed since the floods began, the regional office said on %s. ",
                     toll, subj[g], "Tuesday");
      text = text sprintf("Another %d were injured and %d homes were destroyed. ", 2 + int(rand() * 400), 10 + int(rand() * 900));
      if (i % 4 == 0) text = text sprintf("Nearly %d%% of the %d shelters were full. ", 10 + int(rand() * 80), 20 + int(rand() * 30));
      printf "{\"id\":\"s%05d\",\"published\":\"2024-06-%02d\",\"source\":\"Outlet %d\",\"text\":\"%s\"}\n",
             i, day, i % 4, text;
    }
  }' > "$dir/a.jsonl"
  # A second file, so shard ordinals run across files.
  sed -n '1,60p' "$dir/a.jsonl" | sed 's/"id":"s/"id":"t/; s/2024-06-/2024-07-/' > "$dir/b.jsonl"
}

run_case() {
  local label=$1; shift
  local parts=()
  for k in 1 2 3; do
    "$bin" extract "$@" --shard "$k/3" -q -o "$work/part-$k.jsonl" 2>/dev/null
    parts+=("$work/part-$k.jsonl")
  done
  "$bin" extract "$@" -q > "$work/whole.jsonl" 2>/dev/null
  local claims
  claims=$(wc -l < "$work/whole.jsonl")
  [ "$claims" -gt 0 ] || fail "$label: extract found no claims"
  # Every claim in exactly one shard, and no shard empty.
  for p in "${parts[@]}"; do [ -s "$p" ] || fail "$label: $(basename "$p") is empty"; done
  sort "${parts[@]}" > "$work/parts.sorted"
  sort "$work/whole.jsonl" > "$work/whole.sorted"
  cmp -s "$work/parts.sorted" "$work/whole.sorted" || fail "$label: the shards do not hold exactly the claims of one run"

  "$bin" check "$@" --format json --fail-on none -q > "$work/single.json" 2>/dev/null
  "$bin" check "${parts[@]}" --format json --fail-on none -q > "$work/sharded.json" 2>/dev/null
  [ -s "$work/single.json" ] || fail "$label: check wrote no report"
  # The "input" object is the only part allowed to differ (flat object: no nested braces).
  local in_single in_sharded
  in_single=$(grep -o '"input":{[^}]*}' "$work/single.json" || true)
  in_sharded=$(grep -o '"input":{[^}]*}' "$work/sharded.json" || true)
  [ -n "$in_single" ] || fail "$label: the report has no input object: $(head -c 200 "$work/single.json")"
  field() { echo "$1" | grep -o "\"$2\":[0-9]*" | cut -d: -f2; }
  [ "$(field "$in_sharded" files)" = 3 ] || fail "$label: sharded input should count 3 files: $in_sharded"
  [ "$(field "$in_sharded" articles)" = 0 ] || fail "$label: sharded input read claims, not articles: $in_sharded"
  [ "$(field "$in_single" claims)" = "$claims" ] || fail "$label: single run claims: $in_single (extract: $claims)"
  [ "$(field "$in_sharded" claims)" = "$claims" ] || fail "$label: sharded claims: $in_sharded (extract: $claims)"
  [ "$(field "$in_single" skipped)" = "$(field "$in_sharded" skipped)" ] || fail "$label: skipped counts differ"
  sed 's/"input":{[^}]*}/"input":{}/' "$work/single.json" > "$work/single.cmp"
  sed 's/"input":{[^}]*}/"input":{}/' "$work/sharded.json" > "$work/sharded.cmp"
  cmp -s "$work/single.cmp" "$work/sharded.cmp" || {
    diff <(tr '{' '\n' < "$work/single.cmp") <(tr '{' '\n' < "$work/sharded.cmp") | head -20 >&2
    fail "$label: the sharded report differs from the single run"
  }
  local found
  found=$( (grep -o '"kind":"[a-z_]*","severity"' "$work/single.json" || true) | wc -l)
  echo "ok: $label: $claims claims in 3 shards, $found discrepancies, identical reports"
}

generate_feed "$work/feed" 900
run_case "generated feed" "$work/feed"
if [ -d "$root/corpus/feed" ]; then
  run_case "corpus/feed" "$root/corpus/feed"
fi
# Claims written by hand, with cumulative tolls that drop and same-day figures that disagree,
# so that the discrepancy list is long whatever the extractor finds: extract passes them
# through, sharded by article.
mkdir -p "$work/claims"
awk 'BEGIN {
  split("residents,villagers,miners,fishermen", subj, ",");
  for (i = 1; i <= 120; i++) {
    g = 1 + i % 4; day = 1 + int(i / 4) % 28;
    v = 1000 * g + 20 * day + ((i % 5 == 0) ? -90 : 0) + ((i % 11 == 0) ? 400 : 0);
    for (c = 1; c <= 2; c++) {
      key = (c == 1) ? "kill" : "injure"; text = (c == 1) ? "have been killed" : "were injured";
      val = (c == 1) ? v : int(v / 3);
      printf "{\"type\":\"claim\",\"id\":\"m%03d:%d\",\"article\":\"m%03d\",\"source\":\"Outlet %d\",", i, c, i, i % 3;
      printf "\"published\":\"2024-08-%02d\",\"url\":null,\"file\":null,\"line\":null,\"span\":{\"start\":0,\"end\":4},", day;
      printf "\"sentence\":\"%d %s %s.\",\"quantity\":{\"text\":\"%d\",\"value\":%d,\"lo\":%d,\"hi\":%d,", val, subj[g], text, val, val, val, val;
      printf "\"qualifier\":null,\"kind\":\"count\",\"unit\":null},\"subject\":{\"text\":\"%s\",\"key\":\"%s\"},", subj[g], subj[g];
      printf "\"predicate\":{\"text\":\"%s\",\"key\":\"%s\",\"modality\":\"asserted\"},", text, key;
      printf "\"date\":{\"value\":\"2024-08-%02d\",\"basis\":\"explicit\",\"end\":null},", day;
      printf "\"attribution\":{\"text\":null,\"key\":null},\"relations\":[]}\n";
    }
  }
}' > "$work/claims/history.claims.jsonl"
run_case "hand-written claims" "$work/claims"
found=$( (grep -o '"kind":"[a-z_]*","severity"' "$work/single.json" || true) | wc -l)
[ "$found" -gt 0 ] || fail "hand-written claims: the reconciler found no discrepancy, so the comparison proves little"

# Pre-extracted claims in the input are sharded with their article, never repeated.
"$bin" extract "$work/feed/b.jsonl" -q > "$work/feed/c.claims.jsonl" 2>/dev/null
rm "$work/feed/b.jsonl"
run_case "feed with pre-extracted claims" "$work/feed"
