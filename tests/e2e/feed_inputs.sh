#!/usr/bin/env bash
# Every input kind through `claimcheck extract`: a mixed directory (JSONL, gzip, text,
# Markdown, HTML, and bad files), standard input plain and gzip. Checks the diagnostics
# (FILE:LINE: reason), the summary line, the counts, and the exit codes with and without
# --strict.
#   bash feed_inputs.sh CLAIMCHECK SOURCE_ROOT
set -euo pipefail
export LC_ALL=C
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
fail() {
  echo "FAIL: $*" >&2
  fails=$((fails + 1))
}
expect_line() {  # FILE LINE: the exact line must be present
  grep -qxF -- "$2" "$1" || fail "missing line in $(basename "$1"): $2"
}

d=$tmp/mixed
mkdir -p "$d/sub/deeper" "$d/.hidden"
cat >"$d/a.jsonl" <<'EOF'
{"id":"a1","text":"Officials said 40 people were hurt.","published":"2024-04-09T08:00:00Z","source":"Harbor Daily"}
{"id":"a2","content":"Some 120 homes were damaged.","date":"2024-04-10"}
{"id":"a3","text":"broken
{"id":"a4","text":17}

{"maintext":"More than 600 soldiers took part.","date_publish":"2024-04-11 10:00:00","source_domain":"news.example"}
EOF
printf '%s\n' '{"id":"g1","body":"About 75 trucks crossed."}' '{"id":"g2","text":"Nearly 300 families left."}' |
  gzip -c >"$d/b.jsonl.gz"
printf -- '---\nid: md1\ntitle: Toll\npublished: 2024-04-12\n---\nAt least 9 schools closed.\n' >"$d/c.md"
printf 'Published on: April 13, 2024\n\nSome 55 shops reopened.\n' | gzip -c >"$d/sub/d.txt.gz"
printf '<html><head><meta property="og:site_name" content="The Post"><script>var n = 999;</script></head><body><p>Roughly 30 buses ran.</p></body></html>' >"$d/sub/deeper/e.html"
: >"$d/sub/empty.jsonl"
# Random bytes behind a fixed binary lead-in: bare random data sometimes began with '{' or '<'
# and was (rightly) reported as broken JSON Lines or HTML instead, which made this test flaky.
{ printf '\000\001\377\376'; head -c 20000 /dev/urandom; } >"$d/sub/junk.bin" || true
printf '%s\n' '{"id":"t1","text":"Some 11 flights landed."}' '{"id":"t2","text":"Some 12 flights left."}' |
  gzip -c | head -c 40 >"$d/sub/truncated.jsonl.gz"
printf '{"id":"h1","text":"Hidden 5."}\n' >"$d/.hidden/x.jsonl"
printf '{"id":"h2","text":"Hidden 6."}\n' >"$d/.dotfile.jsonl"
ln -s .. "$d/sub/deeper/loop"

# Without --strict: exit 0, every good article read, every bad input named once.
status=0
"$bin" extract "$d" >"$tmp/out.jsonl" 2>"$tmp/err.txt" || status=$?
[ "$status" -eq 0 ] || fail "extract on a mixed directory exited $status, expected 0"
expect_line "$tmp/err.txt" "read 8 articles from 8 files (6 skipped)"
expect_line "$tmp/err.txt" "$d/a.jsonl:3: malformed JSON: incomplete JSON"
expect_line "$tmp/err.txt" "$d/a.jsonl:4: field \"text\" must be a string"
expect_line "$tmp/err.txt" "$d/sub/empty.jsonl: empty file"
expect_line "$tmp/err.txt" "$d/sub/junk.bin: binary data, not an article format"
expect_line "$tmp/err.txt" "$d/sub/truncated.jsonl.gz:1: truncated gzip data"
expect_line "$tmp/err.txt" "$d/sub/deeper/loop: directory already visited as $(cd "$d/sub" && pwd -P) (symlink loop?)"
[ "$(wc -l <"$tmp/err.txt")" -eq 7 ] || fail "expected 6 diagnostics and 1 summary, got: $(cat "$tmp/err.txt")"
# The summary is the last line.
[ "$(tail -n 1 "$tmp/err.txt")" = "read 8 articles from 8 files (6 skipped)" ] || fail "summary is not the last line"
# Which articles produced claims, in sorted path order; hidden files were not read.
articles=$(grep -o '"article":"[^"]*"' "$tmp/out.jsonl" | uniq | cut -d'"' -f4 | tr '\n' ' ')
want="a1 a2 $d/a.jsonl:6 g1 g2 md1 d.txt.gz e.html "
[ "$articles" = "$want" ] || fail "articles in output: '$articles', expected '$want'"
grep -q '"article":"a1","source":"Harbor Daily","published":"2024-04-09"' "$tmp/out.jsonl" || fail "a1 metadata lost"
grep -q '"article":"md1","source":null,"published":"2024-04-12"' "$tmp/out.jsonl" || fail "front matter lost"
grep -q '"article":"d.txt.gz","source":null,"published":"2024-04-13"' "$tmp/out.jsonl" || fail "dateline lost"
grep -q '"article":"e.html","source":"The Post"' "$tmp/out.jsonl" || fail "HTML meta lost"
grep -q '999' "$tmp/out.jsonl" && fail "script content leaked into claims"
grep -q 'Hidden' "$tmp/out.jsonl" && fail "hidden files were read"

# --strict: the same output, exit 2 because something was skipped.
status=0
"$bin" extract --strict "$d" >"$tmp/strict.jsonl" 2>"$tmp/strict-err.txt" || status=$?
[ "$status" -eq 2 ] || fail "--strict with skipped input exited $status, expected 2"
expect_line "$tmp/strict-err.txt" "read 8 articles from 8 files (6 skipped)"
cmp -s "$tmp/out.jsonl" "$tmp/strict.jsonl" || fail "--strict changed the output"

# --strict on clean input: exit 0, summary still printed.
status=0
"$bin" extract --strict "$d/c.md" "$d/b.jsonl.gz" >/dev/null 2>"$tmp/clean-err.txt" || status=$?
[ "$status" -eq 0 ] || fail "--strict on clean input exited $status, expected 0"
[ "$(cat "$tmp/clean-err.txt")" = "read 3 articles from 2 files (0 skipped)" ] ||
  fail "clean run stderr: $(cat "$tmp/clean-err.txt")"

# check prints the same summary and honours --strict too.
status=0
"$bin" check --strict --fail-on none "$d" >/dev/null 2>"$tmp/check-err.txt" || status=$?
[ "$status" -eq 2 ] || fail "check --strict with skipped input exited $status, expected 2"
expect_line "$tmp/check-err.txt" "read 8 articles from 8 files (6 skipped)"

# Standard input is JSON Lines, plain or gzip, with "-" as the file name; no INPUT means stdin.
status=0
"$bin" extract - <"$d/a.jsonl" >"$tmp/stdin.jsonl" 2>"$tmp/stdin-err.txt" || status=$?
[ "$status" -eq 0 ] || fail "extract - exited $status"
expect_line "$tmp/stdin-err.txt" "-:3: malformed JSON: incomplete JSON"
expect_line "$tmp/stdin-err.txt" "read 3 articles from 1 files (2 skipped)"
grep -q '"file":"-","line":6' "$tmp/stdin.jsonl" || fail "stdin claims do not name file - and line 6"
grep -q '"article":"-:6"' "$tmp/stdin.jsonl" || fail "stdin article without id is not -:6"
gzip -c "$d/a.jsonl" | "$bin" extract >"$tmp/stdin-gz.jsonl" 2>"$tmp/stdin-gz-err.txt" || fail "gzip stdin failed"
cmp -s "$tmp/stdin.jsonl" "$tmp/stdin-gz.jsonl" || fail "gzip stdin gives other claims than plain stdin"
expect_line "$tmp/stdin-gz-err.txt" "read 3 articles from 1 files (2 skipped)"

# A missing input is one diagnostic; the others are still read.
status=0
"$bin" extract "$tmp/nope.jsonl" "$d/c.md" >"$tmp/missing.jsonl" 2>"$tmp/missing-err.txt" || status=$?
[ "$status" -eq 0 ] || fail "missing input exited $status"
expect_line "$tmp/missing-err.txt" "$tmp/nope.jsonl: no such file or directory"
expect_line "$tmp/missing-err.txt" "read 1 articles from 2 files (1 skipped)"

if [ "$fails" -ne 0 ]; then
  echo "--- stderr of the mixed run:" >&2
  cat "$tmp/err.txt" >&2
  exit 1
fi
echo "feed inputs: ok"
