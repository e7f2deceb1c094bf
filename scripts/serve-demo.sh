#!/usr/bin/env bash
# Sets up a fresh machine, puts the bundled corpus issues (six issues of four pages, as PDFs) into demo-archive/,
# and serves it: open http://127.0.0.1:8080/ in a browser. Pass serve's options through, e.g. --port 8000.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build -c release --product banmian >&2
# Run again: the files already in the archive are skipped (their content hashes are known).
.build/release/banmian ingest Benchmarks/Corpus/issues/*.pdf --archive demo-archive
exec .build/release/banmian serve --archive demo-archive "$@"
