#!/usr/bin/env bash
# Runs every test. The browser tests drive Debian's Chromium through its chromedriver and need Japanese fonts;
# the print test reads the PDF Chromium makes with poppler-utils; whichever of those packages is missing is installed first (never a browser downloaded by a tool).
set -euo pipefail
cd "$(dirname "$0")"

missing=()
for package in chromium chromium-driver fonts-noto-cjk poppler-utils; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if ((${#missing[@]})); then
  echo "Installing ${missing[*]} for the browser tests..."
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

exec mvn -B verify "$@"
