#!/usr/bin/env bash
# `claimcheck check` writes every report format from one run over hand-made claims (claims
# JSONL, so no extraction is involved), escapes hostile feed text, and follows the contract's
# exit codes with --fail-on and the --write-baseline / --baseline workflow.
#
# usage: report_formats.sh CLAIMCHECK SOURCE_ROOT
set -euo pipefail
bin=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() { echo "report_formats: $*" >&2; exit 1; }

# claim ID ARTICLE SOURCE DATE VALUE URL SENTENCE QTEXT: one claims-JSONL line about
# "people / kill". The sentence and source may carry markup; JSON escaping is done here.
claim() {
  local id=$1 article=$2 source=$3 date=$4 value=$5 url=$6 sentence=$7 qtext=$8
  printf '{"type":"claim","id":"%s","article":"%s","source":"%s","published":"%s","url":"%s","file":"feed.jsonl","line":%s,' \
    "$id" "$article" "$source" "$date" "$url" "${id##*:}"
  printf '"span":{"start":0,"end":%d},"sentence":"%s","quantity":{"text":"%s","value":%s,"lo":%s,"hi":%s,"qualifier":null,"kind":"count","unit":null},' \
    "${#qtext}" "$sentence" "$qtext" "$value" "$value" "$value"
  printf '"subject":{"text":"people","key":"people"},"predicate":{"text":"were killed","key":"kill","modality":"asserted"},'
  printf '"date":{"value":"%s","basis":"explicit"},"attribution":{"text":null,"key":null},"relations":[]}\n' "$date"
}

# Two outlets disagree about the same day; the second is hostile in every field.
{
  claim a1:1 a1 "Harbor Daily" 2024-04-08 1200 "https://example.org/a1" "Officials said 1,200 people were killed." "1,200"
  claim a2:1 a2 "<script>document.title='PWNED'</script>" 2024-04-08 900 "javascript:document.title='PWNED'" \
    "Only 900 people were killed, <img src=x onerror=\\\"document.title='PWNED'\\\"> **really**." "900"
} > "$work/claims.jsonl"

"$bin" check "$work/claims.jsonl" --format json -o "$work/r.json" --fail-on none 2>"$work/err" || fail "json run failed: $(cat "$work/err")"
grep -q '"discrepancies":\[' "$work/r.json" || fail "json report has no discrepancies array"
grep -q '"kind":"contradiction"' "$work/r.json" || fail "the two claims were not reported as a contradiction"
grep -q '"id":"a2:1"' "$work/r.json" || fail "the hostile claim is missing from the json report"

for f in text markdown html sarif; do
  "$bin" check "$work/claims.jsonl" --format $f -o "$work/r.$f" --fail-on none 2>>"$work/err" ||
    fail "--format $f failed: $(cat "$work/err")"
  [[ -s $work/r.$f ]] || fail "--format $f wrote nothing"
done

# Every format reads the same report: the same discrepancy id appears in each.
id=$(grep -o '"id":"[0-9a-f]\{12\}"' "$work/r.json" | head -1 | cut -d'"' -f4)
[[ -n $id ]] || fail "no 12-hex-digit discrepancy id in the json report"
for f in text markdown html sarif; do
  grep -q "$id" "$work/r.$f" || fail "discrepancy $id missing from --format $f"
done

# The same claims in another order give the same bytes in every format (stable ids, stable order).
mkdir -p "$work/shuffled"
tac "$work/claims.jsonl" >"$work/shuffled/claims.jsonl"
for f in json text markdown html sarif; do
  "$bin" check "$work/shuffled/claims.jsonl" --format $f -o "$work/shuffled/r.$f" --fail-on none 2>/dev/null
  cmp -s "$work/r.$f" "$work/shuffled/r.$f" || fail "--format $f depends on input order"
done

