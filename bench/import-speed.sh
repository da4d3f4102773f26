#!/usr/bin/env bash
# Import speed: `sitegen import --dry-run` on synthetic raw pages of 1, 4 and 16 MB
# (bench/gen_raw_text.py), then on a folder of 1,000 pages of about 6 KB each (a bulk import
# as an editor runs it), timed with hyperfine when it is installed (Debian: hyperfine), else
# with /usr/bin/time. Prints MB/s for each, so linear growth shows as a steady rate.
#
# Then a bulk import whose pages each bring new people (the gazetteer grows with every page), at
# BULK and three times BULK pages: the rate stays the same when the import is linear in its input.
#
# Usage: bench/import-speed.sh [SITEGEN] [SIZES...]     (default: .build/release/sitegen 1 4 16)
#        BULK=N bench/import-speed.sh …                 (N pages in the bulk runs; 0 skips them; default 1000)
set -euo pipefail
cd "$(dirname "$0")/.."
sitegen=${1:-.build/release/sitegen}
shift || true
sizes=("${@:-1 4 16}")
bulk=${BULK:-1000}
[ -x "$sitegen" ] || { echo "no $sitegen: run 'swift build -c release' first" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/site/content"
printf 'title: Import benchmark\nlanguage: en\n' > "$work/site/content/site.yml"

# Times one import command; prints its median seconds.
measure() {
  if command -v hyperfine >/dev/null 2>&1; then
    hyperfine --runs 3 --warmup 1 --export-json "$work/h.json" --style none "$1" >/dev/null
    python3 -c "import json;print(json.load(open('$work/h.json'))['results'][0]['median'])"
  else
    local start
    start=$(date +%s.%N)
    eval "$1" >/dev/null
    python3 -c "import time;print(time.time()-$start)"
  fi
}

printf '%-24s %-10s %-10s\n' "input" "seconds" "MB/s"
for size in ${sizes[@]}; do
  python3 bench/gen_raw_text.py "$size" "$work/raw-$size.txt"
  bytes=$(stat -c %s "$work/raw-$size.txt")
  seconds=$(measure "$sitegen import $work/raw-$size.txt --source $work/site --dry-run")
  python3 -c "print(f'{\"one page of $size MB\":<24} {$seconds:<10.3f} {$bytes/1e6/$seconds:<10.2f}')"
done
if [ "$bulk" -gt 0 ]; then
  mkdir -p "$work/bulk"
  python3 -c "
import sys; sys.path.insert(0, 'bench'); import gen_raw_text as g
for n in range(1, $bulk + 1):
    open(f'$work/bulk/page-{n:04}.txt', 'w', encoding='utf-8').write(g.page(0.006, n))"
  bytes=$(cat "$work/bulk"/*.txt | wc -c)
  seconds=$(measure "$sitegen import $work/bulk --source $work/site --dry-run --quiet")
  python3 -c "print(f'{\"$bulk pages of 6 KB\":<24} {$seconds:<10.3f} {$bytes/1e6/$seconds:<10.2f}')"
  for count in "$bulk" $((3 * bulk)); do
    rm -rf "$work/people" && mkdir -p "$work/people"
    python3 -c "
import sys; sys.path.insert(0, 'bench'); import gen_raw_text as g
for n in range(1, $count + 1):
    open(f'$work/people/page-{n:05}.txt', 'w', encoding='utf-8').write(g.page(0.006, n, new_people=True))"
    bytes=$(cat "$work/people"/*.txt | wc -c)
    seconds=$(measure "$sitegen import $work/people --source $work/site --dry-run --quiet")
    python3 -c "print(f'{\"$count pages, new people\":<24} {$seconds:<10.3f} {$bytes/1e6/$seconds:<10.2f}')"
  done
fi
