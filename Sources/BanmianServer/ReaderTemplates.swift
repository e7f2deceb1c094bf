/// The reader's pages as Mustache templates (swift-mustache), its style sheet and its one small script. Every
/// `{{value}}` is HTML-escaped by Mustache; the few `{{{…HTML}}}` values are made by `TextMatch`, which escapes
/// the page's text itself before it marks the searched words.
enum ReaderTemplates {
    static let all: [String: String] = [
        "layout": layout, "home": home, "paper": paper, "issue": issue, "page": page, "article": article, "search": search, "error": error,
    ]

    static let layout = """
        <!doctype html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{title}} · 版面</title>
        <link rel="icon" href="data:,">
        <link rel="stylesheet" href="/static/reader.css">
        <script src="/static/reader.js" defer></script>
        </head>
        <body>
        <header class="bar">
        <a class="home" href="/">版面</a>
        <form class="find" action="/search" method="get" role="search">
        <input type="search" name="q" value="{{query}}" placeholder="搜索全部报纸" aria-label="搜索的词">
        <button type="submit">搜索</button>
        </form>
        </header>
        <main>
        {{$main}}{{/main}}
        </main>
        </body>
        </html>

        """

    static let home = """
        {{<layout}}{{$main}}
        <h1>报纸</h1>
        {{^papers}}<p class="empty">档案里还没有报纸。用 <code>banmian ingest 文件… --archive 目录</code> 收入。</p>{{/papers}}
        <ul class="papers">
        {{#papers}}<li><a href="{{url}}">{{name}}</a> <span class="meta">{{issues}} 期 · {{first}} – {{last}}</span></li>
        {{/papers}}
        </ul>
        {{#hasLatest}}<h2>最新各期</h2>{{/hasLatest}}
        <ul class="issues">
        {{#latest}}<li><a href="{{url}}"><span>{{paper}}</span> <span>{{dateLabel}}</span></a></li>
        {{/latest}}
        </ul>
        {{/main}}{{/layout}}
        """

    static let paper = """
        {{<layout}}{{$main}}
        <h1>{{name}}</h1>
        <nav class="years" aria-label="年份">{{#years}}<a href="{{url}}"{{#current}} aria-current="page"{{/current}}>{{year}}</a> {{/years}}</nav>
        <div class="calendar">
        {{#months}}<table class="month">
        <caption>{{label}}</caption>
        <thead><tr><th>一</th><th>二</th><th>三</th><th>四</th><th>五</th><th>六</th><th>日</th></tr></thead>
        <tbody>{{#weeks}}<tr>{{#days}}<td>{{#url}}<a href="{{url}}">{{day}}</a>{{/url}}{{^url}}{{day}}{{/url}}</td>{{/days}}</tr>{{/weeks}}</tbody>
        </table>
        {{/months}}
        {{^months}}<p class="empty">这一年没有收入的报纸。</p>{{/months}}
        </div>
        {{/main}}{{/layout}}
        """

    static let issue = """
        {{<layout}}{{$main}}
        <nav class="crumbs"><a href="{{paperURL}}">{{paper}}</a></nav>
        <h1>{{paper}} <span class="date">{{dateLabel}}</span>{{#number}} <span class="meta">{{.}}</span>{{/number}}</h1>
        <h2>版面导航</h2>
        <ol class="pages">
        {{#pages}}<li><a href="{{url}}">{{#thumbnail}}<img src="{{.}}" alt="" loading="lazy" width="160">{{/thumbnail}}{{^thumbnail}}<span class="blank"></span>{{/thumbnail}}<span class="label">{{label}}</span></a></li>
        {{/pages}}
        </ol>
        {{#hasStories}}<h2>跨版文章</h2>{{/hasStories}}
        <ul class="stories">
        {{#stories}}<li><a href="{{url}}">{{headline}}</a> <span class="meta">{{#parts}}<a href="{{url}}">{{label}}</a> {{/parts}}</span></li>
        {{/stories}}
        </ul>
        {{#hasTeasers}}<h2>导读</h2>{{/hasTeasers}}
        <ul class="teasers">
        {{#teasers}}<li>{{#url}}<a href="{{url}}">{{text}}</a>{{/url}}{{^url}}{{text}}{{/url}}</li>
        {{/teasers}}
        </ul>
        {{/main}}{{/layout}}
        """

