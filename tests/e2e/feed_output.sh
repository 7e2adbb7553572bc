#!/usr/bin/env bash
# `-o FILE` never leaves a half-written file: a full disk, a missing directory and a failing
# device each give a clear error and a non-zero exit, leave no partial or temporary file, and
# leave an existing target untouched. Writing onto a device writes to it in place (it must
# never be replaced by a regular file).
#   bash feed_output.sh CLAIMCHECK SOURCE_ROOT
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
leftovers() {  # DIR: temporary files left behind
  find "$1" -name '*.tmp.*' | head -5
}

# About 2 MB of claims from a small feed.
for i in $(seq 1 4000); do
  printf '{"id":"a%d","text":"Officials said %d people were hurt and %d homes were damaged."}\n' "$i" "$i" "$((i * 3))"
done >"$tmp/feed.jsonl"

# Success: the whole output, no temporary file left.
out=$tmp/out/claims.jsonl
mkdir -p "$tmp/out"
"$bin" extract "$tmp/feed.jsonl" -o "$out" 2>"$tmp/ok.err" || fail "extract -o exited non-zero"
"$bin" extract "$tmp/feed.jsonl" >"$tmp/stdout.jsonl" 2>/dev/null
cmp -s "$out" "$tmp/stdout.jsonl" || fail "-o output differs from standard output"
[ -z "$(leftovers "$tmp/out")" ] || fail "temporary file left after success: $(leftovers "$tmp/out")"
grep -qxF "read 4000 articles from 1 files (0 skipped)" "$tmp/ok.err" || fail "summary missing: $(cat "$tmp/ok.err")"

# A full disk on a regular file, simulated with a file size limit (EFBIG, like ENOSPC: the
# write fails part-way). The previous report must survive intact.
printf 'previous report\n' >"$out"
status=0
(
  trap '' XFSZ
  ulimit -f 64  # 64 KiB
  exec "$bin" extract "$tmp/feed.jsonl" -o "$out"
) 2>"$tmp/full.err" || status=$?
[ "$status" -eq 2 ] || fail "write past the size limit exited $status, expected 2"
grep -qE "^claimcheck: error: $out: write failed: file too large$" "$tmp/full.err" ||
  fail "unclear error on a full disk: $(cat "$tmp/full.err")"
[ "$(cat "$out")" = "previous report" ] || fail "the previous report was overwritten by a partial one"
[ -z "$(leftovers "$tmp/out")" ] || fail "temporary file left after a failed write: $(leftovers "$tmp/out")"

# /dev/full: a device that is always full. Error, exit 2, and /dev/full still a device.
if [ -c /dev/full ]; then
  status=0
  "$bin" extract "$tmp/feed.jsonl" -o /dev/full 2>"$tmp/devfull.err" || status=$?
  [ "$status" -eq 2 ] || fail "-o /dev/full exited $status, expected 2"
  grep -qxF "claimcheck: error: /dev/full: write failed: no space left on device" "$tmp/devfull.err" ||
    fail "unclear error for /dev/full: $(cat "$tmp/devfull.err")"
  [ -c /dev/full ] || fail "/dev/full is no longer a character device"
  status=0
  "$bin" extract "$tmp/feed.jsonl" >/dev/full 2>"$tmp/stdoutfull.err" || status=$?
  [ "$status" -eq 2 ] || fail "standard output on /dev/full exited $status, expected 2"
  grep -qxF "claimcheck: error: standard output: write failed: no space left on device" "$tmp/stdoutfull.err" ||
    fail "unclear error for a full standard output: $(cat "$tmp/stdoutfull.err")"
fi

# /dev/null: written in place, exit 0, still a device.
if [ -c /dev/null ]; then
  "$bin" extract "$tmp/feed.jsonl" -o /dev/null 2>/dev/null || fail "-o /dev/null failed"
  [ -c /dev/null ] || fail "/dev/null is no longer a character device"
fi

# A directory that does not exist: error before reading, nothing created.
status=0
"$bin" extract "$tmp/feed.jsonl" -o "$tmp/missing/dir/claims.jsonl" 2>"$tmp/missing.err" || status=$?
[ "$status" -eq 2 ] || fail "-o into a missing directory exited $status, expected 2"
grep -qxF "claimcheck: error: $tmp/missing/dir/claims.jsonl: cannot write: no such file or directory" \
  "$tmp/missing.err" || fail "unclear error for a missing directory: $(cat "$tmp/missing.err")"
[ ! -e "$tmp/missing" ] || fail "something was created for a missing directory"

# A symlinked target: the file it points to is replaced, the link stays a link.
ln -s claims.jsonl "$tmp/out/latest.jsonl"
"$bin" extract "$tmp/feed.jsonl" -o "$tmp/out/latest.jsonl" 2>/dev/null || fail "-o through a symlink failed"
[ -L "$tmp/out/latest.jsonl" ] || fail "-o replaced the symlink itself"
cmp -s "$out" "$tmp/stdout.jsonl" || fail "-o through a symlink did not write its target"

# The same for check: a report written in full or not at all.
printf 'previous report\n' >"$tmp/out/report.json"
status=0
(
  trap '' XFSZ
  ulimit -f 1
  exec "$bin" check "$tmp/feed.jsonl" --format json --fail-on none -o "$tmp/out/report.json"
) 2>"$tmp/check-full.err" || status=$?
if [ "$status" -eq 0 ]; then
  [ "$(wc -c <"$tmp/out/report.json")" -le 1024 ] || fail "check wrote past the limit and succeeded"
else
  [ "$status" -eq 2 ] || fail "check on a full disk exited $status, expected 2"
  [ "$(cat "$tmp/out/report.json")" = "previous report" ] || fail "check left a partial report"
fi
[ -z "$(leftovers "$tmp/out")" ] || fail "check left a temporary file: $(leftovers "$tmp/out")"

[ "$fails" -eq 0 ] || exit 1
echo "feed output: ok"
