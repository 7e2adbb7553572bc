#!/usr/bin/env bash
# Hostile and broken input through `claimcheck extract` (issue 8): each case sits in a feed
# between two good articles and must give a clear FILE:LINE message (or none, where the input
# is repaired), never crash, and leave the good articles' claims in the output.
#   bash feed_hostile.sh CLAIMCHECK SOURCE_ROOT
set -euo pipefail
export LC_ALL=C
bin=$1
tmp=$(mktemp -d)
trap 'chmod -R u+rwx "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
fails=0
fail() {
  echo "FAIL: $*" >&2
  fails=$((fails + 1))
}

good_before='{"id":"before","text":"Officials said 40 people were hurt."}'
good_after='{"id":"after","text":"Some 120 homes were damaged."}'

# run NAME EXPECTED_STDERR_LINE [MIN_ARTICLES]: the feed is $tmp/NAME.jsonl
run() {
  local name=$1 want=$2 file=$tmp/$1.jsonl status=0
  timeout 120 "$bin" extract "$file" >"$tmp/$name.out" 2>"$tmp/$name.err" || status=$?
  [ "$status" -eq 0 ] || fail "$name: exit $status (stderr: $(head -c 300 "$tmp/$name.err"))"
  grep -q '"article":"before"' "$tmp/$name.out" || fail "$name: the article before was lost"
  grep -q '"article":"after"' "$tmp/$name.out" || fail "$name: the article after was lost"
  if [ -n "$want" ]; then
    grep -qxF -- "$want" "$tmp/$name.err" || fail "$name: expected '$want', got: $(head -c 300 "$tmp/$name.err")"
  fi
  grep -qE '^read [0-9]+ articles from 1 files \([0-9]+ skipped\)$' "$tmp/$name.err" || fail "$name: no summary line"
}
feed() {  # NAME: writes good, stdin, good
  { printf '%s\n' "$good_before"; cat; printf '\n%s\n' "$good_after"; } >"$tmp/$1.jsonl"
}

# Invalid UTF-8: replaced with U+FFFD, the article kept, no diagnostic.
printf '{"id":"bad-utf8","text":"caf\xe9 \xc0\xaf lost 33 \xed\xa0\x80 bytes"}' | feed utf8
run utf8 "read 3 articles from 1 files (0 skipped)"
grep -q '"article":"bad-utf8"' "$tmp/utf8.out" || fail "utf8: the repaired article has no claims"
grep -q $'caf\xef\xbf\xbd' "$tmp/utf8.out" || fail "utf8: no U+FFFD in the sentence"

# NUL bytes: a raw one is malformed JSON (one line lost); an escaped one is replaced.
{ printf '{"id":"raw-nul","text":"a\0b 5"}\n'; printf '{"id":"esc-nul","text":"about 7 of them\\u0000 left"}'; } | feed nul
run nul "$tmp/nul.jsonl:2: malformed JSON: syntax error"
grep -q '"article":"esc-nul"' "$tmp/nul.out" || fail "nul: escaped NUL article lost"
grep -q "read 3 articles from 1 files (1 skipped)" "$tmp/nul.err" || fail "nul: wrong counts"

# A 50 MB single line: read, not rejected.
{ printf '{"id":"huge","text":"'; head -c 50000000 /dev/zero | tr '\0' 'x'; printf ' and then 77 boats."}'; } | feed huge
run huge "read 3 articles from 1 files (0 skipped)"
grep -q '"article":"huge"' "$tmp/huge.out" || fail "huge: the 50 MB article gave no claim"

# Numbers with 10,000 digits and 1e308 in text, and as JSON numbers in unread fields.
digits=$(head -c 10000 /dev/zero | tr '\0' '9')
printf '{"id":"big","text":"A count of %s and 1e308 and 1.7976931348623157e308 people.","n":%s,"x":1e308}' \
  "$digits" "$digits" | feed bignum
run bignum "read 3 articles from 1 files (0 skipped)"
grep -Eq 'inf|nan|NaN|Infinity' "$tmp/bignum.out" && fail "bignum: a non-finite number reached the JSON output"
printf '{"id":%s,"text":"Some 3 ids."}' "$digits" | feed bigid
run bigid "$tmp/bigid.jsonl:2: field \"id\" must be a string"

# Wrong types.
printf '{"id":"t","text":["not","a","string"]}' | feed types
run types "$tmp/types.jsonl:2: field \"text\" must be a string"

