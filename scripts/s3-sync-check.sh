#!/usr/bin/env bash
# Proves the README's S3 recipe on a local S3 (moto's server, from PyPI) with the AWS CLI:
# the first `aws s3 sync --delete` uploads every file, a rebuild of unchanged content uploads
# none, and an edit to one article uploads exactly the files the build reports as changed.
#
#   scripts/s3-sync-check.sh SITEGEN SITE_DIR WORKDIR
set -euo pipefail
sitegen=$(realpath "$1") site=$2 work=$3
port=8703
export AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION=us-east-1
s3() { aws --endpoint-url "http://127.0.0.1:$port" s3 "$@"; }
if curl -s -o /dev/null "http://127.0.0.1:$port/"; then echo "port $port is taken; stop what listens there" >&2; exit 2; fi
moto_server -H 127.0.0.1 -p "$port" > "$work/moto.log" 2>&1 &
moto=$!
trap 'kill $moto 2>/dev/null || true' EXIT
for _ in $(seq 300); do curl -fsS -o /dev/null "http://127.0.0.1:$port/" 2>/dev/null && break; sleep 0.1; done

copy=$work/s3-site
rm -rf "$copy" && mkdir -p "$copy" && cp -r "$site/content" "$copy/"
uploads() { s3 sync "$copy/public/" s3://briefing/ --delete --no-progress | grep -c '^upload:' || true; }
s3 mb s3://briefing >/dev/null

"$sitegen" build --source "$copy" --quiet
# S3 keeps whole seconds: a file uploaded in the second it was written looks newer than its
# copy to the next sync, which uploads it once more. A deploy a second after its build does not.
sleep 1.1
files=$(find "$copy/public" -type f | wc -l)
first=$(uploads)
[ "$first" = "$files" ] || { echo "first sync uploaded $first of $files files" >&2; exit 1; }

"$sitegen" build --source "$copy" --quiet
again=$(uploads)
[ "$again" = 0 ] || { echo "a rebuild of unchanged content uploaded $again files" >&2; exit 1; }

article=$(ls "$copy/content/articles/"*.md | head -1)
sed -i '0,/^summary: .*/s//summary: One edited summary./' "$article"
changed=$("$sitegen" build --source "$copy" | sed -n 's/.*: \([0-9]*\) changed.*/\1/p')
sleep 1.1
edited=$(uploads)
[ "$edited" = "$changed" ] || { echo "one edit: the build changed $changed files, the sync uploaded $edited" >&2; exit 1; }
echo "S3 sync: first $first files; unchanged rebuild 0; one edited summary $edited (the build's $changed changed files)"
