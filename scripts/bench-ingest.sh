#!/usr/bin/env bash
# `banmian ingest` of page JSON as a user runs it (BENCHMARKS.md, *The archive*): banmian-bench writes an archive of
# N articles (default 100,000; issues of four corpus pages, one page document per issue, as `banmian extract
# --format json` writes them), then `banmian ingest` reads the folder into a new archive; beside it, in the same
# run, the archive's writer alone (`banmian-bench --archive --ingest-only`: the same issues stored from memory, no
# files read): the floor the command cannot beat. Prints articles/s, wall time and peak memory of each.
#   scripts/bench-ingest.sh [ARTICLES]
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-100000}
swift build -c release --product banmian >&2
swift build -c release --product banmian-bench >&2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
.build/release/banmian-bench --archive --articles "$articles" --documents "$work/documents"
echo "page documents: $(du -sh "$work/documents" | cut -f1) in $(ls "$work/documents" | wc -l) files"
/usr/bin/time -f "%e %M" -o "$work/ingest.time" .build/release/banmian ingest "$work/documents" --archive "$work/ingested" >"$work/ingest.out" 2>&1 ||
    { cat "$work/ingest.out"; exit 1; }
read -r seconds kilobytes <"$work/ingest.time"
stored=$(grep -o '[0-9]* articles stored' "$work/ingest.out" | cut -d' ' -f1)
echo "banmian ingest (page documents): $stored articles in $seconds s, $(python3 -c "print(round($stored / $seconds))") articles/s, peak memory $((kilobytes / 1024)) MiB"
/usr/bin/time -f "%M" -o "$work/writer.time" .build/release/banmian-bench --archive --articles "$articles" --keep "$work/written" --ingest-only \
    --batch "$((4 * $(nproc)))" | grep "ingest from page JSON"
echo "(the writer alone: peak memory $(( $(cat "$work/writer.time") / 1024 )) MiB, the corpus pages read first included)"
