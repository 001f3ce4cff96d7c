#!/usr/bin/env bash
# Debian packages the build and the tests need: a C++ toolchain for the N-API modules (sqlite3, keytar),
# libsecret for keytar, Chromium for the end-to-end tests, dbus + gnome-keyring for a real Secret Service,
# the SQLite shell (sqlite3) for the ingest benchmark's .import baseline.
# poppler-utils (pdftotext) to read back the period reports and the briefing PDF in tests.
set -euo pipefail
packages=(build-essential python3 libsecret-1-dev chromium gnome-keyring dbus dbus-x11 libsecret-tools fonts-noto-core sqlite3 poppler-utils)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "system packages: all present"
  exit 0
fi
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
