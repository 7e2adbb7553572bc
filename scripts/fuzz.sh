#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/, clang, ASan + UBSan) and runs each for a set time.
#   scripts/fuzz.sh [SECONDS] [TARGET...]     default 600 seconds, every target
# Targets: quantity fast_path extract feed_jsonl feed_html feed_text gzip (see fuzz/targets.hpp).
# One fuzzer runs at a time (one core). The corpus of each target lives in
# build-fuzz/corpus/TARGET and grows across runs; it is seeded from fuzz/seeds/, generated
# news (bench/gen_news), tests/data/ and tests/fuzz_regressions/. libFuzzer runs in fork mode
# (one worker) and keeps going after a crash for the whole time. Crash, leak, timeout and
# out-of-memory inputs (the five smallest per target and run) are copied to
# tests/fuzz_regressions/TARGET/ (replayed by the [fuzz] unit test) and the script exits 1.
# Environment: FUZZ_BUILD_DIR (default build-fuzz), JOBS (build parallelism, default 2).
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-600}
shift || true
all_targets=(quantity fast_path extract feed_jsonl feed_html feed_text gzip)
targets=("$@")
((${#targets[@]})) || targets=("${all_targets[@]}")
build=${FUZZ_BUILD_DIR:-build-fuzz}
export CCACHE_DIR=${CCACHE_DIR:-$PWD/.ccache}

if [ ! -f "$build/build.ninja" ]; then
  CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" -DCLAIMCHECK_FUZZ=ON -DBUILD_TESTING=OFF -DCLAIMCHECK_BENCH=ON >/dev/null
fi
cmake --build "$build" -j "${JOBS:-2}" --target gen_news "${targets[@]/#/fuzz_}"

# Seeds: small files, one idea each.
seed_dir=$build/seeds
if [ ! -d "$seed_dir" ]; then
  mkdir -p "$seed_dir"/{text,jsonl,html,txt}
  "$build/bench/gen_news" --size-mb 0.05 --seed 11 --format txt -o "$seed_dir/news.txt" 2>/dev/null
  awk -v dir="$seed_dir/text" 'BEGIN { RS = ""; n = 0 } n < 60 { print > (dir "/para" n ".txt"); close(dir "/para" n ".txt"); n++ }' \
    "$seed_dir/news.txt"
  "$build/bench/gen_news" --size-mb 0.05 --seed 12 -o "$seed_dir/news.jsonl" 2>/dev/null
  split -l 3 -a 3 "$seed_dir/news.jsonl" "$seed_dir/jsonl/gen"
  head -c 4000 "$seed_dir/news.txt" >"$seed_dir/txt/gen.txt"
  cp fuzz/seeds/quantity/* "$seed_dir/text/"
  cp fuzz/seeds/feed_jsonl/* "$seed_dir/jsonl/"
  cp fuzz/seeds/feed_html/* "$seed_dir/html/"
  cp fuzz/seeds/feed_text/* "$seed_dir/txt/"
  if [ -d tests/data ]; then
    find tests/data -type f -size -64k \( -name '*.jsonl' -o -name '*.ndjson' \) -exec cp {} "$seed_dir/jsonl/" \; || true
    find tests/data -type f -size -64k \( -name '*.html' -o -name '*.htm' \) -exec cp {} "$seed_dir/html/" \; || true
    find tests/data -type f -size -64k \( -name '*.txt' -o -name '*.md' \) -exec cp {} "$seed_dir/txt/" \; || true
  fi
fi

seed_target() {  # TARGET CORPUS_DIR
  local t=$1 dir=$2 f i=0
  case "$t" in
    quantity | fast_path | extract) cp "$seed_dir"/text/* "$dir/" ;;
    feed_jsonl) cp "$seed_dir"/jsonl/* "$dir/" ;;
    feed_html) cp "$seed_dir"/html/* "$dir/" ;;
    feed_text) cp "$seed_dir"/txt/* "$dir/" ;;
    gzip)  # first byte picks the inner reader: 0 jsonl, 1 html, 2 txt
      for kind in 0:jsonl 1:html 2:txt; do
        for f in "$seed_dir/${kind#*:}"/*; do
          { printf "\\x0${kind%%:*}"; gzip -c "$f"; } >"$dir/gz$((i++))"
          { printf "\\x0${kind%%:*}"; gzip -c "$f" | head -c 40; } >"$dir/gz$((i++))"  # truncated
        done
      done
      ;;
  esac
  if [ -d "tests/fuzz_regressions/$t" ]; then cp tests/fuzz_regressions/"$t"/* "$dir/" 2>/dev/null || true; fi
}

found=0
for t in "${targets[@]}"; do
  corpus=$build/corpus/$t
  artifacts=$build/artifacts/$t
  mkdir -p "$corpus" "$artifacts/recorded" "$build/logs"
  [ -n "$(ls -A "$corpus")" ] || seed_target "$t" "$corpus"
  # Fork mode with one worker: a crash is recorded and fuzzing goes on for the whole time, so
  # one open bug does not hide the next.
  opts=(-max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -max_len=65536 -fork=1 -ignore_crashes=1
        -ignore_timeouts=1 -ignore_ooms=1 -artifact_prefix="$artifacts/")
  case "$t" in quantity | fast_path | extract) opts+=(-dict=fuzz/quantity.dict) ;; esac
  echo "fuzz: $t for ${secs}s (log $build/logs/$t.log)"
  status=0
  "$build/fuzz/fuzz_$t" "${opts[@]}" "$corpus" >"$build/logs/$t.log" 2>&1 || status=$?
  grep -E '^#[0-9]+: cov:' "$build/logs/$t.log" | tail -n 1 || true
  shopt -s nullglob
  new=("$artifacts"/crash-* "$artifacts"/leak-* "$artifacts"/timeout-* "$artifacts"/oom-* "$artifacts"/slow-unit-*)
  shopt -u nullglob
  if ((status != 0 || ${#new[@]})); then
    echo "fuzz: $t FAILED (exit $status); see $build/logs/$t.log" >&2
    mkdir -p "tests/fuzz_regressions/$t"
    # The same bug is often hit many times in one run: record the smallest few inputs.
    kept=0
    for f in $(ls -S -r "${new[@]}" 2>/dev/null); do
      if ((kept < 5)); then
        cp "$f" "tests/fuzz_regressions/$t/"
        echo "fuzz: new regression input tests/fuzz_regressions/$t/$(basename "$f")" >&2
        kept=$((kept + 1))
      fi
      mv "$f" "$artifacts/recorded/"
    done
    found=1
  fi
done
exit $found
