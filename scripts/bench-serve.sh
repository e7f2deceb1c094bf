#!/usr/bin/env bash
# Load on `banmian serve` (BENCHMARKS.md, *The reader under load*): an archive of N articles (default 100,000) made
# by banmian-bench, the server started on it, and wrk (Debian) against the reader's pages and the API at 50 and 500
# connections, beside /static/reader.css — a static file the same server sends from memory, the floor no route can
# beat. "hot" runs ask for one address again and again (answered from the server's cache after the first);
# "spread" runs ask for addresses drawn at random from thousands (articles, pages, words), from a second server
# started with --cache-megabytes 0: every answer read from the archive anew.
#   scripts/bench-serve.sh [ARTICLES] [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-100000}
duration=${2:-10}
command -v wrk >/dev/null || { if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi; $SUDO apt-get install -y -qq wrk >/dev/null; }
swift build -c release --product banmian >&2
swift build -c release --product banmian-bench >&2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
.build/release/banmian-bench --archive --articles "$articles" --keep "$work/archive" --ingest-only
port=18080
.build/release/banmian serve --archive "$work/archive" --port $port 2>"$work/serve.log" &
server=$!
.build/release/banmian serve --archive "$work/archive" --port $((port + 1)) --cache-megabytes 0 2>"$work/serve-uncached.log" &
uncached=$!
trap 'kill $server $uncached 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/openapi.json" >/dev/null && curl -sf "http://127.0.0.1:$((port + 1))/openapi.json" >/dev/null && break; sleep 0.2; done
base="http://127.0.0.1:$port"
spread="http://127.0.0.1:$((port + 1))"
# The addresses of the spread runs, drawn from the archive itself: 20,000 articles, 5,000 pages, 2,000 words.
python3 - "$work/archive/archive.sqlite" "$work" <<'PY'
import random, sqlite3, sys, urllib.parse
database, work = sys.argv[1], sys.argv[2]
random.seed(12)
db = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
q = lambda text: urllib.parse.quote(text, safe="")
articles = [row[0] for row in db.execute("SELECT id FROM article ORDER BY random() LIMIT 20000")]
pages = [(row[0], row[1]) for row in db.execute("SELECT issueId, key FROM page ORDER BY random() LIMIT 5000")]
bodies = [row[0] for row in db.execute("SELECT body FROM article ORDER BY random() LIMIT 2000")]
words = []
for body in bodies:
    runs = [c for c in body if "\u4e00" <= c <= "\u9fff"]
    if len(runs) > 20:
        at = random.randrange(len(runs) - 2)
        words.append(runs[at] + runs[at + 1])
lists = {
    "api-articles": [f"/api/articles/{q(a)}" for a in articles],
    "articles": [f"/articles/{q(a)}" for a in articles],
    "pages": [f"/issues/{q(i)}/{q(k)}" for i, k in pages],
    "search": [f"/api/search?q={q(w)}&limit=20" for w in words],
}
for name, paths in lists.items():
    with open(f"{work}/{name}.lua", "w") as out:
        out.write("local paths = {\n" + ",\n".join('"' + p + '"' for p in paths) + "\n}\n")
        out.write("math.randomseed(7)\nrequest = function() return wrk.format('GET', paths[math.random(#paths)]) end\n")
print(open(f"{work}/articles.lua").read().split("\n")[1].strip('",'), file=open(f"{work}/one-article", "w"))
print(open(f"{work}/pages.lua").read().split("\n")[1].strip('",'), file=open(f"{work}/one-page", "w"))
PY
article=$(cat "$work/one-article"); page=$(cat "$work/one-page")
echo
echo "| route | kind | connections | requests/s | p50 | p99 | errors (non-2xx, socket) |"
echo "|---|---|---|---|---|---|---|"
run() { # label kind path-or-script
  local label=$1 kind=$2 target=$3
  for connections in 50 500; do
    # Let the requests of the run before finish (wrk leaves them queued when it stops): wait for a quick answer.
    for _ in $(seq 120); do
      quick=0
      for server_base in "$base" "$spread"; do
        [ "$(curl -s -o /dev/null -w '%{time_total}' "$server_base/api/issues?limit=1&x=$RANDOM" | cut -c1-3)" = "0.0" ] && quick=$((quick + 1))
      done
      [ $quick = 2 ] && break
      sleep 1
    done
    sleep 2
    if [ "$kind" = spread ]; then
      out=$(wrk -t2 -c$connections -d${duration}s --latency --timeout 10s -s "$target" "$spread" 2>&1)
    else
      out=$(wrk -t2 -c$connections -d${duration}s --latency --timeout 10s "$base$target" 2>&1)
    fi
    rate=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    p50=$(echo "$out" | awk '$1=="50%" {print $2}')
    p99=$(echo "$out" | awk '$1=="99%" {print $2}')
    non2xx=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
    socket=$(echo "$out" | awk -F'[ ,]+' '/Socket errors/ {print $4+$6+$8+$10}')
    printf '| %s | %s | %s | %s | %s | %s | %s, %s |\n' "$label" "$kind" "$connections" "$rate" "$p50" "$p99" "${non2xx:-0}" "${socket:-0}"
  done
}
run "/static/reader.css (the floor)" hot /static/reader.css
run "/api/articles/{id}" hot "/api/articles/$(echo "$article" | sed 's|^/articles/||')"
run "/api/articles/{id}" spread "$work/api-articles.lua"
run "/articles/{id} (HTML)" hot "$article"
run "/articles/{id} (HTML)" spread "$work/articles.lua"
run "/issues/{id}/{page} (HTML)" hot "$page"
run "/issues/{id}/{page} (HTML)" spread "$work/pages.lua"
run "/api/search?q=改革" hot "/api/search?q=%E6%94%B9%E9%9D%A9&limit=20"
run "/api/search?q={two characters}" spread "$work/search.lua"
