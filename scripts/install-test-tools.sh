#!/usr/bin/env bash
# Installs the system packages the tests need, from Debian's own repositories, when any is missing:
# Chromium (browser journeys; never a downloaded browser) and PostgreSQL 15 with PostGIS (the tests start
# a throwaway server of their own; nothing is configured or left running). Used by .ci/run and the README.
# Runs apt-get as root, or through sudo (without a password prompt when there is no terminal, as in CI).
set -euo pipefail

packages=(chromium fonts-liberation postgresql-15 postgresql-15-postgis-3)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "Test tools already installed: ${packages[*]}"
  exit 0
fi

if [ "$(id -u)" = 0 ]; then
  as_root() { "$@"; }
elif [ -t 0 ]; then
  as_root() { sudo "$@"; }
else
  as_root() { sudo -n "$@"; }
fi

echo "Installing ${missing[*]} from Debian's packages…"
export DEBIAN_FRONTEND=noninteractive
as_root apt-get update -qq
as_root apt-get install -y -qq "${missing[@]}"
