#!/usr/bin/env python3
"""Browser checks for a built sitegen site, in headless Chromium.

    python3 scripts/browser-check.py SITE_DIR [--out DIR] [--timeout SECONDS]

Serves SITE_DIR under a sub-path on a loopback port (Python's http.server, in a thread), and
drives headless Chromium through selenium and chromedriver over the home page, the briefing,
an article, a tag page and a person page, found in the built site's file tree. At 390x844 and
1280x800, in light and dark (prefers-color-scheme emulated through the DevTools protocol), it
checks: no horizontal scrolling on a phone (also at 360 px), no console errors, every image
has alt text, the skip link is the first thing Tab reaches and shows itself, keyboard focus is
visible, one main landmark with banner and contentinfo, headings in order, sharing tags,
WCAG AA text contrast, a comfortable line length, and that the briefing's headline, latest
date and key points are on its first screen. It prints the briefing to PDF on A4 and Letter
and checks that every article section starts a page of its own (pdftotext), that link
targets are printed, and that no site navigation is.

Screenshots (full page, PNG) and the PDFs are saved in --out (default
/tmp/sitegen-browser-check). One line per check; the exit status is 1 if any check failed,
2 if the checks could not run.

Needs: chromium, chromium-driver, poppler-utils (Debian) and selenium (PyPI); all installed by
scripts/install-deps.sh.
"""
import argparse
import base64
import functools
import http.server
import json
import os
import pathlib
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import unicodedata

SIZES = [(390, 844), (1280, 800)]
PHONE_WIDTHS = (360, 390)
SCHEMES = ("light", "dark")
PAPERS = {"a4": (8.27, 11.69), "letter": (8.5, 11.0)}
MEASURE = (55, 80)  # characters per line the reading column must stay within at 1280 px
SUB_PATH = "site"  # the site is served under /site/, as on a host with a sub-path


class Checks:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def record(self, ok, name, detail=""):
        if ok:
            self.passed += 1
        else:
            self.failed += 1
        line = f"{'PASS' if ok else 'FAIL'}  {name}"
        if detail:
            line += f": {detail}"
        print(line, flush=True)
        return ok


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


def start_server(site_dir):
    """Serves site_dir at http://127.0.0.1:PORT/site/ from a daemon thread."""
    holder = tempfile.mkdtemp(prefix="sitegen-browser-serve-")
    os.symlink(os.path.abspath(site_dir), os.path.join(holder, SUB_PATH))
    handler = functools.partial(QuietHandler, directory=holder)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.2}, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_address[1]}/{SUB_PATH}/"
    return server, holder, base


def discover_pages(site):
    """Finds one page of each kind in the built site's file tree (no slugs are assumed)."""
    def first(folder):
        pages = sorted(p for p in (site / folder).glob("*/index.html")) if (site / folder).is_dir() else []
        return pages[0].relative_to(site).parent.as_posix() + "/" if pages else None

    pages = [("home", ""), ("briefing", "briefing/")]
    for kind, folder in (("article", "articles"), ("tag", "tags"), ("person", "people")):
        path = first(folder)
        if path:
            pages.append((kind, path))
    return pages


def make_driver():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    chromium = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if chromium:
        options.binary_location = chromium
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--hide-scrollbars", "--no-first-run", "--disable-extensions", "--lang=en-US",
                "--window-size=1280,800"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver_path = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
    driver.set_page_load_timeout(30)
    driver.set_script_timeout(30)
    return driver


def emulate(driver, width, height, scheme):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600,
    })
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {
        "media": "", "features": [{"name": "prefers-color-scheme", "value": scheme}],
    })


def load(driver, url):
    driver.get_log("browser")  # drop what earlier pages logged
    driver.get(url)
    driver.execute_script("return document.fonts ? document.fonts.ready.then(() => true) : true")


def console_errors(driver):
    return [entry["message"] for entry in driver.get_log("browser") if entry.get("level") == "SEVERE"]


