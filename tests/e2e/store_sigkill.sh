#!/usr/bin/env bash
# SIGKILL in the middle of `claimcheck ingest` leaves a store that opens, passes
# PRAGMA integrity_check and holds whole articles only; the re-run stores the rest, with
# nothing lost or doubled. While the ingest writes, a second process reads the store (WAL).
#
# usage: store_sigkill.sh CLAIMCHECK SOURCE_ROOT
set -euo pipefail
bin=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

fail() { echo "store_sigkill: $*" >&2; exit 1; }

# SQL through the sqlite3 shell (Debian package sqlite3), else Python's sqlite3 module.
sql() {
  if command -v sqlite3 >/dev/null; then
    sqlite3 -batch -cmd ".timeout 2000" "$1" "$2"
  elif command -v python3 >/dev/null; then
    python3 -c 'import sqlite3,sys
c = sqlite3.connect(sys.argv[1], timeout=2)
for row in c.execute(sys.argv[2]): print("|".join(str(v) for v in row))' "$1" "$2"
  else
    fail "needs the sqlite3 command-line tool (apt-get install sqlite3) or python3"
  fi
}

# A feed of N small articles with a few numbers each; sizes vary so batches differ.
generate() {
  awk -v n="$1" 'BEGIN {
    srand(7);
    split("people,homes,schools,soldiers,children,families,workers,patients", subj, ",");
    for (i = 1; i <= n; i++) {
      text = "";
      k = 1 + int(rand() * 4);
      for (s = 1; s <= k; s++)
        text = text sprintf("About %d %s were counted in district %d, officials said on Monday. ",
                            1 + int(rand() * 90000), subj[1 + int(rand() * 8)], 1 + int(rand() * 50));
      printf "{\"id\":\"k%06d\",\"published\":\"2024-03-%02d\",\"source\":\"Kill Test\",\"text\":\"%s\"}\n",
             i, 1 + i % 28, text;
    }
  }'
}

attempt=0
articles=4000
while :; do
  attempt=$((attempt + 1))
  rm -f feed.jsonl history.db history.db-wal history.db-shm
  generate "$articles" > feed.jsonl
  "$bin" ingest feed.jsonl --db history.db -q 2> ingest1.log &
  pid=$!
  # Poll (a concurrent reader) until some batches are committed, then kill without warning.
  seen=0
  for _ in $(seq 1 3000); do
    if [ -f history.db ]; then
      seen=$(sql history.db "SELECT count(*) FROM articles" 2>/dev/null || echo 0)
      [ "${seen:-0}" -gt 0 ] && break
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.01
  done
  status=0
  { kill -9 "$pid" && wait "$pid"; } 2>/dev/null || status=$?
  stored=$(sql history.db "SELECT count(*) FROM articles")
  if [ "$status" -eq 137 ] && [ "$stored" -lt "$articles" ]; then
    break
  fi
  # The ingest finished before the kill landed: try again with a longer feed.
  [ "$attempt" -lt 4 ] || fail "could not kill the ingest mid-way (exit $status, $stored of $articles stored)"
  articles=$((articles * 2))
done
echo "killed after $stored of $articles articles were committed"

# 1. The store is sound.
check=$(sql history.db "PRAGMA integrity_check")
[ "$check" = "ok" ] || fail "integrity_check after SIGKILL: $check"
fk=$(sql history.db "PRAGMA foreign_key_check" | wc -l)
[ "$fk" -eq 0 ] || fail "$fk claims point to missing articles"

# 2. Whole articles only: every stored article has exactly the claims `extract` finds for it.
"$bin" extract feed.jsonl -q > claims.jsonl 2>/dev/null
total_claims=$(wc -l < claims.jsonl)
[ "$total_claims" -gt "$articles" ] || fail "the feed gave only $total_claims claims"
grep -o '"article":"k[0-9]*"' claims.jsonl | cut -d'"' -f4 | sort | uniq -c |
  awk '{print $2 "|" $1}' | sort > expected_per_article.txt
sql history.db "SELECT a.id, count(c.id) FROM articles a JOIN claims c ON c.article_id = a.id GROUP BY a.id" |
  sort > stored_per_article.txt
join -t'|' stored_per_article.txt expected_per_article.txt > joined.txt
mismatch=$(awk -F'|' '$2 != $3' joined.txt | wc -l)
[ "$mismatch" -eq 0 ] || fail "$mismatch articles were stored with a partial set of claims"
[ "$(wc -l < joined.txt)" -eq "$(wc -l < stored_per_article.txt)" ] || fail "stored articles missing from the feed"

# 3. The re-run completes the store, reporting the committed part as unchanged.
"$bin" ingest feed.jsonl --db history.db -q 2> ingest2.log || fail "re-run failed: $(cat ingest2.log)"
expect="stored $((articles - stored)) new, 0 changed, $stored unchanged articles in history.db"
grep -qF "$expect" ingest2.log || fail "re-run said '$(tail -1 ingest2.log)', expected '$expect'"
[ "$(sql history.db "SELECT count(*) FROM articles")" -eq "$articles" ] || fail "article count after re-run"
[ "$(sql history.db "SELECT count(*) FROM claims")" -eq "$total_claims" ] || fail "claim count after re-run"
[ "$(sql history.db "PRAGMA integrity_check")" = "ok" ] || fail "integrity_check after the re-run"

# 4. A third run changes nothing.
"$bin" ingest feed.jsonl --db history.db -q 2> ingest3.log
grep -qF "stored 0 new, 0 changed, $articles unchanged articles" ingest3.log || fail "third run: $(tail -1 ingest3.log)"
[ "$(sql history.db "SELECT count(*) FROM claims")" -eq "$total_claims" ] || fail "claims doubled by the third run"
echo "ok: $articles articles, $total_claims claims, store sound after SIGKILL"
