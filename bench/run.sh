#!/usr/bin/env bash
# The dashboard's speed targets, measured in one run on this machine and printed as a report with PASS/FAIL:
#   - start: `java -jar` to the first 200 on /, median of 10, beside Javalin alone and a JDK hello-world server
#     started the same way; `java -jar … --data DIR` (the live path) beside the stack's floor;
#   - throughput and p99 of / and of the heaviest page (wrk -t2 -c50 -d10s), beside nginx serving the same bytes;
#   - memory (RSS) after 20,000 requests, with default flags and with -Xmx64m; the jar's size;
#   - the gzipped size of every page with what it loads (Chart.js aside), and how Chart.js is served;
#   - with -Xmx64m, 200 connections for 60 s across every page: errors, timeouts, non-2xx answers, p99, RSS before
#     and after; once on the process that served the 20,000 requests, once on a fresh start;
#   - the floor of the dashboard's own stack (bench/StackFloor.java, run from the dashboard's jar): Javalin alone
#     (start, and RSS with -Xmx64m after the same 20,000 requests and load test), and the scripts seeded into HSQLDB
#     + one jOOQ query + Javalin (start), the floor of the live path.
#
# Usage: bench/run.sh [--no-build] [--quick]
#   --no-build  use target/zaitaku-dashboard.jar as it is (default: build it first with mvn package -DskipTests)
#   --quick     fewer starts and shorter loads, to try a change (the report then says so)
# Installs nothing: it says what is missing. Needs java/javac 17, mvn, curl, wrk, nginx, perl.
# Other programs running at the same time make the numbers worse: the report prints the load average.
set -euo pipefail
export LC_ALL=C
cd "$(dirname "$0")/.."

build=1 starts=10 seconds=10 load_seconds=60 warm_seconds=5 mode="full"
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    --quick) starts=3 seconds=3 load_seconds=10 warm_seconds=2 mode="quick (not for BENCHMARKS.md)" ;;
    *) echo "usage: bench/run.sh [--no-build] [--quick]" >&2; exit 2 ;;
  esac
done

