#!/usr/bin/env python3
"""Checks a set's expected answers against its page texts: every junk line and story phrase is in
the text, first_junk and headline_in_text are right, CRLF files are all CRLF. Run from anywhere:
python3 eval/check-expected.py h   (the set's letter; the pages must have been collected)."""
import json, os, sys
os.chdir(os.path.dirname(os.path.abspath(__file__)))
SET = sys.argv[1] if len(sys.argv) > 1 else "h"
KEYS = ["file","url","language","story","outlet","headline","headline_in_text","date","people","junk","first_junk","story_checks","words","crlf"]
bad = 0
def fail(msg):
    global bad; bad += 1; print("FAIL", msg)
for n, l in enumerate(open(f'expected-{SET}.jsonl', encoding='utf-8'), 1):
    d = json.loads(l)
    if list(d) != KEYS: fail(f"line {n}: keys {list(d)}")
    raw = open('pages/' + d['file'], 'rb').read()
    text = raw.decode('utf-8')
    has_crlf = b'\r\n' in raw
    if d['crlf']:
        if not has_crlf or raw.replace(b'\r\n', b'').count(b'\n'): fail(f"{d['file']}: crlf true but line ends not all CRLF")
    elif b'\r' in raw: fail(f"{d['file']}: crlf false but has CR")
    lines = text.replace('\r\n', '\n').split('\n')
    def where(s): return [i for i, x in enumerate(lines) if s in x]
    def where_junk(j):  # a junk string is a whole line: prefer exact (stripped) matches
        exact = [i for i, x in enumerate(lines) if x.strip() == j.strip()]
        return exact or where(j)
    for j in d['junk']:
        if not where_junk(j): fail(f"{d['file']}: junk not found: {j!r}")
        if d['headline'] and d['headline'] == j.strip(): fail(f"{d['file']}: headline listed as junk")
    if d['junk']:
        first = min(d['junk'], key=lambda j: (where_junk(j) or [10**9])[0])
        if d['first_junk'] != first: fail(f"{d['file']}: first_junk {d['first_junk']!r} != {first!r}")
    elif d['first_junk'] is not None: fail(f"{d['file']}: first_junk set without junk")
    hin = any(d['headline'] in x for x in lines)
    if hin != d['headline_in_text']: fail(f"{d['file']}: headline_in_text {d['headline_in_text']} but found={hin}")
    checks = d['story_checks']
    if len(checks) != 3 or len(set(checks)) != 3: fail(f"{d['file']}: need 3 distinct story_checks")
    junk_lines = {i for j in d['junk'] for i in where_junk(j)}
    for c in checks:
        w = len(c.split())
        if not 6 <= w <= 15: fail(f"{d['file']}: story_check has {w} words: {c!r}")
        idx = where(c)
        if not idx: fail(f"{d['file']}: story_check not found: {c!r}")
        elif set(idx) & junk_lines: fail(f"{d['file']}: story_check on a junk line: {c!r}")
    # last story paragraph: last non-empty line that is not junk
    body = [i for i, x in enumerate(lines) if x.strip() and i not in junk_lines]
    last = body[-1] if body else None
    if last is None or not any(c in lines[last] for c in checks): fail(f"{d['file']}: no story_check from last story line {last}: {lines[last][:60] if last is not None else ''!r}")
    wc = len(text.split())
    if abs(wc - d['words']) > max(10, wc * 0.1): fail(f"{d['file']}: words {d['words']} vs {wc}")
    print(f"ok-ish {d['file']} {d['language']} {d['outlet']!r} words={wc} crlf={d['crlf']} junk={len(d['junk'])}")
print("FAILURES:", bad); sys.exit(1 if bad else 0)
