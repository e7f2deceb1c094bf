#!/usr/bin/env python3
"""Extracts the text of every corpus PDF with pdfminer.six and PyMuPDF, for the PDF baselines of `banmian eval`.

    python3 Benchmarks/Corpus/pdf-baselines.py [PAGES]      # default PAGES: Benchmarks/Corpus/pages

For each PAGES/NAME.pdf it writes, in UTF-8:
  NAME.pdfminer.txt  pdfminer.six extract_text with its default LAParams: its text boxes in its order, each
                     followed by a blank line, as it prints them
  NAME.pymupdf.txt   PyMuPDF get_text("blocks", sort=False): its text blocks in the order PyMuPDF gives,
                     each followed by a blank line as pdfminer.six prints its boxes
Each page of a PDF ends with a form feed, as in pdftotext's NAME.txt (the third PDF baseline). Run after
generate.py (which calls it at its end); setup.sh installs both packages.

The output is deterministic. pdfminer.six breaks ties between text boxes at equal distance by id(), a memory
address, so its reading order can change from run to run (issue10-p3 did); here those ties go to the box made
first instead. Nothing else of its layout analysis is changed.
"""
import argparse, builtins, os, sys

import pdfminer.layout
import pymupdf
from pdfminer.high_level import extract_text

HERE = os.path.dirname(os.path.abspath(__file__))
TEXT_BLOCK = 0  # get_text("blocks") block type: 0 text, 1 image


class CreationOrder:
    """Stands in for id() in pdfminer.layout: numbers objects in the order first asked about, which is the order
    the layout analysis makes them. Holds each object, so no address is reused while it counts."""

    def __init__(self):
        self.numbers = {}

    def __call__(self, obj):
        return self.numbers.setdefault(builtins.id(obj), (len(self.numbers), obj))[0]


def pdfminer_text(pdf):
    pdfminer.layout.id = CreationOrder()  # group_textboxes is the only user of id() in pdfminer.layout
    try:
        return extract_text(pdf)  # already ends each page with a form feed
    finally:
        del pdfminer.layout.id


def pymupdf_text(pdf):
    pages = []
    with pymupdf.open(pdf) as document:
        for page in document:
            blocks = [block[4].rstrip("\n") for block in page.get_text("blocks", sort=False) if block[6] == TEXT_BLOCK]
            pages.append("".join(block + "\n\n" for block in blocks) + "\f")
    return "".join(pages)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pages", nargs="?", default=os.path.join(HERE, "pages"), help="the corpus pages folder")
    args = parser.parse_args()
    pdfs = sorted(name for name in os.listdir(args.pages) if name.endswith(".pdf"))
    for name in pdfs:
        pdf = os.path.join(args.pages, name)
        base = pdf[: -len(".pdf")]
        for suffix, extract in ((".pdfminer.txt", pdfminer_text), (".pymupdf.txt", pymupdf_text)):
            with open(base + suffix, "w", encoding="utf-8", newline="") as handle:
                handle.write(extract(pdf))
    print(f"{len(pdfs)} PDFs: wrote NAME.pdfminer.txt and NAME.pymupdf.txt in {args.pages}", file=sys.stderr)


if __name__ == "__main__":
    main()