def screenshot(driver, path):
    metrics = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})
    size = metrics.get("cssContentSize") or metrics["contentSize"]
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": size["width"], "height": size["height"], "scale": 1},
    })
    path.write_bytes(base64.b64decode(shot["data"]))


# JavaScript run in the page. Each returns plain JSON values.

JS_OVERFLOW = """
const d = document.documentElement;
const wide = [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > d.clientWidth + 1)
  .slice(0, 3).map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ')[0] : ''));
return {scrollWidth: d.scrollWidth, width: window.innerWidth, clientWidth: d.clientWidth, wide};
"""

JS_IMAGES = """
return [...document.images].map(i => ({src: i.getAttribute('src'), alt: i.getAttribute('alt')}));
"""

JS_HEADINGS = """
return [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map(h => [Number(h.tagName[1]), h.textContent.trim().slice(0, 60)]);
"""

JS_LANDMARKS = """
const body = document.body;
return {
  main: document.querySelectorAll('main').length,
  banner: [...body.children].filter(e => e.tagName === 'HEADER').length,
  contentinfo: [...body.children].filter(e => e.tagName === 'FOOTER').length,
  nav: document.querySelectorAll('nav').length,
  lang: document.documentElement.getAttribute('lang') || '',
};
"""

JS_META = """
const q = s => { const e = document.querySelector(s); return e ? (e.getAttribute('content') ?? e.getAttribute('href') ?? '') : null; };
return {
  title: document.title,
  description: q('meta[name="description"]'),
  canonical: q('link[rel="canonical"]'),
  ogTitle: q('meta[property="og:title"]'), ogDescription: q('meta[property="og:description"]'),
  ogType: q('meta[property="og:type"]'), ogUrl: q('meta[property="og:url"]'),
  twitterCard: q('meta[name="twitter:card"]'), twitterTitle: q('meta[name="twitter:title"]'),
  icon: document.querySelector('link[rel~="icon"]') ? document.querySelector('link[rel~="icon"]').href : null,
};
"""

JS_ACTIVE = """
const a = document.activeElement;
if (!a || a === document.body) return null;
const r = a.getBoundingClientRect();
const s = getComputedStyle(a);
return {tag: a.tagName.toLowerCase(), cls: a.className, href: a.getAttribute('href'), text: a.textContent.trim().slice(0, 40),
        visible: r.width > 0 && r.height > 0 && r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight,
        targetExists: !!(a.hash && document.getElementById(decodeURIComponent(a.hash.slice(1)))),
        style: [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.backgroundColor, s.color, s.textDecorationLine].join('|')};
"""

JS_BLURRED_STYLE = """
const a = document.activeElement; a.blur();
const s = getComputedStyle(a);
return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.backgroundColor, s.color, s.textDecorationLine].join('|');
"""

JS_CONTRAST = """
function rgba(c) {
  const m = c.match(/rgba?\\(([^)]+)\\)/); if (!m) return null;
  const p = m[1].split(/[\\s,\\/]+/).filter(Boolean).map(Number);
  return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
}
function over(top, bottom) { const a = top[3]; return [0, 1, 2].map(i => top[i] * a + bottom[i] * (1 - a)).concat([1]); }
function lum(c) { return 0.2126 * ch(c[0]) + 0.7152 * ch(c[1]) + 0.0722 * ch(c[2]); }
function ch(v) { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }
function background(el) {
  const layers = [];
  for (let e = el; e; e = e.parentElement) {
    const c = rgba(getComputedStyle(e).backgroundColor);
    if (c && c[3] > 0) { layers.push(c); if (c[3] >= 1) break; }
  }
  let base = [255, 255, 255, 1];
  if (layers.length && layers[layers.length - 1][3] >= 1) base = layers.pop();
  while (layers.length) base = over(layers.pop(), base);
  return base;
}
const bad = []; let checked = 0;
for (const el of document.querySelectorAll('body *')) {
  if (![...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) continue;
  const r = el.getBoundingClientRect();
  if (r.width === 0 || r.height === 0 || r.right < 0 || r.left > innerWidth + 1) continue;  // hidden or off-screen (skip link)
  const s = getComputedStyle(el);
  if (s.visibility === 'hidden' || Number(s.opacity) === 0) continue;
  const bg = background(el);
  const fg = over(rgba(s.color), bg);
  const l1 = lum(fg), l2 = lum(bg);
  const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
  const px = parseFloat(s.fontSize), bold = Number(s.fontWeight) >= 700;
  const need = (px >= 24 || (bold && px >= 18.66)) ? 3 : 4.5;
  checked++;
  if (ratio < need) bad.push(`${el.tagName.toLowerCase()}${el.className ? '.' + el.className : ''} "${el.textContent.trim().slice(0, 30)}" ${ratio.toFixed(2)} < ${need}`);
}
return {checked, bad: bad.slice(0, 5), badCount: bad.length};
"""

