#!/usr/bin/env bash
# Sets up a fresh machine and runs the whole test suite: the command the README and CI run.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build
# The evaluation corpus: Banmian's scores may not fall below the committed thresholds (BENCHMARKS.md).
# A release build: scoring edit distance on 120 pages takes seconds there, minutes in a debug build.
swift build -c release --product banmian
.build/release/banmian eval Benchmarks/Corpus/pages --input txt,raw,mutool,pdf --check Benchmarks/Corpus/thresholds.json
# The varied layouts (generate-varied.py): the development split, and the blind split that no rule is tuned on
# (only its aggregate is looked at; BENCHMARKS.md compares the two).
.build/release/banmian eval Benchmarks/Corpus/varied --input txt,raw,mutool,pdf --check Benchmarks/Corpus/thresholds-varied.json
.build/release/banmian eval Benchmarks/Corpus/blind --input txt,raw,mutool,pdf --check Benchmarks/Corpus/thresholds-blind.json
# Pages whose PDFs give the artefacts of real extractor output (spaced digits, letter-spaced lines, vertical captions,
# private-use ornaments, a single dash): generate-varied.py --split artefacts.
.build/release/banmian eval Benchmarks/Corpus/artefacts --input txt,raw,mutool,pdf --check Benchmarks/Corpus/thresholds-artefacts.json
# Whole issues (generate-varied.py --split issues): stories over three pages, two jumps to one page, continuations
# under a new headline or none; story, teaser and furniture scores.
.build/release/banmian eval Benchmarks/Corpus/issues --input txt,raw,mutool,pdf --check Benchmarks/Corpus/thresholds-issues.json
# Pages laid out by an independent generator (generate-others.py): text forms (their PDFs are not kept).
.build/release/banmian eval Benchmarks/Corpus/others --input txt,raw,mutool --check Benchmarks/Corpus/thresholds-others.json
.build/release/banmian eval Benchmarks/Corpus/others-blind --input txt,raw,mutool --check Benchmarks/Corpus/thresholds-others-blind.json
# Scans (issue 13): a few blind pages drawn at 300 dpi, turned, noised, blurred and JPEG'd, read by Tesseract
# (--ocr): the articles and the character error rate against the PDF's text (slow: the full split is in BENCHMARKS.md).
.build/release/banmian eval Benchmarks/Corpus/blind --input pdf,scan300 --limit 6 --check Benchmarks/Corpus/thresholds-scans.json
# A real page of 1862 (../shared/samples/real) whose articles are marked by hand (Benchmarks/Real): cut into its
# articles from its ALTO and from its PDF, scored as library archives score it (pairwise F1 over its ALTO lines).
real=$(mktemp -d)
for form in alto.xml:0.58 pdf:0.43; do
  .build/release/banmian extract "../shared/samples/real/evening-star-1862-08-25-p7.${form%%:*}" --format json --output "$real/page.json"
  python3 Benchmarks/Real/segmentation.py Benchmarks/Real/evening-star-1862-p7.gold.json \
    ../shared/samples/real/evening-star-1862-08-25-p7.alto.xml "$real/page.json" --at-least "${form##*:}"
done
rm -rf "$real"
swift test
# The reader as a person uses it (scripts/browser-test.py): headless Chromium walks from the front page to a page,
# clicks an article's zone, follows a 下转 link, searches for a two-character word and filters by date.
python3 scripts/browser-test.py --banmian .build/debug/banmian
# The archive at 10,000 articles (BENCHMARKS.md, *The archive*): search must find exactly the articles a scan of
# their text finds, for every query of the set (1- to 4-character Chinese terms by frequency, phrases, English
# words, with and without dates); it prints ingest rate, size and latency beside SQLite's trigram tokenizer.
swift build -c release --product banmian-bench
.build/release/banmian-bench --archive --articles 10000 --repeats 1 --check
# A short seeded fuzz run (Fuzz/README.md): no crash, no hang, no lost text, no silent loss on 15,000 mutated
# page texts and 300 damaged PDFs. Findings are saved in fuzz-findings/ (replay them with banmian-fuzz replay).
swift build -c release --product banmian-fuzz
.build/release/banmian-fuzz text --seed 1 --inputs 15000
.build/release/banmian-fuzz pdf --seed 1 --inputs 300
