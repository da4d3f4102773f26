#!/usr/bin/env bash
# Import speed: `sitegen import --dry-run` on synthetic raw pages of 1, 4 and 16 MB
# (bench/gen_raw_text.py), timed with hyperfine when it is installed (Debian: hyperfine),
# else with /usr/bin/time. Prints MB/s for each size, so linear growth shows as a steady rate.
#
# Usage: bench/import-speed.sh [SITEGEN] [SIZES...]     (default: .build/release/sitegen 1 4 16)
set -euo pipefail
cd "$(dirname "$0")/.."
sitegen=${1:-.build/release/sitegen}
shift || true
sizes=("${@:-1 4 16}")
[ -x "$sitegen" ] || { echo "no $sitegen: run 'swift build -c release' first" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/site/content"
printf 'title: Import benchmark\nlanguage: en\n' > "$work/site/content/site.yml"
printf '%-6s %-10s %-10s\n' "MB" "seconds" "MB/s"
for size in ${sizes[@]}; do
  python3 bench/gen_raw_text.py "$size" "$work/raw-$size.txt"
  bytes=$(stat -c %s "$work/raw-$size.txt")
  if command -v hyperfine >/dev/null 2>&1; then
    hyperfine --runs 3 --warmup 1 --export-json "$work/h.json" --style none \
      "$sitegen import $work/raw-$size.txt --source $work/site --dry-run" >/dev/null
    seconds=$(python3 -c "import json;print(json.load(open('$work/h.json'))['results'][0]['median'])")
  else
    start=$(date +%s.%N)
    "$sitegen" import "$work/raw-$size.txt" --source "$work/site" --dry-run >/dev/null
    seconds=$(python3 -c "import time;print(time.time()-$start)")
  fi
  python3 -c "print(f'{$bytes/1e6:<6.1f} {$seconds:<10.3f} {$bytes/1e6/$seconds:<10.2f}')"
done
