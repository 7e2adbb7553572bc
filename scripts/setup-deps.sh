#!/usr/bin/env bash
# Installs the Debian packages claimcheck builds with, if any is missing.
# Idempotent: when everything is present it does nothing and takes well under a second.
set -euo pipefail
pkgs=(build-essential cmake ninja-build ccache pkg-config libgumbo-dev sqlite3 chromium cmark-gfm
      libboost1.81-dev libboost-program-options1.81-dev libboost-json1.81-dev
      libeigen3-dev catch2 libfmt-dev libsqlite3-dev zlib1g-dev libmimalloc-dev valgrind clang)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "claimcheck setup: installing ${missing[*]}" >&2
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