# Characters per line of body text in the page's reading column, measured on a sample
# paragraph of ordinary English added for the measurement and removed afterwards.
JS_MEASURE = """
const host = document.querySelector('.prose') || document.querySelector('main p')?.parentElement;
if (!host) return null;
const p = document.createElement('p');
p.textContent = ('The delegations met for several hours on Tuesday and agreed to keep talking, officials said, ' +
  'although neither side would say what had changed since the plan was first reported last week. ').repeat(4);
host.appendChild(p);
const text = p.firstChild, range = document.createRange();
const lines = new Map();
for (let i = 0; i < text.length; i++) {
  range.setStart(text, i); range.setEnd(text, i + 1);
  const r = range.getClientRects()[0]; if (!r) continue;
  const y = Math.round(r.top);
  lines.set(y, (lines.get(y) || 0) + 1);
}
p.remove();
const counts = [...lines.values()].slice(0, -1);
return counts.length ? Math.round(counts.reduce((a, b) => a + b, 0) / counts.length) : null;
"""

JS_FIRST_SCREEN = """
const h = innerHeight, bottom = s => { const e = document.querySelector(s); return e ? e.getBoundingClientRect().bottom : null; };
const points = [...document.querySelectorAll('.briefing-top .key-points li')];
return {height: h, h1: bottom('h1'), latest: bottom('.briefing-top time'),
        firstPoint: points.length ? points[0].getBoundingClientRect().bottom : null,
        lastPoint: points.length ? points[points.length - 1].getBoundingClientRect().bottom : null};
"""

JS_BRIEFING = """
return {
  titles: [...document.querySelectorAll('.briefing-article')].map(a => (a.querySelector('h1,h2,h3,h4') || a).textContent.trim()),
  headline: (document.querySelector('h1') || {textContent: ''}).textContent.trim(),
  external: [...new Set([...document.querySelectorAll('.briefing-article a[href^="http"], .sources a[href^="http"]')].map(a => a.getAttribute('href'))
    .concat([...document.querySelectorAll('.briefing-article a[data-url], .sources a[data-url]')].map(a => a.dataset.url)))],
};
"""


def norm(text):
    text = unicodedata.normalize("NFKC", text)
    text = text.translate(str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u00ad": None}))
    return " ".join(text.split())


def pdf_pages(pdf):
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    size = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+)", info, re.M)
    texts = []
    for n in range(1, pages + 1):
        texts.append(subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), "-enc", "UTF-8", str(pdf), "-"],
                                    capture_output=True, text=True, check=True).stdout)
    return pages, (float(size.group(1)), float(size.group(2))), texts


