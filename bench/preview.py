#!/usr/bin/env python3
"""The preview's speed: how soon `sitegen serve` serves its first page, and how soon a saved edit
reaches an open page, on a synthetic corpus (bench/gen_corpus.py).

Usage: bench/preview.py N [--sitegen PATH] [--runs R] [--keep DIR]

1. Builds nothing itself: the first start builds the preview (its time is reported as the cold
   start), then every later start finds the preview it kept (`~/.cache/sitegen/preview/`, or
   $XDG_CACHE_HOME) and serves it at once: "first page" is the time from starting the process
   to the first `200` for the home page, median of R starts.
2. With one server running, subscribes to the live-reload stream (`/__sitegen/events`) as the
   edited article's open page does, appends a sentence to that article (a save, renamed into
   place as editors save), and times the save until the `reload` event that reloads that page
   arrives (then fetches the page and checks that it shows the edit), and until the build's own
   `reload` (the whole site up to date): medians of R edits. The server's own rebuild time for
   each edit is read from its terminal output.

Standard library only; prints a Markdown table.
"""
import argparse
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(sitegen, site, port, env):
    log = tempfile.TemporaryFile(mode="w+")
    started = time.perf_counter()
    process = subprocess.Popen([sitegen, "serve", "--source", site, "--port", str(port)],
                               stdout=log, stderr=subprocess.STDOUT, env=env)
    return process, log, started


def serving_url(log, process, deadline):
    while time.perf_counter() < deadline:
        log.seek(0)
        match = re.search(r"serving (http://\S+)", log.read())
        if match:
            return match.group(1)
        if process.poll() is not None:
            log.seek(0)
            sys.exit("sitegen serve stopped:\n" + log.read())
        time.sleep(0.002)
    log.seek(0)
    sys.exit("sitegen serve did not start:\n" + log.read()[-2000:])


def first_page(url, deadline):
    while time.perf_counter() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    response.read()
                    return time.perf_counter()
        except OSError:
            pass
        time.sleep(0.002)
    sys.exit("no page within the deadline")


def stop(process):
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()


def save(path, text):
    folder, name = os.path.split(path)
    temporary = os.path.join(folder, "." + name + ".saving")
    with open(temporary, "w", encoding="utf-8") as f:
        f.write(text)
    os.rename(temporary, path)


def read_event(stream):
    """The next event's name and data lines from a text/event-stream, skipping comments (heartbeats)."""
    name, data = None, []
    while True:
        line = stream.readline()
        if not line:
            return None, []
        line = line.decode("utf-8").rstrip("\r\n")
        if line.startswith("event:"):
            name = line[6:].strip()
        elif line.startswith("data:"):
            data.append(line[5:].lstrip(" "))
        elif line == "" and name:
            return name, data


