#!/usr/bin/env bash
# Every source of the library and the CLI through clang's front end (-fsyntax-only).
# The fuzz targets are built with clang (scripts/fuzz.sh), the suite with g++: code g++ takes and
# clang 14 rejects (a structured binding captured by a lambda, twice so far) would break only
# the fuzz build, found days later. This catches it in CTest (lint.clang_syntax) instead.
#   scripts/clang_syntax.sh CLANGXX SOURCE_DIR [JOBS]
set -euo pipefail
clangxx=$1
src=$2
jobs=${3:-2}
cd "$src"
# the defines the targets set (their values do not matter to the syntax)
flags=(-std=c++20 -fsyntax-only -Wno-unknown-warning-option -Iinclude -Isrc -isystem /usr/include/eigen3
       -DCLAIMCHECK_VERSION='"0"' -DCLAIMCHECK_SOURCE_GRAMMARS='"grammars"'
       -DCLAIMCHECK_INSTALL_GRAMMARS='"grammars"' -DCLAIMCHECK_HOMEPAGE='"https://example.org"')
export clangxx
files=$(find src -name '*.cpp' | sort)
# (xargs exits 123 when any compile failed; the failing file's messages are on stderr)
if printf '%s\n' $files | xargs -P "$jobs" -I{} sh -c '"$0" "$@" {} || { echo "clang: {} does not compile" >&2; exit 1; }' \
     "$clangxx" "${flags[@]}"; then
  echo "clang_syntax: $(printf '%s\n' $files | wc -l) files, all compile with $("$clangxx" --version | head -n 1)"
else
  exit 1
fi
