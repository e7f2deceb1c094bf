#!/usr/bin/env bash
# Load on `banmian serve` (BENCHMARKS.md, *The reader under load*): an archive of N articles (default 100,000) made
# by banmian-bench, the server started on it, and wrk (Debian) against the API routes at 50 and 500 connections,
# beside /openapi.json — a fixed document the same server sends from memory, the floor no route can beat.
#   scripts/bench-serve.sh [ARTICLES] [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-100000}
duration=${2:-10}
command -v wrk >/dev/null || { if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi; $SUDO apt-get install -y -qq wrk >/dev/null; }
swift build -c release --product banmian >&2
swift build -c release --product banmian-bench >&2
work=$(mktemp -d)
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
.build/release/banmian-bench --archive --articles "$articles" --keep "$work/archive" --ingest-only
port=18080
.build/release/banmian serve --archive "$work/archive" --port $port 2>"$work/serve.log" &
server=$!
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/openapi.json" >/dev/null && break; sleep 0.2; done
base="http://127.0.0.1:$port"
issue=$(curl -s "$base/api/issues?limit=1" | python3 -c 'import json,sys,urllib.parse; print(urllib.parse.quote(json.load(sys.stdin)["issues"][0]["id"]))')
article=$(curl -s "$base/api/issues/$issue" | python3 -c 'import json,sys,urllib.parse; print(urllib.parse.quote(json.load(sys.stdin)["pages"][0]["articles"][0]["id"]))')
echo
echo "| route | connections | requests/s | p50 | p99 | errors (non-2xx, socket) |"
echo "|---|---|---|---|---|---|"
for route in "/openapi.json" "/api/articles/$article" "/api/issues/$issue" "/api/search?q=%E6%94%B9%E9%9D%A9&limit=20" "/api/search?q=%E7%A0%81%E5%A4%B4&limit=20"; do
  for connections in 50 500; do
    # Let the requests of the run before finish (wrk leaves them queued when it stops): wait for a quick answer
    # from the archive itself.
    for _ in $(seq 120); do [ "$(curl -s -o /dev/null -w '%{time_total}' "$base/api/issues?limit=1" | cut -c1-3)" = "0.0" ] && break; sleep 1; done
    sleep 2
    out=$(wrk -t2 -c$connections -d${duration}s --latency --timeout 10s "$base$route" 2>&1)
    rate=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    p50=$(echo "$out" | awk '$1=="50%" {print $2}')
    p99=$(echo "$out" | awk '$1=="99%" {print $2}')
    non2xx=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
    socket=$(echo "$out" | awk -F'[ ,]+' '/Socket errors/ {print $4+$6+$8+$10}')
    printf '| %s | %s | %s | %s | %s | %s, %s |\n' "$(python3 -c 'import sys,urllib.parse; print(urllib.parse.unquote(sys.argv[1]))' "$route")" "$connections" "$rate" "$p50" "$p99" "${non2xx:-0}" "${socket:-0}"
  done
done