    static let page = """
        {{<layout}}{{$main}}
        <nav class="crumbs"><a href="{{paperURL}}">{{paper}}</a> › <a href="{{issueURL}}">{{dateLabel}}</a>{{#resultsURL}} · <a href="{{.}}">回到搜索结果</a>{{/resultsURL}}</nav>
        <h1>{{label}}</h1>
        <nav class="tabs" aria-label="版面">{{#pages}}<a href="{{url}}"{{#current}} aria-current="page"{{/current}}>{{label}}</a>{{/pages}}</nav>
        <div class="spread">
        {{#sheet}}<figure class="sheet" style="aspect-ratio: {{ratio}}">
        {{#image}}<img src="{{.}}" alt="{{label}}的版面">{{/image}}
        {{#zones}}<a class="zone{{#hit}} hit{{/hit}}" href="{{url}}" data-article="{{article}}" style="left:{{left}};top:{{top}};width:{{width}};height:{{height}}" aria-label="{{headline}}" title="{{headline}}"></a>
        {{/zones}}</figure>{{/sheet}}
        <aside class="list">
        {{#hit}}<article class="hit-article">
        <h2><a href="{{url}}">{{{headlineHTML}}}</a></h2>
        {{#paragraphs}}<p>{{{.}}}</p>{{/paragraphs}}
        </article>{{/hit}}
        <h2>本版文章</h2>
        <ol class="articles">
        {{#articles}}<li><a href="{{url}}" data-article="{{id}}"{{#hit}} class="hit"{{/hit}}>{{headline}}</a></li>
        {{/articles}}
        </ol>
        {{^articles}}<p class="empty">这一版没有读出文章。</p>{{/articles}}
        <nav class="turn">{{#previous}}<a rel="prev" href="{{url}}">‹ {{label}}</a>{{/previous}} {{#next}}<a rel="next" href="{{url}}">{{label}} ›</a>{{/next}}</nav>
        </aside>
        </div>
        {{/main}}{{/layout}}
        """

    static let article = """
        {{<layout}}{{$main}}
        <nav class="crumbs"><a href="{{paperURL}}">{{paper}}</a> › <a href="{{issueURL}}">{{dateLabel}}</a> › <a href="{{pageURL}}">{{pageLabel}}</a>{{#resultsURL}} · <a href="{{.}}">回到搜索结果</a>{{/resultsURL}}</nav>
        <div class="reading">
        <div class="story">
        {{#parts}}<article id="{{id}}" class="part{{#current}} current{{/current}}">
        {{#pageLabel}}<p class="where"><a href="{{pageURL}}">{{.}}</a></p>{{/pageLabel}}
        {{#kickerHTML}}<p class="kicker">{{{.}}}</p>{{/kickerHTML}}
        {{#first}}<h1>{{{headlineHTML}}}</h1>{{/first}}{{^first}}{{#headlineHTML}}<h2>{{{.}}}</h2>{{/headlineHTML}}{{/first}}
        {{#subtitleHTML}}<p class="subtitle">{{{.}}}</p>{{/subtitleHTML}}
        {{#bylines}}<p class="byline">{{.}}</p>{{/bylines}}
        {{#datelineHTML}}<p class="dateline">{{{.}}}</p>{{/datelineHTML}}
        {{#sections}}{{#headingHTML}}<h3>{{{.}}}</h3>{{/headingHTML}}{{#paragraphs}}<p>{{{.}}}</p>
        {{/paragraphs}}{{/sections}}
        {{#captions}}<p class="caption">{{{.}}}</p>{{/captions}}
        {{#continuedOn}}<p class="jump"><a href="{{url}}">（下转{{label}}）</a></p>{{/continuedOn}}
        </article>
        {{/parts}}
        </div>
        {{#crop}}<aside class="crop-aside"><a href="{{pageURL}}"><figure class="crop" style="aspect-ratio: {{ratio}}; background-image: url('{{image}}'); background-size: {{size}}; background-position: {{position}}" role="img" aria-label="文章在版面上的位置"></figure></a></aside>{{/crop}}
        </div>
        {{/main}}{{/layout}}
        """

