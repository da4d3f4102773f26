#!/usr/bin/env python3
"""Search engines compared on a built site, in headless Chromium: what one query fetches.

    python3 bench/search-bytes.py SITE_DIR [--pagefind] [--queries WORD ...]

Serves SITE_DIR on a loopback port and, for each query, loads the home page afresh and runs
the query: through sitegen's own search box (typing it, as a reader would) or, with
--pagefind, through Pagefind's JavaScript API on the index `pagefind` wrote into
SITE_DIR/pagefind (`python3 -m pagefind --site SITE_DIR --glob 'articles/**/*.html'`), loading
the data of the first 10 results as its UI does. It prints, per query, the number of files
and the bytes the server sent (uncompressed: this server does not compress) for the engine's
scripts and index, web workers' requests included, and the number of results.
Without --queries, the queries are words of the first article's body of three lengths.
"""
import argparse
import functools
import http.server
import json
import pathlib
import re
import sys
import threading
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "scripts"))
import importlib.util
spec = importlib.util.spec_from_file_location("browser_check", pathlib.Path(__file__).resolve().parent.parent / "scripts" / "browser-check.py")
browser_check = importlib.util.module_from_spec(spec)
spec.loader.exec_module(browser_check)

JS_PAGEFIND = """
const done = arguments[arguments.length - 1];
(async () => {
  const pagefind = await import(new URL("pagefind/pagefind.js", document.baseURI).href);
  await pagefind.init();
  const search = await pagefind.search(arguments[0]);
  await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
  done(search.results.length);
})().catch((e) => done("error: " + e));
"""


SERVED = []  # (path, bytes) of every file the server sent, in order


class CountingHandler(browser_check.QuietHandler):
    """Serves the site and records each file it sends: requests from web workers count too."""
    def copyfile(self, source, outputfile):
        start = source.tell()
        super().copyfile(source, outputfile)
        SERVED.append((self.path, source.tell() - start))


def serve(site):
    handler = functools.partial(CountingHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def fetched(*parts):
    """Files and bytes served since the last call for paths containing one of `parts`."""
    matched = [(path, size) for path, size in SERVED if any(part in path for part in parts)]
    SERVED.clear()
    return {"files": len(matched), "bytes": sum(size for _, size in matched)}


def default_queries(site):
    first = sorted((site / "articles").glob("*/index.html"))[0]
    html = first.read_text(encoding="utf-8")
    body = re.search(r'<div class="prose">(.*?)</div>\s*<footer', html, re.S)
    words = sorted(set(re.findall(r"[^\W\d_]{4,}", re.sub(r"<[^>]+>", " ", body.group(1) if body else ""))), key=lambda w: (len(w), w))
    picks = [words[len(words) // 4], words[len(words) // 2], words[-1]] if len(words) >= 3 else words
    return [w.lower() for w in picks] + [f"{picks[0].lower()} {picks[-1].lower()}"] if picks else []


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site")
    parser.add_argument("--pagefind", action="store_true")
    parser.add_argument("--queries", nargs="*")
    args = parser.parse_args()
    site = pathlib.Path(args.site).resolve()
    queries = args.queries or default_queries(site)
    server, base = serve(site)
    driver = browser_check.make_driver()
    rows = []
    try:
        from selenium.webdriver.common.action_chains import ActionChains
        for query in queries:
            # A new reader: nothing cached.
            driver.get("about:blank")
            driver.execute_cdp_cmd("Network.clearBrowserCache", {})
            fetched()
            driver.get(base)
            if args.pagefind:
                driver.set_script_timeout(60)
                count = driver.execute_async_script(JS_PAGEFIND, query)
                time.sleep(0.3)
                got = fetched("/pagefind/")
            else:
                ActionChains(driver).send_keys("/").send_keys(query).perform()
                deadline = time.time() + 30
                status = ""
                while time.time() < deadline:
                    status = driver.execute_script("return document.getElementById('site-search-status').textContent")
                    if status:
                        break
                    time.sleep(0.05)
                count = status
                time.sleep(0.3)
                got = fetched("/search/", "/search.js")
            rows.append({"query": query, "files": got["files"], "bytes": got["bytes"], "results": count})
            print(f"{query!r:34} {got['files']:3} files {got['bytes']:>9,} bytes   results: {count}", flush=True)
    finally:
        driver.quit()
        server.shutdown()
    print(json.dumps({"engine": "pagefind" if args.pagefind else "sitegen", "site": str(site), "queries": rows}))


if __name__ == "__main__":
    main()
