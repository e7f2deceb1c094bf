#!/usr/bin/env python3
"""The reader as a person uses it, in headless Chromium (Debian's chromium and chromium-driver, driven by Selenium).

Builds an archive from the corpus issues' PDFs with `banmian ingest`, starts `banmian serve` on it, and walks:
the front page, an issue, a page view (its picture loaded), a click on an article's zone on the picture, the article
with its story, the 下转 link to the continuation, a search for a two-character word taken from that article (the
word marked in the results), a hit opening its page with the article's zones lit and the words marked, the way back
to the results, a date filter, keyboard focus on the zones, a phone-sized window. Every step is an assertion; the
browser's console must stay free of errors. With --screenshots DIR it saves the page view and the article view.

    python3 scripts/browser-test.py --banmian .build/debug/banmian [--screenshots docs]
"""
import argparse
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as ready
from selenium.webdriver.support.ui import WebDriverWait

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "Benchmarks", "Corpus", "issues")
steps = []


def step(name):
    steps.append(name)
    print(f"browser test: {name}", flush=True)


def check(condition, message):
    if not condition:
        raise AssertionError(f"{steps[-1] if steps else 'start'}: {message}")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(banmian, archive, port):
    log = open(os.path.join(archive, "serve.log"), "w")
    server = subprocess.Popen([banmian, "serve", "--archive", archive, "--port", str(port)], stdout=log, stderr=subprocess.STDOUT)
    for _ in range(200):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/openapi.json", timeout=1).read()
            return server
        except OSError:
            if server.poll() is not None:
                raise SystemExit(f"browser test: banmian serve stopped at once; its log: {open(log.name).read()}")
            time.sleep(0.1)
    server.kill()
    raise SystemExit("browser test: banmian serve did not answer within 20 s")


def browser(width, height):
    options = Options()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", f"--window-size={width},{height}", "--lang=zh-CN"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = Service(executable_path=shutil.which("chromedriver") or "/usr/bin/chromedriver")
    driver = webdriver.Chrome(service=service, options=options)
    driver.set_page_load_timeout(60)
    return driver


def path_of(url):
    return urllib.parse.unquote(urllib.parse.urlsplit(url).path)


def query_of(url):
    return urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)


