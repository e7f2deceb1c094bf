#!/usr/bin/env bash
# Installs what Banmian's build, tests and tools need on a fresh Debian machine with Swift and Python 3.
# Safe to run again: it installs only what is missing.
set -euo pipefail

need_apt=()
command -v iconv >/dev/null || need_apt+=(libc-bin)
command -v mutool >/dev/null || need_apt+=(mupdf-tools)          # the PDF reader runs mutool draw -F stext
command -v pdftoppm >/dev/null || need_apt+=(poppler-utils)       # banmian render: the page picture
convert -version 2>/dev/null | grep "^Version: ImageMagick" >/dev/null || need_apt+=(imagemagick)   # banmian render: zones drawn on it
fc-list 2>/dev/null | grep -i dejavu >/dev/null || need_apt+=(fonts-dejavu-core)   # the article numbers ImageMagick writes
[ -f /usr/include/sqlite3.h ] || need_apt+=(libsqlite3-dev)   # the archive: GRDB builds on the system SQLite (FTS5)
[ -f /usr/share/unicode/EquivalentUnifiedIdeograph.txt ] || need_apt+=(unicode-data)   # scripts/generate-radical-table.py
command -v xmllint >/dev/null || need_apt+=(libxml2-utils)          # ALTO and METS checked against ../shared/schemas
command -v chromium >/dev/null || need_apt+=(chromium)              # scripts/browser-test.py: the reader in a real browser
command -v chromedriver >/dev/null || need_apt+=(chromium-driver)   # … driven by Selenium
command -v tesseract >/dev/null || need_apt+=(tesseract-ocr)         # --ocr: page pictures and scanned PDF pages
for lang in chi-sim chi-tra eng; do                                  # … and its language data
  [ -f "/usr/share/tesseract-ocr/5/tessdata/${lang/-/_}.traineddata" ] || need_apt+=("tesseract-ocr-$lang")
done
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  echo "setup: apt-get install ${need_apt[*]}" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

python3 -c "import jsonschema" 2>/dev/null || {
  echo "setup: pip install jsonschema" >&2
  python3 -m pip install -q jsonschema
}
python3 -c "import selenium" 2>/dev/null || {
  echo "setup: pip install selenium" >&2
  python3 -m pip install -q "selenium>=4.20"
}
