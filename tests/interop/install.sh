#!/usr/bin/env bash
# Installs the interop test's Node side, idempotently: Node.js and npm from Debian's packages when missing,
# then the locked apache-arrow package into the given folder (default tests/target/interop).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
target="${1:-$here/../target/interop}"
if ! command -v node > /dev/null || ! command -v npm > /dev/null; then
  echo "interop: installing Node.js and npm from Debian's packages" >&2
  sudo_cmd=""; [[ $(id -u) -ne 0 ]] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends nodejs npm >&2
fi
mkdir -p "$target"
cp "$here/package.json" "$here/package-lock.json" "$here/interop.mjs" "$target/"
if [[ ! -d "$target/node_modules/apache-arrow" ]]; then
  (cd "$target" && npm ci --no-audit --no-fund --loglevel=error) >&2
fi
echo "$target"