def check_page(driver, checks, base, kind, path, out, first_load):
    """All checks for one page, at every size and colour scheme."""
    url = base + path
    for width, height in SIZES:
        for scheme in SCHEMES:
            emulate(driver, width, height, scheme)
            load(driver, url)
            where = f"{kind} {width}x{height} {scheme}"
            errors = console_errors(driver)
            checks.record(not errors, f"{where}: no console errors", "; ".join(errors)[:300])
            if width < 600:
                o = driver.execute_script(JS_OVERFLOW)
                checks.record(o["scrollWidth"] <= o["width"] and o["scrollWidth"] <= o["clientWidth"],
                              f"{where}: no horizontal scrolling",
                              f"scrollWidth {o['scrollWidth']} <= {o['clientWidth']}" + (f"; too wide: {o['wide']}" if o["wide"] else ""))
            if width == 1280:
                c = driver.execute_script(JS_CONTRAST)
                checks.record(c["badCount"] == 0, f"{kind} {scheme}: WCAG AA text contrast",
                              f"{c['checked']} text elements" + (f"; {c['badCount']} too faint: {c['bad']}" if c["bad"] else ""))
            if kind == "briefing":
                s = driver.execute_script(JS_FIRST_SCREEN)
                need = [s["h1"], s["latest"], s["lastPoint"] if width >= 600 else s["firstPoint"]]
                what = "headline, latest date and " + ("all key points" if width >= 600 else "first key point")
                ok = all(v is not None and v <= s["height"] for v in need)
                checks.record(ok, f"{where}: first screen shows {what}",
                              f"bottoms {[round(v) if v is not None else None for v in need]} within {s['height']} px")
            screenshot(driver, out / f"{kind}-{width}x{height}-{scheme}.png")

    # Once per page: things that do not change with size or colour scheme.
    emulate(driver, 390, 844, "light")
    for width in PHONE_WIDTHS:
        if width == 390:
            continue
        emulate(driver, width, 740, "light")
        load(driver, url)
        o = driver.execute_script(JS_OVERFLOW)
        checks.record(o["scrollWidth"] <= o["clientWidth"], f"{kind} {width}px: no horizontal scrolling",
                      f"scrollWidth {o['scrollWidth']} <= {o['clientWidth']}" + (f"; too wide: {o['wide']}" if o["wide"] else ""))

    emulate(driver, 1280, 800, "light")
    load(driver, url)
    images = driver.execute_script(JS_IMAGES)
    missing = [i["src"] for i in images if i["alt"] is None]
    checks.record(not missing, f"{kind}: every img has alt", f"{len(images)} images" + (f"; no alt: {missing[:3]}" if missing else ""))

    heads = driver.execute_script(JS_HEADINGS)
    problems = []
    if not heads or heads[0][0] != 1:
        problems.append("first heading is not h1")
    if sum(1 for level, _ in heads if level == 1) != 1:
        problems.append(f"{sum(1 for level, _ in heads if level == 1)} h1")
    for (a, _), (b, text) in zip(heads, heads[1:]):
        if b > a + 1:
            problems.append(f"h{a} -> h{b} ('{text}')")
    checks.record(not problems, f"{kind}: headings in order", f"{len(heads)} headings" + (f"; {problems[:3]}" if problems else ""))

    lm = driver.execute_script(JS_LANDMARKS)
    checks.record(lm["main"] == 1 and lm["banner"] == 1 and lm["contentinfo"] == 1 and lm["nav"] >= 1 and lm["lang"],
                  f"{kind}: landmarks and lang", f"main {lm['main']}, header {lm['banner']}, footer {lm['contentinfo']}, nav {lm['nav']}, lang '{lm['lang']}'")

    m = driver.execute_script(JS_META)
    empty = [k for k, v in m.items() if not v]
    checks.record(not empty and m["canonical"].startswith("http") and m["ogUrl"] == m["canonical"],
                  f"{kind}: title, description, canonical, Open Graph, Twitter card, favicon",
                  f"missing: {empty}" if empty else f"canonical {m['canonical']}")
    if first_load:
        # The favicon is not fetched by headless Chromium on its own: fetch it in the page.
        status = driver.execute_script("return fetch(arguments[0]).then(r => r.status + ' ' + r.headers.get('content-type'))", m["icon"])
        checks.record(status.startswith("200") and "svg" in status, "favicon is served", status)

    measure = driver.execute_script(JS_MEASURE)
    if measure is not None:
        checks.record(MEASURE[0] <= measure <= MEASURE[1], f"{kind} 1280px: line length",
                      f"{measure} characters per line (want {MEASURE[0]}-{MEASURE[1]})")

    # Keyboard: the first Tab reaches the skip link, which shows itself; focus is visible.
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys
    for width, height in SIZES:
        emulate(driver, width, height, "light")
        load(driver, url)
        ActionChains(driver).send_keys(Keys.TAB).perform()
        a = driver.execute_script(JS_ACTIVE)
        if kind == "home":
            driver.save_screenshot(str(out / f"home-{width}x{height}-focus-skip-link.png"))
        ok = bool(a) and "skip-link" in (a["cls"] or "") and a["visible"] and a["targetExists"]
        checks.record(ok, f"{kind} {width}x{height}: skip link is first focusable and visible",
                      f"first Tab reached {a['tag']}.{a['cls']} '{a['text']}' -> {a['href']}, visible {a['visible']}" if a else "first Tab reached nothing")
        if a and width == 1280:
            ActionChains(driver).send_keys(Keys.TAB).perform()
            b = driver.execute_script(JS_ACTIVE)
            if kind == "home":
                driver.save_screenshot(str(out / f"home-{width}x{height}-focus-next-link.png"))
            if b:
                blurred = driver.execute_script(JS_BLURRED_STYLE)
                checks.record(b["style"] != blurred, f"{kind}: keyboard focus is visible",
                              f"{b['tag']} '{b['text']}' changes style on focus" if b["style"] != blurred else f"{b['tag']} '{b['text']}' looks the same focused")