def console_errors(driver):
    return [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


def click_link(driver, element):
    """Clicks a link as a person does (scrolled into view, at its middle) and waits for the next page."""
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    old = driver.find_element(By.TAG_NAME, "html")
    webdriver.ActionChains(driver).move_to_element(element).click().perform()
    WebDriverWait(driver, 20).until(ready.staleness_of(old))
    page_ready(driver)


def page_ready(driver):
    """Waits until the page that replaced the last one has loaded whole."""
    WebDriverWait(driver, 20).until(lambda d: d.execute_script("return document.readyState") == "complete")


def texts(driver, css):
    """The texts of the elements `css` selects (at least one), read again when the browser replaced them while they
    were read (a page still being swapped in: "Node with given id does not belong to the document")."""
    return WebDriverWait(driver, 20, ignored_exceptions=(WebDriverException,)).until(
        lambda d: [element.text for element in d.find_elements(By.CSS_SELECTOR, css)] or None)


def image_loaded(driver, image):
    return driver.execute_script("return arguments[0].complete && arguments[0].naturalWidth > 0", image)


def walk(driver, base, screenshots):
    wait = WebDriverWait(driver, 30)

    step("the front page lists the papers and the latest issues")
    driver.get(base + "/")
    check(driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "zh-CN", "the page is not marked as Chinese")
    papers = driver.find_elements(By.CSS_SELECTOR, "ul.papers a")
    issues = driver.find_elements(By.CSS_SELECTOR, "ul.issues a")
    check(papers and issues, "no papers or issues listed")

    step("an issue with a story over pages lists its pages with thumbnails")
    story_issue = None
    for href in [a.get_attribute("href") for a in issues]:
        driver.get(href)
        if driver.find_elements(By.CSS_SELECTOR, "ul.stories li"):
            story_issue = href
            break
    check(story_issue, "no issue of the corpus has a story over pages")
    thumbnails = driver.find_elements(By.CSS_SELECTOR, "ol.pages img")
    check(len(thumbnails) >= 2, "the issue's pages have no thumbnails")
    wait.until(lambda d: all(image_loaded(d, t) for t in d.find_elements(By.CSS_SELECTOR, "ol.pages img")))
    story_links = driver.find_elements(By.CSS_SELECTOR, "ul.stories li .meta a")
    first_part = path_of(story_links[0].get_attribute("href")).rsplit("/", 1)[-1]
    page_key = re.search(r"-(p[0-9.]+)-a[0-9]+$", first_part).group(1)

    step("a page opens from the issue: its picture loads with the articles' zones over it")
    page_link = next(a for a in driver.find_elements(By.CSS_SELECTOR, "ol.pages a") if path_of(a.get_attribute("href")).endswith("/" + page_key))
    click_link(driver, page_link)
    picture = wait.until(ready.presence_of_element_located((By.CSS_SELECTOR, ".sheet img")))
    wait.until(lambda d: image_loaded(d, picture))
    zones = driver.find_elements(By.CSS_SELECTOR, ".sheet a.zone")
    check(len(zones) >= 3, f"only {len(zones)} zones on the page")
    listed = driver.find_elements(By.CSS_SELECTOR, "ol.articles a")
    check(len(listed) >= 2, "the page's articles are not listed beside it")

    step("the zones are reachable from the keyboard")
    driver.execute_script("document.activeElement && document.activeElement.blur()")
    body = driver.find_element(By.TAG_NAME, "body")
    focused = None
    for _ in range(60):
        body = driver.switch_to.active_element
        body.send_keys(Keys.TAB)
        focused = driver.switch_to.active_element
        if "zone" in (focused.get_attribute("class") or ""):
            break
    check(focused is not None and "zone" in (focused.get_attribute("class") or ""), "Tab never reaches an article's zone")
    lit = driver.execute_script("return document.querySelectorAll('.zone.lit').length")
    check(lit >= 1, "a focused zone does not light up")
    if screenshots:
        hover = next(z for z in zones if z.get_attribute("data-article") == first_part)
        webdriver.ActionChains(driver).move_to_element(hover).perform()
        driver.execute_script("window.scrollTo(0, 0)")
        driver.save_screenshot(os.path.join(screenshots, "reader-page.png"))

    step("a click on an article's zone on the picture opens the article")
    zone = next(z for z in zones if z.get_attribute("data-article") == first_part)
    click_link(driver, zone)
    check(path_of(driver.current_url) == "/articles/" + first_part, f"the zone led to {driver.current_url}")
    parts = driver.find_elements(By.CSS_SELECTOR, "article.part")
    check(len(parts) >= 2, "the article view does not show the whole story")
    check(driver.find_element(By.CSS_SELECTOR, "article.part.current").get_attribute("id") == first_part, "the clicked part is not the current one")
    headline = driver.find_element(By.CSS_SELECTOR, "article.part h1").text
    check(headline.strip(), "the article has no headline")
    crop = driver.find_elements(By.CSS_SELECTOR, "figure.crop")
    check(crop, "no crop of the article on its page")
    if screenshots:
        driver.save_screenshot(os.path.join(screenshots, "reader-article.png"))

    step("the 下转 link goes on to the continuation")
    jump = driver.find_element(By.CSS_SELECTOR, "article.part.current p.jump a")
    check("下转" in jump.text, f"the jump link reads {jump.text!r}")
    click_link(driver, jump)
    current = driver.find_element(By.CSS_SELECTOR, "article.part.current")
    second = current.get_attribute("id")
    check(second != first_part and path_of(driver.current_url) == "/articles/" + second, "the jump did not lead to the next part")
    check(driver.execute_script("const r = arguments[0].getBoundingClientRect(); return r.top < window.innerHeight && r.bottom > 0", current), "the continuation is not in view")

    step("a search for a two-character word of that article marks it in the results")
    text = "".join(p.text for p in driver.find_elements(By.CSS_SELECTOR, "article.part p"))
    word = next(m.group(0) for m in re.finditer(r"[\u4e00-\u9fff]{2}", text[len(text) // 3:]))
    box = driver.find_element(By.CSS_SELECTOR, "header form.find input[name=q]")
    box.clear()
    box.send_keys(word)
    old = driver.find_element(By.TAG_NAME, "html")
    box.send_keys(Keys.ENTER)
    wait.until(ready.staleness_of(old))
    page_ready(driver)
    results = driver.find_elements(By.CSS_SELECTOR, "ol.results > li")
    check(results, f"no results for {word}")
    marks = {m.text for m in driver.find_elements(By.CSS_SELECTOR, "ol.results mark")}
    check(marks == {word}, f"the marked words are {marks}, not {word}")
    check(driver.find_element(By.CSS_SELECTOR, ".filters input[name=q]").get_attribute("value") == word, "the query is not kept in the form")
    total = int(re.search(r"共 (\d+) 篇", driver.find_element(By.CSS_SELECTOR, "p.total").text).group(1))
    check(driver.find_elements(By.CSS_SELECTOR, ".facets a"), "no facets")
    results_url = driver.current_url

    step("a hit opens its page with the article's zones lit and the words marked")
    click_link(driver, results[0].find_element(By.CSS_SELECTOR, "h2 a"))
    check(query_of(driver.current_url).get("q") == [word], "the query did not ride along to the page")
    check(driver.find_elements(By.CSS_SELECTOR, ".sheet a.zone.hit"), "the hit's zones are not lit on the picture")
    hit_marks = {m.text for m in driver.find_elements(By.CSS_SELECTOR, ".hit-article mark")}
    check(hit_marks == {word}, f"the hit's text marks {hit_marks}")

    step("from the page to the article and back to the results, the query stays")
    click_link(driver, driver.find_element(By.CSS_SELECTOR, ".hit-article h2 a"))
    check(query_of(driver.current_url).get("q") == [word], "the query did not ride along to the article")
    check({m.text for m in driver.find_elements(By.CSS_SELECTOR, "article.part mark")} == {word}, "the words are not marked in the article")
    back = driver.find_element(By.XPATH, "//nav[@class='crumbs']/a[contains(., '回到搜索结果')]")
    click_link(driver, back)
    check(query_of(driver.current_url).get("q") == [word], "the way back lost the query")

    step("a date range narrows the results")
    driver.get(results_url)
    date = driver.find_element(By.CSS_SELECTOR, "ol.results > li p.meta").text.split(" · ")[1]
    for name in ("from", "to"):
        field = driver.find_element(By.CSS_SELECTOR, f".filters input[name={name}]")
        # A date input takes what a person types in the browser's own format; set the value as its picker does.
        driver.execute_script("arguments[0].value = arguments[1]", field, date)
    old = driver.find_element(By.TAG_NAME, "html")
    driver.find_element(By.CSS_SELECTOR, ".filters button").click()
    wait.until(ready.staleness_of(old))
    page_ready(driver)
    dates = {text.split(" · ")[1] for text in texts(driver, "ol.results > li p.meta")}
    check(dates == {date}, f"the filtered results are dated {dates}")
    narrowed = int(re.search(r"共 (\d+) 篇", texts(driver, "p.total")[0]).group(1))
    check(narrowed <= total, "the filter found more than the search")
    check(query_of(driver.current_url).get("from") == [date], "the date is not in the address")

    step("the browser's console has no errors")
    check(not console_errors(driver), f"the console has errors: {console_errors(driver)}")
    return story_issue, page_key


def phone(banmian_base, story_issue, page_key):
    step("on a phone-sized screen the page view needs no sideways scrolling")
    driver = browser(390, 844)
    try:
        driver.get(story_issue + "/" + page_key)
        overflow = driver.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
        check(overflow <= 1, f"the page is {overflow} px wider than the screen")
        check(driver.find_elements(By.CSS_SELECTOR, ".sheet a.zone"), "no zones on the phone")
    finally:
        driver.quit()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--banmian", default=os.path.join(ROOT, ".build", "debug", "banmian"))
    parser.add_argument("--screenshots", help="save the page view and the article view here")
    arguments = parser.parse_args()
    archive = tempfile.mkdtemp(prefix="banmian-browser-")
    pdfs = sorted(os.path.join(CORPUS, name) for name in os.listdir(CORPUS) if name.endswith(".pdf"))
    subprocess.run([arguments.banmian, "ingest", *pdfs, "--archive", archive], check=True, stdout=subprocess.DEVNULL)
    port = free_port()
    server = start_server(arguments.banmian, archive, port)
    base = f"http://127.0.0.1:{port}"
    driver = browser(1400, 1000)
    try:
        story_issue, page_key = walk(driver, base, arguments.screenshots)
        phone(base, story_issue, page_key)
    except Exception as error:
        shot = os.path.join(archive, "failure.png")
        try:
            driver.save_screenshot(shot)
        except Exception:
            pass
        print(f"browser test: FAILED at '{steps[-1] if steps else 'start'}': {error}\n  at {driver.current_url}\n  screenshot: {shot}", file=sys.stderr)
        return 1
    finally:
        driver.quit()
        server.terminate()
        server.wait(timeout=10)
    shutil.rmtree(archive, ignore_errors=True)
    print(f"browser test: {len(steps)} steps passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