# Duplicate ids: the first is kept, the repeat named and skipped.
printf '{"id":"before","text":"A second 99 under the same id."}' | feed dup
run dup "$tmp/dup.jsonl:2: duplicate id \"before\" (first at $tmp/dup.jsonl:1)"
grep -q '"value":99' "$tmp/dup.out" && fail "dup: the duplicate article was extracted"

# Truncated gzip: the complete lines before the cut are read, the cut is named.
{
  printf '%s\n' "$good_before"
  for i in $(seq 1 3000); do printf '{"id":"n%d","text":"Line %d has %d words."}\n' "$i" "$i" "$((i * 7))"; done
} | gzip -c >"$tmp/full.jsonl.gz"
head -c "$(($(stat -c %s "$tmp/full.jsonl.gz") / 2))" "$tmp/full.jsonl.gz" >"$tmp/cut.jsonl.gz"
printf '%s\n' "$good_after" >"$tmp/z-after.jsonl"
status=0
"$bin" extract "$tmp/cut.jsonl.gz" "$tmp/z-after.jsonl" >"$tmp/cut.out" 2>"$tmp/cut.err" || status=$?
[ "$status" -eq 0 ] || fail "cut: exit $status"
grep -Eq "^$tmp/cut.jsonl.gz:[0-9]+: truncated gzip data$" "$tmp/cut.err" || fail "cut: $(cat "$tmp/cut.err")"
grep -q '"article":"before"' "$tmp/cut.out" || fail "cut: lines before the cut were lost"
grep -q '"article":"after"' "$tmp/cut.out" || fail "cut: the next file was not read"
grep -Eq '^read [0-9]+ articles from 2 files \(1 skipped\)$' "$tmp/cut.err" || fail "cut: summary $(tail -1 "$tmp/cut.err")"

# A directory with symlink loops and a dangling and a self link.
mkdir -p "$tmp/loops/a/b"
printf '%s\n' "$good_before" >"$tmp/loops/a/1.jsonl"
printf '%s\n' "$good_after" >"$tmp/loops/a/b/2.jsonl"
ln -s ../.. "$tmp/loops/a/b/up"
ln -s self "$tmp/loops/self"
ln -s nowhere "$tmp/loops/dangling.jsonl"
status=0
timeout 60 "$bin" extract "$tmp/loops" >"$tmp/loops.out" 2>"$tmp/loops.err" || status=$?
[ "$status" -eq 0 ] || fail "loops: exit $status"
grep -qxF "$tmp/loops/a/b/up: directory already visited as $tmp/loops (symlink loop?)" "$tmp/loops.err" ||
  fail "loops: $(cat "$tmp/loops.err")"
grep -qxF "$tmp/loops/self: cannot open: too many levels of symbolic links" "$tmp/loops.err" || fail "loops: self link"
grep -qxF "$tmp/loops/dangling.jsonl: cannot open: no such file or directory" "$tmp/loops.err" || fail "loops: dangling"
grep -qxF "read 2 articles from 4 files (3 skipped)" "$tmp/loops.err" || fail "loops: $(tail -1 "$tmp/loops.err")"

# An unreadable file. Root reads anything, so as root the binary runs as nobody.
mkdir -p "$tmp/locked"
printf '%s\n' "$good_before" >"$tmp/locked/a.jsonl"
printf '%s\n' "$good_after" >"$tmp/locked/b.jsonl"
printf '{"id":"secret","text":"Some 5 secrets."}\n' >"$tmp/locked/secret.jsonl"
chmod 000 "$tmp/locked/secret.jsonl"
chmod 755 "$tmp" "$tmp/locked"
as_user=()
if [ "$(id -u)" -eq 0 ]; then
  if command -v setpriv >/dev/null; then
    as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  else
    echo "SKIP unreadable file: running as root and setpriv is missing" >&2
  fi
fi
if [ "$(id -u)" -ne 0 ] || [ ${#as_user[@]} -gt 0 ]; then
  status=0
  "${as_user[@]}" "$bin" extract "$tmp/locked" >"$tmp/locked.out" 2>"$tmp/locked.err" || status=$?
  [ "$status" -eq 0 ] || fail "locked: exit $status ($(cat "$tmp/locked.err"))"
  grep -qxF "$tmp/locked/secret.jsonl: cannot open: permission denied" "$tmp/locked.err" ||
    fail "locked: $(cat "$tmp/locked.err")"
  grep -qxF "read 2 articles from 3 files (1 skipped)" "$tmp/locked.err" || fail "locked: summary"
  grep -q '"article":"after"' "$tmp/locked.out" || fail "locked: the other files were not read"
fi

[ "$fails" -eq 0 ] || exit 1
echo "feed hostile input: ok"