JS_LAYOUT_SHIFT = """
const done = arguments[arguments.length - 1];
let total = 0;
new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) total += e.value; })
  .observe({type: "layout-shift", buffered: true});
setTimeout(() => done(total), 400);
"""

JS_SEARCH_STATE = """
const input = document.getElementById("site-search-input");
const panel = document.getElementById("site-search-results");
if (!input) return null;
return {
  focused: document.activeElement === input,
  ready: input.form.classList.contains("ready"),
  open: !panel.hidden,
  status: document.getElementById("site-search-status").textContent,
  hrefs: [...panel.querySelectorAll("[role=option]")].map((a) => a.href),
  selected: [...panel.querySelectorAll("[aria-selected=true]")].map((a) => a.href),
  expanded: input.getAttribute("aria-expanded"),
  fetched: performance.getEntriesByType("resource").filter((r) => r.name.includes("/search/"))
    .reduce((sum, r) => sum + (r.encodedBodySize || r.transferSize || 0), 0),
  files: performance.getEntriesByType("resource").filter((r) => r.name.includes("/search/")).length,
};
"""


def body_word(site, article_path):
    """A long word of the article's body (not its title), to search for."""
    html = (site / article_path / "index.html").read_text(encoding="utf-8")
    match = re.search(r'<div class="prose">(.*?)</div>\s*<footer', html, re.S)
    title = re.search(r"<h1>(.*?)</h1>", html, re.S)
    text = re.sub(r"<[^>]+>", " ", match.group(1) if match else "")
    title_words = set(re.findall(r"\w+", title.group(1).lower())) if title else set()
    words = sorted({w for w in re.findall(r"[^\W\d_]{8,}", text) if w.lower() not in title_words}, key=lambda w: (-len(w), w))
    return words[0] if words else None


