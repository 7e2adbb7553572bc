#!/usr/bin/env bash
# claimcheck's one entry point for people and CI.
#   scripts/build.sh report   install what is missing, build, check corpus/ -> build/report.html (+ .md)
#   scripts/build.sh test     install what is missing, build, run every test through CTest
#   scripts/build.sh build    install what is missing and build only
# Idempotent: a second run with nothing changed only re-checks packages and relinks nothing.
# Environment: BUILD_DIR (default build), JOBS (default: number of cores), CLAIMCHECK_SANITIZE=ON,
# CLAIMCHECK_SKIP_ASAN=1 (test: skip the second run of the suite under the sanitizers).
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-test}
build=${BUILD_DIR:-build}
jobs=${JOBS:-$(nproc)}

scripts/setup-deps.sh

export CCACHE_DIR=${CCACHE_DIR:-$PWD/.ccache}
if [ ! -f "$build/build.ninja" ]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCLAIMCHECK_SANITIZE="${CLAIMCHECK_SANITIZE:-OFF}" >/dev/null
fi
cmake --build "$build" -j "$jobs"

case "$mode" in
  build) ;;
  test)
    ctest --test-dir "$build" -j "$jobs" --output-on-failure --timeout 900
    # Then the same suite under ASan + UBSan (CMakePresets.json "asan", build-asan/).
    # CLAIMCHECK_SKIP_ASAN=1 skips it (docs/performance.md has its cost in CI).
    if [ "${CLAIMCHECK_SKIP_ASAN:-0}" != 1 ] && [ "${CLAIMCHECK_SANITIZE:-OFF}" != ON ]; then
      [ -f build-asan/build.ninja ] || cmake --preset asan >/dev/null
      cmake --build build-asan -j "$jobs"
      ctest --preset asan -j "$jobs" --timeout 900
    fi
    ;;
  report)
    status=0
    "$build/claimcheck" check corpus/feed --format html -o "$build/report.html" --fail-on none || status=$?
    "$build/claimcheck" check corpus/feed --format markdown -o "$build/report.md" --fail-on none -q || status=$?
    "$build/claimcheck" check corpus/feed --format text --fail-on none -q | tail -n 1
    echo "report: $PWD/$build/report.html (and $build/report.md)"
    exit $status
    ;;
  *) echo "usage: scripts/build.sh report|test|build" >&2; exit 2 ;;
esac
