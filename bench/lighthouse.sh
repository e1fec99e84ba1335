#!/usr/bin/env bash
# Lighthouse's performance score under its mobile preset (a mid-range phone: slow 4G, a CPU 4x slower, simulated)
# for every kind of page, against the jar as built: prints page → score, LCP, TBT, CLS, and keeps each page's JSON
# report under target/lighthouse/ (open one with the Lighthouse viewer to see what costs).
#
# Usage: bench/lighthouse.sh [--no-build] [PAGE...]
#   --no-build  use target/zaitaku-dashboard.jar as it is (default: build it first with mvn package -DskipTests)
#   PAGE        the addresses to measure (default: one of every kind of page)
# Lighthouse comes from npm (`npx -y lighthouse@12`, or $LIGHTHOUSE if set) and drives Debian's chromium
# ($CHROME_PATH, /usr/bin/chromium by default); it never downloads a browser. Programs running at the same time
# lengthen the measured tasks and so lower the score: the report prints the load average.
set -euo pipefail
export LC_ALL=C.UTF-8
cd "$(dirname "$0")/.."

build=1 pages=()
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    -*) echo "usage: bench/lighthouse.sh [--no-build] [PAGE...]" >&2; exit 2 ;;
    *) pages+=("$arg") ;;
  esac
done
if [ ${#pages[@]} -eq 0 ]; then
  pages=(/ /program /areas/1-1 /initiatives/1-1-1 /indicators /activities '/activities?org=4' /activities/1 /checks
    /source '/search?q=看取り' /present /present/5 /handout /summary)
fi
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
export PUPPETEER_SKIP_DOWNLOAD=1
read -r -a lighthouse <<< "${LIGHTHOUSE:-npx -y lighthouse@12}"
for tool in java curl jq node "$CHROME_PATH"; do
  command -v "$tool" >/dev/null || { echo "Missing: $tool" >&2; exit 1; }
done

jar=target/zaitaku-dashboard.jar
[ "$build" -eq 0 ] || mvn -B -q -o package -DskipTests
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
java -jar "$jar" --no-browser --port "$port" > /dev/null 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -fs -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.1; done

out=target/lighthouse
mkdir -p "$out"
echo "Lighthouse $("${lighthouse[@]}" --version), mobile preset, $(git rev-parse --short HEAD)," \
  "load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
row='.audits as $a | "| `\($page)` | \(.categories.performance.score * 100 | round) | '\
'\($a["largest-contentful-paint"].displayValue) | \($a["total-blocking-time"].displayValue) | '\
'\($a["cumulative-layout-shift"].displayValue) |"'
echo "| page | performance | LCP | TBT | CLS |"
echo "|---|---:|---:|---:|---:|"
for page in "${pages[@]}"; do
  url="http://127.0.0.1:$port$(node -e 'process.stdout.write(encodeURI(process.argv[1]))' "$page")"
  report="$out/$(echo "$page" | tr -c 'A-Za-z0-9\n' '_' | sed 's/^_*$/root/').json"
  "${lighthouse[@]}" "$url" --quiet --only-categories=performance --output=json --output-path="$report" \
    --chrome-flags="--headless --no-sandbox --disable-gpu --disable-background-networking --no-first-run"
  jq -r --arg page "$page" "$row" "$report"
done
