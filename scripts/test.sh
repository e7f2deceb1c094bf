#!/usr/bin/env bash
# Sets up a fresh machine and runs the whole test suite: the command the README and CI run.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build
swift test
