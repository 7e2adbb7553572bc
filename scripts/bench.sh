#!/usr/bin/env bash
# Measures claimcheck's throughput and memory on generated news (bench/gen_news) and writes a
# Markdown summary to bench/out/results.md (the figures in docs/performance.md come from it).
#   scripts/bench.sh [--gb] [--no-peer] [--sizes "10 100"]
#     --gb       also measure a 1 GB feed (needs ~3 GB of free disk; deleted afterwards)
#     --no-peer  skip the Microsoft Recognizers-Text comparison (needs node and npm)
# Per size: the digit-run byte scan (the floor), `extract --jobs 1`, `extract --jobs 2` and
# `check`, each under /usr/bin/time -v (wall and CPU time, peak RSS); then the Google
# Benchmark stage figures (bench/parser_bench) and the peer ratio on the same 1 MB sample.
# MB/s is reported on wall time and on CPU time (user+sys): on a shared machine the CPU
# figure is the per-core throughput. Each step runs under `ulimit -v` (BENCH_MEMORY_CAP_KB,
# default 8 GB); a step that fails is recorded as FAILED. Environment: BUILD_DIR (default
# build-bench), JOBS, BENCH_MEMORY_CAP_KB.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes="10 100"
peer=1
while (($#)); do
  case "$1" in
    --gb) sizes="$sizes 1000" ;;
    --no-peer) peer=0 ;;
    --sizes) sizes=$2; shift ;;
    *) echo "usage: scripts/bench.sh [--gb] [--no-peer] [--sizes \"10 100\"]" >&2; exit 2 ;;
  esac
  shift
done
build=${BUILD_DIR:-build-bench}
out=bench/out
mkdir -p "$out"
export CCACHE_DIR=${CCACHE_DIR:-$PWD/.ccache}
[ -x /usr/bin/time ] || { apt-get install -y -qq time >/dev/null; }

if [ ! -f "$build/build.ninja" ]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCLAIMCHECK_BENCH=ON >/dev/null
fi
cmake --build "$build" -j "${JOBS:-2}" --target claimcheck gen_news digit_scan
have_gbench=0
if cmake --build "$build" -j "${JOBS:-2}" --target parser_bench 2>/dev/null; then have_gbench=1; fi
bin=$build/claimcheck
commit=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src include grammars || echo "+dirty")

results=$out/results.md
{
  echo "# claimcheck benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $commit"
  echo
  echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'),"
  echo "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg). Build: $build ($(grep -m1 CMAKE_BUILD_TYPE "$build/CMakeCache.txt" | cut -d= -f2))."
  echo
  echo "| input | step | wall s | CPU s | MB/s (wall) | MB/s (CPU) | peak RSS MB | output |"
  echo "|---|---|---:|---:|---:|---:|---:|---|"
} >"$results"

measure() {  # LABEL STEP FILE STDOUT_FILE -- COMMAND...
  local label=$1 step=$2 file=$3 sink=$4
  shift 5
  local tv=$out/time.txt status=0
  # A memory cap keeps a runaway `check` from taking the shared machine down with it.
  (ulimit -v "${BENCH_MEMORY_CAP_KB:-8000000}"; /usr/bin/time -v -o "$tv" "$@" >"$sink" 2>"$out/stderr.txt") || status=$?
  if ((status > 1)); then
    echo "bench: $step on $label failed (exit $status):" >&2
    tail -n 3 "$out/stderr.txt" >&2
    echo "| $label | $step | | | | | | FAILED, exit $status: $(grep -v '^\s*Command' "$out/stderr.txt" | tail -n 1 | cut -c1-80) |" \
      | tee -a "$results"
    return 0
  fi
  local bytes wall user sys rss note
  bytes=$(stat -c %s "$file")
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; ++i) s = s * 60 + p[i]; print s }' "$tv")
  user=$(awk -F': ' '/User time/ { print $2 }' "$tv")
  sys=$(awk -F': ' '/System time/ { print $2 }' "$tv")
  rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$tv")
  note=$(head -c 200 "$sink" | head -n 1 | cut -c1-60)
  [ "$step" = "digit_scan" ] || note=$(tail -n 1 "$out/stderr.txt" | cut -c1-60)
  awk -v l="$label" -v s="$step" -v b="$bytes" -v w="$wall" -v u="$user" -v y="$sys" -v r="$rss" -v n="$note" \
    'BEGIN { c = u + y; printf "| %s | %s | %.2f | %.2f | %.1f | %.1f | %s | %s |\n", l, s, w, c, b / 1e6 / w, b / 1e6 / c, r, n }' \
    | tee -a "$results"
}

for mb in $sizes; do
  feed=$out/news-${mb}mb.jsonl
  "$build/bench/gen_news" --size-mb "$mb" --seed 1 -o "$feed"
  label="${mb} MB"
  cat "$feed" >/dev/null  # warm the page cache for every step alike
  measure "$label" digit_scan "$feed" "$out/scan.txt" -- "$build/bench/digit_scan" "$feed"
  measure "$label" "extract --jobs 1" "$feed" /dev/null -- "$bin" extract "$feed" --jobs 1
  measure "$label" "extract --jobs 2" "$feed" /dev/null -- "$bin" extract "$feed" --jobs 2
  measure "$label" "check --jobs 1" "$feed" /dev/null -- "$bin" check "$feed" --jobs 1 --format json --fail-on none
  rm -f "$feed"
done

if ((have_gbench)); then
  {
    echo
    echo "Stage benchmarks (bench/parser_bench, Google Benchmark, 4 MB of generated article text):"
    echo
    echo '```'
  } >>"$results"
  "$build/bench/parser_bench" --benchmark_min_time=2 2>/dev/null | tee -a "$results"
  echo '```' >>"$results"
fi

if ((peer)) && command -v node >/dev/null && command -v npm >/dev/null; then
  sample=$out/sample-1mb.jsonl
  "$build/bench/gen_news" --size-mb 1 --seed 2 -o "$sample"
  [ -d bench/peer/node_modules ] || (cd bench/peer && npm install --no-audit --no-fund >/dev/null)
  {
    echo
    echo "Peer on the same 1 MB sample (article text only; the peer reads text, claimcheck the JSONL):"
    echo
    echo "| input | step | wall s | CPU s | MB/s (wall) | MB/s (CPU) | peak RSS MB | output |"
    echo "|---|---|---:|---:|---:|---:|---:|---|"
  } >>"$results"
  measure "1 MB" "claimcheck extract --jobs 1" "$sample" /dev/null -- "$bin" extract "$sample" --jobs 1
  peer_json=$(node bench/peer/recognizers.js "$sample")
  echo "$peer_json" >"$out/peer.json"
  ours=$(tail -n 1 "$results" | awk -F'|' '{ print $7 }')
  echo "$peer_json" | node -e '
    const r = JSON.parse(require("fs").readFileSync(0, "utf8"));
    const ours = parseFloat(process.argv[1]);
    console.log(`| 1 MB (${r.bytes} B of text) | ${r.tool} number+percent+ordinal | ${r.seconds} | ${r.cpu_seconds} | ` +
      `${r.mb_per_s} | ${r.mb_per_cpu_s} | | found ${JSON.stringify(r.found)} |`);
    console.log(`\nRatio (CPU MB/s, claimcheck extract end to end / peer recognizers only): ${(ours / r.mb_per_cpu_s).toFixed(0)}x`);
  ' "$ours" | tee -a "$results"
  rm -f "$sample"
fi
echo "bench: results in $results"
