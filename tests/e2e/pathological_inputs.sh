#!/usr/bin/env bash
# Pathological inputs through `claimcheck extract`: each must finish well within a generous
# bound, exit 0, write only well-formed claim lines (no inf/nan numbers), and cost time
# linear in its size - 1 MB may not take more than 10x the time of 256 KB (quadratic would
# be 16x), unless it is fast in absolute terms (under 2 s). Times are user CPU seconds of the run
# (from bash's `time`), neither wall time nor system time, so that other work on the machine does
# not make a linear case look quadratic: some cases write over a GB of claims (each repeats its
# sentence), and the kernel's time to write that swings with the disk's load (one run: 0.59 s
# system, the next 1.26 s, the same user time). The wall-clock timeout (300 s) only guards a hang:
# at 60 s the 1 MB percent case, which writes ~1 GB of claims, timed out once at load 9 with its
# CPU time under a second.
#   bash pathological_inputs.sh CLAIMCHECK SOURCE_ROOT
set -euo pipefail
export LC_ALL=C
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failed=$tmp/failed  # run() runs in a subshell: failures are recorded in this file

note_failure() {
  echo "FAIL $*" >&2
  echo "$*" >>"$failed"
}

repeat() {  # UNIT BYTES -> UNIT repeated up to BYTES bytes
  local unit=$1 bytes=$2 s=$1
  while ((${#s} < bytes / 64)); do s=$s$s; done
  local chunk=$s
  while ((${#s} < bytes)); do s=$s$chunk; done
  printf '%s' "${s:0:bytes}"
}

# name|unit repeated to the size
patterns=(
  'digits|7'
  'commas|,'
  'more_than|more than '
  'nested_quotes|"he said '"'"'she said \xe2\x80\x9cthey said '
  'ones_commas|1,'
  'dots|1.'
  'scales|1 million '
  'dashes|1-2-'
  'percent|%5'
  'currency|$1bn $'
  'words|forty-two hundred '
  'speakers|Officials said 12 homes were hit. '
)

run() {  # NAME FILE -> CPU seconds on stdout
  local name=$1 file=$2 out=$tmp/$1.out err=$tmp/$1.err cpu=$tmp/$1.cpu status=0
  # A memory cap (not under ASan, which reserves terabytes of address space) so that a
  # runaway case fails here instead of waking the machine's OOM killer.
  { TIMEFORMAT='%U %S'; time { (if ! grep -q __asan_init "$bin"; then ulimit -v 4000000; fi
   exec timeout 300 "$bin" extract "$file" -o "$out") 2>"$err" || status=$?; }; } 2>"$cpu"
  if ((status != 0)); then
    local why
    case $status in
      124) why="timed out after 300 s" ;;
      137) why="killed (out of memory?)" ;;
      *) why=$(tail -n 2 "$err" | tr '\n' ' ') ;;
    esac
    note_failure "$name: exit $status ($why)"
  elif [ -s "$out" ] && grep -qv '^{"type":"claim"' "$out"; then
    note_failure "$name: output has a line that is not a claim object"
  elif grep -qE '":-?(inf|nan)|:-?(inf|nan)[,}]' "$out"; then
    note_failure "$name: output has a non-JSON number (inf/nan)"
  fi
  awk '{ printf "%.3f", $1 }' "$cpu"  # user time: see the header
}

for p in "${patterns[@]}"; do
  name=${p%%|*}
  unit=$(printf '%b' "${p#*|}")
  repeat "$unit" 262144 >"$tmp/$name.small.txt"
  repeat "$unit" 1048576 >"$tmp/$name.txt"
  t_small=$(run "$name.small" "$tmp/$name.small.txt")
  if grep -q "^$name.small:" "$failed" 2>/dev/null; then
    echo "$name: 256 KB failed, 1 MB not tried"
    continue
  fi
  t_big=$(run "$name" "$tmp/$name.txt")
  echo "$name: 256 KB ${t_small}s, 1 MB ${t_big}s"
  if awk -v s="$t_small" -v b="$t_big" 'BEGIN { exit !(b > 2.0 && b > 10 * s) }'; then
    note_failure "$name: not linear (256 KB ${t_small}s, 1 MB ${t_big}s)"
  fi
done

# Single huge or extreme numbers inside ordinary sentences.
{
  printf 'The ledger listed '; repeat 9 10000; printf ' grains of sand, the ministry said.\n\n'
  printf 'A value of 1e308 people was reported, and 1e309 more, and -1e308 fewer.\n\n'
  printf 'Some 1'; repeat 0 400; printf ' dollars were lost, or 0.'; repeat 0 400; printf '1%% of the total.\n\n'
  printf 'About 1,'; repeat '000,' 4000; printf '000 people were counted.\n'
} >"$tmp/huge_numbers.txt"
t=$(run huge_numbers "$tmp/huge_numbers.txt")
echo "huge_numbers: ${t}s"

# The same extremes as JSON Lines, beside an ordinary article that must still come out.
{
  printf '{"id":"big","text":"The ledger listed %s grains, up from 1e308."}\n' "$(repeat 9 10000)"
  printf '{"id":"ok","text":"At least 12 people were hurt on Monday, police said."}\n'
} >"$tmp/extremes.jsonl"
t=$(run extremes "$tmp/extremes.jsonl")
echo "extremes.jsonl: ${t}s"
if ! grep -qs '"article":"ok"' "$tmp/extremes.out"; then
  note_failure "extremes.jsonl: the ordinary article after the extreme one produced no claim"
fi

if [ -s "$failed" ]; then
  echo "$(wc -l <"$failed") pathological input check(s) failed" >&2
  exit 1
fi
echo "all pathological inputs finished in linear time"