# The hostile claim is shown, inert.
grep -q '&lt;script&gt;document.title=&#39;PWNED&#39;&lt;/script&gt;' "$work/r.html" || fail "html does not show the escaped source"
if grep -qi '<script\|<img\|href="javascript' "$work/r.html"; then fail "html contains live markup from the feed"; fi
grep -q '\\<script\\>' "$work/r.markdown" || fail "markdown does not escape the source"
last=$(tail -n 1 "$work/r.text")
[[ $last == "1 discrepancy: 1 "*"(contradiction 1)" ]] || fail "unexpected last text line: $last"

if command -v python3 >/dev/null 2>&1; then
  python3 - "$work/r.json" "$work/r.sarif" <<'EOF' || fail "json or sarif structure"
import json, sys
r = json.load(open(sys.argv[1]))
assert list(r) == ["tool", "version", "input", "discrepancies"], list(r)
d = r["discrepancies"][0]
assert list(d) == ["id", "kind", "severity", "subject", "message", "claims", "expected", "residual", "outlier"], list(d)
assert all(c["type"] == "claim" for c in d["claims"])
s = json.load(open(sys.argv[2]))
assert s["version"] == "2.1.0" and len(s["runs"]) == 1
res = s["runs"][0]["results"]
assert len(res) == len(r["discrepancies"])
assert res[0]["partialFingerprints"]["claimcheck/v1"] == d["id"]
loc = res[0]["locations"][0]["physicalLocation"]
assert loc["artifactLocation"]["uri"].endswith("claims.jsonl") or loc["artifactLocation"]["uri"] == "feed.jsonl", loc
EOF
fi

# Exit codes: the default --fail-on warning fails on this contradiction; none never fails.
set +e
"$bin" check "$work/claims.jsonl" --format json -o /dev/null 2>/dev/null; code=$?
set -e
sev=$(grep -o '"severity":"[a-z]*"' "$work/r.json" | head -1 | cut -d'"' -f4)
case $sev in
  error | warning) [[ $code -eq 1 ]] || fail "a $sev with the default --fail-on exited $code, not 1" ;;
  info) [[ $code -eq 0 ]] || fail "an info with the default --fail-on exited $code, not 0" ;;
esac
"$bin" check "$work/claims.jsonl" --format json -o /dev/null --fail-on none 2>/dev/null || fail "--fail-on none did not exit 0"

# Baseline workflow: record, then the same input passes and reports the suppression.
"$bin" check "$work/claims.jsonl" --format text -o /dev/null --fail-on none --write-baseline "$work/baseline.tsv" 2>/dev/null
grep -q "^$id	contradiction	" "$work/baseline.tsv" || fail "baseline does not list $id: $(cat "$work/baseline.tsv")"
"$bin" check "$work/claims.jsonl" --format json -o "$work/b.json" --baseline "$work/baseline.tsv" 2>/dev/null ||
  fail "a fully baselined run did not exit 0"
grep -q '"suppressed":1' "$work/b.json" || fail "json does not count the suppressed discrepancy"
grep -q '"discrepancies":\[\]' "$work/b.json" || fail "baselined discrepancy still reported"

# A baseline entry that no longer matches is stale and does not fail the run.
printf 'feedfacecafe\tsum\twarning\tfixed upstream\n' >> "$work/baseline.tsv"
"$bin" check "$work/claims.jsonl" --format text -o "$work/b.text" --baseline "$work/baseline.tsv" 2>/dev/null ||
  fail "a stale baseline entry made the run fail"
grep -q "1 suppressed by the baseline; 1 stale baseline entry: feedfacecafe" "$work/b.text" || fail "stale entry not reported"

# A malformed baseline is a clear error with exit code 2.
printf 'not an id with spaces\n' > "$work/bad.tsv"
set +e
"$bin" check "$work/claims.jsonl" -o /dev/null --baseline "$work/bad.tsv" 2>"$work/bad.err"; code=$?
set -e
[[ $code -eq 2 ]] || fail "a malformed baseline exited $code, not 2"
grep -q "bad.tsv:1: malformed baseline entry" "$work/bad.err" || fail "unclear baseline error: $(cat "$work/bad.err")"
echo "report_formats: ok"
