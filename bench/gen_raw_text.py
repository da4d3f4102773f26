#!/usr/bin/env python3
"""Writes a synthetic raw news page of about SIZE megabytes, for the import speed benchmark:
page chrome, a headline, a date line, then paragraphs of story prose with people, roles, quotes,
dates and captions, and a related-stories tail. Deterministic: the same size gives the same bytes.

Usage: bench/gen_raw_text.py SIZE_MB OUT.txt [SEED]     (a seed gives another page of that size)
"""
import random, sys

FIRST = ["Anna", "Marco", "Julia", "Pedro", "Olaf", "Karin", "Yusuf", "Mei", "Tomasz", "Leila", "Ibrahim", "Sofia"]
LAST = ["Lindqvist", "Moretti", "Kowalski", "Alvarez", "Brandt", "Haddad", "Okafor", "Tanaka", "Novak", "Rossi"]
ROLES = ["the foreign minister", "a spokeswoman for the ministry", "the port authority's chief executive",
         "the opposition leader", "a senior negotiator", "the mayor"]
VERBS = ["said", "told reporters", "added", "warned", "insisted"]
PLACES = ["Gdansk", "Rotterdam", "Lyon", "Valencia", "Turin", "Hamburg"]
WORDS = ("the talks would resume next week after both sides agreed on a timetable for the remaining issues "
         "while officials in the capital said the deal still needed approval from parliament and the regional "
         "governments which have raised concerns about costs and the pace of the reforms").split()


SYLLABLES = ["ka", "lo", "mi", "ran", "tek", "vo", "sa", "der", "li", "mor", "gan", "ti", "ber", "nu", "pol", "ez"]


def new_surnames(rng, count=4):
    """Surnames no other page gives (made of syllables), for a bulk import whose pages each bring new people."""
    return ["".join(rng.choice(SYLLABLES) for _ in range(4)).capitalize() for _ in range(count)]


def paragraph(rng, last=LAST):
    name = f"{rng.choice(FIRST)} {rng.choice(last)}"
    kind = rng.randrange(4)
    if kind == 0:
        return f"\u201c{' '.join(rng.sample(WORDS, 14)).capitalize()},\u201d {name}, {rng.choice(ROLES)}, {rng.choice(VERBS)}."
    if kind == 1:
        return f"{name} {rng.choice(VERBS)} on Tuesday that {' '.join(rng.sample(WORDS, 24))} in {rng.choice(PLACES)}."
    if kind == 2:
        return f"{name} in {rng.choice(PLACES)} on March {rng.randrange(1, 29)}, 2025. (Photo: Agency)"
    return f"{' '.join(rng.sample(WORDS, 30)).capitalize()}, according to {name}."


def page(size_mb, seed=0, new_people=False):
    """The text of one synthetic page of about SIZE_MB megabytes; `new_people`: its people's
    surnames are its own, so that a bulk import's gazetteer grows with every page."""
    size = size_mb * 1_000_000
    rng = random.Random(20251120 + seed)
    last = new_surnames(rng) if new_people else LAST
    out = ["Menu", "Search", "World", "Talks resume in Gdansk as envoys agree a timetable", "Published 20 November 2025", ""]
    length = sum(len(line) + 1 for line in out)
    while length < size:
        line = paragraph(rng, last)
        out += [line, ""]
        length += len(line.encode()) + 2
    out += ["Related stories", "Ferries stop as storm closes the harbour", "Mayor wins a second term"]
    return "\n".join(out) + "\n"


def main():
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 0
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        f.write(page(float(sys.argv[1]), seed))


if __name__ == "__main__":
    main()