def reloads(data, page):
    """Whether a `reload` event's data (generation, then `only PATH` / `except PATH` lines) reloads the page at `page`."""
    only = [line[5:] for line in data[1:] if line.startswith("only ")]
    except_ = [line[7:] for line in data[1:] if line.startswith("except ")]
    return (not only or page in only) and page not in except_


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("n", type=int)
    parser.add_argument("--sitegen", default=os.path.join(ROOT, ".build/release/sitegen"))
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--keep", help="corpus folder to reuse or keep")
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix="sitegen-preview-bench-")
    site = args.keep or os.path.join(work, "site")
    if not os.path.isdir(os.path.join(site, "content")):
        subprocess.run([sys.executable, os.path.join(ROOT, "bench/gen_corpus.py"), str(args.n), site], check=True,
                       stdout=subprocess.DEVNULL)
    env = dict(os.environ, XDG_CACHE_HOME=os.path.join(work, "cache"))
    articles = sorted(os.listdir(os.path.join(site, "content/articles")))
    article = os.path.join(site, "content/articles", articles[len(articles) // 2])
    original = open(article, encoding="utf-8").read()
    # The open page is the edited article's, as when an editor previews what they write.
    slug = re.search(r"^slug: *(\S+)", original, re.M)
    page = "/articles/" + (slug.group(1) if slug else os.path.splitext(os.path.basename(article))[0]) + "/"

    starts = []
    cold = None
    process = None
    try:
        # One port for every start, as an editor's server has: the preview's pages hold the
        # server's address, so another port is another site, rebuilt in full.
        port = free_port()
        for run in range(args.runs + 1):
            process, log, started = start(args.sitegen, site, port, env)
            deadline = started + 600
            url = serving_url(log, process, deadline)
            seconds = first_page(url, deadline) - started
            print(f"start {run}: {seconds:.3f} s", file=sys.stderr, flush=True)
            if run == 0:
                cold = seconds
            else:
                starts.append(seconds)
            if run < args.runs:
                stop(process)

        # The last server stays up for the edits, once it has brought its kept preview up to date.
        deadline = time.perf_counter() + 600
        while time.perf_counter() < deadline:
            log.seek(0)
            if re.search(r"^built ", log.read(), re.M):
                break
            time.sleep(0.01)
        edits, sites, rebuilds = [], [], []
        for run in range(args.runs):
            origin = "{0.scheme}://{0.netloc}".format(urllib.parse.urlsplit(url))
            stream = urllib.request.urlopen(origin + "/__sitegen/events", timeout=120)
            assert read_event(stream)[0] == "hello"
            log.seek(0, os.SEEK_END)
            before = log.tell()
            time.sleep(0.3)
            saved = time.perf_counter()
            marker = f"Edit number {run + 1} of the preview benchmark."
            save(article, original + f"\n{marker}\n")
            reloaded = None
            while True:
                name, data = read_event(stream)
                if name == "reload" and reloaded is None and reloads(data, page):
                    reloaded = time.perf_counter() - saved
                    # What the page shows when it reloads: the edit, or the benchmark means nothing.
                    with urllib.request.urlopen(origin + page, timeout=30) as response:
                        if marker not in response.read().decode("utf-8"):
                            sys.exit(f"the page reloaded after edit {run + 1} does not show it")
                    edits.append(reloaded)
                # The build's own reload (no `only` line): the whole site is up to date.
                if name == "reload" and not any(line.startswith("only ") for line in data[1:]):
                    sites.append(time.perf_counter() - saved)
                    if reloaded is None:
                        sys.exit(f"the edited page was not reloaded after edit {run + 1}")
                    print(f"edit {run + 1}: page {edits[-1]:.3f} s, site {sites[-1]:.3f} s", file=sys.stderr, flush=True)
                    break
                if name is None or name == "build-error":
                    sys.exit(f"no reload after the edit (got {name})")
            stream.close()
            time.sleep(0.3)
            log.seek(before)
            match = re.findall(r"\) in (\d+(?:\.\d+)?) s:", log.read())
            if match:
                rebuilds.append(float(match[-1]))
        stop(process)
    finally:
        if process is not None and process.poll() is None:
            stop(process)
        save(article, original)
        shutil.rmtree(work, ignore_errors=True)

    print(f"| {args.n:,} articles | median of {args.runs} |")
    print("|---|---|")
    print(f"| first start (builds the preview) | {cold:.2f} s |")
    print(f"| later start to first page | {statistics.median(starts):.3f} s (each: {', '.join(f'{x:.3f}' for x in starts)}) |")
    print(f"| saved edit to the edited page's reload | {statistics.median(edits):.3f} s (each: {', '.join(f'{x:.3f}' for x in edits)}) |")
    print(f"| saved edit to the whole site rebuilt | {statistics.median(sites):.3f} s (each: {', '.join(f'{x:.3f}' for x in sites)}) |")
    if rebuilds:
        print(f"| of which the rebuild (server's figure) | {statistics.median(rebuilds):.3f} s |")


if __name__ == "__main__":
    main()
