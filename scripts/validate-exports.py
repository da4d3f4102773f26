#!/usr/bin/env python3
"""Validates the machine-readable exports of a built sitegen site.

    python3 scripts/validate-exports.py SITE_DIR

- briefing.json against the JSON Schema the site publishes (briefing.schema.json, draft
  2020-12, formats checked), and its references: every slug it names is an article of it;
- feed.json as JSON Feed 1.1: version, title, items; each item's id, url, content and an
  RFC 3339 date_published; feed_url and home_page_url absolute; the same entries as feed.xml;
- timeline.json as TimelineJS: a title slide; each event's start_date with a year of digits and
  a real month and day, a headline, a unique unique_id.

Prints one line per file; exits 1 on the first problem. Needs jsonschema (PyPI).
"""
import datetime
import json
import pathlib
import re
import sys
import xml.etree.ElementTree as ET

import jsonschema


def fail(message):
    sys.exit(f"validate-exports: {message}")


def main():
    if len(sys.argv) != 2:
        fail("usage: validate-exports.py SITE_DIR")
    site = pathlib.Path(sys.argv[1])
    briefing = json.loads((site / "briefing.json").read_text(encoding="utf-8"))
    schema = json.loads((site / "briefing.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    errors = sorted(jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker()).iter_errors(briefing),
                    key=lambda e: list(e.path))
    if errors:
        fail(f"briefing.json: {'/'.join(map(str, errors[0].path))}: {errors[0].message}")
    slugs = {a["slug"] for a in briefing["articles"]}
    named = [e["article"] for e in briefing["timeline"]] + [q["article"] for s in briefing["quotes"] for q in s["quotes"]] \
        + [a for s in briefing["quotes"] for q in s["quotes"] for a in q["repeated_in"]] \
        + [a for s in briefing["sources"] + briefing["people"] + briefing["tags"] for a in s["articles"]]
    unknown = sorted(set(named) - slugs)
    if unknown:
        fail(f"briefing.json names articles it does not have: {unknown[:3]}")
    print(f"briefing.json: valid against briefing.schema.json; {len(briefing['articles'])} articles, "
          f"{len(briefing['timeline'])} timeline entries, {sum(len(s['quotes']) for s in briefing['quotes'])} quotes, "
          f"{len(briefing['sources'])} sources")

    feed = json.loads((site / "feed.json").read_text(encoding="utf-8"))
    if feed.get("version") != "https://jsonfeed.org/version/1.1":
        fail(f"feed.json: version is {feed.get('version')!r}")
    for key in ("title", "items"):
        if key not in feed:
            fail(f"feed.json: no {key}")
    for key in ("home_page_url", "feed_url"):
        if not re.match(r"^https?://", feed.get(key, "")):
            fail(f"feed.json: {key} is not an absolute URL")
    ids = set()
    for item in feed["items"]:
        if not item.get("id") or item["id"] in ids:
            fail(f"feed.json: an item without a unique id: {item.get('id')!r}")
        ids.add(item["id"])
        if "content_html" not in item and "content_text" not in item:
            fail(f"feed.json: {item['id']} has no content")
        try:
            datetime.datetime.fromisoformat(item["date_published"].replace("Z", "+00:00"))
        except (KeyError, ValueError):
            fail(f"feed.json: {item['id']} has no RFC 3339 date_published")
    atom = ET.parse(site / "feed.xml").getroot()
    atom_ids = [e.findtext("{http://www.w3.org/2005/Atom}id") for e in atom.findall("{http://www.w3.org/2005/Atom}entry")]
    if atom_ids != [item["id"] for item in feed["items"]]:
        fail("feed.json and feed.xml have different entries")
    print(f"feed.json: JSON Feed 1.1, {len(feed['items'])} items, the same as feed.xml")

    timeline = json.loads((site / "timeline.json").read_text(encoding="utf-8"))
    if not timeline.get("title", {}).get("text", {}).get("headline"):
        fail("timeline.json: no title headline")
    unique = set()
    for event in timeline.get("events", []):
        date = event.get("start_date", {})
        if not re.fullmatch(r"-?\d{1,6}", str(date.get("year", ""))):
            fail(f"timeline.json: start_date year {date.get('year')!r}")
        try:
            datetime.date(int(date["year"]), int(date.get("month", 1)), int(date.get("day", 1)))
        except (KeyError, ValueError):
            fail(f"timeline.json: start_date {date} is not a date")
        if not event.get("text", {}).get("headline"):
            fail("timeline.json: an event without a headline")
        if event.get("unique_id") in unique:
            fail(f"timeline.json: unique_id {event.get('unique_id')} twice")
        unique.add(event.get("unique_id"))
    print(f"timeline.json: TimelineJS, {len(timeline['events'])} events with valid dates")


if __name__ == "__main__":
    main()
