#!/usr/bin/env bash
# Sets up a fresh machine and rebuilds the articles of the bundled sample front page, as Markdown.
# Pass other options through, e.g. scripts/demo.sh --format json
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build -c release >&2
.build/release/banmian extract Tests/BanmianTests/Fixtures/pages/sample-page-1.txt "$@"
