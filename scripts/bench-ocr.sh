#!/usr/bin/env bash
# OCR speed (issue 13): Banmian reading page pictures with --ocr against Tesseract alone on the same pictures.
# Draws PAGES corpus PDFs at 300 dpi (pdftoppm -gray), then for each picture runs, alternately, `tesseract … alto`
# by itself, `banmian extract PICTURE --ocr --format json` (which runs the same Tesseract, reads the page's large
# lines and missed ink a second time in one more Tesseract run, then reads the ALTO and rebuilds the articles) and
# the same with --no-second-reading, one at a time, each on one thread (OMP_THREAD_LIMIT=1), REPEATS times. Prints
# the median seconds a page of each and what Banmian adds; pages per minute per core follow. The machine is shared:
# compare the two columns of one run, not runs of different days.
#   scripts/bench-ocr.sh [PAGES] [REPEATS]
set -euo pipefail
cd "$(dirname "$0")/.."
pages=${1:-6}
repeats=${2:-3}
swift build -c release --product banmian >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
n=0
for pdf in Benchmarks/Corpus/pages/*.pdf; do
  [ "$(pdfinfo "$pdf" | awk '/^Pages/{print $2}')" = 1 ] || continue
  pdftoppm -r 300 -gray -png -singlefile "$pdf" "$work/page$n"
  n=$((n + 1))
  [ "$n" -lt "$pages" ] || break
done
export OMP_THREAD_LIMIT=1
python3 - "$work" "$n" "$repeats" <<'PY'
import statistics, subprocess, sys, time
work, n, repeats = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
alone, banmian, single = [], [], []
for r in range(repeats):
    for i in range(n):
        picture = f"{work}/page{i}.png"
        start = time.perf_counter()
        subprocess.run(["tesseract", picture, f"{work}/out{i}", "-l", "chi_sim", "alto"], check=True, capture_output=True)
        alone.append(time.perf_counter() - start)
        start = time.perf_counter()
        subprocess.run([".build/release/banmian", "extract", picture, "--ocr", "--format", "json", "--output", f"{work}/out{i}.json"], check=True, capture_output=True)
        banmian.append(time.perf_counter() - start)
        start = time.perf_counter()
        subprocess.run([".build/release/banmian", "extract", picture, "--ocr", "--no-second-reading", "--format", "json", "--output", f"{work}/one{i}.json"], check=True, capture_output=True)
        single.append(time.perf_counter() - start)
a, b, c = statistics.median(alone), statistics.median(banmian), statistics.median(single)
print(f"{n} pages x {repeats}: Tesseract alone {a:.2f} s a page ({60 / a:.1f} pages/min/core); "
      f"banmian extract --ocr {b:.2f} s a page ({60 / b:.1f} pages/min/core), {100 * (b - a) / a:+.1f} % (its second reading runs Tesseract once more); "
      f"with --no-second-reading {c:.2f} s ({60 / c:.1f} pages/min/core), {100 * (c - a) / a:+.1f} %")
PY