def check_search(driver, checks, site, base, pages, out):
    """Search finds an article by a word of its body, from the keyboard, without moving the page."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys
    import time
    has_index = (site / "search" / "index.json").is_file()
    articles = [p for k, p in pages if k == "article"]
    if not has_index or not articles:
        emulate(driver, 1280, 800, "light")
        load(driver, base)
        state = driver.execute_script(JS_SEARCH_STATE)
        checks.record(state is None, "search: no search box on a site without an index", "" if state is None else "a search box is shown")
        return
    article = articles[0]
    word = body_word(site, article)
    checks.record(word is not None, "search: a word of an article's body to look for", f"{word!r} from /{article}")
    if word is None:
        return
    for width, height in SIZES:
        emulate(driver, width, height, "light")
        load(driver, base)
        shift = driver.execute_async_script(JS_LAYOUT_SHIFT)
        checks.record(shift < 0.01, f"search {width}x{height}: no layout shift as the page and search load", f"cumulative layout shift {shift:.4f}")
        ActionChains(driver).send_keys("/").perform()
        state = driver.execute_script(JS_SEARCH_STATE)
        checks.record(state and state["focused"] and state["ready"], f"search {width}x{height}: '/' focuses the search box",
                      "" if state and state["focused"] else f"{state}")
        ActionChains(driver).send_keys(word.lower()).perform()
        deadline = time.time() + 10
        while time.time() < deadline:
            state = driver.execute_script(JS_SEARCH_STATE)
            if state["open"] and state["status"]:
                break
            time.sleep(0.1)
        target = base + article
        found = target in state["hrefs"]
        checks.record(found, f"search {width}x{height}: '{word.lower()}' finds /{article}",
                      f"{state['status']} {len(state['hrefs'])} shown; {state['files']} index files, {state['fetched']} bytes fetched")
        screenshot(driver, out / f"search-{width}x{height}.png")
        if width == 1280 and found:
            position = state["hrefs"].index(target)
            keys = ActionChains(driver)
            for _ in range(position):
                keys.send_keys(Keys.ARROW_DOWN)
            keys.perform()
            state = driver.execute_script(JS_SEARCH_STATE)
            checks.record(state["selected"] == [target] and state["expanded"] == "true",
                          "search: the arrow keys move through the results", f"selected {state['selected']}")
            ActionChains(driver).send_keys(Keys.ENTER).perform()
            deadline = time.time() + 10
            while time.time() < deadline and driver.current_url != target:
                time.sleep(0.1)
            checks.record(driver.current_url == target, "search: Enter opens the selected result", driver.current_url)
            load(driver, base)
            ActionChains(driver).send_keys("/").send_keys("zqxwv").perform()
            time.sleep(0.6)
            state = driver.execute_script(JS_SEARCH_STATE)
            checks.record(state["open"] and not state["hrefs"] and "No articles" in state["status"],
                          "search: a word no article has says so", state["status"])
            ActionChains(driver).send_keys(Keys.ESCAPE).perform()
            state = driver.execute_script(JS_SEARCH_STATE)
            checks.record(not state["open"] and state["expanded"] == "false", "search: Escape closes the results", f"open {state['open']}")


def check_print(driver, checks, base, out):
    emulate(driver, 1280, 800, "light")
    load(driver, base + "briefing/")
    info = driver.execute_script(JS_BRIEFING)
    titles = info["titles"]
    checks.record(bool(titles), "briefing: has article sections", f"{len(titles)} sections")
    for paper, (w, h) in PAPERS.items():
        pdf = out / f"briefing-{paper}.pdf"
        data = driver.execute_cdp_cmd("Page.printToPDF", {
            "paperWidth": w, "paperHeight": h, "printBackground": True, "preferCSSPageSize": False,
        })
        pdf.write_bytes(base64.b64decode(data["data"]))
        pages, size, texts = pdf_pages(pdf)
        want = (round(w * 72), round(h * 72))
        checks.record(abs(size[0] - want[0]) < 2 and abs(size[1] - want[1]) < 2, f"print {paper}: paper size",
                      f"{size[0]:.0f} x {size[1]:.0f} pt")
        checks.record(pages >= len(titles) + 1, f"print {paper}: at least one page per article section plus the front",
                      f"{pages} pages for {len(titles)} article sections")
        starts = [norm(t)[:400] for t in texts]
        for title in titles:
            t = norm(title)
            hit = [n + 1 for n, s in enumerate(starts) if s.startswith(t)]
            checks.record(bool(hit), f"print {paper}: article '{title[:50]}' starts a page",
                          f"page {hit[0]}" if hit else "not at the top of any page")
        first = norm(texts[0]) if texts else ""
        checks.record(norm(info["headline"]) in first, f"print {paper}: headline on the first page")
        everything = norm(" ".join(texts))
        # pdftotext joins a word broken at a hyphen at the end of a line without the hyphen,
        # so targets are compared without white space and hyphens.
        def squeeze(text):
            return "".join(text.split()).replace("-", "")
        squeezed = squeeze(everything)
        unshown = [u for u in info["external"] if squeeze(norm(u)) not in squeezed]
        checks.record(not unshown, f"print {paper}: link targets printed",
                      f"{len(info['external'])} links to sources and article pages" + (f"; not shown: {unshown[:3]}" if unshown else ""))
        leaked = [s for s in ("Skip to content", "Built with sitegen", "Atom feed") if s in everything]
        checks.record(not leaked, f"print {paper}: no site navigation, skip link or footer", f"found {leaked}" if leaked else "")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", help="the built site (sitegen build --output DIR)")
    parser.add_argument("--out", default="/tmp/sitegen-browser-check", help="where screenshots and PDFs go")
    parser.add_argument("--timeout", type=int, default=600, help="give up after this many seconds")
    parser.add_argument("--base", help="check the site where a web server already serves it (such as nginx, "
                        "http://127.0.0.1:8702/briefings/ukraine/) instead of serving SITE_DIR here")
    args = parser.parse_args()

    site = pathlib.Path(args.site).resolve()
    if not (site / "index.html").is_file():
        print(f"error: {site} has no index.html; build the site first", file=sys.stderr)
        return 2
    for tool in ("pdfinfo", "pdftotext"):
        if not shutil.which(tool):
            print(f"error: {tool} not found (apt-get install poppler-utils)", file=sys.stderr)
            return 2
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for old in list(out.glob("*.png")) + list(out.glob("*.pdf")):
        old.unlink()

    def give_up(signum, frame):
        raise TimeoutError(f"browser checks took longer than {args.timeout} s")
    signal.signal(signal.SIGALRM, give_up)
    signal.alarm(args.timeout)

    checks = Checks()
    if args.base:
        server, holder, base = None, None, args.base if args.base.endswith("/") else args.base + "/"
    else:
        server, holder, base = start_server(site)
    driver = None
    try:
        driver = make_driver()
        pages = discover_pages(site)
        found = [k for k, _ in pages]
        checks.record(all(k in found for k in ("home", "briefing", "article", "tag", "person")),
                      "site has home, briefing, article, tag and person pages", ", ".join(f"{k} /{p}" for k, p in pages))
        for n, (kind, path) in enumerate(pages):
            check_page(driver, checks, base, kind, path, out, first_load=(n == 0))
        check_search(driver, checks, site, base, pages, out)
        check_print(driver, checks, base, out)
    except Exception as error:  # a crash is a failed check, not a silent pass
        checks.record(False, "browser checks ran to the end", f"{type(error).__name__}: {error}".splitlines()[0])
    finally:
        signal.alarm(0)
        if driver is not None:
            try:
                driver.quit()
            except Exception:
                pass
        if server is not None:
            server.shutdown()
            server.server_close()
            shutil.rmtree(holder, ignore_errors=True)

    print(f"screenshots and PDFs in {out}")
    print(f"{checks.passed} passed, {checks.failed} failed")
    return 1 if checks.failed else 0


if __name__ == "__main__":
    sys.exit(main())
