#!/usr/bin/env bash
# Checks that two claimcheck builds give byte-identical output: the guard of every speed step
# (docs/performance.md, "The extract path, eighth round"). Compares, with cmp:
#   extract of 10 MB of generated news (gen_news --size-mb 10 --seed 1) as JSONL, as TSV and
#   with --jobs 2; extract of corpus/ and check corpus/feed --format json; extract of the seed
#   (../shared/seeds) and of both held-out sets (compared only: nothing of theirs is printed);
#   extract of the Recognizers-Text English specs (../shared/external, ~1,200 short inputs of
#   every number shape, 20 to an article; needs python3 to build the feed).
#   bench/same_output.sh REF_CLAIMCHECK NEW_CLAIMCHECK [GEN_NEWS]
# GEN_NEWS defaults to build-rel/bench/gen_news, then build/bench/gen_news. Exit 0 when all match
# and every run of both builds exited 0.
set -uo pipefail
cd "$(dirname "$0")/.."
ref=$1 new=$2
gen=${3:-}
[ -n "$gen" ] || for g in build-rel/bench/gen_news build/bench/gen_news; do [ -x "$g" ] && gen=$g && break; done
[ -x "${gen:-}" ] || { echo "same_output: no gen_news (pass its path as the third argument)" >&2; exit 2; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$gen" --size-mb 10 --seed 1 -o "$out/feed.jsonl" 2>/dev/null
fail=0
run() {  # name, args...
  local name=$1; shift
  "$ref" "$@" -q >"$out/ref" 2>/dev/null; local r1=$?
  "$new" "$@" -q >"$out/new" 2>/dev/null; local r2=$?
  # (every run here exits 0: two builds that crash alike are not "the same", they are both broken)
  if [ $r1 != 0 ] || [ $r2 != 0 ]; then
    echo "FAILED: $name (exit $r1 vs $r2)"; fail=1
  elif ! cmp -s "$out/ref" "$out/new"; then
    echo "DIFFERENT: $name"; fail=1
  else
    echo "same: $name ($(wc -c <"$out/ref") bytes)"
  fi
}
run feed_jsonl extract "$out/feed.jsonl"
run feed_tsv extract --format tsv "$out/feed.jsonl"
run feed_jobs2 extract --jobs 2 "$out/feed.jsonl"
run corpus extract corpus
run corpus_check check corpus/feed --format json --fail-on none
[ -d ../shared/seeds ] && run seeds extract ../shared/seeds
[ -d corpus-heldout ] && run heldout extract corpus-heldout
[ -d corpus-heldout2 ] && run heldout2 extract corpus-heldout2
specs=../shared/external/recognizers-text-specs
if [ -d "$specs" ] && command -v python3 >/dev/null; then
  python3 - "$specs" "$out/specs.jsonl" <<'PY'
import glob, json, sys
n = 0
with open(sys.argv[2], "w") as out:
    for f in sorted(glob.glob(sys.argv[1] + "/*/English/*.json")):
        inputs = [case["Input"] for case in json.load(open(f, encoding="utf-8-sig"))]
        for i in range(0, len(inputs), 20):
            n += 1
            out.write(json.dumps({"id": f"spec-{n}", "text": "\n\n".join(inputs[i:i + 20]),
                                  "published": "2024-05-01", "source": "Spec Wire"}) + "\n")
PY
  run specs extract "$out/specs.jsonl"
fi
if [ $fail = 0 ]; then echo "ALL SAME"; else echo "outputs differ"; fi
exit $fail
