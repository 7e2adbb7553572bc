#!/usr/bin/env bash
# Day 1 is ingested; day 2 is checked against the history with `check --db`. Only
# discrepancies involving day-2 claims are reported, unless --all. The input is claims JSONL
# written by hand (what `extract` writes), so the test depends on the store and the
# reconciler, not on the extractor.
#
# usage: store_check_history.sh CLAIMCHECK SOURCE_ROOT
set -euo pipefail
bin=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

fail() { echo "store_check_history: $*" >&2; exit 1; }

# claim ID ARTICLE PUBLISHED SUBJECT_TEXT SUBJECT_KEY PREDICATE_TEXT PREDICATE_KEY VALUE DATE
claim() {
  printf '{"type":"claim","id":"%s","article":"%s","source":"Harbor Daily","published":"%s","url":null,"file":null,"line":null,' "$1" "$2" "$3"
  printf '"span":{"start":0,"end":%d},"sentence":"%s %s %s.",' "${#8}" "$8" "$4" "$6"
  printf '"quantity":{"text":"%s","value":%s,"lo":%s,"hi":%s,"qualifier":null,"kind":"count","unit":null},' "$8" "$8" "$8" "$8"
  printf '"subject":{"text":"%s","key":"%s"},"predicate":{"text":"%s","key":"%s","modality":"asserted"},' "$4" "$5" "$6" "$7"
  printf '"date":{"value":"%s","basis":"explicit","end":null},"attribution":{"text":null,"key":null},"relations":[]}\n' "$9"
}

{
  claim h1:1 h1 2024-04-08 residents resident "have been killed" kill 33207 2024-04-08
  claim h2:1 h2 2024-04-01 hostages hostage "are held" hold 130 2024-04-01
  claim h3:1 h3 2024-04-01 hostages hostage "are held" hold 100 2024-04-01
} > day1.claims.jsonl
{
  claim h4:1 h4 2024-04-10 residents resident "have been killed" kill 32900 2024-04-10
  claim h5:1 h5 2024-04-10 trucks truck entered enter 50 2024-04-10
} > day2.claims.jsonl

has() { grep -qF "\"id\":\"$2\"" "$1"; }

# 0. Day 1 alone holds a contradiction (h2 vs h3): the reconciler sees it without the store.
"$bin" check day1.claims.jsonl --format json --fail-on none -q > day1.json 2>/dev/null
has day1.json h3:1 || fail "the reconciler reports no discrepancy for 130 vs 100 hostages on one day: $(cat day1.json)"

# 1. Ingest day 1.
"$bin" ingest day1.claims.jsonl --db history.db -q 2> ingest1.log || fail "ingest: $(cat ingest1.log)"
grep -qF "stored 3 new, 0 changed, 0 unchanged articles in history.db" ingest1.log || fail "ingest said: $(tail -1 ingest1.log)"

# 2. Day 2 against the history: the temporal drop h1 -> h4 only, and exit 1 (at or above warning).
status=0
"$bin" check day2.claims.jsonl --db history.db --format json -q > day2.json 2>/dev/null || status=$?
[ "$status" -eq 1 ] || fail "check --db exited $status, expected 1 (a discrepancy at or above warning)"
has day2.json h4:1 || fail "check --db misses the drop from 33207 to 32900: $(cat day2.json)"
has day2.json h1:1 || fail "check --db does not cite the day-1 claim h1:1: $(cat day2.json)"
grep -qF '"kind":"temporal"' day2.json || fail "the drop is not reported as temporal: $(cat day2.json)"
! has day2.json h3:1 || fail "check --db reports a day-1-only discrepancy without --all"
! has day2.json h5:1 || fail "check --db reports the unrelated claim h5:1"
grep -qF '"claims":5' day2.json || fail "the report should count 5 claims (2 new + 3 from history): $(grep -o '"input":{[^}]*}' day2.json)"

# 3. --all reports the history's own discrepancies too.
"$bin" check day2.claims.jsonl --db history.db --all --format json --fail-on none -q > all.json 2>/dev/null
has all.json h3:1 || fail "check --db --all misses the day-1 contradiction"
has all.json h4:1 || fail "check --db --all misses the day-2 drop"

# 4. `check --db` stored day 2: the store holds 5 articles, and the same check gives the same report.
"$bin" check day2.claims.jsonl --db history.db --format json -q > again.json 2>/dev/null || true
cmp -s day2.json again.json || fail "a repeated check --db gives a different report"
"$bin" ingest day1.claims.jsonl day2.claims.jsonl --db history.db -q 2> ingest2.log
grep -qF "stored 0 new, 0 changed, 5 unchanged articles" ingest2.log || fail "re-ingest said: $(tail -1 ingest2.log)"

# 5. A corrected day-2 report replaces its old claim instead of adding one.
sed 's/32900/33300/g' day2.claims.jsonl > day2b.claims.jsonl
"$bin" check day2b.claims.jsonl --db history.db --format json --fail-on none -q > fixed.json 2>/dev/null
! has fixed.json h4:1 || fail "the corrected claim (33300 after 33207) is still reported: $(cat fixed.json)"
grep -qF '"claims":5' fixed.json || fail "the corrected claim was added, not replaced: $(grep -o '"input":{[^}]*}' fixed.json)"
"$bin" ingest day2b.claims.jsonl --db history.db -q 2> ingest3.log
grep -qF "stored 0 new, 0 changed, 2 unchanged articles" ingest3.log || fail "after the corrected check: $(tail -1 ingest3.log)"

# 6. A file that is not a store is refused with a clear message and exit 2.
echo "not a database at all, just some text that is long enough to fill a header" > notes.db
status=0
"$bin" check day2.claims.jsonl --db notes.db -q > /dev/null 2> bad.log || status=$?
[ "$status" -eq 2 ] || fail "check --db on a text file exited $status, expected 2"
grep -qF "notes.db: not a claimcheck store" bad.log || fail "unclear error for a non-store: $(cat bad.log)"
echo "ok: history check reports only new discrepancies; --all reports all"
