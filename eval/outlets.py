#!/usr/bin/env python3
"""Scores how `sitegen import` names a page's outlet from its address alone: every address of
eval/expected-*.jsonl is given as `--url` to a two-line text that names no outlet, and the source
the importer reports is compared with the answer's `outlet` (as score.py compares them). Needs no
page texts, so it runs on a fresh clone.

Usage: eval/outlets.py [--sitegen PATH] [--verbose]
"""
import argparse, glob, json, os, re, shutil, subprocess, sys, tempfile

from score import same_outlet

here = os.path.dirname(os.path.abspath(__file__))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sitegen", default=os.path.join(here, "..", ".build", "debug", "sitegen"))
    parser.add_argument("--verbose", "-v", action="store_true", help="print every address named otherwise")
    args = parser.parse_args()
    cases = []
    for path in sorted(glob.glob(os.path.join(here, "expected-*.jsonl"))):
        with open(path, encoding="utf-8") as f:
            cases += [json.loads(line) for line in f if line.strip()]
    site = tempfile.mkdtemp(prefix="sitegen-outlets-")
    try:
        os.makedirs(os.path.join(site, "content"))
        with open(os.path.join(site, "content", "site.yml"), "w") as f:
            f.write("title: Outlets\nlanguage: en\n")
        text = os.path.join(site, "page.txt")
        with open(text, "w") as f:
            f.write("Harbour pilots agree new rules\n\nHarbour pilots in Rotterdam have agreed new rules for guiding ships "
                    "through fog, officials said on Monday.\n")
        right = 0
        for case in cases:
            run = subprocess.run([args.sitegen, "import", text, "--url", case["url"], "--source", site, "--dry-run",
                                  "--date", "2024-01-01", "--verbose"], capture_output=True, text=True)
            found = re.search(r"· source (.*?) from ", run.stdout + run.stderr)
            name = found.group(1) if found else ""
            if same_outlet(name, case["outlet"], case["url"]):
                right += 1
            elif args.verbose:
                print(f"{case['file']}: {name!r}, the answer {case['outlet']!r} ({case['url']})")
        print(f"outlets named from the address alone: {right}/{len(cases)}")
    finally:
        shutil.rmtree(site, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