    static let search = """
        {{<layout}}{{$main}}
        <h1>搜索</h1>
        <form class="filters" action="/search" method="get">
        <label>词 <input type="search" name="q" value="{{query}}"></label>
        <label>从 <input type="date" name="from" value="{{from}}"></label>
        <label>到 <input type="date" name="to" value="{{to}}"></label>
        {{#paper}}<input type="hidden" name="paper" value="{{.}}">{{/paper}}{{#pageFilter}}<input type="hidden" name="page" value="{{.}}">{{/pageFilter}}
        <label>排序 <select name="sort"><option value="rank"{{#byRank}} selected{{/byRank}}>相关</option><option value="date"{{^byRank}} selected{{/byRank}}>日期</option></select></label>
        <button type="submit">搜索</button>
        </form>
        {{#problem}}<p class="problem" role="alert">{{.}}</p>{{/problem}}
        {{#answered}}
        <p class="total">{{totalLabel}}{{#filtersLabel}} · {{.}} <a href="{{clearURL}}">清除</a>{{/filtersLabel}}</p>
        <div class="results-and-facets">
        <ol class="results" start="{{start}}">
        {{#results}}<li>
        <h2><a href="{{url}}">{{{headlineHTML}}}</a></h2>
        <p class="meta">{{paper}} · {{date}} · {{pageLabel}} · <a href="{{articleURL}}">全文</a></p>
        <p class="snippet">{{{snippetHTML}}}</p>
        </li>
        {{/results}}
        </ol>
        <aside class="facets">
        {{#facets}}<h2>{{name}}</h2><ul>{{#items}}<li><a href="{{url}}"{{#selected}} aria-current="true"{{/selected}}>{{label}}</a> <span class="meta">{{count}}</span></li>{{/items}}</ul>
        {{/facets}}
        </aside>
        </div>
        <nav class="turn">{{#previousURL}}<a rel="prev" href="{{.}}">‹ 上一页</a>{{/previousURL}} {{#nextURL}}<a rel="next" href="{{.}}">下一页 ›</a>{{/nextURL}}</nav>
        {{/answered}}
        {{/main}}{{/layout}}
        """

    static let error = """
        {{<layout}}{{$main}}
        <h1>{{heading}}</h1>
        <p class="problem">{{message}}</p>
        <p><a href="/">回到首页</a></p>
        {{/main}}{{/layout}}
        """