missing=()
for tool in java javac curl wrk nginx perl; do command -v "$tool" >/dev/null || missing+=("$tool"); done
[ "$build" -eq 0 ] || command -v mvn >/dev/null || missing+=("mvn")
if [ ${#missing[@]} -gt 0 ]; then
  echo "Missing: ${missing[*]}. On Debian: apt-get install -y nginx wrk curl perl maven openjdk-17-jdk-headless" >&2
  exit 1
fi

jar=target/zaitaku-dashboard.jar
if [ "$build" -eq 1 ]; then
  mvn -B -q package -DskipTests
fi
[ -f "$jar" ] || { echo "No $jar: build it (mvn -B package -DskipTests) or drop --no-build" >&2; exit 1; }

work=$(mktemp -d)
chmod 755 "$work" # nginx's workers may run as another user
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# A port nothing listens on, from 17100 up.
next_port=17100
free_port() {
  while (echo >/dev/tcp/127.0.0.1/$next_port) 2>/dev/null; do next_port=$((next_port + 1)); done
  port=$next_port
  next_port=$((next_port + 1))
}

progress() { echo "[$(date +%T)] $*" >&2; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
rss_mib() { awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$1/status"; }
median() { sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2)}'; }

# Starts a command that serves HTTP on $port and waits for its first 200 on /; sets pid and started_ms.
start_server() {
  local begin ready
  begin=$(now_ms)
  "$@" >"$work/server.log" 2>&1 &
  pid=$!
  pids+=("$pid")
  ready=$(perl bench/first200.pl "$port" "$pid") \
    || { echo "The server stopped or never answered 200:" >&2; cat "$work/server.log" >&2; exit 1; }
  started_ms=$(( ready - begin ))
}

stop_server() {
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

echo "# Benchmark report ($mode)"
echo
echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet 2>/dev/null || echo ' (with uncommitted changes)')"
echo "- machine: $(nproc) cores ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)), $(awk '/MemTotal/ {printf "%d GiB", $2/1024/1024}' /proc/meminfo)"
echo "- $(java -version 2>&1 | head -1); $(nginx -v 2>&1); $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2)"
echo "- load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "- jar: $(du -k "$jar" | cut -f1) KiB"
echo

progress "start times"
# --- Start time: the app, the JDK's hello-world and the stack's floor, in turn, so a busy moment hits all alike. ---
mkdir -p "$work/hello" "$work/floor" "$work/data"
# The live path on the same data as the floor: --data with a built-in script laid over itself.
cp sql/V4__fy2022_activities.sql "$work/data/"
javac -encoding UTF-8 -d "$work/hello" bench/Hello.java
javac -encoding UTF-8 -cp "$jar" -d "$work/floor" bench/StackFloor.java
hello=(java -cp "$work/hello" Hello)
javalin=(java -cp "$jar:$work/floor" StackFloor javalin)
stack=(java -cp "$jar:$work/floor" StackFloor stack)
app_starts=() data_starts=() hello_starts=() javalin_starts=() stack_starts=()
for _ in $(seq "$starts"); do
  free_port; start_server java -jar "$jar" --no-browser --port "$port"; app_starts+=("$started_ms"); stop_server
  free_port; start_server java -jar "$jar" --no-browser --port "$port" --data "$work/data"
  data_starts+=("$started_ms"); stop_server
  free_port; start_server "${hello[@]}" "$port"; hello_starts+=("$started_ms"); stop_server
  free_port; start_server "${javalin[@]}" "$port"; javalin_starts+=("$started_ms"); stop_server
  free_port; start_server "${stack[@]}" "$port"; stack_starts+=("$started_ms"); stop_server
done
app_start=$(printf '%s\n' "${app_starts[@]}" | median)
data_start=$(printf '%s\n' "${data_starts[@]}" | median)
hello_start=$(printf '%s\n' "${hello_starts[@]}" | median)
javalin_start=$(printf '%s\n' "${javalin_starts[@]}" | median)
stack_start=$(printf '%s\n' "${stack_starts[@]}" | median)
echo "## Start to the first 200 on / (median of $starts)"
echo
echo "| server | median | all runs (ms) |"
echo "|---|---|---|"
echo "| dashboard, pages made at build (\`java -jar\`) | ${app_start} ms | ${app_starts[*]} |"
echo "| dashboard, live path (\`java -jar … --data DIR\`, the built-in data) | ${data_start} ms | ${data_starts[*]} |"
echo "| JDK hello-world (\`java -cp … Hello\`) | ${hello_start} ms | ${hello_starts[*]} |"
echo "| floor: Javalin alone (\`StackFloor javalin\`) | ${javalin_start} ms | ${javalin_starts[*]} |"
echo "| floor: the stack in sequence: scripts into HSQLDB, one jOOQ query, Javalin (\`StackFloor stack\`) | ${stack_start} ms | ${stack_starts[*]} |"
echo

progress "every page"
# --- Every page, found by following links from / (as a reader would), with its gzipped size. ----------------------
free_port; start_server java -jar "$jar" --no-browser --port "$port"
base="http://127.0.0.1:$port"
app_pid=$pid
encode() { perl -pe 's/([^\x21-\x7e])/sprintf("%%%02X", ord($1))/ge'; }
declare -A seen=([/]=1)
queue=(/)
: >"$work/paths" ; : >"$work/pages"
for ((i = 0; i < ${#queue[@]}; i++)); do
  path=${queue[$i]}
  [[ "$path" != *[^\!-~]* ]] || path=$(printf '%s' "$path" | encode)
  read -r status gz type < <(curl -s --compressed -o "$work/body" -w '%{http_code} %{size_download} %{content_type}\n' \
    "$base$path") && [ "$status" = 200 ] || { echo "$path: no 200 (${status:-no answer})" >&2; tail "$work/server.log" >&2; exit 1; }
  raw=$(wc -c <"$work/body")
  echo "$path" >>"$work/paths"
  case "$type" in text/html*) ;; *) continue ;; esac
  assets=$(grep -o '\(src\|href\)="/\(static\|webjars\)/[^"]*"' "$work/body" | sed 's/^[a-z]*="//; s/"$//' \
    | grep -v -i 'chart' | sort -u | tr '\n' ' ' || true)
  echo "$path $raw $gz $assets" >>"$work/pages"
  while read -r link; do
    link=${link%%#*}
    [ -n "$link" ] && [ -z "${seen[$link]:-}" ] || continue
    seen[$link]=1
    queue+=("$link")
  done < <(grep -o 'href="/[^"]*"' "$work/body" | sed 's/^href="//; s/"$//; s/&amp;/\&/g')
done
declare -A asset_gz
for asset in $(cut -d' ' -f4- "$work/pages" | tr ' ' '\n' | sort -u); do
  asset_gz[$asset]=$(curl -s --compressed -o /dev/null -w '%{size_download}' "$base$asset")
done
# page, bytes, gzipped, gzipped with what it loads (Chart.js aside)
while read -r path raw gz assets; do
  total=$gz
  for asset in $assets; do total=$((total + asset_gz[$asset])); done
  echo "$path $raw $gz $total"
done <"$work/pages" | sort -k4 -n -r >"$work/weights"
html_pages=$(wc -l <"$work/weights")
heaviest=$(sort -k2 -n -r "$work/weights" | head -1 | cut -d' ' -f1)
read -r _ _ _ heaviest_weight < <(head -1 "$work/weights")
over_100k=$(awk '$4 > 102400' "$work/weights" | wc -l)
# charts.js loads Chart.js with the first chart to draw, from the address in data-chart-js.
chart=$(curl -s "$base/" | grep -o 'data-chart-js="/webjars/[^"]*"' | head -1 | sed 's/^[a-z-]*="//; s/"$//')
chart_headers=$(curl -s -D - -o "$work/chart" -H 'Accept-Encoding: gzip' "$base$chart")
chart_encoding=$(grep -i '^content-encoding:' <<<"$chart_headers" | tr -d '\r' | cut -d' ' -f2 || true)
chart_cache=$(grep -i '^cache-control:' <<<"$chart_headers" | tr -d '\r' | cut -d' ' -f2- || true)
chart_gz=$(wc -c <"$work/chart")
echo "## Size of every page, gzipped"
echo
echo "$(wc -l <"$work/paths") addresses reached by links from /, $html_pages of them HTML pages. A page's weight is its"
echo "gzipped HTML plus the gzipped CSS, scripts and images it loads, Chart.js aside."
echo
echo "| page | bytes | gzipped | weight with what it loads |"
echo "|---|---|---|---|"
head -5 "$work/weights" | while read -r path raw gz total; do echo "| \`$path\` | $raw | $gz | $total |"; done
grep '^/ ' "$work/weights" | while read -r path raw gz total; do echo "| \`$path\` | $raw | $gz | $total |"; done
echo
echo "Chart.js (\`$chart\`): $chart_gz bytes sent, Content-Encoding: ${chart_encoding:-none}, Cache-Control: ${chart_cache:-none}."
echo

progress "memory after 20,000 requests"
# --- Memory after 20,000 requests across every page, default flags and -Xmx64m. -----------------------------------
# wrk runs for its whole -d even when every thread has stopped at the limit: -d is an upper bound, so keep it short.
requests() { # $1: answers in all, over 2 threads; $2: the file of paths to go round (default: every address);
             # $3: at most so many seconds (default 60: a cold dashboard makes every page on the way)
  wrk -t2 -c8 -d"${3:-60}s" -H 'Accept-Encoding: gzip' -s bench/pages.lua "$base" -- "${2:-$work/paths}" $(($1 / 2)) \
    | awk '/^answers/ {print $2, $4}'
}
read -r answered bad < <(requests 20000)
rss_default=$(rss_mib "$app_pid")
default_note="$answered answers, $bad not 2xx"

progress "throughput"
# --- Throughput: the dashboard (warmed up) and nginx on the same bytes. --------------------------------------------
mkdir -p "$work/www" "$work/tmp"
chmod 755 "$work/www" "$work/tmp"
save() { # $1: path, $2: file
  curl -s -o "$work/www/$2" "$base$1"
  curl -s -H 'Accept-Encoding: gzip' -o "$work/www/$2.gz" "$base$1"
  chmod 644 "$work/www/$2" "$work/www/$2.gz"
}
save / index.html
save "$heaviest" heaviest
measure() { # $1: URL, $2..: wrk options; prints requests/s and p99
  local out
  out=$(wrk -t2 -c50 -d"${seconds}s" --latency "${@:2}" "$1")
  echo "$(awk '/Requests\/sec/ {printf "%d", $2}' <<<"$out") $(awk '$1 == "99%" {print $2}' <<<"$out")"
}
free_port
nginx_port=$port
sed "s|@DIR@|$work|g; s|@PORT@|$nginx_port|g" bench/nginx.conf >"$work/nginx.conf"
nginx -p "$work" -c "$work/nginx.conf" &
pids+=("$!")
until curl -sf -o /dev/null "http://127.0.0.1:$nginx_port/"; do sleep 0.05; done
nginx_base="http://127.0.0.1:$nginx_port"
cmp -s <(curl -s "$nginx_base/") <(curl -s "$base/") || { echo "nginx does not serve the same bytes" >&2; exit 1; }
wrk -t2 -c50 -d"${warm_seconds}s" "$base/" >/dev/null
wrk -t2 -c50 -d"${warm_seconds}s" "$base$heaviest" >/dev/null
declare -A rps p99
targets=(/_plain /_gzip heaviest_plain heaviest_gzip)
for key in "${targets[@]}"; do
  app_path=/ nginx_path=/
  [[ $key == heaviest_* ]] && app_path=$heaviest nginx_path=/heaviest
  headers=()
  [[ $key == *_gzip ]] && headers=(-H 'Accept-Encoding: gzip')
  read -r "rps[app$key]" "p99[app$key]" < <(measure "$base$app_path" "${headers[@]}")
  read -r "rps[nginx$key]" "p99[nginx$key]" < <(measure "$nginx_base$nginx_path" "${headers[@]}")
done
stop_server

echo "## Throughput (wrk -t2 -c50 -d${seconds}s, after ${warm_seconds} s of warm-up)"
echo
echo "nginx $(nginx -v 2>&1 | cut -d/ -f2) serves the same bytes, saved from the dashboard as static files (gzip_static for"
echo "the gzipped ones). Heaviest page: \`$heaviest\`."
echo
echo "| page | Accept-Encoding | dashboard req/s | p99 | nginx req/s | p99 | dashboard / nginx |"
echo "|---|---|---|---|---|---|---|"
for key in "${targets[@]}"; do
  label=${key%_*} encoding=${key#*_}
  [ "$label" = heaviest ] && label=$heaviest
  echo "| \`$label\` | ${encoding/plain/none} | ${rps[app$key]} | ${p99[app$key]} | ${rps[nginx$key]} |" \
    "${p99[nginx$key]} | $(awk -v a="${rps[app$key]}" -v n="${rps[nginx$key]}" 'BEGIN {printf "%.2f", a / n}') |"
done
echo

progress "-Xmx64m"
# --- -Xmx64m: memory after 20,000 requests, then the load test on the same process (memory flat?), then the same
# load on a fresh start, when every page is still to be made by a JVM that has compiled nothing yet. -------------
load_test() { # 200 connections round every address (or the paths of file $1); sets load_* and rss_after
  local out
  out=$(wrk -t2 -c200 -d"${load_seconds}s" --latency -H 'Accept-Encoding: gzip' -s bench/pages.lua "$base" \
    -- "${1:-$work/paths}")
  rss_after=$(rss_mib "$pid")
  load_answers=$(awk '/^answers/ {print $2}' <<<"$out")
  load_non2xx=$(awk '/^answers/ {print $4}' <<<"$out")
  load_errors=$(awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8}' <<<"$out")
  load_errors=${load_errors:-0}
  load_timeouts=$(awk '/Socket errors/ {gsub(",", ""); print $10}' <<<"$out")
  load_timeouts=${load_timeouts:-0}
  load_kinds=$(grep 'Socket errors' <<<"$out" | sed 's/^ *Socket errors: //' || echo "none")
  load_rps=$(awk '/Requests\/sec/ {printf "%d", $2}' <<<"$out")
  load_p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
}
free_port; start_server java -Xmx64m -jar "$jar" --no-browser --port "$port"
base="http://127.0.0.1:$port"
read -r answered bad < <(requests 20000)
rss_small=$(rss_mib "$pid")
small_note="$answered answers, $bad not 2xx"
load_test
warm_line="$load_answers answers ($load_rps req/s, p99 $load_p99), $load_errors socket errors ($load_kinds), $load_non2xx not 2xx; RSS ${rss_small} MiB before, ${rss_after} MiB after."
warm_errors=$((load_errors + load_timeouts)) warm_non2xx=$load_non2xx warm_rss=$rss_after
stop_server

free_port; start_server java -Xmx64m -jar "$jar" --no-browser --port "$port"
base="http://127.0.0.1:$port"
rss_before=$(rss_mib "$pid")
load_test
cold_line="$load_answers answers ($load_rps req/s, p99 $load_p99), $load_errors socket errors ($load_kinds), $load_non2xx not 2xx; RSS ${rss_before} MiB before, ${rss_after} MiB after."
cold_errors=$load_errors cold_timeouts=$load_timeouts cold_non2xx=$load_non2xx cold_p99=$load_p99
stop_server

# The floor: 20,000 requests on / (all they serve), with -Xmx64m; Javalin alone then takes the load test too. The JDK
# server gets TCP_NODELAY, without which each of its answers waits for TCP's delayed acknowledgement (~200 req/s).
echo / >"$work/root"
floor_rss() { # $@: the command; sets floor_mib (its RSS after 20,000 answers) and floor_answers
  free_port; start_server "$@" "$port"
  base="http://127.0.0.1:$port"
  read -r floor_answers _ < <(requests 20000 "$work/root" 30)
  floor_mib=$(rss_mib "$pid")
}
floor_rss java -Xmx64m -Dsun.net.httpserver.nodelay=true "${hello[@]:1}"
rss_hello=$floor_mib hello_answers=$floor_answers; stop_server
floor_rss java -Xmx64m "${javalin[@]:1}"; rss_javalin=$floor_mib javalin_answers=$floor_answers
load_test "$work/root"
javalin_load_line="$load_answers answers ($load_rps req/s, p99 $load_p99), $load_errors socket errors, $load_non2xx not 2xx; RSS ${rss_javalin} MiB before, ${rss_after} MiB after."
rss_javalin_load=$rss_after
stop_server

# Where the memory goes, by the JVM's own account (Native Memory Tracking costs a few MB of its own, hence apart).
free_port; start_server java -Xmx64m -XX:NativeMemoryTracking=summary -jar "$jar" --no-browser --port "$port"
base="http://127.0.0.1:$port"
requests 2000 >/dev/null
nmt_rss=$(rss_mib "$pid")
nmt=$(jcmd "$pid" VM.native_memory summary scale=MB | awk '/^-/ {sub(/^- */, ""); sub(/ \(/, " ("); print}' \
  | sed -E 's/ *\(reserved=[0-9]+MB, committed=([0-9]+)MB\)/: \1 MB/' | awk -F': ' '$2 + 0 >= 1' | paste -sd ';' \
  | sed 's/;/; /g')
stop_server

echo "## Memory"
echo
echo "| run | RSS |"
echo "|---|---|"
echo "| default flags, after 20,000 requests across every page ($default_note) | ${rss_default} MiB |"
echo "| \`-Xmx64m\`, after 20,000 requests across every page ($small_note) | ${rss_small} MiB |"
echo "| \`-Xmx64m\`, JDK hello-world, after $hello_answers requests on / | ${rss_hello} MiB |"
echo "| \`-Xmx64m\`, floor: Javalin alone, after $javalin_answers requests on / | ${rss_javalin} MiB |"
echo
echo "Committed memory of a \`-Xmx64m\` process after 2,000 requests (RSS $nmt_rss MiB, NMT on), by JVM area: $nmt."
echo
echo "## Load test: \`-Xmx64m\`, 200 connections for ${load_seconds} s round every address (wrk's 2 s timeout)"
echo
echo "- after the 20,000 requests above, on the same process: $warm_line"
echo "- on a fresh start, every page still to be made: $cold_line"
echo "- floor: Javalin alone (\`StackFloor javalin\`), on /, after its 20,000 requests: $javalin_load_line"
echo

# --- The targets. --------------------------------------------------------------------------------------------------
verdict() { if [ "$1" -eq 1 ]; then echo PASS; else echo FAIL; fi; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
ge() { awk -v a="$1" -v b="$2" 'BEGIN {exit !(a >= b)}' && echo 1 || echo 0; }
start_ratio=$(ratio "$app_start" "$javalin_start")
data_ratio=$(ratio "$data_start" "$stack_start")
rss_ratio=$(ratio "$rss_small" "$rss_javalin")
rss_load_ratio=$(ratio "$warm_rss" "$rss_javalin_load")
plain_ratio=$(ratio "${rps[app/_plain]}" "${rps[nginx/_plain]}")
gzip_ratio=$(ratio "${rps[app/_gzip]}" "${rps[nginx/_gzip]}")
heavy_ratio=$(ratio "${rps[appheaviest_gzip]}" "${rps[nginxheaviest_gzip]}")
p99_ms=$(awk -v p="$cold_p99" 'BEGIN {v = p + 0; if (p ~ /us$/) v /= 1000; else if (p ~ /s$/ && p !~ /ms$/) v *= 1000; printf "%.1f", v}')
cold_ok=$(( cold_timeouts == 0 && cold_errors == 0 && cold_non2xx == 0 ))
awk -v p="$p99_ms" 'BEGIN {exit !(p < 50)}' || cold_ok=0
echo "## Targets"
echo
echo "| target | measured | result | reference, same run |"
echo "|---|---|---|---|"
echo "| start at most 1.2x Javalin alone (median) | ${start_ratio}x (${app_start} / ${javalin_start} ms) | $(verdict $(ge 1.2 "$start_ratio")) | JDK hello-world ${hello_start} ms |"
echo "| \`--data\` start at most 1.1x the stack's floor | ${data_ratio}x (${data_start} / ${stack_start} ms) | $(verdict $(ge 1.1 "$data_ratio")) | |"
echo "| RSS \`-Xmx64m\` after 20,000 requests at most 1.2x Javalin alone | ${rss_ratio}x (${rss_small} / ${rss_javalin} MiB) | $(verdict $(ge 1.2 "$rss_ratio")) | |"
echo "| RSS \`-Xmx64m\` after the load test at most 1.2x Javalin alone | ${rss_load_ratio}x (${warm_rss} / ${rss_javalin_load} MiB) | $(verdict $(ge 1.2 "$rss_load_ratio")) | |"
echo "| load test on a fresh start: 0 timeouts, 0 errors, p99 under 50 ms | $cold_timeouts timeouts, $cold_errors errors, $cold_non2xx non-2xx, p99 $cold_p99 | $(verdict "$cold_ok") | |"
echo "| load test after 20,000 requests: no errors, no non-2xx | $warm_errors errors, $warm_non2xx non-2xx | $(verdict $(( warm_errors == 0 && warm_non2xx == 0 ))) | |"
echo "| \`/\` at least 0.9x nginx, plain | $plain_ratio | $(verdict $(ge "$plain_ratio" 0.9)) | |"
echo "| \`/\` at least 0.9x nginx, gzip | $gzip_ratio | $(verdict $(ge "$gzip_ratio" 0.9)) | |"
echo "| heaviest page gzipped at least 0.8x nginx | $heavy_ratio (\`$heaviest\`) | $(verdict $(ge "$heavy_ratio" 0.8)) | |"
echo "| every page under 100 KB gzipped with what it loads | $over_100k over; heaviest \`$(head -1 "$work/weights" | cut -d' ' -f1)\` $heaviest_weight bytes | $(verdict $(( over_100k == 0 ))) | |"
echo "| Chart.js compressed and cacheable | ${chart_encoding:-none}; ${chart_cache:-none} | $(verdict $([[ "$chart_encoding" == gzip && "$chart_cache" == *max-age=* ]] && echo 1 || echo 0)) | |"
echo
echo "Load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
