#!/usr/bin/env python3
"""Article segmentation of a real page, scored as library archives score it: pairwise F1 over the page's
ALTO lines.

    python3 Benchmarks/Real/segmentation.py GOLD.json PAGE.alto.xml BANMIAN.json [--coarse] [--at-least F1]

GOLD.json names, for each article of the page, the ALTO TextLine IDs it holds (`evening-star-1862-p7.gold.json`).
BANMIAN.json is `banmian extract … --format json` of the same page, read from its ALTO or from its PDF: each
ALTO line goes to the article whose zone (or paragraph) holds its centre, the smallest such box first; a line in
none is an article of its own. Two gold lines are a pair when one article holds both; precision is the share of
predicted pairs that are gold pairs, recall the share of gold pairs predicted. Lines outside every gold article
(masthead, specks) are not scored. `--coarse` joins the items of one run (the gold's `runInGroup`: the local items
under one heading, `ATTEMPT TO KILL.—`…, or a column of briefs) into one article, as archives that count such a
column as one article do. `--at-least F1` exits with status 1 when the F1 is lower (the check `scripts/test.sh`
runs).
"""
import json
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict


def alto_lines(path):
    """ID → (x, y, w, h) as fractions of the page."""
    root = ET.parse(path).getroot()
    ns = root.tag.split('}')[0] + '}' if root.tag.startswith('{') else ''
    page = root.find(f'.//{ns}Page')
    width, height = float(page.get('WIDTH')), float(page.get('HEIGHT'))
    lines = {}
    for line in root.iter(f'{ns}TextLine'):
        x, y = float(line.get('HPOS')), float(line.get('VPOS'))
        w, h = float(line.get('WIDTH')), float(line.get('HEIGHT'))
        lines[line.get('ID')] = (x / width, y / height, w / width, h / height)
    return lines


def predicted_boxes(result):
    """Per article of the first page: its boxes, as fractions of the page."""
    page = result['pages'][0]
    width, height = page['width'], page['height']
    articles = []
    for article in page['articles']:
        boxes = list(article.get('zones') or [])
        for section in article.get('sections', []):
            boxes += section.get('paragraphBoxes', [])
        articles.append([(b['x'] / width, b['y'] / height, b['width'] / width, b['height'] / height) for b in boxes])
    return articles


def assign(lines, articles):
    """Line ID → predicted article (an index; a line in no article gets one of its own)."""
    result = {}
    for identifier, (x, y, w, h) in lines.items():
        cx, cy = x + w / 2, y + h / 2
        best = None
        for index, boxes in enumerate(articles):
            for bx, by, bw, bh in boxes:
                if bx <= cx <= bx + bw and by <= cy <= by + bh and (best is None or bw * bh < best[0]):
                    best = (bw * bh, index)
        result[identifier] = best[1] if best else f'alone-{identifier}'
    return result


def pairs(groups):
    return sum(len(g) * (len(g) - 1) // 2 for g in groups)


def score(gold_articles, predicted):
    """Precision, recall and F1 over pairs of the gold articles' lines."""
    gold_of = {line: index for index, article in enumerate(gold_articles) for line in article}
    cells = defaultdict(int)
    predicted_groups = defaultdict(list)
    for line, gold in gold_of.items():
        cells[(gold, predicted[line])] += 1
        predicted_groups[predicted[line]].append(line)
    both = sum(n * (n - 1) // 2 for n in cells.values())
    gold_pairs = pairs(gold_articles)
    predicted_pairs = pairs(predicted_groups.values())
    precision = both / predicted_pairs if predicted_pairs else 1.0
    recall = both / gold_pairs if gold_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def main(argv):
    if len(argv) < 4:
        sys.exit(__doc__)
    gold = json.load(open(argv[1], encoding='utf-8'))
    lines = alto_lines(argv[2])
    result = json.load(open(argv[3], encoding='utf-8'))
    articles = gold['articles']
    if '--coarse' in argv:
        # Items of one run (the gold's `runInGroup`: the local items under one heading, a column of briefs) are one.
        joined, groups = [], []
        for article in articles:
            group = article.get('runInGroup')
            if group and groups and groups[-1] == group:
                joined[-1] = joined[-1] + article['lines']
            else:
                joined.append(list(article['lines']))
                groups.append(group)
        gold_articles = joined
    else:
        gold_articles = [list(a['lines']) for a in articles]
    predicted = assign(lines, predicted_boxes(result))
    precision, recall, f1 = score(gold_articles, predicted)
    one = score(gold_articles, {line: 0 for line in lines})
    found = len(result['pages'][0]['articles'])
    print(f'{argv[3]}: {found} articles against {len(gold_articles)}; pairwise precision {precision:.3f} recall {recall:.3f} '
          f'F1 {f1:.3f} (the whole page as one article: F1 {one[2]:.3f})')
    if '--at-least' in argv:
        floor = float(argv[argv.index('--at-least') + 1])
        if f1 < floor:
            sys.exit(f'{argv[3]}: pairwise F1 {f1:.3f} is below {floor:.3f}')


if __name__ == '__main__':
    main(sys.argv)
