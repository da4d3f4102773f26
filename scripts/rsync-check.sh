#!/usr/bin/env bash
# Proves the README's rsync recipe into a local folder (the same as a server's over ssh): the
# first sync copies every file, a rebuild of unchanged content copies none, and an edit to one
# article copies exactly the files the build reports as changed; a file that left the site is
# deleted on the other side.
#
#   scripts/rsync-check.sh SITEGEN SITE_DIR WORKDIR
set -euo pipefail
sitegen=$(realpath "$1") site=$2 work=$3
copy=$work/rsync-site target=$work/rsync-target
rm -rf "$copy" "$target" && mkdir -p "$copy" "$target" && cp -r "$site/content" "$copy/"
sync() { rsync -rlt --checksum --delete --itemize-changes "$copy/public/" "$target/" | grep -c '^[<>c*]' || true; }

"$sitegen" build --source "$copy" --quiet
files=$(find "$copy/public" -type f | wc -l)
folders=$(find "$copy/public" -mindepth 1 -type d | wc -l)
first=$(sync)
[ "$first" = $((files + folders)) ] || { echo "first sync: $first changes for $files files and $folders folders" >&2; exit 1; }

"$sitegen" build --source "$copy" --quiet
again=$(sync)
[ "$again" = 0 ] || { echo "a rebuild of unchanged content made $again changes" >&2; exit 1; }

article=$(ls "$copy/content/articles/"*.md | head -1)
sed -i '0,/^summary: .*/s//summary: One edited summary./' "$article"
changed=$("$sitegen" build --source "$copy" | sed -n 's/.*: \([0-9]*\) changed.*/\1/p')
edited=$(sync)
[ "$edited" = "$changed" ] || { echo "one edit: the build changed $changed files, rsync copied $edited" >&2; exit 1; }

rm "$article"
"$sitegen" build --source "$copy" --quiet
sync > /dev/null
slug=$(basename "$article" .md)
[ ! -e "$target/articles/$slug" ] || { echo "a removed article's page is still on the other side" >&2; exit 1; }
echo "rsync: first $first changes ($files files, $folders folders); unchanged rebuild 0; one edited summary $edited (the build's $changed); a removed article deleted"