    static let style = """
        :root { --ink: #1d1d1f; --paper: #fbfaf6; --rule: #d8d3c4; --accent: #a3001b; --mark: #ffe27a; }
        * { box-sizing: border-box; }
        body { margin: 0; color: var(--ink); background: var(--paper); font: 16px/1.7 "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", serif; }
        a { color: var(--accent); }
        a:focus-visible { outline: 3px solid #1a5fb4; outline-offset: 2px; }
        .bar { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; padding: .5rem 1rem; border-bottom: 2px solid var(--ink); background: #fff; }
        .bar .home { font-size: 1.4rem; font-weight: 700; text-decoration: none; color: var(--ink); letter-spacing: .2em; }
        .find { display: flex; gap: .3rem; flex: 1 1 14rem; max-width: 30rem; }
        .find input { flex: 1; }
        input, select, button { font: inherit; padding: .2rem .4rem; }
        main { padding: 1rem; max-width: 84rem; margin: 0 auto; }
        h1 { font-size: 1.6rem; margin: .4rem 0 .8rem; }
        .meta, .crumbs, .where { color: #5e5a50; font-size: .9rem; }
        .empty, .problem { color: #5e5a50; }
        .problem { border-left: 4px solid var(--accent); padding-left: .6rem; }
        mark { background: var(--mark); color: inherit; }
        ul.papers, ul.issues, ol.pages, ul.stories, ul.teasers, ol.articles { padding-left: 0; list-style: none; }
        ul.issues, ol.pages { display: grid; grid-template-columns: repeat(auto-fill, minmax(10rem, 1fr)); gap: 1rem; }
        ul.issues a, ol.pages a { display: flex; flex-direction: column; gap: .2rem; text-decoration: none; color: var(--ink); }
        ol.pages img, ul.issues img { width: 100%; height: auto; border: 1px solid var(--rule); background: #fff; }
        .blank { display: block; aspect-ratio: 3 / 4; border: 1px solid var(--rule); background: #fff; }
        .years a { margin-right: .6rem; }
        .years a[aria-current] { font-weight: 700; color: var(--ink); }
        .calendar { display: flex; flex-wrap: wrap; gap: 1rem; }
        table.month { border-collapse: collapse; background: #fff; }
        table.month caption { font-weight: 700; padding: .2rem; }
        table.month td, table.month th { width: 2.2rem; height: 2rem; text-align: center; border: 1px solid var(--rule); font-size: .9rem; }
        table.month td a { font-weight: 700; }
        .tabs { display: flex; flex-wrap: wrap; gap: .3rem; margin-bottom: .8rem; }
        .tabs a { padding: .1rem .5rem; border: 1px solid var(--rule); background: #fff; text-decoration: none; }
        .tabs a[aria-current] { background: var(--ink); color: #fff; }
        .spread { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start; }
        .sheet { position: relative; margin: 0; flex: 3 1 28rem; max-width: 56rem; background: #fff; border: 1px solid var(--rule); }
        .sheet img { display: block; width: 100%; height: 100%; }
        .zone { position: absolute; border: 1px solid transparent; }
        .zone:hover, .zone:focus-visible, .zone.lit { background: rgba(163, 0, 27, .12); border-color: var(--accent); }
        .zone.hit { background: rgba(255, 210, 40, .35); border: 2px solid #c79100; }
        .list { flex: 1 1 18rem; }
        ol.articles li { border-bottom: 1px solid var(--rule); padding: .3rem 0; }
        ol.articles a { text-decoration: none; }
        ol.articles a.hit, ol.articles a.lit { font-weight: 700; }
        .hit-article { background: #fff; border: 1px solid var(--rule); padding: .6rem; max-height: 24rem; overflow: auto; }
        .reading { display: flex; flex-wrap: wrap; gap: 2rem; align-items: flex-start; justify-content: center; }
        .story { flex: 2 1 28rem; max-width: 42rem; }
        .crop-aside { flex: 1 1 14rem; max-width: 26rem; position: sticky; top: 1rem; }
        article.part { margin: 0 0 2rem; }
        article.part.current { border-left: 4px solid var(--accent); padding-left: .8rem; }
        .kicker, .subtitle { margin: .2rem 0; font-size: 1.05rem; }
        .byline, .dateline { margin: .2rem 0; color: #5e5a50; }
        .caption { font-size: .9rem; color: #5e5a50; }
        article.part p { text-indent: 2em; }
        article.part p.kicker, article.part p.subtitle, article.part p.byline, article.part p.where, article.part p.jump { text-indent: 0; }
        .crop { margin: 0; border: 1px solid var(--rule); background-color: #fff; background-repeat: no-repeat; }
        .filters { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: end; margin-bottom: 1rem; }
        .results-and-facets { display: flex; flex-wrap: wrap; gap: 1.5rem; }
        ol.results { flex: 3 1 26rem; padding-left: 1.5rem; }
        ol.results h2 { font-size: 1.15rem; margin: .8rem 0 0; }
        .snippet { margin: .2rem 0; }
        .facets { flex: 1 1 12rem; }
        .facets h2 { font-size: 1rem; margin-bottom: .2rem; }
        .facets ul { list-style: none; padding-left: 0; margin-top: 0; }
        .facets a[aria-current] { font-weight: 700; color: var(--ink); }
        .turn { display: flex; justify-content: space-between; margin: 1rem 0; }
        @media (max-width: 40rem) { main { padding: .6rem; } h1 { font-size: 1.3rem; } }

        """

    /// All of an article's zones light up together, from the picture or from the list; without it the zones and
    /// the list are plain links.
    static let script = """
        document.addEventListener("DOMContentLoaded", () => {
          const light = (id, on) => document.querySelectorAll(`[data-article="${CSS.escape(id)}"]`).forEach(e => e.classList.toggle("lit", on));
          document.querySelectorAll("[data-article]").forEach(element => {
            const id = element.dataset.article;
            for (const [event, on] of [["mouseenter", true], ["mouseleave", false], ["focus", true], ["blur", false]]) {
              element.addEventListener(event, () => light(id, on));
            }
          });
        });

        """
}
